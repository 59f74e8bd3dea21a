"""The sync engine's state: one SQLite database (WAL) in ``AgentPaths.state_db``.

Tables
    ``anchors``     directory anchor ↔ SCIM id (what the agent created or adopted)
    ``ledger``      anchors last seen in scope, with their DN: lets delta runs see moves out of scope and
                    deletions, and full runs tell "left the scope" from "never ours"
    ``watermarks``  delta-read positions (AD: per DC invocationId; OpenLDAP: per server)
    ``meta``        last full run, the scope/mapping fingerprints and the base DN it used
    ``runs``        run history (mode, read kind, status, counts, safety code, and the run's id as the agent
                    names it everywhere else: events, status, service.json, the command line)
    ``outcomes``    per-object outcome of each run (the status window's detail and CSV export)
    ``journal``     the operations of the run being applied: ``pending`` → ``done``/``failed`` (``sent`` is
                    available for callers that want the extra write). A create left unfinished by a crash is
                    looked up by externalId before anything is sent again, so an interrupted run converges
                    on the next one without duplicates.

The store is used from the agent service's loop thread and read by the status window; a lock serialises
access to the one connection.

Write-ahead and group commit (what a run killed at any instant leaves behind)
    A run writes in two kinds of transaction. **Intents**: every operation of the run is written ``pending``
    in one transaction (:meth:`StateStore.journal_plan`) before the first request leaves, and that commit
    is flushed to the disk (``synchronous=FULL`` for it alone), so it survives a power cut as well as a
    killed process. **Outcomes**: what the tenant answered (the journal row ``done``/``failed``, the
    per-object outcome, a create's anchor, a delete's forgotten row) are committed in groups by
    :class:`OutcomeLog`: one transaction per Bulk batch (before the next batch is sent), and for one-by-one
    requests one per :attr:`OutcomeLog.max_rows` answers or :attr:`OutcomeLog.max_delay` seconds, whichever
    comes first, plus one at the end of each phase and whenever the run stops, however it stops.

    A kill between the two leaves requests answered whose outcome is not recorded: their journal rows are
    still ``pending``, exactly as if the process had died just after sending them, which is the case the
    journal exists for: the next run looks the creates up by externalId (and its plan hard-matches every
    object by externalId anyway), so nothing is created twice, and updates, status changes and deletes are
    planned again from what the tenant then holds (each is idempotent). Grouping therefore changes only how
    many answers a crash can cost (at most a group's worth, each one lookup), never what the next run does.
    A group is one transaction, so it is recorded whole or not at all: an anchor is never recorded without
    its journal row being ``done``, nor the other way round.

    The database runs in WAL mode with ``synchronous=NORMAL``. A commit is then in the WAL file (the
    operating system's cache) when it returns, which survives the process being killed; only a power cut or
    an operating system crash can lose the last commits, and WAL recovery keeps a prefix of them, in order.
    The intents are synced, so what a power cut can lose is outcomes (the case above) and what was written
    after them (the ledger, watermarks and meta of the run's end, which the next run then redoes from the
    journal and the unchanged watermarks). Whatever is lost, the database stays consistent.
"""

from __future__ import annotations

import asyncio
import csv
import itertools
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from app.errors import SyncError
from app.sync.model import CompactLedger, LedgerEntry, LedgerRows, ObjectKind, PlanEntry, SyncState
from app.sync.ports import Watermark

SCHEMA_VERSION = 1

# A group of outcomes is committed at this many answers or this many seconds after its first, whichever comes
# first (:class:`OutcomeLog`): what a crash can cost is at most a group's worth of lookups in the next run.
# Larger groups write fewer pages a row (the anchors are random keys, so a small group dirties a page per
# row in each table): 10,000 outcomes take 0.9 s in groups of 40, 0.5 s in groups of 300, 0.3 s of 1,000.
# One second holds a few hundred answers of a tenant answering in milliseconds.
OUTCOME_GROUP_ROWS = 1000
OUTCOME_GROUP_DELAY = 1.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS anchors (
    anchor TEXT PRIMARY KEY, kind TEXT NOT NULL, cloud_id TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS anchors_cloud_id ON anchors(cloud_id);
CREATE TABLE IF NOT EXISTS ledger (
    anchor TEXT PRIMARY KEY, kind TEXT NOT NULL, dn TEXT NOT NULL, disabled_by_sync INTEGER NOT NULL DEFAULT 0,
    seen_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS watermarks (server TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT, mode TEXT NOT NULL,
    read_kind TEXT NOT NULL, status TEXT NOT NULL, safety_code TEXT, counts TEXT NOT NULL DEFAULT '{}',
    error_code TEXT, run_key TEXT);
CREATE TABLE IF NOT EXISTS outcomes (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, entry_key TEXT NOT NULL, kind TEXT NOT NULL,
    anchor TEXT NOT NULL, category TEXT NOT NULL, display_name TEXT NOT NULL, reason TEXT NOT NULL,
    cloud_id TEXT, outcome TEXT NOT NULL, error_code TEXT, at TEXT NOT NULL, PRIMARY KEY (run_id, entry_key));
CREATE TABLE IF NOT EXISTS journal (
    run_id INTEGER NOT NULL, entry_key TEXT NOT NULL, kind TEXT NOT NULL, anchor TEXT NOT NULL,
    category TEXT NOT NULL, status TEXT NOT NULL, cloud_id TEXT, attempts INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL, PRIMARY KEY (run_id, entry_key));
"""


class RunStatus(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"  # every selected entry done
    PARTIAL = "partial"  # finished, some entries failed
    STOPPED = "stopped"  # safety threshold: waiting for approval, nothing written
    ABORTED = "aborted"  # untrustworthy source read (or a fatal error): nothing (more) written
    INTERRUPTED = "interrupted"  # the process ended mid-run; the next run reconciled the journal


class Outcome(StrEnum):
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"  # not selected in review, or depends on an object that was not created


class JournalStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"  # request sent, answer not recorded yet: outcome unknown after a crash
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class RunRecord:
    """One run of the history. ``key`` is the run's id as the agent names it everywhere else (the service's
    events and status, service.json, ``sync --approve``); None for runs recorded before it was kept. ``id``
    is the database row, which the per-object outcomes refer to."""

    id: int
    started_at: datetime
    finished_at: datetime | None
    mode: str
    read_kind: str
    status: RunStatus
    safety_code: str | None
    counts: Mapping[str, int]
    error_code: str | None
    key: str | None = None


@dataclass(frozen=True, slots=True)
class OutcomeRecord:
    run_id: int
    entry_key: str
    kind: ObjectKind
    anchor: str
    category: str
    display_name: str
    reason: str
    cloud_id: str | None
    outcome: Outcome
    error_code: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class JournalRecord:
    run_id: int
    entry_key: str
    kind: ObjectKind
    anchor: str
    category: str
    status: JournalStatus
    cloud_id: str | None
    attempts: int


@dataclass(frozen=True, slots=True)
class EntryOutcome:
    """What became of one entry of the plan: written by :meth:`StateStore.finish_entries` as its journal row,
    its per-object outcome and, for a create, its anchor (``created``) or, for a delete, the end of its
    ledger and anchor rows (``forget``)."""

    entry: PlanEntry
    outcome: Outcome
    cloud_id: str | None = None
    error_code: str | None = None
    created: bool = False
    forget: bool = False


_UPSERT_LEDGER = (
    "INSERT INTO ledger(anchor, kind, dn, disabled_by_sync, seen_at) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT(anchor) DO UPDATE SET dn = excluded.dn, disabled_by_sync = excluded.disabled_by_sync, "
    "seen_at = excluded.seen_at"
)
_UPSERT_ANCHOR = (
    "INSERT INTO anchors(anchor, kind, cloud_id, updated_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT(anchor) DO UPDATE SET cloud_id = excluded.cloud_id, updated_at = excluded.updated_at"
)
_INSERT_OUTCOME = (
    "INSERT OR REPLACE INTO outcomes(run_id, entry_key, kind, anchor, category, display_name, reason, "
    "cloud_id, outcome, error_code, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _outcome_row(
    run_id: int, entry: PlanEntry, outcome: Outcome, cloud_id: str | None, error_code: str | None, at: str
) -> tuple[Any, ...]:
    return (
        run_id,
        entry.key,
        entry.kind.value,
        entry.anchor,
        entry.category.value,
        entry.display_name,
        entry.reason.code.value,
        cloud_id or entry.cloud_id,
        outcome.value,
        error_code,
        at,
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


# What a spreadsheet takes as the start of a formula (OWASP, "CSV Injection"), with the full-width forms
# some spreadsheets fold into the ASCII ones.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_safe(cell: str) -> str:
    """``cell`` as text a spreadsheet shows rather than evaluates: a leading ``'`` when it would start a formula
    (a user named ``=HYPERLINK(…)`` in the directory must not become a live link in the admin's spreadsheet)."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


class StateStore:
    """All persistent sync state. Open with :meth:`open`; safe to share between threads."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None = None) -> None:
        self._db = connection
        self._lock = threading.RLock()
        self.path = path
        # The last loaded SyncState and what it was loaded at: this connection's ledger writes and SQLite's
        # data_version (which moves when another connection commits). A run loads it to plan and again to
        # apply; with nothing written in between the second load is free.
        self._ledger_writes = 0
        self._loaded: tuple[tuple[int, int], SyncState] | None = None

    @classmethod
    def open(cls, path: Path | str) -> StateStore:
        location = Path(path)
        if str(path) != ":memory:":
            location.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.executescript(_SCHEMA)
            if "run_key" not in {row[1] for row in db.execute("PRAGMA table_info(runs)")}:
                db.execute("ALTER TABLE runs ADD COLUMN run_key TEXT")  # a database from before it was kept
            found = db.execute("PRAGMA user_version").fetchone()[0]
            if found == 0:
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            elif found > SCHEMA_VERSION:
                raise SyncError(str(path), code="state_too_new", found=found, supported=SCHEMA_VERSION)
        except sqlite3.DatabaseError as exc:
            raise SyncError(str(exc), code="state_unreadable", path=str(path)) from exc
        return cls(db, location)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def _synced(self) -> Iterator[None]:
        """Transactions inside are synced to the disk at commit (WAL + ``synchronous=FULL``): for the few
        writes that must survive a power cut; the others keep ``NORMAL`` (durable against a killed process)."""
        with self._lock:
            self._db.execute("PRAGMA synchronous=FULL")
            try:
                yield
            finally:
                self._db.execute("PRAGMA synchronous=NORMAL")

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return list(self._db.execute(sql, tuple(params)).fetchall())

    # --- anchors and ledger -------------------------------------------------------------------------------

    def load_state(self) -> SyncState:
        """The planner's view: the ledger joined with the anchors table (read-only; the same object again
        while nothing was written)."""
        with self._lock:
            key = self._ledger_key()
            fingerprint = self.get_meta("scope_fingerprint")
            if self._loaded is not None and self._loaded[0] == key and self._loaded[1].scope_fingerprint == fingerprint:
                return self._loaded[1]
            # Row by row from the cursor (all rows fetched first would be a second copy of a million-row ledger),
            # in anchor order, as the compact ledger keeps them.
            rows = self._db.execute(
                "SELECT l.anchor, l.kind, l.dn, a.cloud_id, l.disabled_by_sync FROM ledger l "
                "LEFT JOIN anchors a ON a.anchor = l.anchor ORDER BY l.anchor"
            )
            kinds = {kind.value: kind for kind in ObjectKind}
            ledger = CompactLedger.from_rows((r[0], kinds[r[1]], r[2], r[3], bool(r[4])) for r in rows)
            state = SyncState(ledger=ledger, scope_fingerprint=fingerprint)
            self._loaded = (key, state)
            return state

    def _ledger_key(self) -> tuple[int, int]:
        return (self._ledger_writes, int(self._db.execute("PRAGMA data_version").fetchone()[0]))

    def _loaded_ledger(self) -> CompactLedger | None:
        """The ledger as last loaded (always compact), if nothing was written to it since."""
        if self._loaded is None or self._loaded[0] != self._ledger_key():
            return None
        ledger = self._loaded[1].ledger
        return ledger if isinstance(ledger, CompactLedger) else None

    def cloud_id(self, anchor: str) -> str | None:
        rows = self._rows("SELECT cloud_id FROM anchors WHERE anchor = ?", (anchor,))
        return str(rows[0][0]) if rows else None

    def managed(self, anchor: str) -> LedgerEntry | None:
        """The ledger row of one anchor this agent manages (in scope at the last run), with its SCIM id."""
        rows = self._rows(
            "SELECT l.kind, l.dn, a.cloud_id, l.disabled_by_sync FROM ledger l "
            "LEFT JOIN anchors a ON a.anchor = l.anchor WHERE l.anchor = ?",
            (anchor,),
        )
        if not rows:
            return None
        kind, dn, cloud_id, disabled = rows[0]
        return LedgerEntry(anchor, ObjectKind(kind), dn, cloud_id, bool(disabled))

    def anchors(self) -> dict[str, tuple[str, ObjectKind]]:
        """Every known anchor → (SCIM id, kind)."""
        return {str(a): (str(c), ObjectKind(k)) for a, c, k in self._rows("SELECT anchor, cloud_id, kind FROM anchors")}

    def record_anchor(self, anchor: str, kind: ObjectKind, cloud_id: str, dn: str | None = None) -> None:
        now = _now()
        with self._tx() as db:
            self._ledger_writes += 1
            db.execute(_UPSERT_ANCHOR, (anchor, kind.value, cloud_id, now))
            if dn is not None:
                db.execute(_UPSERT_LEDGER, (anchor, kind.value, dn, 0, now))

    def forget(self, anchor: str) -> None:
        """Stop managing an anchor (out of scope under "Do nothing", or deleted in the cloud by propagation)."""
        with self._tx() as db:
            self._forget(db, [(anchor,)])

    def _forget(self, db: sqlite3.Connection, anchors: list[tuple[str]]) -> None:
        self._ledger_writes += 1
        db.executemany("DELETE FROM ledger WHERE anchor = ?", anchors)
        db.executemany("DELETE FROM anchors WHERE anchor = ?", anchors)

    def update_ledger(self, entries: Iterable[LedgerEntry], *, replace: bool = False) -> None:
        """Upsert ledger rows (and their anchors); ``replace`` first drops every row not in ``entries``.

        Only rows that differ are written (``seen_at``: when a row last changed): a delta run hands back the
        whole ledger with a few changes, and its cost should follow those. Against the ledger as last loaded
        (nothing written since) the difference is found in memory and the loaded state follows the write;
        otherwise the database compares. A plan's ledger (:class:`LedgerRows`) over the ledger as loaded is
        compared through its marks of kept rows, without making an entry of each."""
        with self._lock:
            current = self._loaded_ledger()
            rows = entries if isinstance(entries, LedgerRows) and replace and entries.base is current else None
            if rows is not None:
                gone = rows.dropped()
                candidates = rows.given()
            else:
                items = list(entries)
                if current is None:
                    self._write_ledger(items, replace)
                    return
                wanted = {e.anchor: e for e in items}
                gone = [a for a in current if a not in wanted] if replace else []
                candidates = list(wanted.values())
            assert current is not None
            changed = [e for e in candidates if not current.holds(e)]
            if gone or changed:
                with self._tx() as db:
                    self._ledger_writes += 1
                    db.executemany("DELETE FROM ledger WHERE anchor = ?", ((a,) for a in gone))
                    for entry in changed:
                        self._upsert_ledger(db, entry)
            written: dict[str, LedgerEntry] = {}
            for entry in changed:
                old = current.get(entry.anchor)
                if old is None and not entry.cloud_id:
                    self._loaded = None  # the anchors table may hold an id for it: load again next time
                    return
                # As the database now has it: a row keeps its kind, and its SCIM id unless given one.
                written[entry.anchor] = LedgerEntry(
                    entry.anchor,
                    old.kind if old is not None else entry.kind,
                    entry.dn,
                    entry.cloud_id or (old.cloud_id if old is not None else None),
                    entry.disabled_by_sync,
                )
            # The new ledger: what was asked for (replace) or what was there (else), with the rows written; the
            # same object when nothing changed.
            if not gone and not written:
                return
            if rows is not None:
                ledger = rows.with_rows(written).to_ledger()
            else:
                kept = wanted.values() if replace else current.values()
                ledger = CompactLedger(itertools.chain((e for e in kept if e.anchor not in written), written.values()))
            assert self._loaded is not None
            fingerprint = self._loaded[1].scope_fingerprint
            self._loaded = (self._ledger_key(), SyncState(ledger, fingerprint))

    def _write_ledger(self, items: list[LedgerEntry], replace: bool) -> None:
        now = _now()
        with self._tx() as db:
            self._ledger_writes += 1
            db.execute(
                "CREATE TEMP TABLE IF NOT EXISTS incoming (anchor TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                "dn TEXT NOT NULL, disabled INTEGER NOT NULL, cloud_id TEXT)"
            )
            db.execute("DELETE FROM incoming")
            db.executemany(
                "INSERT OR REPLACE INTO incoming VALUES (?, ?, ?, ?, ?)",
                ((e.anchor, e.kind.value, e.dn, int(e.disabled_by_sync), e.cloud_id or None) for e in items),
            )
            if replace:
                db.execute("DELETE FROM ledger WHERE anchor NOT IN (SELECT anchor FROM incoming)")
            db.execute(
                "INSERT INTO ledger(anchor, kind, dn, disabled_by_sync, seen_at) "
                "SELECT anchor, kind, dn, disabled, ? FROM incoming WHERE true "
                "ON CONFLICT(anchor) DO UPDATE SET dn = excluded.dn, disabled_by_sync = excluded.disabled_by_sync, "
                "seen_at = excluded.seen_at "
                "WHERE ledger.dn IS NOT excluded.dn OR ledger.disabled_by_sync IS NOT excluded.disabled_by_sync",
                (now,),
            )
            db.execute(
                "INSERT INTO anchors(anchor, kind, cloud_id, updated_at) "
                "SELECT anchor, kind, cloud_id, ? FROM incoming WHERE cloud_id IS NOT NULL "
                "ON CONFLICT(anchor) DO UPDATE SET cloud_id = excluded.cloud_id, updated_at = excluded.updated_at "
                "WHERE anchors.cloud_id IS NOT excluded.cloud_id",
                (now,),
            )
            db.execute("DELETE FROM incoming")

    def _upsert_ledger(self, db: sqlite3.Connection, entry: LedgerEntry, now: str | None = None) -> None:
        self._ledger_writes += 1
        now = now or _now()
        db.execute(_UPSERT_LEDGER, (entry.anchor, entry.kind.value, entry.dn, int(entry.disabled_by_sync), now))
        if entry.cloud_id:
            db.execute(_UPSERT_ANCHOR, (entry.anchor, entry.kind.value, entry.cloud_id, now))

    # --- watermarks and meta --------------------------------------------------------------------------------

    def watermarks(self) -> tuple[Watermark, ...]:
        return tuple(Watermark(s, v) for s, v in self._rows("SELECT server, value FROM watermarks ORDER BY server"))

    def set_watermarks(self, marks: Iterable[Watermark], *, replace: bool = True) -> None:
        with self._tx() as db:
            if replace:
                db.execute("DELETE FROM watermarks")
            db.executemany(
                "INSERT INTO watermarks(server, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(server) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                ((m.server, m.value, _now()) for m in marks),
            )

    def get_meta(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_meta(self, values: Mapping[str, str]) -> None:
        with self._tx() as db:
            db.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                values.items(),
            )

    # --- run history --------------------------------------------------------------------------------------

    def start_run(self, mode: str, read_kind: str, key: str | None = None) -> int:
        """Record a run as started; returns its row id. ``key``: the run's id as the agent names it."""
        with self._tx() as db:
            cursor = db.execute(
                "INSERT INTO runs(started_at, mode, read_kind, status, run_key) VALUES (?, ?, ?, ?, ?)",
                (_now(), mode, read_kind, RunStatus.RUNNING.value, key),
            )
            assert cursor.lastrowid is not None
            return int(cursor.lastrowid)

    def finish_run(
        self,
        run_id: int,
        status: RunStatus,
        *,
        counts: Mapping[str, int] | None = None,
        safety_code: str | None = None,
        error_code: str | None = None,
    ) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE runs SET finished_at = ?, status = ?, counts = ?, safety_code = COALESCE(?, safety_code), "
                "error_code = ? WHERE id = ?",
                (_now(), status.value, json.dumps(dict(counts or {})), safety_code, error_code, run_id),
            )

    @staticmethod
    def _insert_outcome(
        db: sqlite3.Connection,
        run_id: int,
        entry: PlanEntry,
        outcome: Outcome,
        cloud_id: str | None,
        error_code: str | None,
        at: str,
    ) -> None:
        db.execute(_INSERT_OUTCOME, _outcome_row(run_id, entry, outcome, cloud_id, error_code, at))

    def record_outcome(
        self,
        run_id: int,
        entry: PlanEntry,
        outcome: Outcome,
        *,
        cloud_id: str | None = None,
        error_code: str | None = None,
    ) -> None:
        with self._tx() as db:
            self._insert_outcome(db, run_id, entry, outcome, cloud_id, error_code, _now())

    def record_outcomes(self, run_id: int, items: Iterable[tuple[PlanEntry, Outcome, str | None]]) -> None:
        """Outcomes (entry, outcome, error code) of entries that were not applied, in one transaction."""
        now = _now()
        with self._tx() as db:
            for entry, outcome, error_code in items:
                self._insert_outcome(db, run_id, entry, outcome, None, error_code, now)

    def finish_entry(
        self,
        run_id: int,
        entry: PlanEntry,
        outcome: Outcome,
        *,
        cloud_id: str | None = None,
        error_code: str | None = None,
        created: bool = False,
    ) -> None:
        """One applied entry recorded at once (see :meth:`finish_entries`)."""
        self.finish_entries(run_id, [EntryOutcome(entry, outcome, cloud_id, error_code, created)])

    def finish_entries(self, run_id: int, finished: Sequence[EntryOutcome]) -> None:
        """Applied entries in one transaction: per entry its journal row, its outcome and, for a create, its
        anchor (for a delete, the end of its rows). Recorded whole or not at all: a crash before it leaves
        the entries ``pending``, which the next run settles by looking the anchors up in the tenant (see the
        module's notes on group commit)."""
        if not finished:
            return
        now = _now()
        with self._tx() as db:
            db.executemany(
                "UPDATE journal SET status = ?, cloud_id = COALESCE(?, cloud_id), updated_at = ? "
                "WHERE run_id = ? AND entry_key = ?",
                (
                    (
                        (JournalStatus.DONE if f.outcome is Outcome.DONE else JournalStatus.FAILED).value,
                        f.cloud_id,
                        now,
                        run_id,
                        f.entry.key,
                    )
                    for f in finished
                ),
            )
            db.executemany(
                _INSERT_OUTCOME,
                (_outcome_row(run_id, f.entry, f.outcome, f.cloud_id, f.error_code, now) for f in finished),
            )
            created = [(f.entry, f.cloud_id) for f in finished if f.created and f.cloud_id]
            if created:
                self._ledger_writes += 1
                db.executemany(
                    _UPSERT_LEDGER,
                    ((e.anchor, e.kind.value, e.dn or "", 0, now) for e, _ in created),
                )
                db.executemany(_UPSERT_ANCHOR, ((e.anchor, e.kind.value, cloud_id, now) for e, cloud_id in created))
            forgotten = [(f.entry.anchor,) for f in finished if f.forget]
            if forgotten:
                self._forget(db, forgotten)

    def recent_runs(self, limit: int = 20) -> list[RunRecord]:
        """Newest first: the status window's run list."""
        rows = self._rows(
            "SELECT id, started_at, finished_at, mode, read_kind, status, safety_code, counts, error_code, run_key "
            "FROM runs ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [
            RunRecord(
                id=r[0],
                started_at=datetime.fromisoformat(r[1]),
                finished_at=_dt(r[2]),
                mode=r[3],
                read_kind=r[4],
                status=RunStatus(r[5]),
                safety_code=r[6],
                counts=json.loads(r[7]),
                error_code=r[8],
                key=r[9],
            )
            for r in rows
        ]

    def last_run(self) -> RunRecord | None:
        runs = self.recent_runs(1)
        return runs[0] if runs else None

    def run_outcomes(
        self, run_id: int, *, outcome: Outcome | None = None, kind: ObjectKind | None = None
    ) -> list[OutcomeRecord]:
        sql = (
            "SELECT run_id, entry_key, kind, anchor, category, display_name, reason, cloud_id, outcome, error_code, at "
            "FROM outcomes WHERE run_id = ?"
        )
        params: list[Any] = [run_id]
        if outcome is not None:
            sql += " AND outcome = ?"
            params.append(outcome.value)
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind.value)
        rows = self._rows(sql + " ORDER BY at, entry_key", params)
        return [
            OutcomeRecord(
                r[0],
                r[1],
                ObjectKind(r[2]),
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                Outcome(r[8]),
                r[9],
                datetime.fromisoformat(r[10]),
            )
            for r in rows
        ]

    def export_outcomes_csv(self, run_id: int, stream: IO[str]) -> int:
        """Write a run's per-object outcomes as CSV (header + one row each); returns the row count.

        Names come from the directory and the cloud, so a cell a spreadsheet would run as a formula is defused
        (see :func:`csv_safe`)."""
        writer = csv.writer(stream)
        writer.writerow(
            ["kind", "display_name", "anchor", "category", "reason", "outcome", "error_code", "cloud_id", "at"]
        )
        records = self.run_outcomes(run_id)
        for r in records:
            writer.writerow(
                csv_safe(cell)
                for cell in [
                    r.kind.value,
                    r.display_name,
                    r.anchor,
                    r.category,
                    r.reason,
                    r.outcome.value,
                    r.error_code or "",
                    r.cloud_id or "",
                    r.at.isoformat(),
                ]
            )
        return len(records)

    def mark_interrupted_runs(self) -> list[int]:
        """Runs left ``running`` by a process that ended: marked interrupted; returns their ids."""
        ids = [int(r[0]) for r in self._rows("SELECT id FROM runs WHERE status = ?", (RunStatus.RUNNING.value,))]
        for run_id in ids:
            self.finish_run(run_id, RunStatus.INTERRUPTED, counts=self._outcome_counts(run_id))
        return ids

    def _outcome_counts(self, run_id: int) -> dict[str, int]:
        rows = self._rows("SELECT outcome, COUNT(*) FROM outcomes WHERE run_id = ? GROUP BY outcome", (run_id,))
        return {str(k): int(v) for k, v in rows}

    # --- journal ------------------------------------------------------------------------------------------

    def journal_plan(self, run_id: int, entries: Iterable[PlanEntry]) -> None:
        """The run's intents, ``pending``, in one transaction that is on the disk when this returns (flushed
        even though the store otherwise runs ``synchronous=NORMAL``): written before the first request of the
        run, it survives a power cut as well as a killed process."""
        now = _now()
        with self._lock, self._synced(), self._tx() as db:
            db.executemany(
                "INSERT OR IGNORE INTO journal(run_id, entry_key, kind, anchor, category, status, cloud_id, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        run_id,
                        e.key,
                        e.kind.value,
                        e.anchor,
                        e.category.value,
                        JournalStatus.PENDING.value,
                        e.cloud_id,
                        now,
                    )
                    for e in entries
                ),
            )

    def journal_mark(self, run_id: int, entry_key: str, status: JournalStatus, *, cloud_id: str | None = None) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE journal SET status = ?, cloud_id = COALESCE(?, cloud_id), updated_at = ?, "
                "attempts = attempts + ? WHERE run_id = ? AND entry_key = ?",
                (status.value, cloud_id, _now(), int(status is JournalStatus.SENT), run_id, entry_key),
            )

    def journal(self, run_id: int | None = None, *, unfinished: bool = False) -> list[JournalRecord]:
        sql = "SELECT run_id, entry_key, kind, anchor, category, status, cloud_id, attempts FROM journal WHERE 1=1"
        params: list[Any] = []
        if run_id is not None:
            sql += " AND run_id = ?"
            params.append(run_id)
        if unfinished:
            sql += " AND status IN (?, ?)"
            params += [JournalStatus.PENDING.value, JournalStatus.SENT.value]
        rows = self._rows(sql + " ORDER BY run_id, rowid", params)
        return [JournalRecord(r[0], r[1], ObjectKind(r[2]), r[3], r[4], JournalStatus(r[5]), r[6], r[7]) for r in rows]

    def clear_journal(self, run_id: int) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM journal WHERE run_id = ?", (run_id,))


class OutcomeLog:
    """The outcomes of a run being applied, committed in groups (see the module's notes on group commit).

    :meth:`add` keeps an entry's outcome; a group is written in one transaction when it holds
    :attr:`max_rows` outcomes, when :attr:`max_delay` seconds have passed since its first one (a timer on
    the running event loop, so a slow tenant does not hold answers back), or when :meth:`flush` is called:
    the applier does so at the end of each phase (the next one reads the anchors the creates recorded) and
    when the run ends or stops, however it stops. The outcomes of one Bulk batch are one group
    (:meth:`one_group`), written before the next batch is sent. A failed write keeps the group and is raised by the
    next :meth:`add` or :meth:`flush`, so it ends the run rather than passing unnoticed.
    """

    def __init__(
        self, store: StateStore, run_id: int, *, max_rows: int | None = None, max_delay: float | None = None
    ) -> None:
        self.store = store
        self.run_id = run_id
        self.max_rows = max(1, max_rows if max_rows is not None else OUTCOME_GROUP_ROWS)
        self.max_delay = max_delay if max_delay is not None else OUTCOME_GROUP_DELAY
        self.commits = 0  # transactions written
        self._rows: list[EntryOutcome] = []
        self._timer: asyncio.TimerHandle | None = None
        self._failed: BaseException | None = None
        self._held = False

    def __len__(self) -> int:
        return len(self._rows)

    @contextmanager
    def one_group(self) -> Iterator[None]:
        """Outcomes added inside are written as one group when it ends (a Bulk batch: one transaction, however
        large the batch), together with any kept before; neither size nor time splits them."""
        self._held = True
        try:
            yield
        finally:
            self._held = False
        self.flush()

    def add(self, outcome: EntryOutcome) -> None:
        self._raise_failed()
        self._rows.append(outcome)
        if self._held:
            return
        if len(self._rows) >= self.max_rows:
            self.flush()
        elif self._timer is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                self.flush()  # no loop to time the group: nothing to group with
                return
            self._timer = loop.call_later(self.max_delay, self._flush_on_timer)

    def flush(self) -> None:
        """Write the outcomes kept so far in one transaction (nothing when there are none)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._failed = None
        rows, self._rows = self._rows, []
        if not rows:
            return
        try:
            self.store.finish_entries(self.run_id, rows)
        except BaseException:
            self._rows = rows + self._rows
            raise
        self.commits += 1

    def _flush_on_timer(self) -> None:
        self._timer = None
        try:
            self.flush()
        except Exception as exc:
            self._failed = exc

    def _raise_failed(self) -> None:
        if self._failed is not None:
            failed, self._failed = self._failed, None
            raise failed
