"""What the sync engine needs from the directory and from the tenant, as protocols.

The engine depends on these two shapes only; :mod:`app.sync.sources` and :mod:`app.sync.targets` adapt the
directory layer (``app/ldap``) and the SCIM client (``app/cloud``) to them, and tests can pass any object
of the same shape (a real SCIM server behind a small client is preferred to a fake).

Errors a :class:`CloudTarget` raises are those of :mod:`app.cloud.errors`: ``ScimError`` (with ``status``),
``RateLimitedError`` (``retry_after``), ``TenantUnreachableError`` (dropped connections, 5xx after the
client's own retries). A :class:`DirectorySource` raises :class:`app.errors.DirectoryError`.

A tenant that takes several creates in one request (SCIM Bulk) says so through
:meth:`CloudTarget.create_batches`; :meth:`CloudTarget.create_batch` then sends one such request and answers
for each object on its own, as a create of that object alone would.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from app.cloud.errors import ScimError
from app.cloud.scim import ProvisioningOptions
from app.sync.model import CloudObject, LedgerDns, ObjectKind, SourceSnapshot
from app.sync.settings import SyncSettings


@dataclass(frozen=True, slots=True)
class Watermark:
    """Where a delta read starts, as the state store keeps it: an opaque ``value`` per ``server`` (the DC's
    invocationId or the server's URL). The LDAP source stores its
    :class:`app.ldap.reader.DirectoryWatermark` (highest committed USN per DC ``invocationId`` on AD, a
    ``contextCSN`` on OpenLDAP) here as JSON; only the source that wrote a value reads it."""

    server: str
    value: str


@dataclass(frozen=True, slots=True)
class SourceRead:
    """The result of one directory read, with the watermarks to store once the run has been applied."""

    snapshot: SourceSnapshot
    watermarks: tuple[Watermark, ...] = ()


@dataclass(frozen=True, slots=True)
class DeltaRequest:
    """A delta read: the watermarks of the last applied run and the anchors the ledger says are in scope."""

    watermarks: tuple[Watermark, ...]
    ledger_dns: Mapping[str, str] = field(default_factory=dict)


class DirectorySource(Protocol):
    async def read_full(self, settings: SyncSettings, known: Mapping[str, str]) -> SourceRead:
        """Every user and group in scope (paged); ``snapshot.complete`` is False if paging stopped early.

        ``known`` (ledger anchor → last DN): for those not found in scope, the source reports whether they
        still exist elsewhere (``snapshot.out_of_scope``) or were deleted (``snapshot.tombstones``).
        """
        ...

    async def read_delta(self, settings: SyncSettings, request: DeltaRequest) -> SourceRead | None:
        """Objects changed since the watermarks (incl. tombstones and objects moved out of scope).

        None means a delta is impossible (unknown DC invocationId, watermark too old): do a full read. A
        source that knows why says so in ``full_read_reason`` (see :class:`ExplainsFullRead`).
        """
        ...


@runtime_checkable
class ExplainsFullRead(Protocol):
    """A :class:`DirectorySource` that says why its last :meth:`~DirectorySource.read_delta` answered None
    (a code such as ``dirsync_cookie_invalid`` or ``watermark_mismatch``; None when it did not, or gives no
    reason). The engine reports that code instead of its generic ``delta_unavailable``."""

    full_read_reason: str | None


class CloudTarget(Protocol):
    async def list_objects(self, kind: ObjectKind, known: LedgerDns | None = None) -> Sequence[CloudObject]:
        """Every object of ``kind`` in the tenant; objects the ledger ``known`` manages keep its copies of their
        ids (:meth:`LedgerDns.cloud`)."""
        ...

    async def get(self, kind: ObjectKind, cloud_id: str) -> CloudObject | None: ...

    async def find_by_external_id(self, kind: ObjectKind, external_id: str) -> CloudObject | None: ...

    async def find_by_user_name(self, user_name: str) -> CloudObject | None: ...

    async def create(
        self, kind: ObjectKind, resource: Mapping[str, Any], *, provisioning: ProvisioningOptions | None = None
    ) -> CloudObject: ...

    async def create_batches(self, kind: ObjectKind, resources: Sequence[Mapping[str, Any]]) -> list[list[int]] | None:
        """``resources`` (to create) split into batch requests within the tenant's limits, as lists of
        positions in order; None when the tenant takes no batch requests (or one would not help)."""
        ...

    async def create_batch(
        self,
        kind: ObjectKind,
        resources: Sequence[Mapping[str, Any]],
        *,
        provisioning: ProvisioningOptions | None = None,
    ) -> list[CloudObject | ScimError]:
        """Create ``resources`` (one batch of :meth:`create_batches`) in one request: for each, in order, what
        the tenant created or why it refused that one. Raises ``BulkOutcomeUnknownError`` (a
        ``TenantUnreachableError``) when the answer was lost after the request may have been carried out;
        any of the batch may exist then, so each is looked up before it is created again."""
        ...

    async def replace(
        self,
        kind: ObjectKind,
        cloud_id: str,
        resource: Mapping[str, Any],
        *,
        etag: str | None = None,
        provisioning: ProvisioningOptions | None = None,
    ) -> CloudObject: ...

    async def set_active(
        self, cloud_id: str, active: bool, *, provisioning: ProvisioningOptions | None = None
    ) -> CloudObject: ...

    async def delete(self, kind: ObjectKind, cloud_id: str) -> None: ...
