"""Changing a configured agent's settings after setup, for the settings window (and anything else Qt-free).

The settings window edits a running agent: it reads the current configuration and the stored bind password,
and writes back new directory connection settings (with, optionally, a new bind password) or new sync
settings. Writes are all-or-nothing from the agent's point of view: the new password goes to the keyring
first and the configuration file is replaced atomically afterwards; if the file cannot be written, the old
password is put back. The running service picks the change up when told to reload.

Only this module (through :mod:`app.secrets`) touches the keyring on the settings window's behalf; the UI
layer imports no keyring code.
"""

from __future__ import annotations

from app.cloud.tenant import discover_tenant
from app.config import AgentConfig, ConfigStore
from app.errors import IdentityConnectError
from app.ldap.settings import LdapSettings
from app.paths import AgentPaths
from app.secrets import SecretName, SecretStore
from app.sync.settings import SyncSettings


def load_config(paths: AgentPaths) -> AgentConfig:
    """The agent's current configuration (raises :class:`app.errors.ConfigError` when missing or invalid)."""
    return ConfigStore(paths.config_file).load()


def load_bind_password(paths: AgentPaths) -> str | None:
    """The stored LDAP bind password, or None when there is none (raises SecretStoreError without a keyring)."""
    return SecretStore(paths.profile).get(SecretName.LDAP_BIND_PASSWORD)


def save_ldap_settings(paths: AgentPaths, ldap: LdapSettings, password: str | None = None) -> AgentConfig:
    """Store new directory connection settings; ``password`` (when given) replaces the stored bind password.

    Returns the configuration as written. The caller then asks the running service to reload.
    """
    store = ConfigStore(paths.config_file)
    config = store.load()
    updated = config.model_copy(update={"ldap": ldap})
    # Validate the whole document before anything is written.
    updated = AgentConfig.model_validate(updated.model_dump())
    secrets = SecretStore(paths.profile)
    previous: str | None = None
    if password is not None:
        previous = secrets.get(SecretName.LDAP_BIND_PASSWORD)
        secrets.set(SecretName.LDAP_BIND_PASSWORD, password)
    try:
        store.save(updated)
    except BaseException:
        if password is not None:
            if previous is None:
                secrets.delete(SecretName.LDAP_BIND_PASSWORD)
            else:
                secrets.set(SecretName.LDAP_BIND_PASSWORD, previous)
        raise
    return updated


async def tenant_sends_notifications(config: AgentConfig) -> bool | None:
    """Whether the tenant honours the ``Identity-Connect-Provisioning`` header (password notifications and
    welcome mails), as its discovery document says; None when the tenant cannot be asked right now."""
    from app.service.wiring import http_settings  # the one place that turns tenant settings into HTTP settings

    try:
        info = await discover_tenant(config.tenant.tenant_url, http=http_settings(config))
    except IdentityConnectError:
        return None
    return info.provisioning_header


def save_sync_settings(paths: AgentPaths, sync: SyncSettings) -> AgentConfig:
    """Store new sync settings (scope, mapping, criteria, rules, schedule); returns the configuration written."""
    store = ConfigStore(paths.config_file)
    config = store.load()
    updated = AgentConfig.model_validate(config.model_copy(update={"sync": sync}).model_dump())
    store.save(updated)
    return updated
