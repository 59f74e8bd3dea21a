"""The service's decisions, with the engine replaced at its seam (``backend_factory``) by a recorder.

What is checked is what an admin would notice: the first run waits for review and applies only the
selection, later scheduled runs apply by themselves, a run over the threshold waits for approval, a
changed configuration is picked up without restart, and stop() lets the apply reach a checkpoint.
The cloud link is not under test here (see test_service_cloud.py), so it is the no-agent-API kind.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.cloud.agentapi import HeartbeatReport, Owner
from app.cloud.deviceflow import TokenSet
from app.config import AgentConfig, ConfigStore, TenantSettings
from app.paths import AgentPaths
from app.service import review
from app.service.agent import AgentService
from app.service.backend import AppliedRun, PlannedRun, ProgressFn
from app.service.events import (
    AgentEvent,
    AgentState,
    ApprovalNeeded,
    RunFinished,
    RunProgress,
    RunStarted,
)
from app.service.statusfile import ServiceStateStore, read_status
from app.sync.model import Plan, ReadKind, RunMode, SafetyCode, SafetyStatus, SafetyVerdict
from app.sync.settings import SyncSchedule, SyncSettings
from tests.service.agent_setup import offline_ldap_settings

ZONE = ZoneInfo("UTC")
pytestmark = pytest.mark.timeout(60)


@dataclass
class Recorder:
    """Plans ``counts`` (and a threshold verdict when told), records every apply."""

    disables: int = 0
    plans: list[dict[str, Any]] = field(default_factory=list)
    applies: list[dict[str, Any]] = field(default_factory=list)
    configs: list[AgentConfig] = field(default_factory=list)
    apply_delay: float = 0.0
    stop_seen: bool = False

    def factory(self, config: AgentConfig, paths: AgentPaths) -> Recorder:
        self.configs.append(config)
        return self

    async def plan(
        self, *, run_id: str, mode: RunMode, force_full: bool, settings: SyncSettings | None, progress: ProgressFn
    ) -> PlannedRun:
        progress("reading", 0, 1)
        self.plans.append({"run_id": run_id, "mode": mode, "full": force_full})
        counts = {"user.new": 2, "user.disable": self.disables}
        over = self.disables > 5
        safety = SafetyVerdict(
            SafetyStatus.STOP if over else SafetyStatus.OK,
            SafetyCode.THRESHOLD_EXCEEDED if over else SafetyCode.OK,
            disables=self.disables,
        )
        return PlannedRun(
            run_id=run_id,
            plan=Plan(mode, ReadKind.FULL if force_full else ReadKind.DELTA, (), safety),
            counts=counts,
            disables=self.disables,
            threshold_exceeded=self.disables > 5,
            full=force_full,
        )

    async def apply(
        self,
        planned: PlannedRun,
        *,
        selected_anchors: set[str] | None,
        approved: bool,
        progress: ProgressFn,
        stop: asyncio.Event,
    ) -> AppliedRun:
        self.applies.append({"run_id": planned.run_id, "selected": selected_anchors, "approved": approved})
        done = 0
        for done in range(1, 11):
            if stop.is_set():
                self.stop_seen = True
                return AppliedRun(planned.run_id, {"user.created": done - 1}, done - 1, interrupted=True)
            await asyncio.sleep(self.apply_delay)
            progress("applying", done, 10)
        return AppliedRun(planned.run_id, {"user.created": 2}, 2)

    def managed_counts(self) -> dict[str, int]:
        return {}

    async def aclose(self) -> None:
        pass


class NoAgentApi:
    """A tenant without the agent API: nothing to heartbeat to, status stays local."""

    clock_skew = None
    has_agent_api = False

    async def check_sign_in(self) -> None:
        pass

    async def heartbeat(self, report: HeartbeatReport) -> None:
        raise AssertionError("no agent API")

    async def change_owner(self, tokens: TokenSet) -> Owner:
        return Owner()

    async def aclose(self) -> None:
        pass


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def write_config(paths: AgentPaths, *, dc: str = "dc1.zylker.test") -> None:
    config = AgentConfig(
        device_name="TEST-AGENT",
        tenant=TenantSettings(
            tenant_url="https://tenant.invalid", issuer="https://tenant.invalid", client_id="c", scim_base_url="x"
        ),
        ldap=offline_ldap_settings().model_copy(update={"domain_controllers": [dc]}),
        sync=SyncSettings(schedule=SyncSchedule(time=time(2, 0), timezone="UTC")),
    )
    ConfigStore(paths.config_file).save(config)


class Harness:
    def __init__(self, tmp_path: Path, clock: Clock, recorder: Recorder) -> None:
        self.paths = AgentPaths.resolve(tmp_path / "agent")
        self.paths.ensure()
        self.events: list[AgentEvent] = []
        self.service = AgentService(
            self.paths,
            on_event=self.events.append,
            heartbeat_interval=3600,
            backend_factory=recorder.factory,
            cloud_factory=lambda config, paths: NoAgentApi(),
            clock=clock,
            tick=0.05,
        )
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self.task = asyncio.create_task(self.service.run())

    async def stop(self) -> None:
        await self.service.stop()
        assert self.task is not None
        await self.task

    async def wait_for(self, predicate: Any, timeout: float = 5.0) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while not predicate():
            assert asyncio.get_running_loop().time() < deadline, f"timed out; events: {self.events[-5:]}"
            await asyncio.sleep(0.01)

    def finished(self) -> list[RunFinished]:
        return [e for e in self.events if isinstance(e, RunFinished)]


def test_first_run_waits_for_review_then_applies_selection_then_schedule_applies(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 11, 23, 10, 0, tzinfo=ZONE))
    recorder = Recorder()
    h = Harness(tmp_path, clock, recorder)
    write_config(h.paths)

    async def scenario() -> None:
        await h.start()
        await h.wait_for(lambda: h.service.status().state is AgentState.AWAITING_REVIEW)
        assert recorder.applies == []
        first = h.finished()[-1]
        assert first.outcome == "awaiting_review" and first.counts["user.new"] == 2
        status = read_status(h.paths.state_dir)
        assert status is not None and status.state is AgentState.AWAITING_REVIEW
        assert status.pending_run_id == first.run_id

        # A scheduled slot passing while awaiting review writes nothing.
        clock.now = datetime(2026, 11, 24, 2, 0, 1, tzinfo=ZONE)
        await asyncio.sleep(0.2)
        assert recorder.applies == []

        await h.service.apply_reviewed(first.run_id, {"a1"})
        # The reviewed plan is 16 hours old by now: the service plans again and applies the selection to it.
        assert len(recorder.plans) == 2
        assert recorder.applies == [{"run_id": recorder.plans[1]["run_id"], "selected": {"a1"}, "approved": True}]
        assert h.finished()[-1].outcome == "applied"
        assert h.service.status().state is AgentState.IDLE
        assert h.service.status().next_run == datetime(2026, 11, 25, 2, 0, tzinfo=ZONE)

        # The next slot: a scheduled run applies without review.
        clock.now = datetime(2026, 11, 25, 2, 0, 5, tzinfo=ZONE)
        await h.wait_for(lambda: len(recorder.applies) == 2)
        await h.wait_for(lambda: h.finished()[-1].outcome == "applied")
        assert recorder.applies[1]["selected"] is None and recorder.applies[1]["approved"] is False
        assert [e.mode for e in h.events if isinstance(e, RunStarted)][-1] == "scheduled"
        phases = {e.phase for e in h.events if isinstance(e, RunProgress)}
        assert {"reading", "applying"} <= phases
        await h.stop()

    asyncio.run(scenario())
    saved = ServiceStateStore(h.paths.state_dir).load()
    assert saved.initial_review_done and saved.pending is None
    # Full or delta is the engine's decision (tests/sync/test_engine_scim.py): the service forces no full read.
    assert [p["full"] for p in recorder.plans] == [False, False, False]


def test_threshold_stop_waits_for_approval_and_missed_run_runs_at_start(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 11, 23, 10, 0, tzinfo=ZONE))
    recorder = Recorder(disables=40)
    h = Harness(tmp_path, clock, recorder)
    write_config(h.paths)
    store = ServiceStateStore(h.paths.state_dir)
    saved = store.load()
    saved.initial_review_done = True
    saved.last_run_started = datetime(2026, 11, 21, 2, 0, tzinfo=ZONE)  # the 22nd and 23rd 02:00 were missed
    store.save(saved)

    async def scenario() -> None:
        await h.start()
        await h.wait_for(lambda: h.service.status().state is AgentState.AWAITING_APPROVAL)
        assert len(recorder.plans) == 1 and recorder.plans[0]["mode"] == "scheduled"
        needed = [e for e in h.events if isinstance(e, ApprovalNeeded)]
        assert len(needed) == 1 and needed[0].disables == 40
        assert recorder.applies == []
        await h.service.approve(needed[0].run_id)
        assert recorder.applies == [{"run_id": needed[0].run_id, "selected": None, "approved": True}]
        assert h.service.status().state is AgentState.IDLE

        # sync now on a configured agent applies, unless over the threshold again.
        h.service.sync_now()
        await h.wait_for(lambda: len([e for e in h.events if isinstance(e, ApprovalNeeded)]) == 2)
        again = [e for e in h.events if isinstance(e, ApprovalNeeded)][-1]
        await h.service.reject(again.run_id)
        assert h.service.status().state is AgentState.IDLE
        recorder.disables = 0
        h.service.sync_now()
        await h.wait_for(lambda: len(recorder.applies) == 2)
        await h.stop()

    asyncio.run(scenario())


def test_changed_config_is_picked_up_without_restart_and_stop_checkpoints(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 11, 23, 10, 0, tzinfo=ZONE))
    recorder = Recorder(apply_delay=0.2)
    h = Harness(tmp_path, clock, recorder)
    write_config(h.paths)
    store = ServiceStateStore(h.paths.state_dir)
    saved = store.load()
    saved.initial_review_done = True
    store.save(saved)

    async def scenario() -> None:
        await h.start()
        await h.wait_for(lambda: h.service.status().state is AgentState.IDLE)
        assert recorder.configs[-1].ldap.domain_controllers == ["dc1.zylker.test"]
        # Another process (the settings window) saves a new domain controller.
        await asyncio.sleep(0.05)
        write_config(h.paths, dc="dc2.zylker.test")
        await h.wait_for(lambda: len(recorder.configs) == 2)
        assert recorder.configs[-1].ldap.domain_controllers == ["dc2.zylker.test"]
        await h.wait_for(lambda: h.service.status().domain_controllers == ["dc2.zylker.test"])
        # reload() does the same on request.
        h.service.reload()
        await h.wait_for(lambda: len(recorder.configs) == 3)

        h.service.sync_now()
        await h.wait_for(lambda: any(isinstance(e, RunProgress) and e.phase == "applying" for e in h.events))
        await h.stop()

    asyncio.run(scenario())
    assert recorder.stop_seen
    assert h.finished()[-1].outcome == "aborted" and h.finished()[-1].error == "stopped"
    status = read_status(h.paths.state_dir)
    assert status is not None and status.state is AgentState.STOPPED
    assert json.loads((h.paths.state_dir / "status.json").read_text())["state"] == "stopped"


def test_an_approval_covers_exactly_the_entries_shown_even_too_many_to_list(monkeypatch: pytest.MonkeyPatch) -> None:
    shown = frozenset(f"user:{i}:disable" for i in range(5))
    other = "user:9:disable"
    listed = review.approval_keys(shown)
    assert listed == sorted(shown)
    assert review.approval_covers(listed, shown - {"user:0:disable"})  # fewer, all of them shown
    assert not review.approval_covers(listed, (shown - {"user:0:disable"}) | {other})  # as many, one never shown
    # A stop too large to list in service.json keeps a digest: only the very same set is covered.
    monkeypatch.setattr(review, "APPROVAL_KEYS_MAX", 3)
    digest = review.approval_keys(shown)
    assert len(digest) == 1 and digest[0].startswith("sha256:")
    assert review.approval_covers(digest, shown)
    assert not review.approval_covers(digest, (shown - {"user:0:disable"}) | {other})
