"""pytest plugin: the sandbox tenant as a real server on 127.0.0.1, in this process, for any test.

Fixtures:

- ``sandbox_tenant``: a fresh tenant per test (free port, state in memory, device-flow interval 0.1 s).
- ``sandbox_tenant_factory(**options)``: tenants with options (``device_code_ttl``, ``poll_interval``,
  ``access_token_ttl``, ``connected_window``, ``seed_scim_users``, ``data_dir``, ``port``); all are
  stopped when the test ends.

The object they give (:class:`SandboxTenantHandle`) has the URL, a fresh installation key, the seeded
accounts, and helpers that act as a person would: ``approve`` fills in the device sign-in page's HTML forms
over HTTP with a cookie jar, exactly as a browser would (no back door). ``device_tokens`` runs a whole
device flow (start, approve, poll) for tests that just need a real access token.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest

from sandbox.server import SandboxServer
from sandbox.tenant import CLIENT_ID, DEVICE_CODE_GRANT, SEED_ACCOUNTS, SeedAccount, TenantOptions

DEFAULT_TEST_OPTIONS = {"poll_interval": 0.1}


class SignInRefusedError(AssertionError):
    """The sign-in page answered with an error (wrong password, unknown or expired code, …)."""


@dataclass
class HtmlForm:
    action: str
    fields: dict[str, str] = field(default_factory=dict)
    buttons: dict[str, list[str]] = field(default_factory=dict)


class _FormParser(HTMLParser):
    """Collects forms (action, inputs, submit buttons) and the text of ``role=alert`` elements."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: dict[str, HtmlForm] = {}
        self.alerts: list[str] = []
        self._form: HtmlForm | None = None
        self._in_alert = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._form = HtmlForm(action=a.get("action", ""))
            self.forms[a.get("id", str(len(self.forms)))] = self._form
        elif tag == "input" and self._form is not None and a.get("name"):
            self._form.fields[a["name"]] = a.get("value", "")
        elif tag == "button" and self._form is not None and a.get("name"):
            self._form.buttons.setdefault(a["name"], []).append(a.get("value", ""))
        if a.get("role") == "alert":
            self._in_alert = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "p":
            self._in_alert = False

    def handle_data(self, data: str) -> None:
        if self._in_alert:
            self.alerts.append(data.strip())


def parse_page(response: httpx.Response) -> _FormParser:
    parser = _FormParser()
    parser.feed(response.text)
    return parser


@dataclass
class SandboxTenantHandle:
    """A running sandbox tenant and what a test does with it."""

    server: SandboxServer
    installation_key: str
    data_dir: Path | None = None

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def admin_url(self) -> str:
        return self.server.admin_url

    @property
    def admin_token(self) -> str:
        return self.server.admin_token

    @property
    def tenant(self) -> Any:
        """The :class:`sandbox.tenant.SandboxTenant` itself, for direct inspection."""
        return self.server.tenant

    @property
    def admins(self) -> list[SeedAccount]:
        """Seeded admins (``email``, ``password``, ``name``); the first owns agents in most tests."""
        return [a for a in SEED_ACCOUNTS if a.is_admin]

    @property
    def admin(self) -> SeedAccount:
        return self.admins[0]

    @property
    def non_admin(self) -> SeedAccount:
        """A user who can sign in but is not an admin of the tenant (for "lacks rights" refusals)."""
        return next(a for a in SEED_ACCOUNTS if not a.is_admin)

    # -- keys ----------------------------------------------------------------------------------------------

    def issue_key(self, ttl: float | None = None, single_use: bool = True) -> str:
        return str(self.server.tenant.issue_key(ttl=ttl, single_use=single_use))

    def revoke_key(self, key: str) -> bool:
        """Revoke a key (its text or its key hash)."""
        return bool(self.server.tenant.revoke_key(key))

    # -- the person at the browser -------------------------------------------------------------------------

    def approve(
        self,
        user_code_or_uri: str,
        email: str | None = None,
        password: str | None = None,
        deny: bool = False,
    ) -> str:
        """Complete the sign-in page as a person would: enter/confirm the code, sign in, Approve (or Deny).

        Accepts the user code or ``verification_uri_complete``. Returns the device name the page showed.
        Raises :class:`SignInRefusedError` with the page's message when a step is refused.
        """
        if email is None:
            email, password = self.admin.email, self.admin.password
        elif password is None:
            password = next(a.password for a in SEED_ACCOUNTS if a.email == email)
        with httpx.Client(base_url=self.url, follow_redirects=True, timeout=10) as browser:
            if user_code_or_uri.startswith(("http://", "https://")):
                first = browser.get(user_code_or_uri)
                code_form = parse_page(first).forms["code-form"]
            else:
                first = browser.get("/device")
                code_form = parse_page(first).forms["code-form"]
                code_form.fields["user_code"] = user_code_or_uri
            confirmed = self._submit(browser, code_form)
            sign_in_page = parse_page(confirmed)
            device = _between(confirmed.text, '<p id="device"><strong>', "</strong>")
            sign_in_form = sign_in_page.forms["sign-in-form"]
            sign_in_form.fields.update(email=email, password=password or "")
            decision_page = parse_page(self._submit(browser, sign_in_form))
            decision_form = decision_page.forms["decision-form"]
            decision_form.fields["decision"] = "deny" if deny else "approve"
            self._submit(browser, decision_form)
        return device

    @staticmethod
    def _submit(browser: httpx.Client, form: HtmlForm) -> httpx.Response:
        response = browser.post(form.action, data=form.fields)
        if response.status_code >= 400:
            alerts = parse_page(response).alerts
            raise SignInRefusedError(f"{response.status_code}: {' '.join(alerts) or response.text[:200]}")
        return response

    def start_device_flow(self, device_name: str = "ZYLKER-DC-AGENT-01", scope: str | None = None) -> dict[str, Any]:
        """POST the device authorization request as the agent would; returns the tenant's JSON answer."""
        data = {"client_id": CLIENT_ID, "device_name": device_name}
        if scope is not None:
            data["scope"] = scope
        response = httpx.post(f"{self.url}/oauth/device_authorization", data=data, timeout=10)
        response.raise_for_status()
        return dict(response.json())

    def poll_token(self, device_code: str) -> httpx.Response:
        return httpx.post(
            f"{self.url}/oauth/token",
            data={"grant_type": DEVICE_CODE_GRANT, "device_code": device_code, "client_id": CLIENT_ID},
            timeout=10,
        )

    def device_tokens(
        self,
        email: str | None = None,
        password: str | None = None,
        device_name: str = "ZYLKER-DC-AGENT-01",
        scope: str | None = None,
    ) -> dict[str, Any]:
        """A whole device flow over HTTP; returns the token response (access_token, refresh_token, …)."""
        started = self.start_device_flow(device_name, scope)
        self.approve(started["verification_uri_complete"], email=email, password=password)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            time.sleep(float(started["interval"]))
            response = self.poll_token(started["device_code"])
            if response.status_code == 200:
                return dict(response.json())
            if response.json().get("error") not in ("authorization_pending", "slow_down"):
                raise AssertionError(f"token endpoint refused: {response.text}")
        raise AssertionError("no token within 10 s")

    # -- what the tenant holds -----------------------------------------------------------------------------

    def scim_users(self) -> list[dict[str, Any]]:
        return list(self.server.scim.resources_of("User"))

    def scim_groups(self) -> list[dict[str, Any]]:
        return list(self.server.scim.resources_of("Group"))

    def notifications(self) -> list[dict[str, Any]]:
        return list(self.server.tenant.notifications())

    def agents(self) -> list[dict[str, Any]]:
        return list(self.server.tenant.agents())

    # -- faults --------------------------------------------------------------------------------------------

    def inject_faults(self, kind: str, count: int = 1, *, retry_after: int = 1, target: str = "scim") -> None:
        """Make the next ``count`` requests to ``target`` ("scim", "agent-api", "oauth", "any") fail with
        ``kind``: "429" (with Retry-After), "500", "503" (with Retry-After) or "drop" (connection closed
        without an answer)."""
        self.server.tenant.faults.inject(kind, count, retry_after=retry_after, target=target)

    def clear_faults(self) -> None:
        self.server.tenant.faults.clear()


def _between(text: str, start: str, end: str) -> str:
    head, sep, tail = text.partition(start)
    return tail.partition(end)[0] if sep else ""


SandboxFactory = Callable[..., SandboxTenantHandle]


def start_sandbox(
    *, data_dir: Path | None = None, port: int = 0, issue_key: bool = True, **options: Any
) -> SandboxTenantHandle:
    """Start a tenant in a background thread (stop it with ``handle.server.stop()``)."""
    server = SandboxServer(port=port, data_dir=data_dir, options=TenantOptions(**(DEFAULT_TEST_OPTIONS | options)))
    server.start()
    key = server.tenant.issue_key() if issue_key else ""
    return SandboxTenantHandle(server=server, installation_key=key, data_dir=data_dir)


@pytest.fixture
def sandbox_tenant_factory() -> Iterator[SandboxFactory]:
    """``factory(**options)`` starts a tenant; every one it started is stopped after the test."""
    started: list[SandboxTenantHandle] = []

    def factory(**options: Any) -> SandboxTenantHandle:
        handle = start_sandbox(**options)
        started.append(handle)
        return handle

    yield factory
    for handle in started:
        handle.server.stop()


@pytest.fixture
def sandbox_tenant(sandbox_tenant_factory: SandboxFactory) -> SandboxTenantHandle:
    """A fresh sandbox tenant on a free port (device-flow interval 0.1 s, state in memory)."""
    return sandbox_tenant_factory()
