"""Figures for the directory layer: users read per second from a 10k-user Samba DC through DirectoryReader,
next to raw ldap3 (same query, same page size, no layer) and ``ldapsearch`` in the same run, and the peak
memory of streaming them.

Each round reads the whole set three ways, one after the other: ``ldapsearch``, raw ldap3, the layer. The
ratios layer/ldapsearch and raw/ldapsearch are the figures (the machine may be shared: the tools see the same
load within a round); layer/raw is the layer's own overhead. Medians over the rounds are printed last.

Timed rounds run without tracemalloc: tracing every allocation roughly doubles the run time of Python code,
which would be charged to the layer alone. Memory is a separate pass through the layer with tracemalloc on
(peak of Python allocations while streaming; its time is printed too but is not a speed figure), plus the
process's ru_maxrss.

Run: ``tests/with-keyring .venv/bin/python bench/bench_ldap_read.py [--rounds N] [--page-size N]`` (as root;
builds/caches the bulk DC).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import app.ldap  # noqa: E402, F401  (imports ldap3 quietly before anything else does)

# isort: split
import ldap3  # noqa: E402
from pydantic import SecretStr  # noqa: E402

from app.ldap.connection import VerifiedTls  # noqa: E402
from app.ldap.reader import AD_USER_FILTER, PAGED_RESULTS_OID, DirectoryReader  # noqa: E402
from tests.servers import samba  # noqa: E402

ATTRIBUTES = ["sAMAccountName", "userPrincipalName", "mail", "givenName", "sn", "displayName"]
# what the layer adds for AD users (anchor, change number, disabled state): every tool asks for the same set
LAYER_ATTRIBUTES = ["objectGUID", "uSNChanged", "userAccountControl"]
BULK = 10_000


async def read_layer(dc: samba.SambaDC, page_size: int, *, trace: bool = False) -> tuple[int, float, int]:
    settings = dc.ldap_settings(page_size=page_size)
    reader = await DirectoryReader.open(settings, SecretStr(dc.admin_password))
    peak = 0
    try:
        if trace:
            tracemalloc.start()
        started = time.perf_counter()
        count = 0
        async for _user in reader.iter_users([], ATTRIBUTES):
            count += 1
        elapsed = time.perf_counter() - started
        if trace:
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    finally:
        await reader.close()
    return count, elapsed, peak


def read_raw_ldap3(dc: samba.SambaDC, page_size: int) -> tuple[int, float]:
    """The same paged query with ldap3 as its documentation shows it: default connection options, no layer."""
    tls = VerifiedTls(dc.host, dc.ca_file)  # verified TLS as ldap3 would, without its deprecated host check
    server = ldap3.Server(dc.host, port=636, use_ssl=True, tls=tls, get_info=ldap3.NONE)
    conn = ldap3.Connection(server, dc.admin_bind, dc.admin_password, auto_bind=True, read_only=True)
    try:
        started = time.perf_counter()
        count = 0
        cookie: bytes | None = None
        while True:
            conn.search(
                dc.base_dn,
                AD_USER_FILTER,
                ldap3.SUBTREE,
                attributes=[*ATTRIBUTES, *LAYER_ATTRIBUTES],
                paged_size=page_size,
                paged_cookie=cookie,
            )
            assert conn.result["result"] == 0, conn.result
            count += sum(1 for r in conn.response if r["type"] == "searchResEntry")
            cookie = conn.result["controls"][PAGED_RESULTS_OID]["value"]["cookie"]
            if not cookie:
                break
        elapsed = time.perf_counter() - started
    finally:
        conn.unbind()
    return count, elapsed


def read_ldapsearch(dc: samba.SambaDC, page_size: int) -> tuple[int, float]:
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
            f"pr={page_size}/noprompt",
            AD_USER_FILTER,
            *LAYER_ATTRIBUTES,
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds (the medians are over these)")
    parser.add_argument("--page-size", type=int, default=None, help="LDAP page size (default: the settings')")
    args = parser.parse_args()

    started = time.perf_counter()
    template = samba.bulk_template_dir(BULK)
    print(f"bulk template ready in {time.perf_counter() - started:.1f} s ({template})")
    with samba.running_copy(template) as dc:
        page_size = args.page_size or dc.ldap_settings().page_size
        print(
            f"page size = {page_size}; {args.rounds} timed rounds (ldapsearch, raw ldap3, layer), then memory; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (the DC, the tools and other work "
            "share them: the ratios within a round are the figures)"
        )
        read_ldapsearch(dc, page_size)  # warm the server's caches for all three
        tool, raw, layer = [], [], []
        for i in range(args.rounds):
            n_tool, t_tool = read_ldapsearch(dc, page_size)
            n_raw, t_raw = read_raw_ldap3(dc, page_size)
            n_layer, t_layer, _ = asyncio.run(read_layer(dc, page_size))
            assert n_tool == n_raw == n_layer, f"counts disagree: {n_tool} / {n_raw} / {n_layer}"
            tool.append(n_tool / t_tool)
            raw.append(n_raw / t_raw)
            layer.append(n_layer / t_layer)
            print(
                f"round {i + 1}: {n_layer} users | ldapsearch {t_tool:.2f} s = {tool[-1]:,.0f}/s | "
                f"raw ldap3 {t_raw:.2f} s = {raw[-1]:,.0f}/s | layer {t_layer:.2f} s = {layer[-1]:,.0f}/s | "
                f"layer/ldapsearch {layer[-1] / tool[-1]:.2f} | raw/ldapsearch {raw[-1] / tool[-1]:.2f} | "
                f"layer/raw {layer[-1] / raw[-1]:.2f}"
            )
        n_mem, t_mem, peak = asyncio.run(read_layer(dc, page_size, trace=True))
    med = statistics.median
    print(
        f"median of {args.rounds}: ldapsearch {med(tool):,.0f}/s | raw ldap3 {med(raw):,.0f}/s | "
        f"layer {med(layer):,.0f}/s | layer/ldapsearch {med(a / b for a, b in zip(layer, tool, strict=True)):.2f} | "
        f"raw/ldapsearch {med(a / b for a, b in zip(raw, tool, strict=True)):.2f} | "
        f"layer/raw {med(a / b for a, b in zip(layer, raw, strict=True)):.2f}"
    )
    print(
        f"memory pass (layer under tracemalloc, {n_mem} users in {t_mem:.2f} s): "
        f"tracemalloc peak while streaming = {peak / 1e6:.1f} MB"
    )
    print(f"process max RSS = {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
