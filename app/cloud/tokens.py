"""The admin's tokens after sign-in: access token in memory, refresh token in the keyring, refreshed on demand.

:class:`TokenManager` owns them. The access token is never written anywhere; the refresh token lives only in
:class:`app.secrets.SecretStore` under ``SecretName.REFRESH_TOKEN`` (rotated tokens replace it). Refresh
happens when the access token is about to expire or a server answered 401; only one refresh runs at a
time, across tasks *and* threads (the wizard's loop and the agent service's loop may share one manager),
and a caller that waited while another refreshed reuses the fresh token instead of refreshing again.

Single flight: callers that arrive while a refresh runs wait for it and share its outcome, a fresh token or
the same error; they do not send a refresh of their own. A refresh token the issuer refused is remembered
(by hash, in memory): until a new sign-in stores another one, every later refresh ends at once in
:class:`SignInExpiredError` without asking the issuer again, so a run that hits an expired sign-in on
many objects costs the issuer one refused refresh, not one per object.

When the refresh grant is refused (``invalid_grant``: revoked, expired, grant withdrawn) or there is no
refresh token, the outcome is :class:`SignInExpiredError` (code ``signin_expired``): "sign-in expired,
change ownership or sign in again". A network failure during refresh is :class:`TenantUnreachableError`,
not an expired sign-in.

:class:`BearerAuth` is the :class:`httpx.Auth` flow the SCIM and agent API clients use: it adds the bearer,
and on a 401 refreshes once and re-sends the request.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from app.cloud.deviceflow import TokenSet
from app.cloud.errors import CloudError, SignInExpiredError, TenantBadResponseError, TenantUnreachableError
from app.cloud.http import HttpSettings, check_endpoint, json_body, json_object, transport_error
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
        self._http = http or HttpSettings()
        # The refresh token goes here: https only (loopback and the insecure flag aside).
        self.token_endpoint = check_endpoint(token_endpoint, insecure=self._http.insecure)
        self.client_id = client_id
        self._secrets = secret_store
        self._clock = clock
        self._state_lock = threading.Lock()
        # A threading lock, not an asyncio one: asyncio locks belong to one loop, and two loops may share us.
        self._refresh_lock = threading.Lock()
        self._access_token: str | None = None
        self._expires_at: float | None = None
        self.refresh_count = 0
        # Refresh grants sent so far, and how the latest one ended: callers that waited share that outcome.
        self._attempts = 0
        self._last_failure: CloudError | None = None
        # SHA-256 of the refresh token the issuer refused: not offered again until another one is stored.
        self._refused: str | None = None

    def store(self, tokens: TokenSet) -> None:
        """Keep a fresh token set: the access token in memory, the refresh token (if any) in the keyring."""
        if tokens.refresh_token:
            self._secrets.set(SecretName.REFRESH_TOKEN, tokens.refresh_token)
        self._keep(tokens)

    async def astore(self, tokens: TokenSet) -> None:
        """:meth:`store` for code on an event loop (the keyring is written without blocking the loop)."""
        if tokens.refresh_token:
            await self._secrets.aset(SecretName.REFRESH_TOKEN, tokens.refresh_token)
        self._keep(tokens)

    def _keep(self, tokens: TokenSet) -> None:
        with self._state_lock:
            self._access_token = tokens.access_token
            self._expires_at = tokens.expires_at
            self._last_failure = None
            if tokens.refresh_token:
                self._refused = None

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
        replaced it while we waited for the lock, that newer token is returned without a second refresh; if
        the refresh that ran meanwhile failed, its error is raised here too."""
        with self._state_lock:
            seen = self._attempts
        while not self._refresh_lock.acquire(blocking=False):
            # Polling keeps this cancellable and loop-agnostic; refreshes are rare and short.
            await asyncio.sleep(_LOCK_POLL)
        try:
            with self._state_lock:
                current = self._access_token
                attempts, failure = self._attempts, self._last_failure
            if attempts != seen and failure is not None:
                raise _again(failure)
            if current is not None and current != stale and self._current() is not None:
                return current
            return await self._attempt()
        finally:
            self._refresh_lock.release()

    async def _attempt(self) -> str:
        with self._state_lock:
            self._attempts += 1
            self._last_failure = None
        try:
            return await self._refresh_grant()
        except CloudError as exc:
            with self._state_lock:
                self._last_failure = exc
            raise

    async def _refresh_grant(self) -> str:
        refresh_token = await self._secrets.aget(SecretName.REFRESH_TOKEN)
        if not refresh_token:
            raise SignInExpiredError("no refresh token stored", reason="no_refresh_token")
        fingerprint = hashlib.sha256(refresh_token.encode("utf-8")).hexdigest()
        with self._state_lock:
            refused_before = fingerprint == self._refused
        if refused_before:
            raise SignInExpiredError("the refresh token was refused before", reason="refused_before")
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": self.client_id}
        async with self._http.client() as client:
            try:
                response = await self._http.send(client, "POST", self.token_endpoint, data=form)
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
                self._refused = fingerprint
            raise SignInExpiredError("the refresh token was refused", reason=str(error or response.status_code))
        if response.status_code != 200:
            raise TenantBadResponseError(f"token endpoint: status {response.status_code}")
        tokens = TokenSet.from_response(json_object(response), response, self._clock())
        await self.astore(tokens)
        self.refresh_count += 1
        return tokens.access_token

    def auth(self) -> BearerAuth:
        return BearerAuth(self)


def _again(error: CloudError) -> CloudError:
    """The same error for another waiter (a fresh object, so tracebacks of different tasks do not mix)."""
    try:
        again = copy.copy(error)
    except TypeError:
        return error
    again.__traceback__ = None
    return again


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
        # The 401's body is not read: it is not needed, and a hostile one could be endless.
        token = await self.tokens.refresh(stale=token)
        request.headers["Authorization"] = f"Bearer {token}"
        yield request
