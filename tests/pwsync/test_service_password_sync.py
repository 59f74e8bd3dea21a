"""Password sync inside the agent service: with ``password_sync.enabled`` the service listens for DC agents,
and each DC's row — install state, connected, version, queue, last delivery — reaches the status file (what
``status --json`` and the status window read) and the tenant's agent view through the heartbeat."""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
from pathlib import Path
from typing import Any

from app.pwsync.identity import PasswordSyncIdentity
from app.secrets import SecretStore
from app.service.agent import AgentService
from app.service.events import AgentEvent
from app.service.statusfile import read_status
from tests.e2e.conftest import wait_until
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import agent_document, configure_agent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


def _dc_agent_hello(identity: PasswordSyncIdentity, port: int, folder: Path, dc: str) -> ssl.SSLSocket:
    issued = identity.issue(dc, client=True)
    (folder / "dc.pem").write_bytes(issued.certificate_pem)
    (folder / "dc.key").write_bytes(issued.key_pem)
    context = ssl.create_default_context(cadata=identity.ca_pem().decode())
    context.load_cert_chain(str(folder / "dc.pem"), str(folder / "dc.key"))
    tls = context.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10), server_hostname="127.0.0.1")
    tls.sendall(json.dumps({"type": "hello", "dc": dc, "version": "1.0", "queue": 3}).encode() + b"\n")
    assert json.loads(tls.makefile("rb").readline()) == {"type": "welcome"}
    return tls


def test_the_service_listens_for_dc_agents_and_shows_each_dc(
    sandbox_tenant: SandboxTenantHandle, tmp_path: Path
) -> None:
    paths, config = configure_agent(sandbox_tenant, tmp_path / "agent")
    port = _free_port()
    document = json.loads(paths.config_file.read_text())
    document["password_sync"] = {
        "enabled": True,
        "listen_address": "127.0.0.1",
        "port": port,
        "agent_names": ["127.0.0.1"],
        "domain_controllers": [
            {"host": "dc1.zylker.test", "state": "installed"},
            {"host": "dc2.zylker.test", "state": "install_failed", "detail": "ssh_refused"},
        ],
    }
    paths.config_file.write_text(json.dumps(document))
    rows: dict[str, dict[str, Any]] = {}

    async def scenario() -> None:
        events: list[AgentEvent] = []
        service = AgentService(paths, on_event=events.append, heartbeat_interval=0.3)
        task = asyncio.create_task(service.run())
        try:
            assert await asyncio.to_thread(wait_until, lambda: _accepts(port), 15)
            identity = PasswordSyncIdentity.load(SecretStore(paths.profile), paths.config_dir / "password-sync")
            assert identity is not None
            tls = await asyncio.to_thread(_dc_agent_hello, identity, port, tmp_path, "dc1.zylker.test")
            try:

                def connected_in_status() -> bool:
                    status = read_status(paths.state_dir)
                    found = {r["dc"]: r for r in (status.password_sync_agents if status else [])}
                    rows.update(found)
                    return bool(found.get("dc1.zylker.test", {}).get("connected"))

                assert await asyncio.to_thread(wait_until, connected_in_status, 10)

                def shown_by_tenant() -> bool:
                    agents = agent_document(sandbox_tenant, str(config.tenant.agent_id))["password_sync_agents"]
                    return any(a["dc"] == "dc1.zylker.test" and a["connected"] for a in agents)

                assert await asyncio.to_thread(wait_until, shown_by_tenant, 10)
            finally:
                tls.close()
        finally:
            await service.stop()
            await task

    asyncio.run(scenario())
    assert rows["dc1.zylker.test"] | {"last_delivered_at": None} == {
        "dc": "dc1.zylker.test",
        "state": "installed",
        "detail": None,
        "installed": True,
        "connected": True,
        "version": "1.0",
        "last_delivered_at": None,
        "queue": 3,
    }
    assert rows["dc2.zylker.test"]["state"] == "install_failed" and not rows["dc2.zylker.test"]["connected"]
    tenant_view = agent_document(sandbox_tenant, str(config.tenant.agent_id))["password_sync_agents"]
    assert {a["dc"]: a["version"] for a in tenant_view} == {"dc1.zylker.test": "1.0", "dc2.zylker.test": None}
