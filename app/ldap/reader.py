"""Reading the directory: OUs level by level, attribute names, users and groups, changes.

``DirectoryReader`` is what the sync engine and the wizard use::

    reader = await DirectoryReader.open(settings, password)      # connect (with failover) + read the rootDSE
    below = await reader.ou_children(reader.base_dn)               # one level, for a lazily opened picker
    names = await reader.attribute_names(ObjectKind.USER)          # for attribute mapping
    async for user in reader.iter_users(ous, ["mail", "sn"], "(department=Sales)"):
        ...                                                        # DirectoryObject, streamed page by page
    mark = await reader.read_watermark()                           # before a full read
    async for change in reader.iter_changes(mark, ous, attrs): ... # later: changed (and AD: deleted) objects
    await reader.close()

Guarantees:
* A paged read either ends because the server said it is complete, or raises ``IncompleteReadError``
  (code ``read_incomplete``, with how many entries were read). It never just stops.
* Only the requested attributes are fetched (plus what the layer itself needs: anchor, change number,
  disabled state, membership for groups).
* Anchors: AD ``objectGUID`` as the canonical lower-case UUID string; other LDAP ``entryUUID``.
* Disabled: AD ``userAccountControl & 0x2``; other LDAP the configurable rule in ``LdapSettings``
  (``disabled_attribute`` / ``disabled_value``).
* Change tracking: AD ``highestCommittedUSN``/``uSNChanged`` per DC ``invocationId`` (a watermark from another
  DC or a restored DC is refused with ``watermark_mismatch``: do a full read), tombstones through the Show
  Deleted control (objectGUID + lastKnownParent), both searched from the naming context (``change_base``)
  so objects moved out of the base DN are seen. ``tombstones_visible()`` tells whether the bind account may
  see tombstones at all (one one-level probe of Deleted Objects). OpenLDAP: ``contextCSN``/``entryCSN``
  (deletions are not visible there; the sync engine's scope ledger covers them).
* Deletions and moves, by what the bind account may do (decided per run in :mod:`app.sync.sources`):
  DirSync where it holds "Replicating Directory Changes" (:mod:`app.ldap.dirsync`, over this reader's
  connection); else the tombstones above where it may list Deleted Objects; else a listing of the anchors
  in scope on the presence cadence.
* ``entries_read`` counts the entries all searches returned, so a caller can tell what a read cost.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import functools
import re
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

import ldap3
from pydantic import SecretStr

from app.errors import DirectoryError
from app.ldap.connection import (
    PAGED_RESULTS_OID,
    DirectoryConnection,
    PagedSearch,
    SearchRequest,
    connect,
)
from app.ldap.errors import BaseDnNotFoundError, IncompleteReadError, OperationFailedError
from app.ldap.settings import LdapSettings
from app.ldap.validation import escape_filter_value, validate_dn, validate_filter

SHOW_DELETED_OID = "1.2.840.113556.1.4.417"
AD_CAPABILITY_OID = "1.2.840.113556.1.4.800"
UAC_ACCOUNTDISABLE = 0x2
BINARY_GUIDS = {"objectguid", "invocationid"}
AD_USER_FILTER = "(&(objectCategory=person)(objectClass=user))"
AD_GROUP_FILTER = "(objectClass=group)"
DIRSYNC_OID = "1.2.840.113556.1.4.841"

T = TypeVar("T")

KNOWN_CONTROLS = {
    PAGED_RESULTS_OID: "paged_results",
    SHOW_DELETED_OID: "show_deleted",
    DIRSYNC_OID: "dirsync",
    "1.2.840.113556.1.4.473": "server_sort",
    "1.2.840.113556.1.4.319.": "paged_results",
    "1.3.6.1.4.1.4203.1.9.1.1": "syncrepl",
    "2.16.840.1.113730.3.4.9": "virtual_list_view",
}


class ObjectKind(StrEnum):
    USER = "user"
    GROUP = "group"


# The users and groups among deleted or changed objects: a tombstone keeps objectClass but not
# objectCategory, and computers are users to LDAP but never synced.
AD_CLASS_FILTERS = {
    ObjectKind.USER: "(&(objectClass=user)(!(objectClass=computer)))",
    ObjectKind.GROUP: AD_GROUP_FILTER,
}


class DirectoryFlavor(StrEnum):
    ACTIVE_DIRECTORY = "active_directory"
    LDAP = "ldap"


@dataclass(frozen=True)
class RootDse:
    naming_contexts: tuple[str, ...]
    default_naming_context: str | None
    flavor: DirectoryFlavor
    supported_controls: tuple[str, ...]
    dns_host_name: str | None
    vendor: str | None
    highest_committed_usn: int | None
    ds_service_name: str | None
    schema_entry: str | None

    def as_data(self) -> dict[str, object]:
        return {
            "naming_contexts": list(self.naming_contexts),
            "default_naming_context": self.default_naming_context,
            "flavor": self.flavor.value,
            "supported_controls": sorted({KNOWN_CONTROLS.get(oid, oid) for oid in self.supported_controls}),
            "dns_host_name": self.dns_host_name,
            "vendor": self.vendor,
        }


@dataclass(frozen=True)
class DirectoryObject:
    """One user or group as read. ``attributes`` keys are as the server spells them; use :meth:`get`."""

    anchor: str
    dn: str
    kind: ObjectKind
    attributes: dict[str, list[str]]
    disabled: bool = False
    members: tuple[str, ...] = ()
    usn: int | None = None
    csn: str | None = None
    deleted: bool = False
    last_known_parent: str | None = None

    def get(self, name: str) -> list[str]:
        lowered = name.lower()
        for key, values in self.attributes.items():
            if key.lower() == lowered:
                return values
        return []

    def first(self, name: str) -> str | None:
        values = self.get(name)
        return values[0] if values else None


@dataclass(frozen=True)
class OuNode:
    """An OU (or, on AD, a visible container): its DN and its name (the first RDN's value)."""

    dn: str
    name: str


@dataclass(frozen=True)
class DirectoryWatermark:
    """Where a delta read starts. AD: ``usn`` on the DC ``invocation_id``, and where the bind account may use
    DirSync its cookie (base64, :mod:`app.ldap.dirsync`); other LDAP: ``csn``. Stored as JSON of its fields:
    a field added later has a default, so a watermark stored before it still loads."""

    flavor: DirectoryFlavor
    taken_at: str
    usn: int | None = None
    invocation_id: str | None = None
    dc: str | None = None
    csn: str | None = None
    dirsync_cookie: str | None = None


class WatermarkMismatchError(DirectoryError):
    code = "watermark_mismatch"


def guid_text(value: bytes) -> str:
    """A 16-byte GUID in AD's mixed-endian layout as the canonical lower-case UUID string (what
    ``str(uuid.UUID(bytes_le=value))`` gives, without building a UUID object per entry)."""
    h = (value[3::-1] + value[5:3:-1] + value[7:5:-1] + value[8:]).hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _decode_values(name: str, values: Sequence[bytes]) -> list[str]:
    if name.lower() in BINARY_GUIDS:
        return [guid_text(bytes(v)) if len(v) == 16 else bytes(v).hex() for v in values]
    return _text_values(values)


def _text_values(values: Sequence[bytes]) -> list[str]:
    try:
        # nearly every value is UTF-8 text: decode the list in one go, per value only when one is not
        return [bytes(value).decode("utf-8") for value in values]
    except UnicodeDecodeError:
        pass
    out = []
    for value in values:
        try:
            out.append(bytes(value).decode("utf-8"))
        except UnicodeDecodeError:
            out.append(base64.b64encode(bytes(value)).decode("ascii"))
    return out


def _decoded(entry: Mapping[str, Any]) -> dict[str, list[str]]:
    raw: Mapping[str, Sequence[bytes]] = entry.get("raw_attributes") or {}
    return {name: _decode_values(name, values) for name, values in raw.items() if values}


def _decoded_and_index(entry: Mapping[str, Any]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """:func:`_decoded` and the same values keyed by lower-case name (the first spelling winning, as in
    :func:`_lookup`), in one pass over the entry: the per-entry path of a bulk read."""
    raw: Mapping[str, Sequence[bytes]] = entry.get("raw_attributes") or {}
    attrs: dict[str, list[str]] = {}
    index: dict[str, list[str]] = {}
    for name, values in raw.items():
        if not values:
            continue
        lowered = name.lower()
        decoded = _decode_values(name, values) if lowered in BINARY_GUIDS else _text_values(values)
        attrs[name] = decoded
        index.setdefault(lowered, decoded)
    return attrs, index


def _as_is(entry: dict[str, Any]) -> dict[str, Any]:
    return entry


def _lookup(attrs: Mapping[str, list[str]], name: str) -> list[str]:
    lowered = name.lower()
    for key, values in attrs.items():
        if key.lower() == lowered:
            return values
    return []


def _one(attrs: Mapping[str, list[str]], name: str) -> str | None:
    values = _lookup(attrs, name)
    return values[0] if values else None


def parse_root_dse(entry: Mapping[str, Any]) -> RootDse:
    attrs = _decoded(entry)
    capabilities = _lookup(attrs, "supportedCapabilities")
    usn = _lookup(attrs, "highestCommittedUSN")
    flavor = DirectoryFlavor.ACTIVE_DIRECTORY if AD_CAPABILITY_OID in capabilities else DirectoryFlavor.LDAP
    return RootDse(
        naming_contexts=tuple(_lookup(attrs, "namingContexts")),
        default_naming_context=_one(attrs, "defaultNamingContext"),
        flavor=flavor,
        supported_controls=tuple(_lookup(attrs, "supportedControl")),
        dns_host_name=_one(attrs, "dnsHostName"),
        vendor=_one(attrs, "vendorName"),
        highest_committed_usn=int(usn[0]) if usn else None,
        ds_service_name=_one(attrs, "dsServiceName"),
        schema_entry=_one(attrs, "subschemaSubentry"),
    )


ROOT_DSE_ATTRIBUTES = [
    "namingContexts",
    "defaultNamingContext",
    "supportedControl",
    "supportedCapabilities",
    "supportedLDAPVersion",
    "dnsHostName",
    "vendorName",
    "highestCommittedUSN",
    "dsServiceName",
    "subschemaSubentry",
]


def _entries(conn: Any) -> list[dict[str, Any]]:
    return [r for r in (conn.response or []) if r.get("type") == "searchResEntry"]


def _check_result(conn: Any, host: str, base: str) -> None:
    result = conn.result or {}
    number = result.get("result", 0)
    if number == 0:
        return
    if number == 32:
        raise BaseDnNotFoundError(str(result.get("message")), base_dn=base, host=host)
    raise OperationFailedError(
        str(result.get("description")),
        host=host,
        result=number,
        description=result.get("description"),
        server_message=result.get("message"),
    )


async def read_root_dse(connection: DirectoryConnection) -> RootDse:
    def read() -> RootDse:
        conn = connection.conn
        conn.search("", "(objectClass=*)", ldap3.BASE, attributes=ROOT_DSE_ATTRIBUTES)
        _check_result(conn, connection.host, "")
        found = _entries(conn)
        if not found:
            raise OperationFailedError("rootDSE not readable", host=connection.host, result=None)
        return parse_root_dse(found[0])

    return await connection.call(read)


def _and(*filters: str | None) -> str:
    parts = [f for f in filters if f]
    return parts[0] if len(parts) == 1 else "(&" + "".join(parts) + ")"


def _covering_bases(ous: Iterable[str]) -> list[str]:
    """Selected OUs without those inside another selected OU (each subtree is searched once)."""
    chosen = sorted({ou.strip() for ou in ous}, key=len)
    kept: list[str] = []
    for ou in chosen:
        if not any(ou.lower().endswith("," + parent.lower()) or ou.lower() == parent.lower() for parent in kept):
            kept.append(ou)
    return kept


class DirectoryReader:
    """Reads users, groups, OUs and changes from one bound connection (see the module docstring)."""

    def __init__(self, connection: DirectoryConnection, root: RootDse, settings: LdapSettings) -> None:
        self.connection = connection
        self.root = root
        self.settings = settings
        # Entries the server returned through this reader (all searches): what a read cost, for figures.
        self.entries_read = 0

    @classmethod
    async def open(cls, settings: LdapSettings, password: SecretStr) -> DirectoryReader:
        connection = await connect(settings, password)
        try:
            root = await read_root_dse(connection)
        except BaseException:
            await connection.close()
            raise
        return cls(connection, root, settings)

    async def close(self) -> None:
        await self.connection.close()

    async def __aenter__(self) -> DirectoryReader:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ------------------------------------------------------------------ basics

    @property
    def is_ad(self) -> bool:
        return self.root.flavor is DirectoryFlavor.ACTIVE_DIRECTORY

    @property
    def base_dn(self) -> str:
        if self.settings.base_dn:
            return self.settings.base_dn
        return self.root.default_naming_context or self.settings.effective_base_dn

    @property
    def anchor_attribute(self) -> str:
        return "objectGUID" if self.is_ad else "entryUUID"

    @property
    def change_attribute(self) -> str:
        return "uSNChanged" if self.is_ad else "entryCSN"

    def object_filter(self, kind: ObjectKind) -> str:
        if self.is_ad:
            return AD_USER_FILTER if kind is ObjectKind.USER else AD_GROUP_FILTER
        return self.settings.user_object_filter if kind is ObjectKind.USER else self.settings.group_object_filter

    async def _search_all(
        self,
        base: str,
        search_filter: str,
        attributes: list[str],
        *,
        scope: Any = ldap3.SUBTREE,
        controls: list[Any] | None = None,
    ) -> list[dict[str, Any]]:
        collected: list[dict[str, Any]] = []
        async for page in self._pages(base, search_filter, attributes, scope=scope, controls=controls):
            collected.extend(page)
        return collected

    async def _pages(
        self,
        base: str,
        search_filter: str,
        attributes: list[str],
        *,
        scope: Any = ldap3.SUBTREE,
        controls: list[Any] | None = None,
    ) -> AsyncGenerator[list[dict[str, Any]], None]:
        """Paged search, page by page (response dicts). Raises IncompleteReadError if it ends early."""
        async for page in self._converted_pages(
            base, search_filter, attributes, _as_is, scope=scope, controls=controls
        ):
            yield page

    async def _converted_pages(
        self,
        base: str,
        search_filter: str,
        attributes: list[str],
        convert: Callable[[dict[str, Any]], T],
        *,
        scope: Any = ldap3.SUBTREE,
        controls: list[Any] | None = None,
    ) -> AsyncGenerator[list[T], None]:
        """Paged search through :class:`PagedSearch`: one worker thread asks for page N+1 before it parses
        page N and runs ``convert`` on its entries, so the server's time and this side's overlap. Raises
        IncompleteReadError if the read ends early; a caller that stops early leaves the worker to read what
        it had asked for, so the connection stays usable. The worker holds the connection for the whole
        read: a caller must not use this reader again inside its loop over the pages (such a call would
        wait for the read, which waits for the caller, until the operation timeout)."""
        host = self.connection.host
        read = 0
        pages = 0

        def check(conn: Any) -> None:
            _check_result(conn, host, base)

        search = PagedSearch(
            self.connection,
            SearchRequest(base, search_filter, scope, attributes, self.settings.page_size, controls),
            check,
            convert,
        )
        try:
            while True:
                try:
                    page = await search.next_page()
                except (BaseDnNotFoundError, OperationFailedError) as exc:
                    if pages == 0:
                        raise
                    raise IncompleteReadError(str(exc), read=read, pages=pages, cause=exc.code, host=host) from exc
                except DirectoryError as exc:
                    # The connection failed (lost, timed out) part-way: never let a partial read look complete.
                    raise IncompleteReadError(str(exc), read=read, pages=pages, cause=exc.code, host=host) from exc
                if page is None:
                    return
                pages += 1
                read += len(page)
                self.entries_read += len(page)
                yield page
        finally:
            search.stop()

    # ------------------------------------------------------------------ OU tree and attribute names

    def _ou_filter(self) -> str:
        if self.is_ad:
            return "(&(|(objectClass=organizationalUnit)(objectClass=container))(!(showInAdvancedViewOnly=TRUE)))"
        return "(objectClass=organizationalUnit)"

    async def ou_children(self, parent_dn: str) -> list[OuNode]:
        """The OUs (and, on AD, visible containers) directly below ``parent_dn``, sorted by name.

        One one-level search, so a picker can open a big tree branch by branch. Raises ``DnInvalidError`` for a
        malformed DN and ``BaseDnNotFoundError`` when ``parent_dn`` does not exist (any more).
        """
        validate_dn(parent_dn)
        entries = await self._search_all(parent_dn, self._ou_filter(), ["ou", "name"], scope=ldap3.LEVEL)
        nodes = [OuNode(dn=entry["dn"], name=validate_dn(entry["dn"])[0][0][1]) for entry in entries]
        return sorted(nodes, key=lambda n: n.name.lower())

    async def attribute_names(self, kind: ObjectKind) -> list[str]:
        """Attribute names usable for ``kind``: from the schema's object classes and from sample entries."""
        names: set[str] = set()
        classes = (
            ["user", "organizationalPerson", "person", "top", "mailRecipient", "securityPrincipal"]
            if self.is_ad and kind is ObjectKind.USER
            else ["group", "top", "mailRecipient", "securityPrincipal"]
            if self.is_ad
            else ["inetOrgPerson", "organizationalPerson", "person", "top"]
            if kind is ObjectKind.USER
            else ["groupOfNames", "groupOfUniqueNames", "top"]
        )
        if self.root.schema_entry:
            schema = await self._search_all(
                self.root.schema_entry, "(objectClass=*)", ["objectClasses"], scope=ldap3.BASE
            )
            definitions = _lookup(_decoded(schema[0]), "objectClasses") if schema else []
            names |= _class_attributes(definitions, classes)
        sample = await self._sample(kind)
        for entry in sample:
            names |= set(_decoded(entry))
        return sorted(names, key=str.lower)

    async def _sample(self, kind: ObjectKind) -> list[dict[str, Any]]:
        def read() -> list[dict[str, Any]]:
            conn = self.connection.conn
            conn.search(
                self.base_dn, self.object_filter(kind), ldap3.SUBTREE, attributes=[ldap3.ALL_ATTRIBUTES], size_limit=25
            )
            return _entries(conn)

        return await self.connection.call(read)

    # ------------------------------------------------------------------ users and groups

    def _attributes_for(self, kind: ObjectKind, requested: Sequence[str]) -> list[str]:
        needed = [self.anchor_attribute, self.change_attribute]
        if self.is_ad:
            needed += ["userAccountControl"] if kind is ObjectKind.USER else ["member"]
        else:
            needed += ["modifyTimestamp"]
            if kind is ObjectKind.GROUP:
                needed += ["member", "uniqueMember"]
            elif self.settings.disabled_attribute:
                needed.append(self.settings.disabled_attribute)
        seen: dict[str, str] = {}
        for name in [*requested, *needed]:
            seen.setdefault(name.lower(), name)
        return list(seen.values())

    def _is_disabled(self, kind: ObjectKind, index: Mapping[str, list[str]]) -> bool:
        """``index``: the entry's attributes keyed by lower-case name (from :func:`_decoded_and_index`)."""
        if kind is not ObjectKind.USER:
            return False
        if self.is_ad:
            uac = index.get("useraccountcontrol", [])
            return bool(uac) and bool(int(uac[0]) & UAC_ACCOUNTDISABLE)
        rule = self.settings.disabled_attribute
        if not rule:
            return False
        values = index.get(rule.lower(), [])
        if self.settings.disabled_value is None:
            return bool(values)
        return any(v.lower() == self.settings.disabled_value.lower() for v in values)

    def to_object(self, kind: ObjectKind, entry: Mapping[str, Any]) -> DirectoryObject:
        attrs, index = _decoded_and_index(entry)
        anchors = index.get(self.anchor_attribute.lower(), [])
        if not anchors:
            raise OperationFailedError("entry without anchor", dn=entry.get("dn"), attribute=self.anchor_attribute)
        usn = index.get("usnchanged", [])
        csn = index.get("entrycsn", [])
        members = tuple(index.get("member", []) + index.get("uniquemember", [])) if kind is ObjectKind.GROUP else ()
        deleted = [v.upper() for v in index.get("isdeleted", [])] == ["TRUE"]
        parent = index.get("lastknownparent", [])
        return DirectoryObject(
            anchor=anchors[0].lower(),
            dn=str(entry.get("dn", "")),
            kind=kind,
            attributes=attrs,
            disabled=self._is_disabled(kind, index),
            members=members,
            usn=int(usn[0]) if usn else None,
            csn=csn[0] if csn else None,
            deleted=deleted,
            last_known_parent=parent[0] if parent else None,
        )

    async def iter_objects(
        self, kind: ObjectKind, ous: Sequence[str] = (), attributes: Sequence[str] = (), extra_filter: str | None = None
    ) -> AsyncIterator[DirectoryObject]:
        """Stream users or groups in the selected OUs (subtrees; none = the base DN), page by page."""
        if extra_filter:
            validate_filter(extra_filter)
        bases = _covering_bases(ous) if ous else [self.base_dn]
        for base in bases:
            validate_dn(base)
        search_filter = _and(self.object_filter(kind), extra_filter)
        wanted = self._attributes_for(kind, attributes)
        convert = functools.partial(self.to_object, kind)
        for base in bases:
            pages = self._converted_pages(base, search_filter, wanted, convert)
            async with contextlib.aclosing(pages):
                async for page in pages:
                    for obj in page:
                        yield obj

    def iter_users(
        self, ous: Sequence[str] = (), attributes: Sequence[str] = (), extra_filter: str | None = None
    ) -> AsyncIterator[DirectoryObject]:
        return self.iter_objects(ObjectKind.USER, ous, attributes, extra_filter)

    def iter_groups(
        self, ous: Sequence[str] = (), attributes: Sequence[str] = (), extra_filter: str | None = None
    ) -> AsyncIterator[DirectoryObject]:
        return self.iter_objects(ObjectKind.GROUP, ous, attributes, extra_filter)

    async def _read_base(self, dn: str, search_filter: str, attributes: list[str]) -> dict[str, Any] | None:
        def read() -> dict[str, Any] | None:
            conn = self.connection.conn
            conn.search(dn, search_filter, ldap3.BASE, attributes=attributes)
            if (conn.result or {}).get("result") == 32:
                return None
            _check_result(conn, self.connection.host, dn)
            found = _entries(conn)
            return found[0] if found else None

        return await self.connection.call(read)

    # ------------------------------------------------------------------ change tracking

    async def read_watermark(self) -> DirectoryWatermark:
        """The point to read changes from next time. Take it *before* a full read."""
        now = dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S.%fZ")
        if self.is_ad:
            root = await read_root_dse(self.connection)
            invocation: str | None = None
            if root.ds_service_name:
                ntds = await self._read_base(root.ds_service_name, "(objectClass=*)", ["invocationId"])
                if ntds is not None:
                    invocation = _one(_decoded(ntds), "invocationId")
            return DirectoryWatermark(
                flavor=DirectoryFlavor.ACTIVE_DIRECTORY,
                taken_at=now,
                usn=root.highest_committed_usn,
                invocation_id=invocation,
                dc=self.connection.host,
            )
        base = await self._read_base(self.base_dn, "(objectClass=*)", ["contextCSN"])
        csns = sorted(_lookup(_decoded(base), "contextCSN")) if base else []
        # Without syncprov there is no contextCSN: fall back to the clock in CSN form (entryCSN compares as text).
        csn = csns[-1] if csns else dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S.%fZ#000000#000#000000")
        return DirectoryWatermark(flavor=DirectoryFlavor.LDAP, taken_at=now, csn=csn, dc=self.connection.host)

    async def iter_changes(
        self,
        since: DirectoryWatermark,
        ous: Sequence[str] = (),
        attributes: Sequence[str] = (),
        kinds: Sequence[ObjectKind] = (ObjectKind.USER, ObjectKind.GROUP),
    ) -> AsyncIterator[DirectoryObject]:
        """Objects changed after ``since`` in the selected OUs (none: :attr:`change_base`, so moves out of the
        base DN are seen too); on AD also deleted ones (``deleted=True``) the bind account may see."""
        if self.is_ad:
            current = await self.read_watermark()
            if since.invocation_id is None or current.invocation_id != since.invocation_id:
                raise WatermarkMismatchError(
                    "watermark from another DC or database", expected=since.invocation_id, found=current.invocation_id
                )
            if since.usn is None:
                raise WatermarkMismatchError("watermark without USN")
            changed = f"(uSNChanged>={since.usn + 1})"
        else:
            if since.csn is None:
                raise WatermarkMismatchError("watermark without CSN")
            value = escape_filter_value(since.csn)
            changed = f"(&(entryCSN>={value})(!(entryCSN={value})))"
        for kind in kinds:
            async for obj in self.iter_objects(kind, ous or [self.change_base], attributes, changed):
                yield obj
        if self.is_ad:
            async for obj in self._tombstones(since.usn or 0, ous, kinds):
                yield obj

    @property
    def change_base(self) -> str:
        """Where changes are searched: the naming context the base DN lies in (AD's default one), so an object
        moved out of the base DN is still seen and can be classified; the base DN when it lies elsewhere."""
        root = self.root.default_naming_context
        if (
            self.is_ad
            and root
            and (self.base_dn.lower() == root.lower() or self.base_dn.lower().endswith("," + root.lower()))
        ):
            return root
        return self.base_dn

    async def tombstones_visible(self) -> bool:
        """Whether this bind account sees AD tombstones (Show Deleted, ``isDeleted``): one one-level search of
        the Deleted Objects container for a single tombstone, no attributes. An account without the right
        to list it sees none; so does any account while the domain holds no tombstone yet. Either way the
        answer is False, which only means "deletions are not known to be visible" (plain LDAP: always)."""
        if not self.is_ad:
            return False
        from ldap3.protocol.microsoft import show_deleted_control

        container = f"CN=Deleted Objects,{self.root.default_naming_context or self.base_dn}"

        def probe() -> bool:
            conn = self.connection.conn
            conn.search(
                container,
                "(isDeleted=TRUE)",
                ldap3.LEVEL,
                attributes=[ldap3.NO_ATTRIBUTES],
                size_limit=1,
                controls=[show_deleted_control(criticality=True)],
            )
            return bool(_entries(conn))

        try:
            return await self.connection.call(probe)
        except DirectoryError:
            return False

    async def iter_deleted(self, extra_filter: str) -> AsyncIterator[DirectoryObject]:
        """AD tombstones (``isDeleted=TRUE``, Show Deleted control) matching ``extra_filter``, e.g. anchors.

        An account that may not list deleted objects simply gets none, so absence here is evidence of
        nothing; plain LDAP keeps no tombstones and yields none."""
        if not self.is_ad:
            return
        from ldap3.protocol.microsoft import show_deleted_control

        validate_filter(extra_filter)
        flt = _and("(isDeleted=TRUE)", extra_filter)
        attrs = ["objectGUID", "isDeleted", "lastKnownParent", "uSNChanged", "objectClass"]
        async for page in self._pages(self.base_dn, flt, attrs, controls=[show_deleted_control(criticality=True)]):
            for entry in page:
                obj_classes = [c.lower() for c in _lookup(_decoded(entry), "objectClass")]
                yield self.to_object(ObjectKind.GROUP if "group" in obj_classes else ObjectKind.USER, entry)

    async def _tombstones(
        self, usn: int, ous: Sequence[str], kinds: Sequence[ObjectKind]
    ) -> AsyncIterator[DirectoryObject]:
        from ldap3.protocol.microsoft import show_deleted_control

        classes = [AD_CLASS_FILTERS[kind] for kind in (ObjectKind.USER, ObjectKind.GROUP) if kind in kinds]
        flt = f"(&(isDeleted=TRUE)(uSNChanged>={usn + 1})(|{''.join(classes)}))"
        attrs = ["objectGUID", "isDeleted", "lastKnownParent", "uSNChanged", "objectClass", "sAMAccountName"]
        scope = [ou.lower() for ou in ous]
        base = self.change_base
        async for page in self._pages(base, flt, attrs, controls=[show_deleted_control(criticality=True)]):
            for entry in page:
                obj_classes = [c.lower() for c in _lookup(_decoded(entry), "objectClass")]
                kind = ObjectKind.GROUP if "group" in obj_classes else ObjectKind.USER
                obj = self.to_object(kind, entry)
                parent = (obj.last_known_parent or "").lower()
                if scope and not any(parent == ou or parent.endswith("," + ou) for ou in scope):
                    continue
                yield obj


_CLASS_PART = re.compile(r"\b(NAME|SUP|MUST|MAY|AUX)\s+(\([^)]*\)|'[^']*'|\S+)")


def _class_attributes(definitions: Sequence[str], wanted: Sequence[str]) -> set[str]:
    """MUST/MAY attributes of ``wanted`` object classes and their superclasses/auxiliaries (RFC 4512 syntax)."""
    parsed: dict[str, dict[str, list[str]]] = {}
    for definition in definitions:
        parts: dict[str, list[str]] = {}
        for key, value in _CLASS_PART.findall(definition):
            tokens = [t.strip("'") for t in value.strip("()").replace("$", " ").split()]
            parts.setdefault(key, []).extend(tokens)
        for name in parts.get("NAME", []):
            parsed[name.lower()] = parts
    names: set[str] = set()
    pending = [w.lower() for w in wanted]
    seen: set[str] = set()
    while pending:
        current = pending.pop()
        if current in seen or current not in parsed:
            continue
        seen.add(current)
        parts = parsed[current]
        names.update(parts.get("MUST", []) + parts.get("MAY", []))
        pending += [p.lower() for p in parts.get("SUP", []) + parts.get("AUX", [])]
    return names
