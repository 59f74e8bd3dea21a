"""``identity-connect-agent``: the headless command line.

Each subcommand is a ``register(subparsers)`` that adds its parser and sets ``func(args) -> int`` as the
handler. The agent's own subcommands are listed here (:data:`CORE_COMMANDS`), so a plain checkout run as
``python -m app`` has them without an installed distribution; optional ones (the sandbox, which the core
never imports) are discovered through the ``identity_connect.commands`` entry points where installed. The
installed metadata declares the core commands too (the frozen build collects their modules from it); a test
keeps the two lists equal, and the list here wins for a name in both.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from app import APP_DISPLAY_NAME, __version__
from app.private_files import restrict_umask

COMMAND_GROUP = "identity_connect.commands"

Register = Callable[[Any], None]

#: The agent's own subcommands: name -> ``module:function`` of their ``register``, imported when the parser
#: is built (so ``--version`` stays fast).
CORE_COMMANDS: dict[str, str] = {
    "check-ldap": "app.ldap.cli:register",
    "keyring-session": "app.service.cli:register_keyring_session",
    "password-sync": "app.pwsync.cli:register",
    "run": "app.service.cli:register_run",
    "service": "app.service.winservice:register",
    "settings": "app.service.cli:register_settings",
    "setup": "app.setup_cli:register",
    "status": "app.service.cli:register_status",
    "sync": "app.service.cli:register_sync",
}


def command_entry_points() -> list[EntryPoint]:
    """Subcommands the installed distributions declare (the core's own among them when installed)."""
    return sorted(entry_points(group=COMMAND_GROUP), key=lambda ep: ep.name)


def _core_register(target: str) -> Register:
    module, _, name = target.partition(":")
    register: Register = getattr(importlib.import_module(module), name)
    return register


def _plugin_register(ep: EntryPoint) -> Register | None:
    """An optional subcommand's ``register``; None when its package is not installed (the sandbox is an
    optional extra that a frozen or minimal install lacks)."""
    try:
        register: Register = ep.load()
    except ModuleNotFoundError as exc:
        if exc.name and ep.value.startswith(exc.name.split(".")[0] + ".") and exc.name.startswith("sandbox"):
            return None
        raise
    return register


def build_parser(loaded: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="identity-connect-agent",
        description=f"{APP_DISPLAY_NAME}: keep a cloud directory in step with Active Directory or LDAP.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_DISPLAY_NAME} {__version__}")
    parser.add_argument("--config-dir", metavar="DIR", help="keep this agent's configuration, state and logs in DIR")
    parser.add_argument("--self-check", action="store_true", help="check that this installation can run, and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    plugins = {ep.name: ep for ep in command_entry_points() if ep.name not in CORE_COMMANDS}
    for name in sorted(CORE_COMMANDS.keys() | plugins.keys()):
        register = _core_register(CORE_COMMANDS[name]) if name in CORE_COMMANDS else _plugin_register(plugins[name])
        if register is None:
            continue
        register(sub)
        if loaded is not None:
            loaded.append(name)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    restrict_umask()  # everything this process creates (config, state, logs, SQLite files) is private
    words = list(sys.argv[1:] if argv is None else argv)
    if words == ["--version"]:
        # Answered before the commands load: a monitoring script or an installer check asks often.
        print(f"{APP_DISPLAY_NAME} {__version__}")
        return 0
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_check:
        from app.selfcheck import run_self_check

        return run_self_check()
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    try:
        return func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
