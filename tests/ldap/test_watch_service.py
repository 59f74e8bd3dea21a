"""How the agent service turns a change stream into runs, with the stream replaced at its seam
(``watch_factory``) so that bursts and timing are exact: a burst of 500 changes is one run, changes during a
run get one run after it (never alongside), runs waiting for the admin are left alone, and the status says
which DC is watched or why not. The real streams are tested in test_watch.py and tests/e2e/test_watch_ad.py."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.config import AgentConfig, ConfigStore
from app.ldap.watch import DirectoryChange, WatchMethod, WatchState
from app.service.agent import AgentService
from app.service.events import AgentEvent, AgentState, RunFinished, RunStarted
from app.service.statusfile import read_status
from tests.service.test_service_flow import ZONE, Clock, NoAgentApi, Recorder, write_config

pytestmark = pytest.mark.timeout(60)
DC = "dc1.zylker.test"


class FakeWatch:
    """Stands in for ChangeWatch: says it watches, then reports what the test tells it to."""

    def __init__(self, on_change: Callable[[Any], None], on_state: Callable[[Any], None]) -> None:
        self.on_change = on_change
        self.on_state = on_state
        self.running = False

    async def run(self) -> None:
        self.running = True
        self.on_state(WatchState(watching=True, host=DC, method=WatchMethod.AD_NOTIFICATION))
        try:
            await asyncio.Event().wait()
        finally:
            self.running = False


class Harness:
    def __init__(self, tmp_path: Path, recorder: Recorder, clock: Clock | None = None) -> None:
        self.paths_dir = tmp_path / "agent"
        self.events: list[AgentEvent] = []
        self.watches: list[FakeWatch] = []
        from app.paths import AgentPaths

        self.paths = AgentPaths.resolve(self.paths_dir)
        self.paths.ensure()
        self.service = AgentService(
            self.paths,
            on_event=self.events.append,
            heartbeat_interval=3600,
            backend_factory=recorder.factory,
            cloud_factory=lambda config, paths: NoAgentApi(),
            clock=clock if clock is not None else Clock(datetime(2026, 11, 23, 10, 0, tzinfo=ZONE)),
            tick=0.05,
            watch_factory=self.make_watch,
            watch_debounce=(0.3, 1.5),
        )

    def make_watch(self, config: AgentConfig, on_change: Any, on_state: Any) -> FakeWatch:
        watch = FakeWatch(on_change, on_state)
        self.watches.append(watch)
        return watch

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while not predicate():
            assert asyncio.get_running_loop().time() < deadline, f"timed out; events: {self.events[-5:]}"
            await asyncio.sleep(0.01)

    def started(self) -> list[RunStarted]:
        return [e for e in self.events if isinstance(e, RunStarted)]

    def finished(self) -> list[RunFinished]:
        return [e for e in self.events if isinstance(e, RunFinished)]

    async def reviewed_and_watching(self) -> None:
        """Start, settle the first-run review, wait until the DC is watched and the new watch's catch-up (its
        first "watching" counts as a change) has settled, with or without a run."""
        await self.wait_for(lambda: self.service.status().state is AgentState.AWAITING_REVIEW)
        await self.service.apply_reviewed(self.finished()[-1].run_id, None)
        await self.wait_for(lambda: self.service.status().watch_host == DC)
        await self.quiet()

    async def quiet(self) -> None:
        """Until no run has started for longer than the debounce's longest wait and the agent is idle."""
        count = -1
        while count != len(self.started()):
            count = len(self.started())
            await asyncio.sleep(1.6)
            await self.wait_for(lambda: self.service.status().state is AgentState.IDLE)


def test_a_burst_of_500_changes_is_one_run_and_status_names_the_dc(tmp_path: Path) -> None:
    recorder = Recorder()
    h = Harness(tmp_path, recorder)
    write_config(h.paths, dc=DC)

    async def scenario() -> None:
        task = asyncio.create_task(h.service.run())
        await h.reviewed_and_watching()
        status = read_status(h.paths.state_dir)
        assert status is not None and status.watch_host == DC and status.watch_method == "ad_notification"
        before = len(h.started())
        watch = h.watches[-1]
        for index in range(500):
            watch.on_change(DirectoryChange(dn=f"CN=u{index},OU=Sales,DC=zylker,DC=test"))
            if index % 50 == 0:
                await asyncio.sleep(0.01)
        await h.wait_for(lambda: len(h.started()) == before + 1)
        await asyncio.sleep(1.0)  # nothing else follows
        new = h.started()[before:]
        assert [e.mode for e in new] == ["scheduled"]  # the scheduled runs' path: same review and safety rules
        assert h.finished()[-1].outcome == "applied"
        await h.service.stop()
        await task
        assert not watch.running  # the stream ends with the service
        assert read_status(h.paths.state_dir).watch_host is None  # type: ignore[union-attr]

    asyncio.run(scenario())


def test_a_stream_that_never_goes_quiet_still_runs_at_the_longest_wait(tmp_path: Path) -> None:
    recorder = Recorder()
    h = Harness(tmp_path, recorder)
    write_config(h.paths, dc=DC)

    async def scenario() -> None:
        task = asyncio.create_task(h.service.run())
        await h.reviewed_and_watching()
        before = len(h.started())
        loop = asyncio.get_running_loop()
        began = loop.time()
        while len(h.started()) == before:
            h.watches[-1].on_change(DirectoryChange())  # a change every 0.1 s, never 0.3 s of quiet
            await asyncio.sleep(0.1)
            assert loop.time() - began < 5
        assert 1.4 <= loop.time() - began < 3.0
        await h.service.stop()
        await task

    asyncio.run(scenario())


def test_changes_during_a_run_get_one_run_after_it_never_alongside(tmp_path: Path) -> None:
    recorder = Recorder()
    h = Harness(tmp_path, recorder)
    write_config(h.paths, dc=DC)
    active = 0
    most = 0
    original_apply = recorder.apply

    async def counting_apply(*args: Any, **kwargs: Any) -> Any:
        nonlocal active, most
        active += 1
        most = max(most, active)
        try:
            return await original_apply(*args, **kwargs)
        finally:
            active -= 1

    recorder.apply = counting_apply  # type: ignore[method-assign]

    async def scenario() -> None:
        task = asyncio.create_task(h.service.run())
        await h.reviewed_and_watching()
        recorder.apply_delay = 0.15  # a run of about 1.5 s
        before = len(h.started())
        h.watches[-1].on_change(DirectoryChange())
        await h.wait_for(lambda: len(h.started()) == before + 1)
        for _ in range(10):  # changes while that run applies
            h.watches[-1].on_change(DirectoryChange())
            await asyncio.sleep(0.05)
        await h.wait_for(lambda: len(h.finished()) >= 3 and len(h.started()) == before + 2, timeout=10)
        await asyncio.sleep(1.0)
        assert len(h.started()) == before + 2
        assert most == 1
        await h.service.stop()
        await task

    asyncio.run(scenario())


def test_a_run_waiting_for_approval_is_not_replaced_by_change_runs(tmp_path: Path) -> None:
    recorder = Recorder()
    h = Harness(tmp_path, recorder)
    write_config(h.paths, dc=DC)

    async def scenario() -> None:
        task = asyncio.create_task(h.service.run())
        await h.reviewed_and_watching()
        recorder.disables = 10  # over the threshold
        h.watches[-1].on_change(DirectoryChange())
        await h.wait_for(lambda: h.service.status().state is AgentState.AWAITING_APPROVAL)
        waiting = h.service.status().pending_run_id
        plans = len(recorder.plans)
        for _ in range(3):
            h.watches[-1].on_change(DirectoryChange())
            await asyncio.sleep(0.5)
        assert len(recorder.plans) == plans
        assert h.service.status().pending_run_id == waiting
        await h.service.stop()
        await task

    asyncio.run(scenario())


def test_watching_turned_off_is_said_and_turning_it_on_starts_a_watch(tmp_path: Path) -> None:
    recorder = Recorder()
    h = Harness(tmp_path, recorder)
    write_config(h.paths, dc=DC)
    store = ConfigStore(h.paths.config_file)
    config = store.load()
    store.save(config.model_copy(update={"sync": config.sync.model_copy(update={"watch_changes": False})}))

    async def scenario() -> None:
        task = asyncio.create_task(h.service.run())
        await h.wait_for(lambda: h.service.status().watch_reason == "watch_off")
        assert h.watches == [] and h.service.status().watch_host is None
        current = store.load()
        store.save(current.model_copy(update={"sync": current.sync.model_copy(update={"watch_changes": True})}))
        h.service.reload()
        await h.wait_for(lambda: h.service.status().watch_host == DC)
        assert len(h.watches) == 1
        await h.service.stop()
        await task

    asyncio.run(scenario())


def test_a_new_watch_catches_up_once_when_it_first_watches(tmp_path: Path) -> None:
    """What changed while nothing watched (the agent stopped, the watch turned off) is nobody's notification:
    a new watch's first "watching" is one change, so one delta run reads it; reconnects of that watch are not
    (they catch up by the stream's watermark)."""
    recorder = Recorder()
    h = Harness(tmp_path, recorder)
    write_config(h.paths, dc=DC)
    store = ConfigStore(h.paths.config_file)

    def watch_changes(on: bool) -> None:
        current = store.load()
        store.save(current.model_copy(update={"sync": current.sync.model_copy(update={"watch_changes": on})}))
        h.service.reload()

    async def scenario() -> None:
        task = asyncio.create_task(h.service.run())
        await h.reviewed_and_watching()
        watch_changes(False)
        await h.wait_for(lambda: h.service.status().watch_reason == "watch_off")
        await h.quiet()
        before = len(h.started())
        watch_changes(True)
        await h.wait_for(lambda: h.service.status().watch_host == DC)
        await h.wait_for(lambda: len(h.started()) == before + 1)
        await h.quiet()
        assert len(h.started()) == before + 1
        # The same watch saying again that it watches (a reconnect) is no change.
        h.watches[-1].on_state(WatchState(watching=False, host=DC, reason="timeout"))
        h.watches[-1].on_state(WatchState(watching=True, host=DC, method=WatchMethod.AD_NOTIFICATION))
        await h.quiet()
        assert len(h.started()) == before + 1
        await h.service.stop()
        await task

    asyncio.run(scenario())
