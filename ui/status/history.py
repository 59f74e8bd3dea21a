"""Reading the run history for the status window: recent runs, one run's per-object outcomes, CSV export.

The engine's state database (:class:`app.sync.state.StateStore`, SQLite in WAL mode) is written by the agent
service and may be read by another connection at the same time; every read here opens its own connection in
a worker thread (``asyncio.to_thread``) and closes it, so the GUI thread never waits on the disk and never
shares the service's connection.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Mapping
from pathlib import Path

from app.sync.state import OutcomeRecord, RunRecord, StateStore


def _read_runs(db: Path, limit: int) -> list[RunRecord]:
    if not db.exists():
        return []
    store = StateStore.open(db)
    try:
        return store.recent_runs(limit)
    finally:
        store.close()


def _read_outcomes(db: Path, run_id: int) -> list[OutcomeRecord]:
    if not db.exists():
        return []
    store = StateStore.open(db)
    try:
        return store.run_outcomes(run_id)
    finally:
        store.close()


def _export_csv(db: Path, run_id: int, target: Path) -> int:
    store = StateStore.open(db)
    try:
        buffer = io.StringIO(newline="")
        rows = store.export_outcomes_csv(run_id, buffer)
    finally:
        store.close()
    target.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return rows


async def recent_runs(db: Path, limit: int = 20) -> list[RunRecord]:
    """The last ``limit`` runs, newest first (empty when no run has happened yet)."""
    return await asyncio.to_thread(_read_runs, db, limit)


async def run_outcomes(db: Path, run_id: int) -> list[OutcomeRecord]:
    """What happened to each object in run ``run_id``."""
    return await asyncio.to_thread(_read_outcomes, db, run_id)


async def export_run_csv(db: Path, run_id: int, target: Path) -> int:
    """Write run ``run_id``'s per-object outcomes to ``target`` as CSV; returns the number of object rows."""
    return await asyncio.to_thread(_export_csv, db, run_id, target)


def summarise_counts(counts: Mapping[str, int]) -> dict[str, int]:
    """A run's counts folded into the columns the status window shows (users and groups together)."""

    def total(*keys: str) -> int:
        return sum(int(counts.get(f"{kind}.{key}", 0)) for kind in ("user", "group") for key in keys)

    return {
        "created": total("new"),
        "updated": total("update", "activate"),
        "disabled": total("disable"),
        "deleted": total("delete"),
        "failed": int(counts.get("failed", 0)),
    }
