"""Translations: every catalogue compiles and loads, none has an unfinished or empty entry, placeholders and
keyboard accelerators survive translation, and Qt's own catalogue exists for every language we offer."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from ui.i18n import CATALOGUE, LANGUAGE_CODES, Translations, compiled_catalogue, qt_translations_dir, translations_dir
from ui.settings.base import PageMessage

TS_FILES = sorted(translations_dir().glob(f"{CATALOGUE}_*.ts"))
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def test_every_offered_language_has_a_catalogue() -> None:
    # English's holds only plural forms; the others translate every string.
    assert {p.stem.removeprefix(f"{CATALOGUE}_") for p in TS_FILES} == set(LANGUAGE_CODES)


def test_english_counts_read_as_english_plurals(qapp: QApplication) -> None:
    translations = Translations(qapp)
    try:
        assert translations.switch("en")
        one = QCoreApplication.translate("ReviewPage", "%n user(s) will be created", "", 1)
        many = QCoreApplication.translate("ReviewPage", "%n user(s) will be created", "", 21)
        assert (one, many) == ("1 user will be created", "21 users will be created")
        assert (
            QCoreApplication.translate("ReviewPage", "%n user(s) will be created", "", 0) == "0 users will be created"
        )
    finally:
        translations.switch("en")


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_no_unfinished_or_empty_translation(ts: Path) -> None:
    root = ET.parse(ts).getroot()
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            texts = [t.text or "" for t in translation.iter("numerusform")] or [translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
                problems.append(f"{name}: {source!r} is {translation.get('type') or 'empty'}")
                continue
            for text in texts:
                for placeholder in set(re.findall(r"%(?:\d|n)", source)):
                    if placeholder not in text:
                        problems.append(f"{name}: {source!r} lost {placeholder} in {text!r}")
                if "&" in source.replace("&&", "") and "(*" not in source and "&" not in text:
                    problems.append(f"{name}: {source!r} lost its keyboard accelerator in {text!r}")
    assert problems == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_catalogue_compiles_and_loads(ts: Path, tmp_path: Path, qapp: QApplication) -> None:
    qm = tmp_path / (ts.stem + ".qm")
    result = subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=True)
    assert " 0 unfinished" in result.stdout, result.stdout
    translator = QTranslator()
    assert translator.load(str(qm)) and not translator.isEmpty()
    assert translator.language() == ts.stem.removeprefix(f"{CATALOGUE}_")


@pytest.mark.parametrize("code", [c for c in LANGUAGE_CODES if c != "en"])
def test_switching_loads_ours_and_qts_catalogue(code: str, qapp: QApplication) -> None:
    assert compiled_catalogue(code) is not None, "the .qm is built from the .ts when missing"
    assert (qt_translations_dir() / f"qtbase_{code}.qm").exists()
    translations = Translations(qapp)
    try:
        assert translations.switch(code)
        assert QCoreApplication.translate("LanguagePage", "Welcome to Identity Connect") != (
            "Welcome to Identity Connect"
        )
        assert QCoreApplication.translate("QWizard", "Cancel") != "Cancel"
    finally:
        translations.switch("en")
    assert QCoreApplication.translate("LanguagePage", "Welcome to Identity Connect") == "Welcome to Identity Connect"


def test_a_shown_page_message_follows_a_language_switch(translations: Translations, qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    error = PageMessage(host, "errorMessage")
    note = PageMessage(host, "noteMessage")
    host.show()
    error.show_error("bind_invalid_credentials")
    note.show_note(
        lambda: QCoreApplication.translate("SettingsWindow", "Saved. The agent uses the new settings from now on.")
    )
    assert "Wrong user name or password" in error.text() and note.text().startswith("Saved.")
    assert ": " not in error.text(), "title and text are not glued with an English colon"
    translations.switch("de")
    QApplication.processEvents()  # Qt posts LanguageChange to every window
    assert "Falscher Benutzername oder falsches Passwort" in error.text()
    assert "Wrong user name" not in error.text() and error.code == "bind_invalid_credentials"
    assert note.text().startswith("Gespeichert.")
    translations.switch("en")
    QApplication.processEvents()
    assert "Wrong user name or password" in error.text() and note.text().startswith("Saved.")
    error.show_error(None)
    translations.switch("de")
    QApplication.processEvents()  # Qt posts LanguageChange to every window
    assert error.isHidden() and error.text() == ""
