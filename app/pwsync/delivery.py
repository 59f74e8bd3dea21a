"""Delivering a captured password to the cloud: once, in order, and only where the rules allow.

:class:`PasswordDelivery` decides what becomes of one :class:`PasswordChange` a DC agent sent:

- **duplicate**: this change (objectGUID + pwdLastSet) was handled already — a replay, or the same change
  captured on a second DC;
- **superseded**: a newer password of the same account was delivered already (changes from two DCs can cross);
- **skipped**: the account is not one this agent manages and has in scope (never synced, out of scope, deleted
  in the cloud), the reason recorded;
- **rejected**: the tenant refused the password (its password policy) — shown per user, not retried;
- **retry**: the tenant is unreachable or busy; the DC agent keeps the change sealed and sends it again later;
- **delivered**: the cloud account's ``password`` was replaced over SCIM.

A change from a Windows DC (envelope v2, sealed by the password filter) names its account in the sealed blob's
associated data by sAMAccountName and RID only; before opening it, the agent reads the account its objectGUID
names from the directory and rejects the change (``account_mismatch``) unless both agree, so a sealed password
cannot be moved to another account by relabelling it.

Only the outcome, its time and reason are recorded (:class:`DeliveryLedger`, SQLite); never the value. The
plaintext is opened right before the SCIM call and its buffer overwritten after it.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.cloud.errors import RateLimitedError, ScimError, TenantUnreachableError
from app.errors import CloudError, DirectoryError
from app.ldap.domain import account_by_guid
from app.ldap.reader import DirectoryReader
from app.pwsync.dcagent import associated_data, change_id, header_v2, rid_of
from app.pwsync.envelope import EnvelopeError, open_sealed, open_sealed_v2, wipe
from app.sync.model import ObjectKind
from app.sync.state import StateStore

log = logging.getLogger(__name__)

#: The ledger's file in the agent's state folder.
LEDGER_FILE = "password-sync.sqlite3"


class DeliveryResult(StrEnum):
    DELIVERED = "delivered"
    DUPLICATE = "duplicate"
    SUPERSEDED = "superseded"
    SKIPPED = "skipped"
    REJECTED = "rejected"
    RETRY = "retry"


@dataclass(frozen=True)
class PasswordChange:
    """One captured password change as a DC agent sends it; the password itself only sealed."""

    id: str
    guid: str
    pwd_last_set: str
    sam: str
    upn: str
    dc: str
    captured_at: float
    sealed: bytes
    #: 1: sealed by the DC agent on Samba; 2: by the password filter on a Windows DC (names sam + RID + time).
    envelope: int = 1
    rid: int = 0
    changed_at: int = 0

    @property
    def consistent(self) -> bool:
        """The id is the one its objectGUID and pwdLastSet give (a DC agent cannot invent its own)."""
        return self.id == change_id(self.guid, self.pwd_last_set)

    @property
    def aad(self) -> bytes:
        if self.envelope == 2:
            return header_v2(self.sam, self.rid, self.changed_at)
        return associated_data(self.id, self.guid, self.pwd_last_set)


@dataclass(frozen=True)
class Delivery:
    result: DeliveryResult
    reason: str = ""
    retry_after: float = 0.0


class PasswordWriter(Protocol):
    """The cloud side: replace a user's password (SCIM PATCH of the write-only ``password`` attribute)."""

    async def patch_user(self, user_id: str, operations: Sequence[Mapping[str, Any]]) -> Any: ...


ManagedLookup = Callable[[str], Awaitable[str | None]]
"""objectGUID → the SCIM id of a user this agent manages and has in scope, or None."""

AccountLookup = Callable[[str], Awaitable[tuple[str, int] | None]]
"""objectGUID → (sAMAccountName, RID) as the directory has them now, or None when there is no such account."""


class DeliveryLedger:
    """What became of each change (by id: its account, DC, outcome, reason and time; never the value) and the
    newest pwdLastSet delivered per account."""

    def __init__(self, path: Path | None) -> None:
        self.db = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False)
        self.db.executescript(
            "CREATE TABLE IF NOT EXISTS changes (id TEXT PRIMARY KEY, guid TEXT NOT NULL, pwd_last_set TEXT NOT NULL,"
            " dc TEXT NOT NULL, result TEXT NOT NULL, reason TEXT NOT NULL, at REAL NOT NULL,"
            " account TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE IF NOT EXISTS latest (guid TEXT PRIMARY KEY, pwd_last_set INTEGER NOT NULL);"
        )
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(changes)")}
        if "account" not in columns:  # a ledger written before the account was recorded
            self.db.execute("ALTER TABLE changes ADD COLUMN account TEXT NOT NULL DEFAULT ''")
        self.db.execute("CREATE INDEX IF NOT EXISTS changes_result_at ON changes (result, at)")
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def outcome(self, ident: str) -> tuple[str, str] | None:
        row = self.db.execute("SELECT result, reason FROM changes WHERE id = ?", (ident,)).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def latest(self, guid: str) -> int | None:
        row = self.db.execute("SELECT pwd_last_set FROM latest WHERE guid = ?", (guid,)).fetchone()
        return int(row[0]) if row else None

    def record(self, change: PasswordChange, delivery: Delivery) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO changes (id, guid, pwd_last_set, dc, result, reason, at, account)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    change.id,
                    change.guid,
                    change.pwd_last_set,
                    change.dc,
                    delivery.result.value,
                    delivery.reason,
                    time.time(),
                    change.upn or change.sam or change.guid,
                ),
            )
            if delivery.result is DeliveryResult.DELIVERED:
                self.db.execute(
                    "INSERT INTO latest VALUES (?, ?) ON CONFLICT(guid) DO UPDATE SET pwd_last_set = "
                    "max(pwd_last_set, excluded.pwd_last_set)",
                    (change.guid, _nt_time(change.pwd_last_set)),
                )

    def recent(self, limit: int = 50) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, guid, dc, result, reason, at FROM changes ORDER BY at DESC LIMIT ?", (limit,)
        ).fetchall()
        return [dict(zip(("id", "guid", "dc", "result", "reason", "at"), row, strict=True)) for row in rows]

    def rejections(self, limit: int = 5) -> dict[str, Any]:
        """The changes that were not accepted (:attr:`DeliveryResult.REJECTED`, never retried): how many, and the
        newest ``limit`` with the account, the reason and when."""
        return read_rejections(self.db, limit)


def read_rejections(db: sqlite3.Connection, limit: int = 5) -> dict[str, Any]:
    result = DeliveryResult.REJECTED.value
    columns = {row[1] for row in db.execute("PRAGMA table_info(changes)")}
    account = "account" if "account" in columns else "''"  # a ledger from before accounts were recorded
    (count,) = db.execute("SELECT count(*) FROM changes WHERE result = ?", (result,)).fetchone()
    rows = db.execute(
        f"SELECT {account}, guid, dc, reason, at FROM changes WHERE result = ? ORDER BY at DESC LIMIT ?",  # noqa: S608
        (result, limit),
    ).fetchall()
    recent = [{"user": name or guid, "dc": dc, "reason": reason, "at": at} for name, guid, dc, reason, at in rows]
    return {"count": int(count), "recent": recent}


def ledger_rejections(path: Path, limit: int = 5) -> dict[str, Any]:
    """:meth:`DeliveryLedger.rejections` of the ledger at ``path``, read without writing to it (the agent service
    may have it open); none when there is no ledger yet."""
    if not path.exists():
        return {"count": 0, "recent": []}
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return read_rejections(db, limit)
        finally:
            db.close()
    except sqlite3.Error as exc:
        log.warning("the password-sync ledger %s cannot be read: %s", path, exc)
        return {"count": 0, "recent": [], "unreadable": True}


TENANT_REFUSED = "tenant_refused: "


def _refusal(words: str, password: bytearray | bytes) -> str:
    """The reason a tenant refusal is recorded with: its words, never the value should the tenant echo it."""
    text = " ".join(str(words).split())
    try:
        value = bytes(password).decode("utf-8")
    except UnicodeDecodeError:
        value = ""
    if value and value in text:
        text = text.replace(value, "***")
    return (TENANT_REFUSED + text)[:300]


def _nt_time(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        return 0


class PasswordDelivery:
    def __init__(
        self,
        ledger: DeliveryLedger,
        envelope_key: X25519PrivateKey,
        managed_user: ManagedLookup,
        writer: PasswordWriter,
        *,
        retry_after: float = 30.0,
        envelope_key_v2: ec.EllipticCurvePrivateKey | None = None,
        account_of: AccountLookup | None = None,
    ) -> None:
        self.ledger = ledger
        self.envelope_key = envelope_key
        self.managed_user = managed_user
        self.writer = writer
        self.retry_after = retry_after
        self.envelope_key_v2 = envelope_key_v2
        # Windows DCs' changes are opened only when the account can be checked against the directory.
        self.account_of = account_of
        # One change at a time: the same change may arrive from two DCs at once.
        self._lock = asyncio.Lock()

    async def deliver(self, change: PasswordChange) -> Delivery:
        async with self._lock:
            delivery = await self._decide(change)
            if delivery.result not in (DeliveryResult.RETRY, DeliveryResult.DUPLICATE):
                self.ledger.record(change, delivery)
            return delivery

    async def _decide(self, change: PasswordChange) -> Delivery:
        if not change.consistent:
            return Delivery(DeliveryResult.REJECTED, "inconsistent_change")
        seen = self.ledger.outcome(change.id)
        if seen is not None and seen[0] != DeliveryResult.RETRY:
            return Delivery(DeliveryResult.DUPLICATE, seen[0])
        newest = self.ledger.latest(change.guid)
        if newest is not None and newest >= _nt_time(change.pwd_last_set):
            return Delivery(DeliveryResult.SUPERSEDED, "newer_password_delivered")
        cloud_id = await self.managed_user(change.guid)
        if cloud_id is None:
            return Delivery(DeliveryResult.SKIPPED, "not_managed_or_out_of_scope")
        if change.envelope == 2:
            refused = await self._check_account(change)
            if refused is not None:
                return refused
        try:
            if change.envelope == 2 and self.envelope_key_v2 is not None:
                password = open_sealed_v2(self.envelope_key_v2, change.sealed, change.aad)
            else:
                password = open_sealed(self.envelope_key, change.sealed, change.aad)
        except EnvelopeError:
            return Delivery(DeliveryResult.REJECTED, "envelope_unreadable")
        try:
            # The SCIM payload needs a str; it lives only until the request is sent.
            await self.writer.patch_user(
                cloud_id, [{"op": "replace", "path": "password", "value": password.decode("utf-8")}]
            )
        except RateLimitedError as exc:
            return Delivery(DeliveryResult.RETRY, exc.code, exc.retry_after or self.retry_after)
        except ScimError as exc:
            if exc.status == 404:
                return Delivery(DeliveryResult.SKIPPED, "deleted_in_cloud")
            if exc.status in (400, 409, 422) or (exc.status == 403 and exc.scim_type):
                return Delivery(DeliveryResult.REJECTED, _refusal(exc.detail or exc.scim_type or "", password))
            return Delivery(DeliveryResult.RETRY, exc.code, self.retry_after)
        except (TenantUnreachableError, CloudError) as exc:
            return Delivery(DeliveryResult.RETRY, exc.code, self.retry_after)
        except UnicodeDecodeError:
            return Delivery(DeliveryResult.REJECTED, "password_not_utf8")
        finally:
            wipe(password)
        return Delivery(DeliveryResult.DELIVERED)

    async def _check_account(self, change: PasswordChange) -> Delivery | None:
        """v2: the sealed blob names sam + RID; they must be those of the account the objectGUID names."""
        if self.account_of is None or self.envelope_key_v2 is None:
            return Delivery(DeliveryResult.REJECTED, "account_unverifiable")
        try:
            named = await self.account_of(change.guid)
        except (OSError, CloudError, DirectoryError) as exc:
            return Delivery(DeliveryResult.RETRY, getattr(exc, "code", "directory_unavailable"), self.retry_after)
        if named is None or named[1] != change.rid or named[0].casefold() != change.sam.casefold():
            return Delivery(DeliveryResult.REJECTED, "account_mismatch")
        return None


def managed_users_in(state_db: Path) -> ManagedLookup:
    """The :data:`ManagedLookup` of an agent's state: users in its scope ledger, with a SCIM id, that the sync
    did not disable for leaving scope."""

    def read(guid: str) -> str | None:
        store = StateStore.open(state_db)
        try:
            entry = store.managed(guid)
        finally:
            store.close()
        if entry is None or entry.kind is not ObjectKind.USER or entry.disabled_by_sync:
            return None
        return entry.cloud_id

    async def lookup(guid: str) -> str | None:
        return await asyncio.to_thread(read, guid)

    return lookup


def directory_accounts(open_reader: Callable[[], Awaitable[DirectoryReader]]) -> AccountLookup:
    """The :data:`AccountLookup` of a directory: the user with that objectGUID, its sAMAccountName and RID."""

    async def lookup(guid: str) -> tuple[str, int] | None:
        async with await open_reader() as reader:
            found = await account_by_guid(reader, guid)
        return (found[0], rid_of(found[1])) if found else None

    return lookup
