"""``make run``: a whole local demo of the setup, from nothing to users arriving in the sandbox's admin view.

Starts the sandbox tenant (in this process) and a demo directory (the seeded Samba AD DC the tests use,
started from ``tests/servers/samba.py`` in a checkout), prints what a newcomer needs (the DC's connection
details and the sandbox admin's sign-in), then opens the setup wizard with the installation key and the demo
DC's connection filled in (all editable) and a private configuration folder. Without a display it prints the
equivalent headless command instead, ready to paste.

Secrets: the agent keeps its secrets only in a keyring. Where none is usable (a server, a bare container), the
demo gives the agent a private one of its own: ``identity-connect-agent keyring-session`` with a random
password kept in the demo's configuration folder, and says so. Servers run until Ctrl+C (or until the
wizard's window is closed) and are stopped by PID on the way out.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sandbox.server import SandboxServer
from sandbox.signals import stop_on_signals
from sandbox.tenant import SEED_ACCOUNTS, TenantOptions

ROOT = Path(__file__).resolve().parent.parent


AGENT = Path(sys.executable).with_name("identity-connect-agent")


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in ("win32", "darwin")


def start_directory() -> Any:
    """The seeded Samba AD DC (needs the Debian Samba packages that ``make deps`` installs, and root)."""
    sys.path.insert(0, str(ROOT))
    from tests.servers.samba import start_copy, template_dir

    return start_copy(template_dir())


def banner(server: SandboxServer, key: str, dc: Any, config_dir: Path) -> str:
    admin = next(a for a in SEED_ACCOUNTS if a.is_admin)
    lines = [
        "",
        "Identity Connect demo",
        "=====================",
        f"Sandbox tenant       {server.url}",
        f"  admin view         {server.admin_url}",
        f"  sign in as         {admin.email} / {admin.password}   ({admin.name}, tenant admin)",
        f"  installation key   {key}",
    ]
    if dc is not None:
        lines += [
            "Demo directory (Samba AD DC)",
            f"  domain             {dc.domain}",
            f"  domain controller  {dc.host}   (LDAPS, port 636)",
            f"  bind account       {dc.admin_bind}",
            f"  bind password      {dc.admin_password}",
            f"  CA file            {dc.ca_file}",
        ]
    else:
        lines.append("Demo directory: not started (see the message above); use your own directory.")
    lines += [f"Configuration        {config_dir}", ""]
    return "\n".join(lines)


def keyring_usable() -> bool:
    """Whether this session has a keyring the agent can keep its secrets in (a desktop's Secret Service)."""
    from app.errors import SecretStoreError
    from app.secrets import SecretStore

    try:
        SecretStore.check_available()
    except SecretStoreError:
        return False
    return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")) or sys.platform in ("win32", "darwin")


def demo_keyring_password(config_dir: Path) -> Path:
    """The private keyring's password for this demo (random, readable by this account only)."""
    path = config_dir / "demo-keyring-password"
    if not path.exists():
        config_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(32) + "\n")
    return path


def agent_prefix(config_dir: Path, keyring_password: Path | None) -> list[str]:
    """``identity-connect-agent --config-dir DIR`` (with the private keyring session when there is one)."""
    parts = [str(AGENT), "--config-dir", str(config_dir)]
    if keyring_password is not None:
        parts += ["keyring-session", "--password-file", str(keyring_password)]
    return parts


def headless_command(key: str, dc: Any, config_dir: Path, keyring_password: Path | None = None) -> str:
    parts = [*agent_prefix(config_dir, keyring_password), "setup", "--key", key]
    if dc is not None:
        parts += ["--domain", dc.domain, "--dc", dc.host, "--bind", dc.admin_bind, "--ca-file", str(dc.ca_file)]
        parts += ["--password-stdin"]
        return f"echo {shlex.quote(dc.admin_password)} | " + " ".join(shlex.quote(p) for p in parts)
    return " ".join(shlex.quote(p) for p in parts)


def follow_up_commands(config_dir: Path, keyring_password: Path | None) -> list[str]:
    prefix = " ".join(shlex.quote(p) for p in agent_prefix(config_dir, keyring_password))
    return [
        f"{prefix} sync --dry-run      # the first run's plan",
        f"{prefix} sync --yes          # apply it: users arrive in the admin view",
        f"{prefix} run                 # the agent service (Ctrl+C stops it)",
    ]


def directory_defaults(dc: Any) -> str:
    """The wizard's pre-filled directory page (ui.main reads it once and drops it from its environment)."""
    return json.dumps(
        {
            "domain": dc.domain,
            "domain_controllers": [dc.host],
            "bind_identity": dc.admin_bind,
            "password": dc.admin_password,
            "ca_file": str(dc.ca_file),
        }
    )


def stop_group(process: subprocess.Popen[bytes]) -> None:
    """Stop a process started with ``start_new_session`` and everything it started (by its group id)."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sandbox.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8700, help="sandbox tenant port (default 8700)")
    parser.add_argument("--no-directory", action="store_true", help="do not start the demo Samba DC")
    parser.add_argument("--config-dir", type=Path, help="configuration folder for the demo agent")
    args = parser.parse_args(argv)
    stop_on_signals()

    config_dir = args.config_dir or Path(tempfile.mkdtemp(prefix="identity-connect-demo-"))
    server = SandboxServer(port=args.port, options=TenantOptions())
    server.start()
    key = str(server.tenant.issue_key(ttl=24 * 3600))
    dc = None
    gui: subprocess.Popen[bytes] | None = None
    try:
        if not args.no_directory:
            print("Starting the demo directory (Samba AD DC)…", flush=True)
            try:
                dc = start_directory()
            except Exception as exc:  # a missing package or no root: the tenant demo still works
                print(f"The demo directory could not start: {exc}", file=sys.stderr)
        print(banner(server, key, dc, config_dir), flush=True)
        keyring_password = None if keyring_usable() else demo_keyring_password(config_dir)
        if keyring_password is not None:
            print(
                "No keyring is available in this session, so the demo gives the agent a private one: its\n"
                f"secrets are kept encrypted under {config_dir / 'state' / 'keyring'}, with the password in\n"
                f"{keyring_password} ('identity-connect-agent keyring-session'; see docs/admin-guide.md).\n",
                flush=True,
            )
        if has_display():
            env = dict(os.environ, IDENTITY_CONNECT_INSTALLATION_KEY=key)
            if dc is not None:
                env["IDENTITY_CONNECT_DIRECTORY_DEFAULTS"] = directory_defaults(dc)
            command = [sys.executable, "-m", "ui.main", "--config-dir", str(config_dir)]
            if keyring_password is not None:
                command = [*agent_prefix(config_dir, keyring_password), "--exec", *command]
            filled = "the key and the demo directory are" if dc is not None else "the key is"
            print(f"Opening the setup wizard ({filled} filled in). Ctrl+C here stops everything.", flush=True)
            # A process group of its own: the wizard, and a keyring session's bus and daemon, stop together.
            gui = subprocess.Popen(command, env=env, cwd=ROOT, start_new_session=True)
            gui.wait()
            print("The wizard has closed; the servers keep running for the agent. Ctrl+C stops them.", flush=True)
        else:
            print("No display (DISPLAY / WAYLAND_DISPLAY unset), so the setup window cannot open.")
            print("Set the agent up in another terminal instead; paste this as it is:\n")
            print("    " + headless_command(key, dc, config_dir, keyring_password) + "\n")
            print("The command prints a sign-in address and a code: open it in a browser and sign in as the")
            print("tenant admin above. Then, in the same way:\n")
            for line in follow_up_commands(config_dir, keyring_password):
                print("    " + line)
            print("\nServers keep running until Ctrl+C.", flush=True)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("\nStopping…", flush=True)
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)  # a second Ctrl+C must not cut the clean-up short
        if gui is not None:
            stop_group(gui)
        if dc is not None:
            dc.stop()
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
