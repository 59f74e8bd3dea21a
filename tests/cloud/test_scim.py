"""The SCIM target against scim2-server run standalone (discovery, CRUD, filters, ETags, Bulk, paging,
membership), plus the faults a real server will not produce on demand (429 storms, 5xx, dropped
connections) injected around real requests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Generator
from typing import Any

import httpx
import pytest
from scim2_models import EnterpriseUser, Name, User

from app.cloud.errors import RateLimitedError, ScimError, SignInExpiredError, TenantUnreachableError
from app.cloud.http import Backoff, HttpSettings
from app.cloud.scim import (
    ENTERPRISE_USER_SCHEMA,
    PROVISIONING_HEADER,
    ProvisioningOptions,
    ResourceType,
    ScimTarget,
)
from tests.cloud.hostile import Answer, Ctx, Request, hostile_tenant, js, new_user
from tests.servers.scim2server import Scim2Server

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"


class StaticBearer(httpx.Auth):
    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


def user(n: int | str, **extra: Any) -> dict[str, Any]:
    return {
        "schemas": [USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
        "externalId": f"guid-{n}",
        "userName": f"user{n}@zylker.test",
        "name": {"givenName": "User", "familyName": str(n)},
        "displayName": f"User {n}",
        "active": True,
        "emails": [{"value": f"user{n}@zylker.test", "type": "work", "primary": True}],
        ENTERPRISE_USER_SCHEMA: {"department": "Sales", "employeeNumber": str(n)},
        **extra,
    }


async def no_wait(_: float) -> None:
    await asyncio.sleep(0)


def target(server: Scim2Server, transport: httpx.AsyncBaseTransport | None = None, **kwargs: Any) -> ScimTarget:
    return ScimTarget(server.base_url, StaticBearer(server.token), http=HttpSettings(transport=transport), **kwargs)


async def all_of(items: AsyncIterator[Any]) -> list[Any]:
    return [item async for item in items]


def test_discovery_reads_the_service_provider_config(scim2_server_session: Scim2Server) -> None:
    async def scenario() -> None:
        async with target(scim2_server_session) as scim:
            caps = await scim.discover()
        assert caps.patch and caps.filter and caps.etag and caps.bulk
        assert caps.bulk_max_operations == 1000 and caps.bulk_max_payload_size == 1_048_576

    asyncio.run(scenario())


def test_user_lifecycle_with_etags(scim2_server: Scim2Server) -> None:
    async def scenario() -> None:
        async with target(scim2_server) as scim:
            await scim.discover()
            created = await scim.create(ResourceType.USERS, user(1))
            assert created.id and created.external_id == "guid-1" and created.etag
            assert created.data[ENTERPRISE_USER_SCHEMA]["department"] == "Sales"

            assert (await scim.find_one(ResourceType.USERS, "externalId", "guid-1")) == created
            assert (await scim.find_one(ResourceType.USERS, "userName", "user1@zylker.test")) == created
            assert await scim.find_one(ResourceType.USERS, "externalId", "guid-none") is None

            renamed = await scim.replace(
                ResourceType.USERS, created.id, user(1, displayName="Renamed"), etag=created.etag
            )
            assert renamed.data["displayName"] == "Renamed" and renamed.etag != created.etag
            # The ETag we had is stale now: the service refuses instead of overwriting someone else's change.
            with pytest.raises(ScimError) as err:
                await scim.replace(
                    ResourceType.USERS, created.id, user(1, displayName="Lost update"), etag=created.etag
                )
            assert err.value.status == 412

            disabled = await scim.patch_user(
                created.id, [{"op": "replace", "path": "active", "value": False}], etag=renamed.etag
            )
            # scim2-server answers 204 No Content (RFC 7644 §3.5.2 allows it); others return the resource.
            assert disabled is None or disabled.data["active"] is False
            fetched = await scim.get(ResourceType.USERS, created.id)
            assert fetched is not None and fetched.data["active"] is False and fetched.data["displayName"] == "Renamed"

            assert await scim.delete(ResourceType.USERS, created.id) is True
            assert await scim.get(ResourceType.USERS, created.id) is None
            assert await scim.delete(ResourceType.USERS, created.id) is False

    asyncio.run(scenario())


def test_filter_values_are_quoted_not_interpreted(scim2_server: Scim2Server) -> None:
    async def scenario() -> None:
        async with target(scim2_server) as scim:
            tricky = 'o"brien\\x@zylker.test'
            await scim.create(ResourceType.USERS, user(1, userName=tricky))
            await scim.create(ResourceType.USERS, user(2))
            found = await scim.find_one(ResourceType.USERS, "userName", tricky)
            assert found is not None and found.data["userName"] == tricky
            assert await scim.find_one(ResourceType.USERS, "userName", 'x" or userName pr or userName eq "y') is None

    asyncio.run(scenario())


def test_uniqueness_conflict_is_a_scim_error(scim2_server: Scim2Server) -> None:
    async def scenario() -> None:
        async with target(scim2_server) as scim:
            await scim.create(ResourceType.USERS, user(1))
            with pytest.raises(ScimError) as err:
                await scim.create(ResourceType.USERS, user(1, externalId="guid-other"))
        assert err.value.status == 409 and err.value.scim_type == "uniqueness" and err.value.code == "scim_error"

    asyncio.run(scenario())


def test_groups_and_membership(scim2_server: Scim2Server) -> None:
    async def scenario() -> None:
        async with target(scim2_server) as scim:
            members = [await scim.create(ResourceType.USERS, user(n)) for n in range(4)]
            group = await scim.create(
                ResourceType.GROUPS, {"schemas": [GROUP_SCHEMA], "displayName": "Sales", "externalId": "gguid-1"}
            )
            added = [{"op": "add", "path": "members", "value": [{"value": m.id} for m in members]}]
            await scim.patch(ResourceType.GROUPS, group.id, added)
            removed = [{"op": "remove", "path": f'members[value eq "{m.id}"]'} for m in (members[0], members[2])]
            await scim.patch(ResourceType.GROUPS, group.id, removed)
            fetched = await scim.get(ResourceType.GROUPS, group.id)
            assert fetched is not None
            assert {m["value"] for m in fetched.data["members"]} == {members[1].id, members[3].id}
            assert (await scim.find_one(ResourceType.GROUPS, "externalId", "gguid-1")) is not None
            assert (await scim.find_one(ResourceType.GROUPS, "displayName", "Sales")) is not None
            assert [g.id for g in await all_of(scim.iter(ResourceType.GROUPS))] == [group.id]
            assert await scim.delete(ResourceType.GROUPS, group.id) is True

    asyncio.run(scenario())


def test_paged_listing_with_attributes(scim2_server: Scim2Server) -> None:
    async def scenario() -> None:
        async with target(scim2_server) as scim:
            await scim.create_many(ResourceType.USERS, [user(n) for n in range(23)])
            listed = await all_of(scim.iter(ResourceType.USERS, attributes=["userName", "externalId"], page_size=5))
        assert sorted(r.external_id for r in listed) == sorted(f"guid-{n}" for n in range(23))
        assert all("emails" not in r.data for r in listed)

    asyncio.run(scenario())


def test_scim2_models_payloads_round_trip(scim2_server: Scim2Server) -> None:
    async def scenario() -> None:
        model = User[EnterpriseUser](
            user_name="typed@zylker.test",
            external_id="guid-typed",
            name=Name(given_name="Typed", family_name="User"),
            active=True,
        )
        model[EnterpriseUser] = EnterpriseUser(department="Engineering")
        async with target(scim2_server) as scim:
            created = await scim.create(ResourceType.USERS, model)
        typed = created.as_model()
        assert typed.user_name == "typed@zylker.test" and typed.id == created.id
        assert typed[EnterpriseUser].department == "Engineering"

    asyncio.run(scenario())


def test_bulk_creates_report_each_item(scim2_server: Scim2Server) -> None:
    class Recorder(httpx.AsyncHTTPTransport):
        paths: list[str] = []

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            self.paths.append(f"{request.method} {request.url.path.rsplit('/', 1)[-1]}")
            return await super().handle_async_request(request)

    async def scenario() -> None:
        payloads = [user(n) for n in range(30)] + [user(5, externalId="guid-dup")]
        recorder = Recorder()
        async with target(scim2_server, recorder) as scim:
            results = await scim.create_many(ResourceType.USERS, payloads)
            assert [r.index for r in results] == list(range(31))
            assert all(r.resource is not None and r.resource.id for r in results[:30])
            assert results[30].resource is None and results[30].error is not None
            assert results[30].error.status == 409
            assert recorder.paths.count("POST Bulk") == 1 and "POST Users" not in recorder.paths
            assert len(await all_of(scim.iter(ResourceType.USERS, attributes=["id"]))) == 30

    asyncio.run(scenario())


def test_bulk_batches_keep_to_the_limits_and_use_bulk_off_creates_one_by_one(scim2_server: Scim2Server) -> None:
    class Recorder(httpx.AsyncHTTPTransport):
        paths: list[str] = []

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            self.paths.append(f"{request.method} {request.url.path.rsplit('/', 1)[-1]}")
            return await super().handle_async_request(request)

    async def scenario() -> None:
        async with target(scim2_server) as scim:
            assert await scim.bulk_batches([user(1)]) is None  # one create is not worth a Bulk request
            batches = await scim.bulk_batches([user(n) for n in range(2500)])
            assert batches is not None and [len(b) for b in batches] == [1000, 1000, 500]
            assert [i for b in batches for i in b] == list(range(2500))
            big = [user(n, title="x" * 100_000) for n in range(25)]  # ≈100 kB each against 1 MiB
            sized = await scim.bulk_batches(big)
            assert sized is not None and [len(b) for b in sized] == [9, 9, 7]
        recorder = Recorder()
        async with target(scim2_server, recorder, use_bulk=False) as scim:
            assert await scim.bulk_batches([user(n) for n in range(5)]) is None
            results = await scim.create_many(ResourceType.USERS, [user(n) for n in range(5)])
        assert all(r.resource is not None for r in results)
        assert recorder.paths.count("POST Users") == 5 and "POST Bulk" not in recorder.paths

    asyncio.run(scenario())


def test_provisioning_options_travel_as_a_header(scim2_server: Scim2Server) -> None:
    seen: list[str | None] = []

    class Recorder(httpx.AsyncHTTPTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "POST":
                seen.append(request.headers.get(PROVISIONING_HEADER))
            return await super().handle_async_request(request)

    async def scenario() -> None:
        async with target(scim2_server, Recorder()) as scim:
            await scim.create(ResourceType.USERS, user(1), ProvisioningOptions("user", welcome_mail=True))
            await scim.create(ResourceType.USERS, user(2))
        assert seen == ["password-notification=user; welcome-mail=yes", None]

    asyncio.run(scenario())


def test_wrong_token_is_a_sign_in_problem(scim2_server_session: Scim2Server) -> None:
    async def scenario() -> None:
        scim = ScimTarget(scim2_server_session.base_url, StaticBearer("revoked"))
        async with scim:
            with pytest.raises(SignInExpiredError):
                await scim.get(ResourceType.USERS, "anyone")

    asyncio.run(scenario())


# -- injected faults around the real server --------------------------------------------------------------


class FaultyTransport(httpx.AsyncHTTPTransport):
    """Passes requests to the real server, except where ``fault`` returns a response or raises."""

    def __init__(self, fault: Callable[[httpx.Request, int], httpx.Response | None]) -> None:
        super().__init__()
        self.fault = fault
        self.calls = 0
        self.in_flight = 0
        self.max_in_flight = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        injected = self.fault(request, self.calls)
        if injected is not None:
            return injected
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            return await super().handle_async_request(request)
        finally:
            self.in_flight -= 1


def test_429_storm_waits_for_retry_after(scim2_server: Scim2Server) -> None:
    slept: list[float] = []

    async def sleep(delay: float) -> None:
        slept.append(delay)

    def storm(request: httpx.Request, call: int) -> httpx.Response | None:
        return httpx.Response(429, headers={"Retry-After": "2"}) if call <= 2 else None

    async def scenario() -> None:
        async with target(scim2_server, FaultyTransport(storm), sleep=sleep) as scim:
            created = await scim.create(ResourceType.USERS, user(1))
            assert created.id
            assert scim.retries == 2
        assert len(slept) == 2 and all(d >= 2 for d in slept)

    asyncio.run(scenario())


def test_endless_429_gives_up_with_rate_limited() -> None:
    def always(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "1"})

    async def scenario() -> None:
        scim = ScimTarget(
            "https://scim.invalid/v2", None, http=HttpSettings(transport=httpx.MockTransport(always)), sleep=no_wait
        )
        async with scim:
            with pytest.raises(RateLimitedError) as err:
                await scim.get(ResourceType.USERS, "x")
            assert err.value.retry_after == 1 and err.value.code == "rate_limited"
            assert scim.retries == scim.max_attempts - 1
            # A Retry-After longer than we are willing to wait is reported at once, not slept through.
            scim.max_retry_after = 0.5
            scim.retries = 0
            with pytest.raises(RateLimitedError):
                await scim.get(ResourceType.USERS, "x")
            assert scim.retries == 0

    asyncio.run(scenario())


def test_5xx_backs_off_exponentially_then_succeeds(scim2_server: Scim2Server) -> None:
    slept: list[float] = []

    async def sleep(delay: float) -> None:
        slept.append(delay)

    def flaky(request: httpx.Request, call: int) -> httpx.Response | None:
        return httpx.Response([502, 500][call - 1], text="<html>bad gateway</html>") if call <= 2 else None

    class NoJitter(Backoff):
        def delay(self, attempt: int) -> float:
            return min(self.cap, self.base * 2.0**attempt)

    async def scenario() -> None:
        async with target(scim2_server, FaultyTransport(flaky), sleep=sleep, backoff=NoJitter(base=0.5)) as scim:
            assert await scim.discover()
        assert slept == [1.0, 2.0]

    asyncio.run(scenario())


def test_persistent_5xx_is_tenant_unreachable() -> None:
    sent: list[httpx.Request] = []

    def always_500(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500, text="oops")

    async def scenario() -> None:
        async with ScimTarget(
            "https://scim.invalid/v2", None, http=HttpSettings(transport=httpx.MockTransport(always_500)), sleep=no_wait
        ) as scim:
            with pytest.raises(TenantUnreachableError):
                await scim.get(ResourceType.USERS, "x")
        # The one retry layer: three sends per call, never more.
        assert len(sent) == 3

    asyncio.run(scenario())


def test_dropped_connection_after_a_create_does_not_duplicate(scim2_server: Scim2Server) -> None:
    """The service created the user but the answer never arrived: the client finds it instead of re-sending."""

    class AnswerLost(httpx.AsyncHTTPTransport):
        dropped = 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response = await super().handle_async_request(request)
            if request.method == "POST" and not self.dropped:
                self.dropped += 1
                await response.aclose()
                raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")
            return response

    async def scenario() -> None:
        async with target(scim2_server, AnswerLost(), sleep=no_wait) as scim:
            created = await scim.create(ResourceType.USERS, user(1))
            assert created.recovered and created.external_id == "guid-1"
            listed = await all_of(scim.iter(ResourceType.USERS))
        assert len(listed) == 1

    asyncio.run(scenario())


def test_dropped_connection_before_a_create_re_sends_once(scim2_server: Scim2Server) -> None:
    def half_closed(request: httpx.Request, call: int) -> httpx.Response | None:
        if request.method == "POST" and call == 1:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return None

    async def scenario() -> None:
        async with target(scim2_server, FaultyTransport(half_closed), sleep=no_wait) as scim:
            created = await scim.create(ResourceType.USERS, user(1))
            assert not created.recovered
            assert len(await all_of(scim.iter(ResourceType.USERS))) == 1

    asyncio.run(scenario())


def test_dropped_connection_on_a_bulk_falls_back_without_duplicates(scim2_server: Scim2Server) -> None:
    class BulkAnswerLost(httpx.AsyncHTTPTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response = await super().handle_async_request(request)
            if request.url.path.endswith("/Bulk"):
                await response.aclose()
                raise httpx.ReadError("connection reset by peer")
            return response

    async def scenario() -> None:
        async with target(scim2_server, BulkAnswerLost(), sleep=no_wait) as scim:
            results = await scim.create_many(ResourceType.USERS, [user(n) for n in range(10)])
            assert all(r.resource is not None and r.resource.recovered for r in results)
            assert len(await all_of(scim.iter(ResourceType.USERS))) == 10

    asyncio.run(scenario())


def test_concurrency_is_bounded(scim2_server: Scim2Server) -> None:
    transport = FaultyTransport(lambda request, call: None)

    async def scenario() -> None:
        async with target(scim2_server, transport, max_concurrency=3) as scim:
            await scim.discover()
            results = await asyncio.gather(*(scim.create(ResourceType.USERS, user(n)) for n in range(24)))
        assert len({r.id for r in results}) == 24
        assert 1 < transport.max_in_flight <= 3

    asyncio.run(scenario())


@pytest.mark.slow
def test_create_throughput(scim2_server: Scim2Server, capsys: pytest.CaptureFixture[str]) -> None:
    """Prints creates/s one by one (concurrency 8) and through Bulk; asserts only that Bulk is not slower."""
    n = 300

    async def scenario() -> tuple[float, float, int]:
        async with target(scim2_server, sleep=no_wait) as scim:
            await scim.discover()
            started = time.perf_counter()
            await asyncio.gather(*(scim.create(ResourceType.USERS, user(i)) for i in range(n)))
            single = n / (time.perf_counter() - started)
            started = time.perf_counter()
            results = await scim.create_many(ResourceType.USERS, [user(f"b{i}") for i in range(n)])
            bulk = n / (time.perf_counter() - started)
            assert all(r.resource for r in results)
            return single, bulk, scim.retries

    single, bulk, retries = asyncio.run(scenario())
    with capsys.disabled():
        print(f"\nscim2-server creates/s: one by one (8 concurrent) {single:.0f}, Bulk {bulk:.0f}; retries {retries}")
    assert bulk > single * 0.8


def test_a_cookie_the_tenant_sets_goes_back_with_the_next_requests() -> None:
    """A tenant behind a sticky load balancer sets a cookie on one answer and expects it on the next ones; the
    client reads answers for cookies only when they set one, which must not lose it."""

    def create(t: object, r: Request) -> Answer:
        return Answer(201, js({**new_user(1), "id": "new-1"}), headers=(("Set-Cookie", "lb=node-2; Path=/"),))

    async def run() -> None:
        with hostile_tenant({("POST", r"/scim/v2/Users"): create}) as tenant:
            async with Ctx(tenant.url).scim() as scim:
                await scim.create(ResourceType.USERS, new_user(1))
                await scim.create(ResourceType.USERS, new_user(2))
                await scim.get(ResourceType.USERS, "u1")
            creates = [r for r in tenant.requests if r.method == "POST"]
            assert "cookie" not in creates[0].headers
            assert creates[1].headers.get("cookie") == "lb=node-2"
            assert tenant.requests[-1].headers.get("cookie") == "lb=node-2"

    asyncio.run(run())
