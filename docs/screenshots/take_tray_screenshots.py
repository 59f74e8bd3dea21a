"""Screenshots of the running agent's windows: the status window, every settings page, the blast-radius dialog,
the log viewer; in English and German.

Real windows on a real X server, with a real agent behind them: a sandbox tenant and a Samba AD DC are started
(the test fixtures' helpers), an agent is configured against both, the agent service runs behind the bridge,
and each window is shown, given time to load its live data, and captured from the screen.

    xvfb-run -a -s "-screen 0 1280x900x24" tests/with-keyring \
        .venv/bin/python docs/screenshots/take_tray_screenshots.py [en|de ...]

Writes docs/screenshots/status-*.png and settings-*.png (English), status-*-de.png and settings-*-de.png (German).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")


def shot_name(name: str, lang: str) -> str:
    """English keeps the plain name the docs link; other languages add ``-<lang>``."""
    return name if lang == "en" else f"{name}-{lang}"


def main(langs: list[str]) -> int:
    import qasync
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from app.secrets import SecretStore
    from app.service.agent import AgentService
    from app.service.events import AgentState
    from tests.servers.samba import running_copy
    from tests.servers.sandbox import start_sandbox
    from tests.service.agent_setup import configure_agent
    from ui.bridge import AgentBridge
    from ui.collector import collect_on_gui_thread
    from ui.i18n import Translations
    from ui.settings.window import SettingsWindow
    from ui.tray.app import show_tray_or_status

    # The sandbox tenant runs in this process; its request lines are no part of the agent's log a person reads.
    logging.getLogger("sandbox").setLevel(logging.WARNING)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    collect_on_gui_thread(app)  # as the program does: no window is destroyed by a worker thread
    app.setApplicationDisplayName("Identity Connect")
    app.setQuitOnLastWindowClosed(False)
    translations = Translations(app)
    tenant = start_sandbox()
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

        async def scenario(lang: str) -> None:
            translations.switch(lang)  # as the program starts in that language: its words and its dates
            bridge = AgentBridge(service_factory=lambda p, cb: AgentService(p, on_event=cb, heartbeat_interval=1.0))
            bridge.start(paths)
            tray = show_tray_or_status(bridge, paths=paths, app=app)
            window = tray.status_window
            window.move(20, 20)
            for _ in range(50):
                status = bridge.last_status
                if status is not None and status.connected and status.state is not AgentState.SYNCING:
                    break
                await settle(0.2)
            await settle(1.0)
            grab(window, shot_name("status-window", lang))

            settings = SettingsWindow(bridge, paths)
            settings.move(30, 30)
            settings.show()
            for page in settings.pages:
                if page.page_id == "password_sync":
                    continue  # take_password_sync_screenshots.py shows it after an install, under the same name
                settings.open_page(page.page_id)
                await settle(2.5 if page.page_id in ("scope", "mapping") else 0.8)
                if page.page_id == "review":
                    await page.preview()  # type: ignore[attr-defined]
                    await settle()
                grab(settings, shot_name(f"settings-{page.page_id.replace('_', '-')}", lang))

            # The blast radius before a rule change is saved.
            user_sync = settings.open_page("user_sync")
            await settle()
            user_sync.welcome_mail.setChecked(False)  # type: ignore[attr-defined]
            saving = asyncio.ensure_future(settings.save_page(user_sync))
            for _ in range(100):
                if settings.blast_dialog is not None and settings.blast_dialog.isVisible():
                    break
                await settle(0.1)
            await settle()
            if settings.blast_dialog is not None:
                grab(settings.blast_dialog, shot_name("settings-blast-radius", lang))
                settings.blast_dialog.cancel_button.click()
            await saving

            tray.view_logs()
            await settle(1.0)
            assert tray.log_viewer is not None
            tray.log_viewer.move(40, 40)
            grab(tray.log_viewer, shot_name("status-logs", lang))
            tray.log_viewer.close()
            settings.close()
            window.hide()
            await bridge.shutdown()
            await settle(0.2)

        try:
            for lang in langs:
                loop.run_until_complete(scenario(lang))
        finally:
            loop.close()  # joins the loop's worker threads before Qt goes away
            translations.switch("en")
            SecretStore(paths.profile).delete_all()
            tenant.server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["en", "de"]))
