"""The state store's ledger writes follow what changed, and the loaded ledger stays what the database holds.

Each case compares the store's answer with a second connection's fresh read of the same file. Also: the
engine's reason for a full read after a failed delta is the source's own when it gives one.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from app.sync.engine import FullReadReason, SyncEngine
from app.sync.model import LedgerEntry, ObjectKind, RunMode, SourceSnapshot
from app.sync.ports import DeltaRequest, SourceRead
from app.sync.settings import SyncSettings
from app.sync.state import StateStore
from tests.servers.scim2server import Scim2Server
from tests.sync.factories import user
from tests.sync.scimtools import PlainSource, scim_target


def fresh(path: Path) -> dict[str, LedgerEntry]:
    other = StateStore.open(path)
    try:
        return dict(other.load_state().ledger)
    finally:
        other.close()


def entry(n: int, dn: str = "OU=A", cloud: str | None = "c", disabled: bool = False) -> LedgerEntry:
    return LedgerEntry(f"a{n}", ObjectKind.USER, f"CN=u{n},{dn}", f"{cloud}{n}" if cloud else None, disabled)


def seen_at(store: StateStore) -> dict[str, str]:
    return {str(a): str(t) for a, t in store._rows("SELECT anchor, seen_at FROM ledger")}


def test_a_delta_write_touches_only_the_rows_that_changed(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    store = StateStore.open(path)
    store.update_ledger([entry(n) for n in range(50)], replace=True)
    loaded = store.load_state()
    assert store.load_state() is loaded  # nothing written: the same state again
    before = seen_at(store)
    store._db.execute("UPDATE ledger SET seen_at = 'old'")  # a marker the unchanged rows must keep
    store._ledger_writes += 1
    store.load_state()

    rows = [entry(n) for n in range(50) if n != 7]  # a7 left the scope
    rows[3] = entry(3, dn="OU=B")  # moved
    rows[4] = entry(4, disabled=True)  # disabled by the sync
    rows[5] = entry(5, cloud=None)  # no id given: keeps its own
    rows.append(entry(60, cloud="n"))  # new
    store.update_ledger(rows, replace=True)

    marks = seen_at(store)
    assert {a for a, t in marks.items() if t != "old"} == {"a3", "a4", "a5", "a60"}
    assert "a7" not in marks and len(before) == 50
    on_disk = fresh(path)
    assert dict(store.load_state().ledger) == on_disk
    assert on_disk["a5"].cloud_id == "c5" and on_disk["a3"].dn == "CN=u3,OU=B" and on_disk["a4"].disabled_by_sync
    assert on_disk["a60"].cloud_id == "n60"
    store.close()


def test_another_connections_write_is_seen(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    store = StateStore.open(path)
    store.update_ledger([entry(n) for n in range(5)], replace=True)
    store.load_state()
    other = StateStore.open(path)
    other.update_ledger([entry(1, dn="OU=Elsewhere")])
    other.close()
    assert store.load_state().ledger["a1"].dn == "CN=u1,OU=Elsewhere"
    # and a write against that fresh state goes through the in-memory comparison
    store.update_ledger([entry(n) for n in range(4)], replace=True)
    assert dict(store.load_state().ledger) == fresh(path) and "a4" not in fresh(path)
    store.close()


def test_an_anchor_coming_back_without_an_id_gets_its_old_one(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    store = StateStore.open(path)
    store.update_ledger([entry(1), entry(2)], replace=True)
    store.load_state()
    store.update_ledger([entry(1)], replace=True)  # a2 leaves the ledger, its anchor row stays
    store.update_ledger([entry(1), entry(2, cloud=None)], replace=True)
    assert store.load_state().ledger["a2"].cloud_id == "c2" == fresh(path)["a2"].cloud_id
    store.close()


class ExplainingSource(PlainSource):
    """A source whose delta read fails for a reason it names, as LdapDirectorySource does."""

    full_read_reason: str | None = None

    async def read_delta(self, settings: SyncSettings, request: DeltaRequest) -> SourceRead | None:
        self.reads.append("delta")
        self.full_read_reason = "dirsync_cookie_invalid"
        return None


def test_a_failed_delta_reports_the_sources_own_reason(
    tmp_path: Path, scim2_server: Scim2Server, caplog: pytest.LogCaptureFixture
) -> None:
    snapshot = SourceSnapshot(users=(user("alice.adams"),))

    async def scenario(source: PlainSource, name: str) -> SyncEngine:
        state = StateStore.open(tmp_path / f"{name}.sqlite3")
        eng = SyncEngine(state, source, scim_target(scim2_server.base_url, scim2_server.token), SyncSettings())
        first = await eng.plan_run(RunMode.MANUAL)
        assert eng.read_reason == FullReadReason.FIRST
        await eng.apply(first, selection=[e.key for e in first.actionable])
        assert eng.full_read_reason() is None  # a delta is due: the source is asked for one
        await eng.plan_run(RunMode.SCHEDULED)
        assert source.reads[-2:] == ["delta", "full"]
        state.close()
        return eng

    with caplog.at_level(logging.INFO, logger="app.sync.engine"):
        explained = asyncio.run(scenario(ExplainingSource(snapshot), "explained"))
    assert explained.read_reason == "dirsync_cookie_invalid"
    assert "reading the whole directory (dirsync_cookie_invalid)" in caplog.text
    # A source that gives no reason: the generic one.
    plain = asyncio.run(scenario(PlainSource(snapshot), "plain"))
    assert plain.read_reason == FullReadReason.NO_DELTA
