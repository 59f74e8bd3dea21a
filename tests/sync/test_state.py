"""The state store: ledger, anchors, watermarks, run history with CSV export, the journal across a crash."""

from __future__ import annotations

import asyncio
import io
import random
import sqlite3
from pathlib import Path

import pytest

from app.errors import SyncError
from app.sync.engine import SyncEngine
from app.sync.model import LedgerEntry, LedgerRows, ObjectKind, PlanCategory, PlanEntry, Reason, ReasonCode, RunMode
from app.sync.ports import Watermark
from app.sync.settings import SyncSettings
from app.sync.state import JournalStatus, Outcome, RunStatus, StateStore
from tests.servers.scim2server import Scim2Server
from tests.sync.factories import user
from tests.sync.scimtools import PlainSource, scim_target


def entry(name: str, category: PlanCategory = PlanCategory.NEW) -> PlanEntry:
    src = user(name)
    return PlanEntry(category, ObjectKind.USER, src.anchor, None, name, Reason(ReasonCode.NEW_IN_SCOPE), dn=src.dn)


def test_ledger_and_anchors_persist(tmp_path: Path) -> None:
    store = StateStore.open(tmp_path / "s.db")
    store.update_ledger(
        [LedgerEntry("a1", ObjectKind.USER, "CN=A,DC=x", "c1"), LedgerEntry("g1", ObjectKind.GROUP, "CN=G,DC=x", None)]
    )
    store.close()
    again = StateStore.open(tmp_path / "s.db")
    state = again.load_state()
    assert state.ledger["a1"] == LedgerEntry("a1", ObjectKind.USER, "CN=A,DC=x", "c1")
    assert state.ledger["g1"].cloud_id is None
    again.update_ledger([LedgerEntry("a1", ObjectKind.USER, "CN=A2,DC=x", "c1", disabled_by_sync=True)], replace=True)
    state = again.load_state()
    assert list(state.ledger) == ["a1"] and state.ledger["a1"].disabled_by_sync
    assert again.anchors() == {"a1": ("c1", ObjectKind.USER)}
    again.forget("a1")
    assert again.load_state().ledger == {} and again.cloud_id("a1") is None


def test_watermarks_and_meta(tmp_path: Path) -> None:
    store = StateStore.open(tmp_path / "s.db")
    store.set_watermarks([Watermark("dc-invocation-1", "4711")])
    store.set_watermarks([Watermark("dc-invocation-2", "17")])
    assert store.watermarks() == (Watermark("dc-invocation-2", "17"),)
    store.set_meta({"k": "v"})
    assert store.get_meta("k") == "v" and store.get_meta("missing") is None


def test_wal_mode_and_newer_schema_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    StateStore.open(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.execute("PRAGMA user_version=99")
    db.close()
    with pytest.raises(SyncError) as err:
        StateStore.open(path)
    assert err.value.code == "state_too_new"


def test_run_history_outcomes_and_csv(tmp_path: Path) -> None:
    store = StateStore.open(tmp_path / "s.db")
    first = store.start_run("manual", "full")
    store.record_outcome(first, entry("alice.adams"), Outcome.DONE, cloud_id="c1")
    store.record_outcome(first, entry("bob.brown"), Outcome.FAILED, error_code="scim_400")
    store.finish_run(first, RunStatus.PARTIAL, counts={"done": 1, "failed": 1})
    second = store.start_run("scheduled", "delta")
    runs = store.recent_runs()
    assert [(r.id, r.status) for r in runs] == [(second, RunStatus.RUNNING), (first, RunStatus.PARTIAL)]
    assert runs[1].counts == {"done": 1, "failed": 1} and runs[1].finished_at is not None
    failed = store.run_outcomes(first, outcome=Outcome.FAILED)
    assert [(o.display_name, o.error_code) for o in failed] == [("bob.brown", "scim_400")]
    out = io.StringIO()
    assert store.export_outcomes_csv(first, out) == 2
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("kind,display_name,anchor,category,reason,outcome")
    assert any(",scim_400," in line and "bob.brown" in line for line in lines[1:])
    assert store.mark_interrupted_runs() == [second]
    assert store.last_run() is not None and store.last_run().status is RunStatus.INTERRUPTED  # type: ignore[union-attr]


def test_a_run_keeps_the_id_the_agent_gave_it_also_in_a_database_from_before(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    # The runs table as it was before the run's own id was kept.
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT, "
        "mode TEXT NOT NULL, read_kind TEXT NOT NULL, status TEXT NOT NULL, safety_code TEXT, "
        "counts TEXT NOT NULL DEFAULT '{}', error_code TEXT)"
    )
    db.execute(
        "INSERT INTO runs(started_at, mode, read_kind, status) VALUES ('2026-11-20T02:00:00+00:00', 'scheduled', "
        "'delta', 'completed')"
    )
    db.commit()
    db.close()
    store = StateStore.open(path)
    run = store.start_run("manual", "full", key="20261123T100000-a1b2c3")
    store.finish_run(run, RunStatus.COMPLETED)
    runs = store.recent_runs()
    assert [(r.id, r.key, r.status) for r in runs] == [
        (run, "20261123T100000-a1b2c3", RunStatus.COMPLETED),
        (1, None, RunStatus.COMPLETED),
    ]
    store.close()
    assert StateStore.open(path).recent_runs()[0].key == "20261123T100000-a1b2c3"  # opening again changes nothing


def test_journal_states(tmp_path: Path) -> None:
    store = StateStore.open(tmp_path / "s.db")
    run = store.start_run("manual", "full")
    a, b = entry("alice.adams"), entry("bob.brown")
    store.journal_plan(run, [a, b])
    store.journal_mark(run, a.key, JournalStatus.SENT)
    store.journal_mark(run, a.key, JournalStatus.DONE, cloud_id="c1")
    store.journal_mark(run, b.key, JournalStatus.SENT)
    unfinished = store.journal(run, unfinished=True)
    assert [(r.entry_key, r.status, r.attempts) for r in unfinished] == [(b.key, JournalStatus.SENT, 1)]
    store.clear_journal(run)
    assert store.journal() == []


def test_crash_between_journal_write_and_create_converges(tmp_path: Path, scim2_server: Scim2Server) -> None:
    """The journal says "sent" for two creates; one reached the service, one never left the machine."""
    alice, bob = user("alice.adams"), user("bob.brown")
    source = PlainSource()
    source.snapshot = source.snapshot.__class__(users=(alice, bob))

    async def scenario() -> None:
        target = scim_target(scim2_server.base_url, scim2_server.token)
        store = StateStore.open(tmp_path / "s.db")
        engine = SyncEngine(store, source, target, SyncSettings())
        plan = await engine.plan_run(RunMode.MANUAL)
        run = store.start_run("manual", "full")
        store.journal_plan(run, plan.actionable)
        for e in plan.actionable:
            store.journal_mark(run, e.key, JournalStatus.SENT)
        reached = next(e for e in plan.actionable if e.anchor == alice.anchor)
        assert reached.payload is not None
        created = await target.create(ObjectKind.USER, reached.payload)
        store.close()  # the process dies here: no outcome, no anchor recorded

        store = StateStore.open(tmp_path / "s.db")
        engine = SyncEngine(store, source, target, engine.settings)
        plan = await engine.plan_run(RunMode.MANUAL)
        assert store.cloud_id(alice.anchor) == created.id  # reconciled from the journal by externalId
        assert [(e.anchor, e.category) for e in plan.actionable] == [(bob.anchor, PlanCategory.NEW)]
        await engine.apply(plan, selection=[e.key for e in plan.actionable])
        everyone = await target.list_objects(ObjectKind.USER)
        assert sorted(u.external_id or "" for u in everyone) == sorted([alice.anchor, bob.anchor])
        assert store.recent_runs()[-1].status is RunStatus.INTERRUPTED

    asyncio.run(scenario())


@pytest.mark.parametrize("seed", range(20))
def test_a_plans_ledger_is_written_through_its_marks_as_a_full_copy_would_be(tmp_path: Path, seed: int) -> None:
    """A plan's ledger over the ledger as loaded (LedgerRows) is compared and written without a copy of every
    row: what is in memory afterwards and what a fresh load reads from disk are the rows asked for."""
    rng = random.Random(seed)
    rows = [
        LedgerEntry(f"a{i:03d}", rng.choice(list(ObjectKind)), f"CN={i},DC=x", rng.choice([None, f"c{i}"]))
        for i in range(rng.randint(0, 120))
    ]
    store = StateStore.open(tmp_path / "s.db")
    store.update_ledger(rows)
    loaded = store.load_state().ledger
    planned = LedgerRows(loaded)
    wanted: dict[str, LedgerEntry] = {}
    for row in loaded.values():
        fate = rng.random()
        if fate < 0.1:
            continue  # left out: forgotten
        if fate < 0.3:
            row = LedgerEntry(row.anchor, row.kind, row.dn + ",moved", row.cloud_id or f"n{row.anchor}", fate < 0.2)
        planned.append(row)
        wanted[row.anchor] = row
    changes: dict[str, LedgerEntry | None] = {
        f"new{i}": LedgerEntry(f"new{i}", ObjectKind.USER, "CN=n", "cn") for i in range(3)
    }
    if wanted and rng.random() < 0.5:
        changes[next(iter(wanted))] = None
    for anchor, row in changes.items():
        if row is None:
            wanted.pop(anchor, None)
        else:
            wanted[anchor] = row

    store.update_ledger(planned.with_rows(changes), replace=True)
    assert dict(store.load_state().ledger) == wanted
    store.close()
    assert dict(StateStore.open(tmp_path / "s.db").load_state().ledger) == wanted
