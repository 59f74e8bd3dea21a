"""Wall-clock jumps during a watch (NTP stepping a clock, a VM resumed, an admin's correction). A real server
cannot move the agent's clock, so the service's clock is the test's (the stream is the FakeWatch seam of
test_watch_service.py). The debounce and the watch's back-off wait on the monotonic clock, so a jump never
fires a burst's run early nor holds it back; the schedule's next slot is recomputed from the clock as it is
now: forward over a slot is one overdue run, back is no run at all, and no jump makes a storm of runs."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.ldap.watch import DirectoryChange
from app.service.schedule import next_due
from app.sync.settings import SyncSchedule
from tests.ldap.test_watch_service import DC, Harness
from tests.service.test_service_flow import ZONE, Clock, Recorder, write_config

pytestmark = pytest.mark.timeout(60)
QUIET, LONGEST = 0.3, 1.5  # the Harness's debounce


async def burst_across_a_jump(h: Harness, clock: Clock, jump: timedelta) -> float:
    """Changes every 0.1 s for 0.6 s with the wall clock moved by ``jump`` halfway; returns the monotonic
    time of the last change."""
    watch = h.watches[-1]
    for index in range(6):
        if index == 3:
            clock.now += jump
        watch.on_change(DirectoryChange(dn=f"CN=u{index},OU=Sales,DC=zylker,DC=test"))
        await asyncio.sleep(0.1)
    return time.monotonic()


def test_wall_clock_jumps_during_a_watch_neither_miss_nor_storm_runs(tmp_path: Path) -> None:
    recorder = Recorder()
    clock = Clock(datetime(2026, 11, 23, 1, 30, tzinfo=ZONE))  # the schedule: daily at 02:00 UTC
    h = Harness(tmp_path, recorder, clock)
    write_config(h.paths, dc=DC)

    def next_run() -> datetime | None:
        return h.service.status().next_run

    async def settled_runs(before: int) -> int:
        """Runs started since ``before`` once nothing has started for longer than the longest wait."""
        count = len(h.started())
        while True:
            await asyncio.sleep(LONGEST + 0.5)
            if len(h.started()) == count:
                return count - before
            count = len(h.started())

    async def scenario() -> None:
        task = asyncio.create_task(h.service.run())
        await h.reviewed_and_watching()
        await h.wait_for(lambda: next_run() == datetime(2026, 11, 23, 2, 0, tzinfo=ZONE))

        # Forward an hour, over the 02:00 slot, in the middle of a burst: the slot is one run, the burst one more
        # (after it, never alongside).
        before = len(h.started())
        await burst_across_a_jump(h, clock, timedelta(hours=1))
        forward = await settled_runs(before)
        assert 1 <= forward <= 2, h.started()[before:]
        assert next_run() == datetime(2026, 11, 24, 2, 0, tzinfo=ZONE)

        # Back an hour in the middle of a burst: one run for the burst, after the quiet spell measured on the
        # monotonic clock (a wall-clock debounce would wait an hour), and no scheduled run.
        before = len(h.started())
        last_change = await burst_across_a_jump(h, clock, timedelta(hours=-1))
        await h.wait_for(lambda: len(h.started()) > before, timeout=LONGEST + 2)
        waited = time.monotonic() - last_change
        assert waited <= LONGEST + 1.0, waited
        assert await settled_runs(before) == 1, h.started()[before:]
        due = next_run()
        assert due is not None and clock.now < due <= clock.now + timedelta(days=1, hours=1), (clock.now, due)

        # A quiet directory and a clock that stands still: nothing runs.
        before = len(h.started())
        await asyncio.sleep(LONGEST + 0.5)
        assert len(h.started()) == before

        # The next slot comes by on the wall clock: exactly one run, and the one after is a day later.
        clock.now = due + timedelta(seconds=1)
        assert await settled_runs(before) == 1, h.started()[before:]
        assert next_run() == due + timedelta(days=1)
        print(f"\nclock jumps: forward over a slot {forward} run(s), back 1 run, next slot {due:%Y-%m-%d %H:%M}")

        await h.service.stop()
        await task

    asyncio.run(scenario())


def test_a_clock_corrected_back_by_a_year_keeps_the_schedule_going() -> None:
    """The last run was stamped by a clock a year ahead; corrected, the schedule counts from now, not from a
    last run a year in the future (which would hold back every slot for a year)."""
    schedule = SyncSchedule(time=datetime(2026, 1, 1, 2, 0).time(), timezone="UTC")
    now = datetime(2026, 11, 23, 10, 0, tzinfo=ZONE)
    ahead = now + timedelta(days=365)
    assert next_due(schedule.next_run_after, ahead, ahead, now=now) == datetime(2026, 11, 24, 2, 0, tzinfo=ZONE)
    # Without a jump nothing changes: the slot after the last run.
    earlier = now - timedelta(hours=1)
    assert next_due(schedule.next_run_after, earlier, earlier, now=now) == datetime(2026, 11, 24, 2, 0, tzinfo=ZONE)
    # A clock an hour ahead, corrected: the slot after now.
    assert next_due(schedule.next_run_after, now + timedelta(hours=1), now, now=now) == datetime(
        2026, 11, 24, 2, 0, tzinfo=ZONE
    )
    before_slot = datetime(2026, 11, 24, 1, 30, tzinfo=ZONE)
    assert next_due(schedule.next_run_after, before_slot + timedelta(hours=1), before_slot, now=before_slot) == (
        datetime(2026, 11, 24, 2, 0, tzinfo=ZONE)
    )
