"""``make run``: a whole local demo of the setup, from nothing to users arriving in the sandbox's admin view.

Starts the sandbox tenant (in this process) and a demo directory (the seeded Samba AD DC the tests use,
started from ``tests/servers/samba.py`` in a checkout), prints what a newcomer needs (the DC's connection
details and the sandbox admin's sign-in), then opens the setup wizard with the installation key filled in and a
private configuration folder. Without a display it prints the equivalent headless command instead. Servers run
until Ctrl+C (or until the wizard's window is closed) and are stopped by PID on the way out.
"""

from __future__ import annotations

import argparse
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sandbox.server import SandboxServer
from sandbox.tenant import SEED_ACCOUNTS, TenantOptions

ROOT = Path(__file__).resolve().parent.parent


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


def headless_command(key: str, dc: Any, config_dir: Path) -> str:
    parts = ["identity-connect-agent", "--config-dir", str(config_dir), "setup", "--key", key]
    if dc is not None:
        parts += ["--domain", dc.domain, "--dc", dc.host, "--bind", dc.admin_bind, "--ca-file", str(dc.ca_file)]
        parts += ["--password-stdin"]
        return f"echo {shlex.quote(dc.admin_password)} | " + " ".join(shlex.quote(p) for p in parts)
    return " ".join(shlex.quote(p) for p in parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sandbox.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8700, help="sandbox tenant port (default 8700)")
    parser.add_argument("--no-directory", action="store_true", help="do not start the demo Samba DC")
    parser.add_argument("--config-dir", type=Path, help="configuration folder for the demo agent")
    args = parser.parse_args(argv)

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
        if has_display():
            env = dict(os.environ, IDENTITY_CONNECT_INSTALLATION_KEY=key)
            command = [sys.executable, "-m", "ui.main", "--config-dir", str(config_dir)]
            print("Opening the setup wizard (the key is filled in). Ctrl+C here stops everything.", flush=True)
            gui = subprocess.Popen(command, env=env, cwd=ROOT)
            gui.wait()
            print("The wizard has closed; the servers keep running for the agent. Ctrl+C stops them.", flush=True)
        else:
            print("No display (DISPLAY / WAYLAND_DISPLAY unset), so the setup window cannot open.")
            print("Set the agent up in this terminal instead (from the checkout, with the venv active):\n")
            print("    " + headless_command(key, dc, config_dir) + "\n")
            print("Servers keep running until Ctrl+C.", flush=True)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("\nStopping…", flush=True)
    finally:
        if gui is not None and gui.poll() is None:
            os.kill(gui.pid, signal.SIGTERM)
            try:
                gui.wait(10)
            except subprocess.TimeoutExpired:
                os.kill(gui.pid, signal.SIGKILL)
        if dc is not None:
            dc.stop()
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
