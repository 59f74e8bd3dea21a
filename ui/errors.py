"""The one place that turns the core's error codes into words a person can act on.

``app/`` raises :class:`app.errors.IdentityConnectError` subclasses carrying a stable ``code`` (and
``details``) and returns typed results with codes; nothing there is meant for a person. Here each code
becomes a translated :class:`UserMessage`: what happened, what to do, and which action the screen should
offer (Retry, Get a new code, Open settings, …). The wizard, the tray and the settings window all use
:func:`describe` / :func:`describe_error`; a new code is added with :func:`register`.

Placeholders in messages are Qt style (``%1``, ``%2``) so translators can reorder them; they are filled
from the error's details after translation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import IdentityConnectError

CONTEXT = "ErrorMessages"


class Action(Enum):
    """What the screen offers next to the message."""

    NONE = "none"
    RETRY = "retry"
    NEW_CODE = "new_code"
    CHANGE_INPUT = "change_input"
    OPEN_SETTINGS = "open_settings"
    SIGN_IN_AGAIN = "sign_in_again"


@dataclass(frozen=True)
class UserMessage:
    code: str
    title: str
    message: str
    fix: str
    action: Action

    @property
    def text(self) -> str:
        """Message and fix as one paragraph, for a label or a terminal."""
        return f"{self.message} {self.fix}".strip()


Factory = Callable[[Mapping[str, object]], UserMessage]
_REGISTRY: dict[str, Factory] = {}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def fill(text: str, *values: object) -> str:
    """Qt's ``%1``-style placeholders, filled after translation (highest number first, so %1 never eats %10)."""
    for index in range(len(values), 0, -1):
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text


def register(code: str, factory: Factory) -> None:
    """Add or replace the words for ``code``. ``factory`` receives the error's details and runs at display
    time, so its ``QCoreApplication.translate`` calls follow the current language."""
    _REGISTRY[code] = factory


def known_codes() -> Sequence[str]:
    return tuple(sorted(_REGISTRY))


def describe(code: str, details: Mapping[str, object] | None = None) -> UserMessage:
    factory = _REGISTRY.get(code)
    if factory is None:
        return UserMessage(
            code,
            QCoreApplication.translate("ErrorMessages", "Something went wrong"),
            fill(QCoreApplication.translate("ErrorMessages", "An unexpected problem occurred (%1)."), code),
            QCoreApplication.translate(
                "ErrorMessages", "Try again. If it keeps happening, send the log file to your support contact."
            ),
            Action.RETRY,
        )
    return factory(details or {})


def describe_error(exc: BaseException) -> UserMessage:
    if isinstance(exc, IdentityConnectError):
        return describe(exc.code, exc.details)
    if isinstance(exc, OSError):
        return describe("os_error", {"reason": exc.strerror or str(exc)})
    return describe("unexpected", {"reason": type(exc).__name__})


def _get(details: Mapping[str, object], key: str, default: str = "") -> str:
    value = details.get(key)
    return default if value is None else str(value)


def _simple(code: str, title: str, message: str, fix: str, action: Action) -> None:
    # The strings are marked for lupdate where this is called; translated here, at display time.
    register(code, lambda d: UserMessage(code, _t(title), _t(message), _t(fix), action))


def _register_defaults() -> None:
    # QT_TRANSLATE_NOOP marks the literals for lupdate and returns them untranslated; _simple translates them
    # at display time, so the words follow the language chosen later.

    # --- installation key, offline ---
    _simple(
        "key_empty",
        QT_TRANSLATE_NOOP("ErrorMessages", "No installation key"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Paste the installation key from your tenant's admin console."),
        QT_TRANSLATE_NOOP("ErrorMessages", "It starts with ICK1-."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "key_malformed",
        QT_TRANSLATE_NOOP("ErrorMessages", "Not an installation key"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This text is not an installation key."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Copy the whole key again from the admin console; it starts with ICK1-."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "key_checksum",
        QT_TRANSLATE_NOOP("ErrorMessages", "Key mistyped"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The key's checksum does not match: a character is missing or mistyped."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Paste the key again instead of typing it."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "key_unsupported_version",
        QT_TRANSLATE_NOOP("ErrorMessages", "Newer key format"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This key was made for a newer version of Identity Connect."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Install the latest version of Identity Connect and try again."),
        Action.NONE,
    )
    _simple(
        "key_bad_tenant_url",
        QT_TRANSLATE_NOOP("ErrorMessages", "Key is damaged"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The key does not contain a valid tenant address."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Create a new installation key in the admin console."),
        Action.CHANGE_INPUT,
    )
    # --- installation key, online ---
    _simple(
        "key_unknown",
        QT_TRANSLATE_NOOP("ErrorMessages", "Key not recognised"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The tenant does not know this installation key."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check that you copied the key of the right tenant, or create a new one."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "key_expired",
        QT_TRANSLATE_NOOP("ErrorMessages", "Key expired"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This installation key has expired."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Create a new installation key in the admin console and paste it here."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "key_revoked",
        QT_TRANSLATE_NOOP("ErrorMessages", "Key revoked"),
        QT_TRANSLATE_NOOP("ErrorMessages", "An administrator has revoked this installation key."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Ask for a new installation key, or create one in the admin console."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "key_used",
        QT_TRANSLATE_NOOP("ErrorMessages", "Key already used"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This installation key has already been used to install an agent."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Each key works once. Create a new installation key in the admin console."),
        Action.CHANGE_INPUT,
    )
    register(
        "tenant_unreachable",
        lambda d: UserMessage(
            "tenant_unreachable",
            QCoreApplication.translate("ErrorMessages", "Can't reach the service"),
            fill(
                QCoreApplication.translate("ErrorMessages", "The cloud service at %1 could not be reached."),
                _get(d, "host", QCoreApplication.translate("ErrorMessages", "your tenant")),
            ),
            QCoreApplication.translate(
                "ErrorMessages", "Check this computer's internet connection and proxy settings, then retry."
            ),
            Action.RETRY,
        ),
    )
    register(
        "tls_error",
        lambda d: UserMessage(
            "tls_error",
            QCoreApplication.translate("ErrorMessages", "Secure connection failed"),
            fill(
                QCoreApplication.translate("ErrorMessages", "The certificate of %1 is not trusted (%2)."),
                _get(d, "host", "?"),
                _get(d, "reason", "?"),
            ),
            QCoreApplication.translate(
                "ErrorMessages",
                "Check the system date and time; a proxy that inspects TLS needs its certificate trusted.",
            ),
            Action.RETRY,
        ),
    )
    _simple(
        "tenant_bad_response",
        QT_TRANSLATE_NOOP("ErrorMessages", "Unexpected answer"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The service answered in a way Identity Connect does not understand."),
        QT_TRANSLATE_NOOP("ErrorMessages", "A proxy or captive portal may be in the way. Retry, or check the network."),
        Action.RETRY,
    )
    # --- sign-in ---
    _simple(
        "device_denied",
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign-in refused"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The sign-in was refused in the browser."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Get a new code and approve the request, or sign in as another administrator."
        ),
        Action.NEW_CODE,
    )
    _simple(
        "device_expired",
        QT_TRANSLATE_NOOP("ErrorMessages", "Code expired"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The code expired before the sign-in was completed."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Get a new code and complete the sign-in within the time shown."),
        Action.NEW_CODE,
    )
    _simple(
        "device_invalid_grant",
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign-in no longer valid"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The service no longer accepts this sign-in request."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Get a new code and sign in again."),
        Action.NEW_CODE,
    )
    _simple(
        "not_admin",
        QT_TRANSLATE_NOOP("ErrorMessages", "Not an administrator"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The account you signed in with is not an administrator of this tenant."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Get a new code and sign in with an administrator account."),
        Action.NEW_CODE,
    )
    _simple(
        "signin_expired",
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign-in expired"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The stored sign-in of the agent's owner no longer works."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign in again, or change the owner to another administrator."),
        Action.SIGN_IN_AGAIN,
    )
    # --- agent API ---
    _simple(
        "agent_unknown",
        QT_TRANSLATE_NOOP("ErrorMessages", "Agent not registered"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The tenant does not know this agent any more."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Run the setup again with a new installation key."),
        Action.NONE,
    )
    _simple(
        "not_owner",
        QT_TRANSLATE_NOOP("ErrorMessages", "Not the owner"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The signed-in administrator does not own this agent."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign in as the owner, or change the owner."),
        Action.SIGN_IN_AGAIN,
    )
    _simple(
        "agent_api_error",
        QT_TRANSLATE_NOOP("ErrorMessages", "Registration failed"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The tenant refused to register the agent."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Retry. If it keeps failing, create a new installation key."),
        Action.RETRY,
    )
    register(
        "clock_skew",
        lambda d: UserMessage(
            "clock_skew",
            QCoreApplication.translate("ErrorMessages", "Clock is wrong"),
            fill(
                QCoreApplication.translate(
                    "ErrorMessages", "This computer's clock differs from the service's by %1 seconds."
                ),
                _get(d, "skew_seconds", "?"),
            ),
            QCoreApplication.translate(
                "ErrorMessages", "Set the system date and time correctly (use network time), then retry."
            ),
            Action.RETRY,
        ),
    )
    _simple(
        "scim_error",
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory service refused a change"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The cloud directory refused a request."),
        QT_TRANSLATE_NOOP("ErrorMessages", "See the sync log for the affected object."),
        Action.RETRY,
    )
    _simple(
        "rate_limited",
        QT_TRANSLATE_NOOP("ErrorMessages", "Too many requests"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The service asked Identity Connect to slow down."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Wait a few minutes, then retry."),
        Action.RETRY,
    )
    # --- keyring, configuration, local system ---
    _simple(
        "keyring_unavailable",
        QT_TRANSLATE_NOOP("ErrorMessages", "No secure storage"),
        QT_TRANSLATE_NOOP("ErrorMessages", "There is no usable keyring to store passwords in."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet); Identity Connect never"
            " stores passwords in plain text.",
        ),
        Action.RETRY,
    )
    _simple(
        "keyring_refused",
        QT_TRANSLATE_NOOP("ErrorMessages", "Keyring refused"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The keyring refused to store or read a secret."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Unlock the keyring, then retry."),
        Action.RETRY,
    )
    for code in ("config_missing", "config_unreadable", "config_malformed", "config_invalid"):
        register(
            code,
            lambda d, code=code: UserMessage(
                code,
                QCoreApplication.translate("ErrorMessages", "Configuration problem"),
                fill(
                    QCoreApplication.translate("ErrorMessages", "The configuration file %1 cannot be used."),
                    _get(d, "path", "config.json"),
                ),
                QCoreApplication.translate("ErrorMessages", "Run the setup again, or restore the file from a backup."),
                Action.OPEN_SETTINGS,
            ),
        )
    register(
        "os_error",
        lambda d: UserMessage(
            "os_error",
            QCoreApplication.translate("ErrorMessages", "System error"),
            fill(
                QCoreApplication.translate("ErrorMessages", "The operating system reported: %1."),
                _get(d, "reason", "?"),
            ),
            QCoreApplication.translate("ErrorMessages", "Check disk space and permissions, then retry."),
            Action.RETRY,
        ),
    )
    register(
        "unexpected",
        lambda d: UserMessage(
            "unexpected",
            QCoreApplication.translate("ErrorMessages", "Something went wrong"),
            fill(
                QCoreApplication.translate("ErrorMessages", "An unexpected problem occurred (%1)."),
                _get(d, "reason", "?"),
            ),
            QCoreApplication.translate(
                "ErrorMessages", "Try again. If it keeps happening, send the log file to your support contact."
            ),
            Action.RETRY,
        ),
    )


_register_defaults()
