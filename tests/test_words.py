"""Words for errors: every code the core can raise has words in the GUI's table (``ui/errors.py``) and in the
terminal's (``app/messages.py``), and neither table keeps words for a code nothing produces.

The codes are found in the source, not listed by hand: an AST walk over ``app/`` collects

- ``code = "…"`` in the body of a class derived from ``IdentityConnectError``, when the class is constructed
  somewhere without a ``code=`` (a base class that is always given a code raises only those);
- ``code=…`` keyword arguments, and arguments in the position of a parameter named ``code`` (of a function, or a
  field of a dataclass such as ``CheckRow``), defaults of parameters named ``code``, and the strings in
  module-level ``CODES`` / ``…_CODES`` tables (code by server answer), each a code expression (below);
- the codes of the setup form's ``FieldIssue``\\ s (raised as ``DirectoryCheckError``).

A code expression is a string literal, a module-level string constant, an enum member's ``.value``, either branch
of a conditional expression (``"ok" if reachable else "windows_dc_unreachable"``), what is assigned to a local
name in the function (``classify_bind_result`` picks its ``code`` in steps), or a call of a function of ``app/``:
what it returns (``check_smb_copy``, ``_smb_code``). A name called is the calling module's own definition, else
the one definition in ``app/``. ``ok``, the code of a passed check, is no error and needs no words; a code that is
given to nothing of these (the change watch's internal stream codes) is no error a person sees.

Codes raised only in the terminal front end's own modules (:data:`TERMINAL_ONLY`) need no GUI words. A table's
entry is "produced" when its code appears as a string literal in ``app/`` or ``ui/`` other than a dictionary's key
(the tables' own keys, or maps from codes to pages or clauses) or a GUI words entry; ``ui/errors.py`` produces
``unexpected`` and ``os_error`` itself.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from app import messages as terminal

ROOT = Path(__file__).resolve().parents[1]
# A walk over the source, minutes of nothing but CPU: in the second test process (tests/alongside.py).
pytestmark = pytest.mark.alongside
PASSED = {"ok"}  # the code of a passed check, no error
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


def _is_dataclass(node: ast.ClassDef) -> bool:
    return any(ast.unparse(d).split("(")[0].split(".")[-1] == "dataclass" for d in node.decorator_list)


def _fields(node: ast.ClassDef) -> list[str]:
    """A dataclass's fields in order: its constructor's positional parameters."""
    return [
        s.target.id
        for s in node.body
        if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name) and "ClassVar" not in ast.unparse(s)
    ]


Function = ast.FunctionDef | ast.AsyncFunctionDef
T = TypeVar("T")


def _by_unique_name(table: dict[tuple[Path | None, str], T]) -> None:
    """Also key each name defined in one module only under (None, name): how other modules reach it."""
    defined: dict[str, list[Path | None]] = {}
    for where, name in list(table):
        defined.setdefault(name, []).append(where)
    for name, places in defined.items():
        if len(places) == 1:
            table[(None, name)] = table[(places[0], name)]


def _own_nodes(node: ast.AST) -> Iterator[ast.AST]:
    """The nodes in ``node``'s body, not those of the functions and classes defined in it."""
    for child in ast.iter_child_nodes(node):
        yield child
        if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            yield from _own_nodes(child)


def _scopes(tree: ast.Module) -> Iterator[tuple[Function | None, ast.AST]]:
    """Each node of ``tree`` with the function whose body holds it (None at module or class level)."""
    pending: list[tuple[Function | None, ast.AST]] = [(None, tree)]
    while pending:
        scope, node = pending.pop()
        for child in _own_nodes(node):
            yield scope, child
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                pending.append((child, child))
            elif isinstance(child, ast.ClassDef):
                pending.append((None, child))


def raisable_codes() -> dict[str, list[str]]:
    """Each code the core can raise, with the places that show it (``file:line``)."""
    trees = list(_modules("app"))
    bases: dict[str, set[str]] = {}
    members: dict[str, dict[str, str]] = {}
    constants: dict[str, str] = {}
    # What a name called in a module stands for: that module's own definition, else the one definition in app/.
    params: dict[tuple[Path | None, str], list[str]] = {}
    functions: dict[tuple[Path | None, str], list[Function]] = {}
    for path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(ast.unparse(b).split(".")[-1] for b in node.bases)
                members[node.name] = _string_members(node)
                if _is_dataclass(node):
                    params[(path, node.name)] = _fields(node)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                params[(path, node.name)] = [a.arg for a in node.args.posonlyargs + node.args.args]
                functions.setdefault((path, node.name), []).append(node)
        for statement in tree.body:
            if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant):
                value = statement.value.value
                if isinstance(value, str):
                    constants.update({t.id: value for t in statement.targets if isinstance(t, ast.Name)})
    _by_unique_name(params)
    _by_unique_name(functions)

    def lookup(table: dict[tuple[Path | None, str], Any], path: Path, func: ast.expr) -> Any:
        name = ast.unparse(func).split(".")[-1]
        return table.get((path, name), table.get((None, name)))

    def is_error(name: str, seen: frozenset[str] = frozenset()) -> bool:
        return name == "IdentityConnectError" or any(
            is_error(base, seen | {name}) for base in bases.get(name, ()) if base not in seen
        )

    following: set[tuple[int, str]] = set()  # (scope, name) pairs being resolved, against cycles

    def resolve(value: ast.expr | None, path: Path, scope: Function | None) -> set[str]:
        """The codes ``value`` can be: a literal, a constant, an enum member's value, either branch of a
        conditional, what is assigned to a local name, or what a function of app/ returns."""
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            return {value.value}
        if isinstance(value, ast.IfExp):
            return resolve(value.body, path, scope) | resolve(value.orelse, path, scope)
        if isinstance(value, ast.Await):
            return resolve(value.value, path, scope)
        if isinstance(value, ast.Name) and scope is not None and (id(scope), value.id) not in following:
            assigned = [
                node.value
                for node in _own_nodes(scope)
                if isinstance(node, ast.Assign | ast.AnnAssign)
                and any(isinstance(t, ast.Name) and t.id == value.id for t in _targets(node))
            ]
            if assigned:
                following.add((id(scope), value.id))
                found = set().union(*(resolve(v, path, scope) for v in assigned))
                following.discard((id(scope), value.id))
                return found
        if isinstance(value, ast.Name) and value.id in constants:
            return {constants[value.id]}
        if isinstance(value, ast.Call):
            called = lookup(functions, path, value.func) or []
            found = set()
            for function in called:
                if (id(function), "return") in following:
                    continue
                following.add((id(function), "return"))
                where = next(p for p, t in trees if function in ast.walk(t))
                for node in _own_nodes(function):
                    if isinstance(node, ast.Return):
                        found |= resolve(node.value, where, function)
                following.discard((id(function), "return"))
            return found
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
        for code in found - PASSED:
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
                    add(resolve(item, path, None), path, statement)
        for scope, node in _scopes(tree):
            if isinstance(node, ast.Call):
                name = ast.unparse(node.func).split(".")[-1]
                keywords = {k.arg: k.value for k in node.keywords}
                if "code" in keywords:
                    add(resolve(keywords["code"], path, scope), path, node)
                elif is_error(name) and "code" in members.get(name, {}) and None not in keywords:
                    add({members[name]["code"]}, path, node)
                names = lookup(params, path, node.func) or []
                for index, argument in enumerate(node.args):
                    if index < len(names) and names[index] == "code":
                        add(resolve(argument, path, scope), path, node)
                if name == "FieldIssue" and len(node.args) >= 2:
                    add(resolve(node.args[1], path, scope), path, node)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                arguments = node.args
                positional = arguments.posonlyargs + arguments.args
                with_default = positional[len(positional) - len(arguments.defaults) :]
                pairs = list(zip(with_default, arguments.defaults, strict=True))
                pairs += [(a, d) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True) if d]
                for argument, default in pairs:
                    if argument.arg == "code":
                        add(resolve(default, path, None), path, node)
    return codes


def _targets(node: ast.Assign | ast.AnnAssign) -> list[ast.expr]:
    return list(node.targets) if isinstance(node, ast.Assign) else [node.target]


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
    # a conditional in a dataclass's code field (CheckRow), a local name given to it, a function's return value
    # given as a code (check_smb_copy, _smb_code)
    for code in (
        "windows_dc_unreachable",
        "windows_too_old",
        "needs_windows_login",
        "dc_platform_mismatch",
        "smb_encryption_unavailable",
    ):
        assert code in codes, code
    assert "ok" not in codes, "the code of a passed check"
    assert "watch_ended" not in codes, "a code given to no carrier (the change watch's internal stream error)"


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


def test_the_reasons_a_password_change_was_not_accepted_have_words_in_both_front_ends() -> None:
    from ui.errors import REJECTION_WORDS

    terminal_reasons = {code for code, words in terminal.WORDS.items() if words.problem} & produced_strings()
    gui_reasons = set(REJECTION_WORDS) - {"tenant_refused"}  # the tenant's own words, in both front ends
    assert gui_reasons <= terminal_reasons
    assert gui_reasons <= produced_strings()
