"""Screenshot of Settings › Password sync against the Samba AD DC (with an sshd on its address) and the sandbox.

Password sync turned on with the domain's DC chosen, the DC agent installed over SSH (the test DC runs no systemd,
so it stays "restart Samba"), then the prerequisites checked for an install account that is no Domain Admin: a
✗ row with its fix and the ✓ rows.

    xvfb-run -a -s "-screen 0 1280x900x24" tests/with-keyring \\
        .venv/bin/python docs/screenshots/take_password_sync_screenshots.py

Writes docs/screenshots/settings-password-sync.png.
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


def shot_name(name: str, lang: str) -> str:
    """English keeps the plain name the docs link; other languages add ``-<lang>``."""
    return name if lang == "en" else f"{name}-{lang}"


def main(langs: list[str]) -> int:
    import qasync
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    import app.ldap  # noqa: F401  (imports ldap3 quietly first)
    from app.pwsync.installer import SambaLayout
    from app.secrets import SecretStore
    from tests.servers import directory_data as data
    from tests.servers.samba import running_copy
    from tests.servers.sandbox import start_sandbox
    from tests.servers.sshd import run_sshd
    from tests.service.agent_setup import configure_agent
    from ui.bridge import AgentBridge
    from ui.i18n import Translations
    from ui.settings.pages_password_sync import PasswordSyncPage
    from ui.settings.window import SettingsWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Identity Connect")
    translations = Translations(app)
    tenant = start_sandbox()
    work = Path(tempfile.mkdtemp(prefix="ic-shots-"))
    dc_name = f"dc1.{data.DOMAIN}"
    with running_copy() as dc, run_sshd(dc.ip, work / "sshd") as sshd:
        paths, _ = configure_agent(
            tenant,
            work / "agent",
            ldap=dc.ldap_settings(bind_identity=dc.service_bind),
            bind_password=dc.service_password,
        )
        key_file = work / "root_key"
        key_file.write_text(sshd.client_key)
        key_file.chmod(0o600)
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

        async def log_in(page: PasswordSyncPage) -> None:
            for _ in range(200):
                if page.login_dialog is not None and page.login_dialog.isVisible():
                    break
                await settle(0.1)
            dialog = page.login_dialog
            assert dialog is not None
            dialog.key_file.setText(str(key_file))
            dialog.confirm_key.setChecked(True)
            dialog.ok_button.click()

        def prepare(page: PasswordSyncPage) -> None:
            page.ssh_addresses[dc_name] = (sshd.ip, sshd.port)
            page.samba_layout = SambaLayout(
                samba_conf=str(dc.conf),
                gnupg_home=str(dc.dir / "gnupg"),
                install_dir=str(work / "on-the-dc" / "identity-connect-dcagent"),
                service_manager="process",
            )

        async def scenario(lang: str) -> None:
            translations.switch(lang)
            settings = SettingsWindow(AgentBridge(), paths)
            settings.move(30, 30)
            settings.resize(1100, 760)
            settings.show()
            page = settings.open_page("password_sync")
            assert isinstance(page, PasswordSyncPage)
            while page.table.rowCount() == 0:
                await settle(0.2)
            page.enabled.setChecked(True)
            item = page.table.item(0, 0)
            assert item is not None
            item.setCheckState(Qt.CheckState.Checked)
            await settings.save_page(page)
            page = settings.page("password_sync")
            assert isinstance(page, PasswordSyncPage)
            while page.table.rowCount() == 0:
                await settle(0.2)
            prepare(page)
            page.table.selectRow(0)
            page.account.setText(f"Administrator@{data.DOMAIN}")
            installing = asyncio.ensure_future(page.install_selected())
            await log_in(page)
            assert await installing
            page.account.setText("bob.brown")
            checking = asyncio.ensure_future(page.check_selected())
            await log_in(page)
            await checking
            await settle(1.0)
            grab(settings, shot_name("settings-password-sync", lang))
            uninstalling = asyncio.ensure_future(page.uninstall_selected())
            await log_in(page)
            await uninstalling
            settings.close()
            settings.deleteLater()
            await settle(0.2)

        try:
            with loop:
                for lang in langs:
                    loop.run_until_complete(scenario(lang))
        finally:
            translations.switch("en")
            SecretStore(paths.profile).delete_all()
            tenant.server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["en", "de"]))
