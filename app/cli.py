"""``identity-connect-agent``: the headless command line.

Subcommands are discovered through the ``identity_connect.commands`` entry points (see pyproject), each a
``register(subparsers)`` that adds its parser and sets ``func(args) -> int`` as the handler. That keeps the
core free of imports from the sandbox while ``identity-connect-agent sandbox`` still works where the
sandbox is installed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from app import APP_DISPLAY_NAME, __version__
from app.private_files import restrict_umask

COMMAND_GROUP = "identity_connect.commands"

Register = Callable[[Any], None]


def command_entry_points() -> list[EntryPoint]:
    return sorted(entry_points(group=COMMAND_GROUP), key=lambda ep: ep.name)


def build_parser(loaded: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="identity-connect-agent",
        description=f"{APP_DISPLAY_NAME}: keep a cloud directory in step with Active Directory or LDAP.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_DISPLAY_NAME} {__version__}")
    parser.add_argument("--config-dir", metavar="DIR", help="keep this agent's configuration, state and logs in DIR")
    parser.add_argument("--self-check", action="store_true", help="check that this installation can run, and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for ep in command_entry_points():
        try:
            register: Register = ep.load()
        except ModuleNotFoundError as exc:
            # The sandbox is an optional extra; a frozen or minimal install may lack it.
            if exc.name and ep.value.startswith(exc.name.split(".")[0] + ".") and exc.name.startswith("sandbox"):
                continue
            raise
        register(sub)
        if loaded is not None:
            loaded.append(ep.name)
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
