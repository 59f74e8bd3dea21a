"""app.settings_update: storing new directory settings and password as one change, and new sync settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import AgentConfig, ConfigStore, TenantSettings
from app.errors import ConfigError
from app.ldap.settings import LdapSettings
from app.paths import AgentPaths
from app.secrets import SecretName, SecretStore
from app.settings_update import load_bind_password, save_ldap_settings, save_sync_settings
from app.sync.settings import StatusSync, SyncSettings


@pytest.fixture
def paths(tmp_path: Path) -> Iterator[AgentPaths]:
    paths = AgentPaths.resolve(tmp_path / "agent")
    paths.ensure()
    config = AgentConfig(
        device_name="DC-AGENT",
        tenant=TenantSettings(
            tenant_url="https://t", issuer="https://t", client_id="c", scim_base_url="https://t/scim"
        ),
        ldap=LdapSettings(domain="zylker.test", domain_controllers=["dc1.zylker.test"], bind_identity="a@zylker.test"),
    )
    ConfigStore(paths.config_file).save(config)
    SecretStore(paths.profile).set(SecretName.LDAP_BIND_PASSWORD, "old-password")
    yield paths
    SecretStore(paths.profile).delete_all()


def new_ldap() -> LdapSettings:
    return LdapSettings(domain="zylker.test", domain_controllers=["dc2.zylker.test"], bind_identity="svc@zylker.test")


def test_new_settings_and_password_are_stored(paths: AgentPaths) -> None:
    written = save_ldap_settings(paths, new_ldap(), "new-password")
    assert ConfigStore(paths.config_file).load() == written
    assert written.ldap.domain_controllers == ["dc2.zylker.test"] and written.device_name == "DC-AGENT"
    assert load_bind_password(paths) == "new-password"
    assert "new-password" not in paths.config_file.read_text()


def test_without_a_password_the_stored_one_stays(paths: AgentPaths) -> None:
    save_ldap_settings(paths, new_ldap())
    assert load_bind_password(paths) == "old-password"


def test_a_failed_write_puts_the_old_password_back(paths: AgentPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: ConfigStore, config: AgentConfig) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ConfigStore, "save", refuse)
    with pytest.raises(OSError):
        save_ldap_settings(paths, new_ldap(), "new-password")
    assert load_bind_password(paths) == "old-password"
    assert ConfigStore(paths.config_file).load().ldap.domain_controllers == ["dc1.zylker.test"]


def test_sync_settings_are_validated_and_stored(paths: AgentPaths) -> None:
    sync = SyncSettings(status_sync=StatusSync.DO_NOTHING, leave_scope="do_nothing")
    assert save_sync_settings(paths, sync).sync.status_sync is StatusSync.DO_NOTHING
    assert ConfigStore(paths.config_file).load().sync.status_sync is StatusSync.DO_NOTHING


def test_missing_configuration_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        save_sync_settings(AgentPaths.resolve(tmp_path / "none"), SyncSettings())
