"""The change watch's faults end to end: ``identity-connect-agent run`` against the Samba DC and the sandbox
tenant, every write the tenant receives counted at the tenant's SCIM storage.

* A change outside the sync's scope starts a run that writes nothing. The stream is not filtered by scope on
  purpose: a user moved out of scope or deleted is notified under a DN outside the scope as well (its new OU,
  ``CN=Deleted Objects``), and that change must reach a run; the delta run reads only the scope.
* The stream's connection cut under the agent while a change is made: visible in the tenant after the
  reconnect's catch-up run, with no manual sync.
* A burst of 5,000 changes: debounced into a few runs, every final value in the tenant, nothing written twice.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.sync.state import RunRecord, StateStore
from tests.e2e.conftest import AdAdmin, Agent, add_bulk_users, assert_no_duplicates, wait_until
from tests.e2e.test_watch_ad import _stop, _watch_on, _watching
from tests.ldap.faults import FaultProxy
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC, seed_dn
from tests.servers.sandbox import SandboxTenantHandle

pytestmark = [pytest.mark.timeout(240), pytest.mark.samba]


@dataclass(frozen=True)
class Write:
    op: str  # create / update / delete
    type: str  # User / Group
    name: str | None  # userName or displayName (None for a delete)
    doc: dict[str, Any]


class TenantWrites:
    """Every write the tenant's SCIM storage takes (POST, PUT, PATCH, DELETE and Bulk all end there)."""

    def __init__(self, tenant: SandboxTenantHandle) -> None:
        self._storage = tenant.server.scim.scim_storage
        self._lock = threading.Lock()
        self.writes: list[Write] = []
        self._originals: dict[str, Callable[..., Any]] = {}
        for op in ("create", "update", "delete"):
            original = getattr(self._storage, op)
            self._originals[op] = original
            setattr(self._storage, op, self._counted(op, original))

    def _counted(self, op: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def counted(resource_type: Any, resource: Any, *args: Any, **kwargs: Any) -> Any:
            result = original(resource_type, resource, *args, **kwargs)
            doc = result.model_dump(mode="json") if result is not None else {}
            name = doc.get("userName") or doc.get("displayName")
            with self._lock:
                self.writes.append(Write(op, resource_type.name, str(name).lower() if name else None, doc))
            return result

        return counted

    def since(self, mark: int) -> list[Write]:
        with self._lock:
            return list(self.writes[mark:])

    def mark(self) -> int:
        with self._lock:
            return len(self.writes)

    def restore(self) -> None:
        for op, original in self._originals.items():
            setattr(self._storage, op, original)


@pytest.fixture
def tenant_writes(sandbox_tenant: SandboxTenantHandle) -> Iterator[TenantWrites]:
    writes = TenantWrites(sandbox_tenant)
    try:
        yield writes
    finally:
        writes.restore()


def runs(agent: Agent) -> list[RunRecord]:
    store = StateStore.open(agent.paths.state_db)
    try:
        return list(reversed(store.recent_runs(500)))
    finally:
        store.close()


def runs_after(agent: Agent, last_id: int) -> list[RunRecord]:
    return [r for r in runs(agent) if r.id > last_id]


def last_run_id(agent: Agent) -> int:
    done = runs(agent)
    return done[-1].id if done else 0


def idle(agent: Agent) -> bool:
    return agent.status().get("state") == "idle"


def start_watching(agent: Agent, dc: SambaDC) -> subprocess.Popen[str]:
    agent.edit_config(_watch_on)
    service = agent.popen("run", "--tick", "0.2", "--heartbeat-interval", "1")
    assert wait_until(lambda: _watching(agent, dc), timeout=30), agent.status()
    return service


def test_a_change_out_of_scope_starts_a_run_that_writes_nothing(
    ad_agent: Agent, samba_dc_fresh: SambaDC, tenant_writes: TenantWrites
) -> None:
    dc = samba_dc_fresh
    ad_agent.sync_yes()
    service = start_watching(ad_agent, dc)
    admin = AdAdmin(dc)
    try:
        assert wait_until(lambda: idle(ad_agent), timeout=20)
        before, mark = last_run_id(ad_agent), tenant_writes.mark()
        # Outside Sales and Engineering: the service account's own entry (OU=Service) and a new user there.
        admin.modify(seed_dn(data.SERVICE_ACCOUNT), title="Reader of everything")
        add_bulk_users(admin, 1, ou=data.SERVICE, prefix="outside")
        assert wait_until(lambda: len(runs_after(ad_agent, before)) >= 1, timeout=20), ad_agent.status()
        assert wait_until(lambda: idle(ad_agent), timeout=20)
        time.sleep(3)  # anything still on its way
        new = runs_after(ad_agent, before)
        print(f"\nout-of-scope changes: {len(new)} run(s): {[(r.read_kind, sum(r.counts.values())) for r in new]}")
        assert 1 <= len(new) <= 2, new
        assert all(r.read_kind == "delta" for r in new), new
        assert tenant_writes.since(mark) == []
        assert "outside0000@zylker.test" not in ad_agent.users_by_name()
        # In scope again: the same stream, the next run writes exactly that user.
        mark = tenant_writes.mark()
        admin.modify(seed_dn("alice.adams"), title="In scope")
        assert wait_until(lambda: ad_agent.users_by_name()["alice.adams@zylker.test"].get("title") == "In scope", 20)
        assert [(w.op, w.name) for w in tenant_writes.since(mark)] == [("update", "alice.adams@zylker.test")]
    finally:
        _stop(service)
        admin.close()


def test_a_stream_cut_while_a_change_is_made_is_caught_up_without_a_manual_sync(
    ad_agent: Agent, samba_dc_fresh: SambaDC, tenant_writes: TenantWrites
) -> None:
    """The agent talks to the DC through a relay that cuts its connections and refuses new ones for a while
    (the DC itself stays up and takes the change): the reconnect's catch-up run brings it."""
    dc = samba_dc_fresh
    relay = FaultProxy((dc.ip, 636), ip=dc.ip)
    admin = AdAdmin(dc)
    service: subprocess.Popen[str] | None = None
    try:
        ad_agent.edit_config(lambda doc: doc["ldap"].update({"port": relay.port}))
        ad_agent.sync_yes()
        service = start_watching(ad_agent, dc)
        assert wait_until(lambda: idle(ad_agent), timeout=20)
        relay.refuse(True)
        assert relay.cut() >= 1
        assert wait_until(lambda: not _watching(ad_agent, dc), timeout=20), ad_agent.status()
        print(f"\nwatch while cut off: {ad_agent.status().get('watch_reason')}")
        mark = tenant_writes.mark()
        admin.modify(seed_dn("carol.clark"), userAccountControl="514")
        time.sleep(2)
        relay.refuse(False)
        assert wait_until(lambda: _watching(ad_agent, dc), timeout=30), ad_agent.status()
        assert wait_until(lambda: ad_agent.users_by_name()["carol.clark@zylker.test"].get("active") is False, 30)
        assert wait_until(lambda: idle(ad_agent), timeout=20)
        time.sleep(2)
        assert [(w.op, w.name) for w in tenant_writes.since(mark)] == [("update", "carol.clark@zylker.test")]
    finally:
        if service is not None:
            _stop(service)
        admin.close()
        relay.close()


def _ldapmodify(dc: SambaDC, ldif: str) -> float:
    """One ldapmodify batch over LDAPS as Administrator; the seconds it took."""
    with tempfile.NamedTemporaryFile("w", suffix=".ldif", delete=False) as handle:
        handle.write(ldif)
        path = handle.name
    started = time.monotonic()
    try:
        subprocess.run(
            ["ldapmodify", "-x", "-H", f"ldaps://{dc.ip}", "-D", dc.admin_bind, "-w", dc.admin_password, "-f", path],
            check=True,
            capture_output=True,
            env={**os.environ, "LDAPTLS_REQCERT": "never"},
            timeout=180,
        )
    finally:
        Path(path).unlink()
    return time.monotonic() - started


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_burst_of_5000_changes_is_a_few_runs_with_every_change_in_the_tenant_once(
    ad_agent: Agent, samba_dc_fresh: SambaDC, tenant_writes: TenantWrites
) -> None:
    """5,000 modifications in one ldapmodify batch: 100 users, each title changed 50 times (round by round,
    so the last round leaves every user's final value). The runs that follow are few (debounced: the longest
    wait is 10 s), none overlaps another, each user ends with its last value, and the tenant never receives
    the same value for a user twice (nothing applied twice) nor any create."""
    dc = samba_dc_fresh
    users, rounds = 100, 50
    admin = AdAdmin(dc)
    try:
        names = add_bulk_users(admin, users, prefix="burst")
    finally:
        admin.close()
    ad_agent.sync_yes()
    service = start_watching(ad_agent, dc)
    try:
        assert wait_until(lambda: idle(ad_agent), timeout=20)
        before, mark = last_run_id(ad_agent), tenant_writes.mark()
        parent = data.ad_ou_dn(data.SALES)
        ldif = "".join(
            f"dn: CN=burst{i:04d},{parent}\nchangetype: modify\nreplace: title\ntitle: Round {r}\n-\n\n"
            for r in range(1, rounds + 1)
            for i in range(users)
        )
        issued = _ldapmodify(dc, ldif)
        finished = time.monotonic()

        def all_final() -> bool:
            by_name = ad_agent.users_by_name()
            return all(by_name[n].get("title") == f"Round {rounds}" for n in names)

        assert wait_until(all_final, timeout=90, step=0.5)
        visible = time.monotonic() - finished
        assert wait_until(lambda: idle(ad_agent), timeout=30)
        time.sleep(4)  # nothing else is on its way
        new = runs_after(ad_agent, before)
        writes = tenant_writes.since(mark)
        updates = [w for w in writes if w.op == "update" and w.type == "User"]
        print(
            f"\nburst of {users * rounds} changes in {issued:.1f} s: {len(new)} runs "
            f"(user updates {[r.counts.get('user.update') for r in new]}), {len(writes)} SCIM writes, "
            f"all final values visible {visible:.1f} s after the last change"
        )
        assert 1 <= len(new) <= max(3, int(issued / 10) + 3), new
        assert all(r.read_kind == "delta" for r in new), new
        for earlier, later in zip(new, new[1:], strict=False):  # never overlapping
            assert earlier.finished_at is not None and earlier.finished_at <= later.started_at
        assert [w for w in writes if w.op != "update"] == []
        seen = [(w.name, w.doc.get("title")) for w in updates]
        assert len(seen) == len(set(seen)), "a value was written twice"
        assert {w.name for w in updates} == set(names)
        assert len(updates) <= len(new) * users
        assert_no_duplicates(ad_agent)
    finally:
        _stop(service)


def test_a_change_made_while_the_agent_was_stopped_is_synced_when_it_starts_watching(
    ad_agent: Agent, samba_dc_fresh: SambaDC, tenant_writes: TenantWrites
) -> None:
    """The agent's own end of the stream: stopped (an upgrade, a reboot) while the directory changed, with no
    scheduled slot passing meanwhile. A new watch starts with no watermark to compare, so it catches up once
    when it first watches: the change is in the tenant without a manual sync and without waiting for a slot."""
    dc = samba_dc_fresh
    ad_agent.sync_yes()
    service = start_watching(ad_agent, dc)
    assert wait_until(lambda: idle(ad_agent), timeout=20)
    _stop(service)
    admin = AdAdmin(dc)
    try:
        admin.modify(seed_dn("dave.davis"), title="Changed while the agent was stopped")
    finally:
        admin.close()
    mark = tenant_writes.mark()
    service = start_watching(ad_agent, dc)
    try:
        assert wait_until(
            lambda: (
                ad_agent.users_by_name()["dave.davis@zylker.test"].get("title") == "Changed while the agent was stopped"
            ),
            timeout=20,
        )
        assert wait_until(lambda: idle(ad_agent), timeout=20)
        time.sleep(3)
        assert [(w.op, w.name) for w in tenant_writes.since(mark)] == [("update", "dave.davis@zylker.test")]
    finally:
        _stop(service)
