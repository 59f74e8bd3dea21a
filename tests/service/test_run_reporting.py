"""What a finished run tells the people watching it, against the real sandbox tenant and a real slapd:
the RunFinished event (the status window's banner, the tray's notification) carries what was written per
category, and the tenant's agent view shows the new state and last sync right after the run, not one
heartbeat interval later."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.service.agent import AgentService
from app.service.events import AgentEvent, RunFinished
from app.sync.settings import (
    DirectoryKind,
    ObjectType,
    SyncScope,
    SyncSettings,
    suggest_group_mapping,
    suggest_user_mapping,
)
from app.sync.state import StateStore
from tests.servers import directory_data as data
from tests.servers.sandbox import SandboxTenantHandle
from tests.servers.slapd import DISABLED_ATTRIBUTE, DISABLED_VALUE, Slapd, ou_dn
from tests.service.agent_setup import agent_document, configure_agent

pytestmark = [pytest.mark.slapd, pytest.mark.timeout(120)]

IN_SCOPE = [u for u in data.USERS if u.ou[0] in ("Sales", "Engineering")]


def _settings(slapd: Slapd) -> SyncSettings:
    return SyncSettings(
        directory_kind=DirectoryKind.INETORGPERSON,
        scope=SyncScope(ous=[ou_dn(data.SALES), ou_dn(data.ENG)], object_types=[ObjectType.USERS]),
        user_mapping=suggest_user_mapping("inetorgperson"),
        group_mapping=suggest_group_mapping("inetorgperson"),
    )


def test_applied_review_reports_its_counts_and_the_tenant_sees_the_run_at_once(
    sandbox_tenant: SandboxTenantHandle, slapd: Slapd, tmp_path: Path
) -> None:
    ldap = slapd.ldap_settings(disabled_attribute=DISABLED_ATTRIBUTE, disabled_value=DISABLED_VALUE)
    paths, config = configure_agent(
        sandbox_tenant, tmp_path / "agent", ldap=ldap, sync=_settings(slapd), bind_password=slapd.admin_password
    )
    agent_id = str(config.tenant.agent_id)
    finished: list[RunFinished] = []
    seen_after_run: dict[str, object] = {}

    async def scenario() -> None:
        done = asyncio.Event()

        def on_event(event: AgentEvent) -> None:
            # (A scheduled first run may end first, waiting for review; the applied one is what counts here.)
            if isinstance(event, RunFinished) and event.outcome != "awaiting_review":
                finished.append(event)
                done.set()

        # A heartbeat interval far longer than the test: only the run's end can bring the next heartbeat.
        service = AgentService(paths, on_event=on_event, heartbeat_interval=600.0)
        task = asyncio.create_task(service.run())
        try:
            deadline = time.monotonic() + 20
            while agent_document(sandbox_tenant, agent_id)["last_heartbeat"] is None:
                assert time.monotonic() < deadline, "no first heartbeat"
                await asyncio.sleep(0.2)
            plan = await service.preview()
            # As the Review page applies: every actionable object ticked.
            await service.apply_reviewed("", {e.anchor for e in plan.actionable})
            await asyncio.wait_for(done.wait(), 30)
            deadline = time.monotonic() + 5
            while True:
                document = agent_document(sandbox_tenant, agent_id)
                if document["status"] == "idle" and document["last_sync"] is not None:
                    seen_after_run.update(document)
                    break
                assert time.monotonic() < deadline, f"the tenant still shows {document['status']!r}"
                await asyncio.sleep(0.2)
        finally:
            await service.stop()
            await task

    asyncio.run(scenario())
    assert len(finished) == 1 and finished[0].outcome == "applied", finished
    counts = finished[0].counts
    # What the banner says ("Created 16, …"): the users written, per category, not only a "done" total.
    assert counts["user.new"] == len(IN_SCOPE) and counts["done"] == len(IN_SCOPE)
    assert counts["user.disable"] == 0 and counts["failed"] == 0
    assert seen_after_run["counts"] == {"users": len(IN_SCOPE), "groups": 0}
    # The history knows the run by the id the events gave it.
    history = StateStore.open(paths.state_db)
    assert history.recent_runs(1)[0].key == finished[0].run_id
    history.close()

    # The admin view a person opens in a browser says the same.
    page = httpx.get(sandbox_tenant.admin_url, timeout=10)
    assert page.status_code == 200
    agents_table = page.text.split('<div id="agents">', 1)[1].split("</div>", 1)[0]
    assert "<td>idle</td>" in agents_table and "syncing" not in agents_table
    assert str(seen_after_run["last_sync"]) in agents_table


def test_a_one_shot_sync_reports_to_the_tenant_and_says_what_it_wrote(
    sandbox_tenant: SandboxTenantHandle, slapd: Slapd, tmp_path: Path
) -> None:
    ldap = slapd.ldap_settings(disabled_attribute=DISABLED_ATTRIBUTE, disabled_value=DISABLED_VALUE)
    config_dir = tmp_path / "agent"
    _, config = configure_agent(
        sandbox_tenant, config_dir, ldap=ldap, sync=_settings(slapd), bind_password=slapd.admin_password
    )
    agent_id = str(config.tenant.agent_id)
    done = subprocess.run(
        [sys.executable, "-m", "app", "--config-dir", str(config_dir), "sync", "--yes"],
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{len(IN_SCOPE)} users created" in done.stdout, done.stdout
    # No service runs, yet the tenant's agent view has heard of the run (one heartbeat on the way out).
    document = agent_document(sandbox_tenant, agent_id)
    assert document["status"] == "idle" and document["last_sync"] is not None and document["last_heartbeat"]
    assert document["counts"] == {"users": len(IN_SCOPE), "groups": 0}
