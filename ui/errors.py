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


def _at_line(details: Mapping[str, object]) -> str:
    """The sentence naming the line of a file an error points at ("The problem is at line N."), or nothing."""
    line = details.get("line")
    if not isinstance(line, int):
        return ""
    return " " + fill(QCoreApplication.translate("ErrorMessages", "The problem is at line %1."), line)


def _clock_skew_text(details: Mapping[str, object]) -> str:
    try:
        seconds = round(abs(float(str(details.get("skew_seconds")))))
    except (ValueError, OverflowError):  # missing, not a number, or not finite
        return QCoreApplication.translate("ErrorMessages", "This computer's clock differs from the service's.")
    return QCoreApplication.translate(
        "ErrorMessages", "This computer's clock differs from the service's by %n second(s).", "", seconds
    )


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
    _simple(
        "endpoint_untrusted",
        QT_TRANSLATE_NOOP("ErrorMessages", "Untrusted address"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The service named an address that is not HTTPS on the service's own address. Nothing was sent there.",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the tenant address. If it is right, ask the service's provider to correct it."
        ),
        Action.CHANGE_INPUT,
    )
    _simple(
        "signin_uri_untrusted",
        QT_TRANSLATE_NOOP("ErrorMessages", "Untrusted sign-in page"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The sign-in page address the service sent is not HTTPS on the service's own address, so it is not shown.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the tenant address, or get a new code later."),
        Action.NEW_CODE,
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
            _clock_skew_text(d),
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
    register(
        "tenant_unavailable",
        lambda d: UserMessage(
            "tenant_unavailable",
            QCoreApplication.translate("ErrorMessages", "Run stopped: service unavailable"),
            fill(
                QCoreApplication.translate(
                    "ErrorMessages",
                    "The cloud service has been unavailable since %1, so the run was stopped (%2).",
                ),
                _get(d, "since", "?"),
                _get(d, "cause", "?"),
            ),
            QCoreApplication.translate(
                "ErrorMessages",
                "Nothing was lost: what was not written yet is written by the next run. "
                "Check this computer's network and the service's status, then retry.",
            ),
            Action.RETRY,
        ),
    )
    # --- directory (app.ldap codes) ---
    register(
        "host_invalid",
        lambda d: UserMessage(
            "host_invalid",
            QCoreApplication.translate("ErrorMessages", "Invalid host name"),
            fill(
                QCoreApplication.translate("ErrorMessages", "“%1” is not a valid host name or IP address."),
                _get(d, "host", "?"),
            ),
            fill(
                QCoreApplication.translate(
                    "ErrorMessages", "Type the domain controller's DNS name, e.g. dc1.corp.example.com."
                ),
            ),
            Action.CHANGE_INPUT,
        ),
    )
    register(
        "host_not_fqdn",
        lambda d: UserMessage(
            "host_not_fqdn",
            QCoreApplication.translate("ErrorMessages", "Fully qualified name needed"),
            fill(
                QCoreApplication.translate(
                    "ErrorMessages",
                    "With SSL or StartTLS, “%1” must be the fully qualified name the certificate is issued to.",
                ),
                _get(d, "host", "?"),
            ),
            fill(
                QCoreApplication.translate(
                    "ErrorMessages", "Use the full name, e.g. %1.corp.example.com, or choose unencrypted LDAP."
                ),
                _get(d, "host", "dc1").split(".")[0],
            ),
            Action.CHANGE_INPUT,
        ),
    )
    register(
        "dns_failed",
        lambda d: UserMessage(
            "dns_failed",
            QCoreApplication.translate("ErrorMessages", "Name not found"),
            fill(
                QCoreApplication.translate("ErrorMessages", "The name “%1” does not resolve in DNS."),
                _get(d, "host", "?"),
            ),
            QCoreApplication.translate(
                "ErrorMessages", "Check the spelling; this computer must use the domain's DNS servers."
            ),
            Action.RETRY,
        ),
    )
    _simple(
        "srv_not_found",
        QT_TRANSLATE_NOOP("ErrorMessages", "No domain controllers in DNS"),
        QT_TRANSLATE_NOOP("ErrorMessages", "DNS has no domain controller records for this domain."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Type the domain controllers' names yourself."),
        Action.CHANGE_INPUT,
    )
    register(
        "unreachable",
        lambda d: UserMessage(
            "unreachable",
            QCoreApplication.translate("ErrorMessages", "Server unreachable"),
            fill(
                QCoreApplication.translate("ErrorMessages", "Nothing answers on %1 port %2."),
                _get(d, "host", "?"),
                _get(d, "port", "?"),
            ),
            fill(
                QCoreApplication.translate(
                    "ErrorMessages",
                    "Check that the domain controller is running and that a firewall allows the LDAP port, then retry.",
                ),
            ),
            Action.RETRY,
        ),
    )
    register(
        "timeout",
        lambda d: UserMessage(
            "timeout",
            QCoreApplication.translate("ErrorMessages", "Server does not answer"),
            fill(
                QCoreApplication.translate("ErrorMessages", "%1 accepted the connection but did not answer in time."),
                _get(d, "host", "?"),
            ),
            fill(
                QCoreApplication.translate(
                    "ErrorMessages", "Check that this is a domain controller and that it is not overloaded, then retry."
                ),
            ),
            Action.RETRY,
        ),
    )
    _simple(
        "tls_untrusted",
        QT_TRANSLATE_NOOP("ErrorMessages", "Certificate not trusted"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The server's certificate is not issued by a trusted certificate authority."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Choose your organisation's CA certificate file, or install it in the system's trust store.",
        ),
        Action.CHANGE_INPUT,
    )
    _simple(
        "tls_self_signed",
        QT_TRANSLATE_NOOP("ErrorMessages", "Self-signed certificate"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The server presents a self-signed certificate."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Give the server a certificate from your CA, or choose this certificate as the CA file if you trust it.",
        ),
        Action.CHANGE_INPUT,
    )
    _simple(
        "tls_expired",
        QT_TRANSLATE_NOOP("ErrorMessages", "Certificate expired"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The server's certificate has expired or is not yet valid."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Renew the domain controller's certificate, and check this computer's date and time."
        ),
        Action.RETRY,
    )
    register(
        "tls_hostname_mismatch",
        lambda d: UserMessage(
            "tls_hostname_mismatch",
            QCoreApplication.translate("ErrorMessages", "Name not in certificate"),
            fill(
                QCoreApplication.translate("ErrorMessages", "The server's certificate is not issued to “%1”."),
                _get(d, "host", "?"),
            ),
            fill(
                QCoreApplication.translate("ErrorMessages", "Use the name shown in the certificate details below."),
            ),
            Action.CHANGE_INPUT,
        ),
    )
    _simple(
        "tls_failed",
        QT_TRANSLATE_NOOP("ErrorMessages", "Secure connection failed"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The TLS handshake with the server failed."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the security setting (LDAPS or StartTLS) and the server's TLS configuration."
        ),
        Action.CHANGE_INPUT,
    )
    _simple(
        "bind_invalid_credentials",
        QT_TRANSLATE_NOOP("ErrorMessages", "Wrong user name or password"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory refused the bind account or its password."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the account (UPN or DN) and the password, then try again."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "bind_account_disabled",
        QT_TRANSLATE_NOOP("ErrorMessages", "Account disabled"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The bind account is disabled."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Enable the account in Active Directory or use another one."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "bind_account_locked",
        QT_TRANSLATE_NOOP("ErrorMessages", "Account locked"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The bind account is locked out."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Unlock the account in Active Directory, then retry."),
        Action.RETRY,
    )
    _simple(
        "bind_password_expired",
        QT_TRANSLATE_NOOP("ErrorMessages", "Password expired"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The bind account's password has expired or must be changed."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Set a new password for the account and enter it here."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "bind_not_permitted",
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign-in not permitted"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The bind account may not sign in now or from this computer."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the account's logon hours, workstation restrictions and expiry date."
        ),
        Action.CHANGE_INPUT,
    )
    _simple(
        "bind_failed",
        QT_TRANSLATE_NOOP("ErrorMessages", "Bind failed"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory refused the bind."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the account and password, and the server's log."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "insufficient_rights",
        QT_TRANSLATE_NOOP("ErrorMessages", "Not enough rights"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The bind account cannot read the users and groups."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Give the account read access to the directory (a normal domain user can read it)."
        ),
        Action.CHANGE_INPUT,
    )
    _simple(
        "strong_auth_required",
        QT_TRANSLATE_NOOP("ErrorMessages", "Encryption required"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The server refuses to accept a password without encryption."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Choose LDAPS or StartTLS."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "base_dn_not_found",
        QT_TRANSLATE_NOOP("ErrorMessages", "Domain not found in the directory"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory has no entry for this domain's base."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the domain name."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "read_incomplete",
        QT_TRANSLATE_NOOP("ErrorMessages", "Read incomplete"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory stopped answering in the middle of a read."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Retry; if it keeps happening, check the server's limits."),
        Action.RETRY,
    )
    _simple(
        "operation_failed",
        QT_TRANSLATE_NOOP("ErrorMessages", "Directory error"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory reported an error."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Retry; if it keeps happening, check the server's log."),
        Action.RETRY,
    )
    _simple(
        "filter_invalid",
        QT_TRANSLATE_NOOP("ErrorMessages", "Invalid filter"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The LDAP filter is not valid."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Correct the filter."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "dn_invalid",
        QT_TRANSLATE_NOOP("ErrorMessages", "Invalid distinguished name"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This is not a valid distinguished name."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the DN, e.g. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "criterion_field_invalid",
        QT_TRANSLATE_NOOP("ErrorMessages", "Invalid criteria field"),
        QT_TRANSLATE_NOOP("ErrorMessages", "A criteria row names a field that is not an LDAP attribute name."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Pick the field from the list, or type an attribute name such as department."
        ),
        Action.CHANGE_INPUT,
    )
    _simple(
        "criterion_value_missing",
        QT_TRANSLATE_NOOP("ErrorMessages", "Criteria value missing"),
        QT_TRANSLATE_NOOP("ErrorMessages", "A criteria row compares a field but has no value to compare with."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Enter a value in the row, or remove the row."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "criterion_value_unexpected",
        QT_TRANSLATE_NOOP("ErrorMessages", "Value not used"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "'has a value' and 'has no value' compare nothing, but the row has a value."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Clear the value, or choose another relationship."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "criteria_rows_missing",
        QT_TRANSLATE_NOOP("ErrorMessages", "No criteria rows"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Import based on criteria is chosen, but there is no criteria row."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Add a row, or choose to import all of them."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "no_domain_controller",
        QT_TRANSLATE_NOOP("ErrorMessages", "No domain controller works"),
        QT_TRANSLATE_NOOP("ErrorMessages", "None of the domain controllers could be used."),
        QT_TRANSLATE_NOOP("ErrorMessages", "See each domain controller's result below."),
        Action.RETRY,
    )
    _simple(
        "directory_error",
        QT_TRANSLATE_NOOP("ErrorMessages", "Directory error"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory reported an error."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Retry; if it keeps happening, check the server's log."),
        Action.RETRY,
    )
    # --- setup and service ---
    _simple(
        "bind_identity_invalid",
        QT_TRANSLATE_NOOP("ErrorMessages", "Bind account not recognised"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Enter the bind account as a UPN (user@corp.example.com) or a distinguished name."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "For example svc-sync@corp.example.com."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "unencrypted_needs_consent",
        QT_TRANSLATE_NOOP("ErrorMessages", "Confirm unencrypted LDAP"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Unencrypted LDAP sends the password and directory data in clear text."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Tick the confirmation box, or choose LDAPS or StartTLS."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "ca_file_missing",
        QT_TRANSLATE_NOOP("ErrorMessages", "CA file not found"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The CA certificate file does not exist."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Choose an existing PEM file, or leave the field empty."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "setup_out_of_order",
        QT_TRANSLATE_NOOP("ErrorMessages", "Step missing"),
        QT_TRANSLATE_NOOP("ErrorMessages", "A previous setup step is not complete."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Go back and complete the previous pages."),
        Action.NONE,
    )
    _simple(
        "already_configured",
        QT_TRANSLATE_NOOP("ErrorMessages", "Already set up"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This computer already has an Identity Connect configuration."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Open the settings instead, or remove the configuration first."),
        Action.OPEN_SETTINGS,
    )
    _simple(
        "agent_not_running",
        QT_TRANSLATE_NOOP("ErrorMessages", "Agent not running"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The agent service is not running."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Start it again; see the log for the reason it stopped."),
        Action.RETRY,
    )
    _simple(
        "service_start_timeout",
        QT_TRANSLATE_NOOP("ErrorMessages", "Agent did not start"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The agent service did not report that it started."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Retry; if it keeps happening, see the log file."),
        Action.RETRY,
    )
    _simple(
        "engine_unavailable",
        QT_TRANSLATE_NOOP("ErrorMessages", "Sync engine missing"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This build of Identity Connect lacks the sync engine."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Install a complete build."),
        Action.NONE,
    )
    _simple(
        "agent_busy",
        QT_TRANSLATE_NOOP("ErrorMessages", "Agent already running"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Another Identity Connect agent already uses this configuration."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Close the other agent first."),
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
                )
                + _at_line(d),
                QCoreApplication.translate("ErrorMessages", "Run the setup again, or restore the file from a backup."),
                Action.OPEN_SETTINGS,
            ),
        )
    register(
        "state_file_unreadable",
        lambda d: UserMessage(
            "state_file_unreadable",
            QCoreApplication.translate("ErrorMessages", "State file damaged"),
            fill(
                QCoreApplication.translate(
                    "ErrorMessages", "The agent's state file %1 is damaged, so the agent does not sync."
                ),
                _get(d, "path", "service.json"),
            )
            + _at_line(d),
            QCoreApplication.translate(
                "ErrorMessages",
                "Restore the file from a backup, or move it aside to start over with a first-run review; then"
                " start Identity Connect again.",
            ),
            Action.NONE,
        ),
    )
    register(
        "status_file_unreadable",
        lambda d: UserMessage(
            "status_file_unreadable",
            QCoreApplication.translate("ErrorMessages", "Status file damaged"),
            fill(
                QCoreApplication.translate("ErrorMessages", "The status file %1 is damaged."),
                _get(d, "path", "status.json"),
            )
            + _at_line(d),
            QCoreApplication.translate("ErrorMessages", "Delete it and start Identity Connect: it writes a new one."),
            Action.NONE,
        ),
    )
    register(
        "config_folder_unsafe",
        lambda d: UserMessage(
            "config_folder_unsafe",
            QCoreApplication.translate("ErrorMessages", "Configuration folder not private"),
            fill(
                QCoreApplication.translate(
                    "ErrorMessages",
                    "The folder %1 belongs to another user or other users may write to it, so Identity Connect"
                    " refuses to use it.",
                ),
                _get(d, "path", "identity-connect"),
            ),
            QCoreApplication.translate(
                "ErrorMessages",
                "Make the folder yours and private to you (chmod 700), then start Identity Connect again.",
            ),
            Action.NONE,
        ),
    )
    # --- Windows domain controller prerequisites (app/pwsync/windows_prereq.py) ---
    _simple(
        "smb_unreachable",
        QT_TRANSLATE_NOOP("ErrorMessages", "No SMB answer"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The domain controller does not answer on SMB (port 445)."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check that it is running, that File and Printer Sharing is allowed in its firewall, and that no "
            "firewall between blocks port 445.",
        ),
        Action.RETRY,
    )
    _simple(
        "smb_login_refused",
        QT_TRANSLATE_NOOP("ErrorMessages", "SMB login refused"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The domain controller refused the install account's login (wrong password or unknown account).",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the user name (DOMAIN\\user or user@domain) and the password."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "smb_account_unusable",
        QT_TRANSLATE_NOOP("ErrorMessages", "Install account cannot log in"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The install account is disabled, locked out or expired, or its password must be changed first.",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Fix the account in Active Directory Users and Computers, or use another one.",
        ),
        Action.CHANGE_INPUT,
    )
    _simple(
        "smb_ntlm_blocked",
        QT_TRANSLATE_NOOP("ErrorMessages", "NTLM is blocked"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The domain controller refuses NTLM logins, which the install uses."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Add this computer to the server exceptions of the Restrict NTLM policy for the install, or install "
            "the agent on the domain controller by hand.",
        ),
        Action.NONE,
    )
    _simple(
        "smb_signing_unavailable",
        QT_TRANSLATE_NOOP("ErrorMessages", "SMB session cannot be signed"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The domain controller let the account in only as a guest, or demands encryption this connection "
            "cannot give.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the install account and the domain controller's SMB settings."),
        Action.NONE,
    )
    _simple(
        "smb_admin_share_denied",
        QT_TRANSLATE_NOOP("ErrorMessages", "Not an administrator of the domain controller"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The install account logged in but may not open the ADMIN$ share."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Use a member of Domain Admins."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "smb_admin_share_missing",
        QT_TRANSLATE_NOOP("ErrorMessages", "No ADMIN$ share"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The domain controller has no ADMIN$ share: it is not a Windows server, or its administrative shares "
            "are turned off.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Turn the administrative shares on (AutoShareServer) for the install."),
        Action.NONE,
    )
    _simple(
        "smb_bad_answer",
        QT_TRANSLATE_NOOP("ErrorMessages", "Unexpected SMB answer"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "What answers on port 445 of the domain controller is not an SMB2/3 server, or it failed unexpectedly.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the domain controller's name. The log file has the details."),
        Action.RETRY,
    )
    _simple(
        "winrm_unreachable",
        QT_TRANSLATE_NOOP("ErrorMessages", "No WinRM answer"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The domain controller does not answer on WinRM (HTTPS port 5986, or 5985 over HTTP).",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Turn on remote management with an HTTPS listener (winrm quickconfig) and allow the port in its firewall.",
        ),
        Action.RETRY,
    )
    _simple(
        "winrm_tls_untrusted",
        QT_TRANSLATE_NOOP("ErrorMessages", "WinRM certificate not trusted"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The certificate of the domain controller's WinRM listener is not trusted or is not for this name.",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Choose the CA file of the certificate's issuer, or issue the listener a certificate for the domain "
            "controller's name.",
        ),
        Action.CHANGE_INPUT,
    )
    _simple(
        "winrm_login_refused",
        QT_TRANSLATE_NOOP("ErrorMessages", "WinRM login refused"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The domain controller's WinRM refused the install account's login."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check the user name and the password, and that Negotiate authentication is on for WinRM.",
        ),
        Action.CHANGE_INPUT,
    )
    _simple(
        "winrm_access_denied",
        QT_TRANSLATE_NOOP("ErrorMessages", "Not an administrator of the domain controller"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The install account logged in to WinRM but may not use it."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Use a member of Domain Admins."),
        Action.CHANGE_INPUT,
    )
    _simple(
        "winrm_bad_answer",
        QT_TRANSLATE_NOOP("ErrorMessages", "Unexpected WinRM answer"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "What answers on the WinRM port of the domain controller is not WinRM, or it failed unexpectedly.",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check the port and the domain controller's name. The log file has the details.",
        ),
        Action.RETRY,
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

    register("source_not_visible", _not_visible)


def _not_visible(details: Mapping[str, object]) -> UserMessage:
    count = details.get("count")
    where = _get(details, "ous", "?")
    if isinstance(count, int) and count > 0:
        text = fill(
            QCoreApplication.translate(
                "ErrorMessages",
                "%n managed user(s) or group(s) are no longer visible to the bind account (last seen in %1). "
                "Nothing was changed.",
                "",
                count,
            ),
            where,
        )
    elif details.get("ous"):
        text = fill(
            QCoreApplication.translate("ErrorMessages", "The bind account can no longer read %1. Nothing was changed."),
            where,
        )
    else:
        text = QCoreApplication.translate(
            "ErrorMessages",
            "Managed users or groups are no longer visible to the bind account, and the directory shows no sign "
            "that they were deleted. Nothing was changed. Settings › Review names the OUs.",
        )
    return UserMessage(
        "source_not_visible",
        QCoreApplication.translate("ErrorMessages", "Objects no longer visible"),
        text,
        QCoreApplication.translate(
            "ErrorMessages",
            "Check the bind account's read rights on these OUs. Users are disabled or deleted only when the "
            "directory shows they were deleted.",
        ),
        Action.NONE,
    )


_register_defaults()
