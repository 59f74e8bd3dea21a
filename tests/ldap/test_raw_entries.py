"""The directory layer's connections skip ldap3's value formatting (``RawEntryStrategy``): what the reader gets
must be exactly what ldap3 itself would hand over as raw values, and ldap3's range retrieval must still work."""

from __future__ import annotations

import asyncio
from typing import Any

import ldap3
import pytest
from pydantic import SecretStr

from app.ldap.connection import RawEntryStrategy, VerifiedTls, connect
from app.ldap.reader import AD_USER_FILTER, DirectoryReader
from tests.servers import directory_data as data
from tests.servers import samba as samba_server
from tests.servers.samba import SambaDC

ATTRIBUTES = ["objectGUID", "sAMAccountName", "givenName", "sn", "mail", "userAccountControl", "memberOf"]


def _plain_ldap3_entries(dc: SambaDC) -> list[dict[str, Any]]:
    tls = VerifiedTls(dc.host, dc.ca_file)  # verified TLS as ldap3 would, without its deprecated host check
    server = ldap3.Server(dc.host, port=636, use_ssl=True, tls=tls, get_info=ldap3.NONE)
    # ldap3's own strategy, with the layer's options (missing attributes are not filled in as empty)
    conn = ldap3.Connection(
        server, dc.admin_bind, dc.admin_password, auto_bind=True, read_only=True, return_empty_attributes=False
    )
    try:
        conn.search(dc.base_dn, AD_USER_FILTER, ldap3.SUBTREE, attributes=ATTRIBUTES)
        return [r for r in conn.response if r["type"] == "searchResEntry"]
    finally:
        conn.unbind()


@pytest.mark.samba
def test_layer_connection_reads_the_same_raw_values_as_ldap3(samba_dc: SambaDC) -> None:
    async def layer_entries() -> list[dict[str, Any]]:
        connection = await connect(samba_dc.ldap_settings(), SecretStr(samba_dc.admin_password))
        try:
            assert isinstance(connection.conn.strategy, RawEntryStrategy)

            def read() -> list[dict[str, Any]]:
                connection.conn.search(samba_dc.base_dn, AD_USER_FILTER, ldap3.SUBTREE, attributes=ATTRIBUTES)
                return [r for r in connection.conn.response if r["type"] == "searchResEntry"]

            return await connection.call(read)
        finally:
            await connection.close()

    ours = asyncio.run(layer_entries())
    theirs = _plain_ldap3_entries(samba_dc)
    assert len(ours) == len(theirs) >= len(data.USERS)
    for mine, reference in zip(ours, theirs, strict=True):
        assert (mine["dn"], mine["raw_dn"]) == (reference["dn"], reference["raw_dn"])
        # same names as the server spelled them, same bytes (binary GUIDs, non-ASCII names included)
        assert dict(mine["raw_attributes"]) == dict(reference["raw_attributes"].items())
    zoe = data.user("zoe.angstrom")
    assert any(e["raw_attributes"].get("sn") == [zoe.surname.encode()] for e in ours)


@pytest.mark.samba
def test_ranged_attribute_is_completed_by_range_retrieval(samba_dc: SambaDC) -> None:
    """AD hands out long ``member`` lists in ranges (1,500 values at a time); asking for a range of two forces
    ldap3's range retrieval on a small group, through the reader's paged search."""

    async def body() -> list[dict[str, Any]]:
        reader = await DirectoryReader.open(samba_dc.ldap_settings(), SecretStr(samba_dc.admin_password))
        try:
            return await reader._search_all(
                samba_server.seed_dn("SalesTeam"), "(objectClass=group)", ["member;range=0-1"], scope=ldap3.BASE
            )
        finally:
            await reader.close()

    (entry,) = asyncio.run(body())
    members = {bytes(v).decode().lower() for v in entry["raw_attributes"]["member"]}
    assert members == {samba_server.seed_dn(m).lower() for m in data.group("SalesTeam").members}


def _tlv(tag: int, body: bytes) -> bytes:
    size = len(body)
    if size < 0x80:
        return bytes([tag, size]) + body
    octets = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(octets)]) + octets + body


def _entry_message(
    message_id: int, dn: bytes, attributes: list[tuple[bytes, list[bytes]]], controls: bytes = b""
) -> bytes:
    parts = b"".join(
        _tlv(0x30, _tlv(0x04, name) + _tlv(0x31, b"".join(_tlv(0x04, v) for v in values)))
        for name, values in attributes
    )
    entry = _tlv(0x64, _tlv(0x04, dn) + _tlv(0x30, parts))
    return _tlv(0x30, _tlv(0x02, message_id.to_bytes(2, "big", signed=True)) + entry + controls)


def test_fast_entry_parser_gives_what_ldap3_decodes() -> None:
    """The flat parser against ldap3's own decoder on the same bytes: long-form lengths (a 70 kB value), an
    attribute without values, several values, non-ASCII, binary; anything it does not handle is left to ldap3."""
    from ldap3.utils.asn1 import decode_message_fast

    from app.ldap.connection import parse_search_entry, raw_search_entry

    guid = bytes(range(16))
    message = _entry_message(
        300,
        "CN=Zoë Ångström,OU=Sales,DC=zylker,DC=test".encode(),
        [
            (b"objectGUID", [guid]),
            (b"sn", ["Ångström".encode()]),
            (b"description", [b"x" * 70_000]),
            (b"member", [b"CN=a", b"CN=b", b""]),
            (b"mail", []),
        ],
    )
    parsed = parse_search_entry(message)
    assert parsed is not None
    reference = raw_search_entry(decode_message_fast(message)["payload"])
    assert parsed[0] == 300
    assert parsed[1]["raw_attributes"] == reference["raw_attributes"]
    assert (parsed[1]["dn"], parsed[1]["raw_dn"]) == (reference["dn"], reference["raw_dn"])
    assert parsed[1]["attributes"] == reference["attributes"]
    assert parsed[1]["attributes"]["member"] is not parsed[1]["raw_attributes"]["member"]  # range retrieval appends

    with_controls = _entry_message(7, b"CN=x", [(b"sn", [b"y"])], controls=_tlv(0xA0, _tlv(0x30, _tlv(0x04, b"1.2.3"))))
    assert parse_search_entry(with_controls) is None
    assert parse_search_entry(message[:-1]) is None  # truncated
    done = _tlv(0x30, _tlv(0x02, b"\x01") + _tlv(0x65, _tlv(0x0A, b"\x00") + _tlv(0x04, b"") + _tlv(0x04, b"")))
    assert parse_search_entry(done) is None
