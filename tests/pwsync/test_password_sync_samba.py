"""Password sync end to end: a password changed on the Samba DC signs in at the sandbox tenant.

The DC agent runs as on a DC (Samba's Python, ``samba-tool user syncpasswords`` following the DC); the agent's
receiver and delivery run against the agent's real state after a real first sync; the proof is the tenant's
sign-in page.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.pwsync.identity import PasswordSyncIdentity
from tests.e2e.conftest import Agent, ad_sync_settings, wait_until
from tests.pwsync.conftest import set_password
from tests.pwsync.harness import AgentEnd, install_dc_agent, start_dc_agent, stop_dc_agent
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import configure_agent

pytestmark = [pytest.mark.samba, pytest.mark.slow]


def signs_in(tenant: SandboxTenantHandle, user: str, password: str) -> bool:
    upn = f"{user}@{data.DOMAIN}"
    return httpx.post(f"{tenant.url}/sign-in", data={"username": upn, "password": password}).status_code == 200


@pytest.fixture
def synced_agent(sandbox_tenant: SandboxTenantHandle, samba_dc_gpg: SambaDC, tmp_path: Path) -> Agent:
    ldap = samba_dc_gpg.ldap_settings(bind_identity=samba_dc_gpg.service_bind)
    paths, _ = configure_agent(
        sandbox_tenant,
        tmp_path / "agent",
        ldap=ldap,
        sync=ad_sync_settings(),
        bind_password=samba_dc_gpg.service_password,
    )
    agent = Agent(tmp_path / "agent", paths, sandbox_tenant)
    agent.sync_yes()
    return agent


@pytest.fixture
def agent_end(synced_agent: Agent, tmp_path: Path) -> Iterator[AgentEnd]:
    tenant = synced_agent.tenant
    token = tenant.device_tokens(tenant.admin.email, tenant.admin.password)["access_token"]
    work = tmp_path / "receiver"
    work.mkdir(mode=0o700)
    end = AgentEnd(PasswordSyncIdentity.create(), work, synced_agent.paths.state_db, f"{tenant.url}/scim/v2", token)
    end.start()
    try:
        yield end
    finally:
        end.close()


def test_a_password_set_on_the_dc_signs_in_at_the_tenant_and_the_old_one_stops_working(
    synced_agent: Agent, agent_end: AgentEnd, samba_dc_gpg: SambaDC, dc_gpg_home: tuple[Path, str], tmp_path: Path
) -> None:
    config = install_dc_agent(agent_end.identity, samba_dc_gpg, tmp_path / "dcagent", agent_end.port, dc_gpg_home[0])
    dc_agent = start_dc_agent(config)
    tenant = synced_agent.tenant
    try:
        set_password(samba_dc_gpg, "alice.adams", "Summer-Rain-2026!")
        assert wait_until(lambda: signs_in(tenant, "alice.adams", "Summer-Rain-2026!"), 30), (
            config.parent / "dcagent.log"
        ).read_text()
        set_password(samba_dc_gpg, "alice.adams", "Autumn-Leaf-2027?")
        assert wait_until(lambda: signs_in(tenant, "alice.adams", "Autumn-Leaf-2027?"), 30)
        assert not signs_in(tenant, "alice.adams", "Summer-Rain-2026!")

        # A user the agent does not manage (outside the selected OUs) is not delivered, and says why.
        set_password(samba_dc_gpg, data.SERVICE_ACCOUNT, "Service-Secret-42")
        assert wait_until(
            lambda: any(r["reason"] == "not_managed_or_out_of_scope" for r in agent_end.ledger.recent()), 30
        )
        status = agent_end.receiver.statuses() if agent_end.receiver else []
        assert [(s.dc, s.connected, s.delivered) for s in status] == [(samba_dc_gpg.host, True, 2)]
        assert status[0].last_delivered_at is not None and status[0].version
    finally:
        stop_dc_agent(dc_agent)


def test_changes_made_while_the_agent_is_away_wait_sealed_and_arrive_in_order(
    synced_agent: Agent, agent_end: AgentEnd, samba_dc_gpg: SambaDC, dc_gpg_home: tuple[Path, str], tmp_path: Path
) -> None:
    config = install_dc_agent(agent_end.identity, samba_dc_gpg, tmp_path / "dcagent", agent_end.port, dc_gpg_home[0])
    agent_end.stop()
    dc_agent = start_dc_agent(config)
    spool = config.parent / "spool"
    tenant = synced_agent.tenant
    users = ["bob.brown", "carol.clark", "dave.davis", "erin.evans"]
    passwords: list[tuple[str, str]] = []
    try:
        for round_ in range(5):
            for user in users:
                password = f"Away-{user}-{round_}-Pw!"
                set_password(samba_dc_gpg, user, password)
                passwords.append((user, password))
        # DirSync hands over an account's current state, so changes to one account made in quick succession
        # may arrive as one: the spool holds at least one change per account, and settles.
        assert wait_until(lambda: len(list(spool.glob("*.msg"))) >= len(users), 60), (
            config.parent / "dcagent.log"
        ).read_text()[-3000:]
        settled = wait_until(lambda: _settled(spool), 60, step=0.5)
        assert settled
        # What waits on the DC is sealed: not one of the twenty passwords is in the spool, in any encoding.
        waiting = b"".join(p.read_bytes() for p in spool.iterdir())
        for _, password in passwords:
            for encoded in (password.encode(), password.encode("utf-16-le")):
                assert encoded not in waiting
        agent_end.start()
        assert wait_until(lambda: not list(spool.glob("*.msg")), 60)
        for user in users:
            last = [p for u, p in passwords if u == user][-1]
            first = [p for u, p in passwords if u == user][0]
            assert signs_in(tenant, user, last), user
            assert not signs_in(tenant, user, first), user
        results = [r["result"] for r in agent_end.ledger.recent(100)]
        assert results and set(results) <= {"delivered", "superseded"}
    finally:
        stop_dc_agent(dc_agent)


_last_counts: dict[Path, tuple[int, float]] = {}


def _settled(spool: Path, quiet: float = 3.0) -> bool:
    """The spool has not grown for ``quiet`` seconds."""
    count = len(list(spool.glob("*.msg")))
    seen, since = _last_counts.get(spool, (-1, time.monotonic()))
    if count != seen:
        _last_counts[spool] = (count, time.monotonic())
        return False
    return time.monotonic() - since >= quiet


def test_the_first_delivery_is_quick(
    synced_agent: Agent, agent_end: AgentEnd, samba_dc_gpg: SambaDC, dc_gpg_home: tuple[Path, str], tmp_path: Path
) -> None:
    """A sanity bound only (the figure itself comes from bench/bench_password_sync.py): well within a minute."""
    config = install_dc_agent(agent_end.identity, samba_dc_gpg, tmp_path / "dcagent", agent_end.port, dc_gpg_home[0])
    dc_agent = start_dc_agent(config)
    try:
        time.sleep(1)
        set_password(samba_dc_gpg, "frank.fisher", "Quick-Delivery-1!")
        assert wait_until(lambda: signs_in(synced_agent.tenant, "frank.fisher", "Quick-Delivery-1!"), 30)
    finally:
        stop_dc_agent(dc_agent)


def _change_own_password(dc: SambaDC, user: str, old: str, new: str) -> None:
    """The user changes their own password over LDAPS (AD's change: delete the old value, add the new)."""
    import ssl

    import ldap3

    tls = ldap3.Tls(validate=ssl.CERT_NONE)  # the user's own client; the agent under test verifies its own TLS
    server = ldap3.Server(dc.ip, port=636, use_ssl=True, tls=tls, get_info=ldap3.NONE)
    conn = ldap3.Connection(server, f"{user}@{data.DOMAIN}", old, auto_bind=True)
    try:
        dn = f"CN={data.user(user).display_name},{data.ad_ou_dn(data.user(user).ou)}"
        assert conn.extend.microsoft.modify_password(dn, new, old), conn.result
    finally:
        conn.unbind()


def test_a_users_own_password_change_signs_in_and_a_user_deleted_in_the_cloud_is_skipped(
    synced_agent: Agent, agent_end: AgentEnd, samba_dc_gpg: SambaDC, dc_gpg_home: tuple[Path, str], tmp_path: Path
) -> None:
    import subprocess

    # A user may change their own password at once (no minimum age in this test domain).
    subprocess.run(
        ["samba-tool", "domain", "passwordsettings", "set", "--min-pwd-age=0", "-s", str(samba_dc_gpg.conf)],
        check=True,
        capture_output=True,
        env=samba_dc_gpg.env,
        timeout=60,
    )
    config = install_dc_agent(agent_end.identity, samba_dc_gpg, tmp_path / "dcagent", agent_end.port, dc_gpg_home[0])
    dc_agent = start_dc_agent(config)
    tenant = synced_agent.tenant
    try:
        _change_own_password(samba_dc_gpg, "carol.clark", data.USER_PASSWORD, "Carol-Chose-This-1!")
        assert wait_until(lambda: signs_in(tenant, "carol.clark", "Carol-Chose-This-1!"), 30)

        # An admin deletes Erin in the cloud; her next password change on the DC is not delivered, and says why.
        erin = synced_agent.users_by_name()[f"erin.evans@{data.DOMAIN}"]
        token = tenant.device_tokens(tenant.admin.email, tenant.admin.password)["access_token"]
        deleted = httpx.delete(f"{tenant.url}/scim/v2/Users/{erin['id']}", headers={"Authorization": f"Bearer {token}"})
        assert deleted.status_code == 204
        set_password(samba_dc_gpg, "erin.evans", "Erin-After-Delete-2!")
        assert wait_until(lambda: any(r["reason"] == "deleted_in_cloud" for r in agent_end.ledger.recent()), 30)
        assert not signs_in(tenant, "erin.evans", "Erin-After-Delete-2!")
        assert [u for u in tenant.scim_users() if u.get("userName") == f"erin.evans@{data.DOMAIN}"] == []
    finally:
        stop_dc_agent(dc_agent)
