"""Installation keys, agent registration, heartbeat, change of owner, owner protection in SCIM,
provisioning notifications and the admin view — over HTTP, as the agent and an admin's browser see them."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from app.cloud.installkey import parse_key
from tests.servers.sandbox import SandboxTenantHandle

PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"


def _key_hash(key: str) -> str:
    return parse_key(key).secret_hash


def _validate(tenant: SandboxTenantHandle, key: str) -> httpx.Response:
    return httpx.post(f"{tenant.url}/agent-api/v1/installation-keys/validate", json={"key_hash": _key_hash(key)})


def _bearer(tokens: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def _register(tenant: SandboxTenantHandle, key: str, tokens: dict[str, Any]) -> httpx.Response:
    return httpx.post(
        f"{tenant.url}/agent-api/v1/agents",
        headers=_bearer(tokens),
        json={
            "key_hash": _key_hash(key),
            "device_name": "ZYLKER-DC-AGENT-01",
            "version": "1.0.0",
            "domain_controllers": ["dc1.zylker.test"],
        },
    )


def _heartbeat(tenant: SandboxTenantHandle, agent_id: str, tokens: dict[str, Any], **extra: Any) -> httpx.Response:
    body = {
        "version": "1.0.1",
        "device_name": "ZYLKER-DC-AGENT-01",
        "domain_controllers": ["dc1.zylker.test", "dc2.zylker.test"],
        "status": "idle",
        "last_sync": "2026-01-02T03:04:05Z",
        "counts": {"users": 20, "groups": 3},
        "password_sync_agents": [{"dc": "dc1.zylker.test", "installed": True, "connected": True}],
    } | extra
    return httpx.put(f"{tenant.url}/agent-api/v1/agents/{agent_id}/heartbeat", headers=_bearer(tokens), json=body)


def test_key_outcomes_unknown_expired_revoked_used(sandbox_tenant: SandboxTenantHandle) -> None:
    key = sandbox_tenant.installation_key
    assert parse_key(key).tenant_url == sandbox_tenant.url
    valid = _validate(sandbox_tenant, key)
    assert valid.status_code == 200
    assert valid.json() == {
        "status": "valid",
        "tenant_name": "Zylker (sandbox)",
        "expires_at": None,
        "single_use": True,
    }

    unknown = httpx.post(f"{sandbox_tenant.url}/agent-api/v1/installation-keys/validate", json={"key_hash": "0" * 64})
    assert (unknown.status_code, unknown.json()) == (404, {"error": "unknown_key"})

    short = sandbox_tenant.issue_key(ttl=0.3)
    assert _validate(sandbox_tenant, short).json()["expires_at"].endswith("Z")
    time.sleep(0.4)
    assert (_validate(sandbox_tenant, short).status_code, _validate(sandbox_tenant, short).json()) == (
        410,
        {"error": "expired_key"},
    )

    revoked = sandbox_tenant.issue_key()
    assert sandbox_tenant.revoke_key(revoked)
    assert _validate(sandbox_tenant, revoked).json() == {"error": "revoked_key"}

    tokens = sandbox_tenant.device_tokens()
    assert _register(sandbox_tenant, key, tokens).status_code == 201
    used = _validate(sandbox_tenant, key)
    assert (used.status_code, used.json()) == (410, {"error": "used_key"})
    again = _register(sandbox_tenant, key, tokens)
    assert (again.status_code, again.json()) == (410, {"error": "used_key"})
    assert _register(sandbox_tenant, revoked, tokens).json() == {"error": "revoked_key"}


def test_reusable_key_registers_two_agents(sandbox_tenant: SandboxTenantHandle) -> None:
    key = sandbox_tenant.issue_key(single_use=False)
    tokens = sandbox_tenant.device_tokens()
    assert _register(sandbox_tenant, key, tokens).status_code == 201
    assert _register(sandbox_tenant, key, tokens).status_code == 201
    assert _validate(sandbox_tenant, key).json()["single_use"] is False


def test_non_admin_cannot_register_and_key_stays_usable(sandbox_tenant: SandboxTenantHandle) -> None:
    user_tokens = sandbox_tenant.device_tokens(email=sandbox_tenant.non_admin.email)
    refused = _register(sandbox_tenant, sandbox_tenant.installation_key, user_tokens)
    assert (refused.status_code, refused.json()) == (403, {"error": "not_admin"})
    assert _validate(sandbox_tenant, sandbox_tenant.installation_key).status_code == 200
    no_token = httpx.post(f"{sandbox_tenant.url}/agent-api/v1/agents", json={})
    assert no_token.status_code == 401


def test_heartbeat_change_owner_and_get(sandbox_tenant: SandboxTenantHandle) -> None:
    owner = sandbox_tenant.device_tokens()
    registered = _register(sandbox_tenant, sandbox_tenant.installation_key, owner)
    assert registered.json()["owner"] == {"email": "admin@zylker.test", "name": "Ada Admin"}
    agent_id = registered.json()["agent_id"]

    beat = _heartbeat(sandbox_tenant, agent_id, owner)
    assert beat.status_code == 200 and beat.json()["server_time"].endswith("Z")
    assert "Date" in beat.headers
    got = httpx.get(f"{sandbox_tenant.url}/agent-api/v1/agents/{agent_id}", headers=_bearer(owner)).json()
    assert got["device_name"] == "ZYLKER-DC-AGENT-01"
    assert got["last_sync"] == "2026-01-02T03:04:05Z" and got["status"] == "idle" and got["last_heartbeat"]
    agent = sandbox_tenant.agents()[0]
    assert agent["version"] == "1.0.1" and agent["counts"] == {"users": 20, "groups": 3}
    assert agent["password_sync_agents"] == [
        {
            "dc": "dc1.zylker.test",
            "installed": True,
            "connected": True,
            "version": None,
            "last_delivered": None,
            "queue": None,
        }
    ]

    unknown = _heartbeat(sandbox_tenant, "no-such-agent", owner)
    assert (unknown.status_code, unknown.json()) == (404, {"error": "unknown_agent"})
    user = sandbox_tenant.device_tokens(email=sandbox_tenant.non_admin.email)
    refused = httpx.post(f"{sandbox_tenant.url}/agent-api/v1/agents/{agent_id}/owner", headers=_bearer(user))
    assert (refused.status_code, refused.json()) == (403, {"error": "not_admin"})

    backup = sandbox_tenant.device_tokens(email="backup.admin@zylker.test")
    moved = httpx.post(f"{sandbox_tenant.url}/agent-api/v1/agents/{agent_id}/owner", headers=_bearer(backup))
    assert moved.status_code == 200
    assert moved.json() == {"owner": {"email": "backup.admin@zylker.test", "name": "Bo Backup"}}
    stale = _heartbeat(sandbox_tenant, agent_id, owner)
    assert (stale.status_code, stale.json()) == (403, {"error": "not_owner"})
    assert _heartbeat(sandbox_tenant, agent_id, backup).status_code == 200


def _find_user(users: list[dict[str, Any]], user_name: str) -> dict[str, Any]:
    return next(u for u in users if u["userName"] == user_name)


def test_owner_cannot_be_disabled_or_deleted_until_ownership_moves(sandbox_tenant: SandboxTenantHandle) -> None:
    owner = sandbox_tenant.device_tokens()
    agent_id = _register(sandbox_tenant, sandbox_tenant.installation_key, owner).json()["agent_id"]
    scim = f"{sandbox_tenant.url}/scim/v2"
    ada = _find_user(sandbox_tenant.scim_users(), "admin@zylker.test")

    deactivate = {"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "active", "value": False}]}
    refused = httpx.patch(f"{scim}/Users/{ada['id']}", headers=_bearer(owner), json=deactivate)
    assert refused.status_code == 403
    assert "owns an Identity Connect agent" in refused.json()["detail"]
    replaced = httpx.put(
        f"{scim}/Users/{ada['id']}",
        headers=_bearer(owner),
        json={"schemas": [USER_SCHEMA], "userName": "admin@zylker.test", "active": False},
    )
    assert replaced.status_code == 403
    deleted = httpx.delete(f"{scim}/Users/{ada['id']}", headers=_bearer(owner))
    assert deleted.status_code == 403
    bulk = httpx.post(
        f"{scim}/Bulk",
        headers=_bearer(owner),
        json={
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
            "Operations": [{"method": "DELETE", "path": f"/Users/{ada['id']}"}],
        },
    )
    assert bulk.json()["Operations"][0]["status"] == "403"
    assert _find_user(sandbox_tenant.scim_users(), "admin@zylker.test").get("active") is True

    backup = sandbox_tenant.device_tokens(email="backup.admin@zylker.test")
    httpx.post(f"{sandbox_tenant.url}/agent-api/v1/agents/{agent_id}/owner", headers=_bearer(backup))
    allowed = httpx.patch(f"{scim}/Users/{ada['id']}", headers=_bearer(backup), json=deactivate)
    assert allowed.status_code in (200, 204)
    assert _find_user(sandbox_tenant.scim_users(), "admin@zylker.test")["active"] is False


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "password-notification=user; welcome-mail=yes",
            [("password_otp", "user", "new.hire@zylker.test"), ("welcome_mail", "user", "new.hire@zylker.test")],
        ),
        ("password-notification=admin; welcome-mail=no", [("password_otp", "admin", "admin@zylker.test")]),
        ("password-notification=none; welcome-mail=no", []),
        (None, []),
    ],
)
def test_provisioning_header_records_notifications(
    sandbox_tenant: SandboxTenantHandle, header: str | None, expected: list[tuple[str, str, str]]
) -> None:
    tokens = sandbox_tenant.device_tokens()
    headers = _bearer(tokens) | ({"Identity-Connect-Provisioning": header} if header else {})
    created = httpx.post(
        f"{sandbox_tenant.url}/scim/v2/Users",
        headers=headers,
        json={
            "schemas": [USER_SCHEMA],
            "userName": "new.hire@zylker.test",
            "emails": [{"value": "new.hire@zylker.test", "primary": True}],
            "externalId": "guid-1",
        },
    )
    assert created.status_code == 201, created.text
    recorded = [(n["kind"], n["recipient"], n["to"]) for n in sandbox_tenant.notifications()]
    assert recorded == expected
    assert all(n["user_name"] == "new.hire@zylker.test" for n in sandbox_tenant.notifications())


def test_reactivation_with_header_records_notification_and_bad_header_is_refused(
    sandbox_tenant: SandboxTenantHandle,
) -> None:
    tokens = sandbox_tenant.device_tokens()
    users = f"{sandbox_tenant.url}/scim/v2/Users"
    user = httpx.post(
        users, headers=_bearer(tokens), json={"schemas": [USER_SCHEMA], "userName": "leaver@zylker.test"}
    ).json()
    patch = {"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "active", "value": False}]}
    assert httpx.patch(f"{users}/{user['id']}", headers=_bearer(tokens), json=patch).status_code in (200, 204)
    assert sandbox_tenant.notifications() == []
    patch["Operations"][0]["value"] = True  # type: ignore[index]
    back = httpx.patch(
        f"{users}/{user['id']}",
        headers=_bearer(tokens) | {"Identity-Connect-Provisioning": "password-notification=admin; welcome-mail=no"},
        json=patch,
    )
    assert back.status_code in (200, 204)
    [note] = sandbox_tenant.notifications()
    assert (note["kind"], note["recipient"], note["reason"]) == ("password_otp", "admin", "reactivated")

    bad = httpx.post(
        users,
        headers=_bearer(tokens) | {"Identity-Connect-Provisioning": "password-notification=carrier-pigeon"},
        json={"schemas": [USER_SCHEMA], "userName": "x@zylker.test"},
    )
    assert bad.status_code == 400 and bad.json()["scimType"] == "invalidValue"


def test_admin_view_shows_agent_connected_then_disconnected(sandbox_tenant_factory) -> None:  # type: ignore[no-untyped-def]
    tenant = sandbox_tenant_factory(connected_window=0.5)
    tokens = tenant.device_tokens()
    agent_id = _register(tenant, tenant.installation_key, tokens).json()["agent_id"]
    assert httpx.get(f"{tenant.url}/admin").status_code == 401
    assert httpx.get(f"{tenant.url}/admin/api/agents").status_code == 401

    _heartbeat(tenant, agent_id, tokens)
    view = httpx.get(tenant.admin_url)
    assert view.status_code == 200
    assert "ZYLKER-DC-AGENT-01" in view.text and '<span class="connected">Connected</span>' in view.text
    assert "2026-01-02T03:04:05Z" in view.text  # last sync
    assert 'Users (<span id="user-count">3</span>)' in view.text and "admin@zylker.test" in view.text
    api = httpx.get(f"{tenant.url}/admin/api/agents", headers={"Authorization": f"Bearer {tenant.admin_token}"})
    assert api.json()[0]["connection"] == "Connected"

    time.sleep(0.6)
    view = httpx.get(tenant.admin_url)
    assert '<span class="disconnected">Disconnected</span>' in view.text
    assert tenant.agents()[0]["connection"] == "Disconnected"
    _heartbeat(tenant, agent_id, tokens)
    assert tenant.agents()[0]["connection"] == "Connected"
