"""The agent service: one long-running asyncio task per configuration that schedules and runs syncs.

Responsibilities: the single-instance lock, the scheduler (schedule from the sync settings, missed runs at
start), "sync now", the change watch's debounced runs, reload of a changed configuration without restart,
graceful stop, and carrying out what the admin decides. Commands from other processes (``sync --approve``
while the service runs) arrive through the mailbox of :mod:`app.service.commands`. The pieces it delegates to:

- :mod:`app.service.review`: what a plan's fate is (shown for review, held for approval, applied), a pure
  function of the plan and the admin's part;
- :class:`~app.service.cloudmonitor.CloudMonitor`: heartbeats, clock skew and the sign-in's health;
- :class:`~app.service.status.StatusBoard`: the status flags, the state derived from them, and publishing
  them (events to ``on_event`` and a status file other processes read);
- :class:`~app.service.changewatch.ChangeWatchRunner`: the directory's change stream, debounced into runs;
- the sync engine behind :class:`~app.service.backend.SyncBackend`, which owns full-or-delta and the history.

Threading: every method except :meth:`status` runs on the service's own loop. The GUI bridge calls in with
``asyncio.run_coroutine_threadsafe`` / ``loop.call_soon_threadsafe``; ``on_event`` is called on the loop
thread and must not block. The headless ``run`` command uses the same class on the main thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import SecretStr

from app.cloud.agentapi import HeartbeatReport
from app.cloud.deviceflow import TokenSet
from app.config import AgentConfig, ConfigStore
from app.errors import ConfigError, IdentityConnectError, SyncError
from app.paths import AgentPaths
from app.pwsync.service import PasswordSyncService
from app.service.backend import (
    AppliedRun,
    BackendFactory,
    CloudFactory,
    CloudLink,
    PlannedRun,
    SyncBackend,
    run_outcome,
)
from app.service.changewatch import (
    WATCH_MAX_WAIT_SECONDS,
    WATCH_QUIET_SECONDS,
    ChangeStream,
    ChangeWatchRunner,
    OnChange,
    OnState,
    WatchFactory,
)
from app.service.cloudmonitor import CloudMonitor, heartbeat_report
from app.service.commands import Command, claim_pending, write_result
from app.service.events import (
    AgentEvent,
    AgentState,
    AgentStatus,
    ApprovalNeeded,
    ClockSkewDetected,
    Disconnected,
    RunFinished,
    RunOutcome,
    RunProgress,
    RunStarted,
    SignInExpired,
    StatusChanged,
)
from app.service.lock import InstanceLock
from app.service.planjson import plan_entries
from app.service.review import HeldPlans, Review, Verdict, decide, pending_run, waiting_approval
from app.service.schedule import NextRunAfter, missed_run, next_due, seconds_until
from app.service.status import StatusBoard, WatchStatus
from app.service.statusfile import ServiceState, ServiceStateStore
from app.service.stop import unless_stopped
from app.sync.model import Plan, RunMode
from app.sync.settings import SyncSettings

__all__ = [
    "AgentEvent",
    "AgentService",
    "AgentState",
    "AgentStatus",
    "ApprovalNeeded",
    "ClockSkewDetected",
    "Disconnected",
    "PlannedRun",
    "RunFinished",
    "RunOutcome",
    "RunProgress",
    "RunReport",
    "RunStarted",
    "SignInExpired",
    "StatusChanged",
]

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
# How long stop() lets a running apply reach its next checkpoint before cancelling it.
STOP_GRACE_SECONDS = 30.0
# How often the running service looks for commands other processes left (sync --approve while running): they
# arrive as files, so this is polled; everything within the service wakes on events.
COMMAND_POLL_SECONDS = 0.5


def _local_now() -> datetime:
    return datetime.now().astimezone()


@dataclass
class _RunRequest:
    """A run to make. ``mode`` is the engine's: a manual run is reviewed when nothing was reviewed yet and
    proposes (does not re-create) cloud-deleted users; ``force_full`` only when an admin asks for a full read
    (otherwise the engine decides full or delta)."""

    mode: RunMode
    force_full: bool = False
    # An admin's explicit review (UI Review page) covers the disables it shows; a CLI "--yes" does not.
    enforce_threshold: bool = False
    # The run a start owes before the first review (to have a plan to show): not made once that review is done.
    first_review: bool = False


@dataclass(frozen=True)
class RunReport:
    """What one run did, for the CLI: the outcome, its counts, the plan it made and the apply result."""

    run_id: str
    outcome: str  # a RunOutcome value, or "planned" for a dry run
    counts: dict[str, int]
    error: str | None = None
    planned: PlannedRun | None = None
    applied: AppliedRun | None = None


def _approval_unknown(run_id: str) -> SyncError:
    # Refused before reading anything: an unknown run id is a typo, not a reason to plan.
    return SyncError(f"no run {run_id} waits for approval", code="approval_unknown_run", run_id=run_id)


class AgentService:
    def __init__(
        self,
        paths: AgentPaths,
        *,
        on_event: Callable[[AgentEvent], None],
        heartbeat_interval: float = 60.0,
        backend_factory: BackendFactory | None = None,
        cloud_factory: CloudFactory | None = None,
        clock: Clock = _local_now,
        tick: float = 30.0,
        reconnect_backoff: tuple[float, float] = (2.0, 60.0),
        stop_grace: float = STOP_GRACE_SECONDS,
        watch_factory: WatchFactory | None = None,
        watch_debounce: tuple[float, float] = (WATCH_QUIET_SECONDS, WATCH_MAX_WAIT_SECONDS),
    ) -> None:
        self.paths = paths
        self._on_event = on_event
        self._backend_factory = backend_factory
        self._cloud_factory = cloud_factory
        self._clock = clock
        self._tick = tick
        self._stop_grace = stop_grace
        self._watch_factory = watch_factory

        self._config_store = ConfigStore(paths.config_file)
        self._service_store = ServiceStateStore(paths.state_dir)
        self._lock = InstanceLock(paths.lock_file)
        self._config: AgentConfig | None = None
        self._config_mtime: float | None = None
        self._backend: SyncBackend | None = None
        self._cloud: CloudLink | None = None
        self._password_sync: PasswordSyncService | None = None
        self._saved = ServiceState()
        self._state_error: ConfigError | None = None  # service.json could not be read
        self._open_error: IdentityConnectError | None = None

        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stop_requested: asyncio.Event | None = None
        self._stopped: asyncio.Event | None = None
        self._run_lock: asyncio.Lock | None = None
        self._requests: list[_RunRequest] = []
        self._reload_requested = False
        self._schedule_anchor: datetime = clock()
        self._held = HeldPlans(clock)

        self._board = StatusBoard(paths.state_dir, clock, self._emit)
        self._monitor = CloudMonitor(
            interval=heartbeat_interval,
            backoff=reconnect_backoff,
            emit=self._emit,
            report=self._heartbeat_report,
            changed=self._publish,
        )
        self._watch = ChangeWatchRunner(
            make_watch=self._make_watch,
            config=lambda: self._config,
            key=self._watch_key,
            busy=self._running_a_run,
            settled=self._changes_settled,
            on_status=self._watch_status,
            debounce=watch_debounce,
        )

    # ------------------------------------------------------------------ lifecycle

    async def run(self) -> None:
        """Run until :meth:`stop`. Raises :class:`AgentBusyError` if another agent holds this configuration."""
        self._start_on_loop()
        stop_requested, stopped = self._stop_requested, self._stopped
        assert stop_requested is not None and stopped is not None
        tasks: list[asyncio.Task[None]] = []
        try:
            self._load_saved()
            self._publish(force=True)
            log.info("agent service starting (pid %d, config %s)", os.getpid(), self.paths.config_file)
            assert self._run_lock is not None and self._stop_requested is not None
            async with self._run_lock:  # a preview asked for meanwhile waits for the connections
                opened = await unless_stopped(self._open(), self._stop_requested)
            if opened is None:
                return  # asked to stop while opening (a keyring that does not answer, say): nothing more to start
            opened.result()
            self._schedule_anchor = self._clock()
            tasks = [
                asyncio.create_task(self._scheduler_loop(), name="agent-scheduler"),
                asyncio.create_task(self._monitor.run(lambda: self._cloud), name="agent-heartbeat"),
                asyncio.create_task(self._command_loop(), name="agent-commands"),
                asyncio.create_task(self._watch.run(stop_requested), name="agent-watch"),
            ]
            stop_wait = asyncio.create_task(stop_requested.wait())
            done, _ = await asyncio.wait([stop_wait, *tasks], return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if task is not stop_wait and task.exception() is not None:
                    log.error("agent task %s failed", task.get_name(), exc_info=task.exception())
            stop_wait.cancel()
        finally:
            await self._shutdown(tasks)
            self._mark_stopped()
            stopped.set()
            log.info("agent service stopped")

    def _start_on_loop(self) -> None:
        self.paths.ensure()
        self._lock.acquire()
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._stop_requested = asyncio.Event()
        self._stopped = asyncio.Event()
        self._run_lock = asyncio.Lock()
        self._monitor.start()
        self._board.flags.running = True
        self._board.flags.stopped = False

    def _mark_stopped(self) -> None:
        self._board.flags.running = False
        self._board.flags.stopped = True
        self._publish(force=True)
        self._lock.release()

    async def sync_once(
        self,
        *,
        dry_run: bool = False,
        force_full: bool = False,
        accept_review: bool = False,
        selected_anchors: set[str] | None = None,
        approve_run: str | None = None,
        reject_run: str | None = None,
        preview_settings: SyncSettings | None = None,
    ) -> RunReport:
        """One run without the scheduler (the headless ``sync`` command). Takes the instance lock like
        :meth:`run`; raises the configuration's or connections' error if the agent cannot work.

        - ``dry_run``: plan only, write nothing (the review state is not touched either);
        - first run: plan and stop at review unless ``accept_review`` or ``selected_anchors`` is given;
        - ``approve_run`` / ``reject_run``: settle a run that stopped at the threshold.
        """
        self._start_on_loop()
        try:
            self._load_saved()
            await self._open()
            if self._open_error is not None:
                raise self._open_error
            if reject_run is not None:
                await self.reject(reject_run)
                return RunReport(run_id=reject_run, outcome=RunOutcome.ABORTED.value, counts={}, error="rejected")
            if dry_run:
                # With proposed settings (``settings set``): the blast radius, planned like the window's.
                planned = await self._plan(settings=preview_settings, force_full=force_full)
                return RunReport(run_id=planned.run_id, outcome="planned", counts=planned.counts, planned=planned)
            if approve_run is not None:
                if waiting_approval(self._saved.pending, approve_run) is None:
                    raise _approval_unknown(approve_run)
                return await self._execute(_RunRequest(RunMode.MANUAL, force_full), approved_run=approve_run)
            if not self._saved.initial_review_done and (accept_review or selected_anchors is not None):
                request = _RunRequest(RunMode.MANUAL, force_full, enforce_threshold=True)
                return await self._execute(request, review=Review("", selected_anchors))
            return await self._execute(_RunRequest(RunMode.MANUAL, force_full))
        finally:
            if self._monitor.woken and self._cloud is not None and self._cloud.has_agent_api:
                # A one-shot run tells the tenant too, so its agent view shows the new state and last sync.
                with contextlib.suppress(Exception):
                    await self._monitor.beat(self._cloud)
            await self._close_connections()
            self._mark_stopped()
            assert self._stopped is not None
            self._stopped.set()

    async def stop(self) -> None:
        """Graceful stop: the running apply finishes its current step and checkpoints, then connections close."""
        if self._stop_requested is None or self._stopped is None:
            return
        self._stop_requested.set()
        if self._wake is not None:
            self._wake.set()
        await self._stopped.wait()

    async def _shutdown(self, tasks: list[asyncio.Task[None]]) -> None:
        heartbeat = [t for t in tasks if t.get_name() in ("agent-heartbeat", "agent-watch")]
        for task in heartbeat:
            task.cancel()
        # The scheduler and the command loop see the stop request between runs; an apply at its next checkpoint.
        scheduler = [t for t in tasks if t.get_name() in ("agent-scheduler", "agent-commands")]
        if scheduler:
            _, pending = await asyncio.wait(scheduler, timeout=self._stop_grace)
            for task in pending:
                log.warning("apply did not reach a checkpoint within %.0f s; cancelling", self._stop_grace)
                task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self._close_connections()

    async def _close_connections(self) -> None:
        backend, cloud, password_sync = self._backend, self._cloud, self._password_sync
        self._backend = self._cloud = self._password_sync = None
        for closer in (backend, cloud, password_sync):
            if closer is not None:
                try:
                    await closer.aclose()
                except Exception:
                    log.warning("closing %s failed", type(closer).__name__, exc_info=True)

    # ------------------------------------------------------------------ configuration

    def _read_config(self) -> AgentConfig:
        config = self._config_store.load()
        try:
            self._config_mtime = self.paths.config_file.stat().st_mtime
        except OSError:
            self._config_mtime = None
        return config

    def _load_saved(self) -> None:
        """Read service.json. A damaged file keeps the service up but idle (ATTENTION, naming the file and
        line): guessing its contents could repeat the first-run review or drop a pending approval."""
        try:
            self._saved = self._service_store.load()
            self._state_error = None
        except ConfigError as exc:
            log.error("the service state cannot be loaded: %s", exc)
            self._saved = ServiceState()
            self._state_error = exc

    async def _open(self) -> None:
        """Load the configuration and build the directory/cloud pieces. Problems become ATTENTION, not a crash."""
        flags = self._board.flags
        self._open_error = None
        try:
            self._config = self._read_config()
            if self._state_error is not None:
                raise self._state_error
        except ConfigError as exc:
            log.error("configuration cannot be loaded: %s (%s)", exc.code, exc)
            flags.problem = exc.code
            flags.problem_at = dict(exc.details)
            self._open_error = exc
            self._publish()
            return
        flags.problem = None
        flags.problem_at = {}
        try:
            await self._check_keyring()
            self._cloud = self._make_cloud(self._config)
            self._backend = self._make_backend(self._config)
        except IdentityConnectError as exc:
            log.error("agent cannot start its connections: %s (%s)", exc.code, exc)
            flags.problem = exc.code
            self._open_error = exc
        await self._start_password_sync(self._config)
        self._publish()

    async def _check_keyring(self) -> None:
        """The keyring answers with this configuration's sign-in (the real connections only): read off the loop,
        so a keyring that hangs is reported after its time limit while the service keeps serving its stop."""
        if self._cloud_factory is not None:
            return
        from app.secrets import SecretName, SecretStore

        await SecretStore(self.paths.profile).aget(SecretName.REFRESH_TOKEN)

    async def _start_password_sync(self, config: AgentConfig) -> None:
        """Listen for DC agents when password sync is on. A failure here (port taken, keyring) is logged and
        leaves directory sync running; the status then shows every DC agent as not connected."""
        if not config.password_sync.enabled:
            return
        from app.service.wiring import make_password_sync

        service = make_password_sync(config, self.paths, self._password_sync_changed)
        try:
            await service.start()
        except (IdentityConnectError, OSError) as exc:
            log.error("password sync cannot listen for DC agents: %s", exc)
            await service.aclose()
        self._password_sync = service

    def _password_sync_changed(self) -> None:
        """A DC agent connected, went away or delivered: show it now, and tell the tenant at the next beat."""
        self._publish(force=True)

    def _password_sync_reports(self) -> list[dict[str, Any]]:
        return self._password_sync.reports() if self._password_sync is not None else []

    def _make_backend(self, config: AgentConfig) -> SyncBackend:
        if self._backend_factory is None:
            from app.service.wiring import make_backend

            return make_backend(config, self.paths)
        return self._backend_factory(config, self.paths)

    def _make_cloud(self, config: AgentConfig) -> CloudLink:
        if self._cloud_factory is None:
            from app.service.wiring import make_cloud_link

            return make_cloud_link(config, self.paths)
        return self._cloud_factory(config, self.paths)

    def reload(self) -> None:
        """Re-read config.json and the secrets; reconnect directory and cloud. Takes effect between runs."""
        self._reload_requested = True
        if self._wake is not None:
            self._wake.set()

    def _config_changed_on_disk(self) -> bool:
        try:
            mtime = self.paths.config_file.stat().st_mtime
        except OSError:
            return False
        return mtime != self._config_mtime

    async def _reload_now(self) -> None:
        self._reload_requested = False
        log.info("reloading the configuration")
        could_work = self._backend is not None
        assert self._run_lock is not None
        async with self._run_lock:  # no plan between the old connections closing and the new ones opening
            await self._close_connections()
            old_schedule = self._schedule_key()
            await self._open()
        if self._schedule_key() != old_schedule:
            self._schedule_anchor = self._clock()
        if not could_work:
            # The configuration was damaged or missing at start and works now: owe what a start owes.
            self._queue_start_runs(self._clock())
        self._monitor.wake()

    def _schedule_key(self) -> str | None:
        if self._config is None:
            return None
        return self._config.sync.schedule.model_dump_json()

    # ------------------------------------------------------------------ requests from the UI / CLI

    def sync_now(self) -> None:
        """Ask for a manual run (non-blocking). On the service's loop only."""
        self._requests.append(_RunRequest(RunMode.MANUAL))
        if self._wake is not None:
            self._wake.set()

    async def preview(self, settings: SyncSettings | None = None) -> Plan:
        """Plan without applying (Review page, or the blast radius of a proposed settings change)."""
        assert self._run_lock is not None
        async with self._run_lock:
            planned = await self._plan(settings=settings, force_full=True)
        return planned.plan

    async def review_plan(self) -> PlannedRun:
        """The plan the Review page shows: the run waiting for review or approval while its plan is held, else
        a fresh full plan. Either way it is held under its run id, so Apply carries out exactly this plan."""
        assert self._run_lock is not None
        async with self._run_lock:
            pending = self._saved.pending
            held = self._held.get(pending.run_id) if pending is not None else None
            if held is not None:
                return held
            planned = await self._plan(force_full=True)
            self._held.hold(planned)
        return planned

    async def apply_reviewed(self, run_id: str, selected_anchors: set[str] | None) -> RunReport:
        """Apply the admin's selection from the reviewed plan ``run_id`` (first run, or a manual review).

        ``selected_anchors``: entry keys (``kind:anchor:category``, exactly what was ticked) or anchors.
        Nothing outside the selection is written, even when the plan has to be made again."""
        return await self._execute(_RunRequest(RunMode.MANUAL), review=Review(run_id, selected_anchors))

    async def approve(self, run_id: str) -> RunReport:
        """Apply a run that stopped at the disable/delete threshold. The approval covers the disables and
        deletes that run showed (by entry key); a plan made again with any other one stops again."""
        return await self._execute(_RunRequest(RunMode.MANUAL), approved_run=run_id)

    async def reject(self, run_id: str) -> None:
        """Drop a run that stopped at the threshold; nothing is written. Later scheduled runs stop again."""
        pending = self._saved.pending
        if pending is not None and pending.run_id == run_id:
            self._saved.pending = None
            self._saved.last_outcome = RunOutcome.ABORTED.value
            self._service_store.save(self._saved)
        self._held.drop(run_id)
        self._publish()

    async def change_owner(self, tokens: TokenSet) -> None:
        """After the UI's device-code sign-in of the new admin: tell the agent API, keep the new refresh token."""
        if self._cloud is None or self._config is None:
            raise ConfigError("the agent is not configured", code="config_missing")
        owner = await self._cloud.change_owner(tokens)
        tenant = self._config.tenant.model_copy(update={"owner_email": owner.email, "owner_name": owner.name})
        self._config = self._config.model_copy(update={"tenant": tenant})
        self._config_store.save(self._config)
        self._config_mtime = self.paths.config_file.stat().st_mtime
        self._monitor.signin_restored()
        self._monitor.wake()  # the tenant hears of the new owner at once, not one heartbeat interval later
        self._publish()
        if self._wake is not None:
            self._wake.set()

    def status(self) -> AgentStatus:
        """The latest snapshot (any thread)."""
        return self._board.current()

    # ------------------------------------------------------------------ scheduler

    def _next_run_after(self) -> NextRunAfter | None:
        if self._config is None:
            return None
        return self._config.sync.schedule.next_run_after

    def _queue_start_runs(self, now: datetime) -> None:
        """What a service that has just become able to work owes: the first-run review, or one missed run."""
        if self._config is None or self._backend is None:
            return
        if not self._saved.initial_review_done:
            # A manual run before the first review stops at review: one queued is enough.
            if self._saved.pending is None or self._saved.pending.kind != "review":
                if all(request.mode is not RunMode.MANUAL for request in self._requests):
                    self._requests.append(_RunRequest(RunMode.MANUAL, first_review=True))
        elif missed_run(self._next_run_after(), self._saved.last_run_started, now):
            log.info("a scheduled run was missed while the agent was stopped; running now")
            self._requests.append(_RunRequest(RunMode.SCHEDULED))

    async def _scheduler_loop(self) -> None:
        assert self._wake is not None and self._stop_requested is not None
        flags = self._board.flags
        self._queue_start_runs(self._clock())
        while not self._stop_requested.is_set():
            if self._reload_requested or self._config_changed_on_disk():
                await self._reload_now()
            now = self._clock()
            flags.next_run = next_due(
                self._next_run_after(), self._saved.last_run_started, self._schedule_anchor, now=now
            )
            self._publish()
            request: _RunRequest | None = None
            if self._requests:
                request = self._requests.pop(0)
                if request.first_review and self._saved.initial_review_done:
                    continue  # reviewed meanwhile (the window's Review page took the lock first): nothing to show
            elif (
                flags.next_run is not None
                and flags.next_run <= now
                and self._backend is not None
                and self._saved.initial_review_done  # before the first review, scheduled runs write nothing
            ):
                request = _RunRequest(RunMode.SCHEDULED)
            if request is not None:
                await self._execute(request)
                await asyncio.sleep(0)  # a run that returns at once must not starve the loop
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=seconds_until(flags.next_run, now, self._tick))

    # ------------------------------------------------------------------ commands from other processes

    async def _command_loop(self) -> None:
        """Execute commands the command line left in the mailbox (see :mod:`app.service.commands`)."""
        assert self._stop_requested is not None
        while not self._stop_requested.is_set():
            for command in claim_pending(self.paths.state_dir):
                if self._stop_requested.is_set():
                    write_result(self.paths.state_dir, command.id, {"outcome": "failed", "error": "agent_stopping"})
                    continue
                log.info("command from another process: %s %s", command.action, command.run_id or "")
                result = await self.execute_command(command)
                try:
                    write_result(self.paths.state_dir, command.id, result)
                except OSError:
                    log.exception("cannot write the result of command %s", command.id)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop_requested.wait(), timeout=COMMAND_POLL_SECONDS)

    async def execute_command(self, command: Command) -> dict[str, Any]:
        """Run one mailbox command; returns the result document the command line prints."""
        report: RunReport
        if command.action == "plan":
            return await self._dry_run(command.force_full, command.settings)
        if command.action in ("reject", "approve"):
            pending = waiting_approval(self._saved.pending, command.run_id)
            if pending is None:
                return {"run_id": command.run_id, "outcome": "failed", "error": "approval_unknown_run"}
            if command.action == "reject":
                await self.reject(pending.run_id)
                return {"run_id": command.run_id, "outcome": RunOutcome.ABORTED.value, "error": "rejected"}
            report = await self._execute(_RunRequest(RunMode.MANUAL), approved_run=pending.run_id)
        elif not self._saved.initial_review_done and command.accept_review:
            request = _RunRequest(RunMode.MANUAL, command.force_full, enforce_threshold=True)
            report = await self._execute(request, review=Review("", None))
        else:
            report = await self._execute(_RunRequest(RunMode.MANUAL, command.force_full))
        applied = report.applied
        return {
            "run_id": report.run_id,
            "outcome": report.outcome,
            "error": report.error,
            "counts": dict(report.counts),
            "result": None
            if applied is None
            else {"counts": applied.counts, "changed": applied.changed, "failed": applied.failed},
        }

    async def _dry_run(self, force_full: bool, settings: dict[str, Any] | None = None) -> dict[str, Any]:
        """``sync --dry-run`` (or ``settings set``'s blast radius, with ``settings``) handed over by another
        process: plan between runs, write nothing."""
        assert self._run_lock is not None
        async with self._run_lock:
            try:
                proposed = SyncSettings.model_validate(settings) if settings is not None else None
                planned = await self._plan(settings=proposed, force_full=force_full)
            except IdentityConnectError as exc:
                return {"run_id": None, "outcome": RunOutcome.FAILED.value, "error": exc.code, "result": None}
            except ValueError:  # settings that do not validate (pydantic): refused, the service goes on
                return {"run_id": None, "outcome": RunOutcome.FAILED.value, "error": "config_invalid", "result": None}
        return {
            "run_id": planned.run_id,
            "outcome": "planned",
            "error": None,
            "counts": dict(planned.counts),
            "plan_counts": dict(planned.counts),
            "plan": plan_entries(planned.plan),
            "read": "full" if planned.full else "delta",
            "disables": planned.disables,
            "deletes": planned.deletes,
            "result": None,
        }

    # ------------------------------------------------------------------ runs

    def _new_run_id(self) -> str:
        return self._clock().strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]

    def _progress(self, run_id: str) -> Callable[[str, int, int], None]:
        def report(phase: str, done: int, total: int) -> None:
            self._emit(RunProgress(run_id=run_id, phase=phase, done=done, total=total))

        return report

    async def _plan(self, *, settings: SyncSettings | None = None, force_full: bool = False) -> PlannedRun:
        """A preview: planned as a manual run is (cloud-deleted users proposed, not re-created)."""
        if self._backend is None:
            raise ConfigError(
                "the agent has no working configuration", code=self._board.flags.problem or "config_missing"
            )
        run_id = self._new_run_id()
        return await self._backend.plan(
            run_id=run_id,
            mode=RunMode.MANUAL,
            force_full=force_full,
            settings=settings,
            progress=self._progress(run_id),
        )

    async def _execute(
        self,
        request: _RunRequest,
        *,
        review: Review | None = None,
        approved_run: str | None = None,
    ) -> RunReport:
        assert self._run_lock is not None
        async with self._run_lock:
            return await self._execute_locked(request, review=review, approved_run=approved_run)

    async def _execute_locked(
        self, request: _RunRequest, *, review: Review | None, approved_run: str | None
    ) -> RunReport:
        flags = self._board.flags
        if self._backend is None:
            log.warning("run requested (%s) but the agent has no working configuration", request.mode)
            code = flags.problem or "config_missing"
            return RunReport(run_id="", outcome=RunOutcome.FAILED.value, counts={}, error=code)
        if request.mode is RunMode.SCHEDULED and not self._saved.initial_review_done:
            return RunReport(run_id="", outcome=RunOutcome.AWAITING_REVIEW.value, counts={})

        flags.syncing = True
        self._saved.last_run_started = self._clock()
        planned: PlannedRun | None = None
        run_id = "pending"
        try:
            if self._cloud is not None:
                # A run with a dead sign-in can write nothing: say so before reading the whole directory.
                await self._cloud.check_sign_in()
            reused = self._held.take(review.run_id if review else approved_run)
            run_id = reused.run_id if reused is not None else self._new_run_id()
            self._emit(RunStarted(run_id=run_id, mode=request.mode))
            self._publish()
            planned = reused or await self._backend.plan(
                run_id=run_id,
                mode=request.mode,
                force_full=request.force_full,
                settings=None,
                progress=self._progress(run_id),
            )
            if planned.deletion_detection is not None:
                flags.deletion_detection = planned.deletion_detection
            outcome, counts, error, applied = await self._carry_out(
                request, planned, review, approved_run, reused is not None
            )
        except asyncio.CancelledError:
            flags.syncing = False
            self._finish(run_id, RunOutcome.ABORTED, {}, "cancelled")
            raise
        except IdentityConnectError as exc:
            log.error("run %s failed: %s (%s)", run_id, exc.code, exc)
            self._note_failure(exc)
            flags.syncing = False
            counts = planned.counts if planned else {}
            self._finish(run_id, RunOutcome.FAILED, counts, exc.code)
            return RunReport(run_id, RunOutcome.FAILED.value, counts, exc.code, planned)
        except Exception as exc:
            log.exception("run %s failed unexpectedly", run_id)
            flags.problem = "run_failed"
            flags.syncing = False
            counts = planned.counts if planned else {}
            self._finish(run_id, RunOutcome.FAILED, counts, type(exc).__name__)
            return RunReport(run_id, RunOutcome.FAILED.value, counts, type(exc).__name__, planned)
        flags.syncing = False
        self._finish(run_id, outcome, counts, error)
        return RunReport(run_id, outcome.value, counts, error, planned, applied)

    async def _carry_out(
        self,
        request: _RunRequest,
        planned: PlannedRun,
        review: Review | None,
        approved_run: str | None,
        reused: bool,
    ) -> tuple[RunOutcome, dict[str, int], str | None, AppliedRun | None]:
        """Do what :func:`~app.service.review.decide` says with ``planned``: abort, hold it for the admin,
        or apply it."""
        assert self._backend is not None and self._stop_requested is not None
        approval = None
        if approved_run is not None:
            approval = waiting_approval(self._saved.pending, approved_run)
            if approval is None:
                raise _approval_unknown(approved_run)
        decision = decide(
            planned,
            mode=request.mode,
            initial_review_done=self._saved.initial_review_done,
            review=review,
            approval=approval,
            enforce_threshold=request.enforce_threshold,
            reused=reused,
        )
        details = planned.abort_details
        if decision.verdict is Verdict.ABORT:
            self._board.flags.problem = planned.aborted_reason
            if details:
                log.warning("run %s aborted (%s): %s", planned.run_id, planned.aborted_reason, details)
            return RunOutcome.ABORTED, planned.counts, planned.aborted_reason, None
        if decision.verdict is Verdict.HOLD_REVIEW:
            self._held.hold(planned)
            self._saved.pending = pending_run(planned, "review", self._clock())
            return RunOutcome.AWAITING_REVIEW, planned.counts, None, None
        if decision.verdict is Verdict.HOLD_APPROVAL:
            self._held.hold(planned)
            self._saved.pending = pending = pending_run(planned, "approval", self._clock())
            if details:
                log.warning("run %s waits for approval (%s): %s", planned.run_id, pending.reason, details)
            self._emit(
                ApprovalNeeded(
                    run_id=planned.run_id, disables=pending.disables, deletes=pending.deletes, reason=pending.reason
                )
            )
            return RunOutcome.AWAITING_APPROVAL, planned.counts, None, None
        result = await self._backend.apply(
            planned,
            selected_anchors=decision.selected,
            approved=decision.approved,
            progress=self._progress(planned.run_id),
            stop=self._stop_requested,
        )
        self._saved.pending = None
        if review is not None:
            self._saved.initial_review_done = True
        outcome, error = run_outcome(result)
        if not result.interrupted:
            self._saved.last_sync = self._clock()
            self._board.flags.problem = error
        return outcome, result.counts, error, result

    def _note_failure(self, exc: IdentityConnectError) -> None:
        # A run the breaker stopped because the sign-in was refused needs the same new sign-in.
        if exc.code == "signin_expired" or exc.details.get("cause") == "signin_expired":
            self._monitor.mark_signin_expired()
        else:
            self._board.flags.problem = exc.code

    def _finish(self, run_id: str, outcome: RunOutcome, counts: dict[str, int], error: str | None) -> None:
        self._saved.last_outcome = outcome.value
        if outcome in (RunOutcome.APPLIED, RunOutcome.NO_CHANGES, RunOutcome.FAILED):
            self._saved.last_run_counts = dict(counts)
        try:
            self._service_store.save(self._saved)
        except OSError:
            log.exception("cannot save the service state")
        log.info("run %s finished: %s %s%s", run_id, outcome.value, counts, f" ({error})" if error else "")
        self._emit(RunFinished(run_id=run_id, outcome=outcome.value, counts=dict(counts), error=error))
        self._publish()
        # The tenant's agent view shows the new state and last sync now, not one heartbeat interval later.
        self._monitor.wake()

    # ------------------------------------------------------------------ change watch

    def _make_watch(self, config: AgentConfig, on_change: OnChange, on_state: OnState) -> ChangeStream | None:
        if self._watch_factory is not None:
            return self._watch_factory(config, on_change, on_state)
        if self._backend_factory is not None:
            return None  # a test backend with no directory behind it: nothing to watch
        from app.ldap.watch import ChangeWatch
        from app.secrets import SecretName, SecretStore

        store = SecretStore(self.paths.profile)

        async def password() -> SecretStr:  # read off the loop before each connection (see ChangeWatch)
            return SecretStr(await store.aget(SecretName.LDAP_BIND_PASSWORD) or "")

        return ChangeWatch(
            config.ldap,
            password,
            on_change=on_change,
            on_state=on_state,
            poll_interval=float(config.sync.watch_poll_seconds),
        )

    def _watch_key(self) -> str | None:
        """What the watch depends on ("off" when turned off, None without a working configuration); a new
        backend (a reload: settings or bind password) means a new watch."""
        config = self._config
        if config is None or self._backend is None:
            return None
        if not config.sync.watch_changes:
            return "off"
        return f"{id(self._backend)}:{config.sync.watch_poll_seconds}:{config.ldap.model_dump_json()}"

    def _running_a_run(self) -> bool:
        return self._run_lock is not None and self._run_lock.locked()

    def _changes_settled(self) -> None:
        """Queue one delta run for the changes seen, through the scheduled runs' path."""
        # Runs waiting for the admin (first review, an approval) stay as they are: a new plan on every change
        # would replace the run the admin is looking at. The schedule still runs.
        if not self._saved.initial_review_done or self._saved.pending is not None:
            return
        if not self._requests:
            log.info("directory changed: starting a delta run")
            self._requests.append(_RunRequest(RunMode.SCHEDULED))
        if self._wake is not None:
            self._wake.set()

    def _watch_status(self, status: WatchStatus) -> None:
        self._board.flags.watch = status
        self._publish()

    # ------------------------------------------------------------------ heartbeat and status

    def _heartbeat_report(self) -> HeartbeatReport:
        return heartbeat_report(
            self._config,
            self._board.current().state,
            self._saved,
            self._managed_counts(),
            self._password_sync_reports(),
        )

    def _managed_counts(self) -> dict[str, int]:
        """``{"users": n, "groups": m}``: what the agent manages in the tenant (the agent API's counts)."""
        if self._backend is None:
            return {}
        try:
            return self._backend.managed_counts()
        except Exception:  # the heartbeat must not die of a state-store hiccup
            log.warning("cannot count the managed objects", exc_info=True)
            return {}

    def _publish(self, *, force: bool = False) -> None:
        flags = self._board.flags
        flags.configured = self._config is not None
        flags.working = self._backend is not None
        self._board.publish(
            config=self._config,
            saved=self._saved,
            health=self._monitor.health,
            password_sync_agents=self._password_sync_reports(),
            force=force,
        )

    def _emit(self, event: AgentEvent) -> None:
        try:
            self._on_event(event)
        except Exception:
            log.exception("on_event raised for %s", type(event).__name__)
