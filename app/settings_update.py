"""Changing a configured agent's settings after setup, for the command line and the settings window.

The settings window reaches these through its door, :mod:`app.admin` (which runs them off the GUI thread);
``identity-connect-agent settings`` calls them directly. They read the current configuration and the stored
bind password, and write back new directory connection settings (with, optionally, a new bind password) or
new sync settings. Writes are all-or-nothing from the agent's point of view: the new password goes to the
keyring first and the configuration file is replaced atomically afterwards; if the file cannot be written,
the old password is put back. The running service picks the change up when told to reload.

Only this module (through :mod:`app.secrets`) touches the keyring on the settings window's behalf; the UI
layer imports no keyring code.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from app.cloud.tenant import discover_tenant
from app.config import AgentConfig, ConfigStore
from app.errors import ConfigError, IdentityConnectError
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


# --- sync settings by name, for the command line (``identity-connect-agent settings``) -------------------------

SYNC_PREFIX = "sync."


def config_schema() -> dict[str, Any]:
    """The JSON Schema of config.json, from the models that load it (docs/config.schema.json is this)."""
    schema = AgentConfig.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Identity Connect agent configuration (config.json)"
    return schema


def setting_items(value: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """A document flattened to ``("sync.safety.max_count", 500)`` pairs (lists stay whole values)."""
    if isinstance(value, dict) and value:
        items: list[tuple[str, Any]] = []
        for key, inner in value.items():
            items += setting_items(inner, f"{prefix}.{key}" if prefix else str(key))
        return items
    return [(prefix, value)]


def parse_value(text: str) -> Any:
    """A value as typed on the command line: JSON when it reads as JSON (500, true, ["a"]), else the text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def propose_setting(config: AgentConfig, key: str, value: Any) -> SyncSettings:
    """The sync settings with ``key`` (``sync.…``, as ``settings show`` lists them) set to ``value``, validated
    by the same model the settings pages fill in. Raises :class:`ConfigError` ``setting_unknown`` /
    ``setting_not_changeable`` (details: key), or ``setting_invalid`` (details: problems)."""
    if not key.startswith(SYNC_PREFIX):
        raise ConfigError(f"{key} cannot be changed here", code="setting_not_changeable", key=key)
    document: Any = config.sync.model_dump(mode="json")
    parts = key[len(SYNC_PREFIX) :].split(".")
    node = document
    for part in parts[:-1]:
        if not isinstance(node, dict) or part not in node:
            raise ConfigError(f"no setting {key}", code="setting_unknown", key=key)
        node = node[part]
    if not isinstance(node, dict) or parts[-1] not in node or (isinstance(node[parts[-1]], dict) and node[parts[-1]]):
        raise ConfigError(f"no setting {key}", code="setting_unknown", key=key)
    node[parts[-1]] = value
    return propose_sync(document)


def propose_sync(document: Any) -> SyncSettings:
    """Whole sync settings from a JSON document (``settings edit``), validated like the pages' input."""
    try:
        return SyncSettings.model_validate(document)
    except ValidationError as exc:
        raise ConfigError("invalid sync settings", code="setting_invalid", problems=validation_problems(exc)) from exc


def validation_problems(exc: ValidationError) -> list[tuple[str, str]]:
    """``(where, code or message)`` per problem: our validators' codes (the pages' words are keyed by them),
    pydantic's own sentence for a wrong type or range."""
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in ("sync", *err.get("loc", ())))
        message = str(err.get("msg", "")).removeprefix("Value error, ")
        problems.append((where, message))
    return problems


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
