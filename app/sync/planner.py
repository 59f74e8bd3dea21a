"""The sync planner: a pure function from (directory snapshot, cloud snapshot, settings, state) to a plan.

Nothing here reads the network, the clock or the disk, so every rule is tested with plain data.

Matching
    Hard match: SCIM ``externalId`` == directory anchor (objectGUID / entryUUID). Soft match: a cloud user
    *without* an externalId whose ``userName`` equals the mapped userName (case-insensitive) is adopted (an
    update that sets externalId); a cloud user with that userName but another externalId is left alone
    (ignored, ``anchored_elsewhere``). Groups soft-match on ``displayName`` the same way. Renames and OU
    moves keep the anchor, so they are updates (reason ``attributes_changed`` with ``renamed`` / ``moved``),
    never delete + create.

Scenario table (users; "leaves selected OUs" is the *leave_scope* setting)

| status sync | leaves selected OUs | user disabled in AD | user moved out of scope | user deleted in AD | user deleted in cloud, still in AD+scope |
|---|---|---|---|---|---|
| Reflect | Disable | disable in cloud (`active=false`); re-enabled when enabled again | disable in cloud | disable (delete only with deletion propagation on) | manual run: listed under new users for review; scheduled run: re-created |
| Reflect | Do nothing | disable in cloud | stop managing (ignored: out of scope), cloud user untouched | disable (delete with propagation) | as above |
| Do nothing | (Do nothing forced) | attributes still updated, `active` untouched | stop managing, untouched | untouched (delete with propagation) | as above |

Owner admin (by email/userName) is never disabled or deleted, whatever the rule: it appears under ignored
with reason ``owner_protected`` (data ``rule``: the category it would have had).

A user that no longer meets the sync criteria (or the custom query) is treated like a user moved out of
scope; one that never met them is ignored (``criteria_not_met``). A user who left the scope and was disabled stays in the ledger, so moving back in re-enables it.
"Deleted in AD" needs evidence (a tombstone); a managed object merely missing from a full read counts as
having left the scope, the less destructive reading. A managed object found nowhere under the base DN and
with no tombstone the bind account may read has *vanished*: deleted, or hidden by a lost read right — the
two look the same. A vanished user is disabled like a deleted one (reversible: it comes back when it is
seen again) but never deleted, even with deletion propagation on; a vanished group is left alone. More than
``NOT_VISIBLE_MAX`` vanished objects at once (or a selected OU that cannot be read) stop the run: see safety.

AD system objects (``SourceObject.system``: isCriticalSystemObject, CN=Builtin, krbtgt, Guest) are ignored
with reason ``ad_system_object`` unless their type is opted into (``include_system_objects``); a managed
one is no longer managed (its cloud object is left untouched).

Groups: a group in scope is created/updated with its members. Groups have criteria of their own
(``group_criteria``), evaluated like the users' ones: a group not meeting them is ignored
(``criteria_not_met``), a managed one that stops meeting them has left the scope. Nested groups: a member group that is itself
in scope becomes a SCIM member of type Group; a member group *outside* the scope (``outer_groups`` of the
snapshot) is flattened: its users (transitively, cycles ignored) become direct members. Members outside
the synced users (out of scope, failing criteria) are left out, and so is a member group in scope that fails
the group criteria (it is not flattened: the admin excluded it). Groups cannot be disabled: a group that
left the scope or was deleted is deleted only with deletion propagation on, otherwise ignored (no longer
managed).

Delta reads: only changed objects are in the snapshot; every other ledger anchor is taken as unchanged and
in scope, tombstones are deletions and ``out_of_scope`` anchors have left the scope. The cloud snapshot of
a delta plan may hold only the users concerned (see the engine); member ids resolve through the ledger.
Cloud-side deletions of unchanged objects are found by the next full run (at least weekly).

Safety (:func:`assess_safety`), checked in this order; the first that applies decides:

1. ``source_incomplete`` → abort: a paged read stopped early (lost DC, size limit).
1b. ``source_not_visible`` → stop (approval needed): more than ``NOT_VISIBLE_MAX`` managed objects vanished
   without a tombstone, or a selected OU cannot be read: the bind account probably lost read rights. Its own
   reason, naming the OUs, never mixed up with the threshold. Approving is for the admin who did delete them
   (a low-rights bind account sees no tombstones): they are then disabled, still never deleted.
2. ``source_empty`` → abort: a full read found no users and no groups while the ledger manages objects.
3. ``source_shrank`` → stop (approval needed): a full read with an unchanged scope has fewer in-scope
   objects than the ledger (not counting objects the agent already disabled) by more than ``max_percent`` %
   and by more than ``SAFETY_FLOOR`` objects.
4. ``threshold_exceeded`` → stop (approval needed): disables + deletes (users and groups, owner-protected
   ones excluded) > ``max_count``, or > ``max_percent`` % of managed objects (ledger size, at least the
   source size) *and* > ``SAFETY_FLOOR`` — the floor keeps a 20-user directory from stopping on 3 leavers.

Aborts cannot be approved; stops can (``approved=True`` when applying).
"""  # noqa: E501 - the scenario table is copied verbatim into the docs

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Any

from app.sync import scimpath
from app.sync.model import (
    READ_ONLY_ATTRIBUTES,
    AttributeChange,
    CloudObject,
    CloudSnapshot,
    CompactResource,
    LedgerEntry,
    LedgerRows,
    ObjectKind,
    Owner,
    Plan,
    PlanCategory,
    PlanEntry,
    ReadKind,
    Reason,
    ReasonCode,
    RunMode,
    SafetyCode,
    SafetyStatus,
    SafetyVerdict,
    SourceObject,
    SourceSnapshot,
    SyncState,
    name_hash,
    plain_resource,
)
from app.sync.settings import (
    ENTERPRISE_USER,
    AttributeMapping,
    ImportType,
    LeaveScope,
    ObjectType,
    Relationship,
    StatusSync,
    SyncCriterion,
    SyncSettings,
)

SCIM_USER = "urn:ietf:params:scim:schemas:core:2.0:User"
SCIM_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
SAFETY_FLOOR = 10
# More managed objects than this vanishing at once (no tombstone) reads as lost read rights, not deletions.
NOT_VISIBLE_MAX = 3
# Server-maintained attributes never sent back in a PUT.


def plan(
    source: SourceSnapshot,
    cloud: CloudSnapshot,
    settings: SyncSettings,
    state: SyncState,
    *,
    mode: RunMode,
    owner: Owner | None = None,
) -> Plan:
    """Decide everything a run would do. Pure: same inputs, same plan."""
    return SyncPlanner(settings, state, mode=mode, owner=owner or Owner()).plan(source, cloud)


_external_id = attrgetter("external_id")


class _ByExternalId:
    """Cloud objects by externalId in a list sorted by it, searched by bisection: a million cloud users cost a
    list of pointers (8 bytes a user) instead of a dict (about 40 bytes an entry). As in a dict built in
    order, the last object with an externalId wins."""

    __slots__ = ("_objects",)

    def __init__(self, objects: Iterable[CloudObject]) -> None:
        # A stable sort: objects with the same externalId keep their order, the last of them is found.
        self._objects = sorted((obj for obj in objects if obj.external_id), key=_external_id)

    def get(self, external_id: str) -> CloudObject | None:
        objects = self._objects
        i = bisect_right(objects, external_id, key=_external_id)
        if i and objects[i - 1].external_id == external_id:
            return objects[i - 1]
        return None

    def __contains__(self, external_id: object) -> bool:
        return isinstance(external_id, str) and self.get(external_id) is not None


class _Anchors(Container[str]):
    """A set of anchors as a sorted list, searched by bisection: 8 bytes an anchor instead of a set's 32."""

    __slots__ = ("_sorted",)

    def __init__(self, anchors: Iterable[str]) -> None:
        self._sorted = sorted(anchors)

    def __contains__(self, anchor: object) -> bool:
        items = self._sorted
        i = bisect_left(items, anchor)  # type: ignore[call-overload]
        return i < len(items) and bool(items[i] == anchor)


class _Repeats:
    """Which names may occur more than once, without keeping the names: each name marks a bit for its hash
    (16 bits a name, at least 2**16), a second mark of the same bit marks it in :attr:`twice`. A name whose
    bit is not marked twice occurred once; one whose bit is may be a repeat (or share its bit with another
    name: about one name in 16), and is checked against the names themselves."""

    __slots__ = ("_bits", "once", "twice")

    def __init__(self, expected: int) -> None:
        self._bits = max(expected * 16, 1 << 16).bit_length()
        self.once = bytearray(1 << (self._bits - 3))
        self.twice = bytearray(1 << (self._bits - 3))

    def _slot(self, name: str) -> tuple[int, int]:
        h = hash(name) & ((1 << self._bits) - 1)
        return h >> 3, 1 << (h & 7)

    def add(self, name: str) -> None:
        i, bit = self._slot(name)
        if self.once[i] & bit:
            self.twice[i] |= bit
        else:
            self.once[i] |= bit

    def __contains__(self, name: str) -> bool:
        i, bit = self._slot(name)
        return bool(self.twice[i] & bit)


class _Index:
    """Cloud objects by externalId (:class:`_ByExternalId`); by lower-case name, holding only the names asked
    for (:meth:`add_names`: those of directory objects without a hard match, the only ones looked up), and
    by SCIM id, built when first needed."""

    def __init__(self, objects: Sequence[CloudObject]) -> None:
        self.objects = objects
        self.by_external_id = _ByExternalId(objects)
        self.by_name: dict[str, CloudObject] = {}
        self._by_id: dict[str, CloudObject] | None = None

    def add_names(self, names: Collection[str]) -> None:
        """Index the objects with one of ``names`` (lower-case); only those whose name hash is a wanted name's
        are decoded (a cloud object holds its name's hash in front of its compressed resource)."""
        if not names:
            return
        hashes = {name_hash(name) for name in names}
        for obj in self.objects:
            if obj.name_hash not in hashes:
                continue
            if obj.user_name:
                key = obj.user_name.lower()
                if key in names:
                    self.by_name.setdefault(key, obj)

    @property
    def by_id(self) -> dict[str, CloudObject]:
        if self._by_id is None:
            self._by_id = {obj.id: obj for obj in self.objects}
        return self._by_id


_MISSING = object()


def _field(container: dict[str, Any], name: str) -> Any:
    """``container``'s value for ``name``, matched case-insensitively when not exactly (as :mod:`scimpath`)."""
    value = container.get(name, _MISSING)
    if value is not _MISSING:
        return value
    key = scimpath.matching_key(container, name)
    return container[key] if key is not None else None


def compile_get(path: str) -> Callable[[Any], Any]:
    """:func:`scimpath.get` for one path, parsed once: the planner reads the same few paths of every object."""
    p = scimpath.parse(path)
    urn, attr, sub = p.urn, p.attr, p.sub
    wanted_type = p.type.lower() if p.type is not None else None

    if urn is None and wanted_type is None and sub is None:

        def get_plain(resource: Any) -> Any:  # the common case, kept short
            if not isinstance(resource, dict):
                return None
            value = resource.get(attr, _MISSING)
            return _field(resource, attr) if value is _MISSING else value

        return get_plain

    def get(resource: Any) -> Any:
        node = resource
        if urn is not None:
            node = _field(node, urn) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            return None
        value = _field(node, attr)
        if wanted_type is not None:
            if not isinstance(value, list):
                return None
            value = next(
                (e for e in value if isinstance(e, dict) and str(e.get("type", "")).lower() == wanted_type), None
            )
        if sub is not None:
            if not isinstance(value, dict):
                return None
            value = _field(value, sub)
        return value

    return get


def targets_independent(targets: Sequence[str]) -> bool:
    """Whether, in the resource :func:`build_resource` makes, each target's value is exactly its source
    value (or absent): no two targets write the same place or one inside another. True for ordinary
    mappings (``name.givenName`` next to ``name.familyName``, ``phoneNumbers[type eq "work"].value`` next
    to ``…[type eq "mobile"].value``); then the planner compares source values without building resources."""
    groups: dict[tuple[str | None, str], list[scimpath.ScimPath]] = {}
    for target in targets:
        p = scimpath.parse(target)
        if p.urn is None and p.attr.lower() == "schemas":
            return False
        groups.setdefault((p.urn.lower() if p.urn else None, p.attr.lower()), []).append(p)
    for paths in groups.values():
        typed = [p for p in paths if p.type is not None]
        if typed and (
            len(typed) != len(paths) or any(p.sub is None or p.sub.lower() in ("type", "primary") for p in typed)
        ):
            return False
        if len(paths) == 1:
            continue
        if any(p.sub is None for p in paths):
            return False
        keys = {((p.type or "").lower(), (p.sub or "").lower()) for p in paths}
        if len(keys) != len(paths):
            return False
    return True


@dataclass(frozen=True, slots=True)
class _Mapping:
    """One kind's attribute mapping, prepared once per plan."""

    sources: tuple[str, ...]
    targets: tuple[str, ...]
    getters: tuple[Callable[[Any], Any], ...]
    independent: bool
    name_at: int | None  # the target "userName" (users) / "displayName" (groups)
    display_at: int | None  # the target "displayName"

    @classmethod
    def of(cls, mapping: Sequence[AttributeMapping], name: str) -> _Mapping:
        targets = tuple(m.target for m in mapping)
        return cls(
            sources=tuple(m.source_attribute for m in mapping),
            targets=targets,
            getters=tuple(compile_get(t) for t in targets),
            independent=targets_independent(targets),
            name_at=targets.index(name) if name in targets else None,
            display_at=targets.index("displayName") if "displayName" in targets else None,
        )

    def values(self, src: SourceObject) -> list[str | None]:
        """Each target's value in the resource built of ``src`` (None: absent), when :attr:`independent`."""
        return [None if v == "" else v for v in src.firsts(self.sources)]


class SyncPlanner:
    """Holds the settings of one planning pass; :func:`plan` is the entry point."""

    def __init__(self, settings: SyncSettings, state: SyncState, *, mode: RunMode, owner: Owner) -> None:
        self.settings = settings
        self.state = state
        self.mode = mode
        self.owner = owner
        self.entries: list[PlanEntry] = []
        # The ledger this plan leaves: rows of the one it started from kept as a byte each (see LedgerRows).
        self.ledger_out = LedgerRows(state.ledger)
        self.unchanged = 0
        self.user_targets = [m.target for m in settings.user_mapping]
        self.group_targets = [m.target for m in settings.group_mapping]
        self.user_mapping = _Mapping.of(settings.user_mapping, "userName")
        self.group_mapping = _Mapping.of(settings.group_mapping, "displayName")

    # --- top level ------------------------------------------------------------------------------------------

    def plan(self, source: SourceSnapshot, cloud: CloudSnapshot) -> Plan:
        users = _Index(cloud.users)
        groups = _Index(cloud.groups)
        scope = self.settings.scope
        tombstoned = {t.anchor for t in source.tombstones}
        wanted = [g for g in source.groups if self._group_type_selected(g)] if scope.includes_groups else []
        # Only group members need the set of users synced: without groups it is not kept.
        synced_users: set[str] | None = set() if wanted else None
        synced_groups: set[str] = set()

        if scope.includes_users:
            self._plan_present(source.users, users, ObjectKind.USER, synced_users)
            seen_users = _Anchors(src.anchor for src in source.users)
            self._plan_absent(source, users, ObjectKind.USER, seen_users, tombstoned, synced_users)
            del seen_users
        if scope.includes_groups:
            not_wanted = {g.anchor for g in source.groups if not self._group_type_selected(g)}
            self._plan_present(wanted, groups, ObjectKind.GROUP, synced_groups)
            seen_groups = {g.anchor for g in wanted} - not_wanted
            self._plan_absent(source, groups, ObjectKind.GROUP, seen_groups, tombstoned, synced_groups)
            self._plan_members(wanted, source, users, groups, synced_users or set(), synced_groups)

        entries = tuple(self.entries)
        verdict = assess_safety(source, entries, self.settings, self.state)
        return Plan(
            mode=self.mode,
            read_kind=source.read_kind,
            entries=entries,
            safety=verdict,
            unchanged=self.unchanged,
            source_users=len(source.users),
            source_groups=len(source.groups),
            ledger=self.ledger_out,
            whole_domain=not self.settings.scope.ous,
        )

    def _group_type_selected(self, group: SourceObject) -> bool:
        types = self.settings.scope.object_types
        if group.security:
            return ObjectType.SECURITY_GROUPS in types
        return ObjectType.GROUPS in types

    # --- objects the directory shows in scope --------------------------------------------------------------

    def _names(self, objects: Sequence[SourceObject], kind: ObjectKind) -> Iterator[tuple[SourceObject, Any]]:
        """Each object with the name its resource would have (userName / displayName; None: none)."""
        mapping = self._mapping(kind)
        name_key = "userName" if kind is ObjectKind.USER else "displayName"
        if mapping.independent:
            if mapping.name_at is None:
                yield from ((src, None) for src in objects)
                return
            source = (mapping.sources[mapping.name_at],)
            for src in objects:
                yield src, src.firsts(source)[0] or None
        else:
            for src in objects:
                yield src, self._desired(src).get(name_key)

    def _plan_present(
        self, objects: Sequence[SourceObject], index: _Index, kind: ObjectKind, synced: set[str] | None
    ) -> None:
        mapping = self._mapping(kind)
        name_key = "userName" if kind is ObjectKind.USER else "displayName"
        # Two objects with one name: the second is a conflict. Only names that occur twice can be: they are
        # marked first (_Repeats, a bitmap), and only they are kept by name while planning. Soft matching
        # looks names up only for objects without a hard match: the cloud index holds just those names.
        repeated = _Repeats(len(objects))
        unmatched: set[str] = set()
        for src, wanted in self._names(objects, kind):
            if not wanted:
                continue
            key = str(wanted).lower()
            repeated.add(key)
            if src.anchor not in index.by_external_id:
                unmatched.add(key)
        index.add_names(unmatched)
        del unmatched
        names: dict[str, str] = {}
        for src in objects:
            desired: dict[str, Any] | None = None
            values: list[str | None] | None = None
            if mapping.independent:
                # The resource is built only if something is to be written: most objects are unchanged.
                values = mapping.values(src)
                name: Any = values[mapping.name_at] if mapping.name_at is not None else None
                shown: Any = values[mapping.display_at] if mapping.display_at is not None else None
            else:
                desired = self._desired(src)
                name = desired.get(name_key)
                shown = desired.get("displayName")
            display = str(shown or name or src.dn)
            if src.system is not None and not self.settings.includes_system(
                "user" if kind is ObjectKind.USER else "group"
            ):
                reason = Reason(ReasonCode.AD_SYSTEM_OBJECT, {"why": src.system})
                self._ignore(kind, src.anchor, None, display, reason, src.dn)
                continue
            failed = self._failed_criterion(kind)(src)
            if failed is not None:
                row, criterion = failed
                reason = Reason(
                    ReasonCode.CRITERIA_NOT_MET,
                    {"row": row, "field": criterion.field, "relationship": criterion.relationship.value},
                )
                if self._is_managed(src.anchor, index):
                    self._left_scope(src.anchor, src.dn, kind, index, cause="criteria", display=display)
                else:
                    self._ignore(kind, src.anchor, None, display, reason, src.dn)
                continue
            if not name:
                self._ignore(kind, src.anchor, None, display, Reason(ReasonCode.NO_USERNAME), src.dn)
                continue
            cloud = index.by_external_id.get(src.anchor)
            if cloud is None:
                cloud = self._soft_match(src, str(name), display, index, kind, values)
                if cloud is None:
                    continue
                soft = True
            else:
                soft = False
            key = str(name).lower()
            other = names.setdefault(key, src.anchor) if key in repeated else src.anchor
            if other != src.anchor:
                reason = Reason(ReasonCode.USERNAME_CONFLICT, {"user_name": str(name), "other": other})
                self._ignore(kind, src.anchor, cloud.id, display, reason, src.dn)
                continue
            if synced is not None:
                synced.add(src.anchor)
            self._plan_existing(src, cloud, desired, values, display, soft, kind)

    def _soft_match(
        self,
        src: SourceObject,
        name: str,
        display: str,
        index: _Index,
        kind: ObjectKind,
        values: list[str | None] | None = None,
    ) -> CloudObject | None:
        """No hard match: adopt an unanchored cloud object by name, else plan a create. None: handled here.
        ``values``: each target's source value, when the mapping's targets are independent."""
        candidate = index.by_name.get(name.lower())
        if candidate is not None and candidate.external_id is None:
            return candidate
        if candidate is not None:
            reason = Reason(ReasonCode.ANCHORED_ELSEWHERE, {"user_name": name, "external_id": candidate.external_id})
            self._ignore(kind, src.anchor, candidate.id, display, reason, src.dn)
            return None
        known = self.state.ledger.get(src.anchor)
        if known is not None and known.cloud_id is not None:
            # We created it before and it is gone from the cloud: someone deleted it there.
            reason = Reason(ReasonCode.DELETED_IN_CLOUD, {"previous_id": known.cloud_id})
            review = self.mode is RunMode.MANUAL
        else:
            reason = Reason(ReasonCode.NEW_IN_SCOPE)
            review = False
        mapping = self._mapping(kind)
        payload = self._create_payload(src, values)
        changes: tuple[AttributeChange, ...]
        if values is not None:
            # What reading each target back from the payload would give, without looking it up: the targets are
            # independent, and none is one the payload sets itself (the settings refuse "externalId", "active").
            changes = tuple(
                AttributeChange(p, None, v) for p, v in zip(mapping.targets, values, strict=True) if v is not None
            )
        else:
            diff = (
                AttributeChange(p, None, get(payload)) for p, get in zip(mapping.targets, mapping.getters, strict=True)
            )
            changes = tuple(c for c in diff if c.new is not None)
        self.entries.append(
            PlanEntry(
                PlanCategory.NEW,
                kind,
                src.anchor,
                None,
                display,
                reason,
                changes,
                payload,
                dn=src.dn,
                needs_review=review,
            )
        )
        return None

    def _plan_existing(
        self,
        src: SourceObject,
        cloud: CloudObject,
        desired: dict[str, Any] | None,
        values: list[str | None] | None,
        display: str,
        soft: bool,
        kind: ObjectKind,
    ) -> None:
        resource = plain_resource(cloud.resource)
        mapping = self._mapping(kind)
        diff: list[AttributeChange] = []
        if desired is None and values is not None and _all_same(resource, mapping.getters, values):
            pass  # independent targets, each equal to its source value: no difference
        else:
            desired = desired if desired is not None else self._desired(src)
            diff = [
                AttributeChange(path, old, new)
                for path, get in zip(mapping.targets, mapping.getters, strict=True)
                if not _same(old := get(resource), new := scimpath.get(desired, path))
            ]
        if soft:
            diff.insert(0, AttributeChange("externalId", None, src.anchor))
        known = self.state.ledger.get(src.anchor)
        renamed = moved = False
        if known is not None and known.dn.lower() != src.dn.lower():
            old_rdn, _, old_parent = known.dn.partition(",")
            new_rdn, _, new_parent = src.dn.partition(",")
            renamed = old_rdn.lower() != new_rdn.lower()
            moved = old_parent.lower() != new_parent.lower()
        if (
            known is not None
            and known.kind is kind
            and known.dn == src.dn
            and known.cloud_id == cloud.id
            and not known.disabled_by_sync
        ):
            self.ledger_out.append(known)  # the same row: not copied (a million of them, at worst)
        else:
            self.ledger_out.append(LedgerEntry(src.anchor, kind, src.dn, cloud.id))
        if diff or renamed or moved:
            if soft:
                reason = Reason(ReasonCode.SOFT_MATCH, {"user_name": cloud.user_name})
            else:
                data: dict[str, str | int | bool | None] = {"renamed": renamed, "moved": moved}
                if known is not None and (renamed or moved):
                    data["old_dn"] = known.dn
                reason = Reason(ReasonCode.ATTRIBUTES_CHANGED, data)
            payload = None
            if diff:  # a soft match's externalId is a difference too, whatever the attributes
                desired = desired if desired is not None else self._desired(src)
                payload = self._merged_payload(cloud, desired, kind, src.anchor)
            self.entries.append(
                PlanEntry(
                    PlanCategory.UPDATE,
                    kind,
                    src.anchor,
                    cloud.id,
                    display,
                    reason,
                    tuple(diff),
                    payload,
                    dn=src.dn,
                    etag=cloud.etag,
                )
            )
        elif kind is ObjectKind.USER:
            self.unchanged += 1
        if kind is not ObjectKind.USER or self.settings.status_sync is not StatusSync.REFLECT:
            return
        if src.disabled and cloud.active:
            self._status(PlanCategory.DISABLE, src, cloud, display, ReasonCode.DISABLED_IN_DIRECTORY)
        elif not src.disabled and not cloud.active:
            self._status(PlanCategory.ACTIVATE, src, cloud, display, ReasonCode.ENABLED_IN_DIRECTORY)

    def _status(
        self, category: PlanCategory, src: SourceObject, cloud: CloudObject, display: str, code: ReasonCode
    ) -> None:
        change = (AttributeChange("active", cloud.active, category is PlanCategory.ACTIVATE),)
        if category is PlanCategory.DISABLE and self._is_owner(cloud, src):
            reason = Reason(ReasonCode.OWNER_PROTECTED, {"rule": category.value, "cause": code.value})
            self._ignore(ObjectKind.USER, src.anchor, cloud.id, display, reason, src.dn)
            return
        self.entries.append(
            PlanEntry(category, ObjectKind.USER, src.anchor, cloud.id, display, Reason(code), change, dn=src.dn)
        )

    # --- managed objects the directory no longer shows in scope ---------------------------------------------

    def _plan_absent(
        self,
        source: SourceSnapshot,
        index: _Index,
        kind: ObjectKind,
        seen: Container[str],
        tombstoned: set[str],
        synced: set[str] | None,
    ) -> None:
        delta = source.read_kind is ReadKind.DELTA
        vanished = {t.anchor for t in source.vanished}
        for anchor, known in self.state.ledger.items():
            if known.kind is not kind or anchor in seen:
                continue
            if anchor in tombstoned:
                self._deleted(anchor, known, index, kind)
            elif anchor in vanished:
                self._deleted(anchor, known, index, kind, evidence=False)
            elif not delta or anchor in source.out_of_scope:
                self._left_scope(anchor, known.dn, kind, index, cause="moved", display=None)
            else:
                # Delta read: not in the changes, so unchanged and still in scope.
                if synced is not None:
                    synced.add(anchor)
                self.ledger_out.append(known)

    def _cloud_for(self, anchor: str, index: _Index) -> CloudObject | None:
        cloud = index.by_external_id.get(anchor)
        if cloud is None:
            known = self.state.ledger.get(anchor)
            if known is not None and known.cloud_id:
                found = index.by_id.get(known.cloud_id)
                if found is not None and found.external_id in (None, anchor):
                    cloud = found
        return cloud

    def _is_managed(self, anchor: str, index: _Index) -> bool:
        return anchor in self.state.ledger

    def _left_scope(
        self, anchor: str, dn: str, kind: ObjectKind, index: _Index, *, cause: str, display: str | None
    ) -> None:
        cloud = self._cloud_for(anchor, index)
        if cloud is None:
            return  # gone on both sides: nothing to decide; the ledger forgets it
        display = display or _display(cloud)
        data: dict[str, str | int | bool | None] = {"dn": dn, "cause": cause}
        disable = (
            kind is ObjectKind.USER
            and self.settings.status_sync is StatusSync.REFLECT
            and self.settings.leave_scope is LeaveScope.DISABLE
        )
        if kind is ObjectKind.GROUP and self.settings.propagate_deletions:
            self._delete(anchor, cloud, kind, display, Reason(ReasonCode.LEFT_SCOPE, data), dn)
            return
        if not disable:
            self._ignore(kind, anchor, cloud.id, display, Reason(ReasonCode.OUT_OF_SCOPE, data), dn)
            return
        if self._is_owner(cloud, None):
            reason = Reason(ReasonCode.OWNER_PROTECTED, {"rule": PlanCategory.DISABLE.value, "cause": "left_scope"})
            self._ignore(kind, anchor, cloud.id, display, reason, dn)
            return
        self.ledger_out.append(LedgerEntry(anchor, kind, dn, cloud.id, disabled_by_sync=True))
        if not cloud.active:
            return
        change = (AttributeChange("active", True, False),)
        self.entries.append(
            PlanEntry(
                PlanCategory.DISABLE,
                kind,
                anchor,
                cloud.id,
                display,
                Reason(ReasonCode.LEFT_SCOPE, data),
                change,
                dn=dn,
            )
        )

    def _deleted(
        self, anchor: str, known: LedgerEntry, index: _Index, kind: ObjectKind, *, evidence: bool = True
    ) -> None:
        """Deleted in the directory; ``evidence=False``: vanished without a tombstone (never deleted here)."""
        cloud = self._cloud_for(anchor, index)
        if cloud is None:
            return
        display = _display(cloud)
        data: dict[str, str | int | bool | None] = {"dn": known.dn}
        if not evidence:
            data["evidence"] = "not_visible"
        reason = Reason(ReasonCode.DELETED_IN_DIRECTORY, data)
        if self.settings.propagate_deletions and evidence:
            self._delete(anchor, cloud, kind, display, reason, known.dn)
            return
        if kind is ObjectKind.GROUP or self.settings.status_sync is not StatusSync.REFLECT:
            code = ReasonCode.DELETED_IN_DIRECTORY if kind is ObjectKind.GROUP else ReasonCode.STATUS_SYNC_OFF
            self._ignore(kind, anchor, cloud.id, display, Reason(code, data), known.dn)
            return
        if self._is_owner(cloud, None):
            data = {"rule": PlanCategory.DISABLE.value, "cause": "deleted_in_directory"}
            self._ignore(kind, anchor, cloud.id, display, Reason(ReasonCode.OWNER_PROTECTED, data), known.dn)
            return
        self.ledger_out.append(LedgerEntry(anchor, kind, known.dn, cloud.id, disabled_by_sync=True))
        if not cloud.active:
            return
        change = (AttributeChange("active", True, False),)
        self.entries.append(
            PlanEntry(PlanCategory.DISABLE, kind, anchor, cloud.id, display, reason, change, dn=known.dn)
        )

    def _delete(self, anchor: str, cloud: CloudObject, kind: ObjectKind, display: str, reason: Reason, dn: str) -> None:
        if kind is ObjectKind.USER and self._is_owner(cloud, None):
            data = {"rule": PlanCategory.DELETE.value, "cause": reason.code.value}
            self._ignore(kind, anchor, cloud.id, display, Reason(ReasonCode.OWNER_PROTECTED, data), dn)
            return
        self.entries.append(PlanEntry(PlanCategory.DELETE, kind, anchor, cloud.id, display, reason, dn=dn))

    # --- group membership -----------------------------------------------------------------------------------

    def _plan_members(
        self,
        groups: list[SourceObject],
        source: SourceSnapshot,
        users: _Index,
        cloud_groups: _Index,
        synced_users: set[str],
        synced_groups: set[str],
    ) -> None:
        if not groups:
            return
        outer = {g.anchor: g for g in source.outer_groups}
        # Users created in this run are members too (resolved to ids by the applier).
        new_users = {e.anchor for e in self.entries if e.kind is ObjectKind.USER and e.category is PlanCategory.NEW}
        new_groups = {e.anchor for e in self.entries if e.kind is ObjectKind.GROUP and e.category is PlanCategory.NEW}
        member_users = synced_users | new_users
        member_groups = synced_groups | new_groups
        # Cloud id → anchor: from the ledger too, because a delta plan sees only the changed cloud users.
        anchor_of = {e.cloud_id: a for a, e in self.state.ledger.items() if e.cloud_id}
        anchor_of.update(
            {o.id: o.external_id for o in (*users.by_id.values(), *cloud_groups.by_id.values()) if o.external_id}
        )
        positions = {(e.anchor, e.category): i for i, e in enumerate(self.entries) if e.kind is ObjectKind.GROUP}
        for group in groups:
            if group.anchor not in member_groups:
                continue
            desired = tuple(sorted(self._resolve_members(group, outer, member_users, member_groups)))
            new_pos = positions.get((group.anchor, PlanCategory.NEW))
            if new_pos is not None:
                self.entries[new_pos] = _with_members(self.entries[new_pos], desired, added=desired, removed=())
                continue
            cloud = cloud_groups.by_external_id.get(group.anchor)
            if cloud is None:
                cloud = cloud_groups.by_name.get(str(self._desired(group).get("displayName", "")).lower())
            if cloud is None:
                continue
            current = {anchor_of.get(i, f"id:{i}") for i in cloud.members}
            added = tuple(a for a in desired if a not in current)
            removed = tuple(sorted(a for a in current if a not in desired))
            if not added and not removed:
                continue
            upd_pos = positions.get((group.anchor, PlanCategory.UPDATE))
            if upd_pos is not None:
                entry = self.entries[upd_pos]
                if entry.payload is None:
                    entry = replace(
                        entry, payload=self._merged_payload(cloud, self._desired(group), ObjectKind.GROUP, group.anchor)
                    )
                self.entries[upd_pos] = _with_members(entry, desired, added=added, removed=removed)
            else:
                reason = Reason(ReasonCode.MEMBERS_CHANGED, {"added": len(added), "removed": len(removed)})
                entry = PlanEntry(
                    PlanCategory.UPDATE,
                    ObjectKind.GROUP,
                    group.anchor,
                    cloud.id,
                    _display(cloud),
                    reason,
                    payload=self._merged_payload(cloud, self._desired(group), ObjectKind.GROUP, group.anchor),
                    dn=group.dn,
                    etag=cloud.etag,
                )
                self.entries.append(_with_members(entry, desired, added=added, removed=removed))

    def _resolve_members(
        self, group: SourceObject, outer: Mapping[str, SourceObject], users: set[str], groups: set[str]
    ) -> set[str]:
        result: set[str] = set()
        visited = {group.anchor}
        pending = list(group.member_anchors)
        while pending:
            anchor = pending.pop()
            if anchor in users or anchor in groups:
                result.add(anchor)
            elif anchor in outer and anchor not in visited:
                visited.add(anchor)
                pending.extend(outer[anchor].member_anchors)
        result.discard(group.anchor)
        return result

    # --- payloads -------------------------------------------------------------------------------------------

    def _targets(self, kind: ObjectKind) -> list[str]:
        return self.user_targets if kind is ObjectKind.USER else self.group_targets

    def _mapping(self, kind: ObjectKind) -> _Mapping:
        return self.user_mapping if kind is ObjectKind.USER else self.group_mapping

    def _desired(self, src: SourceObject, values: Sequence[str | None] | None = None) -> dict[str, Any]:
        """:func:`build_resource` with this plan's prepared mapping. ``values``: each target's source value
        (:meth:`_Mapping.values`) when already read, else they are read from ``src``."""
        mapping = self._mapping(src.kind)
        return resource_of(src.kind, mapping.targets, values if values is not None else src.firsts(mapping.sources))

    def _create_payload(self, src: SourceObject, values: Sequence[str | None] | None = None) -> dict[str, Any]:
        payload = self._desired(src, values)
        payload["externalId"] = src.anchor
        if src.kind is ObjectKind.USER:
            # Created disabled when the directory account is disabled and status sync reflects it.
            payload["active"] = not (src.disabled and self.settings.status_sync is StatusSync.REFLECT)
        return payload

    def _merged_payload(
        self, cloud: CloudObject, desired: Mapping[str, Any], kind: ObjectKind, anchor: str
    ) -> dict[str, Any]:
        # A compact resource decodes to a fresh dict, ours to change; any other mapping is copied.
        resource = cloud.resource
        merged = resource.to_dict() if isinstance(resource, CompactResource) else scimpath.clone(resource)
        for key in READ_ONLY_ATTRIBUTES:
            merged.pop(key, None)
        for path in self._targets(kind):
            scimpath.put(merged, path, scimpath.get(desired, path))
        merged["schemas"] = sorted({*merged.get("schemas", []), *desired.get("schemas", [])})
        merged["externalId"] = anchor
        return merged

    # --- criteria, owner, ignore ----------------------------------------------------------------------------

    def _failed_criterion(self, kind: ObjectKind) -> _CriteriaCheck:
        criteria = self.settings.criteria_for("user" if kind is ObjectKind.USER else "group")
        return _CriteriaCheck(criteria.rows if criteria.import_type is ImportType.CRITERIA else [])

    def _is_owner(self, cloud: CloudObject | None, src: SourceObject | None) -> bool:
        if cloud is not None:
            emails = tuple(str(e.get("value")) for e in cloud.resource.get("emails", []) or [] if isinstance(e, dict))
            if self.owner.matches(cloud.user_name, emails):
                return True
        if src is not None:
            mapped = self._desired(src)
            emails = tuple(str(e.get("value")) for e in mapped.get("emails", []) if isinstance(e, dict))
            return self.owner.matches(mapped.get("userName"), (*emails, *src.values("mail")))
        return False

    def _ignore(
        self, kind: ObjectKind, anchor: str, cloud_id: str | None, display: str, reason: Reason, dn: str | None
    ) -> None:
        self.entries.append(PlanEntry(PlanCategory.IGNORED, kind, anchor, cloud_id, display, reason, dn=dn))


@dataclass(frozen=True)
class _CriteriaCheck:
    rows: list[SyncCriterion]

    def __call__(self, src: SourceObject) -> tuple[int, SyncCriterion] | None:
        for row, criterion in enumerate(self.rows):
            if not criterion_holds(criterion, src):
                return row, criterion
        return None


def criterion_holds(criterion: SyncCriterion, src: SourceObject) -> bool:
    """Evaluate one criteria row locally (case-insensitive), so typed values never become LDAP filter text."""
    rel = criterion.relationship
    if rel is Relationship.MEMBER_OF:
        wanted = _norm_dn(criterion.value or "")
        return any(_norm_dn(dn) == wanted for dn in src.member_of)
    values = [v.lower() for v in src.values(criterion.field) if v != ""]
    if rel is Relationship.PRESENT:
        return bool(values)
    if rel is Relationship.ABSENT:
        return not values
    target = (criterion.value or "").lower()
    if rel is Relationship.EQUALS:
        return target in values
    if rel is Relationship.NOT_EQUALS:
        return target not in values
    if rel is Relationship.CONTAINS:
        return any(target in v for v in values)
    if rel is Relationship.STARTS_WITH:
        return any(v.startswith(target) for v in values)
    return any(v.endswith(target) for v in values)


def _parent_dn(dn: str) -> str:
    """The DN's parent (everything after the first unescaped comma)."""
    i = 0
    while i < len(dn):
        if dn[i] == "\\":
            i += 2
            continue
        if dn[i] == ",":
            return dn[i + 1 :].strip()
        i += 1
    return ""


def _norm_dn(dn: str) -> str:
    return ",".join(part.strip().lower() for part in dn.split(","))


def build_resource(src: SourceObject, mapping: Iterable[AttributeMapping]) -> dict[str, Any]:
    """The SCIM resource the mapping makes of a directory object (without externalId/active/members)."""
    mapping = list(mapping)
    return resource_of(src.kind, [m.target for m in mapping], src.firsts([m.source_attribute for m in mapping]))


def resource_of(kind: ObjectKind, targets: Sequence[str], values: Sequence[str | None]) -> dict[str, Any]:
    """The SCIM resource holding each target's value (an empty or missing value leaves its target out)."""
    schemas = [SCIM_USER if kind is ObjectKind.USER else SCIM_GROUP]
    resource: dict[str, Any] = {}
    for target, value in zip(targets, values, strict=True):
        if value is None or value == "":
            continue
        scimpath.put(resource, target, value)
        urn = scimpath.parse(target).urn
        if urn is not None and urn not in schemas:
            schemas.append(urn)
    resource["schemas"] = schemas
    return resource


def _all_same(resource: Any, getters: Sequence[Callable[[Any], Any]], values: Sequence[Any]) -> bool:
    for get, new in zip(getters, values, strict=True):
        old = get(resource)
        if old != new and not _same(old, new):
            return False
    return True


def _same(old: Any, new: Any) -> bool:
    if old in (None, "", [], {}) and new in (None, "", [], {}):
        return True
    if isinstance(old, str) and isinstance(new, str):
        return old == new
    return bool(old == new)


def _display(cloud: CloudObject) -> str:
    value = cloud.resource.get("displayName") or cloud.user_name or cloud.id
    return str(value)


def _with_members(
    entry: PlanEntry, desired: tuple[str, ...], *, added: tuple[str, ...], removed: tuple[str, ...]
) -> PlanEntry:
    diff = (*entry.diff, AttributeChange("members", removed, added))
    return replace(entry, members=desired, diff=diff)


def assess_safety(
    source: SourceSnapshot, entries: Iterable[PlanEntry], settings: SyncSettings, state: SyncState
) -> SafetyVerdict:
    """The safety rule documented in the module docstring."""
    disables = deletes = 0
    for entry in entries:
        if entry.category is PlanCategory.DISABLE:
            disables += 1
        elif entry.category is PlanCategory.DELETE:
            deletes += 1
    # Objects the agent already disabled because they left the scope or were deleted stay in the ledger
    # (so they can be re-enabled); they are not part of the population a shrink is measured against.
    previous = sum(1 for e in state.ledger.values() if not e.disabled_by_sync)
    current = len(source.users) + len(source.groups)
    managed = max(previous, current, 1)
    common: dict[str, Any] = {
        "disables": disables,
        "deletes": deletes,
        "managed": managed,
        "limit_count": settings.safety.max_count,
        "limit_percent": settings.safety.max_percent,
        "source_count": current,
        "previous_count": previous,
    }
    full = source.read_kind is ReadKind.FULL
    if not source.complete:
        return SafetyVerdict(SafetyStatus.ABORT, SafetyCode.SOURCE_INCOMPLETE, **common)
    # Objects the agent already disabled because they vanished before do not vanish "at once" again.
    hidden = [t for t in source.vanished if t.anchor in state.ledger and not state.ledger[t.anchor].disabled_by_sync]
    if len(hidden) > NOT_VISIBLE_MAX or source.unreadable_ous:
        ous = {_parent_dn(state.ledger[t.anchor].dn) for t in hidden} | set(source.unreadable_ous)
        return SafetyVerdict(
            SafetyStatus.STOP,
            SafetyCode.SOURCE_NOT_VISIBLE,
            not_visible=len(hidden),
            not_visible_ous=tuple(sorted(ou for ou in ous if ou)),
            **common,
        )
    if full and current == 0 and previous > 0:
        return SafetyVerdict(SafetyStatus.ABORT, SafetyCode.SOURCE_EMPTY, **common)
    scope_same = state.scope_fingerprint in (None, settings.scope_fingerprint())
    drop = previous - current
    if full and scope_same and drop > SAFETY_FLOOR and drop * 100.0 / max(previous, 1) > settings.safety.max_percent:
        return SafetyVerdict(SafetyStatus.STOP, SafetyCode.SOURCE_SHRANK, **common)
    removals = disables + deletes
    if removals > settings.safety.max_count or (
        removals > SAFETY_FLOOR and removals * 100.0 / managed > settings.safety.max_percent
    ):
        return SafetyVerdict(SafetyStatus.STOP, SafetyCode.THRESHOLD_EXCEEDED, **common)
    return SafetyVerdict(SafetyStatus.OK, SafetyCode.OK, **common)


__all__ = [
    "ENTERPRISE_USER",
    "NOT_VISIBLE_MAX",
    "SAFETY_FLOOR",
    "SyncPlanner",
    "assess_safety",
    "build_resource",
    "criterion_holds",
    "plan",
]
