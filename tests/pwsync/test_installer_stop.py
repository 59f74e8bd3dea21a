"""Stopping a DC agent that runs without systemd (process mode): the installer stops its whole process group, and
one that does not stop on TERM within the grace time is killed, so an uninstall never leaves an agent running from a
folder it deleted. The installer talks to a real sshd on loopback, as it does to a DC."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

from pydantic import SecretStr

from app.pwsync.installer import SambaDcInstaller, SambaLayout, SshLogin
from tests.servers.sshd import run_sshd


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie of ours is dead for this purpose.
    state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    return state != "Z"


def test_an_agent_that_ignores_term_is_killed_with_its_children(tmp_path: Path) -> None:
    install_dir = tmp_path / "on-the-dc" / "identity-connect-dcagent"
    install_dir.mkdir(parents=True)
    # An "agent" leading its own group, ignoring TERM, with a child that ignores it too (a syncpasswords run).
    agent = subprocess.Popen(
        ["sh", "-c", "trap '' TERM; sleep 600 & wait"], start_new_session=True, stdout=subprocess.DEVNULL
    )
    (install_dir / "dcagent.pid").write_text(f"{agent.pid}\n")
    time.sleep(0.3)
    children = [
        int(p) for p in subprocess.run(["pgrep", "-g", str(agent.pid)], capture_output=True, text=True).stdout.split()
    ]
    assert len(children) >= 2
    layout = SambaLayout(
        samba_conf=str(tmp_path / "smb.conf"),
        gnupg_home=str(tmp_path / "gnupg"),
        install_dir=str(install_dir),
        service_manager="process",
    )
    try:
        with run_sshd("127.0.0.1", tmp_path / "sshd", port=_free_port()) as server:
            login = SshLogin(
                host=server.ip,
                port=server.port,
                username="root",
                host_key=server.host_key,
                private_key=SecretStr(server.client_key),
            )

            async def stop() -> None:
                async with SambaDcInstaller(login, layout) as installer:
                    await installer._stop_service()

            asyncio.run(stop())
        agent.wait(timeout=5)
        assert not any(_alive(pid) for pid in children), "a process of the agent's group outlived the stop"
        assert not (install_dir / "dcagent.pid").exists()
    finally:
        for pid in children:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
