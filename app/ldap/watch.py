"""A change stream per directory: tells the agent *that* something changed, within about a second.

The stream does not say *what* to sync: a change only starts a delta run, and the delta run reads from its
own watermark (uSNChanged / entryCSN, moved only after a complete run). So a stream that drops, stalls or
misses a notification loses nothing: on reconnect it reports a catch-up change and the next run reads
everything since the last complete one.

How each directory is watched (chosen from the rootDSE on every connect):

* Active Directory / Samba — the change-notification control (``LDAP_SERVER_NOTIFICATION_OID``
  1.2.840.113556.1.4.528): a persistent search with filter ``(objectClass=*)`` and **subtree** scope on the
  naming-context root (the domain's base DN). AD allows a subtree notification search only on a naming-context
  root; Samba 4.17 accepts it there too and fires for a change anywhere below, whereas a base-scope search on
  the root fires only for the root object itself (checked against the Samba fixture), so base scope is no use.
* OpenLDAP — content synchronisation (RFC 4533) in refreshAndPersist mode, with no attributes requested: the
  refresh stage is skipped over (it lists what exists, which the delta run reads itself), and every entry or
  syncIdSet after it is a change. Needs the ``syncprov`` overlay on the database.
* Neither offered, or the server refuses the search (rights, limits) — polling: the directory's watermark
  (AD ``highestCommittedUSN``; otherwise the suffix's ``contextCSN``, or nothing, in which case every poll is a
  change) is read every ``poll_interval`` seconds.

Liveness: AD sends nothing on a quiet stream, so a quiet stream cannot be told from a dead one by waiting.
Every ``probe_interval`` the stream sends a rootDSE read on the same connection; no answer within the
operation timeout means the connection is gone (a DC that hangs, a firewall that dropped the flow and keeps
the socket silent), and the stream reconnects (with back-off, across the configured DCs through
:func:`app.ldap.connection.connect`). So a stalled stream is noticed within ``probe_interval`` plus the
operation timeout.

Catch-up: the watermark read at connect (AD ``highestCommittedUSN``, LDAP ``contextCSN``) moves only with what
the stream itself reported (a notified object's ``uSNChanged``), never with the probe's answer, since a
notification for a change below the probe's USN may still be on its way when the stream drops. On reconnect, a
watermark that differs from the DC's says something may have been missed: one catch-up change is reported.

Scope: the stream covers the whole naming context (AD allows no narrower notification search), so it reports
changes outside the sync's scope too. They are not filtered here: the notified DN of a user moved out of scope,
or of a deleted one (``CN=Deleted Objects``), lies outside the scope as well, and that change must reach a run.
A change that is truly out of scope starts a delta run that reads nothing in scope and writes nothing.

Threading: ldap3 is blocking, so the stream's read loop runs on a worker thread of its own, reading the socket
with ``select`` in short slices so that it sees a stop request promptly; changes are handed to the asyncio
loop with ``call_soon_threadsafe``. Cancelling :meth:`ChangeWatch.run` stops the thread and closes the socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import select
import socket
import ssl
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import ldap3
from ldap3.operation.search import search_operation
from ldap3.strategy.base import BaseStrategy
from ldap3.utils.asn1 import decode_message_fast
from pydantic import SecretStr

from app.errors import DirectoryError, IdentityConnectError
from app.ldap.connection import DirectoryConnection, connect
from app.ldap.errors import DirectoryTimeoutError, OperationFailedError, UnreachableError
from app.ldap.settings import LdapSettings

log = logging.getLogger(__name__)

NOTIFICATION_OID = "1.2.840.113556.1.4.528"
SYNC_REQUEST_OID = "1.3.6.1.4.1.4203.1.9.1.1"
SYNC_INFO_OID = "1.3.6.1.4.1.4203.1.9.1.4"
AD_CAPABILITY_OID = "1.2.840.113556.1.4.800"
# RFC 4533 syncRequestValue: SEQUENCE { mode ENUMERATED refreshAndPersist(3) } (no cookie, no reload hint).
_SYNC_REFRESH_AND_PERSIST = b"\x30\x03\x0a\x01\x03"
# LDAP result codes that mean "this server will not run this watch" (not "the connection broke"):
# unavailableCriticalExtension, unwillingToPerform, insufficientAccessRights, adminLimitExceeded, protocolError,
# unavailable (OpenLDAP without syncprov answers 53/12).
_REFUSED = {2, 11, 12, 50, 53}
_SLICE = 0.25  # how often the read loop looks at the stop flag


class WatchMethod(StrEnum):
    AD_NOTIFICATION = "ad_notification"
    SYNCREPL = "syncrepl"
    POLLING = "polling"


@dataclass(frozen=True)
class DirectoryChange:
    """Something changed. ``dn`` is the changed object when the directory said which; ``catch_up`` marks the
    change reported after a (re)connect whose watermark moved while nothing was watching."""

    dn: str | None = None
    catch_up: bool = False


@dataclass(frozen=True)
class WatchState:
    """Where the watch stands: watching ``host`` by ``method``, or not, and why (an error code)."""

    watching: bool
    host: str | None = None
    method: WatchMethod | None = None
    reason: str | None = None  # why not watching / why polling: an error code (unreachable, watch_refused, …)


class _StreamEndedError(Exception):
    """The server ended or refused the stream (``code``: watch_refused / watch_ended)."""

    def __init__(self, code: str, result: int | None = None, message: str = "") -> None:
        super().__init__(f"{code} (result {result}): {message}")
        self.code = code
        self.result = result


class _Messages:
    """Reads whole LDAP messages off a bound ldap3 connection's socket, in time slices (blocking; one thread)."""

    def __init__(self, handle: DirectoryConnection) -> None:
        self._conn = handle.conn
        self._sock: socket.socket = handle.conn.socket
        self._buffer = b""
        with contextlib.suppress(OSError):
            # A DC that vanishes without a FIN is noticed by the probe; keepalive helps the kernel agree.
            self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)

    def search(self, base: str, scope: str, attributes: list[str], controls: list[Any] | None) -> int:
        request = search_operation(
            base,
            "(objectClass=*)",
            scope,
            ldap3.DEREF_NEVER,
            attributes,
            0,
            0,
            False,
            True,
            True,
            None,
            validator=None,
            check_names=True,
        )
        return int(self._conn.strategy.send("searchRequest", request, controls))

    def next(self, timeout: float) -> tuple[int, dict[str, Any]] | None:
        """The next message (message id, ldap3's response dict), or None when none arrived within ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            message = self._take()
            if message is not None:
                return message
            pending = self._sock.pending() if isinstance(self._sock, ssl.SSLSocket) else 0
            if not pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                ready, _, _ = select.select([self._sock], [], [], left)
                if not ready:
                    return None
            data = self._sock.recv(65536)
            if not data:
                raise UnreachableError("the server closed the connection", reason="connection_lost")
            self._buffer += data

    def _take(self) -> tuple[int, dict[str, Any]] | None:
        length = BaseStrategy.compute_ldap_message_size(self._buffer)
        if length == -1 or len(self._buffer) < length:
            return None
        raw, self._buffer = self._buffer[:length], self._buffer[length:]
        message = decode_message_fast(raw)
        return int(message["messageID"]), self._conn.strategy.decode_response_fast(message)


def _first(values: Any) -> bytes | None:
    if isinstance(values, list) and values and isinstance(values[0], bytes):
        return values[0]
    return None


def _usn(value: bytes | None) -> int | None:
    if value is None or not value.isdigit():
        return None
    return int(value)


def _sync_info_refresh_done(value: bytes) -> bool:
    """Whether a syncInfo value (RFC 4533 §2.5) ends the refresh stage: refreshDelete [1] / refreshPresent [2]
    whose refreshDone is absent (DEFAULT TRUE) or TRUE. newcookie [0] and syncIdSet [3] do not."""
    if not value or value[0] not in (0xA1, 0xA2):
        return False
    return b"\x01\x01\x00" not in value[2:]  # an explicit refreshDone FALSE


class ChangeWatch:
    """Watches one directory (its configured DCs, with failover) and reports changes and its state.

    ``on_change`` and ``on_state`` are called on the loop that runs :meth:`run`; they must not block.
    ``password``: the bind password, or a coroutine function that gives it (read from the keyring before each
    connection, so a keyring that does not answer is a failed attempt like an unreachable DC, retried).
    """

    def __init__(
        self,
        settings: LdapSettings,
        password: SecretStr | Callable[[], Awaitable[SecretStr]],
        *,
        on_change: Callable[[DirectoryChange], None],
        on_state: Callable[[WatchState], None],
        poll_interval: float = 60.0,
        probe_interval: float = 60.0,
        backoff: tuple[float, float] = (1.0, 60.0),
        force_polling: bool = False,
    ) -> None:
        self._settings = settings
        self._password = password
        self._on_change = on_change
        self._on_state = on_state
        self._poll_interval = poll_interval
        self._probe_interval = probe_interval
        self._backoff = backoff
        self._force_polling = force_polling
        # The last watermark seen (AD highestCommittedUSN / LDAP contextCSN), to tell whether a gap missed anything.
        self._watermark: bytes | None = None
        self._state = WatchState(watching=False)

    @property
    def state(self) -> WatchState:
        return self._state

    def _set_state(self, state: WatchState) -> None:
        if state != self._state:
            self._state = state
            self._on_state(state)

    async def run(self) -> None:
        """Watch until cancelled: connect, stream, and on any failure reconnect with exponential back-off.

        The back-off grows with each failure in a row and starts afresh only after a stream that lasted a whole
        back-off cap: a server that accepts the connection and then ends the stream at once (its syncprov
        overlay disabled, a proxy that cuts every flow) is retried ever more slowly, not in a loop."""
        failures = 0
        refused = False
        while True:
            try:
                password = self._password if isinstance(self._password, SecretStr) else await self._password()
                handle = await connect(self._settings, password)
            except IdentityConnectError as exc:  # the directory, or the keyring that holds the password
                failures += 1
                self._set_state(WatchState(watching=False, reason=exc.code))
                await asyncio.sleep(self._delay(failures))
                continue
            began = time.monotonic()
            try:
                await self._watch(handle, polling=refused or self._force_polling)
            except _StreamEndedError as exc:
                if exc.code == "watch_refused" and not refused:
                    log.warning("%s refused the change stream (%s); polling instead", handle.host, exc)
                    refused = True
                    failures = 0
                else:
                    failures = self._failed(failures, began)
                    log.info("change stream from %s ended (%s); reconnecting", handle.host, exc)
                    self._set_state(WatchState(watching=False, host=handle.host, reason=exc.code))
            except DirectoryError as exc:
                failures = self._failed(failures, began)
                log.info("change stream from %s dropped (%s); reconnecting", handle.host, exc.code)
                self._set_state(WatchState(watching=False, host=handle.host, reason=exc.code))
            except (OSError, ValueError, LookupError, TypeError) as exc:
                # A socket error outside ldap3's wrapping, or an answer we could not decode: start over.
                failures = self._failed(failures, began)
                log.warning("change stream from %s failed (%s); reconnecting", handle.host, exc)
                self._set_state(WatchState(watching=False, host=handle.host, reason="operation_failed"))
            finally:
                await handle.close()
            if failures:
                await asyncio.sleep(self._delay(failures))

    def _failed(self, failures: int, began: float) -> int:
        """Failures in a row after a stream that began at ``began`` (monotonic) ended."""
        return 1 if time.monotonic() - began >= self._backoff[1] else failures + 1

    def _delay(self, failures: int) -> float:
        low, cap = self._backoff
        return float(min(cap, low * (2 ** max(0, failures - 1))))

    async def _watch(self, handle: DirectoryConnection, *, polling: bool) -> None:
        loop = asyncio.get_running_loop()
        stop = threading.Event()

        def change(item: DirectoryChange) -> None:
            loop.call_soon_threadsafe(self._on_change, item)

        def state(item: WatchState) -> None:
            loop.call_soon_threadsafe(self._set_state, item)

        worker = asyncio.ensure_future(asyncio.to_thread(self._stream_blocking, handle, polling, stop, change, state))
        try:
            await asyncio.shield(worker)
        except asyncio.CancelledError:
            stop.set()
            handle.abort()  # unblocks a recv in progress
            with contextlib.suppress(Exception):
                await asyncio.wait_for(asyncio.shield(worker), self._settings.operation_timeout)
            raise

    # ------------------------------------------------------------------ the worker thread

    def _stream_blocking(
        self,
        handle: DirectoryConnection,
        polling: bool,
        stop: threading.Event,
        change: Callable[[DirectoryChange], None],
        state: Callable[[WatchState], None],
    ) -> None:
        messages = _Messages(handle)
        root = self._read_root(messages, handle)
        capabilities = {v.decode("ascii", "replace") for v in root.get("supportedCapabilities") or []}
        controls = {v.decode("ascii", "replace") for v in root.get("supportedControl") or []}
        watermark = self._root_watermark(root)
        is_ad = AD_CAPABILITY_OID in capabilities
        if not is_ad and watermark is None:
            watermark = self._context_csn(messages, handle)
        # What happened while nothing watched: the watermark moved (or cannot be compared) → one catch-up run.
        if self._watermark is not None and (watermark is None or watermark != self._watermark):
            change(DirectoryChange(catch_up=True))
        self._watermark = watermark
        base = self._settings.effective_base_dn
        if not polling and is_ad and NOTIFICATION_OID in controls:
            method = WatchMethod.AD_NOTIFICATION
            stream_id = messages.search(base, ldap3.SUBTREE, ["uSNChanged"], [(NOTIFICATION_OID, True, None)])
        elif not polling and SYNC_REQUEST_OID in controls:
            method = WatchMethod.SYNCREPL
            stream_id = messages.search(
                base, ldap3.SUBTREE, ["1.1"], [(SYNC_REQUEST_OID, True, _SYNC_REFRESH_AND_PERSIST)]
            )
        else:
            state(
                WatchState(
                    watching=True,
                    host=handle.host,
                    method=WatchMethod.POLLING,
                    reason="watch_refused" if polling else "watch_unsupported",
                )
            )
            self._poll_blocking(messages, handle, is_ad, stop, change)
            return
        self._follow_blocking(messages, handle, method, stream_id, stop, change, state)

    def _read_root(self, messages: _Messages, handle: DirectoryConnection) -> dict[str, Any]:
        attributes = ["supportedCapabilities", "supportedControl", "highestCommittedUSN"]
        found = self._read_one(messages, handle, "", attributes)
        return found if found is not None else {}

    def _read_one(
        self, messages: _Messages, handle: DirectoryConnection, dn: str, attributes: list[str]
    ) -> dict[str, Any] | None:
        """A base read on the stream's own connection, bounded by the operation timeout."""
        message_id = messages.search(dn, ldap3.BASE, attributes, None)
        deadline = time.monotonic() + self._settings.operation_timeout
        found: dict[str, Any] | None = None
        while True:
            left = deadline - time.monotonic()
            got = messages.next(left) if left > 0 else None
            if got is None:
                raise DirectoryTimeoutError("no answer to a read", host=handle.host, port=handle.port)
            got_id, response = got
            if got_id != message_id:
                continue
            if response.get("type") == "searchResEntry":
                found = dict(response.get("raw_attributes") or {})
            elif response.get("type") == "searchResDone":
                return found

    @staticmethod
    def _root_watermark(root: dict[str, Any]) -> bytes | None:
        return _first(root.get("highestCommittedUSN"))

    def _context_csn(self, messages: _Messages, handle: DirectoryConnection) -> bytes | None:
        try:
            found = self._read_one(messages, handle, self._settings.effective_base_dn, ["contextCSN"])
        except OperationFailedError:
            return None
        return _first((found or {}).get("contextCSN"))

    def _watermark_now(self, messages: _Messages, handle: DirectoryConnection, is_ad: bool) -> bytes | None:
        if is_ad:
            return self._root_watermark(self._read_root(messages, handle))
        return self._context_csn(messages, handle)

    def _poll_blocking(
        self,
        messages: _Messages,
        handle: DirectoryConnection,
        is_ad: bool,
        stop: threading.Event,
        change: Callable[[DirectoryChange], None],
    ) -> None:
        while not stop.wait(self._poll_interval):
            watermark = self._watermark_now(messages, handle, is_ad)
            # No watermark to compare (plain LDAP without syncprov): every poll is a change; the delta run decides.
            if watermark is None or watermark != self._watermark:
                self._watermark = watermark
                change(DirectoryChange())

    def _follow_blocking(
        self,
        messages: _Messages,
        handle: DirectoryConnection,
        method: WatchMethod,
        stream_id: int,
        stop: threading.Event,
        change: Callable[[DirectoryChange], None],
        state: Callable[[WatchState], None],
    ) -> None:
        # Syncrepl first lists what exists (the refresh stage); only what comes after it is a change.
        refreshing = method is WatchMethod.SYNCREPL
        announced = False
        probe_id: int | None = None
        probe_sent = last_probe = time.monotonic()
        while not stop.is_set():
            if not announced and not refreshing:
                # Said only now: AD refuses a notification search with an immediate searchResDone, so a stream
                # is "watching" once it has not been refused at once (or, for syncrepl, its refresh is over).
                got = messages.next(_SLICE)
                if got is None:
                    announced = True
                    state(WatchState(watching=True, host=handle.host, method=method))
            else:
                got = messages.next(_SLICE)
            now = time.monotonic()
            if got is None:
                if probe_id is not None and now - probe_sent > self._settings.operation_timeout:
                    raise DirectoryTimeoutError("the change stream stalled", host=handle.host, port=handle.port)
                if probe_id is None and now - last_probe >= self._probe_interval:
                    probe_id = messages.search("", ldap3.BASE, ["1.1"], None)
                    probe_sent = now
                continue
            message_id, response = got
            kind = response.get("type")
            if message_id == probe_id:
                # The probe's answer proves the connection is alive, nothing more: its highestCommittedUSN is not
                # taken as the watermark, since a notification for a change below it may still be on its way
                # (and would be lost, unnoticed, if the stream dropped before it arrived).
                if kind == "searchResDone":
                    probe_id, last_probe = None, now
                continue
            if message_id != stream_id:
                continue
            if kind == "searchResEntry":
                if not refreshing:
                    self._note_reported(response)
                    self._note_change(response.get("dn"), change)
            elif kind == "intermediateResponse" and response.get("responseName") == SYNC_INFO_OID:
                value = response.get("responseValue") or b""
                if refreshing and _sync_info_refresh_done(value):
                    refreshing = False
                elif not refreshing and value[:1] == b"\xa3":  # syncIdSet: deletions
                    change(DirectoryChange())
            elif kind == "searchResDone":
                result = response.get("result")
                message = str(response.get("message") or "")
                code = "watch_refused" if not announced and result in _REFUSED else "watch_ended"
                raise _StreamEndedError(code, result if isinstance(result, int) else None, message)

    def _note_reported(self, response: dict[str, Any]) -> None:
        """Move the watermark to a notified object's uSNChanged (AD): a reconnect then asks for a catch-up only
        when something changed beyond what the stream already reported."""
        usn = _usn(_first((response.get("raw_attributes") or {}).get("uSNChanged")))
        if usn is not None and (_usn(self._watermark) or 0) < usn:
            self._watermark = str(usn).encode("ascii")

    def _note_change(self, dn: object, change: Callable[[DirectoryChange], None]) -> None:
        change(DirectoryChange(dn=dn if isinstance(dn, str) else None))
