"""The cloud clients' answer parsers against anything a tenant could send (hypothesis, 10,000 examples each).

- SCIM (two tests: listings; single resources with Bulk and the ServiceProviderConfig): a listing page, a
  single resource, a Bulk answer and the ServiceProviderConfig, each as arbitrary JSON
  (NaN, Infinity, huge and negative numbers, deep nesting, wrong types), as a near-valid document with one
  value replaced, or as raw bytes, with an arbitrary status and ``Retry-After``: :class:`ScimTarget` returns
  resources that each have a usable id, or raises a :class:`CloudError` — never another exception, never a
  hang (each call runs under a 5 s bound).
- Discovery: the tenant's and the issuer's discovery documents, arbitrary or near-valid: ``discover_tenant``
  returns endpoints that are all on the tenant's https origin, or raises a :class:`CloudError`.

The answers come from an in-process transport: the property is about parsing, and 10,000 real HTTP
exchanges per parser would take minutes; tests/cloud/test_hostile.py sends the named hostile answers over
real HTTP.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cloud.errors import CloudError
from app.cloud.http import Backoff, HttpSettings
from app.cloud.scim import ResourceType, ScimTarget
from app.cloud.tenant import discover_tenant

pytestmark = [pytest.mark.slow, pytest.mark.alongside, pytest.mark.timeout(600)]

TENANT = "https://tenant.example"
EXAMPLES = 10_000
CALL_BOUND = 5.0

# -- arbitrary JSON, with the values a careless parser trips on ------------------------------------------------

NUMBERS = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1, 2, 3, 200, 201, 10**9, 1e300, -1e300, 2**63]),
)
TEXT = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["", ".", "..", "../x", "a?b=c", "u1", "201", "2O1", "\u0661\u0662", "https://tenant.example/x"]),
)
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(TEXT, st.sampled_from(["id", "status"])), inner, max_size=4),
    ),
    max_leaves=8,
)


def dumps(value: Any) -> bytes:
    # allow_nan: the wire may carry NaN and Infinity even though JSON does not.
    return json.dumps(value, allow_nan=True).encode()


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def near(valid: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """``valid`` with one key's value replaced by arbitrary JSON (or removed)."""
    return st.tuples(st.sampled_from(sorted(valid)), st.one_of(JSON, st.just(...))).map(
        lambda kv: {k: v for k, v in {**valid, kv[0]: kv[1]}.items() if v is not ...}
    )


def body_of(documents: st.SearchStrategy[Any]) -> st.SearchStrategy[bytes]:
    return st.one_of(
        documents.map(dumps),
        JSON.map(dumps),
        st.binary(max_size=64),
        st.integers(min_value=50, max_value=1500).map(nested),
    )


# -- a transport whose next answer the example sets --------------------------------------------------------------


class Scripted:
    """Answers every request with the current example's (status, headers, body) for its path."""

    def __init__(self) -> None:
        self.answers: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        for suffix, (status, headers, body) in self.answers.items():
            if path.endswith(suffix):
                # Raw bytes: a server may send a header value that is not ASCII.
                raw = [(k.encode(), v.encode()) for k, v in headers.items()]
                return httpx.Response(status, headers=raw, content=body)
        return httpx.Response(404, content=b"{}")


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


async def _no_wait(_: float) -> None:
    return None


STATUS = st.one_of(st.just(200), st.sampled_from([200, 201, 204, 400, 401, 404, 409, 429, 500, 503]))
RETRY_AFTER = st.one_of(
    st.just({}),
    st.sampled_from(
        ["1", "-5", "\u0661\u0662\u0660", "\u00b2", "999999999999", "Fri, 01 Jan 2100 00:00:00 GMT", "x"]
    ).map(lambda v: {"Retry-After": v}),
)


@pytest.fixture(scope="module")
def scim_target(loop: asyncio.AbstractEventLoop) -> Iterator[tuple[ScimTarget, Scripted]]:
    """One client for all examples (each sets its own answers): building a client per example would be most
    of the run time."""
    script = Scripted()
    scim = ScimTarget(
        f"{TENANT}/scim/v2",
        None,
        http=HttpSettings(transport=httpx.MockTransport(script)),
        backoff=Backoff(base=0.0, cap=0.0),
        sleep=_no_wait,
        # Two sends keep the retry path (Retry-After parsing included) at half the cost of three.
        max_attempts=2,
        max_retry_after=10.0,
        max_listing=1000,
    )
    yield scim, script
    loop.run_until_complete(scim.aclose())


VALID_USER = {"id": "u1", "externalId": "e1", "userName": "u1@example.test", "meta": {"version": 'W/"1"'}}
VALID_PAGE = {"totalResults": 1, "startIndex": 1, "itemsPerPage": 1, "Resources": [VALID_USER]}
VALID_BULK = {"Operations": [{"bulkId": "b0", "status": "201", "location": f"{TENANT}/scim/v2/Users/n0"}]}
VALID_SPC = {
    "patch": {"supported": True},
    "bulk": {"supported": True, "maxOperations": 10},
    "etag": {"supported": True},
}


def _run(loop: asyncio.AbstractEventLoop, coro: Any) -> Any:
    return loop.run_until_complete(asyncio.wait_for(coro, CALL_BOUND))


def _answers(scim_target: tuple[ScimTarget, Scripted], **answers: tuple[int, dict[str, str], bytes]) -> ScimTarget:
    scim, script = scim_target
    scim.capabilities = None
    script.answers = answers
    return scim


def _check(loop: asyncio.AbstractEventLoop, calls: Any) -> None:
    """Each call returns resources with usable ids, or raises a CloudError; anything else fails the test."""
    for call in calls:
        try:
            result = _run(loop, call())
        except CloudError:
            continue
        for item in result if isinstance(result, list) else [result]:
            found = getattr(item, "resource", item)
            if found is not None:
                assert isinstance(found.id, str) and found.id not in ("", ".", "..")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(page=body_of(near(VALID_PAGE)), status=STATUS, retry_after=RETRY_AFTER)
def test_scim_listings_parse_or_raise_typed_errors(
    loop: asyncio.AbstractEventLoop,
    scim_target: tuple[ScimTarget, Scripted],
    page: bytes,
    status: int,
    retry_after: dict[str, str],
) -> None:
    """A listing page (as a full listing and as a lookup by externalId)."""
    scim = _answers(scim_target, **{"/Users": (status, retry_after, page)})

    async def listing() -> list[Any]:
        return [r async for r in scim.iter(ResourceType.USERS, page_size=2)]

    _check(loop, (listing, lambda: scim.find_one(ResourceType.USERS, "externalId", "e1")))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    resource=body_of(near(VALID_USER)),
    bulk=body_of(near(VALID_BULK)),
    spc=body_of(near(VALID_SPC)),
    status=STATUS,
    retry_after=RETRY_AFTER,
)
def test_scim_resources_and_bulk_answers_parse_or_raise_typed_errors(
    loop: asyncio.AbstractEventLoop,
    scim_target: tuple[ScimTarget, Scripted],
    resource: bytes,
    bulk: bytes,
    spc: bytes,
    status: int,
    retry_after: dict[str, str],
) -> None:
    """A single resource, the ServiceProviderConfig and a Bulk answer."""
    scim = _answers(
        scim_target,
        **{
            "/Users/u1": (status, retry_after, resource),
            "/Bulk": (status, retry_after, bulk),
            "/ServiceProviderConfig": (200, {}, spc),
        },
    )
    _check(
        loop,
        (
            lambda: scim.get(ResourceType.USERS, "u1"),
            lambda: scim.create_many(ResourceType.USERS, [{"userName": "a"}, {"userName": "b"}]),
        ),
    )


# -- discovery ----------------------------------------------------------------------------------------------------

VALID_DISCOVERY = {
    "tenant_name": "T",
    "issuer": TENANT,
    "client_id": "c",
    "scopes": ["openid"],
    "scim_base_url": f"{TENANT}/scim/v2",
    "agent_api": f"{TENANT}/agent-api/v1",
}
VALID_OIDC = {
    "issuer": TENANT,
    "device_authorization_endpoint": f"{TENANT}/device",
    "token_endpoint": f"{TENANT}/token",
    "userinfo_endpoint": f"{TENANT}/me",
    "revocation_endpoint": f"{TENANT}/revoke",
}
URLS = st.sampled_from(
    [
        TENANT,
        f"{TENANT}/x",
        "http://tenant.example/x",
        "https://tenant.example:8443/x",
        "https://evil.example/x",
        "https://tenant.example@evil.example/x",
        "https://evil.example\\@tenant.example/x",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "smb://tenant.example/x",
        "https://tenant.example/\u00e9",
        "",
    ]
)


def near_urls(valid: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        near(valid),
        st.tuples(st.sampled_from(sorted(valid)), URLS).map(lambda kv: {**valid, kv[0]: kv[1]}),
    )


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    tenant_doc=body_of(near_urls(VALID_DISCOVERY)),
    oidc_doc=body_of(near_urls(VALID_OIDC)),
    status=st.one_of(st.just(200), st.sampled_from([200, 301, 404, 500])),
)
def test_discovery_documents_parse_or_raise_typed_errors(
    loop: asyncio.AbstractEventLoop, tenant_doc: bytes, oidc_doc: bytes, status: int
) -> None:
    script = Scripted()
    script.answers = {
        "/.well-known/identity-connect": (status, {}, tenant_doc),
        "/.well-known/openid-configuration": (200, {}, oidc_doc),
    }
    http = HttpSettings(transport=httpx.MockTransport(script))
    try:
        info = _run(loop, discover_tenant(TENANT, http=http))
    except CloudError:
        return
    endpoints = [
        info.issuer,
        info.scim_base_url,
        info.oauth.token_endpoint,
        info.oauth.device_authorization_endpoint,
        info.oauth.userinfo_endpoint,
    ]
    endpoints += [u for u in (info.agent_api_url, info.oauth.revocation_endpoint) if u is not None]
    for url in endpoints:
        assert url == TENANT or url.startswith(TENANT + "/"), url
