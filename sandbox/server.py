"""Runs one sandbox tenant on 127.0.0.1: builds the store, tenant, SCIM service and web app, and serves
them with a threaded Werkzeug server (one thread per connection, so a few dozen agents can talk at once).

Used by the CLI (``serve_forever`` on the main thread) and by the test fixture (``start`` in a thread).
"""

from __future__ import annotations

import logging
import secrets
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from sandbox.scim import TenantScimApplication
from sandbox.store import SandboxStore
from sandbox.tenant import SandboxTenant, TenantOptions
from sandbox.web import SandboxWebApp

HOST = "127.0.0.1"
log = logging.getLogger("sandbox.requests")


class RequestLogHandler(WSGIRequestHandler):
    """Logs one line per request without the query string (it may carry an admin token or a user code)."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = getattr(self, "path", "").split("?", 1)[0]
        log.info("%s %s %s", getattr(self, "command", "-"), path, code)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - signature of http.server
        log.debug(format, *args)


class SandboxServer:
    """One sandbox tenant served on ``http://127.0.0.1:<port>`` (port 0 picks a free one)."""

    def __init__(self, port: int = 0, data_dir: Path | None = None, options: TenantOptions | None = None) -> None:
        self.store = SandboxStore(data_dir)
        try:
            self.tenant = SandboxTenant(self.store, options)
            self.scim = TenantScimApplication(self.tenant, self.store)
            self.admin_token = secrets.token_urlsafe(24)
            self.app = SandboxWebApp(self.tenant, self.scim, self.admin_token)
            self._server: BaseWSGIServer = make_server(
                HOST, port, self.app, threaded=True, request_handler=RequestLogHandler
            )
        except BaseException:
            self.store.close()
            raise
        self.port = self._server.port
        self.tenant.base_url = f"http://{HOST}:{self.port}"
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return self.tenant.base_url

    @property
    def admin_url(self) -> str:
        return f"{self.url}/admin?token={self.admin_token}"

    def serve_forever(self) -> None:
        """Serve on the calling thread until :meth:`stop` or KeyboardInterrupt."""
        self._server.serve_forever(poll_interval=0.2)

    def start(self) -> SandboxServer:
        """Serve on a background thread."""
        self._thread = threading.Thread(target=self.serve_forever, name=f"sandbox-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=10)
            self._thread = None
        self._server.server_close()
        self.store.close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
