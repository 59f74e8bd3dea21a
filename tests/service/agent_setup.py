"""Test helper: a configured agent made by the real setup steps against a sandbox tenant.

Parse the installation key, discover the tenant and validate the key online, run the device flow (the
"admin" approves it over HTTP, as a browser would), register the agent through the agent API, then write
``config.json`` and the keyring secrets exactly where the agent service reads them.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from app import __version__
from app.cloud.agentapi import AgentApiClient
from app.config import AgentConfig, ConfigStore, TenantSettings
from app.ldap.settings import LdapSettings
from app.paths import AgentPaths
from app.secrets import SecretName, SecretStore
from app.service.wiring import http_settings
from app.setup.flow import SetupFlow
from app.sync.settings import SyncSettings
from tests.servers.sandbox import SandboxTenantHandle
from tests.sync.scimtools import StaticBearer

DEVICE_NAME = "ZYLKER-TEST-AGENT"


def offline_ldap_settings() -> LdapSettings:
    """Connection settings for tests that never reach a directory (heartbeat, sign-in, lock, CLI)."""
    return LdapSettings(
        domain="zylker.test", domain_controllers=["dc1.zylker.test"], bind_identity="Administrator@ZYLKER.TEST"
    )


async def _configure(
    tenant: SandboxTenantHandle,
    paths: AgentPaths,
    ldap: LdapSettings,
    sync: SyncSettings | None,
    bind_password: str,
) -> AgentConfig:
    flow = SetupFlow(paths, device_name=DEVICE_NAME)
    validation = await flow.validate_key(tenant.installation_key)
    authorization = await flow.start_sign_in()
    approval = asyncio.to_thread(tenant.approve, authorization.verification_uri_complete or authorization.user_code)
    admin, _ = await asyncio.gather(flow.finish_sign_in(), approval)
    tokens = flow.state.tokens
    assert tokens is not None and tokens.refresh_token
    info = validation.tenant
    config = AgentConfig(
        device_name=DEVICE_NAME,
        tenant=TenantSettings(
            tenant_url=info.tenant_url,
            issuer=info.issuer,
            client_id=info.client_id,
            scim_base_url=info.scim_base_url,
            agent_api_url=info.agent_api_url,
            scopes=list(info.scopes),
            owner_email=admin.email,
            owner_name=admin.name,
        ),
        ldap=ldap,
        sync=sync or SyncSettings(),
    )
    assert info.agent_api_url
    # Registered with the new owner's access token, as the wizard's install step does.
    client = AgentApiClient(info.agent_api_url, StaticBearer(tokens.access_token), http=http_settings(config))
    registration = await client.register(validation.key, DEVICE_NAME, __version__, list(ldap.domain_controllers))
    tenant_settings = config.tenant.model_copy(update={"agent_id": registration.agent_id})
    config = config.model_copy(update={"tenant": tenant_settings})
    paths.ensure()
    secrets = SecretStore(paths.profile)
    secrets.set(SecretName.REFRESH_TOKEN, tokens.refresh_token)
    secrets.set(SecretName.LDAP_BIND_PASSWORD, bind_password)
    ConfigStore(paths.config_file).save(config)
    return config


def configure_agent(
    tenant: SandboxTenantHandle,
    config_dir: Path,
    *,
    ldap: LdapSettings | None = None,
    sync: SyncSettings | None = None,
    bind_password: str = "not-used-offline",
) -> tuple[AgentPaths, AgentConfig]:
    paths = AgentPaths.resolve(config_dir)
    config = asyncio.run(_configure(tenant, paths, ldap or offline_ldap_settings(), sync, bind_password))
    return paths, config


def revoke_refresh_token(tenant: SandboxTenantHandle, paths: AgentPaths) -> None:
    """Someone else redeems the agent's refresh token: rotation makes the stored one unusable."""
    import httpx

    stored = SecretStore(paths.profile).get(SecretName.REFRESH_TOKEN)
    response = httpx.post(
        f"{tenant.url}/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": stored, "client_id": "identity-connect-agent"},
        timeout=10,
    )
    assert response.status_code == 200, response.text


def agent_document(tenant: SandboxTenantHandle, agent_id: str) -> dict[str, Any]:
    return next(a for a in tenant.agents() if a["agent_id"] == agent_id)
