"""The opt-in for AD system objects on the Sync scope page, with the real agent service behind the bridge,
the Samba AD DC and the sandbox tenant.

A new agent leaves AD's built-in accounts and groups out; ticking "built-in groups" shows in the blast radius
that they would now be synced (Domain Admins and the rest, dozens of groups), and saving stores the choice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync

from app.config import ConfigStore
from app.paths import AgentPaths
from app.secrets import SecretStore
from app.service.agent import AgentService
from app.sync.settings import SystemObjectType
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import configure_agent
from tests.ui.conftest import signal_emitted, wait_until
from ui.bridge import AgentBridge
from ui.settings.pages_scope import ScopePage
from ui.settings.window import SettingsWindow

pytestmark = [pytest.mark.gui, pytest.mark.samba, pytest.mark.slow]


def fast_service(paths: AgentPaths, on_event: Callable[[Any], None]) -> AgentService:
    return AgentService(paths, on_event=on_event, heartbeat_interval=1.0, tick=0.2)


@pytest.fixture
def agent(sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC, tmp_path: Path) -> Iterator[AgentPaths]:
    paths, _ = configure_agent(
        sandbox_tenant, tmp_path / "agent", ldap=samba_dc.ldap_settings(), bind_password=samba_dc.admin_password
    )
    yield paths
    SecretStore(paths.profile).delete_all()


def test_built_in_groups_are_opted_into_on_the_scope_page(agent: AgentPaths, qloop: qasync.QEventLoop) -> None:
    asyncio.set_event_loop(qloop)
    bridge = AgentBridge(service_factory=fast_service)
    window = SettingsWindow(bridge, agent)
    facts: dict[str, Any] = {}

    async def scenario() -> None:
        started = signal_emitted(bridge.sig_started)
        bridge.start(agent)
        await started
        page = window.open_page("scope")
        assert isinstance(page, ScopePage)
        await wait_until(lambda: page.tree.topLevelItemCount() == 1, timeout=20, what="OU tree")
        boxes = page.system_boxes
        assert not any(box.isChecked() for box in boxes.values())  # left out by default
        assert all(box.text() and not box.isHidden() for box in boxes.values())
        assert not page.has_changes()
        facts["without"] = (await window.blast_radius(page.proposed_sync(window.context.config.sync))).groups_changed  # type: ignore[union-attr]
        boxes[SystemObjectType.GROUPS].setChecked(True)
        assert page.has_changes() and window.save_button.isEnabled()
        saving = asyncio.ensure_future(window.save_page(page))
        await wait_until(lambda: window.blast_dialog is not None, timeout=60, what="blast radius")
        dialog = window.blast_dialog
        assert dialog is not None
        facts["with"] = dialog.radius.groups_changed
        dialog.save_button.click()
        assert await saving
        await bridge.shutdown()

    qloop.run_until_complete(scenario())
    assert facts["without"] <= 5  # the directory's own security groups only
    assert facts["with"] > facts["without"] + 20  # Domain Admins, Administrators, Domain Users, …
    assert ConfigStore(agent.config_file).load().sync.include_system_objects == [SystemObjectType.GROUPS]
