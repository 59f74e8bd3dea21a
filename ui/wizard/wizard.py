"""The setup wizard: from nothing to a running agent.

Pages (``PageId``): language → licence → installation key → sign in → signed in → directory → review →
install. Routing lives in :meth:`SetupWizard.nextId`; pages that wait on a server override ``isComplete`` /
``validatePage`` and run their work as cancellable tasks on the GUI loop (qasync), so the GUI thread never
waits on the network. Cancel at any point cancels the running task and rolls back whatever the install
step had written (configuration file and keyring entries), so nothing half-written stays behind.

When the install page has started the agent service (through the bridge's worker thread),
:attr:`SetupWizard.sig_installed` hands the running bridge to whoever shows the tray or status window.

Start-up: only the language and licence pages are built before the first paint. Everything after them
(and with it httpx, ldap3, keyring, cryptography, the pydantic models) is imported on a background thread
once the language page is painted, then built on the GUI thread a page per event-loop turn
(:attr:`SetupWizard.sig_pages_built`); Next on the licence page builds whatever is still missing at once.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from ui.i18n import Retranslatable, Translations
from ui.wizard.base import AsyncPage
from ui.wizard.pages_intro import LanguagePage, LicencePage

if TYPE_CHECKING:
    from app.setup.directory import DirectoryInput
    from app.setup.flow import SetupFlow
    from ui.wizard.pages_cloud import KeyPage, SignedInPage, SignInPage
    from ui.wizard.pages_directory import DirectoryPage
    from ui.wizard.pages_install import InstallPage, SummaryPage

T = TypeVar("T")

#: What the pages after the licence are made of, and through them the network stack (httpx, ldap3, keyring,
#: cryptography, the pydantic models, qrcode): none of it is needed to paint the language page.
LATER_PAGE_MODULES = ("ui.wizard.pages_cloud", "ui.wizard.pages_directory", "ui.wizard.pages_install")
#: How often the GUI thread looks whether the background imports have ended (they take a second or so).
_POLL_MS = 25


class PageId(IntEnum):
    LANGUAGE = 0
    LICENCE = 1
    KEY = 2
    SIGN_IN = 3
    SIGNED_IN = 4
    DIRECTORY = 5
    REVIEW = 6
    INSTALL = 7


LATER_PAGES = (PageId.KEY, PageId.SIGN_IN, PageId.SIGNED_IN, PageId.DIRECTORY, PageId.REVIEW, PageId.INSTALL)


class Later(Generic[T]):
    """A value the wizard makes only when it builds the pages after the licence, after the first paint
    (its setup flow, its bridge), so what making it imports stays off the way to the first page."""

    def __init__(self, make: Callable[[], T]) -> None:
        self.make = make


def _made(value: T | Later[T]) -> T:
    return value.make() if isinstance(value, Later) else value


class _BackgroundImports:
    """Imports modules on a daemon thread. Pure-Python module code gives the GIL back every few
    milliseconds, so the GUI thread keeps painting; a module the GUI thread needs before the thread has
    reached it is simply imported there (the import system's per-module locks make that safe)."""

    def __init__(self, modules: Iterable[str]) -> None:
        self._modules = tuple(modules)
        self._thread = threading.Thread(target=self._run, name="wizard-imports", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        for name in self._modules:
            try:
                importlib.import_module(name)
            except Exception:
                # The GUI thread imports it again when it builds the page, and fails there as it would have.
                return


class _FirstPaint(QObject):
    """Calls ``then`` once, from the event loop, after ``widget`` was first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class SetupWizard(Retranslatable, QWizard):
    """The wizard. Only the language and licence pages are built with it; the others, and what they import
    (the network stack), come after the first paint: their modules are imported on a background thread,
    then the pages are built on the GUI thread one per event-loop turn. Leaving the licence page, or asking
    for a later page (``wizard.key_page``), builds whatever is still missing at once.

    ``flow``, ``bridge`` and ``directory_defaults`` may each be given as :class:`Later`: made when the later
    pages are built. ``preload`` names more modules to import in the background (what those imports need)."""

    sig_installed = Signal(object)
    """The agent is installed and its service runs; argument: the running bridge (ui.bridge.AgentBridge)."""
    sig_pages_built = Signal()
    """Every page exists (emitted once)."""

    def __init__(
        self,
        flow: SetupFlow | Later[SetupFlow],
        translations: Translations,
        *,
        licence_text: str,
        licence_url: str,
        bridge: Any = None,
        installation_key: str = "",
        directory_defaults: DirectoryInput | Later[DirectoryInput | None] | None = None,
        preload: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self._flow_source = flow
        self._flow: SetupFlow | None = None if isinstance(flow, Later) else flow
        self._bridge_source = bridge
        self._bridge: Any = None if isinstance(bridge, Later) else bridge
        self._installation_key = installation_key
        self._directory_defaults = directory_defaults
        self._later: dict[PageId, QWizardPage] = {}
        self._imports = _BackgroundImports((*LATER_PAGE_MODULES, *preload))
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._build_step)
        self.translations = translations
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.language_page = LanguagePage(translations)
        self.licence_page = LicencePage(licence_text, licence_url)
        self.setPage(PageId.LANGUAGE, self.language_page)
        self.setPage(PageId.LICENCE, self.licence_page)
        self.setStartId(PageId.LANGUAGE)
        self._first_paint = _FirstPaint(self.language_page, self._start_background_build)
        self._previous_id = -1
        self.currentIdChanged.connect(self._page_changed)
        for which, name in (
            (QWizard.WizardButton.BackButton, "backButton"),
            (QWizard.WizardButton.NextButton, "nextButton"),
            (QWizard.WizardButton.CommitButton, "installButton"),
            (QWizard.WizardButton.FinishButton, "finishButton"),
            (QWizard.WizardButton.CancelButton, "cancelButton"),
        ):
            self.button(which).setObjectName(name)
        self.retranslate_ui()

    # ---- the pages after the licence ----
    @property
    def flow(self) -> SetupFlow:
        if self._flow is None:
            self._flow = _made(self._flow_source)
        return self._flow

    @property
    def bridge(self) -> Any:
        """The bridge the install page starts the agent service through (None if there is none, or while it
        is still :class:`Later`)."""
        return self._bridge

    @property
    def key_page(self) -> KeyPage:
        return cast("KeyPage", self._later_page(PageId.KEY))

    @property
    def sign_in_page(self) -> SignInPage:
        return cast("SignInPage", self._later_page(PageId.SIGN_IN))

    @property
    def signed_in_page(self) -> SignedInPage:
        return cast("SignedInPage", self._later_page(PageId.SIGNED_IN))

    @property
    def directory_page(self) -> DirectoryPage:
        return cast("DirectoryPage", self._later_page(PageId.DIRECTORY))

    @property
    def review_page(self) -> SummaryPage:
        return cast("SummaryPage", self._later_page(PageId.REVIEW))

    @property
    def install_page(self) -> InstallPage:
        return cast("InstallPage", self._later_page(PageId.INSTALL))

    def pages_built(self) -> bool:
        return len(self._later) == len(LATER_PAGES)

    def build_pages(self) -> None:
        """Build every page not built yet, now (importing what the background thread has not yet)."""
        while self._build_one():
            pass

    def agent_installed(self) -> bool:
        """Whether the install page installed the agent and started its service (without building it)."""
        page = self._later.get(PageId.INSTALL)
        return page is not None and cast("InstallPage", page).finished_ok()

    def _later_page(self, page_id: PageId) -> QWizardPage:
        self.build_pages()
        return self._later[page_id]

    def _start_background_build(self) -> None:
        if self.pages_built():
            return
        self._imports.start()
        self._poll.start()

    def _build_step(self) -> None:
        # Each tick builds at most one page, so the GUI thread is never held for long.
        if self._imports.running():
            return
        self._poll.setInterval(0)
        self._build_one()

    def _build_one(self) -> bool:
        """Build the next missing page; False when there was none."""
        missing = [page_id for page_id in LATER_PAGES if page_id not in self._later]
        if not missing:
            return False
        page_id = missing[0]
        page = self._make_page(page_id)
        self._later[page_id] = page
        self.setPage(page_id, page)
        if self.pages_built():
            self._poll.stop()
            self.sig_pages_built.emit()
        return True

    def _make_page(self, page_id: PageId) -> QWizardPage:
        if page_id is PageId.KEY:
            from ui.wizard.pages_cloud import KeyPage

            key_page = KeyPage(self.flow)
            if self._installation_key:
                key_page.set_key(self._installation_key)
            return key_page
        if page_id is PageId.SIGN_IN:
            from ui.wizard.pages_cloud import SignInPage

            return SignInPage(self.flow)
        if page_id is PageId.SIGNED_IN:
            from ui.wizard.pages_cloud import SignedInPage

            return SignedInPage(self.flow)
        if page_id is PageId.DIRECTORY:
            from ui.wizard.pages_directory import DirectoryPage

            directory_page = DirectoryPage(self.flow)
            defaults = _made(self._directory_defaults)
            if defaults is not None:
                directory_page.form.set_values(defaults)  # the demo's DC, editable
            return directory_page
        if page_id is PageId.REVIEW:
            from ui.wizard.pages_install import SummaryPage

            return SummaryPage(self.flow)
        from ui.wizard.pages_install import InstallPage

        if isinstance(self._bridge_source, Later):
            self._bridge = self._bridge_source.make()
        install_page = InstallPage(self.flow, self._bridge)
        install_page.sig_installed.connect(self.sig_installed)
        return install_page

    def validateCurrentPage(self) -> bool:
        # Next: the page it leads to must exist (it does not yet if Next comes before the background build).
        if not super().validateCurrentPage():
            return False
        if self.nextId() in LATER_PAGES:
            self.build_pages()
        return True

    def nextId(self) -> int:
        current = self.currentId()
        order = list(PageId)
        if current < 0:
            return int(PageId.LANGUAGE)
        index = order.index(PageId(current))
        return int(order[index + 1]) if index + 1 < len(order) else -1

    def _page_changed(self, page_id: int) -> None:
        # Back from "signed in": the old code is spent, so the sign-in page offers a fresh one (perhaps for
        # another admin). Qt only calls initializePage going forward.
        if page_id == PageId.SIGN_IN and self._previous_id == PageId.SIGNED_IN:
            self.sign_in_page.new_code()
        self._previous_id = page_id

    def sizeHint(self) -> QSize:
        return QSize(860, 700)

    # ---- cancel ----
    def reject(self) -> None:
        """Cancel: stop whatever runs, and remove anything the install step wrote."""
        for page_id in self.pageIds():
            page = self.page(page_id)
            if isinstance(page, AsyncPage):
                page.cancel_task()
        if PageId.INSTALL in self._later:
            self.install_page.abandon()
        if PageId.DIRECTORY in self._later:
            self.directory_page.discard_trusted_ca()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QWizard.DialogCode.Accepted and not self.agent_installed():
            self.reject()
        super().closeEvent(event)

    # ---- language ----
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Identity Connect setup"))
        # QWizard computes its default button texts once; on a live language change they must be set again,
        # from Qt's own catalogue (context "QWizard", loaded from qtbase_xx.qm).
        for which, text in (
            (QWizard.WizardButton.BackButton, "< &Back"),
            (QWizard.WizardButton.NextButton, "&Next >"),
            (QWizard.WizardButton.FinishButton, "&Finish"),
            (QWizard.WizardButton.CancelButton, "Cancel"),
            (QWizard.WizardButton.HelpButton, "&Help"),
        ):
            self.setButtonText(which, QCoreApplication.translate("QWizard", text))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Install"))
        for which, name in (
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.CommitButton, self.tr("Install")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.button(which).setAccessibleName(name)
