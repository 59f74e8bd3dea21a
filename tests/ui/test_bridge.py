"""The bridge between the GUI and the agent service's worker thread: events out, commands in, clean stop.

These tests drive the bridge with a small service of their own that has the AgentService's shape and really
runs on the worker thread's loop, so what is checked is the threading: events emitted on the worker thread
arrive on the GUI thread as the right signals, awaited commands run on the worker and return their results
without blocking the GUI, and stopping never leaves an awaiting caller hanging. The bridge against the real
service (Samba DC + sandbox tenant) is covered in test_tray.py / test_settings_*.py.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from app.errors import ConfigError
from app.paths import AgentPaths
from app.service.events import (
    AgentState,
    AgentStatus,
    ApprovalNeeded,
    ClockSkewDetected,
    Disconnected,
    RunFinished,
    RunProgress,
    RunStarted,
    SignInExpired,
    StatusChanged,
)
from tests.ui.conftest import signal_emitted
from ui.bridge import AgentBridge, AgentNotRunningError

pytestmark = pytest.mark.gui


class ThreadedService:
    """Shaped like AgentService; records on which thread each call ran."""

    def __init__(self, paths: AgentPaths, on_event: Callable[[Any], None]) -> None:
        self.paths = paths
        self.on_event = on_event
        self.threads: dict[str, int] = {"init": threading.get_ident()}
        self._stop = asyncio.Event()
        self._sync = asyncio.Event()
        self.runs = 0
        self.block_forever = asyncio.Event()

    async def run(self) -> None:
        self.threads["run"] = threading.get_ident()
        self.on_event(StatusChanged(AgentStatus(state=AgentState.IDLE, device_name="DC-AGENT", connected=True)))
        while not self._stop.is_set():
            waiter = asyncio.ensure_future(self._sync.wait())
            stopper = asyncio.ensure_future(self._stop.wait())
            await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
            waiter.cancel()
            stopper.cancel()
            if self._sync.is_set():
                self._sync.clear()
                self.runs += 1
                run_id = f"run-{self.runs}"
                self.on_event(RunStarted(run_id, "manual"))
                for done in range(1, 4):
                    self.on_event(RunProgress(run_id, "applying", done, 3))
                    await asyncio.sleep(0)
                self.on_event(RunFinished(run_id, "applied", {"created": 3, "updated": 1}))
                self.on_event(ApprovalNeeded("run-x", 7, 2))
                self.on_event(Disconnected("tenant_unreachable"))
                self.on_event(ClockSkewDetected(-312.5))
                self.on_event(SignInExpired())

    async def stop(self) -> None:
        self.threads["stop"] = threading.get_ident()
        self._stop.set()

    def sync_now(self) -> None:
        self.threads["sync_now"] = threading.get_ident()
        self._sync.set()

    def reload(self) -> None:
        self.threads["reload"] = threading.get_ident()

    def status(self) -> AgentStatus:
        self.threads["status"] = threading.get_ident()
        return AgentStatus(state=AgentState.IDLE, device_name="DC-AGENT", version="9.9")

    async def preview(self, settings: Any = None) -> dict[str, Any]:
        self.threads["preview"] = threading.get_ident()
        await asyncio.sleep(0.01)
        return {"settings": settings, "created": 4}

    async def approve(self, run_id: str) -> None:
        await self.block_forever.wait()


@pytest.fixture
def paths(tmp_path: Path) -> AgentPaths:
    return AgentPaths.resolve(tmp_path)


def test_events_arrive_on_gui_thread_as_signals(qloop: qasync.QEventLoop, paths: AgentPaths) -> None:
    services: list[ThreadedService] = []

    def factory(p: AgentPaths, on_event: Callable[[Any], None]) -> ThreadedService:
        services.append(ThreadedService(p, on_event))
        return services[-1]

    bridge = AgentBridge(service_factory=factory)
    received: list[tuple[str, tuple[Any, ...], bool]] = []
    gui_thread = QApplication.instance().thread()  # type: ignore[union-attr]

    def record(name: str) -> Callable[..., None]:
        def slot(*args: Any) -> None:
            received.append((name, args, QThread.currentThread() is gui_thread))

        return slot

    for name in ("sig_status", "sig_run_started", "sig_progress", "sig_run_finished", "sig_approval_needed"):
        getattr(bridge, name).connect(record(name))
    for name in ("sig_disconnected", "sig_clock_skew", "sig_signin_expired"):
        getattr(bridge, name).connect(record(name))

    async def scenario() -> None:
        started = signal_emitted(bridge.sig_started)
        bridge.start(paths)
        await started
        assert bridge.running
        await asyncio.sleep(0.05)
        signin = signal_emitted(bridge.sig_signin_expired)
        bridge.sync_now()
        await signin
        stopped = signal_emitted(bridge.sig_stopped)
        await bridge.shutdown()
        await stopped

    qloop.run_until_complete(scenario())
    service = services[0]
    gui_ident = threading.get_ident()
    assert service.threads["init"] == service.threads["run"] == service.threads["sync_now"] == service.threads["stop"]
    assert service.threads["run"] != gui_ident
    assert all(on_gui for _, _, on_gui in received)
    names = [name for name, _, _ in received]
    assert names == [
        "sig_status",
        "sig_run_started",
        "sig_progress",
        "sig_progress",
        "sig_progress",
        "sig_run_finished",
        "sig_approval_needed",
        "sig_disconnected",
        "sig_clock_skew",
        "sig_signin_expired",
    ]
    args = {name: a for name, a, _ in received}
    assert args["sig_status"][0].device_name == "DC-AGENT"
    assert bridge.last_status is not None and bridge.last_status.connected
    assert args["sig_run_started"] == ("run-1", "manual")
    assert args["sig_progress"] == ("run-1", "applying", 3, 3)
    assert args["sig_run_finished"] == ("run-1", "applied", {"created": 3, "updated": 1}, "")
    assert args["sig_approval_needed"] == ("run-x", 7, 2)
    assert args["sig_disconnected"] == ("tenant_unreachable",)
    assert args["sig_clock_skew"] == (-312.5,)
    assert not bridge.running


def test_awaited_commands_run_on_the_worker(qloop: qasync.QEventLoop, paths: AgentPaths) -> None:
    services: list[ThreadedService] = []

    def factory(p: AgentPaths, on_event: Callable[[Any], None]) -> ThreadedService:
        services.append(ThreadedService(p, on_event))
        return services[-1]

    bridge = AgentBridge(service_factory=factory)

    async def scenario() -> tuple[Any, ...]:
        started = signal_emitted(bridge.sig_started)
        bridge.start(paths)
        await started
        plan = await bridge.preview({"scope": ["OU=Sales"]})
        status = await bridge.fetch_status()
        bridge.reload()
        await asyncio.sleep(0.05)
        await bridge.shutdown()
        return plan, status

    plan, status = qloop.run_until_complete(scenario())
    assert plan == {"settings": {"scope": ["OU=Sales"]}, "created": 4}
    assert status.version == "9.9"
    worker = services[0].threads["run"]
    assert services[0].threads["preview"] == services[0].threads["status"] == services[0].threads["reload"] == worker


def test_stop_releases_an_awaiting_command(qloop: qasync.QEventLoop, paths: AgentPaths) -> None:
    bridge = AgentBridge(service_factory=ThreadedService)

    async def scenario() -> BaseException | None:
        started = signal_emitted(bridge.sig_started)
        bridge.start(paths)
        await started
        pending = asyncio.ensure_future(bridge.approve("run-1"))  # never answers by itself
        await asyncio.sleep(0.05)
        await bridge.shutdown(timeout=5)
        try:
            await asyncio.wait_for(pending, 5)
        except AgentNotRunningError as exc:
            return exc
        return None

    error = qloop.run_until_complete(scenario())
    assert isinstance(error, AgentNotRunningError)
    with pytest.raises(AgentNotRunningError):
        bridge.sync_now()


def test_service_that_cannot_start_reports_its_code(qloop: qasync.QEventLoop, paths: AgentPaths) -> None:
    def factory(p: AgentPaths, on_event: Callable[[Any], None]) -> Any:
        raise ConfigError("no config", code="config_missing")

    bridge = AgentBridge(service_factory=factory)

    async def scenario() -> tuple[Any, ...]:
        error = signal_emitted(bridge.sig_error)
        stopped = signal_emitted(bridge.sig_stopped)
        bridge.start(paths)
        result = await error
        await stopped
        return result

    assert qloop.run_until_complete(scenario()) == ("config_missing",)
    assert not bridge.running


def test_blocking_stop_joins_the_thread(qloop: qasync.QEventLoop, paths: AgentPaths) -> None:
    bridge = AgentBridge(service_factory=ThreadedService)

    async def scenario() -> None:
        started = signal_emitted(bridge.sig_started)
        bridge.start(paths)
        await started

    qloop.run_until_complete(scenario())
    bridge.stop(timeout=5)
    assert not bridge.running
