"""The cloud clients end to end against the sandbox tenant: discovery, key validation outcomes, device
sign-in with the tenant's own sign-in page, token refresh with rotation, agent API, SCIM with provisioning
options, owner protection and injected faults."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from app import __version__
from app.cloud.agentapi import AgentApiClient, HeartbeatReport, PasswordSyncAgent
from app.cloud.deviceflow import DeviceFlow, TokenSet
from app.cloud.errors import (
    AgentApiError,
    KeyRejectedError,
    NotAdminError,
    ScimError,
    SignInExpiredError,
)
from app.cloud.http import HttpSettings
from app.cloud.installkey import InstallationKeyError, encode_key, parse_key
from app.cloud.scim import ProvisioningOptions, ResourceType, ScimTarget
from app.cloud.tenant import TenantInfo, discover_tenant, validate_installation_key
from app.cloud.tokens import TokenManager
from app.secrets import SecretName, SecretStore
from tests.servers.sandbox import SandboxFactory, SandboxTenantHandle

DEVICE_NAME = "ZYLKER-DC-AGENT-01"


async def sign_in(
    sandbox: SandboxTenantHandle, tenant: TenantInfo, secret_store: SecretStore, email: str | None = None
) -> tuple[TokenManager, DeviceFlow, TokenSet]:
    flow = DeviceFlow(tenant.oauth, tenant.client_id, tenant.scopes, DEVICE_NAME)
    auth = await flow.start()
    assert auth.verification_uri_complete
    shown = await asyncio.to_thread(sandbox.approve, auth.verification_uri_complete, email)
    assert shown == DEVICE_NAME  # the sign-in page names the agent that asks
    tokens = await asyncio.wait_for(flow.wait_for_tokens(auth), 10)
    manager = TokenManager(tenant.oauth.token_endpoint, tenant.client_id, secret_store)
    manager.store(tokens)
    return manager, flow, tokens


def test_discovery(sandbox_tenant: SandboxTenantHandle) -> None:
    tenant = asyncio.run(discover_tenant(sandbox_tenant.url + "/"))
    assert tenant.tenant_name == "Zylker (sandbox)"
    assert tenant.agent_api_url and tenant.scim_base_url.startswith(sandbox_tenant.url)
    assert "offline_access" in tenant.scopes
    assert tenant.oauth.device_authorization_endpoint.startswith(tenant.issuer)


def test_key_validation_outcomes(sandbox_tenant: SandboxTenantHandle) -> None:
    async def outcome(key: str) -> str:
        try:
            result = await validate_installation_key(key)
        except KeyRejectedError as exc:
            return exc.code
        assert result.checked_online and result.tenant_name == "Zylker (sandbox)" and result.single_use
        return "valid"

    revoked = sandbox_tenant.issue_key()
    sandbox_tenant.revoke_key(revoked)
    expiring = sandbox_tenant.issue_key(ttl=0.05)
    time.sleep(0.1)
    unknown = encode_key(sandbox_tenant.url)  # right tenant, right format, secret it never issued

    async def scenario() -> None:
        assert await outcome(sandbox_tenant.installation_key) == "valid"
        assert await outcome(unknown) == "key_unknown"
        assert await outcome(revoked) == "key_revoked"
        assert await outcome(expiring) == "key_expired"

    asyncio.run(scenario())


def test_a_typo_never_reaches_the_network(sandbox_tenant: SandboxTenantHandle) -> None:
    requests: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(500)

    key = sandbox_tenant.installation_key
    typo = key[:-3] + ("A" if key[-3] != "A" else "B") + key[-2:]
    with pytest.raises(InstallationKeyError):
        asyncio.run(validate_installation_key(typo, http=HttpSettings(transport=httpx.MockTransport(record))))
    assert requests == []


def test_sign_in_register_heartbeat_and_provision(
    sandbox_tenant: SandboxTenantHandle, secret_store: SecretStore
) -> None:
    async def scenario() -> None:
        validation = await validate_installation_key(sandbox_tenant.installation_key)
        tenant = validation.tenant
        manager, flow, tokens = await sign_in(sandbox_tenant, tenant, secret_store)
        admin = (await flow.fetch_userinfo(tokens.access_token)).require_admin()
        assert (admin.email, admin.name) == (sandbox_tenant.admin.email, sandbox_tenant.admin.name)
        # The refresh token is in the keyring; the access token is not.
        assert secret_store.get(SecretName.REFRESH_TOKEN) == tokens.refresh_token

        assert tenant.agent_api_url
        api = AgentApiClient(tenant.agent_api_url, manager.auth())
        registration = await api.register(validation.key, DEVICE_NAME, __version__, ["dc1.zylker.test"])
        assert registration.owner.email == admin.email
        assert api.clock_skew is not None and abs(api.clock_skew) < 5
        api.check_clock()

        # The key is spent now.
        with pytest.raises(KeyRejectedError) as err:
            await validate_installation_key(sandbox_tenant.installation_key, tenant=tenant)
        assert err.value.code == "key_used"
        with pytest.raises(KeyRejectedError) as err:
            await api.register(validation.key, DEVICE_NAME, __version__, [])
        assert err.value.code == "key_used"

        report = HeartbeatReport(
            version=__version__,
            device_name=DEVICE_NAME,
            domain_controllers=["dc1.zylker.test"],
            status="syncing",
            last_sync=None,
            users=3,
            groups=1,
            password_sync_agents=[PasswordSyncAgent("dc1.zylker.test", installed=True, connected=False)],
        )
        server_time = await api.heartbeat(registration.agent_id, report)
        assert server_time is not None
        record = await api.get_agent(registration.agent_id)
        assert (record.device_name, record.status, record.owner.email) == (DEVICE_NAME, "syncing", admin.email)
        assert record.last_heartbeat is not None
        with pytest.raises(AgentApiError) as err:
            await api.heartbeat("no-such-agent", report)
        assert err.value.code == "agent_unknown"

        async with ScimTarget(tenant.scim_base_url, manager.auth()) as scim:
            await scim.discover()
            created = await scim.create(
                ResourceType.USERS,
                {
                    "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                    "externalId": "guid-new-1",
                    "userName": "new.hire@zylker.test",
                    "name": {"givenName": "New", "familyName": "Hire"},
                    "emails": [{"value": "new.hire@zylker.test", "primary": True}],
                    "active": True,
                },
                ProvisioningOptions("admin", welcome_mail=True),
            )
            assert (await scim.find_one(ResourceType.USERS, "externalId", "guid-new-1")) is not None
            # Owner protection: the tenant refuses to disable the admin who owns the agent.
            owner = await scim.find_one(ResourceType.USERS, "userName", admin.email)
            assert owner is not None
            with pytest.raises(ScimError) as scim_err:
                await scim.patch_user(owner.id, [{"op": "replace", "path": "active", "value": False}])
            assert scim_err.value.status == 403 and scim_err.value.detail
        assert any(u["id"] == created.id for u in sandbox_tenant.scim_users())
        notified = [n for n in sandbox_tenant.notifications() if "new.hire" in str(n)]
        assert notified, sandbox_tenant.notifications()

    asyncio.run(scenario())


def test_change_owner_and_not_admin(sandbox_tenant: SandboxTenantHandle, secret_store: SecretStore) -> None:
    async def scenario() -> None:
        tenant = await discover_tenant(sandbox_tenant.url)
        assert tenant.agent_api_url
        manager, _, _ = await sign_in(sandbox_tenant, tenant, secret_store)
        api = AgentApiClient(tenant.agent_api_url, manager.auth())
        key = parse_key(sandbox_tenant.installation_key)
        registration = await api.register(key, DEVICE_NAME, __version__, [])

        backup = sandbox_tenant.admins[1]
        other_store = SecretStore(secret_store.service.rsplit("/", 1)[1] + "-backup")
        try:
            backup_manager, _, _ = await sign_in(sandbox_tenant, tenant, other_store, backup.email)
            owner = await api.change_owner(registration.agent_id, backup_manager.auth())
            assert owner.email == backup.email
            # The previous owner's token no longer speaks for this agent.
            report = HeartbeatReport(__version__, DEVICE_NAME, [], "idle", None)
            with pytest.raises(AgentApiError) as err:
                await api.heartbeat(registration.agent_id, report)
            assert err.value.code == "not_owner"

            user_manager, _, _ = await sign_in(sandbox_tenant, tenant, other_store, sandbox_tenant.non_admin.email)
            with pytest.raises(NotAdminError):
                await api.change_owner(registration.agent_id, user_manager.auth())
            with pytest.raises(NotAdminError):
                await AgentApiClient(tenant.agent_api_url, user_manager.auth()).register(
                    parse_key(sandbox_tenant.issue_key()), DEVICE_NAME, __version__, []
                )
        finally:
            other_store.delete_all()

    asyncio.run(scenario())


def test_transparent_refresh_with_rotation(sandbox_tenant_factory: SandboxFactory, secret_store: SecretStore) -> None:
    sandbox = sandbox_tenant_factory(access_token_ttl=1.0)

    async def scenario() -> None:
        tenant = await discover_tenant(sandbox.url)
        manager, _, tokens = await sign_in(sandbox, tenant, secret_store)
        first_refresh = secret_store.get(SecretName.REFRESH_TOKEN)
        await asyncio.sleep(1.2)
        async with ScimTarget(tenant.scim_base_url, manager.auth()) as scim:
            # Eight requests at once with an expired token: one refresh, all succeed.
            results = await asyncio.gather(*(scim.get(ResourceType.USERS, f"missing-{n}") for n in range(8)))
        assert results == [None] * 8
        assert manager.refresh_count >= 1
        rotated = secret_store.get(SecretName.REFRESH_TOKEN)
        assert rotated and rotated != first_refresh
        # The old refresh token stopped working with the rotation: putting it back means signing in again.
        assert first_refresh
        secret_store.set(SecretName.REFRESH_TOKEN, first_refresh)
        with pytest.raises(SignInExpiredError) as err:
            await manager.refresh()
        assert err.value.code == "signin_expired"
        assert tokens.access_token not in str(err.value) and first_refresh not in str(err.value)

    asyncio.run(scenario())


def test_scim_faults_from_the_tenant(sandbox_tenant: SandboxTenantHandle, secret_store: SecretStore) -> None:
    async def scenario() -> None:
        tenant = await discover_tenant(sandbox_tenant.url)
        manager, _, _ = await sign_in(sandbox_tenant, tenant, secret_store)
        async with ScimTarget(tenant.scim_base_url, manager.auth()) as scim:
            await scim.discover()
            sandbox_tenant.inject_faults("429", 2, retry_after=1)
            started = time.monotonic()
            first = await scim.create(ResourceType.USERS, {"userName": "a@zylker.test", "externalId": "guid-a"})
            assert time.monotonic() - started >= 2
            sandbox_tenant.inject_faults("drop", 1)
            second = await scim.create(ResourceType.USERS, {"userName": "b@zylker.test", "externalId": "guid-b"})
            sandbox_tenant.inject_faults("503", 1, retry_after=1)
            assert await scim.get(ResourceType.USERS, first.id) is not None
        names = [u["userName"] for u in sandbox_tenant.scim_users()]
        assert names.count("a@zylker.test") == 1 and names.count("b@zylker.test") == 1
        assert second.id

    asyncio.run(scenario())
