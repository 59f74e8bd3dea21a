"""Screenshots of Settings › Change LDAP settings when the DC's certificate is issued by a private CA.

A Samba AD DC that sends its whole chain (as a Windows DC with an enterprise CA does) and an agent configured
without its CA: Save fails at the TLS stage and shows the certificate as an admin reads it, then "Trust this
CA…" shows the CA with its fingerprint. English and German.

    xvfb-run -a -s "-screen 0 1280x900x24" tests/with-keyring \\
        .venv/bin/python docs/screenshots/take_certificate_screenshots.py

Writes docs/screenshots/settings-ldap-certificate-<lang>.png and settings-ldap-trust-ca-<lang>.png.
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
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    import app.ldap  # noqa: F401  (imports ldap3 quietly first)
    from app.secrets import SecretStore
    from tests.ldap.test_tls_trust import serve_whole_chain
    from tests.servers.samba import running_copy
    from tests.servers.sandbox import start_sandbox
    from tests.service.agent_setup import configure_agent
    from ui.bridge import AgentBridge
    from ui.collector import collect_on_gui_thread
    from ui.i18n import Translations
    from ui.settings.pages_directory import LdapSettingsPage
    from ui.settings.window import SettingsWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    collect_on_gui_thread(app)  # as the program does: no window is destroyed by a worker thread
    app.setApplicationDisplayName("Identity Connect")
    tenant = start_sandbox()
    work = Path(tempfile.mkdtemp(prefix="ic-shots-"))
    translations = Translations(app)
    with running_copy() as dc:
        serve_whole_chain(dc)
        paths, _ = configure_agent(
            tenant, work / "agent", ldap=dc.ldap_settings(ca_file=None), bind_password=dc.admin_password
        )
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)

        def grab(widget: QWidget, name: str) -> None:
            widget.raise_()
            app.processEvents()
            screen = QGuiApplication.primaryScreen()
            pixmap = screen.grabWindow(widget.winId()) if screen is not None else widget.grab()
            pixmap.save(str(OUT / f"{name}.png"))
            print("wrote", OUT / f"{name}.png")

        async def settle(seconds: float = 0.6) -> None:
            await asyncio.sleep(seconds)
            app.processEvents()

        async def scenario(lang: str) -> None:
            translations.switch(lang)
            settings = SettingsWindow(AgentBridge(), paths)
            settings.move(30, 30)
            settings.show()
            page = settings.open_page("ldap")
            assert isinstance(page, LdapSettingsPage)
            await settle(1.0)
            page.form.password_edit.setText(dc.admin_password)
            await settings.save_page(page)
            await settle()
            for scroll in settings.findChildren(QScrollArea):
                if scroll.isAncestorOf(page):
                    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            await settle()
            grab(settings, f"settings-ldap-certificate-{lang}")
            trusting = asyncio.ensure_future(page.trust_ca(dc.host))
            for _ in range(100):
                if page.ca_trust.dialog is not None and page.ca_trust.dialog.isVisible():
                    break
                await settle(0.1)
            await settle()
            assert page.ca_trust.dialog is not None
            grab(page.ca_trust.dialog, f"settings-ldap-trust-ca-{lang}")
            page.ca_trust.dialog.cancel_button.click()
            await trusting
            settings.close()
            settings.deleteLater()
            await settle(0.2)

        try:
            with loop:
                for lang in ("en", "de"):
                    loop.run_until_complete(scenario(lang))
        finally:
            translations.switch("en")
            SecretStore(paths.profile).delete_all()
            tenant.server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
