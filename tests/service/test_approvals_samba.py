"""Approvals mean exactly what was shown, against the Samba AD DC and the sandbox tenant with the real wiring.

A run stops at the disable threshold; before the admin approves, the directory changes so that a plan made
again disables just as many users, but another one. Approving must not let that other user be disabled: the
new plan stops for an approval of its own, and only approving *that* disables him.

Each step is a separate :class:`AgentService` (as the command line starts one per ``sync``), so nothing is
remembered in memory between the stop and the approval: the plan is made again, as after a restart.

The first run's review, printed as the command line prints it, says plainly when the scope is the whole domain.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ldap3
import pytest

from app.config import ConfigStore
from app.paths import AgentPaths
from app.secrets import SecretStore
from app.service.agent import AgentService, RunReport
from app.service.cli import print_report
from app.service.statusfile import ServiceStateStore
from app.sync.settings import ObjectType, SafetySettings, SyncScope, SyncSettings
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC, seed_dn
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import configure_agent

pytestmark = [pytest.mark.samba, pytest.mark.slow, pytest.mark.timeout(300)]

SALES_DN = data.ad_ou_dn(data.SALES)
ENG_DN = data.ad_ou_dn(data.ENG)
SERVICE_DN = data.ad_ou_dn(data.SERVICE)


@pytest.fixture
def agent(sandbox_tenant: SandboxTenantHandle, samba_dc_fresh: SambaDC, tmp_path: Path) -> Iterator[AgentPaths]:
    sync = SyncSettings(
        scope=SyncScope(ous=[SALES_DN, ENG_DN], object_types=[ObjectType.USERS]),
        safety=SafetySettings(max_count=2, max_percent=100),
    )
    paths, _ = configure_agent(
        sandbox_tenant, tmp_path / "agent", ldap=samba_dc_fresh.ldap_settings(),
        bind_password=samba_dc_fresh.admin_password, sync=sync,
    )  # fmt: skip
    yield paths
    SecretStore(paths.profile).delete_all()


def sync(paths: AgentPaths, **options: Any) -> RunReport:
    service = AgentService(paths, on_event=lambda event: None, heartbeat_interval=3600)
    return asyncio.run(service.sync_once(**options))


def active(tenant: SandboxTenantHandle) -> dict[str, bool]:
    return {str(u["userName"]).lower(): bool(u.get("active", True)) for u in tenant.scim_users() if u.get("externalId")}


def move(dc: SambaDC, name: str, new_parent: str) -> None:
    conn = ldap3.Connection(ldap3.Server(dc.ip, port=389), dc.admin_bind, dc.admin_password, auto_bind=True)
    user = data.user(name)
    conn.modify_dn(seed_dn(name), f"CN={user.display_name}", new_superior=new_parent)
    assert conn.result["result"] == 0, conn.result
    conn.unbind()


def test_an_approval_covers_the_objects_shown_not_their_number(
    agent: AgentPaths, sandbox_tenant: SandboxTenantHandle, samba_dc_fresh: SambaDC
) -> None:
    first = sync(agent, accept_review=True)
    assert first.outcome == "applied", first
    before = active(sandbox_tenant)
    assert before

    # Narrow the scope to Engineering: every active Sales user would be disabled — over the threshold.
    store = ConfigStore(agent.config_file)
    config = store.load()
    narrowed = config.sync.scope.model_copy(update={"ous": [ENG_DN]})
    store.save(config.model_copy(update={"sync": config.sync.model_copy(update={"scope": narrowed})}))
    stopped = sync(agent)
    assert stopped.outcome == "awaiting_approval", stopped
    pending = ServiceStateStore(agent.state_dir).load().pending
    assert pending is not None and pending.run_id == stopped.run_id
    shown = {k.split(":")[1] for k in pending.keys}
    assert len(shown) == stopped.planned.disables > 2  # type: ignore[union-attr]

    # Before the approval, one Sales user moves into Engineering (no longer disabled) and one Engineering
    # user moves out (would be disabled instead): as many disables as shown, one of them never shown.
    move(samba_dc_fresh, "alice.adams", ENG_DN)
    move(samba_dc_fresh, "bob.brown", SERVICE_DN)

    again = sync(agent, approve_run=stopped.run_id)
    assert again.outcome == "awaiting_approval", again
    assert again.run_id != stopped.run_id
    assert active(sandbox_tenant) == before  # nothing written on the old approval
    new_pending = ServiceStateStore(agent.state_dir).load().pending
    assert new_pending is not None and new_pending.run_id == again.run_id

    done = sync(agent, approve_run=again.run_id)
    assert done.outcome == "applied", done
    after = active(sandbox_tenant)
    assert after["bob.brown@zylker.test"] is False
    assert after["alice.adams@zylker.test"] is True
    assert ServiceStateStore(agent.state_dir).load().pending is None


def test_first_run_review_says_when_the_scope_is_the_whole_domain(
    sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC, tmp_path: Path
) -> None:
    paths, _ = configure_agent(
        sandbox_tenant, tmp_path / "agent", ldap=samba_dc.ldap_settings(), bind_password=samba_dc.admin_password
    )
    try:
        report = sync(paths)
    finally:
        SecretStore(paths.profile).delete_all()
    assert report.outcome == "awaiting_review"
    assert report.planned is not None and report.planned.plan.whole_domain
    out = io.StringIO()
    print_report(report, out)
    assert "The scope is the whole domain" in out.getvalue()
    assert not sandbox_tenant.scim_users() or not any(u.get("externalId") for u in sandbox_tenant.scim_users())
