"""The same core flow on plain LDAP: an agent set up against OpenLDAP slapd (inetOrgPerson, entryUUID,
the configurable disabled rule) syncs into the sandbox tenant through the ``identity-connect-agent`` command."""

from __future__ import annotations

import json
from pathlib import Path

import ldap3
import pytest

from app.sync.settings import (
    DirectoryKind,
    ObjectType,
    SyncScope,
    SyncSettings,
    suggest_group_mapping,
    suggest_user_mapping,
)
from tests.e2e.conftest import Agent, assert_no_duplicates
from tests.servers import directory_data as data
from tests.servers.sandbox import SandboxTenantHandle
from tests.servers.slapd import DISABLED_ATTRIBUTE, DISABLED_VALUE, Slapd, ou_dn, seed_dn
from tests.service.agent_setup import configure_agent

pytestmark = [pytest.mark.slapd, pytest.mark.timeout(120)]

IN_SCOPE = [u for u in data.USERS if u.ou[0] in ("Sales", "Engineering")]


def test_core_flow_against_slapd(sandbox_tenant: SandboxTenantHandle, slapd_fresh: Slapd, tmp_path: Path) -> None:
    sync = SyncSettings(
        directory_kind=DirectoryKind.INETORGPERSON,
        scope=SyncScope(
            ous=[ou_dn(data.SALES), ou_dn(data.ENG), f"ou=Groups,{slapd_fresh.base_dn}"],
            object_types=[ObjectType.USERS, ObjectType.SECURITY_GROUPS],
        ),
        user_mapping=suggest_user_mapping("inetorgperson"),
        group_mapping=suggest_group_mapping("inetorgperson"),
        presence_check_minutes=0,  # plain LDAP shows no deletions: list the anchors on every delta
    )
    ldap = slapd_fresh.ldap_settings(disabled_attribute=DISABLED_ATTRIBUTE, disabled_value=DISABLED_VALUE)
    paths, _ = configure_agent(
        sandbox_tenant, tmp_path / "agent", ldap=ldap, sync=sync, bind_password=slapd_fresh.admin_password
    )
    agent = Agent(tmp_path / "agent", paths, sandbox_tenant)

    review = agent.run("sync")
    assert review.returncode == 4 and f"New users: {len(IN_SCOPE)}" in review.stdout
    agent.sync_yes()
    users = agent.users_by_name()
    assert sorted(users) == sorted(u.mail for u in IN_SCOPE)
    for seed in IN_SCOPE:
        cloud = users[seed.mail]
        assert cloud["name"] == {"givenName": seed.given_name, "familyName": seed.surname}
        assert cloud.get("active", True) is (not seed.disabled)
    groups = agent.groups_by_name()
    assert set(groups) == {g.name for g in data.GROUPS}
    assert {m["value"] for m in groups["AllStaff"]["members"]} == {groups["SalesTeam"]["id"], groups["EngTeam"]["id"]}

    conn = ldap3.Connection(
        ldap3.Server(slapd_fresh.ip, port=slapd_fresh.port),
        slapd_fresh.admin_bind,
        slapd_fresh.admin_password,
        auto_bind=True,
    )
    conn.modify(seed_dn("carol.clark"), {DISABLED_ATTRIBUTE: [(ldap3.MODIFY_REPLACE, [DISABLED_VALUE])]})
    conn.modify(seed_dn("dave.davis"), {"givenName": [(ldap3.MODIFY_REPLACE, ["David"])]})
    conn.modify_dn(seed_dn("erin.evans"), "uid=erin.evans", new_superior=ou_dn(data.SERVICE))
    conn.delete(seed_dn("frank.fisher"))
    conn.unbind()

    delta = agent.run("sync", "--json")
    assert delta.returncode == 0, delta.stdout + delta.stderr
    report = json.loads(delta.stdout)
    assert report["read"] == "delta" and report["plan_counts"]["user.disable"] == 3
    users = agent.users_by_name()
    assert sorted(users) == sorted(u.mail for u in IN_SCOPE)  # nobody deleted, nobody duplicated
    assert [users[f"{n}@zylker.test"]["active"] for n in ("carol.clark", "erin.evans", "frank.fisher")] == [False] * 3
    assert users["dave.davis@zylker.test"]["name"]["givenName"] == "David"
    assert_no_duplicates(agent)
