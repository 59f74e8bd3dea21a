"""The service's small on-disk memory, readable by other processes.

- ``status.json``: the latest :class:`AgentStatus` snapshot, rewritten atomically on every change, so
  ``identity-connect-agent status`` works while ``run`` is active in another process (it never asks the
  running process; it reads this file and checks the instance lock).
- ``service.json``: what the scheduler must remember across restarts — whether the first-run review is
  done, when the last run started, the last result, and a run waiting for review or approval. (Whether the
  next read is full or delta is the sync engine's to decide and remember; files written before say when the
  last full run was, which is ignored.)

Both are pydantic dataclasses, written by :func:`app.jsonfile.dump_json` (mode 0600, temp file +
``os.replace``, so a reader or a crash never sees half a file) and read back strictly: a damaged file (bad
UTF-8, deep nesting, huge numbers, a value of the wrong type) raises one :class:`~app.errors.ConfigError`
with code :data:`STATE_FILE_UNREADABLE` (service.json) or :data:`STATUS_FILE_UNREADABLE` (status.json), the
file and the line; a missing file is simply "nothing saved yet".
"""

from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BeforeValidator, Field, TypeAdapter, ValidationError
from pydantic.dataclasses import dataclass as pydantic_dataclass

from app.jsonfile import dump_json, invalid, load_json
from app.service.events import STATUS_JSON, AgentStatus, IsoDatetime

STATUS_FILE = "status.json"
SERVICE_FILE = "service.json"
STATE_FILE_UNREADABLE = "state_file_unreadable"
STATUS_FILE_UNREADABLE = "status_file_unreadable"

T = TypeVar("T")
PendingKind = Literal["review", "approval"]


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


def _read(path: Path, adapter: TypeAdapter[T], code: str) -> T | None:
    """The document at ``path`` as ``adapter``'s type, strictly (no "5" for 5); None if there is no file."""
    document = read_document(path, code=code)
    if document is None:
        return None
    _, text = document
    try:
        return adapter.validate_json(text, strict=True)
    except ValidationError as exc:
        errors = exc.errors()
        raise invalid(code, path, text, errors[0]["loc"] if errors else ()) from None


def write_status(state_dir: Path, status: AgentStatus) -> None:
    dump_json(state_dir / STATUS_FILE, status.to_json())


def read_status(state_dir: Path) -> AgentStatus | None:
    """The last snapshot the service wrote; None if there is none. A damaged file raises :class:`ConfigError`."""
    return _read(state_dir / STATUS_FILE, STATUS_JSON, STATUS_FILE_UNREADABLE)


def _review_when_unsaid(value: object) -> object:
    return value or "review"  # files from before approvals were saved


def _threshold_when_unsaid(value: object) -> object:
    return value if isinstance(value, str) else "threshold_exceeded"  # files from before other reasons


@pydantic_dataclass
class PendingRun:
    """A run that planned but did not write: waiting for the admin's review or approval."""

    run_id: Annotated[str, Field(min_length=1)]
    created_at: IsoDatetime
    kind: Annotated[PendingKind, BeforeValidator(_review_when_unsaid)] = "review"
    disables: int = 0
    deletes: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    # The plan entries the admin was shown ("kind:anchor:category"): an approval covers exactly these. A file
    # from before they were saved has none, so nothing is pre-approved.
    keys: list[str] = field(default_factory=list)
    # Why an approval is needed: the safety code (threshold_exceeded, source_shrank, source_not_visible).
    reason: Annotated[str, BeforeValidator(_threshold_when_unsaid)] = "threshold_exceeded"


@pydantic_dataclass
class ServiceState:
    initial_review_done: bool = False
    last_run_started: IsoDatetime | None = None
    last_sync: IsoDatetime | None = None
    last_outcome: str | None = None
    last_run_counts: dict[str, int] | None = None
    pending: PendingRun | None = None


SERVICE_JSON: TypeAdapter[ServiceState] = TypeAdapter(ServiceState)


class ServiceStateStore:
    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / SERVICE_FILE

    def load(self) -> ServiceState:
        """The saved state (a fresh one if none was saved). A damaged file raises :class:`ConfigError`
        (``state_file_unreadable``, with ``path`` and ``line``): guessing would risk a second first-run
        review or a lost approval, so the service stops syncing and says which file to fix."""
        state = _read(self.path, SERVICE_JSON, STATE_FILE_UNREADABLE)
        return state if state is not None else ServiceState()

    def save(self, state: ServiceState) -> None:
        dump_json(self.path, SERVICE_JSON.dump_python(state, mode="json"))


__all__ = [
    "SERVICE_FILE",
    "STATE_FILE_UNREADABLE",
    "STATUS_FILE",
    "STATUS_FILE_UNREADABLE",
    "PendingKind",
    "PendingRun",
    "ServiceState",
    "ServiceStateStore",
    "read_document",
    "read_status",
    "write_status",
]
