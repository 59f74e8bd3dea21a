"""Connection settings for a directory: domain, domain controllers, bind identity, transport security.

The bind password is never part of this model (it lives in the keyring and travels as ``SecretStr``).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator


class TransportSecurity(StrEnum):
    LDAPS = "ldaps"
    STARTTLS = "starttls"
    PLAIN = "plain"


class LdapSettings(BaseModel):
    """How to reach and bind to the directory. Serialised into the agent configuration."""

    model_config = ConfigDict(extra="forbid")

    domain: str = Field(min_length=1)
    domain_controllers: list[str] = Field(min_length=1)
    bind_identity: str = Field(min_length=1)
    security: TransportSecurity = TransportSecurity.LDAPS
    allow_unencrypted: bool = False
    ca_file: Path | None = None
    port: int | None = Field(default=None, ge=1, le=65535)
    connect_timeout: float = Field(default=5.0, gt=0, le=300)
    operation_timeout: float = Field(default=30.0, gt=0, le=3600)
    base_dn: str | None = None
    dns_server: str | None = None
    # Other LDAP (not AD): which users count as disabled. The attribute alone = present means disabled;
    # with a value = equal (case-insensitive) means disabled. AD always uses userAccountControl bit 0x2.
    disabled_attribute: str | None = None
    disabled_value: str | None = None
    # Other LDAP: which objects are users and groups (RFC 4515 filters).
    user_object_filter: str = "(objectClass=inetOrgPerson)"
    group_object_filter: str = "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames))"
    page_size: int = Field(default=500, ge=1, le=5000)

    @model_validator(mode="after")
    def _plain_needs_consent(self) -> LdapSettings:
        if self.security is TransportSecurity.PLAIN and not self.allow_unencrypted:
            raise ValueError("plain LDAP needs allow_unencrypted=true")
        return self

    @property
    def effective_port(self) -> int:
        if self.port is not None:
            return self.port
        return 636 if self.security is TransportSecurity.LDAPS else 389

    @property
    def effective_base_dn(self) -> str:
        if self.base_dn:
            return self.base_dn
        return ",".join(f"DC={part}" for part in self.domain.strip(".").split("."))
