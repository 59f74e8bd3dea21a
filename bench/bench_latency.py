"""Change latency: a change made on the Samba DC → visible through the sandbox tenant's SCIM API, with
``identity-connect-agent run`` watching the DC (``sync.watch_changes``) and no manual sync.

Changes are made one by one, each after the previous one became visible, cycling through: an attribute
change (title), a disable (and, the next time round, the re-enable of that user), a new user, and a group
membership (the user just created joins SalesTeam or EngTeam). For each, the time from the moment the LDAP
write returns (committed on the DC) until a SCIM GET shows it (polled every 100 ms, as a client of the tenant
would see it); then p50/p95/max. Goal: p95 ≤ 10 s.

    tests/with-keyring .venv/bin/python bench/bench_latency.py [--changes 50]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from tests.e2e.conftest import AdAdmin, Agent, ad_sync_settings, in_scope_users  # noqa: E402
from tests.servers import directory_data as data  # noqa: E402
from tests.servers.samba import running_copy, seed_dn  # noqa: E402
from tests.servers.sandbox import start_sandbox  # noqa: E402
from tests.service.agent_setup import configure_agent  # noqa: E402

POLL = 0.1
TIMEOUT = 60.0


class Scim:
    """The tenant's SCIM API as any SCIM client sees it (bearer token of the tenant's admin)."""

    def __init__(self, base: str, token: str) -> None:
        self.http = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=10)

    def user(self, user_name: str) -> dict[str, Any] | None:
        answer = self.http.get("/Users", params={"filter": f'userName eq "{user_name}"'})
        answer.raise_for_status()
        found = answer.json().get("Resources") or []
        return dict(found[0]) if found else None

    def group(self, name: str) -> dict[str, Any] | None:
        answer = self.http.get("/Groups", params={"filter": f'displayName eq "{name}"'})
        answer.raise_for_status()
        found = answer.json().get("Resources") or []
        return dict(found[0]) if found else None


def wait_visible(check: Callable[[], bool]) -> float:
    started = time.perf_counter()
    while not check():
        if time.perf_counter() - started > TIMEOUT:
            raise SystemExit(f"a change was not visible within {TIMEOUT:.0f} s")
        time.sleep(POLL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=50)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-latency-"))
    tenant = start_sandbox()
    with running_copy() as dc:
        ldap = dc.ldap_settings(bind_identity=dc.service_bind)
        sync = ad_sync_settings(watch_changes=True)
        paths, _ = configure_agent(tenant, work / "agent", ldap=ldap, sync=sync, bind_password=dc.service_password)
        agent = Agent(work / "agent", paths, tenant)
        agent.sync_yes()
        token = tenant.device_tokens(tenant.admin.email, tenant.admin.password)["access_token"]
        scim = Scim(f"{tenant.url}/scim/v2", token)
        admin = AdAdmin(dc)
        service = agent.popen("run", "--heartbeat-interval", "5")
        enabled = [u.username for u in in_scope_users() if not u.disabled]
        disabled_now: set[str] = set()
        new_users: list[str] = []
        results: dict[str, list[float]] = {"attribute": [], "disable": [], "new user": [], "membership": []}
        try:
            deadline = time.monotonic() + 60
            while json.loads(agent.run("status", "--json").stdout).get("watch_host") != dc.host:
                if time.monotonic() > deadline:
                    raise SystemExit("the agent did not start watching the DC")
                time.sleep(0.2)
            for index in range(args.changes):
                kind = ("attribute", "disable", "new user", "membership")[index % 4]
                check: Callable[[], bool]
                if kind == "attribute":
                    name = enabled[index % len(enabled)]
                    value = f"Bench title {index}"
                    admin.modify(seed_dn(name), title=value)
                    upn = f"{name}@{data.DOMAIN}"

                    def check(upn: str = upn, value: str = value) -> bool:
                        found = scim.user(upn)
                        return found is not None and found.get("title") == value

                elif kind == "disable":
                    name = enabled[(index // 4) % len(enabled)]
                    # Alternate: disable a user, and the next time round enable the one disabled before.
                    if disabled_now:
                        name = disabled_now.pop()
                        admin.modify(seed_dn(name), userAccountControl="512")
                        want = True
                    else:
                        admin.modify(seed_dn(name), userAccountControl="514")
                        disabled_now.add(name)
                        want = False
                    upn = f"{name}@{data.DOMAIN}"

                    def check(upn: str = upn, want: bool = want) -> bool:
                        found = scim.user(upn)
                        return found is not None and found.get("active", True) is want

                elif kind == "new user":
                    name = f"lat{index:03d}"
                    parent = data.ad_ou_dn(data.SALES)
                    upn = f"{name}@{data.DOMAIN}"
                    admin.conn.add(
                        f"CN={name},{parent}",
                        "user",
                        {"sAMAccountName": name, "userPrincipalName": upn, "givenName": "Lat", "sn": f"User{index}",
                         "mail": upn, "userAccountControl": "544"},
                    )  # fmt: skip
                    new_users.append(name)

                    def check(upn: str = upn) -> bool:
                        return scim.user(upn) is not None

                else:
                    name = new_users[-1]
                    group = ("SalesTeam", "EngTeam")[(index // 4) % 2]
                    admin.conn.modify(
                        seed_dn(group), {"member": [("MODIFY_ADD", [f"CN={name},{data.ad_ou_dn(data.SALES)}"])]}
                    )
                    scim_user = scim.user(f"{name}@{data.DOMAIN}")
                    assert scim_user is not None
                    user_id = scim_user["id"]

                    def check(group: str = group, user_id: str = user_id) -> bool:
                        found = scim.group(group)
                        return found is not None and any(m.get("value") == user_id for m in found.get("members") or [])

                seconds = wait_visible(check)
                results[kind].append(seconds)
                print(f"change {index:2d} {kind:10s} {name:16s} {seconds:5.2f} s", flush=True)
        finally:
            service.terminate()
            try:
                service.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                service.kill()
                service.communicate(timeout=10)
            admin.close()
            scim.http.close()
            tenant.server.stop()
    every = [value for values in results.values() for value in values]
    for label, values in [*results.items(), ("all", every)]:
        if not values:
            continue
        ordered = sorted(values)
        p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
        print(
            f"{label:10s} change on the DC → visible through SCIM, {len(values)} changes: "
            f"p50 {statistics.median(values):.2f} s, p95 {p95:.2f} s, max {ordered[-1]:.2f} s"
        )


if __name__ == "__main__":
    main()
