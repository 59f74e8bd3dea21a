"""The wizard's directory, review and install pages against the Samba AD DC fixture and the sandbox tenant,
and the whole wizard end to end: key → device code approved over HTTP → LDAP → review → install → the agent
service running through the bridge, registered in the tenant."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QWizard

from app.paths import AgentPaths
from app.setup.flow import SetupFlow
from tests.ldap.test_tls_trust import serve_whole_chain, sha256_of_pem
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle
from tests.ui.conftest import drive, keyring_entries, signal_emitted, wait_until
from tests.ui.test_wizard_cloud import click_next, to_sign_in
from ui.bridge import AgentBridge
from ui.i18n import Translations
from ui.widgets.diagnostics import StageStatus
from ui.wizard.wizard import PageId, SetupWizard

pytestmark = [pytest.mark.gui, pytest.mark.samba]


def make_wizard(qtbot: Any, translations: Translations, paths: AgentPaths, key: str, bridge: Any = None) -> SetupWizard:
    flow = SetupFlow(paths, device_name="ZYLKER-DC-AGENT-01")
    wizard = SetupWizard(
        flow,
        translations,
        licence_text="Apache License",
        licence_url="https://example.org/l",
        installation_key=key,
        bridge=bridge,
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


async def to_directory(wizard: SetupWizard, tenant: SandboxTenantHandle) -> None:
    await to_sign_in(wizard)
    await asyncio.to_thread(tenant.approve, wizard.sign_in_page.signin.qr.data())
    await wait_until(lambda: wizard.currentId() == PageId.SIGNED_IN, what="signed in")
    click_next(wizard)
    assert wizard.currentId() == PageId.DIRECTORY


def fill(
    wizard: SetupWizard, dc: SambaDC, *, host: str | None = None, password: str | None = None, ca: bool = True
) -> None:
    form = wizard.directory_page.form
    form.domain_edit.setText(dc.domain)
    form.set_domain_controllers([host or dc.host])
    form.bind_edit.setText(dc.admin_bind)
    form.password_edit.setText(dc.admin_password if password is None else password)
    form.ca_edit.setText(str(dc.ca_file) if ca else "")


async def run_check(wizard: SetupWizard) -> None:
    page = wizard.directory_page
    click_next(wizard)
    await wait_until(lambda: not page.busy(), timeout=30, what="directory check")


def test_fqdn_rule_is_checked_as_you_type(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
    samba_dc: SambaDC,
) -> None:
    wizard = make_wizard(qtbot, translations, agent_paths, sandbox_tenant.installation_key)

    async def scenario() -> None:
        await to_directory(wizard, sandbox_tenant)
        form = wizard.directory_page.form
        fill(wizard, samba_dc, host="dc1")
        assert form.ldaps_radio.isChecked(), "SSL is on by default"
        assert "fully qualified name" in form.problem_label.text()
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        form.plain_radio.setChecked(True)
        assert "Confirm unencrypted" in form.problem_label.text() or "clear text" in form.problem_label.text()
        assert "fully qualified" not in form.problem_label.text(), "a bare name is fine without TLS"
        form.allow_plain_box.setChecked(True)
        assert form.problems() == []
        form.ldaps_radio.setChecked(True)
        form.set_domain_controllers([samba_dc.host])
        assert form.problems() == [] and wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    drive(qloop, wizard, scenario)


def test_unreachable_dc_offers_retry(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
    samba_dc: SambaDC,
) -> None:
    wizard = make_wizard(qtbot, translations, agent_paths, sandbox_tenant.installation_key)

    async def scenario() -> None:
        await to_directory(wizard, sandbox_tenant)
        page = wizard.directory_page
        fill(wizard, samba_dc, host="127.0.0.1")  # nothing listens on 127.0.0.1:389
        page.form.plain_radio.setChecked(True)
        page.form.allow_plain_box.setChecked(True)
        await run_check(wizard)
        assert wizard.currentId() == PageId.DIRECTORY
        assert page.checklist.status("dns") is StageStatus.PASSED
        assert page.checklist.status("tcp") is StageStatus.FAILED
        assert "Nothing answers on 127.0.0.1 port 389" in page.checklist.detail("tcp")
        assert page.retry_button.isVisible()
        page.retry_button.click()
        assert page.busy()
        await wait_until(lambda: not page.busy(), timeout=30, what="retry")
        assert page.checklist.status("tcp") is StageStatus.FAILED

    drive(qloop, wizard, scenario)


def test_untrusted_certificate_shows_its_details(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
    samba_dc: SambaDC,
) -> None:
    wizard = make_wizard(qtbot, translations, agent_paths, sandbox_tenant.installation_key)

    async def scenario() -> None:
        await to_directory(wizard, sandbox_tenant)
        page = wizard.directory_page
        fill(wizard, samba_dc, ca=False)
        await run_check(wizard)
        assert page.checklist.status("tcp") is StageStatus.PASSED
        assert page.checklist.status("tls") is StageStatus.FAILED
        assert "certificate" in page.checklist.detail("tls").lower()
        shown = page.checklist.certificate_view
        assert shown.isVisible()
        text = shown.text()
        assert f"Issued to: {samba_dc.host}" in text and "Issued by: Zylker Test CA" in text
        assert "Valid until: " in text and "SHA-256 fingerprint: " in text
        assert "Not trusted because: It is issued by a certificate authority that this computer does not know." in (
            text
        )
        assert "verify_code" not in text
        assert not page.retry_button.isVisible(), "retrying cannot help: the CA file is the fix"
        # This DC sends only its own certificate: nothing to trust from here, and the page says what to do.
        assert shown.trust_button.isVisible()
        shown.trust_button.click()
        await wait_until(lambda: not page.busy(), timeout=30, what="CA offer")
        assert page.ca_trust.dialog is None and not list(agent_paths.config_dir.glob("ldap-ca-*"))
        assert "does not send the certificate of the CA" in page.message.text()

    drive(qloop, wizard, scenario)


def test_trusting_the_private_ca_the_dc_sends_saves_it_for_this_agent(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
    samba_dc_fresh: SambaDC,
) -> None:
    dc = samba_dc_fresh
    serve_whole_chain(dc)
    wizard = make_wizard(qtbot, translations, agent_paths, sandbox_tenant.installation_key)

    async def scenario() -> None:
        await to_directory(wizard, sandbox_tenant)
        page = wizard.directory_page
        fill(wizard, dc, ca=False)
        await run_check(wizard)
        assert page.checklist.status("tls") is StageStatus.FAILED
        assert "Not trusted because: It is issued by a certificate authority that this computer does not trust" in (
            page.checklist.certificate_view.text()
        )
        # First time: look, then cancel. Nothing is saved.
        page.checklist.certificate_view.trust_button.click()
        await wait_until(lambda: page.ca_trust.dialog is not None, timeout=30, what="trust question")
        dialog = page.ca_trust.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.fingerprint() == sha256_of_pem(dc.ca_file), "the fingerprint shown is the CA's real one"
        assert dc.host in dialog.intro.text()
        dialog.cancel_button.click()
        await wait_until(lambda: not page.busy(), what="cancelled")
        assert not list(agent_paths.config_dir.glob("ldap-ca-*")) and page.form.ca_edit.text() == ""
        assert wizard.currentId() == PageId.DIRECTORY
        # Then trust it: saved in the agent's folder, put in the CA field, and the check passes.
        page.checklist.certificate_view.trust_button.click()
        await wait_until(lambda: page.ca_trust.dialog is not None, timeout=30, what="trust question")
        assert page.ca_trust.dialog is not None
        page.ca_trust.dialog.trust_button.click()
        await wait_until(lambda: wizard.currentId() == PageId.REVIEW, timeout=30, what="check with the trusted CA")
        (saved,) = agent_paths.config_dir.glob("ldap-ca-*.pem")
        assert page.form.ca_edit.text() == str(saved)
        assert saved.read_bytes() == dc.ca_file.read_bytes()
        assert all(s is StageStatus.PASSED for s in page.checklist.statuses().values())

    drive(qloop, wizard, scenario)
    # Leaving the setup without installing takes the trusted CA away again.
    wizard.reject()
    assert not list(agent_paths.config_dir.glob("ldap-ca-*"))


def test_wrong_password_is_explained(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
    samba_dc: SambaDC,
) -> None:
    wizard = make_wizard(qtbot, translations, agent_paths, sandbox_tenant.installation_key)

    async def scenario() -> None:
        await to_directory(wizard, sandbox_tenant)
        page = wizard.directory_page
        fill(wizard, samba_dc, password="not-the-password")
        await run_check(wizard)
        assert page.checklist.status("tls") is StageStatus.PASSED
        assert page.checklist.status("bind") is StageStatus.FAILED
        assert "Wrong user name or password" in page.message.text()
        assert wizard.currentId() == PageId.DIRECTORY

    drive(qloop, wizard, scenario)


def test_cancel_after_install_leaves_no_configuration_and_no_secrets(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
    samba_dc: SambaDC,
) -> None:
    wizard = make_wizard(qtbot, translations, agent_paths, sandbox_tenant.installation_key)

    async def scenario() -> None:
        await to_directory(wizard, sandbox_tenant)
        fill(wizard, samba_dc)
        await run_check(wizard)
        assert wizard.currentId() == PageId.REVIEW
        wizard.button(QWizard.WizardButton.CommitButton).click()
        await wait_until(lambda: wizard.install_page.finished_ok(), timeout=30, what="install")
        assert agent_paths.config_file.exists()
        assert set(keyring_entries(agent_paths)) == {"ldap-bind-password", "refresh-token"}

    async def then_cancel() -> None:
        await scenario()
        # Cancel instead of Finish: only Finish keeps an installation.
        wizard.button(QWizard.WizardButton.CancelButton).click()

    drive(qloop, wizard, then_cancel)
    assert not agent_paths.config_file.exists()
    assert keyring_entries(agent_paths) == {}


def test_whole_wizard_end_to_end_ends_with_the_agent_running(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
    samba_dc: SambaDC,
) -> None:
    bridge = AgentBridge()
    wizard = make_wizard(qtbot, translations, agent_paths, sandbox_tenant.installation_key, bridge=bridge)

    async def scenario() -> None:
        await to_directory(wizard, sandbox_tenant)
        fill(wizard, samba_dc)
        await run_check(wizard)
        page = wizard.directory_page
        assert all(s is StageStatus.PASSED for s in page.checklist.statuses().values()), page.checklist.statuses()
        assert wizard.currentId() == PageId.REVIEW
        summary = wizard.review_page.summary.toPlainText()
        assert samba_dc.host in summary and samba_dc.admin_bind in summary
        assert samba_dc.admin_password not in summary and "••••" in summary
        # Back to change, forward again (the check is not repeated for unchanged values).
        wizard.button(QWizard.WizardButton.BackButton).click()
        assert wizard.currentId() == PageId.DIRECTORY
        click_next(wizard)
        assert wizard.currentId() == PageId.REVIEW
        installed = signal_emitted(wizard.sig_installed, timeout=60)
        wizard.button(QWizard.WizardButton.CommitButton).click()
        (handed_over,) = await installed
        assert handed_over is bridge and bridge.running
        statuses = wizard.install_page.checklist.statuses()
        assert all(s is StageStatus.PASSED for s in statuses.values()), statuses
        assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        agents = sandbox_tenant.agents()
        assert [a["device_name"] for a in agents] == ["ZYLKER-DC-AGENT-01"]
        assert agents[0]["owner"]["email"] == sandbox_tenant.admin.email
        wizard.button(QWizard.WizardButton.FinishButton).click()
        await bridge.shutdown()

    drive(qloop, wizard, scenario)
    config = agent_paths.config_file.read_text()
    assert samba_dc.admin_password not in config and '"agent_id"' in config
    assert keyring_entries(agent_paths)["ldap-bind-password"] == samba_dc.admin_password
