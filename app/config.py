"""The agent configuration: one versioned JSON document, written atomically with mode 0600.

No secret is ever part of it: the bind password, refresh token and registration secret live in the
keyring (:mod:`app.secrets`).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from app.errors import ConfigError
from app.ldap.settings import LdapSettings
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


class ConfigStore:
    """Reads and writes ``config.json``. A write is all-or-nothing: temp file in the same folder + replace."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.is_file()

    def load(self) -> AgentConfig:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(str(self.path), code="config_missing", path=str(self.path)) from None
        except OSError as exc:
            raise ConfigError(str(exc), code="config_unreadable", path=str(self.path)) from exc
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ConfigError(str(exc), code="config_malformed", path=str(self.path), line=exc.lineno) from exc
        try:
            return AgentConfig.model_validate(data)
        except ValidationError as exc:
            fields = [".".join(str(p) for p in err["loc"]) for err in exc.errors()]
            raise ConfigError(str(exc), code="config_invalid", path=str(self.path), fields=fields) from exc

    def save(self, config: AgentConfig) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        text = config.model_dump_json(indent=2) + "\n"
        fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".tmp", dir=self.path.parent)
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def delete(self) -> None:
        self.path.unlink(missing_ok=True)
