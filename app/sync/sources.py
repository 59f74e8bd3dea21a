"""Adapts the directory layer (:class:`app.ldap.reader.DirectoryReader`) to the engine's ``DirectorySource``.

Full read
    The watermark is taken *before* reading, so nothing changed during the read is missed next time.
    Users come from the selected OUs with the custom query ANDed in; groups from the selected OUs (the
    custom query is a user filter and is not applied to groups). Group member DNs are turned into anchors;
    a member group outside the scope is read (transitively) as an "outer group", so the planner can flatten
    its users. Ledger anchors not found in scope are looked up by anchor in the whole base DN: found
    elsewhere → ``out_of_scope`` (moved, or filtered out); found as an AD tombstone (Show Deleted,
    ``isDeleted``) → a deletion; found nowhere → *vanished*: deleted, or hidden from the bind account (a
    lost read right looks the same), never counted as a deletion. A selected OU the bind account cannot
    read at all is reported in ``unreadable_ous``. A read that fails part-way is returned with
    ``complete=False``: the planner aborts, nothing is disabled.

AD system objects
    Built-in accounts and groups are marked (``SourceObject.system``) so the planner leaves them out unless
    the admin opted in: ``isCriticalSystemObject=TRUE`` (Administrator, krbtgt, Guest, Domain Admins, …),
    anything under ``CN=Builtin``, and krbtgt / Guest by name. Computer and managed service accounts are
    never read as users (the user filter asks for ``objectCategory=person``).

Delta read (only without a custom query, which the change search cannot apply)
    Its cost follows the changes, not the directory. Changes since the stored watermark are searched from
    the naming context (AD: ``uSNChanged`` on the same DC ``invocationId``, with the tombstones the bind
    account may see; OpenLDAP: ``entryCSN`` under the base DN), so a move *out of* the selected OUs is seen:
    each changed object is classified — in scope → read, out of scope and managed → ``out_of_scope``,
    tombstone of a managed anchor → deletion; the planner applies its rules to them.
    Deletions and moves out of scope: which path a run takes is decided once per run (per connection) and
    kept in :attr:`LdapDirectorySource.deletion_detection` (and in the delta's report):

    * ``"dirsync"`` — AD, and the bind account holds "Replicating Directory Changes" (one probe per run:
      :class:`app.ldap.dirsync.DirSyncStream`). The changes come from DirSync since the cookie stored in the
      watermark instead of the ``uSNChanged`` search: deletions as tombstones, moves with the new DN, new and
      changed objects (re-read whole by anchor when in scope). No tombstone search, no presence listing. A
      cookie the DC refuses, one that cannot be decoded, or one older than :data:`DIRSYNC_MAX_AGE` (the DC
      may have forgotten deletions since) answers None with the reason in ``full_read_reason``: a full read,
      never a delta that could miss a deletion. The right taken away since the last run: the next path
      below, in the same run (the watermark's USN is kept next to the cookie for that).
    * ``"tombstones"`` — AD, no DirSync, but the account may list Deleted Objects: the ``uSNChanged``
      search plus tombstones (below).
    * ``"presence"`` — neither (and always on OpenLDAP): the presence listing on its cadence (below).

    A full read (and a delta that did not use DirSync) takes a DirSync cookie before reading where DirSync
    is allowed, so the next delta can use it; a watermark stored without a cookie loads as before.
    Presence listing: where deletions are not visible to the bind account (no tombstone it may read — AD
    shows them only to accounts that may list Deleted Objects — and always on OpenLDAP), the anchors in scope
    are listed (no attributes) and the ledger's missing ones looked up as a full read does, but only when
    the last listing is older than ``settings.presence_check_minutes`` (hourly by default; a full read is
    a listing). A delta without it never reports an anchor as vanished: absence is never read as a
    deletion. When the last listing ran is kept in the stored watermark, so the state store has it.
    Groups: only the groups the change search returned, and the groups in scope holding a changed user, a
    managed object that moved out, or a changed group outside the scope (their member values name them,
    searched in batches, upwards through outer groups). A deleted member's link is removed by the DC
    without moving the group's change number (Samba; AD too) and which groups held it is not recorded: a
    delta with a deletion (tombstone or vanished) reads the groups in scope whole. Member DNs resolve
    through the ledger. A watermark from another DC (or none) answers None: the engine does a full read.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta

from app.errors import DirectoryError
from app.ldap.dirsync import DeletionDetection, DirSyncChange, DirSyncStream, decode_cookie, encode_cookie
from app.ldap.errors import BaseDnNotFoundError, InsufficientRightsError
from app.ldap.reader import DirectoryObject, DirectoryReader, DirectoryWatermark, ObjectKind, WatermarkMismatchError
from app.ldap.validation import escape_filter_value
from app.sync.model import LedgerDns, ReadKind, SourceObject, SourceSnapshot, Tombstone
from app.sync.ports import DeltaRequest, SourceRead, Watermark
from app.sync.settings import Relationship, SyncSettings

AD_SECURITY_GROUP = 0x80000000
_LOOKUP_BATCH = 40  # anchors per OR-filter when locating ledger objects
# Attributes that tell an AD system object (read in addition to what the mapping needs).
_AD_SYSTEM_ATTRIBUTES = ["isCriticalSystemObject", "sAMAccountName"]
_AD_SYSTEM_NAMES = frozenset({"krbtgt", "guest"})
# Error codes of a tombstone search the bind account may not make (the Show Deleted control refused).
_NO_TOMBSTONE_RIGHTS = frozenset({"insufficient_rights", "operation_failed"})
# Kept next to the directory's position in the stored watermark: when the anchors in scope were last listed.
_PRESENCE_KEY = "presence_at"
# A DirSync cookie older than this is not trusted to bring every deletion: AD forgets tombstones after the
# tombstone lifetime (60 days in forests created before Windows Server 2003 SP1, 180 since).
DIRSYNC_MAX_AGE = timedelta(days=60)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DeltaReport:
    """What one delta read did: objects the change search returned, whether deletions reach it as tombstones
    (Show Deleted or DirSync), whether the anchors in scope were listed, groups read (and whether all of
    them), the entries the directory returned in all, and how deletions were looked for."""

    changed: int
    tombstones_visible: bool
    presence_listed: bool
    groups_read: int
    whole_groups: bool
    entries_read: int
    deletion_detection: DeletionDetection = "presence"


def _kinds(settings: SyncSettings) -> list[ObjectKind]:
    """The kinds of object the scope takes, users first."""
    kinds: list[ObjectKind] = []
    if settings.scope.includes_users:
        kinds.append(ObjectKind.USER)
    if settings.scope.includes_groups:
        kinds.append(ObjectKind.GROUP)
    return kinds


def _covering(ous: Sequence[str]) -> list[str]:
    """Selected OUs without those inside another selected OU (each subtree is searched once)."""
    kept: list[str] = []
    for ou in sorted({o.strip() for o in ous}, key=len):
        if not any(_under(ou, [parent]) for parent in kept):
            kept.append(ou)
    return kept


def _parent(dn: str) -> str:
    i = 0
    while i < len(dn):
        if dn[i] == "\\":
            i += 2
        elif dn[i] == ",":
            return dn[i + 1 :].strip()
        else:
            i += 1
    return ""


def _under(dn: str, ous: Sequence[str]) -> bool:
    if not ous:
        return True
    lowered = dn.lower()
    return any(lowered == ou.lower() or lowered.endswith("," + ou.lower()) for ou in ous)


class LdapDirectorySource:
    """The engine's view of one directory, over an open :class:`DirectoryReader`."""

    def __init__(
        self,
        reader: DirectoryReader,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        dirsync: bool = True,
    ) -> None:
        self.reader = reader
        self._clock = clock
        # DirSync where the bind account may use it (probed once, on first use); ``dirsync=False`` never asks.
        self._dirsync = DirSyncStream(reader) if dirsync and reader.is_ad else None
        # Delta reads that listed the anchors in scope, and that read the groups in scope whole; what the
        # last delta read did (for logs, figures and tests).
        self.presence_listings = 0
        self.group_scans = 0
        self.last_delta: DeltaReport | None = None
        # How the last read looked for deletions and moves (None before the first read), and why the last
        # delta read answered "do a full read" (None when it did not).
        self.deletion_detection: DeletionDetection | None = None
        self.full_read_reason: str | None = None

    # --- conversions ----------------------------------------------------------------------------------------

    def _security(self, obj: DirectoryObject) -> bool:
        if not self.reader.is_ad:
            return True  # plain LDAP has no distribution groups: every group counts as a security group
        value = obj.first("groupType")
        try:
            return bool(int(value or "0") & AD_SECURITY_GROUP)
        except ValueError:
            return True

    def _system(self, obj: DirectoryObject) -> str | None:
        """Why ``obj`` is an AD system object (``critical`` / ``builtin`` / ``well_known``), or None."""
        if not self.reader.is_ad:
            return None
        if (obj.first("isCriticalSystemObject") or "").upper() == "TRUE":
            return "critical"
        if _under(obj.dn, [f"CN=Builtin,{self.reader.base_dn}"]):
            return "builtin"
        name = (obj.first("sAMAccountName") or "").lower()
        if name in _AD_SYSTEM_NAMES or name.startswith("krbtgt_"):  # krbtgt_NNNNN: a read-only DC's
            return "well_known"
        return None

    def _to_source(
        self, obj: DirectoryObject, members: frozenset[str] = frozenset(), known: Mapping[str, str] | None = None
    ) -> SourceObject:
        """``known``: the ledger, whose copies of the anchor and DN are kept where equal (:class:`LedgerDns`)."""
        anchor, dn = known.source(obj.anchor, obj.dn) if isinstance(known, LedgerDns) else (obj.anchor, obj.dn)
        return SourceObject(
            anchor=anchor,
            dn=dn,
            kind=obj.kind,
            attributes={k: tuple(v) for k, v in obj.attributes.items()},
            disabled=obj.disabled,
            member_anchors=members,
            member_of=frozenset(obj.get("memberOf")),
            security=self._security(obj) if obj.kind is ObjectKind.GROUP else True,
            system=self._system(obj),
        )

    def _attributes(self, settings: SyncSettings) -> tuple[list[str], list[str]]:
        users = settings.source_attributes("user")
        if any(r.relationship is Relationship.MEMBER_OF for r in settings.criteria.rows):
            users.append("memberOf")
        groups = settings.source_attributes("group") + (["groupType"] if self.reader.is_ad else [])
        if self.reader.is_ad:
            users += [a for a in _AD_SYSTEM_ATTRIBUTES if a not in users]
            groups += [a for a in _AD_SYSTEM_ATTRIBUTES if a not in groups]
        return users, groups

    def _encode_marks(self, mark: DirectoryWatermark, listed_at: datetime | None) -> tuple[Watermark, ...]:
        server = mark.invocation_id or mark.dc or "ldap"
        data: dict[str, object] = {**asdict(mark), _PRESENCE_KEY: listed_at.isoformat() if listed_at else None}
        return (Watermark(server=server, value=json.dumps(data, sort_keys=True)),)

    def _anchor_filters(self, anchors: Sequence[str]) -> Iterator[str]:
        """OR-filters for ``anchors``, :data:`_LOOKUP_BATCH` of them each."""
        for start in range(0, len(anchors), _LOOKUP_BATCH):
            parts = []
            for anchor in anchors[start : start + _LOOKUP_BATCH]:
                if self.reader.is_ad:
                    parts.append(f"(objectGUID={escape_filter_value(uuid.UUID(anchor).bytes_le)})")
                else:
                    parts.append(f"(entryUUID={escape_filter_value(anchor)})")
            yield f"(|{''.join(parts)})"

    # --- full read ------------------------------------------------------------------------------------------

    async def read_full(self, settings: SyncSettings, known: Mapping[str, str]) -> SourceRead:
        listed_at = self._clock()  # a full read lists every anchor in scope: it is a presence listing too
        mark = await self.reader.read_watermark()
        mark = await self._with_dirsync_cookie(mark)
        scope = settings.scope
        user_attrs, group_attrs = self._attributes(settings)
        # Users are converted as they are read: a directory entry and its converted copy are never both held
        # for every user at once (the planner's form is the compact one).
        users: list[SourceObject] = []
        groups: list[DirectoryObject] = []
        complete = True
        unreadable: list[str] = []
        try:
            if scope.includes_users:
                async for obj in self._scan(ObjectKind.USER, scope.ous, user_attrs, scope.custom_filter, unreadable):
                    users.append(self._to_source(obj, known=known))
            if scope.includes_groups:
                async for obj in self._scan(ObjectKind.GROUP, scope.ous, group_attrs, None, unreadable):
                    groups.append(obj)
        except DirectoryError:
            complete = False  # a DC lost mid-read: report what we have, the planner refuses to act on it
        if not complete:
            return SourceRead(SourceSnapshot(users=tuple(users), read_kind=ReadKind.FULL, complete=False))
        by_dn = {o.dn.lower(): o.anchor for o in users}
        by_dn.update({o.dn.lower(): o.anchor for o in groups})
        outer = await self._outer_groups(groups, by_dn, group_attrs)
        for g in outer:
            by_dn.setdefault(g.dn.lower(), g.anchor)
        in_scope = {o.anchor for o in users}
        in_scope.update(o.anchor for o in groups)
        missing = [a for a in known if a not in in_scope]
        out_of_scope, tombstones, vanished = await self._locate(missing, settings, user_attrs, group_attrs, known)
        snapshot = SourceSnapshot(
            users=tuple(users),
            groups=tuple(self._to_source(g, self._members(g, by_dn)) for g in groups),
            read_kind=ReadKind.FULL,
            complete=True,
            tombstones=tombstones,
            out_of_scope=out_of_scope,
            outer_groups=tuple(self._to_source(g, self._members(g, by_dn)) for g in outer),
            vanished=vanished,
            unreadable_ous=tuple(dict.fromkeys(unreadable)),
        )
        return SourceRead(snapshot, self._encode_marks(mark, listed_at))

    async def _with_dirsync_cookie(self, mark: DirectoryWatermark) -> DirectoryWatermark:
        """``mark`` with a DirSync cookie for "now" where the bind account may use DirSync, and the deletion
        detection this source will use decided (DirSync, else tombstones if visible, else presence)."""
        cookie = await self._dirsync.start() if self._dirsync is not None else None
        if cookie is not None:
            self.deletion_detection = "dirsync"
            return replace(mark, dirsync_cookie=encode_cookie(cookie))
        self.deletion_detection = "tombstones" if await self.reader.tombstones_visible() else "presence"
        return replace(mark, dirsync_cookie=None)

    async def _scan(
        self,
        kind: ObjectKind,
        ous: Sequence[str],
        attrs: Sequence[str],
        extra_filter: str | None,
        unreadable: list[str],
    ) -> AsyncIterator[DirectoryObject]:
        """Objects in the selected OUs, one OU subtree at a time: an OU whose base the bind account cannot
        see is noted in ``unreadable`` (it reads as "no objects", which must never mean "all deleted")."""
        for base in _covering(ous) if ous else [None]:
            try:
                async for obj in self.reader.iter_objects(kind, [base] if base else (), attrs, extra_filter):
                    yield obj
            except BaseDnNotFoundError:
                if base is None:
                    raise
                unreadable.append(base)

    def _members(self, group: DirectoryObject, by_dn: Mapping[str, str]) -> frozenset[str]:
        return frozenset(a for dn in group.members if (a := by_dn.get(dn.lower())) is not None)

    async def _outer_groups(
        self, groups: Sequence[DirectoryObject], by_dn: Mapping[str, str], attrs: list[str]
    ) -> list[DirectoryObject]:
        """Member groups outside the scope, transitively (cycle-safe), read one by one."""
        outer: dict[str, DirectoryObject] = {}
        pending = [dn for g in groups for dn in g.members if dn.lower() not in by_dn]
        seen: set[str] = set()
        while pending:
            dn = pending.pop()
            if dn.lower() in seen or dn.lower() in by_dn:
                continue
            seen.add(dn.lower())
            try:
                found = [o async for o in self.reader.iter_groups([dn], attrs) if o.dn.lower() == dn.lower()]
            except DirectoryError:
                continue  # a member that no longer exists (or cannot be read): nothing to flatten
            if not found:
                continue  # a user out of scope, or something that is not a group: not a member we sync
            outer[dn.lower()] = found[0]
            pending.extend(found[0].members)
        return list(outer.values())

    async def _locate(
        self,
        anchors: Sequence[str],
        settings: SyncSettings,
        user_attrs: list[str],
        group_attrs: list[str],
        known: Mapping[str, str],
    ) -> tuple[frozenset[str], tuple[Tombstone, ...], tuple[Tombstone, ...]]:
        """Ledger anchors missing from the scope: (found elsewhere, deleted with a tombstone, vanished)."""
        found: set[str] = set()
        kinds = _kinds(settings)
        for flt in self._anchor_filters(anchors):
            for kind in kinds:
                attrs = user_attrs if kind is ObjectKind.USER else group_attrs
                async for obj in self.reader.iter_objects(kind, (), attrs[:1], flt):
                    found.add(obj.anchor)
        # Not found alive: only a tombstone the bind account may read says "deleted".
        unseen = [a for a in anchors if a not in found]
        deleted: dict[str, Tombstone] = {}
        for batch in self._anchor_filters(unseen):
            try:
                async for obj in self.reader.iter_deleted(batch):
                    if obj.deleted and obj.anchor in unseen:
                        deleted[obj.anchor] = Tombstone(obj.anchor, obj.kind, obj.last_known_parent)
            except DirectoryError as exc:
                # A DC that refuses tombstone searches to this account tells nothing: no evidence either way.
                if exc.details.get("cause", exc.code) not in _NO_TOMBSTONE_RIGHTS:
                    raise
        vanished = tuple(
            Tombstone(a, ObjectKind.USER, _parent(known.get(a, "")) or None) for a in unseen if a not in deleted
        )
        return frozenset(found), tuple(deleted.values()), vanished

    # --- delta read -----------------------------------------------------------------------------------------

    def _full_read(self, reason: str) -> None:
        self.full_read_reason = reason
        log.warning("delta read not possible (%s): the next read is a full one", reason)

    async def read_delta(self, settings: SyncSettings, request: DeltaRequest) -> SourceRead | None:
        self.full_read_reason = None
        scope = settings.scope
        if scope.custom_filter or not request.watermarks:
            return None
        try:
            since, listed_at = _decode_mark(request.watermarks[0].value)
        except (TypeError, ValueError):
            self._full_read("watermark_unreadable")
            return None
        now = self._clock()
        entries_before = self.reader.entries_read
        mark = await self.reader.read_watermark()
        user_attrs, group_attrs = self._attributes(settings)
        kinds = _kinds(settings)
        ous = scope.ous or [self.reader.base_dn]
        changed: list[DirectoryObject] = []
        detection: DeletionDetection | None = None
        if (
            self._dirsync is not None
            and since.dirsync_cookie is not None
            # Asked once per run: the account may have lost the right, or the sight of deleted objects, since.
            and (self._dirsync.available or await self._dirsync.start() is not None)
        ):
            try:
                cookie = decode_cookie(since.dirsync_cookie)
            except ValueError:
                self._full_read("dirsync_cookie_invalid")
                return None
            if _too_old(since, now):
                self._full_read("dirsync_cookie_too_old")
                return None
            try:
                reported, next_cookie = await self._dirsync.changes(cookie, [*user_attrs, *group_attrs], kinds)
                changed = await self._from_dirsync(reported, ous, user_attrs, group_attrs)
            except WatermarkMismatchError:
                self._full_read("dirsync_cookie_invalid")
                return None
            except InsufficientRightsError:
                # The right was taken away since the last run: tombstones or the presence listing from here.
                log.warning("DirSync refused (the bind account lost 'Replicating Directory Changes')")
                self._dirsync.available = False
            except DirectoryError:
                return SourceRead(SourceSnapshot(read_kind=ReadKind.DELTA, complete=False))
            else:
                detection = "dirsync"
                mark = replace(mark, dirsync_cookie=encode_cookie(next_cookie))
        if detection is None:
            # A cookie for the next delta (DirSync allowed now, or again), taken before the change search so a
            # change made while it runs is read again next time; this run finds deletions without DirSync.
            cookie_now = await self._dirsync.start() if self._dirsync is not None else None
            mark = replace(mark, dirsync_cookie=encode_cookie(cookie_now) if cookie_now is not None else None)
            detection = "tombstones" if await self.reader.tombstones_visible() else "presence"
            try:
                async for obj in self.reader.iter_changes(since, (), list({*user_attrs, *group_attrs}), kinds):
                    changed.append(obj)
            except WatermarkMismatchError:
                self._full_read("watermark_mismatch")
                return None
            except DirectoryError:
                return SourceRead(SourceSnapshot(read_kind=ReadKind.DELTA, complete=False))
        self.deletion_detection = detection
        log.info("delta read: %d changed objects, deletions looked for through %s", len(changed), detection)
        visible = detection != "presence"
        interval = timedelta(minutes=settings.presence_check_minutes)
        due = detection == "presence" and (listed_at is None or now - listed_at >= interval)
        ledger = request.ledger_dns
        tombstones: list[Tombstone] = []
        out: set[str] = set()
        users: list[SourceObject] = []  # converted as classified, like a full read's
        groups: dict[str, DirectoryObject] = {}
        holders: list[str] = []  # DNs whose containing groups must be re-read
        for obj in changed:
            if obj.deleted:
                if obj.anchor in ledger:
                    tombstones.append(Tombstone(obj.anchor, obj.kind, obj.last_known_parent))
            elif not _under(obj.dn, ous):
                if obj.anchor in ledger:
                    out.add(obj.anchor)
                    holders.append(obj.dn)
                elif obj.kind is ObjectKind.GROUP and scope.includes_groups:
                    holders.append(obj.dn)  # perhaps an outer group, flattened into a group in scope
            elif obj.kind is ObjectKind.USER:
                users.append(self._to_source(obj, known=ledger))
                holders.append(obj.dn)
            else:
                groups[obj.anchor] = obj
        unreadable: list[str] = []
        vanished: tuple[Tombstone, ...] = ()
        moved_unseen = False
        try:
            if due:
                # Deletions are not visible to this account (or this directory): list the anchors in scope (no
                # attributes) and look up the ledger's missing ones, as a full read does; only this listing
                # may report an anchor as vanished.
                self.presence_listings += 1
                log.info("delta read: listing the anchors in scope (last listing %s)", listed_at or "never")
                present = {o.anchor for o in users} | groups.keys()
                for kind in kinds:
                    async for obj in self._scan(kind, scope.ous, (), None, unreadable):
                        present.add(obj.anchor)
                seen = present | out | {t.anchor for t in tombstones}
                missing = [a for a in ledger if a not in seen]
                found, gone, vanished = await self._locate(missing, settings, user_attrs, group_attrs, ledger)
                out |= found
                tombstones.extend(gone)
                moved_unseen = bool(found)  # moved out before the watermark's time: their DNs are not known
                listed_at = now
            whole_groups = False
            if scope.includes_groups:
                if tombstones or vanished or moved_unseen:
                    # A deleted member's link is removed by the DC without a change to the group's change
                    # number (Samba; AD with linked-value replication too): which groups held it is not
                    # known, so the groups in scope are read whole.
                    whole_groups = True
                    self.group_scans += 1
                    async for group in self._scan(ObjectKind.GROUP, scope.ous, group_attrs, None, unreadable):
                        groups[group.anchor] = group
                else:
                    async for group in self._holding(holders, ous, group_attrs):
                        groups.setdefault(group.anchor, group)
        except DirectoryError:
            return SourceRead(SourceSnapshot(read_kind=ReadKind.DELTA, complete=False))
        by_dn: dict[str, str] = {}
        outer: list[DirectoryObject] = []
        if groups:  # member DNs resolve through the whole ledger: built only when a group was read
            by_dn = {dn.lower(): anchor for anchor, dn in ledger.items()}
            by_dn.update({o.dn.lower(): o.anchor for o in users})
            by_dn.update({o.dn.lower(): o.anchor for o in groups.values()})
            outer = await self._outer_groups(list(groups.values()), by_dn, group_attrs)
            for g in outer:
                by_dn.setdefault(g.dn.lower(), g.anchor)
        snapshot = SourceSnapshot(
            users=tuple(users),
            groups=tuple(self._to_source(g, self._members(g, by_dn)) for g in groups.values()),
            read_kind=ReadKind.DELTA,
            tombstones=tuple(tombstones),
            out_of_scope=frozenset(out),
            outer_groups=tuple(self._to_source(g, self._members(g, by_dn)) for g in outer),
            vanished=vanished,
            unreadable_ous=tuple(dict.fromkeys(unreadable)),
        )
        self.last_delta = DeltaReport(
            changed=len(changed),
            tombstones_visible=visible,
            presence_listed=due,
            groups_read=len(groups),
            whole_groups=whole_groups,
            entries_read=self.reader.entries_read - entries_before,
            deletion_detection=detection,
        )
        return SourceRead(snapshot, self._encode_marks(mark, listed_at))

    async def _from_dirsync(
        self, found: Sequence[DirSyncChange], ous: Sequence[str], user_attrs: list[str], group_attrs: list[str]
    ) -> list[DirectoryObject]:
        """What DirSync reported, as the change search would have returned it: tombstones and objects outside
        the scope as they are (anchor, DN, kind), objects in scope re-read whole by anchor (DirSync hands over
        only the attributes that changed); objects that are no user or group (computers) drop out there."""
        changed: list[DirectoryObject] = []
        reread: dict[ObjectKind, list[str]] = {}
        for change in {c.anchor: c for c in found}.values():  # the last word on each object
            if change.deleted or not _under(change.dn, ous):
                changed.append(
                    DirectoryObject(
                        anchor=change.anchor,
                        dn=change.dn,
                        kind=change.kind,
                        attributes={},
                        deleted=change.deleted,
                        last_known_parent=change.last_known_parent,
                    )
                )
            else:
                reread.setdefault(change.kind, []).append(change.anchor)
        for kind, anchors in reread.items():
            attrs = user_attrs if kind is ObjectKind.USER else group_attrs
            for flt in self._anchor_filters(anchors):
                async for obj in self.reader.iter_objects(kind, [self.reader.change_base], attrs, flt):
                    if _under(obj.dn, ous):
                        changed.append(obj)
        return changed

    async def _holding(
        self, dns: Sequence[str], ous: Sequence[str], attrs: list[str]
    ) -> AsyncIterator[DirectoryObject]:
        """Groups in scope with one of ``dns`` as a member, also through groups outside the scope (an outer
        group's change reaches the group in scope it is flattened into): one search per batch of DNs."""
        seen = {dn.lower() for dn in dns}
        pending = list(dict.fromkeys(dns))
        while pending:
            batch, pending = pending[:_LOOKUP_BATCH], pending[_LOOKUP_BATCH:]
            terms = "".join(
                f"(member={escape_filter_value(dn)})"
                + ("" if self.reader.is_ad else f"(uniqueMember={escape_filter_value(dn)})")
                for dn in batch
            )
            async for group in self.reader.iter_groups([self.reader.change_base], attrs, f"(|{terms})"):
                if _under(group.dn, ous):
                    yield group
                elif group.dn.lower() not in seen:
                    seen.add(group.dn.lower())
                    pending.append(group.dn)


def _too_old(mark: DirectoryWatermark, now: datetime) -> bool:
    try:
        taken = datetime.strptime(mark.taken_at, "%Y%m%d%H%M%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return True
    return now - taken > DIRSYNC_MAX_AGE


def _decode_mark(value: str) -> tuple[DirectoryWatermark, datetime | None]:
    """A stored watermark: the directory's position and when the anchors in scope were last listed."""
    data = json.loads(value)
    listed = data.pop(_PRESENCE_KEY, None)
    return DirectoryWatermark(**data), datetime.fromisoformat(listed) if listed else None


__all__ = ["LdapDirectorySource"]
