"""Every entry of the hostile tenant's catalogue (tests/cloud/hostile.py), run against the real clients over real
HTTP on 127.0.0.1: SCIM, discovery and OIDC, the device flow and the agent API each end in the typed error the
entry names, within the total per-request deadline (plus the bounded retries), and no write beyond the one the
client itself was making reaches the tenant."""

from __future__ import annotations

import asyncio
import gzip

import pytest

from app.cloud.http import HttpSettings
from app.cloud.scim import ResourceType
from tests.cloud.hostile import (
    CATALOGUE,
    OVERSIZED_GZIP,
    TEST_DEADLINE,
    USERS,
    Answer,
    Ctx,
    HostileCase,
    ex_list_users,
    fixed,
    hostile_tenant,
    list_response,
    run_case,
    user,
)

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


@pytest.mark.parametrize("encoding", ["gzip", None])
def test_an_answer_is_read_once_whether_compressed_or_not(encoding: str | None) -> None:
    """A compressed answer is unpacked once (the response handed on carries no encoding header that would
    unpack it again); a plain one is handed on with its own headers."""
    assert len(OVERSIZED_GZIP) < 4096
    body = list_response([user(1), user(2)], 2)
    headers = (("ETag", 'W/"listing"'),)
    if encoding:
        body = gzip.compress(body)
        headers += (("Content-Encoding", encoding),)
    with hostile_tenant({USERS: fixed(Answer(body=body, headers=headers))}) as tenant:
        ctx = Ctx(tenant.url)

        async def listing() -> tuple[list[str], str | None, str | None]:
            async with ctx.scim() as scim:
                client = scim._get_client()
                response = await ctx.http.send(client, "GET", "Users", headers={"Authorization": "Bearer t"})
                users = [u.data["id"] async for u in scim.iter(ResourceType.USERS, page_size=2)]
            return users, response.headers.get("ETag"), response.headers.get("Content-Encoding")

        users, etag, content_encoding = asyncio.run(listing())
    assert users == ["u1", "u2"]
    assert etag == 'W/"listing"'
    assert content_encoding is None
