"""English words for the directory layer's codes, used by the headless ``check-ldap`` command.

The GUI has its own translated table; this one is for servers and scripts. ``{name}`` fields come from a
result's ``data``; missing fields render empty.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

STAGE_NAMES = {
    "host": "Host name",
    "dns": "DNS lookup",
    "tcp": "TCP connection",
    "tls": "TLS certificate",
    "bind": "Sign-in (bind)",
    "root_dse": "Directory info (rootDSE)",
    "read": "Read users",
}

DETAILS = {
    "host_valid": "{host} is a valid host name",
    "resolved": "resolves to {addresses}",
    "reachable": "port {port} accepts connections",
    "tls_verified": "certificate for {subject} issued by {issuer}, valid until {not_after}",
    "tls_not_used": "plain LDAP: the connection is NOT encrypted (explicitly allowed)",
    "bound": "signed in as {identity}",
    "root_dse_read": "{flavor}; naming contexts: {naming_contexts}",
    "users_visible": "users are visible under {base_dn}",
    "host_invalid": "{host} is not a valid host name ({reason})",
    "host_not_fqdn": "{host} is not a fully qualified domain name; with SSL the certificate is issued to the FQDN, "
    "so a bare name cannot be verified",
    "dn_invalid": "the bind DN is not a valid distinguished name ({reason})",
    "dns_failed": "{host} does not resolve",
    "unreachable": "server unreachable: nothing answers on {host}:{port}",
    "timeout": "{host}:{port} accepted the connection but did not answer in time",
    "tls_untrusted": "the certificate of {host} is not issued by a trusted CA (subject {subject}, issuer {issuer}, "
    "expires {not_after})",
    "tls_self_signed": "{host} presents a self-signed certificate (subject {subject}, expires {not_after})",
    "tls_expired": "the certificate of {host} expired on {not_after} (subject {subject}, issuer {issuer})",
    "tls_hostname_mismatch": "the certificate is for {subject_alt_names}, not for {host} (issuer {issuer}, "
    "expires {not_after})",
    "tls_failed": "TLS could not be set up with {host}: {reason}",
    "bind_invalid_credentials": "wrong user name or password",
    "bind_account_disabled": "the account is disabled",
    "bind_account_locked": "the account is locked out",
    "bind_password_expired": "the account's password has expired or must be changed",
    "bind_not_permitted": "the account may not sign in now (logon hours, workstation or account expiry)",
    "bind_failed": "sign-in failed: {server_message}",
    "strong_auth_required": "the server requires an encrypted connection for this sign-in",
    "insufficient_rights": "signed in, but the account cannot see any users under {base_dn}",
    "base_dn_not_found": "the base DN {base_dn} does not exist",
    "operation_failed": "the server reported an error: {server_message}",
}

HINTS = {
    "check_host_spelling": "Check the spelling of the domain controller's name.",
    "use_fqdn": "Enter the full name, such as dc1.example.com.",
    "check_bind_dn": "Enter the account as a DN (CN=...,DC=...) or as user@domain.",
    "check_dns": "Check the name, or that this computer uses the domain's DNS servers.",
    "check_server_running_retry": "Check that the domain controller is running and the port is open, then retry.",
    "check_port_firewall": "Check the port and the connection security setting; a firewall may drop traffic.",
    "provide_ca_file": "Choose the CA certificate file that issued the domain controller's certificate.",
    "use_ca_signed_certificate": "Give the domain controller a certificate from your CA, or choose that "
    "certificate as the CA file.",
    "renew_certificate": "Renew the domain controller's certificate.",
    "use_name_in_certificate": "Connect with a name listed in the certificate.",
    "check_tls_mode": "Check whether the server expects SSL (636) or StartTLS (389).",
    "check_user_password": "Check the user name and password.",
    "enable_account": "Enable the account in the directory, or use another account.",
    "unlock_account": "Unlock the account or wait for the lockout to end.",
    "change_password": "Set a new password for the account.",
    "check_account_restrictions": "Check the account's logon restrictions and expiry date.",
    "use_tls": "Use SSL or StartTLS.",
    "grant_read_rights": "Give the account read access to the users, or use another account.",
    "check_base_dn": "Check the base DN.",
    "see_details": "See the server's message above.",
    "plain_ldap_unencrypted": "Passwords and data cross the network in clear text; prefer SSL or StartTLS.",
}


class _Lenient(string.Formatter):
    def get_value(self, key: int | str, args: Any, kwargs: Any) -> Any:
        value = kwargs.get(key, "") if isinstance(key, str) else ""
        if isinstance(value, list):
            return ", ".join(str(v) for v in value) or "-"
        return value


def describe(code: str, data: Mapping[str, Any]) -> str:
    template = DETAILS.get(code, code)
    return _Lenient().format(template, **dict(data))


def hint_text(code: str | None) -> str:
    return HINTS.get(code, code) if code else ""
