"""The directory step of setup: offline checks of what was typed, and building the connection settings.

:func:`form_issues` runs on every keystroke in the wizard (and once in the headless setup), so it is offline
and fast: domain name, each domain controller (with TLS a DC must be named by its fully qualified name, the
name its certificate carries), bind identity (a UPN ``user@domain`` or an RFC 4514 DN), the unencrypted
consent and the CA file. It returns codes and data, never sentences.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from app.errors import IdentityConnectError
from app.ldap.settings import LdapSettings, TransportSecurity
from app.ldap.validation import require_fqdn, validate_dn, validate_hostname


@dataclass(frozen=True)
class FieldIssue:
    """One problem with one field. ``field``: domain, domain_controllers, bind_identity, security or ca_file."""

    field: str
    code: str
    details: dict[str, object] = dataclasses.field(default_factory=dict)


@dataclass
class DirectoryInput:
    """What the admin typed on the directory page (or passed as flags)."""

    domain: str = ""
    domain_controllers: list[str] = dataclasses.field(default_factory=list)
    bind_identity: str = ""
    security: TransportSecurity = TransportSecurity.LDAPS
    allow_unencrypted: bool = False
    ca_file: Path | None = None


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


def to_settings(values: DirectoryInput) -> LdapSettings:
    """The validated connection settings (DC names normalised). Call after :func:`form_issues` is empty."""
    tls = values.security is not TransportSecurity.PLAIN
    hosts = [require_fqdn(h) if tls else validate_hostname(h) for h in values.domain_controllers]
    return LdapSettings(
        domain=values.domain.strip().lower().rstrip("."),
        domain_controllers=hosts,
        bind_identity=values.bind_identity.strip(),
        security=values.security,
        allow_unencrypted=values.allow_unencrypted,
        ca_file=values.ca_file,
    )
