"""Small builders of directory and cloud objects for the sync tests (plain data, no servers)."""

from __future__ import annotations

import uuid
from typing import Any

from app.sync.model import CloudObject, LedgerEntry, ObjectKind, SourceObject, SyncState
from app.sync.planner import SCIM_GROUP, SCIM_USER
from app.sync.settings import SyncSettings

BASE = "DC=zylker,DC=test"
SALES = f"OU=Sales,{BASE}"
ENG = f"OU=Engineering,{BASE}"
ELSEWHERE = f"OU=Former,{BASE}"


def anchor(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_DNS, name))


def user(
    name: str,
    ou: str = SALES,
    *,
    disabled: bool = False,
    cn: str | None = None,
    member_of: tuple[str, ...] = (),
    **attrs: str,
) -> SourceObject:
    given, _, family = name.partition(".")
    attributes: dict[str, tuple[str, ...]] = {
        "userPrincipalName": (f"{name}@zylker.test",),
        "givenName": (given.title(),),
        "sn": (family.title(),),
        "displayName": (f"{given.title()} {family.title()}",),
        "mail": (f"{name}@zylker.test",),
    }
    attributes.update({k: (v,) for k, v in attrs.items()})
    return SourceObject(
        anchor=anchor(name),
        dn=f"CN={cn or name},{ou}",
        kind=ObjectKind.USER,
        attributes=attributes,
        disabled=disabled,
        member_of=frozenset(member_of),
    )


def group(name: str, members: tuple[str, ...] = (), ou: str = SALES, *, security: bool = True) -> SourceObject:
    return SourceObject(
        anchor=anchor(f"group:{name}"),
        dn=f"CN={name},{ou}",
        kind=ObjectKind.GROUP,
        attributes={"sAMAccountName": (name,), "cn": (name,)},
        member_anchors=frozenset(members),
        security=security,
    )


def cloud_user(
    src: SourceObject | None = None,
    *,
    user_name: str | None = None,
    active: bool = True,
    external_id: str | None = "from_src",
    cloud_id: str | None = None,
    **overrides: Any,
) -> CloudObject:
    """The cloud copy of ``src`` as the default mapping would have created it (then ``overrides``)."""
    from app.sync.planner import build_resource

    if src is not None:
        resource = build_resource(src, SyncSettings().user_mapping)
        ext = src.anchor if external_id == "from_src" else external_id
    else:
        resource = {"schemas": [SCIM_USER], "userName": user_name}
        ext = None if external_id == "from_src" else external_id
    resource.update(overrides)
    cid = cloud_id or str(uuid.uuid4())
    resource.update({"id": cid, "active": active})
    if ext is not None:
        resource["externalId"] = ext
    return CloudObject(
        id=cid,
        kind=ObjectKind.USER,
        external_id=ext,
        user_name=str(resource.get("userName")),
        active=active,
        resource=resource,
    )


def cloud_group(src: SourceObject, members: tuple[str, ...] = (), *, cloud_id: str | None = None) -> CloudObject:
    cid = cloud_id or str(uuid.uuid4())
    name = src.first("sAMAccountName")
    resource = {
        "schemas": [SCIM_GROUP],
        "id": cid,
        "externalId": src.anchor,
        "displayName": name,
        "members": [{"value": m} for m in members],
    }
    return CloudObject(
        id=cid,
        kind=ObjectKind.GROUP,
        external_id=src.anchor,
        user_name=name,
        active=True,
        resource=resource,
        members=frozenset(members),
    )


def ledger_of(*pairs: tuple[SourceObject, CloudObject | None], disabled_by_sync: bool = False) -> SyncState:
    return SyncState(
        ledger={s.anchor: LedgerEntry(s.anchor, s.kind, s.dn, c.id if c else None, disabled_by_sync) for s, c in pairs}
    )
