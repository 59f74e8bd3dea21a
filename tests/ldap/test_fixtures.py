"""The directory fixtures serve the seed data: what other suites rely on."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator

import ldap3
import pytest

from app.ldap.connection import VerifiedTls
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC
from tests.servers.slapd import Slapd


@contextlib.contextmanager
def _bound(server: ldap3.Server, user: str, password: str) -> Iterator[ldap3.Connection]:
    # ldap3's own context manager leaves an auto-bound connection open; unbind explicitly.
    conn = ldap3.Connection(server, user, password, auto_bind=True)
    try:
        yield conn
    finally:
        conn.unbind()


def _people(conn: ldap3.Connection, base: str, flt: str) -> set[str]:
    conn.search(base, flt, attributes=["sAMAccountName", "uid"])
    found = set()
    for entry in conn.entries:
        values = entry.entry_attributes_as_dict
        found.add(str((values.get("sAMAccountName") or values.get("uid"))[0]))
    return found


@pytest.mark.samba
def test_samba_dc_serves_seed_over_verified_ldaps(samba_dc: SambaDC) -> None:
    assert socket.gethostbyname(samba_dc.host) == samba_dc.ip
    tls = VerifiedTls(samba_dc.host, samba_dc.ca_file)
    server = ldap3.Server(samba_dc.host, port=636, use_ssl=True, tls=tls, get_info=ldap3.NONE)
    with _bound(server, samba_dc.service_bind, samba_dc.service_password) as conn:
        names = _people(conn, samba_dc.base_dn, "(&(objectCategory=person)(objectClass=user))")
        disabled = _people(conn, samba_dc.base_dn, "(userAccountControl:1.2.840.113556.1.4.803:=2)")
    assert {u.username for u in data.USERS} <= names
    assert {u.username for u in data.USERS if u.disabled} <= disabled
    assert "alice.adams" not in disabled


@pytest.mark.samba
def test_fresh_copy_is_private(samba_dc: SambaDC, samba_dc_fresh: SambaDC) -> None:
    assert samba_dc_fresh.ip != samba_dc.ip
    server = ldap3.Server(samba_dc_fresh.ip, get_info=ldap3.NONE)
    with _bound(server, samba_dc_fresh.admin_bind, samba_dc_fresh.admin_password) as conn:
        conn.delete(f"CN=Ivan Irwin,OU=Sales,{samba_dc_fresh.base_dn}")
        assert "ivan.irwin" not in _people(conn, samba_dc_fresh.base_dn, "(sAMAccountName=ivan.irwin)")
    shared = ldap3.Server(samba_dc.ip, get_info=ldap3.NONE)
    with _bound(shared, samba_dc.admin_bind, samba_dc.admin_password) as conn:
        assert _people(conn, samba_dc.base_dn, "(sAMAccountName=ivan.irwin)") == {"ivan.irwin"}


@pytest.mark.slapd
def test_slapd_serves_seed_with_memberof(slapd: Slapd) -> None:
    server = ldap3.Server(slapd.ip, port=slapd.port, get_info=ldap3.NONE)
    with _bound(server, slapd.service_bind, slapd.service_password) as conn:
        names = _people(conn, slapd.base_dn, "(objectClass=inetOrgPerson)")
        conn.search(slapd.base_dn, "(uid=heidi.hill)", attributes=["memberOf"])
        member_of = set(conn.entries[0].memberOf.values)
    assert {u.username for u in data.USERS} <= names
    assert f"cn=BerlinOffice,ou=Groups,{slapd.base_dn}" in member_of
