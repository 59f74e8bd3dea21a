"""The planner as a pure function: plain data in, plan out. Every row of the scenario table is here."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from app.sync import model as model_module
from app.sync import planner as planner_module
from app.sync import scimpath
from app.sync.model import (
    CloudSnapshot,
    CompactLedger,
    ObjectKind,
    Owner,
    Plan,
    PlanCategory,
    ReadKind,
    ReasonCode,
    RunMode,
    SafetyCode,
    SafetyStatus,
    SourceObject,
    SourceSnapshot,
    SyncState,
    Tombstone,
)
from app.sync.planner import plan
from app.sync.settings import (
    ENTERPRISE_USER,
    ImportType,
    LeaveScope,
    ObjectType,
    Relationship,
    StatusSync,
    SyncCriteria,
    SyncCriterion,
    SyncScope,
    SyncSettings,
)
from tests.sync.factories import ELSEWHERE, ENG, SALES, cloud_group, cloud_user, group, ledger_of, user


@pytest.fixture(autouse=True, params=["compact", "generic"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test twice: as the planner runs (compact snapshots, unchanged objects compared by their source
    values), and through its generic path (every resource built, every target read by scimpath, cloud
    resources plain dicts), which must decide the same."""
    if request.param == "compact":  # the ledger as the state store loads it
        init = planner_module.SyncPlanner.__init__

        def with_compact_ledger(self: planner_module.SyncPlanner, settings: Any, state: SyncState, **kw: Any) -> None:
            init(self, settings, replace(state, ledger=CompactLedger(state.ledger.values())), **kw)

        monkeypatch.setattr(planner_module.SyncPlanner, "__init__", with_compact_ledger)
    if request.param == "generic":
        monkeypatch.setattr(planner_module, "targets_independent", lambda targets: False)
        monkeypatch.setattr(planner_module, "compile_get", lambda path: lambda resource: scimpath.get(resource, path))
        monkeypatch.setattr(model_module, "_compact_resource", lambda resource: resource)
    return str(request.param)


REFLECT_DISABLE = SyncSettings(status_sync=StatusSync.REFLECT, leave_scope=LeaveScope.DISABLE)
REFLECT_NOTHING = SyncSettings(status_sync=StatusSync.REFLECT, leave_scope=LeaveScope.DO_NOTHING)
NOTHING = SyncSettings(status_sync=StatusSync.DO_NOTHING, leave_scope=LeaveScope.DO_NOTHING)


def only(result: Plan, anchor: str) -> list[tuple[PlanCategory, ReasonCode]]:
    return [(e.category, e.reason.code) for e in result.entries if e.anchor == anchor]


def run(
    users: tuple[object, ...] = (),
    cloud: tuple[object, ...] = (),
    settings: SyncSettings = REFLECT_DISABLE,
    state: SyncState | None = None,
    *,
    mode: RunMode = RunMode.SCHEDULED,
    owner: Owner | None = None,
    **snapshot: object,
) -> Plan:
    source = SourceSnapshot(users=users, **snapshot)  # type: ignore[arg-type]
    return plan(
        source,
        CloudSnapshot(users=cloud),
        settings,
        state or SyncState(),
        mode=mode,
        owner=owner,  # type: ignore[arg-type]
    )


# --- new, unchanged, updates -------------------------------------------------------------------------------


def test_new_user_gets_full_payload_and_diff() -> None:
    alice = user("alice.adams", department="Sales", title="Head of Sales")
    result = run((alice,))
    (entry,) = result.entries
    assert entry.category is PlanCategory.NEW and entry.reason.code is ReasonCode.NEW_IN_SCOPE
    assert entry.payload is not None
    assert entry.payload["userName"] == "alice.adams@zylker.test"
    assert entry.payload["externalId"] == alice.anchor
    assert entry.payload["name"] == {"givenName": "Alice", "familyName": "Adams"}
    assert entry.payload["emails"] == [{"type": "work", "value": "alice.adams@zylker.test", "primary": True}]
    assert entry.payload[ENTERPRISE_USER] == {"department": "Sales"}
    assert ENTERPRISE_USER in entry.payload["schemas"]
    assert entry.payload["active"] is True
    assert {c.path: c.new for c in entry.diff}["title"] == "Head of Sales"


def test_unchanged_user_produces_no_entry() -> None:
    alice = user("alice.adams")
    result = run((alice,), (cloud_user(alice),), state=ledger_of((alice, None)))
    assert result.entries == ()
    assert result.unchanged == 1


def test_attribute_change_is_an_update_with_attribute_diff() -> None:
    alice = user("alice.adams", title="Head of Sales")
    cloud = cloud_user(user("alice.adams", title="Sales Lead"), cloud_id="c1")
    result = run((alice,), (cloud,), state=ledger_of((alice, cloud)))
    (entry,) = result.entries
    assert entry.category is PlanCategory.UPDATE and entry.cloud_id == "c1"
    assert [(c.path, c.old, c.new) for c in entry.diff] == [("title", "Sales Lead", "Head of Sales")]
    assert entry.payload is not None and entry.payload["title"] == "Head of Sales"
    assert entry.payload["id"] == "c1" and "meta" not in entry.payload


def test_removed_source_value_is_removed_in_cloud() -> None:
    alice = user("alice.adams")
    cloud = cloud_user(user("alice.adams", title="Old title"))
    (entry,) = run((alice,), (cloud,), state=ledger_of((alice, cloud))).entries
    assert [(c.path, c.old, c.new) for c in entry.diff] == [("title", "Old title", None)]
    assert entry.payload is not None and "title" not in entry.payload


def test_rename_and_move_are_updates_not_delete_create() -> None:
    old = user("carol.clark", SALES)
    cloud = cloud_user(old)
    renamed = user("carol.clark", ENG, cn="Carol Clark-Smith", sn="Clark-Smith", displayName="Carol Clark-Smith")
    result = run((renamed,), (cloud,), state=ledger_of((old, cloud)))
    (entry,) = result.entries
    assert entry.category is PlanCategory.UPDATE
    assert entry.reason.code is ReasonCode.ATTRIBUTES_CHANGED
    assert entry.reason.data["renamed"] is True and entry.reason.data["moved"] is True
    assert entry.reason.data["old_dn"] == old.dn
    assert {c.path for c in entry.diff} == {"name.familyName", "displayName"}
    assert result.ledger[0].dn == renamed.dn


def test_move_within_scope_without_attribute_change_is_an_update_without_payload() -> None:
    old = user("dave.davis", SALES)
    cloud = cloud_user(old)
    (entry,) = run((user("dave.davis", ENG),), (cloud,), state=ledger_of((old, cloud))).entries
    assert entry.category is PlanCategory.UPDATE and entry.diff == () and entry.payload is None
    assert entry.reason.data == {"renamed": False, "moved": True, "old_dn": old.dn}


# --- matching ----------------------------------------------------------------------------------------------


def test_soft_match_adopts_unanchored_cloud_user_by_username() -> None:
    alice = user("alice.adams")
    cloud = cloud_user(user_name="Alice.Adams@zylker.test", external_id=None, cloud_id="c9")
    (entry,) = run((alice,), (cloud,)).entries
    assert entry.category is PlanCategory.UPDATE and entry.reason.code is ReasonCode.SOFT_MATCH
    assert entry.cloud_id == "c9"
    assert entry.diff[0].path == "externalId" and entry.diff[0].new == alice.anchor
    assert entry.payload is not None and entry.payload["externalId"] == alice.anchor


def test_cloud_user_anchored_to_someone_else_is_not_taken_over() -> None:
    alice = user("alice.adams")
    cloud = cloud_user(user_name="alice.adams@zylker.test", external_id="other-anchor")
    assert only(run((alice,), (cloud,)), alice.anchor) == [(PlanCategory.IGNORED, ReasonCode.ANCHORED_ELSEWHERE)]


def test_hard_match_wins_over_username() -> None:
    alice = user("alice.adams")
    stranger = cloud_user(user_name="alice.adams@zylker.test", external_id=None)
    mine = cloud_user(user("alice.adams", userPrincipalName="a.adams@zylker.test"), cloud_id="mine")
    (entry,) = run((alice,), (stranger, mine), state=ledger_of((alice, mine))).entries
    assert entry.cloud_id == "mine" and entry.diff[0].path == "userName"


def test_two_directory_users_with_one_username_conflict() -> None:
    first = user("erin.evans")
    second = user("erin.evans2", userPrincipalName="erin.evans@zylker.test")
    result = run((first, second), (cloud_user(first), cloud_user(second)))
    assert only(result, second.anchor) == [(PlanCategory.IGNORED, ReasonCode.USERNAME_CONFLICT)]


def test_user_without_username_is_ignored() -> None:
    nameless = user("x.y", userPrincipalName="")
    assert only(run((nameless,)), nameless.anchor) == [(PlanCategory.IGNORED, ReasonCode.NO_USERNAME)]


# --- the scenario table ------------------------------------------------------------------------------------

SCENARIOS = [
    # settings, situation, expected (category, reason) for the user (empty: no entry)
    (REFLECT_DISABLE, "disabled", [(PlanCategory.DISABLE, ReasonCode.DISABLED_IN_DIRECTORY)]),
    (REFLECT_DISABLE, "re_enabled", [(PlanCategory.ACTIVATE, ReasonCode.ENABLED_IN_DIRECTORY)]),
    (REFLECT_DISABLE, "moved_out", [(PlanCategory.DISABLE, ReasonCode.LEFT_SCOPE)]),
    (REFLECT_DISABLE, "deleted", [(PlanCategory.DISABLE, ReasonCode.DELETED_IN_DIRECTORY)]),
    (REFLECT_NOTHING, "disabled", [(PlanCategory.DISABLE, ReasonCode.DISABLED_IN_DIRECTORY)]),
    (REFLECT_NOTHING, "re_enabled", [(PlanCategory.ACTIVATE, ReasonCode.ENABLED_IN_DIRECTORY)]),
    (REFLECT_NOTHING, "moved_out", [(PlanCategory.IGNORED, ReasonCode.OUT_OF_SCOPE)]),
    (REFLECT_NOTHING, "deleted", [(PlanCategory.DISABLE, ReasonCode.DELETED_IN_DIRECTORY)]),
    (NOTHING, "disabled", [(PlanCategory.UPDATE, ReasonCode.ATTRIBUTES_CHANGED)]),
    (NOTHING, "re_enabled", []),
    (NOTHING, "moved_out", [(PlanCategory.IGNORED, ReasonCode.OUT_OF_SCOPE)]),
    (NOTHING, "deleted", [(PlanCategory.IGNORED, ReasonCode.STATUS_SYNC_OFF)]),
]


def _situation(situation: str) -> tuple[tuple[object, ...], object, SyncState, dict[str, object]]:
    before = user("frank.fisher", ENG, title="Engineer")
    cloud = cloud_user(before, active=situation != "re_enabled")
    state = ledger_of((before, cloud))
    if situation == "disabled":  # disabled in AD, and a title change to check "attributes still updated"
        return (user("frank.fisher", ENG, disabled=True, title="Senior Engineer"),), cloud, state, {}
    if situation == "re_enabled":
        return (user("frank.fisher", ENG, title="Engineer"),), cloud, state, {}
    if situation == "moved_out":
        return (), cloud, state, {"out_of_scope": frozenset({before.anchor})}
    return (), cloud, state, {"tombstones": (Tombstone(before.anchor, ObjectKind.USER),)}


@pytest.mark.parametrize(("settings", "situation", "expected"), SCENARIOS)
def test_scenario_table(settings: SyncSettings, situation: str, expected: list[object]) -> None:
    users, cloud, state, extra = _situation(situation)
    # a bystander keeps the source non-empty, so the safety check does not abort
    bystander = user("bob.brown", ENG)
    by_cloud = cloud_user(bystander)
    state = SyncState(ledger={**state.ledger, **ledger_of((bystander, by_cloud)).ledger})
    result = run((*users, bystander), (cloud, by_cloud), settings, state, **extra)  # type: ignore[arg-type]
    got = [(c, r) for c, r in only(result, cloud.external_id or "") if c is not PlanCategory.UPDATE or expected]  # type: ignore[attr-defined]
    if situation == "disabled" and settings.status_sync is StatusSync.REFLECT:
        got = [g for g in got if g[0] is not PlanCategory.UPDATE]
    assert got == expected
    if situation == "disabled" and settings.status_sync is StatusSync.DO_NOTHING:
        (entry,) = [e for e in result.entries if e.anchor == cloud.external_id]  # type: ignore[attr-defined]
        assert [c.path for c in entry.diff] == ["title"]  # attributes updated, active untouched


@pytest.mark.parametrize("settings", [REFLECT_DISABLE, REFLECT_NOTHING, NOTHING])
def test_deleted_in_ad_with_propagation_is_deleted(settings: SyncSettings) -> None:
    settings = settings.model_copy(update={"propagate_deletions": True})
    users, cloud, state, extra = _situation("deleted")
    bystander = user("bob.brown", ENG)
    state = SyncState(ledger={**state.ledger, **ledger_of((bystander, cloud_user(bystander))).ledger})
    result = run((bystander,), (cloud, cloud_user(bystander)), settings, state, **extra)  # type: ignore[arg-type]
    assert only(result, cloud.external_id or "") == [(PlanCategory.DELETE, ReasonCode.DELETED_IN_DIRECTORY)]  # type: ignore[attr-defined]


def test_moved_out_without_propagation_is_never_deleted() -> None:
    settings = REFLECT_DISABLE.model_copy(update={"propagate_deletions": True})
    users, cloud, state, extra = _situation("moved_out")
    result = run((user("bob.brown"),), (cloud,), settings, state, **extra)  # type: ignore[arg-type]
    assert only(result, cloud.external_id or "") == [(PlanCategory.DISABLE, ReasonCode.LEFT_SCOPE)]  # type: ignore[attr-defined]


def test_missing_from_full_read_without_tombstone_counts_as_left_scope() -> None:
    gone = user("grace.green")
    cloud = cloud_user(gone)
    result = run((user("bob.brown"),), (cloud,), REFLECT_NOTHING, ledger_of((gone, cloud)))
    assert only(result, gone.anchor) == [(PlanCategory.IGNORED, ReasonCode.OUT_OF_SCOPE)]


def test_left_scope_and_disabled_user_is_reactivated_when_back() -> None:
    frank = user("frank.fisher", ENG)
    cloud = cloud_user(frank, active=False)
    state = ledger_of((user("frank.fisher", ELSEWHERE), cloud), disabled_by_sync=True)
    result = run((frank,), (cloud,), REFLECT_DISABLE, state)
    assert (PlanCategory.ACTIVATE, ReasonCode.ENABLED_IN_DIRECTORY) in only(result, frank.anchor)
    assert result.ledger[0].disabled_by_sync is False


def test_disabled_new_user_is_created_inactive_under_reflect_only() -> None:
    off = user("henry.hill", disabled=True)
    assert run((off,), settings=REFLECT_DISABLE).entries[0].payload["active"] is False  # type: ignore[index]
    assert run((off,), settings=NOTHING).entries[0].payload["active"] is True  # type: ignore[index]


@pytest.mark.parametrize(("mode", "review"), [(RunMode.MANUAL, True), (RunMode.SCHEDULED, False)])
def test_deleted_in_cloud_is_listed_new_manual_and_recreated_scheduled(mode: RunMode, review: bool) -> None:
    alice = user("alice.adams")
    state = ledger_of((alice, cloud_user(alice, cloud_id="was-here")))
    (entry,) = run((alice,), (), state=state, mode=mode).entries
    assert entry.category is PlanCategory.NEW
    assert entry.reason.code is ReasonCode.DELETED_IN_CLOUD and entry.reason.data == {"previous_id": "was-here"}
    assert entry.needs_review is review


# --- owner protection --------------------------------------------------------------------------------------

OWNER = Owner(email="bob.brown@zylker.test")


@pytest.mark.parametrize(
    ("settings", "situation"),
    [
        (REFLECT_DISABLE, "disabled"),
        (REFLECT_DISABLE, "moved_out"),
        (REFLECT_DISABLE, "deleted"),
        (REFLECT_DISABLE.model_copy(update={"propagate_deletions": True}), "deleted"),
    ],
)
def test_owner_is_never_disabled_or_deleted(settings: SyncSettings, situation: str) -> None:
    bob = user("bob.brown", ENG)
    cloud = cloud_user(bob)
    bystander = user("carol.clark")
    state = SyncState(ledger={**ledger_of((bob, cloud)).ledger, **ledger_of((bystander, cloud_user(bystander))).ledger})
    extra: dict[str, object] = {}
    users: tuple[object, ...] = (bystander,)
    if situation == "disabled":
        users = (user("bob.brown", ENG, disabled=True), bystander)
    elif situation == "moved_out":
        extra = {"out_of_scope": frozenset({bob.anchor})}
    else:
        extra = {"tombstones": (Tombstone(bob.anchor, ObjectKind.USER),)}
    result = run(users, (cloud, cloud_user(bystander)), settings, state, owner=OWNER, **extra)  # type: ignore[arg-type]
    entries = [e for e in result.entries if e.anchor == bob.anchor]
    assert [(e.category, e.reason.code) for e in entries] == [(PlanCategory.IGNORED, ReasonCode.OWNER_PROTECTED)]
    assert entries[0].reason.data["rule"] in {"disable", "delete"}


def test_owner_matched_by_username_too() -> None:
    bob = user("bob.brown", ENG, mail="robert@elsewhere.test")
    cloud = cloud_user(bob)
    result = run(
        (user("bob.brown", ENG, disabled=True, mail="robert@elsewhere.test"),),
        (cloud,),
        owner=Owner(user_name="BOB.BROWN@zylker.test"),
        state=ledger_of((bob, cloud)),
    )
    assert only(result, bob.anchor) == [(PlanCategory.IGNORED, ReasonCode.OWNER_PROTECTED)]


# --- criteria ----------------------------------------------------------------------------------------------


def _criteria(*rows: SyncCriterion) -> SyncSettings:
    return SyncSettings(criteria=SyncCriteria(import_type=ImportType.CRITERIA, rows=list(rows)))


@pytest.mark.parametrize(
    ("row", "matches"),
    [
        (SyncCriterion(field="department", relationship=Relationship.EQUALS, value="sales"), True),
        (SyncCriterion(field="department", relationship=Relationship.NOT_EQUALS, value="Sales"), False),
        (SyncCriterion(field="title", relationship=Relationship.CONTAINS, value="of sal"), True),
        (SyncCriterion(field="title", relationship=Relationship.STARTS_WITH, value="head"), True),
        (SyncCriterion(field="title", relationship=Relationship.ENDS_WITH, value="head"), False),
        (SyncCriterion(field="employeeID", relationship=Relationship.PRESENT), False),
        (SyncCriterion(field="employeeID", relationship=Relationship.ABSENT), True),
        (
            SyncCriterion(field="x", relationship=Relationship.MEMBER_OF, value="cn=Staff, ou=Sales,dc=zylker,dc=test"),
            True,
        ),
        (SyncCriterion(field="x", relationship=Relationship.MEMBER_OF, value=f"CN=Other,{SALES}"), False),
    ],
)
def test_criteria_rows(row: SyncCriterion, matches: bool) -> None:
    alice = user("alice.adams", department="Sales", title="Head of Sales", member_of=(f"CN=Staff,{SALES}",))
    result = run((alice,), settings=_criteria(row))
    (entry,) = result.entries
    if matches:
        assert entry.category is PlanCategory.NEW
    else:
        assert entry.category is PlanCategory.IGNORED and entry.reason.code is ReasonCode.CRITERIA_NOT_MET
        assert entry.reason.data == {"row": 0, "field": row.field, "relationship": row.relationship.value}


def test_managed_user_failing_criteria_leaves_scope() -> None:
    settings = _criteria(SyncCriterion(field="department", relationship=Relationship.EQUALS, value="Sales"))
    dave = user("dave.davis", department="Engineering")
    cloud = cloud_user(dave)
    result = run((dave,), (cloud,), settings, ledger_of((dave, cloud)))
    (entry,) = result.entries
    assert (entry.category, entry.reason.code) == (PlanCategory.DISABLE, ReasonCode.LEFT_SCOPE)
    assert entry.reason.data["cause"] == "criteria"


# --- group criteria ----------------------------------------------------------------------------------------


def _group_criteria(*rows: SyncCriterion, **settings: object) -> SyncSettings:
    return SyncSettings(
        group_criteria=SyncCriteria(import_type=ImportType.CRITERIA, rows=list(rows)),
        **settings,
    )


def _group_with(
    name: str, members: tuple[str, ...] = (), *, member_of: tuple[str, ...] = (), **attrs: str
) -> SourceObject:
    base = group(name, members)
    return base.replace(
        attributes={**base.attributes, **{k: (v,) for k, v in attrs.items()}}, member_of=frozenset(member_of)
    )


@pytest.mark.parametrize(
    ("row", "kept"),
    [
        (SyncCriterion(field="cn", relationship=Relationship.STARTS_WITH, value="team-"), {"Team-Sales"}),
        (SyncCriterion(field="description", relationship=Relationship.PRESENT), {"Team-Sales"}),
        (SyncCriterion(field="description", relationship=Relationship.ABSENT), {"Staff"}),
        (SyncCriterion(field="mail", relationship=Relationship.ENDS_WITH, value="@zylker.test"), {"Staff"}),
        (
            SyncCriterion(field="x", relationship=Relationship.MEMBER_OF, value=f"cn=All Groups, {SALES.lower()}"),
            {"Staff"},
        ),
    ],
)
def test_group_criteria_rows(row: SyncCriterion, kept: set[str]) -> None:
    team = _group_with("Team-Sales", description="Sales team")
    staff = _group_with("Staff", mail="staff@zylker.test", member_of=(f"CN=All Groups,{SALES}",))
    source = SourceSnapshot(groups=(team, staff))
    result = plan(source, CloudSnapshot(), _group_criteria(row), SyncState(), mode=RunMode.SCHEDULED)
    created = {e.display_name for e in result.by(ObjectKind.GROUP, PlanCategory.NEW)}
    assert created == kept
    (ignored,) = result.by(ObjectKind.GROUP, PlanCategory.IGNORED)
    assert ignored.reason.code is ReasonCode.CRITERIA_NOT_MET
    assert ignored.reason.data == {"row": 0, "field": row.field, "relationship": row.relationship.value}
    assert ignored.display_name not in kept and ignored.dn is not None


def test_group_criteria_leave_users_alone_and_user_criteria_leave_groups_alone() -> None:
    alice = user("alice.adams", department="Engineering")
    team = _group_with("Team", description="x")
    source = SourceSnapshot(users=(alice,), groups=(team,))
    only_groups = _group_criteria(SyncCriterion(field="department", relationship=Relationship.EQUALS, value="Sales"))
    result = plan(source, CloudSnapshot(), only_groups, SyncState(), mode=RunMode.SCHEDULED)
    # "department" is not set on the group: the group is ignored, the user (user criteria "all") is created.
    assert only(result, alice.anchor) == [(PlanCategory.NEW, ReasonCode.NEW_IN_SCOPE)]
    assert only(result, team.anchor) == [(PlanCategory.IGNORED, ReasonCode.CRITERIA_NOT_MET)]
    only_users = _criteria(SyncCriterion(field="description", relationship=Relationship.EQUALS, value="y"))
    result = plan(source, CloudSnapshot(), only_users, SyncState(), mode=RunMode.SCHEDULED)
    assert only(result, alice.anchor) == [(PlanCategory.IGNORED, ReasonCode.CRITERIA_NOT_MET)]
    assert only(result, team.anchor) == [(PlanCategory.NEW, ReasonCode.NEW_IN_SCOPE)]


def test_group_criteria_at_all_import_every_group_whatever_the_rows() -> None:
    team = group("Team")
    rows = [SyncCriterion(field="description", relationship=Relationship.PRESENT)]
    settings = SyncSettings(group_criteria=SyncCriteria(import_type=ImportType.ALL, rows=rows))
    result = plan(SourceSnapshot(groups=(team,)), CloudSnapshot(), settings, SyncState(), mode=RunMode.SCHEDULED)
    assert only(result, team.anchor) == [(PlanCategory.NEW, ReasonCode.NEW_IN_SCOPE)]


@pytest.mark.parametrize(
    ("propagate", "expected"),
    [
        (False, [(PlanCategory.IGNORED, ReasonCode.OUT_OF_SCOPE)]),
        (True, [(PlanCategory.DELETE, ReasonCode.LEFT_SCOPE)]),
    ],
)
def test_managed_group_failing_group_criteria_leaves_scope(
    propagate: bool, expected: list[tuple[PlanCategory, ReasonCode]]
) -> None:
    team = group("Team")
    cloud = cloud_group(team)
    settings = _group_criteria(
        SyncCriterion(field="cn", relationship=Relationship.EQUALS, value="Staff"), propagate_deletions=propagate
    )
    state = ledger_of((team, cloud))
    result = plan(SourceSnapshot(groups=(team,)), CloudSnapshot(groups=(cloud,)), settings, state, mode=RunMode.MANUAL)
    assert only(result, team.anchor) == expected
    (entry,) = result.entries
    assert entry.reason.data["cause"] == "criteria" and entry.cloud_id == cloud.id
    assert all(e.anchor != team.anchor for e in result.ledger)


def test_group_failing_criteria_is_not_a_member_of_a_group_that_meets_them() -> None:
    alice, bob = user("alice.adams"), user("bob.brown")
    excluded = _group_with("Excluded", (bob.anchor,))
    kept = _group_with("Kept", (alice.anchor, excluded.anchor), description="synced")
    source = SourceSnapshot(users=(alice, bob), groups=(excluded, kept))
    settings = _group_criteria(SyncCriterion(field="description", relationship=Relationship.PRESENT))
    result = plan(source, CloudSnapshot(), settings, SyncState(), mode=RunMode.SCHEDULED)
    (new,) = result.by(ObjectKind.GROUP, PlanCategory.NEW)
    assert new.display_name == "Kept" and new.members == (alice.anchor,)


# --- groups ------------------------------------------------------------------------------------------------


def test_new_group_members_include_new_users_and_nested_groups() -> None:
    alice, bob = user("alice.adams"), user("bob.brown")
    inner = group("Inner", (bob.anchor,))
    outer = group("Outer", (alice.anchor, inner.anchor))
    source = SourceSnapshot(users=(alice, bob), groups=(inner, outer))
    result = plan(source, CloudSnapshot(), SyncSettings(), SyncState(), mode=RunMode.SCHEDULED)
    (new_outer,) = [e for e in result.by(ObjectKind.GROUP, PlanCategory.NEW) if e.anchor == outer.anchor]
    assert set(new_outer.members or ()) == {alice.anchor, inner.anchor}
    assert new_outer.payload is not None and new_outer.payload["displayName"] == "Outer"


def test_nested_group_out_of_scope_is_flattened() -> None:
    alice, bob, carol = user("alice.adams"), user("bob.brown"), user("carol.clark")
    hidden = group("Hidden", (bob.anchor, carol.anchor), ou=ELSEWHERE)
    deeper = group("Deeper", (carol.anchor,), ou=ELSEWHERE)
    hidden = group("Hidden", (bob.anchor, deeper.anchor), ou=ELSEWHERE)
    top = group("Top", (alice.anchor, hidden.anchor))
    source = SourceSnapshot(users=(alice, bob, carol), groups=(top,), outer_groups=(hidden, deeper))
    result = plan(source, CloudSnapshot(), SyncSettings(), SyncState(), mode=RunMode.SCHEDULED)
    (entry,) = result.by(ObjectKind.GROUP, PlanCategory.NEW)
    assert set(entry.members or ()) == {alice.anchor, bob.anchor, carol.anchor}


def test_group_membership_change_is_an_update_with_members_diff() -> None:
    alice, bob = user("alice.adams"), user("bob.brown")
    ca, cb = cloud_user(alice, cloud_id="ca"), cloud_user(bob, cloud_id="cb")
    team = group("Team", (alice.anchor,))
    cloud = cloud_group(team, ("ca", "cb", "stranger"))
    state = SyncState(ledger={**ledger_of((alice, ca), (bob, cb)).ledger, **ledger_of((team, cloud)).ledger})
    source = SourceSnapshot(users=(alice, bob), groups=(team,))
    result = plan(source, CloudSnapshot((ca, cb), (cloud,)), SyncSettings(), state, mode=RunMode.SCHEDULED)
    (entry,) = result.by(ObjectKind.GROUP, PlanCategory.UPDATE)
    assert entry.reason.code is ReasonCode.MEMBERS_CHANGED
    assert entry.members == (alice.anchor,)
    (change,) = entry.diff
    assert change.path == "members" and set(change.old) == {bob.anchor, "id:stranger"} and change.new == ()


def test_distribution_groups_only_when_selected() -> None:
    dist = group("Newsletter", security=False)
    sec = group("Staff")
    settings = SyncSettings(scope=SyncScope(object_types=[ObjectType.USERS, ObjectType.SECURITY_GROUPS]))
    result = plan(SourceSnapshot(groups=(dist, sec)), CloudSnapshot(), settings, SyncState(), mode=RunMode.MANUAL)
    assert [e.anchor for e in result.entries] == [sec.anchor]


def test_deleted_group_is_deleted_only_with_propagation() -> None:
    team = group("Team")
    cloud = cloud_group(team)
    state = ledger_of((team, cloud), (user("x.keep"), None))
    source = SourceSnapshot(users=(user("x.keep"),), tombstones=(Tombstone(team.anchor, ObjectKind.GROUP),))
    off = plan(source, CloudSnapshot(groups=(cloud,)), SyncSettings(), state, mode=RunMode.SCHEDULED)
    assert [(e.category, e.reason.code) for e in off.entries if e.anchor == team.anchor] == [
        (PlanCategory.IGNORED, ReasonCode.DELETED_IN_DIRECTORY)
    ]
    on = plan(
        source, CloudSnapshot(groups=(cloud,)), SyncSettings(propagate_deletions=True), state, mode=RunMode.SCHEDULED
    )
    assert [e.category for e in on.entries if e.anchor == team.anchor] == [PlanCategory.DELETE]


# --- delta reads -------------------------------------------------------------------------------------------


def test_delta_read_keeps_unchanged_ledger_objects_in_scope() -> None:
    alice, bob = user("alice.adams"), user("bob.brown")
    ca, cb = cloud_user(alice), cloud_user(bob)
    changed = user("alice.adams", title="New")
    result = run((changed,), (ca, cb), state=ledger_of((alice, ca), (bob, cb)), read_kind=ReadKind.DELTA)
    assert [(e.anchor, e.category) for e in result.entries] == [(alice.anchor, PlanCategory.UPDATE)]
    assert {e.anchor for e in result.ledger} == {alice.anchor, bob.anchor}
    assert result.safety.status is SafetyStatus.OK


def test_delta_read_sees_moves_out_and_tombstones() -> None:
    alice, bob = user("alice.adams"), user("bob.brown")
    ca, cb = cloud_user(alice), cloud_user(bob)
    result = run(
        (),
        (ca, cb),
        state=ledger_of((alice, ca), (bob, cb)),
        read_kind=ReadKind.DELTA,
        out_of_scope=frozenset({alice.anchor}),
        tombstones=(Tombstone(bob.anchor, ObjectKind.USER),),
    )
    assert only(result, alice.anchor) == [(PlanCategory.DISABLE, ReasonCode.LEFT_SCOPE)]
    assert only(result, bob.anchor) == [(PlanCategory.DISABLE, ReasonCode.DELETED_IN_DIRECTORY)]


# --- safety ------------------------------------------------------------------------------------------------


def _population(n: int) -> list[tuple[object, object]]:
    return [(u := user(f"user.n{i:05d}"), cloud_user(u)) for i in range(n)]


def test_threshold_trips_on_percent_above_floor() -> None:
    pop = _population(100)
    state = ledger_of(*pop)  # type: ignore[arg-type]
    users = tuple(user(f"user.n{i:05d}", disabled=i < 11) for i in range(100))
    result = run(users, tuple(c for _, c in pop), state=state)
    assert result.safety.status is SafetyStatus.STOP and result.safety.code is SafetyCode.THRESHOLD_EXCEEDED
    assert result.safety.disables == 11
    ok = run(tuple(user(f"user.n{i:05d}", disabled=i < 10) for i in range(100)), tuple(c for _, c in pop), state=state)
    assert ok.safety.status is SafetyStatus.OK


def test_small_directory_is_not_stuck_below_the_floor() -> None:
    pop = _population(20)
    users = tuple(user(f"user.n{i:05d}", disabled=i < 5) for i in range(20))  # 25 %, but only 5
    result = run(users, tuple(c for _, c in pop), state=ledger_of(*pop))  # type: ignore[arg-type]
    assert result.safety.status is SafetyStatus.OK and result.safety.disables == 5


def test_threshold_trips_on_count() -> None:
    settings = SyncSettings(safety={"max_count": 3, "max_percent": 100})  # type: ignore[arg-type]
    pop = _population(10)
    users = tuple(user(f"user.n{i:05d}", disabled=i < 4) for i in range(10))
    result = run(users, tuple(c for _, c in pop), settings, ledger_of(*pop))  # type: ignore[arg-type]
    assert result.safety.code is SafetyCode.THRESHOLD_EXCEEDED and result.safety.limit_count == 3


def test_empty_source_aborts() -> None:
    pop = _population(3)
    result = run((), tuple(c for _, c in pop), state=ledger_of(*pop))  # type: ignore[arg-type]
    assert result.safety.status is SafetyStatus.ABORT and result.safety.code is SafetyCode.SOURCE_EMPTY


def test_incomplete_read_aborts_even_with_nothing_to_disable() -> None:
    pop = _population(3)
    result = run(tuple(s for s, _ in pop), tuple(c for _, c in pop), state=ledger_of(*pop), complete=False)  # type: ignore[arg-type]
    assert result.safety.status is SafetyStatus.ABORT and result.safety.code is SafetyCode.SOURCE_INCOMPLETE


def test_sharp_shrink_stops_unless_scope_changed() -> None:
    pop = _population(100)
    remaining = tuple(s for s, _ in pop[:85])
    settings = REFLECT_NOTHING
    state = ledger_of(*pop)  # type: ignore[arg-type]
    result = run(remaining, tuple(c for _, c in pop), settings, state)  # type: ignore[arg-type]
    assert result.safety.code is SafetyCode.SOURCE_SHRANK and result.safety.status is SafetyStatus.STOP
    changed = SyncState(ledger=state.ledger, scope_fingerprint="an-older-scope")
    assert run(remaining, tuple(c for _, c in pop), settings, changed).safety.status is SafetyStatus.OK  # type: ignore[arg-type]


def test_plan_is_deterministic() -> None:
    alice, bob = user("alice.adams"), user("bob.brown", disabled=True)
    args = ((alice, bob), (cloud_user(bob, cloud_id="b"),))
    assert run(*args) == run(*args)  # type: ignore[arg-type]


def test_already_disabled_leavers_do_not_count_as_shrink() -> None:
    pop = _population(100)
    state = ledger_of(*pop)  # type: ignore[arg-type]
    ledger = dict(state.ledger)
    for src, _cloud in pop[:20]:  # left the scope long ago; the agent disabled them then
        ledger[src.anchor] = replace(ledger[src.anchor], disabled_by_sync=True)  # type: ignore[attr-defined]
    clouds = tuple(c.replace(active=False) if i < 20 else c for i, (_, c) in enumerate(pop))  # type: ignore[arg-type]
    result = run(tuple(s for s, _ in pop[20:]), clouds, state=SyncState(ledger=ledger))  # type: ignore[arg-type]
    assert result.safety.status is SafetyStatus.OK and result.actionable == ()


def test_delta_plan_with_partial_cloud_keeps_group_members_known_from_ledger() -> None:
    alice, bob = user("alice.adams"), user("bob.brown")
    ca, cb = cloud_user(alice, cloud_id="ca"), cloud_user(bob, cloud_id="cb")
    team = group("Team", (alice.anchor, bob.anchor))
    cloud_team = cloud_group(team, ("ca", "cb"))
    state = SyncState(ledger={**ledger_of((alice, ca), (bob, cb)).ledger, **ledger_of((team, cloud_team)).ledger})
    changed = user("alice.adams", title="New")
    # the delta's cloud snapshot holds only alice (the changed user) and the groups
    source = SourceSnapshot(users=(changed,), groups=(team,), read_kind=ReadKind.DELTA)
    result = plan(source, CloudSnapshot((ca,), (cloud_team,)), SyncSettings(), state, mode=RunMode.SCHEDULED)
    assert [(e.anchor, e.category) for e in result.entries] == [(alice.anchor, PlanCategory.UPDATE)]


# --- "can't see" is not "deleted" -----------------------------------------------------------------------------


def _managed(names: list[str], ou: str = SALES) -> tuple[list[SourceObject], list[object], SyncState]:
    users = [user(n, ou) for n in names]
    clouds = [cloud_user(u) for u in users]
    return users, clouds, ledger_of(*zip(users, clouds, strict=True))


def test_a_vanished_user_without_tombstone_is_disabled_never_deleted() -> None:
    """Deleted, or only hidden from the bind account: the reversible reading, even with propagation on."""
    users, clouds, state = _managed(["gone.one", "bob.brown", "carol.clark"])
    settings = REFLECT_DISABLE.model_copy(update={"propagate_deletions": True})
    vanished = (Tombstone(users[0].anchor, ObjectKind.USER, SALES),)
    result = run(tuple(users[1:]), tuple(clouds), settings, state, vanished=vanished)
    assert result.safety.status is SafetyStatus.OK
    (entry,) = [e for e in result.entries if e.anchor == users[0].anchor]
    assert (entry.category, entry.reason.code) == (PlanCategory.DISABLE, ReasonCode.DELETED_IN_DIRECTORY)
    assert entry.reason.data["evidence"] == "not_visible"
    # with a tombstone it is a deletion, as before
    tomb = run(
        tuple(users[1:]), tuple(clouds), settings, state, tombstones=(Tombstone(users[0].anchor, ObjectKind.USER),)
    )
    assert only(tomb, users[0].anchor) == [(PlanCategory.DELETE, ReasonCode.DELETED_IN_DIRECTORY)]


def test_many_vanished_users_abort_with_their_own_reason_naming_the_ous() -> None:
    sales, sales_cloud, sales_state = _managed([f"sales.u{i}" for i in range(4)], SALES)
    eng, eng_cloud, eng_state = _managed([f"eng.u{i}" for i in range(30)], ENG)
    state = SyncState(ledger={**sales_state.ledger, **eng_state.ledger})
    vanished = tuple(Tombstone(u.anchor, ObjectKind.USER, SALES) for u in sales)
    # 4 of 34 vanish: far below the disable threshold (500 / 10 %), still not a deletion of 4 people
    result = run(tuple(eng), (*sales_cloud, *eng_cloud), REFLECT_DISABLE, state, vanished=vanished)
    assert (result.safety.status, result.safety.code) == (SafetyStatus.STOP, SafetyCode.SOURCE_NOT_VISIBLE)
    assert result.safety.not_visible == 4
    assert result.safety.not_visible_ous == (SALES,)
    # three at once is still "a few": disabled (reversibly), no abort
    few = run(tuple(eng), (*sales_cloud, *eng_cloud), REFLECT_DISABLE, state, vanished=vanished[:3])
    assert few.safety.status is SafetyStatus.OK


def test_users_disabled_earlier_because_they_vanished_do_not_add_up_to_an_abort() -> None:
    """Deletions a low-rights account sees only as vanishing, a few per run, never add up to a stop."""
    earlier, _, _ = _managed([f"gone.u{i}" for i in range(3)])
    earlier_cloud = [cloud_user(u, active=False) for u in earlier]  # disabled by an earlier run
    now, now_cloud, _ = _managed(["gone.x", "gone.y"])
    stay, stay_cloud, _ = _managed(["bob.brown", "carol.clark"])
    state = SyncState(
        ledger={
            **ledger_of(*zip(earlier, earlier_cloud, strict=True), disabled_by_sync=True).ledger,
            **ledger_of(*zip((*now, *stay), (*now_cloud, *stay_cloud), strict=True)).ledger,
        }
    )
    vanished = tuple(Tombstone(u.anchor, ObjectKind.USER, SALES) for u in (*earlier, *now))
    result = run(tuple(stay), (*earlier_cloud, *now_cloud, *stay_cloud), REFLECT_DISABLE, state, vanished=vanished)
    assert result.safety.status is SafetyStatus.OK
    assert {e.anchor for e in result.by(ObjectKind.USER, PlanCategory.DISABLE)} == {u.anchor for u in now}


def test_a_selected_ou_that_cannot_be_read_aborts() -> None:
    users, clouds, state = _managed(["bob.brown"], ENG)
    result = run(tuple(users), tuple(clouds), REFLECT_DISABLE, state, unreadable_ous=(SALES,))
    assert result.safety.code is SafetyCode.SOURCE_NOT_VISIBLE
    assert result.safety.not_visible_ous == (SALES,)


# --- AD system objects -----------------------------------------------------------------------------------------


def test_ad_system_objects_are_ignored_unless_opted_in() -> None:
    admin = user("administrator", "CN=Users,DC=zylker,DC=test", displayName="Administrator").replace(system="critical")
    admins = group("Domain Admins", (admin.anchor,)).replace(system="critical")
    team = group("SalesTeam", (admin.anchor, user("bob.brown").anchor))
    bob = user("bob.brown")
    source = SourceSnapshot(users=(admin, bob), groups=(admins, team))
    result = plan(source, CloudSnapshot(), SyncSettings(), SyncState(), mode=RunMode.MANUAL)
    ignored = {e.display_name: e.reason for e in result.entries if e.category is PlanCategory.IGNORED}
    assert ignored["Administrator"].code is ReasonCode.AD_SYSTEM_OBJECT
    assert ignored["Domain Admins"].code is ReasonCode.AD_SYSTEM_OBJECT
    assert {e.display_name for e in result.actionable} == {"Bob Brown", "SalesTeam"}
    (team_entry,) = result.by(ObjectKind.GROUP, PlanCategory.NEW)
    assert team_entry.members == (bob.anchor,)  # the built-in account is not a member either
    assert result.whole_domain

    opted = SyncSettings(include_system_objects=["users", "groups"], scope=SyncScope(ous=[SALES]))
    result = plan(source, CloudSnapshot(), opted, SyncState(), mode=RunMode.MANUAL)
    assert {e.display_name for e in result.actionable} == {"Administrator", "Bob Brown", "Domain Admins", "SalesTeam"}
    assert not result.whole_domain


@pytest.mark.parametrize(
    ("keys", "name", "found"),
    [
        (["userName", "title"], "userName", "userName"),
        (["USERNAME", "title"], "userName", "USERNAME"),
        (["title", "displayName"], "userName", None),
        # The Kelvin sign lowers to "k": one character for one, so the length check keeps it a candidate.
        (["\u212aind"], "kind", "\u212aind"),
        # "İ" lowers to two characters ("i" and a combining dot): never the same as an ASCII name.
        (["\u0130d"], "id", None),
        (["\u00e9tage"], "\u00c9tage", "\u00e9tage"),
        ([], "id", None),
    ],
)
def test_attribute_names_match_ignoring_case(keys: list[str], name: str, found: str | None) -> None:
    container = dict.fromkeys(keys, "value")
    assert scimpath.matching_key(container, name) == found
    planner_value = planner_module._field(container, name)
    assert planner_value == ("value" if found is not None else None)
