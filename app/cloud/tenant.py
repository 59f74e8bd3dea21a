"""Finding a tenant and checking an installation key against it, before anyone signs in.

- :func:`discover_tenant`: ``GET {tenant}/.well-known/identity-connect`` (issuer, client id, scopes, SCIM base
  URL, agent API), then OIDC discovery at ``{issuer}/.well-known/openid-configuration`` for the device
  authorization, token and userinfo endpoints (never guessed).
- :func:`discover_oidc`: the OIDC half alone (used against issuers that are not Identity Connect tenants).
- :func:`validate_installation_key`: offline parse first (a typo never reaches the network), then
  ``POST {agent_api}/installation-keys/validate`` with the key hash. Outcomes: a :class:`KeyValidation`, or
  :class:`KeyRejectedError` with code key_unknown / key_expired / key_revoked / key_used, or
  :class:`TenantUnreachableError` / :class:`TenantTlsError` / :class:`TenantBadResponseError`.

The registration secret itself never leaves the machine; only its SHA-256 does (see docs/reference/tenant-api.md).

Every URL here is checked before anything is sent to it (:func:`app.cloud.http.check_endpoint`): the tenant URL
must be https (plain http only for loopback, e.g. the sandbox, or with the insecure flag), and the issuer, SCIM
base URL and agent API from discovery, and the token, device, userinfo and revocation endpoints from OIDC
discovery, must share the tenant's (issuer's) origin. A discovery document that points elsewhere ends in
:class:`UntrustedEndpointError`; nothing is sent there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import httpx

from app.cloud.errors import KeyRejectedError, TenantBadResponseError, TenantUnreachableError
from app.cloud.http import HttpSettings, check_endpoint, json_object, require_str, transport_error
from app.cloud.installkey import InstallationKey, parse_key

IDENTITY_CONNECT_DISCOVERY = "/.well-known/identity-connect"
OIDC_DISCOVERY = "/.well-known/openid-configuration"
KEY_ERROR_CODES = {
    "unknown_key": "key_unknown",
    "expired_key": "key_expired",
    "revoked_key": "key_revoked",
    "used_key": "key_used",
}


@dataclass(frozen=True)
class OAuthEndpoints:
    issuer: str
    device_authorization_endpoint: str
    token_endpoint: str
    userinfo_endpoint: str
    revocation_endpoint: str | None = None


@dataclass(frozen=True)
class TenantInfo:
    tenant_url: str
    tenant_name: str
    issuer: str
    client_id: str
    scopes: tuple[str, ...]
    scim_base_url: str
    agent_api_url: str | None
    oauth: OAuthEndpoints
    # Whether discovery says the tenant honours the Identity-Connect-Provisioning header (password and
    # welcome mails); a SCIM service that does not know it ignores it silently.
    provisioning_header: bool = False


@dataclass(frozen=True)
class KeyValidation:
    """A key the tenant accepts: where it leads and how long it stays usable."""

    key: InstallationKey
    tenant: TenantInfo
    tenant_name: str
    expires_at: datetime | None
    single_use: bool
    checked_online: bool


async def _get_json(
    http: HttpSettings, client: httpx.AsyncClient, url: str
) -> tuple[httpx.Response, dict[str, object]]:
    try:
        response = await http.send(client, "GET", url)
    except httpx.TransportError as exc:
        raise transport_error(exc, url) from exc
    if response.status_code >= 500:
        raise TenantUnreachableError(f"GET {httpx.URL(url).path}: status {response.status_code}")
    if response.status_code != 200:
        raise TenantBadResponseError(f"GET {httpx.URL(url).path}: status {response.status_code}")
    return response, json_object(response)


async def discover_oidc(issuer: str, *, http: HttpSettings | None = None) -> OAuthEndpoints:
    http = http or HttpSettings()
    issuer = check_endpoint(issuer, insecure=http.insecure).rstrip("/")
    async with http.client() as client:
        response, doc = await _get_json(http, client, issuer + OIDC_DISCOVERY)
    # OIDC Discovery §4.3: the document must name the issuer it was fetched for, or it is someone else's.
    if str(doc.get("issuer", "")).rstrip("/") != issuer:
        raise TenantBadResponseError("OIDC discovery names a different issuer", issuer=str(doc.get("issuer")))
    device = doc.get("device_authorization_endpoint")
    if not isinstance(device, str):
        raise TenantBadResponseError("issuer offers no device authorization endpoint", missing="device_flow")
    revocation = doc.get("revocation_endpoint")

    def same_origin(url: str) -> str:
        # The refresh token and the admin's access token go to these: never to another origin.
        return check_endpoint(url, origin=issuer, insecure=http.insecure)

    return OAuthEndpoints(
        issuer=issuer,
        device_authorization_endpoint=same_origin(device),
        token_endpoint=same_origin(require_str(doc, "token_endpoint", response)),
        userinfo_endpoint=same_origin(require_str(doc, "userinfo_endpoint", response)),
        revocation_endpoint=same_origin(revocation) if isinstance(revocation, str) else None,
    )


async def discover_tenant(tenant_url: str, *, http: HttpSettings | None = None) -> TenantInfo:
    http = http or HttpSettings()
    tenant_url = check_endpoint(tenant_url.strip(), insecure=http.insecure).rstrip("/")
    async with http.client() as client:
        response, doc = await _get_json(http, client, tenant_url + IDENTITY_CONNECT_DISCOVERY)
    scopes = doc.get("scopes")
    if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
        raise TenantBadResponseError("discovery: scopes is not a list of strings")
    agent_api = doc.get("agent_api")
    if agent_api is not None and not isinstance(agent_api, str):
        raise TenantBadResponseError("discovery: agent_api is not a string")

    def same_origin(url: str) -> str:
        return check_endpoint(url, origin=tenant_url, insecure=http.insecure).rstrip("/")

    issuer = same_origin(require_str(doc, "issuer", response))
    scim_base_url = same_origin(require_str(doc, "scim_base_url", response))
    name = doc.get("tenant_name")
    return TenantInfo(
        tenant_url=tenant_url,
        tenant_name=name if isinstance(name, str) else tenant_url,
        issuer=issuer,
        client_id=require_str(doc, "client_id", response),
        scopes=tuple(str(s) for s in scopes),
        scim_base_url=scim_base_url,
        agent_api_url=same_origin(agent_api) if agent_api else None,
        oauth=await discover_oidc(issuer, http=http),
        provisioning_header=doc.get("provisioning_header") is True,
    )


def _parse_time(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TenantBadResponseError("key validation: expires_at is not a string")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise TenantBadResponseError("key validation: expires_at is not RFC 3339") from None


async def validate_installation_key(
    key: InstallationKey | str,
    *,
    tenant: TenantInfo | None = None,
    http: HttpSettings | None = None,
) -> KeyValidation:
    """Check a key offline, then with its tenant. A tenant without the agent API cannot check keys online:
    the result then says ``checked_online=False`` and registration is the first real test."""
    http = http or HttpSettings()
    parsed = parse_key(key) if isinstance(key, str) else key
    if tenant is None:
        tenant = await discover_tenant(parsed.tenant_url, http=http)
    if tenant.agent_api_url is None:
        return KeyValidation(parsed, tenant, tenant.tenant_name, None, True, checked_online=False)
    url = check_endpoint(tenant.agent_api_url, origin=tenant.tenant_url, insecure=http.insecure)
    url += "/installation-keys/validate"
    async with http.client() as client:
        try:
            response = await http.send(client, "POST", url, json={"key_hash": parsed.secret_hash})
        except httpx.TransportError as exc:
            raise transport_error(exc, url) from exc
    if response.status_code in (404, 410):
        body = json_object(response)
        code = KEY_ERROR_CODES.get(str(body.get("error")))
        if code is None or (response.status_code == 404) != (code == "key_unknown"):
            raise TenantBadResponseError(f"key validation: status {response.status_code} with an unknown error")
        raise KeyRejectedError(f"installation key {parsed.key_id} rejected", code=code, key_id=parsed.key_id)
    if response.status_code >= 500:
        raise TenantUnreachableError(f"key validation: status {response.status_code}")
    if response.status_code != 200:
        raise TenantBadResponseError(f"key validation: status {response.status_code}")
    body = json_object(response)
    if body.get("status") != "valid":
        raise TenantBadResponseError("key validation: status is not 'valid'")
    name = body.get("tenant_name")
    return KeyValidation(
        key=parsed,
        tenant=tenant,
        tenant_name=name if isinstance(name, str) else tenant.tenant_name,
        expires_at=_parse_time(body.get("expires_at")),
        single_use=bool(body.get("single_use", True)),
        checked_online=True,
    )
