"""Change ownership end to end: a second admin signs in with a device code on the settings page and owns the
agent (the sandbox's agent API shows the new owner, the running service keeps heartbeating with the new
admin's sign-in); a non-admin is refused with a clear message and the owner stays."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QSplitter

from app.config import ConfigStore
from app.paths import AgentPaths
from app.secrets import SecretStore
from app.service.agent import AgentService
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import agent_document, configure_agent
from tests.ui.conftest import signal_emitted, wait_until
from ui.bridge import AgentBridge
from ui.settings.pages_owner import OwnershipPage
from ui.settings.window import SettingsWindow

pytestmark = pytest.mark.gui


def fast_service(paths: AgentPaths, on_event: Callable[[Any], None]) -> AgentService:
    return AgentService(paths, on_event=on_event, heartbeat_interval=0.5, tick=0.2)


@pytest.fixture
def configured(sandbox_tenant: SandboxTenantHandle, tmp_path: Path) -> Iterator[tuple[AgentPaths, str]]:
    paths, config = configure_agent(sandbox_tenant, tmp_path / "agent")
    assert config.tenant.agent_id
    yield paths, config.tenant.agent_id
    SecretStore(paths.profile).delete_all()


def hand_over(
    loop: qasync.QEventLoop, paths: AgentPaths, tenant: SandboxTenantHandle, email: str
) -> tuple[bool, OwnershipPage, SettingsWindow]:
    asyncio.set_event_loop(loop)
    bridge = AgentBridge(service_factory=fast_service)
    window = SettingsWindow(bridge, paths)

    async def scenario() -> bool:
        started = signal_emitted(bridge.sig_started)
        bridge.start(paths)
        await started
        page = window.open_page("ownership")
        assert isinstance(page, OwnershipPage)
        await wait_until(lambda: page.context is not None, what="page loaded")
        assert tenant.admin.email in page.current_owner.text()
        task = page.run_task(page.change_owner())
        await wait_until(lambda: page.authorization is not None, what="device code shown")
        assert page.authorization is not None
        assert page.signin.code_label.text() == page.authorization.user_code
        uri = page.authorization.verification_uri_complete or page.authorization.user_code
        await asyncio.to_thread(tenant.approve, uri, email)
        try:
            return bool(await task)
        finally:
            await bridge.shutdown()

    ok = loop.run_until_complete(scenario())
    window.show()
    sizes = window.findChild(QSplitter).sizes()
    assert 0 < sizes[0] <= window.page_list.maximumWidth()  # the page list takes no more room than it uses
    page = window.page("ownership")
    assert isinstance(page, OwnershipPage)
    return ok, page, window


def test_second_admin_takes_over_the_agent(
    configured: tuple[AgentPaths, str], sandbox_tenant: SandboxTenantHandle, qloop: qasync.QEventLoop
) -> None:
    paths, agent_id = configured
    new_admin = sandbox_tenant.admins[1]
    ok, page, _ = hand_over(qloop, paths, sandbox_tenant, new_admin.email)
    assert ok
    assert new_admin.email in page.message.text() and "released" in page.message.text()
    assert agent_document(sandbox_tenant, agent_id)["owner"]["email"] == new_admin.email
    assert ConfigStore(paths.config_file).load().tenant.owner_email == new_admin.email


def test_non_admin_is_refused_and_owner_stays(
    configured: tuple[AgentPaths, str], sandbox_tenant: SandboxTenantHandle, qloop: qasync.QEventLoop
) -> None:
    paths, agent_id = configured
    ok, page, _ = hand_over(qloop, paths, sandbox_tenant, sandbox_tenant.non_admin.email)
    assert not ok
    assert page.message.code == "not_admin"
    assert not page.message.isHidden() and "admin" in page.message.text()
    assert agent_document(sandbox_tenant, agent_id)["owner"]["email"] == sandbox_tenant.admin.email
    assert ConfigStore(paths.config_file).load().tenant.owner_email == sandbox_tenant.admin.email
