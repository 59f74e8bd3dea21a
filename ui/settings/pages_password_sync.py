"""Settings › Password sync: turn it on, choose the domain controllers, check them, install the DC agent.

- The switch and the tick boxes are the page's values: Save writes them to ``config.json``
  (:func:`app.pwsync.admin.set_enabled`, :func:`~app.pwsync.admin.choose_dcs`) and the window has the running
  agent reload, which then listens for DC agents.
- The domain comes from the LDAP settings (read-only); the DC list is read from the directory
  (:func:`~app.pwsync.admin.list_dcs`), each DC with its state: install initiated → installed → connected (from
  the running agent's status), or install failed with the cause; restart needed; uninstall initiated → uninstalled.
- Check prerequisites, Install and Uninstall act on the selected DC. On a Samba DC each first fetches the DC's
  SSH host key and opens :class:`SshLoginDialog`: the fingerprint to compare with the DC's own, the login (user
  with a key file or a password), and whether Samba may be restarted. On a Windows DC (by its operating system
  in the directory) :class:`WindowsLoginDialog` asks for the install account and its password (SMB + WinRM),
  and whether the DC may be restarted. The login is used for that one action and forgotten.
- "Not accepted by the cloud" lists the newest password changes the tenant refused (its password policy), each
  as user — reason — time, never a value; they are not retried (:func:`~app.pwsync.admin.rejections`).

Everything that touches the network runs in :mod:`app.pwsync.admin` (awaited on the GUI loop; its blocking parts
run in threads), so the window never waits. The words for the password-sync codes are in the GUI's one table,
:data:`ui.errors.WORDS`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import IdentityConnectError
from app.pwsync import admin
from app.pwsync.admin import DomainController, SambaLayout, SshLogin, WindowsLogin
from ui import errors
from ui.i18n import format_datetime
from ui.settings.base import PageMessage, SettingsContext, SettingsPage

# --------------------------------------------------------------------------------------------- login dialog


@dataclass(frozen=True)
class LoginInput:
    """What the admin typed into the login dialog; used once, never stored."""

    address: str
    port: int
    username: str
    key_file: Path | None
    password: SecretStr | None
    restart_samba: bool


def _ok_cancel(dialog: QDialog, name: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A login dialog's OK and Cancel, named ``<name>Buttons``, ``<name>Ok`` and ``<name>Cancel``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.setObjectName(f"{name}Buttons")
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setObjectName(f"{name}Ok")
    cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel_button.setObjectName(f"{name}Cancel")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok_button, cancel_button


def _file_row(field: QLineEdit, browse: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(browse)
    return row


def _assemble(dialog: QDialog, intro: QLabel, form: QFormLayout, restart: QCheckBox, buttons: QDialogButtonBox) -> None:
    """A login dialog from top to bottom: its introduction, the form, the restart option, OK and Cancel."""
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(restart)
    layout.addWidget(buttons)


class SshLoginDialog(QDialog):
    """The DC's SSH login for one action: the host key fingerprint to confirm, user + key file or password, and
    whether Samba may be restarted. OK is only available with the fingerprint confirmed and a login given."""

    def __init__(
        self, dc: str, address: str, port: int, key_fingerprint: str, *, install: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sshLoginDialog")
        self.setModal(True)
        self.dc = dc
        self.address = address
        self.port = port
        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setObjectName("hostKeyFingerprint")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setText(key_fingerprint)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.confirm_key = QCheckBox(self)
        self.confirm_key.setObjectName("confirmHostKey")
        self.user = QLineEdit(self)
        self.user.setObjectName("sshUser")
        self.user.setText("root")
        self.key_file = QLineEdit(self)
        self.key_file.setObjectName("sshKeyFile")
        self.browse = QPushButton(self)
        self.browse.setObjectName("sshKeyBrowse")
        self.password = QLineEdit(self)
        self.password.setObjectName("sshPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.restart = QCheckBox(self)
        self.restart.setObjectName("restartSamba")
        self.restart.setVisible(install)
        self.buttons, self.ok_button, self.cancel_button = _ok_cancel(self, "sshLogin")
        self.form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(
            self.form_labels, (self.fingerprint_label, self.user, self.key_file, self.password), strict=True
        ):
            label.setBuddy(field)
        self.form.addRow(self.form_labels[0], self.fingerprint_label)
        self.form.addRow("", self.confirm_key)
        self.form.addRow(self.form_labels[1], self.user)
        self.form.addRow(self.form_labels[2], _file_row(self.key_file, self.browse))
        self.form.addRow(self.form_labels[3], self.password)
        _assemble(self, self.intro, self.form, self.restart, self.buttons)
        self.browse.clicked.connect(self._browse)
        for signal in (self.user.textChanged, self.key_file.textChanged, self.password.textChanged):
            signal.connect(self._update)
        self.confirm_key.toggled.connect(self._update)
        self.retranslate_ui()
        self._update()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the SSH private key"), str(Path.home() / ".ssh"))
        if chosen:
            self.key_file.setText(chosen)

    def _update(self) -> None:
        has_secret = bool(self.key_file.text().strip() or self.password.text())
        self.ok_button.setEnabled(self.confirm_key.isChecked() and bool(self.user.text().strip()) and has_secret)

    def login_input(self) -> LoginInput:
        key = self.key_file.text().strip()
        return LoginInput(
            address=self.address,
            port=self.port,
            username=self.user.text().strip(),
            key_file=Path(key).expanduser() if key else None,
            password=SecretStr(self.password.text()) if self.password.text() and not key else None,
            restart_samba=self.restart.isChecked(),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("SSH login for %1").replace("%1", self.dc))
        self.intro.setText(
            self.tr("Compare this fingerprint of %1's SSH host key with the DC's own (ssh-keygen -lf "
                    "/etc/ssh/ssh_host_ed25519_key.pub on the DC). The login is used for this action only and is "
                    "not stored.").replace("%1", self.dc)
        )  # fmt: skip
        labels = (self.tr("Host key:"), self.tr("&User:"), self.tr("&Key file:"), self.tr("&Password:"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.fingerprint_label.setAccessibleName(self.tr("SSH host key fingerprint"))
        self.confirm_key.setText(self.tr("The &fingerprint matches the DC's own"))
        self.confirm_key.setAccessibleName(self.tr("The fingerprint matches the DC's own"))
        self.user.setAccessibleName(self.tr("SSH user"))
        self.key_file.setPlaceholderText(self.tr("Private key file (or give a password)"))
        self.key_file.setAccessibleName(self.tr("SSH private key file"))
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the SSH private key file"))
        self.password.setAccessibleName(self.tr("SSH password"))
        self.restart.setText(self.tr("&Restart Samba on the DC if the install needs it"))
        self.restart.setAccessibleName(self.tr("Restart Samba on the DC if the install needs it"))
        self.ok_button.setAccessibleName(self.tr("Log in and continue"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))


@dataclass(frozen=True)
class WindowsLoginInput:
    """The install account for a Windows DC as the admin typed it; used once, never stored."""

    account: str
    password: SecretStr
    winrm_http: bool
    ca_file: Path | None
    restart_dc: bool


class WindowsLoginDialog(QDialog):
    """A Windows DC's install account for one action (SMB to ADMIN$ and WinRM): a Domain Admin and its password,
    WinRM over HTTPS (or HTTP) with an optional CA file, and whether the DC may be restarted."""

    def __init__(self, dc: str, account: str, *, install: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("windowsLoginDialog")
        self.setModal(True)
        self.setMinimumWidth(600)  # the CA file's hint is one long line
        self.dc = dc
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.account = QLineEdit(self)
        self.account.setObjectName("windowsAccount")
        self.account.setText(account)
        self.password = QLineEdit(self)
        self.password.setObjectName("windowsPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = QLineEdit(self)
        self.ca_file.setObjectName("winrmCaFile")
        self.browse = QPushButton(self)
        self.browse.setObjectName("winrmCaBrowse")
        self.http = QCheckBox(self)
        self.http.setObjectName("winrmHttp")
        self.restart = QCheckBox(self)
        self.restart.setObjectName("restartDc")
        self.restart.setVisible(install)
        self.buttons, self.ok_button, self.cancel_button = _ok_cancel(self, "windowsLogin")
        self.form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.form_labels, (self.account, self.password, self.ca_file), strict=True):
            label.setBuddy(field)
        self.form.addRow(self.form_labels[0], self.account)
        self.form.addRow(self.form_labels[1], self.password)
        self.form.addRow(self.form_labels[2], _file_row(self.ca_file, self.browse))
        self.form.addRow("", self.http)
        _assemble(self, self.intro, self.form, self.restart, self.buttons)
        self.browse.clicked.connect(self._browse)
        for signal in (self.account.textChanged, self.password.textChanged):
            signal.connect(self._update)
        self.retranslate_ui()
        self._update()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the CA certificate of the DC's WinRM listener"))
        if chosen:
            self.ca_file.setText(chosen)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.account.text().strip()) and bool(self.password.text()))

    def login_input(self) -> WindowsLoginInput:
        ca = self.ca_file.text().strip()
        return WindowsLoginInput(
            account=self.account.text().strip(),
            password=SecretStr(self.password.text()),
            winrm_http=self.http.isChecked(),
            ca_file=Path(ca).expanduser() if ca else None,
            restart_dc=self.restart.isChecked(),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Install account for %1").replace("%1", self.dc))
        self.intro.setText(
            self.tr("%1 runs Windows: the password filter and the DC agent are copied over SMB (ADMIN$) and set up "
                    "over WinRM with a Domain Admin's account. The login is used for this action only and is not "
                    "stored.").replace("%1", self.dc)
        )  # fmt: skip
        labels = (self.tr("&Account:"), self.tr("&Password:"), self.tr("WinRM &CA file:"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.account.setPlaceholderText(self.tr("DOMAIN\\user or user@domain"))
        self.account.setAccessibleName(self.tr("Install account (a Domain Admin)"))
        self.password.setAccessibleName(self.tr("Install account's password"))
        self.ca_file.setPlaceholderText(self.tr("Optional: the CA of the DC's WinRM certificate"))
        self.ca_file.setAccessibleName(self.tr("CA file of the DC's WinRM certificate"))
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the CA file of the DC's WinRM certificate"))
        self.http.setText(self.tr("WinRM over &HTTP (port 5985) instead of HTTPS (5986)"))
        self.http.setAccessibleName(self.tr("WinRM over HTTP instead of HTTPS"))
        self.restart.setText(self.tr("&Restart the domain controller if the install needs it"))
        self.restart.setAccessibleName(self.tr("Restart the domain controller if the install needs it"))
        self.ok_button.setAccessibleName(self.tr("Log in and continue"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))


# --------------------------------------------------------------------------------------------- the page

COL_DC, COL_OS, COL_STATE = range(3)


class PasswordSyncPage(SettingsPage):
    page_id = "password_sync"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordSyncPage")
        #: Where Samba is on the DCs; the defaults fit Debian's and Ubuntu's packages (the command line
        #: has options for other layouts).
        self.samba_layout = SambaLayout()
        #: Where each DC's SSH server answers, when not on its own name.
        self.ssh_addresses: dict[str, tuple[str, int]] = {}
        #: Windows DCs: where SMB and WinRM answer, when not on the DC's own name; the kit copied to them
        #: (None: the default place, :func:`app.pwsync.admin.kit_dir`).
        self.windows_addresses: dict[str, str] = {}
        self.windows_kit_dir: Path | None = None
        self.dcs: list[DomainController] = []
        self.states: dict[str, dict[str, Any]] = {}
        self.rejected: dict[str, Any] = {"count": 0, "recent": []}
        self.last_check: admin.DcCheck | None = None
        self.login_dialog: SshLoginDialog | WindowsLoginDialog | None = None
        self._loading = False

        self.enabled = QCheckBox(self)
        self.enabled.setObjectName("passwordSyncEnabled")
        self.intro = QLabel(self)
        self.intro.setObjectName("passwordSyncIntro")
        self.intro.setWordWrap(True)
        self.domain = QLineEdit(self)
        self.domain.setObjectName("passwordSyncDomain")
        self.domain.setReadOnly(True)
        self.address = QLabel(self)
        self.address.setObjectName("passwordSyncAddress")
        self.address.setWordWrap(True)
        self.dc_box = QGroupBox(self)
        self.dc_box.setObjectName("passwordSyncDcBox")
        self.table = QTableWidget(0, 3, self.dc_box)
        self.table.setObjectName("passwordSyncDcTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_DC, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_OS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(170)
        self.reload_button = QPushButton(self.dc_box)
        self.reload_button.setObjectName("passwordSyncReloadDcs")
        self.account = QLineEdit(self.dc_box)
        self.account.setObjectName("passwordSyncInstallAccount")
        self.account_label = QLabel(self.dc_box)
        self.account_label.setBuddy(self.account)
        self.check_button = QPushButton(self.dc_box)
        self.check_button.setObjectName("passwordSyncCheck")
        self.install_button = QPushButton(self.dc_box)
        self.install_button.setObjectName("passwordSyncInstall")
        self.uninstall_button = QPushButton(self.dc_box)
        self.uninstall_button.setObjectName("passwordSyncUninstall")
        self.checks = QTableWidget(0, 3, self.dc_box)
        self.checks.setObjectName("passwordSyncChecks")
        self.checks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checks.verticalHeader().setVisible(False)
        self.checks.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.checks.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.checks.horizontalHeader().setStretchLastSection(True)
        self.checks.setWordWrap(True)
        self.checks.setMinimumHeight(150)
        self.checks.setVisible(False)
        self.rejected_box = QGroupBox(self)
        self.rejected_box.setObjectName("passwordSyncRejectedBox")
        self.rejected_count = QLabel(self.rejected_box)
        self.rejected_count.setObjectName("passwordSyncRejectedCount")
        self.rejected_count.setWordWrap(True)
        self.rejected_table = QTableWidget(0, 3, self.rejected_box)
        self.rejected_table.setObjectName("passwordSyncRejected")
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_table.verticalHeader().setVisible(False)
        self.rejected_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.rejected_table.horizontalHeader().setStretchLastSection(False)
        self.rejected_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rejected_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.rejected_table.setWordWrap(True)
        self.rejected_table.setMaximumHeight(150)
        rejected_layout = QVBoxLayout(self.rejected_box)
        rejected_layout.addWidget(self.rejected_count)
        rejected_layout.addWidget(self.rejected_table)
        self.rejected_box.setVisible(False)
        self.message = PageMessage(self, "passwordSyncMessage")

        account_row = QHBoxLayout()
        account_row.addWidget(self.account_label)
        account_row.addWidget(self.account, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.reload_button)
        actions.addStretch(1)
        actions.addWidget(self.check_button)
        actions.addWidget(self.install_button)
        actions.addWidget(self.uninstall_button)
        box = QVBoxLayout(self.dc_box)
        box.addWidget(self.table)
        box.addLayout(account_row)
        box.addLayout(actions)
        box.addWidget(self.checks)
        self.form = QFormLayout()
        self.domain_label = QLabel(self)
        self.domain_label.setBuddy(self.domain)
        self.form.addRow(self.domain_label, self.domain)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.enabled)
        layout.addLayout(self.form)
        layout.addWidget(self.address)
        layout.addWidget(self.dc_box)
        layout.addWidget(self.rejected_box)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.enabled.toggled.connect(self._changed)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload_button.clicked.connect(lambda: self.run_task(self.read_dcs()))
        self.check_button.clicked.connect(lambda: self.run_task(self.check_selected()))
        self.install_button.clicked.connect(lambda: self.run_task(self.install_selected()))
        self.uninstall_button.clicked.connect(lambda: self.run_task(self.uninstall_selected()))
        self.setTabOrder(self.enabled, self.table)
        self.setTabOrder(self.table, self.account)
        self.setTabOrder(self.account, self.reload_button)
        self.setTabOrder(self.reload_button, self.check_button)
        self.setTabOrder(self.check_button, self.install_button)
        self.setTabOrder(self.install_button, self.uninstall_button)
        self.retranslate_ui()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Password sync")

    # ------------------------------------------------------------------------------------ values

    async def load(self, context: SettingsContext) -> None:
        await super().load(context)
        self._loading = True
        try:
            self.enabled.setChecked(context.config.password_sync.enabled)
        finally:
            self._loading = False
        self.domain.setText(context.config.ldap.domain)
        self.retranslate_ui()
        await self.refresh_states()
        await self.read_dcs()

    def configured_hosts(self) -> list[str]:
        return [dc.host.lower() for dc in self.context.config.password_sync.domain_controllers] if self.context else []

    def chosen_hosts(self) -> list[str]:
        chosen = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_DC)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return chosen

    def has_changes(self) -> bool:
        if self.context is None:
            return False
        settings = self.context.config.password_sync
        listed = {dc.host or dc.name.lower() for dc in self.dcs}
        configured = {h for h in self.configured_hosts() if h in listed}
        return self.enabled.isChecked() != settings.enabled or set(self.chosen_hosts()) != configured

    async def save(self) -> bool:
        if self.context is None or not self.has_changes():
            return False
        paths, enabled, chosen = self.context.paths, self.enabled.isChecked(), self.chosen_hosts()
        listed = [dc.host for dc in self.dcs]
        # DCs the directory did not list this time (it could not be read) keep their place.
        keep = [h for h in self.configured_hosts() if h not in listed]

        def write() -> Any:
            admin.set_enabled(paths, enabled)
            return admin.choose_dcs(paths, chosen + keep)

        try:
            self.context.config = await asyncio.to_thread(write)
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            return False
        await self.refresh_states()
        return True

    def _changed(self) -> None:
        if not self._loading:
            self.sig_changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == COL_DC:
            self._changed()

    # ------------------------------------------------------------------------------------ directory

    async def refresh_states(self) -> None:
        """Each DC's state as config.json and the running agent's status say it."""
        if self.context is None:
            return
        paths = self.context.paths

        def read() -> tuple[Any, list[dict[str, Any]], dict[str, Any]]:
            config = admin.load(paths)
            return config, admin.status_rows(paths, config), admin.rejections(paths)

        try:
            config, rows, self.rejected = await asyncio.to_thread(read)
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            return
        self.context.config = config
        self.states = {str(row["dc"]): row for row in rows}
        host, port = admin.agent_address(config.password_sync)
        self._agent_address = f"{host}:{port}"
        self.retranslate_ui()
        self._render_states()

    async def read_dcs(self) -> None:
        if self.context is None:
            return
        self.reload_button.setEnabled(False)
        self.message.show_error(None)
        try:
            self.dcs = await admin.list_dcs(self.context.paths, self.context.config)
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            return
        finally:
            self.reload_button.setEnabled(True)
        self._render_dcs()

    def _render_dcs(self) -> None:
        chosen = set(self.configured_hosts())
        self._loading = True
        try:
            self.table.setRowCount(len(self.dcs))
            for row, dc in enumerate(self.dcs):
                host = dc.host or dc.name.lower()
                item = QTableWidgetItem(host)
                item.setData(Qt.ItemDataRole.UserRole, host)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if host in chosen else Qt.CheckState.Unchecked)
                self.table.setItem(row, COL_DC, item)
                self.table.setItem(row, COL_OS, QTableWidgetItem(f"{dc.os} {dc.os_version}".strip()))
                self.table.setItem(row, COL_STATE, QTableWidgetItem(""))
            if self.dcs and not self.table.selectedItems():
                self.table.selectRow(0)
        finally:
            self._loading = False
        self._render_states()
        self._update_buttons()

    def _render_states(self) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_DC)
            if item is None:
                continue
            host = str(item.data(Qt.ItemDataRole.UserRole))
            self._set_state_text(row, self.state_words(self.states.get(host)))

    def _render_rejected(self) -> None:
        """The newest changes the cloud did not accept: user — reason — time (never a value)."""
        recent = list(self.rejected.get("recent") or [])
        count = int(self.rejected.get("count") or 0)
        self.rejected_box.setVisible(count > 0)
        self.rejected_count.setText(
            self.tr("%n password change(s) not accepted by the cloud. Each was refused once and is not sent again; "
                    "the user's next password change is.", "", count)
        )  # fmt: skip
        self.rejected_table.setRowCount(len(recent))
        for row, item in enumerate(recent):
            at = float(item.get("at") or 0)
            cells = (
                str(item.get("user") or ""),
                self.rejection_words(str(item.get("reason") or "")),
                format_datetime(datetime.fromtimestamp(at, UTC) if at else None),  # the one date format of every window
            )
            for column, text in enumerate(cells):
                self.rejected_table.setItem(row, column, QTableWidgetItem(text))
        self.rejected_table.resizeRowsToContents()

    def rejection_words(self, reason: str) -> str:
        return errors.rejection_text(*admin.rejection_reason(reason))

    def _set_state_text(self, row: int, text: str) -> None:
        self.table.setItem(row, COL_STATE, QTableWidgetItem(text))

    def state_words(self, row: dict[str, Any] | None) -> str:
        if row is None:
            return self.tr("Not installed")
        state = str(row.get("state") or "")
        if state in ("installed", "restart_needed") and row.get("connected"):
            return self.tr("Connected")
        windows = self.platform(str(row.get("dc") or "")) == admin.WINDOWS
        words = {
            "not_installed": self.tr("Not installed"),
            "install_initiated": self.tr("Install initiated"),
            "installed": self.tr("Installed, not connected yet"),
            "restart_needed": self.tr("Installed; restart the DC")
            if windows
            else self.tr("Installed; restart Samba on the DC"),
            "uninstall_initiated": self.tr("Uninstall initiated"),
            "uninstalled": self.tr("Uninstalled"),
        }
        if state == "install_failed":
            cause = errors.describe(str(row.get("detail") or "install_step_failed")).title
            return self.tr("Install failed: %1").replace("%1", cause)
        return words.get(state, state)

    def step_words(self, step: str) -> str:
        words = {
            "connect": self.tr("Connecting…"),
            "check": self.tr("Checking prerequisites…"),
            "gpg_key": self.tr("Creating the DC's key…"),
            "smb_conf": self.tr("Configuring Samba…"),
            "copy": self.tr("Copying the agent…"),
            "service": self.tr("Starting the agent…"),
            "restart": self.tr("Restarting…"),
            "remove": self.tr("Removing the agent…"),
        }
        return words.get(step) or self.state_words({"state": step})

    # ------------------------------------------------------------------------------------ actions

    def selected_host(self) -> str | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if not rows:
            return None
        item = self.table.item(min(rows), COL_DC)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _row_of(self, host: str) -> int:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_DC)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == host:
                return row
        return -1

    def platform(self, host: str) -> str:
        """:data:`admin.WINDOWS` or :data:`admin.SAMBA`, by the DC's operating system as the directory lists it."""
        found = next((dc for dc in self.dcs if (dc.host or dc.name.lower()) == host), None)
        return admin.platform_of(found) if found is not None else admin.SAMBA

    def target(self, host: str) -> admin.Target:
        if self.platform(host) == admin.WINDOWS:
            return admin.Target(host, self.windows_addresses.get(host), kit_dir=self.windows_kit_dir)
        address, port = self.ssh_addresses.get(host, (host, admin.SSH_PORT))
        return admin.Target(host, address, port, self.samba_layout)

    def _update_buttons(self) -> None:
        selected = self.selected_host() is not None and self.context is not None
        for button in (self.check_button, self.install_button, self.uninstall_button):
            button.setEnabled(selected)

    def _busy(self, busy: bool) -> None:
        for button in (self.check_button, self.install_button, self.uninstall_button, self.reload_button):
            button.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    async def ask_login(self, target: admin.Target, key: str, *, install: bool) -> LoginInput | None:
        """Show the login dialog (not blocking the loop); None when the admin cancels."""
        dialog = SshLoginDialog(
            target.dc, target.address, target.ssh_port, admin.fingerprint(key), install=install, parent=self
        )
        self.login_dialog = dialog
        done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def finished(result: int) -> None:
            if not done.done():
                done.set_result(result)

        dialog.finished.connect(finished)
        dialog.open()
        try:
            accepted = await done == QDialog.DialogCode.Accepted.value
        finally:
            dialog.hide()
            dialog.deleteLater()
            self.login_dialog = None
        return dialog.login_input() if accepted else None

    async def ask_windows_login(self, target: admin.Target, *, install: bool) -> WindowsLoginInput | None:
        """Show the Windows login dialog (not blocking the loop); None when the admin cancels."""
        dialog = WindowsLoginDialog(target.dc, self.account.text().strip(), install=install, parent=self)
        self.login_dialog = dialog
        done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def finished(result: int) -> None:
            if not done.done():
                done.set_result(result)

        dialog.finished.connect(finished)
        dialog.open()
        try:
            accepted = await done == QDialog.DialogCode.Accepted.value
        finally:
            dialog.hide()
            dialog.deleteLater()
            self.login_dialog = None
        return dialog.login_input() if accepted else None

    @staticmethod
    def _windows_login(target: admin.Target, entered: WindowsLoginInput) -> WindowsLogin:
        return WindowsLogin(
            host=target.address,
            account=entered.account,
            password=entered.password,
            winrm_http=entered.winrm_http,
            ca_file=entered.ca_file,
        )

    async def _login(self, target: admin.Target, key: str, entered: LoginInput) -> SshLogin:
        private_key = None
        if entered.key_file is not None:
            path = entered.key_file
            private_key = SecretStr(await asyncio.to_thread(path.read_text, encoding="utf-8"))
        return SshLogin(
            host=target.address,
            username=entered.username,
            host_key=key,
            port=target.ssh_port,
            password=entered.password,
            private_key=private_key,
        )

    async def _host_key(self, target: admin.Target) -> str | None:
        try:
            return await admin.host_key(target.address, target.ssh_port)
        except IdentityConnectError:
            return None

    async def check_selected(self) -> admin.DcCheck | None:
        host = self.selected_host()
        if self.context is None or host is None:
            return None
        target = self.target(host)
        self._busy(True)
        self.message.show_error(None)
        try:
            login: SshLogin | WindowsLogin | None = None
            if self.platform(host) == admin.WINDOWS:
                typed = await self.ask_windows_login(target, install=False)
                if typed is not None:
                    login = self._windows_login(target, typed)
            elif (key := await self._host_key(target)) is not None:
                entered = await self.ask_login(target, key, install=False)
                if entered is not None:
                    login = await self._login(target, key, entered)
            check = await admin.check_dc(
                self.context.paths,
                target,
                install_account=self.account.text().strip() or None,
                login=login,
                config=self.context.config,
            )
        except (IdentityConnectError, OSError) as exc:
            self.message.show_error(exc)
            return None
        finally:
            self._busy(False)
        self.show_check(check)
        return check

    def show_check(self, check: admin.DcCheck) -> None:
        self.last_check = check
        windows = check.platform == admin.WINDOWS
        names = {
            admin.DOMAIN_ADMIN: self.tr("Install account is a Domain Admin"),
            admin.REACHABLE: self.tr("DC answers on SMB") if windows else self.tr("DC answers on SSH"),
            admin.JOINED: self.tr("DC belongs to this domain"),
            admin.CAPTURE: self.tr("DC runs a Windows the password filter supports")
            if windows
            else self.tr("DC can capture password changes"),
            admin.KIT: self.tr("The Windows DC kit is on this computer"),
            admin.SMB: self.tr("Install account opens ADMIN$ over SMB"),
            admin.WINRM: self.tr("Install account runs PowerShell over WinRM"),
        }
        self.checks.setRowCount(len(check.rows))
        for row, found in enumerate(check.rows):
            mark = {True: "✓", False: "✗", None: "–"}[found.ok]
            if found.ok:
                text = found.detail
            else:
                text = errors.describe(found.code).text
            self.checks.setItem(row, 0, QTableWidgetItem(mark))
            self.checks.setItem(row, 1, QTableWidgetItem(names.get(found.name, found.name)))
            self.checks.setItem(row, 2, QTableWidgetItem(text))
        self.checks.setVisible(True)
        # Row heights follow the wrapped fixes once the table has its width.
        self.checks.resizeRowsToContents()
        if check.ok:
            self.message.show_note(lambda: self.tr("%1 meets every prerequisite.").replace("%1", check.dc))

    async def install_selected(self) -> bool:
        return await self._install_or_uninstall(install=True)

    async def uninstall_selected(self) -> bool:
        return await self._install_or_uninstall(install=False)

    async def _install_or_uninstall(self, *, install: bool) -> bool:
        host = self.selected_host()
        if self.context is None or host is None:
            return False
        target = self.target(host)
        row = self._row_of(host)
        paths = self.context.paths
        self._busy(True)
        self.message.show_error(None)

        def progress(dc: str, what: str) -> None:
            if row >= 0:
                self._set_state_text(row, self.step_words(what))

        windows = self.platform(host) == admin.WINDOWS
        try:
            login: SshLogin | WindowsLogin
            if windows:
                typed = await self.ask_windows_login(target, install=install)
                if typed is None:
                    return False
                login = self._windows_login(target, typed)
                restarts = {"restart_dc": typed.restart_dc}
            else:
                key = await admin.host_key(target.address, target.ssh_port)
                entered = await self.ask_login(target, key, install=install)
                if entered is None:
                    return False
                login = await self._login(target, key, entered)
                restarts = {"restart_samba": entered.restart_samba}
            if install:
                result = await admin.install_dc(
                    paths,
                    target,
                    login,
                    install_account=self.account.text().strip() or None,
                    progress=progress,
                    **restarts,
                )
            else:
                result = await admin.uninstall_dc(paths, target, login, progress=progress, **restarts)
        except (IdentityConnectError, OSError) as exc:
            check = exc.details.get("check") if isinstance(exc, IdentityConnectError) else None
            if isinstance(check, admin.DcCheck):
                self.show_check(check)
            self.message.show_error(exc)
            await self.refresh_states()
            return False
        finally:
            self._busy(False)
        # The note first: the state column already says the restart is needed.
        if result.restart_needed and windows:
            self.message.show_note(
                lambda: self.tr("Restart %1 so Windows loads (or lets go of) the password filter.").replace("%1", host)
            )
        elif result.restart_needed:
            self.message.show_note(
                lambda: self.tr("Restart Samba on %1 (systemctl restart samba-ad-dc) so it keeps passwords for "
                                "capture.").replace("%1", host)
            )  # fmt: skip
        await self.refresh_states()
        if install and row >= 0 and (item := self.table.item(row, COL_DC)) is not None:
            # config.json now lists the DC as chosen: the tick box says so too.
            self._loading = True
            item.setCheckState(Qt.CheckState.Checked)
            self._loading = False
        # The running agent sees the changed config.json by itself and shows the DC's new state.
        return True

    # ------------------------------------------------------------------------------------ words

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr("When a user changes their password in the directory, the cloud account gets the same password "
                    "within seconds. An agent on each chosen domain controller sends the change; the password "
                    "exists only in memory on its way.")
        )  # fmt: skip
        self.enabled.setText(self.tr("&Turn on password sync"))
        self.enabled.setAccessibleName(self.tr("Turn on password sync"))
        self.domain_label.setText(self.tr("&Domain:"))
        self.domain.setAccessibleName(self.tr("Domain (from the LDAP settings)"))
        address = getattr(self, "_agent_address", "")
        self.address.setText(self.tr("Domain controller agents reach this agent at %1.").replace("%1", address))
        self.address.setVisible(bool(address))
        self.dc_box.setTitle(self.tr("Domain controllers"))
        self.table.setHorizontalHeaderLabels([self.tr("Domain controller"), self.tr("Operating system"),
                                              self.tr("State")])  # fmt: skip
        self.table.setAccessibleName(self.tr("Domain controllers: tick the ones that run a password-sync agent"))
        self.reload_button.setText(self.tr("Read the &list again"))
        self.reload_button.setAccessibleName(self.tr("Read the domain controllers from the directory again"))
        self.account_label.setText(self.tr("Install &account (AD):"))
        self.account.setPlaceholderText(self.tr("user@domain, to check Domain Admins membership"))
        self.account.setAccessibleName(self.tr("Install account to check for Domain Admins membership"))
        self.check_button.setText(self.tr("&Check prerequisites"))
        self.check_button.setAccessibleName(self.tr("Check the prerequisites of the selected domain controller"))
        self.install_button.setText(self.tr("&Install…"))
        self.install_button.setAccessibleName(
            self.tr("Install the password-sync agent on the selected domain controller")
        )
        self.uninstall_button.setText(self.tr("&Uninstall…"))
        self.uninstall_button.setAccessibleName(
            self.tr("Remove the password-sync agent from the selected domain controller")
        )
        self.checks.setHorizontalHeaderLabels(["", self.tr("Prerequisite"), self.tr("Found, or what to do")])
        self.checks.setAccessibleName(self.tr("Prerequisites of the selected domain controller"))
        self.message.setAccessibleName(self.tr("Password sync message"))
        self.rejected_box.setTitle(self.tr("Not accepted by the cloud"))
        self.rejected_table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Reason"), self.tr("Time")])
        self.rejected_table.setAccessibleName(self.tr("Password changes the cloud did not accept"))
        self._render_states()
        self._render_rejected()
