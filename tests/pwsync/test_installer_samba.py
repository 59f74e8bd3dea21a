"""Installing the password-sync agent on the Samba DC over SSH, as the admin does it from the agent machine:
the DC's host key confirmed, a root login by key, the prerequisites checked, the DC agent installed and started,
Samba told to keep passwords for capture; then a password changed on the DC signs in at the tenant; then the
uninstall leaves nothing behind. Failures (unknown host key, refused login, no capture support) install nothing.
"""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr

from app.pwsync.identity import PasswordSyncIdentity
from app.pwsync.installer import InstallError, SambaDcInstaller, SambaLayout, SshLogin, Step, fingerprint, host_key
from app.pwsync.settings import DcAgentState
from tests.e2e.conftest import Agent, ad_sync_settings, wait_until
from tests.pwsync.conftest import set_password
from tests.pwsync.harness import AgentEnd
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle
from tests.servers.sshd import SshServer, run_sshd
from tests.service.agent_setup import configure_agent

pytestmark = [pytest.mark.samba, pytest.mark.slow]


@pytest.fixture
def dc_sshd(samba_dc_fresh: SambaDC, tmp_path: Path) -> Iterator[SshServer]:
    with run_sshd(samba_dc_fresh.ip, tmp_path / "sshd") as server:
        yield server


def _layout(dc: SambaDC, tmp_path: Path, **overrides: str) -> SambaLayout:
    values = {
        "samba_conf": str(dc.conf),
        "gnupg_home": str(dc.dir / "gnupg"),
        "install_dir": str(tmp_path / "on-the-dc" / "identity-connect-dcagent"),
        "service_manager": "process",  # the test DC runs without systemd
    }
    values.update(overrides)
    return SambaLayout(**values)


def _login(server: SshServer, **overrides: object) -> SshLogin:
    values: dict[str, object] = {
        "host": server.ip,
        "username": "root",
        "host_key": server.host_key,
        "private_key": SecretStr(server.client_key),
    }
    values.update(overrides)
    return SshLogin(**values)  # type: ignore[arg-type]


def _signs_in(tenant: SandboxTenantHandle, user: str, password: str) -> bool:
    form = {"username": f"{user}@{data.DOMAIN}", "password": password}
    return httpx.post(f"{tenant.url}/sign-in", data=form).status_code == 200


def test_install_over_ssh_then_a_changed_password_signs_in_then_uninstall_leaves_nothing(
    sandbox_tenant: SandboxTenantHandle, samba_dc_fresh: SambaDC, dc_sshd: SshServer, tmp_path: Path
) -> None:
    dc = samba_dc_fresh
    paths, _ = configure_agent(
        sandbox_tenant,
        tmp_path / "agent",
        ldap=dc.ldap_settings(bind_identity=dc.service_bind),
        sync=ad_sync_settings(),
        bind_password=dc.service_password,
    )
    Agent(tmp_path / "agent", paths, sandbox_tenant).sync_yes()
    token = sandbox_tenant.device_tokens(sandbox_tenant.admin.email, sandbox_tenant.admin.password)["access_token"]
    (tmp_path / "receiver").mkdir(mode=0o700)
    end = AgentEnd(
        PasswordSyncIdentity.create(), tmp_path / "receiver", paths.state_db, f"{sandbox_tenant.url}/scim/v2", token
    )
    end.start()
    layout = _layout(dc, tmp_path)
    steps: list[Step] = []
    try:
        # The admin compares the fingerprint the agent shows with the DC's own (ssh-keygen -lf …).
        shown = asyncio.run(host_key(dc.ip))
        assert fingerprint(shown) == fingerprint(dc_sshd.host_key)

        async def install():  # type: ignore[no-untyped-def]
            async with SambaDcInstaller(_login(dc_sshd, host_key=shown), layout, steps.append) as installer:
                return await installer.install(
                    end.identity, dc_name=dc.host, agent_host="127.0.0.1", agent_port=end.port, restart_samba=True
                )

        result = asyncio.run(install())
        assert [p.name for p in result.prerequisites if not p.ok] == []
        # No systemd on this DC: Samba must be restarted by its admin for the new smb.conf option.
        assert result.state is DcAgentState.RESTART_NEEDED and result.restart_needed
        assert steps == [Step.CONNECT, Step.CHECK, Step.GPG_KEY, Step.SMB_CONF, Step.COPY, Step.SERVICE]
        assert "password hash gpg key ids = " in dc.conf.read_text()
        installed = Path(layout.install_dir)
        assert {"ca.pem", "dcagent.json", "dcagent.key", "dcagent.pem", "dcagent.py"} <= {
            p.name for p in installed.iterdir()
        }
        assert all(p.stat().st_mode & 0o077 == 0 for p in installed.iterdir())
        assert installed.stat().st_mode & 0o077 == 0

        dc.stop_process()
        dc.env = dict(os.environ, GNUPGHOME=layout.gnupg_home)
        dc.start()
        assert wait_until(lambda: end.receiver is not None and any(s.connected for s in end.receiver.statuses()), 30), (
            installed / "dcagent.log"
        ).read_text()[-3000:]
        set_password(dc, "alice.adams", "Installed-Over-Ssh-1!")
        assert wait_until(lambda: _signs_in(sandbox_tenant, "alice.adams", "Installed-Over-Ssh-1!"), 30), (
            installed / "dcagent.log"
        ).read_text()[-3000:]

        async def uninstall():  # type: ignore[no-untyped-def]
            async with SambaDcInstaller(_login(dc_sshd, host_key=shown), layout) as installer:
                return await installer.uninstall(restart_samba=False)

        pid = int((installed / "dcagent.pid").read_text())
        removed = asyncio.run(uninstall())
        assert removed.state is DcAgentState.UNINSTALLED
        assert not installed.exists()
        assert "password hash gpg key ids" not in dc.conf.read_text()
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    finally:
        end.close()


def test_a_host_key_the_admin_did_not_confirm_gets_no_login(
    samba_dc_fresh: SambaDC, dc_sshd: SshServer, tmp_path: Path
) -> None:
    # Any other key will do: the client's own public key is not the DC's host key.
    wrong = " ".join((tmp_path / "sshd" / "client_key.pub").read_text().split()[:2])

    async def connect() -> None:
        async with SambaDcInstaller(_login(dc_sshd, host_key=wrong), _layout(samba_dc_fresh, tmp_path)):
            pass

    with pytest.raises(InstallError) as caught:
        asyncio.run(connect())
    assert caught.value.code == "ssh_host_key_mismatch"
    assert "Accepted" not in (tmp_path / "sshd" / "sshd.log").read_text()


def test_a_refused_login_and_an_unreachable_dc_are_clear_errors(
    samba_dc_fresh: SambaDC, dc_sshd: SshServer, tmp_path: Path
) -> None:
    import asyncssh

    stranger = asyncssh.generate_private_key("ssh-ed25519").export_private_key().decode()

    async def connect(login: SshLogin) -> None:
        async with SambaDcInstaller(login, _layout(samba_dc_fresh, tmp_path)):
            pass

    with pytest.raises(InstallError) as refused:
        asyncio.run(connect(_login(dc_sshd, private_key=SecretStr(stranger))))
    assert refused.value.code == "ssh_login_refused"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    with pytest.raises(InstallError) as unreachable:
        asyncio.run(connect(_login(dc_sshd, host="127.0.0.1", port=closed_port)))
    assert unreachable.value.code == "ssh_unreachable"


def test_without_capture_support_nothing_is_installed(
    samba_dc_fresh: SambaDC, dc_sshd: SshServer, tmp_path: Path
) -> None:
    # A Python without Samba's bindings and gpg stands for a DC whose Samba cannot hand over passwords.
    layout = _layout(samba_dc_fresh, tmp_path, python=str(Path(os.sys.executable)))
    conf_before = samba_dc_fresh.conf.read_text()

    async def install():  # type: ignore[no-untyped-def]
        async with SambaDcInstaller(_login(dc_sshd), layout) as installer:
            checks = await installer.check()
            try:
                await installer.install(
                    PasswordSyncIdentity.create(),
                    dc_name=samba_dc_fresh.host,
                    agent_host="127.0.0.1",
                    agent_port=1,
                    restart_samba=False,
                )
            except InstallError as exc:
                return checks, exc.code
            return checks, None

    checks, code = asyncio.run(install())
    assert {c.name: c.ok for c in checks} == {"root": True, "samba": True, "samba_python": False, "smb_conf": True}
    assert code == "no_capture_support"
    assert not Path(layout.install_dir).exists()
    assert samba_dc_fresh.conf.read_text() == conf_before
