"""Applies a plan (or the reviewed selection of it) to a :class:`~app.sync.ports.CloudTarget`.

- **Journaled**: every operation is written to the journal as ``pending`` before the run starts and marked
  ``done``/``failed`` with its outcome (and a create's anchor) in one write after. A create whose answer
  was lost (dropped connection, crash) is looked up by externalId before it is sent again, so nothing is
  duplicated.
- **Ordered in phases**, each with bounded concurrency: users (create, update, re-activate) → groups
  (create, update; members resolved from anchors to SCIM ids now, so users created in phase one are
  included; nested new groups get a second pass) → disables → deletes (groups before users).
- **Faults**: 429 waits for ``Retry-After`` (or backs off), 5xx and dropped connections back off and retry
  a bounded number of times; anything else fails that object only, with its error code recorded.
- **Safety**: a plan whose verdict is ``abort`` is never applied; ``stop`` only with ``approved=True``.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from app.cloud.errors import RateLimitedError, ScimError, TenantUnreachableError
from app.errors import CloudError
from app.sync.model import LedgerEntry, ObjectKind, Plan, PlanCategory, PlanEntry, SafetyStatus, SyncState
from app.sync.ports import CloudTarget, ProvisioningOptions
from app.sync.settings import SyncSettings
from app.sync.state import Outcome, RunStatus, StateStore

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        if retry_after is not None and retry_after >= 0:
            return min(retry_after, self.max_delay * 4)
        # Full jitter keeps many workers from retrying in lock step.
        return random.uniform(0, min(self.max_delay, self.base_delay * (2**attempt)))


@dataclass(slots=True)
class RunResult:
    """What an apply did: the run's id in the history, its status and per-outcome counts."""

    run_id: int
    status: RunStatus
    done: int = 0
    failed: int = 0
    skipped: int = 0
    errors: dict[str, str] = field(default_factory=dict)  # entry key → error code

    @property
    def total(self) -> int:
        return self.done + self.failed + self.skipped


class _EntryFailedError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class PlanApplier:
    def __init__(
        self,
        state: StateStore,
        target: CloudTarget,
        settings: SyncSettings,
        *,
        concurrency: int = 8,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.state = state
        self.target = target
        self.settings = settings
        self.concurrency = max(1, concurrency)
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._anchors: dict[str, tuple[str, ObjectKind]] | None = None
        self._options = ProvisioningOptions(settings.password_notification.value, settings.welcome_mail)

    async def apply(
        self,
        plan: Plan,
        run_id: int,
        *,
        selection: Collection[str] | None = None,
        approved: bool = False,
        on_progress: ProgressCallback | None = None,
        previous: SyncState | None = None,
    ) -> RunResult:
        """Apply ``plan`` as run ``run_id``. ``selection``: entry keys or anchors to apply (None: all but
        review-only entries)."""
        result = RunResult(run_id, RunStatus.RUNNING)
        if plan.safety.status is SafetyStatus.ABORT:
            result.status = RunStatus.ABORTED
            return result
        if plan.safety.status is SafetyStatus.STOP and not approved:
            result.status = RunStatus.STOPPED
            return result

        chosen: list[PlanEntry] = []
        for entry in plan.actionable:
            # A selection names entry keys or, for a whole object, its anchor (the review screen's rows).
            wanted = (
                (entry.key in selection or entry.anchor in selection)
                if selection is not None
                else not entry.needs_review
            )
            if wanted:
                chosen.append(entry)
            else:
                self.state.record_outcome(run_id, entry, Outcome.SKIPPED, error_code="not_selected")
                result.skipped += 1
        self.state.journal_plan(run_id, chosen)
        total = len(chosen)
        progress = _Progress(total, on_progress)
        succeeded: set[str] = set()
        created: dict[str, tuple[str, ObjectKind, str | None]] = {}

        async def run_phase(entries: Iterable[PlanEntry], op: Callable[[PlanEntry], Awaitable[str | None]]) -> None:
            gate = asyncio.Semaphore(self.concurrency)

            async def one(entry: PlanEntry) -> None:
                async with gate:
                    await self._run_entry(run_id, entry, op, result, succeeded, progress)

            await asyncio.gather(*(one(e) for e in entries))

        def pick(kind: ObjectKind, *categories: PlanCategory) -> list[PlanEntry]:
            return [e for e in chosen if e.kind is kind and e.category in categories]

        async def create(entry: PlanEntry) -> str | None:
            cloud_id = await self._create(run_id, entry)
            created[entry.anchor] = (cloud_id, entry.kind, entry.dn)
            return cloud_id

        async def create_group(entry: PlanEntry) -> str | None:
            return await create(self._with_resolved_members(entry))

        async def update(entry: PlanEntry) -> str | None:
            return await self._update(self._with_resolved_members(entry))

        await run_phase(pick(ObjectKind.USER, PlanCategory.NEW), create)
        await run_phase(pick(ObjectKind.USER, PlanCategory.UPDATE), self._update)
        await run_phase(pick(ObjectKind.USER, PlanCategory.ACTIVATE), self._activate)
        new_groups = pick(ObjectKind.GROUP, PlanCategory.NEW)
        self._anchors = None  # users created above are members now
        await run_phase(new_groups, create_group)
        await run_phase(pick(ObjectKind.GROUP, PlanCategory.UPDATE), update)
        # A new group nesting another new group could not name it on create: fix its members now.
        nested = [e for e in new_groups if e.key in succeeded and self._has_unresolved_at_create(e, created)]
        self._anchors = None
        for entry in nested:
            cloud_id = created[entry.anchor][0]
            try:
                await self._with_retries(lambda e=entry, c=cloud_id: self._put_group(e, c))  # type: ignore[misc]
            except _EntryFailedError as exc:
                result.errors[entry.key] = exc.code
        await run_phase(pick(ObjectKind.USER, PlanCategory.DISABLE), self._disable)
        await run_phase(pick(ObjectKind.GROUP, PlanCategory.DELETE), self._delete)
        await run_phase(pick(ObjectKind.USER, PlanCategory.DELETE), self._delete)

        self._write_ledger(plan, chosen, succeeded, created, previous)
        for entry in plan.entries:
            if entry.category is PlanCategory.IGNORED:
                self.state.record_outcome(run_id, entry, Outcome.SKIPPED, error_code=entry.reason.code.value)
        result.status = RunStatus.COMPLETED if result.failed == 0 else RunStatus.PARTIAL
        self.state.clear_journal(run_id)
        return result

    # --- one entry ----------------------------------------------------------------------------------------

    async def _run_entry(
        self,
        run_id: int,
        entry: PlanEntry,
        op: Callable[[PlanEntry], Awaitable[str | None]],
        result: RunResult,
        succeeded: set[str],
        progress: _Progress,
    ) -> None:
        try:
            cloud_id = await op(entry)
        except _EntryFailedError as exc:
            self.state.finish_entry(run_id, entry, Outcome.FAILED, error_code=exc.code)
            result.failed += 1
            result.errors[entry.key] = exc.code
        else:
            created = entry.category is PlanCategory.NEW
            self.state.finish_entry(run_id, entry, Outcome.DONE, cloud_id=cloud_id, created=created)
            succeeded.add(entry.key)
            result.done += 1
        progress.step()

    async def _with_retries(
        self, call: Callable[[], Awaitable[Any]], *, on_unknown: Callable[[], Awaitable[Any]] | None = None
    ) -> Any:
        """Run ``call`` with bounded retries. ``on_unknown`` is asked first after a lost answer: a result
        from it means the earlier attempt did take effect."""
        unknown = False
        last_code = "cloud_error"
        for attempt in range(self.retry.attempts):
            if unknown and on_unknown is not None:
                found = await on_unknown()
                if found is not None:
                    return found
            try:
                return await call()
            except RateLimitedError as exc:
                last_code = exc.code
                await self._sleep(self.retry.delay(attempt, exc.retry_after))
            except ScimError as exc:
                if exc.status >= 500:
                    last_code, unknown = f"scim_{exc.status}", True
                    await self._sleep(self.retry.delay(attempt))
                    continue
                raise _EntryFailedError(_scim_code(exc)) from exc
            except TenantUnreachableError as exc:
                last_code, unknown = exc.code, True
                await self._sleep(self.retry.delay(attempt))
            except CloudError as exc:
                raise _EntryFailedError(exc.code) from exc
        raise _EntryFailedError(last_code)

    async def _create(self, run_id: int, entry: PlanEntry) -> str:
        assert entry.payload is not None
        payload = dict(entry.payload)
        provisioning = self._options if entry.kind is ObjectKind.USER else None

        async def lookup() -> str | None:
            found = await self.target.find_by_external_id(entry.kind, entry.anchor)
            return found.id if found is not None else None

        async def send() -> str:
            try:
                return (await self.target.create(entry.kind, payload, provisioning=provisioning)).id
            except ScimError as exc:
                # 409: it exists already (an earlier attempt went through, or a parallel agent): adopt it.
                if exc.status == 409:
                    found = await lookup()
                    if found is not None:
                        return found
                raise

        cloud_id = await self._with_retries(send, on_unknown=lookup)
        return str(cloud_id)  # recorded with the outcome, in one write (StateStore.finish_entry)

    async def _update(self, entry: PlanEntry) -> str | None:
        assert entry.cloud_id is not None
        if entry.payload is None:
            return entry.cloud_id  # a rename/move with no attribute change: the ledger takes the new DN
        payload = dict(entry.payload)
        cloud_id = entry.cloud_id
        await self._with_retries(lambda: self.target.replace(entry.kind, cloud_id, payload, etag=entry.etag))
        return cloud_id

    async def _activate(self, entry: PlanEntry) -> str | None:
        assert entry.cloud_id is not None
        cloud_id = entry.cloud_id
        await self._with_retries(lambda: self.target.set_active(cloud_id, True, provisioning=self._options))
        return cloud_id

    async def _disable(self, entry: PlanEntry) -> str | None:
        assert entry.cloud_id is not None
        cloud_id = entry.cloud_id
        await self._with_retries(lambda: self.target.set_active(cloud_id, False))
        return cloud_id

    async def _delete(self, entry: PlanEntry) -> str | None:
        assert entry.cloud_id is not None
        cloud_id = entry.cloud_id

        async def send() -> None:
            try:
                await self.target.delete(entry.kind, cloud_id)
            except ScimError as exc:
                if exc.status != 404:  # already gone is what we wanted
                    raise

        await self._with_retries(send)
        self.state.forget(entry.anchor)
        return cloud_id

    # --- group members --------------------------------------------------------------------------------------

    def _member_refs(self, members: Iterable[str]) -> list[dict[str, str]]:
        if self._anchors is None:
            self._anchors = self.state.anchors()
        refs: list[dict[str, str]] = []
        for anchor in members:
            found = self._anchors.get(anchor)
            # Members the directory does not know ("id:…") or that were not created are left out by design.
            if found is not None:
                refs.append({"value": found[0], "type": "Group" if found[1] is ObjectKind.GROUP else "User"})
        return refs

    def _with_resolved_members(self, entry: PlanEntry) -> PlanEntry:
        if entry.members is None or entry.payload is None:
            return entry
        payload = dict(entry.payload)
        payload["members"] = self._member_refs(entry.members)
        return replace(entry, payload=payload)

    def _has_unresolved_at_create(
        self, entry: PlanEntry, created: dict[str, tuple[str, ObjectKind, str | None]]
    ) -> bool:
        return any(created.get(a, ("", ObjectKind.USER, None))[1] is ObjectKind.GROUP for a in entry.members or ())

    async def _put_group(self, entry: PlanEntry, cloud_id: str) -> None:
        resolved = self._with_resolved_members(entry)
        assert resolved.payload is not None
        payload = dict(resolved.payload)
        payload["id"] = cloud_id
        await self.target.replace(ObjectKind.GROUP, cloud_id, payload)

    # --- ledger ---------------------------------------------------------------------------------------------

    def _write_ledger(
        self,
        plan: Plan,
        chosen: list[PlanEntry],
        succeeded: set[str],
        created: dict[str, tuple[str, ObjectKind, str | None]],
        previous: SyncState | None,
    ) -> None:
        """The new ledger: in-scope objects of the plan, plus what this run created; an action that did not
        happen (failed, not selected) keeps the anchor's previous row so the next run tries again."""
        rows: dict[str, LedgerEntry] = {e.anchor: e for e in plan.ledger}
        for anchor, (cloud_id, kind, dn) in created.items():
            rows[anchor] = LedgerEntry(anchor, kind, dn or "", cloud_id)
        before = previous.ledger if previous is not None else {}
        for entry in plan.actionable:
            if entry.key in succeeded:
                if entry.category is PlanCategory.DELETE:
                    rows.pop(entry.anchor, None)
                continue
            old = before.get(entry.anchor)
            if old is not None:
                rows[entry.anchor] = old
        self.state.update_ledger(rows.values(), replace=True)


class _Progress:
    def __init__(self, total: int, callback: ProgressCallback | None) -> None:
        self.total = total
        self.done = 0
        self.callback = callback
        if callback is not None:
            callback(0, total)

    def step(self) -> None:
        self.done += 1
        if self.callback is not None:
            self.callback(self.done, self.total)


def _scim_code(exc: ScimError) -> str:
    if exc.status == 403:
        return "cloud_refused"  # e.g. the tenant protects the agent's owner
    if exc.status == 404:
        return "cloud_object_missing"
    if exc.status == 409:
        return "cloud_conflict"
    if exc.status == 412:
        return "cloud_changed_meanwhile"
    return f"scim_{exc.status}"
