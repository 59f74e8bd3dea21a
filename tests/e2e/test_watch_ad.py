"""Changes reach the cloud in seconds: ``identity-connect-agent run`` watches the Samba DC for changes and
starts a small delta run for them, with no manual sync and no scheduled slot; a burst of changes is one run;
a DC restarted while it was watched is watched again and nothing changed meanwhile is missed; and on
OpenLDAP the same through syncrepl."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Any

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
from app.sync.state import StateStore
from tests.e2e.conftest import AdAdmin, Agent, add_bulk_users, wait_until
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC, seed_dn
from tests.servers.sandbox import SandboxTenantHandle
from tests.servers.slapd import DISABLED_ATTRIBUTE, DISABLED_VALUE, Slapd, ou_dn
from tests.servers.slapd import seed_dn as slapd_seed_dn
from tests.service.agent_setup import configure_agent

pytestmark = [pytest.mark.timeout(240)]


def _watch_on(doc: dict[str, Any]) -> None:
    doc["sync"]["watch_changes"] = True


def _run_ids(agent: Agent) -> list[int]:
    store = StateStore.open(agent.paths.state_db)
    try:
        return [run.id for run in store.recent_runs(200)]
    finally:
        store.close()


def _watching(agent: Agent, dc: SambaDC) -> bool:
    return agent.status().get("watch_host") == dc.host


def _stop(service: subprocess.Popen[str]) -> str:
    """Stop the service as systemd would (SIGTERM); its log (stderr)."""
    service.terminate()
    try:
        _, err = service.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        service.kill()
        _, err = service.communicate(timeout=10)
    return err


@pytest.mark.samba
def test_changes_in_ad_reach_the_tenant_without_a_sync_and_a_burst_is_one_run(
    ad_agent: Agent, samba_dc_fresh: SambaDC
) -> None:
    dc = samba_dc_fresh
    ad_agent.sync_yes()  # the first run, reviewed
    ad_agent.edit_config(_watch_on)
    admin = AdAdmin(dc)
    service = ad_agent.popen("run", "--tick", "0.2", "--heartbeat-interval", "1")
    try:
        assert wait_until(lambda: _watching(ad_agent, dc), timeout=30), ad_agent.status()
        status = ad_agent.run("status")
        assert f"watching {dc.host} for changes" in status.stdout, status.stdout

        # One change: a new hire is in the tenant seconds later (the schedule is daily: no slot comes by).
        started = time.monotonic()
        hire = add_bulk_users(admin, 1, prefix="hire")[0]
        assert wait_until(lambda: hire in ad_agent.users_by_name(), timeout=20)
        assert time.monotonic() - started < 15
        # A disable in AD is reflected too.
        admin.modify(seed_dn("alice.adams"), userAccountControl="514")
        assert wait_until(lambda: ad_agent.users_by_name()["alice.adams@zylker.test"].get("active") is False, 20)
        assert wait_until(lambda: ad_agent.status().get("state") == "idle", timeout=20)

        # A burst of 40 changes, made as fast as the DC takes them: one run carries them all (at most two,
        # if the burst outlasts the longest wait).
        before = set(_run_ids(ad_agent))
        burst = add_bulk_users(admin, 40, prefix="burst")
        assert wait_until(lambda: set(burst) <= set(ad_agent.users_by_name()), timeout=60)
        assert wait_until(lambda: ad_agent.status().get("state") == "idle", timeout=20)
        time.sleep(3)  # nothing else is still on its way
        runs = set(_run_ids(ad_agent)) - before
        assert 1 <= len(runs) <= 2, runs
        # A quiet directory starts no runs: the agent's own reads are not changes.
        quiet = set(_run_ids(ad_agent))
        time.sleep(4)
        assert set(_run_ids(ad_agent)) == quiet
    finally:
        _stop(service)
        admin.close()


@pytest.mark.samba
def test_a_dc_restarted_mid_watch_is_watched_again_and_nothing_is_missed(
    ad_agent: Agent, samba_dc_fresh: SambaDC
) -> None:
    dc = samba_dc_fresh
    ad_agent.sync_yes()
    ad_agent.edit_config(_watch_on)
    service = ad_agent.popen("run", "--tick", "0.2", "--heartbeat-interval", "1")
    try:
        assert wait_until(lambda: _watching(ad_agent, dc), timeout=30), ad_agent.status()
        dc.stop_process()
        assert wait_until(lambda: not _watching(ad_agent, dc), timeout=20), ad_agent.status()
        assert ad_agent.status().get("watch_reason") in ("unreachable", "timeout", "no_domain_controller")
        # Changed while nobody could watch (offline, with Samba's tools, as replication from another DC would).
        carol = seed_dn("carol.clark")
        ldif = f"dn: {carol}\nchangetype: modify\nreplace: userAccountControl\nuserAccountControl: 514\n"
        subprocess.run(
            ["ldbmodify", "-H", str(dc.dir / "private" / "sam.ldb")],
            input=ldif.encode(),
            check=True,
            capture_output=True,
        )
        dc.start()
        assert wait_until(lambda: _watching(ad_agent, dc), timeout=60), ad_agent.status()
        # The catch-up run brings what changed during the gap, without a manual sync.
        assert wait_until(lambda: ad_agent.users_by_name()["carol.clark@zylker.test"].get("active") is False, 30)
        # And the new stream carries new changes.
        admin = AdAdmin(dc)
        try:
            hire = add_bulk_users(admin, 1, prefix="after")[0]
        finally:
            admin.close()
        assert wait_until(lambda: hire in ad_agent.users_by_name(), timeout=20)
        assert {u["userName"].lower() for u in ad_agent.synced_users()} >= {
            f"{u.username}@{data.DOMAIN}" for u in data.users_in(data.SALES)
        }
    finally:
        _stop(service)


@pytest.mark.slapd
def test_a_change_in_openldap_reaches_the_tenant_through_syncrepl(
    sandbox_tenant: SandboxTenantHandle, slapd_fresh: Slapd, tmp_path: Path
) -> None:
    """The same on plain LDAP: slapd's syncrepl stream (the fixture loads syncprov) starts the delta run."""
    server = slapd_fresh
    sync = SyncSettings(
        directory_kind=DirectoryKind.INETORGPERSON,
        scope=SyncScope(ous=[ou_dn(data.SALES), ou_dn(data.ENG)], object_types=[ObjectType.USERS]),
        user_mapping=suggest_user_mapping("inetorgperson"),
        group_mapping=suggest_group_mapping("inetorgperson"),
        watch_changes=True,
    )
    ldap = server.ldap_settings(disabled_attribute=DISABLED_ATTRIBUTE, disabled_value=DISABLED_VALUE)
    paths, _ = configure_agent(
        sandbox_tenant, tmp_path / "agent", ldap=ldap, sync=sync, bind_password=server.admin_password
    )
    agent = Agent(tmp_path / "agent", paths, sandbox_tenant)
    agent.sync_yes()
    service = agent.popen("run", "--tick", "0.2", "--heartbeat-interval", "1")
    conn = ldap3.Connection(
        ldap3.Server(server.ip, port=server.port, get_info=ldap3.NONE),
        server.admin_bind,
        server.admin_password,
        auto_bind=True,
        raise_exceptions=True,
    )
    try:
        assert wait_until(lambda: agent.status().get("watch_method") == "syncrepl", timeout=30), agent.status()
        alice = data.user("alice.adams")
        conn.modify(slapd_seed_dn("alice.adams"), {"title": [(ldap3.MODIFY_REPLACE, ["Watched on LDAP"])]})
        assert wait_until(lambda: agent.users_by_name()[alice.mail].get("title") == "Watched on LDAP", timeout=20)
    finally:
        conn.unbind()
        _stop(service)
