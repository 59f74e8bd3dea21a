"""The one place that builds httpx clients, and the small pieces every cloud client shares.

- :func:`make_client` builds every :class:`httpx.AsyncClient` of the agent: User-Agent with the version,
  TLS verification on (optionally against a CA file the admin chose), timeouts, and ``transport=`` as the
  only test seam (``httpx.MockTransport`` for faults a real server will not produce on demand).
- :class:`HttpSettings` carries those choices (from the configuration's ``verify_tls`` / ``ca_file``) to the
  clients, which open their own short-lived or long-lived :class:`httpx.AsyncClient` from it.
- :func:`transport_error` turns httpx's transport exceptions into :class:`TenantUnreachableError` /
  :class:`TenantTlsError`; :func:`json_object` turns "not the JSON we were promised" into
  :class:`TenantBadResponseError`.
- :class:`ClockSkewMonitor` reads the ``Date`` header of every response and keeps the difference between
  the tenant's clock and ours (the "check the system date and time" troubleshooting step, made automatic).
- :class:`Backoff` is the exponential back-off with full jitter used by the retrying clients.
- The wire is not trusted (docs: "Distrust the wire"): :meth:`HttpSettings.send` is how every client sends a
  request, with one **total** deadline for the request and its whole body (a server that drips one byte a
  second is cut off, whatever the per-read timeouts say) and a cap on the body size; :func:`json_body`
  refuses ``NaN``/``Infinity`` and absurd nesting; :func:`bounded_number` / :func:`bounded_int` turn numbers
  from an answer into finite values in a range; :func:`check_endpoint` keeps every URL the agent sends a
  secret to on the tenant's own https origin (plain http only for loopback, or with the insecure flag);
  :func:`path_segment` turns an id into exactly one percent-encoded path segment.
"""

from __future__ import annotations

import asyncio
import email.utils
import importlib.util
import ipaddress
import json
import math
import random
import re
import ssl
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from app import APP_NAME, __version__
from app.cloud.errors import TenantBadResponseError, TenantTlsError, TenantUnreachableError, UntrustedEndpointError


def _remember_that_sniffio_is_missing() -> None:
    """httpcore 1.0 runs ``import sniffio`` for each lock, event and cancellation shield it sets up, several
    times per request. Without sniffio installed each of those is a failed import that searches every
    ``sys.path`` entry (≈0.2 ms): measured on a 10k-user full sync with SCIM creates one by one, a third of
    the agent's time (apply 71.8 s → 44.5 s). Recording the absence once makes each try an immediate ImportError;
    httpcore then uses asyncio, as it does after the slow failure."""
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]  # None in sys.modules: "not importable"


_remember_that_sniffio_is_missing()

USER_AGENT = f"{APP_NAME}/{__version__} httpx/{httpx.__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Clocks further apart than this break token lifetimes and make logs hard to read.
CLOCK_SKEW_TOLERANCE = 300.0
# One request, from sending it to the last byte of its body. Generous for a 200-user SCIM page on a slow link;
# the per-read timeouts alone would let a server that sends a byte every few seconds hold a request for ever.
DEFAULT_DEADLINE = 60.0
# A SCIM page of 200 users or a Bulk answer of 1,000 operations is well under this; anything larger is not an
# answer we asked for, and reading it would only cost memory.
DEFAULT_MAX_BODY = 8 * 1024 * 1024
# Deeper JSON than this is not a SCIM, OAuth or agent API document (and recursion limits are not an error type).
MAX_JSON_DEPTH = 64


def _ssl_context(verify: bool | str | Path) -> ssl.SSLContext | bool:
    if verify is False:
        return False
    if verify is True:
        return True
    # httpx 0.28 deprecates verify=<path>; an SSLContext is the supported way to trust a private CA.
    context = ssl.create_default_context(cafile=str(verify))
    return context


def make_client(
    *,
    base_url: str | None = None,
    verify: bool | str | Path = True,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    transport: httpx.AsyncBaseTransport | None = None,
    auth: httpx.Auth | None = None,
    headers: dict[str, str] | None = None,
    on_response: Callable[[httpx.Response], None] | None = None,
) -> httpx.AsyncClient:
    """Build an async HTTP client. TLS verification is on unless ``verify=False``; a path trusts that CA file."""
    all_headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
    all_headers.update(headers or {})
    hooks: dict[str, list[Callable[..., Any]]] = {"request": [], "response": []}
    if on_response is not None:
        callback = on_response

        async def response_hook(response: httpx.Response) -> None:
            callback(response)

        hooks["response"].append(response_hook)
    client = httpx.AsyncClient(
        base_url=base_url or "",
        verify=_ssl_context(verify),
        timeout=timeout,
        transport=transport,
        auth=auth,
        headers=all_headers,
        event_hooks=hooks,
        follow_redirects=False,
        # Honour HTTPS_PROXY / NO_PROXY: on-premises servers often reach the internet only through a proxy.
        trust_env=True,
    )
    # httpx reads every answer for cookies through urllib stand-ins (about 33 µs an answer); ours reads only an
    # answer that sets one. Cookies still work: a tenant behind a sticky load balancer gets its cookie back.
    client._cookies = _SetCookiesOnly(client.cookies)  # the client's jar; httpx's setter would copy it as its own
    return client


class _SetCookiesOnly(httpx.Cookies):
    """A client's cookies, read from an answer only when it has a ``Set-Cookie`` (or ``Set-Cookie2``) header."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "Set-Cookie" in headers or "Set-Cookie2" in headers:
            super().extract_cookies(response)


class ClockSkewMonitor:
    """Keeps ``tenant clock - our clock`` from the ``Date`` header of the latest response that had one."""

    def __init__(self, tolerance: float = CLOCK_SKEW_TOLERANCE, clock: Callable[[], float] = time.time) -> None:
        self.tolerance = tolerance
        self._clock = clock
        self._lock = threading.Lock()
        self._skew: float | None = None
        self._last_date: tuple[str | None, float | None] | None = None

    @property
    def skew(self) -> float | None:
        """Seconds the tenant's clock is ahead of ours (negative: behind); None before any dated response."""
        with self._lock:
            return self._skew

    @property
    def is_skewed(self) -> bool:
        skew = self.skew
        return skew is not None and abs(skew) > self.tolerance

    def observe(self, response: httpx.Response) -> None:
        value = response.headers.get("Date")
        # Answers within the same second carry the same header: parsed once (a run makes thousands).
        last = self._last_date
        if last is not None and last[0] == value:
            server_time = last[1]
        else:
            server_time = parse_http_date(value)
            self._last_date = (value, server_time)
        if server_time is None:
            return
        # The header has one-second resolution, far below the tolerance, so no round-trip correction is needed.
        skew = server_time - self._clock()
        with self._lock:
            self._skew = skew


def parse_http_date(value: str | None) -> float | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        return None
    return parsed.timestamp()


@dataclass(frozen=True)
class HttpSettings:
    """TLS, timeout and size choices plus the test seam, handed to every cloud client.

    ``deadline`` bounds one request with its whole body; ``max_body`` caps the body. ``insecure`` is the
    admin's explicit choice (``insecure`` in the tenant settings) to allow plain http to a non-loopback tenant
    and ``verify=False``; without it both are refused."""

    verify: bool | str | Path = True
    timeout: httpx.Timeout | float = field(default_factory=lambda: DEFAULT_TIMEOUT)
    transport: httpx.AsyncBaseTransport | None = None
    clock_skew: ClockSkewMonitor = field(default_factory=ClockSkewMonitor)
    deadline: float = DEFAULT_DEADLINE
    max_body: int = DEFAULT_MAX_BODY
    insecure: bool = False

    def __post_init__(self) -> None:
        if self.verify is False and not self.insecure:
            raise UntrustedEndpointError("TLS verification off without the insecure flag", reason="verify_off")

    def client(self, *, base_url: str | None = None, auth: httpx.Auth | None = None) -> httpx.AsyncClient:
        return make_client(
            base_url=base_url,
            verify=self.verify,
            timeout=self.timeout,
            transport=self.transport,
            auth=auth,
            on_response=self.clock_skew.observe,
        )

    async def send(
        self,
        client: httpx.AsyncClient,
        method: str,
        url: str | httpx.URL,
        *,
        content: bytes | None = None,
        data: Mapping[str, str] | None = None,
        json: Any = None,
        params: Mapping[str, str | int] | None = None,
        headers: Mapping[str, str] | None = None,
        auth: httpx.Auth | None = None,
    ) -> httpx.Response:
        """Send one request and read its body within :attr:`deadline`, refusing bodies over :attr:`max_body`.

        Raises :class:`httpx.TransportError` as httpx does (callers classify it, some retry), and
        :class:`TenantUnreachableError` (reason ``deadline``) / :class:`TenantBadResponseError` (reason
        ``too_large``) itself. The returned response is fully read."""
        target = client.build_request(
            method, url, content=content, data=data, json=json, params=params, headers=headers
        )
        try:
            async with asyncio.timeout(self.deadline):
                response = await client.send(target, stream=True, auth=auth or httpx.USE_CLIENT_DEFAULT)
                try:
                    body = await self._read_capped(response, method)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise TenantUnreachableError(
                f"{method} {target.url.path}: no complete answer within {self.deadline:g} s",
                host=target.url.host,
                reason="deadline",
            ) from None
        if "Content-Encoding" not in response.headers:
            # Nothing was decoded, so the headers still describe the body: the response keeps them and takes
            # the body read (a copy would cost a request's worth of header parsing on every answer).
            response._content = body
            return response
        # Raw bytes: a header that is not ASCII (a hostile Retry-After) must not fail when copied.
        kept = [
            (name, value)
            for name, value in response.headers.raw
            if name.lower() not in (b"content-encoding", b"content-length", b"transfer-encoding")
        ]
        # The body is already decoded: a fresh response without the encoding headers does not decode it twice.
        return httpx.Response(
            response.status_code,
            headers=kept,
            content=body,
            request=response.request,
            extensions=response.extensions,
        )

    async def _read_capped(self, response: httpx.Response, method: str) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > self.max_body:
            raise _too_large(method, response)
        chunks: list[bytes] = []
        size = 0
        # Decoded bytes are counted, so a small compressed body cannot unpack into gigabytes.
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_body:
                raise _too_large(method, response)
            chunks.append(chunk)
        return b"".join(chunks)


def _too_large(method: str, response: httpx.Response) -> TenantBadResponseError:
    return TenantBadResponseError(
        f"{method} {response.request.url.path}: body larger than the cap",
        status=response.status_code,
        reason="too_large",
    )


def _find_ssl_error(exc: BaseException) -> ssl.SSLError | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError):
            return current
        current = current.__cause__ or current.__context__
    return None


def transport_error(exc: httpx.TransportError, url: str | httpx.URL | None = None) -> TenantUnreachableError:
    """Classify a transport failure. The message names the failure class and host, never the query string."""
    host = httpx.URL(str(url)).host if url is not None else ""
    ssl_error = _find_ssl_error(exc)
    if ssl_error is not None or "CERTIFICATE_VERIFY_FAILED" in str(exc) or "SSL" in type(exc).__name__:
        reason = getattr(ssl_error, "verify_message", None) or getattr(ssl_error, "reason", None) or "handshake"
        return TenantTlsError(f"TLS failure with {host}: {reason}", host=host, reason=str(reason))
    return TenantUnreachableError(f"{type(exc).__name__} talking to {host}", host=host, reason=type(exc).__name__)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_no_constant)


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body, or :class:`TenantBadResponseError` (HTML error pages, captive portals, garbage,
    ``NaN``/``Infinity`` that Python's parser would otherwise accept, nesting deeper than any real document)."""
    content = response.content
    try:
        if content.count(b"[") + content.count(b"{") > MAX_JSON_DEPTH and _json_depth(content) > MAX_JSON_DEPTH:
            raise ValueError("nested too deeply")
        # As json.loads decodes bytes, with one decoder for every answer (as json.loads keeps for its defaults).
        return _DECODER.decode(content.decode(json.detect_encoding(content), "surrogatepass"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip()
        raise TenantBadResponseError(
            f"{response.request.method} {response.request.url.path}: status {response.status_code}, "
            f"{content_type or 'no content type'}, not JSON",
            status=response.status_code,
            content_type=content_type,
        ) from None


_JSON_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_LEAF_PAIR = re.compile(rb"\[\]|\{\}")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')


def _json_depth(content: bytes) -> int:
    """Deepest bracket nesting outside strings, at C speed (a Bulk answer holds thousands of brackets): strings
    removed, then the innermost ``[]``/``{}`` pairs peeled off round by round — a well-nested document loses
    one level per round. Counting stops past :data:`MAX_JSON_DEPTH`; brackets that do not pair up (not JSON)
    end the count where they stand, and the parser refuses the document."""
    # Escapes removed (a backslash only occurs inside a string), then brackets and quotes alone: every
    # remaining quote opens or closes a string: what lies between the 1st and 2nd, 3rd and 4th… goes.
    if b"\\" in content:
        content = _JSON_ESCAPE.sub(b"", content)
    structure = content.translate(None, _NOT_STRUCTURE)
    brackets = b"".join(structure.split(b'"')[::2]).translate(None, _NOT_BRACKETS)
    depth = 0
    while brackets and depth <= MAX_JSON_DEPTH:
        peeled = _LEAF_PAIR.sub(b"", brackets)  # one pass: a pair it uncovers waits for the next round
        if len(peeled) == len(brackets):
            break
        brackets = peeled
        depth += 1
    return depth


def json_object(response: httpx.Response) -> dict[str, Any]:
    body = json_body(response)
    if not isinstance(body, dict):
        raise TenantBadResponseError(
            f"{response.request.method} {response.request.url.path}: JSON is not an object",
            status=response.status_code,
        )
    return body


def require_str(body: dict[str, Any], name: str, response: httpx.Response) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise TenantBadResponseError(
            f"{response.request.url.path}: field {name!r} missing or not a string", status=response.status_code
        )
    return value


@dataclass
class Backoff:
    """Exponential back-off with full jitter: attempt n waits uniform(0, min(cap, base * 2**n))."""

    base: float = 0.5
    cap: float = 30.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        return self.rng.uniform(0.0, min(self.cap, self.base * (2.0**attempt)))


_DELTA_SECONDS = re.compile(r"[0-9]{1,12}")


def retry_after_seconds(value: str | None, clock: Callable[[], float] = time.time) -> float | None:
    """``Retry-After`` as seconds: either delta-seconds or an HTTP date (RFC 9110 §10.2.3). Anything else
    (non-ASCII digits, a sign, a fraction, garbage) is None: the caller's own back-off applies."""
    if not value:
        return None
    value = value.strip()
    # str.isdigit() accepts "²" and Arabic-Indic digits, which float() then refuses or misreads.
    if _DELTA_SECONDS.fullmatch(value):
        return float(value)
    when = parse_http_date(value)
    if when is None or not math.isfinite(when):
        return None
    return max(0.0, when - clock())


# -- bounded values from an answer ---------------------------------------------------------------------------


def bounded_number(value: object, what: str, *, low: float, high: float) -> float:
    """A JSON number that is finite and within [low, high], else :class:`TenantBadResponseError`.
    Booleans are not numbers here (``True`` is an ``int`` to Python)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TenantBadResponseError(f"{what} is not a number", field=what, reason="not_a_number")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number) or not low <= number <= high:
        raise TenantBadResponseError(f"{what} is out of range", field=what, reason="out_of_range")
    return number


def bounded_int(value: object, what: str, *, low: int, high: int) -> int:
    """A JSON integer within [low, high] (an integral float such as ``5.0`` is accepted), else
    :class:`TenantBadResponseError`."""
    number = bounded_number(value, what, low=low, high=high)
    if not number.is_integer():
        raise TenantBadResponseError(f"{what} is not an integer", field=what, reason="not_an_integer")
    return int(number)


# -- where requests may go -----------------------------------------------------------------------------------

_DEFAULT_PORTS = {"https": 443, "http": 80}
# Characters a browser or a URL parser may read differently from us (WHATWG treats "\\" as "/"): refused.
_URL_CHARS = re.compile(r"[!-~]+")


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def origin_of(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an absolute http(s) URL; :class:`UntrustedEndpointError` for anything else."""
    if not isinstance(url, str) or not _URL_CHARS.fullmatch(url) or "\\" in url:
        raise UntrustedEndpointError("URL with characters outside printable ASCII", reason="malformed")
    try:
        parsed = urlsplit(url)
        port = parsed.port
    except ValueError:
        raise UntrustedEndpointError("URL does not parse", reason="malformed") from None
    scheme = parsed.scheme.lower()
    host = (parsed.hostname or "").lower()
    # A user name in the authority ("https://tenant@evil") is how look-alike links hide their real host.
    if scheme not in _DEFAULT_PORTS or not host or "@" in parsed.netloc:
        raise UntrustedEndpointError(
            f"not an http(s) URL: scheme {scheme or 'none'}", url=_safe_url(url), reason="not_https"
        )
    return scheme, host, port or _DEFAULT_PORTS[scheme]


def _safe_url(url: str) -> str:
    return url.split("?", 1)[0].split("#", 1)[0][:200]


def check_endpoint(url: str, *, origin: str | None = None, insecure: bool = False, code: str | None = None) -> str:
    """Return ``url`` if the agent may send secrets there: https (http only for loopback, or ``insecure``), and
    on the same origin as ``origin`` when one is given. Else :class:`UntrustedEndpointError` (``code`` lets the
    device flow say it was the sign-in page's address)."""
    try:
        scheme, host, port = origin_of(url)
        if scheme != "https" and not (insecure or is_loopback(host)):
            raise UntrustedEndpointError(f"{_safe_url(url)}: plain http", url=_safe_url(url), reason="not_https")
        if origin is not None and (scheme, host, port) != origin_of(origin):
            raise UntrustedEndpointError(
                f"{_safe_url(url)}: not on {_safe_url(origin)}",
                url=_safe_url(url),
                expected=_safe_url(origin),
                reason="other_origin",
            )
    except UntrustedEndpointError as exc:
        if code is not None:
            exc.code = code
        raise
    return url


def path_segment(value: object, what: str = "id") -> str:
    """``value`` as exactly one percent-encoded URL path segment. An id from a tenant that is empty, not a
    string, "." or "..", or absurdly long would address something else (the collection, its parent): refused."""
    if not isinstance(value, str) or not value or value in (".", "..") or len(value) > 1024:
        raise TenantBadResponseError(f"{what} is not a usable resource id", field=what, reason="bad_id")
    return quote(value, safe="")
