"""Adapts the SCIM client (:class:`app.cloud.scim.ScimTarget`) to the engine's :class:`CloudTarget` port.

The SCIM client already retries 429/5xx/dropped connections and never re-sends a create blindly; this
adapter only translates between SCIM resources and the engine's :class:`CloudObject`, turns status
changes into a small PATCH (``replace active``), falling back to a PUT of the whole resource when the
service does not offer PATCH, and offers batched creates through SCIM Bulk when the service advertises it
(``/ServiceProviderConfig``), split within its ``maxOperations`` and ``maxPayloadSize``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from app.cloud.errors import ScimError
from app.cloud.scim import ProvisioningOptions, ResourceType, ScimResource, ScimTarget
from app.errors import SyncError
from app.sync.model import READ_ONLY_ATTRIBUTES, CloudObject, LedgerDns, ObjectKind

_TYPES = {ObjectKind.USER: ResourceType.USERS, ObjectKind.GROUP: ResourceType.GROUPS}
_LIST_PAGE = 500


def to_cloud_object(
    kind: ObjectKind, resource: ScimResource, *, compact: bool = True, known: LedgerDns | None = None
) -> CloudObject:
    """``compact``: keep the resource compressed (a listing's objects live as long as the plan), without its
    read-only parts (``meta``, whose version is the ETag kept beside it, and a user's ``groups``), which the
    planner never compares nor writes back; an answer to a write is read once and dropped, so it keeps the
    tenant's dict as it is, behind a read-only view. ``known``: the ledger, whose copies of the ids are kept."""
    data = resource.data
    members: frozenset[str] = frozenset()
    if kind is ObjectKind.GROUP:
        members = frozenset(
            str(m["value"]) for m in data.get("members") or [] if isinstance(m, dict) and m.get("value")
        )
    name = data.get("userName") if kind is ObjectKind.USER else data.get("displayName")
    active = data.get("active")
    cloud_id, external_id = resource.id, resource.external_id or None
    if known is not None:
        cloud_id, external_id = known.cloud(cloud_id, external_id)
    if compact and ("meta" in data or "groups" in data):
        data = {k: v for k, v in data.items() if k not in READ_ONLY_ATTRIBUTES}
    return CloudObject(
        id=cloud_id,
        kind=kind,
        external_id=external_id,
        user_name=str(name) if name is not None else None,
        active=active is not False,  # absent means active (RFC 7643: the service's default)
        resource=data if compact else MappingProxyType(data),
        etag=resource.etag,
        members=members,
    )


class ScimCloudTarget:
    """The engine's view of a SCIM service."""

    def __init__(self, scim: ScimTarget) -> None:
        self.scim = scim

    async def list_objects(self, kind: ObjectKind, known: LedgerDns | None = None) -> Sequence[CloudObject]:
        listing = self.scim.iter(_TYPES[kind], page_size=_LIST_PAGE)
        return [to_cloud_object(kind, r, known=known) async for r in listing]

    async def get(self, kind: ObjectKind, cloud_id: str) -> CloudObject | None:
        found = await self.scim.get(_TYPES[kind], cloud_id)
        return to_cloud_object(kind, found) if found is not None else None

    async def find_by_external_id(self, kind: ObjectKind, external_id: str) -> CloudObject | None:
        found = await self.scim.find_one(_TYPES[kind], "externalId", external_id)
        return to_cloud_object(kind, found) if found is not None else None

    async def find_by_user_name(self, user_name: str) -> CloudObject | None:
        found = await self.scim.find_one(ResourceType.USERS, "userName", user_name)
        return to_cloud_object(ObjectKind.USER, found) if found is not None else None

    async def create(
        self, kind: ObjectKind, resource: Mapping[str, Any], *, provisioning: ProvisioningOptions | None = None
    ) -> CloudObject:
        created = await self.scim.create(_TYPES[kind], dict(resource), provisioning)
        return to_cloud_object(kind, created, compact=False)

    async def create_batches(self, kind: ObjectKind, resources: Sequence[Mapping[str, Any]]) -> list[list[int]] | None:
        return await self.scim.bulk_batches(resources)

    async def create_batch(
        self,
        kind: ObjectKind,
        resources: Sequence[Mapping[str, Any]],
        *,
        provisioning: ProvisioningOptions | None = None,
    ) -> list[CloudObject | ScimError]:
        answers = await self.scim.bulk_create(_TYPES[kind], resources, provisioning)
        out: list[CloudObject | ScimError] = []
        for answer in answers:
            if answer.resource is not None:
                out.append(to_cloud_object(kind, answer.resource, compact=False))
            else:
                assert answer.error is not None
                out.append(answer.error)
        return out

    async def replace(
        self,
        kind: ObjectKind,
        cloud_id: str,
        resource: Mapping[str, Any],
        *,
        etag: str | None = None,
        provisioning: ProvisioningOptions | None = None,
    ) -> CloudObject:
        body = {k: v for k, v in resource.items() if k != "meta"}
        replaced = await self.scim.replace(_TYPES[kind], cloud_id, body, etag=etag, provisioning=provisioning)
        return to_cloud_object(kind, replaced, compact=False)

    async def set_active(
        self, cloud_id: str, active: bool, *, provisioning: ProvisioningOptions | None = None
    ) -> CloudObject:
        capabilities = await self.scim.discover() if self.scim.capabilities is None else self.scim.capabilities
        if capabilities.patch:
            ops = [{"op": "replace", "path": "active", "value": active}]
            patched = await self.scim.patch(ResourceType.USERS, cloud_id, ops, provisioning=provisioning)
            if patched is not None:
                return to_cloud_object(ObjectKind.USER, patched, compact=False)
        current = await self.scim.get(ResourceType.USERS, cloud_id)
        if current is None:
            raise SyncError(cloud_id, code="cloud_object_missing")
        body = {k: v for k, v in current.data.items() if k not in READ_ONLY_ATTRIBUTES}
        body["active"] = active
        replaced = await self.scim.replace(
            ResourceType.USERS, cloud_id, body, etag=current.etag, provisioning=provisioning
        )
        return to_cloud_object(ObjectKind.USER, replaced, compact=False)

    async def delete(self, kind: ObjectKind, cloud_id: str) -> None:
        await self.scim.delete(_TYPES[kind], cloud_id)
