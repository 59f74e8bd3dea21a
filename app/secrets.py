"""Secrets in the operating system's keyring, never on disk in plaintext.

Entries are namespaced per configuration (``identity-connect/<profile>``) so two agents, or a test run,
never read each other's secrets. No usable keyring raises :class:`SecretStoreError` with the fix; there is
no plaintext fallback.
"""

from __future__ import annotations

from enum import StrEnum

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from app import APP_NAME
from app.errors import SecretStoreError


class SecretName(StrEnum):
    LDAP_BIND_PASSWORD = "ldap-bind-password"
    REFRESH_TOKEN = "refresh-token"
    REGISTRATION_SECRET = "registration-secret"
    AGENT_TOKEN = "agent-token"


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
        try:
            keyring.set_password(self.service, name.value, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(str(exc), code="keyring_refused") from exc

    def get(self, name: SecretName) -> str | None:
        self.check_available()
        try:
            return keyring.get_password(self.service, name.value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(str(exc), code="keyring_refused") from exc

    def delete(self, name: SecretName) -> None:
        self.check_available()
        try:
            keyring.delete_password(self.service, name.value)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(str(exc), code="keyring_refused") from exc

    def delete_all(self) -> None:
        for name in SecretName:
            self.delete(name)
