"""Peak memory and time of planning N synthetic users (no server): the planner's cost at scale.

Builds a directory of N users and a cloud holding the same N users as a previous run created them, with
a realistic mix of changes (1 % attribute updates, 0.5 % disabled, 0.3 % gone, 1 % new), then runs the
pure planner once and reports, for each size: the time to build the snapshots, the time to plan (wall
clock and CPU time of the process, untraced), and the process's max RSS (snapshots included, as the engine
holds them while planning). Several sizes run one after another, each in a fresh process (max RSS is per
process). ``--traced`` adds a second planning pass under tracemalloc (its peak is the planner's own
allocations; tracing slows allocation several-fold and raises the RSS, so it is off by default).

    .venv/bin/python bench/bench_plan_memory.py [--users 100000 [1000000 ...]] [--traced]

Targets (issue "Full runs and memory"): 100k users ≤ 250 MB max RSS; 1,000,000 users ≤ 1 GB and ≤ 90 s to plan.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.sync.model import (  # noqa: E402
    CloudObject,
    CloudSnapshot,
    LedgerEntry,
    ObjectKind,
    RunMode,
    SourceObject,
    SourceSnapshot,
    SyncState,
)
from app.sync.planner import build_resource, plan  # noqa: E402
from app.sync.settings import LeaveScope, StatusSync, SyncSettings  # noqa: E402

BASE = "OU=Staff,DC=zylker,DC=test"


def source_user(i: int, *, title: str = "Engineer", disabled: bool = False) -> SourceObject:
    name = f"user{i:06d}"
    return SourceObject(
        anchor=f"{i:08x}-0000-4000-8000-000000000000",
        dn=f"CN={name},{BASE}",
        kind=ObjectKind.USER,
        attributes={
            "userPrincipalName": (f"{name}@zylker.test",),
            "givenName": ("User",),
            "sn": (f"{i:06d}",),
            "displayName": (f"User {i:06d}",),
            "mail": (f"{name}@zylker.test",),
            "telephoneNumber": (f"+49 30 {i:07d}",),
            "title": (title,),
            "department": (f"Dept {i % 40}",),
            "employeeID": (f"E{i:07d}",),
        },
        disabled=disabled,
    )


def build(n: int, settings: SyncSettings) -> tuple[SourceSnapshot, CloudSnapshot, SyncState]:
    users: list[SourceObject] = []
    cloud: list[CloudObject] = []
    ledger: dict[str, LedgerEntry] = {}
    for i in range(n):
        previous = source_user(i)
        resource_ = build_resource(previous, settings.user_mapping)
        cid = f"c{i:08d}"
        resource_.update({"id": cid, "externalId": previous.anchor, "active": True})
        cloud.append(CloudObject(cid, ObjectKind.USER, previous.anchor, f"user{i:06d}@zylker.test", True, resource_))
        ledger[previous.anchor] = LedgerEntry(previous.anchor, ObjectKind.USER, previous.dn, cid)
        if i % 1000 < 3:
            continue  # 0.3 % gone from the directory
        if i % 100 == 7:
            users.append(source_user(i, title="Senior Engineer"))
        elif i % 200 == 11:
            users.append(source_user(i, disabled=True))
        else:
            users.append(previous)
    users.extend(source_user(n + j) for j in range(n // 100))  # 1 % new
    return SourceSnapshot(users=tuple(users)), CloudSnapshot(users=tuple(cloud)), SyncState(ledger=ledger)


def max_rss_mib() -> float:
    """The process's max RSS so far (``ru_maxrss``: KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024


def run(n: int, traced: bool) -> None:
    settings = SyncSettings(status_sync=StatusSync.REFLECT, leave_scope=LeaveScope.DISABLE)

    started, started_cpu = time.perf_counter(), time.process_time()
    source, cloud, state = build(n, settings)
    built, built_cpu = time.perf_counter(), time.process_time()
    rss_snapshots = max_rss_mib()
    result = plan(source, cloud, settings, state, mode=RunMode.SCHEDULED)
    planned, planned_cpu = time.perf_counter(), time.process_time()
    rss = max_rss_mib()

    counts = {k: v for k, v in result.counts().items() if v}
    print(f"--- {n} users ---")
    print(f"users in directory: {len(source.users)}, in cloud: {len(cloud.users)}")
    safety = f"{result.safety.status.value}/{result.safety.code.value}"
    print(f"plan: {counts}, unchanged {result.unchanged}, safety {safety}")
    print(
        f"building snapshots: {built - started:.2f} s ({built_cpu - started_cpu:.2f} s CPU), "
        f"process max RSS then {rss_snapshots:.0f} MiB"
    )
    print(f"planning: {planned - built:.2f} s ({planned_cpu - built_cpu:.2f} s CPU), untraced")
    print(f"process max RSS: {rss:.0f} MiB = {rss * 2**20 / 1e6:.0f} MB (snapshots + plan)")
    if traced:
        del result
        tracemalloc.start()
        plan(source, cloud, settings, state, mode=RunMode.SCHEDULED)
        _, plan_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"traced pass: peak {plan_peak / 2**20:.0f} MiB allocated by the planner")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, nargs="+", default=[100_000])
    parser.add_argument("--traced", action="store_true", help="add a planning pass under tracemalloc")
    args = parser.parse_args()
    if len(args.users) == 1:
        run(args.users[0], args.traced)
        return
    for n in args.users:  # a fresh process each: ru_maxrss never goes down
        command = [sys.executable, __file__, "--users", str(n), *(["--traced"] if args.traced else [])]
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
