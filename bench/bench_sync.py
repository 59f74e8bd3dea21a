"""Full sync of the 10k-user Samba AD DC into scim2-server, next to the raw floor measured in the same run.

Prints:
- the raw floor: ``ldapsearch`` reading the same users (paged 500) + raw concurrent SCIM creates (httpx,
  same concurrency, the very payloads the planner produced) into an empty tenant;
- the engine's full sync (directory read, cloud read, plan, journaled apply) into another empty tenant,
  and the ratio full / floor — the figure;
- a delta run after 10 users were changed in AD.

    .venv/bin/python bench/bench_sync.py [--users 10000] [--concurrency 8]

Needs the Samba packages and scim2-server (``make deps``); the 10k template is built once and cached.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
import ldap3  # noqa: E402
from pydantic import SecretStr  # noqa: E402

from app.cloud.scim import ScimTarget  # noqa: E402
from app.ldap.reader import DirectoryReader  # noqa: E402
from app.sync.engine import SyncEngine  # noqa: E402
from app.sync.model import ObjectKind, PlanCategory, RunMode  # noqa: E402
from app.sync.settings import ObjectType, SyncScope, SyncSettings  # noqa: E402
from app.sync.sources import LdapDirectorySource  # noqa: E402
from app.sync.state import StateStore  # noqa: E402
from app.sync.targets import ScimCloudTarget  # noqa: E402
from tests.servers.samba import bulk_template_dir, running_copy  # noqa: E402
from tests.servers.scim2server import run_scim2_server  # noqa: E402
from tests.sync.scimtools import StaticBearer  # noqa: E402


def ldapsearch_seconds(dc: object, base: str) -> tuple[float, int]:
    env = {**os.environ, "LDAPTLS_REQCERT": "never"}
    started = time.perf_counter()
    out = subprocess.run(
        [
            "ldapsearch",
            "-LLL",
            "-x",
            "-H",
            f"ldap://{dc.ip}",
            "-D",
            dc.admin_bind,  # type: ignore[attr-defined]
            "-w",
            dc.admin_password,
            "-b",
            base,
            "-E",
            "pr=500/noprompt",  # type: ignore[attr-defined]
            "(&(objectCategory=person)(objectClass=user))",
            "objectGUID",
            "userPrincipalName",
            "givenName",
            "sn",
            "displayName",
            "mail",
            "telephoneNumber",
            "mobile",
            "title",
            "department",
            "employeeID",
            "company",
            "userAccountControl",
            "uSNChanged",
        ],
        check=True,
        capture_output=True,
        env=env,
    ).stdout
    return time.perf_counter() - started, out.count(b"\ndn: ") + out.startswith(b"dn: ")


async def raw_creates(base_url: str, token: str, payloads: list[dict[str, object]], concurrency: int) -> float:
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url + "/", limits=limits, timeout=60) as client:

        async def one(body: dict[str, object]) -> None:
            async with gate:
                response = await client.post(
                    "Users",
                    json=body,
                    headers={"Authorization": f"Bearer {token}", "Content-Type": "application/scim+json"},
                )
                response.raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(one(p) for p in payloads))
        return time.perf_counter() - started


class TimedSource:
    """Wraps the directory source to report how long the directory read itself took."""

    def __init__(self, inner: LdapDirectorySource) -> None:
        self.inner = inner
        self.seconds = 0.0

    async def read_full(self, settings: SyncSettings, known: Any) -> Any:
        started = time.perf_counter()
        try:
            return await self.inner.read_full(settings, known)
        finally:
            self.seconds = time.perf_counter() - started

    async def read_delta(self, settings: SyncSettings, request: Any) -> Any:
        started = time.perf_counter()
        try:
            return await self.inner.read_delta(settings, request)
        finally:
            self.seconds = time.perf_counter() - started


async def floor(dc: Any, base: str, scim: Any, payloads: list[dict[str, object]], concurrency: int) -> float:
    read_s, read_n = ldapsearch_seconds(dc, base)
    create_s = await raw_creates(tenant_url(scim.base_url), scim.token, payloads, concurrency)
    total = read_s + create_s
    print(
        f"raw floor: ldapsearch {read_n} entries {read_s:.1f} s + {len(payloads)} raw creates "
        f"(concurrency {concurrency}) {create_s:.1f} s = {total:.1f} s",
        flush=True,
    )
    return total


def tenant_url(server_base: str) -> str:
    root = server_base.removesuffix("/shared/v2").removesuffix("/v2")
    return f"{root}/t{secrets.token_hex(6)}/v2"


async def bench(users: int, concurrency: int) -> None:
    print(f"building/starting the {users}-user DC …", flush=True)
    template = bulk_template_dir(users)
    with running_copy(template) as dc, run_scim2_server() as scim, tempfile.TemporaryDirectory() as tmp:
        bulk_ou = f"OU=Bulk,{dc.base_dn}"
        settings = SyncSettings(scope=SyncScope(ous=[bulk_ou], object_types=[ObjectType.USERS]))
        reader = await DirectoryReader.open(dc.ldap_settings(), SecretStr(dc.admin_password))
        target = ScimCloudTarget(
            ScimTarget(tenant_url(scim.base_url), StaticBearer(scim.token), max_concurrency=concurrency)
        )
        source = TimedSource(LdapDirectorySource(reader))
        engine = SyncEngine(StateStore.open(Path(tmp) / "state.db"), source, target, settings, concurrency=concurrency)

        # --- the engine's full sync ------------------------------------------------------------------------
        started = time.perf_counter()
        plan = await engine.plan_run(RunMode.MANUAL)
        planned = time.perf_counter()
        result = await engine.apply(plan, selection=[e.key for e in plan.actionable])
        full = time.perf_counter() - started
        payloads = [dict(e.payload) for e in plan.by(ObjectKind.USER, PlanCategory.NEW) if e.payload is not None]
        print(
            f"full sync: {len(payloads)} users created ({result.done} done, {result.failed} failed) in {full:.1f} s "
            f"(directory read {source.seconds:.1f} s, cloud read + plan {planned - started - source.seconds:.1f} s, "
            f"apply {full - (planned - started):.1f} s)",
            flush=True,
        )

        # --- the raw floor, same payloads, fresh tenants: twice, to show the spread on a shared machine ------
        floors = [await floor(dc, bulk_ou, scim, payloads, concurrency) for _ in range(2)]
        print(
            f"ratio full sync / raw floor: {full / min(floors):.2f} (against the slower floor {full / max(floors):.2f})"
        )

        # --- delta with 10 changes --------------------------------------------------------------------------
        conn = ldap3.Connection(
            ldap3.Server(dc.ip, get_info=ldap3.NONE), dc.admin_bind, dc.admin_password, auto_bind=True
        )
        for entry in plan.by(ObjectKind.USER, PlanCategory.NEW)[:10]:
            conn.modify(entry.dn, {"title": [(ldap3.MODIFY_REPLACE, ["Changed for the delta bench"])]})
        conn.unbind()
        started = time.perf_counter()
        delta = await engine.plan_run(RunMode.SCHEDULED)
        planned = time.perf_counter()
        result = await engine.apply(delta)
        elapsed = time.perf_counter() - started
        print(
            f"delta run ({delta.read_kind.value}): {len(delta.actionable)} updates, {result.done} done, in "
            f"{elapsed:.2f} s (directory read {source.seconds:.2f} s, cloud read + plan "
            f"{planned - started - source.seconds:.2f} s, apply {elapsed - (planned - started):.2f} s)"
        )
        await reader.close()
        await target.scim.aclose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    asyncio.run(bench(args.users, args.concurrency))


if __name__ == "__main__":
    main()
