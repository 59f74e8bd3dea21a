"""Secrets in the operating system's keyring, never on disk in plaintext.

Entries are namespaced per configuration (``identity-connect/<profile>``) so two agents, or a test run,
never read each other's secrets. No usable keyring raises :class:`SecretStoreError` with the fix; there is
no plaintext fallback.

Every value read or written here is also registered with the log's redaction filter
(:func:`app.logging_setup.redaction_filter`), so a secret the agent holds — including each refresh token the
issuer rotates in — is never written to a log, whichever module echoes it.

Retired entries: the installation key's registration secret used to be stored here too. It is used once, to
register the agent during setup, and nothing reads it afterwards; keeping a copy only gave an attacker who can
read the keyring something more to take. The first write of a secret in a process (setup, a token refresh, a
new bind password) deletes any copy an earlier version stored.

A keyring that does not answer must not hold the agent: a Secret Service daemon that hangs, or a locked collection
whose unlock prompt nobody can see on a server, would otherwise block the caller for ever (the D-Bus client has no
time limit), and with it the service's event loop — its runs, its commands, its stop. Every call therefore runs on
one keyring thread of its own (a daemon thread, so one that never returns cannot keep the process from exiting),
in order, and the caller waits at most :data:`KEYRING_TIMEOUT_SECONDS` for it before
:class:`~app.errors.SecretStoreError` ``keyring_unresponsive``. Code on an event loop uses the ``a…`` methods,
which wait without blocking the loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import queue
import threading
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from app import APP_NAME
from app.errors import SecretStoreError
from app.logging_setup import redaction_filter


class SecretName(StrEnum):
    LDAP_BIND_PASSWORD = "ldap-bind-password"
    REFRESH_TOKEN = "refresh-token"
    PASSWORD_SYNC_KEYS = "password-sync-keys"


# Names earlier versions stored and nothing reads any more: removed on the first write (see the docstring).
RETIRED_NAMES = ("registration-secret",)

# How long a caller waits for the keyring. Long enough for a desktop's unlock prompt to be answered by a person,
# short enough that a hung keyring is reported rather than waited on for ever.
KEYRING_TIMEOUT_SECONDS = 60.0

log = logging.getLogger(__name__)
_purged: set[str] = set()
_purged_lock = threading.Lock()

T = TypeVar("T")


class _KeyringThread:
    """One daemon thread that makes the keyring calls, in the order they were asked for. A call whose caller
    stopped waiting before it started is dropped; one that hangs holds only this thread (the next caller's
    call waits behind it and times out in turn, until the keyring answers again)."""

    def __init__(self) -> None:
        self._calls: queue.SimpleQueue[tuple[concurrent.futures.Future[object], Callable[[], object]]] = (
            queue.SimpleQueue()
        )
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def on_it(self) -> bool:
        return threading.current_thread() is self._thread

    def submit(self, call: Callable[[], T]) -> concurrent.futures.Future[T]:
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name="keyring", daemon=True)
                self._thread.start()
        self._calls.put((future, call))  # type: ignore[arg-type]
        return future

    def _serve(self) -> None:
        while True:
            future, call = self._calls.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(call())
            except BaseException as exc:  # noqa: BLE001 - handed to the caller, who raises it
                future.set_exception(exc)


_KEYRING = _KeyringThread()


def _unanswered(timeout: float) -> SecretStoreError:
    return SecretStoreError(
        f"the keyring did not answer within {timeout:.0f} s", code="keyring_unresponsive", seconds=round(timeout)
    )


def _bounded(call: Callable[[], T], timeout: float) -> T:
    """``call()`` on the keyring thread, waited for at most ``timeout`` seconds."""
    if _KEYRING.on_it():
        return call()
    future = _KEYRING.submit(call)
    try:
        return future.result(timeout)
    except concurrent.futures.TimeoutError:
        future.cancel()
        raise _unanswered(timeout) from None


async def _abounded(call: Callable[[], T], timeout: float) -> T:
    """``call()`` on the keyring thread, awaited for at most ``timeout`` seconds; the event loop goes on."""
    future = _KEYRING.submit(call)
    try:
        return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), timeout)
    except TimeoutError:
        future.cancel()
        raise _unanswered(timeout) from None
    except asyncio.CancelledError:
        future.cancel()
        raise


def _backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def keyring_backend_name(timeout: float = KEYRING_TIMEOUT_SECONDS) -> str:
    return _bounded(_backend_name, timeout)


def _usable(backend: KeyringBackend) -> bool:
    name = type(backend).__module__
    if name.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    if name.startswith("keyring.backends.chainer"):
        return bool(getattr(backend, "backends", []))
    return True


class SecretStore:
    """This configuration's secrets. Each method waits at most ``timeout`` seconds for the keyring (see the
    module's docstring); ``aget``/``aset``/``adelete`` are the same for code on an event loop."""

    def __init__(self, profile: str, *, timeout: float = KEYRING_TIMEOUT_SECONDS) -> None:
        self.service = f"{APP_NAME}/{profile}"
        self.timeout = timeout

    @staticmethod
    def check_available(timeout: float = KEYRING_TIMEOUT_SECONDS) -> None:
        _bounded(_check_available, timeout)

    async def acheck_available(self) -> None:
        await _abounded(_check_available, self.timeout)

    def set(self, name: SecretName, value: str) -> None:
        redaction_filter().add_secret(value)
        _bounded(lambda: self._set(name, value), self.timeout)

    async def aset(self, name: SecretName, value: str) -> None:
        redaction_filter().add_secret(value)
        await _abounded(lambda: self._set(name, value), self.timeout)

    def get(self, name: SecretName) -> str | None:
        value = _bounded(lambda: self._get(name), self.timeout)
        redaction_filter().add_secret(value)
        return value

    async def aget(self, name: SecretName) -> str | None:
        value = await _abounded(lambda: self._get(name), self.timeout)
        redaction_filter().add_secret(value)
        return value

    def delete(self, name: SecretName) -> None:
        _bounded(lambda: self._delete(name.value), self.timeout)

    async def adelete(self, name: SecretName) -> None:
        await _abounded(lambda: self._delete(name.value), self.timeout)

    def purge_retired(self) -> None:
        """Delete what earlier versions stored under :data:`RETIRED_NAMES` (once per process and profile)."""
        _bounded(self._purge_retired, self.timeout)

    def delete_all(self) -> None:
        _bounded(self._delete_all, self.timeout)

    # The calls themselves, made on the keyring thread.

    def _set(self, name: SecretName, value: str) -> None:
        _check_available()
        try:
            keyring.set_password(self.service, name.value, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(str(exc), code="keyring_refused") from exc
        try:
            self._purge_retired()
        except SecretStoreError:
            # The secret itself is stored; a leftover that could not be removed now is tried again next time.
            log.warning("could not remove a retired keyring entry", exc_info=True)

    def _get(self, name: SecretName) -> str | None:
        _check_available()
        try:
            return keyring.get_password(self.service, name.value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(str(exc), code="keyring_refused") from exc

    def _delete(self, key: str) -> None:
        _check_available()
        try:
            keyring.delete_password(self.service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(str(exc), code="keyring_refused") from exc

    def _purge_retired(self) -> None:
        with _purged_lock:
            if self.service in _purged:
                return
        for key in RETIRED_NAMES:
            self._delete(key)
        with _purged_lock:
            _purged.add(self.service)

    def _delete_all(self) -> None:
        for name in SecretName:
            self._delete(name.value)
        for key in RETIRED_NAMES:
            self._delete(key)


def _check_available() -> None:
    if not _usable(keyring.get_keyring()):
        raise SecretStoreError("no usable keyring backend", code="keyring_unavailable")
