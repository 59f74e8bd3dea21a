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
"""

from __future__ import annotations

import logging
import threading
from enum import StrEnum

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

log = logging.getLogger(__name__)
_purged: set[str] = set()
_purged_lock = threading.Lock()


def keyring_backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _usable(backend: KeyringBackend) -> bool:
    name = type(backend).__module__
    if name.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    if name.startswith("keyring.backends.chainer"):
        return bool(getattr(backend, "backends", []))
    return True


class SecretStore:
    def __init__(self, profile: str) -> None:
        self.service = f"{APP_NAME}/{profile}"

    @staticmethod
    def check_available() -> None:
        if not _usable(keyring.get_keyring()):
            raise SecretStoreError("no usable keyring backend", code="keyring_unavailable")

    def set(self, name: SecretName, value: str) -> None:
        self.check_available()
        redaction_filter().add_secret(value)
        try:
            keyring.set_password(self.service, name.value, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(str(exc), code="keyring_refused") from exc
        try:
            self.purge_retired()
        except SecretStoreError:
            # The secret itself is stored; a leftover that could not be removed now is tried again next time.
            log.warning("could not remove a retired keyring entry", exc_info=True)

    def get(self, name: SecretName) -> str | None:
        self.check_available()
        try:
            value = keyring.get_password(self.service, name.value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(str(exc), code="keyring_refused") from exc
        redaction_filter().add_secret(value)
        return value

    def delete(self, name: SecretName) -> None:
        self._delete(name.value)

    def _delete(self, key: str) -> None:
        self.check_available()
        try:
            keyring.delete_password(self.service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(str(exc), code="keyring_refused") from exc

    def purge_retired(self) -> None:
        """Delete what earlier versions stored under :data:`RETIRED_NAMES` (once per process and profile)."""
        with _purged_lock:
            if self.service in _purged:
                return
        for key in RETIRED_NAMES:
            self._delete(key)
        with _purged_lock:
            _purged.add(self.service)

    def delete_all(self) -> None:
        for name in SecretName:
            self.delete(name)
        for key in RETIRED_NAMES:
            self._delete(key)
