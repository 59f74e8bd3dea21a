"""Reading and writing the agent's small JSON files (configuration, service state, status, mailbox).

A file on disk is not trusted to be well-formed: an editor, a full disk or a person may have left bad UTF-8,
nesting deep enough to exhaust the parser's stack, numbers too large for anything the agent keeps,
``NaN``/``Infinity`` or values of the wrong type. :func:`load_json` turns every such fault into one typed
error, :class:`~app.errors.ConfigError` with ``code`` (chosen by the caller), ``path``, ``line`` (1-based,
None when no line can be named) and ``reason``; it never raises anything else for what the file contains.
:func:`line_of` names the line of a key path for faults the caller finds while validating the document.

Writes go through :func:`app.private_files.write_private_atomic` (mode 0600, temp file + replace).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.errors import ConfigError
from app.private_files import read_private_bytes, write_private_atomic

MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 32
# Nothing the agent keeps in these files comes near this (counts, ports, seconds); anything beyond is damage.
MAX_NUMBER = 10**15

# One pass over the text outside strings: strings (skipped whole), brackets (depth), numbers (size) and the
# non-standard constants Python's json module would otherwise accept.
_TOKENS = re.compile(
    r'"(?:\\.|[^"\\])*"'
    r"|(?P<open>[\[{])|(?P<close>[\]}])"
    r"|(?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"
    r"|(?P<constant>-?Infinity|NaN)"
)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _fail(code: str, path: Path, reason: str, line: int | None) -> ConfigError:
    where = f"{path}:{line}" if line is not None else str(path)
    return ConfigError(f"{where}: {reason}", code=code, path=str(path), line=line, reason=reason)


def _number_ok(literal: str) -> bool:
    if re.fullmatch(r"-?\d+", literal):
        digits = literal.lstrip("-")
        return len(digits) <= 16 and int(digits) <= MAX_NUMBER
    value = float(literal)
    return math.isfinite(value) and abs(value) <= MAX_NUMBER


def _prescan(text: str, code: str, path: Path, max_depth: int) -> None:
    depth = 0
    for match in _TOKENS.finditer(text):
        if match.group("open"):
            depth += 1
            if depth > max_depth:
                raise _fail(code, path, "too_deep", _line(text, match.start()))
        elif match.group("close"):
            depth -= 1
        elif match.group("number") is not None:
            if not _number_ok(match.group("number")):
                raise _fail(code, path, "number_out_of_range", _line(text, match.start()))
        elif match.group("constant") is not None:
            raise _fail(code, path, "number_out_of_range", _line(text, match.start()))


def parse_json(raw: bytes, path: Path, *, code: str, max_depth: int = MAX_DEPTH) -> tuple[Any, str]:
    """``(document, text)`` from ``raw``; every fault is a :class:`ConfigError` with ``code`` and the line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(code, path, "not_utf8", raw.count(b"\n", 0, exc.start) + 1) from None
    _prescan(text, code, path, max_depth)
    try:
        return json.loads(text), text
    except json.JSONDecodeError as exc:
        raise _fail(code, path, "not_json", exc.lineno) from None
    except (ValueError, RecursionError):  # defence in depth: the prescan should have caught these
        raise _fail(code, path, "not_json", None) from None


def load_json(
    path: Path,
    *,
    code: str,
    limit: int = MAX_FILE_BYTES,
    require_owner: bool = False,
    nofollow: bool = True,
    max_depth: int = MAX_DEPTH,
) -> tuple[Any, str]:
    """Read and parse one JSON file (with ``nofollow``, never through a symlink). ``FileNotFoundError``
    passes through so the caller can tell "no file yet" from "damaged file"; any other fault is a
    :class:`ConfigError`."""
    try:
        raw = read_private_bytes(path, limit=limit, require_owner=require_owner, nofollow=nofollow)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise ConfigError(str(exc), code=code, path=str(path), line=None, reason="unreadable") from exc
    return parse_json(raw, path, code=code, max_depth=max_depth)


def line_of(text: str, location: Sequence[str | int]) -> int | None:
    """The line of the deepest key of ``location`` (a path of object keys and list indexes) that can be found
    in ``text``, searching each key after the previous one; None if not even the first is there."""
    position = 0
    found: int | None = None
    for part in location:
        if not isinstance(part, str):
            continue
        match = re.compile(r'"' + re.escape(json.dumps(part)[1:-1]) + r'"\s*:').search(text, position)
        if match is None:
            break
        position = match.end()
        found = _line(text, match.start())
    return found


def invalid(code: str, path: Path, text: str, location: Sequence[str | int], reason: str = "wrong_type") -> ConfigError:
    """The typed error for a document that parsed but holds a wrong value at ``location``."""
    return _fail(code, path, reason, line_of(text, location))


def dump_json(path: Path, data: object, *, indent: int | None = 2, sort_keys: bool = True) -> None:
    """Write ``data`` as JSON, privately and atomically."""
    text = json.dumps(data, indent=indent, sort_keys=sort_keys, allow_nan=False) + "\n"
    write_private_atomic(path, text.encode("utf-8"))
