"""The command line: every declared subcommand loads, the core ones without installed metadata, and
--version says the one version."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from app import __version__
from app.cli import COMMAND_GROUP, CORE_COMMANDS, build_parser, command_entry_points

REPO = Path(__file__).resolve().parent.parent

# Run in a fresh interpreter with no site processing (-I -S): the project copy and a mirror of the
# environment's libraries are the whole path, so only what is in them can be found.
_AS_CHECKOUT = """
import sys
from importlib import metadata
sys.path[:0] = sys.argv[1:3]
if metadata.entry_points(group=sys.argv[3]):
    raise SystemExit("the project's entry points are visible")
try:
    metadata.distribution("identity-connect")
except metadata.PackageNotFoundError:
    pass
else:
    raise SystemExit("the project's metadata is visible")
import app
assert app.__file__.startswith(sys.argv[1]), app.__file__
import runpy
sys.argv = ["identity-connect-agent", *sys.argv[4:]]
runpy.run_module("app", run_name="__main__", alter_sys=True)
"""


def test_every_declared_command_registers() -> None:
    loaded: list[str] = []
    build_parser(loaded)
    assert sorted(loaded) == sorted(CORE_COMMANDS.keys() | {ep.name for ep in command_entry_points()})
    assert {"check-ldap", "setup", "sync", "status", "run", "sandbox"} <= set(loaded)


def test_installed_metadata_declares_the_core_commands_as_the_cli_lists_them() -> None:
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["entry-points"]
    core = {name: target for name, target in declared[COMMAND_GROUP].items() if target.startswith("app.")}
    assert core == CORE_COMMANDS


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of ``app/`` as a plain checkout has it, and the environment's libraries without this project's
    distribution metadata (its ``.dist-info``, the editable install's finder and ``.pth`` files)."""
    root = tmp_path_factory.mktemp("cli-checkout")
    source = root / "checkout"
    shutil.copytree(REPO / "app", source / "app", ignore=shutil.ignore_patterns("__pycache__"))
    libraries = root / "site-packages"
    libraries.mkdir()
    for entry in Path(sysconfig.get_paths()["purelib"]).iterdir():
        name = entry.name.lower()
        if name.startswith(("identity_connect", "__editable__")) or name.endswith(".pth"):
            continue
        os.symlink(entry, libraries / entry.name, target_is_directory=entry.is_dir())
    return source, libraries


@pytest.mark.parametrize("command", ["sync", "status", "run"])
def test_core_commands_exist_in_a_checkout_without_installed_metadata(
    checkout: tuple[Path, Path], command: str
) -> None:
    source, libraries = checkout
    argv = [str(source), str(libraries), COMMAND_GROUP, command, "--help"]
    result = subprocess.run(
        [sys.executable, "-I", "-S", "-c", _AS_CHECKOUT, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=source.parent,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: identity-connect-agent {command}")


def test_version_is_the_package_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == f"Identity Connect {__version__}"
