"""The settings window: a list of pages on the left, the page on the right, Save / Revert / Close (Picard-style).

Pages (in order): Change ownership, Change LDAP settings, Sync scope, Mapping, Sync criteria, User sync
settings, Schedule, Review. A page loads the first time it is shown. Save stores the current page only:

* pages that change what a sync does (``affects_sync``) propose new :class:`SyncSettings`; the window first
  asks the running service for a preview with them and shows the blast radius (:mod:`ui.settings.blast`),
  then stores them (:func:`app.admin.save_sync`) and tells the service to reload;
* the other pages save themselves (LDAP settings, schedule, ownership) and the window tells the service to
  reload.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app import admin
from app.admin import AgentState, AgentStatus
from app.config import AgentConfig
from app.paths import AgentPaths
from app.sync.settings import SyncSettings
from ui.bridge import AgentBridge, AgentNotRunningError
from ui.i18n import Retranslatable
from ui.settings.base import PageMessage, SettingsContext, SettingsPage, validation_codes
from ui.settings.blast import BlastRadius, BlastRadiusDialog, summarise_plan

log = logging.getLogger(__name__)


def default_pages() -> list[SettingsPage]:
    from ui.settings.pages_criteria import CriteriaPage
    from ui.settings.pages_directory import LdapSettingsPage
    from ui.settings.pages_mapping import MappingPage
    from ui.settings.pages_owner import OwnershipPage
    from ui.settings.pages_password_sync import PasswordSyncPage
    from ui.settings.pages_review import ReviewPage
    from ui.settings.pages_schedule import SchedulePage
    from ui.settings.pages_scope import ScopePage
    from ui.settings.pages_user_sync import UserSyncPage

    return [
        OwnershipPage(),
        LdapSettingsPage(),
        ScopePage(),
        MappingPage(),
        CriteriaPage(),
        UserSyncPage(),
        SchedulePage(),
        ReviewPage(),
        PasswordSyncPage(),
    ]


# The agent's problems a settings page fixes: where "Settings…" opens while the agent has one.
_PAGE_FOR_DETAIL = {
    "signin_expired": "ownership",
    "bind_failed": "ldap",
    "tls_failed": "ldap",
    "unreachable": "ldap",
    "no_domain_controller": "ldap",
    "dns_failed": "ldap",
    "srv_not_found": "ldap",
    "insufficient_rights": "ldap",
    "base_dn_not_found": "scope",
    "source_empty": "scope",
    "source_not_visible": "review",  # its Preview names the OUs the bind account can no longer read
}


def attention_page(status: AgentStatus | None) -> str:
    """The settings page that needs the admin now (``""`` when none does): a run waiting for review or
    approval opens Review, an expired sign-in Change ownership, a directory problem the LDAP settings."""
    if status is None:
        return ""
    if status.state in (AgentState.AWAITING_REVIEW, AgentState.AWAITING_APPROVAL):
        return "review"
    return _PAGE_FOR_DETAIL.get(status.detail or "", "")


class SettingsWindow(Retranslatable, QWidget):
    def __init__(
        self,
        bridge: AgentBridge,
        paths: AgentPaths,
        parent: QWidget | None = None,
        *,
        pages: Sequence[SettingsPage] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("settingsWindow")
        self.bridge = bridge
        self.paths = paths
        self.context: SettingsContext | None = None
        self.blast_dialog: BlastRadiusDialog | None = None
        self.last_blast_radius: BlastRadius | None = None
        self._loaded: set[str] = set()
        self._load_task: asyncio.Task[None] | None = None
        self._preview_task: asyncio.Task[None] | None = None

        self.page_list = QListWidget(self)
        self.page_list.setObjectName("pageList")
        self.page_list.setMaximumWidth(220)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        self.pages: list[SettingsPage] = list(pages) if pages is not None else default_pages()
        for page in self.pages:
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            item = QListWidgetItem(self.page_list)
            item.setData(Qt.ItemDataRole.UserRole, page.page_id)
            page.sig_changed.connect(self._update_buttons)
        self.message = PageMessage(self, "settingsMessage")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName("revertButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeSettingsButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        splitter = QSplitter(self)
        splitter.addWidget(self.page_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.page_list.maximumWidth(), 10_000])  # no empty gap between the list and its handle
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.page_list.currentRowChanged.connect(self._page_selected)
        self.save_button.clicked.connect(self.save_current)
        self.revert_button.clicked.connect(self.revert_current)
        self.close_button.clicked.connect(self.close)
        self.resize(980, 680)
        self.retranslate_ui()
        self.page_list.setCurrentRow(0)

    # ---------------------------------------------------------------- pages

    def page(self, page_id: str) -> SettingsPage:
        for page in self.pages:
            if page.page_id == page_id:
                return page
        raise KeyError(page_id)

    def current_page(self) -> SettingsPage:
        return self.pages[max(0, self.stack.currentIndex())]

    def open_page(self, page_id: str, *, preview: bool = False) -> SettingsPage:
        """Show ``page_id``; with ``preview`` (Review now…), the Review page also works out its plan at once."""
        page = self.page(page_id)
        self.page_list.setCurrentRow(self.pages.index(page))
        if preview and getattr(page, "plan", False) is None:
            self._preview_task = asyncio.ensure_future(self._load_and_preview(page))
        return page

    async def _load_and_preview(self, page: SettingsPage) -> None:
        if self._load_task is not None and not self._load_task.done():
            await asyncio.wait([self._load_task])
        await self.load_page(page)
        preview = getattr(page, "preview", None)
        if page.context is not None and preview is not None and getattr(page, "plan", False) is None:
            await preview()

    def _page_selected(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.message.show_error(None)
        page = self.pages[row]
        if page.page_id not in self._loaded:
            self._load_task = asyncio.ensure_future(self.load_page(page))
        self._update_buttons()

    async def ensure_context(self) -> SettingsContext:
        if self.context is None:
            config = await admin.read_config(self.paths)
            self.context = SettingsContext(self.bridge, self.paths, config)
        return self.context

    async def load_page(self, page: SettingsPage, *, force: bool = False) -> None:
        """Load ``page`` (once, unless ``force``); errors show in the window's message line."""
        if page.page_id in self._loaded and not force:
            return
        self._loaded.add(page.page_id)
        try:
            context = await self.ensure_context()
            await page.load(context)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("loading the %s page failed: %s", page.page_id, exc)
            self._loaded.discard(page.page_id)
            self.message.show_error(exc)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.current_page()
        changed = page.has_changes()
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)

    # ---------------------------------------------------------------- saving

    @asyncSlot()
    async def save_current(self) -> None:
        await self.save_page(self.current_page())

    @asyncSlot()
    async def revert_current(self) -> None:
        await self.load_page(self.current_page(), force=True)

    async def save_page(self, page: SettingsPage) -> bool:
        """Save one page (with the blast radius first when it changes what a sync does). True when stored."""
        self.save_button.setEnabled(False)
        self.message.show_error(None)
        try:
            context = await self.ensure_context()
            if page.affects_sync:
                stored = await self._save_sync(page, context)
            else:
                stored = await page.save()
            if stored:
                self.context = None
                context = await self.ensure_context()
                self._reload_service()
                self._loaded.clear()
                await self.load_page(page, force=True)
                self.message.show_note(lambda: self.tr("Saved. The agent uses the new settings from now on."))
            return stored
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.message.show_error(exc)
            return False
        finally:
            self._update_buttons()

    async def _save_sync(self, page: SettingsPage, context: SettingsContext) -> bool:
        try:
            proposed = page.proposed_sync(context.config.sync)
        except ValidationError as exc:
            codes = validation_codes(exc)
            self.message.show_error(codes[0] if codes else "config_invalid")
            return False
        radius = await self.blast_radius(proposed)
        if not await self.confirm(radius):
            self.message.show_note(lambda: self.tr("Not saved."))
            return False
        config: AgentConfig = await admin.save_sync(self.paths, proposed)
        context.config = config
        return True

    async def blast_radius(self, proposed: SyncSettings) -> BlastRadius:
        try:
            plan = await self.bridge.preview(proposed)
        except AgentNotRunningError:
            radius = BlastRadius(error="agent_not_running")
        except Exception as exc:
            code = getattr(exc, "code", "preview_unavailable")
            log.warning("preview for the blast radius failed: %s", code)
            radius = BlastRadius(error=str(code))
        else:
            radius = summarise_plan(plan)
        self.last_blast_radius = radius
        return radius

    async def confirm(self, radius: BlastRadius) -> bool:
        """Show the blast radius and wait (without a nested event loop) for Save or Cancel."""
        dialog = BlastRadiusDialog(radius, self)
        self.blast_dialog = dialog
        done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def finished(result: int) -> None:
            if not done.done():
                done.set_result(result)

        dialog.finished.connect(finished)
        dialog.open()
        try:
            result = await done
        finally:
            self.blast_dialog = None
            dialog.deleteLater()
        return result == QDialog.DialogCode.Accepted.value

    def _reload_service(self) -> None:
        try:
            self.bridge.reload()
        except AgentNotRunningError:
            pass  # the service reads the new configuration when it starts

    # ---------------------------------------------------------------- words

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Identity Connect — Settings"))
        for row, page in enumerate(self.pages):
            item = self.page_list.item(row)
            item.setText(page.title())
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save this page"))
        self.revert_button.setText(self.tr("&Revert"))
        self.revert_button.setAccessibleName(self.tr("Undo this page's unsaved changes"))
        self.close_button.setText(self.tr("Close"))

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.hide()
