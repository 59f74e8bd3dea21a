"""The prerequisites of a Windows domain controller that can be checked from the agent machine before the
password filter is installed there: the two channels its installer uses.

- **SMB** (port 445): a real SMB2/3 session setup with the install account (NTLM, ``DOMAIN\\user`` or
  ``user@domain``), then a tree connect to ``ADMIN$``, the share the installer copies the DLL to. Windows lets
  only administrators of the machine connect to ``ADMIN$``, so a login that works but is refused there names an
  account that is not an admin. Row codes: ``ok``, ``smb_unreachable`` (nothing answers on the port, or it stays
  silent until the deadline), ``smb_login_refused`` (wrong password, unknown account), ``smb_account_unusable``
  (disabled, locked out, expired, or its password must be changed first), ``smb_ntlm_blocked`` (the DC refuses
  NTLM logins), ``smb_signing_unavailable`` (the session could not be signed: the server let the account in only
  as a guest, or demands encryption the connection cannot give), ``smb_admin_share_denied`` (logged in, but
  ``ADMIN$`` refused), ``smb_admin_share_missing`` (no ``ADMIN$`` share: the machine is not a Windows server, or
  its administrative shares are turned off), ``smb_bad_answer`` (whatever answers is not an SMB2/3 server, or it
  failed in a way the other codes do not cover).
- **WinRM**: WS-Management over HTTPS (port 5986; HTTP on 5985 only when asked for, where the messages are
  encrypted by the login itself) runs ``$PSVersionTable.PSVersion``, a no-op through the PowerShell the installer
  uses to register the DLL. Row codes: ``ok``, ``winrm_unreachable``, ``winrm_tls_untrusted`` (the certificate is
  not trusted, or not for this name), ``winrm_login_refused`` (HTTP 401 after the login), ``winrm_access_denied``
  (logged in, but the WS-Management service refuses the account: not an admin), ``winrm_bad_answer``.

:func:`check_windows_dc` returns the rows in that order (:class:`~app.pwsync.installer.Prerequisite`, ``detail``
is ``ok`` or the code) and never raises for a failed check. The password is used for these logins only, never
stored, and registered with the log's redaction filter first.

``smbprotocol`` and ``pypsrp`` are blocking libraries: each check runs in a worker thread under one deadline.
When the deadline passes or the caller cancels, the SMB socket is closed from outside, so its thread ends at once;
an HTTP request in flight cannot be interrupted that way, so its thread ends by its own read timeout, which is
the same deadline.
"""

from __future__ import annotations

import asyncio
import logging
import math
import struct
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from pydantic import SecretStr
from pypsrp.client import Client
from pypsrp.exceptions import AuthenticationError, WSManFaultError
from requests.exceptions import ConnectionError as HttpConnectionError
from requests.exceptions import SSLError, Timeout
from smbprotocol.connection import Connection
from smbprotocol.exceptions import SMBAuthenticationError, SMBException, SMBResponseException
from smbprotocol.session import Session
from smbprotocol.tree import TreeConnect

from app.logging_setup import redaction_filter
from app.pwsync.installer import Prerequisite

log = logging.getLogger(__name__)

SMB = "smb"
WINRM = "winrm"
SMB_PORT = 445
WINRM_HTTPS_PORT = 5986
WINRM_HTTP_PORT = 5985
ADMIN_SHARE = "ADMIN$"
DEFAULT_TIMEOUT = 20.0
OK = "ok"

# NTSTATUS values (MS-ERREF 2.3.1) a session setup or a tree connect answers with, and what each means here.
_LOGIN_CODES = {
    0xC000006D: "smb_login_refused",  # STATUS_LOGON_FAILURE
    0xC000006A: "smb_login_refused",  # STATUS_WRONG_PASSWORD
    0xC0000064: "smb_login_refused",  # STATUS_NO_SUCH_USER
    0xC0000072: "smb_account_unusable",  # STATUS_ACCOUNT_DISABLED
    0xC0000234: "smb_account_unusable",  # STATUS_ACCOUNT_LOCKED_OUT
    0xC0000193: "smb_account_unusable",  # STATUS_ACCOUNT_EXPIRED
    0xC0000071: "smb_account_unusable",  # STATUS_PASSWORD_EXPIRED
    0xC0000224: "smb_account_unusable",  # STATUS_PASSWORD_MUST_CHANGE
    0xC000006E: "smb_account_unusable",  # STATUS_ACCOUNT_RESTRICTION
    0xC000006F: "smb_account_unusable",  # STATUS_INVALID_LOGON_HOURS
    0xC0000070: "smb_account_unusable",  # STATUS_INVALID_WORKSTATION
    0xC000015B: "smb_account_unusable",  # STATUS_LOGON_TYPE_NOT_GRANTED
    0xC0000418: "smb_ntlm_blocked",  # STATUS_NTLM_BLOCKED
    0xC0000022: "smb_login_refused",  # STATUS_ACCESS_DENIED
}
_SHARE_CODES = {
    0xC0000022: "smb_admin_share_denied",  # STATUS_ACCESS_DENIED
    0xC00000CC: "smb_admin_share_missing",  # STATUS_BAD_NETWORK_NAME
}
_WSMAN_ACCESS_DENIED = (5, "w:AccessDenied")  # the WSManFault code (ERROR_ACCESS_DENIED) or its SOAP subcode

# Every code a row's detail can hold besides "ok" (the front ends have words for each).
CODES = (
    "smb_unreachable",
    "smb_login_refused",
    "smb_account_unusable",
    "smb_ntlm_blocked",
    "smb_signing_unavailable",
    "smb_admin_share_denied",
    "smb_admin_share_missing",
    "smb_bad_answer",
    "winrm_unreachable",
    "winrm_tls_untrusted",
    "winrm_login_refused",
    "winrm_access_denied",
    "winrm_bad_answer",
)


class _SmbProbe:
    """One session setup + ``ADMIN$`` tree connect; :meth:`abort` (from any thread) closes its socket."""

    def __init__(self, host: str, port: int, account: str, password: SecretStr, timeout: float) -> None:
        self.host, self.port, self.account = host, port, account
        self._password = password
        # Longer than the caller's deadline: a silent server is the caller's timeout, never a library message.
        self._timeout = math.ceil(timeout) + 5
        self._lock = threading.Lock()
        self._connection: Connection | None = None
        self._aborted = False

    def abort(self) -> None:
        with self._lock:
            self._aborted = True
            connection = self._connection
        if connection is not None:
            _close_smb(connection)

    def run(self) -> str:
        connection = Connection(uuid.uuid4(), self.host, self.port, require_signing=True)
        with self._lock:
            if self._aborted:
                return "smb_unreachable"
            self._connection = connection
        try:
            return self._conversation(connection)
        finally:
            _close_smb(connection)

    def _conversation(self, connection: Connection) -> str:
        try:
            connection.connect(timeout=self._timeout)
        except ValueError as exc:  # the TCP connection failed (smbprotocol wraps the OSError)
            log.info("SMB on %s:%d does not answer: %s", self.host, self.port, exc)
            return "smb_unreachable"
        except (SMBException, OSError, KeyError, IndexError, struct.error) as exc:  # a garbled negotiate answer
            log.warning("SMB on %s:%d answered with something that is not SMB2/3: %r", self.host, self.port, exc)
            return "smb_bad_answer"
        session = Session(
            connection, self.account, self._password.get_secret_value(), require_encryption=False, auth_protocol="ntlm"
        )
        try:
            session.connect()
        except SMBResponseException as exc:
            code = _LOGIN_CODES.get(exc.status, "smb_bad_answer")
            log.info("SMB login of %s on %s refused: 0x%08X (%s)", self.account, self.host, exc.status, code)
            return code
        except SMBAuthenticationError as exc:
            log.warning("SMB login on %s failed in NTLM: %s", self.host, exc)
            return "smb_bad_answer"
        except SMBException as exc:
            # smbprotocol's own refusals after the login: a guest session or encryption it cannot do.
            log.warning("SMB session on %s cannot be signed: %s", self.host, exc)
            return "smb_signing_unavailable"
        tree = TreeConnect(session, rf"\\{self.host}\{ADMIN_SHARE}")
        try:
            tree.connect()
        except SMBResponseException as exc:
            code = _SHARE_CODES.get(exc.status, "smb_bad_answer")
            log.info("%s on %s refused for %s: 0x%08X (%s)", ADMIN_SHARE, self.host, self.account, exc.status, code)
            return code
        except SMBException as exc:
            log.warning("%s on %s: %s", ADMIN_SHARE, self.host, exc)
            return "smb_bad_answer"
        log.info("SMB on %s: %s logged in and reached %s", self.host, self.account, ADMIN_SHARE)
        return OK


def _close_smb(connection: Connection) -> None:
    # Only the socket: logging off first would wait for a server that may be the reason we are closing.
    try:
        connection.disconnect(close=False)
    except Exception as exc:  # closing must never turn a check result into an error
        log.debug("closing the SMB connection: %r", exc)


def winrm_client(
    host: str,
    port: int,
    account: str,
    password: SecretStr,
    *,
    https: bool,
    ca_file: Path | None,
    timeout: float,
    read_timeout: float | None = None,
) -> Client:
    """A pypsrp client for ``host``'s WS-Management (Negotiate login; HTTPS unless ``https`` is False)."""
    seconds = max(1, math.ceil(timeout))
    return Client(
        host,
        port=port,
        username=account,
        password=password.get_secret_value(),
        ssl=https,
        path="wsman",
        auth="negotiate",
        # A CA file the admin gave for the DCs' certificates, otherwise the trust store requests uses.
        cert_validation=str(ca_file) if ca_file else True,
        connection_timeout=seconds,
        read_timeout=max(seconds, math.ceil(read_timeout or 0)),
        operation_timeout=seconds,
        reconnection_retries=0,
        # a DC is reached directly, as over SMB, never through a proxy from the environment
        no_proxy=True,
    )


def winrm_failure(exc: BaseException) -> str:
    """The row code for an exception a WinRM call raised."""
    if isinstance(exc, SSLError):
        return "winrm_tls_untrusted"
    if isinstance(exc, HttpConnectionError | Timeout):
        return "winrm_unreachable"
    if isinstance(exc, AuthenticationError):
        return "winrm_login_refused"
    if isinstance(exc, WSManFaultError):
        return "winrm_access_denied" if exc.code in _WSMAN_ACCESS_DENIED else "winrm_bad_answer"
    # a server that is not WinRM fails inside pypsrp in many ways; each is a bad answer
    return "winrm_bad_answer"


class _WinRmProbe:
    def __init__(
        self,
        host: str,
        port: int,
        account: str,
        password: SecretStr,
        *,
        https: bool,
        ca_file: Path | None,
        timeout: float,
    ) -> None:
        self.host, self.port, self.account, self.https = host, port, account, https
        self._password = password
        self._ca_file = ca_file
        self._timeout = timeout

    def run(self) -> str:
        client = winrm_client(
            self.host,
            self.port,
            self.account,
            self._password,
            https=self.https,
            ca_file=self._ca_file,
            timeout=self._timeout,
        )
        try:
            output, _streams, had_errors = client.execute_ps("$PSVersionTable.PSVersion.ToString()")
        except Exception as exc:  # each failure has its code (winrm_failure)
            code = winrm_failure(exc)
            log.info("WinRM on %s:%d failed: %r (%s)", self.host, self.port, exc, code)
            return code
        finally:
            client.close()
        if had_errors:
            log.warning("WinRM on %s:%d: the no-op command reported errors", self.host, self.port)
            return "winrm_bad_answer"
        log.info("WinRM on %s:%d answers: PowerShell %s", self.host, self.port, str(output).strip()[:40])
        return OK


async def run_with_deadline(
    run: Callable[[], str], abort: Callable[[], None], timeout: float, code_on_timeout: str
) -> str:
    """``run()`` in a worker thread; after ``timeout`` seconds (or when cancelled) ``abort()`` and give up on it."""
    try:
        result = await asyncio.wait_for(asyncio.to_thread(run), timeout)
    except TimeoutError:
        abort()
        return code_on_timeout
    except asyncio.CancelledError:
        abort()
        raise
    return result


async def check_smb(
    host: str,
    account: str,
    password: SecretStr,
    *,
    port: int = SMB_PORT,
    timeout: float = DEFAULT_TIMEOUT,
) -> Prerequisite:
    """The ``smb`` row: ``account`` logs in over SMB2/3 and may connect to ``ADMIN$``."""
    redaction_filter().add_secret(password.get_secret_value())
    probe = _SmbProbe(host, port, account, password, timeout)
    code = await run_with_deadline(probe.run, probe.abort, timeout, "smb_unreachable")
    return Prerequisite(SMB, code == OK, code)


async def check_winrm(
    host: str,
    account: str,
    password: SecretStr,
    *,
    http: bool = False,
    port: int | None = None,
    ca_file: Path | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Prerequisite:
    """The ``winrm`` row: WS-Management on ``host`` runs a no-op PowerShell command as ``account``."""
    redaction_filter().add_secret(password.get_secret_value())
    chosen = port if port is not None else (WINRM_HTTP_PORT if http else WINRM_HTTPS_PORT)
    probe = _WinRmProbe(host, chosen, account, password, https=not http, ca_file=ca_file, timeout=timeout)
    code = await run_with_deadline(probe.run, lambda: None, timeout, "winrm_unreachable")
    return Prerequisite(WINRM, code == OK, code)


async def check_windows_dc(
    host: str,
    account: str,
    password: SecretStr,
    *,
    ca_file: Path | None = None,
    winrm_http: bool = False,
    smb_port: int = SMB_PORT,
    winrm_port: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[Prerequisite]:
    """The Windows-only prerequisite rows of ``host``, in order: SMB, WinRM (both checked at the same time).

    ``account`` is the install account as ``DOMAIN\\user`` or ``user@domain``; ``ca_file`` the CA that issued the
    DC's WinRM certificate (otherwise the default trust store); ``winrm_http`` uses HTTP on 5985 instead of HTTPS
    on 5986. Each row's ``detail`` is ``ok`` or its code; nothing here raises for a failed check.
    """
    smb, winrm = await asyncio.gather(
        check_smb(host, account, password, port=smb_port, timeout=timeout),
        check_winrm(host, account, password, http=winrm_http, port=winrm_port, ca_file=ca_file, timeout=timeout),
    )
    return [smb, winrm]
