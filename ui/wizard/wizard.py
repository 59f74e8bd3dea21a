"""The setup wizard: from nothing to a running agent.

Pages (``PageId``): language → licence → installation key → sign in → signed in → directory → review →
install. Routing lives in :meth:`SetupWizard.nextId`; pages that wait on a server override ``isComplete`` /
``validatePage`` and run their work as cancellable tasks on the GUI loop (qasync), so the GUI thread never
waits on the network. Cancel at any point cancels the running task and rolls back whatever the install
step had written (configuration file and keyring entries), so nothing half-written stays behind.

When the install page has started the agent service (through the bridge's worker thread),
:attr:`SetupWizard.sig_installed` hands the running bridge to whoever shows the tray or status window.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from app.setup.directory import DirectoryInput
from app.setup.flow import SetupFlow
from ui.i18n import Retranslatable, Translations
from ui.wizard.base import AsyncPage
from ui.wizard.pages_cloud import KeyPage, SignedInPage, SignInPage
from ui.wizard.pages_directory import DirectoryPage
from ui.wizard.pages_install import InstallPage, SummaryPage
from ui.wizard.pages_intro import LanguagePage, LicencePage


class PageId(IntEnum):
    LANGUAGE = 0
    LICENCE = 1
    KEY = 2
    SIGN_IN = 3
    SIGNED_IN = 4
    DIRECTORY = 5
    REVIEW = 6
    INSTALL = 7


class SetupWizard(Retranslatable, QWizard):
    sig_installed = Signal(object)
    """The agent is installed and its service runs; argument: the running bridge (ui.bridge.AgentBridge)."""

    def __init__(
        self,
        flow: SetupFlow,
        translations: Translations,
        *,
        licence_text: str,
        licence_url: str,
        bridge: Any = None,
        installation_key: str = "",
        directory_defaults: DirectoryInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.flow = flow
        self.translations = translations
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.language_page = LanguagePage(translations)
        self.licence_page = LicencePage(licence_text, licence_url)
        self.key_page = KeyPage(flow)
        self.sign_in_page = SignInPage(flow)
        self.signed_in_page = SignedInPage(flow)
        self.directory_page = DirectoryPage(flow)
        self.review_page = SummaryPage(flow)
        self.install_page = InstallPage(flow, bridge)
        for page_id, page in (
            (PageId.LANGUAGE, self.language_page),
            (PageId.LICENCE, self.licence_page),
            (PageId.KEY, self.key_page),
            (PageId.SIGN_IN, self.sign_in_page),
            (PageId.SIGNED_IN, self.signed_in_page),
            (PageId.DIRECTORY, self.directory_page),
            (PageId.REVIEW, self.review_page),
            (PageId.INSTALL, self.install_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(PageId.LANGUAGE)
        if installation_key:
            self.key_page.set_key(installation_key)
        if directory_defaults is not None:
            self.directory_page.form.set_values(directory_defaults)  # the demo's DC, editable
        self.install_page.sig_installed.connect(self.sig_installed)
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
        self.install_page.abandon()
        self.directory_page.discard_trusted_ca()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QWizard.DialogCode.Accepted and not self.install_page.finished_ok():
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
