"""The device-flow client against panva oidc-provider: approval, denial, expiry, slow_down, network retries,
cancellation, replayed codes, userinfo."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

import httpx
import pytest

from app.cloud.deviceflow import DeviceFlow, DeviceFlowEvent, DeviceFlowEventKind
from app.cloud.errors import DeviceFlowError, NotAdminError, TenantUnreachableError
from app.cloud.http import Backoff, HttpSettings
from app.cloud.tenant import discover_oidc
from tests.servers.oidc import SCOPES, OidcProvider, free_port


def make_flow(provider: OidcProvider, **kwargs: object) -> DeviceFlow:
    http = kwargs.pop("http", None)
    assert http is None or isinstance(http, HttpSettings)
    endpoints = asyncio.run(discover_oidc(provider.issuer, http=http))
    return DeviceFlow(endpoints, provider.client_id, SCOPES, "ZYLKER-DC-AGENT-01", http=http, **kwargs)  # type: ignore[arg-type]


async def wait_for(events: list[DeviceFlowEvent], kind: DeviceFlowEventKind, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not any(e.kind == kind for e in events):
        assert time.monotonic() < deadline, f"no {kind} event: {events}"
        await asyncio.sleep(0.05)


def test_approved_sign_in_returns_tokens_and_the_admin(oidc_provider: OidcProvider) -> None:
    flow = make_flow(oidc_provider)

    async def scenario() -> None:
        auth = await flow.start()
        # What the wizard shows
        assert auth.user_code and auth.verification_uri.startswith(oidc_provider.issuer)
        assert auth.verification_uri_complete and auth.user_code.replace(
            "-", ""
        ) in auth.verification_uri_complete.replace("-", "")
        assert auth.expires_at > datetime.now(UTC)
        assert auth.interval == 1
        assert auth.device_code not in repr(auth)
        events: list[DeviceFlowEvent] = []
        waiting = asyncio.create_task(flow.wait_for_tokens(auth, events.append))
        await wait_for(events, DeviceFlowEventKind.PENDING)
        await asyncio.to_thread(oidc_provider.approve, auth.verification_uri_complete)
        tokens = await asyncio.wait_for(waiting, 10)
        assert tokens.refresh_token and tokens.id_token
        assert tokens.access_token not in repr(tokens)
        assert tokens.expires_at is not None and tokens.expires_at > time.time()
        admin = await flow.fetch_userinfo(tokens.access_token)
        assert (admin.email, admin.name, admin.is_admin) == ("alice@example.test", "Alice Example", True)
        assert admin.require_admin() is admin

        # A code that was exchanged cannot be used again.
        with pytest.raises(DeviceFlowError) as err:
            await flow.wait_for_tokens(auth)
        assert err.value.code == "device_invalid_grant"

    asyncio.run(scenario())


def test_a_non_admin_is_told_apart(oidc_provider: OidcProvider) -> None:
    flow = make_flow(oidc_provider)

    async def scenario() -> None:
        auth = await flow.start()
        assert auth.verification_uri_complete
        await asyncio.to_thread(oidc_provider.approve, auth.verification_uri_complete, "bob")
        tokens = await flow.wait_for_tokens(auth)
        admin = await flow.fetch_userinfo(tokens.access_token)
        assert admin.is_admin is False and admin.email == "bob@example.test"
        with pytest.raises(NotAdminError):
            admin.require_admin()

    asyncio.run(scenario())


def test_denied_sign_in_ends_the_flow(oidc_provider: OidcProvider) -> None:
    flow = make_flow(oidc_provider)

    async def scenario() -> None:
        auth = await flow.start()
        assert auth.verification_uri_complete
        await asyncio.to_thread(oidc_provider.deny, auth.verification_uri_complete)
        with pytest.raises(DeviceFlowError) as err:
            await asyncio.wait_for(flow.wait_for_tokens(auth), 10)
        assert err.value.code == "device_denied"

    asyncio.run(scenario())


def test_expired_code_ends_the_flow(oidc_provider_short_ttl: OidcProvider) -> None:
    flow = make_flow(oidc_provider_short_ttl)

    async def scenario() -> None:
        started = time.monotonic()  # before the request: the issuer's TTL starts while it answers
        auth = await flow.start()
        events: list[DeviceFlowEvent] = []
        with pytest.raises(DeviceFlowError) as err:
            await asyncio.wait_for(flow.wait_for_tokens(auth, events.append), 15)
        assert err.value.code == "device_expired"
        # The issuer counts expiry in whole seconds: a 3 s code ends between 2 and 3 s after it was issued.
        assert time.monotonic() - started >= 2
        assert events and {e.kind for e in events} == {DeviceFlowEventKind.PENDING}

    asyncio.run(scenario())


def test_slow_down_adds_five_seconds_to_the_interval(oidc_provider_slow_down: OidcProvider) -> None:
    requested: list[float] = []

    async def impatient_sleep(delay: float) -> None:
        # Poll faster than the server's 1 s until it says slow_down; then honour the server's real interval.
        requested.append(delay)
        await asyncio.sleep(1.1 if delay > 1 else 0.2)

    flow = make_flow(oidc_provider_slow_down, sleep=impatient_sleep)

    async def scenario() -> None:
        auth = await flow.start()
        assert auth.verification_uri_complete
        events: list[DeviceFlowEvent] = []
        waiting = asyncio.create_task(flow.wait_for_tokens(auth, events.append))
        await wait_for(events, DeviceFlowEventKind.SLOW_DOWN)
        await asyncio.to_thread(oidc_provider_slow_down.approve, auth.verification_uri_complete)
        tokens = await asyncio.wait_for(waiting, 10)
        assert tokens.access_token
        slow = [e for e in events if e.kind == DeviceFlowEventKind.SLOW_DOWN]
        assert slow[0].interval == 6
        assert requested[:2] == [1, 1] and requested[2] == 6
        assert all(d == 6 for d in requested[2:])

    asyncio.run(scenario())


class FlakyTransport(httpx.AsyncBaseTransport):
    """Drops the first ``failures`` token-endpoint requests (connection reset), then passes through."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token" and self.failures > 0:
            self.failures -= 1
            raise httpx.ReadError("connection reset by peer", request=request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_network_errors_are_retried_not_counted_as_expiry(oidc_provider_short_ttl: OidcProvider) -> None:
    # A 3 s code and four dropped polls: the flow keeps going and ends with the issuer's own verdict.
    transport = FlakyTransport(failures=4)
    flow = make_flow(
        oidc_provider_short_ttl, http=HttpSettings(transport=transport), backoff=Backoff(base=0.2, cap=0.5)
    )

    async def scenario() -> None:
        auth = await flow.start()
        events: list[DeviceFlowEvent] = []
        with pytest.raises(DeviceFlowError) as err:
            await asyncio.wait_for(flow.wait_for_tokens(auth, events.append), 20)
        assert err.value.code == "device_expired"
        retries = [e for e in events if e.kind == DeviceFlowEventKind.NETWORK_RETRY]
        assert [e.attempt for e in retries] == [1, 2, 3, 4]
        assert all(e.delay >= 1 for e in retries)  # never faster than the interval

    asyncio.run(scenario())


def test_network_retry_then_approval(oidc_provider: OidcProvider) -> None:
    flow = make_flow(oidc_provider, http=HttpSettings(transport=FlakyTransport(failures=2)))

    async def scenario() -> None:
        auth = await flow.start()
        assert auth.verification_uri_complete
        await asyncio.to_thread(oidc_provider.approve, auth.verification_uri_complete)
        events: list[DeviceFlowEvent] = []
        tokens = await asyncio.wait_for(flow.wait_for_tokens(auth, events.append), 20)
        assert tokens.access_token
        assert [e.kind for e in events] == [DeviceFlowEventKind.NETWORK_RETRY] * 2

    asyncio.run(scenario())


def test_cancelling_leaves_nothing_behind(oidc_provider: OidcProvider) -> None:
    flow = make_flow(oidc_provider)

    async def scenario() -> None:
        auth = await flow.start()
        events: list[DeviceFlowEvent] = []
        waiting = asyncio.create_task(flow.wait_for_tokens(auth, events.append))
        await wait_for(events, DeviceFlowEventKind.PENDING)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert asyncio.all_tasks() == {asyncio.current_task()}

    asyncio.run(scenario())


def test_unreachable_issuer_at_start() -> None:
    from app.cloud.tenant import OAuthEndpoints

    base = f"http://127.0.0.1:{free_port()}"
    endpoints = OAuthEndpoints(base, f"{base}/device/auth", f"{base}/token", f"{base}/me")
    flow = DeviceFlow(endpoints, "client", SCOPES)
    with pytest.raises(TenantUnreachableError) as err:
        asyncio.run(flow.start())
    assert err.value.code == "tenant_unreachable"
