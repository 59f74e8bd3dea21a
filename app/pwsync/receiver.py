"""The agent's end of the password-sync channel: a mutual-TLS server that DC agents deliver changes to.

Only DC agents holding a certificate from this agent's own CA (:mod:`app.pwsync.identity`) get past the
handshake, and a DC agent's certificate names its DC: a ``hello`` for another DC is refused. The protocol is one
JSON object per line; each change is answered before the next is read, so a DC agent deletes a change from its
spool only when this side has dealt with it (``ack``) and keeps it for later otherwise (``retry``):

    DC agent → agent                                agent → DC agent
    {"type": "hello", "dc", "version", "queue"}     {"type": "welcome"}
    {"type": "change", "id", "guid", ..., "sealed"} {"type": "ack", "id", "result"} | {"type": "retry", "id", "after"}
    (a Windows DC's change adds "v": 2, "sam", "rid", "changed_at": the account its sealed blob names)
    {"type": "status", "queue"}                     {"type": "ok"}

:class:`DcAgentStatus` keeps, per DC, what the status window, ``status --json`` and the heartbeat show:
connected or not, version, queue length, when a password was last delivered (never which).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import logging
import os
import ssl
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from app.pwsync.delivery import Delivery, DeliveryResult, PasswordChange
from app.pwsync.identity import PasswordSyncIdentity

log = logging.getLogger(__name__)

MAX_LINE = 64 * 1024
IDLE_TIMEOUT = 120.0  # a DC agent reports its status every few seconds; silence this long is a dead peer


class PasswordSink(Protocol):
    async def deliver(self, change: PasswordChange) -> Delivery: ...


@dataclass
class DcAgentStatus:
    dc: str
    version: str = ""
    connected: bool = False
    last_seen: float | None = None
    last_delivered_at: float | None = None
    queue: int = 0
    delivered: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class ProtocolError(ValueError):
    pass


def _parse_change(message: dict[str, Any], dc: str) -> PasswordChange:
    try:
        envelope = int(message.get("v") or 1)
        if envelope not in (1, 2):
            raise ValueError("unknown envelope version")
        change = PasswordChange(
            id=str(message["id"]),
            guid=str(message["guid"]).lower(),
            pwd_last_set=str(message["pwd_last_set"]),
            sam=str(message.get("sam") or ""),
            upn=str(message.get("upn") or ""),
            dc=dc,
            captured_at=float(message.get("captured_at") or 0.0),
            sealed=base64.b64decode(str(message["sealed"]), validate=True),
            envelope=envelope,
            # v2 (Windows DCs): the account as the sealed blob's associated data names it.
            rid=int(message["rid"]) if envelope == 2 else 0,
            changed_at=int(message["changed_at"]) if envelope == 2 else 0,
        )
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise ProtocolError(f"malformed change: {type(exc).__name__}") from exc
    return change


def _peer_name(writer: asyncio.StreamWriter) -> str | None:
    cert = writer.get_extra_info("peercert")
    if not cert:
        return None
    for rdn in cert.get("subject", ()):
        for key, value in rdn:
            if key == "commonName":
                return str(value)
    return None


class PasswordReceiver:
    def __init__(
        self,
        identity: PasswordSyncIdentity,
        sink: PasswordSink,
        *,
        host: str,
        port: int,
        server_names: list[str],
        work_dir: Path,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.identity = identity
        self.sink = sink
        self.host = host
        self.port = port
        self.server_names = server_names
        self.work_dir = work_dir
        self.on_change = on_change or (lambda: None)
        self.agents: dict[str, DcAgentStatus] = {}
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    def _context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(cadata=self.identity.ca_pem().decode("ascii"))
        # A fresh server certificate each start, from the CA. ssl loads keys only from files: the key exists on
        # disk (0600, in the agent's private state folder) only for the moment it takes to load it.
        issued = self.identity.issue(self.server_names[0], server_names=self.server_names, client=False)
        fd, name = tempfile.mkstemp(prefix=".receiver-", suffix=".pem", dir=self.work_dir)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(issued.certificate_pem + issued.key_pem)
            context.load_cert_chain(name)
        finally:
            os.unlink(name)
        return context

    async def start(self) -> None:
        self._server = await asyncio.start_server(
            self._serve, self.host, self.port, ssl=self._context(), limit=MAX_LINE, ssl_handshake_timeout=15
        )
        sockets = self._server.sockets
        if sockets and self.port == 0:
            self.port = int(sockets[0].getsockname()[1])

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._connections):
            task.cancel()
        if self._connections:
            await asyncio.gather(*self._connections, return_exceptions=True)
        if self._server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 5)
            self._server = None

    def statuses(self) -> list[DcAgentStatus]:
        return [self.agents[name] for name in sorted(self.agents)]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        status: DcAgentStatus | None = None
        try:
            status = await self._session(reader, writer)
        except (
            ProtocolError,
            ConnectionError,
            asyncio.IncompleteReadError,
            asyncio.LimitOverrunError,
            TimeoutError,
            ssl.SSLError,
            json.JSONDecodeError,
            UnicodeDecodeError,
        ) as exc:
            log.warning("password-sync connection from %s ended: %s", _peer_name(writer) or "?", exc)
        finally:
            self._connections.discard(task)
            if status is not None:
                status.connected = False
                self.on_change()
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 2)

    async def _read(self, reader: asyncio.StreamReader) -> dict[str, Any] | None:
        line = await asyncio.wait_for(reader.readline(), IDLE_TIMEOUT)
        if not line:
            return None
        message = json.loads(line)
        if not isinstance(message, dict):
            raise ProtocolError("not a JSON object")
        return message

    @staticmethod
    async def _write(writer: asyncio.StreamWriter, message: dict[str, Any]) -> None:
        writer.write(json.dumps(message).encode("utf-8") + b"\n")
        await writer.drain()

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> DcAgentStatus | None:
        peer = _peer_name(writer)
        hello = await self._read(reader)
        if hello is None:
            return None
        if hello.get("type") != "hello" or not peer or str(hello.get("dc", "")).lower() != peer.lower():
            raise ProtocolError(f"hello for {hello.get('dc')!r} from a certificate issued to {peer!r}")
        status = self.agents.setdefault(peer.lower(), DcAgentStatus(dc=peer.lower()))
        status.version = str(hello.get("version") or "")[:40]
        status.connected = True
        status.last_seen = time.time()
        status.queue = _count(hello.get("queue"))
        await self._write(writer, {"type": "welcome"})
        self.on_change()
        while True:
            message = await self._read(reader)
            if message is None:
                return status
            status.last_seen = time.time()
            kind = message.get("type")
            if kind == "status":
                status.queue = _count(message.get("queue"))
                await self._write(writer, {"type": "ok"})
            elif kind == "change":
                change = _parse_change(message, status.dc)
                status.queue = _count(message.get("queue"))
                delivery = await self.sink.deliver(change)
                if delivery.result is DeliveryResult.RETRY:
                    await self._write(writer, {"type": "retry", "id": change.id, "after": delivery.retry_after})
                    continue
                if delivery.result is DeliveryResult.DELIVERED:
                    status.last_delivered_at = time.time()
                    status.delivered += 1
                    self.on_change()
                status.queue = max(0, status.queue - 1)
                await self._write(writer, {"type": "ack", "id": change.id, "result": delivery.result.value})
            else:
                raise ProtocolError(f"unknown message type {kind!r}")


def _count(value: Any) -> int:
    return value if isinstance(value, int) and 0 <= value < 10**9 else 0
