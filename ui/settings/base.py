"""What every settings page shares (Picard's options pages): ``load()``, ``save()``, ``has_changes()``.

A page receives a :class:`SettingsContext` (the bridge, the agent's paths, the configuration as last read) in
``load``; its I/O is ``async``, awaited on the GUI loop and reached through :mod:`app.admin`; work started
from a button runs as the page's one background task (:class:`ui.widgets.tasks.TaskRunner`, the wizard
pages' task runner). Pages that change *what a sync does* (scope, mapping, criteria, user rules) do not write
themselves: they return the proposed :class:`SyncSettings` from :meth:`SettingsPage.proposed_sync`, and the
window shows the blast radius before storing it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.admin import DirectoryProbe
from app.config import AgentConfig
from app.paths import AgentPaths
from app.sync.settings import SyncSettings
from ui.bridge import AgentBridge
from ui.i18n import Retranslatable
from ui.widgets.message import MessageLabel
from ui.widgets.tasks import TaskRunner


@dataclass
class SettingsContext:
    bridge: AgentBridge
    paths: AgentPaths
    config: AgentConfig

    def probe(self) -> DirectoryProbe:
        """The directory as the stored settings reach it (each question on a connection of its own)."""
        return DirectoryProbe(self.paths, self.config)


class SettingsPage(TaskRunner, Retranslatable, QWidget):
    """Base of the settings pages. ``page_id`` names the page for :meth:`SettingsWindow.open_page`."""

    page_id = ""
    #: Saving goes through the blast radius (the page changes what a sync would do).
    affects_sync = False

    sig_changed = Signal()
    """The page's values changed (Save/Revert availability). No arguments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: SettingsContext | None = None

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

    def retranslate_ui(self) -> None:
        pass


#: The settings pages' inline message (the wizard's, under the name the pages have always used).
PageMessage = MessageLabel


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
