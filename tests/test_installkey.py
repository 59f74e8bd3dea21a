"""Installation keys: round trip, typo detection, forged and malformed input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.cloud.installkey import InstallationKeyError, KeyProblem, encode_key, parse_key, redact_key


def test_round_trip_and_forgiving_whitespace() -> None:
    key = encode_key("https://tenant.example.test/acme", secret=b"s" * 20)
    parsed = parse_key("  " + key.lower().replace("-", " - ") + "\n")
    assert parsed.tenant_url == "https://tenant.example.test/acme"
    assert parsed.secret == b"s" * 20
    assert "s" * 20 not in repr(parsed)


def test_every_single_character_typo_is_caught() -> None:
    key = encode_key("http://127.0.0.1:8080", secret=bytes(range(20)))
    body_start = key.index("-") + 1
    for i in range(body_start, len(key)):
        if key[i] == "-":
            continue
        for replacement in "A7":
            if replacement == key[i]:
                continue
            typo = key[:i] + replacement + key[i + 1 :]
            with pytest.raises(InstallationKeyError) as err:
                parse_key(typo)
            assert err.value.code in {KeyProblem.CHECKSUM, KeyProblem.MALFORMED}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", KeyProblem.EMPTY),
        ("   ", KeyProblem.EMPTY),
        ("hello", KeyProblem.MALFORMED),
        ("ICK1-", KeyProblem.MALFORMED),
        ("ICK1-ABC18", KeyProblem.MALFORMED),
        ("ICK2-AAAAA", KeyProblem.UNSUPPORTED_VERSION),
        ("ICK1-AAAAA-AAAAA", KeyProblem.CHECKSUM),
    ],
)
def test_malformed_keys_get_a_code(text: str, code: KeyProblem) -> None:
    with pytest.raises(InstallationKeyError) as err:
        parse_key(text)
    assert err.value.code == code


def test_bad_tenant_urls_are_refused_when_encoding() -> None:
    for url in ("ftp://x.test", "https://user:pw@x.test", "https://x.test/?q=1", "not a url"):
        with pytest.raises(InstallationKeyError):
            encode_key(url)


def test_redaction_hides_the_secret() -> None:
    key = encode_key("https://t.example.test")
    shown = redact_key(key)
    assert key[10:30] not in shown and shown.startswith("ICK1-")


@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        parse_key(text)
    except InstallationKeyError:
        pass


@given(st.binary(min_size=1, max_size=120))
def test_forged_bodies_are_refused(body: bytes) -> None:
    import base64

    forged = "ICK1-" + base64.b32encode(body).decode().rstrip("=")
    with pytest.raises(InstallationKeyError):
        parse_key(forged)
