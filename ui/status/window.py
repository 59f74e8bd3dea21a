"""The status window: is sync healthy, what did the last runs do, and what to check when it is not.

Shows the agent's identity (device name, version, domain controllers, owner), Connected/Disconnected with
troubleshooting steps when disconnected (network/proxy/firewall, system clock with the detected skew, the
owner's sign-in, the service), the last successful sync and the next scheduled run, a progress bar while a
run is going, the last runs with their counts (a run opens into its per-object outcomes, exportable as
CSV), the password sync agents per DC as the tenant reports them, and under them the password changes the cloud
did not accept (how many, and the newest five as user — reason — time; hidden when there are none).

Everything it shows comes from the bridge's signals (the service's status and run events) and from the run
history and the password-sync ledger, read off the GUI thread (:func:`app.admin.recent_runs`,
:func:`app.pwsync.admin.rejections`). The buttons only ask: ``sig_*`` signals are
wired by the tray app to the settings window, the log viewer and Quit.
"""

from __future__ import annotations

import asyncio
import html
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app import admin
from app.admin import AgentState, AgentStatus, OutcomeRecord, RunRecord
from app.paths import AgentPaths
from app.pwsync import admin as pwsync_admin
from app.resources import icon_path
from ui import errors
from ui.bridge import AgentBridge
from ui.i18n import Retranslatable, format_datetime, format_moment
from ui.status import history

log = logging.getLogger(__name__)

#: The tray icon / status badge for each state of the agent.
STATE_ICONS: dict[AgentState, str] = {
    AgentState.STARTING: "tray-disconnected",
    AgentState.IDLE: "tray-connected",
    AgentState.SYNCING: "tray-syncing",
    AgentState.AWAITING_REVIEW: "tray-attention",
    AgentState.AWAITING_APPROVAL: "tray-attention",
    AgentState.ATTENTION: "tray-attention",
    AgentState.DISCONNECTED: "tray-disconnected",
    AgentState.STOPPED: "tray-disconnected",
}

RUN_COLUMNS = ("started", "mode", "result", "created", "updated", "disabled", "deleted", "failed")
#: How many of the changes the cloud did not accept are listed (the newest).
REJECTED_SHOWN = 5


def state_icon(state: AgentState) -> QIcon:
    return QIcon(str(icon_path(STATE_ICONS.get(state, "tray-disconnected"))))


def format_time(value: datetime | None) -> str:
    return format_datetime(value)  # the one date format of every window (ui.i18n)


class RunDetailsDialog(Retranslatable, QWidget):
    """One run's per-object outcomes in a table, with CSV export (a top-level, non-modal window)."""

    def __init__(self, paths: AgentPaths, run: RunRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("runDetailsDialog")
        self.paths = paths
        self.run = run
        self.records: list[OutcomeRecord] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("runSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("runOutcomesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportCsvButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeRunDetailsButton")
        self.export_note = QLabel(self)
        self.export_note.setObjectName("exportNote")
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_note, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.export_csv)
        self.close_button.clicked.connect(self.close)
        self.resize(760, 420)
        self.retranslate_ui()

    async def load(self) -> None:
        self.records = await admin.run_outcomes(self.paths, self.run.id)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            cells = (
                record.display_name,
                record.kind.value,
                record.category,
                record.reason,
                record.outcome.value,
                record.error_code or "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.retranslate_ui()

    @asyncSlot()
    async def export_csv(self) -> None:
        suggested = str(Path.home() / f"identity-connect-run-{self.run.id}.csv")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export run as CSV"), suggested, self.tr("CSV (*.csv)"))
        if not target:
            return
        self.export_button.setEnabled(False)
        try:
            rows = await admin.export_run_csv(self.paths, self.run.id, Path(target))
        except OSError as exc:
            self.export_note.setText(errors.describe_error(exc).text)
        else:
            self.export_note.setText(self.tr("%n object(s) exported.", "", rows))
        finally:
            self.export_button.setEnabled(True)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Run %1").replace("%1", str(self.run.id)))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Change"), self.tr("Reason"), self.tr("Outcome"),
             self.tr("Error")]
        )  # fmt: skip
        self.summary.setText(
            self.tr("Started %1 — %n object(s)", "", len(self.records)).replace("%1", format_time(self.run.started_at))
        )  # fmt: skip
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export this run's outcomes as CSV"))
        self.close_button.setText(self.tr("Close"))
        self.table.setAccessibleName(self.tr("Per-object outcomes"))


class StatusWindow(Retranslatable, QWidget):
    """The agent's status at a glance; see the module docstring."""

    sig_sync_now = Signal()
    """The admin asked for a run now. No arguments."""
    sig_open_settings = Signal(str)
    """``(page: str)`` — open the settings window at this page (``""`` = the first)."""
    sig_view_logs = Signal()
    """The admin asked for the log viewer. No arguments."""
    sig_quit = Signal()
    """The admin asked to stop the agent and quit. No arguments."""

    def __init__(self, bridge: AgentBridge, paths: AgentPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("statusWindow")
        self.bridge = bridge
        self.paths = paths
        self.status: AgentStatus | None = None
        self.clock_skew: float | None = None
        self.runs: list[RunRecord] = []
        self.details: RunDetailsDialog | None = None
        self.minimize_on_close = False  # no tray: closing must not leave an unreachable hidden window
        self._refresh_task: asyncio.Task[None] | None = None
        self._rejections_task: asyncio.Task[None] | None = None
        self.rejected: dict[str, Any] = {"count": 0, "recent": []}

        # --- header: state badge and words
        self.state_icon = QLabel(self)
        self.state_icon.setObjectName("stateIcon")
        self.state_icon.setFixedSize(40, 40)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("connectionState")
        font = self.state_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.state_label.setFont(font)
        self.state_detail = QLabel(self)
        self.state_detail.setObjectName("stateDetail")
        self.state_detail.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setVisible(False)
        # Shown only while a run waits for the admin: straight to Settings › Review.
        self.review_button = QPushButton(self)
        self.review_button.setObjectName("reviewNowButton")
        self.review_button.setVisible(False)
        detail_row = QHBoxLayout()
        detail_row.addWidget(self.state_detail, 1)
        detail_row.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)
        head_text = QVBoxLayout()
        head_text.addWidget(self.state_label)
        head_text.addLayout(detail_row)
        head = QHBoxLayout()
        head.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_text, 1)

        # --- troubleshooting (only while disconnected / needing attention)
        self.troubleshooting = QGroupBox(self)
        self.troubleshooting.setObjectName("troubleshooting")
        self.troubleshooting_steps = QLabel(self.troubleshooting)
        self.troubleshooting_steps.setObjectName("troubleshootingSteps")
        self.troubleshooting_steps.setWordWrap(True)
        self.troubleshooting_steps.setTextFormat(Qt.TextFormat.RichText)
        trouble_layout = QVBoxLayout(self.troubleshooting)
        trouble_layout.addWidget(self.troubleshooting_steps)

        # --- facts
        self.facts = QFormLayout()
        self.device_value = QLabel(self)
        self.device_value.setObjectName("deviceName")
        self.version_value = QLabel(self)
        self.version_value.setObjectName("agentVersion")
        self.dcs_value = QLabel(self)
        self.dcs_value.setObjectName("domainControllers")
        self.dcs_value.setWordWrap(True)
        self.owner_value = QLabel(self)
        self.owner_value.setObjectName("ownerEmail")
        self.last_sync_value = QLabel(self)
        self.last_sync_value.setObjectName("lastSync")
        self.next_run_value = QLabel(self)
        self.next_run_value.setObjectName("nextRun")
        self._fact_labels = [QLabel(self) for _ in range(6)]
        for caption, value in zip(
            self._fact_labels,
            (self.device_value, self.version_value, self.dcs_value, self.owner_value, self.last_sync_value,
             self.next_run_value),
            strict=True,
        ):  # fmt: skip
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption.setBuddy(value)
            self.facts.addRow(caption, value)

        # --- progress
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("runProgress")
        self.progress_label.setVisible(False)
        self.progress.setVisible(False)

        # --- runs
        self.runs_box = QGroupBox(self)
        self.runs_box.setObjectName("runsBox")
        self.runs_table = QTableWidget(0, len(RUN_COLUMNS), self.runs_box)
        self.runs_table.setObjectName("runsTable")
        self.runs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.runs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.runs_table.verticalHeader().setVisible(False)
        self.runs_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.runs_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.open_run_button = QPushButton(self.runs_box)
        self.open_run_button.setObjectName("openRunButton")
        self.open_run_button.setEnabled(False)
        self.export_run_button = QPushButton(self.runs_box)
        self.export_run_button.setObjectName("exportRunButton")
        self.export_run_button.setEnabled(False)
        run_buttons = QHBoxLayout()
        run_buttons.addStretch(1)
        run_buttons.addWidget(self.open_run_button)
        run_buttons.addWidget(self.export_run_button)
        runs_layout = QVBoxLayout(self.runs_box)
        runs_layout.addWidget(self.runs_table)
        runs_layout.addLayout(run_buttons)

        # --- password sync agents
        self.psa_box = QGroupBox(self)
        self.psa_box.setObjectName("passwordSyncAgentsBox")
        self.psa_table = QTableWidget(0, 6, self.psa_box)
        self.psa_table.setObjectName("passwordSyncAgentsTable")
        self.psa_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.psa_table.verticalHeader().setVisible(False)
        self.psa_table.horizontalHeader().setStretchLastSection(True)
        self.psa_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.psa_table.setMaximumHeight(110)
        self.psa_empty = QLabel(self.psa_box)
        self.psa_empty.setObjectName("passwordSyncAgentsEmpty")
        self.psa_empty.setWordWrap(True)
        # The password changes the cloud did not accept (never a value): how many, and the newest few.
        self.rejected_count = QLabel(self.psa_box)
        self.rejected_count.setObjectName("passwordSyncRejectedCount")
        self.rejected_table = QTableWidget(0, 3, self.psa_box)
        self.rejected_table.setObjectName("passwordSyncRejectedTable")
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_table.verticalHeader().setVisible(False)
        self.rejected_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rejected_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rejected_table.setMaximumHeight(150)
        self.rejected_count.setVisible(False)
        self.rejected_table.setVisible(False)
        psa_layout = QVBoxLayout(self.psa_box)
        psa_layout.addWidget(self.psa_table)
        psa_layout.addWidget(self.psa_empty)
        psa_layout.addWidget(self.rejected_count)
        psa_layout.addWidget(self.rejected_table)

        # --- actions
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("syncNowButton")
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("settingsButton")
        self.logs_button = QPushButton(self)
        self.logs_button.setObjectName("viewLogsButton")
        self.quit_button = QPushButton(self)
        self.quit_button.setObjectName("quitButton")
        actions = QHBoxLayout()
        actions.addWidget(self.sync_button)
        actions.addWidget(self.settings_button)
        actions.addWidget(self.logs_button)
        actions.addStretch(1)
        actions.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.notice)
        layout.addWidget(self.troubleshooting)
        layout.addLayout(self.facts)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.runs_box, 1)
        layout.addWidget(self.psa_box)
        layout.addLayout(actions)

        self.sync_button.clicked.connect(self.sig_sync_now)
        self.settings_button.clicked.connect(lambda: self.sig_open_settings.emit(""))
        self.review_button.clicked.connect(lambda: self.sig_open_settings.emit("review"))
        self.logs_button.clicked.connect(self.sig_view_logs)
        self.quit_button.clicked.connect(self.sig_quit)
        self.open_run_button.clicked.connect(self.open_selected_run)
        self.export_run_button.clicked.connect(self.export_selected_run)
        self.runs_table.itemSelectionChanged.connect(self._selection_changed)
        self.runs_table.cellActivated.connect(lambda row, _col: self.open_selected_run())
        self.runs_table.cellDoubleClicked.connect(lambda row, _col: self.open_selected_run())

        bridge.sig_status.connect(self.set_status)
        bridge.sig_run_started.connect(self._run_started)
        bridge.sig_progress.connect(self.set_progress)
        bridge.sig_run_finished.connect(self._run_finished)
        bridge.sig_clock_skew.connect(self._clock_skew)
        bridge.sig_error.connect(self._service_error)
        # "in 11 h" / "5 min ago" age while the window stays open; the service only reports changes.
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(60_000)
        self._clock_timer.timeout.connect(self._render_status)
        self._clock_timer.timeout.connect(self._refresh_rejections_if_shown)
        self._clock_timer.start()

        self.setTabOrder(self.review_button, self.sync_button)
        self.setTabOrder(self.sync_button, self.settings_button)
        self.setTabOrder(self.settings_button, self.logs_button)
        self.setTabOrder(self.logs_button, self.runs_table)
        self.setTabOrder(self.runs_table, self.open_run_button)
        self.setTabOrder(self.open_run_button, self.export_run_button)
        self.setTabOrder(self.export_run_button, self.psa_table)
        self.setTabOrder(self.psa_table, self.rejected_table)
        self.setTabOrder(self.rejected_table, self.quit_button)
        self.resize(780, 720)
        self.retranslate_ui()
        self.set_status(bridge.last_status or AgentStatus(state=AgentState.STARTING))

    # ---------------------------------------------------------------- data in

    def set_status(self, status: AgentStatus) -> None:
        self.status = status
        if status.clock_skew_seconds is not None:
            self.clock_skew = status.clock_skew_seconds
        if status.state is not AgentState.SYNCING:
            self.progress.setVisible(False)
            self.progress_label.setVisible(False)
        self._render_status()
        self._refresh_rejections_if_shown()  # a status change may come with a delivery

    def set_progress(self, run_id: str, phase: str, done: int, total: int) -> None:
        self.progress.setVisible(True)
        self.progress_label.setVisible(True)
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)  # busy indicator: the total is not known yet
        self.progress_label.setText(self._phase_text(phase))

    def show_notice(self, title: str, message: str = "") -> None:
        """A notification shown inside the window (the no-tray path has no desktop notifications): the title in
        bold on a line of its own, so no punctuation is glued between two translated texts."""
        text = (
            f"<b>{html.escape(title, quote=False)}</b>"
            + (f"<br>{html.escape(message, quote=False)}" if message else "")
            if title
            else ""
        )
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _run_started(self, run_id: str, mode: str) -> None:
        self.set_progress(run_id, "reading", 0, 0)

    def _run_finished(self, run_id: str, outcome: str, counts: object, error: str) -> None:
        self.progress.setVisible(False)
        self.progress_label.setVisible(False)
        self.refresh_runs()

    def _clock_skew(self, seconds: float) -> None:
        self.clock_skew = seconds
        self._render_status()

    def _service_error(self, code: str) -> None:
        message = errors.describe(code)
        self.state_detail.setText(message.text)

    # ---------------------------------------------------------------- runs

    def refresh_runs(self) -> None:
        """Re-read the run history (off the GUI thread)."""
        if self._refresh_task is not None and not self._refresh_task.done():
            self._refresh_task.cancel()
        self._refresh_task = asyncio.ensure_future(self.load_runs())

    async def load_runs(self, limit: int = 20) -> None:
        try:
            runs = await admin.recent_runs(self.paths, limit)
        except Exception as exc:  # a damaged or newer state file: say so in the box instead of crashing
            log.warning("cannot read the run history: %s", exc)
            self.runs_box.setToolTip(errors.describe_error(exc).text)
            return
        self.set_runs(runs)

    def set_runs(self, runs: list[RunRecord]) -> None:
        self.runs = list(runs)
        self.runs_table.setRowCount(len(self.runs))
        for row, run in enumerate(self.runs):
            summary = history.summarise_counts(run.counts)
            cells = [format_time(run.started_at), self._mode_text(run.mode), self._result_text(run)]
            cells += [str(summary[name]) for name in RUN_COLUMNS[3:]]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.runs_table.setItem(row, column, item)
        self._selection_changed()

    # ---------------------------------------------------------------- password changes not accepted

    def refresh_rejections(self) -> None:
        """Re-read the password changes the cloud did not accept (off the GUI thread)."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no event loop runs yet (the window is being built): the first show reads them
        if self._rejections_task is not None and not self._rejections_task.done():
            self._rejections_task.cancel()
        self._rejections_task = asyncio.ensure_future(self.load_rejections())

    def _refresh_rejections_if_shown(self) -> None:
        if self.isVisible():
            self.refresh_rejections()

    async def load_rejections(self) -> None:
        try:
            found = await asyncio.to_thread(pwsync_admin.rejections, self.paths, REJECTED_SHOWN)
        except Exception as exc:  # the ledger's reader says "unreadable" itself; anything else: keep what is shown
            log.warning("cannot read the password changes the cloud did not accept: %s", exc)
            return
        self.set_rejections(found)

    def set_rejections(self, found: dict[str, Any]) -> None:
        """``found`` as :func:`app.pwsync.admin.rejections` gives it: ``count`` and the ``recent`` ones."""
        self.rejected = found
        count = int(found.get("count") or 0)
        recent = list(found.get("recent") or [])[:REJECTED_SHOWN]
        self.rejected_count.setText(self.tr("Not accepted by the cloud: %1").replace("%1", str(count)))
        self.rejected_count.setAccessibleName(self.rejected_count.text())
        self.rejected_table.setRowCount(len(recent))
        for row, item in enumerate(recent):
            at = item.get("at")
            moment = datetime.fromtimestamp(float(at)).astimezone() if isinstance(at, int | float) else None
            cells = (
                str(item.get("user") or ""),
                errors.rejection_text(*pwsync_admin.rejection_reason(str(item.get("reason") or ""))),
                format_time(moment),
            )
            for column, text in enumerate(cells):
                self.rejected_table.setItem(row, column, QTableWidgetItem(text))
        self.rejected_count.setVisible(count > 0)
        self.rejected_table.setVisible(count > 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_rejections()

    def selected_run(self) -> RunRecord | None:
        rows = self.runs_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.runs[rows[0].row()]

    def _selection_changed(self) -> None:
        has = self.selected_run() is not None
        self.open_run_button.setEnabled(has)
        self.export_run_button.setEnabled(has)

    @asyncSlot()
    async def open_selected_run(self) -> None:
        run = self.selected_run()
        if run is None:
            return
        if self.details is not None:
            self.details.close()
            self.details.deleteLater()
        self.details = RunDetailsDialog(self.paths, run, self)
        await self.details.load()
        self.details.show()
        self.details.raise_()

    @asyncSlot()
    async def export_selected_run(self) -> None:
        run = self.selected_run()
        if run is None:
            return
        dialog = RunDetailsDialog(self.paths, run, self)
        try:
            await dialog.export_csv()
        finally:
            dialog.deleteLater()

    # ---------------------------------------------------------------- words

    def _phase_text(self, phase: str) -> str:
        return {
            "reading": self.tr("Reading the directory and the tenant…"),
            "planning": self.tr("Working out the changes…"),
            "applying": self.tr("Applying changes…"),
        }.get(phase, self.tr("Working…"))

    def _mode_text(self, mode: str) -> str:
        return {
            "scheduled": self.tr("Scheduled"),
            "manual": self.tr("Manual"),
            "review": self.tr("Reviewed"),
            "approved": self.tr("Approved"),
            "preview": self.tr("Preview"),
        }.get(mode, mode)

    def _result_text(self, run: RunRecord) -> str:
        texts = {
            "running": self.tr("Running"),
            "completed": self.tr("Completed"),
            "partial": self.tr("Completed with errors"),
            "stopped": self.tr("Waiting for approval"),
            "aborted": self.tr("Aborted"),
            "interrupted": self.tr("Interrupted"),
        }
        if run.status.value == "stopped" and run.error_code == "first_run_review":
            return self.tr("Waiting for review")
        return texts.get(run.status.value, run.status.value)

    def _health_text(self, status: AgentStatus) -> str:
        """What the agent is doing or needs, beside the connection state."""
        state = status.state
        if state is AgentState.SYNCING:
            return self.tr("Syncing…")
        if state is AgentState.IDLE:
            if not status.connected:
                return ""
            return " ".join(
                t for t in (self.tr("Sync is healthy."), self._watch_text(status), self._deletion_text(status)) if t
            )
        if state is AgentState.AWAITING_REVIEW:
            return self.tr("Needs attention: the first sync is waiting for your review in Settings › Review.")
        if state is AgentState.AWAITING_APPROVAL and status.detail == "source_not_visible":
            return self.tr(
                "Needs attention: managed users are no longer visible to the bind account, so the sync stopped "
                "before writing. Check the bind account's read rights; Settings › Review names the OUs."
            )
        if state is AgentState.AWAITING_APPROVAL:
            return self.tr(
                "Needs attention: a sync stopped before disabling or deleting more users than the safety "
                "threshold allows. Approve or reject it in Settings › Review."
            )
        if state is AgentState.STOPPED:
            return self.tr("The agent service is not running.")
        if status.detail:
            prefix = self.tr("Needs attention:") if state is AgentState.ATTENTION else ""
            where = {"path": status.problem_file, "line": status.problem_line} if status.problem_file else None
            return f"{prefix} {errors.describe(status.detail, where).text}".strip()
        return self.tr("Needs attention.") if state is AgentState.ATTENTION else ""

    def _deletion_text(self, status: AgentStatus) -> str:
        """How soon a deletion in the directory reaches the cloud (only when it is not at the next run)."""
        if status.deletion_detection != "presence":
            return ""
        minutes = status.presence_check_minutes or 0
        if not minutes:
            return ""  # the anchors in scope are listed at every run: deletions are seen at once
        return self.tr(
            "Deleted users are found by a check every %n minute(s): the bind account may not read deleted "
            "objects (admin guide: \u201cHow deletions are found\u201d).",
            "",
            minutes,
        )

    def _watch_text(self, status: AgentStatus) -> str:
        """Whether directory changes reach the cloud in seconds: the DC watched, or why not."""
        host, reason = status.watch_host or "", status.watch_reason
        if host and status.watch_method == "polling":
            return self.tr("Checking %1 for changes regularly (it sends no change notifications).").replace("%1", host)
        if host:
            return self.tr("Watching %1 for changes.").replace("%1", host)
        if reason == "watch_off":
            return self.tr("Not watching for changes (turned off): changes sync at the scheduled time.")
        if reason in (None, "watch_starting"):
            return ""
        if reason == "watch_ended":
            return self.tr("The domain controller ended the change notifications; reconnecting.")
        return self.tr("Not watching for changes: %1 Reconnecting.").replace("%1", errors.describe(reason).text)

    def _troubleshooting_html(self) -> str:
        skew = self.clock_skew
        if skew is not None and abs(skew) >= 1:
            seconds = round(abs(skew))
            minutes = round(abs(skew) / 60)
            # Whole sentences: "ahead of" / "behind" and the unit cannot be glued in by code in every language.
            if skew > 0 and seconds < 60:
                clock = self.tr(
                    "Check the system date and time: this computer's clock is %n second(s) ahead of the tenant's.",
                    "",
                    seconds,
                )
            elif skew > 0:
                clock = self.tr(
                    "Check the system date and time: this computer's clock is %n minute(s) ahead of the tenant's.",
                    "",
                    minutes,
                )
            elif seconds < 60:
                clock = self.tr(
                    "Check the system date and time: this computer's clock is %n second(s) behind the tenant's.",
                    "",
                    seconds,
                )
            else:
                clock = self.tr(
                    "Check the system date and time: this computer's clock is %n minute(s) behind the tenant's.",
                    "",
                    minutes,
                )
        else:
            clock = self.tr("Check the system date and time (no clock difference detected so far).")
        owner = self.status.owner_email if self.status and self.status.owner_email else ""
        signin = (
            self.tr("Check that the owner's sign-in (%1) is still valid; if not, use Change ownership.").replace(
                "%1", owner
            )
            if owner
            else self.tr("Check that the owner's sign-in is still valid; if not, use Change ownership.")
        )
        steps = [
            self.tr("Check the network, proxy and firewall between this computer and the tenant."),
            clock,
            signin,
            self.tr("Check that the agent service is running (the tray icon, or identity-connect-agent status)."),
        ]
        items = "".join(f"<li>{html.escape(step, quote=False)}</li>" for step in steps)
        return f"<ol style='margin-left:12px'>{items}</ol>"

    def _render_status(self) -> None:
        status = self.status
        if status is None:
            return
        connected = status.connected and status.state not in (AgentState.DISCONNECTED, AgentState.STOPPED)
        starting = status.state is AgentState.STARTING and not connected
        if starting:
            title = self.tr("Starting…")
        elif connected and status.state is AgentState.AWAITING_REVIEW:
            title = self.tr("Waiting for review")  # what the warning icon beside it means, not "Connected"
        elif connected and status.state is AgentState.AWAITING_APPROVAL:
            title = self.tr("Waiting for approval")
        else:
            title = self.tr("Connected") if connected else self.tr("Disconnected")
        detail = self._health_text(status)
        self.state_label.setText(title)
        self.state_label.setAccessibleName(title)
        self.state_detail.setText(detail)
        self.state_detail.setVisible(bool(detail))
        shown = status.state if connected or status.state is AgentState.ATTENTION else AgentState.DISCONNECTED
        self.state_icon.setPixmap(state_icon(shown).pixmap(40, 40))
        self.troubleshooting.setVisible(not connected and not starting)
        self.troubleshooting_steps.setText(self._troubleshooting_html())
        self.device_value.setText(status.device_name or "—")
        self.version_value.setText(status.version or "—")
        self.dcs_value.setText(", ".join(status.domain_controllers) or "—")
        self.owner_value.setText(status.owner_email or "—")
        self.last_sync_value.setText(format_moment(status.last_sync) if status.last_sync else self.tr("Never"))
        self.next_run_value.setText(format_moment(status.next_run))
        self._render_password_agents(status.password_sync_agents)
        self.sync_button.setEnabled(status.state not in (AgentState.SYNCING, AgentState.STOPPED))
        self.review_button.setVisible(status.state in (AgentState.AWAITING_REVIEW, AgentState.AWAITING_APPROVAL))

    def _render_password_agents(self, agents: list[dict[str, Any]]) -> None:
        self.psa_table.setRowCount(len(agents))
        for row, agent in enumerate(agents):
            installed = agent.get("installed")
            connected = agent.get("connected")
            delivered = agent.get("last_delivered_at")  # seconds since the epoch, as the receiver keeps it
            if isinstance(delivered, int | float):
                delivered = datetime.fromtimestamp(delivered).astimezone()
            queue = agent.get("queue")
            cells = (
                str(agent.get("dc", "")),
                self.tr("Installed") if installed else self.tr("Not installed"),
                self.tr("Connected") if connected else self.tr("Not connected"),
                str(agent.get("version") or "—"),
                format_moment(delivered) if isinstance(delivered, datetime) else self.tr("Never"),
                str(queue) if isinstance(queue, int) else "—",
            )
            for column, text in enumerate(cells):
                self.psa_table.setItem(row, column, QTableWidgetItem(text))
        self.psa_table.setVisible(bool(agents))
        self.psa_empty.setVisible(not agents)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Identity Connect — Status"))
        captions = (
            self.tr("Device name:"),
            self.tr("Agent version:"),
            self.tr("Domain controllers:"),
            self.tr("Owner:"),
            self.tr("Last successful sync:"),
            self.tr("Next scheduled run:"),
        )
        for label, text in zip(self._fact_labels, captions, strict=True):
            label.setText(text)
        self.troubleshooting.setTitle(self.tr("Troubleshooting"))
        self.runs_box.setTitle(self.tr("Last runs"))
        self.runs_table.setHorizontalHeaderLabels(
            [self.tr("Started"), self.tr("Type"), self.tr("Result"), self.tr("Created"), self.tr("Updated"),
             self.tr("Disabled"), self.tr("Deleted"), self.tr("Failed")]
        )  # fmt: skip
        self.runs_table.setAccessibleName(self.tr("Last runs"))
        self.open_run_button.setText(self.tr("Open run…"))
        self.open_run_button.setAccessibleName(self.tr("Open the selected run's per-object outcomes"))
        self.export_run_button.setText(self.tr("Export CSV…"))
        self.export_run_button.setAccessibleName(self.tr("Export the selected run as CSV"))
        self.psa_box.setTitle(self.tr("Password sync agents"))
        self.psa_table.setHorizontalHeaderLabels([self.tr("Domain controller"), self.tr("Installation"),
                                                  self.tr("Connection"), self.tr("Version"),
                                                  self.tr("Last password delivered"),
                                                  self.tr("Queue")])  # fmt: skip
        self.psa_table.setAccessibleName(self.tr("Password sync agents per domain controller"))
        self.psa_empty.setText(self.tr("No password sync agent has been reported by the tenant."))
        self.rejected_table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Reason"), self.tr("Time")])
        self.rejected_table.setAccessibleName(self.tr("Password changes the cloud did not accept, newest first"))
        self.set_rejections(self.rejected)
        self.sync_button.setText(self.tr("&Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.review_button.setText(self.tr("&Review now…"))
        self.review_button.setAccessibleName(self.tr("Review the run that waits for you in Settings"))
        self.settings_button.setText(self.tr("S&ettings…"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.logs_button.setText(self.tr("View &logs…"))
        self.logs_button.setAccessibleName(self.tr("View logs"))
        self.quit_button.setText(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Stop the agent and quit"))
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.state_icon.setAccessibleName(self.tr("Agent state"))
        if self.runs:
            self.set_runs(self.runs)
        self._render_status()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The agent keeps running: with a tray the window just hides; without one it is minimised, since a
        # hidden window could not be brought back.
        event.ignore()
        if self.minimize_on_close:
            self.showMinimized()
        else:
            self.hide()


def ask_quit(parent: QWidget) -> bool:
    """Confirm stopping the agent (syncing stops until the program is started again)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("StatusWindow", "Quit Identity Connect"),
        QCoreApplication.translate(
            "StatusWindow", "Stop the agent? Sync stops until Identity Connect is started again."
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
