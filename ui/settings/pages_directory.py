"""Settings page Change LDAP settings: the wizard's directory form with the current values.

The password field left empty means "keep the stored one"; Save runs the staged diagnostics live in the
wizard's checklist and, only when every DC passes every stage, stores the settings (and a new password) with
:func:`app.admin.save_directory_settings`; the window then tells the running service to reload, which
reconnects without a restart. When the only problem is a private CA, "Trust this CA…" saves the CA the DC sends
(after the admin compared its fingerprint) in the agent's configuration folder, puts it in the CA file field and
checks the connection again; Save then stores it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app import admin
from app.admin import CaOfferStatus, DiagnosticRow, DirectoryInput, StageReport
from app.errors import IdentityConnectError
from app.ldap.settings import LdapSettings
from ui.errors import describe
from ui.settings.base import PageMessage, SettingsContext, SettingsPage
from ui.widgets.certificate import CaTrust, trust_note
from ui.widgets.diagnostics import DiagnosticsChecklist
from ui.widgets.directory_form import DirectoryConnectionForm, FieldProblem
from ui.widgets.stage_names import stage_label


class LdapSettingsPage(SettingsPage):
    page_id = "ldap"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ldapSettingsPage")
        self._saved: DirectoryInput | None = None
        self._current: LdapSettings | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = DirectoryConnectionForm(self, check=self._check_form)
        self.form.setObjectName("directoryForm")
        self.checklist = DiagnosticsChecklist(self)
        self.checklist.setVisible(False)
        self.checklist.trust_offered = True
        self.ca_trust = CaTrust(self)
        self.message = PageMessage(self, "ldapMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.checklist)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.form.sig_changed.connect(self.sig_changed)
        self.checklist.sig_trust_ca_requested.connect(lambda host: self.run_task(self.trust_ca(host)))
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Change LDAP settings")

    def _check_form(self, values: DirectoryInput) -> list[FieldProblem]:
        problems = [
            FieldProblem(issue.field, describe(issue.code, issue.details).text)
            for issue in admin.directory_issues(values)
        ]
        return problems

    async def load(self, context: SettingsContext) -> None:
        await super().load(context)
        self._current = context.config.ldap
        self._saved = DirectoryInput.from_settings(context.config.ldap)
        self.form.set_values(self._saved)
        self.checklist.setVisible(False)
        self.sig_changed.emit()

    def has_changes(self) -> bool:
        if self._saved is None:
            return False
        values = self.form.values()
        return values.has_password or values != self._saved

    def _settings(self, values: DirectoryInput) -> LdapSettings:
        assert self._current is not None
        # Keep what the form does not show (port, timeouts, base DN, DNS server) from the stored settings.
        return values.to_settings(keep=self._current)

    async def save(self) -> bool:
        context = self.context
        if context is None or self._current is None:
            return False
        values = self.form.values()
        self.form.setEnabled(False)
        try:
            if not await self._check(values):
                return False
            settings = self._settings(values)
            new_password = values.password.get_secret_value() or None
            config = await admin.save_directory_settings(context.paths, settings, new_password)
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            return False
        finally:
            self.form.setEnabled(True)
        context.config = config
        return True

    async def _check(self, values: DirectoryInput) -> bool:
        """Run the staged diagnostics live in the checklist; True when every DC passes every stage."""
        context = self.context
        assert context is not None
        self.checklist.reset([(row.key, self._row_label(row)) for row in admin.diagnostic_rows(values)])
        self.checklist.setVisible(True)
        self.message.show_error(None)
        try:
            await admin.check_directory(context.paths, values, self._on_stage)
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            return False
        return True

    def _row_label(self, row: DiagnosticRow) -> str:
        if not row.names_dc:
            return stage_label(row.stage)
        return (
            self.tr("%1: %2", "a domain controller, then one check made on it")
            .replace("%1", row.dc)
            .replace("%2", stage_label(row.stage))
        )

    async def trust_ca(self, host: str) -> bool:
        """ "Trust this CA…": True when a CA was saved (or already trusted) and the connection check then passed."""
        context = self.context
        if context is None or self._current is None:
            return False
        values = self.form.values()
        button = self.checklist.certificate_view.trust_button
        button.setEnabled(False)
        try:
            outcome = await self.ca_trust.run(self._settings(values), host, context.paths.config_dir)
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            return False
        finally:
            button.setEnabled(True)
        if outcome.status is CaOfferStatus.OTHER_PROBLEM and outcome.code:
            self.message.show_error(outcome.code, {"host": host})
            return False
        if outcome.cancelled:
            return False
        if outcome.status is CaOfferStatus.NOT_PRESENTED:
            self.message.show_note(lambda: trust_note(outcome, host))
            return False
        if outcome.path is not None:
            self.form.ca_edit.setText(str(outcome.path))
        self.form.setEnabled(False)
        try:
            passed = await self._check(self.form.values())
        finally:
            self.form.setEnabled(True)
        if passed:
            self.message.show_note(
                lambda: self.tr("The connection check passed with the trusted CA. Save to store the change.")
            )
        return passed

    def _on_stage(self, report: StageReport) -> None:
        failure = ""
        if report.status == "failed" and report.code:
            # What happened goes on the row; the title and what to do go in the message under the checklist.
            failure = describe(report.code, report.details).message
        self.checklist.show_report(report, failure=failure)

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Change how the agent reaches the directory. Leave the password empty to keep the stored one. "
                "Save checks the connection first and stores nothing unless every check passes; the running "
                "agent then reconnects without a restart."
            )
        )
