"""The agent service as it runs on a server: ``identity-connect-agent run`` in the background, syncing on
its schedule, picking up changed LDAP settings without a restart, and taking ``sync`` / ``sync --approve``
from another terminal while it runs."""

from __future__ import annotations

import json
import signal
from datetime import datetime, timedelta
from typing import Any

import pytest

from app.secrets import SecretName, SecretStore
from tests.e2e.conftest import AdAdmin, Agent, add_bulk_users, in_scope_users, wait_until
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC, seed_dn
from tests.service.agent_setup import agent_document

pytestmark = [pytest.mark.samba, pytest.mark.timeout(180)]


def _schedule_in(seconds: float) -> Any:
    when = (datetime.now() + timedelta(seconds=seconds)).strftime("%H:%M:%S")

    def change(doc: dict[str, Any]) -> None:
        doc["sync"]["schedule"] = {"frequency": "daily", "time": when}

    return change


def test_service_syncs_on_schedule_follows_settings_and_takes_approval(
    ad_agent: Agent, samba_dc_fresh: SambaDC
) -> None:
    ad_agent.sync_yes()  # the first run, reviewed
    admin = AdAdmin(samba_dc_fresh)
    first_hire = add_bulk_users(admin, 1, prefix="hire")[0]
    service = ad_agent.popen("run", "--tick", "0.2", "--heartbeat-interval", "1")
    try:
        assert wait_until(lambda: ad_agent.status().get("state") == "idle", timeout=30)

        # A scheduled run two seconds from now: the new user arrives without anyone running a command.
        ad_agent.edit_config(_schedule_in(2))
        assert wait_until(lambda: first_hire in ad_agent.users_by_name(), timeout=30)
        # The tenant's agent view shows what the agent manages (heartbeat counts) and its last sync.
        agent_id = str(ad_agent.config.tenant.agent_id)
        expected = {"users": len(in_scope_users()) + 1, "groups": 3}
        assert wait_until(lambda: agent_document(ad_agent.tenant, agent_id).get("counts") == expected, timeout=10)
        assert agent_document(ad_agent.tenant, agent_id)["last_sync"] is not None
        # The seeded bind account may neither replicate changes nor read deleted objects: deletions are found
        # by the presence listing, and the status says how often.
        status = ad_agent.status()
        assert (status["deletion_detection"], status["presence_check_minutes"]) == ("presence", 60)
        words = ad_agent.run("status").stdout
        assert "Deletions: found when the users in scope are listed, every 60 minutes" in words, words

        # The bind account changes: the old one is disabled in AD, the settings now name another account
        # (password in the keyring). The running service picks it up with the next run, no restart.
        admin.modify(seed_dn(data.SERVICE_ACCOUNT), userAccountControl="514")
        SecretStore(ad_agent.paths.profile).set(SecretName.LDAP_BIND_PASSWORD, samba_dc_fresh.admin_password)
        second_hire = add_bulk_users(admin, 1, prefix="second")[0]

        def rebind(doc: dict[str, Any]) -> None:
            doc["ldap"]["bind_identity"] = samba_dc_fresh.admin_bind
            _schedule_in(2)(doc)

        ad_agent.edit_config(rebind)
        assert wait_until(lambda: second_hire in ad_agent.users_by_name(), timeout=30)
        # The watch sees the same changes and may start a delta run of its own, which finds nothing to do.
        assert wait_until(lambda: ad_agent.status().get("state") == "idle", timeout=30)
        # The domain's administrator holds "Replicating Directory Changes": deletions come through DirSync.
        assert ad_agent.status()["deletion_detection"] == "dirsync"
        assert "Deletions: seen at the next run (DirSync" in ad_agent.run("status").stdout

        # From another terminal while the service runs: a sync that would disable more than allowed stops,
        # and "sync --approve RUN_ID" lets the running service apply it.
        ad_agent.edit_config(lambda doc: doc["sync"]["safety"].update({"max_count": 1}))
        assert wait_until(lambda: ad_agent.status().get("state") == "idle", timeout=10)
        for name in ("alice.adams", "carol.clark"):
            admin.modify(seed_dn(name), userAccountControl="514")
        stopped = ad_agent.run("sync", "--json")
        assert stopped.returncode == 5, stopped.stdout + stopped.stderr
        report = json.loads(stopped.stdout)
        assert report["outcome"] == "awaiting_approval" and report["via_running_agent"] is True
        run_id = report["run_id"]
        status = ad_agent.status()
        assert status["state"] == "awaiting_approval" and status["pending_run_id"] == run_id
        assert ad_agent.users_by_name()["alice.adams@zylker.test"].get("active", True) is True

        approved = ad_agent.run("sync", "--approve", run_id)
        assert approved.returncode == 0, approved.stdout + approved.stderr
        assert f"Applied run {run_id}" in approved.stdout
        users = ad_agent.users_by_name()
        assert users["alice.adams@zylker.test"]["active"] is False
        assert users["carol.clark@zylker.test"]["active"] is False
        assert ad_agent.status()["pending_run_id"] is None

        unknown = ad_agent.run("sync", "--approve", "no-such-run")
        assert unknown.returncode == 1 and "No run no-such-run is waiting" in unknown.stderr
        # a dry run is planned by the running service (nothing written); only --select is refused
        dry = ad_agent.run("sync", "--dry-run")
        assert dry.returncode == 0 and "Dry run: nothing was changed." in dry.stdout, dry.stdout + dry.stderr
        assert ad_agent.run("sync", "--select", "no-such-anchor").returncode == 3
    finally:
        admin.close()
        service.send_signal(signal.SIGTERM)
        out, err = service.communicate(timeout=30)
    assert service.returncode == 0, err
    assert "reloading the configuration" in err
