"""What every wizard page shares: one cancellable background task, a busy indicator, an inline message.

A page's network work runs as one asyncio task on the GUI loop (qasync), with the task runner every page
shares (:class:`ui.widgets.tasks.TaskRunner`): the trigger is disabled while it runs, one service call is
awaited, the trigger comes back in ``finally``. Starting a task cancels the page's previous one (Retry, "Get
a new code"), and leaving the page (Back, Cancel) cancels it too, so no answer from an abandoned attempt can
change the screen later. When a task ends the page re-checks whether Next is available.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget, QWizardPage

from ui.i18n import Retranslatable
from ui.widgets.message import MessageLabel
from ui.widgets.tasks import TaskRunner

__all__ = ["AsyncPage", "MessageLabel", "make_busy_bar"]


class AsyncPage(TaskRunner, Retranslatable, QWizardPage):
    def task_finished(self) -> None:
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.cancel_task()
        super().cleanupPage()

    # ---- language ----
    def retranslate_ui(self) -> None:
        """Set every visible string; called at construction and on every language change."""


def make_busy_bar(parent: QWidget, name: str) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setObjectName(name)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setVisible(False)
    return bar
