"""Full sync of the 10k-user Samba AD DC into scim2-server, next to the raw floors measured in the same run.

scim2-server advertises SCIM Bulk (maxOperations 1000, maxPayloadSize 1 MiB), so the agent creates through
Bulk by default. Prints, each into an empty tenant of a freshly started scim2-server process:
- the engine's full sync with creates one by one (the SCIM client told not to use Bulk), ``--rounds`` times,
  each between two raw floors: ``ldapsearch`` reading the same users (paged 500) + raw concurrent SCIM creates
  (httpx, same concurrency, the very payloads the planner produced); the figure is the median sync over the
  median floor, with every measurement printed to show the spread on a shared machine;
- the same with Bulk against raw Bulk floors: ``ldapsearch`` + the same payloads in raw Bulk requests, one at a
  time as the agent sends them, split by the limits the server advertises;
- a delta run after 10 users were changed in AD.

    .venv/bin/python bench/bench_sync.py [--users 10000] [--concurrency 8] [--only one-by-one|bulk] [--rounds 3]

Needs the Samba packages and scim2-server (``make deps``); the 10k template is built once and cached.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
import ldap3  # noqa: E402
from pydantic import SecretStr  # noqa: E402

from app.cloud.scim import ScimTarget  # noqa: E402
from app.ldap.reader import DirectoryReader  # noqa: E402
from app.sync.engine import SyncEngine  # noqa: E402
from app.sync.model import ObjectKind, Plan, PlanCategory, RunMode, resource_copy  # noqa: E402
from app.sync.settings import ObjectType, SyncScope, SyncSettings  # noqa: E402
from app.sync.sources import LdapDirectorySource  # noqa: E402
from app.sync.state import StateStore  # noqa: E402
from app.sync.targets import ScimCloudTarget  # noqa: E402
from tests.servers.samba import bulk_template_dir, running_copy  # noqa: E402
from tests.servers.scim2server import run_scim2_server  # noqa: E402
from tests.sync.scimtools import StaticBearer  # noqa: E402


def ldapsearch_seconds(dc: Any, base: str) -> tuple[float, int]:
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
            dc.admin_bind,
            "-w",
            dc.admin_password,
            "-b",
            base,
            "-E",
            "pr=500/noprompt",
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


async def raw_bulk_creates(base_url: str, token: str, payloads: list[dict[str, object]]) -> tuple[float, int]:
    """Seconds for the payloads in raw Bulk requests (one at a time), and how many requests that took."""
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/scim+json"}
    async with httpx.AsyncClient(base_url=base_url + "/", timeout=120) as client:
        config = (await client.get("ServiceProviderConfig", headers=headers)).json()["bulk"]
        assert config["supported"], "the server does not advertise Bulk"
        started = time.perf_counter()
        batches = 0
        room = int(config["maxPayloadSize"] * 0.9)
        position = 0
        while position < len(payloads):
            operations: list[dict[str, object]] = []
            size = 0
            while position < len(payloads) and len(operations) < config["maxOperations"]:
                operation: dict[str, object] = {
                    "method": "POST",
                    "path": "/Users",
                    "bulkId": f"b{position}",
                    "data": payloads[position],
                }
                item = len(json.dumps(operation, ensure_ascii=False).encode("utf-8"))
                if operations and size + item > room:
                    break
                operations.append(operation)
                size += item
                position += 1
            body = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"], "Operations": operations}
            response = await client.post("Bulk", content=json.dumps(body, ensure_ascii=False), headers=headers)
            response.raise_for_status()
            statuses = {str(op["status"]) for op in response.json()["Operations"]}
            assert statuses == {"201"}, statuses
            batches += 1
        return time.perf_counter() - started, batches


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


async def floor(
    dc: Any, base: str, scim: Any, payloads: list[dict[str, object]], concurrency: int
) -> tuple[float, float]:
    """The raw floor's total seconds, and those of its creates alone."""
    read_s, read_n = ldapsearch_seconds(dc, base)
    create_s = await raw_creates(tenant_url(scim.base_url), scim.token, payloads, concurrency)
    total = read_s + create_s
    print(
        f"raw floor: ldapsearch {read_n} entries {read_s:.1f} s + {len(payloads)} raw creates "
        f"(concurrency {concurrency}) {create_s:.1f} s = {total:.1f} s",
        flush=True,
    )
    return total, create_s


async def bulk_floor(dc: Any, base: str, scim: Any, payloads: list[dict[str, object]]) -> tuple[float, float]:
    """The raw Bulk floor's total seconds, and those of its creates alone."""
    read_s, read_n = ldapsearch_seconds(dc, base)
    create_s, batches = await raw_bulk_creates(tenant_url(scim.base_url), scim.token, payloads)
    total = read_s + create_s
    print(
        f"raw Bulk floor: ldapsearch {read_n} entries {read_s:.1f} s + {len(payloads)} raw creates in {batches} "
        f"Bulk requests {create_s:.1f} s = {total:.1f} s",
        flush=True,
    )
    return total, create_s


CLIENTS: list[ScimTarget] = []  # closed at the end


async def full_sync(
    dc: Any, scim: Any, reader: DirectoryReader, settings: SyncSettings, state: Path, concurrency: int, bulk: bool
) -> tuple[SyncEngine, Plan, float, float]:
    """The engine's full sync (directory read, cloud read, plan, journaled apply) into an empty tenant: the
    engine, its plan, the seconds of the whole and those of the apply alone."""
    client = ScimTarget(tenant_url(scim.base_url), StaticBearer(scim.token), max_concurrency=concurrency, use_bulk=bulk)
    CLIENTS.append(client)
    source = TimedSource(LdapDirectorySource(reader))
    engine = SyncEngine(StateStore.open(state), source, ScimCloudTarget(client), settings, concurrency=concurrency)
    started = time.perf_counter()
    plan = await engine.plan_run(RunMode.MANUAL)
    planned = time.perf_counter()
    result = await engine.apply(plan, selection=[e.key for e in plan.actionable])
    full = time.perf_counter() - started
    new = len(plan.by(ObjectKind.USER, PlanCategory.NEW))
    print(
        f"full sync {'with Bulk' if bulk else 'one by one'}: {new} users created ({result.done} done, "
        f"{result.failed} failed) in {full:.1f} s (directory read {source.seconds:.1f} s, then the rest of the cloud "
        f"read + plan {planned - started - source.seconds:.1f} s, apply {full - (planned - started):.1f} s; "
        f"{client.retries} retries)",
        flush=True,
    )
    assert result.failed == 0, result.errors
    return engine, plan, full, full - (planned - started)


def ratios(what: str, fulls: list[tuple[float, float]], floors: list[tuple[float, float]]) -> None:
    """The figure: the median whole sync over the median raw floor (with the spread of each), and the apply
    alone over the raw creates alone, which tells the write side's share from the read and plan side's."""
    full = statistics.median(total for total, _ in fulls)
    apply = statistics.median(a for _, a in fulls)
    floor_total = statistics.median(total for total, _ in floors)
    creates = statistics.median(c for _, c in floors)
    spread = ", ".join(f"{total:.1f}" for total, _ in fulls)
    floor_spread = ", ".join(f"{total:.1f}" for total, _ in floors)
    print(
        f"ratio full sync {what} / raw floor: {full / floor_total:.2f} (medians {full:.1f} s / {floor_total:.1f} s; "
        f"syncs {spread} s; floors {floor_spread} s)",
        flush=True,
    )
    print(f"  apply {what} / raw creates: {apply / creates:.2f} (medians {apply:.1f} s / {creates:.1f} s)", flush=True)
    # Each sync against the two floors measured just before and after it: a machine that slows down or speeds
    # up over the run moves a sync and its neighbours together, which a ratio of medians does not cancel.
    paired = [total / ((floors[i][0] + floors[i + 1][0]) / 2) for i, (total, _) in enumerate(fulls)]
    print(
        f"  each sync / the mean of its two neighbouring floors: median {statistics.median(paired):.2f} "
        f"({', '.join(f'{r:.2f}' for r in paired)})",
        flush=True,
    )


def tenant_url(server_base: str) -> str:
    root = server_base.removesuffix("/shared/v2").removesuffix("/v2")
    return f"{root}/t{secrets.token_hex(6)}/v2"


async def bench(users: int, concurrency: int, only: str | None, rounds: int) -> None:
    print(f"building/starting the {users}-user DC …", flush=True)
    template = bulk_template_dir(users)
    with running_copy(template) as dc, contextlib.ExitStack() as servers, tempfile.TemporaryDirectory() as tmp:
        bulk_ou = f"OU=Bulk,{dc.base_dn}"
        settings = SyncSettings(scope=SyncScope(ous=[bulk_ou], object_types=[ObjectType.USERS]))
        reader = await DirectoryReader.open(dc.ldap_settings(), SecretStr(dc.admin_password))
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
        engine: SyncEngine | None = None
        plan: Plan | None = None

        # The planner's payloads for the raw floors: a plan (not applied) into an empty tenant.
        with run_scim2_server() as scim:
            lister = ScimTarget(tenant_url(scim.base_url), StaticBearer(scim.token))
            first = SyncEngine(
                StateStore.open(Path(tmp) / "plan.db"), LdapDirectorySource(reader), ScimCloudTarget(lister), settings
            )
            planned_only = await first.plan_run(RunMode.MANUAL)
            await lister.aclose()
        payloads = [resource_copy(e.payload) for e in planned_only.by(ObjectKind.USER, PlanCategory.NEW) if e.payload]

        # Each way's full syncs between raw floors (floor, sync, floor, … , floor), every one against a SCIM server
        # process of its own: the server holds its tenants in memory and its speed changes as they add up, and
        # runs on one machine vary by a tenth from one to the next, so the figure is a ratio of medians.
        async def alternate(
            name: str, bulk: bool, measure_floor: Callable[[Any], Awaitable[tuple[float, float]]]
        ) -> tuple[SyncEngine, Plan]:
            floors: list[tuple[float, float]] = []
            fulls: list[tuple[float, float]] = []
            last: tuple[SyncEngine, Plan] | None = None
            for i in range(rounds + 1):
                with run_scim2_server() as scim:
                    floors.append(await measure_floor(scim))
                if i == rounds:
                    break
                with contextlib.ExitStack() as own:  # the last sync's tenant stays up for the delta run
                    scim = (servers if i == rounds - 1 else own).enter_context(run_scim2_server())
                    engine, plan, full, apply = await full_sync(
                        dc, scim, reader, settings, Path(tmp) / f"{name}{i}.db", concurrency, bulk=bulk
                    )
                fulls.append((full, apply))
                last = (engine, plan)
            ratios(name, fulls, floors)
            assert last is not None
            return last

        if only in (None, "one-by-one"):
            engine, plan = await alternate(
                "one by one", False, lambda scim: floor(dc, bulk_ou, scim, payloads, concurrency)
            )
        if only in (None, "bulk"):
            bulk_engine, bulk_plan = await alternate(
                "with Bulk", True, lambda scim: bulk_floor(dc, bulk_ou, scim, payloads)
            )
            if engine is None:
                engine, plan = bulk_engine, bulk_plan
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
        assert engine is not None and plan is not None

        # --- delta with 10 changes --------------------------------------------------------------------------
        conn = ldap3.Connection(
            ldap3.Server(dc.ip, get_info=ldap3.NONE), dc.admin_bind, dc.admin_password, auto_bind=True
        )
        for entry in plan.by(ObjectKind.USER, PlanCategory.NEW)[:10]:
            conn.modify(entry.dn, {"title": [(ldap3.MODIFY_REPLACE, ["Changed for the delta bench"])]})
        conn.unbind()
        source = engine.source
        assert isinstance(source, TimedSource)
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

        # --- a full read of what was synced: the directory read and the tenant's listing side by side --------
        started = time.perf_counter()
        again = await engine.plan_run(RunMode.SCHEDULED, force_full=True)
        planned_again = time.perf_counter() - started
        listing_started = time.perf_counter()
        listed = await engine.target.list_objects(ObjectKind.USER)
        listing = time.perf_counter() - listing_started
        print(
            f"full read of the synced directory and tenant: planned in {planned_again:.2f} s ({again.unchanged} "
            f"unchanged), the directory read {source.seconds:.2f} s and the tenant's listing of {len(listed)} users "
            f"({listing:.2f} s alone) side by side: one after the other, about {source.seconds + listing:.2f} s "
            "before planning"
        )
        await reader.close()
        for client in CLIENTS:
            await client.aclose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--only", choices=["one-by-one", "bulk"], help="measure only one of the two ways")
    parser.add_argument("--rounds", type=int, default=3, help="full syncs of each way (each between two floors)")
    args = parser.parse_args()
    asyncio.run(bench(args.users, args.concurrency, args.only, args.rounds))


if __name__ == "__main__":
    main()
