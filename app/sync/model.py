"""The sync engine's own plain data: directory and cloud snapshots, the plan, its entries and verdicts.

These are frozen dataclasses with no behaviour beyond small conveniences, so the planner can be tested with
data written inline and the review screen can show a plan without knowing where it came from.

Snapshots hold every object of a directory and a tenant at once (a million users, for the largest), so the
two per-object payloads are kept compact behind their ``Mapping`` interface: a :class:`SourceObject`'s
attributes as :class:`CompactAttributes` (the attribute names once per distinct set of names, the values in
one string), a :class:`CloudObject`'s resource as :class:`CompactResource` (the JSON object ``marshal``-ed
into one bytes object, decoded when read). Both are made from a plain mapping by the constructors, so callers
pass dicts as before. Those two classes are frozen value objects written out by hand with ``__slots__``
rather than dataclasses: the compact payload sits in the object itself (``attributes`` / ``resource`` are
views made when read, a cloud object's name is kept in front of its resource), and ``replace()`` stands in
for ``dataclasses.replace``.

A :class:`Reason` is a stable ``code`` plus data (never a sentence); ``ui/`` turns it into words.
"""

from __future__ import annotations

import heapq
import marshal
import zlib
from bisect import bisect_left
from collections.abc import Collection, ItemsView, Iterable, Iterator, KeysView, Mapping, Sequence, ValuesView
from dataclasses import FrozenInstanceError, dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, Self, overload

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


# Values are joined with this character into one UTF-8 string; an object with a value containing it (or a
# value that is not a string, or not encodable) keeps its values in a tuple instead.
_SEP = "\x00"
_NO_STRINGS: frozenset[str] = frozenset()
# Distinct (names, value counts) layouts kept for sharing; a directory has a handful of them. Past this many
# (say, multi-valued attributes with every possible count), new layouts are simply no longer shared.
_LAYOUTS_MAX = 4096


class _Layout:
    """The attribute names of a :class:`CompactAttributes` and how many values each has, shared by every
    object with the same ones. ``where``: name → (first value's position, count); ``folded``: the same by
    lower-case name, first name in order winning (LDAP attribute names are case-insensitive)."""

    __slots__ = ("counts", "folded", "names", "positions", "total", "where")

    def __init__(self, names: tuple[str, ...], counts: tuple[int, ...]) -> None:
        self.names = names
        self.counts = counts
        self.where: dict[str, tuple[int, int]] = {}
        self.folded: dict[str, tuple[int, int]] = {}
        start = 0
        for name, count in zip(names, counts, strict=True):
            self.where[name] = (start, count)
            self.folded.setdefault(name.lower(), (start, count))
            start += count
        self.total = start
        # Attribute names asked for together (a mapping's) → where each one's first value is, None: no value.
        self.positions: dict[tuple[str, ...], tuple[int | None, ...]] = {}

    def first_positions(self, attributes: tuple[str, ...]) -> tuple[int | None, ...]:
        found = self.positions.get(attributes)
        if found is None:
            places = [self.find(attribute) for attribute in attributes]
            found = tuple(p[0] if p is not None and p[1] else None for p in places)
            if len(self.positions) < 64:
                self.positions[attributes] = found
        return found

    def find(self, attribute: str) -> tuple[int, int] | None:
        found = self.where.get(attribute)
        return found if found is not None else self.folded.get(attribute.lower())


_LAYOUTS: dict[tuple[tuple[str, ...], tuple[int, ...]], _Layout] = {}


def _layout(names: tuple[str, ...], counts: tuple[int, ...]) -> _Layout:
    key = (names, counts)
    found = _LAYOUTS.get(key)
    if found is None:
        found = _Layout(names, counts)
        if len(_LAYOUTS) < _LAYOUTS_MAX:
            _LAYOUTS[key] = found
    return found


class CompactAttributes(Mapping[str, tuple[str, ...]]):
    """A directory object's attributes (name → values), read-only, in two references: a shared
    :class:`_Layout` and the values joined into one UTF-8 string (a tuple when a value contains ``_SEP``)."""

    __slots__ = ("_layout", "_values")

    def __init__(self, attributes: Mapping[str, Sequence[str]] | None = None) -> None:
        if isinstance(attributes, CompactAttributes):
            self._layout: _Layout = attributes._layout
            self._values: bytes | tuple[Any, ...] = attributes._values
            return
        names: list[str] = []
        counts: list[int] = []
        flat: list[Any] = []
        for name, values in (attributes or {}).items():
            names.append(name)
            row = tuple(values)
            counts.append(len(row))
            flat.extend(row)
        self._layout = _layout(tuple(names), tuple(counts))
        self._values = tuple(flat)
        if all(type(v) is str and _SEP not in v for v in flat):
            try:
                self._values = _SEP.join(flat).encode()
            except UnicodeEncodeError:  # a lone surrogate (surrogateescape-decoded bytes): keep the tuple
                pass

    @classmethod
    def _view(cls, layout: _Layout, values: bytes | tuple[Any, ...]) -> CompactAttributes:
        view = cls.__new__(cls)
        view._layout = layout
        view._values = values
        return view

    def _flat(self) -> Sequence[Any]:
        values = self._values
        if isinstance(values, tuple):
            return values
        return values.decode().split(_SEP) if self._layout.total else ()

    def first(self, attribute: str) -> str | None:
        """The first value of ``attribute`` (name matched case-insensitively), None when it has none."""
        return self.firsts((attribute,))[0]

    def firsts(self, attributes: Sequence[str]) -> list[str | None]:
        """:meth:`first` of each of ``attributes``, decoding the values once."""
        positions = self._layout.first_positions(tuple(attributes))
        flat = self._flat()
        return [None if i is None else flat[i] for i in positions]

    def values_of(self, attribute: str) -> tuple[str, ...]:
        """All values of ``attribute`` (name matched case-insensitively); ``()`` when absent."""
        found = self._layout.find(attribute)
        if found is None or not found[1]:
            return ()
        start, count = found
        return tuple(self._flat()[start : start + count])

    def __getitem__(self, name: str) -> tuple[str, ...]:
        found = self._layout.where.get(name)
        if found is None:
            raise KeyError(name)
        start, count = found
        return tuple(self._flat()[start : start + count]) if count else ()

    def __contains__(self, name: object) -> bool:
        return name in self._layout.where

    def __iter__(self) -> Iterator[str]:
        return iter(self._layout.names)

    def __len__(self) -> int:
        return len(self._layout.names)

    def items(self) -> ItemsView[str, tuple[str, ...]]:
        return self.to_dict().items()

    def to_dict(self) -> dict[str, tuple[str, ...]]:
        """The attributes as a plain dict, decoding the values once."""
        flat = self._flat()
        result: dict[str, tuple[str, ...]] = {}
        start = 0
        for name, count in zip(self._layout.names, self._layout.counts, strict=True):
            result[name] = tuple(flat[start : start + count])
            start += count
        return result

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CompactAttributes) and other._layout is self._layout:
            return self._values == other._values
        if not isinstance(other, Mapping):
            return NotImplemented
        return self.to_dict() == {k: tuple(v) for k, v in other.items()}

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self.to_dict())


# Resources are compressed one by one (too small to compress well alone) against a preset dictionary: the
# attribute names and schema URNs SCIM resources are made of, as ``marshal`` writes them. A small window and
# little compressor memory, so each object costs microseconds: a 500-byte user becomes about 150 bytes.
_ZDICT = marshal.dumps(
    {
        "schemas": [
            "urn:ietf:params:scim:schemas:core:2.0:Group",
            "urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        ],
        "id": "",
        "externalId": "",
        "meta": {"resourceType": "User", "created": "", "lastModified": "", "location": "https://", "version": ""},
        "members": [{"value": "", "display": "", "type": "Group", "$ref": "https://"}],
        "userName": "@",
        "name": {"formatted": "", "givenName": "", "familyName": "", "middleName": ""},
        "displayName": "",
        "nickName": "",
        "preferredLanguage": "",
        "locale": "",
        "timezone": "",
        "emails": [{"type": "work", "primary": True, "value": "@"}],
        "phoneNumbers": [{"type": "work", "primary": True, "value": "+"}, {"type": "mobile", "value": "+"}],
        "addresses": [{"type": "work", "streetAddress": "", "locality": "", "postalCode": "", "country": ""}],
        "groups": [{"value": "", "display": "", "$ref": ""}],
        "title": "",
        "userType": "",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": "",
            "organization": "",
            "department": "",
            "manager": {"value": ""},
        },
        "active": True,
    }
)
_ZWBITS = -11  # raw deflate, 2 KiB window: the dictionary and a resource fit in it


# A compressor with the dictionary loaded, never used itself: each resource is packed by a copy of it, which
# skips loading the dictionary again (12 µs a user instead of 19).
_PACKER = zlib.compressobj(6, zlib.DEFLATED, _ZWBITS, 2, zlib.Z_DEFAULT_STRATEGY, _ZDICT)


def _pack(data: bytes) -> bytes:
    # Level 6: about 10 bytes a user smaller than level 1 for no measurable time.
    packer = _PACKER.copy()
    return packer.compress(data) + packer.flush()


def _unpack(data: bytes) -> bytes:
    unpacker = zlib.decompressobj(_ZWBITS, _ZDICT)
    return unpacker.decompress(data) + unpacker.flush()


_PACKED_EMPTY = _pack(marshal.dumps({}))

# A resource's parts the tenant keeps for itself: never compared with the directory nor written back (a PUT
# leaves them out). A listed resource is kept without them (``meta.version`` is kept as the ETag).
READ_ONLY_ATTRIBUTES = ("meta", "groups")


class CompactResource(Mapping[str, Any]):
    """A SCIM resource (a JSON object) kept as compressed ``marshal`` bytes; every read decodes a fresh
    copy, so :meth:`to_dict` once and work on that. A mapping ``marshal`` cannot encode is kept as it is.

    A cloud object's view of its resource may carry ``id`` and ``externalId`` beside the bytes (``_ids``,
    None for either that is not taken out; the bytes hold null in their place): the object holds them
    anyway, and as two 36-character GUIDs they are a third of what stays after compression. A read puts
    them back."""

    __slots__ = ("_data", "_ids")

    def __init__(self, resource: Mapping[str, Any]) -> None:
        self._ids: tuple[str | None, str | None] | None = None
        if isinstance(resource, CompactResource):
            self._data: bytes | Mapping[str, Any] = resource._data
            self._ids = resource._ids
            return
        data: bytes | Mapping[str, Any] = resource
        if type(resource) is dict:
            try:
                data = _pack(marshal.dumps(resource))
            except ValueError:  # a value JSON would not hold either (tests, mostly): keep the mapping
                data = resource
        self._data = data

    @classmethod
    def _view(
        cls, data: bytes | Mapping[str, Any], ids: tuple[str | None, str | None] | None = None
    ) -> CompactResource:
        view = cls.__new__(cls)
        view._data = data
        view._ids = ids
        return view

    def to_dict(self) -> dict[str, Any]:
        """A fresh copy of the resource, the caller's to change."""
        data = self._data
        if not isinstance(data, bytes):
            return dict(data)
        result: dict[str, Any] = marshal.loads(_unpack(data))
        if self._ids is None:
            return result
        cloud_id, external_id = self._ids
        if cloud_id is not None:
            result["id"] = cloud_id
        if external_id is not None:
            result["externalId"] = external_id
        return result

    def __getitem__(self, key: str) -> Any:
        data = self._data
        return self.to_dict()[key] if isinstance(data, bytes) else data[key]

    # Whole-resource reads decode once, not once per key.
    def keys(self) -> KeysView[str]:
        return self.to_dict().keys()

    def items(self) -> ItemsView[str, Any]:
        return self.to_dict().items()

    def values(self) -> ValuesView[Any]:
        return self.to_dict().values()

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())

    def __bool__(self) -> bool:
        # Without decoding: ``if payload`` runs once per object on a run's hot path.
        data = self._data
        if not isinstance(data, bytes):
            return bool(data)
        return data != _PACKED_EMPTY or (self._ids is not None and self._ids != (None, None))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CompactResource) and self._data == other._data and self._ids == other._ids:
            return True
        if not isinstance(other, Mapping):
            return NotImplemented
        return self.to_dict() == dict(other.items())

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self.to_dict())


def _compact_resource(resource: Mapping[str, Any]) -> bytes | Mapping[str, Any]:
    """What a :class:`CloudObject` keeps of ``resource``: compressed bytes, or the mapping itself when
    ``marshal`` cannot encode it (or it is not a plain dict: a read-only view, kept as it is)."""
    if isinstance(resource, CompactResource):
        return resource._data
    if type(resource) is dict:
        try:
            return _pack(marshal.dumps(resource))
        except ValueError:
            pass
    return resource


_NAME_IN_RESOURCE = 16 | 32


def _name_hash(name: str) -> int:
    """A cloud object's name, lower-cased, hashed the same in every process (CRC-32 of its UTF-8)."""
    return zlib.crc32(name.lower().encode("utf-8", "surrogatepass"))


def name_hash(name: str) -> int:
    """The hash :attr:`CloudObject.name_hash` gives an object of this name (any case)."""
    return _name_hash(name)


def _name_start(data: bytes) -> int:
    """Where a cloud object's name (or resource) starts in its bytes: after the tag and the ETag, if any."""
    return 2 + data[1] if data[0] & 8 else 1


def resource_copy(resource: Mapping[str, Any]) -> dict[str, Any]:
    """``resource`` as a new dict, the caller's to change (a compact one decoded once, not key by key)."""
    return resource.to_dict() if isinstance(resource, CompactResource) else dict(resource)


def plain_resource(resource: Mapping[str, Any]) -> Any:
    """``resource`` as a plain dict (a fresh one when compact), for code that walks JSON containers."""
    return resource.to_dict() if isinstance(resource, CompactResource) else resource


class _FrozenRecord:
    """What :class:`SourceObject` and :class:`CloudObject` share with a frozen dataclass, for classes written
    out by hand with ``__slots__``: no assignment after ``__init__``, equality and repr over :attr:`_FIELDS`
    (as :meth:`_fields` gives them), pickling through the constructor, and :meth:`replace`."""

    __slots__ = ()
    _FIELDS: ClassVar[tuple[str, ...]] = ()

    def _fields(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), self._fields())

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` (field name → value), as ``dataclasses.replace`` makes of a dataclass."""
        return type(self)(**{**dict(zip(self._FIELDS, self._fields(), strict=True)), **changes})

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _FrozenRecord)
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(self._FIELDS, self._fields(), strict=True))
        return f"{type(self).__name__}({shown})"


_SOURCEOBJECT_FIELDS = (
    "anchor",
    "dn",
    "kind",
    "attributes",
    "disabled",
    "member_anchors",
    "member_of",
    "security",
    "system",
)


# The facts of directory objects with members, memberOf, security and system at their defaults, one tuple per
# attribute layout, kind and status (most objects; as many as layouts are shared), and of cloud objects
# without members.
_PLAIN_SOURCE_FACTS: dict[tuple[_Layout, ObjectKind, bool], _SourceFacts] = {}
_PLAIN_CLOUD_FACTS = {(kind, active): (kind, active, _NO_STRINGS) for kind in ObjectKind for active in (False, True)}


# (kind, disabled, member_anchors, member_of, security, system, attribute layout)
_SourceFacts = tuple[ObjectKind, bool, frozenset[str], frozenset[str], bool, str | None, _Layout]


class SourceObject(_FrozenRecord):
    """One directory object in scope. ``attributes`` hold lists of strings (LDAP values, already decoded),
    kept as :class:`CompactAttributes` whatever mapping is passed.

    Frozen and compared by value like the other model classes, but written out by hand: a million of them
    are held at once, so the attributes' layout and values sit in the object itself (``attributes`` is a
    view made when asked for), and the other fields share one slot holding a tuple with the attributes'
    layout, the same tuple for every object of a layout, kind and status with members, memberOf, security and
    system at their defaults: four slots, 64 bytes an object."""

    __slots__ = ("_facts", "_values", "anchor", "dn")
    _FIELDS = _SOURCEOBJECT_FIELDS

    anchor: str
    dn: str
    _values: bytes | tuple[Any, ...]
    _facts: _SourceFacts

    def __init__(
        self,
        anchor: str,
        dn: str,
        kind: ObjectKind,
        attributes: Mapping[str, Sequence[str]] | None = None,
        disabled: bool = False,
        member_anchors: frozenset[str] = _NO_STRINGS,
        member_of: frozenset[str] = _NO_STRINGS,
        security: bool = True,
        system: str | None = None,
    ) -> None:
        compact = attributes if type(attributes) is CompactAttributes else CompactAttributes(attributes)
        setter = object.__setattr__
        setter(self, "anchor", anchor)
        setter(self, "dn", dn)
        setter(self, "_values", compact._values)
        layout = compact._layout
        facts: _SourceFacts
        if member_anchors or member_of or security is not True or system is not None:
            # One empty set for all: most objects have no members and, unless criteria need it, no memberOf.
            facts = (kind, disabled, member_anchors or _NO_STRINGS, member_of or _NO_STRINGS, security, system, layout)
        else:
            key = (layout, kind, disabled)
            found = _PLAIN_SOURCE_FACTS.get(key)
            if found is None:
                found = (kind, disabled, _NO_STRINGS, _NO_STRINGS, True, None, layout)
                if len(_PLAIN_SOURCE_FACTS) < 4 * _LAYOUTS_MAX:
                    _PLAIN_SOURCE_FACTS[key] = found
            facts = found
        setter(self, "_facts", facts)

    @property
    def attributes(self) -> CompactAttributes:
        return CompactAttributes._view(self._facts[6], self._values)

    @property
    def kind(self) -> ObjectKind:
        return self._facts[0]

    @property
    def disabled(self) -> bool:
        return self._facts[1]

    @property
    def member_anchors(self) -> frozenset[str]:
        return self._facts[2]

    @property
    def member_of(self) -> frozenset[str]:
        """DNs of direct groups, for "member of" criteria."""
        return self._facts[3]

    @property
    def security(self) -> bool:
        """Groups: security vs distribution."""
        return self._facts[4]

    @property
    def system(self) -> str | None:
        """An AD system object (see ReasonCode.AD_SYSTEM_OBJECT): None, or why it is one."""
        return self._facts[5]

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.anchor,
            self.dn,
            self.kind,
            self.attributes,
            self.disabled,
            self.member_anchors,
            self.member_of,
            self.security,
            self.system,
        )

    def first(self, attribute: str) -> str | None:
        """The first value of ``attribute`` (LDAP names are case-insensitive), None when it has none."""
        return self.attributes.firsts((attribute,))[0]

    def firsts(self, attributes: Sequence[str]) -> list[str | None]:
        """:meth:`first` of each of ``attributes``, decoding the values once."""
        return self.attributes.firsts(attributes)

    def values(self, attribute: str) -> tuple[str, ...]:
        return self.attributes.values_of(attribute)


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


_CLOUDOBJECT_FIELDS = ("id", "kind", "external_id", "user_name", "active", "resource", "etag", "members")


class CloudObject(_FrozenRecord):
    """One SCIM resource as the tenant returned it; ``resource`` is the whole JSON object, kept as a
    :class:`CompactResource` (``plain_resource`` gives a dict to walk).

    Frozen and compared by value like the other model classes, written out by hand for the same reason as
    :class:`SourceObject`: the compressed resource sits in the object, ``resource`` is a view of it, and the
    ETag and the name (or, when the resource holds it, the name's hash) are kept in front of it in the same
    bytes (``etag`` and ``user_name`` decode them)."""

    __slots__ = ("_data", "_facts", "external_id", "id")
    _FIELDS = _CLOUDOBJECT_FIELDS

    id: str
    external_id: str | None
    # (kind, active, members), one tuple per kind and status for objects without members (users)
    _facts: tuple[ObjectKind, bool, frozenset[str]]
    # A tag byte; when it has 8, the ETag's length (one byte) and the ETag (UTF-8); when it has 1, the name
    # (UTF-8) and b"\x00", when it has 16 or 32 (the name is the resource's userName or displayName) the name's
    # hash (4 bytes); then the compressed resource, with null for "id" when the tag has 2 and for "externalId"
    # when it has 4 (both equal to the slots). Else (a name with a NUL not in the resource, something not
    # encodable, an ETag over 255 bytes, a resource kept as a mapping) the name, the resource kept, the ETag.
    _data: bytes | tuple[str | None, bytes | Mapping[str, Any], str | None]

    def __init__(
        self,
        id: str,  # noqa: A002 - the SCIM attribute's name
        kind: ObjectKind,
        external_id: str | None,
        user_name: str | None,
        active: bool,
        resource: Mapping[str, Any],
        etag: str | None = None,
        members: frozenset[str] = _NO_STRINGS,
    ) -> None:
        setter = object.__setattr__
        setter(self, "id", id)
        setter(self, "external_id", external_id)
        facts = (kind, active, members) if members else _PLAIN_CLOUD_FACTS.get((kind, active))
        setter(self, "_facts", facts or (kind, active, _NO_STRINGS))
        if isinstance(resource, CompactResource) and resource._ids is not None:
            resource = resource.to_dict()  # another object's view: its ids are put back, then taken out again
        # The name: the resource's userName or displayName as a rule, then only its hash goes in front (flags 16
        # and 32: the name is read from the resource when asked for); else itself (flag 1).
        name: bytes | None = b""  # None: the name cannot go in front of the bytes
        tag = 0
        if user_name is not None:
            if type(resource) is dict and resource.get("userName") == user_name:
                tag, name = 16, _name_hash(user_name).to_bytes(4, "little")
            elif type(resource) is dict and resource.get("displayName") == user_name:
                tag, name = 32, _name_hash(user_name).to_bytes(4, "little")
            else:
                tag = 1
                try:
                    name = user_name.encode() + b"\x00" if "\x00" not in user_name else None
                except UnicodeEncodeError:  # a lone surrogate: kept apart
                    name = None
        # The ETag (a version string of its own per object) goes in front too, up to 255 bytes.
        version = b""
        if etag is not None:
            tag |= 8
            try:
                version = etag.encode()
            except UnicodeEncodeError:
                name = None
            if not version or len(version) > 255:
                name = None
        data: bytes | tuple[str | None, bytes | Mapping[str, Any], str | None] | None = None
        if name is not None:
            slim = resource
            if type(resource) is dict:
                # The ids the object holds anyway are taken out of the compressed form (flags 2 and 4).
                if resource.get("id") == id and isinstance(id, str):
                    tag |= 2
                if external_id is not None and resource.get("externalId") == external_id:
                    tag |= 4
                if tag & 6:  # kept as null, so the keys keep their places
                    slim = dict(resource)
                    if tag & 2:
                        slim["id"] = None
                    if tag & 4:
                        slim["externalId"] = None
            kept = _compact_resource(slim)
            if isinstance(kept, bytes):
                front = bytes((tag, len(version))) + version if tag & 8 else bytes((tag,))
                data = front + name + kept
        if data is None:
            data = (user_name, _compact_resource(resource), etag)
        setter(self, "_data", data)

    @property
    def kind(self) -> ObjectKind:
        return self._facts[0]

    @property
    def active(self) -> bool:
        return self._facts[1]

    @property
    def members(self) -> frozenset[str]:
        """SCIM ids of members (groups)."""
        return self._facts[2]

    @property
    def user_name(self) -> str | None:
        """Users: userName; groups: displayName."""
        data = self._data
        if isinstance(data, tuple):
            return data[0]
        tag = data[0]
        if tag & 1:
            start = _name_start(data)
            return data[start : data.index(0, start)].decode()
        if tag & _NAME_IN_RESOURCE:
            name: str = self.resource["userName" if tag & 16 else "displayName"]
            return name
        return None

    @property
    def name_hash(self) -> int | None:
        """:func:`_name_hash` of :attr:`user_name` (None without one), read without decoding the resource:
        matching by name looks at every object's, and decodes only those whose hash is a wanted name's."""
        data = self._data
        if not isinstance(data, tuple) and data[0] & _NAME_IN_RESOURCE:
            start = _name_start(data)
            return int.from_bytes(data[start : start + 4], "little")
        name = self.user_name
        return _name_hash(name) if name is not None else None

    @property
    def etag(self) -> str | None:
        """The version the tenant gave (an ETag header or ``meta.version``), sent back as If-Match."""
        data = self._data
        if isinstance(data, tuple):
            return data[2]
        return data[2 : 2 + data[1]].decode() if data[0] & 8 else None

    @property
    def resource(self) -> Mapping[str, Any]:
        data = self._data
        if isinstance(data, tuple):
            kept = data[1]
            return CompactResource._view(kept) if isinstance(kept, bytes) else kept
        tag = data[0]
        start = _name_start(data)
        if tag & 1:
            start = data.index(0, start) + 1
        elif tag & _NAME_IN_RESOURCE:
            start += 4
        kept = data[start:]
        if not tag & 6:
            return CompactResource._view(kept)
        return CompactResource._view(kept, (self.id if tag & 2 else None, self.external_id if tag & 4 else None))

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.id,
            self.kind,
            self.external_id,
            self.user_name,
            self.active,
            self.resource,
            self.etag,
            self.members,
        )


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


_LEDGER_KINDS = (ObjectKind.USER, ObjectKind.GROUP)  # a compact ledger row's kind: bit 0 of its flags
_LEDGER_DISABLED = 2  # bit 1: disabled_by_sync


class CompactLedger(Mapping[str, LedgerEntry]):
    """The scope ledger as a run holds it: the anchors in sorted order, their DNs and SCIM ids in two lists
    beside them and kind and ``disabled_by_sync`` in one byte, about 25 bytes a row besides the strings where
    a dict of :class:`LedgerEntry` takes about 110 (a million rows are held through a whole run). A row is
    made a :class:`LedgerEntry` when read; lookups bisect the anchors. Read-only."""

    __slots__ = ("_anchors", "_dns", "_flags", "_ids", "_last")

    def __init__(self, entries: Iterable[LedgerEntry] = ()) -> None:
        """From entries in any order; the last entry of an anchor wins, as in a dict built in order."""
        self._fill((e.anchor, e.kind, e.dn, e.cloud_id, e.disabled_by_sync) for e in entries)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, ObjectKind, str, str | None, bool]]) -> CompactLedger:
        """From (anchor, kind, dn, cloud id, disabled_by_sync) rows, one per anchor, best in anchor order (as
        SQLite's ``ORDER BY`` gives them: UTF-8 byte order is code point order); sorted here if they are not."""
        ledger = cls.__new__(cls)
        ledger._fill(rows)
        return ledger

    def _fill(self, rows: Iterable[tuple[str, ObjectKind, str, str | None, bool]]) -> None:
        anchors: list[str] = []
        dns: list[str] = []
        ids: list[str | None] = []
        flags = bytearray()
        ordered = True
        for anchor, kind, dn, cloud_id, disabled in rows:
            if anchors and anchor <= anchors[-1]:
                ordered = False
            anchors.append(anchor)
            dns.append(dn)
            ids.append(cloud_id)
            flags.append(_ledger_flags(kind, disabled))
        if not ordered:
            rows_by_anchor = {a: i for i, a in enumerate(anchors)}  # the last row of an anchor wins
            order = [rows_by_anchor[a] for a in sorted(rows_by_anchor)]
            anchors = [anchors[i] for i in order]
            dns = [dns[i] for i in order]
            ids = [ids[i] for i in order]
            flags = bytearray(flags[i] for i in order)
        self._anchors = anchors
        self._dns = dns
        self._ids = ids
        self._flags = flags
        self._last = 0  # the row last read: a plan reads a row, then hands the same entry back to LedgerRows

    def _find(self, anchor: object) -> int:
        """The row of ``anchor``, -1 when there is none."""
        anchors = self._anchors
        last = self._last
        if last < len(anchors) and anchors[last] is anchor:
            return last
        if not isinstance(anchor, str):
            return -1
        i = bisect_left(anchors, anchor)
        return i if i < len(anchors) and anchors[i] == anchor else -1

    def _row(self, i: int) -> LedgerEntry:
        self._last = i
        flags = self._flags[i]
        return LedgerEntry(
            self._anchors[i], _LEDGER_KINDS[flags & 1], self._dns[i], self._ids[i], bool(flags & _LEDGER_DISABLED)
        )

    def _same(self, i: int, entry: LedgerEntry) -> bool:
        """Whether row ``i`` is ``entry`` (the anchor is taken as found)."""
        flags = self._flags[i]
        return (
            self._dns[i] == entry.dn
            and self._ids[i] == entry.cloud_id
            and _LEDGER_KINDS[flags & 1] is entry.kind
            and bool(flags & _LEDGER_DISABLED) == entry.disabled_by_sync
        )

    def holds(self, entry: LedgerEntry) -> bool:
        """Whether ``entry`` is a row of this ledger as it is (compared without making the row an entry)."""
        i = self._find(entry.anchor)
        return i >= 0 and self._same(i, entry)

    def __getitem__(self, anchor: str) -> LedgerEntry:
        i = self._find(anchor)
        if i < 0:
            raise KeyError(anchor)
        return self._row(i)

    def get(self, anchor: str, default: Any = None) -> Any:
        i = self._find(anchor)
        return self._row(i) if i >= 0 else default

    def __contains__(self, anchor: object) -> bool:
        return self._find(anchor) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self._anchors)

    def __len__(self) -> int:
        return len(self._anchors)

    def values(self) -> ValuesView[LedgerEntry]:
        return _LedgerValues(self)

    def items(self) -> ItemsView[str, LedgerEntry]:
        return _LedgerItems(self)

    def __repr__(self) -> str:
        return f"CompactLedger({list(self.values())!r})"


class _LedgerValues(ValuesView[LedgerEntry]):
    _mapping: CompactLedger

    def __iter__(self) -> Iterator[LedgerEntry]:
        ledger = self._mapping
        return (ledger._row(i) for i in range(len(ledger)))


class _LedgerItems(ItemsView[str, LedgerEntry]):
    _mapping: CompactLedger

    def __iter__(self) -> Iterator[tuple[str, LedgerEntry]]:
        ledger = self._mapping
        return ((ledger._anchors[i], ledger._row(i)) for i in range(len(ledger)))


class LedgerRows(Sequence[LedgerEntry]):
    """The ledger a plan leaves, as the planner appends it: a row of the ledger it started from that stays as it
    was is marked kept (a byte, where a tuple of rows held a :class:`LedgerEntry` for each), any other row is
    kept as given. Read in anchor order (a row given for an anchor after a kept one of the same anchor comes
    after it, so a dict made of the rows takes the given one); compared as such sequences are."""

    __slots__ = ("_base", "_kept", "_rows")

    def __init__(self, base: Mapping[str, LedgerEntry] | None = None) -> None:
        self._base = base if isinstance(base, CompactLedger) else None
        self._kept = bytearray(len(self._base)) if self._base is not None else bytearray()
        self._rows: list[LedgerEntry] = []

    def append(self, entry: LedgerEntry) -> None:
        base = self._base
        if base is not None:
            i = base._find(entry.anchor)
            if i >= 0 and base._same(i, entry):
                self._kept[i] = 1
                return
        self._rows.append(entry)

    @property
    def base(self) -> CompactLedger | None:
        """The ledger the plan started from (None when it was not a :class:`CompactLedger`)."""
        return self._base

    def given(self) -> list[LedgerEntry]:
        """The rows that are not rows of :attr:`base` kept as they were, the last of an anchor only."""
        return list({e.anchor: e for e in self._rows}.values())

    def dropped(self) -> list[str]:
        """Anchors of :attr:`base` neither kept nor given a row (``[]`` without a base)."""
        base = self._base
        if base is None:
            return []
        given = {e.anchor for e in self._rows}
        anchors, kept, out = base._anchors, self._kept, []
        i = kept.find(0)
        while i >= 0:
            if anchors[i] not in given:
                out.append(anchors[i])
            i = kept.find(0, i + 1)
        return out

    def with_rows(self, rows: Mapping[str, LedgerEntry | None]) -> LedgerRows:
        """These rows with ``rows`` given instead (None: the anchor left out), on the same base."""
        changed = LedgerRows.__new__(LedgerRows)
        changed._base = self._base
        changed._kept = bytearray(self._kept)
        base = self._base
        if base is not None:
            for anchor in rows:
                i = base._find(anchor)
                if i >= 0:
                    changed._kept[i] = 0
        changed._rows = [e for e in self._rows if e.anchor not in rows]
        changed._rows.extend(e for e in rows.values() if e is not None)
        return changed

    def to_ledger(self) -> CompactLedger:
        """These rows as a :class:`CompactLedger`, made from the base's columns without an entry per row."""
        base = self._base
        if base is None:
            return CompactLedger(self)
        given = {e.anchor: e for e in self._rows}
        kept = self._kept
        positions = [i for i, mark in enumerate(kept) if mark and base._anchors[i] not in given]
        ledger = CompactLedger.__new__(CompactLedger)
        ledger._anchors = [base._anchors[i] for i in positions]
        ledger._dns = [base._dns[i] for i in positions]
        ledger._ids = [base._ids[i] for i in positions]
        ledger._flags = bytearray(base._flags[i] for i in positions)
        ledger._last = 0
        if len(given) > 64:  # many: one merge of everything, in order
            rows = sorted(given.values(), key=_anchor_of)
            merged = heapq.merge(
                ((a, ledger._dns[k], ledger._ids[k], ledger._flags[k]) for k, a in enumerate(ledger._anchors)),
                ((e.anchor, e.dn, e.cloud_id, _ledger_flags(e.kind, e.disabled_by_sync)) for e in rows),
            )
            ledger._anchors, ledger._dns, ledger._ids, ledger._flags = [], [], [], bytearray()
            for anchor, dn, cloud_id, flags in merged:
                ledger._anchors.append(anchor)
                ledger._dns.append(dn)
                ledger._ids.append(cloud_id)
                ledger._flags.append(flags)
            return ledger
        for entry in given.values():  # few: each put in its place
            at = bisect_left(ledger._anchors, entry.anchor)
            ledger._anchors.insert(at, entry.anchor)
            ledger._dns.insert(at, entry.dn)
            ledger._ids.insert(at, entry.cloud_id)
            ledger._flags.insert(at, _ledger_flags(entry.kind, entry.disabled_by_sync))
        return ledger

    def __iter__(self) -> Iterator[LedgerEntry]:
        rows = sorted(self._rows, key=_anchor_of)
        base = self._base
        if base is None:
            yield from rows
            return
        # The kept rows in order with the given ones merged in (few, as a rule): a given row after a kept one of
        # the same anchor.
        anchors, kept, given, j = base._anchors, self._kept, len(rows), 0
        i = kept.find(1)
        while i >= 0:
            anchor = anchors[i]
            while j < given and rows[j].anchor < anchor:
                yield rows[j]
                j += 1
            yield base._row(i)
            i = kept.find(1, i + 1)
        yield from rows[j:]

    def __len__(self) -> int:
        return self._kept.count(1) + len(self._rows)

    @overload
    def __getitem__(self, index: int) -> LedgerEntry: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[LedgerEntry]: ...

    def __getitem__(self, index: int | slice) -> LedgerEntry | Sequence[LedgerEntry]:
        """By position in anchor order (walks the rows: for tests and small plans)."""
        return tuple(self)[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LedgerRows({list(self)!r})"


def _anchor_of(entry: LedgerEntry) -> str:
    return entry.anchor


def _ledger_flags(kind: ObjectKind, disabled_by_sync: bool) -> int:
    """A compact ledger row's flags byte."""
    return (kind is ObjectKind.GROUP) | (_LEDGER_DISABLED if disabled_by_sync else 0)


class LedgerDns(Mapping[str, str]):
    """The ledger as anchor → last DN (what a directory read needs of it), read through: a dict of its own
    would be one more entry per managed object, held for the whole read.

    It also hands out the ledger's own copies of strings a run reads again (:meth:`source`, :meth:`cloud`):
    a managed object's anchor, DN and SCIM id come back from the directory and from the tenant as new strings
    equal to the ledger's, three copies of each held until the plan is made. Taking the ledger's copy instead
    keeps one (at a million users, about 340 bytes a user)."""

    __slots__ = ("_ledger",)

    def __init__(self, ledger: Mapping[str, LedgerEntry]) -> None:
        self._ledger = ledger

    def __getitem__(self, anchor: str) -> str:
        return self._ledger[anchor].dn

    def __contains__(self, anchor: object) -> bool:
        return anchor in self._ledger

    def __iter__(self) -> Iterator[str]:
        return iter(self._ledger)

    def __len__(self) -> int:
        return len(self._ledger)

    def source(self, anchor: str, dn: str) -> tuple[str, str]:
        """``anchor`` and ``dn`` of a directory object, as the ledger's strings where they are equal."""
        known = self._ledger.get(anchor)
        if known is None:
            return anchor, dn
        return known.anchor, known.dn if known.dn == dn else dn

    def cloud(self, cloud_id: str, external_id: str | None) -> tuple[str, str | None]:
        """``cloud_id`` and ``external_id`` of a cloud object, as the ledger's strings where they are equal."""
        known = self._ledger.get(external_id) if external_id is not None else None
        if known is None:
            return cloud_id, external_id
        shared = known.cloud_id if known.cloud_id == cloud_id else None
        return shared or cloud_id, known.anchor


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
    """One decision. ``payload`` is the full SCIM resource to create or put (None for status changes), kept
    compressed like a listed resource (:class:`CompactResource`, made from a dict when given one): a plan may
    hold one for every user. :func:`resource_copy` gives a dict to send."""

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

    def __post_init__(self) -> None:
        if type(self.payload) is dict:
            object.__setattr__(self, "payload", CompactResource(self.payload))

    @property
    def key(self) -> str:
        """Stable identity of the entry within a run (selection and journal use it)."""
        return f"{self.kind._value_}:{self.anchor}:{self.category._value_}"  # _value_: no descriptor call


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
    ledger: Sequence[LedgerEntry] = ()
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
