"""Words for the terminal front end: the English sentences the command-line tools print for the core's codes.

The GUI has its own, translated table (``ui/errors.py``); this one is for servers and scripts. :data:`WORDS` has
one entry per code, with the texts the commands need:

- ``text``: the sentence ``sync``, ``status``, ``run``, ``settings``, ``keyring-session`` and ``password-sync``
  print when the code stops them (:func:`describe`);
- ``setup``: the sentence ``setup`` prints, naming its own options (``--config-dir``, ``--tenant-ca-file``);
- ``finding``: the directory check's short finding for one stage, as ``check-ldap`` and ``setup`` print it after
  the stage's name (:data:`STAGE_NAMES`), followed by what to do (:data:`HINTS`, by hint id); passed stages have
  findings too;
- ``problem``: what is wrong, as a clause in a list (:func:`problem`): with one value of new settings, as
  ``settings set`` lists the problems of a ``setting_invalid``; with a password change the cloud did not accept,
  as ``password-sync status`` lists them.

``{name}`` fields are filled from the error's details (or a result's data): a missing field renders empty and a
list renders comma separated. ``tests/test_words.py`` checks that every code the core raises has words here and in
the GUI's table, and that no entry outlives its code.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.errors import IdentityConnectError


@dataclass(frozen=True)
class Words:
    text: str = ""
    setup: str = ""
    finding: str = ""
    problem: str = ""


class _Lenient(string.Formatter):
    def get_value(self, key: int | str, args: Any, kwargs: Any) -> Any:
        value = kwargs.get(key, "") if isinstance(key, str) else ""
        if isinstance(value, list):
            return ", ".join(str(v) for v in value) or "-"
        return value


def fill(template: str, values: Mapping[str, Any]) -> str:
    """``template`` with its ``{name}`` fields from ``values``; a missing one renders empty."""
    return _Lenient().format(template, **dict(values))


def text(code: str) -> str | None:
    """The sentence for ``code`` (unfilled), or None when the commands have none."""
    words = WORDS.get(code)
    return words.text if words is not None and words.text else None


def describe(exc: IdentityConnectError) -> str:
    """What a command prints when ``exc`` stops it: what happened and what to do."""
    template = text(exc.code)
    if template is None:
        return f"The agent stopped with an error ({exc.code}). See the log file for details."
    return fill(template, _values(exc))


def _values(exc: IdentityConnectError) -> dict[str, Any]:
    details = dict(exc.details)
    pid = details.get("pid")
    line = details.get("line")
    return {
        "pid": f" (process {pid})" if pid else "",
        "path": details.get("path", "the configuration folder"),
        "line": f" at line {line}" if isinstance(line, int) else "",
        "run_id": details.get("run_id", ""),
        "programs": details.get("programs", ""),
        "source": f" ({details['source']})" if details.get("source") else "",
        "key": details.get("key", ""),
        "detail": "",
        "host": str(details.get("host", "")),
        "seconds": str(details.get("seconds", "")),
        "fingerprint": str(details.get("fingerprint", "")),
        "message": str(exc).rstrip(".") + ".",
        "reason": f": {details['reason']}" if details.get("reason") else "",
    }


def setup_sentence(exc: IdentityConnectError) -> str:
    """What ``setup`` prints when ``exc`` stops it: its own sentence, else the directory check's finding with what
    to do, else the sentence the other commands print."""
    words = WORDS.get(exc.code)
    if words is not None and words.setup:
        return words.setup
    hint = HINTS.get(str(exc.details.get("hint", "")), "")
    found = finding(exc.code, exc.details)
    if found != exc.code:
        return f"{found}. {hint}".strip()
    if words is not None and words.text:
        return fill(words.text, _values(exc))
    return f"Setup failed ({exc.code}). {hint}".strip()


def finding(code: str, data: Mapping[str, Any]) -> str:
    """The directory check's finding for ``code`` with the result's ``data``; the code itself if it has none."""
    words = WORDS.get(code)
    return fill(words.finding, data) if words is not None and words.finding else code


def problem(code: str) -> str:
    """What is wrong with a settings value, for the problem ``code``; the code itself if it has no words."""
    words = WORDS.get(code)
    return words.problem if words is not None and words.problem else code


def hint_text(hint: str | None) -> str:
    return HINTS.get(hint, hint) if hint else ""


STAGE_NAMES: dict[str, str] = {
    "host": "Host name",
    "dns": "DNS lookup",
    "tcp": "TCP connection",
    "tls": "TLS certificate",
    "bind": "Sign-in (bind)",
    "root_dse": "Directory info (rootDSE)",
    "read": "Read users",
}

HINTS: dict[str, str] = {
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


_STATE_DAMAGED = Words(
    text=(
        "The agent's state file {path} is damaged{line}, so the agent does not sync. Restore it from a backup, or "
        "move it aside to start over with a first-run review; then start the agent again."
    ),
)

WORDS: dict[str, Words] = {
    # --- the service's commands: sync, status, run (app/service/cli.py) ---
    "agent_busy": Words(
        text=(
            "Another Identity Connect agent is already running with this configuration{pid}. Stop it first, or use "
            "its tray app; only one agent may work on a configuration at a time."
        ),
    ),
    "config_missing": Words(
        text=(
            "This agent is not set up yet: there is no configuration at {path}. Run the setup wizard "
            "(identity-connect) or 'identity-connect-agent setup'."
        ),
    ),
    "config_malformed": Words(
        text=(
            "The configuration file {path} is damaged{line} (not valid JSON, or values out of range). Restore it from "
            "a backup or run the setup again."
        ),
    ),
    "config_invalid": Words(
        text="The configuration file {path} has invalid settings{line}. Open the settings and correct them.",
    ),
    "config_folder_unsafe": Words(
        text=(
            "The folder {path} belongs to another user or other users may write to it, so the agent refuses to use it "
            "(anyone who can write there could change what the agent does). Make it yours and private (chmod 700), or "
            "choose another --config-dir."
        ),
        setup=(
            "The configuration folder belongs to another user or other users may write to it, so setup refuses to use "
            "it. Make it yours and private (chmod 700), or choose another --config-dir."
        ),
    ),
    "state_file_unreadable": _STATE_DAMAGED,
    "state_unreadable": _STATE_DAMAGED,  # the state database
    "state_too_new": Words(
        text="The agent's state was written by a newer version of Identity Connect. Install that version or a later "
        "one.",
    ),
    "status_file_unreadable": Words(
        text="The status file {path} is damaged{line}. Delete it and start the agent: it writes a new one.",
    ),
    "config_unreadable": Words(
        text="The configuration file {path} cannot be read. Check its permissions.",
    ),
    "keyring_unavailable": Words(
        text=(
            "No usable keyring was found to hold this agent's passwords and sign-in. On a desktop, unlock your "
            "keyring; on a server without one, run the command inside 'identity-connect-agent keyring-session' (see "
            "'Keyring on a headless Linux server' in the admin guide)."
        ),
        setup=(
            "No usable keyring for the bind password and sign-in. Configure a keyring backend for this account "
            "(Identity Connect never stores secrets in plain text)."
        ),
    ),
    "keyring_refused": Words(
        text="The keyring refused access to this agent's secrets. Unlock it and try again.",
        setup="The keyring refused to store a secret. Unlock it and try again.",
    ),
    "keyring_unresponsive": Words(
        text=(
            "The keyring did not answer within {seconds} seconds. It may be locked and waiting for an unlock prompt "
            "nobody can see, or its service has stopped: unlock it (on a server, run the agent inside "
            "'identity-connect-agent keyring-session'), or restart the keyring service, and try again."
        ),
        setup=(
            "The keyring did not answer in time. Unlock it (answer its prompt if one is open) or restart the keyring "
            "service, then run the setup again."
        ),
    ),
    "agent_unknown": Words(
        text="The cloud tenant does not know this agent any more. Run the setup again with a new installation key.",
    ),
    "not_owner": Words(
        text="The signed-in administrator does not own this agent. Sign in as the owner, or change the owner.",
    ),
    "setup_out_of_order": Words(
        text="A setup step ran before the step it needs. Run the setup again from the start.",
    ),
    "os_error": Words(
        text="The operating system reported an error{reason}. Check disk space and permissions, then retry.",
    ),
    "signin_expired": Words(
        text=(
            "The administrator's sign-in has expired or was revoked. Sign in again from the tray app, or hand the "
            "agent to another admin (change owner)."
        ),
    ),
    "tenant_unreachable": Words(
        text="The cloud tenant cannot be reached. Check the network, proxy and firewall, then retry.",
        setup="The cloud tenant cannot be reached. Check the network and proxy, then retry.",
    ),
    "tls_error": Words(
        text="The cloud tenant's certificate is not trusted. Check the TLS settings or the CA file.",
        setup="The tenant's certificate is not trusted. Check the date and time, or pass --tenant-ca-file.",
    ),
    "tenant_bad_response": Words(
        text="The cloud tenant answered in an unexpected way. Check the tenant URL and try again.",
        setup="The tenant answered in an unexpected way (a proxy or captive portal?).",
    ),
    "endpoint_untrusted": Words(
        text=(
            "The cloud tenant named an address that is not HTTPS on the tenant's own address, so nothing was sent "
            "there. Check the tenant URL; if the tenant is right, ask its provider to fix its discovery."
        ),
        setup=(
            "The tenant named an address that is not HTTPS on its own address; nothing was sent there. Check the "
            "tenant URL in the installation key."
        ),
    ),
    "signin_uri_untrusted": Words(
        text=(
            "The sign-in page address the tenant sent is not HTTPS on the tenant's own address, so it was not shown. "
            "Check the tenant URL, or sign in again later."
        ),
        setup=(
            "The sign-in page address the tenant sent is not HTTPS on its own address, so it is not shown. Check the "
            "tenant URL in the installation key."
        ),
    ),
    "scim_error": Words(
        text="The cloud directory refused a change. See the log for the object and the reason.",
    ),
    "rate_limited": Words(
        text="The cloud directory is throttling requests. The next run will continue.",
    ),
    "scim_ambiguous": Words(
        text="More than one object in the cloud directory has the same user name or external ID. Remove or rename the "
        "duplicate in the cloud directory, then retry.",
    ),
    "cloud_object_missing": Words(
        text="An object the agent manages no longer exists in the cloud directory. See the log for the object; the "
        "next run checks it again.",
    ),
    "tenant_unavailable": Words(
        text=(
            "The cloud tenant became unavailable during the run, so the run was stopped; what was not written yet "
            "stays pending and the next run continues. The log names the time and the cause."
        ),
    ),
    "clock_skew": Words(
        text=(
            "This computer's clock differs from the cloud tenant's by more than 5 minutes. Correct the system date "
            "and time."
        ),
    ),
    "directory_error": Words(
        text="The directory cannot be read. Check the domain controllers and the bind account.",
    ),
    "bind_failed": Words(
        text="The directory refused the bind account's user name or password. Update them in the settings.",
        finding="sign-in failed: {server_message}",
    ),
    # --- the directory layer's codes (app/ldap/errors.py); none of them lets a run write anything ---
    "unreachable": Words(
        text=(
            "No domain controller answers, so nothing was changed. Check that the domain controllers are running and "
            "reachable from this computer, then retry."
        ),
        finding="server unreachable: nothing answers on {host}:{port}",
    ),
    "no_domain_controller": Words(
        text=(
            "No domain controller answers, so nothing was changed. Check that the domain controllers are running and "
            "reachable from this computer, then retry."
        ),
    ),
    "timeout": Words(
        text=(
            "The domain controller stopped answering during the directory read, so nothing was changed. Check that it "
            "is running and not overloaded, then retry."
        ),
        finding="{host}:{port} accepted the connection but did not answer in time",
    ),
    "filter_invalid": Words(
        text="The custom LDAP filter is not valid. Correct it in the settings.",
        problem="the custom LDAP query is not a valid LDAP filter",
    ),
    "watermark_mismatch": Words(
        text="The domain controller's change history does not continue from the last read, so the agent reads the "
        "whole directory instead. Nothing to do.",
    ),
    "read_incomplete": Words(
        text="The directory read stopped before the end, so nothing was changed. Try again.",
    ),
    "dns_failed": Words(
        text="The domain controller's name cannot be resolved. Check the DNS settings or the DC names.",
        finding="{host} does not resolve",
    ),
    "srv_not_found": Words(
        text="No domain controllers were found in DNS for the domain. Enter them by name in the settings.",
    ),
    "tls_failed": Words(
        text=(
            "The secure connection to the domain controller failed (certificate or TLS settings). Check the CA file "
            "and the TLS settings."
        ),
        finding="TLS could not be set up with {host}: {reason}",
    ),
    "base_dn_not_found": Words(
        text="The base DN or a selected OU does not exist in the directory. Check the scope settings.",
        finding="the base DN {base_dn} does not exist",
    ),
    "insufficient_rights": Words(
        text=(
            "The bind account may not read the directory objects in scope. Give it read access or choose another "
            "account."
        ),
        finding="signed in, but the account cannot see any users under {base_dn}",
    ),
    "operation_failed": Words(
        text="The directory refused a search. See the log for the server's message.",
        finding="the server reported an error: {server_message}",
    ),
    "source_empty": Words(
        text=(
            "The directory returned no objects in scope, so nothing was changed (this protects the cloud directory "
            "from an empty or broken read). Check the scope settings."
        ),
    ),
    "source_not_visible": Words(
        text=(
            "Managed users or groups are no longer visible to the bind account, and the directory shows no sign they "
            "were deleted, so nothing was changed. Check the bind account's read rights."
        ),
    ),
    "source_shrank": Words(
        text=(
            "The directory returned far fewer objects than last time, so nothing was changed. Check the scope "
            "settings and the domain controller."
        ),
    ),
    "source_incomplete": Words(
        text="The directory read stopped before the end, so nothing was changed. Try again.",
    ),
    "agent_gone": Words(
        text="The running agent stopped before it answered. Run 'identity-connect-agent status', then try again.",
    ),
    "agent_stopping": Words(
        text="The running agent is stopping and did not take the command. Try again once it runs again.",
    ),
    "approval_unknown_run": Words(
        text=(
            "No run {run_id} is waiting for approval. Run 'identity-connect-agent status' to see the run that waits, "
            "or start a new sync."
        ),
    ),
    "stopped": Words(
        text="The run was stopped before it finished; the next run continues where it left off.",
    ),
    "objects_failed": Words(
        text="Some objects could not be synced. See the log for which and why; the next run retries them.",
    ),
    "run_failed": Words(
        text="The run failed unexpectedly. See the log file for details.",
    ),
    # --- settings (app/settings_update.py) ---
    "setting_unknown": Words(
        text="There is no setting {key}. 'identity-connect-agent settings show' lists them.",
    ),
    "setting_not_changeable": Words(
        text=(
            "{key} cannot be changed with this command: only the sync settings (sync.…) can. Change the directory "
            "connection with the settings window's Change LDAP settings (it checks the connection first) or by "
            "running the setup again, and the owner with Change ownership."
        ),
    ),
    "setting_invalid": Words(
        text="The new settings are not valid, so nothing was saved.",
    ),
    # --- keyring-session (app/service/keyring_session.py) ---
    "keyring_password_missing": Words(
        text=(
            "No keyring password was found{source}. Give one with --password-file FILE, or run under systemd with the "
            "credential 'keyring-password' (LoadCredentialEncrypted=); see the admin guide, 'Keyring on a headless "
            "Linux server'."
        ),
    ),
    "keyring_password_empty": Words(
        text=(
            "The keyring password file{source} is empty. Put a long random password in it (for example: openssl rand "
            "-base64 32)."
        ),
    ),
    "keyring_programs_missing": Words(
        text=(
            "The private keyring needs programs that are not installed: {programs}. Install them (Debian/Ubuntu: "
            "apt-get install dbus gnome-keyring)."
        ),
    ),
    "keyring_unlock_failed": Words(
        text=(
            "The private keyring could not be started or unlocked. If its password changed, put the old one back, or "
            "move the keyring folder aside and run the setup again."
        ),
    ),
    "keyring_command_missing": Words(
        text=(
            "Name the agent command to run in the keyring session, for example: identity-connect-agent "
            "keyring-session --password-file FILE status"
        ),
    ),
    # --- Windows DC prerequisites (app/pwsync/windows_prereq.py) ---
    "smb_unreachable": Words(
        text=(
            "The domain controller does not answer on SMB (port 445). Check that it is running, that File and Printer "
            "Sharing is allowed in its firewall, and that no firewall between blocks port 445."
        ),
    ),
    "smb_login_refused": Words(
        text=(
            "The domain controller refused the install account's SMB login (wrong password or unknown account). Check "
            "the user name (DOMAIN\\user or user@domain) and the password."
        ),
    ),
    "smb_account_unusable": Words(
        text=(
            "The install account cannot log in: it is disabled, locked out or expired, or its password must be "
            "changed first. Fix the account in Active Directory Users and Computers, or use another."
        ),
    ),
    "smb_ntlm_blocked": Words(
        text=(
            "The domain controller refuses NTLM logins, which the install uses. Add this computer to the server "
            "exceptions of the 'Restrict NTLM' policy for the install, or install the agent on the DC by hand."
        ),
    ),
    "smb_signing_unavailable": Words(
        text=(
            "The SMB session could not be signed: the domain controller let the account in only as a guest, or "
            "demands encryption this connection cannot give. Check the account and the DC's SMB settings."
        ),
    ),
    "smb_admin_share_denied": Words(
        text=(
            "The install account logged in but may not open the ADMIN$ share, so it is not an administrator of the "
            "domain controller. Use a member of Domain Admins."
        ),
    ),
    "smb_admin_share_missing": Words(
        text=(
            "The domain controller has no ADMIN$ share: it is not a Windows server, or its administrative shares are "
            "turned off (AutoShareServer = 0). Turn them on for the install."
        ),
    ),
    "smb_bad_answer": Words(
        text=(
            "What answers on port 445 of the domain controller is not an SMB2/3 server, or it failed unexpectedly. "
            "Check the DC's name; the log has the details."
        ),
    ),
    "winrm_unreachable": Words(
        text=(
            "The domain controller does not answer on WinRM (HTTPS port 5986, or 5985 over HTTP). Turn on remote "
            "management (winrm quickconfig, with an HTTPS listener) and allow the port in its firewall."
        ),
    ),
    "winrm_tls_untrusted": Words(
        text=(
            "The certificate of the domain controller's WinRM listener is not trusted or is not for this name. Give "
            "the CA file of the certificate's issuer, or issue the listener a certificate for the DC's name."
        ),
    ),
    "winrm_login_refused": Words(
        text=(
            "The domain controller's WinRM refused the install account's login. Check the user name and the password, "
            "and that Negotiate authentication is on for WinRM."
        ),
    ),
    "winrm_access_denied": Words(
        text=(
            "The install account logged in to WinRM but may not use it: it is not an administrator of the domain "
            "controller. Use a member of Domain Admins."
        ),
    ),
    "winrm_bad_answer": Words(
        text=(
            "What answers on the WinRM port of the domain controller is not WinRM, or it failed unexpectedly. Check "
            "the port and the DC's name; the log has the details."
        ),
    ),
    # --- password sync: prerequisite rows (✗) and install errors (app/pwsync) ---
    "not_domain_admin": Words(
        text=(
            "The install account {detail} is not a member of Domain Admins (directly or through a nested group). Use "
            "a Domain Admin's account, or add this one to Domain Admins."
        ),
    ),
    "account_not_found": Words(
        text=(
            "The install account {detail} was not found in the directory (or more than once). Give it as user@domain "
            "or DOMAIN\\user."
        ),
    ),
    "dc_unreachable": Words(
        text=(
            "The domain controller does not answer on its management channel ({detail}: SSH). Check that it is "
            "running, that sshd listens there and that no firewall blocks the port from this computer."
        ),
    ),
    "dc_not_in_domain": Words(
        text=(
            "This computer is not a domain controller of {detail}: the directory lists no computer with the "
            "server-trust flag by that name. Check the name (use 'password-sync dcs'), or join it to the domain."
        ),
    ),
    "needs_login": Words(
        text=(
            "Password capture can only be checked with an SSH login: give --ssh-user with --ssh-key or "
            "--ssh-password-stdin, and --accept-host-key."
        ),
    ),
    "not_checked": Words(
        text="Not checked, because the domain controller does not answer.",
    ),
    "not_root": Words(
        text=(
            "The SSH account is neither root nor allowed password-less sudo on the DC. Log in as root, or give the "
            "account sudo without a password for the install."
        ),
    ),
    "samba_too_old": Words(
        text=(
            "Samba on the DC cannot hand over passwords ({detail}): Samba 4.7 or later with 'samba-tool user "
            "syncpasswords' is needed. Upgrade Samba on the DC."
        ),
    ),
    "python3_gpg_missing": Words(
        text=(
            "Samba's Python on the DC lacks the gpg module, so it cannot decrypt the passwords it keeps. Install "
            "python3-gpg on the DC (apt install python3-gpg), then check again."
        ),
    ),
    "smb_conf_missing": Words(
        text="The DC's smb.conf was not found where expected. Give its path with --samba-conf.",
    ),
    "no_capture_support": Words(
        text="The DC's Samba cannot hand over passwords. Install Samba 4.7+ and python3-gpg.",
    ),
    "ssh_unreachable": Words(
        text="The DC's SSH server cannot be reached. Check that it runs and the port is open.",
    ),
    "ssh_host_key_mismatch": Words(
        text=(
            "The DC's SSH host key is not the one you confirmed ({fingerprint} answers), so no login was sent. "
            "Compare it with the DC's own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the DC)."
        ),
    ),
    "ssh_login_refused": Words(
        text="The DC refused the SSH login. Check the user name and the key or password.",
    ),
    "windows_kit_missing": Words(
        text="This computer lacks the Windows DC kit (the password filter DLL and the DC agent's runtime) that is "
        "copied to a Windows domain controller. Give its folder with --windows-kit, put it in the folder "
        "windows-dc-kit of the configuration folder, or name it with IDENTITY_CONNECT_WINDOWS_DC_KIT.",
    ),
    "windows_not_64bit": Words(
        text="{host} does not run 64-bit Windows, and the password filter is built for 64-bit Windows only. Choose a "
        "domain controller that runs 64-bit Windows.",
    ),
    "needs_windows_login": Words(
        text=(
            "SMB and WinRM are checked only with the install account: give --windows-account and "
            "--windows-password-stdin."
        ),
    ),
    "windows_dc_unreachable": Words(
        text=(
            "The domain controller does not answer on SMB ({detail}). Check that it runs and that File and Printer "
            "Sharing is allowed in its firewall."
        ),
    ),
    "windows_too_old": Words(
        text=(
            "The password filter and DC agent need Windows Server 2016 or later ({detail}). Upgrade the DC or choose "
            "another."
        ),
    ),
    "dc_platform_mismatch": Words(
        text=(
            "The login given is for another kind of domain controller: SSH (--ssh-user) for Samba, --windows-account "
            "for Windows. See each DC's operating system with 'password-sync dcs'."
        ),
    ),
    "smb_encryption_unavailable": Words(
        text=(
            "The DC does not offer SMB 3 encryption, which the install needs to copy the DC agent's key. Turn on "
            "SMB 3 (Windows Server 2012+)."
        ),
    ),
    "install_step_failed": Words(
        text="A step of the install failed on the DC: {message} Fix it on the DC and install again.",
    ),
    "host_key_not_confirmed": Words(
        text=(
            "Compare this fingerprint of {host}'s SSH host key with the DC's own (ssh-keygen -lf "
            "/etc/ssh/ssh_host_ed25519_key.pub on the DC), then run the command again with --accept-host-key "
            "{fingerprint}"
        ),
    ),
    "prerequisites_not_met": Words(
        text=(
            "{host} does not meet every prerequisite, so nothing was installed. Fix the rows marked ✗, then try again."
        ),
    ),
    # --- setup: the installation key, the sign-in, the form ---
    "key_empty": Words(
        setup="No installation key given. Paste the key from your tenant's admin console (it starts with ICK1-).",
    ),
    "key_malformed": Words(
        setup="This is not an installation key. Copy the whole key again; it starts with ICK1-.",
    ),
    "key_checksum": Words(
        setup="The key's checksum does not match: a character is missing or mistyped. Paste it again.",
    ),
    "key_unsupported_version": Words(
        setup="This key needs a newer version of Identity Connect.",
    ),
    "key_bad_tenant_url": Words(
        setup="The key does not contain a valid tenant address. Create a new key.",
    ),
    "key_unknown": Words(
        setup="The tenant does not know this installation key. Check you copied the right tenant's key.",
    ),
    "key_expired": Words(
        setup="This installation key has expired. Create a new one in the admin console.",
    ),
    "key_revoked": Words(
        setup="This installation key was revoked. Ask for, or create, a new one.",
    ),
    "key_used": Words(
        setup="This installation key has already been used. Each key works once; create a new one.",
    ),
    "device_denied": Words(
        setup="The sign-in was refused in the browser. Run setup again to get a new code.",
    ),
    "device_expired": Words(
        setup="The code expired before the sign-in was completed. Run setup again for a new code.",
    ),
    "device_invalid_grant": Words(
        setup="The tenant no longer accepts this sign-in request. Run setup again.",
    ),
    "not_admin": Words(
        setup="The account you signed in with is not an administrator of this tenant.",
    ),
    "agent_api_error": Words(
        setup="The tenant refused to register the agent.",
    ),
    "already_configured": Words(
        setup="This configuration folder already holds an agent; use another --config-dir or remove it.",
    ),
    "bind_identity_invalid": Words(
        setup="Give the bind account as a UPN (user@corp.example.com) or a DN.",
    ),
    "unencrypted_needs_consent": Words(
        setup="Plain LDAP sends the password unencrypted: add --allow-unencrypted to confirm.",
    ),
    "ca_file_missing": Words(
        setup="The CA file does not exist.",
    ),
    # --- the directory check's findings (app/ldap/diagnostics.py), passed and failed ---
    "host_valid": Words(
        finding="{host} is a valid host name",
    ),
    "resolved": Words(
        finding="resolves to {addresses}",
    ),
    "reachable": Words(
        finding="port {port} accepts connections",
    ),
    "tls_verified": Words(
        finding="certificate for {subject} issued by {issuer}, valid until {not_after}",
    ),
    "tls_not_used": Words(
        finding="plain LDAP: the connection is NOT encrypted (explicitly allowed)",
    ),
    "bound": Words(
        finding="signed in as {identity}",
    ),
    "root_dse_read": Words(
        finding="{flavor}; naming contexts: {naming_contexts}",
    ),
    "users_visible": Words(
        finding="users are visible under {base_dn}",
    ),
    "host_invalid": Words(
        finding="{host} is not a valid host name ({reason})",
    ),
    "host_not_fqdn": Words(
        finding=(
            "{host} is not a fully qualified domain name; with SSL the certificate is issued to the FQDN, so a bare "
            "name cannot be verified"
        ),
    ),
    "dn_invalid": Words(
        finding="the bind DN is not a valid distinguished name ({reason})",
    ),
    "tls_untrusted": Words(
        finding=(
            "the certificate of {host} is not issued by a trusted CA (subject {subject}, issuer {issuer}, expires "
            "{not_after})"
        ),
    ),
    "tls_self_signed": Words(
        finding="{host} presents a self-signed certificate (subject {subject}, expires {not_after})",
    ),
    "tls_expired": Words(
        finding="the certificate of {host} expired on {not_after} (subject {subject}, issuer {issuer})",
    ),
    "tls_hostname_mismatch": Words(
        finding="the certificate is for {subject_alt_names}, not for {host} (issuer {issuer}, expires {not_after})",
    ),
    "bind_invalid_credentials": Words(
        finding="wrong user name or password",
    ),
    "bind_account_disabled": Words(
        finding="the account is disabled",
    ),
    "bind_account_locked": Words(
        finding="the account is locked out",
    ),
    "bind_password_expired": Words(
        finding="the account's password has expired or must be changed",
    ),
    "bind_not_permitted": Words(
        finding="the account may not sign in now (logon hours, workstation or account expiry)",
    ),
    "strong_auth_required": Words(
        finding="the server requires an encrypted connection for this sign-in",
    ),
    # --- settings set: what is wrong with a value (the problems of setting_invalid, app/sync/settings.py) ---
    "ou_not_a_dn": Words(
        problem="an OU must be a distinguished name (OU=Sales,DC=example,DC=com)",
    ),
    "source_attribute_invalid": Words(
        problem="a directory attribute name is not valid",
    ),
    "target_invalid": Words(
        problem="a cloud (SCIM) attribute path is not valid",
    ),
    "target_reserved": Words(
        problem="a cloud attribute is set by the agent itself (externalId, active) and cannot be mapped",
    ),
    "criterion_field_invalid": Words(
        problem="a criteria row names no valid directory attribute",
    ),
    "criterion_value_missing": Words(
        problem="a criteria row needs a value",
    ),
    "criterion_value_unexpected": Words(
        problem="a criteria row with 'has a value' / 'has no value' takes no value",
    ),
    "criteria_rows_missing": Words(
        problem="'only matching users' needs at least one criteria row",
    ),
    "timezone_unknown": Words(
        problem="the time zone is not known (use a name such as Europe/Berlin)",
    ),
    "leave_scope_disable_needs_reflect": Words(
        problem="'disable' when a user leaves the selected OUs needs status_sync 'reflect'",
    ),
    "user_mapping_needs_username": Words(
        problem="the user mapping must fill userName",
    ),
    "group_mapping_needs_displayname": Words(
        problem="the group mapping must fill displayName",
    ),
    "mapping_target_duplicate": Words(
        problem="two mapping rows fill the same cloud attribute",
    ),
    # --- password-sync status: why a password change was not accepted (app/pwsync/delivery.py) ---
    "inconsistent_change": Words(
        problem="the DC agent's change did not name its own account consistently",
    ),
    "envelope_unreadable": Words(
        problem="the sealed password could not be opened for this account",
    ),
    "account_mismatch": Words(
        problem="the change names another account than the directory does",
    ),
    "account_unverifiable": Words(
        problem="the account could not be checked against the directory",
    ),
    "password_not_utf8": Words(
        problem="the password is not valid text",
    ),
}
