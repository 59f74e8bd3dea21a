"""Single instance per configuration, and the scheduler's arithmetic."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.errors import AgentBusyError
from app.service.lock import InstanceLock, is_locked
from app.service.schedule import missed_run, next_due
from app.sync.settings import SyncSchedule

ZONE = ZoneInfo("Europe/Berlin")


def test_second_process_gets_agent_busy_and_lock_dies_with_its_holder(tmp_path: Path) -> None:
    lock_path = tmp_path / "state" / "agent.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from app.service.lock import InstanceLock
                InstanceLock(Path({str(lock_path)!r})).acquire()
                print("held", flush=True)
                time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert is_locked(lock_path)
        with pytest.raises(AgentBusyError) as caught:
            InstanceLock(lock_path).acquire()
        assert caught.value.code == "agent_busy"
        assert caught.value.details["pid"] == holder.pid
    finally:
        holder.kill()  # SIGKILL: no clean-up code runs, the kernel drops the lock
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    assert not is_locked(lock_path)
    with InstanceLock(lock_path) as lock:
        assert lock.held and is_locked(lock_path)
    assert not is_locked(lock_path)


def test_two_locks_in_one_process_exclude_each_other(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "agent.lock")
    first.acquire()
    try:
        with pytest.raises(AgentBusyError):
            InstanceLock(tmp_path / "agent.lock").acquire()
    finally:
        first.release()


def test_next_run_is_the_slot_after_the_later_of_last_run_and_anchor() -> None:
    schedule = SyncSchedule(time=time(2, 0), timezone="Europe/Berlin")
    anchor = datetime(2026, 11, 23, 10, 0, tzinfo=ZONE)
    assert next_due(schedule.next_run_after, None, anchor) == datetime(2026, 11, 24, 2, 0, tzinfo=ZONE)
    last = datetime(2026, 11, 24, 2, 0, 5, tzinfo=ZONE)
    assert next_due(schedule.next_run_after, last, anchor) == datetime(2026, 11, 25, 2, 0, tzinfo=ZONE)
    # A schedule changed at 10:00 never fires for the 03:00 slot that lies before the change.
    changed = SyncSchedule(time=time(3, 0), timezone="Europe/Berlin")
    old_run = datetime(2026, 11, 22, 2, 0, tzinfo=ZONE)
    assert next_due(changed.next_run_after, old_run, anchor) == datetime(2026, 11, 24, 3, 0, tzinfo=ZONE)
    assert next_due(None, old_run, anchor) is None


def test_missed_run_detection() -> None:
    schedule = SyncSchedule(time=time(2, 0), timezone="Europe/Berlin")
    last = datetime(2026, 11, 20, 2, 0, tzinfo=ZONE)
    assert missed_run(schedule.next_run_after, last, datetime(2026, 11, 23, 9, 0, tzinfo=ZONE))
    assert not missed_run(schedule.next_run_after, last, datetime(2026, 11, 21, 1, 59, tzinfo=ZONE))
    assert not missed_run(schedule.next_run_after, None, datetime(2026, 11, 23, 9, 0, tzinfo=ZONE))
