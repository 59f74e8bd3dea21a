"""Scheduler arithmetic: when the next run is due and whether a run was missed.

Pure functions of times and settings, so they are tested without waiting. The schedule itself (daily,
weekly, monthly at a local time) belongs to the sync settings model, which answers ``next_run_after(now)``;
this module decides what the service does with that answer:

- while the service runs, the next run is the schedule's next slot after the later of the last run's start
  and the moment the schedule was (re)loaded, so changing the schedule never fires a run for a slot that
  lies before the change;
- at start, a slot that passed while the agent was stopped is a *missed run*: it runs once, right away
  (several missed slots still make one run).

Whether a run reads everything or only changes is not decided here: the sync engine owns that
(:meth:`app.sync.engine.SyncEngine.full_read_reason`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

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


def seconds_until(when: datetime | None, now: datetime, cap: float) -> float:
    """How long to sleep before looking again: until ``when``, but never longer than ``cap``."""
    if when is None:
        return cap
    return max(0.0, min(cap, (when - now).total_seconds()))
