"""scim2-tester against the sandbox's SCIM service, over HTTP, with an access token from the device flow."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx
from scim2_client import BaseSyncSCIMClient
from scim2_client.errors import RequestNetworkException
from scim2_tester import Status, check_server

from tests.servers.sandbox import SandboxTenantHandle


class HttpxScimClient(BaseSyncSCIMClient):
    """scim2-client's synchronous engine on httpx (its own engine needs httpx2, which we do not ship)."""

    def __init__(self, client: httpx.Client, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.client = client

    def _stays_under_base_url(self, endpoint: str) -> bool:
        url = self.client.build_request("GET", endpoint).url
        base = self.client.base_url
        return (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port) and url.path.startswith(
            base.path
        )

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            return self.client.request(method, url, **kwargs)
        except httpx.RequestError as exc:
            network_error = RequestNetworkException()
            network_error.add_note(str(exc))
            raise network_error from exc


def test_scim2_tester_passes_with_a_device_flow_token(sandbox_tenant: SandboxTenantHandle) -> None:
    tokens = sandbox_tenant.device_tokens()
    assert urlsplit(sandbox_tenant.url).hostname == "127.0.0.1"
    with httpx.Client(
        base_url=f"{sandbox_tenant.url}/scim/v2",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
        timeout=10,
    ) as http:
        results = check_server(HttpxScimClient(http))
    failures = [f"{r.title}: {r.reason}" for r in results if r.status not in (Status.SUCCESS, Status.SKIPPED)]
    assert not failures, "\n".join(failures)
    assert sum(r.status == Status.SUCCESS for r in results) >= 100
    # The tester cleans up after itself; the seeded accounts are still there.
    assert {u["userName"] for u in sandbox_tenant.scim_users()} >= {"admin@zylker.test"}


def test_scim_refuses_foreign_and_missing_tokens(sandbox_tenant: SandboxTenantHandle) -> None:
    users = f"{sandbox_tenant.url}/scim/v2/Users"
    assert httpx.get(users).status_code == 401
    refused = httpx.get(users, headers={"Authorization": "Bearer minted-elsewhere"})
    assert refused.status_code == 401
    assert refused.headers["WWW-Authenticate"].lower().startswith("bearer")


def test_scim_needs_the_scim_scope_and_an_admin(sandbox_tenant: SandboxTenantHandle) -> None:
    users = f"{sandbox_tenant.url}/scim/v2/Users"
    no_scope = sandbox_tenant.device_tokens(scope="openid email profile")
    answer = httpx.get(users, headers={"Authorization": f"Bearer {no_scope['access_token']}"})
    assert answer.status_code == 403 and "scim scope" in answer.json()["detail"]
    user = sandbox_tenant.device_tokens(email=sandbox_tenant.non_admin.email)
    answer = httpx.get(users, headers={"Authorization": f"Bearer {user['access_token']}"})
    assert answer.status_code == 403 and "administrators" in answer.json()["detail"]
