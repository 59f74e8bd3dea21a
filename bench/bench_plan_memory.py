"""Peak memory and time of planning 100k synthetic users (no server): the planner's cost at scale.

Builds a directory of N users and a cloud holding the same N users as a previous run created them, with
a realistic mix of changes (1 % attribute updates, 0.5 % disabled, 0.3 % gone, 1 % new), then runs the
pure planner once and reports tracemalloc's peak for the planning step alone and for the whole process
(snapshots included, as the engine would hold them).

    .venv/bin/python bench/bench_plan_memory.py [--users 100000]
"""

from __future__ import annotations

import argparse
import resource
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100_000)
    args = parser.parse_args()
    settings = SyncSettings(status_sync=StatusSync.REFLECT, leave_scope=LeaveScope.DISABLE)

    started = time.perf_counter()
    source, cloud, state = build(args.users, settings)
    built = time.perf_counter()
    rss_snapshots = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = plan(source, cloud, settings, state, mode=RunMode.SCHEDULED)
    planned = time.perf_counter()
    # A second, traced pass: tracemalloc slows allocation several-fold, so time comes from the first.
    tracemalloc.start()
    plan(source, cloud, settings, state, mode=RunMode.SCHEDULED)
    _, plan_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    counts = {k: v for k, v in result.counts().items() if v}
    print(f"users in directory: {len(source.users)}, in cloud: {len(cloud.users)}")
    safety = f"{result.safety.status.value}/{result.safety.code.value}"
    print(f"plan: {counts}, unchanged {result.unchanged}, safety {safety}")
    print(f"building snapshots: {built - started:.2f} s, process max RSS then {rss_snapshots:.0f} MiB")
    print(f"planning: {planned - built:.2f} s, peak {plan_peak / 2**20:.0f} MiB allocated by the planner (traced)")
    print(f"process max RSS: {rss:.0f} MiB (snapshots + plan)")


if __name__ == "__main__":
    main()
