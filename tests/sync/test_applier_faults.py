"""The applier under tenant faults, against a real HTTP service on loopback that counts what it receives.

What must hold is what an admin (or the tenant's operator) would notice: once a run has ended, the agent
sends nothing more; one object's failure, whatever its kind, fails that object only and the later phases
(disables) still run; and a tenant that is down as a whole ends the run once, after a bounded number of
requests, leaving the rest for the next run, which converges without duplicates.

The SCIM client is built with explicit retry parameters (three attempts, short back-off) so these tests
state their own bounds rather than depend on the client's defaults.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cloud.http import Backoff, HttpSettings
from app.cloud.scim import ScimTarget
from app.sync.applier import BreakerPolicy, TenantUnavailableError
from app.sync.engine import SyncEngine
from app.sync.model import ObjectKind, PlanCategory, RunMode, SourceSnapshot
from app.sync.settings import SyncSettings
from app.sync.state import Outcome, RunStatus, StateStore
from app.sync.targets import ScimCloudTarget
from tests.sync.countingserver import DROP, Answer, CountingScimServer, Seen, counting_server
from tests.sync.factories import user
from tests.sync.scimtools import PlainSource, StaticBearer

ATTEMPTS = 3  # the client's attempts per request in these tests
CONCURRENCY = 4
POLICY = BreakerPolicy(consecutive_failures=5, max_wait=60.0)


def client(server: CountingScimServer) -> ScimCloudTarget:
    scim = ScimTarget(
        server.base_url,
        StaticBearer("token"),
        http=HttpSettings(timeout=10.0),
        max_concurrency=8,
        max_attempts=ATTEMPTS,
        max_retry_after=5.0,
        backoff=Backoff(base=0.01, cap=0.05),
    )
    return ScimCloudTarget(scim)


def engine(tmp_path: Path, server: CountingScimServer, source: PlainSource) -> SyncEngine:
    state = StateStore.open(tmp_path / "state.sqlite3")
    return SyncEngine(state, source, client(server), SyncSettings(), concurrency=CONCURRENCY, breaker=POLICY)


@pytest.fixture
def server() -> Iterator[CountingScimServer]:
    with counting_server(patch=False) as running:
        yield running


async def close(target: Any) -> None:
    await target.scim.aclose()


def about(name: str) -> str:
    return user(name).anchor


def requests_after(server: CountingScimServer, seconds: float, loop: asyncio.AbstractEventLoop) -> int:
    """Requests that arrive during the next ``seconds`` while the loop keeps running, as the agent's does."""

    async def watch() -> int:
        before = server.count()
        await asyncio.sleep(seconds)
        return server.count() - before

    return loop.run_until_complete(watch())


def test_no_write_outlives_the_run_and_one_failure_skips_no_phase(tmp_path: Path, server: CountingScimServer) -> None:
    """30 new users, one of which the tenant fails (create and lookup), plus two disables: one of a user the
    tenant deleted meanwhile (``cloud_object_missing``, not a SCIM error), one that works."""
    keep, gone = "keep.me", "gone.meanwhile"
    source = PlainSource(SourceSnapshot(users=(user(keep), user(gone))))
    failing = "aaron.fails"
    new = [failing, *(f"user.n{i:02d}" for i in range(29))]
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        eng = engine(tmp_path, server, source)

        async def first() -> None:
            plan = await eng.plan_run(RunMode.MANUAL)
            await eng.apply(plan, selection=[e.key for e in plan.actionable])

        loop.run_until_complete(first())
        assert {u["userName"] for u in server.users()} == {f"{keep}@zylker.test", f"{gone}@zylker.test"}

        source.snapshot = SourceSnapshot(
            users=(user(keep, disabled=True), user(gone, disabled=True), *(user(n) for n in new))
        )

        def fail_one(seen: Seen) -> Answer | None:
            body = seen.body if isinstance(seen.body, dict) else {}
            if seen.method == "POST" and body.get("externalId") == about(failing):
                return Answer(500)
            if seen.method == "GET" and about(failing) in seen.query.get("filter", ""):
                return Answer(500)
            return None

        async def second() -> Any:
            plan = await eng.plan_run(RunMode.MANUAL)
            assert len(plan.by(ObjectKind.USER, PlanCategory.NEW)) == 30
            assert len(plan.by(ObjectKind.USER, PlanCategory.DISABLE)) == 2
            server.remove_user(about(gone))  # deleted in the tenant's console after the plan was made
            server.rule = fail_one
            server.delay = 0.2  # the other entries are still busy when the failing one gives up
            return await eng.apply(plan, selection=[e.key for e in plan.actionable], approved=True)

        outcome: Any
        try:
            outcome = loop.run_until_complete(second())
        except Exception as exc:  # whatever apply did, it is over now: nothing may follow it on the wire
            outcome = exc
        stragglers = requests_after(server, 2.0, loop)
        assert stragglers == 0, f"{stragglers} requests reached the tenant after the run ended ({outcome!r})"

        assert not isinstance(outcome, BaseException), outcome
        assert outcome.status is RunStatus.PARTIAL
        assert (outcome.done, outcome.failed) == (29 + 1, 2)
        assert _failures(eng, outcome.run_id) == {
            about(failing): "tenant_unreachable",
            about(gone): "cloud_object_missing",
        }
        users = {u["userName"]: u for u in server.users()}
        assert set(users) == {f"{n}@zylker.test" for n in [keep, *new[1:]]}
        assert users[f"{keep}@zylker.test"]["active"] is False  # the disable phase ran
        # the failing create was tried by the client's attempts and looked up, nothing more
        posts = [r for r in server.requests if r.method == "POST" and r.body.get("externalId") == about(failing)]
        assert 1 <= len(posts) <= ATTEMPTS
    finally:
        loop.run_until_complete(close(eng.target))
        loop.close()
        asyncio.set_event_loop(None)


def _failures(eng: SyncEngine, run_id: int) -> dict[str, str | None]:
    """anchor → error code of the run's failed objects, as the status window lists them."""
    return {o.anchor: o.error_code for o in eng.state.run_outcomes(run_id, outcome=Outcome.FAILED)}


def _apply_against(
    tmp_path: Path, server: CountingScimServer, rule: Any, users: int = 60
) -> tuple[SyncEngine, BaseException | None, int, PlainSource]:
    """Plan ``users`` creates against a healthy tenant, then apply them while ``rule`` answers for it."""
    source = PlainSource(SourceSnapshot(users=tuple(user(f"user.b{i:03d}") for i in range(users))))
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    eng = engine(tmp_path, server, source)

    before = 0

    async def run() -> None:
        nonlocal before
        plan = await eng.plan_run(RunMode.MANUAL)
        server.rule = rule
        before = server.count()
        await eng.apply(plan, selection=[e.key for e in plan.actionable])

    error: BaseException | None = None
    try:
        loop.run_until_complete(run())
    except Exception as exc:
        error = exc
    sent = server.count() - before
    assert requests_after(server, 1.0, loop) == 0
    loop.run_until_complete(close(eng.target))
    loop.close()
    asyncio.set_event_loop(None)
    return eng, error, sent, source


def test_tenant_answering_503_forever_ends_the_run_once(tmp_path: Path, server: CountingScimServer) -> None:
    eng, error, sent, source = _apply_against(tmp_path, server, lambda seen: Answer(503))
    assert isinstance(error, TenantUnavailableError), error
    assert error.code == "tenant_unavailable" and error.details["cause"] == "tenant_unreachable"
    assert str(error).startswith("tenant unavailable since ")
    # The breaker trips at the fifth failure in a row: no more entries than the workers' first wave and the
    # four that followed it were started, each costing at most the client's attempts plus one lookup.
    started = CONCURRENCY + POLICY.consecutive_failures - 1
    assert sent <= started * 2 * ATTEMPTS, sent
    last = eng.state.last_run()
    assert last is not None and (last.status, last.error_code) == (RunStatus.ABORTED, "tenant_unavailable")
    # the entries not attempted stay pending for the next run, which converges once the tenant is back
    assert len(eng.state.journal(unfinished=True)) >= 60 - 2 * CONCURRENCY
    assert server.users() == []
    server.rule = None

    async def next_run() -> None:
        again = SyncEngine(eng.state, source, client(server), SyncSettings(), concurrency=CONCURRENCY)
        try:
            plan = await again.plan_run(RunMode.MANUAL)
            result = await again.apply(plan, selection=[e.key for e in plan.actionable])
        finally:
            await close(again.target)
        assert result.status is RunStatus.COMPLETED

    asyncio.run(next_run())
    names = Counter(u["externalId"] for u in server.users())
    assert len(names) == 60 and max(names.values()) == 1
    assert eng.state.journal() == []


@pytest.mark.parametrize(
    ("answer", "cause"),
    [
        (Answer(401), "signin_expired"),  # the token was refused after the auth flow's refresh
        (Answer(429, (("Retry-After", "3600"),)), "rate_limited"),  # beyond the run's budget
    ],
    ids=["signin-rejected", "retry-after-beyond-budget"],
)
def test_tenant_wide_refusal_stops_at_the_first_answer(
    tmp_path: Path, server: CountingScimServer, answer: Answer, cause: str
) -> None:
    eng, error, sent, _ = _apply_against(tmp_path, server, lambda seen: answer)
    assert isinstance(error, TenantUnavailableError), error
    assert error.details["cause"] == cause
    assert sent <= CONCURRENCY, sent  # one request per entry in flight, not one failure per object
    last = eng.state.last_run()
    assert last is not None and last.error_code == "tenant_unavailable"
    assert _failures(eng, last.id) == {}  # the run's one reason, not a failure per object


def test_connection_refused_ends_the_run_once(tmp_path: Path, server: CountingScimServer) -> None:
    source = PlainSource(SourceSnapshot(users=tuple(user(f"user.r{i:02d}") for i in range(20))))

    async def run() -> BaseException | None:
        eng = engine(tmp_path, server, source)
        plan = await eng.plan_run(RunMode.MANUAL)
        server.stop()  # the tenant's port now refuses connections
        await close(eng.target)
        eng.target = client(server)  # without the listing's kept-alive connection
        try:
            await eng.apply(plan, selection=[e.key for e in plan.actionable])
        except TenantUnavailableError as exc:
            return exc
        finally:
            await close(eng.target)
        return None

    error = asyncio.run(run())
    assert isinstance(error, TenantUnavailableError)
    assert error.details["cause"] == "tenant_unreachable" and error.details["failures"] == 1


def test_a_dropped_create_is_looked_up_not_resent(tmp_path: Path, server: CountingScimServer) -> None:
    """The create reached the tenant but its answer was lost: one lookup finds it, nothing is duplicated."""
    name = "dora.dropped"
    source = PlainSource(SourceSnapshot(users=(user(name),)))
    dropped = False

    def drop_after_create(seen: Seen) -> Answer | None:
        nonlocal dropped
        if seen.method == "POST" and not dropped:
            dropped = True
            server._serve(seen)  # the tenant creates it …
            return Answer(DROP)  # … and the answer never arrives
        return None

    async def run() -> Any:
        eng = engine(tmp_path, server, source)
        plan = await eng.plan_run(RunMode.MANUAL)
        server.rule = drop_after_create
        try:
            return await eng.apply(plan, selection=[e.key for e in plan.actionable])
        finally:
            await close(eng.target)

    result = asyncio.run(run())
    assert result.status is RunStatus.COMPLETED
    assert [u["userName"] for u in server.users()] == [f"{name}@zylker.test"]
    assert [r.method for r in server.requests if r.method == "POST"] == ["POST"]


class _BuggyTarget:
    """The real target, with a bug (an untyped exception) on one object's create: a fault no server makes."""

    def __init__(self, inner: ScimCloudTarget, anchor: str) -> None:
        self.inner = inner
        self.anchor = anchor

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def create(self, kind: ObjectKind, resource: Any, *, provisioning: Any = None) -> Any:
        if resource.get("externalId") == self.anchor:
            raise RuntimeError("a bug, not a tenant answer")
        return await self.inner.create(kind, resource, provisioning=provisioning)


def test_an_untyped_error_fails_that_object_only(tmp_path: Path, server: CountingScimServer) -> None:
    names = ("ann.fine", "bob.buggy", "cyd.fine")
    source = PlainSource(SourceSnapshot(users=tuple(user(n) for n in names)))

    async def run() -> Any:
        eng = engine(tmp_path, server, source)
        assert isinstance(eng.target, ScimCloudTarget)
        eng.target = _BuggyTarget(eng.target, about("bob.buggy"))
        try:
            plan = await eng.plan_run(RunMode.MANUAL)
            result = await eng.apply(plan, selection=[e.key for e in plan.actionable])
        finally:
            await close(eng.target)
        return eng, result

    eng, result = asyncio.run(run())
    assert (result.status, result.done, result.failed) == (RunStatus.PARTIAL, 2, 1)
    assert _failures(eng, result.run_id) == {about("bob.buggy"): "unexpected_error"}
    assert sorted(u["userName"] for u in server.users()) == ["ann.fine@zylker.test", "cyd.fine@zylker.test"]
