"""The SCIM 2.0 target (RFC 7643 / 7644): Users (+ enterprise extension) and Groups at the tenant.

:class:`ScimTarget` is what the sync engine writes through. It is responsible for:

- discovery of the ServiceProviderConfig (:class:`ScimCapabilities`: patch, bulk, filter, ETag, sort);
- create / get / replace / patch / delete of Users and Groups, group membership via PATCH, lookup by
  ``externalId`` / ``userName`` / ``displayName`` (filter values are JSON-quoted, so a name with quotes or
  backslashes cannot change the filter), paged listing with ``startIndex`` / ``count`` / ``attributes``;
- ``If-Match`` when the caller has an ETag and the service offers ETags; Bulk for batch creates when
  offered (chunked by maxOperations / maxPayloadSize), concurrent single creates otherwise;
- the ``Identity-Connect-Provisioning`` header (:class:`ProvisioningOptions`) on creates and on
  replace/patch calls that re-activate a user (the caller passes it then);
- resilience, and the agent's **only retry layer** (callers do not retry on top): at most ``max_attempts``
  (3) sends per call. 429 (and 503 with ``Retry-After``) waits for ``Retry-After``, unless it is beyond
  ``max_retry_after`` (the run's budget), which raises at once instead of sleeping; 5xx backs off
  exponentially with jitter; a dropped connection is retried for idempotent calls (GET, PUT, PATCH, DELETE:
  PATCH operations in a sync are add/replace/remove of values, which RFC 7644 §3.5.2 makes no-ops on
  repeat); a POST that may have reached the service is never blindly re-sent: the resource is looked up once
  by ``externalId`` (or ``userName``/``displayName``) and returned if it exists, so nothing is duplicated;
  a second such failure ends the call (worst case per create: 3 sends + 1 lookup);
- distrust of the answers: every request has a total deadline and a body cap (:meth:`HttpSettings.send`);
  ids are percent-encoded single path segments and an empty (or ".", "..") id never addresses the
  collection; resources must carry a usable ``id``; a listing must keep to its ``totalResults`` (no more
  resources than it says, no early end, no repeated ids, at most ``max_listing`` resources); a lookup's
  match must have the value asked for (a service that ignores the filter is caught, not trusted); Bulk
  statuses are HTTP status codes or the answer is refused. All of these are typed errors, and none leads to
  a write;
- bounded concurrency: one semaphore around every request, matching the connection pool size.

Payloads are plain ``dict``s at this boundary, or scim2-models resources (dumped with the request
context). Plain dicts are the default for the sync engine: measured on this 2-core machine, validating a
typical user response through ``User[EnterpriseUser]`` costs ≈235 µs and dumping it ≈95 µs, against ≈23 µs
for ``json`` alone, i.e. ≈3.3 s of event-loop CPU per 10k users; and scim2-models refuses e-mail addresses
in special-use domains (``.test``, ``.local``) that real directories contain. :meth:`ScimResource.as_model`
gives the typed view where it helps (wizard previews, tests).

401 after the auth flow's single refresh is :class:`SignInExpiredError`; other 4xx are :class:`ScimError`
with ``status``, ``scim_type`` and ``detail``; persistent 5xx or network failure is
:class:`TenantUnreachableError`; persistent 429 is :class:`RateLimitedError`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

import httpx

from app.cloud.errors import (
    RateLimitedError,
    ScimError,
    SignInExpiredError,
    TenantBadResponseError,
    TenantTlsError,
    TenantUnreachableError,
)
from app.cloud.http import (
    Backoff,
    HttpSettings,
    bounded_int,
    check_endpoint,
    json_body,
    json_object,
    path_segment,
    retry_after_seconds,
    transport_error,
)

SCIM_JSON = "application/scim+json"
PATCH_OP_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
BULK_REQUEST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkRequest"
ENTERPRISE_USER_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
PROVISIONING_HEADER = "Identity-Connect-Provisioning"
# Bulk limits when a service says bulk is supported but gives no numbers (RFC 7644 §3.7 leaves them to it).
_DEFAULT_BULK_OPERATIONS = 100
_DEFAULT_BULK_PAYLOAD = 1_048_576
# Bytes a Bulk operation adds around its data ("method", "path", "bulkId", separators), with room to spare.
_BULK_OPERATION_OVERHEAD = 100
_RETRY_STATUSES = frozenset({500, 502, 503, 504})
# Upper bounds on what a ServiceProviderConfig may announce; beyond them the numbers are clamped.
_MAX_BULK_OPERATIONS = 10_000
_MAX_BULK_PAYLOAD = 64 * 1024 * 1024
# Most resources one listing may yield (a bound against a service that pages for ever with fresh ids).
DEFAULT_MAX_LISTING = 2_000_000

Sleep = Callable[[float], Awaitable[None]]
Payload = Mapping[str, Any] | Any  # a dict, or a scim2-models Resource


class ResourceType(StrEnum):
    USERS = "Users"
    GROUPS = "Groups"


PasswordNotificationWord = Literal["user", "admin", "none"]


@dataclass(frozen=True, slots=True)
class ProvisioningOptions:
    """Notifications the tenant sends for a provisioned user (docs/reference/tenant-api.md), sent as the
    ``Identity-Connect-Provisioning`` header on a create or re-activation.

    The defaults are the sync settings' defaults (the one-time password to the user, a welcome mail), which
    is what the sync sends when nobody changed them."""

    password_notification: PasswordNotificationWord = "user"
    welcome_mail: bool = True

    def header_value(self) -> str:
        return (
            f"password-notification={self.password_notification}; welcome-mail={'yes' if self.welcome_mail else 'no'}"
        )


@dataclass(frozen=True)
class ScimCapabilities:
    patch: bool = False
    bulk: bool = False
    bulk_max_operations: int = 0
    bulk_max_payload_size: int = 0
    filter: bool = False
    filter_max_results: int = 0
    etag: bool = False
    sort: bool = False

    @classmethod
    def from_service_provider_config(cls, doc: Mapping[str, Any]) -> ScimCapabilities:
        def feature(name: str) -> Mapping[str, Any]:
            value = doc.get(name)
            return value if isinstance(value, Mapping) else {}

        def number(section: Mapping[str, Any], name: str, cap: int) -> int:
            value = section.get(name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                return 0
            return min(value, cap)

        bulk, filt = feature("bulk"), feature("filter")
        return cls(
            patch=feature("patch").get("supported") is True,
            bulk=bulk.get("supported") is True,
            bulk_max_operations=number(bulk, "maxOperations", _MAX_BULK_OPERATIONS),
            bulk_max_payload_size=number(bulk, "maxPayloadSize", _MAX_BULK_PAYLOAD),
            filter=filt.get("supported") is True,
            filter_max_results=number(filt, "maxResults", DEFAULT_MAX_LISTING),
            etag=feature("etag").get("supported") is True,
            sort=feature("sort").get("supported") is True,
        )


@dataclass(frozen=True)
class ScimResource:
    """A resource as the service returned it, with its ETag (header or ``meta.version``) if any."""

    data: dict[str, Any]
    etag: str | None = None
    # True when a create was answered by finding the resource after a dropped connection.
    recovered: bool = field(default=False, compare=False)

    @property
    def id(self) -> str:
        return str(self.data.get("id", ""))

    @property
    def external_id(self) -> str | None:
        value = self.data.get("externalId")
        return value if isinstance(value, str) else None

    def as_model(self) -> Any:
        """The scim2-models view (User with the enterprise extension, or Group), validated."""
        from scim2_models import Context, EnterpriseUser, Group, User

        schemas = self.data.get("schemas") or []
        model: Any = Group if "urn:ietf:params:scim:schemas:core:2.0:Group" in schemas else User[EnterpriseUser]
        return model.model_validate(self.data, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)


@dataclass(frozen=True)
class BulkItemResult:
    """One create of a batch: its position in the input, and the resource or the error."""

    index: int
    resource: ScimResource | None
    error: ScimError | None = None


class BulkOutcomeUnknownError(TenantUnreachableError):
    """A Bulk request may have reached the service, but its answer was lost (a dropped connection, a server
    error after the request was read): any of its operations may have happened."""


def _checked(data: dict[str, Any], response: httpx.Response | None, etag: str | None = None) -> ScimResource:
    """A resource from an answer: it must carry an ``id`` that can address it alone."""
    path_segment(data.get("id"), "id")
    return ScimResource(data, etag if etag is not None else (_etag_of(response, data) if response else None))


@dataclass
class _Budget:
    """Sends left for one call of the client, shared by its retries (and a create's re-send)."""

    left: int

    def take(self) -> int:
        self.left -= 1
        return self.left


class _PossiblySentError(Exception):
    """A non-idempotent request failed in a way that leaves open whether the service acted on it."""

    def __init__(self, error: TenantUnreachableError) -> None:
        super().__init__(str(error))
        self.error = error


def _json_bytes(body: Any) -> bytes:
    """A request's JSON body as sent (and as a Bulk batch is sized): UTF-8, without the spaces json.dumps puts
    after separators, which are about 6 % of a user."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _dump(payload: Payload, context: str) -> dict[str, Any]:
    if isinstance(payload, Mapping):
        # A mapping that decodes as a whole (the sync engine's compressed resources) is not read key by key.
        to_dict = getattr(payload, "to_dict", None)
        return dict(to_dict()) if callable(to_dict) else dict(payload)
    from scim2_models import Context

    dumped: dict[str, Any] = payload.model_dump(scim_ctx=getattr(Context, context))
    return dumped


def _filter_eq(attribute: str, value: str) -> str:
    # A SCIM compValue is a JSON string (RFC 7644 §3.4.2.2), so JSON quoting is the correct escaping.
    return f"{attribute} eq {json.dumps(value, ensure_ascii=False)}"


def _etag_of(response: httpx.Response, data: Mapping[str, Any]) -> str | None:
    header = response.headers.get("ETag")
    if header:
        return str(header)
    return _meta_version(data)


def scim_error(response: httpx.Response) -> ScimError:
    """The SCIM error a non-2xx response carries (RFC 7644 §3.12), tolerating services that send less."""
    scim_type = detail = None
    try:
        body = json_body(response)
    except TenantBadResponseError:
        body = None
    if isinstance(body, dict):
        scim_type = body.get("scimType") if isinstance(body.get("scimType"), str) else None
        detail = body.get("detail") if isinstance(body.get("detail"), str) else None
    request = response.request
    return ScimError(
        f"{request.method} {request.url.path}: {response.status_code}{f' {scim_type}' if scim_type else ''}",
        status=response.status_code,
        scim_type=scim_type,
        detail=detail,
    )


class ScimTarget:
    def __init__(
        self,
        base_url: str,
        auth: httpx.Auth | None,
        *,
        http: HttpSettings | None = None,
        max_concurrency: int = 8,
        max_attempts: int = 3,
        max_retry_after: float = 120.0,
        max_listing: int = DEFAULT_MAX_LISTING,
        use_bulk: bool = True,
        backoff: Backoff | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        """``max_attempts``: sends per call, retries included. ``max_retry_after``: the longest ``Retry-After``
        worth waiting for (the run's budget); a longer one raises at once. ``max_listing``: the most resources
        one listing may yield. ``use_bulk``: batch creates through Bulk when the service offers it (False:
        one by one, as with a service without Bulk)."""
        self._http = http or HttpSettings()
        self.base_url = check_endpoint(base_url, insecure=self._http.insecure).rstrip("/")
        self._base_path = httpx.URL(self.base_url).raw_path.decode("ascii").rstrip("/")
        self._endpoints: dict[str, httpx.URL] = {}
        self.max_concurrency = max_concurrency
        self.max_attempts = max(1, max_attempts)
        self.max_retry_after = max_retry_after
        self.max_listing = max_listing
        self.use_bulk = use_bulk
        self.capabilities: ScimCapabilities | None = None
        self._auth = auth
        self._backoff = backoff or Backoff()
        self._sleep = sleep
        self._semaphore = asyncio.Semaphore(max_concurrency)
        self._client: httpx.AsyncClient | None = None
        self.retries = 0  # how many times a request was re-sent (429, 5xx, dropped connection)

    # -- lifecycle -------------------------------------------------------------------------------------

    async def __aenter__(self) -> ScimTarget:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _url(self, path: str) -> httpx.URL | str:
        """An endpoint's absolute URL ("Users", "Bulk"), made once: httpx joins a relative path to the base URL
        on every request (about 45 µs, a create's hottest step after the network). An object's own path
        ("Users/<id>") is left to httpx."""
        if "/" in path or "?" in path:
            return path
        url = self._endpoints.get(path)
        if url is None:
            url = self._endpoints[path] = httpx.URL(f"{self.base_url}/{path}")
        return url

    def _get_client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = self._http.client(base_url=self.base_url + "/", auth=self._auth)
        return self._client

    # -- the one request path ----------------------------------------------------------------------------

    async def _request(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, str | int] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool = True,
        budget: _Budget | None = None,
    ) -> httpx.Response:
        """Send with bounded retries (``budget``: sends left, shared with the caller's other sends). Returns any
        response that is not a retryable failure; raises :class:`_PossiblySentError` for a non-idempotent
        request the service may have acted on. A request past its total deadline is not retried: a service
        that slow is not going to answer the next one in time either."""
        budget = budget or _Budget(self.max_attempts)
        all_headers = dict(headers or {})
        all_headers["Accept"] = f"{SCIM_JSON}, application/json"
        content = None
        if body is not None:
            content = _json_bytes(body)
            all_headers["Content-Type"] = SCIM_JSON
        client = self._get_client()
        attempt = 0
        while True:
            attempt += 1
            last = budget.take() <= 0
            try:
                async with self._semaphore:
                    response = await self._http.send(
                        client, method, self._url(path), content=content, params=params, headers=all_headers
                    )
            except httpx.TransportError as exc:
                error = transport_error(exc, client.base_url.join(path))
                if isinstance(error, TenantTlsError):
                    raise error from exc
                # A connection that was never made carried no request: safe to re-send anything.
                never_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
                if not idempotent and not never_sent:
                    raise _PossiblySentError(error) from exc
                if last:
                    raise error from exc
                self.retries += 1
                await self._sleep(self._backoff.delay(attempt))
                continue
            status = response.status_code
            if status == 429 or (status == 503 and "Retry-After" in response.headers):
                retry_after = retry_after_seconds(response.headers.get("Retry-After"))
                # Beyond the budget: raised at once, so the caller can stop the run instead of sleeping through it.
                if last or (retry_after or 0) > self.max_retry_after:
                    if status == 503:
                        raise TenantUnreachableError(
                            f"{method} {path}: 503 after {attempt} attempts",
                            status=503,
                            retry_after=retry_after,
                            reason="retry_after_beyond_budget" if not last else "status",
                        )
                    raise RateLimitedError(f"{method} {path}: still rate limited", retry_after=retry_after)
                self.retries += 1
                await self._sleep(max(retry_after or 0.0, self._backoff.delay(attempt)))
                continue
            if status in _RETRY_STATUSES:
                if not idempotent and status != 503:
                    raise _PossiblySentError(TenantUnreachableError(f"{method} {path}: status {status}", status=status))
                if last:
                    raise TenantUnreachableError(
                        f"{method} {path}: status {status} after {attempt} attempts", status=status
                    )
                self.retries += 1
                await self._sleep(self._backoff.delay(attempt))
                continue
            if status == 401:
                raise SignInExpiredError(f"{method} {path}: 401 after refreshing the token", reason="scim_401")
            return response

    async def _resource(self, response: httpx.Response) -> ScimResource:
        if not response.is_success:
            raise scim_error(response)
        return _checked(json_object(response), response)

    @staticmethod
    def _path(resource_type: ResourceType, resource_id: str) -> str:
        # One percent-encoded segment: "../x" or "a?b=c" cannot reach another resource, and "" is refused
        # rather than addressing the collection.
        return f"{resource_type.value}/{path_segment(resource_id)}"

    # -- discovery -----------------------------------------------------------------------------------------

    async def discover(self) -> ScimCapabilities:
        response = await self._request("GET", "ServiceProviderConfig")
        if not response.is_success:
            raise scim_error(response)
        self.capabilities = ScimCapabilities.from_service_provider_config(json_object(response))
        return self.capabilities

    async def _capabilities(self) -> ScimCapabilities:
        return self.capabilities or await self.discover()

    # -- generic operations --------------------------------------------------------------------------------

    def _precondition(self, etag: str | None) -> dict[str, str]:
        if etag and self.capabilities is not None and self.capabilities.etag:
            return {"If-Match": etag}
        return {}

    async def create(
        self, resource_type: ResourceType, payload: Payload, provisioning: ProvisioningOptions | None = None
    ) -> ScimResource:
        body = _dump(payload, "RESOURCE_CREATION_REQUEST")
        headers = {PROVISIONING_HEADER: provisioning.header_value()} if provisioning else {}
        budget = _Budget(self.max_attempts)
        looked = False
        while True:
            try:
                response = await self._request(
                    "POST", resource_type.value, body=body, headers=headers, idempotent=False, budget=budget
                )
            except _PossiblySentError as possibly:
                # One lookup per create: a second unknown outcome is reported, and the next run's listing
                # (which matches by externalId) settles it without a duplicate.
                if looked or budget.left <= 0:
                    raise possibly.error from None
                looked = True
                # The create may have happened: look before re-sending, so nothing is duplicated.
                existing = await self._find_created(resource_type, body)
                if existing is not None:
                    return ScimResource(existing.data, existing.etag, recovered=True)
                self.retries += 1
                await self._sleep(self._backoff.delay(self.max_attempts - budget.left))
                continue
            return await self._resource(response)

    async def _find_created(self, resource_type: ResourceType, body: Mapping[str, Any]) -> ScimResource | None:
        for attribute in ("externalId", "userName" if resource_type is ResourceType.USERS else "displayName"):
            value = body.get(attribute)
            if isinstance(value, str) and value:
                return await self.find_one(resource_type, attribute, value)
        # Nothing identifies it: re-sending could duplicate it, so report the failure instead.
        raise TenantUnreachableError(f"POST {resource_type.value}: connection lost, outcome unknown")

    async def get(self, resource_type: ResourceType, resource_id: str) -> ScimResource | None:
        response = await self._request("GET", self._path(resource_type, resource_id))
        if response.status_code == 404:
            return None
        return await self._resource(response)

    async def replace(
        self,
        resource_type: ResourceType,
        resource_id: str,
        payload: Payload,
        *,
        etag: str | None = None,
        provisioning: ProvisioningOptions | None = None,
    ) -> ScimResource:
        body = _dump(payload, "RESOURCE_REPLACEMENT_REQUEST")
        headers = self._precondition(etag)
        if provisioning:
            headers[PROVISIONING_HEADER] = provisioning.header_value()
        response = await self._request("PUT", self._path(resource_type, resource_id), body=body, headers=headers)
        return await self._resource(response)

    async def patch(
        self,
        resource_type: ResourceType,
        resource_id: str,
        operations: Sequence[Mapping[str, Any]],
        *,
        etag: str | None = None,
        provisioning: ProvisioningOptions | None = None,
    ) -> ScimResource | None:
        """Apply PATCH operations (``{"op": "add"|"replace"|"remove", "path": ..., "value": ...}``).
        Returns the resource, or None when the service answers 204 without a body."""
        body = {"schemas": [PATCH_OP_SCHEMA], "Operations": [dict(op) for op in operations]}
        headers = self._precondition(etag)
        if provisioning:
            headers[PROVISIONING_HEADER] = provisioning.header_value()
        response = await self._request("PATCH", self._path(resource_type, resource_id), body=body, headers=headers)
        if response.status_code == 204:
            return None
        return await self._resource(response)

    async def delete(self, resource_type: ResourceType, resource_id: str, *, etag: str | None = None) -> bool:
        """Delete; True if it was deleted now, False if it was already gone (404)."""
        response = await self._request(
            "DELETE", self._path(resource_type, resource_id), headers=self._precondition(etag)
        )
        if response.status_code == 404:
            return False
        if not response.is_success:
            raise scim_error(response)
        return True

    async def find_one(self, resource_type: ResourceType, attribute: str, value: str) -> ScimResource | None:
        found = []
        async for resource in self.iter(resource_type, filter=_filter_eq(attribute, value), page_size=2):
            found.append(resource)
            if len(found) > 1:
                break
        for resource in found:
            if not _matches(resource.data.get(attribute), value, case_exact=attribute == "externalId"):
                # A service that ignores the filter would otherwise hand us someone else to update.
                raise TenantBadResponseError(
                    f"{resource_type.value}: a lookup by {attribute} returned a resource without that value",
                    reason="filter_ignored",
                )
        if len(found) > 1:
            raise ScimError(
                f"{resource_type.value}: {attribute} matches {len(found)} resources",
                status=409,
                scim_type="uniqueness",
                code="scim_ambiguous",
            )
        return found[0] if found else None

    async def iter(
        self,
        resource_type: ResourceType,
        *,
        filter: str | None = None,
        attributes: Sequence[str] | None = None,
        page_size: int = 200,
    ) -> AsyncIterator[ScimResource]:
        """Every resource (matching ``filter``), page by page with ``startIndex``/``count`` (1-based).

        A page is checked whole before any of it is yielded: ``totalResults`` an integer in range, each
        resource an object with a usable ``id``, no id seen before, and no more resources than
        ``totalResults`` says; an empty page before ``totalResults`` is reached is a listing cut short.
        Each is :class:`TenantBadResponseError`: a partial listing taken for a whole one would look like
        missing users and lead to creates."""
        start = 1
        seen: set[str] = set()
        where = f"GET {resource_type.value}"
        while True:
            params: dict[str, str | int] = {"startIndex": start, "count": page_size}
            if filter:
                params["filter"] = filter
            if attributes:
                params["attributes"] = ",".join(attributes)
            response = await self._request("GET", resource_type.value, params=params)
            if not response.is_success:
                raise scim_error(response)
            page = json_object(response)
            resources = page.get("Resources", [])
            if resources is None:
                resources = []
            if not isinstance(resources, list):
                raise TenantBadResponseError(f"{where}: not a SCIM ListResponse", reason="not_a_list")
            total = bounded_int(page.get("totalResults"), "totalResults", low=0, high=self.max_listing)
            if len(seen) + len(resources) > total:
                raise TenantBadResponseError(f"{where}: more resources than totalResults", reason="listing_lies")
            if not resources and len(seen) < total:
                raise TenantBadResponseError(f"{where}: listing ended before totalResults", reason="listing_short")
            checked: list[ScimResource] = []
            for item in resources:
                if not isinstance(item, dict):
                    raise TenantBadResponseError(f"{where}: a resource is not an object", reason="not_an_object")
                resource = _checked(item, None, _meta_version(item))
                if resource.id in seen:
                    raise TenantBadResponseError(f"{where}: a resource came twice", reason="listing_repeats")
                seen.add(resource.id)
                checked.append(resource)
            for resource in checked:
                yield resource
            start += len(resources)
            if not resources or start > total:
                return

    # -- batch creates ---------------------------------------------------------------------------------------

    async def create_many(
        self,
        resource_type: ResourceType,
        payloads: Sequence[Payload],
        provisioning: ProvisioningOptions | None = None,
    ) -> list[BulkItemResult]:
        """Create many resources: through Bulk when the service offers it, else concurrently one by one.
        Results are in input order; a failed item carries its :class:`ScimError` and does not stop the rest."""
        bodies = [_dump(p, "RESOURCE_CREATION_REQUEST") for p in payloads]
        batches = await self.bulk_batches(bodies)
        if batches is None:
            return await self._create_each(resource_type, list(enumerate(bodies)), provisioning)
        results: list[BulkItemResult] = []
        for batch in batches:
            chunk = [(index, bodies[index]) for index in batch]
            try:
                answers = await self.bulk_create(resource_type, [body for _, body in chunk], provisioning)
            except BulkOutcomeUnknownError:
                # Some of the batch may exist now: look each one up, and create only those that are missing.
                results.extend(await self._create_each(resource_type, chunk, provisioning, look_first=True))
                continue
            results.extend(BulkItemResult(i, a.resource, a.error) for (i, _), a in zip(chunk, answers, strict=True))
        return results

    async def bulk_batches(self, payloads: Sequence[Payload]) -> list[list[int]] | None:
        """How to split creates of ``payloads`` into Bulk requests within the service's ``maxOperations`` and
        ``maxPayloadSize`` (lists of positions, in order), or None when the service does not offer Bulk (or
        :attr:`use_bulk` is off) or there are fewer than two."""
        if not self.use_bulk or len(payloads) < 2:
            return None
        caps = await self._capabilities()
        if not caps.bulk:
            return None
        max_ops = caps.bulk_max_operations or _DEFAULT_BULK_OPERATIONS
        # Keep 10% of the payload limit for the envelope and per-operation fields.
        max_bytes = int((caps.bulk_max_payload_size or _DEFAULT_BULK_PAYLOAD) * 0.9)
        batches: list[list[int]] = []
        current: list[int] = []
        size = 0
        for index, payload in enumerate(payloads):
            body = _dump(payload, "RESOURCE_CREATION_REQUEST")
            item_size = len(_json_bytes(body)) + _BULK_OPERATION_OVERHEAD
            if current and (len(current) >= max_ops or size + item_size > max_bytes):
                batches.append(current)
                current, size = [], 0
            current.append(index)
            size += item_size
        if current:
            batches.append(current)
        return batches

    async def bulk_create(
        self,
        resource_type: ResourceType,
        payloads: Sequence[Payload],
        provisioning: ProvisioningOptions | None = None,
    ) -> list[BulkItemResult]:
        """One Bulk request creating ``payloads`` (the caller keeps it within :meth:`bulk_batches`), without
        ``failOnErrors``, so each operation stands alone. Results are in input order; an operation the service
        refused carries its :class:`ScimError`.

        Raises :class:`BulkOutcomeUnknownError` when the answer was lost after the request may have reached the
        service (some of it may exist now: the caller looks each one up before creating it again; the Bulk
        request itself is never re-sent), :class:`TenantBadResponseError` when the answer cannot be read,
        :class:`ScimError` when the service refused the request as a whole, and the other errors of any call."""
        chunk = [(index, _dump(p, "RESOURCE_CREATION_REQUEST")) for index, p in enumerate(payloads)]
        request = {
            "schemas": [BULK_REQUEST_SCHEMA],
            "Operations": [
                {"method": "POST", "path": f"/{resource_type.value}", "bulkId": f"b{index}", "data": body}
                for index, body in chunk
            ],
        }
        headers = {PROVISIONING_HEADER: provisioning.header_value()} if provisioning else {}
        try:
            response = await self._request("POST", "Bulk", body=request, headers=headers, idempotent=False)
        except _PossiblySentError as possibly:
            unknown = BulkOutcomeUnknownError(str(possibly.error))
            unknown.details.update(possibly.error.details)
            raise unknown from None
        if not response.is_success:
            raise scim_error(response)
        answer = json_object(response)
        operations = answer.get("Operations")
        if not isinstance(operations, list):
            raise TenantBadResponseError("Bulk response without a list of operations", reason="not_a_list")
        by_bulk_id: dict[str, dict[str, Any]] = {}
        for op in operations:
            if isinstance(op, dict) and isinstance(op.get("bulkId"), str):
                by_bulk_id[op["bulkId"]] = op
        results: list[BulkItemResult] = []
        for index, body in chunk:
            op = by_bulk_id.get(f"b{index}")
            if op is None:
                raise TenantBadResponseError("Bulk response lacks an operation that was sent")
            results.append(self._bulk_item(resource_type, index, body, op))
        return results

    async def _create_each(
        self,
        resource_type: ResourceType,
        items: Sequence[tuple[int, dict[str, Any]]],
        provisioning: ProvisioningOptions | None,
        *,
        look_first: bool = False,
    ) -> list[BulkItemResult]:
        async def one(index: int, body: dict[str, Any]) -> BulkItemResult:
            try:
                if look_first:
                    existing = await self._find_created(resource_type, body)
                    if existing is not None:
                        return BulkItemResult(index, ScimResource(existing.data, existing.etag, recovered=True))
                return BulkItemResult(index, await self.create(resource_type, body, provisioning))
            except ScimError as exc:
                return BulkItemResult(index, None, exc)

        # The semaphore in _request bounds how many of these are on the wire at once.
        return list(await asyncio.gather(*(one(i, b) for i, b in items)))

    def _id_from_location(self, resource_type: ResourceType, location: object) -> str:
        """The id in a Bulk operation's ``location`` (``{base}/{Users|Groups}/{id}``): the one segment after
        the collection, nothing else (a location such as ``{base}/Users/`` has none)."""
        if not isinstance(location, str):
            raise TenantBadResponseError("Bulk response operation without a location", reason="bad_id")
        try:
            # urlsplit, not httpx.URL: the same raw path at a tenth of the cost, once per created object.
            path = urlsplit(location).path
        except ValueError:
            raise TenantBadResponseError("Bulk response location does not parse", reason="bad_id") from None
        if not path.isascii():
            raise TenantBadResponseError("Bulk response location does not parse", reason="bad_id")
        prefix = self._base_path + f"/{resource_type.value}/"
        segment = path[len(prefix) :] if path.startswith(prefix) else ""
        if not segment or "/" in segment:
            raise TenantBadResponseError("Bulk response location names no resource", reason="bad_id")
        resource_id = unquote(segment)
        path_segment(resource_id)
        return resource_id

    def _bulk_item(
        self, resource_type: ResourceType, index: int, body: dict[str, Any], op: dict[str, Any]
    ) -> BulkItemResult:
        status = _bulk_status(op.get("status"))
        answer = op.get("response") if isinstance(op.get("response"), dict) else None
        if 200 <= status < 300:
            data = dict(answer) if answer and "id" in answer else dict(body)
            if "id" not in data:
                data["id"] = self._id_from_location(resource_type, op.get("location"))
            version = op.get("version")
            return BulkItemResult(index, _checked(data, None, version if isinstance(version, str) else None))
        scim_type = answer.get("scimType") if answer else None
        detail = answer.get("detail") if answer else None
        return BulkItemResult(
            index,
            None,
            ScimError(
                f"Bulk POST {resource_type.value}: {status}",
                status=status,
                scim_type=scim_type if isinstance(scim_type, str) else None,
                detail=detail if isinstance(detail, str) else None,
            ),
        )

    # -- Users -----------------------------------------------------------------------------------------------

    async def patch_user(
        self,
        user_id: str,
        operations: Sequence[Mapping[str, Any]],
        *,
        etag: str | None = None,
        provisioning: ProvisioningOptions | None = None,
    ) -> ScimResource | None:
        """PATCH a user (the password-sync delivery's one write)."""
        return await self.patch(ResourceType.USERS, user_id, operations, etag=etag, provisioning=provisioning)


def _bulk_status(value: object) -> int:
    """A Bulk operation's status (RFC 7644 §3.7.3: a string such as "201"; older services send a number or
    ``{"code": ...}``) as an HTTP status code, else :class:`TenantBadResponseError`."""
    if isinstance(value, dict):
        value = value.get("code")
    if isinstance(value, str):
        if not (value.isascii() and value.isdigit() and len(value) == 3):
            raise TenantBadResponseError("Bulk operation status is not an HTTP status", reason="bad_status")
        value = int(value)
    return bounded_int(value, "Bulk status", low=100, high=599)


def _matches(found: object, wanted: str, *, case_exact: bool) -> bool:
    if not isinstance(found, str):
        return False
    return found == wanted if case_exact else found.casefold() == wanted.casefold()


def _meta_version(item: Mapping[str, Any]) -> str | None:
    meta = item.get("meta")
    version = meta.get("version") if isinstance(meta, Mapping) else None
    return version if isinstance(version, str) else None
