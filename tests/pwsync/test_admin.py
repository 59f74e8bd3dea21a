"""The admin's password-sync settings in config.json: on/off, the chosen DCs and each DC's state, validated and
written atomically; a DC with an agent on it stays listed until it is uninstalled; the status rows merge the
configured states with what the running agent reports."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import pytest

from app.config import AgentConfig, ConfigStore, TenantSettings
from app.errors import ConfigError
from app.paths import AgentPaths
from app.pwsync import admin
from app.pwsync.settings import DcAgentState
from app.service.events import AgentState, AgentStatus
from app.service.statusfile import write_status
from tests.service.agent_setup import offline_ldap_settings


@pytest.fixture
def paths(tmp_path: Path) -> AgentPaths:
    paths = AgentPaths.resolve(tmp_path / "agent")
    paths.ensure()
    tenant = TenantSettings(tenant_url="https://t.example", issuer="https://t.example", client_id="c",
                            scim_base_url="https://t.example/scim/v2")  # fmt: skip
    ConfigStore(paths.config_file).save(AgentConfig(device_name="D", tenant=tenant, ldap=offline_ldap_settings()))
    return paths


def saved(paths: AgentPaths) -> AgentConfig:
    return ConfigStore(paths.config_file).load()


def test_enable_and_choose_dcs_are_written_privately(paths: AgentPaths) -> None:
    admin.set_enabled(paths, True)
    admin.choose_dcs(paths, ["DC1.zylker.test", "dc2.zylker.test", "dc1.zylker.test", " "])
    settings = saved(paths).password_sync
    assert settings.enabled
    assert [(d.host, d.state) for d in settings.domain_controllers] == [
        ("dc1.zylker.test", DcAgentState.NOT_INSTALLED),
        ("dc2.zylker.test", DcAgentState.NOT_INSTALLED),
    ]
    assert stat.S_IMODE(paths.config_file.stat().st_mode) == 0o600
    admin.set_enabled(paths, False)
    assert not saved(paths).password_sync.enabled


def test_a_dc_with_an_agent_stays_listed_until_it_is_uninstalled(paths: AgentPaths) -> None:
    admin.choose_dcs(paths, ["dc1.zylker.test", "dc2.zylker.test"])
    admin.set_dc_state(paths, "dc1.zylker.test", DcAgentState.INSTALL_INITIATED)
    admin.set_dc_state(paths, "dc1.zylker.test", DcAgentState.RESTART_NEEDED)
    admin.choose_dcs(paths, [])
    [kept] = saved(paths).password_sync.domain_controllers
    assert (kept.host, kept.state) == ("dc1.zylker.test", DcAgentState.RESTART_NEEDED)
    assert kept.changed_at is not None
    admin.set_dc_state(paths, "dc1.zylker.test", DcAgentState.UNINSTALLED)
    admin.choose_dcs(paths, [])
    assert saved(paths).password_sync.domain_controllers == []


def test_a_failed_install_keeps_its_cause(paths: AgentPaths) -> None:
    admin.set_dc_state(paths, "dc3.zylker.test", DcAgentState.INSTALL_FAILED, "ssh_login_refused")
    [row] = saved(paths).password_sync.domain_controllers
    assert (row.state, row.detail) == (DcAgentState.INSTALL_FAILED, "ssh_login_refused")


def test_an_invalid_value_is_refused_and_the_file_is_unchanged(paths: AgentPaths) -> None:
    before = paths.config_file.read_bytes()
    with pytest.raises(ConfigError) as caught:
        admin.choose_dcs(paths, ["x" * 300])
    assert caught.value.code == "config_invalid"
    assert caught.value.details["fields"] == ["password_sync.domain_controllers.0.host"]
    assert paths.config_file.read_bytes() == before


def test_status_rows_merge_install_states_with_the_running_agents_report(paths: AgentPaths) -> None:
    admin.choose_dcs(paths, ["dc1.zylker.test", "dc2.zylker.test"])
    admin.set_dc_state(paths, "dc1.zylker.test", DcAgentState.INSTALLED)
    assert [(r["dc"], r["state"], r["connected"]) for r in admin.status_rows(paths)] == [
        ("dc1.zylker.test", "installed", False),
        ("dc2.zylker.test", "not_installed", False),
    ]
    delivered = time.time()
    live = {"dc": "dc1.zylker.test", "state": "installed", "installed": True, "connected": True,
            "version": "1.0", "last_delivered_at": delivered, "queue": 0}  # fmt: skip
    write_status(paths.state_dir, AgentStatus(state=AgentState.IDLE, password_sync_agents=[live]))
    first = admin.status_rows(paths)[0]
    assert (first["connected"], first["version"], first["last_delivered_at"], first["queue"]) == (
        True,
        "1.0",
        delivered,
        0,
    )


def test_the_agent_address_defaults_to_this_computers_name(paths: AgentPaths) -> None:
    import socket

    settings = saved(paths).password_sync
    assert admin.agent_address(settings) == (socket.getfqdn(), 48443)
    named = settings.model_copy(update={"agent_names": ["ic.zylker.test"], "port": 50000})
    assert admin.agent_address(named) == ("ic.zylker.test", 50000)
