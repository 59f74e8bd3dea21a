"""Delta reads whose cost follows the changes: against the real Samba AD DC and slapd.

Each change (delete, move out of scope, move into scope, group membership, a deleted group member) is
reflected after one delta run, and the delta did not list the anchors in scope (the source counts its
listings). Where deletions are not visible (slapd; an AD bind account that may not see tombstones, see
tests/sync/test_e2e_samba.py) the listing runs once it is due, and absence before that is never a deletion.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import ldap3
import pytest
from pydantic import SecretStr

from app.ldap.reader import DirectoryReader
from app.sync.engine import SyncEngine
from app.sync.model import Plan, PlanCategory, ReadKind, ReasonCode, RunMode
from app.sync.settings import (
    DirectoryKind,
    ObjectType,
    SyncScope,
    SyncSettings,
    suggest_group_mapping,
    suggest_user_mapping,
)
from app.sync.sources import LdapDirectorySource
from app.sync.state import RunStatus, StateStore
from app.sync.targets import ScimCloudTarget
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC, seed_dn
from tests.servers.sandbox import SandboxTenantHandle
from tests.servers.scim2server import Scim2Server
from tests.servers.slapd import DISABLED_ATTRIBUTE, DISABLED_VALUE, Slapd, ou_dn
from tests.servers.slapd import seed_dn as slapd_dn
from tests.sync.scimtools import scim_target
from tests.sync.test_e2e_samba import ENG_DN, SALES_DN, SERVICE_DN, admin_connection, by_user_name, scim_for

Entries = set[tuple[str, PlanCategory, ReasonCode]]


def entries(plan: Plan) -> Entries:
    return {(e.display_name, e.category, e.reason.code) for e in plan.entries}


class Runner:
    """Opens the directory, plans and applies one run into the tenant; keeps the source of the last run."""

    def __init__(
        self, state: Path, target: ScimCloudTarget, sync: SyncSettings, open_reader: Any, *, dirsync: bool = True
    ) -> None:
        self.state, self.target, self.sync, self.open_reader = state, target, sync, open_reader
        self.dirsync = dirsync
        self.source: LdapDirectorySource | None = None

    def run(self, mode: RunMode, at: datetime | None = None) -> Plan:
        async def go() -> Plan:
            reader = await self.open_reader()
            self.source = LdapDirectorySource(reader, clock=lambda: at or datetime.now(UTC), dirsync=self.dirsync)
            engine = SyncEngine(StateStore.open(self.state), self.source, self.target, self.sync)
            try:
                plan = await engine.plan_run(mode)
                result = await engine.apply(plan, selection=[e.key for e in plan.actionable])
                assert result.status is RunStatus.COMPLETED, result.errors
                return plan
            finally:
                await reader.close()

        return asyncio.run(go())


def add_ad_user(conn: ldap3.Connection, name: str, given: str, surname: str, parent: str) -> str:
    dn = f"CN={given} {surname},{parent}"
    conn.add(
        dn,
        "user",
        {
            "sAMAccountName": name,
            "userPrincipalName": f"{name}@zylker.test",
            "givenName": given,
            "sn": surname,
            "displayName": f"{given} {surname}",
            "mail": f"{name}@zylker.test",
            "userAccountControl": "544",  # enabled, no password needed
        },
    )
    assert conn.result["result"] == 0, conn.result
    return dn


@pytest.mark.samba
@pytest.mark.slow
@pytest.mark.parametrize("path", ["dirsync", "tombstones"])
def test_ad_changes_reach_the_tenant_after_one_delta_without_listing_anchors(
    tmp_path: Path, samba_dc_fresh: SambaDC, sandbox_tenant: SandboxTenantHandle, path: str
) -> None:
    """The same changes through either way of finding deletions and moves: DirSync (the admin holds
    "Replicating Directory Changes") and, with DirSync turned off, the uSNChanged search with tombstones."""
    dc, tenant = samba_dc_fresh, sandbox_tenant
    sync = SyncSettings(scope=SyncScope(ous=[SALES_DN, ENG_DN]))

    async def open_reader() -> DirectoryReader:
        return await DirectoryReader.open(dc.ldap_settings(), SecretStr(dc.admin_password))

    runner = Runner(tmp_path / "state.db", scim_for(tenant), sync, open_reader, dirsync=path == "dirsync")
    conn = admin_connection(dc)
    outsider = add_ad_user(conn, "quinn.quarry", "Quinn", "Quarry", SERVICE_DN)
    runner.run(RunMode.MANUAL)
    assert "quinn.quarry@zylker.test" not in by_user_name(tenant)

    conn.delete(seed_dn("frank.fisher"))  # a deleted member of EngTeam: the DC drops the link silently
    conn.modify_dn(seed_dn("erin.evans"), "CN=Erin Evans", new_superior=SERVICE_DN)  # out of scope
    conn.modify_dn(outsider, "CN=Quinn Quarry", new_superior=SALES_DN)  # into scope
    conn.modify(seed_dn("EngTeam"), {"member": [(ldap3.MODIFY_ADD, [seed_dn("alice.adams")])]})
    assert conn.result["result"] == 0

    plan = runner.run(RunMode.SCHEDULED)
    source = runner.source
    assert plan.read_kind is ReadKind.DELTA and source is not None and source.last_delta is not None
    assert source.presence_listings == 0 and not source.last_delta.presence_listed
    assert source.last_delta.tombstones_visible
    assert source.last_delta.deletion_detection == path == source.deletion_detection
    assert entries(plan) == {
        ("Frank Fisher", PlanCategory.DISABLE, ReasonCode.DELETED_IN_DIRECTORY),
        ("Erin Evans", PlanCategory.DISABLE, ReasonCode.LEFT_SCOPE),
        ("Quinn Quarry", PlanCategory.NEW, ReasonCode.NEW_IN_SCOPE),
        ("EngTeam", PlanCategory.UPDATE, ReasonCode.MEMBERS_CHANGED),  # alice in, frank out
        ("SalesTeam", PlanCategory.UPDATE, ReasonCode.MEMBERS_CHANGED),  # erin left the scope
    }
    users = by_user_name(tenant)
    assert users["quinn.quarry@zylker.test"]["active"] is True
    assert users["frank.fisher@zylker.test"]["active"] is False
    assert users["erin.evans@zylker.test"]["active"] is False
    groups = {g["displayName"]: {m["value"] for m in g.get("members", [])} for g in tenant.scim_groups()}
    ids = {name.split("@")[0]: u["id"] for name, u in users.items()}
    assert groups["EngTeam"] == {ids[n] for n in ("alice.adams", "bob.brown", "dave.davis", "heidi.hill", "judy.jones")}
    assert ids["erin.evans"] not in groups["SalesTeam"]

    # A membership change alone: only the group that changed is read, not every group in scope.
    conn.modify(seed_dn("SalesTeam"), {"member": [(ldap3.MODIFY_DELETE, [seed_dn("ivan.irwin")])]})
    assert conn.result["result"] == 0
    conn.unbind()
    plan = runner.run(RunMode.SCHEDULED)
    source = runner.source
    assert source is not None and source.last_delta is not None
    assert entries(plan) == {("SalesTeam", PlanCategory.UPDATE, ReasonCode.MEMBERS_CHANGED)}
    assert (source.presence_listings, source.last_delta.whole_groups, source.last_delta.groups_read) == (0, False, 1)
    sales = next(g for g in tenant.scim_groups() if g["displayName"] == "SalesTeam")
    assert ids["ivan.irwin"] not in {m["value"] for m in sales["members"]}


def slapd_settings(**extra: Any) -> SyncSettings:
    return SyncSettings(
        directory_kind=DirectoryKind.INETORGPERSON,
        scope=SyncScope(
            ous=[ou_dn(data.SALES), ou_dn(data.ENG), f"ou=Groups,{data.BASE_DN.lower()}"],
            object_types=[ObjectType.USERS, ObjectType.SECURITY_GROUPS],
        ),
        user_mapping=suggest_user_mapping("inetorgperson"),
        group_mapping=suggest_group_mapping("inetorgperson"),
        **extra,
    )


def scim_users(server: Scim2Server) -> dict[str, dict[str, Any]]:
    response = httpx.get(
        f"{server.base_url}/Users", params={"count": 1000}, headers={"Authorization": f"Bearer {server.token}"}
    )
    response.raise_for_status()
    return {u["userName"]: u for u in response.json().get("Resources", [])}


@pytest.mark.slapd
@pytest.mark.slow
def test_slapd_delta_lists_anchors_only_when_due_and_never_deletes_from_absence(
    tmp_path: Path, slapd_fresh: Slapd, scim2_server: Scim2Server
) -> None:
    directory = slapd_fresh
    settings = directory.ldap_settings(disabled_attribute=DISABLED_ATTRIBUTE, disabled_value=DISABLED_VALUE)

    async def open_reader() -> DirectoryReader:
        return await DirectoryReader.open(settings, SecretStr(directory.admin_password))

    target = scim_target(scim2_server.base_url, scim2_server.token)
    runner = Runner(tmp_path / "state.db", target, slapd_settings(), open_reader)
    start = datetime.now(UTC)
    runner.run(RunMode.MANUAL, at=start)

    conn = ldap3.Connection(
        ldap3.Server(directory.ip, port=directory.port), directory.admin_bind, directory.admin_password, auto_bind=True
    )
    conn.delete(slapd_dn("frank.fisher"))
    conn.modify_dn(slapd_dn("erin.evans"), "uid=erin.evans", new_superior=ou_dn(data.SERVICE))
    conn.modify(slapd_dn("dave.davis"), {"sn": [(ldap3.MODIFY_REPLACE, ["Davis-Doe"])]})
    assert conn.result["result"] == 0
    conn.unbind()

    # Within the hour: the changes the directory reports are applied; the deletion is not visible on plain
    # LDAP and nobody is disabled for being absent.
    plan = runner.run(RunMode.SCHEDULED, at=start + timedelta(minutes=30))
    source = runner.source
    assert source is not None and source.last_delta is not None
    assert (source.presence_listings, source.last_delta.tombstones_visible) == (0, False)
    assert entries(plan) == {
        ("Dave Davis", PlanCategory.UPDATE, ReasonCode.ATTRIBUTES_CHANGED),
        ("Erin Evans", PlanCategory.DISABLE, ReasonCode.LEFT_SCOPE),
        ("SalesTeam", PlanCategory.UPDATE, ReasonCode.MEMBERS_CHANGED),  # erin left the scope
        # slapd's referential integrity took frank out of the group, which changed the group's entryCSN
        ("EngTeam", PlanCategory.UPDATE, ReasonCode.MEMBERS_CHANGED),
    }
    assert scim_users(scim2_server)["frank.fisher@zylker.test"]["active"] is True

    # The listing is due an hour after the full read's: the deletion is found.
    plan = runner.run(RunMode.SCHEDULED, at=start + timedelta(minutes=61))
    source = runner.source
    assert source is not None and source.last_delta is not None
    assert (source.presence_listings, source.last_delta.presence_listed) == (1, True)
    assert entries(plan) == {
        ("Frank Fisher", PlanCategory.DISABLE, ReasonCode.DELETED_IN_DIRECTORY),
    }
    assert scim_users(scim2_server)["frank.fisher@zylker.test"]["active"] is False

    # The listing's time was stored with the watermark: the next delta within the hour does not list again.
    plan = runner.run(RunMode.SCHEDULED, at=start + timedelta(minutes=90))
    assert runner.source is not None and runner.source.presence_listings == 0
    assert entries(plan) == set()
