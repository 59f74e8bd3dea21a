"""The sync engine: reads the directory and the tenant, plans (pure), applies (journaled), records history.

Usage by the agent service::

    engine = SyncEngine(state, source, target, settings, owner)
    plan = await engine.plan_run(RunMode.SCHEDULED)           # full or delta read, decided here
    if engine.review_required(plan):                          # first run, or a manual run: show the plan
        ...                                                   # the admin picks entry keys
    result = await engine.apply(plan, selection=keys, approved=False, on_progress=cb)

Full vs delta is decided here and nowhere else (:meth:`SyncEngine.full_read_reason`; the agent service only
passes ``force_full`` when an admin asks for a full read): a full read happens when there are no watermarks
yet, ``force_full`` is set, the last full run is older than ``settings.full_sync_interval_days``, or the
scope/mapping fingerprints or the directory's base DN differ from those of the last full run; otherwise the
source is asked for a delta, and answers None when it cannot (unknown DC invocationId, …), which falls back
to a full read; the reason is then the source's own code when it gives one (:class:`ExplainsFullRead`),
else ``delta_unavailable``, and :attr:`SyncEngine.read_reason` keeps it for the last plan. All of it is kept
in the state store's ``meta`` table.

Watermarks read with a plan are stored only after that plan was applied without failures, so changes of
a partially failed run are read again next time. An interrupted run (process ended mid-apply) is
reconciled before the next plan: creates whose answer never came are looked up by externalId and
recorded, and the run is marked ``interrupted`` in the history.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.errors import SyncError
from app.sync.applier import BreakerPolicy, PlanApplier, ProgressCallback, RunResult
from app.sync.model import (
    CloudObject,
    CloudSnapshot,
    LedgerDns,
    ObjectKind,
    Owner,
    Plan,
    PlanCategory,
    ReadKind,
    RunMode,
    SafetyStatus,
    SourceObject,
    SourceSnapshot,
    SyncState,
)
from app.sync.planner import build_resource
from app.sync.planner import plan as make_plan
from app.sync.ports import CloudTarget, DeltaRequest, DirectorySource, ExplainsFullRead, SourceRead, Watermark
from app.sync.settings import SyncSettings
from app.sync.state import JournalStatus, RunStatus, StateStore

log = logging.getLogger(__name__)

META_LAST_FULL = "last_full_run"
META_SCOPE = "scope_fingerprint"
META_MAPPING = "mapping_fingerprint"
META_BASE_DN = "base_dn"
META_APPLIED = "applied_runs"
_PENDING_PLANS = 8
_RECONCILE_LOOKUPS = 64


class FullReadReason:
    """Why a run reads everything (a code, for logs and the status window)."""

    FORCED = "forced"
    FIRST = "first_run"
    SCOPE_CHANGED = "scope_changed"  # the scope settings, or the base DN the directory is read under
    MAPPING_CHANGED = "mapping_changed"
    INTERVAL = "interval"
    NO_DELTA = "delta_unavailable"


@contextlib.contextmanager
def _long_lived_kept_out_of_collections() -> Iterator[None]:
    """The plan, the snapshots and the ledger copies live through the whole apply, and the collector's full
    passes would walk them again each time the requests' allocations trigger one (a cost that grows with the
    directory: 0.32 s of a 10k-user full sync, 0.16 s with them set aside). Set aside for the apply, handed
    back to the collector after it."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@dataclass(frozen=True, slots=True)
class _Pending:
    watermarks: tuple[Watermark, ...]


class SyncEngine:
    def __init__(
        self,
        state: StateStore,
        source: DirectorySource,
        target: CloudTarget,
        settings: SyncSettings,
        owner: Owner | None = None,
        *,
        concurrency: int = 8,
        breaker: BreakerPolicy | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        base_dn: str | None = None,
    ) -> None:
        self.state = state
        self.source = source
        self.target = target
        self.settings = settings
        self.owner = owner or Owner()
        self.concurrency = concurrency
        self.breaker = breaker
        self._clock = clock
        # Where the source reads (the connection's base DN): part of the scope, though not of the sync settings.
        self.base_dn = base_dn
        self._pending: dict[int, _Pending] = {}
        # Why the last planned run read the whole directory (a FullReadReason or the source's own code),
        # None when it was a delta read.
        self.read_reason: str | None = None

    # --- planning -----------------------------------------------------------------------------------------

    def full_read_reason(self, force_full: bool = False) -> str | None:
        """None when a delta read is allowed, else the reason for a full one."""
        if force_full:
            return FullReadReason.FORCED
        last = self.state.get_meta(META_LAST_FULL)
        if last is None or not self.state.watermarks():
            return FullReadReason.FIRST
        if self.state.get_meta(META_SCOPE) != self.settings.scope_fingerprint():
            return FullReadReason.SCOPE_CHANGED
        if self.base_dn is not None and self.state.get_meta(META_BASE_DN) != self.base_dn:
            return FullReadReason.SCOPE_CHANGED
        if self.state.get_meta(META_MAPPING) != self.settings.mapping_fingerprint():
            return FullReadReason.MAPPING_CHANGED
        if self._clock() - datetime.fromisoformat(last) >= timedelta(days=self.settings.full_sync_interval_days):
            return FullReadReason.INTERVAL
        return None

    async def plan_run(self, mode: RunMode, force_full: bool = False) -> Plan:
        """Read the directory (full or delta) and the tenant, then plan. Writes nothing to the tenant."""
        await self.reconcile_interrupted()
        state = self.state.load_state()
        reason = self.full_read_reason(force_full)
        known = LedgerDns(state.ledger)
        read: SourceRead | None = None
        if reason is None:
            read = await self.source.read_delta(self.settings, DeltaRequest(self.state.watermarks(), known))
            if read is None:
                reason = _source_reason(self.source) or FullReadReason.NO_DELTA
        if read is None:
            log.info("reading the whole directory (%s)", reason)
            read, cloud = await self._read_both(known)
        elif read.snapshot.read_kind is ReadKind.DELTA:
            cloud = await self._read_cloud_for_delta(read.snapshot, state)
        else:
            cloud = await self._read_cloud(known)
        self.read_reason = reason
        result = make_plan(read.snapshot, cloud, self.settings, state, mode=mode, owner=self.owner)
        self._pending[id(result)] = _Pending(read.watermarks)
        while len(self._pending) > _PENDING_PLANS:  # plans previewed and never applied
            self._pending.pop(next(iter(self._pending)))
        return result

    async def _read_both(self, known: LedgerDns) -> tuple[SourceRead, CloudSnapshot]:
        """The whole directory and the whole tenant, read side by side (neither needs the other; a delta's cloud
        read needs the delta). Errors are those of reading one after the other: the directory's first (the
        listing is then cancelled); the tenant's after the directory read has ended, which is never cut
        short by it, so the directory connection is left as it was."""
        listing = asyncio.ensure_future(self._read_cloud(known))
        try:
            read = await self.source.read_full(self.settings, known)
        except BaseException:
            listing.cancel()
            await asyncio.wait([listing])
            if not listing.cancelled():
                listing.exception()  # retrieved: a listing that failed first is not reported as well
            raise
        return read, await listing

    async def _read_cloud(self, known: LedgerDns) -> CloudSnapshot:
        scope = self.settings.scope
        # Each listing is created only when awaited: a failed first one must not leave the second un-awaited.
        # Users keep the ledger's copies of their ids (see LedgerDns); groups are few.
        users = await self.target.list_objects(ObjectKind.USER, known) if scope.includes_users else ()
        groups = await self.target.list_objects(ObjectKind.GROUP) if scope.includes_groups else ()
        return CloudSnapshot(users=tuple(users), groups=tuple(groups))

    async def _read_cloud_for_delta(self, snapshot: SourceSnapshot, state: SyncState) -> CloudSnapshot:
        """Only the cloud users a delta concerns (changed, deleted, moved out), by id or externalId, and a
        soft-match candidate by userName for users not known yet; groups whole (they are few and the
        directory side re-reads them whole too)."""
        scope = self.settings.scope
        groups = await self.target.list_objects(ObjectKind.GROUP) if scope.includes_groups else ()
        if not scope.includes_users:
            return CloudSnapshot(groups=tuple(groups))
        gate = asyncio.Semaphore(self.concurrency)
        wanted = [
            *((u.anchor, u) for u in snapshot.users),
            *((t.anchor, None) for t in snapshot.tombstones if t.kind is ObjectKind.USER),
            # Vanished without a tombstone: the ledger knows whether the anchor was a user.
            *((t.anchor, None) for t in snapshot.vanished if _ledger_kind(state, t.anchor) is ObjectKind.USER),
            *((a, None) for a in snapshot.out_of_scope),
        ]

        async def fetch(anchor: str, src: SourceObject | None) -> list[CloudObject]:
            async with gate:
                known = state.ledger.get(anchor)
                found = None
                if known is not None and known.cloud_id:
                    found = await self.target.get(ObjectKind.USER, known.cloud_id)
                if found is None or found.external_id not in (None, anchor):
                    found = await self.target.find_by_external_id(ObjectKind.USER, anchor)
                if found is not None:
                    return [found]
                name = build_resource(src, self.settings.user_mapping).get("userName") if src else None
                candidate = await self.target.find_by_user_name(str(name)) if name else None
                return [candidate] if candidate is not None else []

        results = await asyncio.gather(*(fetch(a, s) for a, s in wanted))
        users = {obj.id: obj for found in results for obj in found}
        return CloudSnapshot(users=tuple(users.values()), groups=tuple(groups))

    def review_required(self, plan: Plan) -> bool:
        """A manual run is always reviewed; a scheduled one only before anything was ever applied."""
        return plan.mode is RunMode.MANUAL or not self.has_applied_run()

    def has_applied_run(self) -> bool:
        return self.state.get_meta(META_APPLIED) is not None

    # --- applying -----------------------------------------------------------------------------------------

    async def apply(
        self,
        plan: Plan,
        selection: Collection[str] | None = None,
        approved: bool = False,
        on_progress: ProgressCallback | None = None,
        run_key: str | None = None,
    ) -> RunResult:
        """Apply ``plan`` (``selection``: entry keys, None = everything except review-only entries).
        ``run_key``: the run's id as the agent service names it, kept with the run in the history.

        Records the run and its per-object outcomes in the history. A safety stop without approval, an
        abort, or a scheduled first run (which needs review) writes nothing and records why.
        """
        # Kept until the plan is actually applied: a stopped plan may be applied later with approval.
        pending = self._pending.get(id(plan))
        previous = self.state.load_state()
        run_id = self.state.start_run(plan.mode.value, plan.read_kind.value, key=run_key)
        counts = plan.counts()
        if plan.mode is RunMode.SCHEDULED and selection is None and not self.has_applied_run():
            self.state.finish_run(run_id, RunStatus.STOPPED, counts=counts, error_code="first_run_review")
            return RunResult(run_id, RunStatus.STOPPED)
        applier = PlanApplier(
            self.state, self.target, self.settings, concurrency=self.concurrency, breaker=self.breaker
        )
        try:
            with _long_lived_kept_out_of_collections():
                result = await applier.apply(
                    plan, run_id, selection=selection, approved=approved, on_progress=on_progress, previous=previous
                )
        except (asyncio.CancelledError, Exception) as exc:
            code = getattr(exc, "code", type(exc).__name__)
            # The journal stays: the next plan_run reconciles it.
            self.state.finish_run(run_id, RunStatus.ABORTED, counts=counts, error_code=str(code))
            raise
        safety_code = plan.safety.code.value if plan.safety.status is not SafetyStatus.OK else None
        counts.update({"done": result.done, "failed": result.failed, "skipped": result.skipped})
        self.state.finish_run(run_id, result.status, counts=counts, safety_code=safety_code)
        if result.status in (RunStatus.COMPLETED, RunStatus.PARTIAL):
            self._pending.pop(id(plan), None)
            meta = {META_APPLIED: self._clock().isoformat()}
            if plan.read_kind is ReadKind.FULL:
                meta.update(
                    {
                        META_LAST_FULL: self._clock().isoformat(),
                        META_SCOPE: self.settings.scope_fingerprint(),
                        META_MAPPING: self.settings.mapping_fingerprint(),
                    }
                )
                if self.base_dn is not None:
                    meta[META_BASE_DN] = self.base_dn
            if pending is not None and result.status is RunStatus.COMPLETED and _reviewed_all(plan, selection):
                self.state.set_watermarks(pending.watermarks)
            elif plan.read_kind is ReadKind.FULL:
                meta.pop(META_LAST_FULL)  # a partial full run does not count as the weekly full run
            self.state.set_meta(meta)
        return result

    async def reconcile_interrupted(self) -> list[int]:
        """Settle the journal of runs that never finished; returns their run ids.

        Creates left unfinished are looked up by externalId (up to ``_RECONCILE_LOOKUPS`` of them: with
        bounded concurrency only a handful were in flight) and their SCIM ids recorded. Nothing depends on
        the lookups for correctness: the next plan hard-matches every created object by externalId anyway.
        """
        interrupted = self.state.mark_interrupted_runs()
        unfinished = [r for r in self.state.journal(unfinished=True) if r.category == PlanCategory.NEW.value]
        # Sent ones first: those certainly left the machine.
        unfinished.sort(key=lambda r: r.status is not JournalStatus.SENT)
        for record in unfinished[:_RECONCILE_LOOKUPS]:
            found = await self.target.find_by_external_id(record.kind, record.anchor)
            if found is not None:
                self.state.record_anchor(record.anchor, record.kind, found.id)
                self.state.journal_mark(record.run_id, record.entry_key, JournalStatus.DONE, cloud_id=found.id)
        for run_id in {r.run_id for r in self.state.journal()}:
            self.state.clear_journal(run_id)
        return interrupted


def _source_reason(source: DirectorySource) -> str | None:
    """The source's own reason for answering a delta read with None, when it gives one."""
    return source.full_read_reason if isinstance(source, ExplainsFullRead) else None


def _ledger_kind(state: SyncState, anchor: str) -> ObjectKind | None:
    known = state.ledger.get(anchor)
    return known.kind if known is not None else None


def _reviewed_all(plan: Plan, selection: Collection[str] | None) -> bool:
    """Watermarks move on only if no actionable entry was left out (unselected changes must be re-read)."""
    if selection is None:
        return not any(e.needs_review for e in plan.actionable)
    chosen = set(selection)
    return all(e.key in chosen or e.anchor in chosen for e in plan.actionable)


__all__ = ["FullReadReason", "SyncEngine", "SyncError"]
