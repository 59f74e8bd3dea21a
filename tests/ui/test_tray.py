"""The tray app and the status window against a real agent service talking to the sandbox tenant.

Offscreen (like Xvfb) has no system tray, so ``show_tray_or_status`` takes the no-tray path: the status window
opens, carries the actions, and shows notifications inside itself. The tray menu itself is exercised with the
tray forced on (its actions work the same whether or not the icon can be drawn).
"""

from __future__ import annotations

import asyncio
import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QSystemTrayIcon

from app.paths import AgentPaths
from app.secrets import SecretStore
from app.service.agent import AgentService
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import DEVICE_NAME, configure_agent, revoke_refresh_token
from tests.ui.conftest import signal_emitted, wait_until
from ui import errors
from ui.bridge import AgentBridge
from ui.tray.app import TrayApp, show_tray_or_status

pytestmark = pytest.mark.gui


def fast_service(paths: AgentPaths, on_event: Callable[[Any], None]) -> AgentService:
    return AgentService(paths, on_event=on_event, heartbeat_interval=0.5, tick=0.2)


@pytest.fixture
def configured(sandbox_tenant: SandboxTenantHandle, tmp_path: Path) -> Iterator[AgentPaths]:
    paths, _ = configure_agent(sandbox_tenant, tmp_path / "agent")
    yield paths
    SecretStore(paths.profile).delete_all()


def run(loop: qasync.QEventLoop, scenario: Callable[[], Any]) -> Any:
    asyncio.set_event_loop(loop)  # configure_agent ran its own loop and unset ours
    return loop.run_until_complete(scenario())


def test_without_a_tray_the_status_window_opens_and_shows_the_live_agent(
    configured: AgentPaths, sandbox_tenant: SandboxTenantHandle, qloop: qasync.QEventLoop, qapp: QApplication
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen, like Xvfb
    bridge = AgentBridge(service_factory=fast_service)

    async def scenario() -> TrayApp:
        started = signal_emitted(bridge.sig_started)
        bridge.start(configured)
        await started
        tray = show_tray_or_status(bridge, paths=configured, app=qapp)
        # This test drives the loop itself: Quit ends on sig_finished, not with QCoreApplication.quit() (which
        # could stop the loop before this coroutine resumes from the stop signal).
        tray.quit_application = False
        window = tray.status_window
        assert window.isVisible() and not tray.tray.isVisible()
        await wait_until(lambda: window.state_label.text() == "Connected", what="Connected")
        assert window.device_value.text() == DEVICE_NAME
        assert window.owner_value.text() == sandbox_tenant.admin.email
        assert window.dcs_value.text() == "dc1.zylker.test"
        assert not window.troubleshooting.isVisible()
        # Closing keeps the agent running (minimised: without a tray nothing could bring a hidden window back).
        window.close()
        await asyncio.sleep(0.05)
        assert window.isVisible() and bridge.running
        stopped = signal_emitted(bridge.sig_stopped)
        finished = signal_emitted(tray.sig_finished)
        window.quit_button.click()
        await stopped
        await finished
        return tray

    tray = run(qloop, scenario)
    assert not bridge.running
    assert not tray.status_window.isVisible()
    assert not qapp.quitOnLastWindowClosed()


def test_expired_sign_in_is_notified_with_troubleshooting(
    configured: AgentPaths, sandbox_tenant: SandboxTenantHandle, qloop: qasync.QEventLoop, qapp: QApplication
) -> None:
    revoke_refresh_token(sandbox_tenant, configured)
    bridge = AgentBridge(service_factory=fast_service)

    async def scenario() -> TrayApp:
        tray = show_tray_or_status(bridge, paths=configured, app=qapp)
        notified = signal_emitted(tray.sig_notified)
        bridge.start(configured)
        note = (await notified)[0]
        while note.kind != "signin_expired":
            note = (await signal_emitted(tray.sig_notified))[0]
        window = tray.status_window
        expired_words = errors.describe("signin_expired").text
        await wait_until(lambda: expired_words in window.state_detail.text(), what="sign-in expired shown")
        assert window.state_detail.text().startswith("Needs attention")
        assert expired_words in window.notice.text()
        await bridge.shutdown()
        return tray

    tray = run(qloop, scenario)
    kinds = [n.kind for n in tray.notifications]
    assert kinds.count("signin_expired") == 1


def test_disconnection_shows_troubleshooting_steps(
    configured: AgentPaths, sandbox_tenant: SandboxTenantHandle, qloop: qasync.QEventLoop, qapp: QApplication
) -> None:
    bridge = AgentBridge(service_factory=fast_service)

    async def scenario() -> TrayApp:
        tray = show_tray_or_status(bridge, paths=configured, app=qapp)
        window = tray.status_window
        bridge.start(configured)
        await wait_until(lambda: window.state_label.text() == "Connected", what="Connected")
        disconnected = signal_emitted(bridge.sig_disconnected, timeout=20)
        await asyncio.to_thread(sandbox_tenant.server.stop)
        await disconnected
        await wait_until(lambda: window.troubleshooting.isVisible(), what="troubleshooting")
        await bridge.shutdown()
        return tray

    tray = run(qloop, scenario)
    window = tray.status_window
    assert window.state_label.text() == "Disconnected"
    steps = window.troubleshooting_steps.text()
    for words in ("network, proxy and firewall", "system date and time", sandbox_tenant.admin.email, "service"):
        assert words in steps
    assert any(n.kind == "disconnected" for n in tray.notifications)


def test_tray_menu_has_every_action_and_opens_logs(
    configured: AgentPaths, qloop: qasync.QEventLoop, qapp: QApplication
) -> None:
    configured.log_dir.mkdir(parents=True, exist_ok=True)
    (configured.log_dir / "agent.log").write_text("2025-01-01 INFO agent service starting\nsecond line\n")
    bridge = AgentBridge(service_factory=fast_service)
    opened: list[str] = []

    class Settings:
        def open_page(self, page: str) -> None:
            opened.append(page)

        def show(self) -> None:
            opened.append("shown")

        def raise_(self) -> None: ...
        def activateWindow(self) -> None: ...

    async def scenario() -> TrayApp:
        tray = TrayApp(bridge, configured, app=qapp, use_tray=True, settings_factory=Settings)
        tray.show()
        names = [a.objectName() for a in tray.menu.actions() if not a.isSeparator()]
        assert names == [
            "actionStatus",
            "actionSyncNow",
            "actionSettings",
            "actionChangeOwnership",
            "actionChangeLdap",
            "actionViewLogs",
            "actionQuit",
        ]
        assert [a.text() for a in tray.menu.actions() if not a.isSeparator()][0] == "&Status…"
        tray.action_logs.trigger()
        assert tray.log_viewer is not None
        await wait_until(lambda: "second line" in tray.log_viewer.text.toPlainText(), what="log text")
        assert tray.log_viewer.text.isReadOnly()
        tray.action_owner.trigger()
        tray.action_ldap.trigger()
        tray.action_status.trigger()
        assert tray.status_window.isVisible()
        # Sync now with no agent running says so instead of failing silently.
        tray.action_sync.trigger()
        assert tray.notifications[-1].kind == "error"
        return tray

    run(qloop, scenario)
    assert opened == ["ownership", "shown", "ldap", "shown"]


@pytest.mark.samba
def test_sync_now_from_the_menu_notifies_and_runs_export_as_csv(
    sandbox_tenant: SandboxTenantHandle,
    samba_dc: SambaDC,
    tmp_path: Path,
    qloop: qasync.QEventLoop,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths, _ = configure_agent(
        sandbox_tenant, tmp_path / "agent", ldap=samba_dc.ldap_settings(), bind_password=samba_dc.admin_password
    )
    target = tmp_path / "run.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    bridge = AgentBridge(service_factory=fast_service)

    async def scenario() -> TrayApp:
        started = signal_emitted(bridge.sig_started)
        bridge.start(paths)
        await started
        tray = TrayApp(bridge, paths, app=qapp, use_tray=True)
        tray.show()
        window = tray.status_window
        # The first run waits for review: the status window offers "Review now…", and Settings opens on
        # the Review page (not on the first page) whichever way the admin opens it.
        waiting = signal_emitted(bridge.sig_run_finished, timeout=60)
        tray.sync_now()
        assert (await waiting)[1] == "awaiting_review"
        await wait_until(lambda: window.review_button.isVisibleTo(window), what="the Review now button")
        assert window.review_button.accessibleName() and window.review_button.focusPolicy() != Qt.FocusPolicy.NoFocus
        # The warning icon comes with the words for it, not with "Connected".
        assert window.state_label.text() == "Waiting for review"
        window.review_button.click()
        settings = tray.settings_window
        assert settings.isVisible() and settings.current_page().page_id == "review"
        # ...and shows the waiting run's plan without another click.
        await wait_until(lambda: settings.current_page().plan is not None, what="the Review page's plan", timeout=60)
        settings.hide()
        tray.action_settings.trigger()
        assert settings.current_page().page_id == "review"
        settings.hide()
        # Accepted whole here (the Review page test covers choosing); the banner counts what was written.
        before = len(tray.notifications)
        await bridge.apply_reviewed("", None)

        def finished() -> list[Any]:
            return [n for n in tray.notifications[before:] if n.title == "Sync finished"]

        await wait_until(lambda: bool(finished()), what="Sync finished", timeout=60)
        banner = finished()[0]
        assert sandbox_tenant.scim_users()
        assert not banner.message.startswith("Created 0,"), banner.message
        await wait_until(lambda: not window.review_button.isVisibleTo(window), what="Review now hidden")
        notified = signal_emitted(tray.sig_notified, timeout=60)
        tray.action_sync.trigger()
        note = (await notified)[0]
        assert note.kind == "run_finished" and note.title == "Sync finished"
        assert note.message.startswith("Created ")
        tray.action_status.trigger()
        await wait_until(lambda: window.runs_table.rowCount() >= 2, what="runs listed")
        assert window.runs_table.item(0, 2).text() in ("Completed", "Completed with errors")
        first_run_created = window.runs_table.item(1, 3).text()
        assert banner.message.startswith(f"Created {first_run_created}, updated {window.runs_table.item(1, 4).text()},")
        anchored = [r for r in sandbox_tenant.scim_users() + sandbox_tenant.scim_groups() if r.get("externalId")]
        assert 0 < int(first_run_created) <= len(anchored)  # the rest were adopted by userName (updates)
        window.runs_table.selectRow(1)
        await window.open_selected_run()
        assert window.details is not None
        assert window.details.table.rowCount() == len(window.details.records) > 0
        await window.details.export_csv()
        await bridge.shutdown()
        return tray

    asyncio.set_event_loop(qloop)
    try:
        qloop.run_until_complete(scenario())
    finally:
        SecretStore(paths.profile).delete_all()
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert rows[0][:2] == ["kind", "display_name"]
    names = {u["userName"] for u in sandbox_tenant.scim_users()}
    assert len(rows) - 1 >= len(names)
    assert {r[5] for r in rows[1:]} <= {"done", "failed", "skipped"}


@pytest.mark.parametrize(
    ("state", "detail", "page"),
    [
        ("awaiting_approval", None, "review"),
        ("attention", "signin_expired", "ownership"),
        ("attention", "bind_failed", "ldap"),
        ("idle", None, ""),
    ],
)
def test_settings_open_on_the_page_that_needs_attention(
    state: str, detail: str | None, page: str, tmp_path: Path, qloop: qasync.QEventLoop, qapp: QApplication
) -> None:
    from app.service.events import AgentState, AgentStatus

    opened: list[str] = []

    class Settings:
        def open_page(self, page_id: str, *, preview: bool = False) -> None:
            opened.append(page_id + (" (plan shown)" if preview else ""))

        def show(self) -> None: ...
        def raise_(self) -> None: ...
        def activateWindow(self) -> None: ...
        def isVisible(self) -> bool:
            return False

    bridge = AgentBridge()
    bridge.last_status = AgentStatus(state=AgentState(state), detail=detail)
    tray = TrayApp(bridge, AgentPaths.resolve(tmp_path / "agent"), app=qapp, use_tray=True, settings_factory=Settings)
    tray.action_settings.trigger()  # the menu's plain "Settings…"
    expected = {"review": ["review (plan shown)"], "": []}.get(page, [page])
    assert opened == expected
