"""An OpenSSH server on a domain controller's own loopback address, as a Linux DC runs one for its admins.

``run_sshd(ip, folder)`` starts Debian's ``sshd`` in the foreground on ``ip:22`` with a fresh host key, key-only
root login and one authorized client key; the fixture stops it by PID. The host key and the client's private key
are returned for the test to confirm and to log in with.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass
class SshServer:
    ip: str
    port: int
    host_key: str  # "ssh-ed25519 AAAA…" as the admin would confirm it
    client_key: str  # the private key of the authorized login, OpenSSH format
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def _keygen(path: Path) -> None:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True, timeout=30)


@contextlib.contextmanager
def run_sshd(ip: str, folder: Path, port: int = 22) -> Iterator[SshServer]:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _keygen(folder / "host_key")
    _keygen(folder / "client_key")
    authorized = folder / "authorized_keys"
    authorized.write_bytes((folder / "client_key.pub").read_bytes())
    authorized.chmod(0o600)
    config = folder / "sshd_config"
    config.write_text(
        f"ListenAddress {ip}:{port}\nHostKey {folder}/host_key\nPidFile {folder}/sshd.pid\n"
        f"AuthorizedKeysFile {authorized}\nPermitRootLogin prohibit-password\nPasswordAuthentication no\n"
        "KbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n"
    )
    Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # sshd's privilege-separation folder
    log = open(folder / "sshd.log", "wb")  # noqa: SIM115 - the child owns it
    process = subprocess.Popen(["/usr/sbin/sshd", "-D", "-e", "-f", str(config)], stdout=log, stderr=log)
    log.close()
    public_host_key = " ".join((folder / "host_key.pub").read_text().split()[:2])
    server = SshServer(ip, port, public_host_key, (folder / "client_key").read_text(), process)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection((ip, port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((folder / "sshd.log").read_text()) from None
                time.sleep(0.05)
        yield server
    finally:
        server.stop()
