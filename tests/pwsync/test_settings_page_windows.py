"""Settings › Password sync with a Windows DC in the directory (beside the Samba DC, whose smbd stands in for the
Windows DC's SMB): the page asks for the install account instead of an SSH login, checks SMB to ADMIN$ and WinRM
(nothing answers WinRM here: a ✗ with its fix, so Install installs nothing), and lists the password changes the
cloud did not accept, user — reason — time, never a value."""

from __future__ import annotations

import asyncio

import pytest
import qasync
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.config import ConfigStore
from app.paths import AgentPaths
from app.pwsync.delivery import LEDGER_FILE, DeliveryLedger, PasswordDelivery
from app.pwsync.windows_installer import WindowsKit
from tests.pwsync.test_installer_windows import (  # noqa: F401 - fixtures used by name
    ADMIN,
    WINDOWS_DC,
    dc_paths,
    kit,
    smb_dc,
    windows_in_directory,
)
from tests.pwsync.test_rejections import EchoingTenant, _change
from tests.servers.samba import SambaDC
from tests.ui.conftest import qloop, wait_until  # noqa: F401 - the GUI loop fixture
from ui.bridge import AgentBridge
from ui.settings.pages_password_sync import COL_DC, COL_STATE, PasswordSyncPage, WindowsLoginDialog
from ui.settings.window import SettingsWindow

pytestmark = [pytest.mark.gui, pytest.mark.samba]


def _row_of(page: PasswordSyncPage, host: str) -> int:
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, COL_DC).text() == host)


async def log_in(page: PasswordSyncPage, password: str) -> None:
    await wait_until(lambda: isinstance(page.login_dialog, WindowsLoginDialog), what="Windows login dialog")
    dialog = page.login_dialog
    assert isinstance(dialog, WindowsLoginDialog)
    assert dialog.account.text() == ADMIN  # taken from the page's install account
    assert not dialog.ok_button.isEnabled()
    dialog.password.setFocus()
    QTest.keyClicks(dialog.password, password)
    QTest.keyClick(dialog.http, Qt.Key.Key_Space)  # WinRM over HTTP: port 5985, where nothing answers here
    assert dialog.ok_button.isEnabled()
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)


def test_a_windows_dc_is_checked_and_refused_install_from_the_page(
    dc_paths: AgentPaths,  # noqa: F811
    windows_in_directory: SambaDC,  # noqa: F811
    kit: WindowsKit,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    dc = windows_in_directory
    asyncio.set_event_loop(qloop)
    window = SettingsWindow(AgentBridge(), dc_paths)

    async def scenario() -> None:
        window.show()
        page = window.open_page("password_sync")
        assert isinstance(page, PasswordSyncPage)
        await wait_until(lambda: page.table.rowCount() == 3, what="DC list read")
        row = _row_of(page, WINDOWS_DC)
        assert page.table.item(row, 1).text().startswith("Windows Server 2022")
        page.windows_addresses[WINDOWS_DC] = dc.host
        page.windows_kit_dir = kit.dll.parent
        page.table.selectRow(row)
        page.account.setText(ADMIN)

        QTest.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
        await log_in(page, dc.admin_password)
        await wait_until(lambda: page.last_check is not None and page.check_button.isEnabled(), 60, "check done")
        rows = [[page.checks.item(r, c).text() for c in range(3)] for r in range(page.checks.rowCount())]
        assert [r[:2] for r in rows] == [
            ["✓", "Install account is a Domain Admin"],
            ["✓", "DC answers on SMB"],
            ["✓", "DC belongs to this domain"],
            ["✓", "DC runs a Windows the password filter supports"],
            ["✓", "The Windows DC kit is on this computer"],
            ["✓", "Install account opens ADMIN$ over SMB"],
            ["✗", "Install account runs PowerShell over WinRM"],
        ]
        assert "WinRM" in rows[-1][2]

        QTest.mouseClick(page.install_button, Qt.MouseButton.LeftButton)
        await log_in(page, dc.admin_password)
        await wait_until(lambda: page.install_button.isEnabled() and "Prerequisites" in page.message.text(), 60)
        assert page.table.item(row, COL_STATE).text() == "Not installed"
        assert ConfigStore(dc_paths.config_file).load().password_sync.domain_controllers == []
        assert list((dc.dir / "admin-share" / "System32").glob("identity_connect*")) == []
        window.hide()

    qloop.run_until_complete(scenario())


def test_the_changes_the_cloud_did_not_accept_are_listed(
    dc_paths: AgentPaths,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    ledger = DeliveryLedger(dc_paths.state_dir / LEDGER_FILE)
    key = X25519PrivateKey.generate()

    async def managed(guid: str) -> str | None:
        return "cloud-id"

    asyncio.run(PasswordDelivery(ledger, key, managed, EchoingTenant()).deliver(_change(key, "Sh0rt!", "5", "zoe@x")))
    ledger.close()
    asyncio.set_event_loop(qloop)
    window = SettingsWindow(AgentBridge(), dc_paths)

    async def scenario() -> None:
        page = window.open_page("password_sync")
        assert isinstance(page, PasswordSyncPage)
        await wait_until(lambda: page.rejected_table.rowCount() == 1, what="rejections read")
        assert page.rejected_box.title() == "Not accepted by the cloud"
        assert not page.rejected_box.isHidden()
        cells = [page.rejected_table.item(0, c).text() for c in range(3)]
        assert cells[:2] == ["zoe@x", "'***' is too short"] and cells[2]
        assert "1 password change" in page.rejected_count.text()
        assert "Sh0rt!" not in "".join(cells) + page.rejected_count.text()

    qloop.run_until_complete(scenario())
