"""The service's small on-disk memory, readable by other processes.

- ``status.json``: the latest :class:`AgentStatus` snapshot, rewritten atomically on every change, so
  ``identity-connect-agent status`` works while ``run`` is active in another process (it never asks the
  running process; it reads this file and checks the instance lock).
- ``service.json``: what the scheduler must remember across restarts — whether the first-run review is
  done, when the last run started, the last result, and a run waiting for review or approval. (Whether the
  next read is full or delta is the sync engine's to decide and remember; files written before say when the
  last full run was, which is ignored.)

Both live in the state folder, mode 0600, written with temp file + ``os.replace`` so a reader or a crash
never sees half a file. Reading a damaged file (bad UTF-8, deep nesting, huge numbers, wrong types) raises
one :class:`~app.errors.ConfigError` with code :data:`STATE_FILE_UNREADABLE` (service.json) or
:data:`STATUS_FILE_UNREADABLE` (status.json), the file and the line; a missing file is simply "nothing saved
yet".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, TypeVar

from app.jsonfile import dump_json, invalid, load_json
from app.service.events import AgentStatus

STATUS_FILE = "status.json"
SERVICE_FILE = "service.json"
STATE_FILE_UNREADABLE = "state_file_unreadable"
STATUS_FILE_UNREADABLE = "status_file_unreadable"

T = TypeVar("T")
PendingKind = Literal["review", "approval"]


class FieldError(ValueError):
    """A saved value of the wrong type; ``location`` is its key path in the document."""

    def __init__(self, *location: str) -> None:
        super().__init__(".".join(location))
        self.location = location


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    dump_json(path, data)


def read_json(path: Path) -> dict[str, Any] | None:
    """A JSON object from ``path``, or None if there is none; a damaged file raises :class:`ConfigError`."""
    document = read_document(path)
    return document[0] if document is not None else None


def read_document(
    path: Path, *, require_owner: bool = False, code: str = STATE_FILE_UNREADABLE
) -> tuple[dict[str, Any], str] | None:
    """``(object, text)`` from ``path``; None if the file does not exist."""
    try:
        data, text = load_json(path, code=code, require_owner=require_owner)
    except FileNotFoundError:
        return None
    if not isinstance(data, dict):
        raise invalid(code, path, text, ())
    return data, text


def _parse(path: Path, parse: Callable[[dict[str, Any]], T], code: str = STATE_FILE_UNREADABLE) -> T | None:
    document = read_document(path, code=code)
    if document is None:
        return None
    data, text = document
    try:
        return parse(data)
    except FieldError as exc:
        raise invalid(code, path, text, exc.location) from None
    except (TypeError, ValueError, OverflowError, AttributeError):
        raise invalid(code, path, text, ()) from None


def write_status(state_dir: Path, status: AgentStatus) -> None:
    write_json_atomic(state_dir / STATUS_FILE, status.to_json())


def _status_from_json(data: dict[str, Any]) -> AgentStatus:
    checks: dict[str, tuple[type, ...]] = {
        "state": (str,),
        "detail": (str, type(None)),
        "domain_controllers": (list, type(None)),
        "last_run_counts": (dict, type(None)),
        "clock_skew_seconds": (int, float, type(None)),
        "password_sync_agents": (list, type(None)),
        "pid": (int, type(None)),
    }
    for key, types in checks.items():
        if key in data and not isinstance(data[key], types):
            raise FieldError(key)
    _counts(data.get("last_run_counts"), "last_run_counts")
    return AgentStatus.from_json(data)


def read_status(state_dir: Path) -> AgentStatus | None:
    """The last snapshot the service wrote; None if there is none. A damaged file raises :class:`ConfigError`."""
    return _parse(state_dir / STATUS_FILE, _status_from_json, STATUS_FILE_UNREADABLE)


def _dt(value: object, *location: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise FieldError(*location)
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise FieldError(*location) from None


def _str(value: object, *location: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise FieldError(*location)


def _int(value: object, *location: str) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(*location)
    return value


def _counts(value: object, *location: str) -> dict[str, int] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise FieldError(*location)
    return {str(k): _int(v, *location, str(k)) for k, v in value.items()}


@dataclass
class PendingRun:
    """A run that planned but did not write: waiting for the admin's review or approval."""

    run_id: str
    kind: PendingKind
    created_at: datetime
    disables: int = 0
    deletes: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    # The plan entries the admin was shown ("kind:anchor:category"): an approval covers exactly these.
    keys: list[str] = field(default_factory=list)
    # Why an approval is needed: the safety code (threshold_exceeded, source_shrank, source_not_visible).
    reason: str = "threshold_exceeded"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["created_at"] = self.created_at.isoformat()
        return data

    @classmethod
    def from_json(cls, data: object) -> PendingRun | None:
        """None for no pending run; :class:`FieldError` for one saved with wrong values."""
        if data is None:
            return None
        if not isinstance(data, dict):
            raise FieldError("pending")
        created = _dt(data.get("created_at"), "pending", "created_at")
        run_id = data.get("run_id")
        if not isinstance(run_id, str) or not run_id:
            raise FieldError("pending", "run_id")
        if created is None:
            raise FieldError("pending", "created_at")
        kind: PendingKind
        match data.get("kind") or "review":
            case "review":
                kind = "review"
            case "approval":
                kind = "approval"
            case _:
                raise FieldError("pending", "kind")
        return cls(
            run_id=run_id,
            kind=kind,
            created_at=created,
            disables=_int(data.get("disables"), "pending", "disables"),
            deletes=_int(data.get("deletes"), "pending", "deletes"),
            counts=_counts(data.get("counts"), "pending", "counts") or {},
            keys=_keys(data.get("keys")),
            reason=data["reason"] if isinstance(data.get("reason"), str) else "threshold_exceeded",
        )


def _keys(value: object) -> list[str]:
    """Entry keys of a pending run; a file from before they were saved has none (so nothing is pre-approved)."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        raise FieldError("pending", "keys")
    return list(value)


@dataclass
class ServiceState:
    initial_review_done: bool = False
    last_run_started: datetime | None = None
    last_sync: datetime | None = None
    last_outcome: str | None = None
    last_run_counts: dict[str, int] | None = None
    pending: PendingRun | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "initial_review_done": self.initial_review_done,
            "last_run_started": self.last_run_started.isoformat() if self.last_run_started else None,
            "last_sync": self.last_sync.isoformat() if self.last_sync else None,
            "last_outcome": self.last_outcome,
            "last_run_counts": self.last_run_counts,
            "pending": self.pending.to_json() if self.pending else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ServiceState:
        """The saved state; :class:`FieldError` names the first value of the wrong type."""
        review_done = data.get("initial_review_done", False)
        if not isinstance(review_done, bool):
            raise FieldError("initial_review_done")
        return cls(
            initial_review_done=review_done,
            last_run_started=_dt(data.get("last_run_started"), "last_run_started"),
            last_sync=_dt(data.get("last_sync"), "last_sync"),
            last_outcome=_str(data.get("last_outcome"), "last_outcome"),
            last_run_counts=_counts(data.get("last_run_counts"), "last_run_counts"),
            pending=PendingRun.from_json(data.get("pending")),
        )


class ServiceStateStore:
    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / SERVICE_FILE

    def load(self) -> ServiceState:
        """The saved state (a fresh one if none was saved). A damaged file raises :class:`ConfigError`
        (``state_file_unreadable``, with ``path`` and ``line``): guessing would risk a second first-run
        review or a lost approval, so the service stops syncing and says which file to fix."""
        state = _parse(self.path, ServiceState.from_json)
        return state if state is not None else ServiceState()

    def save(self, state: ServiceState) -> None:
        write_json_atomic(self.path, state.to_json())


__all__ = [
    "SERVICE_FILE",
    "STATE_FILE_UNREADABLE",
    "STATUS_FILE_UNREADABLE",
    "STATUS_FILE",
    "PendingRun",
    "ServiceState",
    "ServiceStateStore",
    "read_document",
    "read_json",
    "read_status",
    "write_json_atomic",
    "write_status",
]
