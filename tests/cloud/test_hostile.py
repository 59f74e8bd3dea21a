"""Every entry of the hostile tenant's catalogue (tests/cloud/hostile.py), run against the real clients over real
HTTP on 127.0.0.1: SCIM, discovery and OIDC, the device flow and the agent API each end in the typed error the
entry names, within the total per-request deadline (plus the bounded retries), and no write beyond the one the
client itself was making reaches the tenant."""

from __future__ import annotations

import asyncio

import pytest

from app.cloud.http import HttpSettings
from tests.cloud.hostile import CATALOGUE, TEST_DEADLINE, Ctx, HostileCase, ex_list_users, hostile_tenant, run_case

# The slowest legitimate path: three sends (each within the deadline) with short back-offs in between.
TIME_BOUND = 3 * TEST_DEADLINE + 2.0


@pytest.mark.parametrize("case", CATALOGUE, ids=[c.name for c in CATALOGUE])
def test_hostile_answer_ends_in_a_typed_error(case: HostileCase) -> None:
    outcome = run_case(case, asyncio.run)
    assert isinstance(outcome.error, case.error), f"{case.name}: {outcome.error!r}"
    assert outcome.error.code == case.code, f"{case.name}: code {outcome.error.code}"
    assert outcome.seconds < TIME_BOUND, f"{case.name}: {outcome.seconds:.1f} s"
    assert len(outcome.writes) <= case.max_writes, [f"{w.method} {w.raw_path}" for w in outcome.writes]
    assert not [w for w in outcome.writes if w.path in case.forbidden_paths]
    if case.max_requests is not None:
        assert len(outcome.requests) <= case.max_requests, f"{case.name}: {len(outcome.requests)} requests"


def test_the_well_behaved_tenant_passes_every_exercise() -> None:
    """The catalogue's server is a working tenant apart from its spoiled route: each failure above is the
    spoiled answer's doing."""
    exercises = {case.exercise for case in CATALOGUE}
    with hostile_tenant() as tenant:
        for exercise in exercises:
            if exercise.__name__ in ("ex_delete_empty", "ex_get_user", "ex_update_listed"):
                continue  # these address ids the good tenant does not have (404 / refused locally)
            asyncio.run(exercise(Ctx(tenant.url)))


def test_slow_drip_is_cut_by_the_total_deadline_not_the_read_timeout() -> None:
    """A read timeout of 30 s never fires on a body that arrives one byte a second; the total deadline does."""
    drip = next(c for c in CATALOGUE if c.name == "listing body 1 byte/s")
    with hostile_tenant(drip.overrides) as tenant:
        ctx = Ctx(tenant.url, HttpSettings(deadline=1.5, timeout=30.0))
        loop = asyncio.new_event_loop()
        try:
            started = loop.time()
            with pytest.raises(Exception) as err:
                loop.run_until_complete(ex_list_users(ctx))
            elapsed = loop.time() - started
        finally:
            loop.close()
    assert getattr(err.value, "code", None) == "tenant_unreachable"
    assert err.value.details["reason"] == "deadline"  # type: ignore[attr-defined]
    assert 1.4 < elapsed < 3.0
    # Not re-sent: one slow answer is enough to know.
    assert len([r for r in tenant.requests if r.path == "/scim/v2/Users"]) == 1
