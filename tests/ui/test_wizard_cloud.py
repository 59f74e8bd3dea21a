"""The wizard's first pages against the real sandbox tenant: language, licence, installation key, sign-in.

Each test drives the real window offscreen: it types, clicks Next/Back/Retry, and approves or denies the
device code over HTTP as a person at a browser would. What is asserted is what the admin would see.
"""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.cloud.installkey import encode_key
from app.paths import AgentPaths
from app.setup.flow import SetupFlow
from tests.servers.sandbox import SandboxTenantHandle
from tests.ui.conftest import drive, signal_emitted, wait_until
from ui.i18n import Translations
from ui.widgets.device_signin import SignInState
from ui.wizard.wizard import PageId, SetupWizard

pytestmark = pytest.mark.gui


def make_wizard(qtbot: Any, translations: Translations, paths: AgentPaths, key: str = "") -> SetupWizard:
    flow = SetupFlow(paths, device_name="ZYLKER-DC-AGENT-01")
    wizard = SetupWizard(
        flow,
        translations,
        licence_text="Apache License\nVersion 2.0",
        licence_url="https://example.org/licence",
        installation_key=key,
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def click_next(wizard: SetupWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on {wizard.currentPage().objectName()}"
    button.click()


def to_key_page(wizard: SetupWizard) -> None:
    click_next(wizard)  # language -> licence
    assert wizard.currentId() == PageId.LICENCE
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled(), "licence must be accepted first"
    wizard.licence_page.accept_box.setChecked(True)
    click_next(wizard)
    assert wizard.currentId() == PageId.KEY


async def to_sign_in(wizard: SetupWizard) -> None:
    to_key_page(wizard)
    click_next(wizard)
    await wait_until(lambda: wizard.currentId() == PageId.SIGN_IN, what="sign-in page")
    await wait_until(lambda: wizard.sign_in_page.signin.state() is SignInState.WAITING, what="device code shown")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_language_switch_retranslates_everything_live(
    qtbot: Any, translations: Translations, agent_paths: AgentPaths
) -> None:
    wizard = make_wizard(qtbot, translations, agent_paths)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    cancel_button = wizard.button(QWizard.WizardButton.CancelButton)
    english = (next_button.text(), cancel_button.text(), wizard.language_page.title())
    assert "Next" in english[0]
    page = wizard.language_page
    page.select("de")
    assert translations.current == "de"
    # Qt posts LanguageChange to every widget; the switch shows once the event loop has run.
    qtbot.waitUntil(lambda: next_button.text() == "&Weiter >", timeout=2000)
    assert cancel_button.text() == "Abbrechen"
    assert page.title() == "Willkommen bei Identity Connect"
    click_next(wizard)
    assert wizard.licence_page.accept_box.text() == "Ich &akzeptiere die Lizenzbedingungen"
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.text() == "< &Zurück"
    back.click()
    page.select("ja")
    qtbot.waitUntil(lambda: next_button.text() != "&Weiter >", timeout=2000)
    assert page.title() != english[2] and next_button.text() != english[0]
    page.select("en")
    qtbot.waitUntil(lambda: next_button.text() == english[0], timeout=2000)
    assert (next_button.text(), cancel_button.text(), page.title()) == english


def test_licence_needs_acceptance_and_offers_the_url(
    qtbot: Any, translations: Translations, agent_paths: AgentPaths
) -> None:
    wizard = make_wizard(qtbot, translations, agent_paths)
    click_next(wizard)
    page = wizard.licence_page
    assert "Apache License" in page.text_view.toPlainText()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "https://example.org/licence"
    qtbot.keyClick(page.accept_box, Qt.Key.Key_Space)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_key_checksum_is_checked_offline_as_you_type(
    qtbot: Any, translations: Translations, agent_paths: AgentPaths
) -> None:
    key = encode_key("http://127.0.0.1:9")
    wizard = make_wizard(qtbot, translations, agent_paths)
    to_key_page(wizard)
    page = wizard.key_page
    mistyped = key[:-3] + ("A" if key[-3] != "A" else "B") + key[-2:]
    page.key_edit.setText(mistyped)
    assert page.message.isVisible() and "mistyped" in page.message.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.key_edit.setText("hello")
    assert "not an installation key" in page.message.text()
    page.key_edit.setText(key)
    assert "Key format is valid" in page.message.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize("problem", ["unknown", "expired", "revoked", "used"])
def test_key_rejected_online_is_explained(
    problem: str,
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
) -> None:
    tenant = sandbox_tenant.tenant
    if problem == "unknown":
        key = encode_key(sandbox_tenant.url)  # right tenant, a secret it never issued
    elif problem == "expired":
        key = sandbox_tenant.issue_key(ttl=0.01)
    elif problem == "revoked":
        key = sandbox_tenant.issue_key()
        sandbox_tenant.revoke_key(key)
    else:
        key = sandbox_tenant.issue_key()
        tenant.register_agent(
            tenant.account(sandbox_tenant.admin.email),
            {"key_hash": tenant.key_hash_of(key), "device_name": "OTHER", "version": "0", "domain_controllers": []},
        )
    expected = {
        "unknown": "does not know this installation key",
        "expired": "has expired",
        "revoked": "revoked",
        "used": "already been used",
    }[problem]
    wizard = make_wizard(qtbot, translations, agent_paths, key)

    async def scenario() -> None:
        to_key_page(wizard)
        click_next(wizard)
        assert wizard.key_page.progress.isVisible(), "a progress indicator while the key is checked"
        await wait_until(lambda: not wizard.key_page.busy(), what="validation")
        assert wizard.currentId() == PageId.KEY
        assert expected in wizard.key_page.message.text()
        assert "admin console" in wizard.key_page.message.text() or "new" in wizard.key_page.message.text()
        assert not wizard.key_page.retry_button.isVisible(), "retrying cannot help a rejected key"

    drive(qloop, wizard, scenario)


def test_tenant_unreachable_offers_retry_and_retry_succeeds(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant_factory: Any,
    tmp_path: Path,
) -> None:
    # A tenant that issued the key, then went away (its state persists in data_dir).
    port = free_port()
    first = sandbox_tenant_factory(port=port, data_dir=tmp_path / "tenant")
    key = first.installation_key
    first.server.stop()
    wizard = make_wizard(qtbot, translations, agent_paths, key)

    async def scenario() -> None:
        to_key_page(wizard)
        click_next(wizard)
        await wait_until(lambda: not wizard.key_page.busy(), what="validation")
        page = wizard.key_page
        assert wizard.currentId() == PageId.KEY
        assert "could not be reached" in page.message.text()
        assert page.retry_button.isVisible()
        # The tenant is back on the same address: Retry succeeds and moves on to the sign-in.
        sandbox_tenant_factory(port=port, data_dir=tmp_path / "tenant", issue_key=False)
        page.retry_button.click()
        await wait_until(lambda: wizard.currentId() == PageId.SIGN_IN, what="sign-in page after retry")
        assert "could not be reached" not in page.message.text()

    drive(qloop, wizard, scenario)


def test_sign_in_approved_shows_admin_and_back_gets_a_new_code(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
) -> None:
    wizard = make_wizard(qtbot, translations, agent_paths, sandbox_tenant.installation_key)

    async def scenario() -> None:
        await to_sign_in(wizard)
        widget = wizard.sign_in_page.signin
        assert widget.code_label.text() and widget.url_label.text().startswith(sandbox_tenant.url)
        assert widget.qr.data().startswith(sandbox_tenant.url)
        assert "ZYLKER-DC-AGENT-01" in widget.device_label.text()
        assert "4:5" in widget.countdown_label.text() or "5:00" in widget.countdown_label.text()
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        first_code = widget.code_label.text()
        shown = await asyncio.to_thread(sandbox_tenant.approve, widget.qr.data())
        assert shown == "ZYLKER-DC-AGENT-01"
        await wait_until(lambda: wizard.currentId() == PageId.SIGNED_IN, what="signed-in page")
        page = wizard.signed_in_page
        assert page.email_value.text() == sandbox_tenant.admin.email
        assert page.name_value.text() == sandbox_tenant.admin.name
        assert page.tenant_value.text() == "Zylker (sandbox)"
        wizard.button(QWizard.WizardButton.BackButton).click()
        assert wizard.currentId() == PageId.SIGN_IN
        await wait_until(lambda: widget.state() is SignInState.WAITING, what="a new code")
        assert widget.code_label.text() != first_code

    drive(qloop, wizard, scenario)


def test_sign_in_denied_is_explained_and_new_code_works(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
) -> None:
    wizard = make_wizard(qtbot, translations, agent_paths, sandbox_tenant.installation_key)

    async def scenario() -> None:
        await to_sign_in(wizard)
        widget = wizard.sign_in_page.signin
        await asyncio.to_thread(sandbox_tenant.approve, widget.qr.data(), deny=True)
        await wait_until(lambda: widget.state() is SignInState.FAILED, what="denied")
        assert "refused" in wizard.sign_in_page.message.text()
        assert widget.new_code_button.isVisible()
        widget.new_code_button.click()
        await wait_until(lambda: widget.state() is SignInState.WAITING, what="new code")
        await asyncio.to_thread(sandbox_tenant.approve, widget.qr.data())
        await wait_until(lambda: wizard.currentId() == PageId.SIGNED_IN, what="signed in")

    drive(qloop, wizard, scenario)


def test_non_admin_is_refused(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
) -> None:
    wizard = make_wizard(qtbot, translations, agent_paths, sandbox_tenant.installation_key)

    async def scenario() -> None:
        await to_sign_in(wizard)
        widget = wizard.sign_in_page.signin
        await asyncio.to_thread(sandbox_tenant.approve, widget.qr.data(), email=sandbox_tenant.non_admin.email)
        await wait_until(lambda: widget.state() is SignInState.FAILED, what="refused")
        assert "not an administrator" in wizard.sign_in_page.message.text()
        assert wizard.currentId() == PageId.SIGN_IN

    drive(qloop, wizard, scenario)


def test_expired_code_get_a_new_code_cancels_the_old_poll(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant_factory: Any,
) -> None:
    tenant = sandbox_tenant_factory(device_code_ttl=1.5)
    wizard = make_wizard(qtbot, translations, agent_paths, tenant.installation_key)

    async def scenario() -> None:
        await to_sign_in(wizard)
        widget = wizard.sign_in_page.signin
        old_task = wizard.sign_in_page.task()
        await wait_until(lambda: widget.state() is SignInState.EXPIRED, timeout=10, what="expiry")
        assert "expired" in widget.status_label.text()
        assert widget.new_code_button.isVisible()
        assert old_task is None or old_task.done() or old_task.cancelling()
        widget.new_code_button.click()
        await wait_until(lambda: widget.state() is SignInState.WAITING, what="new code")
        await asyncio.to_thread(tenant.approve, widget.qr.data())
        await wait_until(lambda: wizard.currentId() == PageId.SIGNED_IN, what="signed in")

    drive(qloop, wizard, scenario)


def test_network_trouble_while_waiting_says_retrying_and_offers_retry(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
) -> None:
    wizard = make_wizard(qtbot, translations, agent_paths, sandbox_tenant.installation_key)

    async def scenario() -> None:
        await to_sign_in(wizard)
        widget = wizard.sign_in_page.signin
        sandbox_tenant.inject_faults("drop", count=1000, target="oauth")
        await wait_until(lambda: widget.state() is SignInState.NETWORK_RETRY, what="network retry")
        assert "retrying" in widget.status_label.text()
        assert widget.retry_button.isVisible()
        sandbox_tenant.clear_faults()
        await asyncio.to_thread(sandbox_tenant.approve, widget.qr.data())
        widget.retry_button.click()
        await wait_until(lambda: wizard.currentId() == PageId.SIGNED_IN, what="signed in after retry")

    drive(qloop, wizard, scenario)


def test_cancel_during_sign_in_leaves_nothing(
    qtbot: Any,
    qloop: qasync.QEventLoop,
    translations: Translations,
    agent_paths: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
) -> None:
    wizard = make_wizard(qtbot, translations, agent_paths, sandbox_tenant.installation_key)

    async def scenario() -> None:
        await to_sign_in(wizard)
        task = wizard.sign_in_page.task()
        finished = signal_emitted(wizard.rejected)
        wizard.button(QWizard.WizardButton.CancelButton).click()
        await finished
        await asyncio.sleep(0.05)
        assert task is not None and task.done()

    drive(qloop, wizard, scenario)
    assert not Path(agent_paths.config_file).exists()
    assert not agent_paths.config_dir.exists() or not any(agent_paths.config_dir.iterdir())


def test_every_interactive_widget_of_the_wizard_is_named(
    qtbot: Any, translations: Translations, agent_paths: AgentPaths
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QPlainTextEdit

    wizard = make_wizard(qtbot, translations, agent_paths)
    unnamed = []
    for kind in (QAbstractButton, QLineEdit, QAbstractItemView, QPlainTextEdit):
        for child in wizard.findChildren(kind):
            if child.objectName().startswith("qt_") or not child.isVisibleTo(wizard) and not child.parent():
                continue
            name = child.accessibleName() or (child.text() if hasattr(child, "text") else "")
            if not child.objectName() or not name:
                unnamed.append(f"{type(child).__name__} {child.objectName()!r} in {child.parent().objectName()!r}")
    assert unnamed == []
