"""A hostile tenant: a real HTTP server on 127.0.0.1 that plays a whole tenant (discovery, OIDC issuer with the
device flow, SCIM 2.0, agent API) correctly by default, and answers one request badly as a catalogue entry says.

:class:`HostileTenant` is the server. It records every request line as the client sent it (method and raw,
still percent-encoded path), so a test can tell what reached the tenant. A :class:`Answer` says what one bad
answer is: status, headers, a body given as raw bytes (so ``NaN`` and broken JSON can be sent), and optionally
a slow drip (bytes of the body, or of the header block, one per ``drip`` seconds) or no ``Content-Length``.

:data:`CATALOGUE` is the list of :class:`HostileCase`: a name, the route it spoils, what the client under test
does (an ``exercise`` against :class:`Ctx`), the typed error it must end in (class and code), and how many
writes (SCIM / agent API POST, PUT, PATCH, DELETE) may reach the tenant on the way (usually none). The tests in
``tests/cloud/test_hostile.py`` and ``bench/bench_hostile.py`` both run it.
"""

from __future__ import annotations

import email.utils
import gzip
import http.server
import json
import re
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from app.cloud.agentapi import AgentApiClient, HeartbeatReport
from app.cloud.deviceflow import DeviceFlow
from app.cloud.errors import (
    CloudError,
    RateLimitedError,
    ScimError,
    TenantBadResponseError,
    TenantUnreachableError,
    UntrustedEndpointError,
)
from app.cloud.http import Backoff, HttpSettings
from app.cloud.installkey import parse_key
from app.cloud.scim import ResourceType, ScimTarget
from app.cloud.tenant import discover_oidc, discover_tenant

CLIENT_ID = "hostile-client"
SCOPES = ["openid", "email", "profile", "offline_access", "scim"]
# Small bounds so each case ends quickly; the defaults are larger but work the same way.
TEST_DEADLINE = 2.0
TEST_MAX_BODY = 256 * 1024
TEST_MAX_LISTING = 50
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class Answer:
    """One answer. ``body`` bytes are sent as they are; ``drip`` seconds per byte (of the body, or of the whole
    header block with ``drip_headers``); ``no_length`` closes the connection instead of sending a length."""

    status: int = 200
    body: bytes = b"{}"
    content_type: str = "application/json"
    headers: tuple[tuple[str, str], ...] = ()
    drip: float | None = None
    drip_headers: bool = False
    no_length: bool = False


def js(doc: Any) -> bytes:
    return json.dumps(doc).encode()


@dataclass(frozen=True)
class Request:
    method: str
    raw_path: str
    path: str
    query: dict[str, str]
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names


Responder = Callable[["HostileTenant", Request], Answer]


def user(n: int | str, **extra: Any) -> dict[str, Any]:
    return {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "id": f"u{n}",
        "externalId": f"ext-{n}",
        "userName": f"user{n}@example.test",
        "active": True,
        **extra,
    }


def new_user(n: int | str) -> dict[str, Any]:
    """A create payload: what the sync engine sends (no ``id``; the tenant assigns it)."""
    return {k: v for k, v in user(n).items() if k != "id"}


def list_response(resources: list[dict[str, Any]], total: Any, start: int = 1) -> bytes:
    return js(
        {
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
            "totalResults": total,
            "startIndex": start,
            "itemsPerPage": len(resources),
            "Resources": resources,
        }
    )


class _QuietServer(http.server.ThreadingHTTPServer):
    """A client that hangs up on an oversized or dripping answer is the expected outcome, not a server error."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class HostileTenant:
    """The server. ``overrides`` maps ``(METHOD, path regex)`` to a responder; the first match wins over the
    well-behaved default routes."""

    def __init__(self, overrides: dict[tuple[str, str], Responder] | None = None) -> None:
        self.requests: list[Request] = []
        self._stop = threading.Event()
        self._routes: list[tuple[str, re.Pattern[str], Responder]] = []
        for (method, pattern), responder in (overrides or {}).items():
            self._routes.append((method, re.compile(pattern), responder))
        self._routes.extend((m, re.compile(p), r) for (m, p), r in _DEFAULT_ROUTES.items())
        tenant = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                split = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(split.query).items()}
                headers = {name.lower(): value for name, value in self.headers.items()}
                request = Request(self.command, self.path, split.path, query, body, headers)
                with tenant._lock:
                    tenant.requests.append(request)
                tenant._answer(self, tenant._route(request))

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self._lock = threading.Lock()
        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # -- lifecycle ---------------------------------------------------------------------------------------------

    def start(self) -> HostileTenant:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)

    # -- what reached it ---------------------------------------------------------------------------------------

    def writes(self) -> list[Request]:
        """SCIM and agent API writes (the OAuth endpoints' POSTs are not changes to the tenant's data)."""
        return [r for r in self.requests if r.method in WRITE_METHODS and r.path.startswith(("/scim/", "/agent-api/"))]

    # -- answering ---------------------------------------------------------------------------------------------

    def _route(self, request: Request) -> Answer:
        for method, pattern, responder in self._routes:
            if method == request.method and pattern.fullmatch(request.path):
                return responder(self, request)
        return Answer(404, js({"error": "not_found"}))

    def _answer(self, handler: http.server.BaseHTTPRequestHandler, answer: Answer) -> None:
        lines = [f"HTTP/1.1 {answer.status} X\r\n", f"Content-Type: {answer.content_type}\r\n"]
        lines.append(f"Date: {email.utils.formatdate(usegmt=True)}\r\n")
        for name, value in answer.headers:
            lines.append(f"{name}: {value}\r\n")
        if answer.no_length:
            lines.append("Connection: close\r\n")
        else:
            lines.append(f"Content-Length: {len(answer.body)}\r\n")
        lines.append("\r\n")
        head = "".join(lines).encode("utf-8")
        try:
            if answer.drip is not None and answer.drip_headers:
                self._drip(handler, head + answer.body, answer.drip)
            else:
                handler.wfile.write(head)
                handler.wfile.flush()
                if answer.drip is not None:
                    self._drip(handler, answer.body, answer.drip)
                else:
                    handler.wfile.write(answer.body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        if answer.no_length:
            handler.close_connection = True

    def _drip(self, handler: http.server.BaseHTTPRequestHandler, data: bytes, every: float) -> None:
        for i in range(len(data)):
            if self._stop.wait(every):
                return
            handler.wfile.write(data[i : i + 1])
            handler.wfile.flush()
        handler.close_connection = True


# -- the well-behaved tenant -----------------------------------------------------------------------------------


def _discovery(t: HostileTenant, r: Request) -> Answer:
    base = t.url
    return Answer(
        body=js(
            {
                "tenant_name": "Hostile",
                "issuer": base,
                "client_id": CLIENT_ID,
                "scopes": SCOPES,
                "scim_base_url": f"{base}/scim/v2",
                "agent_api": f"{base}/agent-api/v1",
            }
        )
    )


def _oidc(t: HostileTenant, r: Request) -> Answer:
    return Answer(body=js(oidc_document(t.url)))


def oidc_document(base: str, **changes: Any) -> dict[str, Any]:
    doc = {
        "issuer": base,
        "device_authorization_endpoint": f"{base}/device/auth",
        "token_endpoint": f"{base}/token",
        "userinfo_endpoint": f"{base}/me",
    }
    doc.update(changes)
    return doc


def device_answer(base: str, **changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "device_code": "dc-1",
        "user_code": "ABCD-EFGH",
        "verification_uri": f"{base}/device",
        "verification_uri_complete": f"{base}/device?user_code=ABCD-EFGH",
        "expires_in": 60,
        "interval": 0.05,
    }
    doc.update(changes)
    return doc


def _device(t: HostileTenant, r: Request) -> Answer:
    return Answer(body=js(device_answer(t.url)))


def _token(t: HostileTenant, r: Request) -> Answer:
    return Answer(
        body=js({"access_token": "at-1", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "rt-1"})
    )


def _userinfo(t: HostileTenant, r: Request) -> Answer:
    return Answer(
        body=js({"sub": "admin-1", "email": "admin@example.test", "name": "Admin", "identity_connect_admin": True})
    )


def _spc(t: HostileTenant, r: Request) -> Answer:
    return Answer(
        body=js(
            {
                "patch": {"supported": True},
                "bulk": {"supported": True, "maxOperations": 100, "maxPayloadSize": 1048576},
                "filter": {"supported": True, "maxResults": 200},
                "etag": {"supported": True},
                "sort": {"supported": False},
            }
        )
    )


def _users(t: HostileTenant, r: Request) -> Answer:
    return Answer(body=list_response([user(1)], 1))


def _user(t: HostileTenant, r: Request) -> Answer:
    return Answer(404, js({"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "404"}))


def _create(t: HostileTenant, r: Request) -> Answer:
    return Answer(201, js({**json.loads(r.body), "id": "new-1"}))


def _bulk(t: HostileTenant, r: Request) -> Answer:
    ops = json.loads(r.body)["Operations"]
    answer = [
        {"method": "POST", "bulkId": op["bulkId"], "status": "201", "location": f"{t.url}/scim/v2/Users/b{i}"}
        for i, op in enumerate(ops)
    ]
    return Answer(200, js({"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkResponse"], "Operations": answer}))


def _register(t: HostileTenant, r: Request) -> Answer:
    return Answer(201, js({"agent_id": "agent-1", "owner": {"email": "admin@example.test", "name": "Admin"}}))


def _heartbeat(t: HostileTenant, r: Request) -> Answer:
    return Answer(body=js({"server_time": "2026-01-01T00:00:00Z"}))


_DEFAULT_ROUTES: dict[tuple[str, str], Responder] = {
    ("GET", r"/\.well-known/identity-connect"): _discovery,
    ("GET", r"/\.well-known/openid-configuration"): _oidc,
    ("POST", r"/device/auth"): _device,
    ("POST", r"/token"): _token,
    ("GET", r"/me"): _userinfo,
    ("GET", r"/scim/v2/ServiceProviderConfig"): _spc,
    ("GET", r"/scim/v2/(Users|Groups)"): _users,
    ("GET", r"/scim/v2/(Users|Groups)/.+"): _user,
    ("POST", r"/scim/v2/(Users|Groups)"): _create,
    ("POST", r"/scim/v2/Bulk"): _bulk,
    ("POST", r"/agent-api/v1/agents"): _register,
    ("PUT", r"/agent-api/v1/agents/[^/]+/heartbeat"): _heartbeat,
}


# -- the client side -----------------------------------------------------------------------------------------


class StaticBearer(httpx.Auth):
    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.headers["Authorization"] = "Bearer at-1"
        yield request


@dataclass
class Ctx:
    """What an exercise gets: the tenant's URL and HTTP settings with small bounds."""

    url: str
    http: HttpSettings = field(default_factory=lambda: HttpSettings(deadline=TEST_DEADLINE, max_body=TEST_MAX_BODY))

    def scim(self) -> ScimTarget:
        return ScimTarget(
            f"{self.url}/scim/v2",
            StaticBearer(),
            http=self.http,
            backoff=Backoff(base=0.05, cap=0.2),
            max_retry_after=5.0,
            max_listing=TEST_MAX_LISTING,
        )

    async def flow(self) -> DeviceFlow:
        endpoints = await discover_oidc(self.url, http=self.http)
        return DeviceFlow(endpoints, CLIENT_ID, SCOPES, "agent-1", http=self.http)

    def agent_api(self) -> AgentApiClient:
        return AgentApiClient(f"{self.url}/agent-api/v1", StaticBearer(), http=self.http)


Exercise = Callable[[Ctx], Awaitable[object]]


@dataclass(frozen=True)
class HostileCase:
    name: str
    overrides: dict[tuple[str, str], Responder]
    exercise: Exercise
    error: type[CloudError]
    code: str
    max_writes: int = 0
    # Paths no write may reach (e.g. the collection, addressed by an empty id or an unencoded "../x").
    forbidden_paths: tuple[str, ...] = ()
    # Most requests the client may send (the one retry layer: 3 sends per call; 1 when it must not wait).
    max_requests: int | None = None


def fixed(answer: Answer) -> Responder:
    return lambda t, r: answer


def with_base(build: Callable[[str], Answer]) -> Responder:
    return lambda t, r: build(t.url)


# -- exercises -------------------------------------------------------------------------------------------------


async def ex_discover(ctx: Ctx) -> object:
    return await discover_tenant(ctx.url, http=ctx.http)


async def ex_device_start(ctx: Ctx) -> object:
    flow = await ctx.flow()
    return await flow.start()


async def ex_device_tokens(ctx: Ctx) -> object:
    flow = await ctx.flow()
    auth = await flow.start()
    return await flow.wait_for_tokens(auth)


async def ex_userinfo(ctx: Ctx) -> object:
    flow = await ctx.flow()
    return await flow.fetch_userinfo("at-1")


async def ex_list_users(ctx: Ctx) -> object:
    async with ctx.scim() as scim:
        return [u async for u in scim.iter(ResourceType.USERS, page_size=2)]


async def ex_find_user(ctx: Ctx) -> object:
    async with ctx.scim() as scim:
        return await scim.find_one(ResourceType.USERS, "externalId", "ext-1")


async def ex_get_user(ctx: Ctx) -> object:
    async with ctx.scim() as scim:
        return await scim.get(ResourceType.USERS, "u1")


async def ex_create_user(ctx: Ctx) -> object:
    async with ctx.scim() as scim:
        return await scim.create(ResourceType.USERS, new_user("x"))


async def ex_bulk_create(ctx: Ctx) -> object:
    async with ctx.scim() as scim:
        return await scim.create_many(ResourceType.USERS, [new_user("a"), new_user("b")])


async def ex_update_listed(ctx: Ctx) -> object:
    """List, then disable each listed user: what the sync engine does with ids it got from the tenant."""
    async with ctx.scim() as scim:
        async for listed in scim.iter(ResourceType.USERS):
            await scim.patch_user(listed.id, [{"op": "replace", "path": "active", "value": False}])
    return None


async def ex_delete_empty(ctx: Ctx) -> object:
    async with ctx.scim() as scim:
        return await scim.delete(ResourceType.USERS, "")


async def ex_register(ctx: Ctx) -> object:
    key = parse_key_for(ctx.url)
    return await ctx.agent_api().register(key, "agent-host", "1.0", ["dc1.example.test"])


async def ex_heartbeat(ctx: Ctx) -> object:
    report = HeartbeatReport("1.0", "agent-host", ["dc1.example.test"], "idle", None)
    return await ctx.agent_api().heartbeat("agent-1", report)


def parse_key_for(url: str) -> Any:
    from app.cloud.installkey import encode_key

    return parse_key(encode_key(url, b"\x01" * 32))


# -- the catalogue ---------------------------------------------------------------------------------------------

BAD = TenantBadResponseError
UNREACHABLE = TenantUnreachableError
UNTRUSTED = UntrustedEndpointError
FAR_DATE = "Fri, 01 Jan 2100 00:00:00 GMT"
# 256 KiB + 1: one byte over the cap the tests use.
OVERSIZED = b'{"pad": "' + b"x" * TEST_MAX_BODY + b'"}'
# The same, gzip-compressed to well under the cap (a few hundred bytes): only its unpacked size is over.
OVERSIZED_GZIP = gzip.compress(OVERSIZED)


def _device_raw(text: str) -> Responder:
    """A device authorization answer with one field's JSON text replaced verbatim (NaN is not JSON)."""

    def respond(t: HostileTenant, r: Request) -> Answer:
        body = json.dumps(device_answer(t.url, expires_in="@@"))
        return Answer(body=body.replace('"@@"', text).encode())

    return respond


def _device_interval(text: str) -> Responder:
    def respond(t: HostileTenant, r: Request) -> Answer:
        body = json.dumps(device_answer(t.url, interval="@@"))
        return Answer(body=body.replace('"@@"', text).encode())

    return respond


def _device_uri(field_name: str, uri: Callable[[str], str]) -> Responder:
    return lambda t, r: Answer(body=js(device_answer(t.url, **{field_name: uri(t.url)})))


def _total(text: str) -> Responder:
    return fixed(Answer(body=list_response([user(1)], "@@").replace(b'"@@"', text.encode())))


def _bulk_status(text: str) -> Responder:
    def respond(t: HostileTenant, r: Request) -> Answer:
        ops = json.loads(r.body)["Operations"]
        answer = {
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkResponse"],
            "Operations": [
                {"method": "POST", "bulkId": op["bulkId"], "status": "@@", "location": f"{t.url}/scim/v2/Users/b{i}"}
                for i, op in enumerate(ops)
            ],
        }
        return Answer(200, js(answer).replace(b'"@@"', text.encode()))

    return respond


def _pages(build: Callable[[int, int], tuple[list[dict[str, Any]], Any]]) -> Responder:
    """A listing whose page for (startIndex, count) is ``build``'s (resources, totalResults)."""

    def respond(t: HostileTenant, r: Request) -> Answer:
        start, count = int(r.query.get("startIndex", 1)), int(r.query.get("count", 100))
        resources, total = build(start, count)
        return Answer(body=list_response(resources, total, start))

    return respond


def _endless(start: int, count: int) -> tuple[list[dict[str, Any]], Any]:
    # Always one more page than asked for, with fresh ids: only a bound on the listing ends it.
    return [user(start + i) for i in range(count)], start + count


def _retry_after(status: int, value: str) -> Responder:
    return fixed(Answer(status, b"", headers=(("Retry-After", value),)))


def _discovery_with(**changes: Any) -> Responder:
    def respond(t: HostileTenant, r: Request) -> Answer:
        doc = json.loads(_discovery(t, r).body)
        doc.update({k: (v(t.url) if callable(v) else v) for k, v in changes.items()})
        return Answer(body=js(doc))

    return respond


def _oidc_with(**changes: Any) -> Responder:
    return lambda t, r: Answer(
        body=js(oidc_document(t.url, **{k: (v(t.url) if callable(v) else v) for k, v in changes.items()}))
    )


DEVICE = ("POST", r"/device/auth")
TOKEN = ("POST", r"/token")
USERS = ("GET", r"/scim/v2/Users")
USER = ("GET", r"/scim/v2/Users/.+")
CREATE = ("POST", r"/scim/v2/Users")
BULK = ("POST", r"/scim/v2/Bulk")
DISCOVERY = ("GET", r"/\.well-known/identity-connect")
OIDC = ("GET", r"/\.well-known/openid-configuration")
USERINFO = ("GET", r"/me")
REGISTER = ("POST", r"/agent-api/v1/agents")
HEARTBEAT = ("PUT", r"/agent-api/v1/agents/[^/]+/heartbeat")

CATALOGUE: list[HostileCase] = [
    # numbers: NaN / Infinity / 1e300 where a bounded number is expected
    HostileCase("device expires_in NaN", {DEVICE: _device_raw("NaN")}, ex_device_start, BAD, "tenant_bad_response"),
    HostileCase(
        "device expires_in Infinity", {DEVICE: _device_raw("Infinity")}, ex_device_start, BAD, "tenant_bad_response"
    ),
    HostileCase("device expires_in 1e300", {DEVICE: _device_raw("1e300")}, ex_device_start, BAD, "tenant_bad_response"),
    HostileCase(
        "device expires_in -Infinity", {DEVICE: _device_raw("-Infinity")}, ex_device_start, BAD, "tenant_bad_response"
    ),
    HostileCase("device interval NaN", {DEVICE: _device_interval("NaN")}, ex_device_start, BAD, "tenant_bad_response"),
    HostileCase(
        "device interval 1e300", {DEVICE: _device_interval("1e300")}, ex_device_start, BAD, "tenant_bad_response"
    ),
    HostileCase(
        "device interval true", {DEVICE: _device_interval("true")}, ex_device_start, BAD, "tenant_bad_response"
    ),
    HostileCase(
        "token expires_in Infinity",
        {TOKEN: fixed(Answer(body=b'{"access_token": "a", "token_type": "Bearer", "expires_in": Infinity}'))},
        ex_device_tokens,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "token expires_in 1e300",
        {TOKEN: fixed(Answer(body=b'{"access_token": "a", "token_type": "Bearer", "expires_in": 1e300}'))},
        ex_device_tokens,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase("totalResults NaN", {USERS: _total("NaN")}, ex_list_users, BAD, "tenant_bad_response"),
    HostileCase("totalResults Infinity", {USERS: _total("Infinity")}, ex_list_users, BAD, "tenant_bad_response"),
    HostileCase("totalResults 1e300", {USERS: _total("1e300")}, ex_list_users, BAD, "tenant_bad_response"),
    HostileCase("totalResults 10**400", {USERS: _total("1" + "0" * 400)}, ex_list_users, BAD, "tenant_bad_response"),
    HostileCase("totalResults -1", {USERS: _total("-1")}, ex_list_users, BAD, "tenant_bad_response"),
    HostileCase(
        "bulk status Infinity",
        {BULK: _bulk_status("Infinity")},
        ex_bulk_create,
        BAD,
        "tenant_bad_response",
        max_writes=1,
    ),
    HostileCase(
        "bulk status 1e300", {BULK: _bulk_status("1e300")}, ex_bulk_create, BAD, "tenant_bad_response", max_writes=1
    ),
    HostileCase(
        "bulk status NaN", {BULK: _bulk_status("NaN")}, ex_bulk_create, BAD, "tenant_bad_response", max_writes=1
    ),
    HostileCase(
        'bulk status "2O1"', {BULK: _bulk_status('"2O1"')}, ex_bulk_create, BAD, "tenant_bad_response", max_writes=1
    ),
    # wrong JSON types
    HostileCase(
        "discovery scopes a string",
        {DISCOVERY: _discovery_with(scopes="openid")},
        ex_discover,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "discovery issuer a number", {DISCOVERY: _discovery_with(issuer=42)}, ex_discover, BAD, "tenant_bad_response"
    ),
    HostileCase(
        "OIDC discovery a list", {OIDC: fixed(Answer(body=b"[1, 2]"))}, ex_device_start, BAD, "tenant_bad_response"
    ),
    HostileCase(
        "userinfo sub a number", {USERINFO: fixed(Answer(body=b'{"sub": 7}'))}, ex_userinfo, BAD, "tenant_bad_response"
    ),
    HostileCase(
        "listing Resources an object",
        {USERS: fixed(Answer(body=b'{"totalResults": 1, "Resources": {"id": "u1"}}'))},
        ex_list_users,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "listing item a string",
        {USERS: fixed(Answer(body=b'{"totalResults": 1, "Resources": ["u1"]}'))},
        ex_list_users,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "register agent_id a list",
        {REGISTER: fixed(Answer(201, b'{"agent_id": ["a"], "owner": {}}'))},
        ex_register,
        BAD,
        "tenant_bad_response",
        max_writes=1,
    ),
    HostileCase(
        "device_code a number",
        {DEVICE: lambda t, r: Answer(body=js(device_answer(t.url, device_code=5)))},
        ex_device_start,
        BAD,
        "tenant_bad_response",
    ),
    # not JSON at all
    HostileCase(
        "discovery is HTML",
        {DISCOVERY: fixed(Answer(body=b"<html>portal</html>", content_type="text/html"))},
        ex_discover,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "user is bytes", {USER: fixed(Answer(body=b"\xff\xfe\x00garbage"))}, ex_get_user, BAD, "tenant_bad_response"
    ),
    HostileCase(
        "token answer is text",
        {TOKEN: fixed(Answer(body=b"ok", content_type="text/plain"))},
        ex_device_tokens,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "listing nested 100000 deep",
        {USERS: fixed(Answer(body=b"[" * 100_000 + b"]" * 100_000))},
        ex_list_users,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "heartbeat answer truncated",
        {HEARTBEAT: fixed(Answer(body=b'{"server_time": "20'))},
        ex_heartbeat,
        BAD,
        "tenant_bad_response",
        max_writes=1,
    ),
    # resource ids: missing, empty, "..", "../x", "a?b=c"
    HostileCase(
        "created user without id",
        {CREATE: lambda t, r: Answer(201, r.body)},
        ex_create_user,
        BAD,
        "tenant_bad_response",
        max_writes=1,
    ),
    HostileCase(
        "created user with empty id",
        {CREATE: lambda t, r: Answer(201, js({**json.loads(r.body), "id": ""}))},
        ex_create_user,
        BAD,
        "tenant_bad_response",
        max_writes=1,
    ),
    HostileCase(
        "listed user with id ..",
        {USERS: fixed(Answer(body=list_response([user(1, id="..")], 1)))},
        ex_update_listed,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "listed user with empty id",
        {USERS: fixed(Answer(body=list_response([user(1, id="")], 1)))},
        ex_update_listed,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "listed user with id ../x (PATCH goes to Users/..%2Fx only)",
        {USERS: fixed(Answer(body=list_response([user(1, id="../x")], 1)))},
        ex_update_listed,
        ScimError,
        "scim_error",
        max_writes=1,
        forbidden_paths=("/scim/v2/x", "/scim/v2/Users/../x", "/scim/v2/Users"),
    ),
    HostileCase(
        "listed user with id a?b=c (PATCH goes to Users/a%3Fb%3Dc only)",
        {USERS: fixed(Answer(body=list_response([user(1, id="a?b=c")], 1)))},
        ex_update_listed,
        ScimError,
        "scim_error",
        max_writes=1,
        forbidden_paths=("/scim/v2/Users/a", "/scim/v2/Users"),
    ),
    HostileCase(
        "delete with empty id",
        {},
        ex_delete_empty,
        BAD,
        "tenant_bad_response",
        forbidden_paths=("/scim/v2/Users", "/scim/v2/Users/"),
    ),
    HostileCase(
        "bulk location without id",
        {
            BULK: lambda t, r: Answer(
                200,
                js(
                    {
                        "Operations": [
                            {"bulkId": op["bulkId"], "status": "201", "location": f"{t.url}/scim/v2/Users/"}
                            for op in json.loads(r.body)["Operations"]
                        ]
                    }
                ),
            )
        },
        ex_bulk_create,
        BAD,
        "tenant_bad_response",
        max_writes=1,
    ),
    HostileCase(
        "registered agent_id ..",
        {REGISTER: fixed(Answer(201, b'{"agent_id": "..", "owner": {}}'))},
        ex_register,
        BAD,
        "tenant_bad_response",
        max_writes=1,
    ),
    # bodies over the cap, with and without a Content-Length
    HostileCase(
        "listing over the size cap", {USERS: fixed(Answer(body=OVERSIZED))}, ex_list_users, BAD, "tenant_bad_response"
    ),
    HostileCase(
        "listing over the cap, no length",
        {USERS: fixed(Answer(body=OVERSIZED, no_length=True))},
        ex_list_users,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "listing under the cap gzipped, over it unpacked",
        {USERS: fixed(Answer(body=OVERSIZED_GZIP, headers=(("Content-Encoding", "gzip"),)))},
        ex_list_users,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "discovery over the size cap",
        {DISCOVERY: fixed(Answer(body=OVERSIZED))},
        ex_discover,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "userinfo over the size cap",
        {USERINFO: fixed(Answer(body=OVERSIZED, no_length=True))},
        ex_userinfo,
        BAD,
        "tenant_bad_response",
    ),
    # slow drip: one byte a second, cut by the total deadline
    HostileCase(
        "listing body 1 byte/s",
        {USERS: fixed(Answer(body=list_response([user(1)], 1), drip=1.0))},
        ex_list_users,
        UNREACHABLE,
        "tenant_unreachable",
    ),
    HostileCase(
        "user headers 1 byte/s",
        {USER: fixed(Answer(body=js(user(1)), drip=1.0, drip_headers=True))},
        ex_get_user,
        UNREACHABLE,
        "tenant_unreachable",
    ),
    HostileCase(
        "discovery body 1 byte/s",
        {DISCOVERY: lambda t, r: Answer(body=_discovery(t, r).body, drip=1.0)},
        ex_discover,
        UNREACHABLE,
        "tenant_unreachable",
    ),
    HostileCase(
        "device authorization 1 byte/s",
        {DEVICE: lambda t, r: Answer(body=js(device_answer(t.url)), drip=1.0)},
        ex_device_start,
        UNREACHABLE,
        "tenant_unreachable",
    ),
    HostileCase(
        "heartbeat answer 1 byte/s",
        {HEARTBEAT: fixed(Answer(body=b'{"server_time": null}', drip=1.0))},
        ex_heartbeat,
        UNREACHABLE,
        "tenant_unreachable",
        max_writes=1,
    ),
    HostileCase(
        "create answer 1 byte/s (not re-sent)",
        {CREATE: fixed(Answer(201, js(user("x", id="n1")), drip=1.0))},
        ex_create_user,
        UNREACHABLE,
        "tenant_unreachable",
        max_writes=1,
    ),
    # lying listings
    HostileCase(
        "totalResults says 5, pages end at 2",
        {USERS: _pages(lambda s, c: ([user(s), user(s + 1)] if s == 1 else [], 5))},
        ex_list_users,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "totalResults says 1, page has 2",
        {USERS: _pages(lambda s, c: ([user(1), user(2)], 1))},
        ex_list_users,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase(
        "every page repeats page 1",
        {USERS: _pages(lambda s, c: ([user(1), user(2)], 40))},
        ex_list_users,
        BAD,
        "tenant_bad_response",
    ),
    HostileCase("endless pages, fresh ids", {USERS: _pages(_endless)}, ex_list_users, BAD, "tenant_bad_response"),
    # two matches where one is expected, and a filter the service ignores
    HostileCase(
        "lookup by externalId matches two",
        {USERS: fixed(Answer(body=list_response([user(1), user(2, externalId="ext-1")], 2)))},
        ex_find_user,
        ScimError,
        "scim_ambiguous",
    ),
    HostileCase(
        "lookup answered with someone else",
        {USERS: fixed(Answer(body=list_response([user(9)], 1)))},
        ex_find_user,
        BAD,
        "tenant_bad_response",
    ),
    # Retry-After that is garbage or beyond the budget
    HostileCase(
        "429 Retry-After in Arabic-Indic digits",
        {USER: _retry_after(429, "١٢٠")},
        ex_get_user,
        RateLimitedError,
        "rate_limited",
        max_requests=3,
    ),
    HostileCase(
        "429 Retry-After superscript two",
        {USER: _retry_after(429, "²")},
        ex_get_user,
        RateLimitedError,
        "rate_limited",
        max_requests=3,
    ),
    HostileCase(
        "429 Retry-After negative",
        {USER: _retry_after(429, "-5")},
        ex_get_user,
        RateLimitedError,
        "rate_limited",
        max_requests=3,
    ),
    HostileCase(
        "429 Retry-After 10**12 s",
        {USER: _retry_after(429, "999999999999")},
        ex_get_user,
        RateLimitedError,
        "rate_limited",
        max_requests=1,
    ),
    HostileCase(
        "503 Retry-After in the year 2100",
        {USER: _retry_after(503, FAR_DATE)},
        ex_get_user,
        UNREACHABLE,
        "tenant_unreachable",
        max_requests=1,
    ),
    HostileCase(
        "429 on create, Retry-After 2100",
        {CREATE: _retry_after(429, FAR_DATE)},
        ex_create_user,
        RateLimitedError,
        "rate_limited",
        max_writes=1,
        max_requests=1,
    ),
    # verification URIs that would send the admin elsewhere
    HostileCase(
        "verification_uri file:",
        {DEVICE: _device_uri("verification_uri", lambda b: "file:///etc/passwd")},
        ex_device_start,
        UNTRUSTED,
        "signin_uri_untrusted",
    ),
    HostileCase(
        "verification_uri smb:",
        {DEVICE: _device_uri("verification_uri", lambda b: "smb://evil.example/share")},
        ex_device_start,
        UNTRUSTED,
        "signin_uri_untrusted",
    ),
    HostileCase(
        "verification_uri javascript:",
        {DEVICE: _device_uri("verification_uri", lambda b: "javascript:alert(1)")},
        ex_device_start,
        UNTRUSTED,
        "signin_uri_untrusted",
    ),
    HostileCase(
        "verification_uri other origin",
        {DEVICE: _device_uri("verification_uri", lambda b: "https://login.evil.example/device")},
        ex_device_start,
        UNTRUSTED,
        "signin_uri_untrusted",
    ),
    HostileCase(
        "verification_uri other port",
        {DEVICE: _device_uri("verification_uri", lambda b: b.rsplit(":", 1)[0] + ":1/device")},
        ex_device_start,
        UNTRUSTED,
        "signin_uri_untrusted",
    ),
    HostileCase(
        "verification_uri userinfo trick",
        {DEVICE: _device_uri("verification_uri", lambda b: b + "@evil.example/device")},
        ex_device_start,
        UNTRUSTED,
        "signin_uri_untrusted",
    ),
    HostileCase(
        "verification_uri backslash trick",
        {DEVICE: _device_uri("verification_uri", lambda b: "https://evil.example\\@" + b[7:])},
        ex_device_start,
        UNTRUSTED,
        "signin_uri_untrusted",
    ),
    HostileCase(
        "verification_uri_complete javascript:",
        {DEVICE: _device_uri("verification_uri_complete", lambda b: "javascript:fetch('//evil')")},
        ex_device_start,
        UNTRUSTED,
        "signin_uri_untrusted",
    ),
    HostileCase(
        "verification_uri_complete other origin",
        {DEVICE: _device_uri("verification_uri_complete", lambda b: "https://evil.example/device?user_code=ABCD-EFGH")},
        ex_device_start,
        UNTRUSTED,
        "signin_uri_untrusted",
    ),
    # endpoints from discovery elsewhere than the tenant
    HostileCase(
        "token endpoint on another origin",
        {OIDC: _oidc_with(token_endpoint="https://evil.example/token")},
        ex_device_start,
        UNTRUSTED,
        "endpoint_untrusted",
    ),
    HostileCase(
        "device endpoint plain http elsewhere",
        {OIDC: _oidc_with(device_authorization_endpoint="http://evil.example/device")},
        ex_device_start,
        UNTRUSTED,
        "endpoint_untrusted",
    ),
    HostileCase(
        "userinfo endpoint file:",
        {OIDC: _oidc_with(userinfo_endpoint="file:///etc/passwd")},
        ex_userinfo,
        UNTRUSTED,
        "endpoint_untrusted",
    ),
    HostileCase(
        "SCIM base on another origin",
        {DISCOVERY: _discovery_with(scim_base_url="https://evil.example/scim/v2")},
        ex_discover,
        UNTRUSTED,
        "endpoint_untrusted",
    ),
    HostileCase(
        "agent API on another origin",
        {DISCOVERY: _discovery_with(agent_api="https://evil.example/agent-api")},
        ex_discover,
        UNTRUSTED,
        "endpoint_untrusted",
    ),
    HostileCase(
        "issuer on another origin",
        {DISCOVERY: _discovery_with(issuer="https://evil.example")},
        ex_discover,
        UNTRUSTED,
        "endpoint_untrusted",
    ),
]


@dataclass(frozen=True)
class Outcome:
    case: HostileCase
    error: BaseException | None
    seconds: float
    requests: list[Request]
    writes: list[Request]


def run_case(case: HostileCase, runner: Callable[[Awaitable[object]], object]) -> Outcome:
    """Start a tenant for ``case``, run its exercise with ``runner`` (e.g. :func:`asyncio.run`), stop it."""
    with hostile_tenant(case.overrides) as tenant:
        started = time.monotonic()
        error: BaseException | None = None
        try:
            runner(case.exercise(Ctx(tenant.url)))
        except Exception as exc:  # the caller checks its type
            error = exc
        seconds = time.monotonic() - started
        return Outcome(case, error, seconds, list(tenant.requests), tenant.writes())


@contextmanager
def hostile_tenant(overrides: dict[tuple[str, str], Responder] | None = None) -> Iterator[HostileTenant]:
    tenant = HostileTenant(overrides).start()
    try:
        yield tenant
    finally:
        tenant.stop()
