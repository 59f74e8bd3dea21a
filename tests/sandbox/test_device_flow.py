"""The sandbox's OAuth 2.0 device-authorization grant (RFC 8628), refresh tokens and userinfo, over HTTP."""

from __future__ import annotations

import time

import httpx
import pytest

from sandbox.tenant import CLIENT_ID
from tests.servers.sandbox import SandboxTenantHandle, SignInRefusedError


def _discover(tenant: SandboxTenantHandle) -> dict[str, str]:
    discovery = httpx.get(f"{tenant.url}/.well-known/identity-connect").json()
    oidc = httpx.get(f"{discovery['issuer']}/.well-known/openid-configuration").json()
    return discovery | oidc


def test_discovery_points_at_the_tenants_endpoints(sandbox_tenant: SandboxTenantHandle) -> None:
    found = _discover(sandbox_tenant)
    assert found["issuer"] == sandbox_tenant.url
    assert found["client_id"] == CLIENT_ID
    assert found["scim_base_url"] == f"{sandbox_tenant.url}/scim/v2"
    assert found["agent_api"] == f"{sandbox_tenant.url}/agent-api/v1"
    assert set(found["scopes"]) == {"openid", "email", "profile", "offline_access", "scim"}
    for name in ("device_authorization_endpoint", "token_endpoint", "userinfo_endpoint"):
        assert httpx.options(found[name]).status_code != 404


def test_pending_then_slow_down_then_tokens_and_userinfo(sandbox_tenant_factory) -> None:  # type: ignore[no-untyped-def]
    tenant = sandbox_tenant_factory(poll_interval=0.5)
    started = tenant.start_device_flow(device_name="ZYLKER-DC-AGENT-01")
    assert started["interval"] == 0.5 and started["expires_in"] == 300
    assert started["verification_uri_complete"].startswith(f"{tenant.url}/device?user_code=")

    first = tenant.poll_token(started["device_code"])
    assert (first.status_code, first.json()["error"]) == (400, "authorization_pending")
    too_fast = tenant.poll_token(started["device_code"])
    assert (too_fast.status_code, too_fast.json()["error"]) == (400, "slow_down")

    shown_device = tenant.approve(started["verification_uri_complete"])
    assert shown_device == "ZYLKER-DC-AGENT-01"
    time.sleep(0.6)
    granted = tenant.poll_token(started["device_code"])
    assert granted.status_code == 200, granted.text
    tokens = granted.json()
    assert tokens["token_type"] == "Bearer" and tokens["refresh_token"]

    info = httpx.get(
        _discover(tenant)["userinfo_endpoint"], headers={"Authorization": f"Bearer {tokens['access_token']}"}
    ).json()
    assert info["email"] == "admin@zylker.test"
    assert info["name"] == "Ada Admin"
    assert info["identity_connect_admin"] is True
    assert info["sub"]

    time.sleep(0.6)
    reused = tenant.poll_token(started["device_code"])
    assert (reused.status_code, reused.json()["error"]) == (400, "invalid_grant")


def test_non_admin_can_sign_in_but_is_not_an_admin(sandbox_tenant: SandboxTenantHandle) -> None:
    tokens = sandbox_tenant.device_tokens(email=sandbox_tenant.non_admin.email)
    info = httpx.get(
        f"{sandbox_tenant.url}/oauth/userinfo", headers={"Authorization": f"Bearer {tokens['access_token']}"}
    ).json()
    assert info["email"] == "user@zylker.test"
    assert info["identity_connect_admin"] is False


def test_denied_request_ends_with_access_denied(sandbox_tenant: SandboxTenantHandle) -> None:
    started = sandbox_tenant.start_device_flow()
    sandbox_tenant.approve(started["user_code"], deny=True)
    time.sleep(0.15)
    denied = sandbox_tenant.poll_token(started["device_code"])
    assert (denied.status_code, denied.json()["error"]) == (400, "access_denied")
    with pytest.raises(SignInRefusedError, match="unknown, has expired or was already used"):
        sandbox_tenant.approve(started["user_code"])


def test_expired_code_answers_expired_token_and_cannot_be_approved(sandbox_tenant_factory) -> None:  # type: ignore[no-untyped-def]
    tenant = sandbox_tenant_factory(device_code_ttl=0.5)
    started = tenant.start_device_flow()
    time.sleep(0.6)
    expired = tenant.poll_token(started["device_code"])
    assert (expired.status_code, expired.json()["error"]) == (400, "expired_token")
    with pytest.raises(SignInRefusedError):
        tenant.approve(started["verification_uri_complete"])


def test_unknown_device_code_and_wrong_password(sandbox_tenant: SandboxTenantHandle) -> None:
    unknown = sandbox_tenant.poll_token("not-a-code")
    assert (unknown.status_code, unknown.json()["error"]) == (400, "invalid_grant")
    started = sandbox_tenant.start_device_flow()
    with pytest.raises(SignInRefusedError, match="Wrong email or password"):
        sandbox_tenant.approve(started["user_code"], email="admin@zylker.test", password="wrong")


def test_refresh_token_rotates_and_old_one_stops_working(sandbox_tenant: SandboxTenantHandle) -> None:
    tokens = sandbox_tenant.device_tokens()
    token_url = f"{sandbox_tenant.url}/oauth/token"
    refreshed = httpx.post(
        token_url,
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"], "client_id": CLIENT_ID},
    )
    assert refreshed.status_code == 200, refreshed.text
    new = refreshed.json()
    assert new["access_token"] != tokens["access_token"] and new["refresh_token"] != tokens["refresh_token"]
    me = httpx.get(f"{sandbox_tenant.url}/oauth/userinfo", headers={"Authorization": f"Bearer {new['access_token']}"})
    assert me.json()["email"] == "admin@zylker.test"
    again = httpx.post(
        token_url,
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"], "client_id": CLIENT_ID},
    )
    assert (again.status_code, again.json()["error"]) == (400, "invalid_grant")


def test_no_refresh_token_without_offline_access(sandbox_tenant: SandboxTenantHandle) -> None:
    tokens = sandbox_tenant.device_tokens(scope="openid email profile scim")
    assert "refresh_token" not in tokens


def test_token_endpoint_refuses_wrong_client_scope_and_grant_type(sandbox_tenant: SandboxTenantHandle) -> None:
    authorize = f"{sandbox_tenant.url}/oauth/device_authorization"
    wrong_client = httpx.post(authorize, data={"client_id": "someone-else"})
    assert (wrong_client.status_code, wrong_client.json()["error"]) == (401, "invalid_client")
    wrong_scope = httpx.post(authorize, data={"client_id": CLIENT_ID, "scope": "openid admin:everything"})
    assert (wrong_scope.status_code, wrong_scope.json()["error"]) == (400, "invalid_scope")
    password_grant = httpx.post(
        f"{sandbox_tenant.url}/oauth/token", data={"client_id": CLIENT_ID, "grant_type": "password"}
    )
    assert (password_grant.status_code, password_grant.json()["error"]) == (400, "unsupported_grant_type")


def test_sign_in_page_shows_the_device_that_asked(sandbox_tenant: SandboxTenantHandle) -> None:
    started = sandbox_tenant.start_device_flow(device_name="BRANCH-OFFICE-DC")
    with httpx.Client() as browser:
        code_page = browser.get(started["verification_uri_complete"])
        assert f'value="{started["user_code"]}"' in code_page.text  # prefilled
    assert sandbox_tenant.approve(started["user_code"].replace("-", "").lower()) == "BRANCH-OFFICE-DC"
