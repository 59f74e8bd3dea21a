"""A keyring that does not answer holds nobody for ever.

The Secret Service client has no time limit of its own: a keyring daemon that hangs, or a locked collection whose
unlock prompt nobody can see on a server, would block the caller until the process is killed — and with it the
service's event loop: its runs, the commands other processes leave, its stop. Here the test session's real
gnome-keyring-daemon is stopped with SIGSTOP (it keeps its D-Bus name and never replies): a call is given up after
its time limit with ``keyring_unresponsive``, an event loop waiting for one keeps running, the calls given up on do
not come back as answers to later ones, and the agent service stops at once when asked while it waits.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.errors import SecretStoreError
from app.messages import describe
from app.secrets import SecretName, SecretStore
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import configure_agent


def _keyring_daemon() -> int:
    """The gnome-keyring-daemon of this test session (tests/with-keyring starts one per D-Bus session)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "").encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            environment = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"gnome-keyring-daemon" in command and b"XDG_RUNTIME_DIR=" + runtime in environment:
            return int(entry.name)
    pytest.fail("no gnome-keyring-daemon in this session: run the tests through tests/with-keyring (make test does)")


@contextmanager
def stalled_keyring() -> Iterator[None]:
    daemon = _keyring_daemon()
    os.kill(daemon, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(daemon, signal.SIGCONT)


@pytest.mark.timeout(60)
def test_a_call_the_keyring_does_not_answer_is_given_up_and_the_loop_goes_on() -> None:
    store = SecretStore(f"test-stall-{uuid.uuid4().hex[:12]}", timeout=1.0)
    store.set(SecretName.LDAP_BIND_PASSWORD, "before the stall")
    try:
        with stalled_keyring():
            started = time.monotonic()
            with pytest.raises(SecretStoreError) as raised:
                store.get(SecretName.LDAP_BIND_PASSWORD)
            waited = time.monotonic() - started
            assert raised.value.code == "keyring_unresponsive" and 1.0 <= waited < 5.0, waited
            assert "did not answer within 1 seconds" in describe(raised.value)

            async def wait_on_the_loop() -> tuple[int, SecretStoreError]:
                ticks = 0

                async def tick() -> None:
                    nonlocal ticks
                    while True:
                        await asyncio.sleep(0.05)
                        ticks += 1

                ticker = asyncio.create_task(tick())
                try:
                    with pytest.raises(SecretStoreError) as refused:
                        await store.aset(SecretName.LDAP_BIND_PASSWORD, "never written")
                finally:
                    ticker.cancel()
                return ticks, refused.value

            ticks, error = asyncio.run(wait_on_the_loop())
            assert error.code == "keyring_unresponsive"
            assert ticks >= 10  # the loop ran on through the second it waited (about 20 ticks)
        # Answered again: the read given up on is not the answer to the next one, and the write that was given up
        # on before it started never happens.
        assert store.get(SecretName.LDAP_BIND_PASSWORD) == "before the stall"
        store.set(SecretName.LDAP_BIND_PASSWORD, "after the stall")
        assert store.get(SecretName.LDAP_BIND_PASSWORD) == "after the stall"
    finally:
        store.delete_all()


@pytest.mark.timeout(120)
def test_the_service_stops_at_once_while_the_keyring_does_not_answer(
    sandbox_tenant: SandboxTenantHandle, tmp_path: Path
) -> None:
    config_dir = tmp_path / "agent"
    configure_agent(sandbox_tenant, config_dir)

    def status() -> dict[str, object]:
        shown = subprocess.run(
            [sys.executable, "-m", "app", "--config-dir", str(config_dir), "status", "--json"],
            capture_output=True,
            text=True,
            timeout=30,
        )
        return dict(json.loads(shown.stdout)) if shown.returncode == 0 and shown.stdout.strip() else {}

    with stalled_keyring():
        service = subprocess.Popen(
            [sys.executable, "-m", "app", "--config-dir", str(config_dir), "run", "--tick", "0.2"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and status().get("running") is not True:
                time.sleep(0.2)
            assert status().get("running") is True
            time.sleep(1.0)  # opening its connections: waiting for the keyring's answer
            asked = time.monotonic()
            service.send_signal(signal.SIGTERM)
            _, err = service.communicate(timeout=30)
            stopped_after = time.monotonic() - asked
        finally:
            if service.poll() is None:
                service.kill()
                service.communicate()
    assert service.returncode == 0, err
    assert stopped_after < 10, (stopped_after, err)
    assert "received SIGTERM: stopping" in err and "agent service stopped" in err
    assert status().get("running") is False
