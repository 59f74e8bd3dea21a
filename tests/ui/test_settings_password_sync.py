"""Settings › Password sync against the Samba DC (an sshd on its loopback address) and an agent set up at the
sandbox: the domain and the DC list come from the directory; the switch and the tick box are saved to
config.json; Check prerequisites shows the DC's host key to confirm and a ✗ with its fix for an install account
that is no Domain Admin; Install then walks the state column to "restart Samba", Uninstall to "Uninstalled"."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.config import ConfigStore
from app.paths import AgentPaths
from app.pwsync.installer import SambaLayout, fingerprint
from app.secrets import SecretStore
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle
from tests.servers.sshd import SshServer, run_sshd
from tests.service.agent_setup import configure_agent
from tests.ui.conftest import wait_until
from ui.bridge import AgentBridge
from ui.settings.pages_password_sync import COL_DC, COL_STATE, PasswordSyncPage
from ui.settings.window import SettingsWindow

pytestmark = [pytest.mark.gui, pytest.mark.samba, pytest.mark.slow]

DC_NAME = f"dc1.{data.DOMAIN}"  # as the directory names the copy of the seeded DC


@pytest.fixture
def dc_sshd(samba_dc_fresh: SambaDC, tmp_path: Path) -> Iterator[SshServer]:
    with run_sshd(samba_dc_fresh.ip, tmp_path / "sshd") as server:
        yield server


@pytest.fixture
def configured(sandbox_tenant: SandboxTenantHandle, samba_dc_fresh: SambaDC, tmp_path: Path) -> Iterator[AgentPaths]:
    dc = samba_dc_fresh
    paths, _ = configure_agent(
        sandbox_tenant,
        tmp_path / "agent",
        ldap=dc.ldap_settings(bind_identity=dc.service_bind),
        bind_password=dc.service_password,
    )
    yield paths
    SecretStore(paths.profile).delete_all()


@pytest.fixture
def dc_agent_folder(tmp_path: Path) -> Iterator[Path]:
    """Where the DC agent is installed on the test DC; afterwards, a DC agent still running from it is stopped."""
    folder = tmp_path / "on-the-dc" / "identity-connect-dcagent"
    yield folder
    stop_dc_agent(folder)


def stop_dc_agent(folder: Path) -> None:
    """Stop the DC agent installed in ``folder`` if it still runs, as uninstall would have: a test that fails
    between install and uninstall would otherwise leave it running for good (the test DC has no systemd, so the
    install starts it as a background process of its own, in its own process group with its samba-tool)."""
    pid_file = folder / "dcagent.pid"
    try:
        pid = int(pid_file.read_text().strip())
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return  # never started, uninstalled, or already gone
    if str(folder / "dcagent.py").encode() not in command:
        return  # the number now belongs to another process
    try:
        os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            os.kill(pid, 0)
            time.sleep(0.1)
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def prepare(page: PasswordSyncPage, dc: SambaDC, server: SshServer, tmp_path: Path) -> None:
    """The test DC keeps Samba in its own folder, runs no systemd and answers SSH on its own address."""
    page.ssh_addresses[DC_NAME] = (server.ip, server.port)
    page.samba_layout = SambaLayout(
        samba_conf=str(dc.conf),
        gnupg_home=str(dc.dir / "gnupg"),
        install_dir=str(tmp_path / "on-the-dc" / "identity-connect-dcagent"),
        service_manager="process",
    )


async def log_in(page: PasswordSyncPage, server: SshServer, key_file: Path, *, restart: bool = False) -> None:
    """The admin compares the fingerprint, types the login and presses Enter."""
    await wait_until(lambda: page.login_dialog is not None and page.login_dialog.isVisible(), what="login dialog")
    dialog = page.login_dialog
    assert dialog is not None
    assert dialog.fingerprint_label.text() == fingerprint(server.host_key)
    assert not dialog.ok_button.isEnabled()  # nothing confirmed yet
    dialog.key_file.setFocus()
    QTest.keyClicks(dialog.key_file, str(key_file))
    dialog.confirm_key.setFocus()
    QTest.keyClick(dialog.confirm_key, Qt.Key.Key_Space)
    if restart:
        QTest.keyClick(dialog.restart, Qt.Key.Key_Space)
    assert dialog.ok_button.isEnabled() and dialog.user.text() == "root"
    QTest.keyClick(dialog.user, Qt.Key.Key_Return)


def state_text(page: PasswordSyncPage) -> str:
    item = page.table.item(0, COL_STATE)
    return item.text() if item is not None else ""


def test_check_install_and_uninstall_from_the_page(
    configured: AgentPaths,
    samba_dc_fresh: SambaDC,
    dc_sshd: SshServer,
    dc_agent_folder: Path,
    tmp_path: Path,
    qloop: qasync.QEventLoop,
) -> None:
    dc = samba_dc_fresh
    key_file = tmp_path / "root_key"
    key_file.write_text(dc_sshd.client_key)
    key_file.chmod(0o600)
    install_dir = dc_agent_folder
    asyncio.set_event_loop(qloop)
    window = SettingsWindow(AgentBridge(), configured)

    async def scenario() -> None:
        window.show()
        page = window.open_page("password_sync")
        assert isinstance(page, PasswordSyncPage)
        await wait_until(lambda: page.table.rowCount() == 1, what="DC list read")
        prepare(page, dc, dc_sshd, tmp_path)
        assert page.domain.text() == data.DOMAIN and page.domain.isReadOnly()
        assert page.table.item(0, COL_DC).text() == DC_NAME
        assert state_text(page) == "Not installed"

        # Switch and tick box from the keyboard, then Save.
        page.enabled.setFocus()
        QTest.keyClick(page.enabled, Qt.Key.Key_Space)
        page.table.setFocus()
        page.table.setCurrentCell(0, COL_DC)
        QTest.keyClick(page.table, Qt.Key.Key_Space)
        assert page.has_changes() and window.save_button.isEnabled()
        assert await window.save_page(page)
        settings = ConfigStore(configured.config_file).load().password_sync
        assert settings.enabled and [d.host for d in settings.domain_controllers] == [DC_NAME]

        # A non-admin install account: ✗ with its fix.
        page = window.page("password_sync")
        assert isinstance(page, PasswordSyncPage)
        await wait_until(lambda: page.table.rowCount() == 1, what="DC list read again")
        prepare(page, dc, dc_sshd, tmp_path)
        page.table.selectRow(0)
        page.account.setText("bob.brown")
        QTest.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
        await log_in(page, dc_sshd, key_file)
        await wait_until(lambda: page.last_check is not None and page.check_button.isEnabled(), 60, "check done")
        assert page.checks.isVisible()
        rows = [[page.checks.item(r, c).text() for c in range(3)] for r in range(page.checks.rowCount())]
        assert rows[0][:2] == ["✗", "Install account is a Domain Admin"]
        assert "add this one to Domain Admins" in rows[0][2]
        assert [r[0] for r in rows[1:]] == ["✓", "✓", "✓"]

        # Install with a Domain Admin's account: the state column ends at "restart Samba" (no systemd here).
        page.account.setText(f"Administrator@{data.DOMAIN}")
        page.install_button.setFocus()
        QTest.keyClick(page.install_button, Qt.Key.Key_Space)
        await log_in(page, dc_sshd, key_file)
        await wait_until(lambda: "restart Samba" in state_text(page), 90, "installed")
        assert (install_dir / "dcagent.py").exists()
        assert "Restart Samba on" in page.message.text()
        [row] = ConfigStore(configured.config_file).load().password_sync.domain_controllers
        assert row.state.value == "restart_needed"
        assert dc_sshd.client_key.splitlines()[1] not in configured.config_file.read_text()

        # Uninstall.
        await wait_until(lambda: page.uninstall_button.isEnabled(), what="buttons back")
        QTest.mouseClick(page.uninstall_button, Qt.MouseButton.LeftButton)
        await log_in(page, dc_sshd, key_file)
        await wait_until(lambda: state_text(page) == "Uninstalled", 60, "uninstalled")
        assert not install_dir.exists()
        assert "password hash gpg key ids" not in dc.conf.read_text()
        window.hide()

    qloop.run_until_complete(scenario())


def test_an_unreachable_dc_is_a_failed_row_and_install_says_why(
    configured: AgentPaths, samba_dc_fresh: SambaDC, tmp_path: Path, qloop: qasync.QEventLoop
) -> None:
    # No sshd on the DC: its management channel does not answer.
    asyncio.set_event_loop(qloop)
    window = SettingsWindow(AgentBridge(), configured)

    async def scenario() -> None:
        page = window.open_page("password_sync")
        assert isinstance(page, PasswordSyncPage)
        await wait_until(lambda: page.table.rowCount() == 1, what="DC list read")
        page.ssh_addresses[DC_NAME] = (samba_dc_fresh.ip, 22)
        page.table.selectRow(0)
        check = await page.check_selected()
        assert check is not None and page.login_dialog is None  # no host key, so no login asked
        rows = {page.checks.item(r, 1).text(): page.checks.item(r, 2).text() for r in range(page.checks.rowCount())}
        assert "no firewall blocks the port" in rows["DC answers on SSH"]
        assert page.checks.item(1, 0).text() == "✓"  # it is a DC of this domain
        assert not await page.install_selected()
        assert "SSH not reachable" in page.message.text()
        assert ConfigStore(configured.config_file).load().password_sync.domain_controllers == []
        assert state_text(page) == "Not installed"

    qloop.run_until_complete(scenario())


def test_the_status_window_shows_each_dc_agents_version_last_delivery_and_queue(qtbot: object, tmp_path: Path) -> None:
    import time

    from app.service.events import AgentState, AgentStatus
    from ui.i18n import format_moment
    from ui.status.window import StatusWindow

    window = StatusWindow(AgentBridge(), AgentPaths.resolve(tmp_path / "agent"))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    delivered = time.time() - 120
    # The rows as the service reports them (app.pwsync.service: reports()), through the status file's JSON.
    rows = [
        {"dc": DC_NAME, "state": "installed", "installed": True, "connected": True, "version": "1.4.0",
         "last_delivered_at": delivered, "queue": 3},
        {"dc": f"dc2.{data.DOMAIN}", "state": "install_initiated", "installed": False, "connected": False,
         "version": None, "last_delivered_at": None, "queue": None},
    ]  # fmt: skip
    status = AgentStatus.from_json({**AgentStatus(state=AgentState.IDLE).to_json(), "password_sync_agents": rows})
    window.set_status(status)
    table = window.psa_table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[3:] == ["Version", "Last password delivered", "Queue"]
    from datetime import datetime

    assert cells[0] == [DC_NAME, "Installed", "Connected", "1.4.0",
                        format_moment(datetime.fromtimestamp(delivered).astimezone()), "3"]  # fmt: skip
    assert cells[0][4].endswith("(2 min ago)")
    assert cells[1][1:] == ["Not installed", "Not connected", "—", "Never", "—"]
