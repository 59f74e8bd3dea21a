"""Installing the password filter and the DC agent on a Windows domain controller over SMB + WinRM, and removing
them again.

The admin gives the install account (a Domain Admin, ``DOMAIN\\user`` or ``user@domain``) and its password. They
are used for this one install or uninstall, for an SMB2/3 session and a WinRM (PowerShell) session, and never
stored; the password is registered with the log's redaction filter first.

What :meth:`WindowsDcInstaller.install` does, each step reported through ``progress``
(:class:`~app.pwsync.installer.Step`):

1. ``check``: the Windows DC kit is complete (the password-filter DLL and the DC agent's runtime, a Windows
   Python with ``cryptography``); WinRM runs PowerShell; the DC is 64-bit Windows; the current ``Notification
   Packages`` are read; a staging folder is made under ``%SystemRoot%\\Temp`` with a protected DACL (SYSTEM and
   Administrators only);
2. ``copy``: over SMB (signed, and encrypted: the DC agent's private key travels this way): the DLL to
   ``\\\\DC\\ADMIN$\\System32\\`` (written beside it, then renamed into place; a DLL LSASS has loaded is renamed
   aside first), and the DC agent (:mod:`app.pwsync.dcagent`), its configuration, its client certificate and key
   (issued by the agent's CA for this DC at this moment), the CA certificate and the runtime into the staging
   folder;
3. ``service``: PowerShell moves the staged files into the install folder (protected DACL), writes the filter's
   configuration (``HKLM\\SOFTWARE\\Identity Connect\\Password Sync``: EnvelopeKey, SpoolFolder), adds the package
   to ``HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa`` ``Notification Packages`` (REG_MULTI_SZ: appended, never
   replaced; written only if the value is still what step 1 read) and registers and starts the DC agent's
   service (LocalSystem, automatic start, restarted on failure);
4. ``restart``: LSA loads notification packages at boot, so a newly added package (or a replaced DLL that was
   loaded) needs the DC restarted: done when the admin allowed it, otherwise the DC is left "restart needed".

:meth:`~WindowsDcInstaller.uninstall` stops and deletes the service, takes only this package out of
``Notification Packages``, removes the filter's configuration, the install folder and the DLL (a DLL LSASS still
has loaded is removed by uninstalling again after the restart).

The PowerShell scripts are generated as text (:func:`prepare_script`, :func:`install_script`,
:func:`uninstall_script`): every value in them is a single-quoted PowerShell literal (:func:`ps_quote`), and they
never hold a secret. The edit of ``Notification Packages`` is the pure function :func:`notification_packages`.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import os
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Any

import smbclient
from pydantic import SecretStr
from smbprotocol.exceptions import SMBAuthenticationError, SMBException, SMBOSError, SMBResponseException
from smbprotocol.tree import TreeConnect

import app.pwsync.dcagent as dcagent_program
from app.logging_setup import redaction_filter
from app.pwsync.identity import PasswordSyncIdentity
from app.pwsync.installer import InstallError, InstallResult, Prerequisite, Step
from app.pwsync.settings import DcAgentState
from app.pwsync.windows_prereq import (
    _LOGIN_CODES,
    _SHARE_CODES,
    ADMIN_SHARE,
    SMB_PORT,
    WINRM_HTTP_PORT,
    WINRM_HTTPS_PORT,
    run_with_deadline,
    winrm_client,
    winrm_failure,
)

log = logging.getLogger(__name__)

PACKAGE = "identity_connect_pwfilter"
DLL_NAME = f"{PACKAGE}.dll"
SERVICE_NAME = "IdentityConnectDcAgent"
SERVICE_DISPLAY = "Identity Connect password sync (DC agent)"
LSA_KEY = r"HKLM:\SYSTEM\CurrentControlSet\Control\Lsa"
PACKAGES_VALUE = "Notification Packages"
CONFIG_KEY = r"HKLM:\SOFTWARE\Identity Connect\Password Sync"
RESULT_MARK = "ICRESULT "
#: How long one PowerShell step or one SMB copy may take.
STEP_TIMEOUT = 300.0
KIT_VARIABLE = "IDENTITY_CONNECT_WINDOWS_DC_KIT"
STATUS_SHARING_VIOLATION = 0xC0000043
STATUS_CANNOT_DELETE = 0xC0000121
STATUS_ACCESS_DENIED = 0xC0000022
STATUS_OBJECT_NAME_NOT_FOUND = 0xC0000034
STATUS_OBJECT_PATH_NOT_FOUND = 0xC000003A
#: What replacing or deleting a file that is in use (a loaded DLL) answers.
_IN_USE = (STATUS_SHARING_VIOLATION, STATUS_CANNOT_DELETE, STATUS_ACCESS_DENIED)


# ---------------------------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class WindowsLogin:
    """The install account for one install or uninstall; never stored, never shown by ``repr``."""

    host: str
    account: str  # DOMAIN\\user or user@domain
    password: SecretStr
    smb_port: int = SMB_PORT
    winrm_http: bool = False  # HTTP on 5985 (messages encrypted by the login) instead of HTTPS on 5986
    winrm_port: int | None = None
    ca_file: Path | None = None  # the CA of the DC's WinRM certificate, otherwise the default trust store
    timeout: float = 20.0

    @property
    def port_for_winrm(self) -> int:
        if self.winrm_port is not None:
            return self.winrm_port
        return WINRM_HTTP_PORT if self.winrm_http else WINRM_HTTPS_PORT

    def __repr__(self) -> str:
        return f"WindowsLogin({self.account}@{self.host})"


@dataclass(frozen=True)
class WindowsKit:
    """What is copied to a Windows DC from this machine: the password-filter DLL (built with mingw from
    ``packaging/windows/pwfilter``) and the DC agent's runtime, a Windows Python (``python.exe``) whose
    ``Lib/site-packages`` holds ``cryptography``."""

    dll: Path
    runtime: Path

    @classmethod
    def find(cls, folder: Path | None = None) -> WindowsKit:
        """The kit in ``folder``, else in ``$IDENTITY_CONNECT_WINDOWS_DC_KIT``: ``identity_connect_pwfilter.dll``
        and ``runtime/``."""
        chosen = folder or (Path(os.environ[KIT_VARIABLE]) if os.environ.get(KIT_VARIABLE) else None)
        if chosen is None:
            raise InstallError("no Windows DC kit given", code="windows_kit_missing")
        return cls(chosen / DLL_NAME, chosen / "runtime")

    def problems(self) -> list[str]:
        found = []
        if not self.dll.is_file() or self.dll.read_bytes()[:2] != b"MZ":
            found.append(f"{self.dll}: not a Windows DLL")
        if not (self.runtime / "python.exe").is_file():
            found.append(f"{self.runtime}: no python.exe")
        if not any(self.runtime.glob("**/cryptography/__init__.py")):
            found.append(f"{self.runtime}: no cryptography package")
        return found


@dataclass(frozen=True)
class WindowsLayout:
    """Where things go on the DC."""

    install_dir: str = r"C:\Program Files\Identity Connect\DC Agent"
    # The password filter's spool (it creates it with a SYSTEM/Administrators-only DACL).
    filter_spool: str = r"C:\ProgramData\Identity Connect\Password Sync\spool"
    service_name: str = SERVICE_NAME


# ---------------------------------------------------------------------------------------------- PowerShell text

# PowerShell ends a single-quoted string at any of these (the language's quote characters, not just U+0027);
# inside one, each is written twice.
_PS_QUOTES = "'\u2018\u2019\u201a\u201b"
_SERVICE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,79}$")


def ps_quote(value: str) -> str:
    """``value`` as one single-quoted PowerShell literal: nothing in it is expanded or ends the string."""
    if "\0" in value:
        raise ValueError("a NUL cannot be passed to PowerShell")
    return "'" + "".join(c + c if c in _PS_QUOTES else c for c in value) + "'"


def ps_array(values: list[str]) -> str:
    """A PowerShell ``[string[]]`` of single-quoted literals."""
    return "[string[]]@(" + ", ".join(ps_quote(v) for v in values) + ")"


def _windows_path(value: str) -> str:
    path = PureWindowsPath(value)
    if not path.drive or not path.is_absolute() or any(c in value for c in '"*?<>|\n\r\t'):
        raise ValueError(f"not an absolute Windows path: {value!r}")
    return str(path)


def _service_name(value: str) -> str:
    if not _SERVICE_NAME.match(value):
        raise ValueError(f"not a service name: {value!r}")
    return value


def notification_packages(current: list[str], package: str, *, present: bool) -> list[str]:
    """``Notification Packages`` with ``package`` appended (``present``) or taken out. Every other entry stays as
    it is, in its place; names compare without regard to case, as LSA loads them; nothing changes when ``package``
    is already there (or already gone)."""
    mine = package.casefold()
    listed = any(entry.casefold() == mine for entry in current)
    if present:
        return list(current) if listed else [*current, package]
    return [entry for entry in current if entry.casefold() != mine]


_PROTECTED_ACL = r"""
function New-ProtectedAcl {
    # SYSTEM and Administrators only, nothing inherited from the parent folder.
    $acl = New-Object System.Security.AccessControl.DirectorySecurity
    $acl.SetAccessRuleProtection($true, $false)
    foreach ($sid in 'S-1-5-18', 'S-1-5-32-544') {
        $who = New-Object System.Security.Principal.SecurityIdentifier($sid)
        $acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule(
            $who, 'FullControl', 'ContainerInherit, ObjectInherit', 'None', 'Allow')))
    }
    $acl
}
"""

_RESULT = r"""
function Write-Result([hashtable]$Values) { {mark} + (ConvertTo-Json -Compress -Depth 3 -InputObject $Values) }
""".replace("{mark}", ps_quote(RESULT_MARK))

_READ_PACKAGES = r"""
function Get-Packages {
    $found = Get-ItemProperty -LiteralPath $lsaKey -Name $packagesValue -ErrorAction SilentlyContinue
    if ($null -eq $found) { return ,([string[]]@()) }
    return ,([string[]]@($found.$packagesValue | Where-Object { $null -ne $_ }))
}
function Set-Packages([string[]]$Expected, [string[]]$Wanted) {
    # Written only when the value is still what was read before the install: another change is never lost.
    $now = Get-Packages
    if (($now -join "`n") -cne ($Expected -join "`n")) {
        throw 'Notification Packages changed while the install ran; it was left as it is. Install again.'
    }
    if (($now -join "`n") -ceq ($Wanted -join "`n")) { return $false }
    Set-ItemProperty -LiteralPath $lsaKey -Name $packagesValue -Value $Wanted -Type MultiString
    return $true
}
"""


def _header(**values: str) -> str:
    lines = ["$ErrorActionPreference = 'Stop'", "$ProgressPreference = 'SilentlyContinue'"]
    lines += [f"${name} = {ps_quote(value)}" for name, value in values.items()]
    return "\n".join(lines) + "\n"


def staging_leaf() -> str:
    return f"identity-connect-{secrets.token_hex(8)}"


def _staging_name(staging: str) -> str:
    if not re.fullmatch(r"identity-connect-[0-9a-f]{16}", staging):
        raise ValueError(f"not a staging folder name: {staging!r}")
    return staging


def prepare_script(layout: WindowsLayout, staging: str | None) -> str:
    """Read what the install needs to know (64-bit, the current ``Notification Packages``, the service), and
    with ``staging`` make ``%SystemRoot%\\Temp\\<staging>`` with a protected DACL for the SMB copy (staging
    folders an interrupted install left behind, an hour old or more, are removed)."""
    if staging is not None:
        _staging_name(staging)
    head = _header(
        lsaKey=LSA_KEY,
        packagesValue=PACKAGES_VALUE,
        serviceName=_service_name(layout.service_name),
        stagingLeaf=staging or "",
    )
    body = r"""
$staging = ''
if ($stagingLeaf) {
    $temp = Join-Path $env:SystemRoot 'Temp'
    Get-ChildItem -LiteralPath $temp -Directory -Filter 'identity-connect-*' -ErrorAction SilentlyContinue |
        Where-Object { $_.LastWriteTime -lt (Get-Date).AddHours(-1) } |
        Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
    $staging = Join-Path $temp $stagingLeaf
    if (Test-Path -LiteralPath $staging) { Remove-Item -LiteralPath $staging -Recurse -Force }
    [void][System.IO.Directory]::CreateDirectory($staging, (New-ProtectedAcl))
}
$service = Get-Service -Name $serviceName -ErrorAction SilentlyContinue
Write-Result @{
    staging = $staging
    packages = (Get-Packages)
    is64 = [Environment]::Is64BitOperatingSystem
    service = $(if ($service) { [string]$service.Status } else { '' })
}
"""
    return head + _PROTECTED_ACL + _RESULT + _READ_PACKAGES + body


def install_script(
    layout: WindowsLayout,
    *,
    staging: str,
    envelope_key: bytes,
    expected_packages: list[str],
    wanted_packages: list[str],
) -> str:
    """Move the staged files into place, configure the filter, add the package, register and start the service."""
    if len(envelope_key) != 65 or envelope_key[0] != 4:
        raise ValueError("the envelope key is not an uncompressed P-256 point")
    head = _header(
        lsaKey=LSA_KEY,
        packagesValue=PACKAGES_VALUE,
        configKey=CONFIG_KEY,
        serviceName=_service_name(layout.service_name),
        serviceDisplay=SERVICE_DISPLAY,
        staging=_windows_path(staging),
        target=_windows_path(layout.install_dir),
        spool=_windows_path(layout.filter_spool),
        envelopeKey=base64.b64encode(envelope_key).decode("ascii"),
    )
    head += f"$expected = {ps_array(expected_packages)}\n$wanted = {ps_array(wanted_packages)}\n"
    body = r"""
# 1. the service stops (when there is one), so its files can be replaced
$service = Get-Service -Name $serviceName -ErrorAction SilentlyContinue
if ($service -and $service.Status -ne 'Stopped') {
    Stop-Service -Name $serviceName -Force
    $service.WaitForStatus('Stopped', [TimeSpan]::FromSeconds(60))
}
# 2. the install folder (SYSTEM and Administrators only); each staged file or folder replaces its old copy, the
#    DC agent's own spool of undelivered changes stays
if (Test-Path -LiteralPath $target) {
    Set-Acl -LiteralPath $target -AclObject (New-ProtectedAcl)
} else {
    [void][System.IO.Directory]::CreateDirectory($target, (New-ProtectedAcl))
}
foreach ($item in @(Get-ChildItem -LiteralPath $staging -Force)) {
    $destination = Join-Path $target $item.Name
    if (Test-Path -LiteralPath $destination) { Remove-Item -LiteralPath $destination -Recurse -Force }
    Move-Item -LiteralPath $item.FullName -Destination $destination
    # what moved in inherits from the install folder (its own protected ACL stays as it is)
    & icacls.exe $destination /reset /T /C /Q | Out-Null
}
Remove-Item -LiteralPath $staging -Recurse -Force
# 3. the password filter's configuration (read on every change)
if (-not (Test-Path -LiteralPath $configKey)) { New-Item -Path $configKey -Force | Out-Null }
$keyBytes = [Convert]::FromBase64String($envelopeKey)
Set-ItemProperty -LiteralPath $configKey -Name 'EnvelopeKey' -Value $keyBytes -Type Binary
Set-ItemProperty -LiteralPath $configKey -Name 'SpoolFolder' -Value $spool -Type String
# 4. the notification package: appended to what is there
$packagesChanged = Set-Packages $expected $wanted
# 5. the DC agent's service: LocalSystem, automatic start, restarted when it fails
$python = Join-Path $target 'runtime\python.exe'
$program = Join-Path $target 'dcagent.py'
$settings = Join-Path $target 'dcagent.json'
$binary = '"' + $python + '" "' + $program + '" service --config "' + $settings + '"'
$existing = Get-CimInstance -ClassName Win32_Service -Filter ("Name='" + $serviceName + "'")
if ($existing) {
    $arguments = @{ PathName = $binary; StartMode = 'Automatic' }
    $changed = Invoke-CimMethod -InputObject $existing -MethodName Change -Arguments $arguments
    if ($changed.ReturnValue -ne 0) { throw ('the service could not be changed (' + $changed.ReturnValue + ')') }
} else {
    New-Service -Name $serviceName -BinaryPathName $binary -DisplayName $serviceDisplay `
        -StartupType Automatic | Out-Null
}
& sc.exe failure $serviceName reset= 86400 actions= restart/5000/restart/30000/restart/60000 | Out-Null
Start-Service -Name $serviceName
Write-Result @{ packagesChanged = [bool]$packagesChanged; service = [string](Get-Service -Name $serviceName).Status }
"""
    return head + _PROTECTED_ACL + _RESULT + _READ_PACKAGES + body


def uninstall_script(layout: WindowsLayout, *, expected_packages: list[str], wanted_packages: list[str]) -> str:
    """Stop and delete the service, take the package out, remove the configuration and the install folder."""
    head = _header(
        lsaKey=LSA_KEY,
        packagesValue=PACKAGES_VALUE,
        configKey=CONFIG_KEY,
        serviceName=_service_name(layout.service_name),
        target=_windows_path(layout.install_dir),
        spool=_windows_path(layout.filter_spool),
    )
    head += f"$expected = {ps_array(expected_packages)}\n$wanted = {ps_array(wanted_packages)}\n"
    body = r"""
$packagesChanged = Set-Packages $expected $wanted
$service = Get-Service -Name $serviceName -ErrorAction SilentlyContinue
if ($service) {
    if ($service.Status -ne 'Stopped') {
        Stop-Service -Name $serviceName -Force
        $service.WaitForStatus('Stopped', [TimeSpan]::FromSeconds(60))
    }
    $existing = Get-CimInstance -ClassName Win32_Service -Filter ("Name='" + $serviceName + "'")
    $deleted = Invoke-CimMethod -InputObject $existing -MethodName Delete
    if ($deleted.ReturnValue -ne 0) { throw ('the service could not be deleted (' + $deleted.ReturnValue + ')') }
}
if (Test-Path -LiteralPath $configKey) { Remove-Item -LiteralPath $configKey -Recurse -Force }
$parent = Split-Path -Parent $configKey
if ((Test-Path -LiteralPath $parent) -and -not (Get-ChildItem -LiteralPath $parent) -and
    -not (Get-Item -LiteralPath $parent).Property) { Remove-Item -LiteralPath $parent -Force }
foreach ($folder in @($target, $spool)) {
    if (Test-Path -LiteralPath $folder) { Remove-Item -LiteralPath $folder -Recurse -Force }
}
Write-Result @{ packagesChanged = [bool]$packagesChanged }
"""
    return head + _PROTECTED_ACL + _RESULT + _READ_PACKAGES + body


def cleanup_script(staging: str) -> str:
    """Remove the staging folder of an install that stopped (it may hold the DC agent's key)."""
    head = _header(stagingLeaf=_staging_name(staging))
    body = r"""
$staging = Join-Path (Join-Path $env:SystemRoot 'Temp') $stagingLeaf
Remove-Item -LiteralPath $staging -Recurse -Force -ErrorAction SilentlyContinue
Write-Result @{ removed = -not (Test-Path -LiteralPath $staging) }
"""
    return head + _RESULT + body


RESTART_SCRIPT = "Restart-Computer -Force\n"


def parse_result(output: str) -> dict[str, Any]:
    """The object a script wrote with ``Write-Result`` (its last such line)."""
    for line in reversed(output.splitlines()):
        if line.startswith(RESULT_MARK):
            found = json.loads(line[len(RESULT_MARK) :])
            if isinstance(found, dict):
                return found
    raise InstallError("the DC's PowerShell gave no result", code="install_step_failed")


def _packages(value: Any) -> list[str]:
    """``Notification Packages`` as ConvertTo-Json gives it: a list, a single string, or nothing."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise InstallError("the DC's Notification Packages could not be read", code="install_step_failed")


# ---------------------------------------------------------------------------------------------- WinRM


class WinRmShell:
    """PowerShell on the DC over WinRM, one script per call, each under :data:`STEP_TIMEOUT`."""

    def __init__(self, login: WindowsLogin) -> None:
        self.login = login
        redaction_filter().add_secret(login.password.get_secret_value())

    def _run(self, script: str) -> str:
        login = self.login
        client = winrm_client(
            login.host,
            login.port_for_winrm,
            login.account,
            login.password,
            https=not login.winrm_http,
            ca_file=login.ca_file,
            timeout=login.timeout,
            read_timeout=login.timeout + 10,
        )
        try:
            output, streams, had_errors = client.execute_ps(script)
        except Exception as exc:  # each failure has its code (winrm_failure)
            code = winrm_failure(exc)
            log.warning("WinRM on %s: %s (%r)", login.host, code, exc)
            raise InstallError(str(exc)[:300], code=code, host=login.host) from exc
        finally:
            client.close()
        if had_errors:
            first = str(streams.error[0]) if streams.error else "the script reported an error"
            raise InstallError(first[:300], code="install_step_failed", host=login.host)
        return str(output)

    async def run(self, script: str, *, timeout: float = STEP_TIMEOUT) -> dict[str, Any]:
        box: dict[str, str] = {}

        def call() -> str:
            box["output"] = self._run(script)
            return "ok"

        if await run_with_deadline(call, lambda: None, timeout, "timeout") != "ok":
            raise InstallError(
                f"WinRM gave no answer within {timeout:.0f} s", code="winrm_unreachable", host=self.login.host
            )
        return parse_result(box["output"])

    async def restart(self) -> None:
        """``Restart-Computer``: the DC may drop the connection as it goes down, which is then no failure."""
        try:
            await run_with_deadline(lambda: self._run(RESTART_SCRIPT), lambda: None, 60.0, "timeout")
        except InstallError as exc:
            if exc.code != "winrm_unreachable":
                raise


# ---------------------------------------------------------------------------------------------- SMB


def _smb_code(exc: BaseException, *, share: bool) -> str:
    if isinstance(exc, SMBResponseException):
        codes = _SHARE_CODES if share else _LOGIN_CODES
        return codes.get(exc.status, "smb_bad_answer")
    if isinstance(exc, SMBAuthenticationError):
        return "smb_bad_answer"
    if isinstance(exc, ValueError | OSError) and not isinstance(exc, SMBOSError):
        return "smb_unreachable"
    if isinstance(exc, SMBException) and "encrypt" in str(exc).lower():
        return "smb_encryption_unavailable"
    if isinstance(exc, SMBException):
        return "smb_signing_unavailable"
    return "smb_bad_answer"


def _status(exc: BaseException) -> int | None:
    if isinstance(exc, SMBOSError):
        return int(exc.ntstatus)
    if isinstance(exc, SMBResponseException):
        return int(exc.status)
    return None


@dataclass
class CopyResult:
    dll_changed: bool = False  # the DLL on the DC is new or different now
    dll_was_loaded: bool = False  # the old DLL could only be renamed aside: LSASS has it loaded until a restart
    files: int = 0


class SmbFiles:
    """Files on ``\\\\host\\ADMIN$`` over one signed and encrypted SMB2/3 session (smbprotocol's ``smbclient`` with
    its own connection cache, closed by :meth:`close`). Blocking: call from a worker thread."""

    def __init__(self, login: WindowsLogin) -> None:
        self.login = login
        redaction_filter().add_secret(login.password.get_secret_value())
        self._cache: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._opened = False

    def _kwargs(self) -> dict[str, Any]:
        return {"port": self.login.smb_port, "connection_cache": self._cache}

    def path(self, *parts: str) -> str:
        return "\\".join([f"\\\\{self.login.host}\\{ADMIN_SHARE}", *parts])

    def open(self) -> None:
        """The session (signed and encrypted) and the ``ADMIN$`` tree, each failure with its code."""
        login = self.login
        try:
            session = smbclient.register_session(
                login.host,
                username=login.account,
                password=login.password.get_secret_value(),
                port=login.smb_port,
                encrypt=True,
                connection_timeout=max(1, int(login.timeout)),
                connection_cache=self._cache,
                auth_protocol="ntlm",
                require_signing=True,
            )
        except Exception as exc:
            code = _smb_code(exc, share=False)
            log.warning("SMB login on %s: %s (%r)", login.host, code, exc)
            raise InstallError(str(exc)[:300], code=code, host=login.host) from exc
        # Connected here rather than on the first file operation, so a refusal is named (smbclient would try
        # a DFS referral instead); smbclient then uses this tree for the share.
        tree = TreeConnect(session, rf"\\{login.host}\{ADMIN_SHARE}")
        try:
            tree.connect()
        except Exception as exc:
            code = _smb_code(exc, share=True)
            log.warning("%s on %s: %s (%r)", ADMIN_SHARE, login.host, code, exc)
            raise InstallError(str(exc)[:300], code=code, host=login.host) from exc
        self._opened = True

    def close(self) -> None:
        with self._lock:
            try:
                smbclient.reset_connection_cache(fail_on_error=False, connection_cache=self._cache)
            except Exception as exc:  # closing never turns a result into an error
                log.debug("closing the SMB connection: %r", exc)

    # --- operations (each raises InstallError with the step's cause) ---------------------------------------

    def _fail(self, what: str, exc: BaseException) -> InstallError:
        status = _status(exc)
        detail = f"{what}: {exc}"[:300]
        log.warning("SMB on %s: %s", self.login.host, detail)
        if status is None and not isinstance(exc, SMBException | OSError):
            return InstallError(detail, code="smb_bad_answer", host=self.login.host)
        if status is None and isinstance(exc, OSError) and not isinstance(exc, SMBOSError):
            return InstallError(detail, code="smb_unreachable", host=self.login.host)
        return InstallError(detail, code="install_step_failed", host=self.login.host)

    def read(self, *parts: str) -> bytes | None:
        try:
            with smbclient.open_file(self.path(*parts), mode="rb", share_access="rwd", **self._kwargs()) as stream:
                return bytes(stream.read())
        except SMBOSError as exc:
            if exc.ntstatus in (STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND):
                return None
            raise self._fail(f"reading {parts[-1]}", exc) from exc
        except Exception as exc:
            raise self._fail(f"reading {parts[-1]}", exc) from exc

    def write(self, data: bytes, *parts: str, loaded: bool = False) -> bool:
        """Write the file beside its place, then rename it over the old one (never half a file in place).

        With ``loaded``, an old file that cannot be replaced (a DLL LSASS has loaded may be renamed, but neither
        overwritten nor deleted) is renamed aside first; returns whether that was needed."""
        temporary = (*parts[:-1], f"{parts[-1]}.identity-connect-{secrets.token_hex(4)}.tmp")
        try:
            with smbclient.open_file(self.path(*temporary), mode="wb", **self._kwargs()) as stream:
                stream.write(data)
        except Exception as exc:
            self._discard(temporary)
            raise self._fail(f"writing {parts[-1]}", exc) from exc
        try:
            smbclient.replace(self.path(*temporary), self.path(*parts), **self._kwargs())
            return False
        except Exception as exc:
            if not loaded or _status(exc) not in _IN_USE:
                self._discard(temporary)
                raise self._fail(f"replacing {parts[-1]}", exc) from exc
        aside = (*parts[:-1], f"{parts[-1]}.old-{secrets.token_hex(4)}")
        try:
            smbclient.rename(self.path(*parts), self.path(*aside), **self._kwargs())
            smbclient.replace(self.path(*temporary), self.path(*parts), **self._kwargs())
        except Exception as exc:
            self._discard(temporary)
            raise self._fail(f"renaming the old {parts[-1]} aside", exc) from exc
        return True

    def _discard(self, parts: tuple[str, ...]) -> None:
        try:
            self.remove(*parts)
        except InstallError:
            log.info("the partial %s on %s stays; the next install removes it", parts[-1], self.login.host)

    def remove(self, *parts: str) -> bool:
        """Delete a file; False when it is not there. A file in use (a DLL LSASS has loaded) raises with that."""
        try:
            smbclient.remove(self.path(*parts), **self._kwargs())
            return True
        except SMBOSError as exc:
            if exc.ntstatus in (STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND):
                return False
            raise self._fail(f"removing {parts[-1]}", exc) from exc
        except Exception as exc:
            raise self._fail(f"removing {parts[-1]}", exc) from exc

    def listing(self, *parts: str) -> list[str]:
        try:
            return sorted(smbclient.listdir(self.path(*parts), **self._kwargs()))
        except SMBOSError as exc:
            if exc.ntstatus in (STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND):
                return []
            raise self._fail(f"listing {parts[-1] if parts else ADMIN_SHARE}", exc) from exc

    def makedirs(self, *parts: str) -> None:
        try:
            smbclient.makedirs(self.path(*parts), exist_ok=True, **self._kwargs())
        except Exception as exc:
            raise self._fail(f"making {parts[-1]}", exc) from exc

    # --- the install's two copies --------------------------------------------------------------------------

    def put_dll(self, data: bytes) -> CopyResult:
        """The password filter to ``System32``: unchanged when the same bytes are there; a DLL LSASS has loaded
        is renamed aside (it goes once it is no longer loaded) and the new one takes its name."""
        result = CopyResult()
        current = self.read("System32", DLL_NAME)
        self.remove_leftover_dlls()
        if current is not None and hashlib.sha256(current).digest() == hashlib.sha256(data).digest():
            return result
        result.dll_changed = True
        result.dll_was_loaded = self.write(data, "System32", DLL_NAME, loaded=True)
        result.files = 1
        return result

    def remove_leftover_dlls(self) -> None:
        """Old DLLs renamed aside by an earlier install: deleted once LSASS no longer has them (after a restart)."""
        for name in self.listing("System32"):
            if name.lower().startswith(f"{DLL_NAME}.old-") or (
                name.lower().startswith(f"{DLL_NAME}.identity-connect-") and name.lower().endswith(".tmp")
            ):
                try:
                    self.remove("System32", name)
                except InstallError:
                    log.info("%s on %s is still loaded; it goes after a restart", name, self.login.host)

    def put_tree(self, files: dict[str, bytes], runtime: Path | None, *parts: str) -> int:
        """``files`` (name → bytes) and the ``runtime`` folder (as ``runtime\\…``) into ``parts``."""
        count = 0
        for name, data in files.items():
            self.write(data, *parts, name)
            count += 1
        if runtime is not None:
            for folder, _dirs, names in os.walk(runtime):
                relative = Path(folder).relative_to(runtime).parts
                self.makedirs(*parts, "runtime", *relative)
                for name in sorted(names):
                    self.write((Path(folder) / name).read_bytes(), *parts, "runtime", *relative, name)
                    count += 1
        return count

    def remove_tree(self, *parts: str) -> None:
        """Delete a folder and everything in it; nothing when it is not there."""
        try:
            for folder, _dirs, names in smbclient.walk(self.path(*parts), topdown=False, **self._kwargs()):
                for name in names:
                    smbclient.remove(f"{folder}\\{name}", **self._kwargs())
                smbclient.rmdir(folder, **self._kwargs())
        except SMBOSError as exc:
            if exc.ntstatus not in (STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND):
                raise self._fail(f"removing {parts[-1]}", exc) from exc
        except Exception as exc:
            raise self._fail(f"removing {parts[-1]}", exc) from exc

    def remove_dll(self) -> bool:
        """Delete the password filter; False when LSASS still has it loaded (it goes on the next uninstall)."""
        self.remove_leftover_dlls()
        try:
            self.remove("System32", DLL_NAME)
        except InstallError as exc:
            if exc.__cause__ is not None and _status(exc.__cause__) in _IN_USE:
                return False
            raise
        return True


async def check_smb_copy(login: WindowsLogin) -> str:
    """``ok``, or the code of what stops the install's SMB copy: the session the install opens (signed and
    encrypted, as the DC agent's key travels over it) and ``ADMIN$``."""
    smb = SmbFiles(login)
    try:
        await _blocking(smb.open, smb.close, login.timeout + 10)
    except InstallError as exc:
        return exc.code
    finally:
        await asyncio.to_thread(smb.close)
    return "ok"


# ---------------------------------------------------------------------------------------------- the installer


Progress = Callable[[Step], None]


@dataclass
class WindowsInstallResult(InstallResult):
    copied: CopyResult = field(default_factory=CopyResult)


def dcagent_config(dc_name: str, agent_host: str, agent_port: int, identity: PasswordSyncIdentity,
                   layout: WindowsLayout) -> dict[str, Any]:  # fmt: skip
    """``dcagent.json`` for a Windows DC (the send mode); paths are relative to the install folder."""
    return {
        "dc_name": dc_name,
        "agent_host": agent_host,
        "agent_port": agent_port,
        "envelope_public_key": identity.envelope_public_b64(),
        "filter_spool": layout.filter_spool,
        # the DC itself by its own name, so the Negotiate bind can use Kerberos (ldap/<DC> is its SPN)
        "ldap_host": dc_name,
    }


class WindowsDcInstaller:
    """The same interface as :class:`~app.pwsync.installer.SambaDcInstaller`: ``async with`` it, then
    :meth:`check`, :meth:`install` or :meth:`uninstall`."""

    def __init__(
        self,
        login: WindowsLogin,
        kit: WindowsKit | None = None,
        layout: WindowsLayout | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.login = login
        self.kit = kit
        self.layout = layout or WindowsLayout()
        self.progress = progress or (lambda step: None)
        self.shell = WinRmShell(login)
        self._smb: SmbFiles | None = None

    async def __aenter__(self) -> WindowsDcInstaller:
        self.progress(Step.CONNECT)
        redaction_filter().add_secret(self.login.password.get_secret_value())
        return self

    async def __aexit__(self, *exc: object) -> None:
        smb, self._smb = self._smb, None
        if smb is not None:
            await _in_thread(smb.close)

    async def _files(self) -> SmbFiles:
        if self._smb is None:
            smb = SmbFiles(self.login)
            await _blocking(smb.open, smb.close, self.login.timeout + 10)
            self._smb = smb
        return self._smb

    async def _prepare(self, staging: str | None) -> dict[str, Any]:
        found = await self.shell.run(prepare_script(self.layout, staging))
        if not found.get("is64"):
            raise InstallError("the DC is not 64-bit Windows", code="windows_not_64bit", host=self.login.host)
        return found

    async def check(self) -> list[Prerequisite]:
        """The kit is complete, WinRM runs the preparation, SMB reaches ADMIN$ with encryption."""
        self.progress(Step.CHECK)
        rows: list[Prerequisite] = []
        problems = self.kit.problems() if self.kit else ["no kit"]
        rows.append(Prerequisite("kit", not problems, "; ".join(problems)))
        try:
            await self._prepare(None)
            rows.append(Prerequisite("winrm", True, "ok"))
        except InstallError as exc:
            rows.append(Prerequisite("winrm", False, exc.code))
        try:
            await self._files()
            rows.append(Prerequisite("smb", True, "ok"))
        except InstallError as exc:
            rows.append(Prerequisite("smb", False, exc.code))
        return rows

    async def install(
        self,
        identity: PasswordSyncIdentity,
        *,
        dc_name: str,
        agent_host: str,
        agent_port: int,
        restart_dc: bool,
    ) -> WindowsInstallResult:
        self.progress(Step.CHECK)
        kit = self.kit
        problems = kit.problems() if kit else ["no kit"]
        if kit is None or problems:
            raise InstallError("; ".join(problems), code="windows_kit_missing", host=dc_name)
        leaf = staging_leaf()
        found = await self._prepare(leaf)
        try:
            return await self._install(identity, found, leaf, dc_name, agent_host, agent_port, restart_dc)
        except Exception:
            # (A cancelled install's folder goes with the next install's preparation, after an hour.)
            await self._remove_staging(leaf)
            raise

    async def _remove_staging(self, leaf: str) -> None:
        """After a failure: the staging folder goes (over WinRM, else over SMB), so no key is left behind."""
        try:
            if (await self.shell.run(cleanup_script(leaf), timeout=60)).get("removed"):
                return
        except InstallError as exc:
            log.info("staging folder on %s: WinRM cleanup failed (%s); trying SMB", self.login.host, exc.code)
        smb = self._smb
        if smb is None:
            return
        try:
            await _blocking(lambda: smb.remove_tree("Temp", leaf), smb.close, 60)
        except InstallError as exc:
            log.warning("the staging folder %s on %s could not be removed: %s", leaf, self.login.host, exc.code)

    async def _install(
        self,
        identity: PasswordSyncIdentity,
        found: dict[str, Any],
        leaf: str,
        dc_name: str,
        agent_host: str,
        agent_port: int,
        restart_dc: bool,
    ) -> WindowsInstallResult:
        kit = self.kit
        assert kit is not None
        staging = str(found.get("staging") or "")
        current = _packages(found.get("packages"))
        wanted = notification_packages(current, PACKAGE, present=True)
        smb = await self._files()

        self.progress(Step.COPY)
        issued = identity.issue(dc_name, client=True)
        config = dcagent_config(dc_name, agent_host, agent_port, identity, self.layout)
        files = {
            "dcagent.py": Path(dcagent_program.__file__).read_bytes(),
            "dcagent.json": json.dumps(config, indent=2).encode("utf-8"),
            "dcagent.pem": issued.certificate_pem,
            "dcagent.key": issued.key_pem,
            "ca.pem": identity.ca_pem(),
        }
        dll = kit.dll.read_bytes()
        copied = await _blocking(lambda: smb.put_dll(dll), smb.close, STEP_TIMEOUT)
        copied.files += await _blocking(lambda: smb.put_tree(files, kit.runtime, "Temp", leaf), smb.close, STEP_TIMEOUT)

        self.progress(Step.SERVICE)
        done = await self.shell.run(
            install_script(
                self.layout,
                staging=staging,
                envelope_key=identity.envelope_public_p256(),
                expected_packages=current,
                wanted_packages=wanted,
            )
        )
        restart_needed = bool(done.get("packagesChanged")) or copied.dll_was_loaded
        log.info(
            "password filter on %s: package %s, DLL %s, service %s",
            dc_name,
            "added" if done.get("packagesChanged") else "already listed",
            "replaced" if copied.dll_changed else "unchanged",
            done.get("service"),
        )
        if restart_needed and restart_dc:
            self.progress(Step.RESTART)
            try:
                await self.shell.restart()
                restart_needed = False
            except InstallError as exc:  # installed all the same: the DC is left "restart needed"
                log.warning("restarting %s failed (%s): it needs a restart", dc_name, exc.code)
        state = DcAgentState.RESTART_NEEDED if restart_needed else DcAgentState.INSTALLED
        return WindowsInstallResult(state, restart_needed, [], copied)

    async def uninstall(self, *, restart_dc: bool) -> WindowsInstallResult:
        found = await self._prepare(None)
        current = _packages(found.get("packages"))
        self.progress(Step.REMOVE)
        done = await self.shell.run(
            uninstall_script(
                self.layout,
                expected_packages=current,
                wanted_packages=notification_packages(current, PACKAGE, present=False),
            )
        )
        smb = await self._files()
        removed = await _blocking(smb.remove_dll, smb.close, STEP_TIMEOUT)
        # LSASS keeps a package it loaded until the DC restarts.
        restart_needed = bool(done.get("packagesChanged")) or not removed
        if restart_needed and restart_dc:
            self.progress(Step.RESTART)
            await self.shell.restart()
            restart_needed = not removed  # the DLL itself goes with the next uninstall
        return WindowsInstallResult(DcAgentState.UNINSTALLED, restart_needed, [])


async def _in_thread(call: Callable[[], Any]) -> Any:
    return await asyncio.to_thread(call)


async def _blocking(call: Callable[[], Any], abort: Callable[[], None], timeout: float) -> Any:
    """``call()`` in a worker thread under ``timeout``; on the deadline the SMB session is closed (``abort``)."""
    box: dict[str, Any] = {}

    def run() -> str:
        box["value"] = call()
        return "ok"

    if await run_with_deadline(run, abort, timeout, "timeout") != "ok":
        raise InstallError(f"SMB gave no answer within {timeout:.0f} s", code="smb_unreachable")
    return box["value"]


__all__ = [
    "DLL_NAME",
    "PACKAGE",
    "SERVICE_NAME",
    "CopyResult",
    "SmbFiles",
    "WindowsDcInstaller",
    "WindowsInstallResult",
    "WindowsKit",
    "WindowsLayout",
    "WindowsLogin",
    "WinRmShell",
    "check_smb_copy",
    "cleanup_script",
    "install_script",
    "notification_packages",
    "prepare_script",
    "ps_quote",
    "uninstall_script",
]
