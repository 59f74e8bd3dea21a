"""Synced passwords at the sandbox tenant: set over SCIM (write-only), kept only as a hash, refused by the
tenant's password policy with a SCIM error, and usable on the tenant's sign-in page."""

from __future__ import annotations

from typing import Any

import httpx

from tests.servers.sandbox import SandboxTenantHandle

PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"


def _scim(tenant: SandboxTenantHandle) -> httpx.Client:
    tokens = tenant.device_tokens()
    return httpx.Client(
        base_url=f"{tenant.url}/scim/v2", headers={"Authorization": f"Bearer {tokens['access_token']}"}, timeout=10
    )


def _create(scim: httpx.Client, user_name: str) -> dict[str, Any]:
    created = scim.post("/Users", json={"schemas": [USER_SCHEMA], "userName": user_name, "active": True})
    assert created.status_code == 201, created.text
    return dict(created.json())


def _set_password(scim: httpx.Client, user_id: str, password: str) -> httpx.Response:
    body = {"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "password", "value": password}]}
    return scim.patch(f"/Users/{user_id}", json=body)


def _sign_in(tenant: SandboxTenantHandle, user_name: str, password: str) -> int:
    return httpx.post(f"{tenant.url}/sign-in", data={"username": user_name, "password": password}).status_code


def test_a_synced_password_signs_in_and_is_never_returned_or_stored(sandbox_tenant: SandboxTenantHandle) -> None:
    with _scim(sandbox_tenant) as scim:
        user = _create(scim, "pat.synced@zylker.test")
        assert _sign_in(sandbox_tenant, "pat.synced@zylker.test", "Correct-Horse-7") == 401
        changed = _set_password(scim, user["id"], "Correct-Horse-7")
        assert changed.status_code in (200, 204), changed.text
        assert "password" not in (changed.json() if changed.content else {})
        assert "password" not in scim.get(f"/Users/{user['id']}").json()
        assert _sign_in(sandbox_tenant, "PAT.synced@zylker.test", "Correct-Horse-7") == 200
        assert _sign_in(sandbox_tenant, "pat.synced@zylker.test", "Wrong-Horse-7") == 401
        assert _set_password(scim, user["id"], "Battery-Staple-8").status_code in (200, 204)
        assert _sign_in(sandbox_tenant, "pat.synced@zylker.test", "Correct-Horse-7") == 401
        assert _sign_in(sandbox_tenant, "pat.synced@zylker.test", "Battery-Staple-8") == 200
    # Neither value is kept in cleartext anywhere in the tenant's database.
    dump = "\n".join(sandbox_tenant.tenant.store._db.iterdump())
    assert "Correct-Horse-7" not in dump and "Battery-Staple-8" not in dump
    assert "scrypt$" in dump


def test_the_password_policy_refuses_with_a_scim_error_and_keeps_the_old_password(
    sandbox_tenant: SandboxTenantHandle,
) -> None:
    with _scim(sandbox_tenant) as scim:
        user = _create(scim, "short.pw@zylker.test")
        assert _set_password(scim, user["id"], "Long-Enough-1").status_code in (200, 204)
        refused = _set_password(scim, user["id"], "abc")
        assert refused.status_code == 400
        assert refused.json()["scimType"] == "invalidValue"
        assert "at least 8 characters" in refused.json()["detail"]
        assert _sign_in(sandbox_tenant, "short.pw@zylker.test", "Long-Enough-1") == 200


def test_a_disabled_or_deleted_user_cannot_sign_in(sandbox_tenant: SandboxTenantHandle) -> None:
    with _scim(sandbox_tenant) as scim:
        user = _create(scim, "gone.soon@zylker.test")
        assert _set_password(scim, user["id"], "Still-Valid-9").status_code in (200, 204)
        off = {"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "active", "value": False}]}
        assert scim.patch(f"/Users/{user['id']}", json=off).status_code in (200, 204)
        assert _sign_in(sandbox_tenant, "gone.soon@zylker.test", "Still-Valid-9") == 401
        assert scim.delete(f"/Users/{user['id']}").status_code == 204
        assert _sign_in(sandbox_tenant, "gone.soon@zylker.test", "Still-Valid-9") == 401
