"""The sync settings model: validation a settings page relies on, suggested mappings, schedule arithmetic."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from app.config import AgentConfig, ConfigStore
from app.sync.settings import (
    ENTERPRISE_USER,
    AttributeMapping,
    ImportType,
    LeaveScope,
    Relationship,
    ScheduleFrequency,
    StatusSync,
    SyncCriteria,
    SyncCriterion,
    SyncSchedule,
    SyncScope,
    SyncSettings,
    suggest_group_mapping,
    suggest_user_mapping,
)

BERLIN = ZoneInfo("Europe/Berlin")


def test_defaults_are_valid_and_round_trip_through_json() -> None:
    settings = SyncSettings()
    assert settings.safety.max_count == 500 and settings.safety.max_percent == 10
    assert settings.propagate_deletions is False
    assert SyncSettings.model_validate_json(settings.model_dump_json()) == settings
    assert "sync" in AgentConfig.model_fields


def test_leave_scope_disable_needs_reflect() -> None:
    with pytest.raises(ValidationError, match="leave_scope_disable_needs_reflect"):
        SyncSettings(status_sync=StatusSync.DO_NOTHING, leave_scope=LeaveScope.DISABLE)
    SyncSettings(status_sync=StatusSync.DO_NOTHING, leave_scope=LeaveScope.DO_NOTHING)


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError):
        SyncSettings.model_validate({"version": 1, "surprise": True})


@pytest.mark.parametrize("bad", ["(mail=*", "mail=*", "(&)", "(cn=a(b)", "(cn=\\zz)"])
def test_custom_filter_must_be_rfc4515(bad: str) -> None:
    with pytest.raises(ValidationError, match="filter_invalid"):
        SyncScope(custom_filter=bad)


def test_custom_filter_and_ous_accepted() -> None:
    scope = SyncScope(ous=["OU=Sales,DC=zylker,DC=test"], custom_filter="(&(mail=*)(!(title=Intern)))")
    assert scope.custom_filter == "(&(mail=*)(!(title=Intern)))"
    with pytest.raises(ValidationError, match="ou_not_a_dn"):
        SyncScope(ous=["Sales"])


@pytest.mark.parametrize(
    "target",
    [
        "userName",
        "name.givenName",
        'emails[type eq "work"].value',
        f"{ENTERPRISE_USER}:department",
        "urn:example:params:scim:schemas:extension:zylker:2.0:User:costCenter",
    ],
)
def test_mapping_targets(target: str) -> None:
    assert AttributeMapping(source_attribute="extensionAttribute1", target=target, custom=True).target == target


@pytest.mark.parametrize(
    "target",
    ["externalId", "active", "Active", "EXTERNALID", "Members", "name..given", "emails[type eq work].value", ""],
)
def test_mapping_refuses_bad_or_reserved_targets(target: str) -> None:
    with pytest.raises(ValidationError):
        AttributeMapping(source_attribute="mail", target=target)


def test_suggested_mappings_differ_per_schema() -> None:
    ad = {m.target: m.source_attribute for m in suggest_user_mapping("ad")}
    ldap = {m.target: m.source_attribute for m in suggest_user_mapping("inetorgperson")}
    assert ad["userName"] == "userPrincipalName" and ldap["userName"] == "mail"
    assert ad[f"{ENTERPRISE_USER}:department"] == "department"
    assert ldap[f"{ENTERPRISE_USER}:department"] == "departmentNumber"


def test_mapping_needs_username_and_unique_targets() -> None:
    mapping = [m for m in suggest_user_mapping("ad") if m.target != "userName"]
    with pytest.raises(ValidationError, match="user_mapping_needs_username"):
        SyncSettings(user_mapping=mapping)
    with pytest.raises(ValidationError, match="mapping_target_duplicate"):
        SyncSettings(
            user_mapping=[*suggest_user_mapping("ad"), AttributeMapping(source_attribute="cn", target="title")]
        )
    # SCIM's names are case-insensitive: "Title" is the attribute "title" maps to already.
    for other in ("Title", f"{ENTERPRISE_USER}:Department"):
        with pytest.raises(ValidationError, match="mapping_target_duplicate"):
            SyncSettings(
                user_mapping=[*suggest_user_mapping("ad"), AttributeMapping(source_attribute="cn", target=other)]
            )


def test_criteria_rows_validated() -> None:
    with pytest.raises(ValidationError, match="criteria_rows_missing"):
        SyncCriteria(import_type=ImportType.CRITERIA)
    with pytest.raises(ValidationError, match="criterion_value_missing"):
        SyncCriterion(field="department", relationship=Relationship.EQUALS)
    with pytest.raises(ValidationError, match="criterion_value_unexpected"):
        SyncCriterion(field="department", relationship=Relationship.PRESENT, value="x")


def test_fingerprints_change_with_scope_and_mapping_only() -> None:
    base = SyncSettings()
    assert base.scope_fingerprint() == SyncSettings().scope_fingerprint()
    moved = SyncSettings(scope=SyncScope(ous=["OU=Sales,DC=zylker,DC=test"]))
    assert moved.scope_fingerprint() != base.scope_fingerprint()
    assert moved.mapping_fingerprint() == base.mapping_fingerprint()
    remapped = SyncSettings(user_mapping=suggest_user_mapping("inetorgperson"))
    assert remapped.mapping_fingerprint() != base.mapping_fingerprint()
    assert SyncSettings(welcome_mail=False).scope_fingerprint() == base.scope_fingerprint()


# The sync part of a config.json written before groups had criteria of their own, and the scope fingerprint
# that version stored for it (computed by that version's SyncSettings.scope_fingerprint()).
CONFIG_BEFORE_GROUP_CRITERIA = {
    "version": 1,
    "device_name": "DC-AGENT",
    "tenant": {"tenant_url": "https://t", "issuer": "https://t", "client_id": "c", "scim_base_url": "https://t/s"},
    "ldap": {"domain": "zylker.test", "domain_controllers": ["dc1.zylker.test"], "bind_identity": "a@zylker.test"},
    "sync": {
        "version": 1,
        "directory_kind": "ad",
        "scope": {"ous": ["OU=Sales,DC=zylker,DC=test"], "object_types": ["users", "security_groups"]},
        "criteria": {
            "import_type": "criteria",
            "rows": [{"field": "department", "relationship": "equals", "value": "Sales"}],
        },
        "status_sync": "reflect",
        "leave_scope": "disable",
        "propagate_deletions": False,
    },
}
FINGERPRINT_BEFORE_GROUP_CRITERIA = "0fa9c93c686e3a50"


def test_config_written_before_group_criteria_loads_with_groups_imported_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps(CONFIG_BEFORE_GROUP_CRITERIA), encoding="utf-8")
    sync = ConfigStore(path).load().sync
    assert sync.criteria.import_type is ImportType.CRITERIA
    assert sync.criteria.rows == [SyncCriterion(field="department", relationship=Relationship.EQUALS, value="Sales")]
    assert sync.group_criteria == SyncCriteria(import_type=ImportType.ALL, rows=[])
    # Upgrading alone is not a scope change: no forced full run, the shrink check still applies.
    assert sync.scope_fingerprint() == FINGERPRINT_BEFORE_GROUP_CRITERIA
    # Saved again, the file carries the group criteria and still loads.
    ConfigStore(path).save(ConfigStore(path).load())
    assert json.loads(path.read_text())["sync"]["group_criteria"] == {"import_type": "all", "rows": []}
    assert ConfigStore(path).load().sync == sync


def test_group_criteria_change_the_scope_fingerprint_and_the_attributes_read() -> None:
    base = SyncSettings()
    rows = [
        SyncCriterion(field="description", relationship=Relationship.CONTAINS, value="synced"),
        SyncCriterion(field="memberOf", relationship=Relationship.MEMBER_OF, value="CN=All,DC=zylker,DC=test"),
    ]
    grouped = SyncSettings(group_criteria=SyncCriteria(import_type=ImportType.CRITERIA, rows=rows))
    assert grouped.scope_fingerprint() != base.scope_fingerprint()
    assert grouped.mapping_fingerprint() == base.mapping_fingerprint()
    assert grouped.source_attributes("group") == [
        *(m.source_attribute for m in suggest_group_mapping("ad")),
        "description",
        "memberOf",
    ]
    assert grouped.source_attributes("user") == base.source_attributes("user")
    with pytest.raises(ValidationError, match="criteria_rows_missing"):
        SyncSettings.model_validate({"group_criteria": {"import_type": "criteria", "rows": []}})


def test_schedule_daily_weekly_monthly() -> None:
    now = datetime(2026, 3, 4, 10, 0, tzinfo=BERLIN)  # a Wednesday
    daily = SyncSchedule(time=time(2, 0), timezone="Europe/Berlin")
    assert daily.next_run_after(now) == datetime(2026, 3, 5, 2, 0, tzinfo=BERLIN)
    assert daily.next_run_after(datetime(2026, 3, 4, 1, 0, tzinfo=BERLIN)) == datetime(2026, 3, 4, 2, 0, tzinfo=BERLIN)
    weekly = SyncSchedule(frequency=ScheduleFrequency.WEEKLY, weekday=0, time=time(6, 30), timezone="Europe/Berlin")
    assert weekly.next_run_after(now) == datetime(2026, 3, 9, 6, 30, tzinfo=BERLIN)
    monthly = SyncSchedule(frequency=ScheduleFrequency.MONTHLY, day_of_month=31, timezone="Europe/Berlin")
    assert monthly.next_run_after(datetime(2026, 4, 1, tzinfo=BERLIN)) == datetime(2026, 4, 30, 2, 0, tzinfo=BERLIN)


def test_schedule_keeps_wall_clock_across_dst_and_skips_missing_hour() -> None:
    daily = SyncSchedule(time=time(2, 30), timezone="Europe/Berlin")
    # 2026-03-29: clocks jump from 02:00 to 03:00 in Berlin; 02:30 does not exist that day.
    run = daily.next_run_after(datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN))
    assert run.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    after = daily.next_run_after(run)
    assert (after.date().isoformat(), after.hour, after.minute) == ("2026-03-30", 2, 30)
    assert after.utcoffset() is not None and after.utcoffset().total_seconds() == 7200  # type: ignore[union-attr]


def test_schedule_accepts_naive_now_as_local() -> None:
    run = SyncSchedule().next_run_after(datetime(2026, 1, 1, 12, 0))
    assert run.tzinfo is not None and run > datetime(2026, 1, 1, 12, 0).astimezone()


def test_ad_system_objects_are_opt_in_per_type_and_change_the_scope() -> None:
    default = SyncSettings()
    assert default.include_system_objects == []
    assert not default.includes_system("user") and not default.includes_system("group")
    groups = SyncSettings(include_system_objects=["groups", "groups"])
    assert groups.include_system_objects == ["groups"]
    assert groups.includes_system("group") and not groups.includes_system("user")
    assert groups.scope_fingerprint() != default.scope_fingerprint()  # a full read picks them up
    # a config.json written before the setting existed keeps its fingerprint
    assert SyncSettings.model_validate(default.model_dump(mode="json", exclude={"include_system_objects"})) == default
    with pytest.raises(ValueError):
        SyncSettings(include_system_objects=["computers"])
