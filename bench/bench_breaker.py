"""A tenant that fails every request for ever: how long until a sync run ends, and how many requests it sent.

The run is planned against a healthy tenant (a counting SCIM server on loopback), then applied while the
tenant answers every request with the chosen failure. The SCIM client and the engine are built exactly as
the agent builds them (the client's default attempts, back-off and Retry-After bound, the engine's default
concurrency and breaker), so the figures are what an admin would see.

Prints, per failure: seconds from the start of the apply to the end of the run, requests the tenant
received, the reason the run ended, and how many entries stay pending for the next run.

    .venv/bin/python bench/bench_breaker.py [--users 2000] [--skip-slow]

``--skip-slow`` leaves out "503 with Retry-After: 120", which honours the pause (minutes by design).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.cloud.scim import ScimTarget  # noqa: E402
from app.sync.engine import SyncEngine  # noqa: E402
from app.sync.model import RunMode, SourceSnapshot  # noqa: E402
from app.sync.settings import SyncSettings  # noqa: E402
from app.sync.state import StateStore  # noqa: E402
from app.sync.targets import ScimCloudTarget  # noqa: E402
from tests.sync.countingserver import Answer, counting_server  # noqa: E402
from tests.sync.factories import user  # noqa: E402
from tests.sync.scimtools import PlainSource, StaticBearer  # noqa: E402

SCENARIOS: list[tuple[str, Answer, bool]] = [
    ("503 for ever", Answer(503), False),
    ("500 for ever", Answer(500), False),
    ("429 Retry-After: 3600", Answer(429, (("Retry-After", "3600"),)), False),
    ("401 (sign-in refused)", Answer(401), False),
    ("503 Retry-After: 120", Answer(503, (("Retry-After", "120"),)), True),
]


async def one(name: str, answer: Answer, users: int, folder: Path) -> None:
    source = PlainSource(SourceSnapshot(users=tuple(user(f"user.x{i:05d}") for i in range(users))))
    with counting_server() as server:
        scim = ScimTarget(server.base_url, StaticBearer("token"))  # the client's defaults, as the agent's
        state = StateStore.open(folder / f"{len(name)}-{time.monotonic_ns()}.sqlite3")
        engine = SyncEngine(state, source, ScimCloudTarget(scim), SyncSettings())  # the engine's defaults
        try:
            plan = await engine.plan_run(RunMode.MANUAL)
            server.rule = lambda seen: answer
            before = server.count()
            started = time.perf_counter()
            reason = "completed"
            try:
                await engine.apply(plan, selection=[e.key for e in plan.actionable])
            except Exception as exc:  # the figure is how it ends, whatever it is
                reason = f"{getattr(exc, 'code', type(exc).__name__)}: {exc}"
            seconds = time.perf_counter() - started
            sent = server.count() - before
            await asyncio.sleep(1.0)
            late = server.count() - before - sent
            pending = len(state.journal(unfinished=True))
            print(
                f"{name:<24} run ended after {seconds:7.2f} s, {sent:4d} requests "
                f"({sent / users:.4f} per planned object), {late} after the end, "
                f"{pending}/{users} entries pending for the next run\n{'':<24} reason: {reason}",
                flush=True,
            )
        finally:
            await scim.aclose()
            state.close()


async def main(users: int, skip_slow: bool) -> None:
    print(f"{users} planned creates; client and engine with the agent's defaults", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, answer, slow in SCENARIOS:
            if slow and skip_slow:
                continue
            await one(name, answer, users, Path(tmp))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--skip-slow", action="store_true")
    args = parser.parse_args()
    asyncio.run(main(args.users, args.skip_slow))
