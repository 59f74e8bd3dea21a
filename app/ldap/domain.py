"""What password sync needs to know about the domain itself: its domain controllers and who administers it.

- :func:`domain_controllers`: the computer objects with the server-trust flag (``userAccountControl`` 0x2000,
  SERVER_TRUST_ACCOUNT), read from the directory rather than from DNS, with their host name and OS.
- :func:`is_domain_admin`: whether an account is a member of Domain Admins, nested membership included, read
  from its ``tokenGroups`` (the SIDs of every group the account's logon token would carry), compared with the
  domain SID + ``-512``. ``tokenGroups`` is constructed by the DC and can only be read with a base search.
"""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass
from typing import Any

import ldap3

from app.ldap.connection import classify_exception
from app.ldap.errors import OperationFailedError
from app.ldap.reader import DirectoryReader, _check_result, _entries
from app.ldap.validation import escape_filter_value

SERVER_TRUST_ACCOUNT = 0x2000
DOMAIN_ADMINS_RID = 512
DC_FILTER = f"(&(objectCategory=computer)(userAccountControl:1.2.840.113556.1.4.803:={SERVER_TRUST_ACCOUNT}))"


@dataclass(frozen=True)
class DomainController:
    name: str  # the computer's name (cn)
    host: str  # dNSHostName, the name to reach it by
    os: str  # operatingSystem: "Windows Server 2022 Standard", or Samba's own
    os_version: str
    dn: str

    @property
    def is_samba(self) -> bool:
        return "samba" in self.os.lower() or not self.os.lower().startswith("windows")


def sid_to_str(raw: bytes) -> str:
    """A binary SID (MS-DTYP §2.4.2) as S-1-…"""
    if len(raw) < 8:
        raise ValueError("SID too short")
    revision, count = raw[0], raw[1]
    authority = int.from_bytes(raw[2:8], "big")
    if len(raw) < 8 + 4 * count:
        raise ValueError("SID truncated")
    subs = struct.unpack(f"<{count}I", raw[8 : 8 + 4 * count])
    return "-".join(["S", str(revision), str(authority), *(str(s) for s in subs)])


def _text(entry: dict[str, Any], name: str) -> str:
    values = (entry.get("raw_attributes") or {}).get(name) or []
    return bytes(values[0]).decode("utf-8", "replace") if values else ""


async def domain_controllers(reader: DirectoryReader) -> list[DomainController]:
    connection = reader.connection
    base = reader.root.default_naming_context or reader.base_dn

    def read() -> list[dict[str, Any]]:
        conn = connection.conn
        conn.search(
            base,
            DC_FILTER,
            ldap3.SUBTREE,
            attributes=["cn", "dNSHostName", "operatingSystem", "operatingSystemVersion"],
        )
        _check_result(conn, connection.host, base)
        return _entries(conn)

    found = [
        DomainController(
            name=_text(e, "cn"),
            host=_text(e, "dNSHostName").lower(),
            os=_text(e, "operatingSystem"),
            os_version=_text(e, "operatingSystemVersion"),
            dn=str(e.get("dn", "")),
        )
        for e in await connection.call(read)
    ]
    return sorted(found, key=lambda dc: dc.host or dc.name.lower())


async def domain_sid(reader: DirectoryReader) -> str:
    base = reader.root.default_naming_context or reader.base_dn
    entry = await reader._read_base(base, "(objectClass=*)", ["objectSid"])
    raw = ((entry or {}).get("raw_attributes") or {}).get("objectSid") or []
    if not raw:
        raise OperationFailedError("the domain has no objectSid", host=reader.connection.host)
    return sid_to_str(bytes(raw[0]))


async def account_dn(reader: DirectoryReader, identity: str) -> str | None:
    """The DN of an account given as ``user@domain``, ``DOMAIN\\user`` or a bare sAMAccountName."""
    name = identity.split("\\", 1)[-1]
    if "@" in name:
        user = escape_filter_value(name.split("@")[0])
        search = f"(|(userPrincipalName={escape_filter_value(name)})(sAMAccountName={user}))"
    else:
        search = f"(sAMAccountName={escape_filter_value(name)})"
    connection = reader.connection
    base = reader.root.default_naming_context or reader.base_dn

    def read() -> list[dict[str, Any]]:
        conn = connection.conn
        conn.search(base, f"(&(objectCategory=person){search})", ldap3.SUBTREE, attributes=["objectSid"])
        _check_result(conn, connection.host, base)
        return _entries(conn)

    entries = await connection.call(read)
    return str(entries[0]["dn"]) if len(entries) == 1 else None


async def token_group_sids(reader: DirectoryReader, dn: str) -> set[str]:
    entry = await reader._read_base(dn, "(objectClass=*)", ["tokenGroups"])
    values = ((entry or {}).get("raw_attributes") or {}).get("tokenGroups") or []
    return {sid_to_str(bytes(v)) for v in values}


async def is_domain_admin(reader: DirectoryReader, identity: str) -> bool | None:
    """True/False, or None when the account is not found (or found more than once)."""
    dn = await account_dn(reader, identity)
    if dn is None:
        return None
    admins = f"{await domain_sid(reader)}-{DOMAIN_ADMINS_RID}"
    return admins in await token_group_sids(reader, dn)


async def account_by_guid(reader: DirectoryReader, guid: str) -> tuple[str, bytes] | None:
    """The user whose objectGUID is ``guid``: its sAMAccountName and binary objectSid, or None when not exactly one.
    A failed search raises the directory layer's :class:`~app.errors.DirectoryError`."""
    connection = reader.connection
    base = reader.root.default_naming_context or reader.base_dn
    value = "".join(f"\\{b:02x}" for b in uuid.UUID(guid).bytes_le)

    def read() -> list[dict[str, Any]]:
        conn = connection.conn
        conn.search(
            base,
            f"(&(objectCategory=person)(objectGUID={value}))",
            ldap3.SUBTREE,
            attributes=["sAMAccountName", "objectSid"],
        )
        _check_result(conn, connection.host, base)
        return _entries(conn)

    try:
        entries = await connection.call(read)
    except ldap3.core.exceptions.LDAPException as exc:
        raise classify_exception(exc, connection.host, connection.port) from exc
    if len(entries) != 1:
        return None
    raw = entries[0].get("raw_attributes") or {}
    sam, sid = raw.get("sAMAccountName") or [], raw.get("objectSid") or []
    if not sam or not sid:
        return None
    return bytes(sam[0]).decode("utf-8"), bytes(sid[0])
