"""The one door between the GUI and the agent service: a QObject on the GUI thread, a worker thread behind it.

The agent service (:class:`app.service.agent.AgentService`) runs in a ``threading.Thread`` with an asyncio
loop of its own: schedule, sync runs, heartbeats, token refresh. The GUI never touches the service object
directly:

* **commands in** — fire-and-forget ones (:meth:`AgentBridge.sync_now`, :meth:`AgentBridge.reload`) go in with
  ``loop.call_soon_threadsafe``; ones with an answer (:meth:`AgentBridge.preview`, :meth:`AgentBridge.approve`,
  …) are coroutines scheduled with ``asyncio.run_coroutine_threadsafe`` and awaited from the GUI's qasync loop
  through ``asyncio.wrap_future``, so a page awaits them in an ``@asyncSlot`` without blocking the GUI thread;
* **events out** — the service's ``on_event`` callback runs on the worker thread; it hands each event to a
  private signal that is connected *queued* to a slot on the GUI thread, which re-emits it as one of the public
  ``sig_*`` signals below. Receivers therefore always run on the GUI thread, whatever they are.

The worker thread constructs the service itself, because what the service opens (SQLite, HTTP clients) belongs
to the thread that uses it. When the service's ``run()`` returns or fails, the loop's remaining tasks are
cancelled, so an awaited command never hangs; a command sent while no agent runs raises
:class:`AgentNotRunningError`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Callable, Coroutine, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.errors import IdentityConnectError
from app.logging_setup import configure_logging, redaction_filter
from app.paths import AgentPaths
from app.service.events import (
    AgentEvent,
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

if TYPE_CHECKING:
    from app.admin import Plan
    from app.cloud.deviceflow import TokenSet
    from app.service.agent import AgentService, PlannedRun, RunReport
    from app.sync.settings import SyncSettings

log = logging.getLogger(__name__)

T = TypeVar("T")


class AgentNotRunningError(IdentityConnectError):
    """A command was sent while the agent service is not running (not started yet, stopped or crashed)."""

    code = "agent_not_running"


#: Builds the service on the worker thread: ``factory(paths, on_event)``.
ServiceFactory = Callable[[AgentPaths, Callable[[AgentEvent], None]], "AgentService"]


def start_agent_log(paths: AgentPaths) -> None:
    """The hosted agent logs as the headless one does: to the redacting rotating ``agent.log`` in its log folder,
    which View logs shows. Without a handler, logging's last resort would print its warnings to stderr, with
    nothing redacted."""
    try:
        configure_logging(paths.log_dir)
    except OSError:
        # No log file (a full disk, a read-only folder) must not stop the agent; stderr, redacted, then.
        fallback = logging.StreamHandler()
        fallback.addFilter(redaction_filter())
        logging.getLogger().addHandler(fallback)
        log.warning("cannot write the log in %s; logging to standard error", paths.log_dir, exc_info=True)


def default_service_factory(paths: AgentPaths, on_event: Callable[[AgentEvent], None]) -> AgentService:
    # Imported here so that importing the bridge (the wizard does) does not import the whole service stack.
    from app.service.agent import AgentService

    return AgentService(paths, on_event=on_event)


class AgentBridge(QObject):
    """Starts, commands and stops the agent service in its worker thread; re-emits its events as Qt signals."""

    sig_started = Signal()
    """The service object exists and its ``run()`` has begun. No arguments."""

    sig_stopped = Signal()
    """The worker thread has finished (after :meth:`stop`, or because the service ended). No arguments."""

    sig_status = Signal(object)
    """``(status: AgentStatus)`` — the service's whole status, whenever it changes."""

    sig_run_started = Signal(str, str)
    """``(run_id: str, mode: str)`` — a sync run began; ``mode`` as the service names it (e.g. manual, scheduled)."""

    sig_progress = Signal(str, str, int, int)
    """``(run_id: str, phase: str, done: int, total: int)`` — progress of the current run; ``total`` 0 = unknown."""

    sig_run_finished = Signal(str, str, object, str)
    """``(run_id: str, outcome: str, counts: dict[str, int], error: str)`` — ``error`` is an error code or ""."""

    sig_approval_needed = Signal(str, int, int)
    """``(run_id: str, disables: int, deletes: int)`` — a run stopped at the safety threshold, waiting."""

    sig_signin_expired = Signal()
    """The owner's sign-in no longer works (refresh token refused). No arguments."""

    sig_disconnected = Signal(str)
    """``(reason: str)`` — the tenant cannot be reached; ``reason`` is an error code."""

    sig_clock_skew = Signal(float)
    """``(seconds: float)`` — this machine's clock differs from the tenant's by this much (signed)."""

    sig_error = Signal(str)
    """``(code: str)`` — the service failed to start or stopped on an error; ``code`` for ui/errors."""

    _relay = Signal(object)  # worker thread -> GUI thread, queued

    def __init__(self, parent: QObject | None = None, *, service_factory: ServiceFactory | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentBridge")
        self._factory = service_factory or default_service_factory
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._service: AgentService | None = None
        self._done: concurrent.futures.Future[None] | None = None
        self._lock = threading.Lock()
        self._stop_requested = False
        self.paths: AgentPaths | None = None
        self.last_status: AgentStatus | None = None
        self.last_approval_reason = "threshold_exceeded"  # why the last run waiting for approval stopped
        self._relay.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)

    # ----------------------------------------------------------------- lifecycle

    @property
    def running(self) -> bool:
        """Whether the worker is up and has not finished (the service may still be starting)."""
        return self._done is not None and not self._done.done()

    def start(self, paths: AgentPaths) -> None:
        """Start the agent service for the configuration at ``paths`` in a new worker thread.

        Returns at once; ``sig_started`` follows when the service exists, ``sig_error`` if it cannot be built.
        """
        if self.running:
            raise RuntimeError("the agent service is already running")
        self.paths = paths
        start_agent_log(paths)
        self._stop_requested = False
        ready = threading.Event()
        self._done = concurrent.futures.Future()
        self._thread = threading.Thread(
            target=self._thread_main, args=(paths, ready, self._done), name="agent-service", daemon=True
        )
        self._thread.start()
        # Only waits for the loop object to exist (no I/O happens before ``ready`` is set).
        ready.wait(timeout=10)

    async def shutdown(self, timeout: float = 30.0) -> None:
        """Stop the service gracefully and wait — without blocking the GUI thread — until the thread has ended."""
        done = self._done
        if done is None or done.done():
            return
        self._request_stop()
        try:
            await asyncio.wait_for(asyncio.wrap_future(done), timeout)
        except TimeoutError:
            log.warning("the agent service did not stop within %.0f s", timeout)

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the service gracefully and join the worker thread (blocking; for use when no loop runs)."""
        thread = self._thread
        if thread is None or not thread.is_alive():
            return
        self._request_stop()
        thread.join(timeout)
        if thread.is_alive():
            log.warning("the agent service did not stop within %.0f s", timeout)

    def _request_stop(self) -> None:
        with self._lock:
            # A service still being built sees the flag and never runs; a running one is asked to stop.
            self._stop_requested = True
            loop, service = self._loop, self._service
        if loop is None or service is None or loop.is_closed():
            return
        try:
            asyncio.run_coroutine_threadsafe(service.stop(), loop)
        except RuntimeError:  # the loop closed in between: nothing left to stop
            pass

    def _thread_main(self, paths: AgentPaths, ready: threading.Event, done: concurrent.futures.Future[None]) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        with self._lock:
            self._loop = loop
        ready.set()
        try:
            try:
                service = self._factory(paths, self._on_worker_event)
            except IdentityConnectError as exc:
                log.error("the agent service could not start: %s", exc.code)
                self._post(("error", exc.code))
                return
            except Exception:
                log.exception("the agent service could not start")
                self._post(("error", "agent_failed"))
                return
            with self._lock:
                stop_first = self._stop_requested
                if not stop_first:
                    self._service = service
            if stop_first:
                return
            self._post(("started",))
            try:
                loop.run_until_complete(service.run())
            except IdentityConnectError as exc:
                log.error("the agent service stopped on an error: %s", exc.code)
                self._post(("error", exc.code))
            except Exception:
                log.exception("the agent service stopped on an unexpected error")
                self._post(("error", "agent_failed"))
        finally:
            with self._lock:
                self._service = None
            self._close_loop(loop)
            with self._lock:
                self._loop = None
            done.set_result(None)
            self._post(("stopped",))

    @staticmethod
    def _close_loop(loop: asyncio.AbstractEventLoop) -> None:
        # As asyncio.run does: cancel what is left so awaiting GUI callers get CancelledError, not a hang.
        try:
            pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            asyncio.set_event_loop(None)
            loop.close()

    # ----------------------------------------------------------------- events out

    def _on_worker_event(self, event: AgentEvent) -> None:
        """The service's ``on_event`` callback (worker thread): hand the event to the GUI thread."""
        self._post(("event", event))

    def _post(self, item: tuple[Any, ...]) -> None:
        try:
            self._relay.emit(item)
        except RuntimeError:  # the bridge's C++ object is gone (application quitting)
            pass

    @Slot(object)
    def _dispatch(self, item: tuple[Any, ...]) -> None:
        kind = item[0]
        if kind == "started":
            self.sig_started.emit()
        elif kind == "stopped":
            self.sig_stopped.emit()
        elif kind == "error":
            self.sig_error.emit(str(item[1]))
        else:
            self._dispatch_event(item[1])

    def _dispatch_event(self, event: AgentEvent) -> None:
        if isinstance(event, StatusChanged):
            self.last_status = event.status
            self.sig_status.emit(event.status)
        elif isinstance(event, RunStarted):
            self.sig_run_started.emit(event.run_id, str(event.mode))
        elif isinstance(event, RunProgress):
            self.sig_progress.emit(event.run_id, event.phase, int(event.done), int(event.total or 0))
        elif isinstance(event, RunFinished):
            self.sig_run_finished.emit(event.run_id, str(event.outcome), dict(event.counts or {}), event.error or "")
        elif isinstance(event, ApprovalNeeded):
            # Read by receivers of sig_approval_needed to word why (the threshold, objects no longer visible).
            self.last_approval_reason = str(event.reason)
            self.sig_approval_needed.emit(event.run_id, int(event.disables), int(event.deletes))
        elif isinstance(event, SignInExpired):
            self.sig_signin_expired.emit()
        elif isinstance(event, Disconnected):
            self.sig_disconnected.emit(event.reason)
        elif isinstance(event, ClockSkewDetected):
            self.sig_clock_skew.emit(float(event.seconds))
        else:
            log.debug("unhandled agent event %s", type(event).__name__)

    # ----------------------------------------------------------------- commands in

    def _require(self) -> tuple[asyncio.AbstractEventLoop, AgentService]:
        with self._lock:
            loop, service = self._loop, self._service
        if loop is None or service is None or loop.is_closed():
            raise AgentNotRunningError("the agent service is not running")
        return loop, service

    def _fire(self, method: str) -> None:
        loop, service = self._require()
        try:
            loop.call_soon_threadsafe(getattr(service, method))
        except RuntimeError:
            raise AgentNotRunningError("the agent service is not running") from None

    def sync_now(self) -> None:
        """Ask the service to start a run now (returns at once; progress comes as signals)."""
        self._fire("sync_now")

    def reload(self) -> None:
        """Make the running service re-read its configuration and secrets and reconnect, without a restart."""
        self._fire("reload")

    async def _await_in_worker(self, make: Callable[[AgentService], Coroutine[Any, Any, T]]) -> T:
        loop, service = self._require()

        async def runner() -> T:
            return await make(service)

        try:
            future = asyncio.run_coroutine_threadsafe(runner(), loop)
        except RuntimeError:
            raise AgentNotRunningError("the agent service is not running") from None
        try:
            return await asyncio.wrap_future(future)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise  # the caller itself was cancelled (e.g. a Retry): let that go through
            # The worker loop shut down under the command.
            raise AgentNotRunningError("the agent service stopped") from None

    async def run_in_worker(self, fn: Callable[[AgentService], T]) -> T:
        """Run ``fn(service)`` on the worker thread and return its result."""

        async def call(service: AgentService) -> T:
            return fn(service)

        return await self._await_in_worker(call)

    async def fetch_status(self) -> AgentStatus:
        """The service's current status, read on its own thread."""
        status: AgentStatus = await self.run_in_worker(lambda service: service.status())
        self.last_status = status
        return status

    async def preview(self, settings: SyncSettings | None = None) -> Plan:
        """The plan a run would carry out now (with ``settings`` instead of the saved ones, when given)."""
        return await self._await_in_worker(lambda service: service.preview(settings))

    async def review_plan(self) -> PlannedRun:
        """The plan to review (a ``PlannedRun``: ``run_id`` and ``plan``): the run waiting for review or
        approval, else a fresh one. The service keeps it, so :meth:`apply_reviewed` with its ``run_id``
        carries out exactly this plan."""
        return await self._await_in_worker(lambda service: service.review_plan())

    async def apply_reviewed(self, run_id: str, selected_anchors: Iterable[str] | None) -> RunReport:
        """Carry out the reviewed plan ``run_id`` for the selection only: entry keys (``kind:anchor:category``,
        exactly what was ticked) or anchors; ``None``: the whole plan, only while the service still holds it."""
        anchors = None if selected_anchors is None else set(selected_anchors)
        return await self._await_in_worker(lambda service: service.apply_reviewed(run_id, anchors))

    async def approve(self, run_id: str) -> RunReport:
        """Let a run stopped at the safety threshold go ahead."""
        return await self._await_in_worker(lambda service: service.approve(run_id))

    async def reject(self, run_id: str) -> None:
        """Discard a run stopped at the safety threshold."""
        return await self._await_in_worker(lambda service: service.reject(run_id))

    async def change_owner(self, tokens: TokenSet) -> None:
        """Hand the agent to another admin: ``tokens`` from their device-code sign-in (the new refresh token
        replaces the old one)."""
        await self._await_in_worker(lambda service: service.change_owner(tokens))
