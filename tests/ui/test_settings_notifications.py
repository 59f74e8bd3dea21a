"""User sync settings: whether the tenant will send the password and welcome mails the page offers.

The options ride on the ``Identity-Connect-Provisioning`` header, which only a tenant that advertises it in
its discovery document honours. Against the sandbox tenant (which advertises it) the page says nothing
extra; against a tenant that does not, the page says that the mails are probably not sent.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import qasync

from app.secrets import SecretStore
from tests.servers.sandbox import SandboxFactory
from tests.service.agent_setup import configure_agent
from tests.ui.conftest import wait_until
from ui.bridge import AgentBridge
from ui.settings.pages_user_sync import UserSyncPage
from ui.settings.window import SettingsWindow

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("advertised", [True, False])
def test_the_page_says_when_the_tenant_does_not_send_the_mails(
    advertised: bool, sandbox_tenant_factory: SandboxFactory, tmp_path: Path, qloop: qasync.QEventLoop
) -> None:
    tenant = sandbox_tenant_factory(provisioning_header=advertised)
    paths, _ = configure_agent(tenant, tmp_path / "agent")
    asyncio.set_event_loop(qloop)  # configure_agent ran its own loop and unset ours
    window = SettingsWindow(AgentBridge(), paths)

    async def scenario() -> UserSyncPage:
        page = window.open_page("user_sync")
        assert isinstance(page, UserSyncPage)
        window.show()
        await wait_until(lambda: page._support_task is not None and page._support_task.done(), what="tenant asked")
        return page

    try:
        page = qloop.run_until_complete(scenario())
        note = page.notification_support
        assert note.objectName() == "notificationSupport"
        if advertised:
            assert not note.isVisible()
        else:
            assert note.isVisible() and "Identity-Connect-Provisioning" in note.text()
            assert "probably nobody receives them" in note.text() and note.accessibleName()
        # The options stay usable either way: the admin may know better than the discovery document.
        assert page.password_notification.isEnabled() and page.welcome_mail.isEnabled()
        window.hide()
    finally:
        SecretStore(paths.profile).delete_all()
