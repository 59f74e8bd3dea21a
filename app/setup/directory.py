"""The directory step of setup: what was typed, offline checks of it, and the connection settings it makes.

:class:`DirectoryInput` is the one type for the directory form: the Qt form produces and consumes it, the
terminal setup builds it from flags, the settings window fills it from the stored settings
(:meth:`DirectoryInput.from_settings`), :class:`app.setup.flow.SetupFlow` holds it once the check passed, and
:meth:`DirectoryInput.to_settings` is the one way from it to :class:`LdapSettings`.

:func:`form_issues` runs on every keystroke in the wizard (and once in the headless setup), so it is offline
and fast: domain name, each domain controller (with TLS a DC must be named by its fully qualified name, the
name its certificate carries), bind identity (a UPN ``user@domain`` or an RFC 4514 DN), the unencrypted
consent and the CA file. It returns codes and data, never sentences.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from app.errors import IdentityConnectError
from app.ldap.settings import LdapSettings, TransportSecurity
from app.ldap.validation import require_fqdn, validate_dn, validate_hostname


@dataclass(frozen=True)
class FieldIssue:
    """One problem with one field. ``field``: domain, domain_controllers, bind_identity, security or ca_file."""

    field: str
    code: str
    details: dict[str, object] = dataclasses.field(default_factory=dict)


class DirectoryInput(BaseModel):
    """What the admin typed on the directory page (or passed as flags, or sees on the settings window's page).

    The bind password travels with the rest as ``SecretStr``: it is left out of ``repr`` and ``str``, masked
    in ``model_dump_json``, and never part of :class:`LdapSettings` (it goes to the keyring). Empty on a form
    filled from stored settings."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    domain: str = ""
    domain_controllers: list[str] = Field(default_factory=list)
    bind_identity: str = ""
    password: SecretStr = Field(default=SecretStr(""), repr=False)
    security: TransportSecurity = TransportSecurity.LDAPS
    allow_unencrypted: bool = False
    ca_file: Path | None = None

    @property
    def has_password(self) -> bool:
        return bool(self.password.get_secret_value())

    @classmethod
    def from_settings(cls, settings: LdapSettings) -> DirectoryInput:
        """The form's fields of stored settings, the password empty (the keyring holds it)."""
        return cls.model_validate(settings.model_dump(include=_SETTINGS_FIELDS))

    def to_settings(self, keep: LdapSettings | None = None) -> LdapSettings:
        """The validated connection settings (DC names normalised). Call after :func:`form_issues` is empty.

        ``keep``: stored settings whose other fields (port, timeouts, base DN, DNS server, …), which the form
        does not show, stay as they are."""
        tls = self.security is not TransportSecurity.PLAIN
        typed = {
            "domain": self.domain.strip().lower().rstrip("."),
            "domain_controllers": [require_fqdn(h) if tls else validate_hostname(h) for h in self.domain_controllers],
            "bind_identity": self.bind_identity.strip(),
            "security": self.security,
            "allow_unencrypted": self.allow_unencrypted,
            "ca_file": self.ca_file,
        }
        kept = keep.model_dump(exclude=_SETTINGS_FIELDS) if keep is not None else {}
        return LdapSettings.model_validate({**kept, **typed})


#: The fields the form shares with :class:`LdapSettings` (all but the password).
_SETTINGS_FIELDS = set(DirectoryInput.model_fields) - {"password"}


def _issue(field_name: str, exc: IdentityConnectError) -> FieldIssue:
    return FieldIssue(field_name, exc.code, dict(exc.details))


def form_issues(values: DirectoryInput) -> list[FieldIssue]:
    """Problems with what was typed; fields still empty are not reported (the page just isn't complete)."""
    issues: list[FieldIssue] = []
    if values.domain:
        try:
            require_fqdn(values.domain)
        except IdentityConnectError as exc:
            issues.append(_issue("domain", exc))
    tls = values.security is not TransportSecurity.PLAIN
    for host in values.domain_controllers:
        try:
            if tls:
                require_fqdn(host)
            else:
                validate_hostname(host)
        except IdentityConnectError as exc:
            issues.append(_issue("domain_controllers", exc))
    bind = values.bind_identity
    if bind:
        if "=" in bind:
            try:
                validate_dn(bind)
            except IdentityConnectError as exc:
                issues.append(_issue("bind_identity", exc))
        elif "@" in bind:
            user, _, suffix = bind.rpartition("@")
            if not user or not suffix:
                issues.append(FieldIssue("bind_identity", "bind_identity_invalid", {"value": bind}))
        elif "\\" not in bind:
            issues.append(FieldIssue("bind_identity", "bind_identity_invalid", {"value": bind}))
    if values.security is TransportSecurity.PLAIN and not values.allow_unencrypted:
        issues.append(FieldIssue("security", "unencrypted_needs_consent"))
    if values.ca_file is not None and tls and not values.ca_file.is_file():
        issues.append(FieldIssue("ca_file", "ca_file_missing", {"path": str(values.ca_file)}))
    return issues
