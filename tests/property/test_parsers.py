"""Property tests of the parsers that read what a person types or pastes: the installation key, RFC 4515 LDAP
filters, RFC 4514 distinguished names and host names.

10,000 examples per parser, random text and text shaped like the real thing (then broken), including inputs far
longer and deeper than anyone types. Each parser either returns a value or raises its own typed error — never
another exception, and never hangs (the per-test timeout is the bound; hypothesis's per-example deadline is off,
since a loaded machine makes it flaky). Where a value comes back, it is checked too: it round-trips, or it is
what was typed, normalised.
"""

from __future__ import annotations

import base64
import ipaddress
import os
import string
import zlib

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.cloud.installkey import InstallationKey, InstallationKeyError, encode_key, parse_key
from app.ldap.errors import DnInvalidError, FilterInvalidError, HostInvalidError
from app.ldap.validation import (
    escape_dn_value,
    escape_filter_value,
    is_fqdn,
    validate_dn,
    validate_filter,
    validate_hostname,
)

pytestmark = [pytest.mark.slow, pytest.mark.alongside, pytest.mark.timeout(120)]

EXAMPLES = settings(
    max_examples=int(os.environ.get("IC_PROPERTY_EXAMPLES", "10000")),
    deadline=None,
    database=None,  # every run explores afresh; nothing is written into the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# A tenth of that for round-trip properties that only confirm what the main properties already exercise.
ROUND_TRIPS = settings(EXAMPLES, max_examples=max(1, EXAMPLES.max_examples // 10))

BASE32 = string.ascii_uppercase + "234567"
HUGE = 20_000


def tokens(table: list[str], max_size: int = 60) -> st.SearchStrategy[str]:
    """Text built from a grammar's pieces. One draw of bytes, each byte picking a piece: far cheaper to generate
    than nested strategies, so 10,000 examples stay quick, and hypothesis still shrinks a failure to its core."""
    return st.binary(max_size=max_size).map(lambda picks: "".join(table[b % len(table)] for b in picks))


# Characters that matter to these grammars or have tripped parsers before (Unicode digits, a letter that lower()
# turns into ASCII, NUL, line ends, a byte-order mark).
ODD = ["\x00", "\t", "\r", "\n", " ", "\u00e9", "\u212a", "\u0660", "\u00b2", "\ufeff", "\ud800"]
ANY_TEXT = st.text(max_size=200)


# ---------------------------------------------------------------------------------------------- installation key


def _key_text(payload: bytes, *, crc_ok: bool = True, prefix: str = "ICK1-") -> str:
    crc = zlib.crc32(payload) if crc_ok else zlib.crc32(payload) ^ 1
    text = base64.b32encode(payload + crc.to_bytes(4, "big")).decode("ascii").rstrip("=")
    return prefix + "-".join(text[i : i + 5] for i in range(0, len(text), 5))


URL_PIECES = [
    "https://",
    "http://",
    "file:",
    "javascript:",
    "//",
    "[",
    "]",
    "::1",
    ":",
    "443",
    "99999",
    "@",
    "/",
    "?",
    "#",
    "%00",
    "zylker.test",
    "xn--",
    ".",
    "-",
    "a",
    *ODD,
]


def _payload(url: str, secret: bytes, declared: int | None, version: int, crc_ok: bool) -> str:
    raw = url.encode("utf-8", "surrogatepass")
    length = len(raw) if declared is None else declared
    return _key_text(bytes([version]) + length.to_bytes(2, "big") + raw + secret, crc_ok=crc_ok)


# Keys whose checksum is (mostly) right, so the parser gets past it to the version, lengths, URL and secret.
KEY_PAYLOADS = st.builds(
    _payload,
    tokens(URL_PIECES, 40),
    st.binary(max_size=70),
    st.one_of(st.none(), st.integers(0, 0xFFFF)),
    st.one_of(st.just(1), st.integers(0, 255)),
    st.booleans(),
)
KEY_TEXT = st.one_of(
    ANY_TEXT,
    tokens(["ICK", "1", "-", " ", "\n", *BASE32, *ODD], 120),
    KEY_PAYLOADS,
)


@EXAMPLES
@given(KEY_TEXT)
@example("ICK\u00b2AAAAAAAA")  # a Unicode digit as the version
@example(_payload("http://[::1", b"s" * 16, None, 1, True))  # a host urlsplit cannot parse
@example(_payload("https://h:99999", b"s" * 16, None, 1, True))  # a port out of range
@example(_payload("https://a\x00b", b"s" * 16, None, 1, True))  # NUL in the URL
@example("ICK1-" + "A" * HUGE)
def test_installation_key_parser_returns_a_key_or_a_typed_error(text: str) -> None:
    try:
        key = parse_key(text)
    except InstallationKeyError as exc:
        assert exc.code in {
            "key_empty",
            "key_malformed",
            "key_checksum",
            "key_unsupported_version",
            "key_bad_tenant_url",
        }
        return
    assert isinstance(key, InstallationKey)
    assert key.tenant_url.startswith(("https://", "http://"))
    assert not any(ch <= " " or ch == "\x7f" for ch in key.tenant_url)
    assert 16 <= len(key.secret) <= 64
    assert parse_key(encode_key(key.tenant_url, key.secret)) == key  # what was read can be written back


@ROUND_TRIPS
@given(
    tokens(["a", "b", "z", "0", "-", "."], 30).map(lambda host: f"https://x{host}x.test"),
    st.sampled_from(["", "/", "/t/zylker", "/a/b/c"]),
    st.binary(min_size=16, max_size=64),
)
def test_a_key_that_was_made_reads_back(host: str, path: str, secret: bytes) -> None:
    url = host + path
    try:
        made = encode_key(url, secret)
    except InstallationKeyError:
        return  # "x..x.test" is no host name; the parser's own test covers refusals
    key = parse_key(made)
    assert (key.tenant_url, key.secret) == (url.rstrip("/"), secret)


# ------------------------------------------------------------------------------------------------- LDAP filters

FILTER_PIECES = [
    "(",
    ")",
    "(",
    ")",
    "&",
    "|",
    "!",
    "=",
    "~=",
    ">=",
    "<=",
    ":=",
    ":dn",
    ":",
    "*",
    "\\",
    "\\2a",
    "\\5",
    "\\zz",
    "cn",
    "mail",
    "objectClass",
    "2.5.4.3",
    "1.2.840.113556.1.4.803",
    ";lang-de",
    "-",
    ".",
    "user",
    "x",
    "0",
    *ODD,
]


@EXAMPLES
@given(st.one_of(ANY_TEXT, tokens(FILTER_PIECES, 80)))
@example("(")
@example("(" * HUGE)
@example("(&" * HUGE + ")" * HUGE)
@example("(!" * 64 + "(cn=x)" + ")" * 64)
@example("(cn\n=x)")
@example("(cn=" + "x" * HUGE + ")")
def test_ldap_filter_parser_accepts_or_raises_a_typed_error(text: str) -> None:
    try:
        assert validate_filter(text) == text  # what reaches the server is exactly what was checked
    except FilterInvalidError as exc:
        position = exc.details["position"]
        assert isinstance(position, int) and 0 <= position <= len(text)  # the UI marks this spot
        assert isinstance(exc.details["reason"], str) and exc.details["reason"]
        return
    assert text.startswith("(") and text.endswith(")")
    assert "\x00" not in text


@ROUND_TRIPS
@given(st.one_of(st.text(max_size=50), st.binary(max_size=30)))
def test_an_escaped_value_never_changes_a_filters_shape(value: str | bytes) -> None:
    assert validate_filter(f"(&(objectClass=user)(cn={escape_filter_value(value)}))")


# ----------------------------------------------------------------------------------------- distinguished names

DN_PIECES = [
    "cn",
    "ou",
    "dc",
    "2.5.4.3",
    "=",
    "=",
    ",",
    ",",
    "+",
    ";",
    " ",
    "\\",
    "\\,",
    "\\2C",
    "\\c3\\a9",
    "\\c3",
    "#",
    "#04",
    "#0",
    '"',
    "<",
    ">",
    "Staff",
    "zylker",
    "x",
    "-",
    *ODD,
]


@EXAMPLES
@given(st.one_of(ANY_TEXT, tokens(DN_PIECES, 80)))
@example("cn\n=x")
@example("cn=x," * HUGE)
@example("cn=" + "\\" * HUGE)
@example("cn=" + "\\c3" * HUGE)
@example("cn=#" + "a" * HUGE)
def test_dn_parser_returns_rdns_or_raises_a_typed_error(text: str) -> None:
    try:
        rdns = validate_dn(text)
    except DnInvalidError as exc:
        assert isinstance(exc.details["reason"], str) and exc.details["reason"]
        return
    assert rdns and all(rdn for rdn in rdns)
    for rdn in rdns:
        for attribute, value in rdn:
            assert attribute and "\n" not in attribute and "=" not in attribute
            assert value != ""


@ROUND_TRIPS
@given(st.text(min_size=1, max_size=40).filter(lambda v: not any(0xD800 <= ord(c) <= 0xDFFF for c in v)))
def test_an_escaped_value_reads_back_unchanged(value: str) -> None:
    assert validate_dn(f"cn={escape_dn_value(value)},ou=Staff,dc=zylker,dc=test")[0] == [("cn", value)]


# ------------------------------------------------------------------------------------------------- host names

HOST_PIECES = [
    "dc1",
    "DC2",
    "zylker",
    "test",
    "a",
    "0",
    "9",
    "-",
    ".",
    ".",
    "..",
    "[",
    "]",
    "::",
    "1",
    "127.0.0.1",
    "fe80::1",
    "%",
    "eth0",
    "x" * 63,
    "y" * 64,
    *ODD,
]


@EXAMPLES
@given(st.one_of(ANY_TEXT, tokens(HOST_PIECES, 60)))
@example("\u212a.zylker.test")  # KELVIN SIGN, which lower() turns into an ASCII "k"
@example("::1%\u00e9")
@example("a." * 200 + "test")
@example("x" * HUGE)
def test_host_name_parser_normalises_or_raises_a_typed_error(text: str) -> None:
    try:
        name = validate_hostname(text)
    except HostInvalidError as exc:
        assert isinstance(exc.details["reason"], str) and exc.details["reason"]
        return
    assert text.isascii() and name.isascii()
    assert validate_hostname(name) == name  # normalised once and for all
    try:
        ipaddress.ip_address(name)
    except ValueError:
        assert len(name) <= 253 and name == text.lower().rstrip(".")
        assert is_fqdn(name) == ("." in name)
