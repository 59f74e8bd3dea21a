"""The layering rules, enforced: the core has no Qt, the UI has no I/O libraries, the core never reaches
into the sandbox."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RULES = {
    "app": {"PySide6", "qasync", "shiboken6", "sandbox", "ui"},
    "ui": {"ldap3", "httpx", "keyring", "asyncssh", "smbprotocol", "pypsrp", "spnego", "requests", "sandbox"},
}


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


def test_checker_sees_forbidden_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6.QtCore import QObject\nimportlib.import_module('httpx.x')\n")
    assert imported_roots(sample) == {"os", "PySide6", "httpx"}
