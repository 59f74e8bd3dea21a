"""What the agent service tells the outside world: its state, a status snapshot, and events.

:class:`AgentStatus` is one immutable snapshot (also what ``identity-connect-agent status --json`` prints and
what the service writes to its status file for other processes). Events are small frozen dataclasses, all
subclasses of :class:`AgentEvent`, handed to the ``on_event`` callback on the service's loop thread.
Codes only, no sentences: ``detail`` and ``error`` are codes the UI and CLI turn into words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, TypeAdapter
from pydantic.dataclasses import dataclass as pydantic_dataclass

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


def _iso(value: datetime) -> str:
    return value.isoformat()


#: A time as the status and state files have always written it: ``datetime.isoformat()``.
IsoDatetime = Annotated[datetime, PlainSerializer(_iso, when_used="json")]


def _known_state(value: object) -> object:
    """A state this version does not know (a file written by a newer agent) reads as stopped."""
    return AgentState.STOPPED if isinstance(value, str) and value not in AgentState._value2member_map_ else value


@pydantic_dataclass(frozen=True)
class AgentStatus:
    """A snapshot of the agent. ``detail`` is a code (``signin_expired``, ``unreachable``, …).

    A pydantic dataclass: :data:`STATUS_JSON` writes and reads it (the status file, ``status --json``)."""

    state: Annotated[AgentState, BeforeValidator(_known_state)]
    detail: str | None = None
    version: str = ""
    device_name: str = ""
    domain_controllers: list[str] = field(default_factory=list)
    connected: bool = False
    last_sync: IsoDatetime | None = None
    last_run_counts: dict[str, int] | None = None
    next_run: IsoDatetime | None = None
    clock_skew_seconds: float | None = None
    owner_email: str | None = None
    password_sync_agents: list[dict[str, Any]] = field(default_factory=list)
    pending_run_id: str | None = None
    pid: int | None = None
    updated_at: IsoDatetime | None = None
    # Where the problem in ``detail`` is, when it is a damaged file: its path and (1-based) line.
    problem_file: str | None = None
    problem_line: int | None = None
    # The change watch: the DC watched and how (ad_notification / syncrepl / polling), or why it is not
    # watching (a code: watch_off, unreachable, watch_refused, …). All None while the service does not run.
    watch_host: str | None = None
    watch_method: str | None = None
    watch_reason: str | None = None
    # How deletions in the directory are found: ``dirsync`` or ``tombstones`` (at the next run), ``presence``
    # (when the anchors in scope are listed, every ``presence_check_minutes``). None until a run has read.
    deletion_detection: str | None = None
    presence_check_minutes: int | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = STATUS_JSON.dump_python(self, mode="json")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AgentStatus:
        """The snapshot :meth:`to_json` gave; raises pydantic's ``ValidationError`` for another document."""
        return STATUS_JSON.validate_python(data)


STATUS_JSON: TypeAdapter[AgentStatus] = TypeAdapter(AgentStatus)


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
