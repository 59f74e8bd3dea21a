"""kill -9 at random moments of a sync, then a normal run: is anything lost or duplicated, and how long until
the tenant matches the directory again?

Set-up (not timed): a Samba AD DC copy with ``--users`` bulk users under OU=Bulk, the sandbox tenant, and an
agent configured by the real setup steps (installation key, device sign-in, registration, keyring), with the
scope OU=Bulk (users). A first normal run creates them all.

Each trial:
1. the directory changes as an admin would change it: ``--creates`` new users and ``--updates`` existing users
   with a new surname (so the sync mixes creates and updates);
2. ``identity-connect-agent sync --yes`` starts in a subprocess and is killed with SIGKILL at a random
   moment: in one trial of four uniform over 1.2 × the duration of an uninterrupted sync of the same shape
   (measured first), in the others uniform over 1.1 × its write phase, counted from the moment the agent
   starts writing (the directory and tenant reads before it cannot lose or duplicate anything, and take
   most of a delta run); whether the kill landed mid-apply is read from the agent's state database (a run
   left ``running``);
3. normal runs follow until the tenant matches the directory (at most three); the time to converge is
   their wall time;
4. the tenant is compared with the directory: users missing (lost), users present more than once by
   externalId or userName (duplicated), and surnames not updated (updates lost).

Prints one line per trial and the totals. Run with a keyring (the agent keeps its sign-in there)::

    tests/with-keyring .venv/bin/python bench/bench_crash.py [--users 2000] [--trials 20] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import ldap3  # noqa: E402

from app.sync.settings import ObjectType, SyncScope, SyncSettings  # noqa: E402
from tests.e2e.conftest import AdAdmin, Agent  # noqa: E402
from tests.servers.samba import SambaDC, bulk_template_dir, running_copy  # noqa: E402
from tests.servers.sandbox import start_sandbox  # noqa: E402
from tests.service.agent_setup import configure_agent  # noqa: E402

DOMAIN = "zylker.test"


@dataclass
class Trial:
    number: int
    kill_after: float
    landed: str  # "before apply", "mid-apply", "after the run"
    lost: int
    duplicated: int
    updates_lost: int
    converge_seconds: float
    runs: int


class Directory:
    """The bulk users as the directory holds them: UPN → surname, kept in step with the changes made."""

    def __init__(self, dc: SambaDC, users: int) -> None:
        self.admin = AdAdmin(dc)
        self.base = f"OU=Bulk,{dc.base_dn}"
        self.surnames = {f"bulk{i:05d}@{DOMAIN}": f"Sur{i}" for i in range(users)}
        self.dns = {f"bulk{i:05d}@{DOMAIN}": f"CN=bulk{i:05d},OU=Part{i % 20:02d},{self.base}" for i in range(users)}

    def change(self, trial: int, creates: int, updates: int, rng: random.Random) -> None:
        conn = self.admin.conn
        for upn in rng.sample(sorted(self.surnames), updates):
            surname = f"{self.surnames[upn].split('-')[0]}-t{trial}"
            conn.modify(self.dns[upn], {"sn": [(ldap3.MODIFY_REPLACE, [surname])]})
            self.surnames[upn] = surname
        for j in range(creates):
            name = f"crash{trial:02d}x{j:04d}"
            upn = f"{name}@{DOMAIN}"
            dn = f"CN={name},OU=Part{j % 20:02d},{self.base}"
            conn.add(
                dn,
                "user",
                {
                    "sAMAccountName": name,
                    "userPrincipalName": upn,
                    "givenName": f"Crash{j}",
                    "sn": f"Sur{name}",
                    "mail": upn,
                    "userAccountControl": "544",
                },
            )
            self.surnames[upn] = f"Sur{name}"
            self.dns[upn] = dn


def compare(agent: Agent, directory: Directory) -> tuple[int, int, int]:
    """(lost, duplicated, updates lost) between the directory and the tenant's SCIM users."""
    users = [u for u in agent.tenant.scim_users() if u.get("externalId")]
    names = Counter(str(u["userName"]).lower() for u in users)
    anchors = Counter(str(u["externalId"]) for u in users)
    lost = sum(1 for upn in directory.surnames if upn.lower() not in names)
    duplicated = sum(n - 1 for n in names.values() if n > 1) + sum(n - 1 for n in anchors.values() if n > 1)
    family = {str(u["userName"]).lower(): (u.get("name") or {}).get("familyName") for u in users}
    updates_lost = sum(1 for upn, sn in directory.surnames.items() if upn.lower() in family and family[upn] != sn)
    return lost, duplicated, updates_lost


def where_killed(state_db: Path, runs_before: int) -> str:
    db = sqlite3.connect(f"file:{state_db}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT status FROM runs ORDER BY id").fetchall()
    finally:
        db.close()
    if len(rows) <= runs_before:
        return "before apply"
    return "mid-apply" if rows[-1][0] == "running" else "after the run"


def runs_in(state_db: Path) -> int:
    db = sqlite3.connect(f"file:{state_db}?mode=ro", uri=True)
    try:
        return int(db.execute("SELECT COUNT(*) FROM runs").fetchone()[0])
    finally:
        db.close()


def sync(agent: Agent) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    done = agent.run("sync", "--yes", timeout=600)
    return time.perf_counter() - started, done


def applying(state_db: Path, runs_before: int) -> bool:
    db = sqlite3.connect(f"file:{state_db}?mode=ro", uri=True)
    try:
        return db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] > runs_before
    finally:
        db.close()


def last_apply_seconds(state_db: Path) -> float:
    db = sqlite3.connect(f"file:{state_db}?mode=ro", uri=True)
    try:
        started, finished = db.execute("SELECT started_at, finished_at FROM runs ORDER BY id DESC").fetchone()
    finally:
        db.close()
    return (datetime.fromisoformat(finished) - datetime.fromisoformat(started)).total_seconds()


def kill_during_sync(agent: Agent, delay: float, *, after_apply_starts: bool, runs_before: int) -> None:
    """Start a sync and SIGKILL it ``delay`` seconds after it started (or after its apply started)."""
    proc = agent.popen("sync", "--yes")
    try:
        if after_apply_starts:
            while proc.poll() is None and not applying(agent.paths.state_db, runs_before):
                time.sleep(0.01)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def bench(users: int, trials: int, creates: int, updates: int, seed: int) -> None:
    rng = random.Random(seed)
    print(f"building/starting the {users}-user DC …", flush=True)
    template = bulk_template_dir(users)
    tenant = start_sandbox()
    try:
        with running_copy(template) as dc, tempfile.TemporaryDirectory() as tmp:
            sync_settings = SyncSettings(
                scope=SyncScope(ous=[f"OU=Bulk,{dc.base_dn}"], object_types=[ObjectType.USERS])
            )
            paths, _ = configure_agent(
                tenant,
                Path(tmp) / "agent",
                ldap=dc.ldap_settings(bind_identity=dc.service_bind),
                sync=sync_settings,
                bind_password=dc.service_password,
            )
            agent = Agent(Path(tmp) / "agent", paths, tenant)
            directory = Directory(dc, users)
            seconds, done = sync(agent)
            assert done.returncode == 0, done.stdout + done.stderr
            lost, duplicated, _ = compare(agent, directory)
            print(f"first run: {users} users created in {seconds:.1f} s (lost {lost}, duplicated {duplicated})")

            started = time.perf_counter()
            directory.change(0, creates, updates, rng)
            changing = time.perf_counter() - started
            calibration, done = sync(agent)
            assert done.returncode == 0, done.stdout + done.stderr
            apply_window = last_apply_seconds(paths.state_db)
            print(
                f"an uninterrupted sync of {creates} creates + {updates} updates (delta read of {users}+ users): "
                f"{calibration:.1f} s, of which writing {apply_window:.1f} s (directory changes took "
                f"{changing:.1f} s)",
                flush=True,
            )
            results: list[Trial] = []
            for number in range(1, trials + 1):
                directory.change(number, creates, updates, rng)
                before = runs_in(paths.state_db)
                whole = number % 4 == 1
                delay = rng.uniform(0.0, 1.2 * calibration if whole else 1.1 * apply_window)
                kill_during_sync(agent, delay, after_apply_starts=not whole, runs_before=before)
                landed = where_killed(paths.state_db, before)
                converge, runs = 0.0, 0
                lost = duplicated = updates_lost = -1
                while runs < 3:
                    seconds, done = sync(agent)
                    converge += seconds
                    runs += 1
                    lost, duplicated, updates_lost = compare(agent, directory)
                    if done.returncode == 0 and lost == duplicated == updates_lost == 0:
                        break
                    print(f"  run {runs} after the kill: exit {done.returncode} {done.stdout[-300:]!r}")
                trial = Trial(number, delay, landed, lost, duplicated, updates_lost, converge, runs)
                results.append(trial)
                since = "the start" if whole else "writes began"
                print(
                    f"trial {number:2d}: kill -9 {delay:5.2f} s after {since:<12} ({landed:<13}) → lost {lost}, "
                    f"duplicated {duplicated}, updates lost {updates_lost}; converged in {converge:5.1f} s "
                    f"({runs} run{'s' if runs > 1 else ''})",
                    flush=True,
                )
            mid = [t for t in results if t.landed == "mid-apply"]
            times = [t.converge_seconds for t in results]
            total_users = len(directory.surnames)
            print(
                f"\n{trials} trials, {total_users} users in scope at the end; landed mid-apply: {len(mid)}/{trials} "
                f"(before apply {sum(t.landed == 'before apply' for t in results)}, "
                f"after the run {sum(t.landed == 'after the run' for t in results)})\n"
                f"objects lost: {sum(t.lost for t in results)}, duplicated: {sum(t.duplicated for t in results)}, "
                f"updates lost: {sum(t.updates_lost for t in results)}; "
                f"trials needing more than one run: {sum(t.runs > 1 for t in results)}\n"
                f"time to converge: median {statistics.median(times):.1f} s, max {max(times):.1f} s"
                + (f", median mid-apply {statistics.median(t.converge_seconds for t in mid):.1f} s" if mid else "")
            )
            directory.admin.close()
    finally:
        tenant.server.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--creates", type=int, default=80)
    parser.add_argument("--updates", type=int, default=120)
    parser.add_argument("--seed", type=int, default=1)
    args: Any = parser.parse_args(argv)
    bench(args.users, args.trials, args.creates, args.updates, args.seed)


if __name__ == "__main__":
    main()
