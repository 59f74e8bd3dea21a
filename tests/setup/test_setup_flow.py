"""The setup flow against the real sandbox tenant and Samba DC: the install is a transaction, so a failure or a
cancel leaves no configuration file and no keyring entries behind; the headless ``setup`` command walks it."""

from __future__ import annotations

import argparse
import asyncio
import io
import re
import threading
from typing import Any

import keyring
import pytest
from pydantic import SecretStr

from app.errors import IdentityConnectError
from app.ldap.settings import TransportSecurity
from app.paths import AgentPaths
from app.secrets import SecretName, SecretStore
from app.setup.directory import DirectoryInput
from app.setup.flow import InstallStep, SetupFlow
from app.setup_cli import setup
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle

pytestmark = pytest.mark.samba


def secrets_of(paths: AgentPaths) -> dict[str, str]:
    store = SecretStore(paths.profile)
    return {n.value: v for n in SecretName if (v := store.get(n)) is not None}


async def signed_in(flow: SetupFlow, tenant: SandboxTenantHandle, key: str) -> None:
    await flow.validate_key(key)
    auth = await flow.start_sign_in()
    await asyncio.to_thread(tenant.approve, auth.verification_uri_complete or auth.user_code)
    await flow.finish_sign_in()


def directory(dc: SambaDC) -> DirectoryInput:
    return DirectoryInput(
        domain=dc.domain,
        domain_controllers=[dc.host],
        bind_identity=dc.admin_bind,
        password=SecretStr(dc.admin_password),
        security=TransportSecurity.LDAPS,
        ca_file=dc.ca_file,
    )


def test_install_writes_config_secrets_and_registers(
    agent_paths: AgentPaths, sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC
) -> None:
    # What an earlier version left in this profile's keyring: the key's registration secret, never read again.
    keyring.set_password(SecretStore(agent_paths.profile).service, "registration-secret", "0123456789abcdef")

    async def scenario() -> None:
        flow = SetupFlow(agent_paths, device_name="HEADLESS-1")
        await signed_in(flow, sandbox_tenant, sandbox_tenant.installation_key)
        await flow.check_directory(directory(samba_dc))
        steps: list[tuple[InstallStep, str]] = []
        config = await flow.install(lambda s, st: steps.append((s, st)))
        assert config.tenant.agent_id and config.tenant.owner_email == sandbox_tenant.admin.email
        assert [s for s, st in steps if st == "passed"] == list(InstallStep)

    asyncio.run(scenario())
    assert agent_paths.config_file.stat().st_mode & 0o777 == 0o600
    assert samba_dc.admin_password not in agent_paths.config_file.read_text()
    assert set(secrets_of(agent_paths)) == {"ldap-bind-password", "refresh-token"}
    # The registration secret is sent once, to register; it is not kept, and the old copy is gone.
    assert keyring.get_password(SecretStore(agent_paths.profile).service, "registration-secret") is None
    assert [a["device_name"] for a in sandbox_tenant.agents()] == ["HEADLESS-1"]


def test_failed_registration_rolls_everything_back(
    agent_paths: AgentPaths, sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC
) -> None:
    async def scenario() -> None:
        flow = SetupFlow(agent_paths)
        await signed_in(flow, sandbox_tenant, sandbox_tenant.installation_key)
        await flow.check_directory(directory(samba_dc))
        sandbox_tenant.revoke_key(sandbox_tenant.installation_key)  # revoked between validation and install
        with pytest.raises(IdentityConnectError) as caught:
            await flow.install()
        assert caught.value.code == "key_revoked"

    asyncio.run(scenario())
    assert not agent_paths.config_file.exists()
    assert secrets_of(agent_paths) == {}
    assert sandbox_tenant.agents() == []


def test_cancel_during_registration_rolls_back(
    agent_paths: AgentPaths, sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC
) -> None:
    async def scenario() -> None:
        flow = SetupFlow(agent_paths)
        await signed_in(flow, sandbox_tenant, sandbox_tenant.installation_key)
        await flow.check_directory(directory(samba_dc))
        seen: list[str] = []

        def on_step(step: InstallStep, status: str) -> None:
            seen.append(f"{step.value}:{status}")
            if step is InstallStep.REGISTER and status == "running":
                assert agent_paths.config_file.exists() and secrets_of(agent_paths)
                task.cancel()

        task = asyncio.ensure_future(flow.install(on_step))
        with pytest.raises(asyncio.CancelledError):
            await task
        assert "register:running" in seen

    asyncio.run(scenario())
    assert not agent_paths.config_file.exists()
    assert secrets_of(agent_paths) == {}


def test_an_existing_configuration_is_never_overwritten(
    agent_paths: AgentPaths, sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC
) -> None:
    agent_paths.ensure()
    agent_paths.config_file.write_text("{}")

    async def scenario() -> None:
        flow = SetupFlow(agent_paths)
        await signed_in(flow, sandbox_tenant, sandbox_tenant.installation_key)
        await flow.check_directory(directory(samba_dc))
        with pytest.raises(IdentityConnectError) as caught:
            await flow.install()
        assert caught.value.code == "already_configured"

    asyncio.run(scenario())
    assert agent_paths.config_file.read_text() == "{}"
    assert secrets_of(agent_paths) == {}


class ApprovingStream(io.StringIO):
    """Collects the command's prose and, when the device code appears, approves it as the admin would."""

    def __init__(self, tenant: SandboxTenantHandle) -> None:
        super().__init__()
        self.tenant = tenant
        self.thread: threading.Thread | None = None

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> int:
        match = re.search(r"code\s+(\S+-\S+)", text)
        if match and self.thread is None:
            self.thread = threading.Thread(target=self.tenant.approve, args=(match.group(1),), daemon=True)
            self.thread.start()
        return super().write(text)


def args(**kw: Any) -> argparse.Namespace:
    base = dict(
        key=None,
        domain=None,
        dc=[],
        find_dcs=False,
        bind=None,
        password_stdin=True,
        security="ldaps",
        allow_unencrypted=False,
        ca_file=None,
        tenant_ca_file=None,
        device_name="HEADLESS-CLI",
        yes=True,
        json=True,
        config_dir=None,
    )
    base.update(kw)
    return argparse.Namespace(**base)


def test_headless_setup_scripted_with_flags(
    agent_paths: AgentPaths, sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC
) -> None:
    stdin = io.StringIO(samba_dc.admin_password + "\n")
    stdout, stderr = io.StringIO(), ApprovingStream(sandbox_tenant)
    a = args(
        key=sandbox_tenant.installation_key,
        domain=samba_dc.domain,
        dc=[samba_dc.host],
        bind=samba_dc.admin_bind,
        ca_file=samba_dc.ca_file,
        config_dir=str(agent_paths.config_dir),
    )
    status = asyncio.run(setup(a, stdin, stdout, stderr))
    prose = stderr.getvalue()
    assert status == 0, prose + stdout.getvalue()
    import json

    outcome = json.loads(stdout.getvalue())
    assert outcome["ok"] and outcome["agent_id"] and outcome["owner"]["email"] == sandbox_tenant.admin.email
    assert "█" in prose or "▀" in prose, "a terminal QR code is printed"
    assert "✓ " in prose and "TLS certificate" in prose and "Sign-in (bind)" in prose
    assert agent_paths.config_file.exists()


def test_headless_setup_reports_a_wrong_password_and_writes_nothing(
    agent_paths: AgentPaths, sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC
) -> None:
    stdin = io.StringIO("wrong\n")
    stdout, stderr = io.StringIO(), ApprovingStream(sandbox_tenant)
    a = args(
        key=sandbox_tenant.installation_key,
        domain=samba_dc.domain,
        dc=[samba_dc.host],
        bind=samba_dc.admin_bind,
        ca_file=samba_dc.ca_file,
        config_dir=str(agent_paths.config_dir),
    )
    assert asyncio.run(setup(a, stdin, stdout, stderr)) == 1
    assert "✗" in stderr.getvalue() and "Sign-in (bind)" in stderr.getvalue()
    assert not agent_paths.config_file.exists() and secrets_of(agent_paths) == {}


def test_headless_setup_without_answers_is_a_usage_error(agent_paths: AgentPaths) -> None:
    a = args(config_dir=str(agent_paths.config_dir), password_stdin=False)
    stdout = io.StringIO()
    assert asyncio.run(setup(a, io.StringIO(), stdout, io.StringIO())) == 2
    import json

    assert json.loads(stdout.getvalue())["error"]["code"] == "usage"
