"""The errors the cloud clients raise, each with a stable ``code`` for the UI's and CLI's message tables.

    CloudError (app.errors)            cloud_error
    ├── InstallationKeyError            key_empty / key_malformed / key_checksum / ... (offline, app.cloud.installkey)
    ├── TenantUnreachableError          tenant_unreachable: connection refused, DNS, timeout, dropped connection, 5xx
    │   └── TenantTlsError              tls_error: the certificate is not trusted or the handshake failed
    ├── TenantBadResponseError          tenant_bad_response: an answer that is not the JSON the contract promises,
    │                                   or one outside its bounds (non-finite or huge numbers, bad ids, lying
    │                                   listings, a body over the size cap); ``reason`` says which
    ├── UntrustedEndpointError          endpoint_untrusted: a tenant URL or an endpoint from discovery is not
    │                                   https on the tenant's own origin (loopback and the insecure flag aside);
    │                                   signin_uri_untrusted: the device flow's verification URI is not https on
    │                                   the issuer's origin (never shown, never opened)
    ├── KeyRejectedError                key_unknown / key_expired / key_revoked / key_used (online validation)
    ├── DeviceFlowError                 device_denied / device_expired / device_invalid_grant
    ├── SignInExpiredError              signin_expired: the refresh token no longer works; sign in again or
    │                                   change ownership
    ├── NotAdminError                   not_admin: the signed-in person is not an admin of the tenant
    ├── AgentApiError                   agent_unknown / not_owner / agent_api_error
    ├── ScimError                       scim_error: a SCIM error answer; ``status``, ``scim_type``, ``detail``
    │   └── RateLimitedError            rate_limited: still 429 after the bounded retries; ``retry_after``
    └── ClockSkewError                  clock_skew: the system clock is off by more than the tolerance

Messages are for logs and developers; they never contain tokens, keys or passwords. Words for people
come from ``ui/`` by ``code``.
"""

from __future__ import annotations

from app.cloud.installkey import InstallationKeyError
from app.errors import CloudError

__all__ = [
    "AgentApiError",
    "ClockSkewError",
    "CloudError",
    "DeviceFlowError",
    "InstallationKeyError",
    "KeyRejectedError",
    "NotAdminError",
    "RateLimitedError",
    "ScimError",
    "SignInExpiredError",
    "TenantBadResponseError",
    "TenantUnreachableError",
    "TenantTlsError",
    "UntrustedEndpointError",
]


class TenantUnreachableError(CloudError):
    code = "tenant_unreachable"


class TenantTlsError(TenantUnreachableError):
    code = "tls_error"


class TenantBadResponseError(CloudError):
    code = "tenant_bad_response"


class UntrustedEndpointError(CloudError):
    """A URL the agent would send a secret to (or show a person) is not where the tenant is, or not https.

    ``details``: ``url`` (without query), ``reason`` (not_https, other_origin, malformed) and, where one applies,
    ``expected`` (the origin it had to share)."""

    code = "endpoint_untrusted"


class KeyRejectedError(CloudError):
    """Online validation refused the key; ``code`` is key_unknown, key_expired, key_revoked or key_used."""

    code = "key_unknown"


class DeviceFlowError(CloudError):
    """The device sign-in ended without tokens; ``code`` is device_denied, device_expired or device_invalid_grant."""

    code = "device_invalid_grant"


class SignInExpiredError(CloudError):
    """The stored sign-in cannot be renewed: the admin signs in again, or ownership changes to another admin."""

    code = "signin_expired"


class NotAdminError(CloudError):
    code = "not_admin"


class AgentApiError(CloudError):
    code = "agent_api_error"


class ScimError(CloudError):
    """A SCIM service refused a request (RFC 7644 §3.12)."""

    code = "scim_error"

    def __init__(
        self,
        message: str = "",
        *,
        status: int,
        scim_type: str | None = None,
        detail: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message or f"SCIM {status}", code=code, status=status, scim_type=scim_type, detail=detail)
        self.status = status
        self.scim_type = scim_type
        self.detail = detail


class RateLimitedError(ScimError):
    code = "rate_limited"

    def __init__(self, message: str = "", *, retry_after: float | None) -> None:
        super().__init__(message or "rate limited", status=429, scim_type=None, detail=None)
        self.retry_after = retry_after
        self.details["retry_after"] = retry_after


class ClockSkewError(CloudError):
    code = "clock_skew"

    def __init__(self, message: str = "", *, skew_seconds: float) -> None:
        super().__init__(
            message or f"clock differs from the tenant by {skew_seconds:+.0f} s", skew_seconds=skew_seconds
        )
        self.skew_seconds = skew_seconds
