"""The token manager against panva oidc-provider: refresh token in the real keyring, 401 on a revoked access
token answered by one refresh, a revoked grant ending as "sign-in expired"."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from app.cloud.deviceflow import DeviceFlow, TokenSet
from app.cloud.errors import SignInExpiredError, TenantUnreachableError
from app.cloud.http import HttpSettings, make_client
from app.cloud.tenant import OAuthEndpoints, discover_oidc
from app.cloud.tokens import TokenManager
from app.secrets import SecretName, SecretStore
from tests.servers.oidc import SCOPES, OidcProvider, free_port


async def signed_in(provider: OidcProvider) -> tuple[OAuthEndpoints, TokenSet]:
    endpoints = await discover_oidc(provider.issuer)
    flow = DeviceFlow(endpoints, provider.client_id, SCOPES)
    auth = await flow.start()
    assert auth.verification_uri_complete
    await asyncio.to_thread(provider.approve, auth.verification_uri_complete)
    return endpoints, await flow.wait_for_tokens(auth)


async def userinfo(manager: TokenManager, endpoints: OAuthEndpoints) -> httpx.Response:
    async with make_client(auth=manager.auth()) as client:
        return await client.get(endpoints.userinfo_endpoint)


def test_refused_access_token_is_refreshed_once(oidc_provider: OidcProvider, secret_store: SecretStore) -> None:
    async def scenario() -> None:
        endpoints, tokens = await signed_in(oidc_provider)
        manager = TokenManager(endpoints.token_endpoint, oidc_provider.client_id, secret_store)
        manager.store(tokens)
        assert secret_store.get(SecretName.REFRESH_TOKEN) == tokens.refresh_token
        assert (await userinfo(manager, endpoints)).status_code == 200
        assert manager.refresh_count == 0

        # An access token the issuer no longer honours (as after a key rollover): six requests get 401 at
        # once; one refresh serves them all.
        manager.store(TokenSet("not-a-token-the-issuer-knows", "Bearer", time.time() + 3600))
        async with make_client(auth=manager.auth()) as client:
            responses = await asyncio.gather(*(client.get(endpoints.userinfo_endpoint) for _ in range(6)))
        assert [r.status_code for r in responses] == [200] * 6
        assert responses[0].json()["email"] == "alice@example.test"
        assert manager.refresh_count == 1

        # Revoking the access token at oidc-provider withdraws the grant: 401, the refresh is refused too.
        current = await manager.access_token()
        await asyncio.to_thread(oidc_provider.revoke, current)
        with pytest.raises(SignInExpiredError) as err:
            await userinfo(manager, endpoints)
        assert err.value.details["reason"] == "invalid_grant"

    asyncio.run(scenario())


def test_refresh_before_expiry(oidc_provider_short_access: OidcProvider, secret_store: SecretStore) -> None:
    async def scenario() -> None:
        endpoints, tokens = await signed_in(oidc_provider_short_access)
        manager = TokenManager(endpoints.token_endpoint, oidc_provider_short_access.client_id, secret_store)
        manager.store(tokens)
        # A 2 s token is inside the expiry margin: it is renewed before it is used, not after a 401.
        fresh = await manager.access_token()
        assert fresh != tokens.access_token and manager.refresh_count == 1
        assert (await userinfo(manager, endpoints)).status_code == 200

    asyncio.run(scenario())


def test_revoked_grant_means_sign_in_again(oidc_provider: OidcProvider, secret_store: SecretStore) -> None:
    async def scenario() -> None:
        endpoints, tokens = await signed_in(oidc_provider)
        manager = TokenManager(endpoints.token_endpoint, oidc_provider.client_id, secret_store)
        manager.store(tokens)
        assert tokens.refresh_token
        await asyncio.to_thread(oidc_provider.revoke, tokens.refresh_token)
        await asyncio.to_thread(oidc_provider.revoke, tokens.access_token)
        with pytest.raises(SignInExpiredError) as err:
            await userinfo(manager, endpoints)
        assert err.value.code == "signin_expired"
        assert tokens.refresh_token not in str(err.value.details)

    asyncio.run(scenario())


def test_no_refresh_token_is_sign_in_expired_without_network(secret_store: SecretStore) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request expected")

    manager = TokenManager(
        "https://issuer.invalid/token", "client", secret_store, http=HttpSettings(transport=httpx.MockTransport(fail))
    )
    with pytest.raises(SignInExpiredError) as err:
        asyncio.run(manager.access_token())
    assert err.value.details["reason"] == "no_refresh_token"


def test_unreachable_issuer_is_not_an_expired_sign_in(secret_store: SecretStore) -> None:
    secret_store.set(SecretName.REFRESH_TOKEN, "still-valid-somewhere")
    manager = TokenManager(f"http://127.0.0.1:{free_port()}/token", "client", secret_store)
    with pytest.raises(TenantUnreachableError) as err:
        asyncio.run(manager.refresh())
    assert err.value.code == "tenant_unreachable"
    assert secret_store.get(SecretName.REFRESH_TOKEN) == "still-valid-somewhere"


def test_forget_removes_the_refresh_token(secret_store: SecretStore) -> None:
    manager = TokenManager("https://issuer.invalid/token", "client", secret_store)
    manager.store(TokenSet("access", "Bearer", None, refresh_token="refresh"))
    assert secret_store.get(SecretName.REFRESH_TOKEN) == "refresh"
    manager.forget()
    assert secret_store.get(SecretName.REFRESH_TOKEN) is None


def test_refused_refresh_is_one_request_for_many_waiters(secret_store: SecretStore) -> None:
    """30 SCIM requests find the access token expired at once: one refresh goes to the issuer, it is refused,
    and all 30 end in "sign-in expired"; later requests do not ask the issuer again until a new sign-in."""
    from app.cloud.scim import ResourceType, ScimTarget
    from tests.cloud.hostile import Answer, hostile_tenant, js

    refused = Answer(400, js({"error": "invalid_grant"}))
    with hostile_tenant({("POST", r"/token"): lambda t, r: refused}) as tenant:

        async def scenario() -> None:
            manager = TokenManager(f"{tenant.url}/token", "client", secret_store)
            manager.store(TokenSet("expired", "Bearer", time.time() - 10, refresh_token="rt-dead"))
            async with ScimTarget(f"{tenant.url}/scim/v2", manager.auth()) as scim:
                results = await asyncio.gather(
                    *(scim.get(ResourceType.USERS, f"u{i}") for i in range(30)), return_exceptions=True
                )
                assert all(isinstance(r, SignInExpiredError) for r in results), results
                with pytest.raises(SignInExpiredError):
                    await scim.get(ResourceType.USERS, "u1")
            # Signing in again (a new refresh token) lifts it.
            manager.store(TokenSet("fresh", "Bearer", time.time() + 3600, refresh_token="rt-new"))
            assert await manager.access_token() == "fresh"

        asyncio.run(scenario())
        token_requests = [r for r in tenant.requests if r.path == "/token"]
        assert len(token_requests) == 1
        # Nothing reached the SCIM service with the expired token.
        assert not [r for r in tenant.requests if r.path.startswith("/scim/")]
