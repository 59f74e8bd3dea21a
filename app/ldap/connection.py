"""Bound ldap3 connections: TLS always verified, timeouts on everything, failover across domain controllers.

* :func:`ssl_context` — the one place that decides how certificates are checked: chain to the configured CA
  file (or the system store) *and* host name, by Python's ``ssl`` during the handshake.
* :class:`DirectoryConnection` — one bound connection to one DC. Its blocking ldap3 calls run through
  :meth:`DirectoryConnection.call` (a worker thread under a lock, bounded by the operation timeout), or
  :meth:`~DirectoryConnection.start` now and :meth:`~DirectoryConnection.finish` later (a prefetched page).
  Cancelling a call closes the socket, which unblocks the worker thread.
* :func:`connect` — try the configured DCs in order; move on when one is down (dns_failed, unreachable,
  timeout) or its certificate fails (expired, untrusted, wrong name: one DC's certificate can lapse while the
  others' are fine), logging a warning that names the DC skipped; stop at errors that would repeat on every
  DC (wrong password).
* :func:`classify_exception` — maps ldap3/socket/ssl exceptions to :mod:`app.ldap.errors`.
* :class:`RawEntryStrategy` — search entries keep the server's bytes only: the layer decodes values itself
  (:mod:`app.ldap.reader`), so ldap3's per-value formatting of every entry is skipped, and entries are parsed
  by :func:`parse_search_entry` in one flat pass instead of ldap3's generic BER decoder.

StartTLS: the connection is opened without reading server info (``get_info=NONE``) so StartTLS happens
before anything else is said, then the bind.
"""

from __future__ import annotations

import asyncio
import contextvars
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
from ldap3.core.exceptions import LDAPExtensionError, LDAPSocketReceiveError
from ldap3.operation.search import search_operation
from ldap3.protocol.rfc2696 import paged_search_control
from ldap3.strategy.base import RESPONSE_COMPLETE, SESSION_TERMINATED_BY_SERVER, TRANSACTION_ERROR
from ldap3.strategy.sync import SyncStrategy
from ldap3.utils.asn1 import decode_message_fast
from ldap3.utils.conv import to_unicode
from ldap3.utils.dn import safe_dn
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


def _dn_text(raw_dn: bytes) -> str:
    try:
        return raw_dn.decode("utf-8")
    except UnicodeDecodeError:
        return str(to_unicode(raw_dn, from_server=True))


def _entry_dict(raw_dn: bytes, raw: dict[str, list[bytes] | None], *, for_ranges: bool = True) -> dict[str, Any]:
    return {
        "raw_dn": raw_dn,
        "dn": _dn_text(raw_dn),
        "raw_attributes": raw,
        # The same raw values in separate lists, so ldap3's range retrieval (which appends to both) keeps working.
        # An entry handed over after ldap3 is done with it (deferred, see RawEntryStrategy) needs no copy.
        "attributes": {name: list(values) if values is not None else None for name, values in raw.items()}
        if for_ranges
        else raw,
        "type": "searchResEntry",
    }


def raw_search_entry(payload: Any) -> dict[str, Any]:
    """A searchResEntry from ldap3's fast BER decoder as a response dict, without formatting the values.

    Same keys as ldap3's own (``raw_dn``, ``dn``, ``raw_attributes``, ``attributes``, ``type``) and the same
    ``raw_attributes`` values (``bytes`` per value; ``None`` for an attribute sent without values). Attribute
    names keep the server's spelling in a plain dict (ldap3 uses its case-insensitive dict). ``attributes``
    holds the same raw values in separate lists, so ldap3's range retrieval (``member;range=…``, which appends
    to both) keeps working; nothing in the layer reads formatted values.
    """
    raw: dict[str, list[bytes] | None] = {}
    for attribute in payload[1][3]:
        raw[_attribute_name(attribute[3][0][3])] = _raw_values(attribute[3][1][3])
    return _entry_dict(bytes(payload[0][3]), raw)


class _MalformedBerError(Exception):
    """The fast parser met something it does not handle; ldap3's own decoder takes the message instead."""


def _ber_length(message: bytes, at: int) -> tuple[int, int]:
    """The definite BER length whose first octet is at ``at``: (length, offset of the value)."""
    first = message[at]
    if first < 0x80:
        return first, at + 1
    octets = first & 0x7F
    if octets == 0 or octets > 4:  # indefinite form (not allowed in LDAP) or absurd sizes
        raise _MalformedBerError
    return int.from_bytes(message[at + 1 : at + 1 + octets], "big"), at + 1 + octets


def _search_entry_start(message: bytes) -> tuple[int, int] | None:
    """(message ID, offset of the entry's DN) when ``message`` is a searchResEntry without controls."""
    try:
        if message[0] != 0x30:
            return None
        size, i = _ber_length(message, 1)
        end = i + size
        if end != len(message) or message[i] != 0x02:
            return None
        size, i = _ber_length(message, i + 1)
        if size < 1 or size > 4:
            return None
        message_id = int.from_bytes(message[i : i + size], "big", signed=True)
        i += size
        if message[i] != 0x64:  # [APPLICATION 4] constructed: searchResEntry
            return None
        size, i = _ber_length(message, i + 1)
        if i + size != end:  # controls follow the operation: leave them to ldap3
            return None
    except (IndexError, _MalformedBerError):
        return None
    return message_id, i


def _search_entry_body(message: bytes, i: int, *, for_ranges: bool = True) -> dict[str, Any] | None:
    """The response dict of a searchResEntry whose DN starts at ``i`` and which ends with ``message``."""
    end = len(message)
    try:
        if message[i] != 0x04:
            return None
        size, i = _ber_length(message, i + 1)
        raw_dn = message[i : i + size]
        i += size
        if message[i] != 0x30:
            return None
        size, i = _ber_length(message, i + 1)
        if i + size != end:
            return None
        raw: dict[str, list[bytes] | None] = {}
        while i < end:
            if message[i] != 0x30:
                return None
            size, i = _ber_length(message, i + 1)
            stop = i + size
            if message[i] != 0x04:
                return None
            size, i = _ber_length(message, i + 1)
            name = message[i : i + size]
            i += size
            if message[i] != 0x31:
                return None
            size, i = _ber_length(message, i + 1)
            if i + size != stop:
                return None
            values: list[bytes] = []
            while i < stop:
                if message[i] != 0x04:
                    return None
                size, i = _ber_length(message, i + 1)
                values.append(message[i : i + size])
                i += size
            if i != stop:
                return None
            raw[_attribute_name(name)] = values or None
        if i != end:
            return None
    except (IndexError, _MalformedBerError):
        return None
    return _entry_dict(raw_dn, raw, for_ranges=for_ranges)


def parse_search_entry(message: bytes) -> tuple[int, dict[str, Any]] | None:
    """(message ID, response dict) for an LDAPMessage holding a searchResEntry without controls, parsed in one
    flat pass; None for anything else (other operations, entry controls, odd encodings), which ldap3's own
    decoder then handles. The dict is what :func:`raw_search_entry` makes of ldap3's decoding of the same bytes.

    RFC 4511: ``SEQUENCE { messageID INTEGER, [APPLICATION 4] SEQUENCE { objectName OCTET STRING,
    attributes SEQUENCE OF SEQUENCE { type OCTET STRING, vals SET OF OCTET STRING } } }``. Every length is
    checked against its enclosing one, so a malformed message is never half-read.
    """
    start = _search_entry_start(message)
    if start is None:
        return None
    entry = _search_entry_body(message, start[1])
    return None if entry is None else (start[0], entry)


RECEIVE_SIZE = 65536
DEFERRED_ENTRY = "searchResEntryDeferred"


class RawEntryStrategy(SyncStrategy):  # type: ignore[misc]
    """ldap3's synchronous strategy, except that search entries are not formatted (see :func:`raw_search_entry`).

    Formatting every value of every entry (schema lookups, per-value conversion, two case-insensitive dicts per
    entry) was about a third of ldap3's CPU time on a paged read, all of it thrown away: the reader uses
    ``raw_attributes`` only. Decoding each entry through ldap3's generic BER decoder (a tuple per element, a
    call per length) was most of what remained, so entries are parsed by :func:`parse_search_entry` in one flat
    pass. Everything else (sending, receiving, paging controls, referrals, range retrieval, other response
    types, entries it does not handle) is ldap3's own code.

    With ``defer_entries`` set, a search entry is only framed and checked for its message ID: it is kept as
    ``{"type": DEFERRED_ENTRY, "message": bytes}`` for :func:`materialize` to parse later, so a paged reader
    can ask for the next page first and parse this one while the server works. Entries with a ranged
    attribute (``;range=`` anywhere in the message) are parsed at once, as ldap3's range retrieval needs them.
    """

    defer_entries = False

    def decode_response_fast(self, ldap_message: dict[str, Any]) -> dict[str, Any]:
        if ldap_message["protocolOp"] == 4:  # searchResEntry
            return raw_search_entry(ldap_message["payload"])
        result: dict[str, Any] = super().decode_response_fast(ldap_message)
        return result

    def _get_response(self, message_id: int, timeout: Any) -> Any:
        """ldap3 2.9.1's ``SyncStrategy._get_response`` with a fast path for search entries."""
        responses: list[dict[str, Any]] = []
        while True:
            messages = self.receiving()
            if not messages:
                return SESSION_TERMINATED_BY_SERVER
            for message in messages:
                if not message:
                    continue
                if self.connection.usage:
                    self.connection._usage.update_received_message(len(message))
                start = _search_entry_start(message)
                if start is not None:
                    if start[0] != message_id:
                        self.connection.last_error = "invalid messageId received"
                        raise LDAPSocketReceiveError(self.connection.last_error)
                    if self.defer_entries and b";range=" not in message:
                        responses.append({"type": DEFERRED_ENTRY, "message": message, "start": start[1]})
                        continue
                    entry = _search_entry_body(message, start[1])
                    if entry is not None:
                        responses.append(entry)
                        continue
                decoded = decode_message_fast(message)
                response = self.decode_response_fast(decoded)
                received_id = int(decoded["messageID"])
                if received_id == message_id:
                    responses.append(response)
                    if response["type"] not in ("searchResEntry", "searchResRef", "intermediateResponse"):
                        responses.append(RESPONSE_COMPLETE)
                        return responses
                elif received_id == 0:  # unsolicited notification (RFC 4511 4.4)
                    if response["responseName"] == "1.3.6.1.4.1.1466.20036":  # notice of disconnection
                        return SESSION_TERMINATED_BY_SERVER
                    if response["responseName"] == "2.16.840.1.113719.1.27.103.4":  # Novell transaction error
                        return TRANSACTION_ERROR
                    self.connection.last_error = "unknown unsolicited notification from server"
                    raise LDAPSocketReceiveError(self.connection.last_error)
                elif response["type"] == "extendedResp":
                    self.connection.last_error = "multiple extended responses to a single extended request"
                    raise LDAPExtensionError(self.connection.last_error)
                else:
                    self.connection.last_error = "invalid messageId received"
                    raise LDAPSocketReceiveError(self.connection.last_error)


def materialize(response: dict[str, Any]) -> dict[str, Any]:
    """A search response as ldap3 hands it over: a deferred entry (:class:`RawEntryStrategy`) parsed now (by
    ldap3's decoder when the fast parser declines it); anything else as it is."""
    if response.get("type") != DEFERRED_ENTRY:
        return response
    message: bytes = response["message"]
    entry = _search_entry_body(message, response["start"], for_ranges=False)
    if entry is not None:
        return entry
    return raw_search_entry(decode_message_fast(message)["payload"])


def use_raw_entries(conn: Any) -> None:
    """Switch a new ldap3 SYNC connection to :class:`RawEntryStrategy`.

    ldap3 builds its strategy inside ``Connection.__init__`` and binds ``send``/``open``/``get_response``/… to
    that instance, so the instance is kept and only its class is narrowed to the subclass (which adds no state).
    """
    if type(conn.strategy) is not SyncStrategy or not conn.fast_decoder:
        raise TypeError(f"expected ldap3's SyncStrategy with the fast decoder, got {type(conn.strategy).__name__}")
    conn.strategy.__class__ = RawEntryStrategy
    # ldap3 reads 4 KiB per recv(): a 500-entry page is ~50 reads, each a wake-up of the reading thread (and,
    # under load, a wait for a CPU). TLS hands over at most one 16 KiB record per read anyway.
    conn.strategy.socket_size = RECEIVE_SIZE


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

    def start(self, func: Callable[[], T]) -> asyncio.Future[T]:
        """Hand blocking ``func`` to a worker thread now (it runs under the connection's lock, after any call
        already running); await the result with :meth:`finish`. Lets a reader ask for the next page while it
        is still converting the last one."""

        def locked() -> T:
            with self._lock:
                return func()

        context = contextvars.copy_context()
        return asyncio.get_running_loop().run_in_executor(None, context.run, locked)

    async def finish(self, future: asyncio.Future[T], *, timeout: float | None = None) -> T:
        """The result of a :meth:`start`, bounded by the operation timeout; cancel or time out = close the
        socket (which unblocks the worker thread)."""
        limit = timeout if timeout is not None else self.settings.operation_timeout + self.settings.connect_timeout
        try:
            return await asyncio.wait_for(asyncio.shield(future), limit)
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

    @staticmethod
    def forget(future: asyncio.Future[Any]) -> None:
        """Give up on a :meth:`start` nobody will :meth:`finish` (a reader left before its prefetched page came):
        it runs to its end under the lock, so the next call waits for it; its error, if any, is dropped."""
        future.add_done_callback(lambda done: done.cancelled() or done.exception())

    async def call(self, func: Callable[[], T], *, timeout: float | None = None) -> T:
        """Run blocking ``func`` in a thread with the operation timeout; cancel = close the socket."""
        return await self.finish(self.start(func), timeout=timeout)

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


PAGED_RESULTS_OID = "1.2.840.113556.1.4.319"
_ENTRY_TYPES = ("searchResEntry", DEFERRED_ENTRY)


@dataclass(frozen=True)
class SearchRequest:
    """What a paged search asks for (the page cookie aside)."""

    base: str
    search_filter: str
    scope: Any
    attributes: list[str]
    page_size: int
    controls: list[Any] | None = None


class PagedSearch:
    """One paged search read by one worker thread from its first page to its last.

    The worker asks for page N+1 as soon as page N's last message has come, before it parses and converts
    page N: the server works on the next page while this side handles the last one, and no other thread is
    on that path (a hand-over through the event loop per page, and two threads taking turns with the GIL
    while one receives and the other parses, made each page wait). Pages wait in a queue for the caller, at
    most :attr:`AHEAD` of them, so memory stays bounded by pages, not by the directory.

    The worker holds the connection's lock for the whole read. :meth:`next_page` waits for a page within the
    operation timeout; timing out or being cancelled closes the socket (the worker ends with an error).
    :meth:`stop` (a caller leaving early) makes the worker read what it already asked for and end, so the
    connection stays usable. ``check`` raises the typed error for a failed result; ``convert`` runs in the
    worker on each parsed entry.
    """

    AHEAD = 2

    def __init__(
        self,
        connection: DirectoryConnection,
        request: SearchRequest,
        check: Callable[[Any], None],
        convert: Callable[[dict[str, Any]], Any],
    ) -> None:
        self.connection = connection
        self.request = request
        self._check = check
        self._convert = convert
        self._loop = asyncio.get_running_loop()
        self._queue: asyncio.Queue[tuple[list[Any] | None, BaseException | None]] = asyncio.Queue()
        self._slots = threading.Semaphore(self.AHEAD)
        self._stop = threading.Event()
        self._job = connection.start(self._run)

    async def next_page(self) -> list[Any] | None:
        """The next page's converted entries; None after the last page. Raises what the read raised."""
        settings = self.connection.settings
        limit = settings.operation_timeout + settings.connect_timeout
        try:
            page, error = await asyncio.wait_for(self._queue.get(), limit)
        except TimeoutError:
            self.stop()
            self.connection.abort()
            raise DirectoryTimeoutError(
                "operation timed out", host=self.connection.host, port=self.connection.port
            ) from None
        except asyncio.CancelledError:
            self.stop()
            self.connection.abort()
            raise
        if error is not None:
            if isinstance(error, DirectoryError):
                raise error
            raise classify_exception(error, self.connection.host, self.connection.port) from error
        if page is not None:
            self._slots.release()
        return page

    def stop(self) -> None:
        """The caller wants no more pages: the worker finishes the request it has out and ends."""
        self._stop.set()
        self.connection.forget(self._job)

    def _post(self, page: list[Any] | None, error: BaseException | None) -> None:
        try:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, (page, error))
        except RuntimeError:  # the caller's loop is closed: nobody will read this
            self._stop.set()

    def _send(self, cookie: bytes | None) -> int:
        conn, request = self.connection.conn, self.request
        controls = [*(request.controls or []), paged_search_control(False, request.page_size, cookie)]
        operation = search_operation(
            safe_dn(request.base) if conn.check_names and request.base else request.base,
            request.search_filter,
            request.scope,
            ldap3.DEREF_ALWAYS,  # what ldap3's search() sends by default
            request.attributes or [ldap3.NO_ATTRIBUTES],
            0,
            0,
            False,
            conn.auto_escape,
            conn.auto_encode,
            conn.server.schema if conn.server else None,
            validator=conn.server.custom_validator,
            check_names=conn.check_names,
        )
        with conn.connection_lock:
            return int(conn.send("searchRequest", operation, controls))

    def _receive(self, message_id: int) -> tuple[list[dict[str, Any]], bytes | None]:
        conn = self.connection.conn
        strategy = conn.strategy
        with conn.connection_lock:
            strategy.defer_entries = True
            try:
                responses = conn.post_send_search(message_id)
            finally:
                strategy.defer_entries = False
        self._check(conn)
        page_control = ((conn.result or {}).get("controls") or {}).get(PAGED_RESULTS_OID)
        cookie = page_control["value"]["cookie"] if page_control else None
        return [r for r in responses if r.get("type") in _ENTRY_TYPES], cookie or None

    def _run(self) -> None:
        try:
            message_id: int | None = self._send(None)
            while message_id is not None:
                entries, cookie = self._receive(message_id)
                message_id = self._send(cookie) if cookie and not self._stop.is_set() else None
                if self._stop.is_set():
                    continue  # read what was asked for, hand nothing over
                page = [self._convert(materialize(entry)) for entry in entries]
                while not self._slots.acquire(timeout=0.2):
                    if self._stop.is_set():
                        break
                else:
                    self._post(page, None)
            self._post(None, None)
        except Exception as exc:  # noqa: BLE001 - handed to the caller, who raises it
            self._post(None, exc)


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
