"""The install transaction with the registration given (no tenant needed): what the agent API answers is
written into the configuration; a tenant without the agent API registers nothing and the signed-in admin stays
the owner; a failed registration leaves nothing behind."""

from __future__ import annotations

import asyncio

import pytest

from app.cloud.agentapi import Owner, Registration
from app.config import AgentConfig, ConfigStore, TenantSettings
from app.errors import IdentityConnectError
from app.ldap.settings import LdapSettings
from app.paths import AgentPaths
from app.secrets import SecretName, SecretStore
from app.setup.install import InstallTransaction


def config() -> AgentConfig:
    return AgentConfig(
        device_name="ZYLKER-DC-AGENT-01",
        tenant=TenantSettings(
            tenant_url="https://zylker.example",
            issuer="https://zylker.example",
            client_id="identity-connect",
            scim_base_url="https://zylker.example/scim/v2",
            owner_email="ada@zylker.test",
            owner_name="Ada Admin",
        ),
        ldap=LdapSettings(
            domain="zylker.test", domain_controllers=["dc1.zylker.test"], bind_identity="svc@zylker.test"
        ),
    )


def install(paths: AgentPaths, registration: Registration | None | Exception) -> AgentConfig:
    async def register() -> Registration | None:
        if isinstance(registration, Exception):
            raise registration
        return registration

    transaction = InstallTransaction(paths, config(), {SecretName.LDAP_BIND_PASSWORD: "bind-pw"}, register)
    return asyncio.run(transaction.run())


def test_the_agent_api_answer_goes_into_the_configuration(agent_paths: AgentPaths) -> None:
    installed = install(agent_paths, Registration("agent-7", Owner("olga@zylker.test", "Olga Owner")))
    stored = ConfigStore(agent_paths.config_file).load()
    assert stored == installed
    assert (stored.tenant.agent_id, stored.tenant.owner_email, stored.tenant.owner_name) == (
        "agent-7",
        "olga@zylker.test",
        "Olga Owner",
    )
    assert SecretStore(agent_paths.profile).get(SecretName.LDAP_BIND_PASSWORD) == "bind-pw"


def test_without_the_agent_api_the_signed_in_admin_stays_the_owner(agent_paths: AgentPaths) -> None:
    install(agent_paths, None)
    tenant = ConfigStore(agent_paths.config_file).load().tenant
    assert (tenant.agent_id, tenant.owner_email, tenant.owner_name) == (None, "ada@zylker.test", "Ada Admin")


def test_a_refused_registration_leaves_nothing_behind(agent_paths: AgentPaths) -> None:
    with pytest.raises(IdentityConnectError) as caught:
        install(agent_paths, IdentityConnectError("refused", code="agent_api_error"))
    assert caught.value.code == "agent_api_error"
    assert not agent_paths.config_file.exists()
    assert SecretStore(agent_paths.profile).get(SecretName.LDAP_BIND_PASSWORD) is None
