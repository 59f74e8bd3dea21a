"""Commands for a running agent from another process: the command line's mailbox.

While ``identity-connect-agent run`` (or the tray app) works on a configuration, it holds the instance
lock, so ``identity-connect-agent sync --approve RUN_ID`` from another terminal cannot open the
configuration itself. Instead the command line drops a command file into ``state/commands/``; the running
service claims it (by removing it) within a second, executes it on its own loop — serialized with
scheduled runs, and using the plan it holds for that run — and writes ``<id>.result.json`` next to it. The
command line waits for the result, or for the agent to stop holding the lock, whichever comes first.

Files are written with temp file + ``os.replace`` (mode 0600), so neither side ever reads half a file.
A command counts only if it is a regular file (opened with ``O_NOFOLLOW``: a symlink is dropped, never
followed) that belongs to the agent's own user, in a folder no one else may write; anything else in the
mailbox is logged and removed. (On Windows the owner check is the profile folder's ACL: see
:func:`app.private_files.owned_by_current_user`.)
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from app.errors import ConfigError
from app.jsonfile import dump_json
from app.private_files import check_private_dir
from app.service.statusfile import read_document

log = logging.getLogger(__name__)

COMMANDS_DIR = "commands"
ACTIONS = ("approve", "reject", "sync", "plan")
_COMMAND_SUFFIX = ".cmd.json"
_RESULT_SUFFIX = ".result.json"


@dataclass(frozen=True)
class Command:
    """``action``: "approve" / "reject" (``run_id`` required), "sync" (a run now) or "plan" (a dry run)."""

    action: str
    run_id: str | None = None
    accept_review: bool = False
    force_full: bool = False
    id: str = ""
    # "plan" only: proposed sync settings (SyncSettings as JSON) to plan with instead of the stored ones.
    settings: dict[str, Any] | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Command | None:
        action = data.get("action")
        command_id = data.get("id")
        run_id = data.get("run_id")
        if action not in ACTIONS or not isinstance(command_id, str) or not command_id:
            return None
        if action in ("approve", "reject") and not isinstance(run_id, str):
            return None
        return cls(
            action=str(action),
            run_id=run_id if isinstance(run_id, str) else None,
            accept_review=bool(data.get("accept_review")),
            force_full=bool(data.get("force_full")),
            id=command_id,
            settings=data["settings"] if action == "plan" and isinstance(data.get("settings"), dict) else None,
        )


def _folder(state_dir: Path) -> Path:
    return state_dir / COMMANDS_DIR


def submit(state_dir: Path, command: Command) -> Command:
    """Leave ``command`` for the running agent; returns it with its id."""
    if not command.id:
        command = replace(command, id=uuid.uuid4().hex)
    dump_json(_folder(state_dir) / f"{command.id}{_COMMAND_SUFFIX}", asdict(command))
    return command


def withdraw(state_dir: Path, command: Command) -> bool:
    """Take back a command nobody claimed yet; False if the agent has already claimed it."""
    try:
        (_folder(state_dir) / f"{command.id}{_COMMAND_SUFFIX}").unlink()
    except FileNotFoundError:
        return False
    return True


def _age(path: Path) -> float:
    try:
        return os.lstat(path).st_mtime
    except OSError:
        return 0.0


def _read(path: Path) -> dict[str, Any] | None:
    """A mailbox file's object, or None if it is missing, damaged, a symlink or another user's."""
    try:
        document = read_document(path, require_owner=True)
    except FileNotFoundError:
        return None
    except ConfigError as exc:
        log.warning("ignoring mailbox file %s (%s)", path.name, exc.details.get("reason"))
        return None
    return document[0] if document is not None else None


def claim_pending(state_dir: Path) -> list[Command]:
    """Commands waiting, oldest first, each removed from the mailbox as it is claimed (the agent's side).
    Never raises: a mailbox that cannot be trusted or read is left alone (and logged)."""
    folder = _folder(state_dir)
    try:
        check_private_dir(folder)
        files = sorted(folder.glob(f"*{_COMMAND_SUFFIX}"), key=_age)
    except ConfigError as exc:
        log.warning("ignoring the command mailbox %s (%s)", folder, exc.details.get("reason"))
        return []
    except OSError:
        return []
    claimed: list[Command] = []
    for path in files:
        data = _read(path)
        try:
            path.unlink()  # a symlink is removed itself, never its target
        except FileNotFoundError:
            continue  # withdrawn meanwhile
        except OSError:
            log.warning("cannot remove mailbox file %s", path.name)
            continue
        command = Command.from_json(data) if data is not None else None
        if command is not None:
            claimed.append(command)
    return claimed


def write_result(state_dir: Path, command_id: str, result: dict[str, Any]) -> None:
    dump_json(_folder(state_dir) / f"{command_id}{_RESULT_SUFFIX}", result)


def wait_result(
    state_dir: Path,
    command: Command,
    *,
    agent_alive: Callable[[], bool],
    poll: float = 0.2,
    timeout: float | None = None,
) -> dict[str, Any] | None:
    """The agent's result for ``command`` (the file is removed once read); None if the agent went away
    without answering, or ``timeout`` passed."""
    path = _folder(state_dir) / f"{command.id}{_RESULT_SUFFIX}"
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        data = _read(path)
        if data is not None:
            path.unlink(missing_ok=True)
            return data
        if not agent_alive() or (deadline is not None and time.monotonic() > deadline):
            # One last look: the agent may have answered just before it stopped.
            data = _read(path)
            if data is not None:
                path.unlink(missing_ok=True)
            return data
        time.sleep(poll)


__all__ = ["ACTIONS", "Command", "claim_pending", "submit", "wait_result", "withdraw", "write_result"]
