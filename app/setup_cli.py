"""``identity-connect-agent setup``: the setup wizard's steps in a terminal, for servers without a desktop.

Walks the same :class:`app.setup.flow.SetupFlow` as the Qt wizard: installation key (offline checksum, then
online), admin sign-in with a device code (URL, code and a terminal QR code printed), the directory connection
(with the staged diagnostics printed stage by stage), a summary, then the transactional install. Interactive by
default; every answer can be given as a flag for scripts (``--password-stdin`` reads the bind password from
standard input, ``--yes`` skips the confirmation, ``--json`` prints one JSON document at the end instead of
prose). Ctrl+C at any point rolls back whatever the install wrote.

Exit status: 0 installed, 1 a step failed, 2 usage (a required answer missing in non-interactive use), 130
interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import io
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from pydantic import SecretStr

from app import APP_DISPLAY_NAME
from app import messages as terminal
from app.cloud.deviceflow import DeviceFlowEvent, DeviceFlowEventKind
from app.cloud.http import HttpSettings
from app.errors import IdentityConnectError
from app.ldap.discovery import SrvTarget
from app.ldap.settings import TransportSecurity
from app.paths import AgentPaths
from app.setup.directory import DirectoryInput
from app.setup.flow import InstallStep, SetupFlow, StageReport

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def terminal_qr(data: str) -> str:
    import qrcode

    code = qrcode.QRCode(border=2)
    code.add_data(data)
    code.make(fit=True)
    out = io.StringIO()
    code.print_ascii(out=out, invert=True)
    return out.getvalue()


class Terminal:
    """Prompts and prose on a terminal; in ``--json`` mode prose goes to stderr so stdout stays one document."""

    def __init__(self, args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> None:
        self.args = args
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self.interactive = stdin.isatty() and not args.yes

    def say(self, text: str = "") -> None:
        print(text, file=self.stderr if self.args.json else self.stdout, flush=True)

    def ask(self, prompt: str, given: str | None, *, secret: bool = False) -> str:
        if given:
            return given
        if not self.interactive:
            raise UsageError(f"missing {prompt.lower()} (give it as an option in non-interactive use)")
        if secret:
            return getpass.getpass(f"{prompt}: ")
        self.stderr.write(f"{prompt}: ")
        self.stderr.flush()
        return self.stdin.readline().strip()


class UsageError(Exception):
    pass


def choose_discovered(term: Terminal, domain: str, found: list[SrvTarget], accepted: list[str]) -> list[str]:
    """The DCs to use from a DNS answer: those inside ``domain``, plus those outside it that the admin accepts
    (``--accept-dc HOST``, or a yes at the prompt). DNS alone never decides where the bind password goes."""
    chosen = [t.host for t in found if t.in_domain]
    if chosen:
        term.say(f"  found in DNS: {', '.join(chosen)}")
    wanted = {host.strip().rstrip(".").lower() for host in accepted}
    skipped: list[str] = []
    for target in found:
        if target.in_domain:
            continue
        if target.host in wanted:
            term.say(f"  found in DNS outside {domain}, accepted with --accept-dc: {target.host}")
            chosen.append(target.host)
        elif term.interactive:
            answer = term.ask(f"DNS also names {target.host}, which is outside {domain}. Use it? [y/N]", None)
            if answer.strip().lower() in ("y", "yes"):
                chosen.append(target.host)
            else:
                skipped.append(target.host)
        else:
            skipped.append(target.host)
    if skipped:
        term.say(
            f"  not used (outside {domain}, not confirmed): {', '.join(skipped)} — "
            "check these names; to use one, give --accept-dc HOST"
        )
    if not chosen and skipped and not term.interactive:
        raise UsageError(
            f"DNS names only domain controllers outside {domain} ({', '.join(skipped)}): "
            "confirm them with --accept-dc HOST or give --dc HOST"
        )
    return chosen


def register(sub: Any) -> None:
    parser = sub.add_parser("setup", help="set the agent up in the terminal (no desktop needed)")
    parser.add_argument("--key", metavar="KEY", help="the installation key (ICK1-...)")
    parser.add_argument("--domain", help="the directory's DNS domain, e.g. corp.example.com")
    parser.add_argument("--dc", action="append", default=[], metavar="HOST", help="a domain controller (repeatable)")
    parser.add_argument("--find-dcs", action="store_true", help="find the domain controllers in DNS (SRV records)")
    parser.add_argument(
        "--accept-dc",
        action="append",
        default=[],
        metavar="HOST",
        help="with --find-dcs: also use this DC although DNS names it outside the domain (repeatable)",
    )
    parser.add_argument("--bind", metavar="IDENTITY", help="bind account as UPN (user@domain) or DN")
    parser.add_argument("--password-stdin", action="store_true", help="read the bind password from standard input")
    security = parser.add_mutually_exclusive_group()
    security.add_argument("--ssl", dest="security", action="store_const", const="ldaps", help="LDAPS (default)")
    security.add_argument("--starttls", dest="security", action="store_const", const="starttls", help="StartTLS")
    security.add_argument("--plain", dest="security", action="store_const", const="plain", help="unencrypted LDAP")
    parser.add_argument("--allow-unencrypted", action="store_true", help="confirm that --plain is intended")
    parser.add_argument("--ca-file", type=Path, help="CA certificate (PEM) that issued the DCs' certificates")
    parser.add_argument("--tenant-ca-file", type=Path, help="CA certificate for the tenant's HTTPS (private tenants)")
    parser.add_argument("--device-name", help="the name this agent shows in the tenant (default: this computer's)")
    parser.add_argument(
        "--yes", "-y", action="store_true", help="do not ask for confirmation; fail if an answer is missing"
    )
    parser.add_argument("--json", action="store_true", help="print the outcome as JSON on stdout")
    parser.set_defaults(func=run, security="ldaps")


def run(args: argparse.Namespace) -> int:
    return asyncio.run(setup(args, sys.stdin, sys.stdout, sys.stderr))


async def setup(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    term = Terminal(args, stdin, stdout, stderr)
    paths = AgentPaths.resolve(getattr(args, "config_dir", None))
    http = HttpSettings(verify=str(args.tenant_ca_file)) if args.tenant_ca_file else HttpSettings()
    flow = SetupFlow(paths, http=http, device_name=args.device_name)
    outcome: dict[str, Any] = {"ok": False, "config": str(paths.config_file)}
    try:
        await _walk(flow, term, args, outcome)
    except UsageError as exc:
        term.say(f"error: {exc}")
        outcome["error"] = {"code": "usage", "message": str(exc)}
        return _finish(term, outcome, EXIT_USAGE)
    except IdentityConnectError as exc:
        flow.rollback()
        term.say(f"✗ {terminal.setup_sentence(exc)}")
        outcome["error"] = {"code": exc.code, "message": terminal.setup_sentence(exc)}
        return _finish(term, outcome, EXIT_FAILED)
    except (KeyboardInterrupt, asyncio.CancelledError):
        flow.rollback()
        term.say("Interrupted: nothing was kept.")
        outcome["error"] = {"code": "interrupted"}
        return _finish(term, outcome, EXIT_INTERRUPTED)
    outcome["ok"] = True
    return _finish(term, outcome, EXIT_OK)


def _finish(term: Terminal, outcome: dict[str, Any], status: int) -> int:
    if term.args.json:
        print(json.dumps(outcome, indent=2), file=term.stdout, flush=True)
    return status


async def _walk(flow: SetupFlow, term: Terminal, args: argparse.Namespace, outcome: dict[str, Any]) -> None:
    term.say(f"{APP_DISPLAY_NAME} setup")
    # 1. installation key
    key_text = term.ask("Installation key", args.key)
    key = flow.check_key(key_text)
    term.say(f"  key format valid (tenant {key.tenant_url}); checking it with the tenant…")
    validation = await flow.validate_key(key_text)
    term.say(f"✓ Installation key accepted by {validation.tenant_name}")
    outcome["tenant"] = {"url": validation.tenant.tenant_url, "name": validation.tenant_name}

    # 2. admin sign-in (device code)
    auth = await flow.start_sign_in()
    target = auth.verification_uri_complete or auth.verification_uri
    term.say("")
    term.say("Sign in as an administrator of your organisation:")
    term.say(f"  open   {auth.verification_uri}")
    term.say(f"  code   {auth.user_code}")
    term.say(
        f"  (the page will ask you to allow “{flow.device_name}” to connect; the code expires at "
        f"{auth.expires_at.astimezone():%H:%M:%S})"
    )
    term.say("  or scan this with a phone:")
    term.say(terminal_qr(target))
    term.say("Waiting for the sign-in…")
    announced = False

    def on_event(event: DeviceFlowEvent) -> None:
        nonlocal announced
        if event.kind is DeviceFlowEventKind.NETWORK_RETRY and not announced:
            term.say("  can't reach the service, retrying…")
            announced = True
        elif event.kind is not DeviceFlowEventKind.NETWORK_RETRY:
            announced = False

    admin = await flow.finish_sign_in(on_event)
    term.say(f"✓ Signed in as {admin.name or ''} <{admin.email or ''}>")
    outcome["owner"] = {"email": admin.email, "name": admin.name}

    # 3. directory
    domain = term.ask("Domain name (e.g. corp.example.com)", args.domain)
    dcs = list(args.dc)
    if not dcs and args.find_dcs:
        dcs = choose_discovered(term, domain, await flow.suggest_domain_controllers(domain), args.accept_dc)
    if not dcs:
        dcs = [h.strip() for h in term.ask("Domain controllers (comma separated FQDNs)", None).split(",") if h.strip()]
    bind = term.ask("Bind account (UPN or DN)", args.bind)
    if args.password_stdin:
        password = term.stdin.readline().rstrip("\r\n")
    else:
        password = term.ask("Bind password", None, secret=True)
    values = DirectoryInput(
        domain=domain,
        domain_controllers=dcs,
        bind_identity=bind,
        password=SecretStr(password),
        security=TransportSecurity(args.security),
        allow_unencrypted=args.allow_unencrypted,
        ca_file=args.ca_file,
    )
    term.say("Checking the directory connection:")

    def on_stage(report: StageReport) -> None:
        if report.status == "running":
            return
        name = terminal.STAGE_NAMES.get(report.name, report.name)
        mark = "✓" if report.status == "passed" else "✗"
        line = f"  {mark} {report.host}: {name}"
        if report.status == "failed" and report.code:
            line += f" — {terminal.finding(report.code, report.details)}"
            hint = terminal.hint_text(ldap_messages_hint(report.code))
            if hint:
                line += f"\n      what to do: {hint}"
        elif report.summary:
            line += f" ({report.summary})"
        term.say(line)
        if report.certificate:
            term.say("      certificate offered by the server:")
            for cert_line in report.certificate.splitlines():
                term.say(f"        {cert_line}")

    await flow.check_directory(values, on_stage)
    outcome["directory"] = {"domain": domain, "domain_controllers": dcs, "bind": bind, "security": args.security}

    # 4. confirm and install
    term.say("")
    term.say(f"Ready to install: agent “{flow.device_name}” for {validation.tenant_name}, owner {admin.email},")
    term.say(f"directory {domain} via {', '.join(dcs)} ({args.security}), configuration in {flow.paths.config_dir}.")
    if term.interactive:
        answer = term.ask("Install now? [y/N]", None)
        if answer.lower() not in ("y", "yes"):
            raise UsageError("not confirmed; nothing was written")

    def on_step(step: InstallStep, status: str) -> None:
        words = {
            InstallStep.SAVE_SECRETS: "passwords stored in the keyring",
            InstallStep.SAVE_CONFIG: "configuration saved",
            InstallStep.REGISTER: "agent registered with the tenant",
        }
        if status != "running":
            term.say(f"  {'✓' if status == 'passed' else '✗'} {words[step]}")

    config = await flow.install(on_step)
    outcome["agent_id"] = config.tenant.agent_id
    term.say(f"✓ Installed. Start the agent with: identity-connect-agent --config-dir {flow.paths.config_dir} run")


def ldap_messages_hint(code: str) -> str | None:
    from app.ldap.diagnostics import HINTS

    return HINTS.get(code)
