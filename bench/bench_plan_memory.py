"""Peak memory and time of planning N synthetic users (no server): the planner's cost at scale.

Builds what a full run holds when it plans, the way the engine builds it: the ledger a previous run left
(N managed users, written to a real state store by a helper process and loaded with ``load_state``), the
tenant's N users as it lists them (JSON pages with ``meta``, decoded and converted by the SCIM target's own
``to_cloud_object``) and the directory's users with a realistic mix of changes (1 % attribute updates, 0.5 %
disabled, 0.3 % gone, 1 % new), both taking the ledger's copies of the strings it holds (``LedgerDns``), as the
directory source and the target do. Then runs the pure planner once and reports, for each size: the time
to load the ledger and to build the snapshots, the time to plan (wall clock and CPU time of the process,
untraced), and the process's max RSS (ledger and snapshots included, as the engine holds them while
planning). Several sizes run one after another, each in a fresh process (max RSS is per process).
``--traced`` adds a second planning pass under tracemalloc (its peak is the planner's own allocations;
tracing slows allocation several-fold and raises the RSS, so it is off by default).

    .venv/bin/python bench/bench_plan_memory.py [--users 100000 [1000000 ...]] [--traced]

Targets (issue "Full runs and memory"): 100k users ≤ 250 MB max RSS; 1,000,000 users ≤ 1 GB and ≤ 90 s to plan.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.cloud.scim import ScimResource  # noqa: E402
from app.sync.model import (  # noqa: E402
    CloudObject,
    CloudSnapshot,
    LedgerDns,
    LedgerEntry,
    ObjectKind,
    RunMode,
    SourceObject,
    SourceSnapshot,
    SyncState,
)
from app.sync.planner import build_resource, plan  # noqa: E402
from app.sync.settings import LeaveScope, StatusSync, SyncSettings  # noqa: E402
from app.sync.state import StateStore  # noqa: E402
from app.sync.targets import to_cloud_object  # noqa: E402

BASE = "OU=Staff,DC=zylker,DC=test"
_PAGE = 500  # the SCIM target's listing page


def source_user(i: int, known: LedgerDns, *, title: str = "Engineer", disabled: bool = False) -> SourceObject:
    """A user as the directory source converts one it read (new strings, then the ledger's copies of the anchor
    and DN where it holds them, as ``LdapDirectorySource._to_source`` does)."""
    name = f"user{i:06d}"
    anchor, dn = known.source(f"{i:08x}-0000-4000-8000-000000000000", f"CN={name},{BASE}")
    return SourceObject(
        anchor=anchor,
        dn=dn,
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


def cloud_id(i: int) -> str:
    return f"{i:08x}-5c1d-4e00-9000-000000000000"


def write_ledger(path: Path, n: int) -> None:
    """The state store a previous run left: n managed users, written in slices (this process's memory does not
    count: the measuring one only opens the file)."""
    store = StateStore.open(path)
    for start in range(0, n, 50_000):
        entries = (
            LedgerEntry(f"{i:08x}-0000-4000-8000-000000000000", ObjectKind.USER, f"CN=user{i:06d},{BASE}", cloud_id(i))
            for i in range(start, min(n, start + 50_000))
        )
        store.update_ledger(entries)
    store.close()


def tenant_page(first: int, count: int, n: int, settings: SyncSettings, empty: LedgerDns) -> bytes:
    """One page of the tenant's listing as it answers it: each user as a previous run created it, with the
    ``meta`` the tenant adds."""
    resources = []
    for i in range(first, min(n, first + count)):
        resource = build_resource(source_user(i, empty), settings.user_mapping)
        resource.update({"id": cloud_id(i), "externalId": f"{i:08x}-0000-4000-8000-000000000000", "active": True})
        resource["meta"] = {
            "resourceType": "User",
            "created": "2026-11-02T08:15:31.204Z",
            "lastModified": "2026-11-02T08:15:31.204Z",
            "location": f"https://tenant.example/scim/v2/Users/{cloud_id(i)}",
            "version": f'W/"{i:x}-1"',
        }
        resources.append(resource)
    return json.dumps({"Resources": resources}).encode()


def build(n: int, settings: SyncSettings, state: SyncState) -> tuple[SourceSnapshot, CloudSnapshot]:
    """The two snapshots as a full read makes them: the cloud's users decoded page by page from the tenant's
    JSON and converted by the SCIM target's own function, keeping the ledger's copies of their ids."""
    known, empty = LedgerDns(state.ledger), LedgerDns({})
    cloud: list[CloudObject] = []
    for first in range(0, n, _PAGE):
        for data in json.loads(tenant_page(first, _PAGE, n, settings, empty))["Resources"]:
            resource = ScimResource(data, etag=data["meta"]["version"])
            cloud.append(to_cloud_object(ObjectKind.USER, resource, known=known))
    users: list[SourceObject] = []
    for i in range(n):
        if i % 1000 < 3:
            continue  # 0.3 % gone from the directory
        if i % 100 == 7:
            users.append(source_user(i, known, title="Senior Engineer"))
        elif i % 200 == 11:
            users.append(source_user(i, known, disabled=True))
        else:
            users.append(source_user(i, known))
    users.extend(source_user(n + j, known) for j in range(n // 100))  # 1 % new
    return SourceSnapshot(users=tuple(users)), CloudSnapshot(users=tuple(cloud))


def max_rss_mib() -> float:
    """The process's max RSS so far (``ru_maxrss``: KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024


def run(n: int, traced: bool) -> None:
    settings = SyncSettings(status_sync=StatusSync.REFLECT, leave_scope=LeaveScope.DISABLE)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "state.db"
        subprocess.run([sys.executable, __file__, "--write-ledger", str(path), str(n)], check=True)
        started, started_cpu = time.perf_counter(), time.process_time()
        store = StateStore.open(path)
        state = store.load_state()
        loaded = time.perf_counter()
        rss_ledger = max_rss_mib()
        source, cloud = build(n, settings, state)
        built, built_cpu = time.perf_counter(), time.process_time()
        rss_snapshots = max_rss_mib()
        result = plan(source, cloud, settings, state, mode=RunMode.SCHEDULED)
        planned, planned_cpu = time.perf_counter(), time.process_time()
        rss = max_rss_mib()
        store.close()

    counts = {k: v for k, v in result.counts().items() if v}
    print(f"--- {n} users ---")
    print(f"users in directory: {len(source.users)}, in cloud: {len(cloud.users)}")
    safety = f"{result.safety.status.value}/{result.safety.code.value}"
    print(f"plan: {counts}, unchanged {result.unchanged}, safety {safety}")
    print(
        f"loading the ledger from the state store: {loaded - started:.2f} s, process max RSS then {rss_ledger:.0f} MiB"
    )
    print(
        f"building snapshots: {built - loaded:.2f} s ({built_cpu - started_cpu:.2f} s CPU with the ledger), "
        f"process max RSS then {rss_snapshots:.0f} MiB"
    )
    print(f"planning: {planned - built:.2f} s ({planned_cpu - built_cpu:.2f} s CPU), untraced")
    print(f"process max RSS: {rss:.0f} MiB = {rss * 2**20 / 1e6:.0f} MB (ledger + snapshots + plan)")
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
    parser.add_argument("--write-ledger", nargs=2, metavar=("PATH", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_ledger:
        write_ledger(Path(args.write_ledger[0]), int(args.write_ledger[1]))
        return
    if len(args.users) == 1:
        run(args.users[0], args.traced)
        return
    for n in args.users:  # a fresh process each: ru_maxrss never goes down
        command = [sys.executable, __file__, "--users", str(n), *(["--traced"] if args.traced else [])]
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
