"""End to end on plain LDAP: OpenLDAP slapd (inetOrgPerson, entryUUID, entryCSN) → engine → scim2-server.

The same core flow as on AD: full run, then changes (disable by the configured rule, rename, move out of
scope, delete) picked up by a delta run, nested groups included.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import ldap3
import pytest
from pydantic import SecretStr

from app.ldap.reader import DirectoryReader
from app.sync.engine import SyncEngine
from app.sync.model import PlanCategory, ReadKind, ReasonCode, RunMode
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
from tests.servers import directory_data as data
from tests.servers.scim2server import Scim2Server
from tests.servers.slapd import DISABLED_ATTRIBUTE, DISABLED_VALUE, Slapd, ou_dn, seed_dn
from tests.sync.scimtools import scim_target

pytestmark = [pytest.mark.slapd, pytest.mark.slow]

IN_SCOPE = [u for u in data.USERS if u.ou[0] in ("Sales", "Engineering")]
OUS = [ou_dn(data.SALES), ou_dn(data.ENG), f"ou=Groups,{data.BASE_DN.lower()}"]


def settings() -> SyncSettings:
    return SyncSettings(
        directory_kind=DirectoryKind.INETORGPERSON,
        scope=SyncScope(ous=OUS, object_types=[ObjectType.USERS, ObjectType.SECURITY_GROUPS]),
        user_mapping=suggest_user_mapping("inetorgperson"),
        group_mapping=suggest_group_mapping("inetorgperson"),
        # Plain LDAP shows no deletions: list the anchors in scope on every delta, so the deletion below is
        # seen by the next one (the hourly default: tests/sync/test_sources_delta.py).
        presence_check_minutes=0,
    )


def scim_get(server: Scim2Server, kind: str) -> list[dict[str, Any]]:
    response = httpx.get(
        f"{server.base_url}/{kind}", params={"count": 1000}, headers={"Authorization": f"Bearer {server.token}"}
    )
    response.raise_for_status()
    return list(response.json().get("Resources", []))


def test_core_flow_against_slapd(tmp_path: Path, slapd_fresh: Slapd, scim2_server: Scim2Server) -> None:
    directory = slapd_fresh
    ldap_settings = directory.ldap_settings(disabled_attribute=DISABLED_ATTRIBUTE, disabled_value=DISABLED_VALUE)

    async def run(mode: RunMode, check: Any = None) -> None:
        reader = await DirectoryReader.open(ldap_settings, SecretStr(directory.admin_password))
        engine = SyncEngine(
            StateStore.open(tmp_path / "state.db"),
            LdapDirectorySource(reader),
            scim_target(scim2_server.base_url, scim2_server.token),
            settings(),
        )
        try:
            plan = await engine.plan_run(mode)
            if check is not None:
                check(plan)
            result = await engine.apply(plan, selection=[e.key for e in plan.actionable])
            assert result.status is RunStatus.COMPLETED, result.errors
        finally:
            await reader.close()

    def first_plan(plan: Any) -> None:
        assert plan.read_kind is ReadKind.FULL
        assert len([e for e in plan.entries if e.category is PlanCategory.NEW and e.kind.value == "user"]) == len(
            IN_SCOPE
        )

    asyncio.run(run(RunMode.MANUAL, first_plan))
    users = {u["userName"]: u for u in scim_get(scim2_server, "Users")}
    assert set(users) == {u.mail for u in IN_SCOPE}
    assert users["judy.jones@zylker.test"]["active"] is False
    assert users["heidi.hill@zylker.test"]["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"] == {
        "department": "Engineering"
    }
    groups = {g["displayName"]: g for g in scim_get(scim2_server, "Groups")}
    assert set(groups) == {g.name for g in data.GROUPS}
    # AllStaff nests the team groups: they are member groups, not flattened users.
    assert {m["value"] for m in groups["AllStaff"]["members"]} == {groups["SalesTeam"]["id"], groups["EngTeam"]["id"]}

    conn = ldap3.Connection(
        ldap3.Server(directory.ip, port=directory.port), directory.admin_bind, directory.admin_password, auto_bind=True
    )
    conn.modify(seed_dn("carol.clark"), {DISABLED_ATTRIBUTE: [(ldap3.MODIFY_REPLACE, [DISABLED_VALUE])]})
    conn.modify(seed_dn("dave.davis"), {"sn": [(ldap3.MODIFY_REPLACE, ["Davis-Doe"])]})
    conn.modify_dn(seed_dn("erin.evans"), "uid=erin.evans", new_superior=ou_dn(data.SERVICE))
    conn.delete(seed_dn("frank.fisher"))
    assert conn.result["result"] == 0
    conn.unbind()

    def delta_plan(plan: Any) -> None:
        assert plan.read_kind is ReadKind.DELTA
        got = {(e.display_name, e.category, e.reason.code) for e in plan.entries if e.kind.value == "user"}
        assert got == {
            ("Carol Clark", PlanCategory.DISABLE, ReasonCode.DISABLED_IN_DIRECTORY),
            ("Dave Davis", PlanCategory.UPDATE, ReasonCode.ATTRIBUTES_CHANGED),
            ("Erin Evans", PlanCategory.DISABLE, ReasonCode.LEFT_SCOPE),
            ("Frank Fisher", PlanCategory.DISABLE, ReasonCode.DELETED_IN_DIRECTORY),
        }

    asyncio.run(run(RunMode.SCHEDULED, delta_plan))
    users = {u["userName"]: u for u in scim_get(scim2_server, "Users")}
    assert len(users) == len(IN_SCOPE)
    assert [users[f"{n}@zylker.test"]["active"] for n in ("carol.clark", "erin.evans", "frank.fisher")] == [False] * 3
    assert users["dave.davis@zylker.test"]["name"]["familyName"] == "Davis-Doe"
