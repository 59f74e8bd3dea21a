"""An inline message on a page: an error (mapped through ``ui.errors``, with what to do) or a note.

The wizard's pages and the settings pages show their messages with it. It keeps what it was asked to say —
the error (an exception, or a code with its details) or a function that words the note — not the words, and
says it again in the new language when the language changes.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.errors import UserMessage, describe, describe_error
from ui.i18n import Retranslatable


class MessageLabel(Retranslatable, QLabel):
    """Hidden until there is something to say. ``code`` is the error code shown (None for a note or nothing)."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setVisible(False)
        self.code: str | None = None
        self._describe: Callable[[], UserMessage] | None = None
        self._words: Callable[[], str] | None = None

    def show_error(self, error: BaseException | str | None, details: Mapping[str, object] | None = None) -> None:
        """Show the words for an error (an exception, or a code with its details); None hides the message."""
        if error is None:
            self.code = None
            self._describe = None
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

        self._describe = message
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
        self._describe = None
        self.setStyleSheet("")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._words = text if callable(text) else (lambda: text)
        self.retranslate_ui()

    def message(self) -> UserMessage | None:
        """The error shown, in the current language (None for a note or nothing)."""
        return self._describe() if self._describe is not None else None

    def retranslate_ui(self) -> None:
        if self._words is None:
            return
        text = self._words()
        self.setText(text)
        message = self.message()
        if message is not None:
            self.setAccessibleName(message.title)  # a screen reader names the error by its title
        self.setVisible(bool(text))
