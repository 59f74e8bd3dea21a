"""Scheduler arithmetic: when the next run is due and whether a run was missed.

Pure functions of times and settings, so they are tested without waiting. The schedule itself (daily,
weekly, monthly at a local time) belongs to the sync settings model, which answers ``next_run_after(now)``;
this module decides what the service does with that answer:

- while the service runs, the next run is the schedule's next slot after the later of the last run's start
  and the moment the schedule was (re)loaded, so changing the schedule never fires a run for a slot that
  lies before the change;
- at start, a slot that passed while the agent was stopped is a *missed run*: it runs once, right away
  (several missed slots still make one run);
- the wall clock may jump (NTP, a VM resumed, an admin's correction): forward, the slots skipped are one
  overdue run; back, the schedule counts from now rather than from a last run stamped in the future.

Waiting is not done here: debounce, back-off and sleeps use the monotonic clock (``asyncio`` and
``time.monotonic``), so a wall-clock jump moves only which slot is next, never how long a quiet spell lasts.

Whether a run reads everything or only changes is not decided here: the sync engine owns that
(:meth:`app.sync.engine.SyncEngine.full_read_reason`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

NextRunAfter = Callable[[datetime], datetime | None]


def next_due(
    next_run_after: NextRunAfter | None,
    last_run_started: datetime | None,
    anchor: datetime,
    now: datetime | None = None,
) -> datetime | None:
    """The next scheduled run: the first slot after ``max(last_run_started, anchor)``; None without a schedule.

    Given ``now``, a last run or anchor stamped after it means the wall clock moved back (an NTP correction
    of a clock that ran ahead): the schedule then counts from ``now``, so a clock that was a day or a year
    ahead does not hold back every slot until it catches up again. A clock that jumps forward needs nothing:
    the slots it skips are one overdue run, after which the next slot counts from that run."""
    if next_run_after is None:
        return None
    after = anchor if last_run_started is None else max(anchor, last_run_started)
    if now is not None and after > now:
        after = now
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
