"""``identity-connect-agent sandbox``: run the local sandbox tenant on 127.0.0.1 until Ctrl+C.

Prints the tenant URL, a fresh installation key, the admin view URL (with its per-run admin token) and the
sign-in details of the seeded accounts. With ``--data DIR`` the tenant's state survives a restart; then a
key is printed only on the first run or with ``--new-key``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from sandbox.signals import stop_on_signals
from sandbox.store import DATABASE_NAME
from sandbox.tenant import SEED_ACCOUNTS, TenantOptions


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "sandbox",
        help="run a local sandbox tenant (device sign-in, SCIM, agent API) for trying the agent out",
        description="Serve a local sandbox tenant on 127.0.0.1 until interrupted.",
    )
    parser.add_argument("--port", type=int, default=8700, help="port on 127.0.0.1 (default 8700; 0 picks a free one)")
    parser.add_argument("--data", type=Path, metavar="DIR", help="keep the tenant's state in DIR across restarts")
    parser.add_argument("--new-key", action="store_true", help="issue another installation key on start")
    parser.add_argument("--key-ttl", type=float, metavar="SECONDS", help="the printed key expires after SECONDS")
    parser.add_argument("--reusable-key", action="store_true", help="the printed key can register several agents")
    parser.add_argument(
        "--device-code-ttl", type=float, default=300.0, metavar="SECONDS", help="device code lifetime (default 300)"
    )
    parser.add_argument(
        "--interval", type=float, default=5.0, metavar="SECONDS", help="device flow polling interval (default 5)"
    )
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sandbox.server import SandboxServer

    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(asctime)s %(message)s")
    first_run = args.data is None or not (args.data / DATABASE_NAME).exists()
    options = TenantOptions(device_code_ttl=args.device_code_ttl, poll_interval=args.interval)
    try:
        server = SandboxServer(port=args.port, data_dir=args.data, options=options)
    except OSError as exc:
        print(f"cannot serve on 127.0.0.1:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except SystemExit:  # werkzeug reports a busy port itself and exits
        return 1
    try:
        lines = [f"Sandbox tenant:   {server.url}"]
        if first_run or args.new_key:
            key = server.tenant.issue_key(ttl=args.key_ttl, single_use=not args.reusable_key)
            lines.append(f"Installation key: {key}")
        else:
            lines.append("Installation key: (state kept in --data; use --new-key for another key)")
        lines.append(f"Admin view:       {server.admin_url}")
        lines.append(f"Admin API token:  {server.admin_token}")
        lines.append("Sign in at /device with:")
        for seed in SEED_ACCOUNTS:
            role = "admin" if seed.is_admin else "user, not an admin"
            lines.append(f"  {seed.email} / {seed.password}  ({seed.name}, {role})")
        lines.append("Press Ctrl+C to stop.")
        stop_on_signals()
        print("\n".join(lines), flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    finally:
        server.stop()
    return 0
