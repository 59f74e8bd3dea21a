"""Screenshot of Settings › Password sync against the Samba AD DC (with an sshd on its address) and the sandbox.

Password sync turned on with the domain's DC chosen, the DC agent installed over SSH (the test DC runs no systemd,
so it stays "restart Samba"), then the prerequisites checked for an install account that is no Domain Admin: a
✗ row with its fix and the ✓ rows.

Then two password changes refused by the sandbox tenant's password policy (shorter than it allows), delivered by
the agent's own :class:`PasswordDelivery` over SCIM to the users' cloud accounts and recorded in the agent's
ledger: the page's "Not accepted by the cloud" list, and the status window (the agent service running behind
it) with the password sync agents and the same refusals under them. Last, a Windows DC added to the directory
(a computer object with the server-trust flag, as the Windows tests do) and Install asked for it: the page's
login dialog for Windows DCs, cancelled.

    xvfb-run -a -s "-screen 0 1280x900x24" tests/with-keyring \\
        .venv/bin/python docs/screenshots/take_password_sync_screenshots.py

Writes docs/screenshots/settings-password-sync.png, settings-password-sync-rejections.png,
status-password-sync.png and settings-password-sync-windows-login.png, each also with ``-de``.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")


def shot_name(name: str, lang: str) -> str:
    """English keeps the plain name the docs link; other languages add ``-<lang>``."""
    return name if lang == "en" else f"{name}-{lang}"


#: Password changes shorter than the sandbox tenant's password policy allows, so the cloud refuses them.
REFUSED = (("carol.clark", "Sh0rt!"), ("dave.davis", "Tiny-2"))
WINDOWS_DC = "WINDC1"


def nt_time(seconds: float) -> str:
    """``pwdLastSet`` as AD writes it: 100 ns steps since 1601."""
    return str(int((seconds + 11644473600) * 10_000_000))


def main(langs: list[str]) -> int:
    import httpx
    import qasync
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    import app.ldap  # noqa: F401  (imports ldap3 quietly first)
    from app.cloud.scim import ScimTarget
    from app.pwsync import dcagent
    from app.pwsync.delivery import LEDGER_FILE, DeliveryLedger, DeliveryResult, PasswordChange, PasswordDelivery
    from app.pwsync.installer import SambaLayout
    from app.secrets import SecretStore
    from app.service.agent import AgentService
    from tests.e2e.conftest import AdAdmin
    from tests.servers import directory_data as data
    from tests.servers.samba import running_copy
    from tests.servers.sandbox import start_sandbox
    from tests.servers.sshd import run_sshd
    from tests.service.agent_setup import configure_agent
    from tests.sync.scimtools import StaticBearer
    from ui.bridge import AgentBridge
    from ui.collector import collect_on_gui_thread
    from ui.i18n import Translations
    from ui.settings.pages_password_sync import PasswordSyncPage, SshLoginDialog, WindowsLoginDialog
    from ui.settings.window import SettingsWindow
    from ui.status.window import StatusWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    collect_on_gui_thread(app)  # as the program does: no window is destroyed by a worker thread
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
            assert isinstance(dialog, SshLoginDialog)
            dialog.key_file.setText(str(key_file))
            dialog.confirm_key.setChecked(True)
            dialog.ok_button.click()

        cloud_users: dict[str, tuple[str, str]] = {}  # objectGUID -> (cloud id, UPN)
        scim_token: list[str] = []

        def cloud_accounts() -> None:
            """The refused users' accounts in the cloud, named by their objectGUID as the sync names them."""
            token = tenant.device_tokens()["access_token"]
            scim_token.append(token)
            ad = AdAdmin(dc)
            try:
                for username, _password in REFUSED:
                    user = data.user(username)
                    ad.conn.search(dc.base_dn, f"(sAMAccountName={username})", attributes=["cn"])
                    guid = ad.guid(ad.conn.response[0]["dn"])
                    created = httpx.post(
                        f"{tenant.url}/scim/v2/Users",
                        headers={"Authorization": f"Bearer {token}"},
                        json={
                            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                            "userName": user.upn,
                            "externalId": guid,
                            "displayName": user.display_name,
                            "active": True,
                        },
                        timeout=30,
                    )
                    created.raise_for_status()
                    cloud_users[guid] = (str(created.json()["id"]), user.upn)
            finally:
                ad.close()

        async def refuse() -> None:
            """Each refused user's change, sealed as a DC agent seals it, delivered by the agent's own code to the
            sandbox's SCIM service, whose password policy refuses it; the outcome lands in the agent's ledger."""
            if not cloud_users:
                await asyncio.to_thread(cloud_accounts)
            key = X25519PrivateKey.generate()
            public = key.public_key().public_bytes_raw()
            ledger = DeliveryLedger(paths.state_dir / LEDGER_FILE)
            scim = ScimTarget(f"{tenant.url}/scim/v2", StaticBearer(scim_token[0]))

            async def managed(guid: str) -> str | None:
                return cloud_users[guid][0] if guid in cloud_users else None

            delivery = PasswordDelivery(ledger, key, managed, scim)
            try:
                for (guid, (_cloud_id, upn)), (username, password) in zip(cloud_users.items(), REFUSED, strict=True):
                    pwd_last_set = nt_time(time.time())
                    ident = dcagent.change_id(guid, pwd_last_set)
                    sealed = dcagent.seal(public, password.encode(), dcagent.associated_data(ident, guid, pwd_last_set))
                    change = PasswordChange(ident, guid, pwd_last_set, username, upn, dc_name, time.time(), sealed)
                    outcome = await delivery.deliver(change)
                    assert outcome.result is DeliveryResult.REJECTED, outcome
                    await asyncio.sleep(1.1)
            finally:
                await scim.aclose()
                ledger.close()

        def row_of(page: PasswordSyncPage, host: str) -> int:
            for row in range(page.table.rowCount()):
                item = page.table.item(row, 0)
                if item is not None and item.text() == host:
                    return row
            raise AssertionError(f"{host} not listed")

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

            await refuse()
            await page.refresh_states()
            while page.rejected_table.rowCount() < len(REFUSED):
                await settle(0.2)
            settings.resize(1100, 860)  # taller, and scrolled down to the list under the prerequisites
            await settle(0.3)
            scroll = page.parentWidget()
            while scroll is not None and not isinstance(scroll, QScrollArea):
                scroll = scroll.parentWidget()
            if scroll is not None:
                scroll.ensureWidgetVisible(page.rejected_box, 0, 0)
            await settle(0.6)
            grab(settings, shot_name("settings-password-sync-rejections", lang))
            settings.resize(1100, 760)

            bridge = AgentBridge(service_factory=lambda p, cb: AgentService(p, on_event=cb, heartbeat_interval=1.0))
            bridge.start(paths)
            status_window = StatusWindow(bridge, paths)
            status_window.move(40, 20)
            status_window.resize(900, 760)
            status_window.show()
            for _ in range(100):
                status = bridge.last_status
                if status is not None and status.password_sync_agents and status_window.rejected_table.isVisible():
                    break
                await settle(0.2)
            await settle(1.5)
            grab(status_window, shot_name("status-password-sync", lang))
            status_window.close()
            status_window.deleteLater()
            await bridge.shutdown()

            ad = AdAdmin(dc)
            windows_dn = f"CN={WINDOWS_DC},OU=Domain Controllers,{dc.base_dn}"
            ad.conn.add(
                windows_dn,
                "computer",
                {
                    "sAMAccountName": f"{WINDOWS_DC}$",
                    "userAccountControl": "8192",
                    "dNSHostName": f"{WINDOWS_DC.lower()}.{data.DOMAIN}",
                    "operatingSystem": "Windows Server 2022 Standard",
                    "operatingSystemVersion": "10.0 (20348)",
                },
            )
            try:
                await page.read_dcs()
                page.table.selectRow(row_of(page, f"{WINDOWS_DC.lower()}.{data.DOMAIN}"))
                page.account.setText(f"{data.NETBIOS}\\Administrator")
                asking = asyncio.ensure_future(page.install_selected())
                for _ in range(100):
                    if isinstance(page.login_dialog, WindowsLoginDialog) and page.login_dialog.isVisible():
                        break
                    await settle(0.1)
                dialog = page.login_dialog
                assert isinstance(dialog, WindowsLoginDialog)
                dialog.password.setText(dc.admin_password)
                dialog.password.setFocus()
                dialog.resize(max(dialog.width(), 620), dialog.height())  # wide enough for the CA file's hint
                await settle(0.6)
                grab(dialog, shot_name("settings-password-sync-windows-login", lang))
                dialog.cancel_button.click()
                assert not await asking
            finally:
                ad.delete(windows_dn)
                ad.close()
            await page.read_dcs()
            page.table.selectRow(row_of(page, dc_name))
            page.account.setText("bob.brown")
            uninstalling = asyncio.ensure_future(page.uninstall_selected())
            await log_in(page)
            await uninstalling
            (paths.state_dir / LEDGER_FILE).unlink()  # the next language's page starts as the first did
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
