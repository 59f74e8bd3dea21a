"""Figures for the directory layer: users read per second from a 10k-user Samba DC through DirectoryReader,
next to ``ldapsearch`` on the same query in the same run (the ratio is the figure), and the peak memory of
streaming them (tracemalloc peak of Python allocations; ru_maxrss of the process).

Run: ``tests/with-keyring .venv/bin/python bench/bench_ldap_read.py`` (as root; builds/caches the bulk DC).
"""

from __future__ import annotations

import asyncio
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pydantic import SecretStr  # noqa: E402

from app.ldap.reader import AD_USER_FILTER, DirectoryReader  # noqa: E402
from tests.servers import samba  # noqa: E402

ATTRIBUTES = ["sAMAccountName", "userPrincipalName", "mail", "givenName", "sn", "displayName"]
BULK = 10_000


async def read_layer(dc: samba.SambaDC) -> tuple[int, float, int]:
    settings = dc.ldap_settings()
    reader = await DirectoryReader.open(settings, SecretStr(dc.admin_password))
    try:
        tracemalloc.start()
        started = time.perf_counter()
        count = 0
        async for _user in reader.iter_users([], ATTRIBUTES):
            count += 1
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        await reader.close()
    return count, elapsed, peak


def read_ldapsearch(dc: samba.SambaDC) -> tuple[int, float]:
    env = dict(os.environ, LDAPTLS_CACERT=str(dc.ca_file))
    started = time.perf_counter()
    out = subprocess.run(
        [
            "ldapsearch",
            "-LLL",
            "-x",
            "-H",
            f"ldaps://{dc.host}",
            "-D",
            dc.admin_bind,
            "-w",
            dc.admin_password,
            "-b",
            dc.base_dn,
            "-E",
            "pr=500/noprompt",
            AD_USER_FILTER,
            "objectGUID",
            "uSNChanged",
            "userAccountControl",
            *ATTRIBUTES,
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    elapsed = time.perf_counter() - started
    # "dn::" is the base64 form LDIF uses for DNs with non-ASCII characters
    return sum(1 for line in out.splitlines() if line.startswith("dn:")), elapsed


def main() -> None:
    started = time.perf_counter()
    template = samba.bulk_template_dir(BULK)
    print(f"bulk template ready in {time.perf_counter() - started:.1f} s ({template})")
    with samba.running_copy(template) as dc:
        read_ldapsearch(dc)  # warm the server's caches for both
        rows = []
        for _ in range(2):
            n_tool, t_tool = read_ldapsearch(dc)
            n_layer, t_layer, peak = asyncio.run(read_layer(dc))
            rows.append((n_tool, t_tool, n_layer, t_layer, peak))
        for n_tool, t_tool, n_layer, t_layer, peak in rows:
            print(
                f"ldapsearch: {n_tool} users in {t_tool:.2f} s = {n_tool / t_tool:,.0f}/s | "
                f"directory layer: {n_layer} users in {t_layer:.2f} s = {n_layer / t_layer:,.0f}/s | "
                f"ratio layer/ldapsearch = {(n_layer / t_layer) / (n_tool / t_tool):.2f} | "
                f"tracemalloc peak while streaming = {peak / 1e6:.1f} MB"
            )
        assert all(r[0] == r[2] for r in rows), "layer and ldapsearch disagree on the count"
    print(f"process max RSS = {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
