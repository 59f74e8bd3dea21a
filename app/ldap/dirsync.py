"""DirSync (``LDAP_SERVER_DIRSYNC_OID``, 1.2.840.113556.1.4.841): Active Directory's change stream.

For a bind account with the "Replicating Directory Changes" right on the domain (not "… All", which is
never needed), a DirSync search from the domain's naming context returns every object that changed since a
cookie: deleted objects as tombstones (``isDeleted``, ``lastKnownParent``), objects moved anywhere with their
new DN, new objects, and objects whose requested attributes changed; then a new cookie. Only the attributes
that changed come back, so callers re-read the live objects they care about in full. Without the right the
DC refuses the search (``insufficientAccessRights``): :meth:`DirSyncStream.start` reports that once per
connection and callers use tombstones or the presence listing instead (:mod:`app.sync.sources`).

* :meth:`DirSyncStream.start` — probe and, where allowed, a cookie for "now" (one search for the Deleted
  Objects container, answered from an index, not a walk of the domain). DirSync counts as usable only when
  that search is allowed *and* shows the container: Samba lets an account holding the right use DirSync but
  shows it no deleted object unless it may see them anyway, and a DirSync that hides deletions must never
  stand in for tombstones or the presence listing. Take it *before* a full read.
* :meth:`DirSyncStream.changes` — the changes since a cookie, one search per kind (users, groups: the kind
  of a tombstone is known from the search that found it), each followed until the DC says it has no more;
  the cookie handed back is the first search's, so a change made while the second runs is read again next
  time rather than missed.
* A cookie the DC does not take (corrupted, from another domain) raises :class:`WatermarkMismatchError`:
  the caller does a full read, never a delta that could miss a deletion.

Cookies are opaque bytes; they are stored as base64 text in :class:`app.ldap.reader.DirectoryWatermark`.
"""

from __future__ import annotations

import base64
import binascii
import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import ldap3
from ldap3.protocol.microsoft import dir_sync_control

from app.ldap.errors import InsufficientRightsError, OperationFailedError
from app.ldap.reader import (
    AD_CLASS_FILTERS,
    DIRSYNC_OID,
    DirectoryReader,
    ObjectKind,
    WatermarkMismatchError,
    _entries,
    guid_text,
)

# How a delta read finds deletions and moves out of scope (see app.sync.sources): DirSync's stream, AD
# tombstones through Show Deleted, or a listing of the anchors in scope on a slower cadence.
DeletionDetection = Literal["dirsync", "tombstones", "presence"]

# The probe: the Deleted Objects container (and any deleted container, a handful at most). It is itself
# marked deleted, so an account to which DirSync shows deleted objects always gets it back, even in a domain
# where nothing was deleted yet; one to which it does not (Samba, to an account holding the right but not
# otherwise allowed to see deleted objects) gets nothing, and DirSync would never report a deletion to it.
_PROBE = "(&(objectClass=container)(isDeleted=TRUE))"
_PROBE_ATTRIBUTES = ["objectGUID", "isDeleted", "name"]
# Asked for on top of the caller's attributes: a move or rename changes ``name``; a deletion ``isDeleted``.
_TRACKED = ["objectGUID", "name", "isDeleted", "lastKnownParent", "userAccountControl", "member"]
_MAX_BYTES = 1 << 20  # per answer (Windows honours it; Samba answers in one go)
_MAX_ROUNDS = 100_000  # a DC that says "more" forever is a DC to stop reading from
_MAX_COOKIE = 1 << 16
_NO_RIGHT = 50  # insufficientAccessRights: the account lacks "Replicating Directory Changes"
# What a DC answers to a cookie it cannot use: unavailableCriticalExtension (Samba: cannot unmarshall),
# protocolError, unwillingToPerform (Windows).
_COOKIE_REFUSED = frozenset({2, 12, 53})

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DirSyncChange:
    """One object DirSync reported: where it is now (deleted: under Deleted Objects) and what kind it is."""

    anchor: str
    dn: str
    kind: ObjectKind
    deleted: bool = False
    last_known_parent: str | None = None


def encode_cookie(cookie: bytes) -> str:
    return base64.b64encode(cookie).decode("ascii")


def decode_cookie(text: str) -> bytes:
    """The stored cookie's bytes; ValueError when it is not base64 or empty."""
    try:
        cookie = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("DirSync cookie is not base64") from exc
    if not cookie:
        raise ValueError("empty DirSync cookie")
    return cookie


def plain_dn(value: str) -> str:
    """A DN without the extended form's prefix (``<GUID=…>;<SID=…>;CN=…`` → ``CN=…``), as DirSync hands out
    ``lastKnownParent``."""
    while value.startswith("<"):
        end = value.find(">;")
        if end < 0:
            break
        value = value[end + 2 :]
    return value


class DirSyncStream:
    """DirSync over one :class:`DirectoryReader`'s connection (see the module docstring).

    ``available`` is None until :meth:`start` asked the DC, then whether this bind account may use DirSync;
    it is kept for the connection's life (one probe per run).
    """

    def __init__(self, reader: DirectoryReader) -> None:
        self.reader = reader
        self.available: bool | None = None
        if not self._possible():
            self.available = False

    def _possible(self) -> bool:
        root = self.reader.root
        return (
            self.reader.is_ad
            and DIRSYNC_OID in root.supported_controls
            and bool(root.default_naming_context)
            and self.reader.change_base.lower() == (root.default_naming_context or "").lower()
        )

    async def start(self) -> bytes | None:
        """A cookie for "now" when this account may use DirSync and DirSync shows it deleted objects, else None
        (asked once per connection: one search answered from the objectClass index)."""
        if self.available is False:
            return None
        try:
            shown, cookie = await self._search(_PROBE, _PROBE_ATTRIBUTES, None, ObjectKind.USER)
        except InsufficientRightsError:
            self.available = False
            log.info("DirSync not used: the bind account lacks the 'Replicating Directory Changes' right")
            return None
        except OperationFailedError as exc:
            self.available = False
            log.info("DirSync not used: the domain controller refused it (%s)", exc.details.get("description"))
            return None
        if not any(change.deleted for change in shown):
            self.available = False
            log.info("DirSync not used: it shows the bind account no deleted objects, so it would miss deletions")
            return None
        self.available = True
        return cookie

    async def changes(
        self, cookie: bytes, attributes: Sequence[str], kinds: Sequence[ObjectKind]
    ) -> tuple[list[DirSyncChange], bytes]:
        """Objects of ``kinds`` changed since ``cookie``, and the cookie to start from next time.

        Raises WatermarkMismatchError when the DC refuses the cookie, InsufficientRightsError when the account
        lost the right, other DirectoryErrors when the DC fails part-way (nothing is returned then)."""
        wanted = list(dict.fromkeys([*_TRACKED, *attributes]))
        found: list[DirSyncChange] = []
        next_cookie: bytes | None = None
        for kind in kinds:
            changes, end = await self._search(AD_CLASS_FILTERS[kind], wanted, cookie, kind)
            found.extend(changes)
            if next_cookie is None:
                next_cookie = end
        self.available = True
        return found, next_cookie or cookie

    async def _search(
        self, search_filter: str, attributes: list[str], cookie: bytes | None, kind: ObjectKind
    ) -> tuple[list[DirSyncChange], bytes]:
        reader = self.reader
        connection = reader.connection
        base = reader.change_base
        changes: list[DirSyncChange] = []

        def one_round(current: bytes | None) -> tuple[list[dict[str, Any]], bool, bytes]:
            conn = connection.conn
            control = dir_sync_control(True, False, False, False, False, _MAX_BYTES, current)
            conn.search(base, search_filter, ldap3.SUBTREE, attributes=attributes, controls=[control])
            result = conn.result or {}
            number = result.get("result", 0)
            if number == _NO_RIGHT:
                raise InsufficientRightsError(
                    str(result.get("message")), host=connection.host, server_message=result.get("message")
                )
            if number in _COOKIE_REFUSED and current is not None:
                raise WatermarkMismatchError(
                    "DirSync cookie refused", reason="dirsync_cookie_invalid", server_message=result.get("message")
                )
            if number != 0:
                raise OperationFailedError(
                    str(result.get("description")),
                    host=connection.host,
                    result=number,
                    description=result.get("description"),
                    server_message=result.get("message"),
                )
            value = ((result.get("controls") or {}).get(DIRSYNC_OID) or {}).get("value") or {}
            returned = value.get("cookie")
            if not isinstance(returned, bytes | bytearray) or not returned or len(returned) > _MAX_COOKIE:
                raise OperationFailedError("DirSync answer without a usable cookie", host=connection.host)
            entries = _entries(conn)
            return entries, bool(value.get("more_results")), bytes(returned)

        current = cookie
        for _ in range(_MAX_ROUNDS):
            entries, more, returned = await connection.call(functools.partial(one_round, current))
            reader.entries_read += len(entries)
            changes.extend(c for c in (_change(entry, kind) for entry in entries) if c is not None)
            current = returned
            if not more:
                return changes, returned
        raise OperationFailedError("DirSync did not end", host=connection.host)


def _change(entry: dict[str, Any], kind: ObjectKind) -> DirSyncChange | None:
    raw: dict[str, Any] = entry.get("raw_attributes") or {}
    by_name = {name.lower(): values for name, values in raw.items() if values}
    guid = by_name.get("objectguid") or []
    if not guid or len(guid[0]) != 16:
        return None  # nothing to anchor it to
    deleted = [bytes(v).upper() for v in by_name.get("isdeleted", [])] == [b"TRUE"]
    parent = by_name.get("lastknownparent") or []
    return DirSyncChange(
        anchor=guid_text(bytes(guid[0])),
        dn=str(entry.get("dn", "")),
        kind=kind,
        deleted=deleted,
        last_known_parent=plain_dn(bytes(parent[0]).decode("utf-8", "replace")) if parent else None,
    )


__all__ = [
    "DIRSYNC_OID",
    "DeletionDetection",
    "DirSyncChange",
    "DirSyncStream",
    "decode_cookie",
    "encode_cookie",
    "plain_dn",
]
