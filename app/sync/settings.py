"""The sync configuration model (versioned, validated): scope, mapping, criteria, rules, schedule, safety.

Everything a settings page or the wizard lets an admin choose about *what* is synced and *how* lives here;
connection details are in :mod:`app.ldap.settings`. ``SyncSettings()`` with no arguments is a valid
configuration (nothing selected yet), because the agent configuration creates one by default.

Changing the scope or the mapping changes :meth:`SyncSettings.scope_fingerprint` /
:meth:`SyncSettings.mapping_fingerprint`; the engine stores the fingerprints of the last full run and forces
a full run when they differ (a delta read cannot see objects that *became* in scope by a settings change).
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from datetime import date, datetime, timedelta, tzinfo
from datetime import time as dtime
from enum import StrEnum
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.ldap.errors import DnInvalidError, FilterInvalidError
from app.ldap.validation import validate_dn, validate_filter

ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"


class DirectoryKind(StrEnum):
    """Which schema the directory speaks; picks the suggested mappings and the anchor attribute."""

    AD = "ad"
    INETORGPERSON = "inetorgperson"


class ObjectType(StrEnum):
    USERS = "users"
    GROUPS = "groups"  # distribution groups (AD groupType without the security bit) / any group on plain LDAP
    SECURITY_GROUPS = "security_groups"


class SystemObjectType(StrEnum):
    """AD system objects an admin may opt into (they are left out by default): the built-in accounts
    (Administrator, Guest, krbtgt, …) and the built-in groups (Domain Admins, CN=Builtin, …)."""

    USERS = "users"
    GROUPS = "groups"


class StatusSync(StrEnum):
    REFLECT = "reflect"
    DO_NOTHING = "do_nothing"


class LeaveScope(StrEnum):
    DISABLE = "disable"
    DO_NOTHING = "do_nothing"


class PasswordNotification(StrEnum):
    USER = "user"
    ADMIN = "admin"
    NONE = "none"


class ImportType(StrEnum):
    ALL = "all"
    CRITERIA = "criteria"


class Relationship(StrEnum):
    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    CONTAINS = "contains"
    STARTS_WITH = "starts_with"
    ENDS_WITH = "ends_with"
    PRESENT = "present"
    ABSENT = "absent"
    MEMBER_OF = "member_of"  # value: a group DN; direct membership (memberOf of the user or group)


class ScheduleFrequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


# --- small validators shared by the models -----------------------------------------------------------------

_ATTR = r"[A-Za-z][A-Za-z0-9_-]*"
_SCIM_PATH = re.compile(
    rf"^(?:(?P<urn>urn:[A-Za-z0-9:._-]+):)?"
    rf"(?P<attr>{_ATTR})"
    rf"(?:\[type eq \"(?P<type>[A-Za-z0-9 _.-]+)\"\])?"
    rf"(?:\.(?P<sub>{_ATTR}))?$"
)
_LDAP_ATTRIBUTE = re.compile(r"^(?:[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)+)(?:;[A-Za-z0-9-]+)*$")
# Targets the engine sets itself; a mapping onto them would fight the engine. SCIM's attribute names (and
# schema URNs) are case-insensitive, so targets are compared in lower case: "Active" is "active".
_RESERVED_TARGETS = frozenset({"id", "externalid", "active", "meta", "schemas", "members", "groups", "password"})


def is_scim_path(path: str) -> bool:
    """A mapping target: ``attr``, ``attr.sub``, ``attr[type eq "x"].sub``, optionally prefixed by a schema URN."""
    return _SCIM_PATH.match(path) is not None


# --- scope, mapping, criteria -----------------------------------------------------------------------------


class SyncScope(BaseModel):
    """Which part of the directory is synced: OUs (each a subtree), object types, an optional custom query."""

    model_config = ConfigDict(extra="forbid")

    ous: list[str] = Field(default_factory=list)
    object_types: list[ObjectType] = Field(default_factory=lambda: [ObjectType.USERS, ObjectType.SECURITY_GROUPS])
    custom_filter: str | None = None

    @field_validator("ous")
    @classmethod
    def _ous_are_dns(cls, value: list[str]) -> list[str]:
        cleaned: list[str] = []
        for dn in value:
            dn = dn.strip()
            try:
                validate_dn(dn)
            except DnInvalidError:
                raise ValueError("ou_not_a_dn") from None
            if dn.lower() not in {c.lower() for c in cleaned}:
                cleaned.append(dn)
        return cleaned

    @field_validator("object_types")
    @classmethod
    def _unique_types(cls, value: list[ObjectType]) -> list[ObjectType]:
        return list(dict.fromkeys(value))

    @field_validator("custom_filter")
    @classmethod
    def _valid_filter(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        try:
            return validate_filter(value)
        except FilterInvalidError:
            raise ValueError("filter_invalid") from None

    @property
    def includes_users(self) -> bool:
        return ObjectType.USERS in self.object_types

    @property
    def includes_groups(self) -> bool:
        return ObjectType.GROUPS in self.object_types or ObjectType.SECURITY_GROUPS in self.object_types


class AttributeMapping(BaseModel):
    """One directory attribute copied to one SCIM attribute (core, enterprise extension, or a custom schema)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source_attribute: str
    target: str
    custom: bool = False

    @field_validator("source_attribute")
    @classmethod
    def _ldap_attribute(cls, value: str) -> str:
        if not _LDAP_ATTRIBUTE.match(value):
            raise ValueError("source_attribute_invalid")
        return value

    @field_validator("target")
    @classmethod
    def _scim_path(cls, value: str) -> str:
        if not is_scim_path(value):
            raise ValueError("target_invalid")
        match = _SCIM_PATH.match(value)
        assert match is not None
        if match["urn"] is None and match["attr"].lower() in _RESERVED_TARGETS:
            raise ValueError("target_reserved")
        return value


def _m(source: str, target: str) -> AttributeMapping:
    return AttributeMapping(source_attribute=source, target=target)


def suggest_user_mapping(kind: DirectoryKind | Literal["ad", "inetorgperson"]) -> list[AttributeMapping]:
    """The default user mapping for a directory schema; the settings page starts from it."""
    if DirectoryKind(kind) is DirectoryKind.AD:
        return [
            _m("userPrincipalName", "userName"),
            _m("givenName", "name.givenName"),
            _m("sn", "name.familyName"),
            _m("displayName", "displayName"),
            _m("mail", 'emails[type eq "work"].value'),
            _m("telephoneNumber", 'phoneNumbers[type eq "work"].value'),
            _m("mobile", 'phoneNumbers[type eq "mobile"].value'),
            _m("title", "title"),
            _m("department", f"{ENTERPRISE_USER}:department"),
            _m("employeeID", f"{ENTERPRISE_USER}:employeeNumber"),
            _m("company", f"{ENTERPRISE_USER}:organization"),
        ]
    return [
        _m("mail", "userName"),
        _m("givenName", "name.givenName"),
        _m("sn", "name.familyName"),
        _m("displayName", "displayName"),
        _m("mail", 'emails[type eq "work"].value'),
        _m("telephoneNumber", 'phoneNumbers[type eq "work"].value'),
        _m("mobile", 'phoneNumbers[type eq "mobile"].value'),
        _m("title", "title"),
        _m("departmentNumber", f"{ENTERPRISE_USER}:department"),
        _m("employeeNumber", f"{ENTERPRISE_USER}:employeeNumber"),
        _m("o", f"{ENTERPRISE_USER}:organization"),
    ]


def suggest_group_mapping(kind: DirectoryKind | Literal["ad", "inetorgperson"]) -> list[AttributeMapping]:
    """The default group mapping: the group's name becomes the SCIM ``displayName``."""
    if DirectoryKind(kind) is DirectoryKind.AD:
        return [_m("sAMAccountName", "displayName")]
    return [_m("cn", "displayName")]


class SyncCriterion(BaseModel):
    """One row of "import users (or groups) based on criteria": field / relationship / value (all rows must hold)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str
    relationship: Relationship
    value: str | None = None

    @field_validator("field")
    @classmethod
    def _ldap_attribute(cls, value: str) -> str:
        if not _LDAP_ATTRIBUTE.match(value):
            raise ValueError("criterion_field_invalid")
        return value

    @model_validator(mode="after")
    def _value_needed(self) -> SyncCriterion:
        valueless = self.relationship in (Relationship.PRESENT, Relationship.ABSENT)
        if valueless and self.value:
            raise ValueError("criterion_value_unexpected")
        if not valueless and not self.value:
            raise ValueError("criterion_value_missing")
        return self


class SyncCriteria(BaseModel):
    """Import every object in scope, or only those meeting every row. One for users, one for groups."""

    model_config = ConfigDict(extra="forbid")

    import_type: ImportType = ImportType.ALL
    rows: list[SyncCriterion] = Field(default_factory=list)

    @model_validator(mode="after")
    def _rows_for_criteria(self) -> SyncCriteria:
        if self.import_type is ImportType.CRITERIA and not self.rows:
            raise ValueError("criteria_rows_missing")
        return self


# --- schedule and safety ----------------------------------------------------------------------------------


class SyncSchedule(BaseModel):
    """When scheduled runs happen, in the machine's local time zone (or ``timezone`` if set).

    ``weekday`` is 0 = Monday … 6 = Sunday (weekly); ``day_of_month`` 1–31 (monthly) runs on the month's
    last day in shorter months, so "31" means "end of month" rather than skipping months.
    """

    model_config = ConfigDict(extra="forbid")

    frequency: ScheduleFrequency = ScheduleFrequency.DAILY
    time: dtime = dtime(2, 0)
    weekday: int = Field(default=0, ge=0, le=6)
    day_of_month: int = Field(default=1, ge=1, le=31)
    timezone: str | None = None

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("timezone_unknown") from None
        return value

    def zone(self) -> tzinfo:
        if self.timezone:
            return ZoneInfo(self.timezone)
        local = datetime.now().astimezone().tzinfo
        assert local is not None
        return local

    def next_run_after(self, now: datetime) -> datetime:
        """The first scheduled moment strictly after ``now`` (aware; naive means local), in the schedule's zone.

        Wall-clock times are kept across DST changes: "02:00 daily" stays 02:00 local. A time that does not
        exist on a spring-forward day resolves forward (zoneinfo's fold rules).
        """
        zone = self.zone()
        if now.tzinfo is None:
            now = now.astimezone()
        local_now = now.astimezone(zone)
        day = local_now.date()
        for _ in range(400):
            if self._runs_on(day):
                candidate = self._at(day, zone)
                if candidate > now:
                    return candidate
            day += timedelta(days=1)
        raise AssertionError("no schedule day within a year")  # unreachable: every frequency hits within 31 days

    def _runs_on(self, day: date) -> bool:
        if self.frequency is ScheduleFrequency.DAILY:
            return True
        if self.frequency is ScheduleFrequency.WEEKLY:
            return day.weekday() == self.weekday
        last = calendar.monthrange(day.year, day.month)[1]
        return day.day == min(self.day_of_month, last)

    def _at(self, day: date, zone: tzinfo) -> datetime:
        naive = datetime.combine(day, self.time.replace(tzinfo=None))
        aware = naive.replace(tzinfo=zone)
        # A non-existent local time (spring forward) round-trips through UTC to the first valid instant.
        return aware.astimezone(ZoneInfo("UTC")).astimezone(zone)


class SafetySettings(BaseModel):
    """The threshold that stops a run before it writes: see :func:`app.sync.planner.assess_safety`."""

    model_config = ConfigDict(extra="forbid")

    max_count: int = Field(default=500, ge=1)
    max_percent: float = Field(default=10.0, gt=0, le=100)


# --- the whole thing --------------------------------------------------------------------------------------


class SyncSettings(BaseModel):
    """What to sync and how. Defaults are what a new agent starts with (nothing selected yet)."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    directory_kind: DirectoryKind = DirectoryKind.AD
    scope: SyncScope = Field(default_factory=SyncScope)
    user_mapping: list[AttributeMapping] = Field(default_factory=lambda: suggest_user_mapping(DirectoryKind.AD))
    group_mapping: list[AttributeMapping] = Field(default_factory=lambda: suggest_group_mapping(DirectoryKind.AD))
    # User criteria keep the field name of version 1 files; group criteria were added later and default to
    # "all", so a config.json written before them loads unchanged.
    criteria: SyncCriteria = Field(default_factory=SyncCriteria)
    group_criteria: SyncCriteria = Field(default_factory=SyncCriteria)
    status_sync: StatusSync = StatusSync.REFLECT
    leave_scope: LeaveScope = LeaveScope.DISABLE
    password_notification: PasswordNotification = PasswordNotification.USER
    welcome_mail: bool = True
    propagate_deletions: bool = False
    schedule: SyncSchedule = Field(default_factory=SyncSchedule)
    safety: SafetySettings = Field(default_factory=SafetySettings)
    # A delta run is replaced by a full one when the last full run is older than this.
    full_sync_interval_days: int = Field(default=7, ge=1, le=7)
    # Watch the directory for changes and start a small delta run for them within seconds (the schedule stays
    # as the safety net). A directory that offers no change stream is polled every ``watch_poll_seconds``.
    watch_changes: bool = True
    watch_poll_seconds: int = Field(default=60, ge=5, le=3600)
    # Where deletions are not visible to the bind account (no AD tombstones it may read; plain LDAP), a delta
    # run lists the anchors in scope to find them only when the last listing is older than this (0: on every
    # delta). A delta without the listing never takes absence for a deletion.
    presence_check_minutes: int = Field(default=60, ge=0, le=7 * 24 * 60)
    # AD system objects are out of scope unless their type is listed here (empty: none is synced).
    include_system_objects: list[SystemObjectType] = Field(default_factory=list)

    @model_validator(mode="after")
    def _rules_consistent(self) -> SyncSettings:
        if self.status_sync is StatusSync.DO_NOTHING and self.leave_scope is LeaveScope.DISABLE:
            raise ValueError("leave_scope_disable_needs_reflect")
        if not any(m.target == "userName" for m in self.user_mapping):
            raise ValueError("user_mapping_needs_username")
        if self.scope.includes_groups and not any(m.target == "displayName" for m in self.group_mapping):
            raise ValueError("group_mapping_needs_displayname")
        for mapping in (self.user_mapping, self.group_mapping):
            targets = [m.target.lower() for m in mapping]  # "title" and "Title" are one attribute
            if len(targets) != len(set(targets)):
                raise ValueError("mapping_target_duplicate")
        return self

    @field_validator("include_system_objects")
    @classmethod
    def _unique_system_types(cls, value: list[SystemObjectType]) -> list[SystemObjectType]:
        return list(dict.fromkeys(value))

    def includes_system(self, kind: Literal["user", "group"]) -> bool:
        """Whether AD system objects of this kind are synced (an explicit opt-in)."""
        wanted = SystemObjectType.USERS if kind == "user" else SystemObjectType.GROUPS
        return wanted in self.include_system_objects

    def criteria_for(self, kind: Literal["user", "group"]) -> SyncCriteria:
        return self.criteria if kind == "user" else self.group_criteria

    def source_attributes(self, kind: Literal["user", "group"]) -> list[str]:
        """The directory attributes the mapping and criteria need (the reader asks only for these).

        A "member of" row on users is served by the directory source adding ``memberOf`` itself; for groups
        ``memberOf`` is listed here.
        """
        mapping = self.user_mapping if kind == "user" else self.group_mapping
        names = [m.source_attribute for m in mapping]
        rows = self.criteria_for(kind).rows
        names += [row.field for row in rows if row.relationship is not Relationship.MEMBER_OF]
        if kind == "group" and any(row.relationship is Relationship.MEMBER_OF for row in rows):
            names.append("memberOf")
        return list(dict.fromkeys(names))

    def scope_fingerprint(self) -> str:
        """Changes whenever the set of objects in scope could change (OUs, types, query, user/group criteria)."""
        data: dict[str, object] = {
            "scope": self.scope.model_dump(mode="json"),
            "criteria": self.criteria.model_dump(mode="json"),
        }
        # Only when set: group criteria left at "all" keep the fingerprint of configurations written before
        # they existed, so upgrading does not by itself count as a scope change.
        if self.group_criteria != SyncCriteria():
            data["group_criteria"] = self.group_criteria.model_dump(mode="json")
        if self.include_system_objects:  # same: only when set
            data["system_objects"] = sorted(str(t) for t in self.include_system_objects)
        return _fingerprint(data)

    def mapping_fingerprint(self) -> str:
        """Changes whenever the SCIM payload of an unchanged directory object could change."""
        return _fingerprint(
            {
                "users": [m.model_dump(mode="json") for m in self.user_mapping],
                "groups": [m.model_dump(mode="json") for m in self.group_mapping],
                "kind": self.directory_kind.value,
            }
        )


def _fingerprint(data: object) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, separators=(",", ":")).encode()).hexdigest()[:16]
