"""Loopback addresses for directory servers whose ports are fixed (Samba's LDAP listens on 389/636 only).

Several test runs share this machine, so each Samba instance binds its own ``127.0.0.N`` (on Linux the whole
127/8 is local, no ``ip addr add`` needed). An address is taken by holding an ``fcntl`` lock on
``/tmp/ic-loopback/127.0.0.N.lock`` for as long as the server runs; a bind probe on port 389 skips addresses
something outside our locks still uses. Each address also gets a line in ``/etc/hosts`` inside a marked block
(``127.0.0.N dcN.zylker.test dcN-alias.zylker.test``) so the fully qualified name resolves and the server's
certificate (SAN ``DNS:dcN.zylker.test, IP:127.0.0.N``) verifies. The alias resolves to the same address but is
not in the certificate: the host name mismatch tests use it.
"""

from __future__ import annotations

import errno
import fcntl
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

LOCK_DIR = Path("/tmp/ic-loopback")
HOSTS_FILE = Path("/etc/hosts")
HOSTS_BEGIN = "# BEGIN identity-connect test loopback addresses"
HOSTS_END = "# END identity-connect test loopback addresses"
FIRST = 10
LAST = 250
DOMAIN = "zylker.test"
PROBE_PORTS = (389, 636)


def host_name(ip: str) -> str:
    return f"dc{ip.rsplit('.', 1)[1]}.{DOMAIN}"


def alias_name(ip: str) -> str:
    return f"dc{ip.rsplit('.', 1)[1]}-alias.{DOMAIN}"


@dataclass
class LoopbackAddress:
    """One reserved 127.0.0.N; the reservation lasts until :meth:`release` (or the process ends)."""

    ip: str
    host: str
    alias: str
    _lock_fd: int | None = field(default=None, repr=False)

    def release(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None


def _port_free(ip: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((ip, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return False
            raise
    return True


def ensure_hosts_entry(ip: str) -> None:
    """Add ``ip dcN.zylker.test dcN-alias.zylker.test`` to /etc/hosts once, inside our marked block."""
    line = f"{ip} {host_name(ip)} {alias_name(ip)}"
    LOCK_DIR.mkdir(parents=True, exist_ok=True)
    with open(LOCK_DIR / "hosts.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        text = HOSTS_FILE.read_text()
        lines = text.splitlines()
        if line in lines:
            return
        # Drop any older line for this address inside our block (a different naming scheme), keep the rest.
        if HOSTS_BEGIN in lines and HOSTS_END in lines:
            start, end = lines.index(HOSTS_BEGIN), lines.index(HOSTS_END)
            block = [entry for entry in lines[start + 1 : end] if entry.split(" ", 1)[0] != ip]
            lines = lines[: start + 1] + block + [line] + lines[end:]
        else:
            lines += [HOSTS_BEGIN, line, HOSTS_END]
        # /etc/hosts is often a bind mount in containers: rewrite in place rather than rename over it.
        with open(HOSTS_FILE, "r+") as hosts:
            hosts.seek(0)
            hosts.write("\n".join(lines) + "\n")
            hosts.truncate()


def allocate(ports: tuple[int, ...] = PROBE_PORTS) -> LoopbackAddress:
    """Reserve a free 127.0.0.N (N from 10 up) for this process, safe against concurrent test runs."""
    LOCK_DIR.mkdir(parents=True, exist_ok=True)
    for n in range(FIRST, LAST + 1):
        ip = f"127.0.0.{n}"
        fd = os.open(LOCK_DIR / f"{ip}.lock", os.O_CREAT | os.O_RDWR, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        if not all(_port_free(ip, port) for port in ports):
            os.close(fd)
            continue
        os.set_inheritable(fd, False)
        ensure_hosts_entry(ip)
        return LoopbackAddress(ip=ip, host=host_name(ip), alias=alias_name(ip), _lock_fd=fd)
    raise RuntimeError(f"no free loopback address in 127.0.0.{FIRST}-{LAST}")
