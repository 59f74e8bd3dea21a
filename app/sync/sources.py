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
    Changes since the stored watermark across the whole base DN (AD: ``uSNChanged`` on the same DC
    ``invocationId``, with tombstones; OpenLDAP: ``entryCSN``), so a move *out of* the selected OUs is seen
    and classified with the ledger. OpenLDAP has no tombstones and AD shows them only to privileged
    accounts, so every delta also lists the anchors in scope (no attributes) and looks up the ledger's
    missing ones: deletions are seen with a low-rights bind account too. Groups in scope are
    read whole each time (membership links removed by the DC do not reliably change the group's change
    number); member DNs resolve through the ledger. A watermark from
    another DC (or none) answers None: the engine does a full read.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import asdict

from app.errors import DirectoryError
from app.ldap.errors import BaseDnNotFoundError
from app.ldap.reader import DirectoryObject, DirectoryReader, DirectoryWatermark, ObjectKind, WatermarkMismatchError
from app.ldap.validation import escape_filter_value
from app.sync.model import ReadKind, SourceObject, SourceSnapshot, Tombstone
from app.sync.ports import DeltaRequest, SourceRead, Watermark
from app.sync.settings import Relationship, SyncSettings

AD_SECURITY_GROUP = 0x80000000
_LOOKUP_BATCH = 40  # anchors per OR-filter when locating ledger objects
# Attributes that tell an AD system object (read in addition to what the mapping needs).
_AD_SYSTEM_ATTRIBUTES = ["isCriticalSystemObject", "sAMAccountName"]
_AD_SYSTEM_NAMES = frozenset({"krbtgt", "guest"})
# Error codes of a tombstone search the bind account may not make (the Show Deleted control refused).
_NO_TOMBSTONE_RIGHTS = frozenset({"insufficient_rights", "operation_failed"})


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

    def __init__(self, reader: DirectoryReader) -> None:
        self.reader = reader

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

    def _to_source(self, obj: DirectoryObject, members: frozenset[str] = frozenset()) -> SourceObject:
        return SourceObject(
            anchor=obj.anchor,
            dn=obj.dn,
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

    def _encode_marks(self, mark: DirectoryWatermark) -> tuple[Watermark, ...]:
        server = mark.invocation_id or mark.dc or "ldap"
        return (Watermark(server=server, value=json.dumps(asdict(mark), sort_keys=True)),)

    def _anchor_filter(self, anchors: Iterable[str]) -> str:
        parts = []
        for anchor in anchors:
            if self.reader.is_ad:
                parts.append(f"(objectGUID={escape_filter_value(uuid.UUID(anchor).bytes_le)})")
            else:
                parts.append(f"(entryUUID={escape_filter_value(anchor)})")
        return f"(|{''.join(parts)})"

    # --- full read ------------------------------------------------------------------------------------------

    async def read_full(self, settings: SyncSettings, known: Mapping[str, str]) -> SourceRead:
        mark = await self.reader.read_watermark()
        scope = settings.scope
        user_attrs, group_attrs = self._attributes(settings)
        users: list[DirectoryObject] = []
        groups: list[DirectoryObject] = []
        complete = True
        unreadable: list[str] = []
        try:
            if scope.includes_users:
                async for obj in self._scan(ObjectKind.USER, scope.ous, user_attrs, scope.custom_filter, unreadable):
                    users.append(obj)
            if scope.includes_groups:
                async for obj in self._scan(ObjectKind.GROUP, scope.ous, group_attrs, None, unreadable):
                    groups.append(obj)
        except DirectoryError:
            complete = False  # a DC lost mid-read: report what we have, the planner refuses to act on it
        if not complete:
            snapshot = SourceSnapshot(
                users=tuple(self._to_source(u) for u in users), read_kind=ReadKind.FULL, complete=False
            )
            return SourceRead(snapshot)
        by_dn = {o.dn.lower(): o.anchor for o in (*users, *groups)}
        outer = await self._outer_groups(groups, by_dn, group_attrs)
        for g in outer:
            by_dn.setdefault(g.dn.lower(), g.anchor)
        in_scope = {o.anchor for o in (*users, *groups)}
        missing = [a for a in known if a not in in_scope]
        out_of_scope, tombstones, vanished = await self._locate(missing, settings, user_attrs, group_attrs, known)
        snapshot = SourceSnapshot(
            users=tuple(self._to_source(u) for u in users),
            groups=tuple(self._to_source(g, self._members(g, by_dn)) for g in groups),
            read_kind=ReadKind.FULL,
            complete=True,
            tombstones=tombstones,
            out_of_scope=out_of_scope,
            outer_groups=tuple(self._to_source(g, self._members(g, by_dn)) for g in outer),
            vanished=vanished,
            unreadable_ous=tuple(dict.fromkeys(unreadable)),
        )
        return SourceRead(snapshot, self._encode_marks(mark))

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
        kinds: list[ObjectKind] = []
        if settings.scope.includes_users:
            kinds.append(ObjectKind.USER)
        if settings.scope.includes_groups:
            kinds.append(ObjectKind.GROUP)
        for start in range(0, len(anchors), _LOOKUP_BATCH):
            batch = anchors[start : start + _LOOKUP_BATCH]
            flt = self._anchor_filter(batch)
            for kind in kinds:
                attrs = user_attrs if kind is ObjectKind.USER else group_attrs
                async for obj in self.reader.iter_objects(kind, (), attrs[:1], flt):
                    found.add(obj.anchor)
        # Not found alive: only a tombstone the bind account may read says "deleted".
        unseen = [a for a in anchors if a not in found]
        deleted: dict[str, Tombstone] = {}
        for start in range(0, len(unseen), _LOOKUP_BATCH):
            batch = self._anchor_filter(unseen[start : start + _LOOKUP_BATCH])
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

    async def read_delta(self, settings: SyncSettings, request: DeltaRequest) -> SourceRead | None:
        scope = settings.scope
        if scope.custom_filter or not request.watermarks:
            return None
        try:
            since = DirectoryWatermark(**json.loads(request.watermarks[0].value))
        except (TypeError, ValueError):
            return None
        mark = await self.reader.read_watermark()
        user_attrs, group_attrs = self._attributes(settings)
        kinds = []
        if scope.includes_users:
            kinds.append(ObjectKind.USER)
        if scope.includes_groups:
            kinds.append(ObjectKind.GROUP)
        changed: list[DirectoryObject] = []
        try:
            async for obj in self.reader.iter_changes(since, (), list({*user_attrs, *group_attrs}), kinds):
                changed.append(obj)
        except WatermarkMismatchError:
            return None
        except DirectoryError:
            return SourceRead(SourceSnapshot(read_kind=ReadKind.DELTA, complete=False))
        ledger = request.ledger_dns
        tombstones: list[Tombstone] = []
        out: set[str] = set()
        users: list[DirectoryObject] = []
        groups: list[DirectoryObject] = []
        for obj in changed:
            if obj.deleted:
                if obj.anchor in ledger:
                    tombstones.append(Tombstone(obj.anchor, obj.kind, obj.last_known_parent))
            elif not _under(obj.dn, scope.ous):
                if obj.anchor in ledger:
                    out.add(obj.anchor)
            elif obj.kind is ObjectKind.USER:
                users.append(obj)
        unreadable: list[str] = []
        if scope.includes_groups:
            # Groups are re-read whole on every delta: membership changes made by the DC itself (a deleted
            # member's link removed) do not reliably move the group's change number, and groups are few.
            try:
                async for group in self._scan(ObjectKind.GROUP, scope.ous, group_attrs, None, unreadable):
                    groups.append(group)
            except DirectoryError:
                return SourceRead(SourceSnapshot(read_kind=ReadKind.DELTA, complete=False))
        # OpenLDAP keeps no tombstones, and AD shows them only to accounts that may list Deleted Objects
        # (a low-rights reader may not): list the anchors in scope (cheap: no attributes wanted) and look up
        # the ledger's missing ones, as a full read does.
        try:
            present = {o.anchor for o in (*users, *groups)}
            for kind in kinds:
                async for obj in self._scan(kind, scope.ous, (), None, unreadable):
                    present.add(obj.anchor)
            seen = present | out | {t.anchor for t in tombstones}
            missing = [a for a in ledger if a not in seen]
            found, gone, vanished = await self._locate(missing, settings, user_attrs, group_attrs, ledger)
        except DirectoryError:
            return SourceRead(SourceSnapshot(read_kind=ReadKind.DELTA, complete=False))
        out |= found
        tombstones.extend(gone)
        by_dn = {dn.lower(): anchor for anchor, dn in ledger.items()}
        by_dn.update({o.dn.lower(): o.anchor for o in (*users, *groups)})
        outer = await self._outer_groups(groups, by_dn, group_attrs)
        for g in outer:
            by_dn.setdefault(g.dn.lower(), g.anchor)
        snapshot = SourceSnapshot(
            users=tuple(self._to_source(u) for u in users),
            groups=tuple(self._to_source(g, self._members(g, by_dn)) for g in groups),
            read_kind=ReadKind.DELTA,
            tombstones=tuple(tombstones),
            out_of_scope=frozenset(out),
            outer_groups=tuple(self._to_source(g, self._members(g, by_dn)) for g in outer),
            vanished=vanished,
            unreadable_ous=tuple(dict.fromkeys(unreadable)),
        )
        return SourceRead(snapshot, self._encode_marks(mark))


__all__ = ["LdapDirectorySource"]
