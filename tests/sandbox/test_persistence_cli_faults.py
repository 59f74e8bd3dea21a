"""State that survives a restart with ``--data``, the ``sandbox`` command line, injected faults, and many
agents at once."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from app.cloud.installkey import parse_key
from tests.servers.sandbox import SandboxFactory, SandboxTenantHandle, start_sandbox

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_state_survives_a_restart_with_data_dir(tmp_path: Path) -> None:
    first = start_sandbox(data_dir=tmp_path)
    try:
        tokens = first.device_tokens()
        bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
        registered = httpx.post(
            f"{first.url}/agent-api/v1/agents",
            headers=bearer,
            json={"key_hash": parse_key(first.installation_key).secret_hash, "device_name": "DC-AGENT", "version": "1"},
        ).json()
        spare_key = first.issue_key()
        revoked_key = first.issue_key()
        first.revoke_key(revoked_key)
        user = httpx.post(
            f"{first.url}/scim/v2/Users",
            headers=bearer | {"Identity-Connect-Provisioning": "password-notification=user; welcome-mail=no"},
            json={"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "kept@zylker.test"},
        ).json()
        group = httpx.post(
            f"{first.url}/scim/v2/Groups",
            headers=bearer,
            json={
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
                "displayName": "Kept",
                "members": [{"value": user["id"]}],
            },
        ).json()
        port = first.server.port
    finally:
        first.server.stop()

    second = start_sandbox(data_dir=tmp_path, port=port, issue_key=False)
    try:
        bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
        kept_user = httpx.get(f"{second.url}/scim/v2/Users/{user['id']}", headers=bearer)
        assert kept_user.status_code == 200 and kept_user.json()["userName"] == "kept@zylker.test"
        kept_group = httpx.get(f"{second.url}/scim/v2/Groups/{group['id']}", headers=bearer).json()
        assert [m["value"] for m in kept_group["members"]] == [user["id"]]
        agent = httpx.get(f"{second.url}/agent-api/v1/agents/{registered['agent_id']}", headers=bearer).json()
        assert agent["device_name"] == "DC-AGENT"

        def status(key: str) -> object:
            return httpx.post(
                f"{second.url}/agent-api/v1/installation-keys/validate",
                json={"key_hash": parse_key(key).secret_hash},
            ).json()

        assert status(first.installation_key) == {"error": "used_key"}
        assert status(revoked_key) == {"error": "revoked_key"}
        assert status(spare_key)["status"] == "valid"  # type: ignore[index]
        assert [n["to"] for n in second.notifications()] == ["kept@zylker.test"]
        # A write after the restart gets a new version, never one handed out before.
        renamed = httpx.patch(
            f"{second.url}/scim/v2/Users/{user['id']}",
            headers=bearer,
            json={
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                "Operations": [{"op": "replace", "path": "displayName", "value": "Kept Still"}],
            },
        )
        assert renamed.status_code in (200, 204)
        after = next(u for u in second.scim_users() if u["id"] == user["id"])["meta"]["version"]
        handed_out_before = {user["meta"]["version"], group["meta"]["version"]}
        assert after not in handed_out_before
        versions = {u["meta"]["version"] for u in second.scim_users()}
        assert len(versions) == len(second.scim_users())
        refreshed = httpx.post(
            f"{second.url}/oauth/token",
            data={
                "grant_type": "refresh_token",
                "refresh_token": tokens["refresh_token"],
                "client_id": "identity-connect-agent",
            },
        )
        assert refreshed.status_code == 200
    finally:
        second.server.stop()


def test_deleting_a_user_removes_it_from_its_groups(sandbox_tenant: SandboxTenantHandle) -> None:
    bearer = {"Authorization": f"Bearer {sandbox_tenant.device_tokens()['access_token']}"}
    scim = f"{sandbox_tenant.url}/scim/v2"
    user = httpx.post(
        f"{scim}/Users",
        headers=bearer,
        json={"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "gone"},
    ).json()
    group = httpx.post(
        f"{scim}/Groups",
        headers=bearer,
        json={
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
            "displayName": "G",
            "members": [{"value": user["id"]}],
        },
    ).json()
    assert httpx.delete(f"{scim}/Users/{user['id']}", headers=bearer).status_code == 204
    assert httpx.get(f"{scim}/Groups/{group['id']}", headers=bearer).json().get("members", []) == []


def test_cli_prints_url_key_and_sign_in_then_stops(tmp_path: Path) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "app.cli", "sandbox", "--port", str(port), "--data", str(tmp_path), "--quiet"]
    env = os.environ | {"PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        command,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        # As a script's background job starts it: SIGINT ignored. "Press Ctrl+C to stop" must still be true.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(6)]
        text = "".join(lines)
        assert f"Sandbox tenant:   http://127.0.0.1:{port}" in text
        key = re.search(r"Installation key: (ICK1-\S+)", text)
        assert key is not None and parse_key(key.group(1)).tenant_url == f"http://127.0.0.1:{port}"
        assert re.search(r"Admin view:\s+http://127\.0\.0\.1:\d+/admin\?token=\S+", text)
        assert "admin@zylker.test / sandbox-admin-1" in text
        valid = httpx.post(
            f"http://127.0.0.1:{port}/agent-api/v1/installation-keys/validate",
            json={"key_hash": parse_key(key.group(1)).secret_hash},
        )
        assert valid.json()["status"] == "valid"
    finally:
        process.send_signal(signal.SIGINT)
        try:
            _, err = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            pytest.fail("the sandbox did not stop within 15 s of Ctrl+C (SIGINT)", pytrace=False)
    assert process.returncode == 0, err
    assert (tmp_path / "sandbox-tenant.sqlite3").exists()


@pytest.mark.parametrize("status", [429, 500, 503])
def test_injected_status_faults_hit_only_the_next_scim_requests(
    sandbox_tenant: SandboxTenantHandle, status: int
) -> None:
    bearer = {"Authorization": f"Bearer {sandbox_tenant.device_tokens()['access_token']}"}
    users = f"{sandbox_tenant.url}/scim/v2/Users"
    sandbox_tenant.inject_faults(str(status), count=2, retry_after=7)
    assert httpx.get(f"{sandbox_tenant.url}/.well-known/identity-connect").status_code == 200  # not SCIM
    for _ in range(2):
        answer = httpx.get(users, headers=bearer)
        assert answer.status_code == status
        assert answer.json()["status"] == str(status)
        assert answer.headers.get("Retry-After") == ("7" if status in (429, 503) else None)
    assert httpx.get(users, headers=bearer).status_code == 200


def test_dropped_connection_and_faults_over_the_admin_api(sandbox_tenant: SandboxTenantHandle) -> None:
    admin = {"Authorization": f"Bearer {sandbox_tenant.admin_token}"}
    faults = f"{sandbox_tenant.url}/admin/api/faults"
    assert httpx.post(faults, json={"kind": "drop", "count": 1, "target": "agent-api"}).status_code == 401
    pending = httpx.post(faults, headers=admin, json={"kind": "drop", "count": 1, "target": "agent-api"})
    assert pending.json() == [{"kind": "drop", "remaining": 1, "retry_after": 1, "target": "agent-api"}]
    validate = f"{sandbox_tenant.url}/agent-api/v1/installation-keys/validate"
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.post(validate, json={"key_hash": "0" * 64})
    assert httpx.post(validate, json={"key_hash": "0" * 64}).status_code == 404
    assert httpx.post(faults, headers=admin, json={"kind": "teapot"}).status_code == 400
    httpx.post(faults, headers=admin, json={"kind": "500", "count": 5, "target": "oauth"})
    assert httpx.delete(faults, headers=admin).json() == []


def test_sixteen_agents_at_once(sandbox_tenant_factory: SandboxFactory) -> None:
    tenant = sandbox_tenant_factory()
    bearer = {"Authorization": f"Bearer {tenant.device_tokens()['access_token']}"}
    keys = [tenant.issue_key() for _ in range(16)]

    def one_agent(index: int) -> int:
        with httpx.Client(base_url=tenant.url, headers=bearer, timeout=20) as client:
            agent = client.post(
                "/agent-api/v1/agents",
                json={"key_hash": parse_key(keys[index]).secret_hash, "device_name": f"AGENT-{index}", "version": "1"},
            )
            for n in range(5):
                client.post(
                    "/scim/v2/Users",
                    json={"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": f"u{index}-{n}"},
                ).raise_for_status()
            return client.put(
                f"/agent-api/v1/agents/{agent.json()['agent_id']}/heartbeat", json={"status": "idle"}
            ).status_code

    with ThreadPoolExecutor(16) as pool:
        assert list(pool.map(one_agent, range(16))) == [200] * 16
    assert len(tenant.agents()) == 16
    assert len(tenant.scim_users()) == 3 + 16 * 5
