"""The journal's write-ahead intents and grouped outcomes, across a crash at each point between them.

A run writes its intents (every operation ``pending``) in one transaction before the first request, and the
tenant's answers in groups (one transaction per Bulk batch, or per so many answers / so many milliseconds one
by one). Whatever instant the process dies at — after the intents, with answers had but their group not
committed, in the middle of a group's transaction — the next run must converge: every user exactly once in
the tenant, every one recorded, nothing created twice. The tenant is the real scim2-server; the crashes are a
real ``SIGKILL`` of a child process, and (for the points inside one process) a store that dies at a chosen
write: from then on nothing more reaches the database, as when the process is gone.
"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sync.engine import SyncEngine
from app.sync.model import ObjectKind, PlanCategory, PlanEntry, Reason, ReasonCode, RunMode, SourceSnapshot
from app.sync.settings import SyncSettings
from app.sync.state import EntryOutcome, JournalStatus, Outcome, OutcomeLog, RunStatus, StateStore
from tests.servers.scim2server import Scim2Server
from tests.sync.factories import anchor, user
from tests.sync.scimtools import PlainSource, scim_target

ROOT = Path(__file__).resolve().parents[2]
USERS = [f"user.g{i:03d}" for i in range(40)]


class Crash(BaseException):
    """The process died here (a BaseException, so no handler of the agent's takes it for an error)."""


class DyingStore(StateStore):
    """A state store whose process dies at the ``die_at``-th write of outcomes (a transaction that marks
    journal rows done/failed), or at once after the intents when ``die_at`` is 0: that write and every later
    one never reach the database."""

    die_at: int | None = None
    dead = False
    outcome_writes = 0

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        if self.dead:
            raise Crash
        with super()._tx() as db:
            yield db

    def journal_plan(self, run_id: int, entries: Any) -> None:
        super().journal_plan(run_id, entries)
        if self.die_at == 0:
            self.dead = True
            raise Crash

    def finish_entries(self, run_id: int, finished: Any) -> None:
        self.outcome_writes += 1
        if self.die_at is not None and self.outcome_writes >= self.die_at:
            self.dead = True
        super().finish_entries(run_id, finished)


def tenant_users(server: Scim2Server) -> list[dict[str, Any]]:
    response = httpx.get(
        f"{server.base_url}/Users",
        params={"count": 1000},
        headers={"Authorization": f"Bearer {server.token}"},
    )
    response.raise_for_status()
    return list(response.json().get("Resources", []))


def source_of(names: list[str]) -> PlainSource:
    return PlainSource(SourceSnapshot(users=tuple(user(n) for n in names)))


async def sync(store: StateStore, server: Scim2Server, names: list[str], *, bulk: bool) -> tuple[int, int]:
    """Plan and apply a manual run of ``names``; returns (creates planned, run id)."""
    target = scim_target(server.base_url, server.token)
    target.scim.use_bulk = bulk
    try:
        engine = SyncEngine(store, source_of(names), target, SyncSettings(), concurrency=4)
        plan = await engine.plan_run(RunMode.MANUAL)
        creates = len(plan.by(ObjectKind.USER, PlanCategory.NEW))
        result = await engine.apply(plan, selection=[e.key for e in plan.actionable])
        return creates, result.run_id
    finally:
        await target.scim.aclose()


def assert_converged(store: StateStore, server: Scim2Server, names: list[str]) -> None:
    """Each user once in the tenant (by externalId and by userName), each recorded with its SCIM id."""
    users = tenant_users(server)
    by_anchor = Counter(u["externalId"] for u in users)
    assert sorted(by_anchor) == sorted(anchor(n) for n in names)
    assert max(by_anchor.values()) == 1, [a for a, n in by_anchor.items() if n > 1]
    assert max(Counter(u["userName"] for u in users).values()) == 1
    recorded = store.anchors()
    assert {u["externalId"]: u["id"] for u in users} == {a: recorded[a][0] for a in by_anchor}
    assert store.journal() == []


@pytest.mark.parametrize("bulk", [False, True], ids=["one-by-one", "bulk"])
@pytest.mark.parametrize("die_at", [0, 1, 2], ids=["after-intents", "first-group", "second-group"])
def test_a_run_dying_between_intent_and_outcome_converges_on_the_next(
    tmp_path: Path, scim2_server: Scim2Server, monkeypatch: pytest.MonkeyPatch, bulk: bool, die_at: int
) -> None:
    """Groups of 10 answers one by one, Bulk batches of 10: the run dies after its intents, or with the answers
    of its first or second group (batch) had but not recorded; the next run creates exactly the users the
    tenant does not hold yet, and records every one."""
    monkeypatch.setattr("app.sync.state.OUTCOME_GROUP_ROWS", 10)
    monkeypatch.setattr("app.sync.state.OUTCOME_GROUP_DELAY", 60.0)
    monkeypatch.setattr("app.cloud.scim._MAX_BULK_OPERATIONS", 10)  # the tenant's 1000, clamped to 10
    path = tmp_path / "state.sqlite3"

    async def scenario() -> None:
        store = DyingStore.open(path)
        store.die_at = die_at
        with pytest.raises(Crash):
            await sync(store, server, USERS, bulk=bulk)
        store.close()
        created = tenant_users(server)
        if die_at == 0:
            assert created == []  # died before the first request
        else:
            assert len(created) >= 10 * die_at  # answers were had that no committed group records
        dead = StateStore.open(path)
        recorded = len(dead.anchors())
        assert recorded == 10 * (die_at - 1 if die_at else 0)  # only the groups committed before the death
        assert dead.last_run() is not None and dead.last_run().status is RunStatus.RUNNING  # type: ignore[union-attr]
        pending = dead.journal(unfinished=True)
        assert len(pending) == len(USERS) - recorded
        dead.close()

        store = StateStore.open(path)
        creates, _ = await sync(store, server, USERS, bulk=bulk)
        assert creates == len(USERS) - len(created)  # nothing the tenant holds is created again
        assert_converged(store, server, USERS)
        assert store.recent_runs()[1].status is RunStatus.INTERRUPTED

    server = scim2_server
    asyncio.run(scenario())


_CHILD = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    sys.path.insert(0, {root!r})
    import app.cloud.scim as scim
    import app.sync.state as state
    from tests.sync.test_journal_group_commit import sync, Scim2Server, USERS
    from app.sync.state import StateStore

    state.OUTCOME_GROUP_ROWS = 10
    scim._MAX_BULK_OPERATIONS = 10
    state.OUTCOME_GROUP_DELAY = 60.0
    store = StateStore.open({path!r})
    outcome_writes = 0
    in_outcome_write = False

    def trace(statement: str) -> None:
        # Killed inside the n-th write of outcomes, its statements run, right before its COMMIT.
        global outcome_writes, in_outcome_write
        if statement.startswith("UPDATE journal SET status"):
            in_outcome_write = True
        elif statement == "COMMIT" and in_outcome_write:
            in_outcome_write = False
            outcome_writes += 1
            if outcome_writes == {kill_at}:
                os.kill(os.getpid(), signal.SIGKILL)

    store._db.set_trace_callback(trace)
    server = Scim2Server({base_url!r}, {token!r}, None)
    asyncio.run(sync(store, server, USERS, bulk={bulk!r}))
    print("not killed")
    """
)


@pytest.mark.parametrize("bulk", [False, True], ids=["one-by-one", "bulk"])
def test_a_process_killed_inside_an_outcome_commit_converges_on_the_next_run(
    tmp_path: Path, scim2_server: Scim2Server, bulk: bool
) -> None:
    """SIGKILL right before the COMMIT of the second group of outcomes (one by one: groups of 10 answers;
    Bulk: batches of 10, the second batch): that transaction is lost whole, the group before it is kept, and
    the next run converges without creating anything the tenant already holds."""
    path = tmp_path / "state.sqlite3"
    kill_at = 2
    child = _CHILD.format(
        root=str(ROOT),
        path=str(path),
        kill_at=kill_at,
        base_url=scim2_server.base_url,
        token=scim2_server.token,
        bulk=bulk,
    )
    finished = subprocess.run([sys.executable, "-c", child], cwd=ROOT, capture_output=True, timeout=120)
    assert finished.returncode == -signal.SIGKILL, finished.stderr.decode()[-2000:]

    created = tenant_users(scim2_server)
    dead = StateStore.open(path)
    recorded = len(dead.anchors())
    assert recorded == 10 * (kill_at - 1)  # the group being committed is lost whole, not in part
    assert len(created) > recorded  # the tenant holds users whose answers the agent never recorded
    journal = dead.journal()
    assert sum(1 for j in journal if j.status is JournalStatus.DONE) == recorded
    assert sum(1 for j in journal if j.status is JournalStatus.PENDING) == len(USERS) - recorded
    dead.close()

    async def next_run() -> None:
        store = StateStore.open(path)
        creates, _ = await sync(store, scim2_server, USERS, bulk=bulk)
        assert creates == len(USERS) - len(created)
        assert_converged(store, scim2_server, USERS)
        assert store.recent_runs()[1].status is RunStatus.INTERRUPTED

    asyncio.run(next_run())


def test_one_by_one_outcomes_are_committed_in_groups_within_the_delay(tmp_path: Path) -> None:
    """A group is written at its size, or by the loop's timer once its first outcome is ``max_delay`` old
    (nobody has to come by to flush it), and a failed write is raised by the next call, not lost."""
    store = StateStore.open(tmp_path / "s.db")
    run = store.start_run("manual", "full")
    entries = [
        PlanEntry(PlanCategory.NEW, ObjectKind.USER, f"a{i}", None, f"u{i}", Reason(ReasonCode.NEW_IN_SCOPE), dn="x")
        for i in range(7)
    ]
    store.journal_plan(run, entries)

    def done() -> int:
        other = StateStore.open(tmp_path / "s.db")  # what a crash at this instant would leave
        try:
            return sum(1 for j in other.journal(run) if j.status is JournalStatus.DONE)
        finally:
            other.close()

    async def scenario() -> None:
        log = OutcomeLog(store, run, max_rows=3, max_delay=0.05)
        for entry in entries[:4]:
            log.add(EntryOutcome(entry, Outcome.DONE, f"c-{entry.anchor}", created=True))
        assert (done(), log.commits, len(log)) == (3, 1, 1)  # the size made a group; one outcome waits
        await asyncio.sleep(0.15)
        assert (done(), log.commits, len(log)) == (4, 2, 0)  # the timer wrote it
        log.add(EntryOutcome(entries[4], Outcome.DONE, "c-a4", created=True))
        store._db.execute("BEGIN")  # the timer's write will fail: a transaction is already open
        await asyncio.sleep(0.15)
        store._db.execute("ROLLBACK")
        assert len(log) == 1  # kept for the next attempt
        with pytest.raises(sqlite3.OperationalError):
            log.add(EntryOutcome(entries[5], Outcome.DONE, "c-a5", created=True))
        log.flush()
        assert (done(), len(log)) == (5, 0)

    asyncio.run(scenario())
    assert store.anchors() == {f"a{i}": (f"c-a{i}", ObjectKind.USER) for i in range(5)}
    assert [j.entry_key for j in store.journal(run, unfinished=True)] == [entries[5].key, entries[6].key]


def test_a_bulk_batch_is_one_group_whatever_its_size(tmp_path: Path) -> None:
    store = StateStore.open(tmp_path / "s.db")
    run = store.start_run("manual", "full")
    entries = [
        PlanEntry(PlanCategory.NEW, ObjectKind.USER, f"a{i}", None, f"u{i}", Reason(ReasonCode.NEW_IN_SCOPE), dn="x")
        for i in range(25)
    ]
    store.journal_plan(run, entries)

    async def scenario() -> None:
        log = OutcomeLog(store, run, max_rows=10, max_delay=0.01)
        with log.one_group():
            for entry in entries:
                log.add(EntryOutcome(entry, Outcome.DONE, f"c-{entry.anchor}", created=True))
            await asyncio.sleep(0.05)
            assert (log.commits, len(log)) == (0, 25)
        assert (log.commits, len(log)) == (1, 0)

    asyncio.run(scenario())
    assert len(store.anchors()) == 25 and store.journal(run, unfinished=True) == []
