"""The directory connection form: domain, domain controllers, bind identity, password, transport security.

Fields: domain name; domain controllers (several, in order of preference; "Suggest" asks the owner for DNS SRV
suggestions through :attr:`sig_suggest_requested`); bind DN or UPN; password with show/hide; LDAPS (default),
StartTLS or unencrypted LDAP (which needs an explicit consent box); an optional CA file. Each field is checked
as it is typed by the ``check`` callable the owner passes in (for example the FQDN rule: with TLS a DC must be
named by the fully qualified name its certificate carries), and the problems are shown inline under the field.

The form does no I/O: :meth:`values` returns what was entered as the core's
:class:`app.setup.directory.DirectoryInput` (the password as ``SecretStr``), :meth:`set_values` fills it in (the
settings window edits an existing configuration with it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ldap.settings import TransportSecurity
from app.setup.directory import DirectoryInput
from ui.i18n import Retranslatable


@dataclass(frozen=True)
class FieldProblem:
    """A problem with one field: ``field`` is domain / domain_controllers / bind_identity / password /
    security / ca_file, ``message`` is already translated."""

    field: str
    message: str


#: Given the values, return the problems (translated). Called on every edit, so it must be fast and offline.
FormCheck = Callable[[DirectoryInput], Sequence[FieldProblem]]


class DirectoryConnectionForm(Retranslatable, QWidget):
    sig_changed = Signal()
    """Any field changed; :meth:`problems` is up to date."""
    sig_suggest_requested = Signal(str)
    """The admin asked for domain controller suggestions (argument: the domain name typed so far)."""

    def __init__(self, parent: QWidget | None = None, *, check: FormCheck | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._problems: list[FieldProblem] = []

        self.domain_edit = QLineEdit(self)
        self.domain_edit.setObjectName("domainEdit")
        self.dc_list = QListWidget(self)
        self.dc_list.setObjectName("dcList")
        self.dc_list.setMaximumHeight(90)
        self.dc_edit = QLineEdit(self)
        self.dc_edit.setObjectName("dcEdit")
        self.dc_add_button = QPushButton(self)
        self.dc_add_button.setObjectName("dcAddButton")
        self.dc_remove_button = QPushButton(self)
        self.dc_remove_button.setObjectName("dcRemoveButton")
        self.dc_suggest_button = QPushButton(self)
        self.dc_suggest_button.setObjectName("dcSuggestButton")
        self.bind_edit = QLineEdit(self)
        self.bind_edit.setObjectName("bindEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QAction(self)
        self.show_password.setObjectName("showPasswordAction")
        self.show_password.setCheckable(True)
        self.show_password.setIcon(QIcon.fromTheme("view-reveal-symbolic", QIcon.fromTheme("document-preview")))
        self.password_edit.addAction(self.show_password, QLineEdit.ActionPosition.TrailingPosition)
        # The line edit shows the action as a tool button of its own; name it like every other control.
        self.show_password_button = self.password_edit.findChildren(QToolButton)[-1]
        self.show_password_button.setObjectName("showPasswordButton")
        self.show_password_box = QCheckBox(self)
        self.show_password_box.setObjectName("showPasswordBox")
        self.ldaps_radio = QRadioButton(self)
        self.ldaps_radio.setObjectName("ldapsRadio")
        self.starttls_radio = QRadioButton(self)
        self.starttls_radio.setObjectName("starttlsRadio")
        self.plain_radio = QRadioButton(self)
        self.plain_radio.setObjectName("plainRadio")
        self.security_group = QButtonGroup(self)
        for radio in (self.ldaps_radio, self.starttls_radio, self.plain_radio):
            self.security_group.addButton(radio)
        self.ldaps_radio.setChecked(True)
        self.allow_plain_box = QCheckBox(self)
        self.allow_plain_box.setObjectName("allowUnencryptedBox")
        self.ca_edit = QLineEdit(self)
        self.ca_edit.setObjectName("caFileEdit")
        self.ca_browse_button = QPushButton(self)
        self.ca_browse_button.setObjectName("caBrowseButton")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("formProblems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")

        self.domain_caption = QLabel(self)
        self.dc_caption = QLabel(self)
        self.bind_caption = QLabel(self)
        self.password_caption = QLabel(self)
        self.security_caption = QLabel(self)
        self.ca_caption = QLabel(self)
        for caption, buddy in (
            (self.domain_caption, self.domain_edit),
            (self.dc_caption, self.dc_edit),
            (self.bind_caption, self.bind_edit),
            (self.password_caption, self.password_edit),
            (self.ca_caption, self.ca_edit),
        ):
            caption.setBuddy(buddy)

        dc_row = QHBoxLayout()
        dc_row.addWidget(self.dc_edit, 1)
        dc_row.addWidget(self.dc_add_button)
        dc_row.addWidget(self.dc_remove_button)
        dc_row.addWidget(self.dc_suggest_button)
        dc_box = QVBoxLayout()
        dc_box.addLayout(dc_row)
        dc_box.addWidget(self.dc_list)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.show_password_box)
        security_box = QVBoxLayout()
        security_row = QHBoxLayout()
        for radio in (self.ldaps_radio, self.starttls_radio, self.plain_radio):
            security_row.addWidget(radio)
        security_row.addStretch(1)
        security_box.addLayout(security_row)
        security_box.addWidget(self.allow_plain_box)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_browse_button)
        form = QFormLayout()
        form.addRow(self.domain_caption, self.domain_edit)
        form.addRow(self.dc_caption, dc_box)
        form.addRow(self.bind_caption, self.bind_edit)
        form.addRow(self.password_caption, password_row)
        form.addRow(self.security_caption, security_box)
        form.addRow(self.ca_caption, ca_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)

        order = [
            self.domain_edit,
            self.dc_edit,
            self.dc_add_button,
            self.dc_remove_button,
            self.dc_suggest_button,
            self.dc_list,
            self.bind_edit,
            self.password_edit,
            self.show_password_box,
            self.ldaps_radio,
            self.starttls_radio,
            self.plain_radio,
            self.allow_plain_box,
            self.ca_edit,
            self.ca_browse_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

        for edit in (self.domain_edit, self.bind_edit, self.password_edit, self.ca_edit, self.dc_edit):
            edit.textChanged.connect(self._changed)
        self.dc_edit.returnPressed.connect(self._add_dc)
        self.dc_add_button.clicked.connect(self._add_dc)
        self.dc_remove_button.clicked.connect(self._remove_dc)
        self.dc_suggest_button.clicked.connect(lambda: self.sig_suggest_requested.emit(self.domain_edit.text().strip()))
        self.security_group.buttonToggled.connect(lambda *_: self._changed())
        self.allow_plain_box.toggled.connect(lambda *_: self._changed())
        self.show_password.toggled.connect(self._set_password_visible)
        self.show_password_box.toggled.connect(self._set_password_visible)
        self.ca_browse_button.clicked.connect(self._browse_ca)
        self.retranslate_ui()
        self._changed()

    # ---- values ----
    def domain_controllers(self) -> list[str]:
        hosts = [self.dc_list.item(i).text() for i in range(self.dc_list.count())]
        pending = self.dc_edit.text().strip()
        if pending and pending not in hosts:
            # A name typed but not yet added counts: nobody should lose it by pressing Next.
            hosts.append(pending)
        return hosts

    def values(self) -> DirectoryInput:
        security = TransportSecurity.LDAPS
        if self.starttls_radio.isChecked():
            security = TransportSecurity.STARTTLS
        elif self.plain_radio.isChecked():
            security = TransportSecurity.PLAIN
        ca = self.ca_edit.text().strip()
        return DirectoryInput(
            domain=self.domain_edit.text().strip(),
            domain_controllers=self.domain_controllers(),
            bind_identity=self.bind_edit.text().strip(),
            password=SecretStr(self.password_edit.text()),
            security=security,
            allow_unencrypted=self.allow_plain_box.isChecked(),
            ca_file=Path(ca).expanduser() if ca else None,
        )

    def set_values(self, values: DirectoryInput) -> None:
        self.domain_edit.setText(values.domain)
        self.set_domain_controllers(values.domain_controllers)
        self.bind_edit.setText(values.bind_identity)
        self.password_edit.setText(values.password.get_secret_value())
        {
            TransportSecurity.LDAPS: self.ldaps_radio,
            TransportSecurity.STARTTLS: self.starttls_radio,
            TransportSecurity.PLAIN: self.plain_radio,
        }[values.security].setChecked(True)
        self.allow_plain_box.setChecked(values.allow_unencrypted)
        self.ca_edit.setText(str(values.ca_file) if values.ca_file else "")
        self._changed()

    def set_domain_controllers(self, hosts: Sequence[str]) -> None:
        self.dc_list.clear()
        for host in hosts:
            self.dc_list.addItem(QListWidgetItem(host))
        self.dc_edit.clear()
        self._changed()

    def add_suggestions(self, hosts: Sequence[str]) -> None:
        """Add DNS suggestions that are not in the list yet (keeps the admin's own order first)."""
        present = set(self.domain_controllers())
        for host in hosts:
            if host not in present:
                self.dc_list.addItem(QListWidgetItem(host))
        self._changed()

    def problems(self) -> list[FieldProblem]:
        return list(self._problems)

    def is_complete(self) -> bool:
        values = self.values()
        filled = bool(values.domain and values.domain_controllers and values.bind_identity and values.has_password)
        return filled and not self._problems

    # ---- behaviour ----
    def _add_dc(self) -> None:
        host = self.dc_edit.text().strip()
        if host and host not in [self.dc_list.item(i).text() for i in range(self.dc_list.count())]:
            self.dc_list.addItem(QListWidgetItem(host))
        self.dc_edit.clear()
        self._changed()

    def _remove_dc(self) -> None:
        for item in self.dc_list.selectedItems() or [self.dc_list.currentItem()]:
            if item is not None:
                self.dc_list.takeItem(self.dc_list.row(item))
        self._changed()

    def _set_password_visible(self, visible: bool) -> None:
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        for toggle in (self.show_password, self.show_password_box):
            if toggle.isChecked() != visible:
                toggle.setChecked(visible)

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the CA certificate"), "", self.tr("Certificates (*.pem *.crt *.cer);;All files (*)")
        )
        if path:
            self.ca_edit.setText(path)

    def _changed(self) -> None:
        self.allow_plain_box.setVisible(self.plain_radio.isChecked())
        self._problems = list(self._check(self.values())) if self._check is not None else []
        self.problem_label.setText("\n".join(p.message for p in self._problems))
        self.problem_label.setVisible(bool(self._problems))
        self.sig_changed.emit()

    def retranslate_ui(self) -> None:
        self.domain_caption.setText(self.tr("&Domain name:"))
        self.domain_edit.setPlaceholderText(self.tr("e.g. corp.example.com"))
        self.domain_edit.setAccessibleName(self.tr("Domain name"))
        self.dc_caption.setText(self.tr("Domain &controllers:"))
        self.dc_edit.setPlaceholderText(self.tr("Fully qualified name, e.g. dc1.corp.example.com"))
        self.dc_edit.setAccessibleName(self.tr("Domain controller to add"))
        self.dc_list.setAccessibleName(self.tr("Domain controllers, in order of preference"))
        self.dc_add_button.setText(self.tr("Add"))
        self.dc_add_button.setAccessibleName(self.tr("Add domain controller"))
        self.dc_remove_button.setText(self.tr("Remove"))
        self.dc_remove_button.setAccessibleName(self.tr("Remove the selected domain controller"))
        self.dc_suggest_button.setText(self.tr("Find in DNS"))
        self.dc_suggest_button.setAccessibleName(self.tr("Find domain controllers in DNS"))
        self.bind_caption.setText(self.tr("&Bind account:"))
        self.bind_edit.setPlaceholderText(self.tr("UPN (user@corp.example.com) or DN"))
        self.bind_edit.setAccessibleName(self.tr("Bind account (UPN or DN)"))
        self.password_caption.setText(self.tr("&Password:"))
        self.password_edit.setAccessibleName(self.tr("Bind password"))
        self.show_password.setText(self.tr("Show password"))
        self.show_password_button.setAccessibleName(self.tr("Show password"))
        self.show_password_box.setText(self.tr("Show"))
        self.show_password_box.setAccessibleName(self.tr("Show password"))
        self.security_caption.setText(self.tr("Security:"))
        self.ldaps_radio.setText(self.tr("LDAPS (SSL, port 636)"))
        self.ldaps_radio.setAccessibleName(self.tr("LDAPS"))
        self.starttls_radio.setText(self.tr("StartTLS (port 389)"))
        self.starttls_radio.setAccessibleName(self.tr("StartTLS"))
        self.plain_radio.setText(self.tr("Unencrypted"))
        self.plain_radio.setAccessibleName(self.tr("Unencrypted LDAP"))
        self.allow_plain_box.setText(self.tr("I understand that passwords and directory data travel unencrypted"))
        self.allow_plain_box.setAccessibleName(self.tr("Allow unencrypted LDAP"))
        self.ca_caption.setText(self.tr("C&A certificate (optional):"))
        self.ca_edit.setPlaceholderText(self.tr("Only if your directory's certificate is from a private CA"))
        self.ca_edit.setAccessibleName(self.tr("CA certificate file"))
        self.ca_browse_button.setText(self.tr("Browse…"))
        self.ca_browse_button.setAccessibleName(self.tr("Choose the CA certificate file"))
        if self._check is not None:
            self._problems = list(self._check(self.values()))
            self.problem_label.setText("\n".join(p.message for p in self._problems))
