"""Faults during a sync, as they happen to a real agent: the process killed with SIGKILL mid-apply, a
throttling / failing / connection-dropping SCIM service, a tenant that goes down in the middle of a run,
and the domain controller lost during a read. What must hold afterwards is what an admin would check: every
user exactly once, nobody lost, nobody disabled because the directory could not be read, and a tenant
outage reported once with its reason rather than as a failure per object."""

from __future__ import annotations

import inspect
import json
import signal
import subprocess
import time

import pytest

from app.cloud.scim import ScimTarget
from tests.e2e.conftest import (
    AdAdmin,
    Agent,
    add_bulk_users,
    assert_no_duplicates,
    in_scope_users,
    wait_until,
)
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC

pytestmark = [pytest.mark.samba, pytest.mark.timeout(180)]


def assert_every_user_once(agent: Agent, extra: list[str] | None = None) -> None:
    users = agent.synced_users()
    names = sorted(str(u["userName"]).lower() for u in users)
    assert names == sorted([u.upn.lower() for u in in_scope_users()] + (extra or []))
    assert len({u["externalId"] for u in users}) == len(users)
    assert_no_duplicates(agent)


def test_sigkill_mid_apply_then_next_sync_converges(ad_agent: Agent, samba_dc_fresh: SambaDC) -> None:
    admin = AdAdmin(samba_dc_fresh)
    extra = add_bulk_users(admin, 150)
    admin.close()
    ad_agent.tenant.server.scim.set_bulk(True, max_operations=10)  # creates under way in batches of ten
    expected = len(in_scope_users()) + len(extra)
    proc = ad_agent.popen("sync", "--yes")
    try:
        # Once creates are under way, the tenant starts throttling: the apply slows to a crawl, and is killed.
        assert wait_until(lambda: len(ad_agent.synced_users()) >= 5, timeout=60, step=0.01)
        ad_agent.tenant.inject_faults("429", count=200, retry_after=5)
        time.sleep(0.5)
        assert proc.poll() is None, "the apply finished before it could be interrupted"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    created_before_kill = len(ad_agent.synced_users())
    assert 0 < created_before_kill < expected

    ad_agent.tenant.clear_faults()
    assert ad_agent.status()["running"] is False  # the killed agent is not reported as running
    ad_agent.sync_yes()
    assert_every_user_once(ad_agent, extra)
    groups = ad_agent.groups_by_name()
    ids = {u["id"]: str(u["userName"]).split("@")[0] for u in ad_agent.synced_users()}
    assert {ids[m["value"]] for m in groups["SalesTeam"]["members"]} == set(data.group("SalesTeam").members)

    # and a further run finds nothing left to do
    again = ad_agent.run("sync", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["outcome"] == "no_changes"


def test_scim_faults_during_a_run(ad_agent: Agent, samba_dc_fresh: SambaDC) -> None:
    # Two faults in a row, fewer than the client's three attempts per request (the only retry layer): each
    # request gets through in the end. One of each kind over two runs (creates, then creates + updates).
    ad_agent.tenant.inject_faults("429", count=1, retry_after=1)
    ad_agent.tenant.inject_faults("500", count=1)
    first = ad_agent.run("sync", "--yes", "--json")
    assert first.returncode == 0, first.stdout + first.stderr
    report = json.loads(first.stdout)
    assert report["outcome"] == "applied" and report["result"]["failed"] == 0
    assert ad_agent.tenant.server.tenant.faults.pending() == []  # every fault was met

    admin = AdAdmin(samba_dc_fresh)
    extra = add_bulk_users(admin, 5)
    admin.close()
    ad_agent.tenant.inject_faults("drop", count=1)
    ad_agent.tenant.inject_faults("503", count=1, retry_after=1)
    second = ad_agent.run("sync", "--yes", "--json")
    assert second.returncode == 0, second.stdout + second.stderr
    report = json.loads(second.stdout)
    assert report["outcome"] == "applied" and report["result"]["failed"] == 0
    assert ad_agent.tenant.server.tenant.faults.pending() == []
    assert_every_user_once(ad_agent, extra)


def test_tenant_down_mid_run_stops_it_once_and_the_next_run_converges(ad_agent: Agent, samba_dc_fresh: SambaDC) -> None:
    admin = AdAdmin(samba_dc_fresh)
    extra = add_bulk_users(admin, 150)
    admin.close()
    ad_agent.tenant.server.scim.set_bulk(True, max_operations=10)  # creates under way in batches of ten
    outage = 100_000
    proc = ad_agent.popen("sync", "--yes", "--json")
    try:
        # Once creates are under way, every SCIM request fails: the tenant is down.
        assert wait_until(lambda: len(ad_agent.synced_users()) >= 5, timeout=60, step=0.01)
        ad_agent.tenant.inject_faults("500", count=outage)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 1, out + err
    report = json.loads(out)
    assert (report["outcome"], report["error"]) == ("failed", "tenant_unavailable"), report
    assert "unavailable" in report["message"] and "next run" in report["message"], report
    pending = ad_agent.tenant.server.tenant.faults.pending()
    failed_requests = outage - (pending[0]["remaining"] if pending else 0)
    # One stop for the run, not a failure per object: the breaker trips at the fifth failure in a row, so
    # at most the eight workers' first entries and four more were tried, each with the client's attempts for
    # the create and for one lookup (against 150 users' worth before).
    attempts = inspect.signature(ScimTarget).parameters["max_attempts"].default
    assert 0 < failed_requests <= (8 + 4) * 2 * attempts, failed_requests
    created = len(ad_agent.synced_users())
    assert created < len(in_scope_users()) + len(extra)

    ad_agent.tenant.clear_faults()
    ad_agent.sync_yes()
    assert_every_user_once(ad_agent, extra)


def _agent_connected_to(dc: SambaDC) -> bool:
    out = subprocess.run(
        ["ss", "-Htn", "state", "established", "dst", f"{dc.ip}:636"], capture_output=True, text=True
    ).stdout
    return bool(out.strip())


def _active_by_name(agent: Agent) -> dict[str, bool]:
    return {name: bool(u.get("active", True)) for name, u in agent.users_by_name().items()}


def test_dc_lost_during_a_read_disables_nobody(ad_agent: Agent, samba_dc_fresh: SambaDC) -> None:
    ad_agent.sync_yes()
    before = _active_by_name(ad_agent)
    assert list(before.values()).count(True) == len(in_scope_users()) - 3

    def short_timeouts(doc: dict[str, object]) -> None:
        ldap = doc["ldap"]
        assert isinstance(ldap, dict)
        ldap.update({"operation_timeout": 2.0, "connect_timeout": 2.0, "page_size": 2})

    ad_agent.edit_config(short_timeouts)
    # The DC hangs (SIGSTOP) as soon as the agent has connected to it: the read cannot finish.
    proc = ad_agent.popen("sync", "--json")
    try:
        assert wait_until(lambda: _agent_connected_to(samba_dc_fresh), timeout=30, step=0.01)
        samba_dc_fresh.suspend()
        out, err = proc.communicate(timeout=60)
    finally:
        samba_dc_fresh.resume()
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 1, out + err
    hung = json.loads(out)
    assert hung["outcome"] in ("failed", "aborted") and "nothing was changed" in hung["message"], hung
    assert _active_by_name(ad_agent) == before

    # The DC gone altogether: the next run fails with a clear message and changes nothing either.
    samba_dc_fresh.kill()
    dead = ad_agent.run("sync", "--json")
    assert dead.returncode == 1
    report = json.loads(dead.stdout)
    assert report["error"] and report["message"], report
    assert "no domain controller answers" in report["message"].lower(), report
    assert _active_by_name(ad_agent) == before
    status = ad_agent.status()
    assert status["last_sync"] is not None
