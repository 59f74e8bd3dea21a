"""Validators for what people type: host names, DNs, filters, and escaping of typed values (with fuzzing)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.ldap.errors import DnInvalidError, FilterInvalidError, HostInvalidError, HostNotFqdnError
from app.ldap.validation import (
    escape_dn_value,
    escape_filter_value,
    is_fqdn,
    require_fqdn,
    validate_dn,
    validate_filter,
    validate_hostname,
)


@pytest.mark.parametrize(
    "host",
    [
        "",
        " dc1.zylker.test",
        "dc1..zylker.test",
        "-dc1.zylker.test",
        "dc_1.zylker.test",
        "dc1.zylker.test/x",
        "a" * 64 + ".test",
        "10.0.0.300",
        "dc1.zylker.test:636",
        "dc1 zylker",
        "dö.zylker.test",
    ],
)
def test_malformed_host_names_are_rejected(host: str) -> None:
    with pytest.raises(HostInvalidError) as info:
        validate_hostname(host)
    assert info.value.code == "host_invalid"


def test_ssl_needs_fqdn_and_says_why() -> None:
    assert require_fqdn("DC1.Zylker.Test.") == "dc1.zylker.test"
    for bare in ("dc1", "127.0.0.1"):
        with pytest.raises(HostNotFqdnError) as info:
            require_fqdn(bare)
        assert info.value.code == "host_not_fqdn"
    assert is_fqdn("dc1.zylker.test") and not is_fqdn("dc1") and not is_fqdn("::1")


def test_dn_parsing_handles_escapes_and_rejects_injection() -> None:
    assert validate_dn("CN=Smith\\, John,OU=Sales,DC=zylker,DC=test")[0] == [("CN", "Smith, John")]
    assert validate_dn("CN=Zo\\c3\\ab,DC=x")[0] == [("CN", "Zoë")]
    for bad in ["", "CN=a,", "CN=a,,DC=x", "CN", "=a", "CN=a)(uid=*", "CN=a;DC=b", "CN=a\\", "CN=a\\zz", "1x=a"]:
        with pytest.raises(DnInvalidError):
            validate_dn(bad)


@pytest.mark.parametrize(
    "text",
    [
        "(cn=a)",
        "(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",
        "(mail=*)",
        "(cn=*smith*)",
        "(|(sn=a*b*c)(givenName~=x))",
        "(cn=\\28x\\29)",
        "(memberOf:1.2.840.113556.1.4.1941:=CN=A,DC=b)",
        "(cn:dn:caseExactMatch:=Fred)",
        "(:dn:2.4.6.8.10:=Dino)",
        "(cn;lang-en=x)",
        "(displayName=Zoë*)",
    ],
)
def test_valid_filters_pass(text: str) -> None:
    assert validate_filter(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "cn=a",
        "(cn=a",
        "(cn=a))",
        "(cn=a)(sn=b)",
        "(&)",
        "(cn=a(b)",
        "(cn=\\2)",
        "(cn=\\zz)",
        "(=a)",
        "(cn>=a*)",
        "(c n=a)",
        "(cn=a)\x00",
        "((cn=a))",
        "(cn:=a",
        "(!(cn=a)(sn=b))",
    ],
)
def test_invalid_filters_fail_with_position(text: str) -> None:
    with pytest.raises(FilterInvalidError) as info:
        validate_filter(text)
    assert info.value.code == "filter_invalid"
    assert isinstance(info.value.details["position"], int)


def test_typed_value_cannot_widen_a_filter() -> None:
    typed = "*)(objectClass=*"
    built = f"(sAMAccountName={escape_filter_value(typed)})"
    assert built == "(sAMAccountName=\\2a\\29\\28objectClass=\\2a)"
    validate_filter(built)  # still one equality item
    assert escape_filter_value(b"\x00\xff") == "\\00\\ff"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_escaped_values_always_make_a_single_valid_equality(value: str) -> None:
    validate_filter(f"(cn={escape_filter_value(value)})")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_filter_validator_never_crashes(text: str) -> None:
    try:
        validate_filter(text)
    except FilterInvalidError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_dn_validator_never_crashes(text: str) -> None:
    try:
        validate_dn(text)
    except DnInvalidError:
        pass


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(min_size=1, max_size=20).filter(lambda v: v.strip(" ") == v and "\x00" not in v), min_size=1, max_size=4
    )
)
def test_escaped_dn_values_round_trip(values: list[str]) -> None:
    dn = ",".join(f"OU={escape_dn_value(v)}" for v in values)
    assert [rdn[0][1] for rdn in validate_dn(dn)] == values


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_hostname_validator_accepts_only_clean_names(text: str) -> None:
    try:
        name = validate_hostname(text)
    except HostInvalidError:
        return
    assert name.isascii() and " " not in name and len(name) <= 253
