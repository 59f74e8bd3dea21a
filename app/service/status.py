"""The service's status: the flags it keeps while running, the one state derived from them, and publishing.

:class:`StatusBoard` holds what the service knows about itself (running, syncing, a problem and where it is,
the next run, the change watch); :func:`derive` turns that plus the tenant's health and the run waiting for
the admin into one :class:`AgentState` and a detail code, in a fixed order of precedence. :meth:`StatusBoard.publish`
builds the :class:`AgentStatus` snapshot and, when it changed, writes the status file other processes read
and emits :class:`StatusChanged`. :meth:`StatusBoard.current` is safe from any thread.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.config import AgentConfig
from app.service.cloudmonitor import CloudHealth
from app.service.events import AgentEvent, AgentState, AgentStatus, StatusChanged
from app.service.statusfile import PendingRun, ServiceState, write_status

log = logging.getLogger(__name__)

#: Problems with the agent's own files: they outrank a run waiting for the admin (nothing can run).
FILE_PROBLEMS = frozenset(
    {
        "config_missing",
        "config_invalid",
        "config_malformed",
        "config_unreadable",
        "config_folder_unsafe",
        "state_file_unreadable",
    }
)


@dataclass(frozen=True)
class WatchStatus:
    """Where the change watch stands: the DC and method watched, or why it is not watching (a code)."""

    host: str | None = None
    method: str | None = None
    reason: str | None = None


@dataclass
class StatusFlags:
    """What the service knows about itself, as the status is derived from it."""

    running: bool = False
    stopped: bool = False
    syncing: bool = False
    configured: bool = False  # a configuration was loaded
    working: bool = False  # directory and cloud pieces were built from it
    problem: str | None = None  # config/directory/run failure code → ATTENTION
    problem_at: Mapping[str, object] = field(default_factory=dict)  # a damaged file's path and line
    next_run: datetime | None = None
    watch: WatchStatus = WatchStatus()
    deletion_detection: str | None = None  # how the last run's directory read found deletions


def derive(flags: StatusFlags, health: CloudHealth, pending: PendingRun | None) -> tuple[AgentState, str | None]:
    """The agent's state and its detail code, first match wins: stopped, syncing, a dead sign-in, starting,
    a damaged file, a run waiting for the admin, a skewed clock, no tenant, another problem, starting, idle."""
    if flags.stopped or not flags.running:
        return AgentState.STOPPED, None
    if flags.syncing:
        return AgentState.SYNCING, None
    if health.signin_expired:
        return AgentState.ATTENTION, "signin_expired"
    if not flags.configured and flags.problem is None:
        return AgentState.STARTING, None
    if flags.problem in FILE_PROBLEMS:
        return AgentState.ATTENTION, flags.problem
    if pending is not None:
        if pending.kind == "review":
            return AgentState.AWAITING_REVIEW, None
        # The plain threshold needs no detail; another reason (objects no longer visible) is named.
        return AgentState.AWAITING_APPROVAL, None if pending.reason == "threshold_exceeded" else pending.reason
    if health.clock_skewed:
        return AgentState.ATTENTION, "clock_skew"
    if health.disconnect_reason is not None:
        return AgentState.DISCONNECTED, health.disconnect_reason
    if flags.problem is not None:
        return AgentState.ATTENTION, flags.problem
    if not flags.working:
        return AgentState.STARTING, None
    return AgentState.IDLE, None


class StatusBoard:
    """The flags, the latest snapshot, and publishing it (status file + :class:`StatusChanged`)."""

    def __init__(self, state_dir: Path, clock: Callable[[], datetime], emit: Callable[[AgentEvent], None]) -> None:
        self.flags = StatusFlags()
        self._state_dir = state_dir
        self._clock = clock
        self._emit = emit
        self._lock = threading.Lock()
        self._status = AgentStatus(state=AgentState.STOPPED, version=__version__)

    def current(self) -> AgentStatus:
        """The latest snapshot (any thread)."""
        with self._lock:
            return self._status

    def publish(
        self,
        *,
        config: AgentConfig | None,
        saved: ServiceState,
        health: CloudHealth,
        password_sync_agents: list[dict[str, Any]],
        force: bool = False,
    ) -> None:
        """Derive the snapshot; when it differs from the last one (or ``force``), write and announce it."""
        flags = self.flags
        state, detail = derive(flags, health, saved.pending)
        live = state is not AgentState.STOPPED
        at_problem = bool(detail) and detail == flags.problem
        path, line = flags.problem_at.get("path"), flags.problem_at.get("line")
        snapshot = AgentStatus(
            state=state,
            detail=detail,
            version=__version__,
            device_name=config.device_name if config else "",
            domain_controllers=list(config.ldap.domain_controllers) if config else [],
            connected=health.connected,
            last_sync=saved.last_sync,
            last_run_counts=dict(saved.last_run_counts) if saved.last_run_counts is not None else None,
            next_run=flags.next_run if live else None,
            clock_skew_seconds=health.clock_skew,
            owner_email=config.tenant.owner_email if config else None,
            password_sync_agents=password_sync_agents,
            pending_run_id=saved.pending.run_id if saved.pending else None,
            pid=os.getpid() if live else None,
            problem_file=path if at_problem and isinstance(path, str) else None,
            problem_line=line if at_problem and isinstance(line, int) else None,
            watch_host=flags.watch.host if live else None,
            watch_method=flags.watch.method if live else None,
            watch_reason=flags.watch.reason if live else None,
            deletion_detection=flags.deletion_detection if live else None,
            presence_check_minutes=config.sync.presence_check_minutes if live and config else None,
        )
        with self._lock:
            changed = force or replace(self._status, updated_at=None) != snapshot
            if changed:
                snapshot = replace(snapshot, updated_at=self._clock())
                self._status = snapshot
        if not changed:
            return
        try:
            write_status(self._state_dir, snapshot)
        except OSError:
            log.exception("cannot write the status file")
        self._emit(StatusChanged(status=snapshot))
