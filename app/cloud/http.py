"""The one place that builds httpx clients, and the small pieces every cloud client shares.

- :func:`make_client` builds every :class:`httpx.AsyncClient` of the agent: User-Agent with the version,
  TLS verification on (optionally against a CA file the admin chose), timeouts, and ``transport=`` as the
  only test seam (``httpx.MockTransport`` for faults a real server will not produce on demand).
- :class:`HttpSettings` carries those choices (from the configuration's ``verify_tls`` / ``ca_file``) to the
  clients, which open their own short-lived or long-lived :class:`httpx.AsyncClient` from it.
- :func:`transport_error` turns httpx's transport exceptions into :class:`TenantUnreachableError` /
  :class:`TlsError`; :func:`json_object` turns "not the JSON we were promised" into
  :class:`TenantBadResponseError`.
- :class:`ClockSkewMonitor` reads the ``Date`` header of every response and keeps the difference between
  the tenant's clock and ours (the "check the system date and time" troubleshooting step, made automatic).
- :class:`Backoff` is the exponential back-off with full jitter used by the retrying clients.
"""

from __future__ import annotations

import email.utils
import json
import random
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from app import APP_NAME, __version__
from app.cloud.errors import TenantBadResponseError, TenantUnreachableError, TlsError

USER_AGENT = f"{APP_NAME}/{__version__} httpx/{httpx.__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Clocks further apart than this break token lifetimes and make logs hard to read.
CLOCK_SKEW_TOLERANCE = 300.0


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
    return httpx.AsyncClient(
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


class ClockSkewMonitor:
    """Keeps ``tenant clock - our clock`` from the ``Date`` header of the latest response that had one."""

    def __init__(self, tolerance: float = CLOCK_SKEW_TOLERANCE, clock: Callable[[], float] = time.time) -> None:
        self.tolerance = tolerance
        self._clock = clock
        self._lock = threading.Lock()
        self._skew: float | None = None

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
        server_time = parse_http_date(response.headers.get("Date"))
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
    """TLS and timeout choices plus the test seam, handed to every cloud client."""

    verify: bool | str | Path = True
    timeout: httpx.Timeout | float = field(default_factory=lambda: DEFAULT_TIMEOUT)
    transport: httpx.AsyncBaseTransport | None = None
    clock_skew: ClockSkewMonitor = field(default_factory=ClockSkewMonitor)

    def client(self, *, base_url: str | None = None, auth: httpx.Auth | None = None) -> httpx.AsyncClient:
        return make_client(
            base_url=base_url,
            verify=self.verify,
            timeout=self.timeout,
            transport=self.transport,
            auth=auth,
            on_response=self.clock_skew.observe,
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
        return TlsError(f"TLS failure with {host}: {reason}", host=host, reason=str(reason))
    return TenantUnreachableError(f"{type(exc).__name__} talking to {host}", host=host, reason=type(exc).__name__)


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body, or :class:`TenantBadResponseError` (HTML error pages, captive portals, garbage)."""
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip()
        raise TenantBadResponseError(
            f"{response.request.method} {response.request.url.path}: status {response.status_code}, "
            f"{content_type or 'no content type'}, not JSON",
            status=response.status_code,
            content_type=content_type,
        ) from None


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


def retry_after_seconds(value: str | None, clock: Callable[[], float] = time.time) -> float | None:
    """``Retry-After`` as seconds: either delta-seconds or an HTTP date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = parse_http_date(value)
    if when is None:
        return None
    return max(0.0, when - clock())
