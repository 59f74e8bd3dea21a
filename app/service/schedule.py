"""Scheduler arithmetic: when the next run is due, whether a run was missed, whether it must be full.

Pure functions of times and settings, so they are tested without waiting. The schedule itself (daily,
weekly, monthly at a local time) belongs to the sync settings model, which answers ``next_run_after(now)``;
this module decides what the service does with that answer:

- while the service runs, the next run is the schedule's next slot after the later of the last run's start
  and the moment the schedule was (re)loaded, so changing the schedule never fires a run for a slot that
  lies before the change;
- at start, a slot that passed while the agent was stopped is a *missed run*: it runs once, right away
  (several missed slots still make one run);
- a run is full (not delta) at least every :data:`FULL_RUN_INTERVAL`, and whenever the scope/mapping
  fingerprint differs from that of the last full run.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

FULL_RUN_INTERVAL = timedelta(days=7)

NextRunAfter = Callable[[datetime], datetime | None]


def next_due(
    next_run_after: NextRunAfter | None, last_run_started: datetime | None, anchor: datetime
) -> datetime | None:
    """The next scheduled run: the first slot after ``max(last_run_started, anchor)``; None without a schedule."""
    if next_run_after is None:
        return None
    after = anchor if last_run_started is None else max(anchor, last_run_started)
    return next_run_after(after)


def missed_run(next_run_after: NextRunAfter | None, last_run_started: datetime | None, now: datetime) -> bool:
    """Whether a scheduled slot passed since the last run started (checked once, when the service starts)."""
    if next_run_after is None or last_run_started is None:
        return False
    slot = next_run_after(last_run_started)
    return slot is not None and slot <= now


def needs_full_run(
    now: datetime, last_full_run: datetime | None, fingerprint: str | None, last_full_fingerprint: str | None
) -> bool:
    if last_full_run is None:
        return True
    if fingerprint is not None and fingerprint != last_full_fingerprint:
        return True
    return now - last_full_run >= FULL_RUN_INTERVAL


def settings_fingerprint(*parts: dict[str, Any], exclude: tuple[str, ...] = ("schedule",)) -> str:
    """A stable hash of what decides *which* objects sync and *how* they map (the schedule does not count)."""
    cleaned = [{k: v for k, v in part.items() if k not in exclude} for part in parts]
    text = json.dumps(cleaned, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def seconds_until(when: datetime | None, now: datetime, cap: float) -> float:
    """How long to sleep before looking again: until ``when``, but never longer than ``cap``."""
    if when is None:
        return cap
    return max(0.0, min(cap, (when - now).total_seconds()))
