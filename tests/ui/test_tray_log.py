"""The agent hosted by the tray app writes the same redacted, rotating log as the headless agent, and View logs
shows it (against a real agent service and the sandbox tenant)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from app.logging_setup import LOG_FILE_NAME, shutdown_logging
from app.paths import AgentPaths
from app.secrets import SecretName, SecretStore
from app.service.agent import AgentService
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import configure_agent, revoke_refresh_token
from tests.ui.conftest import signal_emitted, wait_until
from ui.bridge import AgentBridge
from ui.status.logs import read_log_tail
from ui.tray.app import TrayApp

pytestmark = pytest.mark.gui


def fast_service(paths: AgentPaths, on_event: Callable[[Any], None]) -> AgentService:
    return AgentService(paths, on_event=on_event, heartbeat_interval=0.5, tick=0.2)


@pytest.fixture
def configured(sandbox_tenant: SandboxTenantHandle, tmp_path: Path) -> Iterator[AgentPaths]:
    paths, _ = configure_agent(sandbox_tenant, tmp_path / "agent")
    yield paths
    shutdown_logging()
    SecretStore(paths.profile).delete_all()


def test_the_tray_hosted_agent_logs_redacted_to_the_file_view_logs_shows(
    configured: AgentPaths, sandbox_tenant: SandboxTenantHandle, qloop: qasync.QEventLoop, qapp: QApplication
) -> None:
    # Someone else redeems the agent's refresh token: the hosted agent will warn that its sign-in stopped working.
    revoke_refresh_token(sandbox_tenant, configured)
    stored_token = SecretStore(configured.profile).get(SecretName.REFRESH_TOKEN)
    log_file = configured.log_dir / LOG_FILE_NAME
    assert not log_file.exists()
    bridge = AgentBridge(service_factory=fast_service)

    async def scenario() -> str:
        tray = TrayApp(bridge, configured, app=qapp, use_tray=True)
        tray.show()
        notified = signal_emitted(tray.sig_notified, timeout=30)
        bridge.start(configured)
        note = (await notified)[0]
        while note.kind != "signin_expired":
            note = (await signal_emitted(tray.sig_notified, timeout=30))[0]

        # Something on the agent's own thread echoes secrets into a warning.
        def echo(service: Any) -> None:
            logging.getLogger("app.service.agent").warning(
                "echo: token %s, bind with password='Hunter 2 spaced' failed", stored_token
            )

        await bridge.run_in_worker(echo)
        await bridge.shutdown()
        viewer = tray.view_logs()
        await wait_until(lambda: "no longer works" in viewer.text.toPlainText(), what="the warning in View logs")
        shown = viewer.text.toPlainText()
        viewer.close()
        return shown

    asyncio.set_event_loop(qloop)
    shown = qloop.run_until_complete(scenario())
    text = log_file.read_text(encoding="utf-8")
    assert (log_file.stat().st_mode & 0o777) == 0o600
    assert "WARNING" in text and "the stored sign-in no longer works" in text
    assert "echo: token [REDACTED], bind with password='[REDACTED]' failed" in text
    assert stored_token and stored_token not in text and "Hunter 2" not in text
    assert "echo: token [REDACTED]" in shown


def test_view_logs_reaches_into_the_rotated_file_just_after_a_rotation(tmp_path: Path) -> None:
    log_file = tmp_path / LOG_FILE_NAME
    log_file.with_name(LOG_FILE_NAME + ".1").write_text("".join(f"older line {i}\n" for i in range(100)))
    log_file.write_text("first line after the rotation\n")
    text = read_log_tail(log_file, limit=200)
    assert text.endswith("older line 99\nfirst line after the rotation\n")
    assert len(text.encode()) <= 200 and text.splitlines()[0].startswith("older line")
