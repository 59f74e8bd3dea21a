"""The staged directory check as a checklist that fills in while the check runs.

Each row is one stage (name resolution, TCP connection, TLS, bind, search base, …): pending, running, passed,
failed or skipped, with a detail line and, on failure, what to do. When TLS fails, the certificate the server
offered is shown as an admin reads it (:class:`ui.widgets.certificate.CertificateDetails`); an owner that sets
:attr:`DiagnosticsChecklist.trust_offered` gets :attr:`DiagnosticsChecklist.sig_trust_ca_requested` when the admin
asks to trust the server's private CA.
Rows are given already translated: the owner (a wizard page, the settings window) maps the core's stage codes
to words through ``ui.errors``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.setup.flow import StageReport
from ui.i18n import Retranslatable
from ui.widgets.certificate import CertificateDetails


class StageStatus(Enum):
    PENDING = "pending"
    RUNNING = "running"
    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"


# What a finished stage's report says, as a row status (a running stage is handled apart).
_REPORT_STATUS = {"passed": StageStatus.PASSED, "failed": StageStatus.FAILED, "skipped": StageStatus.SKIPPED}

_MARKS = {
    StageStatus.PENDING: ("○", "#777777"),
    StageStatus.RUNNING: ("…", "#1a5fb4"),
    StageStatus.PASSED: ("✓", "#1e7d32"),
    StageStatus.FAILED: ("✗", "#b00020"),
    StageStatus.SKIPPED: ("–", "#777777"),
}


class _Row:
    def __init__(self, parent: QWidget, code: str, label: str) -> None:
        self.code = code
        self.status = StageStatus.PENDING
        self.mark = QLabel(parent)
        self.mark.setObjectName(f"stageMark_{code}")
        self.mark.setFixedWidth(22)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.label = QLabel(label, parent)
        self.label.setObjectName(f"stageLabel_{code}")
        self.detail = QLabel(parent)
        self.detail.setObjectName(f"stageDetail_{code}")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class DiagnosticsChecklist(Retranslatable, QWidget):
    sig_trust_ca_requested = Signal(str)
    """``(host: str)`` — the admin asked to trust the CA of this DC (only when :attr:`trust_offered`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsChecklist")
        self._rows: dict[str, _Row] = {}
        self._grid = QGridLayout()
        self._grid.setColumnStretch(1, 1)
        self._grid.setVerticalSpacing(2)
        #: The owner can trust a CA (it has somewhere to save it): offer "Trust this CA…" when that is the fix.
        self.trust_offered = False
        self.certificate_view = CertificateDetails(self)
        self.certificate_view.sig_trust_requested.connect(self.sig_trust_ca_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.certificate_view)
        self.show_certificate({})
        self.retranslate_ui()

    def reset(self, stages: Sequence[tuple[str, str]]) -> None:
        """Start over with these stages (code, translated name), all pending."""
        for row in self._rows.values():
            for widget in (row.mark, row.label, row.detail):
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = {}
        for index, (code, label) in enumerate(stages):
            row = _Row(self, code, label)
            self._rows[code] = row
            self._grid.addWidget(row.mark, index * 2, 0, 2, 1)
            self._grid.addWidget(row.label, index * 2, 1)
            self._grid.addWidget(row.detail, index * 2 + 1, 1)
            self._paint(row)
        self.show_certificate({})

    def set_label(self, code: str, label: str) -> None:
        if code in self._rows:
            self._rows[code].label.setText(label)

    def set_stage(self, code: str, status: StageStatus, detail: str = "") -> None:
        row = self._rows.get(code)
        if row is None:
            row = _Row(self, code, code)
            index = len(self._rows)
            self._rows[code] = row
            self._grid.addWidget(row.mark, index * 2, 0, 2, 1)
            self._grid.addWidget(row.label, index * 2, 1)
            self._grid.addWidget(row.detail, index * 2 + 1, 1)
        row.status = status
        row.detail.setText(detail)
        self._paint(row)

    def show_report(self, report: StageReport, *, failure: str = "") -> None:
        """Fill the row of ``report.stage`` from one live diagnostics report.

        ``failure`` is the row's text when the stage failed: a page with its own message under the checklist
        shows only what happened here, a page without one shows the whole message.
        """
        if report.status == "running":
            self.set_stage(report.stage, StageStatus.RUNNING, report.host or "")
            return
        detail = report.host or ""
        if report.status == "failed" and report.code:
            detail = failure
        elif report.status == "passed" and report.summary:
            detail = f"{detail} — {report.summary}" if detail else report.summary
        self.set_stage(report.stage, _REPORT_STATUS[report.status], detail)
        if report.certificate:  # TLS failed and the server's certificate could be read
            self.show_certificate(report.details)

    def status(self, code: str) -> StageStatus | None:
        row = self._rows.get(code)
        return row.status if row else None

    def statuses(self) -> dict[str, StageStatus]:
        return {code: row.status for code, row in self._rows.items()}

    def detail(self, code: str) -> str:
        row = self._rows.get(code)
        return row.detail.text() if row else ""

    def show_certificate(self, details: Mapping[str, object]) -> None:
        """Show the certificate a server offered (the TLS stage's details); empty hides it."""
        self.certificate_view.show_details(details, trust_offered=self.trust_offered)

    def _paint(self, row: _Row) -> None:
        mark, colour = _MARKS[row.status]
        row.mark.setText(f'<span style="color:{colour}; font-weight:bold">{mark}</span>')
        row.detail.setVisible(bool(row.detail.text()))
        names = {
            StageStatus.PENDING: self.tr("not yet checked"),
            StageStatus.RUNNING: self.tr("checking"),
            StageStatus.PASSED: self.tr("passed"),
            StageStatus.FAILED: self.tr("failed"),
            StageStatus.SKIPPED: self.tr("skipped"),
        }
        name = self.tr("%1: %2", "a check, then its state")
        row.mark.setAccessibleName(name.replace("%1", row.label.text()).replace("%2", names[row.status]))

    def retranslate_ui(self) -> None:
        self.certificate_view.setAccessibleName(self.tr("Certificate details"))
        for row in self._rows.values():
            self._paint(row)
