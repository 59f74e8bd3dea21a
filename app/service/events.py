"""What the agent service tells the outside world: its state, a status snapshot, and events.

:class:`AgentStatus` is one immutable snapshot (also what ``identity-connect-agent status --json`` prints and
what the service writes to its status file for other processes). Events are small frozen dataclasses, all
subclasses of :class:`AgentEvent`, handed to the ``on_event`` callback on the service's loop thread.
Codes only, no sentences: ``detail`` and ``error`` are codes the UI and CLI turn into words.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.sync.model import RunMode


class AgentState(StrEnum):
    STARTING = "starting"
    IDLE = "idle"
    SYNCING = "syncing"
    AWAITING_REVIEW = "awaiting_review"
    AWAITING_APPROVAL = "awaiting_approval"
    ATTENTION = "attention"
    DISCONNECTED = "disconnected"
    STOPPED = "stopped"


class RunOutcome(StrEnum):
    """How a run ended, as the service reports it (events, status, CLI exit codes). The engine's history keeps
    its own :class:`app.sync.state.RunStatus`; :func:`app.service.backend.run_outcome` is the one mapping."""

    APPLIED = "applied"
    NO_CHANGES = "no_changes"
    AWAITING_REVIEW = "awaiting_review"
    AWAITING_APPROVAL = "awaiting_approval"
    ABORTED = "aborted"
    FAILED = "failed"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_dt(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class AgentStatus:
    """A snapshot of the agent. ``detail`` is a code (``signin_expired``, ``directory_unreachable``, …)."""

    state: AgentState
    detail: str | None = None
    version: str = ""
    device_name: str = ""
    domain_controllers: list[str] = field(default_factory=list)
    connected: bool = False
    last_sync: datetime | None = None
    last_run_counts: dict[str, int] | None = None
    next_run: datetime | None = None
    clock_skew_seconds: float | None = None
    owner_email: str | None = None
    password_sync_agents: list[dict[str, Any]] = field(default_factory=list)
    pending_run_id: str | None = None
    pid: int | None = None
    updated_at: datetime | None = None
    # Where the problem in ``detail`` is, when it is a damaged file: its path and (1-based) line.
    problem_file: str | None = None
    problem_line: int | None = None
    # The change watch: the DC watched and how (ad_notification / syncrepl / polling), or why it is not
    # watching (a code: watch_off, unreachable, watch_refused, …). All None while the service does not run.
    watch_host: str | None = None
    watch_method: str | None = None
    watch_reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["state"] = self.state.value
        for name in ("last_sync", "next_run", "updated_at"):
            data[name] = _iso(getattr(self, name))
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AgentStatus:
        try:
            state = AgentState(str(data.get("state")))
        except ValueError:
            state = AgentState.STOPPED
        counts = data.get("last_run_counts")
        skew = data.get("clock_skew_seconds")
        pid = data.get("pid")
        return cls(
            state=state,
            detail=data.get("detail") if isinstance(data.get("detail"), str) else None,
            version=str(data.get("version") or ""),
            device_name=str(data.get("device_name") or ""),
            domain_controllers=[str(dc) for dc in data.get("domain_controllers") or []],
            connected=bool(data.get("connected")),
            last_sync=_parse_dt(data.get("last_sync")),
            last_run_counts={str(k): int(v) for k, v in counts.items()} if isinstance(counts, dict) else None,
            next_run=_parse_dt(data.get("next_run")),
            clock_skew_seconds=float(skew) if isinstance(skew, int | float) else None,
            owner_email=data.get("owner_email") if isinstance(data.get("owner_email"), str) else None,
            password_sync_agents=[dict(a) for a in data.get("password_sync_agents") or [] if isinstance(a, dict)],
            pending_run_id=data.get("pending_run_id") if isinstance(data.get("pending_run_id"), str) else None,
            pid=pid if isinstance(pid, int) else None,
            updated_at=_parse_dt(data.get("updated_at")),
            problem_file=data.get("problem_file") if isinstance(data.get("problem_file"), str) else None,
            problem_line=data.get("problem_line") if isinstance(data.get("problem_line"), int) else None,
            watch_host=data.get("watch_host") if isinstance(data.get("watch_host"), str) else None,
            watch_method=data.get("watch_method") if isinstance(data.get("watch_method"), str) else None,
            watch_reason=data.get("watch_reason") if isinstance(data.get("watch_reason"), str) else None,
        )


@dataclass(frozen=True)
class AgentEvent:
    """Base of every event the service emits."""


@dataclass(frozen=True)
class StatusChanged(AgentEvent):
    status: AgentStatus


@dataclass(frozen=True)
class RunStarted(AgentEvent):
    run_id: str
    mode: RunMode


@dataclass(frozen=True)
class RunProgress(AgentEvent):
    run_id: str
    phase: str  # "reading" | "planning" | "applying"
    done: int
    total: int


@dataclass(frozen=True)
class RunFinished(AgentEvent):
    run_id: str
    outcome: str  # a RunOutcome value
    counts: dict[str, int]
    error: str | None = None


@dataclass(frozen=True)
class ApprovalNeeded(AgentEvent):
    run_id: str
    disables: int
    deletes: int
    # The safety code that stopped the run: threshold_exceeded, source_shrank or source_not_visible.
    reason: str = "threshold_exceeded"


@dataclass(frozen=True)
class SignInExpired(AgentEvent):
    pass


@dataclass(frozen=True)
class Disconnected(AgentEvent):
    reason: str


@dataclass(frozen=True)
class ClockSkewDetected(AgentEvent):
    seconds: float
