"""The agent configuration: one versioned JSON document, written atomically with mode 0600.

Reading it never fails with anything but :class:`~app.errors.ConfigError` naming the file and line
(:mod:`app.jsonfile`), and a folder that others may write is refused (:mod:`app.private_files`).

No secret is ever part of it: the bind password and refresh token live in the keyring (:mod:`app.secrets`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from app.errors import ConfigError
from app.jsonfile import invalid, line_of, load_json
from app.ldap.settings import LdapSettings
from app.private_files import check_private_dir, write_private_atomic
from app.pwsync.settings import PasswordSyncSettings
from app.sync.settings import SyncSettings


class TenantSettings(BaseModel):
    """Where the cloud tenant is and who owns this agent there (from discovery and sign-in)."""

    model_config = ConfigDict(extra="forbid")

    tenant_url: str
    issuer: str
    client_id: str
    scim_base_url: str
    agent_api_url: str | None = None
    scopes: list[str] = Field(default_factory=list)
    agent_id: str | None = None
    owner_email: str | None = None
    owner_name: str | None = None
    verify_tls: bool = True
    ca_file: Path | None = None
    # The admin's explicit choice to allow plain http to a tenant that is not on loopback and verify_tls=false;
    # the cloud clients refuse both without it, and status shows it as a warning.
    insecure: bool = False

    @model_validator(mode="after")
    def _tls_off_needs_insecure(self) -> TenantSettings:
        if not self.verify_tls and not self.insecure:
            raise ValueError("verify_tls=false needs insecure=true")
        return self


class AgentConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    device_name: str
    tenant: TenantSettings
    ldap: LdapSettings
    sync: SyncSettings = Field(default_factory=SyncSettings)
    password_sync: PasswordSyncSettings = Field(default_factory=PasswordSyncSettings)


class ConfigStore:
    """Reads and writes ``config.json``. A write is all-or-nothing: temp file in the same folder + replace."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.is_file()

    def load(self) -> AgentConfig:
        """The configuration, or one :class:`ConfigError`: ``config_missing``, ``config_folder_unsafe`` (a
        folder others may write), ``config_unreadable``, ``config_malformed`` (bytes, JSON, nesting, numbers)
        or ``config_invalid`` (a value of the wrong type or range); ``details``: ``path`` and ``line``."""
        check_private_dir(self.path.parent)
        try:
            data, text = load_json(self.path, code="config_malformed", nofollow=False)
        except FileNotFoundError:
            raise ConfigError(str(self.path), code="config_missing", path=str(self.path)) from None
        except ConfigError as exc:
            if exc.details.get("reason") == "unreadable":
                raise ConfigError(str(exc), code="config_unreadable", path=str(self.path), line=None) from exc
            raise
        if not isinstance(data, dict):
            raise invalid("config_invalid", self.path, text, ())
        try:
            return AgentConfig.model_validate(data)
        except ValidationError as exc:
            errors = exc.errors()
            fields = [".".join(str(p) for p in err["loc"]) for err in errors]
            location = errors[0]["loc"] if errors else ()
            raise ConfigError(
                str(exc),
                code="config_invalid",
                path=str(self.path),
                line=line_of(text, location) if errors else None,
                fields=fields,
            ) from exc

    def save(self, config: AgentConfig) -> None:
        write_private_atomic(self.path, (config.model_dump_json(indent=2) + "\n").encode("utf-8"))

    def delete(self) -> None:
        self.path.unlink(missing_ok=True)
