"""End-to-end helpers: an agent configured by the real setup steps against the sandbox tenant and a real
directory (Samba AD DC or slapd), driven through the ``identity-connect-agent`` command in subprocesses,
with outcomes checked in the tenant's SCIM service as an admin would see them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.config import AgentConfig, ConfigStore
from app.paths import AgentPaths
from app.sync.settings import ObjectType, SyncScope, SyncSettings
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import configure_agent

AGENT = Path(sys.executable).with_name("identity-connect-agent")

# The scope the AD tests select: Sales, Engineering (with Berlin inside it).
AD_OUS = [data.ad_ou_dn(data.SALES), data.ad_ou_dn(data.ENG)]


def in_scope_users(ous: tuple[tuple[str, ...], ...] = (data.SALES, data.ENG)) -> list[data.SeedUser]:
    return [u for ou in ous for u in data.users_in(ou)]


class Background(subprocess.Popen[bytes]):
    """A command of the agent running in the background, its output going to two files in ``folder``: a pipe
    nobody reads until the end stops the process once it holds 64 KiB (a service's log of a long test).
    :meth:`communicate` waits for the end, as Popen's does, and returns what it wrote."""

    def __init__(self, cmd: list[str], folder: Path) -> None:
        handle, out = tempfile.mkstemp(prefix="stdout-", suffix=".txt", dir=folder)
        os.close(handle)
        handle, err = tempfile.mkstemp(prefix="stderr-", suffix=".txt", dir=folder)
        os.close(handle)
        self.out_path, self.err_path = Path(out), Path(err)
        # The child keeps its own copies of the descriptors; ours close as soon as it has started.
        with self.out_path.open("wb") as stdout, self.err_path.open("wb") as stderr:
            super().__init__(cmd, stdout=stdout, stderr=stderr, env=dict(os.environ))

    def communicate(self, input: bytes | None = None, timeout: float | None = None) -> tuple[str, str]:  # type: ignore[override]  # noqa: A002
        self.wait(timeout)
        return self.out_path.read_text(errors="replace"), self.err_path.read_text(errors="replace")


@dataclass
class Agent:
    """A configured agent folder and the commands a person would type."""

    config_dir: Path
    paths: AgentPaths
    tenant: SandboxTenantHandle

    @property
    def config(self) -> AgentConfig:
        return ConfigStore(self.paths.config_file).load()

    def cmd(self, *args: str) -> list[str]:
        return [str(AGENT), "--config-dir", str(self.config_dir), *args]

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.cmd(*args), capture_output=True, text=True, timeout=timeout, env=dict(os.environ))

    def popen(self, *args: str) -> Background:
        return Background(self.cmd(*args), self.config_dir.parent)

    def sync_yes(self, *extra: str) -> subprocess.CompletedProcess[str]:
        done = self.run("sync", "--yes", *extra)
        assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
        return done

    def status(self) -> dict[str, Any]:
        done = self.run("status", "--json", timeout=30)
        assert done.returncode == 0, done.stderr
        return dict(json.loads(done.stdout))

    def edit_config(self, change: Callable[[dict[str, Any]], None]) -> None:
        """Edit config.json as an admin (or the settings window) would: read, change, write back."""
        document = json.loads(self.paths.config_file.read_text())
        change(document)
        # Atomically, as the settings window saves it: a running agent must never read half a file.
        tmp = self.paths.config_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(document, indent=2))
        os.replace(tmp, self.paths.config_file)

    # -- the tenant as an admin sees it -----------------------------------------------------------------

    def synced_users(self) -> list[dict[str, Any]]:
        """SCIM users that came from the directory (the tenant's own admin accounts have no externalId)."""
        return [u for u in self.tenant.scim_users() if u.get("externalId")]

    def users_by_name(self) -> dict[str, dict[str, Any]]:
        return {str(u["userName"]).lower(): u for u in self.synced_users()}

    def groups_by_name(self) -> dict[str, dict[str, Any]]:
        return {str(g["displayName"]): g for g in self.tenant.scim_groups()}


def assert_no_duplicates(agent: Agent) -> None:
    users = agent.tenant.scim_users()
    by_external = Counter(u.get("externalId") for u in users if u.get("externalId"))
    by_name = Counter(str(u.get("userName")).lower() for u in users)
    assert [k for k, n in by_external.items() if n > 1] == []
    assert [k for k, n in by_name.items() if n > 1] == []
    groups = agent.tenant.scim_groups()
    assert [k for k, n in Counter(g.get("displayName") for g in groups).items() if n > 1] == []


def ad_sync_settings(**overrides: Any) -> SyncSettings:
    values: dict[str, Any] = {
        "scope": SyncScope(ous=list(AD_OUS), object_types=[ObjectType.USERS, ObjectType.SECURITY_GROUPS])
    }
    values.update(overrides)
    return SyncSettings(**values)


@pytest.fixture
def ad_agent(sandbox_tenant: SandboxTenantHandle, samba_dc_fresh: SambaDC, tmp_path: Path) -> Agent:
    """An agent set up against a private Samba DC copy (bind as the low-rights service account)."""
    config_dir = tmp_path / "agent"
    ldap = samba_dc_fresh.ldap_settings(bind_identity=samba_dc_fresh.service_bind)
    paths, _ = configure_agent(
        sandbox_tenant,
        config_dir,
        ldap=ldap,
        sync=ad_sync_settings(),
        bind_password=samba_dc_fresh.service_password,
    )
    return Agent(config_dir, paths, sandbox_tenant)


def wait_until(predicate: Callable[[], bool], timeout: float, step: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


# -- the directory as its admin changes it ----------------------------------------------------------------


class AdAdmin:
    """Changes to the Samba directory as an AD admin would make them (ldap3 as Administrator over LDAPS)."""

    def __init__(self, dc: SambaDC) -> None:
        import ssl

        import ldap3

        # The test admin only needs an encrypted channel; the agent under test verifies certificates itself.
        tls = ldap3.Tls(validate=ssl.CERT_NONE)
        server = ldap3.Server(dc.ip, port=636, use_ssl=True, tls=tls, get_info=ldap3.NONE)
        self.conn = ldap3.Connection(server, dc.admin_bind, dc.admin_password, auto_bind=True, raise_exceptions=True)
        self.base = dc.base_dn

    def guid(self, dn: str) -> str:
        import uuid

        import ldap3

        self.conn.search(dn, "(objectClass=*)", ldap3.BASE, attributes=["objectGUID"])
        raw = self.conn.response[0]["raw_attributes"]["objectGUID"][0]
        return str(uuid.UUID(bytes_le=bytes(raw)))

    def modify(self, dn: str, **values: str) -> None:
        import ldap3

        self.conn.modify(dn, {k: [(ldap3.MODIFY_REPLACE, [v])] for k, v in values.items()})

    def move(self, dn: str, new_parent: str) -> str:
        rdn = dn.split(",", 1)[0]
        self.conn.modify_dn(dn, rdn, new_superior=new_parent)
        return f"{rdn},{new_parent}"

    def delete(self, dn: str) -> None:
        self.conn.delete(dn)

    def add_group(self, dn: str, members: list[str]) -> None:
        self.conn.add(dn, "group", {"sAMAccountName": dn.split(",")[0][3:], "member": members})

    def close(self) -> None:
        self.conn.unbind()


def add_bulk_users(admin: AdAdmin, count: int, ou: tuple[str, ...] = data.SALES, prefix: str = "bulk") -> list[str]:
    """``count`` extra enabled users (no password: PASSWD_NOTREQD) in ``ou``; returns their UPNs."""
    parent = data.ad_ou_dn(ou)
    upns = []
    for i in range(count):
        name = f"{prefix}{i:04d}"
        upn = f"{name}@{data.DOMAIN}"
        admin.conn.add(
            f"CN={name},{parent}",
            "user",
            {
                "sAMAccountName": name,
                "userPrincipalName": upn,
                "givenName": f"Given{i}",
                "sn": f"Sur{i}",
                "mail": upn,
                "userAccountControl": "544",
            },
        )
        upns.append(upn)
    return upns
