"""Every translatable string can be found by the catalogue tool: ``pyside6-lupdate`` does not look inside
f-string replacement fields, so a ``self.tr("…")`` written there is never offered to translators and shows in
English in every language."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
TRANSLATE = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def test_no_translation_call_inside_an_f_string() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and _name(inner) in TRANSLATE:
                        found.append(f"{path.relative_to(UI.parent)}:{inner.lineno}")
    assert found == [], "translate outside the f-string (a variable), then format: " + ", ".join(found)
