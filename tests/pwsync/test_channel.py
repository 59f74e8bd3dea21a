"""The password-sync channel as an attacker meets it: mutual TLS with the agent's own CA, the DC named in the
certificate, replays ignored, sealed passwords bound to their account. Against the real receiver on loopback,
delivering to the sandbox tenant's SCIM service."""

from __future__ import annotations

import base64
import json
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.pwsync import dcagent
from app.pwsync.delivery import ledger_rejections
from app.pwsync.identity import PasswordSyncIdentity
from tests.pwsync.harness import AgentEnd
from tests.servers.sandbox import SandboxTenantHandle

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GUID = "0b8f9e3c-3f4a-4d7e-9b7a-2c1d5e6f7a8b"


@pytest.fixture
def tenant_user(sandbox_tenant: SandboxTenantHandle) -> tuple[str, str]:
    token = sandbox_tenant.device_tokens()["access_token"]
    created = httpx.post(
        f"{sandbox_tenant.url}/scim/v2/Users",
        headers={"Authorization": f"Bearer {token}"},
        json={"schemas": [USER_SCHEMA], "userName": "wire.test@zylker.test", "externalId": GUID, "active": True},
    )
    assert created.status_code == 201
    return str(created.json()["id"]), token


@pytest.fixture
def end(sandbox_tenant: SandboxTenantHandle, tenant_user: tuple[str, str], tmp_path: Path) -> Iterator[AgentEnd]:
    agent_end = AgentEnd(
        PasswordSyncIdentity.create(),
        tmp_path,
        tmp_path / "unused.sqlite3",
        f"{sandbox_tenant.url}/scim/v2",
        tenant_user[1],
    )
    cloud_id = tenant_user[0]

    async def managed(guid: str) -> str | None:
        return cloud_id if guid == GUID else None

    agent_end.start()
    assert agent_end.receiver is not None
    agent_end.receiver.sink.managed_user = managed  # type: ignore[attr-defined]
    try:
        yield agent_end
    finally:
        agent_end.close()


def _client_files(identity: PasswordSyncIdentity, folder: Path, name: str) -> tuple[Path, Path]:
    issued = identity.issue(name, client=True)
    cert, key = folder / f"{name}.pem", folder / f"{name}.key"
    cert.write_bytes(issued.certificate_pem)
    key.write_bytes(issued.key_pem)
    return cert, key


def _connect(end: AgentEnd, cert: tuple[Path, Path] | None) -> ssl.SSLSocket:
    context = ssl.create_default_context(cadata=end.identity.ca_pem().decode())
    if cert:
        context.load_cert_chain(str(cert[0]), str(cert[1]))
    raw = socket.create_connection(("127.0.0.1", end.port), timeout=10)
    return context.wrap_socket(raw, server_hostname="127.0.0.1")


def _exchange(tls: ssl.SSLSocket, message: dict[str, Any]) -> dict[str, Any] | None:
    tls.sendall(json.dumps(message).encode() + b"\n")
    line = tls.makefile("rb").readline()
    return json.loads(line) if line else None


def _change(end: AgentEnd, password: str, pwd_last_set: str = "134400000000000000", guid: str = GUID) -> dict[str, Any]:
    ident = dcagent.change_id(guid, pwd_last_set)
    sealed = dcagent.seal(
        base64.b64decode(end.identity.envelope_public_b64()),
        password.encode(),
        dcagent.associated_data(ident, guid, pwd_last_set),
    )
    return {
        "type": "change",
        "id": ident,
        "guid": guid,
        "pwd_last_set": pwd_last_set,
        "upn": "wire.test@zylker.test",
        "sealed": base64.b64encode(sealed).decode(),
    }


def _signs_in(tenant: SandboxTenantHandle, password: str) -> bool:
    data = {"username": "wire.test@zylker.test", "password": password}
    return httpx.post(f"{tenant.url}/sign-in", data=data).status_code == 200


def _refused(end: AgentEnd, cert: tuple[Path, Path] | None, message: dict[str, Any]) -> bool:
    """The handshake fails, or (TLS 1.3 checks the client's certificate after the client's side finished) the
    connection closes without an answer."""
    try:
        with _connect(end, cert) as tls:
            return _exchange(tls, message) is None
    except (ssl.SSLError, ConnectionError, OSError):
        return True


def test_a_dc_agent_without_a_certificate_from_the_agents_ca_is_refused(end: AgentEnd, tmp_path: Path) -> None:
    assert _refused(end, None, {"type": "hello", "dc": "dc1.zylker.test"})
    forger = PasswordSyncIdentity.create()  # a CA of its own, with a certificate for a real DC's name
    assert _refused(end, _client_files(forger, tmp_path, "dc1.zylker.test"), {"type": "hello", "dc": "dc1.zylker.test"})
    assert end.ledger.recent() == []
    assert end.receiver is not None and end.receiver.statuses() == []


def test_a_certificate_for_one_dc_cannot_speak_for_another(end: AgentEnd, tmp_path: Path) -> None:
    with _connect(end, _client_files(end.identity, tmp_path, "dc1.zylker.test")) as tls:
        assert _exchange(tls, {"type": "hello", "dc": "dc2.zylker.test"}) is None


def test_a_change_is_delivered_once_and_a_replay_is_ignored(
    end: AgentEnd, sandbox_tenant: SandboxTenantHandle, tmp_path: Path
) -> None:
    cert = _client_files(end.identity, tmp_path, "dc1.zylker.test")
    change = _change(end, "Replay-Me-Once-1")
    with _connect(end, cert) as tls:
        assert _exchange(tls, {"type": "hello", "dc": "dc1.zylker.test", "version": "1.0"}) == {"type": "welcome"}
        assert _exchange(tls, change) == {"type": "ack", "id": change["id"], "result": "delivered"}
    assert _signs_in(sandbox_tenant, "Replay-Me-Once-1")
    # The password changes again in the cloud (a newer change); then the old message is replayed.
    newer = _change(end, "Newer-Password-2", pwd_last_set="134400000000000001")
    with _connect(end, cert) as tls:
        _exchange(tls, {"type": "hello", "dc": "dc1.zylker.test"})
        assert _exchange(tls, newer)["result"] == "delivered"  # type: ignore[index]
        assert _exchange(tls, change) == {"type": "ack", "id": change["id"], "result": "duplicate"}
    assert _signs_in(sandbox_tenant, "Newer-Password-2")
    assert not _signs_in(sandbox_tenant, "Replay-Me-Once-1")


def test_a_sealed_password_cannot_be_moved_to_another_account(end: AgentEnd, tmp_path: Path) -> None:
    cert = _client_files(end.identity, tmp_path, "dc1.zylker.test")
    change = _change(end, "Meant-For-Someone-Else-1", guid="11111111-2222-3333-4444-555555555555")
    moved = dict(change, guid=GUID, id=dcagent.change_id(GUID, change["pwd_last_set"]))
    with _connect(end, cert) as tls:
        _exchange(tls, {"type": "hello", "dc": "dc1.zylker.test"})
        assert _exchange(tls, moved) == {"type": "ack", "id": moved["id"], "result": "rejected"}
    assert end.ledger.outcome(moved["id"]) == ("rejected", "envelope_unreadable")


def test_the_tenants_password_policy_is_shown_per_user_and_not_retried(end: AgentEnd, tmp_path: Path) -> None:
    cert = _client_files(end.identity, tmp_path, "dc1.zylker.test")
    change = _change(end, "short")
    with _connect(end, cert) as tls:
        _exchange(tls, {"type": "hello", "dc": "dc1.zylker.test"})
        assert _exchange(tls, change) == {"type": "ack", "id": change["id"], "result": "rejected"}
    result, reason = end.ledger.outcome(change["id"]) or ("", "")
    assert result == "rejected" and "at least 8 characters" in reason
    # Sent again (the DC agent's retry, or the same change from a second DC): answered from the ledger, the
    # tenant is not asked again.
    with _connect(end, cert) as tls:
        _exchange(tls, {"type": "hello", "dc": "dc1.zylker.test"})
        assert _exchange(tls, change) == {"type": "ack", "id": change["id"], "result": "duplicate"}
    # Shown per user: the count, and the user with the tenant's reason and the time; never the value.
    shown = end.ledger.rejections()
    assert shown["count"] == 1
    [row] = shown["recent"]
    assert (row["user"], row["dc"]) == ("wire.test@zylker.test", "dc1.zylker.test")
    assert row["reason"].startswith("tenant_refused: ") and "at least 8 characters" in row["reason"]
    assert isinstance(row["at"], float) and "short" not in json.dumps(shown)
    # The settings page and `password-sync status` read the same from the ledger's file, read-only.
    assert ledger_rejections(end.ledger_path) == shown


def test_capture_seals_what_syncpasswords_hands_over(end: AgentEnd, tmp_path: Path) -> None:
    config = dcagent.Config(
        dc_name="dc1.zylker.test",
        agent_host="127.0.0.1",
        agent_port=end.port,
        spool=tmp_path / "spool",
        cert=tmp_path / "c.pem",
        key=tmp_path / "c.key",
        ca=tmp_path / "ca.pem",
        envelope_public_key=base64.b64decode(end.identity.envelope_public_b64()),
    )
    secret = "Zoë-Ångström-Pässwörd-1"
    ldif = (
        "dn: CN=Zoë Ångström,OU=Berlin,DC=zylker,DC=test\n"
        f"objectGUID: {GUID.upper()}\npwdLastSet: 134400000000000005\nsAMAccountName: zoe.angstrom\n"
        "userPrincipalName: zoe.angstrom@zylke\n r.test\n"
        f"virtualClearTextUTF8:: {base64.b64encode(secret.encode()).decode()}\n"
    )
    assert dcagent.capture(config, ldif).startswith("spooled ")
    [spooled] = list((tmp_path / "spool").glob("*.msg"))
    assert spooled.stat().st_mode & 0o777 == 0o600
    text = spooled.read_bytes()
    assert secret.encode() not in text and base64.b64encode(secret.encode()) not in text
    message = json.loads(text)
    assert message["upn"] == "zoe.angstrom@zylker.test" and message["guid"] == GUID
    assert (
        dcagent.capture(config, "dn: CN=x\nobjectGUID: " + GUID + "\npwdLastSet: 1\n") == "no password in this change"
    )
