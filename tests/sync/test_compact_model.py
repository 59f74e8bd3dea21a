"""The compact forms snapshots are kept in: what goes in comes out, and the planner decides the same with them.

Directory attributes (:class:`CompactAttributes`) and cloud resources (:class:`CompactResource`) round-trip
whatever they hold; the planner's shortcut for unchanged objects (source values compared to the cloud
resource, no resource built) gives the plan the generic path gives on plain dicts, change for change.
"""

from __future__ import annotations

import pickle
import random
import sys
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from app.sync import model as model_module
from app.sync import planner as planner_module
from app.sync import scimpath
from app.sync.model import (
    CloudObject,
    CloudSnapshot,
    CompactAttributes,
    CompactLedger,
    CompactResource,
    LedgerEntry,
    LedgerRows,
    ObjectKind,
    RunMode,
    SourceObject,
    SourceSnapshot,
    SyncState,
    Tombstone,
    name_hash,
)
from app.sync.planner import build_resource, compile_get, plan, targets_independent
from app.sync.settings import (
    ENTERPRISE_USER,
    AttributeMapping,
    DirectoryKind,
    LeaveScope,
    StatusSync,
    SyncSettings,
    suggest_user_mapping,
)

# Values a directory hands over: unicode in every plane, an objectGUID as the reader decodes it, raw binary
# decoded byte for byte (NUL and separators included), empty strings, long values.
ODD_VALUES = [
    "",
    " ",
    "Zoë Ørsted-Łukasiewicz",
    "山田 太郎",
    "emoji 👩‍💻 and \U0010fffd",
    str(uuid.UUID(bytes_le=bytes(range(16)))),
    bytes(range(256)).decode("latin-1"),
    "a\x00b",
    "\x00",
    "tab\tnew\nline\r\x1e\x1f",
    "x" * 5000,
    "CN=Smith\\, John,OU=Sales,DC=zylker,DC=test",
    "lone surrogate \udcff from undecodable bytes",
]


def _reference_first(attributes: dict[str, tuple[str, ...]], attribute: str) -> str | None:
    """``SourceObject.first`` as it was on a plain dict."""
    exact = attributes.get(attribute)
    if exact is not None:
        return exact[0] if exact else None
    for key, values in attributes.items():
        if key.lower() == attribute.lower():
            return values[0] if values else None
    return None


def _reference_values(attributes: dict[str, tuple[str, ...]], attribute: str) -> tuple[str, ...]:
    exact = attributes.get(attribute)
    if exact is not None:
        return exact
    for key, values in attributes.items():
        if key.lower() == attribute.lower():
            return values
    return ()


def _random_attributes(rng: random.Random) -> dict[str, tuple[str, ...]]:
    names = ["mail", "Mail", "sn", "givenName", "memberOf", "objectGUID", "proxyAddresses", "title", "jpegPhoto"]
    result: dict[str, tuple[str, ...]] = {}
    for name in rng.sample(names, rng.randint(0, len(names))):
        result[name] = tuple(rng.choice(ODD_VALUES) for _ in range(rng.choice([0, 1, 1, 1, 2, 5])))
    return result


@pytest.mark.parametrize("seed", range(200))
def test_attributes_round_trip_and_read_as_a_plain_dict_did(seed: int) -> None:
    rng = random.Random(seed)
    attributes = _random_attributes(rng)
    src = SourceObject(anchor="a", dn="CN=a,DC=zylker,DC=test", kind=ObjectKind.USER, attributes=attributes)

    assert isinstance(src.attributes, CompactAttributes)
    assert src.attributes.to_dict() == attributes
    assert dict(src.attributes) == attributes
    assert list(src.attributes) == list(attributes)
    assert len(src.attributes) == len(attributes)
    assert src.attributes == attributes
    probes = [*attributes, "MAIL", "SN", "absent", "memberof", "Title"]
    for name in probes:
        assert src.first(name) == _reference_first(attributes, name), name
        assert src.values(name) == _reference_values(attributes, name), name
        assert (name in src.attributes) == (name in attributes)
    assert src.firsts(probes) == [_reference_first(attributes, name) for name in probes]
    # Built again from the compact form (replace), from its dict, or compared: the same object.
    assert src.replace(system="critical").attributes == src.attributes
    assert SourceObject("a", "CN=a,DC=zylker,DC=test", ObjectKind.USER, src.attributes.to_dict()) == src


def test_attributes_of_one_object_do_not_leak_into_another_with_the_same_names() -> None:
    first = SourceObject("a", "CN=a", ObjectKind.USER, {"mail": ("a@x",), "sn": ("A",)})
    second = SourceObject("b", "CN=b", ObjectKind.USER, {"mail": ("b@x",), "sn": ("B",)})
    assert first.attributes._layout is second.attributes._layout  # names kept once
    assert (first.first("mail"), second.first("mail")) == ("a@x", "b@x")
    assert first != second and first.attributes != second.attributes


def test_objects_of_one_layout_kind_and_status_share_their_facts() -> None:
    # A million of each are held at once: four slots each (64 bytes, a size class of its own), the rest shared.
    users = [
        SourceObject(f"a{i}", f"CN={i}", ObjectKind.USER, {"mail": (f"{i}@x",)}, disabled=i % 2 == 1) for i in range(4)
    ]
    assert users[0]._facts is users[2]._facts and users[1]._facts is users[3]._facts
    assert users[0]._facts is not users[1]._facts and [u.disabled for u in users] == [False, True, False, True]
    group = SourceObject("g", "CN=g", ObjectKind.GROUP, {"mail": ("g@x",)}, member_anchors=frozenset({"a0"}))
    assert group.kind is ObjectKind.GROUP and group.member_anchors == {"a0"} and group.first("mail") == "g@x"
    cloud = [CloudObject(f"c{i}", ObjectKind.USER, f"a{i}", f"u{i}", True, {"userName": f"u{i}"}) for i in range(2)]
    assert cloud[0]._facts is cloud[1]._facts and cloud[0].members == frozenset() and cloud[1].active
    assert sys.getsizeof(users[0]) <= 64 and sys.getsizeof(cloud[0]) <= 64


def test_values_that_are_not_plain_strings_are_kept_as_given() -> None:
    src = SourceObject("a", "CN=a", ObjectKind.USER, {"objectGUID": (b"\x00\x01",), "n": ("1", "2")})
    assert src.first("objectguid") == b"\x00\x01"
    assert src.values("N") == ("1", "2")


def test_empty_member_sets_are_shared() -> None:
    one = SourceObject("a", "CN=a", ObjectKind.USER, member_of=frozenset())
    two = SourceObject("b", "CN=b", ObjectKind.USER, member_of=frozenset([]))
    assert one.member_of is two.member_of and one.member_anchors is two.member_of
    assert SourceObject("c", "CN=c", ObjectKind.USER, member_of=frozenset({"CN=g"})).member_of == {"CN=g"}


def _random_json(rng: random.Random, depth: int = 0) -> Any:
    choice = rng.randrange(9 if depth < 3 else 6)
    if choice == 0:
        return None
    if choice == 1:
        return rng.choice([True, False])
    if choice == 2:
        return rng.choice([0, -1, 2**70, rng.randint(-(10**9), 10**9)])
    if choice == 3:
        return rng.choice([0.5, -1e300, 3.14159])
    if choice in (4, 5):
        return rng.choice(ODD_VALUES)
    if choice == 6:
        return [_random_json(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(ODD_VALUES[:6]) + str(i): _random_json(rng, depth + 1) for i in range(rng.randint(0, 4))}


@pytest.mark.parametrize("seed", range(100))
def test_resources_round_trip(seed: int) -> None:
    rng = random.Random(seed)
    resource = {"id": str(seed), "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"]}
    resource.update({f"k{i}": _random_json(rng) for i in range(rng.randint(0, 8))})
    obj = CloudObject(str(seed), ObjectKind.USER, None, "u", True, resource)

    assert isinstance(obj.resource, CompactResource)
    assert obj.resource.to_dict() == resource
    assert list(obj.resource.to_dict()) == list(resource)  # key order kept (it is the order sent back)
    assert obj.resource == resource and dict(obj.resource) == resource
    assert obj.resource.get("id") == str(seed) and obj.resource.get("absent") is None
    assert obj.replace(active=False).resource == obj.resource


@pytest.mark.parametrize("name", [None, "", "Ünïcode ✓", "a\x00b", "\udcff", *ODD_VALUES])
def test_the_name_kept_with_the_resource_round_trips(name: str | None) -> None:
    resource = {"id": "1", "userName": name, "displayName": "x\x00y"}
    for kept in (resource, {"seen": datetime(2026, 1, 1, tzinfo=UTC)}):  # compressed, or kept as given
        obj = CloudObject("1", ObjectKind.USER, "ext", name, True, kept)
        assert obj.user_name == name and obj.resource == kept
        assert obj.replace(active=False).user_name == name
        assert obj == CloudObject("1", ObjectKind.USER, "ext", name, True, kept)
        assert obj != CloudObject("1", ObjectKind.USER, "ext", f"{name}2", True, kept)
        assert pickle.loads(pickle.dumps(obj)) == obj


@pytest.mark.parametrize("external_id", [None, "ext", "other"])
@pytest.mark.parametrize("cloud_id", ["1", "2"])
@pytest.mark.parametrize("name", [None, "u", "a\x00b"])
def test_ids_the_object_holds_are_put_back_where_they_were(
    cloud_id: str, external_id: str | None, name: str | None
) -> None:
    # The resource's id is "1" and its externalId "ext": those equal to the object's are kept beside the bytes.
    resource = {"schemas": ["s"], "id": "1", "userName": name, "externalId": "ext", "title": "t"}
    obj = CloudObject(cloud_id, ObjectKind.USER, external_id, name, True, resource)

    assert obj.resource.to_dict() == resource and list(obj.resource.to_dict()) == list(resource)
    assert obj.resource == resource and obj.resource["id"] == "1" and obj.resource["externalId"] == "ext"
    assert obj == CloudObject(cloud_id, ObjectKind.USER, external_id, name, True, dict(resource))
    assert obj.replace(active=False).resource == resource
    assert obj.replace(id="9").resource == resource  # another id: the resource keeps its own
    assert CloudObject("9", ObjectKind.USER, external_id, name, True, obj.resource).resource == resource
    assert pickle.loads(pickle.dumps(obj)) == obj
    taken = isinstance(obj._data, bytes) and obj._data[0] & 6
    assert bool(taken) == (cloud_id == "1" or external_id == "ext")


@pytest.mark.parametrize("etag", [None, "", 'W/"3e8-1"', "é", "x" * 255, "x" * 256, "\udcff", "a\x00b"])
@pytest.mark.parametrize("name", [None, "u", "a\x00b"])
def test_the_etag_kept_with_the_resource_round_trips(etag: str | None, name: str | None) -> None:
    resource = {"id": "1", "userName": name, "meta": {"version": etag}}
    for kept in (resource, {"seen": datetime(2026, 1, 1, tzinfo=UTC)}):  # compressed, or kept as given
        obj = CloudObject("1", ObjectKind.USER, "ext", name, True, kept, etag=etag)
        assert obj.etag == etag and obj.user_name == name and obj.resource == kept
        assert obj.replace(active=False).etag == etag and obj.replace(etag="v2").etag == "v2"
        assert obj.replace(etag="v2").resource == kept and obj.replace(etag="v2").user_name == name
        assert obj == CloudObject("1", ObjectKind.USER, "ext", name, True, kept, etag=etag)
        assert obj != CloudObject("1", ObjectKind.USER, "ext", name, True, kept, etag=f"{etag}2")
        assert pickle.loads(pickle.dumps(obj)) == obj


@pytest.mark.parametrize("name", ["u", "Ünïcode ✓", "a\x00b", "\udcff", "İstanbul", ""])
@pytest.mark.parametrize("key", ["userName", "displayName", "nickName"])
def test_a_name_the_resource_holds_is_kept_as_its_hash(name: str, key: str) -> None:
    resource = {"schemas": ["s"], key: name, "title": "t"}
    obj = CloudObject("1", ObjectKind.USER, "ext", name, True, resource, etag='W/"1"')
    in_resource = key != "nickName"
    assert isinstance(obj._data, bytes) == (in_resource or ("\x00" not in name and "\udcff" not in name))
    assert obj.user_name == name and obj.resource == resource and obj.etag == 'W/"1"'
    assert obj.name_hash == name_hash(name) == name_hash(name.upper()) == name_hash(name.lower())
    assert obj == CloudObject("1", ObjectKind.USER, "ext", name, True, dict(resource), etag='W/"1"')
    assert obj.replace(active=False).user_name == name and pickle.loads(pickle.dumps(obj)) == obj
    if in_resource:  # the name is not kept a second time, only its hash
        assert isinstance(obj._data, bytes) and obj._data[0] & 1 == 0
    assert CloudObject("1", ObjectKind.USER, None, None, True, resource).name_hash is None


def test_a_resource_without_ids_gets_none_put_in() -> None:
    obj = CloudObject("1", ObjectKind.USER, "ext", "u", True, {"userName": "u"})
    assert obj.resource.to_dict() == {"userName": "u"}


def test_a_decoded_resource_is_a_fresh_copy() -> None:
    obj = CloudObject("1", ObjectKind.USER, None, "u", True, {"emails": [{"value": "a@x"}]})
    copy = obj.resource.to_dict()
    copy["emails"][0]["value"] = "changed"
    assert obj.resource["emails"] == [{"value": "a@x"}]


def test_a_resource_marshal_cannot_hold_is_kept_as_given() -> None:
    when = datetime(2026, 1, 1, tzinfo=UTC)
    obj = CloudObject("1", ObjectKind.USER, None, "u", True, {"seen": when})
    assert obj.resource["seen"] is when and obj.resource == {"seen": when}


def test_a_typical_user_resource_is_small() -> None:
    src = SourceObject(
        "00000001-0000-4000-8000-000000000000",
        "CN=user000001,OU=Staff,DC=zylker,DC=test",
        ObjectKind.USER,
        {"userPrincipalName": ("user000001@zylker.test",), "givenName": ("User",), "sn": ("000001",)},
    )
    resource = build_resource(src, suggest_user_mapping(DirectoryKind.AD))
    resource.update({"id": "c00000001", "externalId": src.anchor, "active": True})
    compact = CompactResource(resource)
    assert isinstance(compact._data, bytes) and len(compact._data) < 150
    # Held by a cloud object, the two ids are not in the bytes a second time.
    held = CloudObject("c00000001", ObjectKind.USER, src.anchor, "user000001@zylker.test", True, resource)
    apart = CloudObject("c2", ObjectKind.USER, "e2", "user000001@zylker.test", True, resource)
    assert isinstance(held._data, bytes) and isinstance(apart._data, bytes)
    assert len(held._data) < len(apart._data) - 12 and held.resource == apart.resource == resource


# --- compiled SCIM paths ---------------------------------------------------------------------------------

PATHS = [
    "userName",
    "USERNAME",
    "name.givenName",
    "Name.FamilyName",
    'emails[type eq "work"].value',
    'Emails[type eq "WORK"].Value',
    'phoneNumbers[type eq "mobile"].value',
    'emails[type eq "work"]',
    f"{ENTERPRISE_USER}:department",
    "urn:ietf:params:scim:schemas:extension:Enterprise:2.0:User:Department",
    f"{ENTERPRISE_USER}:manager.value",
    "urn:example:custom:1.0:User:badge",
]


def _random_scim(rng: random.Random) -> Any:
    def value() -> Any:
        return rng.choice([None, "", "x", "Y", 1, True, [], {}, [{"type": "work", "value": "v"}], {"value": "m"}])

    resource: dict[str, Any] = {}
    for key in ["userName", "UserName", "name", "Name", "emails", "EMAILS", "phoneNumbers", ENTERPRISE_USER]:
        if rng.random() < 0.5:
            resource[key] = value()
    if rng.random() < 0.5:
        resource["name"] = {k: value() for k in rng.sample(["givenName", "GIVENNAME", "familyName"], 2)}
    if rng.random() < 0.5:
        resource["emails"] = [
            rng.choice([{"type": rng.choice(["work", "Work", "home"]), "value": value()}, "junk", {"value": "x"}])
            for _ in range(rng.randint(0, 3))
        ]
    if rng.random() < 0.5:
        resource[rng.choice([ENTERPRISE_USER, ENTERPRISE_USER.lower()])] = {
            k: value() for k in rng.sample(["department", "Department", "manager"], 2)
        }
    return rng.choice([resource, resource, resource, None, "text", []])


@pytest.mark.parametrize("seed", range(300))
def test_compiled_paths_read_what_scimpath_reads(seed: int) -> None:
    rng = random.Random(seed)
    resource = _random_scim(rng)
    for path in PATHS:
        assert compile_get(path)(resource) == scimpath.get(resource, path), (path, resource)


def test_targets_independent() -> None:
    assert targets_independent([m.target for m in suggest_user_mapping(DirectoryKind.AD)])
    assert targets_independent([m.target for m in suggest_user_mapping(DirectoryKind.INETORGPERSON)])
    assert targets_independent(["userName", 'emails[type eq "work"].value', 'emails[type eq "work"].display'])
    assert not targets_independent(["name", "name.givenName"])
    assert not targets_independent(["title", "Title"])
    assert not targets_independent(['emails[type eq "work"]'])
    assert not targets_independent(['emails[type eq "work"].value', 'emails[type eq "WORK"].value'])
    assert not targets_independent(['emails[type eq "work"].value', "emails.value"])
    assert not targets_independent(['emails[type eq "work"].primary'])
    assert not targets_independent(["Schemas"])


# --- the planner: the shortcut and the compact forms change nothing -----------------------------------------

_AD = suggest_user_mapping(DirectoryKind.AD)
MAPPINGS = {
    "ad": _AD,
    # Targets one inside another: the generic path only.
    "overlapping": [
        *_AD,
        AttributeMapping(source_attribute="cn", target='emails[type eq "work"].display'),
        AttributeMapping(source_attribute="description", target="nickName"),
        AttributeMapping(source_attribute="info", target="NickName"),
    ],
}


def _population(rng: random.Random, n: int) -> tuple[SourceSnapshot, list[CloudObject], SyncState, SyncSettings]:
    settings = SyncSettings(status_sync=StatusSync.REFLECT, leave_scope=LeaveScope.DISABLE)
    users: list[SourceObject] = []
    cloud: list[CloudObject] = []
    ledger: dict[str, LedgerEntry] = {}
    tombstones: list[Tombstone] = []
    for i in range(n):
        values = {
            "userPrincipalName": (f"u{i}@zylker.test",),
            "givenName": (rng.choice(["Ann", "Ünal", "", "李"]),),
            "sn": (f"S{i}",),
            "displayName": (rng.choice([f"U {i}", ""]),),
            "mail": rng.choice([(f"u{i}@zylker.test",), (), (f"u{i}@zylker.test", "alias@zylker.test")]),
            "mobile": rng.choice([(), ("+49 1",), ("",)]),
            "title": (rng.choice(["Engineer", "Lead"]),),
            "department": (rng.choice(["", "Sales", "Dev"]),),
            "cn": (f"u{i}",),
            "description": rng.choice([(), ("d",)]),
            "info": rng.choice([(), ("i",)]),
        }
        src = SourceObject(str(uuid.UUID(int=i)), f"CN=u{i},OU=Staff,DC=zylker,DC=test", ObjectKind.USER, values)
        before = dict(values)
        for name in rng.sample(list(values), rng.choice([0, 0, 0, 1, 2])):
            before[name] = rng.choice([(), ("old",), ("",)])
        previous = src.replace(attributes=before, disabled=rng.random() < 0.1)
        fate = rng.random()
        if fate < 0.85:
            resource = build_resource(previous, MAPPINGS["overlapping"])
            resource.update({"id": f"c{i}", "active": rng.random() < 0.9})
            if rng.random() < 0.9:
                resource["externalId"] = src.anchor
            if rng.random() < 0.2:
                resource["meta"] = {"version": f'W/"{i}"'}
            cloud.append(
                CloudObject(
                    f"c{i}",
                    ObjectKind.USER,
                    resource.get("externalId"),
                    str(resource.get("userName")) if resource.get("userName") else None,
                    bool(resource["active"]),
                    resource,
                )
            )
            if rng.random() < 0.9:
                ledger[src.anchor] = LedgerEntry(src.anchor, ObjectKind.USER, previous.dn, f"c{i}")
        if fate < 0.05:
            tombstones.append(Tombstone(src.anchor, ObjectKind.USER))
        elif fate < 0.95:
            users.append(src)
    # Two directory users with one userName: a conflict the planner reports.
    users.append(users[0].replace(anchor=str(uuid.UUID(int=10**9)), dn="CN=dup,OU=Staff,DC=zylker,DC=test"))
    return SourceSnapshot(users=tuple(users), tombstones=tuple(tombstones)), cloud, SyncState(ledger), settings


@pytest.mark.parametrize("mapping", sorted(MAPPINGS))
@pytest.mark.parametrize("seed", range(6))
def test_the_plan_is_the_one_the_generic_path_makes_on_plain_dicts(
    seed: int, mapping: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    source, cloud, state, settings = _population(rng, 300)
    settings = settings.model_copy(update={"user_mapping": MAPPINGS[mapping]})
    assert planner_module.targets_independent([m.target for m in settings.user_mapping]) is (mapping == "ad")
    mode = rng.choice([RunMode.MANUAL, RunMode.SCHEDULED])
    # As the engine plans: the ledger as the state store loads it (the reference keeps a plain dict).
    compact_state = SyncState(CompactLedger(state.ledger.values()), state.scope_fingerprint)
    compact = plan(source, CloudSnapshot(users=tuple(cloud)), settings, compact_state, mode=mode)

    # The reference: every resource a plain dict, every target read by scimpath, every resource built.
    with monkeypatch.context() as patch:
        patch.setattr(model_module, "_compact_resource", lambda resource: resource)
        plain = [obj.replace(resource=obj.resource.to_dict()) for obj in cloud]  # type: ignore[attr-defined]
    monkeypatch.setattr(planner_module, "targets_independent", lambda targets: False)
    monkeypatch.setattr(planner_module, "compile_get", lambda path: lambda resource: scimpath.get(resource, path))
    reference = plan(source, CloudSnapshot(users=tuple(plain)), settings, state, mode=mode)

    assert isinstance(plain[0].resource, dict)
    assert compact.counts() == reference.counts()
    assert compact.entries == reference.entries
    assert compact == reference
    assert sum(compact.counts().values()) > 30 and compact.unchanged > 30


# --- the compact ledger ------------------------------------------------------------------------------------


def _ledger_rows(rng: random.Random, n: int) -> list[LedgerEntry]:
    rows = []
    for _ in range(n):
        anchor = rng.choice([str(uuid.UUID(int=rng.getrandbits(128))), f"a{rng.randint(0, n)}", "ü", "é1", ""])
        rows.append(
            LedgerEntry(
                anchor,
                rng.choice([ObjectKind.USER, ObjectKind.GROUP]),
                rng.choice(["CN=x,DC=t", "", "CN=ü,DC=t"]),
                rng.choice([None, "", f"c{rng.randint(0, 9)}"]),
                rng.random() < 0.3,
            )
        )
    return rows


@pytest.mark.parametrize("seed", range(50))
def test_the_compact_ledger_reads_as_the_dict_of_its_rows(seed: int) -> None:
    rng = random.Random(seed)
    rows = _ledger_rows(rng, rng.randint(0, 60))  # repeated anchors: the last row wins, as in a dict
    expected = {e.anchor: e for e in rows}
    ledger = CompactLedger(rows)
    shuffled = list(expected.values())
    rng.shuffle(shuffled)
    from_rows = CompactLedger.from_rows((e.anchor, e.kind, e.dn, e.cloud_id, e.disabled_by_sync) for e in shuffled)

    for compact in (ledger, from_rows):
        assert compact == expected and dict(compact) == expected and len(compact) == len(expected)
        assert list(compact) == sorted(expected)
        assert dict(compact.items()) == expected and sorted(compact.values(), key=lambda e: e.anchor) == [
            expected[a] for a in sorted(expected)
        ]
        for anchor in [*expected, "absent", "a-1", "zzz"]:
            assert compact.get(anchor) == expected.get(anchor) and (anchor in compact) == (anchor in expected)
        assert 1 not in compact and compact.get(None) is None  # type: ignore[arg-type]
        with pytest.raises(KeyError):
            compact["absent"]


@pytest.mark.parametrize("seed", range(50))
def test_the_ledger_a_plan_leaves_is_what_was_appended(seed: int) -> None:
    rng = random.Random(seed)
    base_rows = list({e.anchor: e for e in _ledger_rows(rng, rng.randint(0, 40))}.values())
    base = CompactLedger(base_rows)
    appended: dict[str, LedgerEntry] = {}
    rows, plain = LedgerRows(base), LedgerRows(dict(base))
    for entry in base_rows:  # each anchor once: kept as it was, changed, or dropped; then new ones
        choice = rng.random()
        if choice < 0.2:
            continue
        if choice < 0.6:
            entry = replace(entry, dn=entry.dn + "!") if rng.random() < 0.5 else replace(entry, disabled_by_sync=True)
        elif choice < 0.8:
            entry = base[entry.anchor]  # as the planner keeps a row: read, then handed back
        appended[entry.anchor] = entry
        rows.append(entry)
        plain.append(entry)
    for entry in _ledger_rows(rng, 5):
        if entry.anchor not in appended:
            appended[entry.anchor] = entry
            rows.append(entry)
            plain.append(entry)

    expected = [appended[a] for a in sorted(appended)]
    assert list(rows) == expected and list(plain) == expected and len(rows) == len(expected)
    assert rows == plain == tuple(expected) and (rows[0] == expected[0] if expected else True)
    assert {e.anchor: e for e in rows} == appended
    assert len(rows._rows) <= len(expected) - sum(1 for e in base_rows if appended.get(e.anchor) == e)
