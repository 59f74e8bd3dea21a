"""The one place that turns the core's error codes into words a person can act on, in the GUI.

``app/`` raises :class:`app.errors.IdentityConnectError` subclasses carrying a stable ``code`` (and
``details``) and returns typed results with codes; nothing there is meant for a person. Here each code has an
entry in :data:`WORDS`: what happened, what to do, and which action the screen should offer (Retry, Get a new
code, Open settings, …). The wizard, the tray, the status and the settings window all use :func:`describe` /
:func:`describe_error`; a new code is a new entry in the table (``tests/test_words.py`` checks that every code the
core raises has one, and that no entry outlives its code). The terminal's table is :mod:`app.messages`.

The texts are marked with ``QT_TRANSLATE_NOOP`` in the context ``ErrorMessages`` and translated when shown, so
they follow the language chosen later. Placeholders are Qt style (``%1``, ``%2``) so translators can reorder
them; they are filled from the error's details after translation, as each entry's :class:`Fill` says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.errors import IdentityConnectError

CONTEXT = "ErrorMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Mark ``text`` for lupdate under ``context`` and return it untranslated; :func:`describe` translates it."""
    return text


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


@dataclass(frozen=True)
class Fill:
    """Where the value of a ``%N`` placeholder comes from: ``key`` of the error's details, else ``default``."""

    key: str
    default: str = "?"
    translated: bool = False  # the default is words (marked for translation), not a name or a number
    first_label: bool = False  # only the first label of a host name (dc1 of dc1.corp.example.com)

    def value(self, details: Mapping[str, object]) -> str:
        found = details.get(self.key)
        if found is None:
            text = _t(self.default) if self.translated else self.default
        else:
            text = str(found)
        return text.split(".")[0] if self.first_label else text


@dataclass(frozen=True)
class ErrorWords:
    """One code's words, untranslated. ``message_fills`` / ``fix_fills`` fill ``%1``, ``%2``, … in order."""

    title: str
    message: str
    fix: str
    action: Action
    message_fills: tuple[Fill, ...] = ()
    fix_fills: tuple[Fill, ...] = ()
    at_line: bool = False  # add "The problem is at line N." when the details name the line of a file
    compose: Callable[[Mapping[str, object]], str] | None = None  # the message, when it depends on the details


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def fill(text: str, *values: object) -> str:
    """Qt's ``%1``-style placeholders, filled after translation (highest number first, so %1 never eats %10)."""
    for index in range(len(values), 0, -1):
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text


def known_codes() -> Sequence[str]:
    """The codes that have words here."""
    return tuple(sorted(WORDS))


def describe(code: str, details: Mapping[str, object] | None = None) -> UserMessage:
    words = WORDS.get(code)
    if words is None:
        return _render(code, WORDS["unexpected"], {"reason": code})
    return _render(code, words, details or {})


def describe_error(exc: BaseException) -> UserMessage:
    if isinstance(exc, IdentityConnectError):
        return describe(exc.code, exc.details)
    if isinstance(exc, OSError):
        return describe("os_error", {"reason": exc.strerror or str(exc)})
    return describe("unexpected", {"reason": type(exc).__name__})


def _render(code: str, words: ErrorWords, details: Mapping[str, object]) -> UserMessage:
    if words.compose is not None:
        message = words.compose(details)
    else:
        message = fill(_t(words.message), *(f.value(details) for f in words.message_fills))
    if words.at_line:
        message += _at_line(details)
    fix = fill(_t(words.fix), *(f.value(details) for f in words.fix_fills))
    return UserMessage(code, _t(words.title), message, fix, words.action)


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


def _not_visible_text(details: Mapping[str, object]) -> str:
    count = details.get("count")
    where = Fill("ous").value(details)
    if isinstance(count, int) and count > 0:
        return fill(
            QCoreApplication.translate(
                "ErrorMessages",
                "%n managed user(s) or group(s) are no longer visible to the bind account (last seen in %1). "
                "Nothing was changed.",
                "",
                count,
            ),
            where,
        )
    if details.get("ous"):
        return fill(
            QCoreApplication.translate("ErrorMessages", "The bind account can no longer read %1. Nothing was changed."),
            where,
        )
    return QCoreApplication.translate(
        "ErrorMessages",
        "Managed users or groups are no longer visible to the bind account, and the directory shows no sign "
        "that they were deleted. Nothing was changed. Settings › Review names the OUs.",
    )


_HOST = Fill("host")
_CONFIG_PROBLEM = ErrorWords(
    QT_TRANSLATE_NOOP("ErrorMessages", "Configuration problem"),
    QT_TRANSLATE_NOOP("ErrorMessages", "The configuration file %1 cannot be used."),
    QT_TRANSLATE_NOOP("ErrorMessages", "Run the setup again, or restore the file from a backup."),
    Action.OPEN_SETTINGS,
    message_fills=(Fill("path", "config.json"),),
    at_line=True,
)

_STATE_DAMAGED = ErrorWords(
    QT_TRANSLATE_NOOP("ErrorMessages", "State file damaged"),
    QT_TRANSLATE_NOOP("ErrorMessages", "The agent's state file %1 is damaged, so the agent does not sync."),
    QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Restore the file from a backup, or move it aside to start over with a first-run review; then"
        " start Identity Connect again.",
    ),
    Action.NONE,
    message_fills=(Fill("path", "service.json"),),
    at_line=True,
)

WORDS: dict[str, ErrorWords] = {
    # --- installation key, offline ---
    "key_empty": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "No installation key"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Paste the installation key from your tenant's admin console."),
        QT_TRANSLATE_NOOP("ErrorMessages", "It starts with ICK1-."),
        Action.CHANGE_INPUT,
    ),
    "key_malformed": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not an installation key"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This text is not an installation key."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Copy the whole key again from the admin console; it starts with ICK1-."),
        Action.CHANGE_INPUT,
    ),
    "key_checksum": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Key mistyped"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The key's checksum does not match: a character is missing or mistyped."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Paste the key again instead of typing it."),
        Action.CHANGE_INPUT,
    ),
    "key_unsupported_version": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Newer key format"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This key was made for a newer version of Identity Connect."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Install the latest version of Identity Connect and try again."),
        Action.NONE,
    ),
    "key_bad_tenant_url": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Key is damaged"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The key does not contain a valid tenant address."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Create a new installation key in the admin console."),
        Action.CHANGE_INPUT,
    ),
    # --- installation key, online ---
    "key_unknown": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Key not recognised"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The tenant does not know this installation key."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check that you copied the key of the right tenant, or create a new one."),
        Action.CHANGE_INPUT,
    ),
    "key_expired": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Key expired"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This installation key has expired."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Create a new installation key in the admin console and paste it here."),
        Action.CHANGE_INPUT,
    ),
    "key_revoked": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Key revoked"),
        QT_TRANSLATE_NOOP("ErrorMessages", "An administrator has revoked this installation key."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Ask for a new installation key, or create one in the admin console."),
        Action.CHANGE_INPUT,
    ),
    "key_used": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Key already used"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This installation key has already been used to install an agent."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Each key works once. Create a new installation key in the admin console."),
        Action.CHANGE_INPUT,
    ),
    "tenant_unreachable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Can't reach the service"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The cloud service at %1 could not be reached."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check this computer's internet connection and proxy settings, then retry."),
        Action.RETRY,
        message_fills=(Fill("host", QT_TRANSLATE_NOOP("ErrorMessages", "your tenant"), translated=True),),
    ),
    "tls_error": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Secure connection failed"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The certificate of %1 is not trusted (%2)."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the system date and time; a proxy that inspects TLS needs its certificate trusted."
        ),
        Action.RETRY,
        message_fills=(_HOST, Fill("reason")),
    ),
    "tenant_bad_response": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Unexpected answer"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The service answered in a way Identity Connect does not understand."),
        QT_TRANSLATE_NOOP("ErrorMessages", "A proxy or captive portal may be in the way. Retry, or check the network."),
        Action.RETRY,
    ),
    "endpoint_untrusted": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Untrusted address"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The service named an address that is not HTTPS on the service's own address. Nothing was sent there.",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the tenant address. If it is right, ask the service's provider to correct it."
        ),
        Action.CHANGE_INPUT,
    ),
    "signin_uri_untrusted": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Untrusted sign-in page"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The sign-in page address the service sent is not HTTPS on the service's own address, so it is not shown.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the tenant address, or get a new code later."),
        Action.NEW_CODE,
    ),
    # --- sign-in ---
    "device_denied": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign-in refused"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The sign-in was refused in the browser."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Get a new code and approve the request, or sign in as another administrator."
        ),
        Action.NEW_CODE,
    ),
    "device_expired": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Code expired"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The code expired before the sign-in was completed."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Get a new code and complete the sign-in within the time shown."),
        Action.NEW_CODE,
    ),
    "device_invalid_grant": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign-in no longer valid"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The service no longer accepts this sign-in request."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Get a new code and sign in again."),
        Action.NEW_CODE,
    ),
    "not_admin": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not an administrator"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The account you signed in with is not an administrator of this tenant."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Get a new code and sign in with an administrator account."),
        Action.NEW_CODE,
    ),
    "signin_expired": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign-in expired"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The stored sign-in of the agent's owner no longer works."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign in again, or change the owner to another administrator."),
        Action.SIGN_IN_AGAIN,
    ),
    # --- agent API ---
    "agent_unknown": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Agent not registered"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The tenant does not know this agent any more."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Run the setup again with a new installation key."),
        Action.NONE,
    ),
    "not_owner": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not the owner"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The signed-in administrator does not own this agent."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign in as the owner, or change the owner."),
        Action.SIGN_IN_AGAIN,
    ),
    "agent_api_error": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Registration failed"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The tenant refused to register the agent."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Retry. If it keeps failing, create a new installation key."),
        Action.RETRY,
    ),
    "clock_skew": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Clock is wrong"),
        "",
        QT_TRANSLATE_NOOP("ErrorMessages", "Set the system date and time correctly (use network time), then retry."),
        Action.RETRY,
        compose=_clock_skew_text,
    ),
    "scim_error": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory service refused a change"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The cloud directory refused a request."),
        QT_TRANSLATE_NOOP("ErrorMessages", "See the sync log for the affected object."),
        Action.RETRY,
    ),
    "rate_limited": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Too many requests"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The service asked Identity Connect to slow down."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Wait a few minutes, then retry."),
        Action.RETRY,
    ),
    "scim_ambiguous": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Cloud objects not unique"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "More than one object in the cloud directory has the same user name or external ID."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Remove or rename the duplicate in the cloud directory, then retry."),
        Action.RETRY,
    ),
    "cloud_object_missing": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Object missing in the cloud"),
        QT_TRANSLATE_NOOP("ErrorMessages", "An object the agent manages no longer exists in the cloud directory."),
        QT_TRANSLATE_NOOP("ErrorMessages", "See the sync log for the object; the next run checks it again."),
        Action.RETRY,
    ),
    "tenant_unavailable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Run stopped: service unavailable"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The cloud service has been unavailable since %1, so the run was stopped (%2)."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Nothing was lost: what was not written yet is written by the next run. "
            "Check this computer's network and the service's status, then retry.",
        ),
        Action.RETRY,
        message_fills=(Fill("since"), Fill("cause")),
    ),
    # --- directory (app.ldap codes) ---
    "host_invalid": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Invalid host name"),
        QT_TRANSLATE_NOOP("ErrorMessages", "“%1” is not a valid host name or IP address."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Type the domain controller's DNS name, e.g. dc1.corp.example.com."),
        Action.CHANGE_INPUT,
        message_fills=(_HOST,),
    ),
    "host_not_fqdn": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Fully qualified name needed"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "With SSL or StartTLS, “%1” must be the fully qualified name the certificate is issued to.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Use the full name, e.g. %1.corp.example.com, or choose unencrypted LDAP."),
        Action.CHANGE_INPUT,
        message_fills=(_HOST,),
        fix_fills=(Fill("host", "dc1", first_label=True),),
    ),
    "dns_failed": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Name not found"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The name “%1” does not resolve in DNS."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the spelling; this computer must use the domain's DNS servers."),
        Action.RETRY,
        message_fills=(_HOST,),
    ),
    "srv_not_found": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "No domain controllers in DNS"),
        QT_TRANSLATE_NOOP("ErrorMessages", "DNS has no domain controller records for this domain."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Type the domain controllers' names yourself."),
        Action.CHANGE_INPUT,
    ),
    "unreachable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Server unreachable"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Nothing answers on %1 port %2."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check that the domain controller is running and that a firewall allows the LDAP port, then retry.",
        ),
        Action.RETRY,
        message_fills=(_HOST, Fill("port")),
    ),
    "timeout": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Server does not answer"),
        QT_TRANSLATE_NOOP("ErrorMessages", "%1 accepted the connection but did not answer in time."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check that this is a domain controller and that it is not overloaded, then retry."
        ),
        Action.RETRY,
        message_fills=(_HOST,),
    ),
    "tls_untrusted": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Certificate not trusted"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The server's certificate is not issued by a trusted certificate authority."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Choose your organisation's CA certificate file, or install it in the system's trust store.",
        ),
        Action.CHANGE_INPUT,
    ),
    "tls_self_signed": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Self-signed certificate"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The server presents a self-signed certificate."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Give the server a certificate from your CA, or choose this certificate as the CA file if you trust it.",
        ),
        Action.CHANGE_INPUT,
    ),
    "tls_expired": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Certificate expired"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The server's certificate has expired or is not yet valid."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Renew the domain controller's certificate, and check this computer's date and time."
        ),
        Action.RETRY,
    ),
    "tls_hostname_mismatch": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Name not in certificate"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The server's certificate is not issued to “%1”."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Use the name shown in the certificate details below."),
        Action.CHANGE_INPUT,
        message_fills=(_HOST,),
    ),
    "tls_failed": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Secure connection failed"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The TLS handshake with the server failed."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the security setting (LDAPS or StartTLS) and the server's TLS configuration."
        ),
        Action.CHANGE_INPUT,
    ),
    "bind_invalid_credentials": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Wrong user name or password"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory refused the bind account or its password."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the account (UPN or DN) and the password, then try again."),
        Action.CHANGE_INPUT,
    ),
    "bind_account_disabled": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Account disabled"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The bind account is disabled."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Enable the account in Active Directory or use another one."),
        Action.CHANGE_INPUT,
    ),
    "bind_account_locked": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Account locked"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The bind account is locked out."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Unlock the account in Active Directory, then retry."),
        Action.RETRY,
    ),
    "bind_password_expired": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Password expired"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The bind account's password has expired or must be changed."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Set a new password for the account and enter it here."),
        Action.CHANGE_INPUT,
    ),
    "bind_not_permitted": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Sign-in not permitted"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The bind account may not sign in now or from this computer."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the account's logon hours, workstation restrictions and expiry date."
        ),
        Action.CHANGE_INPUT,
    ),
    "bind_failed": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Bind failed"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory refused the bind."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the account and password, and the server's log."),
        Action.CHANGE_INPUT,
    ),
    "insufficient_rights": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not enough rights"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The bind account cannot read the users and groups."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Give the account read access to the directory (a normal domain user can read it)."
        ),
        Action.CHANGE_INPUT,
    ),
    "strong_auth_required": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Encryption required"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The server refuses to accept a password without encryption."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Choose LDAPS or StartTLS."),
        Action.CHANGE_INPUT,
    ),
    "base_dn_not_found": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Domain not found in the directory"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory has no entry for this domain's base."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the domain name."),
        Action.CHANGE_INPUT,
    ),
    "read_incomplete": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Read incomplete"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory stopped answering in the middle of a read."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Retry; if it keeps happening, check the server's limits."),
        Action.RETRY,
    ),
    "operation_failed": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Directory error"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory reported an error."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Retry; if it keeps happening, check the server's log."),
        Action.RETRY,
    ),
    "filter_invalid": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Invalid filter"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The LDAP filter is not valid."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Correct the filter."),
        Action.CHANGE_INPUT,
    ),
    "dn_invalid": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Invalid distinguished name"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This is not a valid distinguished name."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the DN, e.g. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com."),
        Action.CHANGE_INPUT,
    ),
    "watermark_mismatch": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Full read needed"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The domain controller's change history does not continue from the last read."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "The agent reads the whole directory instead; nothing to do."),
        Action.NONE,
    ),
    "criterion_field_invalid": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Invalid criteria field"),
        QT_TRANSLATE_NOOP("ErrorMessages", "A criteria row names a field that is not an LDAP attribute name."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Pick the field from the list, or type an attribute name such as department."
        ),
        Action.CHANGE_INPUT,
    ),
    "criterion_value_missing": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Criteria value missing"),
        QT_TRANSLATE_NOOP("ErrorMessages", "A criteria row compares a field but has no value to compare with."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Enter a value in the row, or remove the row."),
        Action.CHANGE_INPUT,
    ),
    "criterion_value_unexpected": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Value not used"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "'has a value' and 'has no value' compare nothing, but the row has a value."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Clear the value, or choose another relationship."),
        Action.CHANGE_INPUT,
    ),
    "criteria_rows_missing": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "No criteria rows"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Import based on criteria is chosen, but there is no criteria row."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Add a row, or choose to import all of them."),
        Action.CHANGE_INPUT,
    ),
    "no_domain_controller": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "No domain controller works"),
        QT_TRANSLATE_NOOP("ErrorMessages", "None of the domain controllers could be used."),
        QT_TRANSLATE_NOOP("ErrorMessages", "See each domain controller's result below."),
        Action.RETRY,
    ),
    "directory_error": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Directory error"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory reported an error."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Retry; if it keeps happening, check the server's log."),
        Action.RETRY,
    ),
    # --- setup and service ---
    "bind_identity_invalid": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Bind account not recognised"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Enter the bind account as a UPN (user@corp.example.com) or a distinguished name."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "For example svc-sync@corp.example.com."),
        Action.CHANGE_INPUT,
    ),
    "unencrypted_needs_consent": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Confirm unencrypted LDAP"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Unencrypted LDAP sends the password and directory data in clear text."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Tick the confirmation box, or choose LDAPS or StartTLS."),
        Action.CHANGE_INPUT,
    ),
    "ca_file_missing": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "CA file not found"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The CA certificate file does not exist."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Choose an existing PEM file, or leave the field empty."),
        Action.CHANGE_INPUT,
    ),
    "setup_out_of_order": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Step missing"),
        QT_TRANSLATE_NOOP("ErrorMessages", "A previous setup step is not complete."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Go back and complete the previous pages."),
        Action.NONE,
    ),
    "already_configured": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Already set up"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This computer already has an Identity Connect configuration."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Open the settings instead, or remove the configuration first."),
        Action.OPEN_SETTINGS,
    ),
    "agent_not_running": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Agent not running"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The agent service is not running."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Start it again; see the log for the reason it stopped."),
        Action.RETRY,
    ),
    "service_start_timeout": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Agent did not start"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The agent service did not report that it started."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Retry; if it keeps happening, see the log file."),
        Action.RETRY,
    ),
    "agent_busy": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Agent already running"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Another Identity Connect agent already uses this configuration."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Close the other agent first."),
        Action.RETRY,
    ),
    "approval_unknown_run": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "No run to approve"),
        QT_TRANSLATE_NOOP("ErrorMessages", "No run %1 is waiting for approval."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Open the status window to see the run that waits, or start a new sync."),
        Action.NONE,
        message_fills=(Fill("run_id"),),
    ),
    "setting_unknown": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Unknown setting"),
        QT_TRANSLATE_NOOP("ErrorMessages", "There is no setting %1."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the setting's name."),
        Action.CHANGE_INPUT,
        message_fills=(Fill("key"),),
    ),
    "setting_not_changeable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Setting cannot be changed here"),
        QT_TRANSLATE_NOOP("ErrorMessages", "%1 cannot be changed this way."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Change the directory connection with Change LDAP settings, and the owner with Change ownership.",
        ),
        Action.NONE,
        message_fills=(Fill("key"),),
    ),
    "setting_invalid": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Settings not valid"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The new settings are not valid, so nothing was saved."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Correct the values, then save again."),
        Action.CHANGE_INPUT,
    ),
    "state_too_new": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "State from a newer version"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The agent's state was written by a newer version of Identity Connect."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Install that version or a later one."),
        Action.NONE,
    ),
    # --- keyring, configuration, local system ---
    "keyring_unavailable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "No secure storage"),
        QT_TRANSLATE_NOOP("ErrorMessages", "There is no usable keyring to store passwords in."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet); Identity Connect never "
            "stores passwords in plain text.",
        ),
        Action.RETRY,
    ),
    "keyring_refused": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Keyring refused"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The keyring refused to store or read a secret."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Unlock the keyring, then retry."),
        Action.RETRY,
    ),
    "keyring_unresponsive": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Keyring not answering"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The keyring did not answer in time."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Unlock the keyring (answer its prompt if one is open) or restart the keyring service, then retry.",
        ),
        Action.RETRY,
    ),
    "config_missing": _CONFIG_PROBLEM,
    "config_unreadable": _CONFIG_PROBLEM,
    "config_malformed": _CONFIG_PROBLEM,
    "config_invalid": _CONFIG_PROBLEM,
    "state_file_unreadable": _STATE_DAMAGED,
    "state_unreadable": _STATE_DAMAGED,  # the state database
    "status_file_unreadable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Status file damaged"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The status file %1 is damaged."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Delete it and start Identity Connect: it writes a new one."),
        Action.NONE,
        message_fills=(Fill("path", "status.json"),),
        at_line=True,
    ),
    "config_folder_unsafe": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Configuration folder not private"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The folder %1 belongs to another user or other users may write to it, so Identity Connect"
            " refuses to use it.",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Make the folder yours and private to you (chmod 700), then start Identity Connect again.",
        ),
        Action.NONE,
        message_fills=(Fill("path", "identity-connect"),),
    ),
    # --- Windows domain controller prerequisites (app/pwsync/windows_prereq.py) ---
    "smb_unreachable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "No SMB answer"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The domain controller does not answer on SMB (port 445)."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check that it is running, that File and Printer Sharing is allowed in its firewall, and that no "
            "firewall between blocks port 445.",
        ),
        Action.RETRY,
    ),
    "smb_login_refused": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "SMB login refused"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The domain controller refused the install account's login (wrong password or unknown account).",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the user name (DOMAIN\\user or user@domain) and the password."),
        Action.CHANGE_INPUT,
    ),
    "smb_account_unusable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Install account cannot log in"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The install account is disabled, locked out or expired, or its password must be changed first.",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Fix the account in Active Directory Users and Computers, or use another one."
        ),
        Action.CHANGE_INPUT,
    ),
    "smb_ntlm_blocked": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "NTLM is blocked"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The domain controller refuses NTLM logins, which the install uses."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Add this computer to the server exceptions of the Restrict NTLM policy for the install, or install "
            "the agent on the domain controller by hand.",
        ),
        Action.NONE,
    ),
    "smb_signing_unavailable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "SMB session cannot be signed"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The domain controller let the account in only as a guest, or demands encryption this connection "
            "cannot give.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the install account and the domain controller's SMB settings."),
        Action.NONE,
    ),
    "smb_admin_share_denied": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not an administrator of the domain controller"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The install account logged in but may not open the ADMIN$ share."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Use a member of Domain Admins."),
        Action.CHANGE_INPUT,
    ),
    "smb_admin_share_missing": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "No ADMIN$ share"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The domain controller has no ADMIN$ share: it is not a Windows server, or its administrative shares "
            "are turned off.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Turn the administrative shares on (AutoShareServer) for the install."),
        Action.NONE,
    ),
    "smb_bad_answer": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Unexpected SMB answer"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "What answers on port 445 of the domain controller is not an SMB2/3 server, or it failed unexpectedly.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the domain controller's name. The log file has the details."),
        Action.RETRY,
    ),
    "winrm_unreachable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "No WinRM answer"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The domain controller does not answer on WinRM (HTTPS port 5986, or 5985 over HTTP)."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Turn on remote management with an HTTPS listener (winrm quickconfig) and allow the port in its firewall.",
        ),
        Action.RETRY,
    ),
    "winrm_tls_untrusted": ErrorWords(
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
    ),
    "winrm_login_refused": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "WinRM login refused"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The domain controller's WinRM refused the install account's login."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the user name and the password, and that Negotiate authentication is on for WinRM."
        ),
        Action.CHANGE_INPUT,
    ),
    "winrm_access_denied": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not an administrator of the domain controller"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The install account logged in to WinRM but may not use it."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Use a member of Domain Admins."),
        Action.CHANGE_INPUT,
    ),
    "winrm_bad_answer": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Unexpected WinRM answer"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "What answers on the WinRM port of the domain controller is not WinRM, or it failed unexpectedly.",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the port and the domain controller's name. The log file has the details."
        ),
        Action.RETRY,
    ),
    # --- any other failure ---
    "os_error": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "System error"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The operating system reported: %1."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check disk space and permissions, then retry."),
        Action.RETRY,
        message_fills=(Fill("reason"),),
    ),
    "unexpected": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Something went wrong"),
        QT_TRANSLATE_NOOP("ErrorMessages", "An unexpected problem occurred (%1)."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Try again. If it keeps happening, send the log file to your support contact."
        ),
        Action.RETRY,
        message_fills=(Fill("reason"),),
    ),
    "source_not_visible": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Objects no longer visible"),
        "",
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check the bind account's read rights on these OUs. Users are disabled or deleted only when the "
            "directory shows they were deleted.",
        ),
        Action.NONE,
        compose=_not_visible_text,
    ),
    # --- the agent service as the tray, the status and the settings windows meet it; settings checks ---
    "agent_failed": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "The agent stopped"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The agent service stopped because of an unexpected problem."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Start Identity Connect again. If it keeps happening, send the log file to your support contact.",
        ),
        Action.NONE,
    ),
    "deletion_needs_confirmation": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Please confirm"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Deleting users in the cloud loses their data for good."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Tick the confirmation below the warning, then save again."),
        Action.CHANGE_INPUT,
    ),
    "leave_scope_disable_needs_reflect": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Settings do not fit together"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "“Disable” when a user leaves the selected OUs needs status sync set to Reflect."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Set status sync to Reflect, or choose “Do nothing” for users who leave the OUs."
        ),
        Action.CHANGE_INPUT,
    ),
    # --- password sync: prerequisites and the DC agent's install (app/pwsync) ---
    "host_key_not_confirmed": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Host key not confirmed"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The domain controller's SSH host key was not confirmed, so no login was sent."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Compare the fingerprint with the DC's own and tick that it matches."),
        Action.RETRY,
    ),
    "prerequisites_not_met": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Prerequisites not met"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The domain controller does not meet every prerequisite, so nothing was installed."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Fix the rows marked ✗, then try again."),
        Action.RETRY,
    ),
    "not_domain_admin": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not a Domain Admin"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The install account is not a member of Domain Admins, directly or through a nested group."
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Use a Domain Admin's account, or add this one to Domain Admins."),
        Action.RETRY,
    ),
    "account_not_found": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Account not found"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The install account was not found in the directory."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Give it as user@domain or DOMAIN\\user."),
        Action.RETRY,
    ),
    "dc_unreachable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Domain controller not reachable"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The domain controller does not answer on SSH (port 22)."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check that it is running, that sshd listens and that no firewall blocks the port."
        ),
        Action.RETRY,
    ),
    "dc_not_in_domain": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not a DC of this domain"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The directory lists no domain controller by this name."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the name, or join the computer to the domain as a DC."),
        Action.RETRY,
    ),
    "needs_login": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not checked"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Password capture can only be checked with an SSH login."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check again and give the DC's SSH login."),
        Action.RETRY,
    ),
    "not_checked": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not checked"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Not checked, because the domain controller does not answer."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Make it reachable first."),
        Action.RETRY,
    ),
    "not_root": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not an administrator on the DC"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The SSH account is neither root nor allowed password-less sudo."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Log in as root, or give the account sudo without a password."),
        Action.RETRY,
    ),
    "samba_too_old": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Samba cannot hand over passwords"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Samba 4.7 or later with 'samba-tool user syncpasswords' is needed."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Upgrade Samba on the domain controller."),
        Action.RETRY,
    ),
    "python3_gpg_missing": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "python3-gpg missing"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Samba's Python on the DC lacks the gpg module, so it cannot decrypt the passwords it keeps.",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Install python3-gpg on the DC (apt install python3-gpg), then check again."
        ),
        Action.RETRY,
    ),
    "smb_conf_missing": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "smb.conf not found"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The DC's smb.conf is not where Debian and Ubuntu keep it."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Install with the command line and give its path with --samba-conf."),
        Action.RETRY,
    ),
    "no_capture_support": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "No password capture"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The DC's Samba cannot hand over passwords."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Install Samba 4.7 or later and python3-gpg on the DC."),
        Action.RETRY,
    ),
    "ssh_unreachable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "SSH not reachable"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The DC's SSH server cannot be reached."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check that it runs and that the port is open from this computer."),
        Action.RETRY,
    ),
    "ssh_host_key_mismatch": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Different host key"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The DC's SSH host key is not the one you confirmed, so no login was sent."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Compare the fingerprint with the DC's own before you try again."),
        Action.RETRY,
    ),
    "ssh_login_refused": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Login refused"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The domain controller refused the SSH login."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check the user name and the key file or password."),
        Action.RETRY,
    ),
    "install_step_failed": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Install step failed"),
        QT_TRANSLATE_NOOP("ErrorMessages", "A step of the install failed on the domain controller."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "See the log for the step and the DC's answer, fix it there and install again."
        ),
        Action.RETRY,
    ),
    "windows_kit_missing": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Windows DC kit missing"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "This computer lacks what is copied to a Windows domain controller: the password filter DLL and the "
            "DC agent's runtime (a Windows Python with cryptography).",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Put the Windows DC kit in the folder windows-dc-kit of the configuration folder, or name it with "
            "IDENTITY_CONNECT_WINDOWS_DC_KIT.",
        ),
        Action.RETRY,
    ),
    "windows_not_64bit": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not 64-bit Windows"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The password filter is built for 64-bit Windows only."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Choose a domain controller that runs 64-bit Windows."),
        Action.RETRY,
    ),
    "needs_windows_login": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Not checked"),
        QT_TRANSLATE_NOOP("ErrorMessages", "SMB and WinRM can only be checked with the install account's login."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check again and give the Domain Admin's account and password."),
        Action.RETRY,
    ),
    "windows_dc_unreachable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Domain controller not reachable"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The domain controller does not answer on SMB (port 445)."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check that it is running and that File and Printer Sharing is allowed in its firewall from this computer.",
        ),
        Action.RETRY,
    ),
    "windows_too_old": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Windows too old"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The password filter and the DC agent need Windows Server 2016 or later on the domain controller.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Upgrade the domain controller, or choose another one."),
        Action.RETRY,
    ),
    "dc_platform_mismatch": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "Wrong kind of login"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The login given is for another kind of domain controller: SSH for Samba, SMB and WinRM for Windows.",
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the domain controller's operating system in the list, then try again."
        ),
        Action.RETRY,
    ),
    "smb_encryption_unavailable": ErrorWords(
        QT_TRANSLATE_NOOP("ErrorMessages", "SMB cannot be encrypted"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The domain controller does not offer SMB 3 encryption, which the install needs to copy the agent's key.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Turn on SMB 3 on the domain controller (Windows Server 2012 or later)."),
        Action.RETRY,
    ),
}


#: Why a password change was not accepted (the reasons :func:`app.pwsync.admin.rejection_reason` gives; the
#: terminal's words are :mod:`app.messages`' ``problem`` texts). ``tenant_refused`` shows the tenant's own words.
REJECTION_WORDS: dict[str, str] = {
    "tenant_refused": QT_TRANSLATE_NOOP("ErrorMessages", "The tenant's password policy refused it"),
    "inconsistent_change": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The DC agent's change did not name its account consistently"
    ),
    "envelope_unreadable": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The sealed password could not be opened for this account"
    ),
    "account_mismatch": QT_TRANSLATE_NOOP("ErrorMessages", "The change names another account than the directory does"),
    "account_unverifiable": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The account could not be checked against the directory"
    ),
    "password_not_utf8": QT_TRANSLATE_NOOP("ErrorMessages", "The password is not valid text"),
}


def rejection_text(code: str, tenant_words: str = "") -> str:
    """Why one password change was not accepted: the tenant's own words when it gave some, else the words for
    ``code`` (the code itself when it has none)."""
    if code == "tenant_refused" and tenant_words:
        return tenant_words
    words = REJECTION_WORDS.get(code)
    return _t(words) if words is not None else code
