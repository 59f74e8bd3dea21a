"""DirectoryReader against the real Samba AD DC and slapd: expectations come from the seed data."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from pydantic import SecretStr

from app.ldap.connection import connect
from app.ldap.errors import BaseDnNotFoundError, DnInvalidError, FilterInvalidError, IncompleteReadError
from app.ldap.reader import DirectoryReader, ObjectKind
from tests.servers import directory_data as data
from tests.servers import samba as samba_server
from tests.servers import slapd as slapd_server
from tests.servers.samba import SambaDC
from tests.servers.slapd import Slapd

GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def with_reader(settings: Any, password: str, body: Callable[[DirectoryReader], Awaitable[Any]]) -> Any:
    async def scenario() -> Any:
        reader = await DirectoryReader.open(settings, SecretStr(password))
        try:
            return await body(reader)
        finally:
            await reader.close()

    return asyncio.run(scenario())


def _slapd_settings(server: Slapd) -> Any:
    return server.ldap_settings(disabled_attribute="employeeType", disabled_value="disabled")


@pytest.mark.samba
def test_users_in_selected_ous_with_disabled_state_and_anchors(samba_dc: SambaDC) -> None:
    sales, eng = data.ad_ou_dn(("Sales",)), data.ad_ou_dn(("Engineering",))

    async def body(reader: DirectoryReader) -> list[Any]:
        return [u async for u in reader.iter_users([sales, eng, data.ad_ou_dn(("Engineering", "Berlin"))], ["mail"])]

    users = with_reader(samba_dc.ldap_settings(bind_identity=samba_dc.service_bind), samba_dc.service_password, body)
    expected = data.users_in(("Sales",)) + data.users_in(("Engineering",))
    assert sorted(u.first("mail") for u in users) == sorted(u.mail for u in expected)  # no duplicates from Berlin
    assert {u.first("mail") for u in users if u.disabled} == {u.mail for u in expected if u.disabled}
    assert all(GUID.match(u.anchor) for u in users) and len({u.anchor for u in users}) == len(users)
    assert {k.lower() for k in users[0].attributes} <= {"mail", "objectguid", "usnchanged", "useraccountcontrol"}


@pytest.mark.samba
def test_non_ascii_names_and_typed_values_are_safe(samba_dc: SambaDC) -> None:
    zoe = data.user("zoe.angstrom")

    async def body(reader: DirectoryReader) -> tuple[list[Any], list[Any]]:
        from app.ldap.validation import escape_filter_value

        found = [
            u async for u in reader.iter_users([], ["givenName", "sn"], f"(sn={escape_filter_value(zoe.surname)})")
        ]
        injected = f"(sAMAccountName={escape_filter_value('*)(sAMAccountName=*')})"
        none = [u async for u in reader.iter_users([], ["sn"], injected)]
        return found, none

    found, none = with_reader(samba_dc.ldap_settings(), samba_dc.admin_password, body)
    assert [(u.first("givenName"), u.first("sn")) for u in found] == [(zoe.given_name, zoe.surname)]
    assert none == []


@pytest.mark.samba
def test_invalid_custom_filter_is_refused_before_reading(samba_dc: SambaDC) -> None:
    async def body(reader: DirectoryReader) -> None:
        async for _ in reader.iter_users([], ["mail"], "(mail=*)(objectClass=*"):
            pass

    with pytest.raises(FilterInvalidError):
        with_reader(samba_dc.ldap_settings(), samba_dc.admin_password, body)


@pytest.mark.samba
def test_attribute_names_and_groups_with_their_type(samba_dc: SambaDC) -> None:
    async def body(reader: DirectoryReader) -> tuple[Any, ...]:
        names = await reader.attribute_names(ObjectKind.USER)
        groups = [g async for g in reader.iter_groups([data.ad_ou_dn(("Sales",))], ["cn", "groupType"])]
        return names, groups

    names, groups = with_reader(samba_dc.ldap_settings(), samba_dc.admin_password, body)
    assert {"mail", "employeeID", "title", "department", "manager"} <= set(names)
    by_name = {g.first("cn"): g for g in groups}
    assert set(by_name) == {"SalesTeam", "Newsletter"}
    assert len(by_name["SalesTeam"].members) == len(data.group("SalesTeam").members)
    assert by_name["Newsletter"].first("groupType") == "2"  # distribution group


@pytest.mark.samba
def test_ou_children_reads_one_level_at_a_time(samba_dc: SambaDC) -> None:
    eng_dn = data.ad_ou_dn(("Engineering",))

    async def body(reader: DirectoryReader) -> tuple[Any, ...]:
        top = await reader.ou_children(reader.base_dn)
        eng = await reader.ou_children(eng_dn.lower())  # DNs are case-insensitive
        berlin = await reader.ou_children(data.ad_ou_dn(("Engineering", "Berlin")))
        return reader.base_dn, top, eng, berlin

    service = samba_dc.ldap_settings(bind_identity=samba_dc.service_bind)
    base, top, eng, berlin = with_reader(service, samba_dc.service_password, body)
    names = [n.name for n in top]
    assert {"Sales", "Engineering", "Service"} <= set(names) and "Berlin" not in names
    assert names == sorted(names, key=str.lower)
    assert all(n.dn.lower().endswith("," + base.lower()) and n.dn.count(",") == base.count(",") + 1 for n in top)
    assert next(n.dn for n in top if n.name == "Engineering").lower() == eng_dn.lower()
    assert [(n.name, n.dn.lower()) for n in eng] == [("Berlin", data.ad_ou_dn(("Engineering", "Berlin")).lower())]
    assert berlin == []
    # Visible containers are listed with the OUs; those AD hides from the ordinary view are not.
    assert {"Users", "Computers"} <= set(names) and not {"System", "Program Data"} & set(names)


@pytest.mark.samba
def test_ou_children_of_a_missing_or_malformed_parent_is_a_typed_error(samba_dc: SambaDC) -> None:
    async def missing(reader: DirectoryReader) -> None:
        await reader.ou_children(data.ad_ou_dn(("Former",)))

    async def malformed(reader: DirectoryReader) -> None:
        await reader.ou_children("Sales")

    with pytest.raises(BaseDnNotFoundError):
        with_reader(samba_dc.ldap_settings(), samba_dc.admin_password, missing)
    with pytest.raises(DnInvalidError):
        with_reader(samba_dc.ldap_settings(), samba_dc.admin_password, malformed)


@pytest.mark.slapd
def test_slapd_ou_children(slapd: Slapd) -> None:
    async def body(reader: DirectoryReader) -> tuple[Any, ...]:
        return await reader.ou_children(reader.base_dn), await reader.ou_children(slapd_server.ou_dn(("Engineering",)))

    top, eng = with_reader(_slapd_settings(slapd), slapd.admin_password, body)
    assert [n.name for n in top] == ["Engineering", "Groups", "Sales", "Service"]
    assert [n.dn for n in eng] == [slapd_server.ou_dn(("Engineering", "Berlin"))]


@pytest.mark.samba
def test_changes_since_watermark_include_modified_and_deleted(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh
    settings = dc.ldap_settings()

    async def scenario() -> tuple[list[Any], Any]:
        reader = await DirectoryReader.open(settings, SecretStr(dc.admin_password))
        try:
            mark = await reader.read_watermark()
            writer = await connect(settings, SecretStr(dc.admin_password))
            import ldap3

            def write() -> None:
                writer.conn.modify(samba_server.seed_dn("peggy.price"), {"title": [(ldap3.MODIFY_REPLACE, ["VP"])]})
                writer.conn.delete(samba_server.seed_dn("ivan.irwin"))

            # the directory layer opens read-only connections; writing here is the test playing an admin
            writer.conn.read_only = False
            await writer.call(write)
            await writer.close()
            changes = [c async for c in reader.iter_changes(mark, [data.ad_ou_dn(("Sales",))], ["title", "sn"])]
            return changes, mark
        finally:
            await reader.close()

    changes, mark = asyncio.run(scenario())
    assert mark.invocation_id and mark.usn
    updated = [c for c in changes if not c.deleted]
    deleted = [c for c in changes if c.deleted]
    assert [c.first("title") for c in updated if c.first("sn") == "Price"] == ["VP"]
    assert len(deleted) == 1 and deleted[0].last_known_parent == data.ad_ou_dn(("Sales",))
    assert all(c.first("sn") != "Adams" for c in updated)  # unchanged users are not reported


@pytest.mark.samba
def test_dc_dying_mid_paged_read_fails_loudly(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh
    settings = dc.ldap_settings(page_size=3, operation_timeout=3.0)
    read: list[Any] = []

    async def body(reader: DirectoryReader) -> None:
        async for user in reader.iter_users([], ["mail"]):
            read.append(user)
            if len(read) == 3:
                dc.kill()

    with pytest.raises(IncompleteReadError) as info:
        with_reader(settings, dc.admin_password, body)
    assert info.value.code == "read_incomplete"
    # The reader asks for the next page before handing a page on: a page that had come before the DC died
    # is still handed over, then the read fails; what was handed over is what the error counts.
    assert info.value.details["read"] == len(read) and 3 <= len(read) <= 9 < len(data.USERS)


@pytest.mark.slapd
def test_slapd_users_disabled_rule_and_changes(slapd_fresh: Slapd) -> None:
    server = slapd_fresh

    async def scenario() -> tuple[Any, ...]:
        reader = await DirectoryReader.open(_slapd_settings(server), SecretStr(server.admin_password))
        try:
            users = [u async for u in reader.iter_users([], ["uid", "mail"])]
            mark = await reader.read_watermark()
            import ldap3

            def write() -> None:
                reader.connection.conn.modify(
                    slapd_server.seed_dn("bob.brown"), {"title": [(ldap3.MODIFY_REPLACE, ["Chief"])]}
                )

            reader.connection.conn.read_only = False  # the test plays an admin editing the directory
            await reader.connection.call(write)
            changes = [c async for c in reader.iter_changes(mark, [], ["uid", "title"])]
            return users, changes
        finally:
            await reader.close()

    users, changes = asyncio.run(scenario())
    seeded = {u.username for u in data.USERS}
    assert seeded <= {u.first("uid") for u in users}
    assert {u.first("uid") for u in users if u.disabled} == {u.username for u in data.USERS if u.disabled}
    assert all(GUID.match(u.anchor) for u in users)
    assert [(c.first("uid"), c.first("title")) for c in changes if c.kind is ObjectKind.USER] == [
        ("bob.brown", "Chief")
    ]
