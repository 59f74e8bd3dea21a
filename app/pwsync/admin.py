"""The admin's operations on password sync, shared by the command line (:mod:`app.pwsync.cli`) and the tray
app's Settings › Password sync page.

- :func:`list_dcs`: the domain's DCs, read from the directory with the agent's own LDAP settings and the bind
  password from the keyring (computer objects with the server-trust flag, :mod:`app.ldap.domain`).
- :func:`check_dc`: the prerequisites of one DC as rows, each ✓/✗ with a code the front ends put into words
  with the fix: the install account is a Domain Admin (when an AD account is given), the DC answers on its
  management channel (SSH on 22 for a Samba DC), the DC is one of this domain's DCs, and — with an SSH login —
  its Samba can hand over passwords (:meth:`SambaDcInstaller.check`).
- :func:`set_enabled`, :func:`choose_dcs`, :func:`set_dc_state`: ``password_sync`` in ``config.json``, validated
  and written atomically (:class:`app.config.ConfigStore`); the running agent reloads a changed file.
- :func:`install_dc` / :func:`uninstall_dc`: the install over SSH with its per-DC states written to
  ``config.json`` as they happen (install initiated → installed / restart needed / install failed with the cause;
  uninstall initiated → uninstalled), each step reported through a progress callback.
- Windows DCs (by ``operatingSystem``, :func:`dc_platform`): the same operations over SMB + WinRM with a
  :class:`~app.pwsync.windows_installer.WindowsLogin` (:class:`~app.pwsync.windows_installer.WindowsDcInstaller`),
  the rows then being: reachable on SMB, one of this domain's DCs, a Windows the DC agent supports, the Windows DC
  kit on this machine (:func:`kit_dir`), SMB to ``ADMIN$`` (signed and encrypted) and WinRM.
- :func:`rejections`: the password changes the cloud did not accept (count, newest with user, reason, time).

The login (SSH, or the Windows install account) is passed in, used for the one operation and never stored or
logged; :class:`~app.pwsync.installer.SshLogin` and :class:`~app.pwsync.windows_installer.WindowsLogin` do not
show secrets in their ``repr``. This module is the settings page's one door into password sync: the types it
needs (:class:`DomainController`, :class:`SambaLayout`, the logins) are reached through here.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.config import AgentConfig, ConfigStore
from app.errors import ConfigError, IdentityConnectError
from app.ldap.domain import DomainController, domain_controllers, is_domain_admin
from app.ldap.reader import DirectoryReader
from app.paths import AgentPaths
from app.pwsync.delivery import LEDGER_FILE, TENANT_REFUSED, ledger_rejections
from app.pwsync.identity import PasswordSyncIdentity
from app.pwsync.installer import (
    InstallError,
    InstallResult,
    SambaDcInstaller,
    SambaLayout,
    SshLogin,
    Step,
    fingerprint,
    host_key,
)
from app.pwsync.settings import DcAgentState, PasswordSyncDc, PasswordSyncSettings
from app.pwsync.windows_installer import (
    WindowsDcInstaller,
    WindowsKit,
    WindowsLayout,
    WindowsLogin,
    check_smb_copy,
)
from app.pwsync.windows_prereq import SMB_PORT, check_windows_dc
from app.secrets import SecretStore
from app.service.statusfile import read_status

log = logging.getLogger(__name__)

SSH_PORT = 22

# The prerequisite rows, in the order they are shown.
DOMAIN_ADMIN = "domain_admin"
REACHABLE = "reachable"
JOINED = "joined"
CAPTURE = "capture"
# Windows DCs only: the install account's SMB login reaching ADMIN$, and WinRM running PowerShell for it
# (app.pwsync.windows_prereq), and this computer holding what is copied to the DC (the DLL and the runtime).
SMB = "smb"
WINRM = "winrm"
KIT = "kit"
SAMBA = "samba"
WINDOWS = "windows"
# Windows Server 2016 (10.0) and later, 64-bit: what the DC agent's runtime needs (Python 3.13, and the
# cryptography wheels, whose Rust code draws randomness from ProcessPrng, which Windows has since 10).
WINDOWS_MIN_VERSION = (10, 0)

# The installer's own check names (:meth:`SambaDcInstaller.check`) and the code a failure of each stands for.
_CAPTURE_CODES = {
    "root": "not_root",
    "samba": "samba_too_old",
    "samba_python": "python3_gpg_missing",
    "smb_conf": "smb_conf_missing",
}


class PasswordSyncAdminError(IdentityConnectError):
    """An admin operation on password sync refused; ``code``: host_key_not_confirmed (details ``host``,
    ``fingerprint``: the DC's key for the admin to compare), prerequisites_not_met (``failed``: the ✗ codes),
    dc_unknown (the DC is not one of the domain's)."""

    code = "prerequisites_not_met"


@dataclass
class CheckRow:
    """One prerequisite of one DC. ``ok`` is None when it was not checked (it needs an SSH login, or an
    earlier row failed); ``code`` is ``ok`` for a ✓, the cause for a ✗, or ``not_checked``."""

    name: str
    ok: bool | None
    code: str
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "code": self.code, "detail": self.detail}


@dataclass
class DcCheck:
    dc: str
    rows: list[CheckRow] = field(default_factory=list)
    host_key: str | None = None  # the DC's SSH host key, when it answered
    platform: str = "samba"  # "windows" for a Windows DC (by its operatingSystem)

    @property
    def ok(self) -> bool:
        """Every row that was checked passed, and none was left out."""
        return all(row.ok is True for row in self.rows)

    @property
    def failed(self) -> list[CheckRow]:
        return [row for row in self.rows if row.ok is False]

    def to_json(self) -> dict[str, Any]:
        return {
            "dc": self.dc,
            "ok": self.ok,
            "host_key_fingerprint": fingerprint(self.host_key) if self.host_key else None,
            "platform": self.platform,
            "rows": [row.to_json() for row in self.rows],
        }


Progress = Callable[[str, str], None]
"""``progress(dc, what)``: an installer step (:class:`~app.pwsync.installer.Step`) or a new state."""


def _no_progress(dc: str, what: str) -> None:
    return None


# ---------------------------------------------------------------------------------------------- config


def load(paths: AgentPaths) -> AgentConfig:
    return ConfigStore(paths.config_file).load()


def _save_password_sync(paths: AgentPaths, update: Callable[[PasswordSyncSettings], dict[str, Any]]) -> AgentConfig:
    """Apply ``update`` to ``password_sync``, validate the result and write config.json atomically."""
    store = ConfigStore(paths.config_file)
    config = store.load()
    values = config.password_sync.model_dump()
    values.update(update(config.password_sync))
    try:
        settings = PasswordSyncSettings.model_validate(values)
    except ValidationError as exc:
        fields = [".".join(("password_sync", *(str(p) for p in err["loc"]))) for err in exc.errors()]
        raise ConfigError(str(exc), code="config_invalid", path=str(paths.config_file), fields=fields) from exc
    updated = config.model_copy(update={"password_sync": settings})
    store.save(updated)
    return updated


def set_enabled(paths: AgentPaths, enabled: bool) -> AgentConfig:
    return _save_password_sync(paths, lambda s: {"enabled": enabled})


def _find(settings: PasswordSyncSettings, host: str) -> PasswordSyncDc | None:
    return next((dc for dc in settings.domain_controllers if dc.host.lower() == host.lower()), None)


# A DC in one of these states has (or may have) an agent on it: it stays listed until it is uninstalled.
_ON_THE_DC = {
    DcAgentState.INSTALL_INITIATED,
    DcAgentState.INSTALLED,
    DcAgentState.RESTART_NEEDED,
    DcAgentState.INSTALL_FAILED,
    DcAgentState.UNINSTALL_INITIATED,
}


def choose_dcs(paths: AgentPaths, hosts: list[str]) -> AgentConfig:
    """Make ``hosts`` the chosen DCs, keeping each one's state. A DC that has an agent on it stays in the list
    until it is uninstalled (dropping it would leave an agent nobody sees)."""

    def update(settings: PasswordSyncSettings) -> dict[str, Any]:
        wanted = [h.strip().lower() for h in hosts if h.strip()]
        chosen: list[dict[str, Any]] = []
        for host in dict.fromkeys(wanted):
            found = _find(settings, host)
            chosen.append(found.model_dump() if found else {"host": host})
        for dc in settings.domain_controllers:
            if dc.host.lower() not in wanted and dc.state in _ON_THE_DC:
                chosen.append(dc.model_dump())
        return {"domain_controllers": chosen}

    return _save_password_sync(paths, update)


def set_dc_state(paths: AgentPaths, host: str, state: DcAgentState, detail: str | None = None) -> AgentConfig:
    """Record a DC's new state (adding the DC to the chosen ones when it is not there yet)."""

    def update(settings: PasswordSyncSettings) -> dict[str, Any]:
        row = {"host": host.lower(), "state": state, "detail": detail, "changed_at": datetime.now(UTC)}
        dcs = [dc.model_dump() for dc in settings.domain_controllers]
        for index, dc in enumerate(settings.domain_controllers):
            if dc.host.lower() == host.lower():
                dcs[index] = row
                break
        else:
            dcs.append(row)
        return {"domain_controllers": dcs}

    return _save_password_sync(paths, update)


def agent_address(settings: PasswordSyncSettings) -> tuple[str, int]:
    """Where DC agents reach this agent: the first configured name (default: this machine's FQDN), the port."""
    names = settings.agent_names or [socket.getfqdn()]
    return names[0], settings.port


# ---------------------------------------------------------------------------------------------- status


def status_rows(paths: AgentPaths, config: AgentConfig | None = None) -> list[dict[str, Any]]:
    """One row per DC as ``status --json`` shows it: the running agent's own report (connected, version, last
    delivery, queue) when it runs with password sync on, else the configured DCs with their install state."""
    config = config or load(paths)
    try:
        status = read_status(paths.state_dir)
    except ConfigError:
        status = None
    live = {str(row.get("dc", "")).lower(): row for row in (status.password_sync_agents if status else [])}
    rows: list[dict[str, Any]] = []
    for dc in config.password_sync.domain_controllers:
        row = dict(live.pop(dc.host.lower(), {}))
        rows.append(
            {
                "dc": dc.host.lower(),
                "state": dc.state.value,
                "detail": dc.detail,
                "changed_at": dc.changed_at.isoformat() if dc.changed_at else None,
                "connected": bool(row.get("connected")),
                "version": row.get("version"),
                "last_delivered_at": row.get("last_delivered_at"),
                "queue": row.get("queue"),
            }
        )
    for name, row in sorted(live.items()):
        rows.append({**row, "dc": name, "changed_at": None})
    return rows


def rejections(paths: AgentPaths, limit: int = 5) -> dict[str, Any]:
    """The password changes the cloud did not accept (its password policy, or a change that failed the agent's
    checks): how many, and the newest ``limit``, each with the user, the DC, the reason and when; never the
    value. They are not retried: the user's next password change is delivered as usual."""
    return ledger_rejections(paths.state_dir / LEDGER_FILE, limit)


def rejection_reason(reason: str) -> tuple[str, str]:
    """(code, words) of a recorded reason: ``tenant_refused`` with the tenant's own words, or the agent's code."""
    if reason.startswith(TENANT_REFUSED):
        return "tenant_refused", reason[len(TENANT_REFUSED) :]
    return reason, ""


# ---------------------------------------------------------------------------------------------- directory


async def open_reader(paths: AgentPaths, config: AgentConfig) -> DirectoryReader:
    """A directory connection with the agent's LDAP settings and the bind password as the keyring holds it: the
    service's own (:func:`app.service.wiring.open_reader`, imported when first needed)."""
    from app.service.wiring import open_reader as service_open_reader

    return await service_open_reader(paths, config)


async def list_dcs(paths: AgentPaths, config: AgentConfig | None = None) -> list[DomainController]:
    loaded = config if config is not None else await asyncio.to_thread(load, paths)
    async with await open_reader(paths, loaded) as reader:
        return await domain_controllers(reader)


def _matches(dc: DomainController, host: str) -> bool:
    wanted = host.lower().rstrip(".")
    return wanted in {dc.host.lower(), dc.name.lower()} or (bool(dc.host) and dc.host.split(".")[0] == wanted)


# ---------------------------------------------------------------------------------------------- checks


@dataclass(frozen=True)
class Target:
    """One DC as the admin addresses it: its name in the directory, and where its SSH server answers (the same
    name unless ``ssh_host`` says otherwise), with the layout of its Samba; for a Windows DC, the layout there
    and the kit copied to it."""

    dc: str
    ssh_host: str | None = None
    ssh_port: int = SSH_PORT
    layout: SambaLayout = field(default_factory=SambaLayout)
    #: Windows DCs: where things go on the DC, and the folder with the DLL and the runtime to copy there.
    windows_layout: WindowsLayout = field(default_factory=WindowsLayout)
    kit_dir: Path | None = None

    @property
    def address(self) -> str:
        return self.ssh_host or self.dc


async def confirmed_host_key(target: Target, confirmed_fingerprint: str | None) -> str:
    """The DC's host key, provided it has the fingerprint the admin confirmed; otherwise
    :class:`PasswordSyncAdminError` ``host_key_not_confirmed`` (nothing confirmed yet: shows the fingerprint)
    or :class:`InstallError` ``ssh_host_key_mismatch`` (a different key answers)."""
    key = await host_key(target.address, target.ssh_port)
    shown = fingerprint(key)
    if not confirmed_fingerprint:
        raise PasswordSyncAdminError(
            "host key not confirmed", code="host_key_not_confirmed", host=target.dc, fingerprint=shown
        )
    if confirmed_fingerprint.strip() not in (shown, shown.removeprefix("SHA256:")):
        raise InstallError("host key mismatch", code="ssh_host_key_mismatch", host=target.dc, fingerprint=shown)
    return key


def platform_of(dc: DomainController) -> str:
    """:data:`WINDOWS` or :data:`SAMBA`, by the DC's ``operatingSystem`` in the directory."""
    return SAMBA if dc.is_samba else WINDOWS


def windows_version(dc: DomainController) -> tuple[int, int] | None:
    """``operatingSystemVersion`` ("10.0 (20348)") as (major, minor)."""
    parts = dc.os_version.split("(")[0].strip().split(".")
    try:
        return int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    except ValueError:
        return None


async def dc_platform(paths: AgentPaths, dc: str, config: AgentConfig | None = None) -> str | None:
    """How ``dc`` is installed: :data:`WINDOWS` or :data:`SAMBA` by its ``operatingSystem`` in the directory;
    None when the directory lists no DC by that name."""
    found = next((d for d in await list_dcs(paths, config) if _matches(d, dc)), None)
    return platform_of(found) if found else None


def kit_dir(paths: AgentPaths, given: Path | None = None) -> Path:
    """Where the Windows DC kit is: the folder given, else ``$IDENTITY_CONNECT_WINDOWS_DC_KIT``, else
    ``windows-dc-kit`` in the agent's configuration folder, else beside the program."""
    if given is not None:
        return given
    if os.environ.get("IDENTITY_CONNECT_WINDOWS_DC_KIT"):
        return Path(os.environ["IDENTITY_CONNECT_WINDOWS_DC_KIT"])
    for folder in (paths.config_dir / "windows-dc-kit", Path(sys.executable).resolve().parent / "windows-dc-kit"):
        if folder.is_dir():
            return folder
    return paths.config_dir / "windows-dc-kit"


async def check_dc(
    paths: AgentPaths,
    target: Target,
    *,
    install_account: str | None = None,
    login: SshLogin | WindowsLogin | None = None,
    config: AgentConfig | None = None,
) -> DcCheck:
    """Every prerequisite of ``target`` as ✓/✗ rows; never raises for a failed check (the row says it).

    A Samba DC (by its ``operatingSystem``) is checked over SSH (``login``: an :class:`SshLogin`); a Windows DC
    over SMB and WinRM (``login``: a :class:`WindowsLogin`, whose account is the install account checked for
    Domain Admins when ``install_account`` is not given)."""
    loaded = config if config is not None else await asyncio.to_thread(load, paths)
    result = DcCheck(target.dc)
    if install_account is None and isinstance(login, WindowsLogin):
        install_account = login.account
    async with await open_reader(paths, loaded) as reader:
        if install_account:
            admin = await is_domain_admin(reader, install_account)
            if admin is None:
                result.rows.append(CheckRow(DOMAIN_ADMIN, False, "account_not_found", install_account))
            else:
                code = "ok" if admin else "not_domain_admin"
                result.rows.append(CheckRow(DOMAIN_ADMIN, admin, code, install_account))
        dcs = await domain_controllers(reader)
    joined = next((dc for dc in dcs if _matches(dc, target.dc)), None)
    if joined is not None and platform_of(joined) == WINDOWS:
        result.platform = WINDOWS
        result.rows.extend(await _windows_rows(paths, target, joined, login))
        return result
    try:
        result.host_key = await host_key(target.address, target.ssh_port)
        result.rows.append(CheckRow(REACHABLE, True, "ok", f"{target.address}:{target.ssh_port}"))
    except InstallError:
        result.rows.append(CheckRow(REACHABLE, False, "dc_unreachable", f"{target.address}:{target.ssh_port}"))
    if joined is None:
        result.rows.append(CheckRow(JOINED, False, "dc_not_in_domain", loaded.ldap.domain))
    else:
        result.rows.append(CheckRow(JOINED, True, "ok", joined.host or joined.name))
    if isinstance(login, WindowsLogin):
        result.rows.append(CheckRow(CAPTURE, False, "dc_platform_mismatch", joined.os if joined else ""))
        return result
    result.rows.extend(await _capture_rows(target, login, reachable=result.host_key is not None))
    return result


async def _port_open(host: str, port: int, timeout: float = 5.0) -> bool:
    try:
        _reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    except (OSError, TimeoutError):
        return False
    writer.close()
    try:
        await asyncio.wait_for(writer.wait_closed(), 2)
    except (OSError, TimeoutError):
        pass
    return True


async def _windows_rows(
    paths: AgentPaths, target: Target, dc: DomainController, login: SshLogin | WindowsLogin | None
) -> list[CheckRow]:
    """A Windows DC: reachable on SMB, one of this domain's DCs, a Windows the filter is built for, the kit here,
    and with a Windows login: SMB to ADMIN$ and WinRM for the install account."""
    rows: list[CheckRow] = []
    address = login.host if isinstance(login, WindowsLogin) else (target.ssh_host or target.dc)
    smb_port = login.smb_port if isinstance(login, WindowsLogin) else SMB_PORT
    reachable = await _port_open(address, smb_port)
    rows.append(
        CheckRow(REACHABLE, reachable, "ok" if reachable else "windows_dc_unreachable", f"{address}:{smb_port}")
    )
    rows.append(CheckRow(JOINED, True, "ok", dc.host or dc.name))
    version = windows_version(dc)
    supported = version is not None and version >= WINDOWS_MIN_VERSION
    rows.append(CheckRow(CAPTURE, supported, "ok" if supported else "windows_too_old", f"{dc.os} {dc.os_version}"))
    problems = await asyncio.to_thread(lambda: WindowsKit.find(kit_dir(paths, target.kit_dir)).problems())
    rows.append(CheckRow(KIT, not problems, "ok" if not problems else "windows_kit_missing", "; ".join(problems)))
    if not isinstance(login, WindowsLogin):
        code = "dc_platform_mismatch" if isinstance(login, SshLogin) else "needs_windows_login"
        rows.append(CheckRow(SMB, None if login is None else False, code))
        rows.append(CheckRow(WINRM, None if login is None else False, code))
        return rows
    if not reachable:
        rows.append(CheckRow(SMB, False, "smb_unreachable", f"{address}:{smb_port}"))
        rows.append(CheckRow(WINRM, None, "not_checked"))
        return rows
    found = await check_windows_dc(
        login.host,
        login.account,
        login.password,
        ca_file=login.ca_file,
        winrm_http=login.winrm_http,
        smb_port=login.smb_port,
        winrm_port=login.winrm_port,
        timeout=login.timeout,
    )
    for prerequisite in found:
        code = prerequisite.detail
        if prerequisite.name == SMB and prerequisite.ok:
            # The install's own session must also be encrypted (the DC agent's key travels over it).
            code = await check_smb_copy(login)
        rows.append(CheckRow(prerequisite.name, code == "ok", code))
    return rows


async def _capture_rows(target: Target, login: SshLogin | None, *, reachable: bool) -> list[CheckRow]:
    if not reachable:
        return [CheckRow(CAPTURE, None, "not_checked")]
    if login is None:
        return [CheckRow(CAPTURE, None, "needs_login")]
    try:
        async with SambaDcInstaller(login, target.layout) as installer:
            found = await installer.check()
    except InstallError as exc:
        return [CheckRow(CAPTURE, False, exc.code)]
    failed = [p for p in found if not p.ok]
    if not failed:
        samba = next((p.detail for p in found if p.name == "samba"), "")
        return [CheckRow(CAPTURE, True, "ok", samba)]
    first = failed[0]
    return [CheckRow(CAPTURE, False, _CAPTURE_CODES.get(first.name, "no_capture_support"), first.detail)]


# ---------------------------------------------------------------------------------------------- install


def _identity(paths: AgentPaths) -> PasswordSyncIdentity:
    # The same identity (CA + envelope key) the agent service loads: the DC agent's certificate must chain to it.
    return PasswordSyncIdentity.load_or_create(SecretStore(paths.profile), paths.config_dir / "password-sync")


async def install_dc(
    paths: AgentPaths,
    target: Target,
    login: SshLogin | WindowsLogin,
    *,
    restart_samba: bool = False,
    restart_dc: bool = False,
    install_account: str | None = None,
    progress: Progress | None = None,
) -> InstallResult:
    """Check, then install the DC agent on ``target``: over SSH on a Samba DC (``restart_samba``), over SMB and
    WinRM with the password filter on a Windows DC (``restart_dc``), as the login says and the DC's
    ``operatingSystem`` confirms. Nothing is installed when a prerequisite fails (:class:`PasswordSyncAdminError`
    ``prerequisites_not_met`` with the check in ``details['check']``)."""
    report = progress or _no_progress
    config = await asyncio.to_thread(load, paths)
    check = await check_dc(paths, target, install_account=install_account, login=login, config=config)
    if not check.ok:
        raise PasswordSyncAdminError(
            "prerequisites not met",
            code="prerequisites_not_met",
            host=target.dc,
            failed=[row.code for row in check.rows if row.ok is not True],
            check=check,
        )
    if isinstance(login, WindowsLogin):
        kit = await asyncio.to_thread(WindowsKit.find, kit_dir(paths, target.kit_dir))
        return await _install_windows(
            paths, target.dc, login, kit, restart_dc=restart_dc, report=report, layout=target.windows_layout
        )
    await asyncio.to_thread(set_dc_state, paths, target.dc, DcAgentState.INSTALL_INITIATED)
    report(target.dc, DcAgentState.INSTALL_INITIATED.value)
    agent_host, agent_port = agent_address(config.password_sync)
    try:
        identity = await asyncio.to_thread(_identity, paths)
        async with SambaDcInstaller(login, target.layout, lambda step: report(target.dc, step.value)) as installer:
            result = await installer.install(
                identity,
                dc_name=target.dc.lower(),
                agent_host=agent_host,
                agent_port=agent_port,
                restart_samba=restart_samba,
            )
    except IdentityConnectError as exc:
        log.warning("password sync: install on %s failed: %s", target.dc, exc.code)
        await asyncio.to_thread(set_dc_state, paths, target.dc, DcAgentState.INSTALL_FAILED, exc.code)
        report(target.dc, DcAgentState.INSTALL_FAILED.value)
        raise
    await asyncio.to_thread(set_dc_state, paths, target.dc, result.state)
    report(target.dc, result.state.value)
    log.info("password sync: DC agent installed on %s (%s)", target.dc, result.state.value)
    return result


async def _install_windows(
    paths: AgentPaths,
    dc: str,
    login: WindowsLogin,
    kit: WindowsKit,
    *,
    restart_dc: bool,
    report: Progress,
    layout: WindowsLayout | None = None,
) -> InstallResult:
    """The Windows install once its prerequisites passed, with its states written as they change."""
    config = await asyncio.to_thread(load, paths)
    await asyncio.to_thread(set_dc_state, paths, dc, DcAgentState.INSTALL_INITIATED)
    report(dc, DcAgentState.INSTALL_INITIATED.value)
    agent_host, agent_port = agent_address(config.password_sync)
    try:
        identity = await asyncio.to_thread(_identity, paths)
        async with WindowsDcInstaller(login, kit, layout, lambda step: report(dc, step.value)) as installer:
            result: InstallResult = await installer.install(
                identity, dc_name=dc.lower(), agent_host=agent_host, agent_port=agent_port, restart_dc=restart_dc
            )
    except IdentityConnectError as exc:
        log.warning("password sync: install on %s failed: %s", dc, exc.code)
        await asyncio.to_thread(set_dc_state, paths, dc, DcAgentState.INSTALL_FAILED, exc.code)
        report(dc, DcAgentState.INSTALL_FAILED.value)
        raise
    await asyncio.to_thread(set_dc_state, paths, dc, result.state)
    report(dc, result.state.value)
    log.info("password sync: password filter and DC agent installed on %s (%s)", dc, result.state.value)
    return result


async def uninstall_dc(
    paths: AgentPaths,
    target: Target,
    login: SshLogin | WindowsLogin,
    *,
    restart_samba: bool = False,
    restart_dc: bool = False,
    progress: Progress | None = None,
) -> InstallResult:
    report = progress or _no_progress
    await asyncio.to_thread(set_dc_state, paths, target.dc, DcAgentState.UNINSTALL_INITIATED)
    report(target.dc, DcAgentState.UNINSTALL_INITIATED.value)

    def step(what: Step) -> None:
        report(target.dc, what.value)

    try:
        if isinstance(login, WindowsLogin):
            async with WindowsDcInstaller(login, None, target.windows_layout, step) as windows:
                result: InstallResult = await windows.uninstall(restart_dc=restart_dc)
        else:
            async with SambaDcInstaller(login, target.layout, step) as installer:
                result = await installer.uninstall(restart_samba=restart_samba)
    except IdentityConnectError as exc:
        # The agent may still be on the DC: the state says the uninstall did not finish, with its cause.
        await asyncio.to_thread(set_dc_state, paths, target.dc, DcAgentState.UNINSTALL_INITIATED, exc.code)
        raise
    detail = "restart_needed" if result.restart_needed else None
    await asyncio.to_thread(set_dc_state, paths, target.dc, DcAgentState.UNINSTALLED, detail)
    report(target.dc, DcAgentState.UNINSTALLED.value)
    log.info("password sync: DC agent removed from %s", target.dc)
    return result


__all__ = [
    "CAPTURE",
    "KIT",
    "SAMBA",
    "SMB",
    "WINDOWS",
    "WINRM",
    "DomainController",
    "InstallResult",
    "SambaLayout",
    "SshLogin",
    "WindowsLayout",
    "WindowsLogin",
    "dc_platform",
    "kit_dir",
    "platform_of",
    "rejection_reason",
    "rejections",
    "DOMAIN_ADMIN",
    "JOINED",
    "REACHABLE",
    "CheckRow",
    "DcCheck",
    "PasswordSyncAdminError",
    "Step",
    "Target",
    "agent_address",
    "fingerprint",
    "host_key",
    "check_dc",
    "choose_dcs",
    "confirmed_host_key",
    "install_dc",
    "list_dcs",
    "set_dc_state",
    "set_enabled",
    "status_rows",
    "uninstall_dc",
]
