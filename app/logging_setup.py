"""Logging for the agent: a rotating file log in the agent's log folder, with secrets redacted.

:func:`configure_logging` installs one :class:`~logging.handlers.RotatingFileHandler` (``agent.log``, mode
0600) on the root logger, optionally a console handler, and a :class:`RedactionFilter` on every handler it
installs. The filter sits on the *handlers*, not on a logger, so records from every module (ours, httpx,
ldap3) pass through it on their way to disk.

What is redacted: ``Authorization`` header values, bearer tokens, JWTs, installation keys (``ICK1-…``),
``password`` / ``token`` / ``secret`` style fields in JSON, form and ``key=value`` text (the value bare or quoted:
``password='…'``, ``password="…"``), and any literal value registered with :meth:`RedactionFilter.add_secret`.
:class:`app.secrets.SecretStore` registers every secret it reads or writes — the bind password, and each refresh
token the issuer rotates in — so even an unexpected echo of one never reaches a file. The most recent
:data:`MAX_LITERALS` literals are kept: a refresh token rotated out long ago no longer opens anything.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
import sys
import threading
from pathlib import Path

LOG_FILE_NAME = "agent.log"
MAX_BYTES = 5 * 1024 * 1024
BACKUP_COUNT = 5
REDACTED = "[REDACTED]"
_FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(threadName)s %(name)s: %(message)s"
# Secrets shorter than this are not registered as literals: replacing "ab" everywhere would shred the log
# without protecting anything worth protecting.
_MIN_LITERAL = 4
# Rotation adds a refresh token per refresh; older ones are dead, and each literal costs a scan of every line.
MAX_LITERALS = 256

_SECRET_FIELD = (
    r"access_token|refresh_token|id_token|device_code|client_secret|registration_secret|installation_key"
    r"|bind_password|password|passwd|unicodePwd|userPassword|secret|token|key_hash|code_verifier|assertion"
)

# A value that is only a piece of a field name above.
_FIELD_WORDS = re.compile(
    r"(?i)(?:" + "|".join(sorted({w for field in _SECRET_FIELD.split("|") for w in field.split("_")}, key=len)) + r")+"
)

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Authorization / Proxy-Authorization header values, whatever the scheme.
    (re.compile(r"(?i)\b((?:proxy-)?authorization['\"]?\s*[:=]\s*['\"]?)[^'\"\r\n,}]+"), r"\1" + REDACTED),
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{4,}"), r"\1 " + REDACTED),
    # JSON: "password": "…"
    (
        re.compile(r"(?i)(['\"](?:" + _SECRET_FIELD + r")['\"]\s*:\s*)(['\"])(?:\\.|(?!\2).)*\2"),
        r"\1\2" + REDACTED + r"\2",
    ),
    # key='value' / key: "value" (quoted, so spaces and separators inside are part of it; an unterminated
    # quote runs to the end of the line)
    (
        re.compile(r"(?i)\b((?:" + _SECRET_FIELD + r")\s*[=:]\s*)(['\"])(?:\\.|(?!\2)[^\r\n])*(?:\2|$)", re.M),
        r"\1\2" + REDACTED + r"\2",
    ),
    # form / query / key=value / key: value
    (re.compile(r"(?i)\b((?:" + _SECRET_FIELD + r")\s*[=:]\s*)(?!\[REDACTED\])[^\s&,;'\"}]+"), r"\1" + REDACTED),
    # JSON Web Tokens wherever they appear.
    (re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"), REDACTED),
    # Installation keys: the whole key carries the registration secret.
    (re.compile(r"(?i)\bICK\d-?[A-Z2-7]{2,}(?:-[A-Z2-7]{1,})*"), "ICK-" + REDACTED),
]


def redact(text: str, literals: tuple[str, ...] = ()) -> str:
    """``text`` with every secret this module knows how to spot replaced by ``[REDACTED]``."""
    for literal in literals:
        if literal in text:
            text = text.replace(literal, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactionFilter(logging.Filter):
    """Rewrites each record's message (and exception text) with secrets removed. Never drops a record."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._recent: list[str] = []  # in the order they were added, oldest first
        self._literals: tuple[str, ...] = ()

    def add_secret(self, value: str | None) -> None:
        """Also redact this exact value (a password or token the agent holds) wherever it appears."""
        if not value or len(value) < _MIN_LITERAL:
            return
        if _FIELD_WORDS.fullmatch(value):
            # A bare field word ("refresh", "token") is no credential, and replacing it would turn
            # "refresh_token": "…" into "[REDACTED]_token": "…", which the field patterns no longer see.
            return
        with self._lock:
            if value in self._recent:
                return
            self._recent = [*self._recent, value][-MAX_LITERALS:]
            # Longest first, so a secret containing another is replaced whole.
            self._literals = tuple(sorted(self._recent, key=len, reverse=True))

    def filter(self, record: logging.LogRecord) -> bool:
        literals = self._literals
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = redact(message, literals)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, literals)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, literals)
        return True


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates every file it opens 0600, whatever the umask: the log and each new one after a rotation."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0), 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # closed by the handler


_installed: list[logging.Handler] = []
_filter = RedactionFilter()


def redaction_filter() -> RedactionFilter:
    """The process-wide filter the handlers installed by :func:`configure_logging` share."""
    return _filter


def configure_logging(
    log_dir: Path,
    *,
    level: int = logging.INFO,
    console: bool = False,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> Path:
    """Send the root logger to ``log_dir/agent.log`` (rotating), redacted. Idempotent: a second call replaces
    the handlers of the first. Returns the log file's path."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()

    # Create the file 0600 before the handler opens it: logs name users and hosts.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    file_handler = _PrivateRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    formatter = logging.Formatter(_FORMAT)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(_filter)
        root.addHandler(handler)
        _installed.append(handler)
    root.setLevel(level)
    # httpx logs every request line at INFO; keep it at WARNING unless debugging.
    logging.getLogger("httpx").setLevel(logging.DEBUG if level <= logging.DEBUG else logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.INFO if level <= logging.DEBUG else logging.WARNING)
    return path


def shutdown_logging() -> None:
    """Detach and close the handlers :func:`configure_logging` installed."""
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
