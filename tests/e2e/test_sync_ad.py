"""The headless sync against a real Samba AD DC into the sandbox tenant, as an admin runs it: review,
dry run, the first sync, a change in AD picked up by the next (delta) sync, and the status afterwards."""

from __future__ import annotations

import json

import pytest

from tests.e2e.conftest import AD_OUS, AdAdmin, Agent, assert_no_duplicates, in_scope_users
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC, seed_dn

pytestmark = [pytest.mark.samba, pytest.mark.timeout(180)]

SECURITY_GROUPS_IN_SCOPE = ["BerlinOffice", "EngTeam", "SalesTeam"]


def test_review_dry_run_then_first_sync(ad_agent: Agent, samba_dc_fresh: SambaDC) -> None:
    admin = AdAdmin(samba_dc_fresh)
    # A group in scope whose member is a group outside the scope (AllStaff, in CN=Users), which in turn holds
    # two groups in scope: the cloud group must contain those two groups.
    everyone_dn = f"CN=Everyone,{AD_OUS[0]}"
    admin.add_group(everyone_dn, [seed_dn("AllStaff")])
    expected = in_scope_users()

    first = ad_agent.run("sync")
    assert first.returncode == 4, first.stdout + first.stderr
    assert f"New users: {len(expected)}" in first.stdout
    assert "New groups: 4" in first.stdout
    assert "Alice Adams" in first.stdout and "first run" in first.stdout
    assert ad_agent.synced_users() == []  # the review wrote nothing

    dry = ad_agent.run("sync", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    plan = json.loads(dry.stdout)
    assert plan["outcome"] == "planned" and plan["read"] == "full"
    assert plan["plan_counts"]["user.new"] == len(expected)
    assert plan["plan_counts"]["group.new"] == 4
    assert {e["name"] for e in plan["plan"]["user.new"]} == {u.display_name for u in expected}
    alice_entry = next(e for e in plan["plan"]["user.new"] if e["name"] == "Alice Adams")
    assert alice_entry["anchor"] == admin.guid(seed_dn("alice.adams"))
    assert ad_agent.synced_users() == []

    done = ad_agent.sync_yes()
    assert "Applied run" in done.stdout

    users = ad_agent.users_by_name()
    assert sorted(users) == sorted(u.upn.lower() for u in expected)
    for seed in expected:
        cloud = users[seed.upn.lower()]
        assert cloud["externalId"] == admin.guid(seed_dn(seed.username))
        assert cloud["name"]["givenName"] == seed.given_name
        assert cloud["name"]["familyName"] == seed.surname
        assert cloud["displayName"] == seed.display_name
        assert [e["value"] for e in cloud["emails"]] == [seed.mail]
        assert cloud.get("active", True) is (not seed.disabled), seed.username
    assert {u.username for u in expected if u.disabled} == {"judy.jones", "victor.vance", "xena.young"}
    # out of scope: the Service OU and the built-in accounts
    assert data.SERVICE_ACCOUNT + "@" + data.DOMAIN not in users

    groups = ad_agent.groups_by_name()
    assert sorted(groups) == sorted([*SECURITY_GROUPS_IN_SCOPE, "Everyone"])  # not the Newsletter list
    ids = {u["id"]: name.split("@")[0] for name, u in users.items()}
    group_ids = {g["id"]: name for name, g in groups.items()}
    for name in SECURITY_GROUPS_IN_SCOPE:
        members = {ids[m["value"]] for m in groups[name].get("members", [])}
        assert members == set(data.group(name).members), name
        assert groups[name]["externalId"] == admin.guid(seed_dn(name))
    nested = {group_ids.get(m["value"], m["value"]) for m in groups["Everyone"].get("members", [])}
    assert nested == {"SalesTeam", "EngTeam"}
    assert_no_duplicates(ad_agent)

    status = ad_agent.status()
    assert status["last_sync"] is not None and status["running"] is False
    assert status["last_run_counts"]["done"] == len(expected) + 4
    admin.close()


def test_changes_in_ad_reach_the_cloud_on_the_next_sync(ad_agent: Agent, samba_dc_fresh: SambaDC) -> None:
    ad_agent.sync_yes()
    before = ad_agent.users_by_name()
    admin = AdAdmin(samba_dc_fresh)
    admin.modify(seed_dn("alice.adams"), givenName="Alicia")
    admin.modify(seed_dn("bob.brown"), userAccountControl="514")  # disabled
    admin.move(seed_dn("carol.clark"), data.ad_ou_dn(data.SERVICE))  # out of the selected OUs
    admin.delete(seed_dn("dave.davis"))
    admin.modify(seed_dn("judy.jones"), userAccountControl="512")  # enabled again
    admin.close()

    done = ad_agent.run("sync", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["read"] == "delta" and report["outcome"] == "applied"
    counts = report["plan_counts"]
    # The bind account may not see tombstones: dave's deletion waits for the presence listing (hourly), and
    # his absence alone disables nobody.
    assert counts["user.update"] == 1 and counts["user.disable"] == 2 and counts["user.activate"] == 1
    assert counts["user.new"] == 0 and counts["user.delete"] == 0
    assert ad_agent.users_by_name()["dave.davis@zylker.test"].get("active", True) is True

    # With the listing on every delta, the next run finds the deletion.
    changed = ad_agent.run("settings", "set", "sync.presence_check_minutes", "0", "--yes")
    assert changed.returncode == 0, changed.stdout + changed.stderr
    done = ad_agent.run("sync", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["read"] == "delta" and report["plan_counts"]["user.disable"] == 1

    after = ad_agent.users_by_name()
    assert sorted(after) == sorted(before)  # disabled, never deleted (deletion propagation is off)
    assert after["alice.adams@zylker.test"]["name"]["givenName"] == "Alicia"
    assert after["alice.adams@zylker.test"]["id"] == before["alice.adams@zylker.test"]["id"]
    for gone in ("bob.brown", "carol.clark", "dave.davis"):
        assert after[f"{gone}@zylker.test"]["active"] is False, gone
    assert after["judy.jones@zylker.test"]["active"] is True
    unchanged = [
        u.upn.lower() for u in in_scope_users() if u.username not in ("bob.brown", "carol.clark", "dave.davis")
    ]
    assert all(
        after[name].get("active", True) is before[name].get("active", True)
        for name in unchanged
        if name != "judy.jones@zylker.test"
    )
    # A deleted user also leaves its groups in AD; the cloud group follows.
    eng = ad_agent.groups_by_name()["EngTeam"]
    assert after["dave.davis@zylker.test"]["id"] not in {m["value"] for m in eng.get("members", [])}
    assert_no_duplicates(ad_agent)

    again = ad_agent.run("sync", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["outcome"] == "no_changes"

    typo = ad_agent.run("sync", "--approve", "20990101T000000-bogus")
    assert typo.returncode == 1
    assert "No run 20990101T000000-bogus is waiting for approval" in typo.stderr
