"""The admin's part in a run, as plain data in and a decision out (app/service/review.py): what is aborted,
shown for review, held for approval or applied, and exactly which approval covers which plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.service.backend import PlannedRun
from app.service.review import (
    HELD_PLAN_MAX_AGE,
    HELD_PLANS,
    HeldPlans,
    Review,
    Verdict,
    decide,
    pending_run,
    waiting_approval,
)
from app.service.statusfile import PendingRun
from app.sync.model import (
    ObjectKind,
    Plan,
    PlanCategory,
    PlanEntry,
    ReadKind,
    Reason,
    ReasonCode,
    RunMode,
    SafetyCode,
    SafetyStatus,
    SafetyVerdict,
)

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def disable(anchor: str) -> PlanEntry:
    return PlanEntry(
        PlanCategory.DISABLE, ObjectKind.USER, anchor, f"cloud-{anchor}", anchor, Reason(ReasonCode.LEFT_SCOPE)
    )


def planned(*anchors: str, status: SafetyStatus = SafetyStatus.OK, code: SafetyCode = SafetyCode.OK) -> PlannedRun:
    entries = tuple(disable(a) for a in anchors)
    plan = Plan(RunMode.SCHEDULED, ReadKind.DELTA, entries, SafetyVerdict(status, code, disables=len(entries)))
    return PlannedRun(
        run_id="r1",
        plan=plan,
        counts=plan.counts(),
        disables=len(entries),
        threshold_exceeded=status is SafetyStatus.STOP,
        aborted_reason=code.value if status is SafetyStatus.ABORT else None,
    )


def over_threshold(*anchors: str) -> PlannedRun:
    return planned(*anchors, status=SafetyStatus.STOP, code=SafetyCode.THRESHOLD_EXCEEDED)


def approval_of(run: PlannedRun) -> PendingRun:
    return pending_run(run, "approval", NOW)


def test_an_untrustworthy_read_is_aborted_whatever_the_admin_said() -> None:
    run = planned("a", status=SafetyStatus.ABORT, code=SafetyCode.SOURCE_EMPTY)
    for review in (None, Review("r1", {"user:a:disable"})):
        decision = decide(run, mode=RunMode.MANUAL, initial_review_done=True, review=review)
        assert decision.verdict is Verdict.ABORT


def test_the_first_run_is_shown_for_review_and_scheduled_runs_are_not_held() -> None:
    run = planned("a")
    assert decide(run, mode=RunMode.MANUAL, initial_review_done=False).verdict is Verdict.HOLD_REVIEW
    assert decide(run, mode=RunMode.MANUAL, initial_review_done=True).verdict is Verdict.APPLY
    applied = decide(run, mode=RunMode.MANUAL, initial_review_done=False, review=Review("r1", {"user:a:disable"}))
    assert (applied.verdict, applied.selected) == (Verdict.APPLY, {"user:a:disable"})


@pytest.mark.parametrize("mode", [RunMode.SCHEDULED, RunMode.MANUAL])
def test_over_the_threshold_waits_until_an_approval_covers_exactly_what_was_shown(mode: RunMode) -> None:
    shown = over_threshold("a", "b")
    assert decide(shown, mode=mode, initial_review_done=True).verdict is Verdict.HOLD_APPROVAL
    approval = approval_of(shown)
    fewer = decide(over_threshold("a"), mode=mode, initial_review_done=True, approval=approval)
    assert (fewer.verdict, fewer.approved) == (Verdict.APPLY, True)
    other = decide(over_threshold("a", "c"), mode=mode, initial_review_done=True, approval=approval)
    assert other.verdict is Verdict.HOLD_APPROVAL


def test_an_admins_review_approves_what_it_ticked_but_not_the_command_lines_yes() -> None:
    run = over_threshold("a", "b")
    ticked = decide(run, mode=RunMode.MANUAL, initial_review_done=True, review=Review("r1", {"user:a:disable"}))
    assert (ticked.verdict, ticked.approved) == (Verdict.APPLY, True)
    # "Everything" counts only for the very plan the admin was shown, not one planned again.
    same = decide(run, mode=RunMode.MANUAL, initial_review_done=True, review=Review("r1", None), reused=True)
    assert (same.verdict, same.approved, same.selected) == (Verdict.APPLY, True, None)
    again = decide(run, mode=RunMode.MANUAL, initial_review_done=True, review=Review("r1", None))
    assert again.verdict is Verdict.HOLD_APPROVAL
    yes = decide(run, mode=RunMode.MANUAL, initial_review_done=False, review=Review("", None), enforce_threshold=True)
    assert yes.verdict is Verdict.HOLD_APPROVAL


def test_only_the_run_waiting_for_approval_can_be_approved() -> None:
    run = over_threshold("a")
    approval = approval_of(run)
    assert approval.keys == ["user:a:disable"] and approval.reason == "threshold_exceeded"
    assert waiting_approval(approval, "r1") is approval
    assert waiting_approval(approval, "r2") is None
    assert waiting_approval(None, "r1") is None
    assert waiting_approval(pending_run(run, "review", NOW), "r1") is None
    # A review remembers no keys: it pre-approves nothing.
    assert pending_run(run, "review", NOW).keys == []


def test_a_plan_shown_is_carried_out_only_while_fresh_and_among_the_newest() -> None:
    now = [NOW]
    held = HeldPlans(lambda: now[0])
    runs = [replace(planned("a"), run_id=f"r{i}") for i in range(HELD_PLANS + 1)]
    for run in runs:
        held.hold(run)
    assert held.get("r0") is None  # the oldest made room
    assert held.get("r1") is runs[1]
    now[0] += HELD_PLAN_MAX_AGE + timedelta(seconds=1)
    assert held.take("r2") is None  # an hour on, the directory may have moved on: plan again
    now[0] = NOW
    assert held.get("r2") is None  # and taking it let it go
    assert held.take("r3") is runs[3] and held.get("r3") is None
