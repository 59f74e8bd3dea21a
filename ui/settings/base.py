"""What every settings page shares (Picard's options pages): ``load()``, ``save()``, ``has_changes()``.

A page receives a :class:`SettingsContext` (the bridge, the agent's paths, the configuration as last read) in
``load``; its I/O is ``async`` and awaited on the GUI loop. Pages that change *what a sync does* (scope,
mapping, criteria, user rules) do not write themselves: they return the proposed :class:`SyncSettings` from
:meth:`SettingsPage.proposed_sync`, and the window shows the blast radius before storing it.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.admin import DirectoryProbe
from app.config import AgentConfig
from app.paths import AgentPaths
from app.sync.settings import SyncSettings
from ui.bridge import AgentBridge
from ui.errors import UserMessage, describe, describe_error
from ui.i18n import Retranslatable


@dataclass
class SettingsContext:
    bridge: AgentBridge
    paths: AgentPaths
    config: AgentConfig

    def probe(self) -> DirectoryProbe:
        """The directory as the stored settings reach it (each question on a connection of its own)."""
        return DirectoryProbe(self.paths, self.config)


class SettingsPage(Retranslatable, QWidget):
    """Base of the settings pages. ``page_id`` names the page for :meth:`SettingsWindow.open_page`."""

    page_id = ""
    #: Saving goes through the blast radius (the page changes what a sync would do).
    affects_sync = False

    sig_changed = Signal()
    """The page's values changed (Save/Revert availability). No arguments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: SettingsContext | None = None
        self._task: asyncio.Task[Any] | None = None

    def title(self) -> str:
        raise NotImplementedError

    async def load(self, context: SettingsContext) -> None:
        """Show the current values (may read the directory)."""
        self.context = context

    def has_changes(self) -> bool:
        return False

    def proposed_sync(self, current: SyncSettings) -> SyncSettings:
        """``current`` with this page's changes (pages with ``affects_sync``); may raise pydantic's ValidationError."""
        return current

    async def save(self) -> bool:
        """Store the page's values (pages without ``affects_sync``); False when nothing was stored."""
        return False

    def run_task(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """One background task per page; starting another cancels the previous one (Retry)."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = asyncio.ensure_future(coro)
        return self._task

    async def cancel_task(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    def retranslate_ui(self) -> None:
        pass


class PageMessage(Retranslatable, QLabel):
    """An inline message on a page: an error (mapped through ui.errors) or a note.

    It keeps what it was asked to say (the error's code and details, or a function that words the note), not
    the words, and says it again in the new language when the language changes.
    """

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setVisible(False)
        self.code: str | None = None
        self._words: Callable[[], str] | None = None

    def show_error(self, error: BaseException | str | None, details: Mapping[str, object] | None = None) -> None:
        """Show the words for an error (an exception, or a code with its details); None hides the message."""
        if error is None:
            self.code = None
            self._words = None
            self.setVisible(False)
            self.setText("")
            return
        if isinstance(error, BaseException):
            exc = error

            def message() -> UserMessage:
                return describe_error(exc)
        else:
            code, extra = error, dict(details or {})

            def message() -> UserMessage:
                return describe(code, extra)

        self.code = message().code
        self.setStyleSheet("color: #b00020;")
        self.setTextFormat(Qt.TextFormat.RichText)
        self._words = lambda: self._error_html(message())
        self.retranslate_ui()

    @staticmethod
    def _error_html(message: UserMessage) -> str:
        # The title on a line of its own, in bold: no punctuation glued between words of two languages.
        return f"<b>{html.escape(message.title, quote=False)}</b><br>{html.escape(message.text, quote=False)}"

    def show_note(self, text: str | Callable[[], str]) -> None:
        """Show a note; pass a function that returns the translated words so a language change re-words it."""
        self.code = None
        self.setStyleSheet("")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._words = text if callable(text) else (lambda: text)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._words is None:
            return
        text = self._words()
        self.setText(text)
        self.setVisible(bool(text))


def combo_box(parent: QWidget, name: str, values: list[str]) -> QComboBox:
    """A combo box with one item per value (the value as the item's data); the words come in ``retranslate_ui``."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for value in values:
        combo.addItem("", value)
    return combo


def select_data(combo: QComboBox, value: str) -> None:
    """Select the item whose data is ``value`` (the first item when none is)."""
    combo.setCurrentIndex(max(0, combo.findData(value)))


def validation_codes(exc: Exception) -> list[str]:
    """The model's error codes from a pydantic ValidationError (our validators raise ValueError("code"))."""
    errors = getattr(exc, "errors", None)
    if errors is None:
        return []
    codes: list[str] = []
    for err in errors():
        message = str(err.get("msg", ""))
        codes.append(message.removeprefix("Value error, "))
    return codes
