"""The directory page: connection details, checked as typed; Next runs the staged diagnostics live.

When the only problem is a private CA this computer does not know, the checklist offers "Trust this CA…": the CA
the DC sends is shown with its fingerprint, saved in the agent's configuration folder on confirmation, put in
the CA file field, and the check runs again. A setup that is cancelled removes the CA file it saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.errors import IdentityConnectError
from app.ldap.tls_probe import CaOfferStatus
from app.setup.directory import DirectoryInput
from app.setup.flow import DiagnosticRow, SetupFlow, StageReport
from ui.errors import Action, describe
from ui.widgets.certificate import CaTrust, trust_note
from ui.widgets.diagnostics import DiagnosticsChecklist
from ui.widgets.directory_form import DirectoryConnectionForm, FieldProblem
from ui.widgets.stage_names import stage_label
from ui.wizard.base import AsyncPage, MessageLabel, make_busy_bar


class DirectoryPage(AsyncPage):
    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryPage")
        self._flow = flow
        self._checked: DirectoryInput | None = None
        self._rows: list[DiagnosticRow] = []
        self.form = DirectoryConnectionForm(self, check=self._check_form)
        self.form.setObjectName("directoryForm")
        self.progress = make_busy_bar(self, "directoryProgress")
        self.checklist = DiagnosticsChecklist(self)
        self.checklist.setVisible(False)
        self.checklist.trust_offered = True
        self.ca_trust = CaTrust(self)
        self.message = MessageLabel(self, "directoryMessage")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("directoryRetryButton")
        self.retry_button.setVisible(False)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(self.form)
        inner_layout.addWidget(self.progress)
        inner_layout.addWidget(self.checklist)
        inner_layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        inner_layout.addLayout(row)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("directoryScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.form.sig_changed.connect(self._form_changed)
        self.form.sig_suggest_requested.connect(self.suggest)
        self.retry_button.clicked.connect(self._run_check)
        self.checklist.sig_trust_ca_requested.connect(self.trust_ca)
        self.retranslate_ui()

    # ---- values ----
    def _check_form(self, values: DirectoryInput) -> Sequence[FieldProblem]:
        return [
            FieldProblem(issue.field, describe(issue.code, issue.details).text)
            for issue in self._flow.directory_issues(values)
        ]

    def _form_changed(self) -> None:
        if self._checked is not None and self._checked != self.form.values():
            self._checked = None
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.form.is_complete() and not self.busy()

    def validatePage(self) -> bool:
        if self._checked is not None and self._checked == self.form.values():
            return True
        self._run_check()
        return False

    # ---- DNS suggestions ----
    def suggest(self, domain: str) -> None:
        self.run_task(self._suggest(domain))

    async def _suggest(self, domain: str) -> None:
        self.form.dc_suggest_button.setEnabled(False)
        self.message.show_error(None)
        try:
            found = await self._flow.suggest_domain_controllers(domain)
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            return
        finally:
            self.form.dc_suggest_button.setEnabled(True)
        # DNS alone does not decide where the bind password goes: servers outside the domain stay unconfirmed
        # (listed here, not added) until the admin types one in.
        self.form.add_suggestions([target.host for target in found if target.in_domain])
        outside = [target.host for target in found if not target.in_domain]
        if outside:
            self.message.show_note(
                self.tr(
                    "Not added (unconfirmed): DNS also names %1, outside %2. Add a server by hand only if you "
                    "know it is one of your domain controllers."
                )
                .replace("%1", ", ".join(outside))
                .replace("%2", domain)
            )

    # ---- trusting a private CA ----
    def trust_ca(self, host: str) -> None:
        self.run_task(self._trust_ca(host))

    async def _trust_ca(self, host: str) -> None:
        values = self.form.values()
        button = self.checklist.certificate_view.trust_button
        button.setEnabled(False)
        self.progress.setVisible(True)
        try:
            outcome = await self.ca_trust.run(values.to_settings(), host, self._flow.paths.config_dir)
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            return
        finally:
            button.setEnabled(True)
            self.progress.setVisible(False)
        if outcome.status is CaOfferStatus.OTHER_PROBLEM and outcome.code:
            self.message.show_error(outcome.code, {"host": host})
            return
        if outcome.cancelled:
            return
        if outcome.path is not None:
            self.form.ca_edit.setText(str(outcome.path))
        self.message.show_note(trust_note(outcome, host))
        if outcome.path is not None or outcome.status is CaOfferStatus.ALREADY_TRUSTED:
            await self._diagnose(self.form.values())

    def trusted_ca_files(self) -> list[Path]:
        return list(self.ca_trust.saved)

    def discard_trusted_ca(self) -> None:
        """The setup was cancelled: remove the CA files "Trust this CA…" saved."""
        self.ca_trust.discard()

    # ---- diagnostics ----
    def _run_check(self) -> None:
        self.run_task(self._diagnose(self.form.values()))

    def _on_stage(self, report: StageReport) -> None:
        failure = ""
        if report.status == "failed" and report.code:
            # What happened goes on the row; the title and what to do go in the message under the checklist.
            failure = describe(report.code, report.details).message
        self.checklist.show_report(report, failure=failure)

    async def _diagnose(self, values: DirectoryInput) -> None:
        self.form.setEnabled(False)
        self.progress.setVisible(True)
        self.retry_button.setVisible(False)
        self.message.show_error(None)
        self._rows = self._flow.diagnostic_rows(values)
        self.checklist.reset([(row.key, self._row_label(row)) for row in self._rows])
        self.checklist.setVisible(True)
        self.completeChanged.emit()
        try:
            await self._flow.check_directory(values, self._on_stage)
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            self.retry_button.setVisible(describe(exc.code, exc.details).action is Action.RETRY)
            return
        finally:
            self.form.setEnabled(True)
            self.progress.setVisible(False)
        self._checked = values
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Connect to your directory"))
        self.setSubTitle(
            self.tr("Identity Connect reads users and groups with this account; a normal domain user is enough.")
        )
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry the directory check"))
        for row in self._rows:
            self.checklist.set_label(row.key, self._row_label(row))

    def _row_label(self, row: DiagnosticRow) -> str:
        if not row.names_dc:
            return stage_label(row.stage)
        return (
            self.tr("%1: %2", "a domain controller, then one check made on it")
            .replace("%1", row.dc)
            .replace("%2", stage_label(row.stage))
        )
