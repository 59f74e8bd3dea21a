"""Creates in SCIM Bulk requests, against the sandbox tenant on 127.0.0.1 (scim2-server with the tenant's
rules), which advertises Bulk in /ServiceProviderConfig and enforces the limits it advertises (413 beyond).

What must hold is what the tenant's admin would see: each user and group exactly once, each object's outcome
the one a create of that object alone would have had, and a Bulk answer lost on the wire costing lookups, never
a duplicate. The recording transport only watches the real requests; the one fault (an answer dropped after
the tenant carried the request out) is the sandbox's own.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.cloud.http import Backoff, HttpSettings
from app.cloud.scim import ScimTarget
from app.sync.applier import BreakerPolicy, RunResult, TenantUnavailableError
from app.sync.engine import SyncEngine
from app.sync.model import ObjectKind, PlanCategory, RunMode, SourceObject, SourceSnapshot
from app.sync.settings import SyncSettings
from app.sync.state import JournalStatus, Outcome, RunStatus, StateStore
from app.sync.targets import ScimCloudTarget
from tests.servers.sandbox import SandboxFactory, SandboxTenantHandle
from tests.sync.factories import anchor, group, user
from tests.sync.scimtools import PlainSource, StaticBearer

CONCURRENCY = 4


class Recorder(httpx.AsyncHTTPTransport):
    """Forwards to the tenant and notes each request (method, last path segment, Bulk operation count);
    ``before_bulk`` runs when a Bulk request is about to leave."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str, int]] = []
        self.before_bulk: Callable[[], None] | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        last = request.url.path.rstrip("/").rsplit("/", 1)[-1]
        operations = 0
        if last == "Bulk":
            operations = len(json.loads(request.content)["Operations"])
            if self.before_bulk is not None:
                self.before_bulk()
        self.sent.append((request.method, last, operations))
        return await super().handle_async_request(request)

    def count(self, method: str, last: str) -> int:
        return sum(1 for m, p, _ in self.sent if (m, p) == (method, last))

    def bulk_sizes(self) -> list[int]:
        return [n for m, p, n in self.sent if (m, p) == ("POST", "Bulk")]


def token_of(tenant: SandboxTenantHandle) -> str:
    return str(tenant.device_tokens(tenant.admin.email, tenant.admin.password)["access_token"])


def target_for(tenant: SandboxTenantHandle, token: str, recorder: Recorder) -> ScimCloudTarget:
    scim = ScimTarget(
        f"{tenant.url}/scim/v2",
        StaticBearer(token),
        http=HttpSettings(transport=recorder, timeout=30.0),
        max_attempts=3,
        backoff=Backoff(base=0.01, cap=0.05),
    )
    return ScimCloudTarget(scim)


def directory_users(tenant: SandboxTenantHandle) -> list[dict[str, Any]]:
    """The tenant's users that came from the directory (the sandbox seeds its own admins, unanchored)."""
    return [u for u in tenant.scim_users() if u.get("externalId")]


def names(count: int, prefix: str = "user") -> list[str]:
    return [f"{prefix}.n{i:03d}" for i in range(count)]


def run_sync(
    tmp_path: Path,
    tenant: SandboxTenantHandle,
    objects: list[SourceObject],
    *,
    token: str | None = None,
    meanwhile: Callable[[], None] | None = None,
    recorder: Recorder | None = None,
    breaker: BreakerPolicy | None = None,
) -> tuple[SyncEngine, RunResult | BaseException, Recorder]:
    """Plan a full run of ``objects``, do ``meanwhile`` (changes in the tenant after the plan), apply all."""
    recorder = recorder or Recorder()
    users = tuple(o for o in objects if o.kind is ObjectKind.USER)
    groups = tuple(o for o in objects if o.kind is ObjectKind.GROUP)
    source = PlainSource(SourceSnapshot(users=users, groups=groups))
    target = target_for(tenant, token or token_of(tenant), recorder)
    state = StateStore.open(tmp_path / "state.sqlite3")
    engine = SyncEngine(state, source, target, SyncSettings(), concurrency=CONCURRENCY, breaker=breaker)

    async def run() -> RunResult:
        try:
            plan = await engine.plan_run(RunMode.MANUAL)
            if meanwhile is not None:
                meanwhile()
            return await engine.apply(plan, selection=[e.key for e in plan.actionable], approved=True)
        finally:
            await target.scim.aclose()

    try:
        return engine, asyncio.run(run()), recorder
    except Exception as exc:
        return engine, exc, recorder


def failures(engine: SyncEngine, run_id: int) -> dict[str, str | None]:
    return {o.anchor: o.error_code for o in engine.state.run_outcomes(run_id, outcome=Outcome.FAILED)}


def assert_each_once_and_recorded(engine: SyncEngine, tenant: SandboxTenantHandle, wanted: list[str]) -> None:
    """Each wanted user exists once in the tenant, and the agent's ledger names its SCIM id."""
    users = directory_users(tenant)
    counts = Counter(u["externalId"] for u in users)
    assert sorted(counts) == sorted(anchor(n) for n in wanted)
    assert max(counts.values()) == 1, [a for a, n in counts.items() if n > 1]
    ledger = engine.state.anchors()
    assert {u["externalId"]: u["id"] for u in users} == {a: ledger[a][0] for a in counts}


def test_creates_go_in_bulk_within_the_advertised_limits(
    tmp_path: Path, sandbox_tenant_factory: SandboxFactory
) -> None:
    """25 users and a group of three of them, against a tenant taking at most 10 operations per Bulk request:
    three requests of users (10, 10, 5), no single create, the group's members resolved to the new ids, and
    the provisioning header honoured for each user."""
    tenant = sandbox_tenant_factory(bulk_max_operations=10)
    wanted = names(25)
    team = group("Team", members=tuple(anchor(n) for n in wanted[:3]))
    lone = group("Lone")  # a second new group: two creates of groups make a batch too
    engine, result, recorder = run_sync(tmp_path, tenant, [*(user(n) for n in wanted), team, lone])

    assert isinstance(result, RunResult), result
    assert (result.status, result.done, result.failed) == (RunStatus.COMPLETED, 27, 0)
    assert recorder.bulk_sizes() == [10, 10, 5, 2]
    assert recorder.count("POST", "Users") == 0 and recorder.count("POST", "Groups") == 0
    assert_each_once_and_recorded(engine, tenant, wanted)
    ids = {u["externalId"]: u["id"] for u in directory_users(tenant)}
    groups = {g["displayName"]: g for g in tenant.scim_groups()}
    assert {m["value"] for m in groups["Team"]["members"]} == {ids[anchor(n)] for n in wanted[:3]}
    welcomed = {n["user_id"] for n in tenant.notifications() if n["kind"] == "welcome_mail"}
    assert welcomed == set(ids.values())
    assert engine.state.journal() == []


def test_payload_size_limit_splits_batches(tmp_path: Path, sandbox_tenant_factory: SandboxFactory) -> None:
    """A tenant with a 4 KiB Bulk payload limit (users of about 400 bytes each): every request stays under
    it (the tenant answers 413 otherwise), and no create goes one by one."""
    tenant = sandbox_tenant_factory(bulk_max_payload_size=4096)
    wanted = names(40)
    engine, result, recorder = run_sync(tmp_path, tenant, [user(n) for n in wanted])

    assert isinstance(result, RunResult), result
    assert (result.status, result.done) == (RunStatus.COMPLETED, 40)
    sizes = recorder.bulk_sizes()
    assert len(sizes) > 3 and sum(sizes) == 40, sizes
    assert recorder.count("POST", "Users") == 0
    assert_each_once_and_recorded(engine, tenant, wanted)


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk", "one-by-one"])
def test_each_object_has_the_outcome_a_single_create_would_have(
    tmp_path: Path, sandbox_tenant_factory: SandboxFactory, bulk: bool
) -> None:
    """After the plan, a parallel agent creates one of the new users (same externalId) and someone creates
    another user with the userName one of ours will have: in Bulk as one by one, the first is adopted (409,
    found by externalId), the second fails as ``cloud_conflict``, and the rest are created."""
    tenant = sandbox_tenant_factory(bulk=bulk, bulk_max_operations=8)
    token = token_of(tenant)
    wanted = names(20)
    adopted, clashing = wanted[4], wanted[13]
    scim = f"{tenant.url}/scim/v2"
    headers = {"Authorization": f"Bearer {token}"}
    parallel_id = ""

    def meanwhile() -> None:
        nonlocal parallel_id
        schema = "urn:ietf:params:scim:schemas:core:2.0:User"
        made = httpx.post(
            f"{scim}/Users",
            headers=headers,
            json={"schemas": [schema], "userName": f"{adopted}@zylker.test", "externalId": anchor(adopted)},
        )
        assert made.status_code == 201
        parallel_id = made.json()["id"]
        other = {"schemas": [schema], "userName": f"{clashing}@zylker.test", "externalId": "someone-else"}
        assert httpx.post(f"{scim}/Users", headers=headers, json=other).status_code == 201

    engine, result, recorder = run_sync(tmp_path, tenant, [user(n) for n in wanted], token=token, meanwhile=meanwhile)

    assert isinstance(result, RunResult), result
    assert (result.status, result.done, result.failed) == (RunStatus.PARTIAL, 19, 1)
    assert failures(engine, result.run_id) == {anchor(clashing): "cloud_conflict"}
    assert engine.state.anchors()[anchor(adopted)][0] == parallel_id
    users = Counter(u["externalId"] for u in directory_users(tenant))
    assert set(users) == {anchor(n) for n in wanted if n != clashing} | {"someone-else"}
    assert max(users.values()) == 1
    if bulk:
        assert recorder.bulk_sizes() == [8, 8, 4] and recorder.count("POST", "Users") == 0
    else:
        assert recorder.bulk_sizes() == [] and recorder.count("POST", "Users") == 20


@pytest.mark.parametrize(
    ("fault", "single_posts"),
    [("drop-after", 0), ("drop", 10)],
    ids=["carried-out-then-dropped", "dropped-before"],
)
def test_a_lost_bulk_answer_costs_lookups_not_duplicates(
    tmp_path: Path, sandbox_tenant_factory: SandboxFactory, fault: str, single_posts: int
) -> None:
    """The first Bulk request's answer is lost: when the tenant had carried it out, each of its ten users is
    found by the lookup a lost create gets and none is sent again; when it had not, each is created one by
    one after its lookup. The Bulk request itself is never re-sent, and the later batches go in Bulk."""
    tenant = sandbox_tenant_factory(bulk_max_operations=10)
    wanted = names(30)

    def meanwhile() -> None:
        tenant.inject_faults(fault, 1, target="scim-bulk")

    engine, result, recorder = run_sync(tmp_path, tenant, [user(n) for n in wanted], meanwhile=meanwhile)

    assert isinstance(result, RunResult), result
    assert (result.status, result.done, result.failed) == (RunStatus.COMPLETED, 30, 0)
    assert_each_once_and_recorded(engine, tenant, wanted)
    assert recorder.bulk_sizes() == [10, 10, 10]
    assert recorder.count("POST", "Users") == single_posts
    assert recorder.count("GET", "Users") >= 10  # the lookups (and the plan's listing)


def test_each_batch_is_journaled_before_the_next_is_sent(
    tmp_path: Path, sandbox_tenant_factory: SandboxFactory
) -> None:
    tenant = sandbox_tenant_factory(bulk_max_operations=10)
    recorder = Recorder()
    done_before: list[int] = []
    state_path = tmp_path / "state.sqlite3"

    def journaled() -> None:
        # Another connection to the state database: what a crash at this instant would leave behind.
        other = StateStore.open(state_path)
        try:
            done_before.append(sum(1 for j in other.journal() if j.status is JournalStatus.DONE and j.cloud_id))
        finally:
            other.close()

    recorder.before_bulk = journaled
    engine, result, _ = run_sync(tmp_path, tenant, [user(n) for n in names(30)], recorder=recorder)

    assert isinstance(result, RunResult), result
    assert done_before == [0, 10, 20]


def test_a_tenant_down_during_bulk_ends_the_run_once_and_the_next_run_converges(
    tmp_path: Path, sandbox_tenant_factory: SandboxFactory
) -> None:
    """Every SCIM request fails with 503 from the first Bulk request on: that request (after the client's
    retries) and the lookups of its users count towards the breaker, which ends the run after a bounded number
    of requests; nothing was created, the journal keeps the run's entries, and the next run creates each once."""
    tenant = sandbox_tenant_factory(bulk_max_operations=10)
    token = token_of(tenant)
    wanted = names(40)
    policy = BreakerPolicy(consecutive_failures=5, max_wait=60.0)
    recorder = Recorder()

    def tenant_goes_down() -> None:
        if not tenant.server.tenant.faults.pending():
            tenant.inject_faults("503", 100_000, retry_after=0)

    recorder.before_bulk = tenant_goes_down
    engine, result, _ = run_sync(
        tmp_path, tenant, [user(n) for n in wanted], token=token, recorder=recorder, breaker=policy
    )

    assert isinstance(result, TenantUnavailableError), result
    assert result.details["cause"] == "tenant_unreachable"
    writes = recorder.count("POST", "Users") + recorder.count("POST", "Bulk")
    assert recorder.count("POST", "Bulk") == 3  # one Bulk request, sent three times by the client's retries
    assert writes <= 3 + CONCURRENCY * 3, recorder.sent
    assert len(recorder.sent) <= 60, len(recorder.sent)
    assert directory_users(tenant) == []
    last = engine.state.last_run()
    assert last is not None and (last.status, last.error_code) == (RunStatus.ABORTED, "tenant_unavailable")
    failed = failures(engine, last.id)
    assert set(failed.values()) <= {"tenant_unreachable"} and len(failed) < CONCURRENCY
    assert len(engine.state.journal(unfinished=True)) == 40 - len(failed)  # left for the next run

    tenant.clear_faults()
    again, second, _ = run_sync(tmp_path, tenant, [user(n) for n in wanted], token=token)
    assert isinstance(second, RunResult), second
    assert second.status is RunStatus.COMPLETED
    assert_each_once_and_recorded(again, tenant, wanted)


def test_a_single_new_user_is_created_without_bulk(tmp_path: Path, sandbox_tenant_factory: SandboxFactory) -> None:
    tenant = sandbox_tenant_factory()
    engine, result, recorder = run_sync(tmp_path, tenant, [user("solo.user")])
    assert isinstance(result, RunResult) and result.status is RunStatus.COMPLETED
    assert recorder.bulk_sizes() == [] and recorder.count("POST", "Users") == 1
    assert engine.state.run_outcomes(result.run_id, outcome=Outcome.DONE)[0].category == PlanCategory.NEW.value


def test_members_created_by_an_unrecorded_batch_are_in_the_new_group(
    tmp_path: Path, sandbox_tenant_factory: SandboxFactory
) -> None:
    """A run ended (the agent was stopped) after the tenant had carried out its Bulk request of users but
    before their ids were recorded: the next run's plan finds them by externalId, and the group it creates
    names them as members at once rather than one run later."""
    tenant = sandbox_tenant_factory()
    token = token_of(tenant)
    wanted = names(6)
    schema = "urn:ietf:params:scim:schemas:core:2.0:User"
    made = httpx.post(
        f"{tenant.url}/scim/v2/Bulk",
        headers={"Authorization": f"Bearer {token}"},
        json={
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
            "Operations": [
                {
                    "method": "POST",
                    "path": "/Users",
                    "bulkId": n,
                    "data": {"schemas": [schema], "userName": f"{n}@zylker.test", "externalId": anchor(n)},
                }
                for n in wanted
            ],
        },
    )
    assert [op["status"] for op in made.json()["Operations"]] == ["201"] * 6
    team = group("Team", members=tuple(anchor(n) for n in wanted))
    engine, result, _ = run_sync(tmp_path, tenant, [*(user(n) for n in wanted), team], token=token)

    assert isinstance(result, RunResult) and result.status is RunStatus.COMPLETED, result
    ids = {u["externalId"]: u["id"] for u in directory_users(tenant)}
    (created,) = tenant.scim_groups()
    assert {m["value"] for m in created["members"]} == set(ids.values())
    assert_each_once_and_recorded(engine, tenant, wanted)
