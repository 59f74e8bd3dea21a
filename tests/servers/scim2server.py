"""scim2-server (PyPI, python-scim) run standalone as the independent SCIM 2.0 service for the tests.

The ``scim2-server`` command of the test environment runs once per session on a free 127.0.0.1 port with a
bearer token and ``--dynamic-tenants``; the fixture waits for its "Serving SCIM on" line and stops it by PID.
Resources live in its memory per tenant, so the ``scim2_server`` fixture gives each test its own empty
tenant (``/<random>/v2``) without the ≈1 s cost of a new process; ``scim2_server_session`` is the shared
default tenant, for tests that only read what they wrote themselves.
"""

from __future__ import annotations

import os
import secrets
import select
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

from tests.servers.oidc import free_port


@dataclass
class Scim2Server:
    base_url: str  # ends with /v2
    token: str
    process: subprocess.Popen[bytes]


# The command's own code, with one change: Python's socketserver listens with a backlog of 5, and the
# server speaks HTTP/1.0 (one connection per request), so a client with 8 requests in flight has its SYNs
# dropped and waits the kernel's 1 s retransmission timeout — a stall of the test peer, not of the client.
_LAUNCH = (
    "import socketserver, sys; socketserver.TCPServer.request_queue_size = 128; "
    "from scim2_server.testserver.cli import main; sys.argv[0] = 'scim2-server'; sys.exit(main())"
)


def _start(token: str, log: IO[bytes]) -> tuple[subprocess.Popen[bytes], str | None]:
    """Start on a free port; returns the process and its base URL, or None if it exited first."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _LAUNCH,
            "--hostname",
            "127.0.0.1",
            "--port",
            str(free_port()),
            # One argument, so a token that starts with "-" is not read as an option.
            f"--bearer-token={token}",
            "--dynamic-tenants",
        ],
        stdout=subprocess.PIPE,
        stderr=log,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.2)
        if ready:
            line = process.stdout.readline()
            if line.startswith(b"Serving SCIM on"):
                return process, line.split()[-1].decode()
            if not line:
                break
    _stop(process)
    return process, None


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()


@contextmanager
def run_scim2_server() -> Iterator[Scim2Server]:
    command = Path(sys.executable).with_name("scim2-server")
    if not command.exists():
        pytest.fail("scim2-server is not installed: pip install -e '.[sandbox,test]' (make deps does)")
    token = secrets.token_urlsafe(24)
    with tempfile.TemporaryFile() as log:
        # The free port can be taken between our probe and the server's bind: try a new one then.
        for _ in range(3):
            process, base_url = _start(token, log)
            if base_url is not None:
                break
        else:
            log.seek(0)
            pytest.fail(f"scim2-server did not start: {log.read()[-500:].decode(errors='replace')}")
        try:
            yield Scim2Server(base_url=base_url, token=token, process=process)
        finally:
            _stop(process)


@pytest.fixture(scope="session")
def scim2_server_session() -> Iterator[Scim2Server]:
    with run_scim2_server() as server:
        yield Scim2Server(server.base_url.removesuffix("/v2") + "/shared/v2", server.token, server.process)


@pytest.fixture
def scim2_server(scim2_server_session: Scim2Server) -> Scim2Server:
    """An empty SCIM service of its own: a fresh tenant of the session's scim2-server."""
    root = scim2_server_session.base_url.removesuffix("/shared/v2")
    return Scim2Server(f"{root}/t{secrets.token_hex(8)}/v2", scim2_server_session.token, scim2_server_session.process)
