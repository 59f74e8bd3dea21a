"""End to end: Samba AD DC → sync engine → sandbox tenant, with changes made in AD between runs.

Expectations are computed from the seed data (:mod:`tests.servers.directory_data`) and checked in the
tenant's SCIM store, i.e. what an admin of the cloud directory would see.
"""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import ldap3
import pytest
from ldap3.protocol.formatters.formatters import format_sid
from pydantic import SecretStr

from app.cloud.http import Backoff
from app.cloud.scim import ScimTarget
from app.ldap.reader import DirectoryObject, DirectoryReader
from app.sync.engine import SyncEngine
from app.sync.model import PlanCategory, ReadKind, ReasonCode, RunMode, SafetyCode, SafetyStatus
from app.sync.settings import ObjectType, SyncScope, SyncSettings
from app.sync.sources import LdapDirectorySource
from app.sync.state import RunStatus, StateStore
from app.sync.targets import ScimCloudTarget
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC, seed_dn
from tests.servers.sandbox import SandboxTenantHandle
from tests.sync.scimtools import StaticBearer

pytestmark = [pytest.mark.samba, pytest.mark.slow]

SALES_DN = data.ad_ou_dn(data.SALES)
ENG_DN = data.ad_ou_dn(data.ENG)
SERVICE_DN = data.ad_ou_dn(data.SERVICE)
IN_SCOPE = [u for u in data.USERS if u.ou[0] in ("Sales", "Engineering")]


def settings() -> SyncSettings:
    return SyncSettings(scope=SyncScope(ous=[SALES_DN, ENG_DN]))


def by_user_name(tenant: SandboxTenantHandle) -> dict[str, dict[str, Any]]:
    """The tenant's users that came from the directory (the sandbox seeds its own admins, unanchored)."""
    return {u["userName"].lower(): u for u in tenant.scim_users() if u.get("externalId")}


def admin_connection(dc: SambaDC) -> ldap3.Connection:
    server = ldap3.Server(dc.ip, port=389, get_info=ldap3.NONE)
    conn = ldap3.Connection(server, dc.admin_bind, dc.admin_password, auto_bind=True)
    return conn


def scim_for(tenant: SandboxTenantHandle) -> ScimCloudTarget:
    token = tenant.device_tokens(tenant.admin.email, tenant.admin.password)["access_token"]
    scim = ScimTarget(f"{tenant.url}/scim/v2", StaticBearer(token), backoff=Backoff(base=0.05, cap=0.2))
    return ScimCloudTarget(scim)


async def open_engine(
    dc: SambaDC,
    tenant: SandboxTenantHandle,
    state_path: Path,
    target: ScimCloudTarget,
    password: str | None = None,
    sync: SyncSettings | None = None,
    **ldap: Any,
) -> tuple[SyncEngine, DirectoryReader]:
    reader = await DirectoryReader.open(dc.ldap_settings(**ldap), SecretStr(password or dc.admin_password))
    engine = SyncEngine(StateStore.open(state_path), LdapDirectorySource(reader), target, sync or settings())
    return engine, reader


def test_full_run_then_delta_with_ad_changes(
    tmp_path: Path, samba_dc_fresh: SambaDC, sandbox_tenant: SandboxTenantHandle
) -> None:
    dc, tenant = samba_dc_fresh, sandbox_tenant
    target = scim_for(tenant)

    async def first() -> None:
        engine, reader = await open_engine(dc, tenant, tmp_path / "state.db", target)
        try:
            plan = await engine.plan_run(RunMode.MANUAL)
            assert plan.read_kind is ReadKind.FULL
            assert len(plan.by(data_kind("user"), PlanCategory.NEW)) == len(IN_SCOPE)
            # Faults on the way in: rate limiting, server errors, dropped connections.
            tenant.inject_faults("429", 2, retry_after=0)
            tenant.inject_faults("500", 2)
            tenant.inject_faults("drop", 2)
            result = await engine.apply(plan, selection=[e.key for e in plan.actionable])
            assert result.failed == 0, result.errors
        finally:
            await reader.close()

    asyncio.run(first())
    users = by_user_name(tenant)
    assert set(users) == {u.upn.lower() for u in IN_SCOPE}  # each exactly once, nobody from OU=Service
    assert users["judy.jones@zylker.test"]["active"] is False
    zoe = users["zoe.angstrom@zylker.test"]
    assert zoe["name"]["familyName"] == "Ångström" and zoe["title"] == "Ingénieure"
    groups = {g["displayName"]: g for g in tenant.scim_groups()}
    assert set(groups) == {"SalesTeam", "EngTeam", "BerlinOffice"}  # AllStaff out of scope, Newsletter not security
    ids = {u["userName"].split("@")[0]: u["id"] for u in users.values()}
    assert {m["value"] for m in groups["EngTeam"]["members"]} == {ids[n] for n in data.group("EngTeam").members}
    assert tenant.notifications(), "the provisioning header reached the tenant"

    # Changes in AD: disable, rename, move out of scope, delete, re-enable.
    conn = admin_connection(dc)
    conn.modify(seed_dn("carol.clark"), {"userAccountControl": [(ldap3.MODIFY_REPLACE, ["514"])]})
    conn.modify(seed_dn("judy.jones"), {"userAccountControl": [(ldap3.MODIFY_REPLACE, ["512"])]})
    conn.modify(seed_dn("dave.davis"), {"sn": [(ldap3.MODIFY_REPLACE, ["Davis-Doe"])]})
    conn.modify_dn(seed_dn("dave.davis"), "CN=Dave Davis-Doe")
    conn.modify_dn(seed_dn("erin.evans"), "CN=Erin Evans", new_superior=SERVICE_DN)
    conn.delete(seed_dn("frank.fisher"))
    assert conn.result["result"] == 0
    conn.unbind()

    async def second() -> None:
        engine, reader = await open_engine(dc, tenant, tmp_path / "state.db", target)
        try:
            plan = await engine.plan_run(RunMode.SCHEDULED)
            assert plan.read_kind is ReadKind.DELTA
            got = {(e.display_name, e.category, e.reason.code) for e in plan.entries if e.kind.value == "user"}
            assert got == {
                ("Carol Clark", PlanCategory.DISABLE, ReasonCode.DISABLED_IN_DIRECTORY),
                ("Judy Jones", PlanCategory.ACTIVATE, ReasonCode.ENABLED_IN_DIRECTORY),
                ("Dave Davis", PlanCategory.UPDATE, ReasonCode.ATTRIBUTES_CHANGED),
                ("Erin Evans", PlanCategory.DISABLE, ReasonCode.LEFT_SCOPE),
                ("Frank Fisher", PlanCategory.DISABLE, ReasonCode.DELETED_IN_DIRECTORY),
            }
            rename = next(e for e in plan.entries if e.display_name == "Dave Davis")
            assert rename.reason.data["renamed"] is True
            assert {c.path: c.new for c in rename.diff}["name.familyName"] == "Davis-Doe"
            result = await engine.apply(plan)
            assert result.status is RunStatus.COMPLETED, result.errors
        finally:
            await reader.close()

    asyncio.run(second())
    users = by_user_name(tenant)
    assert len(users) == len(IN_SCOPE)  # renames and moves are updates: nothing created or deleted
    assert users["carol.clark@zylker.test"]["active"] is False
    assert users["judy.jones@zylker.test"]["active"] is True
    assert users["erin.evans@zylker.test"]["active"] is False
    assert users["frank.fisher@zylker.test"]["active"] is False
    assert users["dave.davis@zylker.test"]["name"]["familyName"] == "Davis-Doe"
    eng = next(g for g in tenant.scim_groups() if g["displayName"] == "EngTeam")
    assert users["frank.fisher@zylker.test"]["id"] not in {m["value"] for m in eng["members"]}

    # Deleted in the cloud, still in AD and in scope: a manual run proposes, a scheduled run re-creates.
    alice = users["alice.adams@zylker.test"]
    _delete_via_scim(target, alice["id"])

    async def third() -> None:
        engine, reader = await open_engine(dc, tenant, tmp_path / "state.db", target)
        try:
            manual = await engine.plan_run(RunMode.MANUAL, force_full=True)
            (entry,) = [e for e in manual.entries if e.category is PlanCategory.NEW]
            assert (entry.display_name, entry.reason.code, entry.needs_review) == (
                "Alice Adams",
                ReasonCode.DELETED_IN_CLOUD,
                True,
            )
            scheduled = await engine.plan_run(RunMode.SCHEDULED, force_full=True)
            await engine.apply(scheduled)
        finally:
            await reader.close()

    asyncio.run(third())
    assert by_user_name(tenant)["alice.adams@zylker.test"]["externalId"] == alice["externalId"]


def _delete_via_scim(target: ScimCloudTarget, cloud_id: str) -> None:
    async def delete() -> None:
        await target.delete(data_kind("user"), cloud_id)

    asyncio.run(delete())


def data_kind(name: str) -> Any:
    from app.sync.model import ObjectKind

    return ObjectKind(name)


class _DyingReader(DirectoryReader):
    """The real reader; the DC is killed after the first page of users has been read."""

    dc: SambaDC

    async def iter_objects(  # type: ignore[override]
        self, kind: Any, ous: Sequence[str] = (), attributes: Sequence[str] = (), extra_filter: str | None = None
    ) -> AsyncIterator[DirectoryObject]:
        count = 0
        async for obj in super().iter_objects(kind, ous, attributes, extra_filter):
            count += 1
            if count == 3:
                self.dc.kill()
            yield obj


def test_dc_lost_mid_read_disables_nobody(
    tmp_path: Path, samba_dc_fresh: SambaDC, sandbox_tenant: SandboxTenantHandle
) -> None:
    dc, tenant = samba_dc_fresh, sandbox_tenant
    target = scim_for(tenant)

    async def scenario() -> None:
        engine, reader = await open_engine(dc, tenant, tmp_path / "state.db", target, page_size=2)
        plan = await engine.plan_run(RunMode.MANUAL)
        await engine.apply(plan, selection=[e.key for e in plan.actionable])
        await reader.close()
        dying = await _DyingReader.open(dc.ldap_settings(page_size=2), SecretStr(dc.admin_password))
        dying.dc = dc
        engine.source = LdapDirectorySource(dying)
        plan = await engine.plan_run(RunMode.SCHEDULED, force_full=True)
        assert plan.safety.code.value == "source_incomplete"
        result = await engine.apply(plan, approved=True)
        assert result.status is RunStatus.ABORTED
        await dying.close()

    asyncio.run(scenario())
    users = list(by_user_name(tenant).values())
    assert len(users) == len(IN_SCOPE)
    assert sum(1 for u in users if u["active"] is False) == sum(1 for u in IN_SCOPE if u.disabled)


def test_low_rights_bind_account_still_sees_deletions_in_a_delta(
    tmp_path: Path, samba_dc_fresh: SambaDC, sandbox_tenant: SandboxTenantHandle
) -> None:
    """The recommended reader account cannot see tombstones: a delta never takes absence for a deletion, and
    the delta run at which the presence listing is due (hourly) finds the deletion anyway."""
    dc, tenant = samba_dc_fresh, sandbox_tenant
    target = scim_for(tenant)
    low = {"password": dc.service_password, "bind_identity": dc.service_bind}
    start = datetime.now(UTC)

    async def run(mode: RunMode, minutes: int) -> tuple[Any, LdapDirectorySource]:
        engine, reader = await open_engine(dc, tenant, tmp_path / "state.db", target, **low)
        source = LdapDirectorySource(reader, clock=lambda: start + timedelta(minutes=minutes))
        engine.source = source
        try:
            plan = await engine.plan_run(mode)
            await engine.apply(plan, selection=[e.key for e in plan.actionable])
            return plan, source
        finally:
            await reader.close()

    asyncio.run(run(RunMode.MANUAL, 0))
    conn = admin_connection(dc)
    conn.delete(seed_dn("grace.green"))
    assert conn.result["result"] == 0
    conn.unbind()
    plan, source = asyncio.run(run(RunMode.SCHEDULED, 30))
    assert plan.read_kind is ReadKind.DELTA and not plan.entries
    assert source.last_delta is not None and not source.last_delta.tombstones_visible
    assert source.presence_listings == 0
    assert by_user_name(tenant)["grace.green@zylker.test"]["active"] is True
    plan, source = asyncio.run(run(RunMode.SCHEDULED, 61))
    assert plan.read_kind is ReadKind.DELTA and source.presence_listings == 1
    assert {(e.display_name, e.category, e.reason.code) for e in plan.entries} == {
        ("Grace Green", PlanCategory.DISABLE, ReasonCode.DELETED_IN_DIRECTORY),
        ("SalesTeam", PlanCategory.UPDATE, ReasonCode.MEMBERS_CHANGED),  # AD removed her from the group
    }
    assert by_user_name(tenant)["grace.green@zylker.test"]["active"] is False


def deny_read(dc: SambaDC, ou_dn: str, account: str) -> None:
    """Take read rights on an OU subtree away from ``account`` (sAMAccountName), as an admin might by mistake."""
    conn = admin_connection(dc)
    conn.search(dc.base_dn, f"(sAMAccountName={account})", attributes=["objectSid"])
    sid = format_sid(conn.entries[0].objectSid.raw_values[0])
    conn.unbind()
    subprocess.run(
        [
            "samba-tool", "dsacl", "set", "-s", str(dc.conf), "-H", f"ldap://{dc.ip}",
            "-U", f"Administrator%{dc.admin_password}", f"--objectdn={ou_dn}",
            # deny: read property, list children, list object, read control — inherited by everything below
            f"--sddl=(D;CI;RPLCLORC;;;{sid})",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip


@pytest.mark.parametrize("whole_domain", [False, True], ids=["two_ous", "whole_domain"])
def test_bind_account_losing_read_rights_disables_nobody_and_names_the_ou(
    tmp_path: Path, samba_dc_fresh: SambaDC, sandbox_tenant: SandboxTenantHandle, whole_domain: bool
) -> None:
    dc, tenant = samba_dc_fresh, sandbox_tenant
    target = scim_for(tenant)
    low = {"password": dc.service_password, "bind_identity": dc.service_bind}
    sync = SyncSettings(scope=SyncScope(ous=[] if whole_domain else [SALES_DN, ENG_DN]), propagate_deletions=True)

    start = datetime.now(UTC)

    async def run(mode: RunMode, force_full: bool = False, approved: bool = False, minutes: int = 0) -> Any:
        engine, reader = await open_engine(dc, tenant, tmp_path / "state.db", target, sync=sync, **low)
        engine.source = LdapDirectorySource(reader, clock=lambda: start + timedelta(minutes=minutes))
        try:
            plan = await engine.plan_run(mode, force_full=force_full)
            result = await engine.apply(plan, selection=[e.key for e in plan.actionable], approved=approved)
            return plan, result
        finally:
            await reader.close()

    asyncio.run(run(RunMode.MANUAL))
    before = {u["userName"]: u["active"] for u in tenant.scim_users()}
    assert {f"{u.upn}" for u in data.USERS if u.ou[0] == "Sales"} <= set(before)
    deny_read(dc, SALES_DN, data.SERVICE_ACCOUNT)

    # A delta before the presence listing is due sees no change, and takes the unseen OU for nothing.
    plan, result = asyncio.run(run(RunMode.SCHEDULED, minutes=30))
    assert plan.read_kind is ReadKind.DELTA and not plan.entries and plan.safety.status is SafetyStatus.OK
    # The delta at which the listing is due, and full reads, stop and name the OU.
    for mode, full in ((RunMode.SCHEDULED, False), (RunMode.SCHEDULED, True), (RunMode.MANUAL, True)):
        plan, result = asyncio.run(run(mode, full, minutes=61))
        assert (plan.safety.status, plan.safety.code) == (SafetyStatus.STOP, SafetyCode.SOURCE_NOT_VISIBLE)
        assert SALES_DN.lower() in {ou.lower() for ou in plan.safety.not_visible_ous}
        assert ENG_DN.lower() not in {ou.lower() for ou in plan.safety.not_visible_ous}
        assert plan.safety.not_visible >= (0 if not whole_domain else 10)
        assert not plan.by(data_kind("user"), PlanCategory.DELETE)  # no tombstone: never a deletion
        assert result.status is RunStatus.STOPPED
    after = {u["userName"]: u["active"] for u in tenant.scim_users()}
    assert after == before  # nobody disabled, nobody deleted

    # An admin who did delete them (a low-rights account sees no tombstones) approves: they are disabled,
    # and still not deleted, though deletion propagation is on.
    plan, result = asyncio.run(run(RunMode.MANUAL, True, approved=True))
    assert result.status is RunStatus.COMPLETED, result.errors
    approved = {u["userName"]: u["active"] for u in tenant.scim_users()}
    assert set(approved) == set(before)
    sales = {u.upn for u in data.USERS if u.ou[0] == "Sales"}
    assert not any(approved[name] for name in sales)


def test_fresh_setup_leaves_ad_system_objects_out(
    tmp_path: Path, samba_dc: SambaDC, sandbox_tenant: SandboxTenantHandle
) -> None:
    dc, tenant = samba_dc, sandbox_tenant
    target = scim_for(tenant)
    # What a new agent is set up with: no OU chosen (the whole domain), users and security groups.
    sync = SyncSettings(scope=SyncScope(object_types=[ObjectType.USERS, ObjectType.SECURITY_GROUPS]))

    async def run(sync: SyncSettings, state: str) -> Any:
        engine, reader = await open_engine(dc, tenant, tmp_path / state, target, sync=sync)
        try:
            plan = await engine.plan_run(RunMode.MANUAL)
            await engine.apply(plan, selection=[e.key for e in plan.actionable])
            return plan
        finally:
            await reader.close()

    plan = asyncio.run(run(sync, "state.db"))
    assert plan.whole_domain
    system = {_cn(e.dn) for e in plan.entries if e.reason.code is ReasonCode.AD_SYSTEM_OBJECT}
    assert {"Domain Admins", "Administrators", "Domain Users", "krbtgt", "Guest", "Administrator"} <= system, system
    assert all(e.category is PlanCategory.IGNORED for e in plan.entries if _cn(e.dn) in system)
    groups = {g["displayName"] for g in tenant.scim_groups()}
    assert not groups & system
    assert {"SalesTeam", "EngTeam", "BerlinOffice", "AllStaff"} <= groups
    names = {u["userName"].lower() for u in tenant.scim_users() if u.get("externalId")}
    assert not any(n.startswith(("administrator@", "krbtgt@", "guest@")) for n in names)
    assert {u.upn.lower() for u in data.USERS} <= names

    # Opting in per type: the built-in groups come in, the built-in accounts stay out.
    opted = SyncSettings.model_validate({**sync.model_dump(), "include_system_objects": ["groups"]})
    plan = asyncio.run(run(opted, "opted.db"))
    assert "Domain Admins" in {e.display_name for e in plan.by(data_kind("group"), PlanCategory.NEW)}
    assert "krbtgt" in {_cn(e.dn) for e in plan.entries if e.reason.code is ReasonCode.AD_SYSTEM_OBJECT}


def _cn(dn: str | None) -> str:
    return (dn or "").split(",", 1)[0].partition("=")[2]
