"""``identity-connect-agent check-ldap``: the staged diagnostics from a shell.

    identity-connect-agent check-ldap --domain D --dc HOST [--dc HOST2] --bind USER --password-stdin
        [--ssl | --starttls | --plain] [--ca-file F] [--port N] [--base-dn DN] [--timeout S] [--json]

The password is read from standard input only (never an argument: it would show in the process list).
Prints each stage as it finishes; exit status 0 only when every stage passes on every DC, 1 when a stage
fails, 2 for bad arguments. ``--json`` prints one object: ``{"ok": bool, "stages": [{dc, name, ok, detail,
hint, code, hint_code, data}]}`` with ``detail``/``hint`` in English and the codes alongside.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import SecretStr, ValidationError

from app.ldap.diagnostics import StageResult, run_diagnostics
from app.ldap.settings import LdapSettings, TransportSecurity
from app.messages import STAGE_NAMES, finding, hint_text


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "check-ldap", help="check the connection to the directory, stage by stage"
    )
    parser.add_argument("--domain", required=True, help="the domain name, such as example.com")
    parser.add_argument("--dc", action="append", required=True, metavar="HOST", help="a domain controller (repeat)")
    parser.add_argument("--bind", required=True, metavar="USER", help="bind identity: user@domain or a DN")
    parser.add_argument("--password-stdin", action="store_true", required=True, help="read the password from stdin")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--ssl", dest="security", action="store_const", const=TransportSecurity.LDAPS)
    mode.add_argument("--starttls", dest="security", action="store_const", const=TransportSecurity.STARTTLS)
    mode.add_argument(
        "--plain",
        dest="security",
        action="store_const",
        const=TransportSecurity.PLAIN,
        help="unencrypted LDAP (giving this flag is the explicit consent)",
    )
    parser.add_argument("--ca-file", type=Path, help="CA certificate(s) that issued the DC's certificate (PEM)")
    parser.add_argument("--port", type=int)
    parser.add_argument("--base-dn")
    parser.add_argument("--timeout", type=float, default=5.0, help="connect timeout in seconds")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run, security=TransportSecurity.LDAPS)


def _stage_json(result: StageResult) -> dict[str, Any]:
    out = result.as_dict()
    out["code"], out["hint_code"] = result.detail, result.hint
    out["detail"], out["hint"] = finding(result.detail, result.data), hint_text(result.hint)
    return out


def run(args: argparse.Namespace) -> int:
    password = sys.stdin.readline().rstrip("\r\n")
    try:
        settings = LdapSettings(
            domain=args.domain,
            domain_controllers=args.dc,
            bind_identity=args.bind,
            security=args.security,
            allow_unencrypted=args.security is TransportSecurity.PLAIN,
            ca_file=args.ca_file,
            port=args.port,
            base_dn=args.base_dn,
            connect_timeout=args.timeout,
            operation_timeout=max(args.timeout * 3, 10.0),
        )
    except ValidationError as exc:
        print(f"invalid settings: {exc}", file=sys.stderr)
        return 2
    if args.ca_file is not None and not args.ca_file.is_file():
        print(f"CA file not found: {args.ca_file}", file=sys.stderr)
        return 2

    def show(result: StageResult) -> None:
        if args.json:
            return
        mark = "ok  " if result.ok else "FAIL"
        print(f"[{mark}] {result.dc}: {STAGE_NAMES[result.stage.value]}: {finding(result.detail, result.data)}")
        if result.hint:
            print(f"       {hint_text(result.hint)}")
        sys.stdout.flush()

    report = asyncio.run(run_diagnostics(settings, SecretStr(password), on_stage=show))
    if args.json:
        print(json.dumps({"ok": report.ok, "stages": [_stage_json(r) for r in report.results]}, default=str))
    return 0 if report.ok else 1
