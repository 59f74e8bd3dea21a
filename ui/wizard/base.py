"""What every wizard page shares: one cancellable background task, a busy indicator, an inline message.

A page's network work runs as one asyncio task on the GUI loop (qasync): the trigger is disabled while it
runs, one service call is awaited, the trigger comes back in ``finally``. Starting a task cancels the
page's previous one (Retry, "Get a new code"), and leaving the page (Back, Cancel) cancels it too, so no
answer from an abandoned attempt can change the screen later.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget, QWizardPage

from ui.errors import UserMessage, describe, describe_error
from ui.i18n import Retranslatable


class AsyncPage(Retranslatable, QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: asyncio.Task[Any] | None = None

    # ---- tasks ----
    def run_task(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        self.cancel_task()
        task = asyncio.ensure_future(coro)
        self._task = task
        task.add_done_callback(self._task_done)
        return task

    def cancel_task(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()

    def task(self) -> asyncio.Task[Any] | None:
        return self._task

    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        if self._task is task:
            self._task = None
        with contextlib.suppress(asyncio.CancelledError):
            exc = task.exception()
            if exc is not None:
                # Pages catch what they expect; anything else is a bug worth seeing in the log and on screen.
                import sys

                sys.excepthook(type(exc), exc, exc.__traceback__)
        with contextlib.suppress(RuntimeError):  # the page may be gone already (window closed)
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


class MessageLabel(QLabel):
    """An inline message under a field: an error (red, with what to do) kept as a code so it is re-worded
    in the new language when the language changes, or a plain note."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setVisible(False)
        self._describe: Callable[[], UserMessage] | None = None

    def show_error(self, error: BaseException | str | None, details: Mapping[str, object] | None = None) -> None:
        if error is None:
            self._describe = None
            self.clear()
            self.setVisible(False)
            return
        if isinstance(error, BaseException):
            exc = error
            self._describe = lambda: describe_error(exc)
        else:
            code, extra = error, dict(details or {})
            self._describe = lambda: describe(code, extra)
        self._render()

    def _render(self) -> None:
        if self._describe is None:
            return
        message = self._describe()
        self.setStyleSheet("color: #b00020;")
        self.setText(f"<b>{message.title}</b><br>{message.text}")
        self.setAccessibleName(message.title)
        self.setVisible(True)

    def show_note(self, text: str) -> None:
        self._describe = None
        self.setStyleSheet("")
        self.setText(text)
        self.setVisible(bool(text))

    def message(self) -> UserMessage | None:
        return self._describe() if self._describe is not None else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
