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
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.servers.oidc import free_port


@dataclass
class Scim2Server:
    base_url: str  # ends with /v2
    token: str
    process: subprocess.Popen[bytes]


@contextmanager
def run_scim2_server() -> Iterator[Scim2Server]:
    command = Path(sys.executable).with_name("scim2-server")
    if not command.exists():
        pytest.fail("scim2-server is not installed: pip install -e '.[sandbox,test]' (make deps does)")
    port, token = free_port(), secrets.token_urlsafe(24)
    process = subprocess.Popen(
        [str(command), "--hostname", "127.0.0.1", "--port", str(port), "--bearer-token", token, "--dynamic-tenants"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 20
        line = b""
        while time.monotonic() < deadline:
            ready, _, _ = select.select([process.stdout], [], [], 0.2)
            if ready:
                line = process.stdout.readline()
                if line.startswith(b"Serving SCIM on") or (not line and process.poll() is not None):
                    break
        if not line.startswith(b"Serving SCIM on"):
            pytest.fail(f"scim2-server did not start (exit {process.poll()})")
        yield Scim2Server(base_url=line.split()[-1].decode(), token=token, process=process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture(scope="session")
def scim2_server_session() -> Iterator[Scim2Server]:
    with run_scim2_server() as server:
        yield Scim2Server(server.base_url.removesuffix("/v2") + "/shared/v2", server.token, server.process)


@pytest.fixture
def scim2_server(scim2_server_session: Scim2Server) -> Scim2Server:
    """An empty SCIM service of its own: a fresh tenant of the session's scim2-server."""
    root = scim2_server_session.base_url.removesuffix("/shared/v2")
    return Scim2Server(f"{root}/t{secrets.token_hex(8)}/v2", scim2_server_session.token, scim2_server_session.process)
