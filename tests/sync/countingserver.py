"""A small SCIM service on loopback that counts every request it receives, and fails some on demand.

Real HTTP (``http.server`` in a thread, keep-alive like a real tenant), so the SCIM client, its connection
pool and the applier's cancellation are exercised as in production. It keeps Users and Groups in memory
and answers what the agent uses: ServiceProviderConfig, POST, GET by id, filtered and paged listing
(``attr eq "value"``), PUT, PATCH ``replace active`` (when ``patch`` is on) and DELETE.

What scim2-server cannot do on demand is what this one is for: a ``rule`` decides per request whether to
answer with an error status (or drop the connection) instead, and :attr:`requests` records when each
request arrived, so a test can prove that nothing is sent after a run has ended.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"
_FILTER = re.compile(r'^\s*(\w+)\s+eq\s+(".*")\s*$')

DROP = 0  # a rule's answer: close the connection without a response


@dataclass(frozen=True)
class Seen:
    """One request as it arrived: monotonic time, method, path (without query), parsed query, JSON body."""

    at: float
    method: str
    path: str
    query: dict[str, str]
    body: Any


@dataclass(frozen=True)
class Answer:
    """What a rule answers instead of the service: a status (``DROP``: no answer) and headers."""

    status: int
    headers: tuple[tuple[str, str], ...] = ()


Rule = Callable[[Seen], Answer | None]


class CountingScimServer:
    def __init__(self, *, patch: bool = True, delay: float = 0.0) -> None:
        self.patch = patch
        self.delay = delay  # seconds before each answer the service itself gives (not the rule's)
        self.rule: Rule | None = None
        self.requests: list[Seen] = []
        self.store: dict[str, dict[str, dict[str, Any]]] = {"Users": {}, "Groups": {}}
        self._lock = threading.Lock()
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="counting-scim", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/scim/v2"

    def start(self) -> CountingScimServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def users(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(u) for u in self.store["Users"].values()]

    def remove_user(self, external_id: str) -> None:
        """Delete a user behind the agent's back (an admin in the tenant's console)."""
        with self._lock:
            for key, found in list(self.store["Users"].items()):
                if found.get("externalId") == external_id:
                    del self.store["Users"][key]

    # -- the service ------------------------------------------------------------------------------------

    def _serve(self, seen: Seen) -> tuple[int, Any]:
        parts = [p for p in seen.path.split("/") if p][2:]  # drop "scim", "v2"
        if parts == ["ServiceProviderConfig"]:
            return 200, {
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
                "patch": {"supported": self.patch},
                "bulk": {"supported": False},
                "filter": {"supported": True, "maxResults": 200},
                "etag": {"supported": False},
                "sort": {"supported": False},
            }
        if not parts or parts[0] not in self.store:
            return 404, _error(404)
        kind = parts[0]
        with self._lock:
            items = self.store[kind]
            if len(parts) == 1 and seen.method == "POST":
                resource = dict(seen.body)
                resource["id"] = uuid.uuid4().hex
                items[resource["id"]] = resource
                return 201, resource
            if len(parts) == 1 and seen.method == "GET":
                return 200, _listing(list(items.values()), seen.query)
            if len(parts) != 2:
                return 404, _error(404)
            current = items.get(parts[1])
            if current is None:
                return 404, _error(404)
            if seen.method == "GET":
                return 200, current
            if seen.method == "PUT":
                resource = dict(seen.body)
                resource["id"] = parts[1]
                items[parts[1]] = resource
                return 200, resource
            if seen.method == "PATCH" and self.patch:
                for op in seen.body.get("Operations", []):
                    if op.get("op") == "replace" and op.get("path"):
                        current[op["path"]] = op.get("value")
                return 200, current
            if seen.method == "DELETE":
                del items[parts[1]]
                return 204, None
        return 405, _error(405)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                url = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                seen = Seen(time.monotonic(), self.command, url.path, query, json.loads(raw) if raw else None)
                with server._lock:
                    server.requests.append(seen)
                answer = server.rule(seen) if server.rule is not None else None
                if answer is not None and answer.status == DROP:
                    self.close_connection = True
                    return
                headers: tuple[tuple[str, str], ...] = ()
                if answer is not None:
                    status, body, headers = answer.status, _error(answer.status), answer.headers
                else:
                    if server.delay:
                        time.sleep(server.delay)
                    status, body = server._serve(seen)
                content = json.dumps(body).encode() if body is not None else b""
                self.send_response(status)
                self.send_header("Content-Type", "application/scim+json")
                self.send_header("Content-Length", str(len(content)))
                for name, value in headers:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle  # noqa: N815 - http.server's names

        return Handler


class _QuietServer(ThreadingHTTPServer):
    # socketserver's backlog of 5 drops SYNs when a client opens more connections at once (1 s each).
    request_queue_size = 128

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up mid-answer (a cancelled request) is normal here, not a server fault.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _error(status: int) -> dict[str, Any]:
    return {"schemas": [ERROR_SCHEMA], "status": str(status)}


def _listing(items: list[dict[str, Any]], query: dict[str, str]) -> dict[str, Any]:
    if "filter" in query:
        match = _FILTER.match(query["filter"])
        if match is None:
            return _error(400)
        attribute, value = match.group(1), json.loads(match.group(2))
        items = [i for i in items if str(i.get(attribute, "")).lower() == str(value).lower()]
    start = max(1, int(query.get("startIndex", "1")))
    count = max(0, int(query.get("count", "100")))
    page = items[start - 1 : start - 1 + count]
    return {"schemas": [LIST_SCHEMA], "totalResults": len(items), "startIndex": start, "Resources": page}


@contextmanager
def counting_server(*, patch: bool = True, delay: float = 0.0) -> Iterator[CountingScimServer]:
    server = CountingScimServer(patch=patch, delay=delay).start()
    try:
        yield server
    finally:
        server.stop()
