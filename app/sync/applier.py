"""Applies a plan (or the reviewed selection of it) to a :class:`~app.sync.ports.CloudTarget`.

- **Journaled**: every operation is written to the journal as ``pending`` before the run starts (one synced
  transaction) and marked ``done``/``failed`` with its outcome (and a create's anchor) after, in groups
  (:class:`~app.sync.state.OutcomeLog`: a Bulk batch, or so many answers / so many milliseconds, and at each
  phase's end); the state module's notes say why a crash between the two costs lookups, never a duplicate.
  A create whose answer was lost on the wire is looked up by the SCIM client before anything is sent again;
  one that the tenant answered with 409 or a server error the client does not retry is looked up by
  externalId once here; one left open by a crash is looked up by the next run
  (:meth:`SyncEngine.reconcile_interrupted`). Nothing is duplicated.
- **Ordered in phases**, each with bounded concurrency: users (create, update, re-activate) → groups
  (create, update; members resolved from anchors to SCIM ids now, so users created in phase one are
  included; nested new groups get a second pass) → disables → deletes (groups before users).
- **Batched creates** when the tenant takes them (SCIM Bulk advertised in ``/ServiceProviderConfig``, split
  within its ``maxOperations`` and ``maxPayloadSize`` by :meth:`CloudTarget.create_batches`): one batch at a
  time, each object's answer turned into its outcome exactly as its own create's would be (409 adopted after
  a lookup, a server error looked up, any other refusal that object's failure) and journaled before the next
  batch is sent. A batch whose answer was lost or cannot be read may have happened in part: each of its
  objects gets the lookup a lost create gets, and only those not found are created, one by one. A batch the
  tenant refuses as a whole (413, 501 …) happened not at all: it and the rest of the run go one by one.
- **Structured**: each phase runs its workers in one :class:`asyncio.TaskGroup`, so when :meth:`apply`
  returns or raises (or is cancelled), no request of the run is still in flight. Every per-entry error,
  typed or not, becomes that entry's failure with a code; an error in one phase never skips the next.
- **One retry layer**: the SCIM client retries 429/5xx/dropped connections (a few attempts per call) and
  does the lookup after an ambiguous create; the applier does not retry on top of it, so the worst case
  per object is the client's attempts plus one lookup.
- **Run-wide breaker**: failures that say the tenant as a whole is unavailable — sign-in rejected after
  the refresh, TLS failure, DNS failure or connection refused, a ``Retry-After`` beyond the run's budget,
  or :attr:`BreakerPolicy.consecutive_failures` server errors / timeouts in a row across entries — end
  the run once with :class:`TenantUnavailableError` ("tenant unavailable since …"). Entries in flight are
  cancelled, the rest are not attempted; their journal rows stay ``pending`` so the next run converges.
- **Safety**: a plan whose verdict is ``abort`` is never applied; ``stop`` only with ``approved=True``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Collection, Coroutine, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from app.cloud.errors import (
    RateLimitedError,
    ScimError,
    SignInExpiredError,
    TenantBadResponseError,
    TenantTlsError,
    TenantUnreachableError,
)
from app.cloud.scim import PasswordNotificationWord, ProvisioningOptions
from app.errors import IdentityConnectError, SyncError
from app.sync.model import (
    LedgerEntry,
    LedgerRows,
    ObjectKind,
    Plan,
    PlanCategory,
    PlanEntry,
    SafetyStatus,
    SyncState,
    resource_copy,
)
from app.sync.ports import CloudTarget
from app.sync.settings import PasswordNotification, SyncSettings
from app.sync.state import EntryOutcome, Outcome, OutcomeLog, RunStatus, StateStore

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
T = TypeVar("T")

# Transport failures where no connection was ever made: name resolution failed or the port refused.
_NO_CONNECTION = frozenset({"ConnectError"})


@dataclass(frozen=True, slots=True)
class BreakerPolicy:
    """When the applier stops a run because the tenant as a whole is unavailable.

    ``consecutive_failures``: server errors, timeouts or dropped connections in a row (across entries, each
    after the SCIM client's own retries) that end the run; any answer from the tenant resets the count.
    ``max_wait``: the run's budget for one ``Retry-After``; a tenant that asks for a longer pause ends the
    run at once (the next scheduled run continues) instead of holding the agent.
    """

    consecutive_failures: int = 5
    max_wait: float = 300.0


class TenantUnavailableError(SyncError):
    """The run stopped because the tenant is unavailable; ``since`` is the first failure of the streak and
    ``cause`` the code of the failure that decided it (``signin_expired``, ``tls_error``,
    ``tenant_unreachable``, ``rate_limited``, ``scim_5xx`` …)."""

    code = "tenant_unavailable"

    def __init__(self, since: datetime, cause: IdentityConnectError, failures: int) -> None:
        stamp = since.astimezone(UTC).isoformat(timespec="seconds")
        cause_code = _error_code(cause)
        super().__init__(
            f"tenant unavailable since {stamp}: {cause_code} ({cause})",
            since=stamp,
            cause=cause_code,
            failures=failures,
        )
        self.since = since
        self.cause = cause


class _RunBreaker:
    """Counts tenant failures across the entries of one run and trips once."""

    def __init__(self, policy: BreakerPolicy, clock: Callable[[], datetime]) -> None:
        self.policy = policy
        self._clock = clock
        self.streak = 0
        self.since: datetime | None = None
        self.tripped: TenantUnavailableError | None = None

    def check(self) -> None:
        if self.tripped is not None:
            raise self.tripped

    def answered(self) -> None:
        """The tenant answered (success or a refusal about one object): it is there."""
        self.streak = 0
        self.since = None

    def failed(self, exc: IdentityConnectError, started: datetime) -> None:
        """Note a call (sent at ``started``) that failed; raises :class:`TenantUnavailableError` when the
        failure shows the whole tenant is down."""
        if self.tripped is not None:
            raise self.tripped
        if not _tenant_failure(exc):
            self.answered()
            return
        # The client's retries hide the first bad answer: the outage began no later than the failed call did.
        if self.since is None or started < self.since:
            self.since = started
        self.streak += 1
        if _tenant_wide(exc, self.policy) or self.streak >= self.policy.consecutive_failures:
            self.tripped = TenantUnavailableError(self.since, exc, self.streak)
            log.error("%s", self.tripped)
            raise self.tripped


def _tenant_failure(exc: IdentityConnectError) -> bool:
    """A failure of the tenant rather than an answer about one object."""
    if isinstance(exc, (SignInExpiredError, TenantUnreachableError, TenantBadResponseError, RateLimitedError)):
        return True
    return isinstance(exc, ScimError) and exc.status >= 500


def _tenant_wide(exc: IdentityConnectError, policy: BreakerPolicy) -> bool:
    """A single failure that no other entry of the run could get past."""
    if isinstance(exc, (SignInExpiredError, TenantTlsError)):
        return True
    if isinstance(exc, TenantUnreachableError) and exc.details.get("reason") in _NO_CONNECTION:
        return True
    if isinstance(exc, RateLimitedError):
        return exc.retry_after is not None and exc.retry_after > policy.max_wait
    return False


_NOTIFICATION_WORDS: dict[PasswordNotification, PasswordNotificationWord] = {
    PasswordNotification.USER: "user",
    PasswordNotification.ADMIN: "admin",
    PasswordNotification.NONE: "none",
}


def provisioning_options(settings: SyncSettings) -> ProvisioningOptions:
    """What the tenant is asked to send for each user a run creates or re-activates."""
    return ProvisioningOptions(_NOTIFICATION_WORDS[settings.password_notification], settings.welcome_mail)


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


class PlanApplier:
    def __init__(
        self,
        state: StateStore,
        target: CloudTarget,
        settings: SyncSettings,
        *,
        concurrency: int = 8,
        breaker: BreakerPolicy | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.state = state
        self.target = target
        self.settings = settings
        self.concurrency = max(1, concurrency)
        self.breaker_policy = breaker or BreakerPolicy()
        self._clock = clock
        self._breaker = _RunBreaker(self.breaker_policy, clock)
        self._anchors: dict[str, tuple[str, ObjectKind]] | None = None
        self._options = provisioning_options(settings)
        self._batches_refused = False  # the tenant refused a batch request as such during this run
        self._matched: Sequence[LedgerEntry] = ()  # the plan's in-scope objects already in the cloud
        self._outcomes = OutcomeLog(state, 0)  # the run's, from apply()

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
        review-only entries).

        Raises :class:`TenantUnavailableError` when the breaker ends the run; the journal then keeps the
        entries that were not finished, for the next run.
        """
        result = RunResult(run_id, RunStatus.RUNNING)
        if plan.safety.status is SafetyStatus.ABORT:
            result.status = RunStatus.ABORTED
            return result
        if plan.safety.status is SafetyStatus.STOP and not approved:
            result.status = RunStatus.STOPPED
            return result

        self._breaker = _RunBreaker(self.breaker_policy, self._clock)
        self._matched = plan.ledger
        self._anchors = None
        if selection is not None and not isinstance(selection, (set, frozenset)):
            selection = frozenset(selection)  # a list of 10k keys would cost a scan per entry
        chosen: list[PlanEntry] = []
        not_selected: list[tuple[PlanEntry, Outcome, str | None]] = []
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
                not_selected.append((entry, Outcome.SKIPPED, "not_selected"))
                result.skipped += 1
        self.state.record_outcomes(run_id, not_selected)
        # The run's intents, on the disk before the first request; the outcomes follow in groups.
        self.state.journal_plan(run_id, chosen)
        self._outcomes = OutcomeLog(self.state, run_id)
        progress = _Progress(len(chosen), on_progress)
        succeeded: set[str] = set()
        created: dict[str, tuple[str, ObjectKind, str | None]] = {}

        async def run_phase(entries: Sequence[PlanEntry], op: Callable[[PlanEntry], Awaitable[str | None]]) -> None:
            queue = iter(entries)

            async def worker() -> None:
                # Workers share one iterator: at most ``concurrency`` entries are on the wire, and after a
                # breaker trip the entries not taken yet are never started.
                for entry in queue:
                    await self._run_entry(run_id, entry, op, result, succeeded, progress)

            await _in_task_group(worker for _ in range(min(self.concurrency, len(entries))))
            # The phase's outcomes in one last group: the next phase reads the anchors its creates recorded,
            # and each Bulk batch is recorded before the next one is sent.
            self._outcomes.flush()

        def pick(kind: ObjectKind, *categories: PlanCategory) -> list[PlanEntry]:
            return [e for e in chosen if e.kind is kind and e.category in categories]

        def remember(entry: PlanEntry, cloud_id: str) -> str:
            created[entry.anchor] = (cloud_id, entry.kind, entry.dn)
            return cloud_id

        async def create(entry: PlanEntry) -> str | None:
            return remember(entry, await self._create(entry))

        async def recover(entry: PlanEntry) -> str | None:
            # A batch whose answer was lost: the lookup a lost create gets, then (if it is not there) a create.
            found = await self._lookup(entry)
            return remember(entry, found if found is not None else await self._create(entry))

        async def create_phase(entries: list[PlanEntry]) -> None:
            """Creates in batches when the tenant takes them; one by one otherwise (and for what is left when
            the tenant refuses a batch as a whole)."""
            if not entries:
                return
            batches = await self._create_batches(entries)
            if batches is None:
                await run_phase(entries, create)
                return
            answers: dict[int, str | ScimError] = {}  # id(entry) → new id or refusal, for the batch at hand

            async def settle(entry: PlanEntry) -> str | None:
                answer = answers[id(entry)]
                if isinstance(answer, ScimError):
                    return remember(entry, await self._after_refused_create(entry, answer))
                return remember(entry, answer)

            for index, batch in enumerate(batches):
                if self._batches_refused:
                    await run_phase([e for b in batches[index:] for e in b], create)
                    return
                self._breaker.check()
                settled = await self._send_batch(batch)
                if settled is None:
                    # Refused as a whole: nothing of it happened. Outcome unknown: any of it may exist, so
                    # each is looked up before it is created.
                    await run_phase(batch, create if self._batches_refused else recover)
                    continue
                answers.clear()
                answers.update((id(entry), answer) for entry, answer in zip(batch, settled, strict=True))
                # Every outcome of this batch is journaled, in one transaction, before the next batch is sent.
                with self._outcomes.one_group():
                    await run_phase(batch, settle)

        async def update(entry: PlanEntry) -> str | None:
            return await self._update(self._with_resolved_members(entry))

        try:
            self._batches_refused = False
            await create_phase(pick(ObjectKind.USER, PlanCategory.NEW))
            await run_phase(pick(ObjectKind.USER, PlanCategory.UPDATE), self._update)
            await run_phase(pick(ObjectKind.USER, PlanCategory.ACTIVATE), self._activate)
            new_groups = pick(ObjectKind.GROUP, PlanCategory.NEW)
            self._anchors = None  # users created above are members now
            # Members are resolved from anchors to SCIM ids now, so the users created above are included.
            await create_phase([self._with_resolved_members(e) for e in new_groups])
            await run_phase(pick(ObjectKind.GROUP, PlanCategory.UPDATE), update)
            # A new group nesting another new group could not name it on create: fix its members now.
            nested = [e for e in new_groups if e.key in succeeded and self._has_unresolved_at_create(e, created)]
            self._anchors = None
            for entry in nested:
                cloud_id = created[entry.anchor][0]
                try:
                    await self._put_group(entry, cloud_id)
                except TenantUnavailableError:
                    raise
                except Exception as exc:
                    result.errors[entry.key] = _entry_error_code(entry, exc)
            await run_phase(pick(ObjectKind.USER, PlanCategory.DISABLE), self._disable)
            await run_phase(pick(ObjectKind.GROUP, PlanCategory.DELETE), self._delete)
            await run_phase(pick(ObjectKind.USER, PlanCategory.DELETE), self._delete)
        except BaseException:
            # Whatever ends the run, the answers already had are recorded (a failed write here must not hide
            # why the run ended: the entries then stay pending, which the next run settles).
            try:
                self._outcomes.flush()
            except Exception as exc:
                log.error("outcomes of the run could not be recorded: %s", exc)
            raise
        self._outcomes.flush()

        self._write_ledger(plan, chosen, succeeded, created, previous)
        self.state.record_outcomes(
            run_id,
            (
                (entry, Outcome.SKIPPED, entry.reason.code.value)
                for entry in plan.entries
                if entry.category is PlanCategory.IGNORED
            ),
        )
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
        self._breaker.check()
        try:
            cloud_id = await op(entry)
        except TenantUnavailableError:
            raise  # the run ends; this entry stays pending in the journal
        except Exception as exc:  # any other error is this entry's failure, never the run's
            code = _entry_error_code(entry, exc)
            self._outcomes.add(EntryOutcome(entry, Outcome.FAILED, error_code=code))
            result.failed += 1
            result.errors[entry.key] = code
        else:
            category = entry.category
            self._outcomes.add(
                EntryOutcome(
                    entry,
                    Outcome.DONE,
                    cloud_id,
                    created=category is PlanCategory.NEW,
                    forget=category is PlanCategory.DELETE,
                )
            )
            succeeded.add(entry.key)
            result.done += 1
        progress.step()

    async def _call(self, call: Callable[[], Awaitable[T]]) -> T:
        """One call to the tenant, seen by the breaker (which may end the run instead of returning)."""
        self._breaker.check()
        started = self._clock()
        try:
            answer = await call()
        except IdentityConnectError as exc:
            self._breaker.failed(exc, started)
            raise
        self._breaker.answered()
        return answer

    def _provisioning(self, entry: PlanEntry) -> ProvisioningOptions | None:
        return self._options if entry.kind is ObjectKind.USER else None

    async def _lookup(self, entry: PlanEntry) -> str | None:
        found = await self._call(lambda: self.target.find_by_external_id(entry.kind, entry.anchor))
        return found.id if found is not None else None

    async def _create(self, entry: PlanEntry) -> str:
        assert entry.payload is not None
        payload = resource_copy(entry.payload)
        provisioning = self._provisioning(entry)
        try:
            created = await self._call(lambda: self.target.create(entry.kind, payload, provisioning=provisioning))
        except ScimError as exc:
            return await self._after_refused_create(entry, exc)
        return created.id  # recorded with the outcome, in one write (OutcomeLog)

    async def _after_refused_create(self, entry: PlanEntry, exc: ScimError) -> str:
        """The id to record for a create the tenant refused, or ``exc`` again: 409 means it exists already (a
        create whose answer was lost in an earlier run, or a parallel agent) and is adopted; a server error
        the client does not retry means the create may have happened, and one lookup tells (nothing is sent
        again). A lost answer was looked up by the client already; 429 was refused before it was processed."""
        if isinstance(exc, RateLimitedError) or (exc.status != 409 and exc.status < 500):
            raise exc
        found = await self._lookup(entry)
        if found is None:
            raise exc
        return found

    async def _create_batches(self, entries: Sequence[PlanEntry]) -> list[list[PlanEntry]] | None:
        """``entries`` (creates of one kind) split as the tenant takes them in batch requests, or None."""
        if len(entries) < 2:
            return None
        payloads = [e.payload or {} for e in entries]
        try:
            batches = await self._call(lambda: self.target.create_batches(entries[0].kind, payloads))
        except TenantUnavailableError:
            raise
        except IdentityConnectError as exc:
            # Not knowing the tenant's limits is no reason to fail a create: they go one by one.
            log.warning("batched creates not possible: %s (%s)", _error_code(exc), exc)
            return None
        if batches is None:
            return None
        return [[entries[i] for i in batch] for batch in batches]

    async def _send_batch(self, batch: Sequence[PlanEntry]) -> list[str | ScimError] | None:
        """One batch request creating ``batch``: per entry (in order) its new id or the tenant's refusal of it;
        None when the outcome is unknown (the answer was lost or cannot be read, a server error after the
        request may have been read): the caller then looks each entry up, as for a lost create."""
        kind = batch[0].kind
        payloads = [resource_copy(e.payload or {}) for e in batch]
        provisioning = self._provisioning(batch[0])
        try:
            answers = await self._call(lambda: self.target.create_batch(kind, payloads, provisioning=provisioning))
        except TenantUnavailableError:
            raise
        except RateLimitedError as exc:
            # Refused before anything was processed, as a create of each would have been.
            return [exc] * len(batch)
        except ScimError as exc:
            # The tenant refuses the batch request as such (too large, not offered after all): nothing of it
            # happened, and this batch and the rest of the run's creates go one by one.
            log.warning("the tenant refused a batch of %d creates (%s): creating one by one", len(batch), exc)
            self._batches_refused = True
            return None
        except Exception as exc:
            log.warning("batch of %d creates: outcome unknown (%s), looking each one up", len(batch), exc)
            return None
        if len(answers) != len(batch):
            return None
        return [a if isinstance(a, ScimError) else a.id for a in answers]

    async def _update(self, entry: PlanEntry) -> str | None:
        assert entry.cloud_id is not None
        if entry.payload is None:
            return entry.cloud_id  # a rename/move with no attribute change: the ledger takes the new DN
        payload = resource_copy(entry.payload)
        cloud_id = entry.cloud_id
        await self._call(lambda: self.target.replace(entry.kind, cloud_id, payload, etag=entry.etag))
        return cloud_id

    async def _activate(self, entry: PlanEntry) -> str | None:
        assert entry.cloud_id is not None
        cloud_id = entry.cloud_id
        await self._call(lambda: self.target.set_active(cloud_id, True, provisioning=self._options))
        return cloud_id

    async def _disable(self, entry: PlanEntry) -> str | None:
        assert entry.cloud_id is not None
        cloud_id = entry.cloud_id
        await self._call(lambda: self.target.set_active(cloud_id, False))
        return cloud_id

    async def _delete(self, entry: PlanEntry) -> str | None:
        assert entry.cloud_id is not None
        cloud_id = entry.cloud_id
        try:
            await self._call(lambda: self.target.delete(entry.kind, cloud_id))
        except ScimError as exc:
            if exc.status != 404:  # already gone is what we wanted
                raise
        return cloud_id  # the anchor is forgotten with the outcome, in one write (EntryOutcome.forget)

    # --- group members --------------------------------------------------------------------------------------

    def _member_refs(self, members: Iterable[str]) -> list[dict[str, str]]:
        if self._anchors is None:
            self._anchors = self.state.anchors()
            # Objects the plan matched in the cloud that the state has not recorded yet (created by a run that
            # ended before it could record them, e.g. a batch answered just before the agent was stopped):
            # the ledger takes them when this run ends, and they are members now.
            for row in self._matched:
                if row.cloud_id and row.anchor not in self._anchors:
                    self._anchors[row.anchor] = (row.cloud_id, row.kind)
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
        payload = resource_copy(entry.payload)
        payload["members"] = self._member_refs(entry.members)
        return replace(entry, payload=payload)

    def _has_unresolved_at_create(
        self, entry: PlanEntry, created: dict[str, tuple[str, ObjectKind, str | None]]
    ) -> bool:
        return any(created.get(a, ("", ObjectKind.USER, None))[1] is ObjectKind.GROUP for a in entry.members or ())

    async def _put_group(self, entry: PlanEntry, cloud_id: str) -> None:
        resolved = self._with_resolved_members(entry)
        assert resolved.payload is not None
        payload = resource_copy(resolved.payload)
        payload["id"] = cloud_id
        await self._call(lambda: self.target.replace(ObjectKind.GROUP, cloud_id, payload))

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
        # The rows that differ from the plan's (None: left out), applied in order.
        rows: dict[str, LedgerEntry | None] = {}
        for anchor, (cloud_id, kind, dn) in created.items():
            rows[anchor] = LedgerEntry(anchor, kind, dn or "", cloud_id)
        before = previous.ledger if previous is not None else {}
        for entry in plan.actionable:
            if entry.key in succeeded:
                if entry.category is PlanCategory.DELETE:
                    rows[entry.anchor] = None
                continue
            old = before.get(entry.anchor)
            if old is not None:
                rows[entry.anchor] = old
        planned = plan.ledger
        if not isinstance(planned, LedgerRows):  # a plan made elsewhere: its rows as they are
            planned = LedgerRows()
            for row in plan.ledger:
                planned.append(row)
        # As planned, the state store compares it through its marks of kept rows, without a copy.
        self.state.update_ledger(planned.with_rows(rows), replace=True)


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


async def _in_task_group(workers: Iterable[Callable[[], Coroutine[Any, Any, None]]]) -> None:
    """Run the workers to the end, or until one raises: the others are then cancelled and awaited."""
    try:
        async with asyncio.TaskGroup() as group:
            for work in workers:
                group.create_task(work())
    except BaseExceptionGroup as grouped:
        # Two workers may meet the tripped breaker in the same turn of the loop: one reason is enough.
        first = grouped.exceptions[0]
        if all(type(e) is type(first) for e in grouped.exceptions):
            raise first from None
        raise


def _error_code(exc: BaseException) -> str:
    if isinstance(exc, RateLimitedError):
        return exc.code
    if isinstance(exc, ScimError) and exc.code == ScimError.code:
        if exc.status == 403:
            return "cloud_refused"  # e.g. the tenant protects the agent's owner
        if exc.status == 404:
            return "cloud_object_missing"
        if exc.status == 409:
            return "cloud_conflict"
        if exc.status == 412:
            return "cloud_changed_meanwhile"
        return f"scim_{exc.status}"
    if isinstance(exc, IdentityConnectError):
        return exc.code
    return "unexpected_error"


def _entry_error_code(entry: PlanEntry, exc: Exception) -> str:
    code = _error_code(exc)
    if code == "unexpected_error":
        # A bug, not a tenant answer: the entry fails, the run goes on, and the log keeps the traceback.
        log.error("%s %s failed unexpectedly", entry.category.value, entry.key, exc_info=exc)
    else:
        log.warning("%s %s failed: %s (%s)", entry.category.value, entry.key, code, exc)
    return code
