"""The directory as the sync engine sees it: :class:`app.ldap.reader.DirectoryReader` adapted to the engine's
:class:`app.sync.ports.DirectorySource` protocol.

Each read opens its own connection (through ``open_reader``) and closes it at the end, so a domain controller
that restarted between scheduled runs, or a bind password changed in the keyring, is simply picked up by
the next run instead of failing on a stale socket.

Full read: the change watermark is taken *first*, then users (selected OUs, the custom query ANDed in) and
groups (selected OUs). Group members arrive as DNs; they become anchors through the objects just read and
the scope ledger's DNs. A member that is a group outside the scope is read by its DN and handed to the
planner as an *outer group* (flattened into its parent), recursively, cycles ignored.

Delta read (AD: ``uSNChanged`` on the DC's ``invocationId``; OpenLDAP: ``entryCSN``): the whole base DN is
asked for changes, so an object moved *out* of the selected OUs is seen: it is reported in
``out_of_scope`` if the ledger manages it. AD deletions come back as tombstones. ``None`` (do a full read)
when the watermark belongs to another DC/database, when there is no stored watermark, or when a custom
query is set (whether a changed object still matches a query cannot be decided from the change alone).
Two things a change search misses are read on every delta: the groups in scope are read whole (a member
the DC removed because it was deleted does not reliably change the group's change number), and the users
in scope are listed by anchor only, so a managed user missing without a visible tombstone (a reader
account may not list Deleted Objects) is reported as having left the scope, as a full read would.

A paged read that stops early (DC lost mid-read) becomes ``snapshot.complete = False``: the planner then
aborts the run before anything is written, so a half-read directory never disables anyone.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any

from app.ldap.errors import IncompleteReadError
from app.ldap.reader import DirectoryFlavor, DirectoryObject, DirectoryReader, WatermarkMismatchError
from app.ldap.reader import ObjectKind as ReaderKind
from app.ldap.reader import Watermark as ReaderWatermark
from app.ldap.validation import validate_dn
from app.sync.model import ObjectKind, ReadKind, SourceObject, SourceSnapshot, Tombstone
from app.sync.ports import DeltaRequest, SourceRead, Watermark
from app.sync.settings import Relationship, SyncSettings

log = logging.getLogger(__name__)

ReaderOpener = Callable[[], Awaitable[DirectoryReader]]

# AD groupType bit 0x80000000: a security group (else a distribution group).
_AD_SECURITY_GROUP = 0x80000000
# Outer (out-of-scope) groups are followed this deep; deeper nesting is rare and each level costs a search.
_MAX_OUTER_DEPTH = 8


def _dn_key(dn: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """A DN in a comparable form: attribute types and values lower-cased, spacing and escaping normalised."""
    try:
        rdns = validate_dn(dn)
    except Exception:  # an unparsable DN from a server: compare its text
        return (((dn.strip().lower(), ""),),)
    return tuple(tuple((t.lower(), v.lower()) for t, v in rdn) for rdn in rdns)


def _under(dn_key: tuple[Any, ...], base_key: tuple[Any, ...]) -> bool:
    return len(dn_key) >= len(base_key) and dn_key[len(dn_key) - len(base_key) :] == base_key


class _Scope:
    """The selected OUs (subtrees); no OUs means the whole base DN."""

    def __init__(self, ous: Sequence[str]) -> None:
        self.bases = [_dn_key(ou) for ou in ous]

    def contains(self, dn: str | None) -> bool:
        if not self.bases:
            return True
        if not dn:
            return False
        key = _dn_key(dn)
        return any(_under(key, base) for base in self.bases)


def _is_security(obj: DirectoryObject, flavor: DirectoryFlavor) -> bool:
    if flavor is not DirectoryFlavor.ACTIVE_DIRECTORY:
        return True  # plain LDAP has no distribution lists: every group counts as a security group
    value = obj.first("groupType")
    if value is None:
        return True
    try:
        return bool(int(value) & _AD_SECURITY_GROUP)
    except ValueError:
        return True


class _Resolver:
    """Member DNs → anchors, reading out-of-scope member groups (outer groups) as needed."""

    def __init__(self, reader: DirectoryReader, known: dict[Any, str], attributes: list[str]) -> None:
        self.reader = reader
        self.anchors = known  # DN key → anchor
        self.attributes = attributes
        self.outer: dict[str, SourceObject] = {}
        self._not_groups: set[Any] = set()

    async def members(self, dns: Iterable[str], depth: int = 0) -> frozenset[str]:
        found: set[str] = set()
        for dn in dns:
            key = _dn_key(dn)
            anchor = self.anchors.get(key)
            if anchor is not None:
                found.add(anchor)
                continue
            if key in self._not_groups or depth >= _MAX_OUTER_DEPTH:
                continue
            group = await self._read_group(dn)
            if group is None:
                self._not_groups.add(key)  # a user or contact outside the scope: not synced
                continue
            self.anchors[key] = group.anchor
            found.add(group.anchor)
            # Registered before recursing, so a cycle ends at the second visit.
            self.outer[group.anchor] = _source_object(group, ObjectKind.GROUP, self.reader.root.flavor)
            nested = await self.members(group.members, depth + 1)
            self.outer[group.anchor] = _source_object(
                group, ObjectKind.GROUP, self.reader.root.flavor, member_anchors=nested
            )
        return frozenset(found)

    async def _read_group(self, dn: str) -> DirectoryObject | None:
        try:
            async for obj in self.reader.iter_groups([dn], self.attributes):
                if _dn_key(obj.dn) == _dn_key(dn):
                    return obj
        except IncompleteReadError:
            raise
        except Exception as exc:  # noqa: BLE001 - a member DN that cannot be searched is simply not a group
            log.debug("member %s not readable as a group: %s", dn, getattr(exc, "code", type(exc).__name__))
        return None


def _source_object(
    obj: DirectoryObject,
    kind: ObjectKind,
    flavor: DirectoryFlavor,
    *,
    member_anchors: frozenset[str] = frozenset(),
) -> SourceObject:
    return SourceObject(
        anchor=obj.anchor,
        dn=obj.dn,
        kind=kind,
        attributes={name: tuple(values) for name, values in obj.attributes.items()},
        disabled=obj.disabled,
        member_anchors=member_anchors,
        member_of=frozenset(obj.get("memberOf")),
        security=_is_security(obj, flavor) if kind is ObjectKind.GROUP else True,
    )


class ReaderDirectorySource:
    """:class:`app.sync.ports.DirectorySource` over :class:`DirectoryReader` (see the module docstring)."""

    def __init__(self, open_reader: ReaderOpener) -> None:
        self._open_reader = open_reader

    # --- what to ask the reader for --------------------------------------------------------------------------

    @staticmethod
    def _user_attributes(settings: SyncSettings) -> list[str]:
        names = settings.source_attributes("user")
        if any(row.relationship is Relationship.MEMBER_OF for row in settings.criteria.rows):
            names.append("memberOf")
        return list(dict.fromkeys(names))

    @staticmethod
    def _group_attributes(settings: SyncSettings) -> list[str]:
        return list(dict.fromkeys([*settings.source_attributes("group"), "groupType"]))

    # --- watermarks ---------------------------------------------------------------------------------------

    @staticmethod
    def _to_port(mark: ReaderWatermark) -> tuple[Watermark, ...]:
        if mark.flavor is DirectoryFlavor.ACTIVE_DIRECTORY:
            if mark.invocation_id is None or mark.usn is None:
                return ()
            return (Watermark(server=mark.invocation_id, value=str(mark.usn)),)
        if mark.csn is None:
            return ()
        return (Watermark(server=f"ldap:{mark.dc or ''}", value=mark.csn),)

    @staticmethod
    def _from_port(reader: DirectoryReader, marks: Sequence[Watermark]) -> ReaderWatermark | None:
        if len(marks) != 1:
            return None
        mark = marks[0]
        if reader.is_ad:
            if mark.server.startswith("ldap:") or not mark.value.isdigit():
                return None
            return ReaderWatermark(
                flavor=DirectoryFlavor.ACTIVE_DIRECTORY, taken_at="", usn=int(mark.value), invocation_id=mark.server
            )
        if not mark.server.startswith("ldap:"):
            return None
        return ReaderWatermark(flavor=DirectoryFlavor.LDAP, taken_at="", csn=mark.value)

    # --- reads --------------------------------------------------------------------------------------------

    async def read_full(self, settings: SyncSettings, known: Mapping[str, str]) -> SourceRead:
        reader = await self._open_reader()
        try:
            mark = await reader.read_watermark()  # before the read: changes during the read are read again
            users: list[DirectoryObject] = []
            groups: list[DirectoryObject] = []
            scope = settings.scope
            try:
                if scope.includes_users:
                    async for obj in reader.iter_users(scope.ous, self._user_attributes(settings), scope.custom_filter):
                        users.append(obj)
                if scope.includes_groups:
                    async for obj in reader.iter_groups(scope.ous, self._group_attributes(settings)):
                        groups.append(obj)
            except IncompleteReadError as exc:
                log.error("the directory read stopped after %s entries: %s", exc.details.get("read"), exc.code)
                return SourceRead(SourceSnapshot(read_kind=ReadKind.FULL, complete=False))
            snapshot = await self._snapshot(reader, settings, users, groups, known, ReadKind.FULL)
            return SourceRead(snapshot, self._to_port(mark))
        finally:
            await reader.close()

    async def read_delta(self, settings: SyncSettings, request: DeltaRequest) -> SourceRead | None:
        if settings.scope.custom_filter:
            return None
        reader = await self._open_reader()
        try:
            since = self._from_port(reader, request.watermarks)
            if since is None:
                return None
            mark = await reader.read_watermark()
            kinds: list[ReaderKind] = []
            if settings.scope.includes_users:
                kinds.append(ReaderKind.USER)
            if settings.scope.includes_groups:
                kinds.append(ReaderKind.GROUP)
            attributes = list(dict.fromkeys([*self._user_attributes(settings), *self._group_attributes(settings)]))
            scope = _Scope(settings.scope.ous)
            users: list[DirectoryObject] = []
            groups: list[DirectoryObject] = []
            tombstones: list[Tombstone] = []
            out_of_scope: set[str] = set()
            try:
                # The whole base DN: a move out of the selected OUs is a change outside them.
                async for obj in reader.iter_changes(since, (), attributes, kinds):
                    kind = ObjectKind.GROUP if obj.kind is ReaderKind.GROUP else ObjectKind.USER
                    if obj.deleted:
                        if obj.anchor in request.ledger_dns:
                            tombstones.append(Tombstone(obj.anchor, kind, obj.last_known_parent))
                    elif scope.contains(obj.dn):
                        (groups if kind is ObjectKind.GROUP else users).append(obj)
                    elif obj.anchor in request.ledger_dns:
                        out_of_scope.add(obj.anchor)
                # Deletions: tombstones are only visible to accounts allowed to list Deleted Objects (not a
                # plain reader account), so every managed anchor is also checked for presence in scope (a
                # cheap anchors-only read). Missing without a tombstone counts as having left the scope,
                # the less destructive reading, as a full read would count it.
                present: set[str] = set()
                if settings.scope.includes_users:
                    async for obj in reader.iter_users(settings.scope.ous):
                        present.add(obj.anchor)
                if settings.scope.includes_groups:
                    # Groups are read whole: a member removed by the DC (the member was deleted) does not
                    # reliably change the group's uSNChanged, so a changed-groups-only read would miss it.
                    groups = [
                        obj async for obj in reader.iter_groups(settings.scope.ous, self._group_attributes(settings))
                    ]
                    present.update(g.anchor for g in groups)
                tombstoned = {t.anchor for t in tombstones}
                changed = {o.anchor for o in (*users, *groups)}
                for anchor in request.ledger_dns:
                    if anchor not in present and anchor not in tombstoned and anchor not in changed:
                        out_of_scope.add(anchor)
            except WatermarkMismatchError:
                log.info("delta read impossible (another DC or a restored database): reading everything")
                return None
            except IncompleteReadError as exc:
                log.error("the directory change read stopped after %s entries: %s", exc.details.get("read"), exc.code)
                return SourceRead(SourceSnapshot(read_kind=ReadKind.DELTA, complete=False))
            snapshot = await self._snapshot(reader, settings, users, groups, request.ledger_dns, ReadKind.DELTA)
            snapshot = SourceSnapshot(
                users=snapshot.users,
                groups=snapshot.groups,
                read_kind=ReadKind.DELTA,
                complete=snapshot.complete,
                tombstones=tuple(tombstones),
                out_of_scope=frozenset(out_of_scope),
                outer_groups=snapshot.outer_groups,
            )
            return SourceRead(snapshot, self._to_port(mark))
        finally:
            await reader.close()

    async def _snapshot(
        self,
        reader: DirectoryReader,
        settings: SyncSettings,
        users: list[DirectoryObject],
        groups: list[DirectoryObject],
        known: Mapping[str, str],
        read_kind: ReadKind,
    ) -> SourceSnapshot:
        flavor = reader.root.flavor
        anchors: dict[Any, str] = {_dn_key(dn): anchor for anchor, dn in known.items() if dn}
        for obj in (*users, *groups):
            anchors[_dn_key(obj.dn)] = obj.anchor
        resolver = _Resolver(reader, anchors, self._group_attributes(settings))
        group_objects: list[SourceObject] = []
        try:
            for group in groups:
                members = await resolver.members(group.members)
                group_objects.append(_source_object(group, ObjectKind.GROUP, flavor, member_anchors=members))
        except IncompleteReadError as exc:
            log.error("reading member groups stopped: %s", exc.code)
            return SourceSnapshot(read_kind=read_kind, complete=False)
        return SourceSnapshot(
            users=tuple(_source_object(u, ObjectKind.USER, flavor) for u in users),
            groups=tuple(group_objects),
            read_kind=read_kind,
            outer_groups=tuple(resolver.outer.values()),
        )


__all__ = ["ReaderDirectorySource", "ReaderOpener"]
