"""Admin sign-in with the OAuth 2.0 Device Authorization Grant (RFC 8628), then OIDC userinfo.

:class:`DeviceFlow` speaks to the issuer's endpoints (from discovery, never guessed):

1. :meth:`DeviceFlow.start` asks for a device code (public client, the tenant's scopes, and ``device_name``
   so the sign-in page can say which agent asks) and returns a :class:`DeviceAuthorization` with everything
   the wizard shows: ``user_code``, ``verification_uri``, ``verification_uri_complete`` (for a QR code) and
   ``expires_at``.
2. :meth:`DeviceFlow.wait_for_tokens` polls the token endpoint every ``interval`` seconds:
   ``authorization_pending`` is normal; ``slow_down`` adds 5 s to the interval for the rest of the flow
   (RFC 8628 §3.5); ``access_denied`` / ``expired_token`` / ``invalid_grant`` end it with
   :class:`DeviceFlowError` (device_denied / device_expired / device_invalid_grant). Network errors and 5xx
   are retried with back-off and reported as ``network_retry`` events; they never count as expiry: the flow
   only ends as expired when the issuer says so, or when the code is well past its lifetime, and if the
   issuer is still unreachable then, it ends with :class:`TenantUnreachableError`.
   Cancelling the awaiting task cancels the flow: ``asyncio.CancelledError`` propagates, no task is left
   behind (the flow creates none) and the HTTP client is closed.
3. :meth:`DeviceFlow.fetch_userinfo` returns the :class:`AdminIdentity` (``sub``, ``email``, ``name`` and the
   tenant's ``identity_connect_admin`` claim when it sends one).

Numbers from the issuer are bounded (``expires_in`` and ``interval`` finite and in range, else
:class:`TenantBadResponseError`), and both verification URIs must be https on the issuer's origin (else
:class:`UntrustedEndpointError` with code ``signin_uri_untrusted``): the wizard shows, opens and encodes into
a QR code only a URI that passed that check.

The sleep function and the clocks are injectable so that the back-off arithmetic can be tested without
waiting; the real tests run against a real issuer (panva oidc-provider, the sandbox) with short intervals.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

import httpx

from app.cloud.errors import (
    DeviceFlowError,
    NotAdminError,
    SignInExpiredError,
    TenantBadResponseError,
    TenantUnreachableError,
)
from app.cloud.http import (
    Backoff,
    HttpSettings,
    bounded_number,
    check_endpoint,
    json_body,
    json_object,
    require_str,
    transport_error,
)
from app.cloud.tenant import OAuthEndpoints

DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
DEFAULT_INTERVAL = 5.0  # RFC 8628 §3.2: when the issuer sends no interval
SLOW_DOWN_STEP = 5.0  # RFC 8628 §3.5
# Past expires_at the issuer answers expired_token; this margin covers its clock tolerance before we give up
# locally (panva oidc-provider keeps answering for 15 s).
EXPIRY_GRACE = 30.0
ADMIN_CLAIM = "identity_connect_admin"
# Bounds on the issuer's numbers: a device code lives minutes (RFC 8628 suggests 1800 s), a poll interval
# seconds; an access token at most a day. Beyond these an answer is broken or hostile, not generous.
MAX_DEVICE_CODE_LIFETIME = 86_400.0
MAX_INTERVAL = 600.0
MAX_TOKEN_LIFETIME = 86_400.0 * 366


@dataclass(frozen=True)
class DeviceAuthorization:
    device_code: str = field(repr=False)
    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_at: datetime
    interval: float
    # Monotonic deadline: wall-clock changes (the skew the user is asked to fix) must not end the flow early.
    deadline: float = field(repr=False, compare=False, default=0.0)


@dataclass(frozen=True)
class TokenSet:
    access_token: str = field(repr=False)
    token_type: str
    expires_at: float | None  # time.time() seconds, None if the issuer did not say
    refresh_token: str | None = field(default=None, repr=False)
    id_token: str | None = field(default=None, repr=False)
    scope: str | None = None

    @classmethod
    def from_response(cls, body: dict[str, Any], response: httpx.Response, now: float) -> TokenSet:
        access = require_str(body, "access_token", response)
        expires_in = body.get("expires_in")
        lifetime = (
            None if expires_in is None else bounded_number(expires_in, "expires_in", low=0.0, high=MAX_TOKEN_LIFETIME)
        )
        refresh = body.get("refresh_token")
        id_token = body.get("id_token")
        scope = body.get("scope")
        token_type = body.get("token_type", "Bearer")
        return cls(
            access_token=access,
            token_type=token_type if isinstance(token_type, str) else "Bearer",
            expires_at=now + lifetime if lifetime is not None else None,
            refresh_token=refresh if isinstance(refresh, str) else None,
            id_token=id_token if isinstance(id_token, str) else None,
            scope=scope if isinstance(scope, str) else None,
        )


@dataclass(frozen=True)
class AdminIdentity:
    sub: str
    email: str | None
    name: str | None
    is_admin: bool | None  # None: the issuer does not say (a plain OIDC issuer)

    def require_admin(self) -> AdminIdentity:
        if self.is_admin is False:
            raise NotAdminError("the signed-in account is not an admin of the tenant", email=self.email)
        return self


class DeviceFlowEventKind(StrEnum):
    PENDING = "pending"
    SLOW_DOWN = "slow_down"
    NETWORK_RETRY = "network_retry"


@dataclass(frozen=True)
class DeviceFlowEvent:
    """What the wizard may show while waiting: pending (normal), slow_down, network_retry (can't reach, retrying)."""

    kind: DeviceFlowEventKind
    interval: float
    attempt: int = 0
    delay: float = 0.0


Sleep = Callable[[float], Awaitable[None]]
EventCallback = Callable[[DeviceFlowEvent], None]


def _oauth_error(response: httpx.Response) -> str | None:
    try:
        body = json_body(response)
    except TenantBadResponseError:
        return None
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        return str(body["error"])
    return None


class DeviceFlow:
    def __init__(
        self,
        endpoints: OAuthEndpoints,
        client_id: str,
        scopes: Sequence[str],
        device_name: str | None = None,
        *,
        http: HttpSettings | None = None,
        sleep: Sleep = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        backoff: Backoff | None = None,
    ) -> None:
        self.endpoints = endpoints
        self.client_id = client_id
        self.scopes = tuple(scopes)
        self.device_name = device_name
        self._http = http or HttpSettings()
        self._sleep = sleep
        self._monotonic = monotonic
        self._wall_clock = wall_clock
        self._backoff = backoff or Backoff(base=1.0, cap=30.0)

    async def start(self) -> DeviceAuthorization:
        form = {"client_id": self.client_id, "scope": " ".join(self.scopes)}
        if self.device_name:
            form["device_name"] = self.device_name
        url = self.endpoints.device_authorization_endpoint
        async with self._http.client() as client:
            try:
                response = await self._http.send(client, "POST", url, data=form)
            except httpx.TransportError as exc:
                raise transport_error(exc, url) from exc
        if response.status_code >= 500:
            raise TenantUnreachableError(f"device authorization: status {response.status_code}")
        if response.status_code != 200:
            error = _oauth_error(response)
            raise TenantBadResponseError(
                f"device authorization refused: {error or response.status_code}", status=response.status_code
            )
        body = json_object(response)
        if "expires_in" not in body:
            raise TenantBadResponseError("device authorization: expires_in missing", reason="missing")
        expires_in = bounded_number(body["expires_in"], "expires_in", low=1.0, high=MAX_DEVICE_CODE_LIFETIME)
        raw_interval = body.get("interval")
        interval = (
            DEFAULT_INTERVAL
            if raw_interval is None
            else bounded_number(raw_interval, "interval", low=0.0, high=MAX_INTERVAL)
        )
        complete = body.get("verification_uri_complete")
        if complete is not None and not isinstance(complete, str):
            raise TenantBadResponseError("device authorization: verification_uri_complete is not a string")
        return DeviceAuthorization(
            device_code=require_str(body, "device_code", response),
            user_code=require_str(body, "user_code", response),
            verification_uri=self._checked_uri(require_str(body, "verification_uri", response)),
            verification_uri_complete=self._checked_uri(complete) if complete else None,
            expires_at=datetime.fromtimestamp(self._wall_clock(), UTC) + timedelta(seconds=expires_in),
            interval=interval,
            deadline=self._monotonic() + expires_in,
        )

    def _checked_uri(self, uri: str) -> str:
        """A verification URI a person may be sent to: https on the issuer's own origin, nothing else
        (``file:``, ``smb:``, ``javascript:`` or a look-alike host would take the admin's password elsewhere)."""
        return check_endpoint(
            uri, origin=self.endpoints.issuer, insecure=self._http.insecure, code="signin_uri_untrusted"
        )

    async def wait_for_tokens(self, auth: DeviceAuthorization, on_event: EventCallback | None = None) -> TokenSet:
        """Poll until the admin approves (tokens), denies, or the code expires. Cancellable at any await."""
        interval = auth.interval
        network_failures = 0
        form = {"grant_type": DEVICE_CODE_GRANT, "device_code": auth.device_code, "client_id": self.client_id}
        url = self.endpoints.token_endpoint

        def emit(event: DeviceFlowEvent) -> None:
            if on_event is not None:
                on_event(event)

        async with self._http.client() as client:
            delay = interval
            while True:
                await self._sleep(delay)
                delay = interval
                try:
                    response = await self._http.send(client, "POST", url, data=form)
                except httpx.TransportError as exc:
                    response = None
                    failure: TenantUnreachableError = transport_error(exc, url)
                except TenantUnreachableError as exc:
                    # The request's total deadline passed: like a timeout, retried until the code's lifetime ends.
                    response = None
                    failure = exc
                if response is not None and response.status_code >= 500:
                    failure = TenantUnreachableError(f"token endpoint: status {response.status_code}")
                    response = None
                if response is None:
                    if self._monotonic() > auth.deadline + EXPIRY_GRACE:
                        raise failure
                    delay = max(interval, self._backoff.delay(network_failures))
                    network_failures += 1
                    emit(DeviceFlowEvent(DeviceFlowEventKind.NETWORK_RETRY, interval, network_failures, delay))
                    continue
                network_failures = 0
                if response.status_code == 200:
                    return TokenSet.from_response(json_object(response), response, self._wall_clock())
                error = _oauth_error(response)
                if error == "authorization_pending":
                    emit(DeviceFlowEvent(DeviceFlowEventKind.PENDING, interval))
                elif error == "slow_down":
                    interval += SLOW_DOWN_STEP
                    delay = interval
                    emit(DeviceFlowEvent(DeviceFlowEventKind.SLOW_DOWN, interval))
                elif error == "access_denied":
                    raise DeviceFlowError("the admin declined the sign-in", code="device_denied")
                elif error == "expired_token":
                    raise DeviceFlowError("the sign-in code expired", code="device_expired")
                elif error == "invalid_grant":
                    raise DeviceFlowError("the sign-in code is unknown or already used", code="device_invalid_grant")
                elif error is None:
                    raise TenantBadResponseError(
                        f"token endpoint: status {response.status_code} without an OAuth error",
                        status=response.status_code,
                    )
                else:
                    # invalid_client, unauthorized_client, invalid_scope...: the tenant is misconfigured.
                    raise TenantBadResponseError(f"token endpoint refused: {error}", oauth_error=error)
                if self._monotonic() > auth.deadline + EXPIRY_GRACE:
                    raise DeviceFlowError("the sign-in code expired", code="device_expired")

    async def fetch_userinfo(self, access_token: str) -> AdminIdentity:
        url = self.endpoints.userinfo_endpoint
        async with self._http.client() as client:
            try:
                response = await self._http.send(
                    client, "GET", url, headers={"Authorization": f"Bearer {access_token}"}
                )
            except httpx.TransportError as exc:
                raise transport_error(exc, url) from exc
        if response.status_code == 401:
            raise SignInExpiredError("userinfo refused the access token")
        if response.status_code >= 500:
            raise TenantUnreachableError(f"userinfo: status {response.status_code}")
        if response.status_code != 200:
            raise TenantBadResponseError(f"userinfo: status {response.status_code}")
        body = json_object(response)
        email, name, admin = body.get("email"), body.get("name"), body.get(ADMIN_CLAIM)
        return AdminIdentity(
            sub=require_str(body, "sub", response),
            email=email if isinstance(email, str) else None,
            name=name if isinstance(name, str) else None,
            is_admin=admin if isinstance(admin, bool) else None,
        )
