"""Figures for the hostile tenant: for each entry of the catalogue (tests/cloud/hostile.py), how long the client
under test takes to end in its typed error, how many requests reached the tenant, and how many of them were
writes. The clients run with the test bounds (a 2 s total deadline per request, a 256 KiB body cap, three sends
per SCIM call); the server is real HTTP on 127.0.0.1.

Run: ``.venv/bin/python bench/bench_hostile.py [--filter WORD]``. A line marked ``WRONG`` is an entry whose
outcome differs from the catalogue (another error type or code); the exit status is then 1.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.cloud.hostile import CATALOGUE, TEST_DEADLINE, run_case  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filter", default="", help="only entries whose name contains this")
    args = parser.parse_args()
    cases = [c for c in CATALOGUE if args.filter.lower() in c.name.lower()]
    print(f"hostile tenant: {len(cases)} entries, total deadline per request {TEST_DEADLINE:g} s")
    print(f"{'entry':<62} {'seconds':>8} {'requests':>8} {'writes':>6}  error")
    times: list[float] = []
    wrong = 0
    for case in cases:
        outcome = run_case(case, asyncio.run)
        error = outcome.error
        ok = isinstance(error, case.error) and getattr(error, "code", None) == case.code
        ok = ok and len(outcome.writes) <= case.max_writes
        wrong += not ok
        times.append(outcome.seconds)
        label = f"{type(error).__name__}/{getattr(error, 'code', '-')}" if error is not None else "no error"
        print(
            f"{case.name[:62]:<62} {outcome.seconds:8.3f} {len(outcome.requests):8d} {len(outcome.writes):6d}"
            f"  {label}{'' if ok else '  WRONG'}"
        )
    if times:
        print(
            f"time to the typed error: median {statistics.median(times):.3f} s, max {max(times):.3f} s, "
            f"entries wrong {wrong}"
        )
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
