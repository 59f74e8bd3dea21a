"""Languages of the user interface and switching between them while the program runs.

Qt's own catalogue (``qtbase_xx.qm`` from PySide6's translations folder) is loaded first so Qt's own
strings, such as QWizard's Back/Next/Cancel buttons, follow the chosen language; ours
(``translations/identity_connect_xx.qm``) come second. Installing or removing a translator makes Qt send
``QEvent.LanguageChange`` to every widget, whose ``changeEvent`` calls ``retranslate_ui()``: the language
page switches the whole program live, without a restart.

Dates and times are shown in one way everywhere (:func:`format_datetime`, :func:`format_relative`,
:func:`format_moment`): the chosen language's date with a four-digit year and its short time, in this
computer's time zone, and "in 11 h" / "5 min ago" where the distance matters more than the date.

Compiled ``.qm`` files are produced at build time (``make translations``); a source checkout that lacks one
compiles it on the fly with ``pyside6-lrelease`` from the same environment.
"""

from __future__ import annotations

import locale
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLibraryInfo, QLocale, QTime, QTranslator

CATALOGUE = "identity_connect"


class Retranslatable:
    """Mixin for a widget whose texts follow the language: calls its ``retranslate_ui()`` on every
    ``QEvent.LanguageChange`` (sent to each widget when :class:`Translations` switches language).

    Put it before the Qt class: ``class StatusWindow(Retranslatable, QWidget)``.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate_ui(self) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class Language:
    code: str
    #: The language's name in itself (an endonym): never translated, so a lost user can find their own.
    native_name: str


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("de", "Deutsch"),
    Language("fr", "Français"),
    Language("es", "Español"),
    Language("ja", "日本語"),
    Language("zh_CN", "简体中文"),
)
LANGUAGE_CODES = tuple(language.code for language in LANGUAGES)


def translations_dir() -> Path:
    """Where our .ts/.qm files are: next to the frozen executable's resources, or the source checkout's."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def lrelease_executable() -> str | None:
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    if candidate.exists():
        return str(candidate)
    return shutil.which("pyside6-lrelease")


def compiled_catalogue(code: str, directory: Path | None = None) -> Path | None:
    """The .qm file for ``code``, compiled from its .ts first when missing or older (source checkouts)."""
    directory = directory or translations_dir()
    qm = directory / f"{CATALOGUE}_{code}.qm"
    ts = directory / f"{CATALOGUE}_{code}.ts"
    stale = ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)
    if stale:
        tool = lrelease_executable()
        if tool is not None and os.access(directory, os.W_OK):
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=False, capture_output=True, timeout=60)
    return qm if qm.exists() else None


def system_language() -> str:
    """The best of our languages for this machine's locale, English when none matches."""
    names = [QLocale.system().name()]
    lang = locale.getlocale()[0]
    if lang:
        names.append(lang)
    for name in names:
        if name in LANGUAGE_CODES:
            return name
        if name.startswith("zh"):
            return "zh_CN"
        short = name.split("_")[0]
        if short in LANGUAGE_CODES:
            return short
    return "en"


class Translations:
    """Owns the installed translators of one application and swaps them on :meth:`switch`."""

    def __init__(self, app: QCoreApplication, directory: Path | None = None) -> None:
        self._app = app
        self._directory = directory or translations_dir()
        self._installed: list[QTranslator] = []
        self.current = "en"

    def switch(self, code: str) -> bool:
        """Install the translators for ``code``; returns False when our catalogue for it is missing."""
        if code not in LANGUAGE_CODES:
            raise ValueError(f"unknown language {code!r}")
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        complete = True
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{code}", str(qt_translations_dir())):
            self._install(qt)
        # English has a catalogue of plural forms only ("1 user", "2 users"); the others translate everything.
        ours = QTranslator(self._app)
        qm = compiled_catalogue(code, self._directory)
        if qm is not None and ours.load(str(qm)):
            self._install(ours)
        elif code != "en":
            complete = False
        self.current = code
        # Dates follow the chosen language, in this machine's regional variant of it when it has one (English
        # in the UK writes 1/12/2026, in the US 12/1/2026).
        system = QLocale.system()
        same = system.name().split("_")[0] == code.split("_")[0] and code != "zh_CN"
        QLocale.setDefault(system if same else QLocale(code))
        return complete

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


# ---- dates and times ----


def _local(value: datetime) -> datetime:
    return value.astimezone() if value.tzinfo is not None else value


def _qdatetime(value: datetime) -> QDateTime:
    local = _local(value)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def datetime_format(locale_: QLocale | None = None) -> str:
    """The locale's short date and time, with the year in full (a two-digit year reads as a day or a month)."""
    loc = locale_ or QLocale()
    if loc.language() == QLocale.Language.C:
        # The POSIX locale's own pattern ("d MM yyyy") reads as neither day-first nor month-first: use ISO 8601.
        return "yyyy-MM-dd HH:mm"
    date = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date:
        date = date.replace("yy", "yyyy")
    return f"{date} {loc.timeFormat(QLocale.FormatType.ShortFormat)}"


def format_datetime(value: datetime | None) -> str:
    """A moment as every window shows it, in this computer's time zone ("12/1/2026 2:00 AM", "01.12.2026 02:00");
    an em dash for none."""
    if value is None:
        return "—"
    loc = QLocale()
    return loc.toString(_qdatetime(value), datetime_format(loc))


def format_relative(value: datetime, now: datetime | None = None) -> str:
    """How far ``value`` is from now, in words: "in 11 h", "5 min ago", "in 3 days"."""
    if now is None:
        now = datetime.now(value.tzinfo) if value.tzinfo is not None else datetime.now()
    seconds = (value - now).total_seconds()
    future = seconds >= 0
    distance = abs(seconds)
    # Every sentence a literal of its own, so lupdate finds it and each language gets its own plural forms.
    if distance < 60:
        if future:
            return QCoreApplication.translate("Dates", "in less than a minute")
        return QCoreApplication.translate("Dates", "just now")
    if distance < 3600:
        n = int(distance // 60)
        if future:
            return QCoreApplication.translate("Dates", "in %n min", "", n)
        return QCoreApplication.translate("Dates", "%n min ago", "", n)
    if distance < 48 * 3600:
        n = int(distance // 3600)
        if future:
            return QCoreApplication.translate("Dates", "in %n h", "", n)
        return QCoreApplication.translate("Dates", "%n h ago", "", n)
    days = int(distance // 86400)
    if days < 60:
        if future:
            return QCoreApplication.translate("Dates", "in %n day(s)", "", days)
        return QCoreApplication.translate("Dates", "%n day(s) ago", "", days)
    if days < 365:
        n = days // 30
        if future:
            return QCoreApplication.translate("Dates", "in %n month(s)", "", n)
        return QCoreApplication.translate("Dates", "%n month(s) ago", "", n)
    n = days // 365
    if future:
        return QCoreApplication.translate("Dates", "in %n year(s)", "", n)
    return QCoreApplication.translate("Dates", "%n year(s) ago", "", n)


def format_moment(value: datetime | None, now: datetime | None = None) -> str:
    """The date and time followed by how far away it is: "12/1/2026 2:00 AM (in 11 h)"."""
    if value is None:
        return "—"
    return (
        QCoreApplication.translate("Dates", "%1 (%2)", "a date and time, then how far from now it is")
        .replace("%1", format_datetime(value))
        .replace("%2", format_relative(value, now))
    )
