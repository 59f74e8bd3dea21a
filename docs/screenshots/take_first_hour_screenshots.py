"""Screenshots of the first hour with the demo: the wizard's directory page as ``make run`` fills it in, the
status window while the first sync waits for review (with **Review now…**), Settings opened on Review, the
status window after the first sync (the notice counts what was written), and the user sync settings against
a tenant that does not advertise the notification header.

Real windows on a real X server, with a real agent behind them: a sandbox tenant (without
``provisioning_header`` in its discovery) and a Samba AD DC are started (the test fixtures' helpers), an agent
is configured against both, and the agent service runs behind the bridge.

    xvfb-run -a -s "-screen 0 1280x900x24" tests/with-keyring .venv/bin/python \
        docs/screenshots/take_first_hour_screenshots.py

Writes docs/screenshots/wizard-en-06-directory-prefilled.png, status-review-now.png,
settings-opened-on-review.png, status-after-first-sync.png and settings-user-sync-no-notifications.png.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")


def main() -> int:
    import qasync
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from app.paths import AgentPaths
    from app.secrets import SecretStore
    from app.service.agent import AgentService
    from tests.servers.samba import running_copy
    from tests.servers.sandbox import start_sandbox
    from tests.service.agent_setup import configure_agent
    from ui.bridge import AgentBridge
    from ui.i18n import Translations
    from ui.main import create_wizard
    from ui.tray.app import show_tray_or_status
    from ui.widgets.directory_form import DirectoryFormValues
    from ui.wizard.wizard import PageId

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Identity Connect")
    translations = Translations(app)
    translations.switch("en")
    tenant = start_sandbox(provisioning_header=False)
    work = Path(tempfile.mkdtemp(prefix="ic-shots-"))
    with running_copy() as dc:
        paths, _ = configure_agent(tenant, work / "agent", ldap=dc.ldap_settings(), bind_password=dc.admin_password)
        paths.log_dir.mkdir(parents=True, exist_ok=True)
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

        async def scenario() -> None:
            # The wizard as `make run` opens it: the key and the demo DC filled in, every field editable.
            defaults = DirectoryFormValues(
                domain=dc.domain,
                domain_controllers=[dc.host],
                bind_identity=dc.admin_bind,
                password=dc.admin_password,
                ca_file=dc.ca_file,
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
            grab(wizard, "wizard-en-06-directory-prefilled")
            wizard.hide()

            bridge = AgentBridge(service_factory=lambda p, cb: AgentService(p, on_event=cb, heartbeat_interval=1.0))
            bridge.start(paths)
            tray = show_tray_or_status(bridge, paths=paths, app=app)
            window = tray.status_window
            window.move(20, 20)
            await until(lambda: window.state_label.text() == "Connected")
            # The first sync waits for review: the window says so and offers Review now….
            tray.sync_now()
            await until(lambda: window.review_button.isVisible())
            await settle(1.0)
            grab(window, "status-review-now")
            window.review_button.click()
            settings = tray.settings_window
            settings.move(30, 30)
            await settle(1.5)
            grab(settings, "settings-opened-on-review")

            # Applied (as Finish does): the notice counts what was written, the run table agrees.
            settings.hide()
            await bridge.apply_reviewed("", None)
            await until(lambda: "Created" in window.notice.text() and window.runs_table.rowCount() >= 1)
            await settle(1.5)
            window.raise_()
            grab(window, "status-after-first-sync")

            user_sync = settings.open_page("user_sync")
            settings.show()
            settings.raise_()
            await until(lambda: user_sync.notification_support.isVisible(), seconds=20)  # type: ignore[attr-defined]
            await settle()
            grab(settings, "settings-user-sync-no-notifications")
            await bridge.shutdown()

        try:
            loop.run_until_complete(scenario())
        finally:
            loop.close()  # joins the loop's worker threads before Qt goes away
            SecretStore(paths.profile).delete_all()
            tenant.server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
