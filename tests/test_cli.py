"""The command line: every declared subcommand loads, and --version says the one version."""

from __future__ import annotations

import subprocess
import sys

from app import __version__
from app.cli import build_parser, command_entry_points


def test_every_declared_command_registers() -> None:
    loaded: list[str] = []
    build_parser(loaded)
    assert sorted(loaded) == sorted(ep.name for ep in command_entry_points())
    assert {"check-ldap", "setup", "sync", "status", "run", "sandbox"} <= set(loaded)


def test_version_is_the_package_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == f"Identity Connect {__version__}"
