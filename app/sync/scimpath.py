"""Reading and writing the SCIM attribute paths a mapping targets, on plain JSON dicts.

Supported forms (what :func:`app.sync.settings.is_scim_path` accepts): ``attr``, ``attr.sub``,
``attr[type eq "work"].sub`` (a multi-valued attribute's element of that type), each optionally prefixed by
a schema URN (``urn:…:enterprise:2.0:User:department``), which selects the extension's object.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_PATH = re.compile(
    r"^(?:(?P<urn>urn:[A-Za-z0-9:._-]+):)?(?P<attr>[A-Za-z][A-Za-z0-9_-]*)"
    r"(?:\[type eq \"(?P<type>[^\"]+)\"\])?(?:\.(?P<sub>[A-Za-z][A-Za-z0-9_-]*))?$"
)


@dataclass(frozen=True, slots=True)
class ScimPath:
    urn: str | None
    attr: str
    type: str | None
    sub: str | None


_CACHE: dict[str, ScimPath] = {}


def parse(path: str) -> ScimPath:
    cached = _CACHE.get(path)
    if cached is not None:
        return cached
    match = _PATH.match(path)
    if match is None:
        raise ValueError(path)
    parsed = ScimPath(match["urn"], match["attr"], match["type"], match["sub"])
    _CACHE[path] = parsed
    return parsed


def matching_key(container: Mapping[str, Any], name: str) -> str | None:
    """The key of ``container`` that is ``name`` ignoring case (RFC 7643 §2.1), or None."""
    if name in container:
        return name
    lowered = name.lower()
    if lowered.isascii():
        # Only a key of the name's own length can match: a key whose lower case is longer gains a character
        # that is not ASCII. So the other keys are passed over without lowering them, which matters because
        # the planner asks every object for attributes it does not have.
        size = len(name)
        for key in container:
            if len(key) == size and key.lower() == lowered:
                return key
        return None
    for key in container:
        if key.lower() == lowered:
            return key
    return None


def _key(container: dict[str, Any], name: str) -> str:
    # Keep the server's spelling when present.
    return matching_key(container, name) or name


def get(resource: Any, path: str) -> Any:
    p = parse(path)
    node: Any = resource
    if p.urn is not None:
        node = node.get(_key(node, p.urn)) if isinstance(node, dict) else None
    if not isinstance(node, dict):
        return None
    value = node.get(_key(node, p.attr))
    if p.type is not None:
        if not isinstance(value, list):
            return None
        value = next(
            (e for e in value if isinstance(e, dict) and str(e.get("type", "")).lower() == p.type.lower()), None
        )
    if p.sub is not None:
        if not isinstance(value, dict):
            return None
        value = value.get(_key(value, p.sub))
    return value


def put(resource: dict[str, Any], path: str, value: Any) -> None:
    """Set (or, with ``None``, remove) the value at ``path``, creating containers as needed."""
    p = parse(path)
    node = resource
    if p.urn is not None:
        key = _key(node, p.urn)
        if not isinstance(node.get(key), dict):
            if value is None:
                return
            node[key] = {}
        node = node[key]
    key = _key(node, p.attr)
    if p.type is None:
        if p.sub is None:
            _assign(node, key, value)
            return
        child = node.get(key)
        if not isinstance(child, dict):
            if value is None:
                return
            child = node[key] = {}
        _assign(child, _key(child, p.sub), value)
        if not child:
            del node[key]
        return
    elements = node.get(key)
    if not isinstance(elements, list):
        if value is None:
            return
        elements = node[key] = []
    element = next(
        (e for e in elements if isinstance(e, dict) and str(e.get("type", "")).lower() == p.type.lower()), None
    )
    if element is None:
        if value is None:
            return
        element = {"type": p.type}
        if not elements:
            element["primary"] = True
        elements.append(element)
    _assign(element, _key(element, p.sub or "value"), value)
    if element.keys() <= {"type", "primary"}:
        elements.remove(element)
    if not elements:
        del node[key]


def _assign(container: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        container.pop(key, None)
    else:
        container[key] = value


def clone(resource: Any) -> dict[str, Any]:
    result = copy.deepcopy(dict(resource))
    return result
