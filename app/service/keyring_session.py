"""``identity-connect-agent keyring-session``: an agent command inside its own private, encrypted keyring.

A Linux server has no desktop session, so nothing offers the Secret Service the agent keeps its secrets in
(and there is no plaintext fallback). This command gives one agent command a keyring of its own:

1. the keyring password comes from a key source, never from the command line: ``--password-file FILE``, or
   the systemd credential ``keyring-password`` (``LoadCredentialEncrypted=`` with a credential made by
   ``systemd-creds encrypt``, or ``LoadCredential=``), found in ``$CREDENTIALS_DIRECTORY``;
2. a private D-Bus session (``dbus-run-session``) is started, and in it a GNOME Keyring daemon that keeps its
   files under ``<state folder>/keyring/`` and is unlocked with that password (it creates the keyring,
   encrypted with the password, the first time);
3. the agent command runs in that session, with its standard input, output and exit status, and the session
   ends with it.

The keyring's files are encrypted at rest with the password; whoever can read the key source can open them,
so the key source is what to protect (systemd-creds ties it to the machine or its TPM).

The daemon gets a private runtime folder, so it never talks to (or unlocks) a desktop keyring that runs for
the same account. Two stages: the outer one checks the key source and the programs, makes the runtime
folder and starts ``dbus-run-session``; the inner one (``--in-session``, inside the bus) starts the daemon
and replaces itself with the agent command.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from app.errors import IdentityConnectError
from app.paths import AgentPaths

CREDENTIAL_NAME = "keyring-password"
REQUIRED_PROGRAMS = ("dbus-run-session", "gnome-keyring-daemon")
IN_SESSION_FLAG = "--in-session"


class KeyringSessionError(IdentityConnectError):
    """The private keyring session cannot start. Codes: ``keyring_password_missing``,
    ``keyring_password_empty``, ``keyring_programs_missing`` (details: ``programs``), ``keyring_unlock_failed``,
    ``keyring_command_missing``."""

    code = "keyring_session_failed"


def agent_command() -> list[str]:
    """How to start this same program again (the frozen bundle, or the interpreter with ``app.cli``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "app.cli"]


def keyring_folder(paths: AgentPaths) -> Path:
    """Where the private keyring's files live (``keyrings/login.keyring`` inside it)."""
    return paths.state_dir / "keyring"


def password_source(password_file: str | None) -> Path:
    """The file holding the keyring password: ``--password-file``, else the systemd credential."""
    if password_file:
        return Path(password_file)
    credentials = os.environ.get("CREDENTIALS_DIRECTORY")
    if credentials and (Path(credentials) / CREDENTIAL_NAME).is_file():
        return Path(credentials) / CREDENTIAL_NAME
    raise KeyringSessionError("no keyring password source", code="keyring_password_missing")


def read_password(source: Path) -> bytes:
    try:
        password = source.read_bytes().strip()
    except OSError as exc:
        raise KeyringSessionError(str(exc), code="keyring_password_missing", source=str(source)) from exc
    if not password:
        raise KeyringSessionError("empty keyring password", code="keyring_password_empty", source=str(source))
    return password


def missing_programs() -> list[str]:
    return [name for name in REQUIRED_PROGRAMS if shutil.which(name) is None]


def run_outer(
    paths: AgentPaths, password_file: str | None, command: list[str], config_dir: str | None, *, program: bool = False
) -> int:
    """Check the key source and programs, then run ``command`` in a new private session: agent arguments, or
    with ``program`` a program and its arguments (the desktop program, for a desktop without a keyring)."""
    if not command:
        raise KeyringSessionError("no command", code="keyring_command_missing")
    source = password_source(password_file)
    read_password(source)  # fail here, with the reason, rather than inside the session
    missing = missing_programs()
    if missing:
        raise KeyringSessionError("programs missing", code="keyring_programs_missing", programs=", ".join(missing))
    paths.ensure()
    folder = keyring_folder(paths)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    runtime_parent = os.environ.get("XDG_RUNTIME_DIR")
    if runtime_parent and not os.access(runtime_parent, os.W_OK):
        runtime_parent = None
    runtime = tempfile.mkdtemp(prefix="ic-keyring-", dir=runtime_parent)
    inner = [*agent_command()]
    if config_dir:
        inner += ["--config-dir", config_dir]
    inner += ["keyring-session", IN_SESSION_FLAG, "--password-file", str(source.resolve())]
    inner += [*(["--exec"] if program else []), "--", *command]
    env = dict(os.environ, IC_KEYRING_RUNTIME_DIR=runtime)
    for name in ("DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL"):
        env.pop(name, None)  # never reach a desktop's own session or keyring
    try:
        child = subprocess.Popen(["dbus-run-session", "--", *inner], env=env)
        while True:
            try:
                return child.wait()
            except KeyboardInterrupt:
                # The terminal sent Ctrl+C to the whole process group: the command stops by itself
                # (setup rolls back); wait for it rather than leaving the session behind.
                continue
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


def run_inner(
    paths: AgentPaths, password_file: str, command: list[str], config_dir: str | None, *, program: bool = False
) -> int:
    """Inside the private bus: start the unlocked keyring daemon, then become the agent command."""
    password = read_password(Path(password_file))
    runtime = os.environ.get("IC_KEYRING_RUNTIME_DIR") or tempfile.mkdtemp(prefix="ic-keyring-")
    daemon_env = dict(os.environ, XDG_RUNTIME_DIR=runtime, XDG_DATA_HOME=str(keyring_folder(paths)))
    done = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input=password,
        env=daemon_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    if done.returncode != 0:
        raise KeyringSessionError(done.stderr.decode(errors="replace").strip(), code="keyring_unlock_failed")
    if program:
        argv = list(command)
    else:
        argv = [*agent_command()]
        if config_dir:
            argv += ["--config-dir", config_dir]
        argv += command
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execvp(argv[0], argv)
    except OSError as exc:
        raise KeyringSessionError(str(exc), code="keyring_command_missing") from exc
    return 0  # not reached


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "keyring-session",
        help="run an agent command with its own encrypted keyring (Linux servers without a desktop)",
        description="Run an agent command (setup, run, sync, status, settings …) inside a private D-Bus "
        "session with its own GNOME Keyring, unlocked with a password from --password-file or the systemd "
        "credential 'keyring-password'. The keyring's files are kept encrypted in the state folder.",
    )
    parser.add_argument("--password-file", metavar="FILE", help="file holding the keyring password")
    parser.add_argument(
        "--exec",
        dest="program",
        action="store_true",
        help="COMMAND is a program to run (e.g. identity-connect on a desktop without a keyring), not an agent command",
    )
    parser.add_argument(IN_SESSION_FLAG, action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("agent_args", nargs=argparse.REMAINDER, metavar="COMMAND ...", help="the agent command")
    return parser
