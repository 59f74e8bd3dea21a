"""The layering rules, enforced: the core has no Qt, the UI has no I/O libraries, the core never reaches
into the sandbox; the UI reaches the core through its door, and no UI module imports one above it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RULES = {
    "app": {"PySide6", "qasync", "shiboken6", "sandbox", "ui"},
    "ui": {"ldap3", "httpx", "keyring", "asyncssh", "smbprotocol", "pypsrp", "spnego", "requests", "sandbox"},
}

# ---- what ui/ may import from app/: the door, the models it edits, the error types, and the wizard's needs ----

#: Every module of ``app`` the GUI may import, with the reason. Anything else in ``app`` is reached through
#: the door (:mod:`app.admin`) or, for the running service, through ``ui/bridge.py``.
UI_MAY_IMPORT: dict[str, str] = {
    # the door
    "app.admin": "the GUI's door: directory probe, owner change, settings updates, run history",
    "app.pwsync.admin": "the door's other half: password sync's operations (the command line shares them)",
    # the models the windows show and edit
    "app.config": "the agent's configuration, as the settings window shows and edits it",
    "app.sync.settings": "sync settings model (scope, mapping, criteria, rules, schedule)",
    "app.ldap.settings": "directory connection settings model",
    "app.pwsync.settings": "password sync settings model",
    "app.setup.directory": "the directory form's one input type (DirectoryInput, FieldIssue)",
    # the error types (app.<package>.errors is allowed too, see is_error_module)
    "app.errors": "the error type every failure is, with the code ui/errors.py words",
    # the program itself
    "app": "the program's name and version (APP_NAME, __version__)",
    "app.paths": "where the agent's files are; every window is given them",
    "app.resources": "the icons and catalogues shipped with the program",
    "app.logging_setup": "the GUI process logs to the agent's log with the same redaction (ui/bridge.py)",
    "app.private_files": "the GUI process creates its files private to the user (ui/main.py)",
    # what the wizard needs: setup is its door, as app.admin is the settings window's
    "app.setup.flow": "the wizard's door: installation key, sign-in, directory check, install",
    "app.cloud.deviceflow": "the sign-in's events as the wizard shows them (DeviceFlowEvent)",
    "app.cloud.installkey": "the wizard tells a malformed installation key apart (InstallationKeyError)",
    "app.cloud.http": "the wizard's HTTP settings for a test tenant (ui/main.py)",
    "app.ldap.tls_probe": "the certificate step: the DC's CA offered and saved (ui/widgets/certificate.py)",
    # the running service, hosted by ui/bridge.py
    "app.service.events": "the status and events the running service publishes (the bridge's signals)",
    # the GUI's self-check reports like the agent's
    "app.secrets": "the GUI self-check names the keyring backend (ui/selfcheck.py)",
    "app.selfcheck": "the GUI self-check's result type is the agent self-check's (ui/selfcheck.py)",
}

#: Modules only one file of ui/ may import.
UI_ONLY_IN: dict[str, set[str]] = {
    "app.service.agent": {"ui/bridge.py"},  # the bridge hosts the service on its worker thread
}

#: The settings and status windows reach the core through the door only: no setup, no service, no probe.
WINDOWS_MAY_IMPORT = {
    "app.admin",
    "app.pwsync.admin",
    "app.config",
    "app.sync.settings",
    "app.ldap.settings",
    "app.pwsync.settings",
    "app.paths",
    "app.resources",
}


def is_error_module(module: str) -> bool:
    return module == "app.errors" or re.fullmatch(r"app\.\w+\.errors", module) is not None


# ---- the order of ui/: lower layers never import higher ones -----------------------------------------------

#: Level of each part of ui/ (a module may import its own package and lower levels only).
UI_LEVELS: dict[str, int] = {
    "ui.i18n": 0,
    "ui.errors": 0,
    "ui.bridge": 0,
    "ui.collector": 0,
    "ui.widgets": 1,
    "ui.wizard": 2,
    "ui.settings": 2,
    "ui.status": 2,
    "ui.tray": 3,
    "ui.selfcheck": 3,
    "ui.main": 4,
}


def _module_exists(dotted: str) -> bool:
    path = ROOT.joinpath(*dotted.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def imported_modules(path: Path, relative: str | None = None) -> set[str]:
    """Every module ``path`` imports, by full dotted name (``from app import admin`` is ``app.admin``);
    ``relative``: the file's place in the tree when it is not in it (a sample)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    place = Path(relative) if relative is not None else path.relative_to(ROOT)
    package = ".".join(place.with_suffix("").parts[:-1])
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            for alias in node.names:
                inner = f"{module}.{alias.name}"
                modules.add(inner if _module_exists(inner) else module)
    return modules


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module",
            "__import__",
        ):
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                roots.add(node.args[0].value.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(RULES))
def test_package_respects_layering(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package}/ has no Python files"
    offenders = {
        str(f.relative_to(ROOT)): sorted(imported_roots(f) & RULES[package])
        for f in files
        if imported_roots(f) & RULES[package]
    }
    assert offenders == {}


def _ui_files() -> list[str]:
    return sorted(str(f.relative_to(ROOT)) for f in (ROOT / "ui").rglob("*.py"))


def core_imports_not_allowed(relative: str, path: Path | None = None) -> list[str]:
    """The modules of app/ that ``relative`` (a file of ui/, or a sample at ``path`` standing in for it) imports
    but may not."""
    windows = relative.startswith(("ui/settings/", "ui/status/"))
    wrong = []
    for module in sorted(imported_modules(path or ROOT / relative, relative)):
        if module != "app" and not module.startswith("app."):
            continue
        if is_error_module(module):
            continue
        if relative in UI_ONLY_IN.get(module, set()):
            continue
        if windows and module not in WINDOWS_MAY_IMPORT:
            wrong.append(module)
        elif module not in UI_MAY_IMPORT:
            wrong.append(module)
    return wrong


@pytest.mark.parametrize("relative", _ui_files())
def test_ui_reaches_the_core_through_its_door(relative: str) -> None:
    assert core_imports_not_allowed(relative) == []


def _level(module: str) -> tuple[str, int] | None:
    for part, level in UI_LEVELS.items():
        if module == part or module.startswith(part + "."):
            return part, level
    return None


def upward_imports(relative: str, path: Path | None = None) -> list[str]:
    """The modules of ui/ that ``relative`` imports although they stand above it, or beside it in another part."""
    own = _level(".".join(Path(relative).with_suffix("").parts))
    if own is None and relative == "ui/__init__.py":
        own = ("ui", 0)
    assert own is not None, f"{relative} has no level in UI_LEVELS"
    part, level = own
    wrong = []
    for module in sorted(imported_modules(path or ROOT / relative, relative)):
        other = _level(module)
        if other is None or other[0] == part:
            continue
        if other[1] >= level:
            wrong.append(module)
    return wrong


@pytest.mark.parametrize("relative", _ui_files())
def test_ui_imports_only_downwards(relative: str) -> None:
    assert upward_imports(relative) == []


def test_every_allowed_module_exists() -> None:
    for module in [*UI_MAY_IMPORT, *UI_ONLY_IN, *WINDOWS_MAY_IMPORT]:
        assert _module_exists(module), f"{module} is allowed but does not exist"


def test_checker_sees_forbidden_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6.QtCore import QObject\nimportlib.import_module('httpx.x')\n")
    assert imported_roots(sample) == {"os", "PySide6", "httpx"}


def test_checker_sees_the_core_beyond_the_door(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from app import admin\nfrom app.ldap import reader\nfrom app.ldap.errors import BaseDnNotFoundError\n"
        "from . import base\n"
        "def later():\n    from ui.tray import app\n    from ui.widgets import qr\n    import ui.wizard.wizard\n",
        encoding="utf-8",
    )
    relative = "ui/settings/sample.py"
    assert imported_modules(sample, relative) == {
        "app.admin",
        "app.ldap.reader",
        "app.ldap.errors",
        "ui.settings.base",
        "ui.tray.app",
        "ui.widgets.qr",
        "ui.wizard.wizard",
    }
    assert core_imports_not_allowed(relative, sample) == ["app.ldap.reader"]
    assert upward_imports(relative, sample) == ["ui.tray.app", "ui.wizard.wizard"]
    # The same imports are fine for the tray, which stands above the windows (but not the core beyond the door).
    assert upward_imports("ui/tray/sample.py", sample) == []
