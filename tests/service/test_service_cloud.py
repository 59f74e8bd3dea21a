"""The service against the real sandbox tenant: heartbeats make the agent Connected, a revoked sign-in is
reported as SignInExpired / ATTENTION signin_expired, and the status file says so to other processes."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from app.service.agent import AgentService
from app.service.events import AgentEvent, AgentState, SignInExpired, StatusChanged
from app.service.statusfile import read_status
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import agent_document, configure_agent, revoke_refresh_token


async def _run_until(service: AgentService, done: asyncio.Event, timeout: float = 10.0) -> None:
    task = asyncio.create_task(service.run())
    try:
        await asyncio.wait_for(done.wait(), timeout)
    finally:
        await service.stop()
        await task


def test_heartbeat_makes_the_tenant_show_the_agent_connected(
    sandbox_tenant: SandboxTenantHandle, tmp_path: Path
) -> None:
    paths, config = configure_agent(sandbox_tenant, tmp_path / "agent")
    assert config.tenant.agent_id
    assert agent_document(sandbox_tenant, config.tenant.agent_id)["connection"] == "Disconnected"
    events: list[AgentEvent] = []

    async def scenario() -> None:
        connected = asyncio.Event()

        def on_event(event: AgentEvent) -> None:
            events.append(event)
            if isinstance(event, StatusChanged) and event.status.connected:
                connected.set()

        service = AgentService(paths, on_event=on_event, heartbeat_interval=0.5)
        await _run_until(service, connected)

    asyncio.run(scenario())
    document = agent_document(sandbox_tenant, config.tenant.agent_id)
    assert document["connection"] == "Connected"
    assert document["device_name"] == config.device_name
    assert document["domain_controllers"] == ["dc1.zylker.test"]
    assert document["password_sync_agents"] == []
    # The engine is not part of this configuration's test: first-run review is what the agent waits for.
    final = read_status(paths.state_dir)
    assert final is not None and final.state is AgentState.STOPPED and final.pid is None


def test_revoked_refresh_token_is_sign_in_expired(sandbox_tenant: SandboxTenantHandle, tmp_path: Path) -> None:
    paths, config = configure_agent(sandbox_tenant, tmp_path / "agent")
    revoke_refresh_token(sandbox_tenant, paths)
    events: list[AgentEvent] = []
    seen_in_file: list[tuple[str, str | None]] = []

    async def scenario() -> None:
        expired = asyncio.Event()

        def on_event(event: AgentEvent) -> None:
            events.append(event)
            if isinstance(event, StatusChanged) and event.status.detail == "signin_expired":
                status = read_status(paths.state_dir)
                assert status is not None
                seen_in_file.append((status.state.value, status.detail))
                expired.set()

        service = AgentService(paths, on_event=on_event, heartbeat_interval=0.5)
        started = time.monotonic()
        await _run_until(service, expired)
        assert time.monotonic() - started < 10

    asyncio.run(scenario())
    assert sum(isinstance(e, SignInExpired) for e in events) == 1
    assert ("attention", "signin_expired") in seen_in_file
    assert agent_document(sandbox_tenant, str(config.tenant.agent_id))["connection"] == "Disconnected"
