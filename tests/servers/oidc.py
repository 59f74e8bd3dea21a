"""panva oidc-provider (npm, OpenID-certified) as the independent OAuth device-flow issuer for the tests.

``tests/peers/oidc_server.mjs`` runs under ``node`` on a free 127.0.0.1 port; the fixture waits for its
``READY <issuer>`` line and stops it by PID. :class:`OidcProvider` also plays the admin's side of the
device flow over plain HTTP (no browser): follow the auto-submitting form, confirm the code, log in,
consent; or press "Abort" to deny. Accounts: ``alice`` (admin claim true), ``bob`` (admin claim false).

Fixtures:

- ``oidc_provider``: interval 1 s, long device-code lifetime.
- ``oidc_provider_short_ttl``: device codes live 3 s (expiry tests).
- ``oidc_provider_slow_down``: interval 1 s and the slow_down shim (polls faster than 1 s get ``slow_down``).
- ``oidc_provider_short_access``: access tokens live 2 s (refresh tests).
"""

from __future__ import annotations

import os
import select
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import httpx
import pytest

PEERS = Path(__file__).resolve().parent.parent / "peers"
CLIENT_ID = "identity-connect-agent"
SCOPES = ("openid", "email", "profile", "offline_access")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Forms(HTMLParser):
    """Collects <form>s: action, inputs (name -> value) and named buttons (also those outside, via form=id)."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []
        self._current: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._current = {"id": a.get("id"), "action": a.get("action", ""), "fields": {}, "buttons": {}}
            self.forms.append(self._current)
        elif tag == "input" and a.get("name") and self._current is not None:
            self._current["fields"][a["name"]] = a.get("value", "")
        elif tag == "button" and a.get("name"):
            target = next((f for f in self.forms if f["id"] and f["id"] == a.get("form")), self._current)
            if target is not None:
                target["buttons"][a["name"]] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._current = None


def _forms(html: str) -> list[dict[str, Any]]:
    parser = _Forms()
    parser.feed(html)
    return parser.forms


def _submit(
    client: httpx.Client, page: httpx.Response, form: dict[str, Any], extra: dict[str, str] | None = None
) -> httpx.Response:
    data = dict(form["fields"])
    data.update(extra or {})
    return client.post(urljoin(str(page.url), form["action"]), data=data)


@dataclass
class OidcProvider:
    issuer: str
    process: subprocess.Popen[bytes]
    client_id: str = CLIENT_ID

    def user_visits(self, verification_uri_complete: str, *, login: str = "alice", deny: bool = False) -> str:
        """The admin's side, over plain HTTP. Returns the final page's HTML."""
        with httpx.Client(follow_redirects=True, timeout=10) as client:
            page = client.get(verification_uri_complete)  # auto-submitting form_post page
            page = _submit(client, page, _forms(page.text)[0])  # -> confirm page
            confirm = next((f for f in _forms(page.text) if f["id"] == "op.deviceConfirmForm"), None)
            if confirm is None:  # expired, unknown or used code: an error page
                return page.text
            if deny:
                return _submit(client, page, confirm, {"abort": "yes"}).text
            page = _submit(client, page, confirm)  # confirm=yes -> /interaction/:uid (login)
            page = _submit(client, page, _forms(page.text)[0], {"login": login, "password": "x"})
            if "/interaction/" in str(page.url):  # consent prompt
                page = _submit(client, page, _forms(page.text)[0])
            return page.text

    def approve(self, verification_uri_complete: str, login: str = "alice") -> None:
        html = self.user_visits(verification_uri_complete, login=login)
        assert "Sign-in Success" in html, html[:300]

    def deny(self, verification_uri_complete: str) -> None:
        self.user_visits(verification_uri_complete, deny=True)

    def revoke(self, token: str) -> None:
        response = httpx.post(
            f"{self.issuer}/token/revocation", data={"token": token, "client_id": self.client_id}, timeout=10
        )
        assert response.status_code == 200, response.text


@contextmanager
def run_oidc_provider(**env: str) -> Iterator[OidcProvider]:
    node = shutil.which("node")
    if node is None or not (PEERS / "node_modules" / "oidc-provider").is_dir():
        pytest.fail("oidc-provider is not installed: run `npm ci` in tests/peers (make deps does)")
    port = free_port()
    full_env = {**os.environ, "PORT": str(port), "INTERVAL": "1", "CLIENT_ID": CLIENT_ID, **env}
    process = subprocess.Popen(
        [node, "oidc_server.mjs"], cwd=PEERS, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 20
        line = b""
        while time.monotonic() < deadline:
            ready, _, _ = select.select([process.stdout], [], [], 0.2)
            if ready:
                line = process.stdout.readline()
                if line.startswith(b"READY "):
                    break
                if not line and process.poll() is not None:
                    break
        else:
            pytest.fail("oidc-provider did not start within 20 s")
        if not line.startswith(b"READY "):
            pytest.fail(f"oidc-provider exited with {process.poll()}")
        yield OidcProvider(issuer=line.split()[1].decode(), process=process)
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
def oidc_provider() -> Iterator[OidcProvider]:
    with run_oidc_provider(DEVICE_TTL="600") as provider:
        yield provider


@pytest.fixture(scope="session")
def oidc_provider_short_ttl() -> Iterator[OidcProvider]:
    with run_oidc_provider(DEVICE_TTL="3") as provider:
        yield provider


@pytest.fixture(scope="session")
def oidc_provider_slow_down() -> Iterator[OidcProvider]:
    with run_oidc_provider(DEVICE_TTL="600", SLOW_DOWN_SHIM="1") as provider:
        yield provider


@pytest.fixture(scope="session")
def oidc_provider_short_access() -> Iterator[OidcProvider]:
    with run_oidc_provider(DEVICE_TTL="600", ACCESS_TTL="2") as provider:
        yield provider
