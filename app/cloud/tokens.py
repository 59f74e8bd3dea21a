"""The admin's tokens after sign-in: access token in memory, refresh token in the keyring, refreshed on demand.

:class:`TokenManager` owns them. The access token is never written anywhere; the refresh token lives only in
:class:`app.secrets.SecretStore` under ``SecretName.REFRESH_TOKEN`` (rotated tokens replace it). Refresh
happens when the access token is about to expire or a server answered 401; only one refresh runs at a
time, across tasks *and* threads (the wizard's loop and the agent service's loop may share one manager),
and a caller that waited while another refreshed reuses the fresh token instead of refreshing again.

When the refresh grant is refused (``invalid_grant``: revoked, expired, grant withdrawn) or there is no
refresh token, the outcome is :class:`SignInExpiredError` (code ``signin_expired``): "sign-in expired,
change ownership or sign in again". A network failure during refresh is :class:`TenantUnreachableError`,
not an expired sign-in.

:class:`BearerAuth` is the :class:`httpx.Auth` flow the SCIM and agent API clients use: it adds the bearer,
and on a 401 refreshes once and re-sends the request.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from app.cloud.deviceflow import TokenSet
from app.cloud.errors import SignInExpiredError, TenantBadResponseError, TenantUnreachableError
from app.cloud.http import HttpSettings, json_body, json_object, transport_error
from app.secrets import SecretName, SecretStore

# Refresh a little before the issuer's expiry so a request never leaves with a token that dies in flight.
EXPIRY_MARGIN = 60.0
_LOCK_POLL = 0.01


class TokenManager:
    def __init__(
        self,
        token_endpoint: str,
        client_id: str,
        secret_store: SecretStore,
        *,
        http: HttpSettings | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.token_endpoint = token_endpoint
        self.client_id = client_id
        self._secrets = secret_store
        self._http = http or HttpSettings()
        self._clock = clock
        self._state_lock = threading.Lock()
        # A threading lock, not an asyncio one: asyncio locks belong to one loop, and two loops may share us.
        self._refresh_lock = threading.Lock()
        self._access_token: str | None = None
        self._expires_at: float | None = None
        self.refresh_count = 0

    def store(self, tokens: TokenSet) -> None:
        """Keep a fresh token set: the access token in memory, the refresh token (if any) in the keyring."""
        if tokens.refresh_token:
            self._secrets.set(SecretName.REFRESH_TOKEN, tokens.refresh_token)
        with self._state_lock:
            self._access_token = tokens.access_token
            self._expires_at = tokens.expires_at

    def forget(self) -> None:
        """Sign out locally: drop the access token and remove the refresh token from the keyring."""
        with self._state_lock:
            self._access_token = None
            self._expires_at = None
        self._secrets.delete(SecretName.REFRESH_TOKEN)

    def _current(self) -> str | None:
        with self._state_lock:
            if self._access_token is None:
                return None
            if self._expires_at is not None and self._clock() > self._expires_at - EXPIRY_MARGIN:
                return None
            return self._access_token

    async def access_token(self) -> str:
        """A usable access token, refreshing first if there is none or it is about to expire."""
        token = self._current()
        if token is not None:
            return token
        return await self.refresh()

    async def refresh(self, stale: str | None = None) -> str:
        """Refresh the access token. ``stale`` is the token a server just refused: if another task already
        replaced it while we waited for the lock, that newer token is returned without a second refresh."""
        while not self._refresh_lock.acquire(blocking=False):
            # Polling keeps this cancellable and loop-agnostic; refreshes are rare and short.
            await asyncio.sleep(_LOCK_POLL)
        try:
            with self._state_lock:
                current = self._access_token
            if current is not None and current != stale and self._current() is not None:
                return current
            return await self._refresh_grant()
        finally:
            self._refresh_lock.release()

    async def _refresh_grant(self) -> str:
        refresh_token = self._secrets.get(SecretName.REFRESH_TOKEN)
        if not refresh_token:
            raise SignInExpiredError("no refresh token stored", reason="no_refresh_token")
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": self.client_id}
        async with self._http.client() as client:
            try:
                response = await client.post(self.token_endpoint, data=form)
            except httpx.TransportError as exc:
                raise transport_error(exc, self.token_endpoint) from exc
        if response.status_code >= 500:
            raise TenantUnreachableError(f"token endpoint: status {response.status_code}")
        if response.status_code in (400, 401):
            error = None
            try:
                body = json_body(response)
                error = body.get("error") if isinstance(body, dict) else None
            except TenantBadResponseError:
                pass
            with self._state_lock:
                self._access_token = None
                self._expires_at = None
            raise SignInExpiredError("the refresh token was refused", reason=str(error or response.status_code))
        if response.status_code != 200:
            raise TenantBadResponseError(f"token endpoint: status {response.status_code}")
        tokens = TokenSet.from_response(json_object(response), response, self._clock())
        self.store(tokens)
        self.refresh_count += 1
        return tokens.access_token

    def auth(self) -> BearerAuth:
        return BearerAuth(self)


class BearerAuth(httpx.Auth):
    """Adds ``Authorization: Bearer``; on 401 refreshes once and re-sends. Async clients only."""

    requires_request_body = True

    def __init__(self, tokens: TokenManager) -> None:
        self.tokens = tokens

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("BearerAuth refreshes asynchronously; use an httpx.AsyncClient")
        yield request  # pragma: no cover - makes this a generator

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self.tokens.access_token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code != 401:
            return
        await response.aread()
        token = await self.tokens.refresh(stale=token)
        request.headers["Authorization"] = f"Bearer {token}"
        yield request
