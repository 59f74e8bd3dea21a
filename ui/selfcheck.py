"""``identity-connect --self-check``: prove that this build can run, and say what it found.

Checks what a broken build or a bare server most often lacks: a usable keyring backend (through
``app.secrets``; ``ui/`` never touches keyring itself), our compiled translations and Qt's own for every
language the language page offers, a Qt platform plugin, and the bundled icons and licence. It prints one
line per check and returns a non-zero exit status when any of them fails, so CI can run it against a
frozen build. The report is for administrators and build logs, so it is plain English, not translated.

Without a display (no ``QT_QPA_PLATFORM``, ``DISPLAY`` or ``WAYLAND_DISPLAY``) the check creates its
QGuiApplication on the ``offscreen`` platform rather than letting Qt abort.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QGuiApplication, QImage

from app import APP_DISPLAY_NAME, APP_NAME, __version__
from app.errors import SecretStoreError
from app.resources import ICON_NAMES, icon_path, missing_resources, resource_root
from app.secrets import SecretStore, keyring_backend_name
from app.selfcheck import Check
from ui.i18n import CATALOGUE, LANGUAGE_CODES, translations_dir

#: Languages that need Qt's own catalogue too (English is Qt's source language). Ours exist for every language,
#: English's holding only its plural forms.
EXPECTED_LANGUAGES: tuple[str, ...] = tuple(code for code in LANGUAGE_CODES if code != "en")


@dataclass
class SelfCheckReport:
    checks: list[Check] = field(default_factory=list)
    #: Filled in for tests and tools that want the facts rather than the text.
    keyring_backend: str = ""
    translations_loaded: list[str] = field(default_factory=list)
    qt_translations_loaded: list[str] = field(default_factory=list)
    platform: str = ""

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)


def _check_keyring(report: SelfCheckReport) -> None:
    try:
        backend = keyring_backend_name()
    except Exception as exc:  # a broken backend module must be reported, not crash the check
        report.checks.append(Check("keyring", False, f"could not select a backend: {exc}"))
        return
    report.keyring_backend = backend
    try:
        SecretStore.check_available()
    except SecretStoreError:
        report.checks.append(Check("keyring", False, f"{backend} (not usable: no secret store to keep passwords)"))
        return
    report.checks.append(Check("keyring", True, f"{backend} (usable)"))


def _check_translations(report: SelfCheckReport) -> None:
    directory = translations_dir()
    failed: list[str] = []
    for code in LANGUAGE_CODES:
        translator = QTranslator()
        qm = directory / f"{CATALOGUE}_{code}.qm"
        if qm.is_file() and translator.load(str(qm)) and not translator.isEmpty():
            report.translations_loaded.append(code)
        else:
            failed.append(code)
    loaded = " ".join(report.translations_loaded) or "none"
    if failed:
        detail = f"loaded: {loaded}; missing or unreadable: {' '.join(failed)} (in {directory})"
    else:
        detail = f"loaded: {loaded} (from {directory})"
    report.checks.append(Check("translations", not failed, detail))

    qt_directory = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_failed: list[str] = []
    for code in EXPECTED_LANGUAGES:
        translator = QTranslator()
        if translator.load(f"qtbase_{code}", str(qt_directory)):
            report.qt_translations_loaded.append(code)
        else:
            qt_failed.append(code)
    qt_loaded = " ".join(report.qt_translations_loaded) or "none"
    qt_detail = f"qtbase loaded: {qt_loaded}"
    if qt_failed:
        qt_detail += f"; missing: {' '.join(qt_failed)} (in {qt_directory})"
    report.checks.append(Check("Qt translations", not qt_failed, qt_detail))


def _application() -> QGuiApplication:
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    argv = [APP_NAME]
    headless = not (os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        argv += ["-platform", "offscreen"]
    return QGuiApplication(argv)


def _check_platform(report: SelfCheckReport, app: QGuiApplication) -> None:
    report.platform = app.platformName()
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    available = sorted(p.name.split(".")[0].removeprefix("lib").removeprefix("q") for p in plugins.glob("*q*"))
    detail = f"{report.platform} (plugins: {' '.join(available) or 'none found'})"
    report.checks.append(Check("Qt platform", bool(report.platform), detail))


def _check_resources(report: SelfCheckReport) -> None:
    missing = missing_resources()
    root = resource_root()
    if missing:
        names = ", ".join(str(path.relative_to(root)) if path.is_relative_to(root) else str(path) for path in missing)
        report.checks.append(Check("resources", False, f"missing: {names}"))
    elif QImage(str(icon_path("app"))).isNull():
        # The files are there but Qt cannot draw SVG: the imageformats/qsvg plugin is missing from the build.
        report.checks.append(Check("resources", False, "icons present but Qt cannot render SVG (qsvg plugin)"))
    else:
        report.checks.append(Check("resources", True, f"{len(ICON_NAMES)} icons and the licence (from {root})"))


def collect_self_check() -> SelfCheckReport:
    report = SelfCheckReport()
    app = _application()
    _check_keyring(report)
    _check_translations(report)
    _check_platform(report, app)
    _check_resources(report)
    return report


def format_report(report: SelfCheckReport) -> str:
    lines = [f"{APP_DISPLAY_NAME} {__version__} self-check"]
    frozen = "frozen build" if getattr(sys, "frozen", False) else "Python " + sys.version.split()[0]
    lines.append(f"  {'running':<16} {frozen} on {sys.platform}")
    for check in report.checks:
        mark = "ok  " if check.ok else "FAIL"
        lines.append(f"  {check.name:<16} {mark} {check.detail}")
    lines.append("result: " + ("OK" if report.ok else "FAILED"))
    return "\n".join(lines)


def run_self_check(out: TextIO | None = None) -> int:
    """Print the report; 0 when this build can run, 1 when something it needs is missing."""
    report = collect_self_check()
    stream = out if out is not None else sys.stdout
    # A windowed Windows executable has no stdout; the exit status still tells the result.
    if stream is not None:
        print(format_report(report), file=stream, flush=True)
    return 0 if report.ok else 1
