"""The sync engine's own plain data: directory and cloud snapshots, the plan, its entries and verdicts.

These are frozen dataclasses with no behaviour beyond small conveniences, so the planner can be tested with
data written inline and the review screen can show a plan without knowing where it came from.

A :class:`Reason` is a stable ``code`` plus data (never a sentence); ``ui/`` turns it into words.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# The kinds of object and the agent's owner are the directory's and the tenant's concepts; the engine uses
# those types as they are.
from app.cloud.agentapi import Owner as Owner
from app.ldap.reader import ObjectKind as ObjectKind


class RunMode(StrEnum):
    MANUAL = "manual"  # "sync now" / first run: the plan is reviewed, cloud-deleted users are only proposed
    SCHEDULED = "scheduled"  # applied without review (unless the safety check stops it)


class ReadKind(StrEnum):
    FULL = "full"
    DELTA = "delta"


class PlanCategory(StrEnum):
    """The review screen's tabs (per kind)."""

    NEW = "new"
    UPDATE = "update"
    ACTIVATE = "activate"
    DISABLE = "disable"
    DELETE = "delete"
    IGNORED = "ignored"


class ReasonCode(StrEnum):
    # new
    NEW_IN_SCOPE = "new_in_scope"
    DELETED_IN_CLOUD = "deleted_in_cloud"  # known anchor whose cloud object is gone; data: previous_id
    SOFT_MATCH = "soft_match"  # unanchored cloud user with the same userName: adopted (an update)
    # update
    ATTRIBUTES_CHANGED = "attributes_changed"  # data: renamed, moved (bools), old_dn
    MEMBERS_CHANGED = "members_changed"  # data: added, removed (counts)
    # activate / disable
    ENABLED_IN_DIRECTORY = "enabled_in_directory"
    DISABLED_IN_DIRECTORY = "disabled_in_directory"
    LEFT_SCOPE = "left_scope"  # data: dn (last seen), cause: moved|criteria|filter
    DELETED_IN_DIRECTORY = "deleted_in_directory"
    # ignored
    OWNER_PROTECTED = "owner_protected"  # data: rule (what would have happened)
    OUT_OF_SCOPE = "out_of_scope"  # left the scope under "Do nothing": no longer managed
    CRITERIA_NOT_MET = "criteria_not_met"  # data: row (index), field, relationship
    NO_USERNAME = "no_username"  # the userName source attribute is empty
    USERNAME_CONFLICT = "username_conflict"  # data: user_name, other (anchor or cloud id)
    ANCHORED_ELSEWHERE = "anchored_elsewhere"  # cloud user with that userName has another externalId
    STATUS_SYNC_OFF = "status_sync_off"  # disabled/deleted in AD, status sync "Do nothing": left untouched
    # Built-in AD accounts and groups (isCriticalSystemObject, CN=Builtin, krbtgt, Guest) unless opted in;
    # data: why (critical | builtin | well_known)
    AD_SYSTEM_OBJECT = "ad_system_object"


class SafetyStatus(StrEnum):
    OK = "ok"
    STOP = "stop"  # over the threshold: wait for approval
    ABORT = "abort"  # the source read cannot be trusted: nothing is applied, approval or not


class SafetyCode(StrEnum):
    OK = "ok"
    THRESHOLD_EXCEEDED = "threshold_exceeded"
    SOURCE_EMPTY = "source_empty"
    SOURCE_SHRANK = "source_shrank"
    SOURCE_INCOMPLETE = "source_incomplete"
    # Managed objects (or a selected OU) the bind account can no longer see, with no tombstone to say they
    # were deleted: a lost read right looks exactly like a mass deletion, so nothing is written unless approved.
    SOURCE_NOT_VISIBLE = "source_not_visible"


@dataclass(frozen=True, slots=True)
class SourceObject:
    """One directory object in scope. ``attributes`` hold lists of strings (LDAP values, already decoded)."""

    anchor: str
    dn: str
    kind: ObjectKind
    attributes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    disabled: bool = False
    member_anchors: frozenset[str] = frozenset()
    member_of: frozenset[str] = frozenset()  # DNs of direct groups, for "member of" criteria
    security: bool = True  # groups: security vs distribution
    # An AD system object (see ReasonCode.AD_SYSTEM_OBJECT): None, or why it is one.
    system: str | None = None

    def first(self, attribute: str) -> str | None:
        exact = self.attributes.get(attribute)
        if exact is not None:
            return exact[0] if exact else None
        # LDAP attribute names are case-insensitive; readers usually keep the schema's spelling, so this
        # scan is the exception.
        for key, values in self.attributes.items():
            if key.lower() == attribute.lower():
                return values[0] if values else None
        return None

    def values(self, attribute: str) -> tuple[str, ...]:
        exact = self.attributes.get(attribute)
        if exact is not None:
            return exact
        for key, values in self.attributes.items():
            if key.lower() == attribute.lower():
                return values
        return ()


@dataclass(frozen=True, slots=True)
class Tombstone:
    """A deletion with evidence: an AD tombstone (Show Deleted control, ``isDeleted``); only the anchor
    survives reliably. Also used for :attr:`SourceSnapshot.vanished` (no evidence, last known DN as parent)."""

    anchor: str
    kind: ObjectKind
    last_known_parent: str | None = None


@dataclass(frozen=True, slots=True)
class SourceSnapshot:
    """What the planner sees of the directory.

    Full read: every object in scope. Delta read: only changed objects (``changed``) plus tombstones; the
    planner then fills the unchanged rest from the scope ledger, so a delta plan never disables "everyone not
    in the delta". ``complete=False`` means a paged read stopped early: the planner aborts.
    ``outer_groups`` are groups *not* in scope that are members of groups in scope; their users are
    flattened into the parent (see planner docs).
    """

    users: tuple[SourceObject, ...] = ()
    groups: tuple[SourceObject, ...] = ()
    read_kind: ReadKind = ReadKind.FULL
    complete: bool = True
    tombstones: tuple[Tombstone, ...] = ()
    # Delta: anchors of objects that were read and are now out of scope (moved out, filtered out)
    out_of_scope: frozenset[str] = frozenset()
    outer_groups: tuple[SourceObject, ...] = ()
    # Managed anchors found neither in scope, nor elsewhere under the base DN, nor as a tombstone the bind
    # account may read: deleted, or merely hidden from the bind account. ``last_known_parent``: the OU
    # they were last seen in (from the ledger).
    vanished: tuple[Tombstone, ...] = ()
    # Selected OUs the bind account cannot read at all (the search base itself is not visible).
    unreadable_ous: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CloudObject:
    """One SCIM resource as the tenant returned it; ``resource`` is the whole JSON object."""

    id: str
    kind: ObjectKind
    external_id: str | None
    user_name: str | None  # users: userName; groups: displayName
    active: bool
    resource: Mapping[str, Any]
    etag: str | None = None
    members: frozenset[str] = frozenset()  # SCIM ids of members (groups)


@dataclass(frozen=True, slots=True)
class CloudSnapshot:
    users: tuple[CloudObject, ...] = ()
    groups: tuple[CloudObject, ...] = ()


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """An anchor the agent manages: last seen in scope with this DN, mapped to this SCIM id."""

    anchor: str
    kind: ObjectKind
    dn: str
    cloud_id: str | None
    disabled_by_sync: bool = False  # the agent set active=false because the object left scope / was deleted


@dataclass(frozen=True, slots=True)
class SyncState:
    """What the planner needs from the state store: the scope ledger (managed anchors)."""

    ledger: Mapping[str, LedgerEntry] = field(default_factory=dict)
    # Fingerprint of the scope the ledger was built with; a different one makes a shrink expected.
    scope_fingerprint: str | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    code: ReasonCode
    data: Mapping[str, str | int | bool | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AttributeChange:
    path: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One decision. ``payload`` is the full SCIM resource to create or put (None for status changes)."""

    category: PlanCategory
    kind: ObjectKind
    anchor: str
    cloud_id: str | None
    display_name: str
    reason: Reason
    diff: tuple[AttributeChange, ...] = ()
    payload: Mapping[str, Any] | None = None
    dn: str | None = None
    etag: str | None = None
    # Groups: the desired members as directory anchors; the applier resolves them to SCIM ids at apply
    # time, because users created earlier in the same run have no SCIM id while planning.
    members: tuple[str, ...] | None = None
    # Applied only when explicitly selected (a manual run's cloud-deleted objects: proposed, not re-created).
    needs_review: bool = False

    @property
    def key(self) -> str:
        """Stable identity of the entry within a run (selection and journal use it)."""
        return f"{self.kind.value}:{self.anchor}:{self.category.value}"


@dataclass(frozen=True, slots=True)
class SafetyVerdict:
    status: SafetyStatus
    code: SafetyCode
    disables: int = 0
    deletes: int = 0
    managed: int = 0
    limit_count: int = 0
    limit_percent: float = 0.0
    source_count: int = 0
    previous_count: int = 0
    # SOURCE_NOT_VISIBLE: how many managed objects vanished without a tombstone, and the OUs they were last
    # seen in (plus selected OUs that cannot be read at all).
    not_visible: int = 0
    not_visible_ous: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Plan:
    mode: RunMode
    read_kind: ReadKind
    entries: tuple[PlanEntry, ...]
    safety: SafetyVerdict
    unchanged: int = 0
    source_users: int = 0
    source_groups: int = 0
    # In-scope objects already in the cloud: written to the scope ledger when the plan is applied.
    ledger: tuple[LedgerEntry, ...] = ()
    # No OU selected: the scope is the whole domain (the review says so plainly).
    whole_domain: bool = False

    def by(self, kind: ObjectKind, category: PlanCategory) -> tuple[PlanEntry, ...]:
        return tuple(e for e in self.entries if e.kind is kind and e.category is category)

    def counts(self) -> dict[str, int]:
        """``{"user.new": n, …}`` for every kind and category (zeros included), for status and CLI output."""
        result = {f"{k.value}.{c.value}": 0 for k in ObjectKind for c in PlanCategory}
        for entry in self.entries:
            result[f"{entry.kind.value}.{entry.category.value}"] += 1
        return result

    @property
    def actionable(self) -> tuple[PlanEntry, ...]:
        return tuple(e for e in self.entries if e.category is not PlanCategory.IGNORED)

    def removal_keys(self) -> frozenset[str]:
        """Keys of the disables and deletes: what a threshold approval covers, exactly."""
        return frozenset(e.key for e in self.entries if e.category in (PlanCategory.DISABLE, PlanCategory.DELETE))

    def counts_for(self, keys: Collection[str]) -> dict[str, int]:
        """:meth:`counts` of the actionable entries whose key is in ``keys`` (a review's selection)."""
        chosen = set(keys)
        result = {f"{k.value}.{c.value}": 0 for k in ObjectKind for c in PlanCategory}
        for entry in self.actionable:
            if entry.key in chosen:
                result[f"{entry.kind.value}.{entry.category.value}"] += 1
        return result
