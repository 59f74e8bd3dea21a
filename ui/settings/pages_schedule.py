"""Settings page Schedule: daily / weekly (weekday) / monthly (day of month) at a time; the next run is shown
live."""

from __future__ import annotations

from datetime import datetime
from datetime import time as dtime

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QTimeEdit, QVBoxLayout, QWidget

from app import admin
from app.sync.settings import ScheduleFrequency, SyncSchedule
from ui.i18n import format_moment
from ui.settings.base import SettingsContext, SettingsPage, combo_box, select_data


class SchedulePage(SettingsPage):
    page_id = "schedule"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedulePage")
        self._saved: SyncSchedule | None = None
        self.frequency = combo_box(self, "frequency", [f.value for f in ScheduleFrequency])
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("scheduleTime")
        self.time_edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.weekday = QComboBox(self)
        self.weekday.setObjectName("weekday")
        for day in range(7):
            self.weekday.addItem("", day)
        self.day_of_month = QSpinBox(self)
        self.day_of_month.setObjectName("dayOfMonth")
        self.day_of_month.setRange(1, 31)
        self.next_run = QLabel(self)
        self.next_run.setObjectName("nextRun")
        self.note = QLabel(self)
        self.note.setObjectName("scheduleNote")
        self.note.setWordWrap(True)
        self._labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(
            self._labels, (self.frequency, self.time_edit, self.weekday, self.day_of_month, self.next_run), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.frequency.currentIndexChanged.connect(self._changed)
        self.time_edit.timeChanged.connect(self._changed)
        self.weekday.currentIndexChanged.connect(self._changed)
        self.day_of_month.valueChanged.connect(self._changed)
        self.retranslate_ui()
        self._changed()

    def title(self) -> str:
        return self.tr("Schedule")

    async def load(self, context: SettingsContext) -> None:
        await super().load(context)
        schedule = context.config.sync.schedule
        self._saved = schedule
        select_data(self.frequency, schedule.frequency.value)
        self.time_edit.setTime(QTime(schedule.time.hour, schedule.time.minute))
        self.weekday.setCurrentIndex(schedule.weekday)
        self.day_of_month.setValue(schedule.day_of_month)
        self._changed()

    def schedule(self) -> SyncSchedule:
        base = self._saved or SyncSchedule()
        qtime = self.time_edit.time()
        return base.model_copy(
            update={
                "frequency": ScheduleFrequency(self.frequency.currentData()),
                "time": dtime(qtime.hour(), qtime.minute()),
                "weekday": int(self.weekday.currentData()),
                "day_of_month": self.day_of_month.value(),
            }
        )

    def next_run_after(self, now: datetime | None = None) -> datetime:
        return self.schedule().next_run_after(now or datetime.now().astimezone())

    def has_changes(self) -> bool:
        return self._saved is not None and self.schedule() != self._saved

    def _changed(self) -> None:
        frequency = self.frequency.currentData()
        weekly, monthly = frequency == ScheduleFrequency.WEEKLY.value, frequency == ScheduleFrequency.MONTHLY.value
        for row, visible in ((2, weekly), (3, monthly)):
            self._form.setRowVisible(row, visible)
        when = self.next_run_after()
        self.next_run.setText(format_moment(when))  # the one date format of every window, and how soon
        self.sig_changed.emit()

    async def save(self) -> bool:
        if self.context is None:
            return False
        sync = self.context.config.sync.model_copy(update={"schedule": self.schedule()})
        self.context.config = await admin.save_sync(self.context.paths, sync)
        return True

    def retranslate_ui(self) -> None:
        self._labels[0].setText(self.tr("&Run:"))
        for index, text in enumerate((self.tr("Daily"), self.tr("Weekly"), self.tr("Monthly"))):
            self.frequency.setItemText(index, text)
        self.frequency.setAccessibleName(self.tr("How often"))
        self._labels[1].setText(self.tr("&At:"))
        self.time_edit.setAccessibleName(self.tr("Time of day"))
        # The time as every window writes it in this language (02:00 or 2:00 AM), like the next run below.
        self.time_edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self._labels[2].setText(self.tr("On &weekday:"))
        for day in range(7):
            self.weekday.setItemText(day, QLocale().dayName(day + 1))
        self.weekday.setAccessibleName(self.tr("Weekday"))
        self._labels[3].setText(self.tr("On &day of the month:"))
        self.day_of_month.setAccessibleName(self.tr("Day of the month"))
        self._labels[4].setText(self.tr("Next run:"))
        self.note.setText(
            self.tr(
                "Times are this computer's local time. A day after the end of a shorter month runs on its last day."
            )
        )
