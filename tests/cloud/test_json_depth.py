"""The nesting guard of every tenant answer: ``_json_depth`` (C-speed string and bracket passes) gives the
nesting a plain byte-by-byte scan gives, for documents with brackets, quotes and escapes inside strings."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from app.cloud.http import MAX_JSON_DEPTH, TenantBadResponseError, _json_depth, json_body

TRICKY = st.sampled_from(['[{"', '\\"]}', "\\\\", "é]}", "", '"', "\\u005b"]) | st.text(max_size=8)


def scanned_depth(content: bytes) -> int:
    """The reference: one byte at a time, tracking strings and escapes."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in content:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        elif byte in b"]}":
            depth -= 1
    return deepest


documents = st.recursive(
    st.none() | st.integers() | TRICKY,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TRICKY, inner, max_size=3),
    max_leaves=40,
)


@settings(max_examples=300, deadline=None)
@given(documents, st.booleans(), st.integers(min_value=0, max_value=80))
def test_depth_matches_a_byte_by_byte_scan(document: object, ascii_only: bool, wrap: int) -> None:
    for _ in range(wrap):  # deep documents too, around the limit
        document = [document] if wrap % 2 else {"k[": document}
    content = json.dumps(document, ensure_ascii=ascii_only).encode()
    assert min(_json_depth(content), MAX_JSON_DEPTH + 1) == min(scanned_depth(content), MAX_JSON_DEPTH + 1)


def test_a_document_one_level_too_deep_is_refused_and_one_at_the_limit_is_not() -> None:
    import httpx

    def answer(depth: int) -> httpx.Response:
        body = ("[" * depth + "]" * depth).encode()
        return httpx.Response(200, content=body, request=httpx.Request("GET", "https://tenant.test/v2/Users"))

    assert json_body(answer(MAX_JSON_DEPTH)) is not None
    try:
        json_body(answer(MAX_JSON_DEPTH + 1))
    except TenantBadResponseError:
        pass
    else:
        raise AssertionError("a document nested deeper than the limit was accepted")
