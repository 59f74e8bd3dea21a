"""Words for errors: every code the core can raise has words in the GUI's table (``ui/errors.py``) and in the
terminal's (``app/messages.py``), and neither table keeps words for a code nothing produces.

The codes are found in the source, not listed by hand: an AST walk over ``app/`` collects

- ``code = "…"`` in the body of a class derived from ``IdentityConnectError``, when the class is constructed
  somewhere without a ``code=`` (a base class that is always given a code raises only those);
- ``code=…`` keyword arguments, and arguments in the position of a parameter named ``code``, whose value is a
  string literal, a module-level string constant or an enum member's ``.value``;
- ``code = "…"`` assignments in functions (``classify_bind_result`` picks its code that way), defaults of parameters
  named ``code``, and the strings in module-level ``CODES`` / ``…_CODES`` tables (code by server answer);
- the codes of the setup form's ``FieldIssue``\\ s (raised as ``DirectoryCheckError``).

Codes raised only in the terminal front end's own modules (:data:`TERMINAL_ONLY`) need no GUI words. A table's
entry is "produced" when its code appears as a string literal in ``app/`` or ``ui/`` other than a dictionary's key
(the tables' own keys, or maps from codes to pages or clauses) or a GUI words entry; ``ui/errors.py`` produces
``unexpected`` and ``os_error`` itself.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import messages as terminal

ROOT = Path(__file__).resolve().parents[1]
# The terminal front end's own modules: a code raised only there never reaches the GUI.
TERMINAL_ONLY = {
    "app/cli.py",
    "app/ldap/cli.py",
    "app/pwsync/cli.py",
    "app/service/cli.py",
    "app/service/keyring_session.py",  # the keyring-session command
    "app/setup_cli.py",
}


def _modules(*folders: str) -> Iterator[tuple[Path, ast.Module]]:
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _string_members(node: ast.ClassDef) -> dict[str, str]:
    members: dict[str, str] = {}
    for statement in node.body:
        targets = statement.targets if isinstance(statement, ast.Assign) else []
        if isinstance(statement, ast.AnnAssign):
            targets, value = [statement.target], statement.value
        else:
            value = statement.value if isinstance(statement, ast.Assign) else None
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            members.update({t.id: value.value for t in targets if isinstance(t, ast.Name)})
    return members


def raisable_codes() -> dict[str, list[str]]:
    """Each code the core can raise, with the places that show it (``file:line``)."""
    trees = list(_modules("app"))
    bases: dict[str, set[str]] = {}
    members: dict[str, dict[str, str]] = {}
    constants: dict[str, str] = {}
    params: dict[str, list[str]] = {}
    for _path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(ast.unparse(b).split(".")[-1] for b in node.bases)
                members[node.name] = _string_members(node)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                params[node.name] = [a.arg for a in node.args.posonlyargs + node.args.args]
        for statement in tree.body:
            if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant):
                value = statement.value.value
                if isinstance(value, str):
                    constants.update({t.id: value for t in statement.targets if isinstance(t, ast.Name)})

    def is_error(name: str, seen: frozenset[str] = frozenset()) -> bool:
        return name == "IdentityConnectError" or any(
            is_error(base, seen | {name}) for base in bases.get(name, ()) if base not in seen
        )

    def resolve(value: ast.expr | None) -> set[str]:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            return {value.value}
        if isinstance(value, ast.Name) and value.id in constants:
            return {constants[value.id]}
        if (
            isinstance(value, ast.Attribute)
            and value.attr == "value"
            and isinstance(value.value, ast.Attribute)
            and isinstance(value.value.value, ast.Name)
        ):
            member = members.get(value.value.value.id, {}).get(value.value.attr)
            return {member} if member else set()
        return set()

    codes: dict[str, list[str]] = {}

    def add(found: set[str], path: Path, node: ast.AST) -> None:
        for code in found:
            codes.setdefault(code, []).append(f"{path.relative_to(ROOT).as_posix()}:{getattr(node, 'lineno', 0)}")

    for path, tree in trees:
        for statement in tree.body:
            if isinstance(statement, ast.Assign) and any(
                isinstance(t, ast.Name) and (t.id == "CODES" or t.id.endswith("_CODES")) for t in statement.targets
            ):
                value = statement.value
                if isinstance(value, ast.Call) and value.args:  # frozenset({...})
                    value = value.args[0]
                items = value.values if isinstance(value, ast.Dict) else getattr(value, "elts", [])
                for item in items:
                    add(resolve(item), path, statement)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = ast.unparse(node.func).split(".")[-1]
                keywords = {k.arg: k.value for k in node.keywords}
                if "code" in keywords:
                    add(resolve(keywords["code"]), path, node)
                elif is_error(name) and "code" in members.get(name, {}) and None not in keywords:
                    add({members[name]["code"]}, path, node)
                names = params.get(name, [])
                for index, argument in enumerate(node.args):
                    if index < len(names) and names[index] == "code" and isinstance(argument, ast.Name):
                        add(resolve(argument), path, node)
                if name == "FieldIssue" and len(node.args) >= 2:
                    add(resolve(node.args[1]), path, node)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "code" for t in inner.targets
                    ):
                        add(resolve(inner.value), path, inner)
                arguments = node.args
                positional = arguments.posonlyargs + arguments.args
                with_default = positional[len(positional) - len(arguments.defaults) :]
                pairs = list(zip(with_default, arguments.defaults, strict=True))
                pairs += [(a, d) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True) if d]
                for argument, default in pairs:
                    if argument.arg == "code":
                        add(resolve(default), path, node)
    return codes


def produced_strings() -> set[str]:
    """Every string literal in app/ and ui/ but dictionaries' keys (the tables' own, or a map from codes to pages or
    clauses) and the texts of words."""
    found: set[str] = set()
    for _path, tree in _modules("app", "ui"):
        skipped: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                skipped.update(id(key) for key in node.keys if key is not None)
            elif isinstance(node, ast.Tuple) and any(
                isinstance(e, ast.Call) and ast.unparse(e.func).endswith("QT_TRANSLATE_NOOP") for e in node.elts
            ):
                skipped.update(id(e) for e in node.elts)  # a words entry of its own, not a producer
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
                found.add(node.value)
    return found


def _terminal_only(site: str) -> bool:
    return site.split(":")[0] in TERMINAL_ONLY


@pytest.fixture(scope="module")
def gui_words() -> set[str]:
    from ui import errors

    return set(errors.WORDS)


def test_the_walk_finds_the_codes_it_should() -> None:
    codes = raisable_codes()
    # one of each way a code is given: class default, keyword, enum value, *_CODES table, local assignment,
    # positional constant, form issue
    for code in (
        "agent_busy",
        "agent_unknown",
        "key_checksum",
        "key_revoked",
        "bind_account_locked",
        "strong_auth_required",
        "status_file_unreadable",
        "bind_identity_invalid",
    ):
        assert code in codes, code
    assert "error" not in codes and "cloud_error" not in codes, "a base class that is always given a code"


def test_every_raisable_code_has_words_in_both_front_ends(gui_words: set[str]) -> None:
    codes = raisable_codes()
    for_gui = {code: sites for code, sites in codes.items() if not all(_terminal_only(site) for site in sites)}
    missing_gui = sorted(f"{code} ({sites[0]})" for code, sites in for_gui.items() if code not in gui_words)
    missing_terminal = sorted(f"{code} ({sites[0]})" for code, sites in codes.items() if code not in terminal.WORDS)
    assert missing_gui == [], "add words to ui/errors.py WORDS"
    assert missing_terminal == [], "add words to app/messages.py WORDS"


@pytest.mark.parametrize("front_end", ["gui", "terminal"])
def test_no_words_for_a_code_nothing_produces(front_end: str, gui_words: set[str]) -> None:
    table = gui_words if front_end == "gui" else set(terminal.WORDS)
    produced = produced_strings() | set(raisable_codes())
    assert sorted(table - produced) == []


def test_the_password_sync_words_keep_their_translations(qapp: object) -> None:
    """The prerequisite rows' words moved from the password-sync page into the table under the same context
    (``ErrorMessages``), so the catalogues' translations still apply."""
    from PySide6.QtWidgets import QApplication

    from ui.errors import describe
    from ui.i18n import Translations

    assert isinstance(qapp, QApplication)
    translations = Translations(qapp)
    try:
        assert translations.switch("de")
        shown = describe("host_key_not_confirmed")
        assert shown.title == "Hostschlüssel nicht bestätigt"
        assert describe("not_domain_admin").title == "Kein Domänen-Admin"
    finally:
        translations.switch("en")
