"""Password sync latency: a password changed on the Samba DC → the user signs in at the sandbox tenant.

A real chain: Samba AD DC (GPG-protected password store), the DC agent run by Samba's Python following the DC
with ``samba-tool user syncpasswords``, the agent's receiver over mutual TLS, SCIM to the sandbox, and the
tenant's sign-in page as the proof. For each of N changes (one user after another) prints the time from the
moment ``samba-tool user setpassword`` returns (the change is committed on the DC) to the first successful sign-in
(polled every 50 ms), and the same from the start of ``setpassword`` (which itself takes a second or two of
Samba's own start-up), then p50/p95/max of both.

    tests/with-keyring .venv/bin/python bench/bench_password_sync.py [--changes 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from app.pwsync.identity import PasswordSyncIdentity  # noqa: E402
from tests.e2e.conftest import AD_OUS, Agent, ad_sync_settings, in_scope_users  # noqa: E402
from tests.pwsync.conftest import (  # noqa: E402
    enable_gpg_password_store,
    make_gpg_key,
    set_password,
    stop_gpg_agent,
)
from tests.pwsync.harness import AgentEnd, install_dc_agent, start_dc_agent, stop_dc_agent  # noqa: E402
from tests.servers import directory_data as data  # noqa: E402
from tests.servers.samba import running_copy  # noqa: E402
from tests.servers.sandbox import start_sandbox  # noqa: E402
from tests.service.agent_setup import configure_agent  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=20)
    args = parser.parse_args()
    assert AD_OUS
    work = Path(tempfile.mkdtemp(prefix="bench-pwsync-"))
    gnupg = work / "gnupg"
    fingerprint = make_gpg_key(gnupg)
    tenant = start_sandbox()
    with running_copy() as dc:
        enable_gpg_password_store(dc, gnupg, fingerprint)
        ldap = dc.ldap_settings(bind_identity=dc.service_bind)
        paths, _ = configure_agent(
            tenant, work / "agent", ldap=ldap, sync=ad_sync_settings(), bind_password=dc.service_password
        )
        agent = Agent(work / "agent", paths, tenant)
        agent.sync_yes()
        token = tenant.device_tokens(tenant.admin.email, tenant.admin.password)["access_token"]
        (work / "receiver").mkdir(mode=0o700)
        end = AgentEnd(PasswordSyncIdentity.create(), work / "receiver", paths.state_db, f"{tenant.url}/scim/v2", token)
        end.start()
        process = start_dc_agent(install_dc_agent(end.identity, dc, work / "dcagent", end.port, gnupg))
        users = [u.username for u in in_scope_users() if not u.disabled]
        latencies: list[float] = []
        from_start: list[float] = []
        try:
            time.sleep(2)  # the DC agent's first DirSync pass
            with httpx.Client(timeout=10) as http:
                for index in range(args.changes):
                    user = users[index % len(users)]
                    password = f"Bench-{index:03d}-Pw!x"
                    started = time.perf_counter()
                    set_password(dc, user, password)
                    committed = time.perf_counter()
                    while True:
                        form = {"username": f"{user}@{data.DOMAIN}", "password": password}
                        if http.post(f"{tenant.url}/sign-in", data=form).status_code == 200:
                            break
                        if time.perf_counter() - started > 60:
                            raise SystemExit(f"change {index} ({user}) not delivered within 60 s")
                        time.sleep(0.05)
                    now = time.perf_counter()
                    latencies.append(now - committed)
                    from_start.append(now - started)
                    print(f"change {index:2d} {user:16s} {latencies[-1]:.2f} s ({from_start[-1]:.2f} s)", flush=True)
        finally:
            stop_dc_agent(process)
            end.close()
            tenant.server.stop()
            stop_gpg_agent(gnupg)
    for label, values in (("committed on the DC", latencies), ("setpassword started", from_start)):
        ordered = sorted(values)
        p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
        print(
            f"password change ({label}) → sign-in at the tenant, {len(values)} changes: "
            f"p50 {statistics.median(values):.2f} s, p95 {p95:.2f} s, max {ordered[-1]:.2f} s"
        )


if __name__ == "__main__":
    main()
