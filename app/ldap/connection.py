"""Bound ldap3 connections: TLS always verified, timeouts on everything, failover across domain controllers.

* :func:`ssl_context` — the one place that decides how certificates are checked: chain to the configured CA
  file (or the system store) *and* host name, by Python's ``ssl`` during the handshake.
* :class:`DirectoryConnection` — one bound connection to one DC. Its blocking ldap3 calls run through
  :meth:`DirectoryConnection.call` (``asyncio.to_thread`` under a lock, bounded by the operation timeout).
  Cancelling a call closes the socket, which unblocks the worker thread.
* :func:`connect` — try the configured DCs in order; move on when one is down (dns_failed, unreachable,
  timeout) or its certificate fails (expired, untrusted, wrong name: one DC's certificate can lapse while the
  others' are fine), logging a warning that names the DC skipped; stop at errors that would repeat on every
  DC (wrong password).
* :func:`classify_exception` — maps ldap3/socket/ssl exceptions to :mod:`app.ldap.errors`.
* :class:`RawEntryStrategy` — search entries keep the server's bytes only: the layer decodes values itself
  (:mod:`app.ldap.reader`), so ldap3's per-value formatting of every entry is skipped.

StartTLS: the connection is opened without reading server info (``get_info=NONE``) so StartTLS happens
before anything else is said, then the bind.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
import socket
import ssl
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import ldap3
from ldap3.core import exceptions as ldap_exc
from ldap3.strategy.sync import SyncStrategy
from ldap3.utils.conv import to_unicode
from pydantic import SecretStr

from app.errors import DirectoryError
from app.ldap.errors import (
    FAILOVER_CODES,
    TLS_FAILOVER_CODES,
    BindError,
    DirectoryTimeoutError,
    DirectoryTlsError,
    DnsResolutionError,
    NoDomainControllerError,
    OperationFailedError,
    UnreachableError,
)
from app.ldap.settings import LdapSettings, TransportSecurity
from app.ldap.tls_probe import VERIFY_CODES, fetch_certificate, ssl_context
from app.ldap.validation import require_fqdn, validate_dn, validate_hostname

T = TypeVar("T")

log = logging.getLogger(__name__)

# AD puts a sub-code in the diagnostic message of a failed bind: "... AcceptSecurityContext error, data 52e, v..."
_AD_BIND_SUBCODE = re.compile(r"\bdata ([0-9a-fA-F]{3,8})\b")
_AD_BIND_CODES = {
    "525": "bind_invalid_credentials",  # no such user
    "52e": "bind_invalid_credentials",
    "530": "bind_not_permitted",  # logon hours
    "531": "bind_not_permitted",  # workstation
    "532": "bind_password_expired",
    "533": "bind_account_disabled",
    "701": "bind_not_permitted",  # account expired
    "773": "bind_password_expired",  # must change password
    "775": "bind_account_locked",
}


class VerifiedTls(ldap3.Tls):  # type: ignore[misc]
    """ldap3's TLS, but the handshake is verified by Python's ``ssl`` (chain + host name) instead of ldap3's
    own after-the-fact host name check. The last handshake error is kept so it can be classified."""

    def __init__(self, host: str, ca_file: Path | None) -> None:
        super().__init__(validate=ssl.CERT_REQUIRED)
        self._host = host
        self._ca_file = ca_file
        self.last_error: BaseException | None = None

    def wrap_socket(self, connection: Any, do_handshake: bool = False) -> None:
        context = ssl_context(self._ca_file)
        try:
            connection.socket = context.wrap_socket(
                connection.socket, server_side=False, do_handshake_on_connect=True, server_hostname=self._host
            )
        except (ssl.SSLError, OSError) as exc:
            self.last_error = exc
            raise


def _raw_values(values: Any) -> list[bytes] | None:
    return [bytes(value[3]) for value in values] if values else None


def _attribute_name(raw: bytes) -> str:
    try:
        return raw.decode("ascii")  # RFC 4512 attribute descriptions are ASCII
    except UnicodeDecodeError:
        return str(to_unicode(raw, from_server=True))


def raw_search_entry(payload: Any) -> dict[str, Any]:
    """A searchResEntry from ldap3's fast BER decoder as a response dict, without formatting the values.

    Same keys as ldap3's own (``raw_dn``, ``dn``, ``raw_attributes``, ``attributes``, ``type``) and the same
    ``raw_attributes`` values (``bytes`` per value; ``None`` for an attribute sent without values). Attribute
    names keep the server's spelling in a plain dict (ldap3 uses its case-insensitive dict). ``attributes``
    holds the same raw values in separate lists, so ldap3's range retrieval (``member;range=…``, which appends
    to both) keeps working; nothing in the layer reads formatted values.
    """
    raw: dict[str, list[bytes] | None] = {}
    formatted: dict[str, list[bytes] | None] = {}
    for attribute in payload[1][3]:
        name = _attribute_name(attribute[3][0][3])
        values = _raw_values(attribute[3][1][3])
        raw[name] = values
        formatted[name] = list(values) if values is not None else None
    raw_dn = payload[0][3]
    return {
        "raw_dn": raw_dn,
        "dn": to_unicode(raw_dn, from_server=True),
        "raw_attributes": raw,
        "attributes": formatted,
        "type": "searchResEntry",
    }


class RawEntryStrategy(SyncStrategy):  # type: ignore[misc]
    """ldap3's synchronous strategy, except that search entries are not formatted (see :func:`raw_search_entry`).

    Formatting every value of every entry (schema lookups, per-value conversion, two case-insensitive dicts per
    entry) was about a third of ldap3's CPU time on a paged read, all of it thrown away: the reader uses
    ``raw_attributes`` only. Everything else (sending, receiving, paging controls, referrals, range retrieval,
    other response types) is ldap3's own code.
    """

    def decode_response_fast(self, ldap_message: dict[str, Any]) -> dict[str, Any]:
        if ldap_message["protocolOp"] == 4:  # searchResEntry
            return raw_search_entry(ldap_message["payload"])
        result: dict[str, Any] = super().decode_response_fast(ldap_message)
        return result


def use_raw_entries(conn: Any) -> None:
    """Switch a new ldap3 SYNC connection to :class:`RawEntryStrategy`.

    ldap3 builds its strategy inside ``Connection.__init__`` and binds ``send``/``open``/``get_response``/… to
    that instance, so the instance is kept and only its class is narrowed to the subclass (which adds no state).
    """
    if type(conn.strategy) is not SyncStrategy or not conn.fast_decoder:
        raise TypeError(f"expected ldap3's SyncStrategy with the fast decoder, got {type(conn.strategy).__name__}")
    conn.strategy.__class__ = RawEntryStrategy


def classify_tls_error(
    exc: BaseException, host: str, port: int, *, timeout: float, starttls: bool
) -> DirectoryTlsError:
    code = "tls_failed"
    if isinstance(exc, ssl.SSLCertVerificationError):
        code = VERIFY_CODES.get(exc.verify_code, "tls_untrusted")
        reason = exc.verify_message
    else:
        reason = str(exc)
    details: dict[str, object] = {}
    try:
        details = fetch_certificate(host, port, timeout=timeout, starttls=starttls)
    except (OSError, ssl.SSLError, DirectoryError):
        pass  # the certificate is shown when it can be read; the error stands either way
    return DirectoryTlsError(reason, code=code, host=host, port=port, reason=reason, **details)


def classify_bind_result(result: dict[str, Any], identity: str) -> BindError:
    message = str(result.get("message") or "")
    code = "bind_failed"
    number = result.get("result")
    if number == 49:
        code = "bind_invalid_credentials"
        sub = _AD_BIND_SUBCODE.search(message)
        if sub:
            code = _AD_BIND_CODES.get(sub.group(1).lower(), code)
    elif number == 8:
        code = "strong_auth_required"
    elif number in (50, 53) and "lock" in message.lower():
        code = "bind_account_locked"
    elif number == 53:
        code = "bind_account_disabled" if "disabled" in message.lower() else "bind_not_permitted"
    return BindError(message or code, code=code, identity=identity, result=number, server_message=message)


def _walk_causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def classify_exception(exc: BaseException, host: str, port: int) -> DirectoryError:
    """Turn what ldap3/socket/ssl raised into one of our typed errors."""
    if isinstance(exc, DirectoryError):
        return exc
    chain = _walk_causes(exc)
    text = " | ".join(str(e) for e in chain).lower()
    for item in chain:
        if isinstance(item, socket.gaierror):
            return DnsResolutionError(str(item), host=host)
        if isinstance(item, TimeoutError | socket.timeout):
            return DirectoryTimeoutError(str(item), host=host, port=port)
        if isinstance(item, ConnectionRefusedError):
            return UnreachableError(str(item), host=host, port=port, reason="refused")
    if "timed out" in text or "timeout" in text:
        return DirectoryTimeoutError(text, host=host, port=port)
    if "refused" in text or "no route" in text or "unreachable" in text:
        return UnreachableError(text, host=host, port=port, reason="refused")
    if "name or service not known" in text or "invalid server address" in text or "no address" in text:
        return DnsResolutionError(text, host=host)
    if isinstance(exc, ldap_exc.LDAPSocketReceiveError | ldap_exc.LDAPSessionTerminatedByServerError):
        return UnreachableError(text, host=host, port=port, reason="connection_lost")
    if isinstance(exc, ldap_exc.LDAPSocketOpenError | ldap_exc.LDAPSocketSendError):
        return UnreachableError(text, host=host, port=port, reason="socket")
    return OperationFailedError(str(exc), host=host, port=port, server_message=str(exc))


# Closes connections on threads of its own: a close must happen whatever becomes of the caller's loop or tasks.
_CLOSER = ThreadPoolExecutor(max_workers=2, thread_name_prefix="directory-close")


@dataclass
class DirectoryConnection:
    """One bound connection to one domain controller; every call runs in a worker thread, one at a time."""

    settings: LdapSettings
    host: str
    conn: Any
    # The DCs tried before this one and why each was passed over: (host, error code), in order.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def port(self) -> int:
        return self.settings.effective_port

    async def call(self, func: Callable[[], T], *, timeout: float | None = None) -> T:
        """Run blocking ``func`` in a thread with the operation timeout; cancel = close the socket."""

        def locked() -> T:
            with self._lock:
                return func()

        limit = timeout if timeout is not None else self.settings.operation_timeout + self.settings.connect_timeout
        task = asyncio.ensure_future(asyncio.to_thread(locked))
        try:
            return await asyncio.wait_for(asyncio.shield(task), limit)
        except TimeoutError:
            self.abort()
            raise DirectoryTimeoutError("operation timed out", host=self.host, port=self.port) from None
        except asyncio.CancelledError:
            self.abort()
            raise
        except DirectoryError:
            raise
        except Exception as exc:
            raise classify_exception(exc, self.host, self.port) from exc

    def abort(self) -> None:
        """Close the socket under a blocked call so its thread returns (with an error) promptly."""
        sock = getattr(self.conn, "socket", None)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close_blocking(self) -> None:
        try:
            self.conn.unbind()
        except Exception:  # noqa: BLE001, S110 - closing a dead connection must not mask the real error
            pass
        # ldap3 leaves the socket open when opening failed half-way (e.g. a rejected TLS handshake)
        sock = getattr(self.conn, "socket", None)
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass

    async def close(self) -> None:
        # Not asyncio.to_thread: that job is an asyncio task, and cancelling it (a page closing, asyncio.run
        # cancelling what is left at exit) skips it when no worker has picked it up yet, leaving the socket open.
        # The closer's own future is not a task, nothing cancels it, and the shield keeps the caller's
        # cancellation from reaching it.
        await asyncio.shield(asyncio.wrap_future(_CLOSER.submit(self.close_blocking)))


def check_host(settings: LdapSettings, host: str) -> str:
    """The host name stage: syntax, and for LDAPS a fully qualified name."""
    if settings.security is TransportSecurity.LDAPS:
        return require_fqdn(host)
    return validate_hostname(host)


def check_bind_identity(identity: str) -> None:
    if "=" in identity:
        validate_dn(identity)


def prepare(settings: LdapSettings, password: SecretStr, host: str) -> DirectoryConnection:
    """Validate and build an unopened connection to ``host`` (no I/O yet)."""
    name = check_host(settings, host)
    check_bind_identity(settings.bind_identity)
    port = settings.effective_port
    tls = None if settings.security is TransportSecurity.PLAIN else VerifiedTls(name, settings.ca_file)
    server = ldap3.Server(
        name,
        port=port,
        use_ssl=settings.security is TransportSecurity.LDAPS,
        tls=tls,
        get_info=ldap3.NONE,
        connect_timeout=settings.connect_timeout,
    )
    conn = ldap3.Connection(
        server,
        user=settings.bind_identity,
        password=password.get_secret_value(),
        authentication=ldap3.SIMPLE,
        # ldap3 packs this into SO_RCVTIMEO as whole seconds
        receive_timeout=max(1, math.ceil(settings.operation_timeout)),
        read_only=True,
        auto_referrals=False,
        raise_exceptions=False,
        return_empty_attributes=False,
    )
    use_raw_entries(conn)
    return DirectoryConnection(settings=settings, host=name, conn=conn)


def establish_blocking(handle: DirectoryConnection) -> DirectoryConnection:
    """Open, secure and bind a prepared connection (blocking; call through a thread). Closes it on failure."""
    settings, conn, name, port = handle.settings, handle.conn, handle.host, handle.port
    tls = conn.server.tls if settings.security is not TransportSecurity.PLAIN else None
    try:
        try:
            conn.open()
            if settings.security is TransportSecurity.STARTTLS:
                conn.start_tls()
        except Exception as exc:
            if tls is not None and tls.last_error is not None and not isinstance(tls.last_error, TimeoutError):
                raise classify_tls_error(
                    tls.last_error,
                    name,
                    port,
                    timeout=settings.connect_timeout,
                    starttls=settings.security is TransportSecurity.STARTTLS,
                ) from exc
            raise classify_exception(exc, name, port) from exc
        try:
            bound = conn.bind()
        except Exception as exc:
            raise classify_exception(exc, name, port) from exc
        if not bound:
            raise classify_bind_result(conn.result, settings.bind_identity)
    except BaseException:
        handle.close_blocking()
        raise
    return handle


async def open_connection(settings: LdapSettings, password: SecretStr, host: str) -> DirectoryConnection:
    """Open one bound connection to ``host``, bounded by connect + operation timeouts, cancellable.

    On timeout or cancellation the half-open socket is shut down, so the worker thread ends promptly too, and a
    connection that finishes opening after its caller gave up is closed by that thread itself: the caller's event
    loop may be closed by then (a stopping agent service), so a loop callback could never run.
    """
    handle = prepare(settings, password, host)
    limit = settings.connect_timeout * 2 + settings.operation_timeout
    handover = _Handover()
    task = asyncio.ensure_future(asyncio.to_thread(handover.run, handle))
    try:
        return await asyncio.wait_for(asyncio.shield(task), limit)
    except TimeoutError:
        handle.abort()
        handover.abandon()
        raise DirectoryTimeoutError("connect timed out", host=host, port=settings.effective_port) from None
    except asyncio.CancelledError:
        handle.abort()
        handover.abandon()
        raise


class _Handover:
    """Hands an opened connection to its caller, or closes it when the caller has already given up."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._abandoned = False
        self._delivered: DirectoryConnection | None = None

    def run(self, handle: DirectoryConnection) -> DirectoryConnection:
        opened = establish_blocking(handle)
        with self._lock:
            if not self._abandoned:
                self._delivered = opened
                return opened
        opened.close_blocking()
        return opened

    def abandon(self) -> None:
        with self._lock:
            self._abandoned = True
            delivered, self._delivered = self._delivered, None
        if delivered is not None:
            # Opened just before the caller gave up: its result will never be read.
            delivered.close_blocking()


async def connect(settings: LdapSettings, password: SecretStr) -> DirectoryConnection:
    """A bound connection to the first configured DC that works; fails over when a DC is down or its
    certificate fails verification.

    Each DC passed over is logged as a warning naming it and is listed in the connection's ``skipped``. When
    every DC fails: the DC's own error when there is one DC; the first certificate error when any DC had one
    (it says what to fix, and a CA problem repeats on every DC); otherwise ``NoDomainControllerError`` with
    every attempt. A refused bind stops at once: the same account would be refused by every DC.
    """
    attempts: list[tuple[str, str]] = []
    last: DirectoryError | None = None
    first_tls: DirectoryError | None = None
    for host in settings.domain_controllers:
        try:
            connection = await open_connection(settings, password, host)
        except DirectoryError as exc:
            if exc.code not in FAILOVER_CODES and exc.code not in TLS_FAILOVER_CODES:
                raise
            attempts.append((host, exc.code))
            last = exc
            if exc.code in TLS_FAILOVER_CODES and first_tls is None:
                first_tls = exc
            continue
        connection.skipped = list(attempts)
        for skipped_host, code in attempts:
            log.warning(
                "domain controller %s was skipped (%s); connected to %s instead", skipped_host, code, connection.host
            )
        return connection
    if last is not None and len(settings.domain_controllers) == 1:
        raise last
    if first_tls is not None:
        first_tls.details["attempts"] = attempts
        raise first_tls
    raise NoDomainControllerError("no domain controller answered", attempts=attempts)
