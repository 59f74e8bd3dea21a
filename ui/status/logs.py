"""View logs: a read-only viewer of the agent's rotating log file, and a button to open the log folder.

The log is the one both the headless agent and the agent hosted by the tray app write (``agent.log`` in the
agent's log folder). It is read off the GUI thread, only its last part (logs rotate at a few megabytes), reaching
into the newest rotated file when the current one has just started. Secrets are already redacted when lines are
written (:mod:`app.logging_setup`), so what is shown may be copied into a support request as is.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget
from qasync import asyncSlot

from app import admin
from app.paths import AgentPaths
from ui.i18n import Retranslatable

TAIL_BYTES = 512 * 1024


def read_tail(path: Path, limit: int = TAIL_BYTES) -> str:
    """The last ``limit`` bytes of ``path`` as text, starting at a line boundary ("" when there is no file)."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - limit))
            data = handle.read()
    except FileNotFoundError:
        return ""
    if size > limit:
        newline = data.find(b"\n")
        data = data[newline + 1 :] if newline >= 0 else data
    return data.decode("utf-8", errors="replace")


def read_log_tail(log_file: Path, limit: int = TAIL_BYTES) -> str:
    """The last ``limit`` bytes of the log: the current file, preceded by the end of the newest rotated one
    (``agent.log.1``) when the current file is shorter than that — just after a rotation it holds a line or two."""
    text = read_tail(log_file, limit)
    missing = limit - len(text.encode("utf-8"))
    if missing > 0:
        older = read_tail(log_file.with_name(log_file.name + ".1"), missing)
        if older:
            text = older + ("" if older.endswith("\n") else "\n") + text
    return text


class LogViewer(Retranslatable, QWidget):
    def __init__(self, paths: AgentPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("logViewer")
        self.paths = paths
        self.log_file = admin.log_file(paths)
        self.path_label = QLabel(self)
        self.path_label.setObjectName("logPath")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("logText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshLogButton")
        self.folder_button = QPushButton(self)
        self.folder_button.setObjectName("openLogFolderButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeLogButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.path_label)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.close)
        self.resize(900, 520)
        self.retranslate_ui()

    async def load(self) -> None:
        text = await asyncio.to_thread(read_log_tail, self.log_file)
        if not text:
            self.text.setPlainText(self.tr("The log is empty so far."))
            return
        self.text.setPlainText(text)
        self.text.moveCursor(QTextCursor.MoveOperation.End)

    @asyncSlot()
    async def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        try:
            await self.load()
        finally:
            self.refresh_button.setEnabled(True)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.log_dir)))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Identity Connect — Log"))
        self.path_label.setText(self.tr("Log file: %1").replace("%1", str(self.log_file)))
        self.text.setAccessibleName(self.tr("Agent log (read-only)"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Read the log again"))
        self.folder_button.setText(self.tr("Open log &folder"))
        self.folder_button.setAccessibleName(self.tr("Open the log folder in the file manager"))
        self.close_button.setText(self.tr("Close"))
