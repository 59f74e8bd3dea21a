"""The engine end to end into a real SCIM service (scim2-server), with a plain-data directory source.

What is asserted is what an admin would see in the tenant: which users and groups exist, with which
attributes, active or not, and that nothing is duplicated after faults and interruptions.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.cloud.errors import TenantUnreachableError
from app.errors import DirectoryError
from app.sync.engine import FullReadReason, SyncEngine
from app.sync.model import ObjectKind, Owner, PlanCategory, ReasonCode, RunMode, SourceSnapshot, Tombstone
from app.sync.ports import SourceRead
from app.sync.settings import SyncScope, SyncSettings, suggest_user_mapping
from app.sync.state import JournalStatus, Outcome, RunStatus, StateStore
from tests.servers.scim2server import Scim2Server
from tests.sync.factories import ENG, group, user
from tests.sync.scimtools import Fault, FaultyTransport, PlainSource, StaticBearer, scim_target

pytestmark = pytest.mark.slow

PEOPLE = ("alice.adams", "bob.brown", "carol.clark", "dave.davis")


def directory(*, disabled: tuple[str, ...] = (), only: tuple[str, ...] = PEOPLE, **extra: Any) -> SourceSnapshot:
    users = tuple(user(n, disabled=n in disabled, title=f"Title of {n}") for n in only)
    return SourceSnapshot(users=users, **extra)


def cloud_users(server: Scim2Server) -> dict[str, dict[str, Any]]:
    """userName → resource, straight from the service (not through the code under test)."""
    response = httpx.get(
        f"{server.base_url}/Users", params={"count": 1000}, headers={"Authorization": f"Bearer {server.token}"}
    )
    response.raise_for_status()
    return {r["userName"]: r for r in response.json().get("Resources", [])}


def cloud_groups(server: Scim2Server) -> dict[str, dict[str, Any]]:
    response = httpx.get(
        f"{server.base_url}/Groups", params={"count": 1000}, headers={"Authorization": f"Bearer {server.token}"}
    )
    response.raise_for_status()
    return {r["displayName"]: r for r in response.json().get("Resources", [])}


def engine(
    tmp_path: Path,
    server: Scim2Server,
    source: PlainSource,
    settings: SyncSettings | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    owner: Owner | None = None,
) -> SyncEngine:
    state = StateStore.open(tmp_path / "state.sqlite3")
    target = scim_target(server.base_url, server.token, transport)
    return SyncEngine(state, source, target, settings or SyncSettings(), owner, concurrency=4)


async def first_run(eng: SyncEngine) -> None:
    plan = await eng.plan_run(RunMode.MANUAL)
    await eng.apply(plan, selection=[e.key for e in plan.actionable])


def test_first_run_review_then_scheduled_runs_apply(tmp_path: Path, scim2_server: Scim2Server) -> None:
    source = PlainSource(directory())

    async def scenario() -> None:
        eng = engine(tmp_path, scim2_server, source)
        scheduled = await eng.plan_run(RunMode.SCHEDULED)
        assert eng.review_required(scheduled)
        stopped = await eng.apply(scheduled)
        assert stopped.status is RunStatus.STOPPED and cloud_users(scim2_server) == {}

        plan = await eng.plan_run(RunMode.MANUAL)
        assert [e.category for e in plan.entries] == [PlanCategory.NEW] * 4
        chosen = [e.key for e in plan.entries if not e.anchor.startswith(user("dave.davis").anchor)]
        progress: list[tuple[int, int]] = []
        result = await eng.apply(plan, selection=chosen, on_progress=lambda d, t: progress.append((d, t)))
        assert (result.status, result.done, result.skipped) == (RunStatus.COMPLETED, 3, 1)
        assert progress[0] == (0, 3) and progress[-1] == (3, 3)
        users = cloud_users(scim2_server)
        assert set(users) == {f"{n}@zylker.test" for n in PEOPLE[:3]}
        alice = users["alice.adams@zylker.test"]
        assert alice["externalId"] == user("alice.adams").anchor
        assert alice["name"]["familyName"] == "Adams" and alice["title"] == "Title of alice.adams"
        assert alice["emails"][0]["value"] == "alice.adams@zylker.test"

        # After the first applied run, a scheduled run applies without review: dave is created now.
        again = await eng.plan_run(RunMode.SCHEDULED)
        assert not eng.review_required(again)
        assert [(e.anchor, e.category) for e in again.entries] == [(user("dave.davis").anchor, PlanCategory.NEW)]
        await eng.apply(again)
        created_before_crash = len(cloud_users(scim2_server))
        assert created_before_crash >= 4
        # A further run changes nothing: idempotent.
        assert (await eng.plan_run(RunMode.SCHEDULED)).actionable == ()

        runs = eng.state.recent_runs()
        assert [r.status for r in runs] == [RunStatus.COMPLETED, RunStatus.COMPLETED, RunStatus.STOPPED]
        assert runs[1].counts["user.new"] == 4 and runs[1].counts["skipped"] == 1
        skipped = eng.state.run_outcomes(runs[1].id, outcome=Outcome.SKIPPED)
        assert [o.anchor for o in skipped] == [user("dave.davis").anchor]

    asyncio.run(scenario())


def test_status_rules_and_deletions_reach_the_service(tmp_path: Path, scim2_server: Scim2Server) -> None:
    source = PlainSource(directory())
    settings = SyncSettings(propagate_deletions=True)

    async def scenario() -> None:
        eng = engine(tmp_path, scim2_server, source, settings, owner=Owner(email="bob.brown@zylker.test"))
        await first_run(eng)
        # carol disabled, dave deleted in AD, bob (the owner) disabled too: bob must stay active
        source.snapshot = directory(
            disabled=("carol.clark", "bob.brown"),
            only=PEOPLE[:3],
            tombstones=(Tombstone(user("dave.davis").anchor, ObjectKind.USER),),
        )
        plan = await eng.plan_run(RunMode.SCHEDULED)
        got = {(e.display_name, e.category, e.reason.code) for e in plan.entries}
        assert got == {
            ("Carol Clark", PlanCategory.DISABLE, ReasonCode.DISABLED_IN_DIRECTORY),
            ("Bob Brown", PlanCategory.IGNORED, ReasonCode.OWNER_PROTECTED),
            ("Dave Davis", PlanCategory.DELETE, ReasonCode.DELETED_IN_DIRECTORY),
        }
        await eng.apply(plan)
        users = cloud_users(scim2_server)
        assert users["carol.clark@zylker.test"]["active"] is False
        assert users["bob.brown@zylker.test"]["active"] is True
        assert "dave.davis@zylker.test" not in users
        # carol enabled again: re-activated
        source.snapshot = directory(only=PEOPLE[:3])
        plan = await eng.plan_run(RunMode.SCHEDULED)
        assert [(e.category, e.reason.code) for e in plan.entries] == [
            (PlanCategory.ACTIVATE, ReasonCode.ENABLED_IN_DIRECTORY)
        ]
        await eng.apply(plan)
        assert cloud_users(scim2_server)["carol.clark@zylker.test"]["active"] is True

    asyncio.run(scenario())


def test_deleted_in_cloud_listed_in_manual_run_recreated_by_scheduled(
    tmp_path: Path, scim2_server: Scim2Server
) -> None:
    source = PlainSource(directory())

    async def scenario() -> None:
        eng = engine(tmp_path, scim2_server, source)
        await first_run(eng)
        alice = cloud_users(scim2_server)["alice.adams@zylker.test"]
        httpx.delete(
            f"{scim2_server.base_url}/Users/{alice['id']}", headers={"Authorization": f"Bearer {scim2_server.token}"}
        ).raise_for_status()
        manual = await eng.plan_run(RunMode.MANUAL)
        (entry,) = manual.entries
        assert (entry.category, entry.reason.code, entry.needs_review) == (
            PlanCategory.NEW,
            ReasonCode.DELETED_IN_CLOUD,
            True,
        )
        await eng.apply(manual)  # nothing selected explicitly: review-only entries are not applied
        assert "alice.adams@zylker.test" not in cloud_users(scim2_server)
        scheduled = await eng.plan_run(RunMode.SCHEDULED)
        assert [e.reason.code for e in scheduled.entries] == [ReasonCode.DELETED_IN_CLOUD]
        await eng.apply(scheduled)
        recreated = cloud_users(scim2_server)["alice.adams@zylker.test"]
        assert recreated["id"] != alice["id"] and recreated["externalId"] == alice["externalId"]

    asyncio.run(scenario())


def test_groups_with_nested_members(tmp_path: Path, scim2_server: Scim2Server) -> None:
    users = directory().users
    a, b, c, d = (u.anchor for u in users)
    inner = group("Engineers", (c.__str__(), d), ou=ENG)
    outer = group("Staff", (a, inner.anchor))
    source = PlainSource(SourceSnapshot(users=users, groups=(inner, outer)))

    async def scenario() -> None:
        eng = engine(tmp_path, scim2_server, source)
        await first_run(eng)
        ids = {r["externalId"]: r["id"] for r in cloud_users(scim2_server).values()}
        groups = cloud_groups(scim2_server)
        assert {m["value"] for m in groups["Engineers"]["members"]} == {ids[c], ids[d]}
        assert {m["value"] for m in groups["Staff"]["members"]} == {ids[a], groups["Engineers"]["id"]}
        # bob joins Engineers, dave leaves
        source.snapshot = SourceSnapshot(users=users, groups=(group("Engineers", (c, b), ou=ENG), outer))
        plan = await eng.plan_run(RunMode.SCHEDULED)
        (entry,) = plan.entries
        assert entry.reason.code is ReasonCode.MEMBERS_CHANGED
        await eng.apply(plan)
        assert {m["value"] for m in cloud_groups(scim2_server)["Engineers"]["members"]} == {ids[c], ids[b]}
        assert (await eng.plan_run(RunMode.SCHEDULED)).actionable == ()

    asyncio.run(scenario())


def test_threshold_stops_until_approved(tmp_path: Path, scim2_server: Scim2Server) -> None:
    names = tuple(f"user.n{i:03d}" for i in range(30))
    source = PlainSource(directory(only=names))
    settings = SyncSettings(safety={"max_count": 5, "max_percent": 100})  # type: ignore[arg-type]

    async def scenario() -> None:
        eng = engine(tmp_path, scim2_server, source, settings)
        await first_run(eng)
        source.snapshot = directory(only=names, disabled=names[:6])
        plan = await eng.plan_run(RunMode.SCHEDULED)
        assert plan.safety.code.value == "threshold_exceeded"
        stopped = await eng.apply(plan)
        assert stopped.status is RunStatus.STOPPED
        assert all(u["active"] for u in cloud_users(scim2_server).values())
        eng.state.set_watermarks([])
        approved = await eng.apply(plan, approved=True)  # the same, reviewed plan, now approved
        assert approved.done == 6
        assert eng.state.watermarks(), "the approved plan's read position is kept"
        assert sum(not u["active"] for u in cloud_users(scim2_server).values()) == 6

    asyncio.run(scenario())


def test_incomplete_read_writes_nothing(tmp_path: Path, scim2_server: Scim2Server) -> None:
    source = PlainSource(directory())

    async def scenario() -> None:
        eng = engine(tmp_path, scim2_server, source)
        await first_run(eng)
        # the DC was lost mid-read: only half the users came back and paging was cut short
        source.snapshot = directory(only=PEOPLE[:2], complete=False)
        plan = await eng.plan_run(RunMode.SCHEDULED)
        assert plan.safety.code.value == "source_incomplete"
        result = await eng.apply(plan, approved=True)
        assert result.status is RunStatus.ABORTED
        assert all(u["active"] for u in cloud_users(scim2_server).values())

    asyncio.run(scenario())


def test_scim_faults_429_500_and_dropped_connections(tmp_path: Path, scim2_server: Scim2Server) -> None:
    names = tuple(f"user.f{i:03d}" for i in range(12))
    # One fault of each kind, met by the first creates of the four workers: the SCIM client (the only retry
    # layer, three attempts here) gets each of them through.
    transport = FaultyTransport(
        [
            Fault("POST", 429, 1, "/Users", retry_after="0"),
            Fault("POST", 500, 1, "/Users"),
            Fault("POST", 0, 1, "/Users"),  # reset before the server saw it
            Fault("POST", 0, 1, "/Users", after_forward=True),  # created, answer lost
            Fault("PUT", 0, 1, "/Users", after_forward=True),
        ]
    )
    source = PlainSource(directory(only=names))

    async def scenario() -> None:
        eng = engine(tmp_path, scim2_server, source, transport=transport)
        eng.target.scim.use_bulk = False  # these faults are for single creates
        await first_run(eng)
        users = cloud_users(scim2_server)
        assert sorted(users) == sorted(f"{n}@zylker.test" for n in names)  # each exactly once
        assert transport.seen[("POST", 429)] == 1 and transport.seen[("POST", 0)] == 2
        run = eng.state.last_run()
        assert run is not None and run.status is RunStatus.COMPLETED
        source.snapshot = directory(only=names).__class__(users=tuple(user(n, title="Changed") for n in names))
        plan = await eng.plan_run(RunMode.SCHEDULED)
        result = await eng.apply(plan)
        assert result.done == 12 and result.failed == 0
        assert {u["title"] for u in cloud_users(scim2_server).values()} == {"Changed"}

    asyncio.run(scenario())


class _Crash(BaseException):
    """Stands for the process being killed: not an Exception, so nothing on the way catches it."""


def test_interrupted_run_converges_without_duplicates(tmp_path: Path, scim2_server: Scim2Server) -> None:
    names = tuple(f"user.c{i:03d}" for i in range(10))
    source = PlainSource(directory(only=names))

    async def crashing_process() -> None:
        eng = engine(tmp_path, scim2_server, source)
        plan = await eng.plan_run(RunMode.MANUAL)
        real_create = eng.target.create
        eng.target.scim.use_bulk = False  # the crash comes in a single create
        calls = 0

        async def create_then_die(*args: Any, **kwargs: Any) -> Any:
            nonlocal calls
            calls += 1
            created = await real_create(*args, **kwargs)
            if calls == 4:
                raise _Crash  # killed after the service created it, before the journal recorded it
            return created

        eng.target.create = create_then_die  # type: ignore[method-assign]
        eng.concurrency = 1
        try:
            await eng.apply(plan, selection=[e.key for e in plan.actionable])
        finally:
            eng.state.close()

    # The event loop ends with the crash, cancelling whatever was in flight, as a killed process would.
    with pytest.raises(_Crash):
        asyncio.run(crashing_process())
    created_before_crash = len(cloud_users(scim2_server))
    assert created_before_crash >= 4

    async def next_process() -> None:
        again = engine(tmp_path, scim2_server, source)
        journal = again.state.journal(unfinished=True)
        # the create that happened without its outcome being recorded is still open in the journal
        assert user(names[3]).anchor in {r.anchor for r in journal}
        assert all(r.status is JournalStatus.PENDING for r in journal)
        plan = await again.plan_run(RunMode.MANUAL)
        assert len(plan.by(ObjectKind.USER, PlanCategory.NEW)) == 10 - created_before_crash
        await again.apply(plan, selection=[e.key for e in plan.actionable])
        users = cloud_users(scim2_server)
        assert sorted(users) == sorted(f"{n}@zylker.test" for n in names)
        statuses = [r.status for r in again.state.recent_runs()]
        assert statuses == [RunStatus.COMPLETED, RunStatus.INTERRUPTED]
        assert again.state.journal() == []
        assert len(again.state.load_state().ledger) == 10

    asyncio.run(next_process())


def test_provisioning_header_is_sent_on_create(tmp_path: Path, scim2_server: Scim2Server) -> None:
    seen: list[str | None] = []

    class Recording(httpx.AsyncHTTPTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "POST":
                seen.append(request.headers.get("Identity-Connect-Provisioning"))
            return await super().handle_async_request(request)

    settings = SyncSettings(password_notification="admin", welcome_mail=False)  # type: ignore[arg-type]
    source = PlainSource(directory(only=PEOPLE[:1]))

    async def scenario() -> None:
        eng = engine(tmp_path, scim2_server, source, settings, transport=Recording())
        await first_run(eng)

    asyncio.run(scenario())
    assert seen == ["password-notification=admin; welcome-mail=no"]


def test_static_bearer_is_required(scim2_server: Scim2Server) -> None:
    # Guards the helpers: the service refuses a wrong token, so the tests above really talk to it.
    response = httpx.get(f"{scim2_server.base_url}/Users", auth=StaticBearer("wrong"))
    assert response.status_code in (401, 403)


def test_full_read_forced_by_first_run_scope_mapping_and_age(tmp_path: Path, scim2_server: Scim2Server) -> None:
    source = PlainSource(directory())
    now = [datetime(2026, 3, 2, 2, 0, tzinfo=UTC)]

    async def scenario() -> None:
        eng = engine(tmp_path, scim2_server, source)
        eng._clock = lambda: now[0]
        assert eng.full_read_reason() == FullReadReason.FIRST
        await first_run(eng)
        assert eng.full_read_reason() is None
        assert eng.full_read_reason(force_full=True) == FullReadReason.FORCED
        await eng.plan_run(RunMode.SCHEDULED)
        assert source.reads[-2:] == ["delta", "full"]  # the source could not do a delta: fell back to full
        eng.settings = SyncSettings(scope=SyncScope(ous=[ENG]))
        assert eng.full_read_reason() == FullReadReason.SCOPE_CHANGED
        eng.settings = SyncSettings(user_mapping=suggest_user_mapping("inetorgperson"))
        assert eng.full_read_reason() == FullReadReason.MAPPING_CHANGED
        eng.settings = SyncSettings()
        # The base DN the directory is read under is part of the scope too, though a connection setting.
        eng.base_dn = "DC=zylker,DC=test"
        assert eng.full_read_reason() == FullReadReason.SCOPE_CHANGED
        await first_run(eng)
        assert eng.full_read_reason() is None
        eng.base_dn = "OU=Staff,DC=zylker,DC=test"
        assert eng.full_read_reason() == FullReadReason.SCOPE_CHANGED
        eng.base_dn = "DC=zylker,DC=test"
        now[0] += timedelta(days=7)
        assert eng.full_read_reason() == FullReadReason.INTERVAL
        # The interval is the setting's (the weekly default above): a shorter one makes a full read due sooner.
        now[0] -= timedelta(days=5)
        assert eng.full_read_reason() is None
        eng.settings = SyncSettings(full_sync_interval_days=2)
        assert eng.full_read_reason() == FullReadReason.INTERVAL

    asyncio.run(scenario())


class _ListingWatch(FaultyTransport):
    """The real service, with an event set when a user listing reaches it and one when a listing failed (the
    faults answer it); ``hold`` keeps every listing waiting until cancelled."""

    def __init__(self, faults: list[Fault] | None = None, hold: bool = False) -> None:
        super().__init__(faults or [])
        self.listing = asyncio.Event()
        self.listing_failed = asyncio.Event()
        self.hold = hold
        self.cancelled = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "GET" or not request.url.path.endswith("/Users"):
            return await super().handle_async_request(request)
        self.listing.set()
        if self.hold:
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                self.cancelled = True
                raise
        response = await super().handle_async_request(request)
        if response.status_code >= 500:
            self.listing_failed.set()
        return response


class _WaitingSource(PlainSource):
    """A directory read that ends only once ``until`` is set (or fails with ``error`` then)."""

    def __init__(self, snapshot: SourceSnapshot, until: asyncio.Event, error: Exception | None = None) -> None:
        super().__init__(snapshot)
        self.until = until
        self.error = error
        self.finished = False

    async def read_full(self, settings: SyncSettings, known: Any) -> SourceRead:
        await self.until.wait()
        if self.error is not None:
            raise self.error
        read = await super().read_full(settings, known)
        self.finished = True
        return read


def test_a_full_read_lists_the_tenant_while_it_reads_the_directory(tmp_path: Path, scim2_server: Scim2Server) -> None:
    """The directory read below ends only once the tenant's user listing has begun: read one after the other,
    the run would wait forever."""

    async def scenario() -> None:
        watch = _ListingWatch()
        source = _WaitingSource(directory(), watch.listing)
        eng = engine(tmp_path, scim2_server, source, transport=watch)
        plan = await asyncio.wait_for(eng.plan_run(RunMode.MANUAL), 30)
        assert source.finished and len(plan.by(ObjectKind.USER, PlanCategory.NEW)) == len(PEOPLE)
        assert eng.read_reason == FullReadReason.FIRST

    asyncio.run(scenario())


def test_side_by_side_reads_fail_as_one_after_the_other_would(tmp_path: Path, scim2_server: Scim2Server) -> None:
    """A listing that fails while the directory is read: the directory read still ends (its connection is not
    cut under it), then the tenant's error is raised. A directory read that fails: its error, and the listing
    (held open by the tenant) is cancelled instead of waited for."""

    async def scenario() -> None:
        faults = [Fault("GET", 500, 10, path_contains="/Users")]
        watch = _ListingWatch(faults)
        source = _WaitingSource(directory(), watch.listing_failed)
        eng = engine(tmp_path, scim2_server, source, transport=watch)
        with pytest.raises(TenantUnreachableError):
            await asyncio.wait_for(eng.plan_run(RunMode.MANUAL), 30)
        assert source.finished

        held = _ListingWatch(hold=True)
        failing = _WaitingSource(directory(), held.listing, error=DirectoryError("the DC went away"))
        eng = engine(tmp_path / "second", scim2_server, failing, transport=held)
        with pytest.raises(DirectoryError, match="the DC went away"):
            await asyncio.wait_for(eng.plan_run(RunMode.MANUAL), 30)
        assert held.cancelled

    (tmp_path / "second").mkdir()
    asyncio.run(scenario())
