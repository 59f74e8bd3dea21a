"""Settings pages that read the directory, against the Samba AD DC: Change LDAP settings (diagnostics, storage,
the running service reconnecting to the new DC without a restart), Sync scope (live OU tree, lazy branches,
query validation, in-scope count) and Mapping (the directory's real attribute names)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import Qt

from app.config import ConfigStore
from app.paths import AgentPaths
from app.secrets import SecretName, SecretStore
from app.service.agent import AgentService
from tests.ldap.test_tls_trust import serve_whole_chain, sha256_of_pem
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import configure_agent
from tests.ui.conftest import signal_emitted, wait_until
from ui.bridge import AgentBridge
from ui.settings.pages_directory import LdapSettingsPage
from ui.settings.pages_mapping import MappingPage
from ui.settings.pages_scope import ScopePage
from ui.settings.window import SettingsWindow

pytestmark = [pytest.mark.gui, pytest.mark.samba]


def fast_service(paths: AgentPaths, on_event: Callable[[Any], None]) -> AgentService:
    return AgentService(paths, on_event=on_event, heartbeat_interval=0.5, tick=0.2)


@pytest.fixture
def offline_agent(sandbox_tenant: SandboxTenantHandle, tmp_path: Path) -> Iterator[AgentPaths]:
    """Configured with a DC that does not exist (dc1.zylker.test) and a wrong password."""
    paths, _ = configure_agent(sandbox_tenant, tmp_path / "agent")
    yield paths
    SecretStore(paths.profile).delete_all()


@pytest.fixture
def samba_agent(sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC, tmp_path: Path) -> Iterator[AgentPaths]:
    paths, _ = configure_agent(
        sandbox_tenant,
        tmp_path / "agent",
        ldap=samba_dc.ldap_settings(),
        bind_password=samba_dc.admin_password,
    )
    yield paths
    SecretStore(paths.profile).delete_all()


def test_ldap_change_is_checked_stored_and_picked_up_by_the_running_service(
    offline_agent: AgentPaths, samba_dc: SambaDC, qloop: qasync.QEventLoop
) -> None:
    paths = offline_agent
    asyncio.set_event_loop(qloop)
    bridge = AgentBridge(service_factory=fast_service)
    window = SettingsWindow(bridge, paths)

    async def scenario() -> None:
        started = signal_emitted(bridge.sig_started)
        bridge.start(paths)
        await started
        await wait_until(
            lambda: bridge.last_status is not None and bridge.last_status.domain_controllers == ["dc1.zylker.test"],
            what="service running with the old DC",
        )
        page = window.open_page("ldap")
        assert isinstance(page, LdapSettingsPage)
        await wait_until(lambda: page._saved is not None, what="page loaded")
        values = page.form.values()
        assert values.domain_controllers == ["dc1.zylker.test"] and not values.has_password
        # A wrong password: the diagnostics fail at the bind stage and nothing is stored.
        values.domain = samba_dc.domain
        values.domain_controllers = [samba_dc.host]
        values.bind_identity = samba_dc.service_bind
        values.password = "wrong-password"
        values.ca_file = samba_dc.ca_file
        page.form.set_values(values)
        assert page.has_changes()
        assert not await window.save_page(page)
        assert page.message.code is not None and page.message.code.startswith("bind")
        assert ConfigStore(paths.config_file).load().ldap.domain_controllers == ["dc1.zylker.test"]
        # The right password: every stage passes, settings and password are stored, the service reconnects.
        values.password = samba_dc.service_password
        page.form.set_values(values)
        assert await window.save_page(page)
        await wait_until(
            lambda: bridge.last_status is not None and bridge.last_status.domain_controllers == [samba_dc.host],
            what="running service picked up the new DC",
        )
        await bridge.shutdown()

    qloop.run_until_complete(scenario())
    stored = ConfigStore(paths.config_file).load().ldap
    assert stored.domain_controllers == [samba_dc.host]
    assert stored.bind_identity == samba_dc.service_bind
    assert SecretStore(paths.profile).get(SecretName.LDAP_BIND_PASSWORD) == samba_dc.service_password


def test_scope_page_reads_the_ou_tree_lazily_and_counts_users(
    samba_agent: AgentPaths, samba_dc: SambaDC, qloop: qasync.QEventLoop
) -> None:
    asyncio.set_event_loop(qloop)
    window = SettingsWindow(AgentBridge(), samba_agent)

    async def scenario() -> None:
        page = window.open_page("scope")
        assert isinstance(page, ScopePage)
        await wait_until(lambda: page.tree.topLevelItemCount() == 1, timeout=20, what="OU tree")
        root = page.tree.topLevelItem(0)
        assert root.data(0, Qt.ItemDataRole.UserRole).lower() == samba_dc.base_dn.lower()
        names = [root.child(i).text(0) for i in range(root.childCount())]
        assert names, "the base DN has OUs below it"
        # Tick the first OU that has users below it, by counting each candidate.
        everyone = await page.count_in_scope()
        assert everyone is not None and everyone > 0
        child = root.child(0)
        child.setCheckState(0, Qt.CheckState.Checked)
        dn = child.data(0, Qt.ItemDataRole.UserRole)
        assert page.chosen_list.count() == 1 and page.chosen_list.item(0).text() == dn
        assert page.has_changes() and window.save_button.isEnabled()
        in_ou = await page.count_in_scope()
        assert in_ou is not None and in_ou <= everyone
        # Invalid query: said at once, counting refused.
        page.filter_edit.setText("(department=Sales")
        assert "Valid" not in page.filter_status.text() and page.filter_status.text()
        assert await page.count_in_scope() is None
        page.filter_edit.setText("(sAMAccountName=Administrator)")
        assert page.filter_status.text() == "Valid LDAP query."
        # Remove the OU again from the chosen list.
        page.chosen_list.item(0).setSelected(True)
        page.remove_button.click()
        assert page.chosen_list.count() == 0 and child.checkState(0) == Qt.CheckState.Unchecked

    qloop.run_until_complete(scenario())


def test_mapping_offers_the_directory_attributes(samba_agent: AgentPaths, qloop: qasync.QEventLoop) -> None:
    asyncio.set_event_loop(qloop)
    window = SettingsWindow(AgentBridge(), samba_agent)

    async def scenario() -> MappingPage:
        page = window.open_page("mapping")
        assert isinstance(page, MappingPage)
        await wait_until(lambda: bool(page.attribute_names["user"]), timeout=20, what="attributes")
        return page

    page = qloop.run_until_complete(scenario())
    assert {"userPrincipalName", "sAMAccountName", "mail", "givenName"} <= set(page.attribute_names["user"])
    page.tabs.setCurrentIndex(page.UNMAPPED)
    unmapped = page.visible_targets()
    assert "nickName" in unmapped and "userName" not in unmapped
    page.set_source("nickName", "sAMAccountName")
    assert page.has_changes()
    proposed = page.proposed_sync(ConfigStore(samba_agent.config_file).load().sync)
    assert any(m.target == "nickName" and m.source_attribute == "sAMAccountName" for m in proposed.user_mapping)
    page.tabs.setCurrentIndex(page.MAPPED)
    assert "nickName" in page.visible_targets()


def test_trust_this_ca_in_ldap_settings_saves_the_dc_ca_and_the_check_then_passes(
    sandbox_tenant: SandboxTenantHandle, samba_dc_fresh: SambaDC, tmp_path: Path, qloop: qasync.QEventLoop
) -> None:
    dc = samba_dc_fresh
    serve_whole_chain(dc)
    paths, _ = configure_agent(
        sandbox_tenant, tmp_path / "agent", ldap=dc.ldap_settings(ca_file=None), bind_password=dc.admin_password
    )
    asyncio.set_event_loop(qloop)
    window = SettingsWindow(AgentBridge(service_factory=fast_service), paths)

    async def scenario() -> None:
        page = window.open_page("ldap")
        assert isinstance(page, LdapSettingsPage)
        await wait_until(lambda: page._saved is not None, what="page loaded")
        page.form.password_edit.setText(dc.admin_password)  # a change to save
        assert not await window.save_page(page), "the DC's CA is not trusted yet"
        assert page.message.code == "tls_untrusted"
        box = page.checklist.certificate_view
        assert box.isVisibleTo(window) and box.trust_button.isVisibleTo(window)
        assert "Not trusted because: It is issued by a certificate authority that this computer does not trust" in (
            box.text()
        )
        assert box.trust_button.accessibleName()
        trusted = asyncio.ensure_future(page.trust_ca(dc.host))
        await wait_until(lambda: page.ca_trust.dialog is not None, timeout=30, what="trust question")
        dialog = page.ca_trust.dialog
        assert dialog is not None and dialog.fingerprint() == sha256_of_pem(dc.ca_file)
        dialog.trust_button.click()
        assert await trusted, (page.message.text(), page.checklist.statuses())
        (saved,) = paths.config_dir.glob("ldap-ca-*.pem")
        assert page.form.values().ca_file == saved
        assert "Save to store the change" in page.message.text()
        assert await window.save_page(page)

    qloop.run_until_complete(scenario())
    stored = ConfigStore(paths.config_file).load().ldap
    assert stored.ca_file == saved_ca(paths) and stored.ca_file.parent == paths.config_dir


def saved_ca(paths: AgentPaths) -> Path:
    (saved,) = paths.config_dir.glob("ldap-ca-*.pem")
    return saved
