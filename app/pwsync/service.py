"""Password sync inside the agent service: the receiver, the delivery rules and what the status shows per DC.

The agent service owns one :class:`PasswordSyncService` while ``password_sync.enabled`` is on. It loads (or
creates, the first time) the agent's password-sync identity from the keyring, listens for DC agents, and delivers
each change through the cloud writer it is given. :meth:`reports` merges the configured DCs (their install state)
with what the receiver knows (connected, version, queue, last delivery) for the status file, ``status --json``,
the status window and the tenant's agent view.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Awaitable, Callable
from typing import Any

from app.ldap.reader import DirectoryReader
from app.paths import AgentPaths
from app.private_files import ensure_private_dir
from app.pwsync.delivery import (
    LEDGER_FILE,
    DeliveryLedger,
    PasswordDelivery,
    PasswordWriter,
    directory_accounts,
    managed_users_in,
)
from app.pwsync.identity import PasswordSyncIdentity
from app.pwsync.receiver import PasswordReceiver
from app.pwsync.settings import DcAgentState, PasswordSyncSettings
from app.secrets import SecretStore

log = logging.getLogger(__name__)

WriterFactory = Callable[[], Awaitable[PasswordWriter]]


class PasswordSyncService:
    def __init__(
        self,
        paths: AgentPaths,
        settings: PasswordSyncSettings,
        writer_factory: WriterFactory,
        on_change: Callable[[], None] | None = None,
        open_reader: Callable[[], Awaitable[DirectoryReader]] | None = None,
    ) -> None:
        self.paths = paths
        # Windows DCs' changes name their account by sAMAccountName + RID: checked in the directory before use.
        self.open_reader = open_reader
        self.on_change = on_change
        self.settings = settings
        self.writer_factory = writer_factory
        self.folder = paths.config_dir / "password-sync"
        self.receiver: PasswordReceiver | None = None
        self.ledger: DeliveryLedger | None = None
        self.identity: PasswordSyncIdentity | None = None

    async def start(self) -> None:
        secrets = SecretStore(self.paths.profile)
        # Off the loop: the keyring (bounded) and the identity's files.
        self.identity = await asyncio.to_thread(PasswordSyncIdentity.load_or_create, secrets, self.folder)
        ensure_private_dir(self.paths.state_dir)
        self.ledger = DeliveryLedger(self.paths.state_dir / LEDGER_FILE)
        writer = await self.writer_factory()
        delivery = PasswordDelivery(
            self.ledger,
            self.identity.envelope_key,
            managed_users_in(self.paths.state_db),
            writer,
            envelope_key_v2=self.identity.envelope_key_p256,
            account_of=directory_accounts(self.open_reader) if self.open_reader else None,
        )
        names = self.settings.agent_names or [socket.getfqdn(), "localhost", "127.0.0.1"]
        self.receiver = PasswordReceiver(
            self.identity,
            delivery,
            host=self.settings.listen_address,
            port=self.settings.port,
            server_names=names,
            work_dir=self.paths.state_dir,
            on_change=self.on_change,
        )
        await self.receiver.start()
        log.info("password sync listening on %s:%d", self.settings.listen_address, self.receiver.port)

    async def aclose(self) -> None:
        receiver, self.receiver = self.receiver, None
        if receiver is not None:
            await receiver.close()
        if self.ledger is not None:
            self.ledger.close()
            self.ledger = None

    @property
    def port(self) -> int:
        return self.receiver.port if self.receiver else self.settings.port

    def reports(self) -> list[dict[str, Any]]:
        """One row per DC: the configured ones in order, then any other DC agent that connected."""
        live = {s.dc: s for s in (self.receiver.statuses() if self.receiver else [])}
        rows: list[dict[str, Any]] = []
        for dc in self.settings.domain_controllers:
            status = live.pop(dc.host.lower(), None)
            rows.append(_row(dc.host.lower(), dc.state, dc.detail, status))
        for name, status in sorted(live.items()):
            rows.append(_row(name, DcAgentState.INSTALLED, None, status))
        return rows


def _row(dc: str, state: DcAgentState, detail: str | None, status: Any) -> dict[str, Any]:
    installed = state in (DcAgentState.INSTALLED, DcAgentState.RESTART_NEEDED) or status is not None
    return {
        "dc": dc,
        "state": state.value,
        "detail": detail,
        "installed": installed,
        "connected": bool(status and status.connected),
        "version": status.version if status else None,
        "last_delivered_at": status.last_delivered_at if status else None,
        "queue": status.queue if status else None,
    }
