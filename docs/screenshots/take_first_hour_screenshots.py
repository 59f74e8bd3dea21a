"""Screenshots of the first hour with the demo, in English and German: the wizard's directory page as
``make run`` fills it in, the status window while the first sync waits for review (with **Review now…**),
Settings opened on Review, the summary before Finish, the status window after the first sync (the notice
counts what was written), the user sync settings against a tenant that does not advertise the notification
header, then a narrower scope whose next run stops at the safety threshold: the status window and the Review
page with Approve, and the status window after the approval.

Real windows on a real X server, with a real agent behind them: a sandbox tenant per language (without
``provisioning_header`` in its discovery) and a Samba AD DC are started (the test fixtures' helpers), an agent
is configured against both (a safety threshold of two disables), and the agent service runs behind the bridge.

    xvfb-run -a -s "-screen 0 1280x900x24" tests/with-keyring .venv/bin/python \
        docs/screenshots/take_first_hour_screenshots.py [en|de ...]

Writes, for English, docs/screenshots/wizard-en-06-directory-prefilled.png, status-review-now.png,
settings-opened-on-review.png, review-summary.png, status-after-first-sync.png,
settings-user-sync-no-notifications.png, status-threshold-stop.png, settings-review-approve.png and
status-after-approval.png; for German the same names with ``-de`` (``wizard-de-06-directory-prefilled.png``).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")


def shot_name(name: str, lang: str) -> str:
    """English keeps the plain name the docs link; other languages add ``-<lang>``."""
    return name if lang == "en" else f"{name}-{lang}"


def main(langs: list[str]) -> int:
    import qasync
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    import app.ldap  # noqa: F401  (imports ldap3 quietly first)
    from app.paths import AgentPaths
    from app.secrets import SecretStore
    from app.service.agent import AgentService
    from app.service.events import AgentState
    from app.setup.directory import DirectoryInput
    from app.sync.settings import SafetySettings, SyncSettings
    from tests.servers.samba import running_copy
    from tests.servers.sandbox import start_sandbox
    from tests.service.agent_setup import configure_agent
    from ui.bridge import AgentBridge
    from ui.collector import collect_on_gui_thread
    from ui.i18n import Translations
    from ui.main import create_wizard
    from ui.settings.pages_review import ReviewPage
    from ui.settings.pages_scope import ScopePage
    from ui.tray.app import show_tray_or_status
    from ui.wizard.wizard import PageId

    app = QApplication.instance() or QApplication(sys.argv[:1])
    collect_on_gui_thread(app)  # as the program does: no window is destroyed by a worker thread
    app.setApplicationDisplayName("Identity Connect")
    app.setQuitOnLastWindowClosed(False)
    translations = Translations(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    def grab(widget: QWidget, name: str) -> None:
        widget.raise_()
        app.processEvents()
        screen = QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(widget.winId()) if screen is not None else widget.grab()
        if pixmap.isNull() or pixmap.width() < 10:
            pixmap = widget.grab()
        pixmap.save(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")

    async def settle(seconds: float = 0.6) -> None:
        await asyncio.sleep(seconds)
        app.processEvents()

    async def until(predicate: object, seconds: float = 60) -> None:
        for _ in range(int(seconds / 0.2)):
            if predicate():  # type: ignore[operator]
                return
            await settle(0.2)
        raise TimeoutError("the window did not get there")

    async def walk(lang: str, d: Any, tenant: Any, paths: AgentPaths, work: Path) -> None:
        # The wizard as `make run` opens it: the key and the demo DC filled in, every field editable.
        defaults = DirectoryInput(
            domain=d.domain,
            domain_controllers=[d.host],
            bind_identity=d.admin_bind,
            password=d.admin_password,
            ca_file=d.ca_file,
        )
        wizard = create_wizard(
            AgentPaths.resolve(work / "wizard"),
            translations,
            installation_key=tenant.issue_key(),
            directory_defaults=defaults,
        )
        wizard.setStartId(PageId.DIRECTORY)
        wizard.move(20, 20)
        wizard.show()
        await settle(1.0)
        grab(wizard, f"wizard-{lang}-06-directory-prefilled")
        wizard.hide()

        bridge = AgentBridge(service_factory=lambda p, cb: AgentService(p, on_event=cb, heartbeat_interval=1.0))
        bridge.start(paths)
        tray = show_tray_or_status(bridge, paths=paths, app=app)
        window = tray.status_window
        window.move(20, 20)

        def state() -> AgentState | None:
            return bridge.last_status.state if bridge.last_status is not None else None

        await until(lambda: state() is AgentState.IDLE)
        # The first sync waits for review: the window says so and offers Review now….
        tray.sync_now()
        await until(lambda: window.review_button.isVisible())
        await settle(1.0)
        grab(window, shot_name("status-review-now", lang))
        window.review_button.click()
        settings = tray.settings_window
        settings.move(30, 30)
        review = settings.page("review")
        assert isinstance(review, ReviewPage)
        await until(lambda: review.plan is not None)
        await settle(1.0)
        grab(settings, shot_name("settings-opened-on-review", lang))
        # Add and Continue: the summary of exactly what Finish writes.
        review.continue_button.click()
        await settle()
        grab(settings, shot_name("review-summary", lang))
        assert await review.finish()
        settings.hide()
        await until(lambda: bool(window.notice.text()) and window.runs_table.rowCount() >= 1)
        await settle(1.5)
        window.raise_()
        grab(window, shot_name("status-after-first-sync", lang))

        user_sync = settings.open_page("user_sync")
        settings.show()
        settings.raise_()
        await until(lambda: user_sync.notification_support.isVisible(), seconds=20)
        await settle()
        grab(settings, shot_name("settings-user-sync-no-notifications", lang))

        # A narrower scope: the next run would disable more users than the threshold allows, so it stops.
        scope = settings.open_page("scope")
        assert isinstance(scope, ScopePage)
        await until(lambda: scope.tree.topLevelItemCount() == 1, seconds=20)
        sales_dn = next(dn for dn in scope._items if dn.startswith("ou=sales,"))
        item = scope.expand_to(sales_dn)
        assert item is not None
        item.setCheckState(0, Qt.CheckState.Checked)
        saving = asyncio.ensure_future(settings.save_page(scope))
        await until(lambda: settings.blast_dialog is not None and settings.blast_dialog.isVisible())
        settings.blast_dialog.save_button.click()  # type: ignore[union-attr]
        assert await saving
        settings.hide()
        tray.sync_now()
        await until(lambda: state() is AgentState.AWAITING_APPROVAL and window.review_button.isVisible())
        await settle(1.5)
        window.raise_()
        grab(window, shot_name("status-threshold-stop", lang))
        window.review_button.click()
        await until(lambda: review.awaiting_approval and not review.approve_button.isHidden())
        settings.raise_()
        await settle(1.0)
        grab(settings, shot_name("settings-review-approve", lang))
        review.approve_button.click()
        await until(lambda: state() is AgentState.IDLE and not window.review_button.isVisible())
        settings.hide()
        await settle(1.5)
        window.raise_()
        grab(window, shot_name("status-after-approval", lang))
        settings.close()
        window.hide()
        await bridge.shutdown()
        tray.deleteLater()
        await settle(0.2)

    try:
        with running_copy() as dc:
            for lang in langs:
                translations.switch(lang)
                work = Path(tempfile.mkdtemp(prefix="ic-shots-"))
                tenant = start_sandbox(provisioning_header=False)
                sync = SyncSettings(safety=SafetySettings(max_count=2, max_percent=100))
                paths, _ = configure_agent(
                    tenant, work / "agent", ldap=dc.ldap_settings(), bind_password=dc.admin_password, sync=sync
                )
                paths.log_dir.mkdir(parents=True, exist_ok=True)
                try:
                    loop.run_until_complete(walk(lang, dc, tenant, paths, work))
                finally:
                    SecretStore(paths.profile).delete_all()
                    tenant.server.stop()
    finally:
        translations.switch("en")
        loop.close()  # joins the loop's worker threads before Qt goes away
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["en", "de"]))
