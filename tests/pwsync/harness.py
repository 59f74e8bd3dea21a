"""The two ends of password sync as they run for real: the agent's receiver (in a loop on its own thread) and a
DC agent process (``app/pwsync/dcagent.py`` run by Samba's Python, as installed on a DC)."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

import app.pwsync.dcagent as dcagent_module
from app.cloud.scim import ScimTarget
from app.pwsync.delivery import DeliveryLedger, PasswordDelivery, managed_users_in
from app.pwsync.identity import PasswordSyncIdentity
from app.pwsync.receiver import PasswordReceiver
from tests.pwsync.conftest import SYSTEM_PYTHON, ldapi_url
from tests.servers.samba import SambaDC
from tests.sync.scimtools import StaticBearer

T = TypeVar("T")


class AgentEnd:
    """The Identity Connect agent's receiver and delivery, against a real tenant and a real state file."""

    def __init__(self, identity: PasswordSyncIdentity, work: Path, state_db: Path, scim_url: str, token: str) -> None:
        self.identity = identity
        self.work = work
        self.state_db = state_db
        self.scim_url = scim_url
        self.token = token
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="agent-end", daemon=True)
        self.thread.start()
        self.ledger_path = work / "password-sync.sqlite3"
        self.ledger = DeliveryLedger(self.ledger_path)
        self.port = 0
        self.receiver: PasswordReceiver | None = None
        self.scim: ScimTarget | None = None

    def call(self, coroutine: Coroutine[Any, Any, T], timeout: float = 30) -> T:
        future: Future[T] = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        return future.result(timeout)

    def start(self) -> None:
        async def start() -> None:
            self.scim = ScimTarget(self.scim_url, StaticBearer(self.token))
            delivery = PasswordDelivery(
                self.ledger, self.identity.envelope_key, managed_users_in(self.state_db), self.scim, retry_after=1.0
            )
            self.receiver = PasswordReceiver(
                self.identity,
                delivery,
                host="127.0.0.1",
                port=self.port,
                server_names=["127.0.0.1"],
                work_dir=self.work,
            )
            await self.receiver.start()
            self.port = self.receiver.port

        self.call(start())

    def stop(self) -> None:
        async def stop() -> None:
            if self.receiver is not None:
                await self.receiver.close()
            if self.scim is not None:
                await self.scim.aclose()

        self.call(stop())
        self.receiver = None

    def close(self) -> None:
        if self.receiver is not None:
            self.stop()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()
        self.ledger.close()


def install_dc_agent(identity: PasswordSyncIdentity, dc: SambaDC, folder: Path, port: int, gnupg: Path) -> Path:
    """Lay out a DC agent as the installer does on a DC: the program, its certificate, the CA, its config."""
    folder.mkdir(mode=0o700, parents=True)
    shutil.copy(dcagent_module.__file__, folder / "dcagent.py")
    issued = identity.issue(dc.host, client=True)
    (folder / "dcagent.pem").write_bytes(issued.certificate_pem)
    key = folder / "dcagent.key"
    key.touch(mode=0o600)
    key.write_bytes(issued.key_pem)
    (folder / "ca.pem").write_bytes(identity.ca_pem())
    config = {
        "dc_name": dc.host,
        "agent_host": "127.0.0.1",
        "agent_port": port,
        "envelope_public_key": identity.envelope_public_b64(),
        "samba_conf": str(dc.conf),
        "ldapi_url": ldapi_url(dc),
        "gnupg_home": str(gnupg),
    }
    (folder / "dcagent.json").write_text(json.dumps(config))
    return folder / "dcagent.json"


def start_dc_agent(config: Path) -> subprocess.Popen[bytes]:
    log = open(config.parent / "dcagent.log", "wb")  # noqa: SIM115 - the child owns it
    try:
        return subprocess.Popen(
            [SYSTEM_PYTHON, str(config.parent / "dcagent.py"), "run", "--config", str(config)],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    finally:
        log.close()


def stop_dc_agent(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
