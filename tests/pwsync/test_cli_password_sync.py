"""``identity-connect-agent password-sync`` as an admin runs it against the Samba DC (an sshd on the DC's loopback
address) with an agent set up at the sandbox tenant: the DC list from the directory, the prerequisites with a ✗
and its fix for a non-admin install account and for a DC that does not answer (nothing installed then), the
host key that must be confirmed first, then install → restart needed, the status, and uninstall → uninstalled.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import ConfigStore
from app.paths import AgentPaths
from app.pwsync.installer import fingerprint
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


@pytest.fixture
def agent_paths(sandbox_tenant: SandboxTenantHandle, samba_dc_fresh: SambaDC, tmp_path: Path) -> AgentPaths:
    dc = samba_dc_fresh
    paths, _ = configure_agent(
        sandbox_tenant,
        tmp_path / "agent",
        ldap=dc.ldap_settings(bind_identity=dc.service_bind),
        bind_password=dc.service_password,
    )
    return paths


def cli(paths: AgentPaths, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--config-dir", str(paths.config_dir), "password-sync", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=180,
    )


def dc_options(dc: SambaDC, server: SshServer, tmp_path: Path) -> list[str]:
    key = tmp_path / "root_key"
    key.write_text(server.client_key)
    key.chmod(0o600)
    return [
        "--ssh-host",
        server.ip,
        "--ssh-user",
        "root",
        "--ssh-key",
        str(key),
        "--samba-conf",
        str(dc.conf),
        "--gnupg-home",
        str(dc.dir / "gnupg"),
        "--install-dir",
        str(install_dir(tmp_path)),
        "--service-manager",
        "process",  # the test DC runs without systemd
    ]


DC_NAME = f"dc1.{data.DOMAIN}"


def install_dir(tmp_path: Path) -> Path:
    return tmp_path / "on-the-dc" / "identity-connect-dcagent"


def test_prerequisites_show_each_failure_with_its_fix_and_nothing_is_installed(
    agent_paths: AgentPaths, samba_dc_fresh: SambaDC, dc_sshd: SshServer, tmp_path: Path
) -> None:
    dc = samba_dc_fresh
    listed = cli(agent_paths, "dcs", "--json")
    assert listed.returncode == 0, listed.stderr
    # The copy of the seeded DC answers on its own address; the directory still names it as provisioned.
    assert [d["host"] for d in json.loads(listed.stdout)["domain_controllers"]] == [DC_NAME]

    options = dc_options(dc, dc_sshd, tmp_path)
    shown = fingerprint(dc_sshd.host_key)
    # A DC account that is no Domain Admin: ✗ with its fix; everything else about the DC is fine.
    checked = cli(agent_paths, "check", DC_NAME, *options, "--accept-host-key", shown, "--install-account", "bob.brown")
    assert checked.returncode == 6, checked.stdout + checked.stderr
    assert "✗ Install account is a Domain Admin" in checked.stdout
    assert "add this one to Domain Admins" in checked.stdout
    assert "✓ DC answers on SSH" in checked.stdout
    assert "✓ DC belongs to this domain" in checked.stdout
    assert "✓ DC can capture password changes" in checked.stdout

    as_json = cli(agent_paths, "check", DC_NAME, *options, "--accept-host-key", shown, "--install-account",
                  f"Administrator@{data.DOMAIN}", "--json")  # fmt: skip
    assert as_json.returncode == 0, as_json.stdout + as_json.stderr
    report = json.loads(as_json.stdout)
    assert report["ok"] is True and report["host_key_fingerprint"] == shown
    assert [(r["name"], r["ok"]) for r in report["rows"]] == [
        ("domain_admin", True),
        ("reachable", True),
        ("joined", True),
        ("capture", True),
    ]

    # A DC whose management channel does not answer, and a name that is no DC of this domain.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    unreachable = cli(agent_paths, "check", "dc9.elsewhere.test", "--ssh-host", "127.0.0.1", "--ssh-port",
                      str(closed), "--json")  # fmt: skip
    assert unreachable.returncode == 6
    rows = {r["name"]: r for r in json.loads(unreachable.stdout)["rows"]}
    assert (rows["reachable"]["ok"], rows["reachable"]["code"]) == (False, "dc_unreachable")
    assert "no firewall blocks the port" in rows["reachable"]["message"]
    assert (rows["joined"]["ok"], rows["joined"]["code"]) == (False, "dc_not_in_domain")
    assert rows["capture"]["ok"] is None

    # Install: first the host key must be confirmed; then the non-admin account stops it before anything.
    conf_before = dc.conf.read_text()
    unconfirmed = cli(agent_paths, "install", DC_NAME, *options)
    assert unconfirmed.returncode == 7
    assert f"--accept-host-key {shown}" in unconfirmed.stderr
    refused = cli(agent_paths, "install", DC_NAME, *options, "--accept-host-key", shown,
                  "--install-account", "bob.brown")  # fmt: skip
    assert refused.returncode == 6, refused.stdout + refused.stderr
    assert "✗ Install account is a Domain Admin" in refused.stdout
    assert "nothing was installed" in refused.stderr
    assert not install_dir(tmp_path).exists()
    assert dc.conf.read_text() == conf_before
    assert ConfigStore(agent_paths.config_file).load().password_sync.domain_controllers == []


def test_enable_install_status_uninstall(
    agent_paths: AgentPaths, samba_dc_fresh: SambaDC, dc_sshd: SshServer, tmp_path: Path
) -> None:
    dc = samba_dc_fresh
    enabled = cli(agent_paths, "enable", "--dc", DC_NAME)
    assert enabled.returncode == 0, enabled.stderr
    settings = ConfigStore(agent_paths.config_file).load().password_sync
    assert settings.enabled and [d.host for d in settings.domain_controllers] == [DC_NAME]

    options = dc_options(dc, dc_sshd, tmp_path)
    shown = fingerprint(dc_sshd.host_key)
    installed = cli(agent_paths, "install", DC_NAME, *options, "--accept-host-key", shown,
                    "--install-account", f"Administrator@{data.DOMAIN}")  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert "install initiated" in installed.stderr and "copy" in installed.stderr
    assert "Restart Samba on the DC" in installed.stdout
    assert (install_dir(tmp_path) / "dcagent.py").exists()
    assert "password hash gpg key ids" in dc.conf.read_text()
    # The login was used and not kept: neither the key nor its file name is in the configuration.
    config_text = agent_paths.config_file.read_text()
    assert dc_sshd.client_key.splitlines()[1] not in config_text and "root_key" not in config_text
    [row] = ConfigStore(agent_paths.config_file).load().password_sync.domain_controllers
    assert row.state.value == "restart_needed" and row.changed_at is not None

    status = cli(agent_paths, "status", "--json")
    assert status.returncode == 0
    shown_status = json.loads(status.stdout)
    assert shown_status["enabled"] is True
    assert [(r["dc"], r["state"], r["connected"]) for r in shown_status["domain_controllers"]] == [
        (DC_NAME, "restart_needed", False)
    ]
    text = cli(agent_paths, "status").stdout
    assert f"{DC_NAME}: restart needed" in text

    pid = int((install_dir(tmp_path) / "dcagent.pid").read_text())
    removed = cli(agent_paths, "uninstall", DC_NAME, *options, "--accept-host-key", shown)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not install_dir(tmp_path).exists()
    assert "password hash gpg key ids" not in dc.conf.read_text()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    [row] = ConfigStore(agent_paths.config_file).load().password_sync.domain_controllers
    assert row.state.value == "uninstalled"

    disabled = cli(agent_paths, "disable")
    assert disabled.returncode == 0
    assert ConfigStore(agent_paths.config_file).load().password_sync.enabled is False
