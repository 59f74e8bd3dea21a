"""Test helpers around a real SCIM service: the production SCIM client + adapter, a fault-injecting transport,
and a directory source that serves plain data (for engine tests that do not need an LDAP server)."""

from __future__ import annotations

import asyncio
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from app.cloud.http import Backoff, HttpSettings
from app.cloud.scim import ScimTarget
from app.sync.model import SourceSnapshot
from app.sync.ports import DeltaRequest, SourceRead, Watermark
from app.sync.settings import SyncSettings
from app.sync.targets import ScimCloudTarget


class StaticBearer(httpx.Auth):
    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


async def no_wait(_: float) -> None:
    await asyncio.sleep(0)


@dataclass
class Fault:
    """Answer the next ``count`` matching requests with ``status`` (or drop the connection: status 0).

    ``after_forward``: send the request to the real server first, then drop the answer — the dangerous
    case where the create happened but the agent never heard of it.
    """

    method: str
    status: int
    count: int
    path_contains: str = ""
    retry_after: str | None = None
    after_forward: bool = False


@dataclass
class FaultyTransport(httpx.AsyncBaseTransport):
    """Forwards to the real server, injecting the faults a real server will not produce on demand."""

    faults: list[Fault] = field(default_factory=list)
    inner: httpx.AsyncBaseTransport = field(default_factory=httpx.AsyncHTTPTransport)
    seen: dict[tuple[str, int], int] = field(default_factory=dict)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for fault in self.faults:
            if fault.count <= 0 or request.method != fault.method or fault.path_contains not in request.url.path:
                continue
            fault.count -= 1
            self.seen[(fault.method, fault.status)] = self.seen.get((fault.method, fault.status), 0) + 1
            if fault.after_forward:
                response = await self.inner.handle_async_request(request)
                await response.aread()
                raise httpx.RemoteProtocolError("connection dropped after the request", request=request)
            if fault.status == 0:
                raise httpx.ReadError("connection reset", request=request)
            headers = {"Content-Type": "application/scim+json"}
            if fault.retry_after is not None:
                headers["Retry-After"] = fault.retry_after
            body = b'{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"%d"}' % fault.status
            return httpx.Response(fault.status, headers=headers, content=body, request=request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def scim_target(base_url: str, token: str, transport: httpx.AsyncBaseTransport | None = None) -> ScimCloudTarget:
    scim = ScimTarget(
        base_url,
        StaticBearer(token),
        http=HttpSettings(transport=transport),
        max_attempts=3,
        backoff=Backoff(base=0.01, cap=0.05),
    )
    return ScimCloudTarget(scim)


@dataclass
class PlainSource:
    """A :class:`DirectorySource` over plain data: what a reader would return, set by the test."""

    snapshot: SourceSnapshot = field(default_factory=SourceSnapshot)
    watermark: str = "1"
    reads: list[str] = field(default_factory=list)

    async def read_full(self, settings: SyncSettings, known: Mapping[str, str]) -> SourceRead:
        self.reads.append("full")
        in_scope = {o.anchor for o in (*self.snapshot.users, *self.snapshot.groups)}
        tomb = {t.anchor for t in self.snapshot.tombstones}
        missing = frozenset(a for a in known if a not in in_scope and a not in tomb)
        snap = SourceSnapshot(
            users=self.snapshot.users,
            groups=self.snapshot.groups,
            tombstones=self.snapshot.tombstones,
            out_of_scope=missing | self.snapshot.out_of_scope,
            complete=self.snapshot.complete,
            outer_groups=self.snapshot.outer_groups,
        )
        return SourceRead(snap, (Watermark("dc1", self.watermark),))

    async def read_delta(self, settings: SyncSettings, request: DeltaRequest) -> SourceRead | None:
        self.reads.append("delta")
        return None


def resources(data: Any) -> list[dict[str, Any]]:
    return list(data)
