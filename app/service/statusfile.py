"""The service's small on-disk memory, readable by other processes.

- ``status.json``: the latest :class:`AgentStatus` snapshot, rewritten atomically on every change, so
  ``identity-connect-agent status`` works while ``run`` is active in another process (it never asks the
  running process; it reads this file and checks the instance lock).
- ``service.json``: what the scheduler must remember across restarts — whether the first-run review is
  done, when the last run started and when the last full run finished, the fingerprint of the scope and
  mapping of the last full run, the last result, and a run waiting for review or approval.

Both live in the state folder, mode 0600, written with temp file + ``os.replace`` so a reader or a crash
never sees half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.service.events import AgentStatus

STATUS_FILE = "status.json"
SERVICE_FILE = "service.json"


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_status(state_dir: Path, status: AgentStatus) -> None:
    write_json_atomic(state_dir / STATUS_FILE, status.to_json())


def read_status(state_dir: Path) -> AgentStatus | None:
    data = read_json(state_dir / STATUS_FILE)
    return AgentStatus.from_json(data) if data is not None else None


def _dt(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


@dataclass
class PendingRun:
    """A run that planned but did not write: waiting for the admin's review or approval."""

    run_id: str
    kind: str  # "review" | "approval"
    created_at: datetime
    disables: int = 0
    deletes: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    # The plan entries the admin was shown ("kind:anchor:category"): an approval covers exactly these.
    keys: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["created_at"] = self.created_at.isoformat()
        return data

    @classmethod
    def from_json(cls, data: object) -> PendingRun | None:
        if not isinstance(data, dict):
            return None
        created = _dt(data.get("created_at"))
        if not isinstance(data.get("run_id"), str) or created is None:
            return None
        counts = data.get("counts")
        keys = data.get("keys")
        return cls(
            run_id=str(data["run_id"]),
            kind=str(data.get("kind") or "review"),
            created_at=created,
            disables=int(data.get("disables") or 0),
            deletes=int(data.get("deletes") or 0),
            counts={str(k): int(v) for k, v in counts.items()} if isinstance(counts, dict) else {},
            # A file from before keys were saved has none, so nothing counts as approved.
            keys=[k for k in keys if isinstance(k, str)] if isinstance(keys, list) else [],
        )


@dataclass
class ServiceState:
    initial_review_done: bool = False
    last_run_started: datetime | None = None
    last_sync: datetime | None = None
    last_full_run: datetime | None = None
    full_fingerprint: str | None = None
    last_outcome: str | None = None
    last_run_counts: dict[str, int] | None = None
    pending: PendingRun | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "initial_review_done": self.initial_review_done,
            "last_run_started": self.last_run_started.isoformat() if self.last_run_started else None,
            "last_sync": self.last_sync.isoformat() if self.last_sync else None,
            "last_full_run": self.last_full_run.isoformat() if self.last_full_run else None,
            "full_fingerprint": self.full_fingerprint,
            "last_outcome": self.last_outcome,
            "last_run_counts": self.last_run_counts,
            "pending": self.pending.to_json() if self.pending else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ServiceState:
        counts = data.get("last_run_counts")
        return cls(
            initial_review_done=bool(data.get("initial_review_done")),
            last_run_started=_dt(data.get("last_run_started")),
            last_sync=_dt(data.get("last_sync")),
            last_full_run=_dt(data.get("last_full_run")),
            full_fingerprint=data.get("full_fingerprint") if isinstance(data.get("full_fingerprint"), str) else None,
            last_outcome=data.get("last_outcome") if isinstance(data.get("last_outcome"), str) else None,
            last_run_counts={str(k): int(v) for k, v in counts.items()} if isinstance(counts, dict) else None,
            pending=PendingRun.from_json(data.get("pending")),
        )


class ServiceStateStore:
    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / SERVICE_FILE

    def load(self) -> ServiceState:
        data = read_json(self.path)
        return ServiceState.from_json(data) if data is not None else ServiceState()

    def save(self, state: ServiceState) -> None:
        write_json_atomic(self.path, state.to_json())
