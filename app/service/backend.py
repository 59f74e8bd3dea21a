"""The seams between the agent service and the pieces it drives.

The service orchestrates; it does not read directories, plan or call SCIM itself. It sees two things,
both built from one loaded configuration and rebuilt on reload:

- :class:`SyncBackend`: plan a run (directory read + cloud read + planner) and apply a plan (journaled
  applier). The production implementation wraps the sync engine (:mod:`app.service.wiring`).
- :class:`CloudLink`: the signed-in connection to the tenant: token refresh, heartbeat to the agent API,
  clock skew, change of owner.

Tests inject their own factories only for faults real servers will not produce on demand; the
end-to-end tests use the production wiring against the Samba DC and the sandbox tenant.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from app.cloud.agentapi import HeartbeatReport, Owner
from app.cloud.deviceflow import TokenSet
from app.config import AgentConfig
from app.paths import AgentPaths
from app.service.events import RunOutcome
from app.sync.model import Plan, RunMode, SafetyCode
from app.sync.settings import SyncSettings

ProgressFn = Callable[[str, int, int], None]
"""``progress(phase, done, total)``; phase is "reading", "planning" or "applying"."""


@dataclass
class PlannedRun:
    """A plan plus what the service needs to decide about it."""

    run_id: str
    plan: Plan
    counts: dict[str, int]
    disables: int = 0
    deletes: int = 0
    threshold_exceeded: bool = False
    aborted_reason: str | None = None  # e.g. an empty or sharply shrunken source: nothing may be written
    full: bool = False
    # How the directory read found deletions (``dirsync``, ``tombstones``: at once; ``presence``: only when
    # the anchors in scope are listed, on the ``presence_check_minutes`` cadence); None when not known.
    deletion_detection: str | None = None

    @property
    def removal_keys(self) -> frozenset[str]:
        """Entry keys of the plan's disables and deletes: exactly what a threshold approval covers."""
        return self.plan.removal_keys()

    @property
    def stop_reason(self) -> str:
        """Why the plan waits for approval: its safety code (``threshold_exceeded`` when it has none)."""
        code = self.plan.safety.code
        return code.value if code is not SafetyCode.OK else SafetyCode.THRESHOLD_EXCEEDED.value

    @property
    def abort_details(self) -> dict[str, Any]:
        """What the words for ``aborted_reason`` need: for objects no longer visible, how many and where."""
        safety = self.plan.safety
        if not safety.not_visible_ous:
            return {}
        return {"count": safety.not_visible, "ous": list(safety.not_visible_ous)}


@dataclass
class AppliedRun:
    """What applying a plan did. ``interrupted``: the engine recorded the run as stopped or aborted, or the
    service's stop cancelled it; ``error``: the first failed object's error code."""

    run_id: str
    counts: dict[str, int]
    changed: int
    failed: int = 0
    interrupted: bool = False
    error: str | None = None


def run_outcome(result: AppliedRun) -> tuple[RunOutcome, str | None]:
    """The one mapping from what the engine recorded of an applied run (its history's
    :class:`app.sync.state.RunStatus`, as :class:`AppliedRun` carries it) to the outcome the service reports,
    with its error code:

    ===================================================  ==============================================
    engine ``RunStatus``                                 :class:`RunOutcome` (error)
    ===================================================  ==============================================
    ``completed``, something written                     ``applied``
    ``completed``, nothing to write                      ``no_changes``
    ``partial`` (some objects failed)                    ``failed`` (the first error, or objects_failed)
    ``stopped`` / ``aborted`` / cancelled by a stop      ``aborted`` (``stopped``)
    ===================================================  ==============================================

    The other outcomes are the service's own, before anything is applied: ``awaiting_review`` /
    ``awaiting_approval`` (a plan held for the admin), ``aborted`` with the safety code (an untrustworthy
    directory read) and ``failed`` with the error's code (planning or applying raised).
    """
    if result.interrupted:
        return RunOutcome.ABORTED, "stopped"
    if result.failed:
        return RunOutcome.FAILED, result.error or "objects_failed"
    return (RunOutcome.NO_CHANGES if result.changed == 0 else RunOutcome.APPLIED), None


class SyncBackend(Protocol):
    async def plan(
        self,
        *,
        run_id: str,
        mode: RunMode,
        force_full: bool,
        settings: SyncSettings | None,
        progress: ProgressFn,
    ) -> PlannedRun:
        """Plan a run (with ``settings`` instead of the configured ones: a preview of proposed settings).
        Full or delta is the engine's decision unless ``force_full``."""
        ...

    async def apply(
        self,
        planned: PlannedRun,
        *,
        selected_anchors: set[str] | None,
        approved: bool,
        progress: ProgressFn,
        stop: asyncio.Event,
    ) -> AppliedRun: ...

    def managed_counts(self) -> dict[str, int]:
        """``{"users": n, "groups": m}``: what the agent manages in the tenant (the heartbeat reports it)."""
        ...

    async def aclose(self) -> None: ...


class CloudLink(Protocol):
    @property
    def clock_skew(self) -> float | None: ...

    @property
    def has_agent_api(self) -> bool: ...

    async def check_sign_in(self) -> None:
        """Make sure an access token can be had (refreshing it); raises SignInExpiredError / TenantUnreachableError."""
        ...

    async def heartbeat(self, report: HeartbeatReport) -> None: ...

    async def change_owner(self, tokens: TokenSet) -> Owner:
        """Hand the agent to the admin who signed in with ``tokens`` (their device-code sign-in); returns the
        new owner as the agent API names them (empty without one). The new refresh token replaces the old."""
        ...

    async def aclose(self) -> None: ...


BackendFactory = Callable[[AgentConfig, AgentPaths], SyncBackend]
CloudFactory = Callable[[AgentConfig, AgentPaths], CloudLink]
