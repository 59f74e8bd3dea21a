"""What the admin's part in a run is: shown for review, held for approval, or applied — one pure decision.

The service plans a run, then asks :func:`decide` what to do with the plan; it holds or applies accordingly.
Nothing here reads files, the clock or the network, so every rule is tested with plain data:

- a plan whose directory read cannot be trusted is aborted (approval or not);
- a manual run before the first review was done only shows its plan (the first run is always reviewed);
- a plan over the disable/delete threshold waits for approval, unless an approval covering exactly its
  disables and deletes was given (:func:`approval_covers`) or an admin reviewed it in the window;
- everything else is applied.

A run waiting for the admin is remembered as a :class:`~app.service.statusfile.PendingRun`, made here
(:func:`pending_run`) and looked up here (:func:`waiting_approval`); the plan itself is kept in memory by
:class:`HeldPlans`, so what the admin approves or applies is exactly what they were shown.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.service.backend import PlannedRun
from app.service.statusfile import PendingKind, PendingRun
from app.sync.model import RunMode

# Plans shown to the admin kept in memory, and for how long: an older plan describes a directory that may
# have moved on, so it is made again.
HELD_PLANS = 8
HELD_PLAN_MAX_AGE = timedelta(hours=1)
# A threshold stop remembers the entry keys it showed, up to this many; beyond, a digest of them.
APPROVAL_KEYS_MAX = 20_000
_DIGEST_PREFIX = "sha256:"


class Verdict(StrEnum):
    ABORT = "abort"  # the directory read cannot be trusted: nothing is written
    HOLD_REVIEW = "hold_review"  # shown to the admin, nothing written
    HOLD_APPROVAL = "hold_approval"  # over the threshold: waits for the admin's approval
    APPLY = "apply"


@dataclass(frozen=True)
class Review:
    """An admin's review being carried out: the plan shown (its run id, "" for none) and the entries ticked
    (entry keys or anchors; None: the whole plan, which counts as reviewed only if it is the plan shown)."""

    run_id: str
    selected: set[str] | None


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    # APPLY: whether the threshold is lifted (an approval or an admin's review), and what to apply (None: all).
    approved: bool = False
    selected: set[str] | None = None


def decide(
    planned: PlannedRun,
    *,
    mode: RunMode,
    initial_review_done: bool,
    review: Review | None = None,
    approval: PendingRun | None = None,
    enforce_threshold: bool = False,
    reused: bool = False,
) -> Decision:
    """What to do with ``planned``.

    ``review``: the admin's review being applied; ``approval``: the pending approval being given (already
    checked to be the one waiting, :func:`waiting_approval`); ``enforce_threshold``: a review that does not
    count as approving removals (the command line's ``--yes``); ``reused``: ``planned`` is the very plan the
    admin was shown (not planned again)."""
    if planned.aborted_reason is not None:
        return Decision(Verdict.ABORT)
    if mode is RunMode.MANUAL and review is None and approval is None and not initial_review_done:
        return Decision(Verdict.HOLD_REVIEW)
    # Approval covers exactly the disables and deletes the admin saw (by entry key), not "as many as that":
    # a plan made again with any other one needs an approval of its own.
    approved = approval is not None and approval_covers(approval.keys, planned.removal_keys)
    # An admin's review approves what it ticked (entry keys); "everything" only of the very plan shown.
    reviewed = review is not None and not enforce_threshold and (review.selected is not None or reused)
    if planned.threshold_exceeded and not approved and not reviewed:
        return Decision(Verdict.HOLD_APPROVAL)
    return Decision(Verdict.APPLY, approved=approved or reviewed, selected=review.selected if review else None)


def waiting_approval(pending: PendingRun | None, run_id: str | None) -> PendingRun | None:
    """The pending run if it is run ``run_id`` waiting for approval; None for anything else (no run waits,
    another run waits, or the run waits for review)."""
    if pending is None or run_id is None or pending.run_id != run_id or pending.kind != "approval":
        return None
    return pending


def pending_run(planned: PlannedRun, kind: PendingKind, now: datetime) -> PendingRun:
    """What service.json remembers of a plan held for the admin."""
    approval = kind == "approval"
    return PendingRun(
        run_id=planned.run_id,
        kind=kind,
        created_at=now,
        disables=planned.disables,
        deletes=planned.deletes,
        counts=dict(planned.counts),
        keys=approval_keys(planned.removal_keys) if approval else [],
        reason=planned.stop_reason if approval else "threshold_exceeded",
    )


def approval_keys(removals: frozenset[str]) -> list[str]:
    """What a pending approval remembers of the disables and deletes shown: their entry keys, or for a very
    large stop (which would bloat service.json past what is read back) one digest of them all."""
    keys = sorted(removals)
    if len(keys) <= APPROVAL_KEYS_MAX:
        return keys
    return [_DIGEST_PREFIX + hashlib.sha256("\n".join(keys).encode()).hexdigest()]


def approval_covers(approved: list[str], removals: frozenset[str]) -> bool:
    """Whether an approval of ``approved`` (see :func:`approval_keys`) covers a plan with these removals:
    each of them was shown (a digest: exactly the same ones)."""
    if len(approved) == 1 and approved[0].startswith(_DIGEST_PREFIX):
        return approval_keys(removals) == approved
    return removals <= set(approved)


class HeldPlans:
    """Plans shown to the admin (the Review page, a run waiting for approval), by run id, so Apply or Approve
    carries out exactly the plan shown while it is fresh; the newest :data:`HELD_PLANS` are kept."""

    def __init__(self, clock: Callable[[], datetime]) -> None:
        self._clock = clock
        self._plans: dict[str, tuple[PlannedRun, datetime]] = {}

    def hold(self, planned: PlannedRun) -> None:
        self._plans.pop(planned.run_id, None)
        self._plans[planned.run_id] = (planned, self._clock())
        for old in list(self._plans)[:-HELD_PLANS]:
            del self._plans[old]

    def get(self, run_id: str) -> PlannedRun | None:
        """The plan held for ``run_id`` while it is fresh."""
        held = self._plans.get(run_id)
        if held is None or self._clock() - held[1] > HELD_PLAN_MAX_AGE:
            return None
        return held[0]

    def take(self, run_id: str | None) -> PlannedRun | None:
        """Like :meth:`get`, and the plan is no longer held (it is being carried out)."""
        if run_id is None:
            return None
        planned = self.get(run_id)
        self.drop(run_id)
        return planned

    def drop(self, run_id: str) -> None:
        self._plans.pop(run_id, None)
