"""``identity-connect-agent password-sync``: password sync from the command line.

- ``status [--json]``: on or off, where DC agents reach this agent, and per DC its install state, connection,
  version, last delivered password (the time, never the value) and queue length.
- ``dcs [--json]``: the domain's DCs as the directory lists them, and which are chosen.
- ``check DC [--json]``: the prerequisites of one DC, ✓/✗ rows with the fix for each ✗.
- ``install DC`` / ``uninstall DC``: the DC agent over SSH. The SSH login (``--ssh-user`` with ``--ssh-key FILE``
  or ``--ssh-password-stdin``) is used for this one command and never stored. The DC's host key must be
  confirmed: without ``--accept-host-key FINGERPRINT`` the command prints the fingerprint and installs nothing.
  A Windows DC (by its ``operatingSystem`` in the directory) gets the password filter and the DC agent over SMB
  and WinRM instead, with ``--windows-account`` and ``--windows-password-stdin`` (also used once, never
  stored), the Windows DC kit (``--windows-kit DIR``) and ``--restart-dc`` to allow restarting it.
- ``status`` also shows the password changes the cloud did not accept (its password policy): how many, and the
  newest with the user, the reason and the time; never a value.
- ``enable`` / ``disable``: password sync on or off (``--dc HOST`` chooses DCs); the running agent reloads.

Exit codes: 0 done; 1 failed (the message says why and what to do); 2 usage; 6 a prerequisite is not met
(the ✗ rows say what to fix; nothing was installed); 7 the DC's host key needs confirming
(``--accept-host-key`` with the fingerprint shown).

The English sentences for the password-sync codes are in :mod:`app.messages`, the terminal's table of words.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from pydantic import SecretStr

from app.errors import IdentityConnectError
from app.messages import describe, fill, problem, text
from app.paths import AgentPaths
from app.pwsync import admin
from app.pwsync.installer import SambaLayout, SshLogin
from app.pwsync.windows_installer import WindowsInstallResult, WindowsLayout, WindowsLogin

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PREREQUISITES = 6
EXIT_HOST_KEY = 7

# ---------------------------------------------------------------------------------------------- words

ROW_WORDS = {
    admin.DOMAIN_ADMIN: "Install account is a Domain Admin",
    admin.REACHABLE: "DC answers on SSH",
    admin.JOINED: "DC belongs to this domain",
    admin.CAPTURE: "DC can capture password changes",
    admin.KIT: "The Windows DC kit is here (password filter DLL, DC agent runtime)",
    admin.SMB: "Install account logs in over SMB and opens ADMIN$",
    admin.WINRM: "Install account runs PowerShell over WinRM",
}
#: A Windows DC's rows where they differ.
WINDOWS_ROW_WORDS = {
    admin.REACHABLE: "DC answers on SMB",
    admin.CAPTURE: "DC runs a Windows the DC agent supports (Windows Server 2016 or later, 64-bit)",
}

STATE_WORDS = {
    "not_installed": "not installed",
    "install_initiated": "install initiated",
    "installed": "installed",
    "restart_needed": "restart needed (restart Samba on the DC, or the Windows DC itself)",
    "install_failed": "install failed",
    "uninstall_initiated": "uninstall initiated",
    "uninstalled": "uninstalled",
}


def describe_code(code: str, *, detail: str = "") -> str:
    """The words for a prerequisite row's ``code`` (``{detail}`` from the row)."""
    template = text(code)
    if template is None:
        return f"({code})"
    return fill(template, {"detail": detail, "message": "."})


# ---------------------------------------------------------------------------------------------- parser


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "password-sync",
        help="password sync: status, the domain's DCs, prerequisites, install on a DC",
        description="Password sync: a password changed in the directory is set in the cloud within seconds, "
        "by an agent on each chosen domain controller.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    status = actions.add_parser("status", help="on or off, and each DC's agent")
    status.add_argument("--json", action="store_true", help="print the status as JSON")
    status.set_defaults(func=cmd_status)
    dcs = actions.add_parser("dcs", help="the domain's DCs, read from the directory")
    dcs.add_argument("--json", action="store_true", help="print the list as JSON")
    dcs.set_defaults(func=cmd_dcs)
    for name, helptext, func in (
        ("check", "the prerequisites of one DC", cmd_check),
        ("install", "install the password-sync agent on a DC (SSH; SMB + WinRM on Windows)", cmd_install),
        ("uninstall", "remove the password-sync agent from a DC", cmd_uninstall),
    ):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("dc", metavar="DC", help="the DC's host name, as 'password-sync dcs' lists it")
        _ssh_options(action)
        _windows_options(action)
        if name != "uninstall":
            action.add_argument(
                "--install-account", metavar="USER", help="the AD account to check for Domain Admins membership"
            )
        if name != "check":
            action.add_argument(
                "--restart-samba", action="store_true", help="restart Samba on the DC when the change needs it"
            )
            action.add_argument(
                "--restart-dc", action="store_true", help="Windows DCs: restart the DC when the install needs it"
            )
        action.add_argument("--json", action="store_true", help="print the result as JSON")
        action.set_defaults(func=func)
    enable = actions.add_parser("enable", help="turn password sync on")
    enable.add_argument("--dc", metavar="HOST", action="append", help="choose this DC (repeat for several)")
    enable.set_defaults(func=cmd_enable)
    disable = actions.add_parser("disable", help="turn password sync off (DC agents stay installed)")
    disable.set_defaults(func=cmd_disable)


def _ssh_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("SSH login (used for this command only, never stored)")
    group.add_argument("--ssh-user", metavar="USER", help="the DC account: root, or one with password-less sudo")
    secret = group.add_mutually_exclusive_group()
    secret.add_argument("--ssh-key", metavar="FILE", type=Path, help="its private key file")
    secret.add_argument("--ssh-password-stdin", action="store_true", help="read its password from standard input")
    group.add_argument("--accept-host-key", metavar="FINGERPRINT", help="the DC's host key fingerprint you confirmed")
    group.add_argument("--ssh-host", metavar="ADDRESS", help="where the DC's SSH server answers (default: DC)")
    group.add_argument("--ssh-port", metavar="PORT", type=int, default=admin.SSH_PORT, help="default 22")
    where = parser.add_argument_group("where Samba is on the DC (defaults fit Debian and Ubuntu)")
    defaults = SambaLayout()
    where.add_argument("--samba-conf", metavar="PATH", default=defaults.samba_conf)
    where.add_argument("--gnupg-home", metavar="PATH", default=defaults.gnupg_home)
    where.add_argument("--install-dir", metavar="PATH", default=defaults.install_dir)
    where.add_argument("--samba-python", metavar="PATH", default=defaults.python)
    where.add_argument("--service-manager", choices=("systemd", "process"), default=defaults.service_manager)


def _windows_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("Windows DCs: SMB + WinRM login (used for this command only, never stored)")
    group.add_argument("--windows-account", metavar="USER", help="a Domain Admin, as DOMAIN\\user or user@domain")
    group.add_argument("--windows-password-stdin", action="store_true", help="read its password from standard input")
    group.add_argument("--windows-host", metavar="ADDRESS", help="where the DC answers SMB and WinRM (default: DC)")
    group.add_argument("--smb-port", metavar="PORT", type=int, default=445, help="default 445")
    group.add_argument("--winrm-http", action="store_true", help="WinRM over HTTP on 5985 instead of HTTPS on 5986")
    group.add_argument("--winrm-port", metavar="PORT", type=int, help="default 5986 (5985 with --winrm-http)")
    group.add_argument("--winrm-ca-file", metavar="FILE", type=Path, help="the CA of the DC's WinRM certificate")
    group.add_argument("--windows-kit", metavar="DIR", type=Path, help="the password filter DLL and the runtime")
    defaults = WindowsLayout()
    group.add_argument("--windows-install-dir", metavar="PATH", default=defaults.install_dir)


def _target(args: argparse.Namespace) -> admin.Target:
    layout = SambaLayout(
        samba_conf=args.samba_conf,
        gnupg_home=args.gnupg_home,
        install_dir=args.install_dir,
        python=args.samba_python,
        service_manager=args.service_manager,
    )
    windows = WindowsLayout(install_dir=args.windows_install_dir)
    return admin.Target(
        args.dc.lower(), args.ssh_host, args.ssh_port, layout, windows_layout=windows, kit_dir=args.windows_kit
    )


def _wants_windows_login(args: argparse.Namespace) -> bool:
    return bool(args.windows_account or args.windows_password_stdin)


def _windows_login(args: argparse.Namespace, target: admin.Target) -> WindowsLogin:
    if not args.windows_account:
        raise _UsageError("--windows-account is needed for a Windows DC")
    if not args.windows_password_stdin:
        raise _UsageError("give the account's password with --windows-password-stdin")
    return WindowsLogin(
        host=args.windows_host or target.dc,
        account=args.windows_account,
        password=SecretStr(sys.stdin.readline().rstrip("\r\n")),
        smb_port=args.smb_port,
        winrm_http=args.winrm_http,
        winrm_port=args.winrm_port,
        ca_file=args.winrm_ca_file,
    )


class _UsageError(Exception):
    pass


def _login(args: argparse.Namespace, target: admin.Target, key: str) -> SshLogin:
    if not args.ssh_user:
        raise _UsageError("--ssh-user is needed")
    password = private_key = None
    if args.ssh_key is not None:
        try:
            private_key = SecretStr(args.ssh_key.read_text(encoding="utf-8"))
        except OSError as exc:
            raise _UsageError(f"cannot read the key file {args.ssh_key}: {exc.strerror}") from None
    elif args.ssh_password_stdin:
        password = SecretStr(sys.stdin.readline().rstrip("\r\n"))
    else:
        raise _UsageError("give --ssh-key FILE or --ssh-password-stdin")
    return SshLogin(
        host=target.address,
        username=args.ssh_user,
        host_key=key,
        port=target.ssh_port,
        password=password,
        private_key=private_key,
    )


def _wants_login(args: argparse.Namespace) -> bool:
    return bool(args.ssh_user or args.ssh_key or args.ssh_password_stdin or args.accept_host_key)


def _fail(args: argparse.Namespace, exc: IdentityConnectError, code: int) -> int:
    message = describe(exc)
    if getattr(args, "json", False):
        data: dict[str, Any] = {"error": exc.code, "message": message, "exit_code": code}
        if exc.details.get("fingerprint"):
            data["host_key_fingerprint"] = exc.details["fingerprint"]
        check = exc.details.get("check")
        if isinstance(check, admin.DcCheck):
            data["check"] = _check_json(check)
        json.dump(data, sys.stdout, indent=2)
        print()
    check = exc.details.get("check")
    if isinstance(check, admin.DcCheck) and not getattr(args, "json", False):
        print_check(check, sys.stdout)
    print(message, file=sys.stderr)
    return code


def _exit_for(exc: IdentityConnectError) -> int:
    if exc.code == "host_key_not_confirmed":
        return EXIT_HOST_KEY
    if exc.code == "prerequisites_not_met":
        return EXIT_PREREQUISITES
    return EXIT_FAILED


# ---------------------------------------------------------------------------------------------- commands


def cmd_status(args: argparse.Namespace) -> int:
    paths = AgentPaths.resolve(args.config_dir)
    try:
        config = admin.load(paths)
    except IdentityConnectError as exc:
        return _fail(args, exc, EXIT_FAILED)
    settings = config.password_sync
    host, port = admin.agent_address(settings)
    rows = admin.status_rows(paths, config)
    rejected = admin.rejections(paths)
    if args.json:
        data = {
            "enabled": settings.enabled,
            "domain": config.ldap.domain,
            "agent_address": f"{host}:{port}",
            "domain_controllers": rows,
            # changes the cloud did not accept: how many, the newest with user, DC, reason, time (never a value)
            "rejected": rejected,
        }
        json.dump(data, sys.stdout, indent=2, sort_keys=True, default=str)
        print()
        return EXIT_OK
    out = sys.stdout
    print(f"Password sync: {'on' if settings.enabled else 'off'}", file=out)
    print(f"  Domain: {config.ldap.domain}", file=out)
    print(f"  DC agents reach this agent at {host}:{port}", file=out)
    if not rows:
        print("  No domain controllers chosen ('password-sync dcs' lists them).", file=out)
    for row in rows:
        state = STATE_WORDS.get(str(row.get("state")), str(row.get("state")))
        if row.get("detail"):
            state += f" ({row['detail']})"
        parts = [f"  {row['dc']}: {state}", "connected" if row.get("connected") else "not connected"]
        if row.get("version"):
            parts.append(f"version {row['version']}")
        delivered = row.get("last_delivered_at")
        if isinstance(delivered, int | float):
            moment = datetime.fromtimestamp(delivered).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
            parts.append(f"last password delivered {moment}")
        if row.get("queue") is not None:
            parts.append(f"queue {row['queue']}")
        print(", ".join(parts), file=out)
    if rejected["count"]:
        print(f"  Not accepted by the cloud: {rejected['count']} password change(s), newest first:", file=out)
        for item in rejected["recent"]:
            moment = datetime.fromtimestamp(float(item["at"])).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
            print(f"    {item['user']} — {rejection_words(str(item['reason']))} — {moment}", file=out)
        print("    Each was refused once and is not sent again; the user's next password change is.", file=out)
    return EXIT_OK


def rejection_words(reason: str) -> str:
    code, words = admin.rejection_reason(reason)
    if code == "tenant_refused":
        return f"the tenant's password policy: {words}" if words else "the tenant's password policy"
    return problem(code)


def cmd_dcs(args: argparse.Namespace) -> int:
    paths = AgentPaths.resolve(args.config_dir)
    try:
        config = admin.load(paths)
        found = asyncio.run(admin.list_dcs(paths, config))
    except IdentityConnectError as exc:
        return _fail(args, exc, EXIT_FAILED)
    chosen = {dc.host.lower() for dc in config.password_sync.domain_controllers}
    rows = [
        {"name": dc.name, "host": dc.host, "os": dc.os, "os_version": dc.os_version, "chosen": dc.host in chosen}
        for dc in found
    ]
    if args.json:
        json.dump({"domain": config.ldap.domain, "domain_controllers": rows}, sys.stdout, indent=2)
        print()
        return EXIT_OK
    print(f"Domain controllers of {config.ldap.domain}:")
    for row in rows:
        mark = "[x]" if row["chosen"] else "[ ]"
        print(f"  {mark} {row['host'] or row['name']}  {row['os']} {row['os_version']}".rstrip())
    return EXIT_OK


def _check_json(check: admin.DcCheck) -> dict[str, Any]:
    data = check.to_json()
    for row in data["rows"]:
        if row["ok"] is not True:
            row["message"] = describe_code(row["code"], detail=row["detail"])
    return data


def print_check(check: admin.DcCheck, out: TextIO) -> None:
    print(f"Prerequisites of {check.dc}:", file=out)
    names = {**ROW_WORDS, **(WINDOWS_ROW_WORDS if check.platform == admin.WINDOWS else {})}
    for row in check.rows:
        mark = {True: "✓", False: "✗", None: "-"}[row.ok]
        words = names.get(row.name, row.name)
        detail = f" ({row.detail})" if row.ok and row.detail else ""
        print(f"  {mark} {words}{detail}", file=out)
        if row.ok is not True:
            print(f"      {describe_code(row.code, detail=row.detail)}", file=out)


def cmd_check(args: argparse.Namespace) -> int:
    paths = AgentPaths.resolve(args.config_dir)
    target = _target(args)

    async def run() -> admin.DcCheck:
        login: SshLogin | WindowsLogin | None = None
        if await admin.dc_platform(paths, target.dc) == admin.WINDOWS:
            if _wants_windows_login(args):
                login = _windows_login(args, target)
        elif _wants_login(args):
            key = await admin.confirmed_host_key(target, args.accept_host_key)
            login = _login(args, target, key)
        return await admin.check_dc(paths, target, install_account=args.install_account, login=login)

    try:
        check = asyncio.run(run())
    except _UsageError as exc:
        print(f"password-sync check: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except IdentityConnectError as exc:
        return _fail(args, exc, _exit_for(exc))
    if args.json:
        json.dump(_check_json(check), sys.stdout, indent=2)
        print()
    else:
        print_check(check, sys.stdout)
        if check.host_key and not _wants_login(args):
            print(f"  The DC's SSH host key: {admin.fingerprint(check.host_key)}")
    return EXIT_OK if check.ok else EXIT_PREREQUISITES


def _printer(args: argparse.Namespace) -> admin.Progress:
    def progress(dc: str, what: str) -> None:
        if not args.json:
            print(f"  {dc}: {STATE_WORDS.get(what, what)}", file=sys.stderr)

    return progress


def cmd_install(args: argparse.Namespace) -> int:
    return _install_or_uninstall(args, install=True)


def cmd_uninstall(args: argparse.Namespace) -> int:
    return _install_or_uninstall(args, install=False)


def _install_or_uninstall(args: argparse.Namespace, *, install: bool) -> int:
    paths = AgentPaths.resolve(args.config_dir)
    target = _target(args)

    async def run() -> Any:
        login: SshLogin | WindowsLogin
        if await admin.dc_platform(paths, target.dc) == admin.WINDOWS:
            login = _windows_login(args, target)
        else:
            key = await admin.confirmed_host_key(target, args.accept_host_key)
            login = _login(args, target, key)
        restarts = {"restart_samba": args.restart_samba, "restart_dc": args.restart_dc}
        if install:
            return await admin.install_dc(
                paths, target, login, install_account=args.install_account, progress=_printer(args), **restarts
            )
        return await admin.uninstall_dc(paths, target, login, progress=_printer(args), **restarts)

    try:
        result = asyncio.run(run())
    except _UsageError as exc:
        print(f"password-sync: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except IdentityConnectError as exc:
        return _fail(args, exc, _exit_for(exc))
    if args.json:
        json.dump({"dc": target.dc, "state": result.state.value, "restart_needed": result.restart_needed}, sys.stdout)
        print()
        return EXIT_OK
    done = "installed" if install else "removed"
    print(f"The password-sync agent is {done} on {target.dc}.")
    if result.restart_needed and isinstance(result, WindowsInstallResult):
        print(
            "Restart the domain controller so LSA loads (or lets go of) the password filter, "
            "or run the command again with --restart-dc."
        )
    elif result.restart_needed:
        print(
            "Restart Samba on the DC (systemctl restart samba-ad-dc) so it takes the changed smb.conf, "
            "or run the command again with --restart-samba."
        )
    return EXIT_OK


def cmd_enable(args: argparse.Namespace) -> int:
    paths = AgentPaths.resolve(args.config_dir)
    try:
        config = admin.set_enabled(paths, True)
        if args.dc:
            config = admin.choose_dcs(paths, args.dc)
    except IdentityConnectError as exc:
        return _fail(args, exc, EXIT_FAILED)
    host, port = admin.agent_address(config.password_sync)
    print(f"Password sync is on. DC agents reach this agent at {host}:{port}.")
    chosen = [dc.host for dc in config.password_sync.domain_controllers]
    if chosen:
        print(f"Chosen domain controllers: {', '.join(chosen)}")
    return EXIT_OK


def cmd_disable(args: argparse.Namespace) -> int:
    paths = AgentPaths.resolve(args.config_dir)
    try:
        admin.set_enabled(paths, False)
    except IdentityConnectError as exc:
        return _fail(args, exc, EXIT_FAILED)
    print("Password sync is off. The DC agents stay installed; they keep changes sealed until it is on again.")
    return EXIT_OK
