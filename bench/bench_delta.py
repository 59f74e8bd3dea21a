"""A delta run's cost against the size of the change, not of the directory.

On the 10k-user Samba fixture (the template of ``bench/bench_sync.py``, users of OU=Bulk into scim2-server),
after one full sync, rounds of 10 changes made in AD (7 attribute changes, a disable, a deletion, a move out
of the scope) are each picked up by one delta run. Per round it prints the whole run (plan_run + apply), the
directory read (the source's ``read_delta``: watermark, tombstone probe, change search and whatever else that
delta reads), the entries the DC returned, whether the anchors in scope were listed, and how deletions were
looked for (``dirsync`` / ``tombstones`` / ``presence``, see app/sync/sources.py):

- admin bind: DirSync (the admin holds "Replicating Directory Changes"), no tombstone search, no listing;
- admin bind with DirSync turned off: the uSNChanged search with tombstones, no listing (the path of every
  delta where the account may see tombstones but not use DirSync);
- low-rights bind (svc.reader) before the presence listing is due: no listing, deletions wait for it;
- low-rights bind when the listing is due (hourly by default): the anchors in scope are listed once;
- 100k: the admin round again, with 90,000 more managed anchors in the state store (fictitious: never
  changed, never listed) — what grows with the directory on this side of the wire (state store load, the
  ledger handed to the source, planning over the ledger). The DC still holds 10k users: its change search
  (``uSNChanged>=n``, an indexed range) reads the changed entries only, which this does not show at 100k.

    .venv/bin/python bench/bench_delta.py [--users 10000] [--extra 90000]

The state store stays open across runs and a reader is opened per run, as the agent service does. The
load average of the machine is printed with the figures (other work shares its cores), and so are TCP SYN
retransmissions during a run: a connection to the local SCIM server whose SYN was dropped by a full listen
queue waits the 1 s retransmission timeout, which is the test server's and the machine's, not the run's.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import ldap3  # noqa: E402
from bench_sync import TimedSource, tenant_url  # noqa: E402
from pydantic import SecretStr  # noqa: E402

from app.cloud.scim import ScimTarget  # noqa: E402
from app.ldap.reader import DirectoryReader  # noqa: E402
from app.sync.engine import SyncEngine  # noqa: E402
from app.sync.model import LedgerEntry, ObjectKind, RunMode  # noqa: E402
from app.sync.settings import ObjectType, SyncScope, SyncSettings  # noqa: E402
from app.sync.sources import LdapDirectorySource  # noqa: E402
from app.sync.state import RunStatus, StateStore  # noqa: E402
from app.sync.targets import ScimCloudTarget  # noqa: E402
from tests.servers import directory_data as data  # noqa: E402
from tests.servers.samba import bulk_template_dir, running_copy  # noqa: E402
from tests.servers.scim2server import run_scim2_server  # noqa: E402
from tests.sync.scimtools import StaticBearer  # noqa: E402


def syn_retransmits() -> int:
    """The machine's TCP SYN retransmissions so far (Linux): a SYN dropped by a full listen queue costs 1 s."""
    try:
        lines = Path("/proc/net/netstat").read_text().splitlines()
    except OSError:
        return 0
    for names, values in zip(lines[::2], lines[1::2], strict=False):
        if names.startswith("TcpExt:"):
            table = dict(zip(names.split()[1:], values.split()[1:], strict=False))
            return int(table.get("TCPSynRetrans", 0))
    return 0


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


class Bench:
    def __init__(self, dc: Any, target: ScimCloudTarget, settings: SyncSettings, state: Path) -> None:
        self.dc, self.target, self.settings = dc, target, settings
        # One state store for all runs, as the agent service keeps it; a reader per run, as the service opens.
        self.store = StateStore.open(state)
        self.admin = ldap3.Connection(
            ldap3.Server(dc.ip, get_info=ldap3.NONE), dc.admin_bind, dc.admin_password, auto_bind=True
        )
        self.pool: list[str] = []  # DNs of bulk users not touched yet
        self.without_syn_waits: list[float] = []  # runs during which no SYN was retransmitted
        self.outside = f"OU=Service,{dc.base_dn}"

    async def run(
        self, bind: str, password: str, at: datetime, full: bool = False, dirsync: bool = True
    ) -> tuple[Any, ...]:
        reader = await DirectoryReader.open(self.dc.ldap_settings(bind_identity=bind), SecretStr(password))
        source = LdapDirectorySource(reader, clock=lambda: at, dirsync=dirsync)
        timed = TimedSource(source)
        engine = SyncEngine(self.store, timed, self.target, self.settings)
        try:
            before = reader.entries_read
            started = time.perf_counter()
            plan = await engine.plan_run(RunMode.MANUAL if full else RunMode.SCHEDULED)
            planned = time.perf_counter() - started
            result = await engine.apply(plan, selection=[e.key for e in plan.actionable] if full else None)
            elapsed = time.perf_counter() - started
            assert result.status is RunStatus.COMPLETED, result.errors
            return plan, elapsed, timed.seconds, reader.entries_read - before, source, planned
        finally:
            await reader.close()

    def change(self, count: int = 10) -> None:
        """``count`` changes: the rest attribute changes, then a disable, a deletion and a move out of scope."""
        dns = [self.pool.pop() for _ in range(count)]
        *edits, disable, delete, move = dns
        for dn in edits:
            self.admin.modify(dn, {"title": [(ldap3.MODIFY_REPLACE, [f"Delta bench {uuid.uuid4().hex[:6]}"])]})
        self.admin.modify(disable, {"userAccountControl": [(ldap3.MODIFY_REPLACE, ["546"])]})
        self.admin.delete(delete)
        self.admin.modify_dn(move, move.split(",", 1)[0], new_superior=self.outside)
        assert self.admin.result["result"] == 0, self.admin.result

    async def round(self, label: str, bind: str, password: str, at: datetime, dirsync: bool = True) -> float:
        self.change()
        syn = syn_retransmits()
        plan, elapsed, read, entries, source, planned = await self.run(bind, password, at, dirsync=dirsync)
        syn = syn_retransmits() - syn
        report = source.last_delta
        print(
            f"{label}: {len(plan.actionable)} entries, delta run {elapsed:.2f} s = directory read {read:.2f} s + "
            f"state, cloud read and plan {planned - read:.2f} s + apply {elapsed - planned:.2f} s; {entries} entries "
            f"from the DC, anchors listed: {'yes' if report and report.presence_listed else 'no'}, deletions: "
            f"{report.deletion_detection if report else '-'}"
            + (f"; {syn} TCP SYN retransmitted on the machine meanwhile" if syn else "")
            + f" — {load()}",
            flush=True,
        )
        if not syn:
            self.without_syn_waits.append(elapsed)
        return elapsed


def copy_state(source: Path, copy: Path) -> None:
    """A consistent copy of a state store in use (WAL: the file alone may miss the latest commits)."""
    with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)


def add_fictitious_anchors(state: Path, count: int, parent: str) -> None:
    store = StateStore.open(state)
    try:
        store.update_ledger(
            LedgerEntry(str(uuid.uuid4()), ObjectKind.USER, f"CN=synthetic{i:06d},{parent}", f"synthetic-{i}")
            for i in range(count)
        )
    finally:
        store.close()


async def bench(users: int, extra: int) -> None:
    print(f"building/starting the {users}-user DC … ({load()})", flush=True)
    template = bulk_template_dir(users)
    with running_copy(template) as dc, run_scim2_server() as scim, tempfile.TemporaryDirectory() as tmp:
        bulk_ou = f"OU=Bulk,{dc.base_dn}"
        settings = SyncSettings(scope=SyncScope(ous=[bulk_ou], object_types=[ObjectType.USERS]))
        target = ScimCloudTarget(ScimTarget(tenant_url(scim.base_url), StaticBearer(scim.token), max_concurrency=8))
        state = Path(tmp) / "state.db"
        b = Bench(dc, target, settings, state)
        admin = (dc.admin_bind, dc.admin_password)
        low = (dc.service_bind, dc.service_password)
        start = datetime.now(UTC)

        plan, elapsed, read, entries, *_ = await b.run(*admin, at=start, full=True)
        print(f"full sync: {len(plan.actionable)} entries in {elapsed:.1f} s (directory read {read:.1f} s)", flush=True)
        b.pool = sorted((e.dn for e in plan.actionable if e.dn), reverse=True)
        # A first tombstone, so the admin bind's probe finds Deleted Objects not empty (as in any used domain).
        await b.round("10 changes, admin bind, first delta", *admin, at=start)
        b.without_syn_waits.clear()
        small = [
            await b.round(f"10 changes, admin bind (DirSync) #{n + 1}", *admin, at=start + timedelta(minutes=n))
            for n in range(7)
        ]
        small_clean = list(b.without_syn_waits)
        b.without_syn_waits.clear()
        tombstones = [
            await b.round(
                f"10 changes, admin bind, DirSync off (tombstones) #{n + 1}",
                *admin,
                at=start + timedelta(minutes=n),
                dirsync=False,
            )
            for n in range(5)
        ]
        await b.round(f"10 changes, low-rights bind ({data.SERVICE_ACCOUNT}), listing not due", *low, at=start)
        await b.round("10 changes, low-rights bind, listing due (hourly)", *low, at=start + timedelta(minutes=61))

        synthetic = Path(tmp) / "state100k.db"
        copy_state(state, synthetic)
        add_fictitious_anchors(synthetic, extra, bulk_ou)
        b.store.close()
        b.store = StateStore.open(synthetic)
        b.without_syn_waits.clear()
        total = users + extra
        big = [
            await b.round(
                f"10 changes, admin bind, {total // 1000}k managed anchors (synthetic) #{n + 1}"
                + (" (state store just opened: the ledger is loaded once)" if n == 0 else ""),
                *admin,
                at=start,
            )
            for n in range(7)
        ]
        big_clean = list(b.without_syn_waits)
        await b.round(
            f"10 changes, low-rights bind, {total // 1000}k managed anchors (synthetic), listing not due",
            *low,
            at=start + timedelta(minutes=62),
        )

        def median(values: list[float]) -> str:
            return f"{statistics.median(values):.2f} s" if values else "-"

        print(
            f"median delta run, 10 changes, admin bind: {users // 1000}k {median(small)} (DirSync; tombstones: "
            f"{median(tombstones)}), {total // 1000}k "
            f"(synthetic) {median(big)}; of the runs with no SYN retransmitted: {users // 1000}k {median(small_clean)} "
            f"({len(small_clean)} of {len(small)}), {total // 1000}k {median(big_clean)} ({len(big_clean)} of "
            f"{len(big)}) — {load()}"
        )
        b.store.close()
        b.admin.unbind()
        await target.scim.aclose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--extra", type=int, default=90_000)
    args = parser.parse_args()
    asyncio.run(bench(args.users, args.extra))


if __name__ == "__main__":
    main()
