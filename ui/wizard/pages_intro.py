"""The first two pages: choose the language (switches the whole wizard live) and accept the licence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGES, Translations
from ui.wizard.base import AsyncPage, MessageLabel


class LanguagePage(AsyncPage):
    def __init__(self, translations: Translations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languagePage")
        self._translations = translations
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.language_list = QListWidget(self)
        self.language_list.setObjectName("languageList")
        for language in LANGUAGES:
            item = QListWidgetItem(language.native_name)
            item.setData(Qt.ItemDataRole.UserRole, language.code)
            self.language_list.addItem(item)
        self.prompt.setBuddy(self.language_list)
        self.missing = MessageLabel(self, "languageMissing")
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.language_list)
        layout.addWidget(self.missing)
        self.select(translations.current)
        self.language_list.currentItemChanged.connect(self._chosen)
        self.retranslate_ui()

    def select(self, code: str) -> None:
        for row in range(self.language_list.count()):
            if self.language_list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.language_list.setCurrentRow(row)
                return

    def current_code(self) -> str:
        item = self.language_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "en"

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        complete = self._translations.switch(str(item.data(Qt.ItemDataRole.UserRole)))
        self.missing.show_note("" if complete else self.tr("This language's translation files are missing."))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Welcome to Identity Connect"))
        self.setSubTitle(
            self.tr("This wizard connects your Active Directory to your cloud directory. Choose your language.")
        )
        self.prompt.setText(self.tr("&Language:"))
        self.language_list.setAccessibleName(self.tr("Language"))


class LicencePage(AsyncPage):
    def __init__(self, licence_text: str, licence_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licencePage")
        self._url = licence_url
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("licenceText")
        self.text_view.setReadOnly(True)
        self.text_view.setPlainText(licence_text)
        self.text_view.setTabChangesFocus(True)
        self.url_caption = QLabel(self)
        self.url_edit = QLineEdit(licence_url, self)
        self.url_edit.setObjectName("licenceUrl")
        self.url_edit.setReadOnly(True)
        self.url_caption.setBuddy(self.url_edit)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyLicenceUrlButton")
        self.accept_box = QCheckBox(self)
        self.accept_box.setObjectName("acceptLicenceBox")
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_caption)
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(url_row)
        layout.addWidget(self.accept_box)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._url))
        self.accept_box.toggled.connect(lambda *_: self.completeChanged.emit())
        self.setTabOrder(self.text_view, self.url_edit)
        self.setTabOrder(self.url_edit, self.copy_button)
        self.setTabOrder(self.copy_button, self.accept_box)
        self.retranslate_ui()

    def isComplete(self) -> bool:
        return self.accept_box.isChecked()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Licence"))
        self.setSubTitle(self.tr("Identity Connect is free software. Please read and accept its licence."))
        self.text_view.setAccessibleName(self.tr("Licence text"))
        self.url_caption.setText(self.tr("Licence online:"))
        self.url_edit.setAccessibleName(self.tr("Licence address"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the licence address"))
        self.accept_box.setText(self.tr("I &accept the licence terms"))
        self.accept_box.setAccessibleName(self.tr("I accept the licence terms"))
