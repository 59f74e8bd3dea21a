"""The directory layer's errors: one ``DirectoryError`` subclass per kind of failure, each with a stable code.

The codes are listed in the package docstring (:mod:`app.ldap`); ``details`` carries the data a message
needs (host, port, certificate subject/issuer/expiry, the server's diagnostic message, a filter position).
Nothing here is a sentence for a person: the UI and the CLI's message table turn codes into words.
"""

from __future__ import annotations

from app.errors import DirectoryError


class HostInvalidError(DirectoryError):
    code = "host_invalid"


class HostNotFqdnError(DirectoryError):
    code = "host_not_fqdn"


class DnInvalidError(DirectoryError):
    code = "dn_invalid"


class FilterInvalidError(DirectoryError):
    code = "filter_invalid"


class DnsResolutionError(DirectoryError):
    code = "dns_failed"


class SrvNotFoundError(DirectoryError):
    code = "srv_not_found"


class UnreachableError(DirectoryError):
    """Nothing accepts connections: refused, no route. The UI offers to retry."""

    code = "unreachable"


class DirectoryTimeoutError(DirectoryError):
    """The server accepted the connection (or the operation started) but did not answer in time."""

    code = "timeout"


class DirectoryTlsError(DirectoryError):
    """Certificate verification or handshake failure; code is one of tls_untrusted, tls_self_signed,
    tls_expired, tls_hostname_mismatch, tls_failed. ``details`` may carry subject, issuer, not_after."""

    code = "tls_failed"


class BindError(DirectoryError):
    """Bind refused; code is one of the ``bind_*`` codes or strong_auth_required."""

    code = "bind_failed"


class InsufficientRightsError(DirectoryError):
    code = "insufficient_rights"


class BaseDnNotFoundError(DirectoryError):
    code = "base_dn_not_found"


class IncompleteReadError(DirectoryError):
    """A read ended before the server said it was complete. What was read must not be used as the whole."""

    code = "read_incomplete"


class OperationFailedError(DirectoryError):
    code = "operation_failed"


class NoDomainControllerError(DirectoryError):
    """Every configured domain controller failed; ``details['attempts']`` lists (host, code) pairs."""

    code = "no_domain_controller"


# Errors after which trying the next domain controller makes sense: the DC is down or unreachable, not
# misconfigured (a wrong password would fail the same way on every DC).
FAILOVER_CODES = frozenset({"dns_failed", "unreachable", "timeout"})
# Certificate failures are per DC (one certificate expires, one DC was re-issued by another CA): the next DC is
# tried too, and the one skipped is named in a warning. A wrong CA file fails on every DC and is then reported.
TLS_FAILOVER_CODES = frozenset(
    {"tls_untrusted", "tls_self_signed", "tls_expired", "tls_hostname_mismatch", "tls_failed"}
)
