"""The sandbox tenant's rules: accounts, installation keys, the device-authorization grant, tokens, agents,
notifications and injected faults.

This module decides; :mod:`sandbox.web` turns HTTP requests into calls here and answers into HTTP. Nothing
here does network I/O, and every secret is kept only as a hash (see :mod:`sandbox.store`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from app.cloud.installkey import InstallationKeyError, encode_key, parse_key
from sandbox.store import SandboxStore

CLIENT_ID = "identity-connect-agent"
SCIM_SCOPE = "scim"
SUPPORTED_SCOPES = ("openid", "email", "profile", "offline_access", SCIM_SCOPE)
DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
# RFC 8628 §6.1: a short code from an alphabet without vowels and look-alikes, easy to type.
USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ"


@dataclass(frozen=True)
class SeedAccount:
    email: str
    name: str
    password: str
    is_admin: bool


# Well-known sign-in details of a local, loopback-only sandbox; printed by the CLI, used by tests.
SEED_ACCOUNTS = (
    SeedAccount("admin@zylker.test", "Ada Admin", "sandbox-admin-1", True),
    SeedAccount("backup.admin@zylker.test", "Bo Backup", "sandbox-admin-2", True),
    SeedAccount("user@zylker.test", "Uma User", "sandbox-user-1", False),
)


@dataclass(frozen=True)
class TenantOptions:
    """What a sandbox run can be told (CLI flags, fixture options)."""

    tenant_name: str = "Zylker (sandbox)"
    device_code_ttl: float = 300.0
    poll_interval: float = 5.0
    access_token_ttl: float = 3600.0
    refresh_token_ttl: float = 30 * 24 * 3600.0
    # An agent is Connected while heartbeats arrive within three heartbeat intervals (5 minutes by default).
    connected_window: float = 300.0
    # Put the seeded accounts into the SCIM directory too, as a real tenant has its admins as users.
    seed_scim_users: bool = True
    # Advertise in discovery that the Identity-Connect-Provisioning header is honoured (off: act like a
    # SCIM service that ignores it, so the agent's warning can be seen).
    provisioning_header: bool = True
    # SCIM Bulk (RFC 7644 §3.7) as /ServiceProviderConfig advertises it and the service enforces it (413
    # beyond either limit); off: a service without Bulk (501).
    bulk: bool = True
    bulk_max_operations: int = 1000
    bulk_max_payload_size: int = 1_048_576


@dataclass(frozen=True)
class Account:
    email: str
    name: str
    is_admin: bool


@dataclass(frozen=True)
class TokenGrant:
    """What a valid access token stands for."""

    account: Account
    scopes: frozenset[str]


class OAuthError(Exception):
    """An OAuth 2.0 error response (RFC 6749 §5.2, RFC 8628 §3.5)."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(error)
        self.error = error
        self.description = description
        self.status = status


class AgentApiError(Exception):
    """An agent API error: ``{"error": code}`` with an HTTP status."""

    def __init__(self, status: int, code: str) -> None:
        super().__init__(code)
        self.status = status
        self.code = code


class FaultKind(StrEnum):
    TOO_MANY_REQUESTS = "429"
    SERVER_ERROR = "500"
    UNAVAILABLE = "503"
    DROP = "drop"
    # The tenant carries the request out, then the connection closes before the answer: the agent cannot
    # know what happened (a create, or a Bulk request with many, may exist now).
    DROP_AFTER = "drop-after"


class FaultTarget(StrEnum):
    """Which requests an injected fault hits, by path prefix."""

    SCIM = "scim"
    SCIM_BULK = "scim-bulk"
    AGENT_API = "agent-api"
    OAUTH = "oauth"
    ANY = "any"


_TARGET_PREFIXES = {
    FaultTarget.SCIM: ("/scim/",),
    FaultTarget.SCIM_BULK: ("/scim/v2/Bulk",),
    FaultTarget.AGENT_API: ("/agent-api/",),
    FaultTarget.OAUTH: ("/oauth/",),
    FaultTarget.ANY: ("/",),
}


@dataclass
class Fault:
    kind: FaultKind
    remaining: int
    retry_after: int = 1
    target: FaultTarget = FaultTarget.SCIM

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "remaining": self.remaining,
            "retry_after": self.retry_after,
            "target": self.target.value,
        }


@dataclass
class FaultPlan:
    """Faults a real server will not produce on demand, for tests of the agent's clients."""

    _faults: list[Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def inject(self, kind: str, count: int = 1, *, retry_after: int = 1, target: str = FaultTarget.SCIM.value) -> None:
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._faults.append(Fault(FaultKind(kind), count, retry_after, FaultTarget(target)))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [fault.as_json() for fault in self._faults]

    def take(self, path: str) -> Fault | None:
        """The fault this request suffers, if any (counts it down)."""
        with self._lock:
            for fault in self._faults:
                if path.startswith(_TARGET_PREFIXES[fault.target]):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault
        return None


def sha256_hex(value: str | bytes) -> str:
    return hashlib.sha256(value.encode("utf-8") if isinstance(value, str) else value).hexdigest()


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**12, r=8, p=1)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    scheme, salt_hex, digest_hex = stored.split("$")
    if scheme != "scrypt":
        return False
    candidate = hash_password(password, bytes.fromhex(salt_hex)).split("$")[2]
    return hmac.compare_digest(candidate, digest_hex)


def rfc3339(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_rfc3339(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def new_user_code() -> str:
    letters = "".join(secrets.choice(USER_CODE_ALPHABET) for _ in range(8))
    return f"{letters[:4]}-{letters[4:]}"


def normalise_user_code(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    return f"{compact[:4]}-{compact[4:]}" if len(compact) == 8 else compact


class SandboxTenant:
    """One tenant: its accounts, keys, grants, tokens, agents, notifications and faults."""

    def __init__(
        self, store: SandboxStore, options: TenantOptions | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        self.store = store
        self.options = options or TenantOptions()
        self.clock = clock
        self.base_url = ""
        self.faults = FaultPlan()
        self._seed_accounts()

    def _seed_accounts(self) -> None:
        for seed in SEED_ACCOUNTS:
            self.store.execute(
                "INSERT OR IGNORE INTO accounts (email, name, password_hash, is_admin) VALUES (?, ?, ?, ?)",
                (seed.email, seed.name, hash_password(seed.password), int(seed.is_admin)),
            )

    # -- accounts ------------------------------------------------------------------------------------------

    def account(self, email: str) -> Account | None:
        row = self.store.one("SELECT email, name, is_admin FROM accounts WHERE email = ?", (email.strip().lower(),))
        return None if row is None else Account(row["email"], row["name"], bool(row["is_admin"]))

    def accounts(self) -> list[Account]:
        rows = self.store.all("SELECT email, name, is_admin FROM accounts ORDER BY rowid")
        return [Account(row["email"], row["name"], bool(row["is_admin"])) for row in rows]

    def authenticate(self, email: str, password: str) -> Account | None:
        row = self.store.one("SELECT password_hash FROM accounts WHERE email = ?", (email.strip().lower(),))
        if row is None or not verify_password(password, row["password_hash"]):
            return None
        return self.account(email)

    # -- installation keys ---------------------------------------------------------------------------------

    def issue_key(self, ttl: float | None = None, single_use: bool = True) -> str:
        """A fresh installation key for this tenant; only its hash is kept."""
        if not self.base_url:
            raise RuntimeError("the tenant has no URL yet")
        key = encode_key(self.base_url)
        now = self.clock()
        self.store.execute(
            "INSERT INTO installation_keys (key_hash, created_at, expires_at, single_use) VALUES (?, ?, ?, ?)",
            (parse_key(key).secret_hash, now, None if ttl is None else now + ttl, int(single_use)),
        )
        return key

    @staticmethod
    def key_hash_of(key_or_hash: str) -> str:
        try:
            return parse_key(key_or_hash).secret_hash
        except InstallationKeyError:
            return key_or_hash.strip().lower()

    def revoke_key(self, key_or_hash: str) -> bool:
        key_hash = self.key_hash_of(key_or_hash)
        with self.store.transaction() as db:
            cursor = db.execute(
                "UPDATE installation_keys SET revoked_at = ? WHERE key_hash = ? AND revoked_at IS NULL",
                (self.clock(), key_hash),
            )
            return cursor.rowcount > 0

    def _key_problem(self, row: Any) -> AgentApiError | None:
        if row is None:
            return AgentApiError(404, "unknown_key")
        if row["revoked_at"] is not None:
            return AgentApiError(410, "revoked_key")
        if row["single_use"] and row["used_at"] is not None:
            return AgentApiError(410, "used_key")
        if row["expires_at"] is not None and self.clock() >= row["expires_at"]:
            return AgentApiError(410, "expired_key")
        return None

    def validate_key(self, key_hash: str) -> dict[str, Any]:
        """The contract's validation answer, or :class:`AgentApiError`."""
        row = self.store.one("SELECT * FROM installation_keys WHERE key_hash = ?", (key_hash.lower(),))
        problem = self._key_problem(row)
        if problem is not None:
            raise problem
        return {
            "status": "valid",
            "tenant_name": self.options.tenant_name,
            "expires_at": rfc3339(row["expires_at"]),
            "single_use": bool(row["single_use"]),
        }

    def keys(self) -> list[dict[str, Any]]:
        out = []
        for row in self.store.all("SELECT * FROM installation_keys ORDER BY rowid"):
            problem = self._key_problem(row)
            out.append(
                {
                    "key_id": row["key_hash"][:10],
                    "key_hash": row["key_hash"],
                    "status": "valid" if problem is None else problem.code,
                    "single_use": bool(row["single_use"]),
                    "expires_at": rfc3339(row["expires_at"]),
                }
            )
        return out

    # -- OAuth 2.0 device authorization grant (RFC 8628) ---------------------------------------------------

    def _check_client(self, client_id: str | None) -> None:
        if client_id != CLIENT_ID:
            raise OAuthError("invalid_client", "unknown client_id", 401)

    def start_device_authorization(
        self, client_id: str | None, scope: str | None, device_name: str | None
    ) -> dict[str, Any]:
        self._check_client(client_id)
        scopes = (scope or " ".join(SUPPORTED_SCOPES)).split()
        unknown = [s for s in scopes if s not in SUPPORTED_SCOPES]
        if unknown:
            raise OAuthError("invalid_scope", f"unknown scope: {' '.join(unknown)}")
        device_code = secrets.token_urlsafe(32)
        now = self.clock()
        with self.store.transaction() as db:
            while True:
                user_code = new_user_code()
                if db.execute("SELECT 1 FROM device_grants WHERE user_code = ?", (user_code,)).fetchone() is None:
                    break
            db.execute(
                "INSERT INTO device_grants (device_code_hash, user_code, client_id, scopes, device_name, created_at,"
                " expires_at, interval, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')",
                (
                    sha256_hex(device_code),
                    user_code,
                    client_id,
                    " ".join(dict.fromkeys(scopes)),
                    (device_name or "").strip()[:200] or None,
                    now,
                    now + self.options.device_code_ttl,
                    self.options.poll_interval,
                ),
            )
        verification_uri = f"{self.base_url}/device"
        return {
            "device_code": device_code,
            "user_code": user_code,
            "verification_uri": verification_uri,
            "verification_uri_complete": f"{verification_uri}?user_code={user_code}",
            "expires_in": max(1, round(self.options.device_code_ttl)),
            # RFC 8628 says seconds; whole numbers stay integers, tests may ask for less than one.
            "interval": int(interval) if (interval := self.options.poll_interval).is_integer() else interval,
        }

    def poll_device_token(self, client_id: str | None, device_code: str | None) -> dict[str, Any]:
        self._check_client(client_id)
        now = self.clock()
        outcome: OAuthError | None = None
        with self.store.transaction() as db:
            row = db.execute(
                "SELECT * FROM device_grants WHERE device_code_hash = ?", (sha256_hex(device_code or ""),)
            ).fetchone()
            if row is None or row["status"] == "used" or row["client_id"] != client_id:
                outcome = OAuthError("invalid_grant", "unknown or already used device_code")
            elif row["status"] == "denied":
                outcome = OAuthError("access_denied", "the request was denied")
            elif now >= row["expires_at"]:
                outcome = OAuthError("expired_token", "the device_code has expired; start again")
            elif row["status"] == "pending":
                # The poll is remembered (committed) even though the answer is an error.
                db.execute("UPDATE device_grants SET last_poll = ? WHERE device_code_hash = ?", (now, row[0]))
                if row["last_poll"] is not None and now - row["last_poll"] < row["interval"]:
                    outcome = OAuthError("slow_down", f"poll at most every {row['interval']:g} s")
                else:
                    outcome = OAuthError("authorization_pending", "waiting for an administrator to approve")
            else:
                # approved: the code is good for exactly one exchange.
                db.execute("UPDATE device_grants SET status = 'used' WHERE device_code_hash = ?", (row[0],))
                return self._issue_tokens(db, row["account_email"], row["scopes"].split())
        raise outcome

    def _issue_tokens(self, db: Any, email: str, scopes: list[str]) -> dict[str, Any]:
        now = self.clock()
        access_token = secrets.token_urlsafe(32)
        db.execute(
            "INSERT INTO tokens (token_hash, kind, account_email, scopes, expires_at) VALUES (?, 'access', ?, ?, ?)",
            (sha256_hex(access_token), email, " ".join(scopes), now + self.options.access_token_ttl),
        )
        answer: dict[str, Any] = {
            "access_token": access_token,
            "token_type": "Bearer",
            "expires_in": round(self.options.access_token_ttl),
            "scope": " ".join(scopes),
        }
        if "offline_access" in scopes:
            refresh_token = secrets.token_urlsafe(32)
            db.execute(
                "INSERT INTO tokens (token_hash, kind, account_email, scopes, expires_at)"
                " VALUES (?, 'refresh', ?, ?, ?)",
                (sha256_hex(refresh_token), email, " ".join(scopes), now + self.options.refresh_token_ttl),
            )
            answer["refresh_token"] = refresh_token
        return answer

    def refresh(self, client_id: str | None, refresh_token: str | None, scope: str | None) -> dict[str, Any]:
        """Refresh grant (RFC 6749 §6); the refresh token rotates: the old one stops working."""
        self._check_client(client_id)
        with self.store.transaction() as db:
            row = db.execute(
                "SELECT * FROM tokens WHERE token_hash = ? AND kind = 'refresh'", (sha256_hex(refresh_token or ""),)
            ).fetchone()
            if row is None or row["revoked"] or self.clock() >= row["expires_at"]:
                raise OAuthError("invalid_grant", "unknown, used or expired refresh_token")
            granted = row["scopes"].split()
            scopes = scope.split() if scope else granted
            if not set(scopes) <= set(granted):
                raise OAuthError("invalid_scope", "a refresh cannot widen the granted scopes")
            if "offline_access" not in scopes:
                scopes.append("offline_access")
            db.execute("UPDATE tokens SET revoked = 1 WHERE token_hash = ?", (row["token_hash"],))
            return self._issue_tokens(db, row["account_email"], scopes)

    def pending_grant(self, user_code: str) -> dict[str, Any] | None:
        """The grant a person is about to approve, if it still waits."""
        row = self.store.one(
            "SELECT user_code, device_name, scopes, expires_at, status FROM device_grants WHERE user_code = ?",
            (normalise_user_code(user_code),),
        )
        if row is None or row["status"] != "pending" or self.clock() >= row["expires_at"]:
            return None
        return dict(row)

    def decide(self, user_code: str, account: Account, approve: bool) -> bool:
        """Record the signed-in person's decision; False when the code no longer waits."""
        with self.store.transaction() as db:
            cursor = db.execute(
                "UPDATE device_grants SET status = ?, account_email = ? "
                "WHERE user_code = ? AND status = 'pending' AND expires_at > ?",
                ("approved" if approve else "denied", account.email, normalise_user_code(user_code), self.clock()),
            )
            return cursor.rowcount > 0

    def token_grant(self, access_token: str) -> TokenGrant | None:
        """What an access token stands for, or None if this tenant did not mint it or it expired."""
        row = self.store.one(
            "SELECT account_email, scopes, expires_at, revoked FROM tokens WHERE token_hash = ? AND kind = 'access'",
            (sha256_hex(access_token),),
        )
        if row is None or row["revoked"] or self.clock() >= row["expires_at"]:
            return None
        account = self.account(row["account_email"])
        return None if account is None else TokenGrant(account, frozenset(row["scopes"].split()))

    @staticmethod
    def userinfo(grant: TokenGrant) -> dict[str, Any]:
        account = grant.account
        info: dict[str, Any] = {"sub": sha256_hex("sub:" + account.email)[:24]}
        if "email" in grant.scopes:
            info.update(email=account.email, email_verified=True)
        if "profile" in grant.scopes:
            info["name"] = account.name
        info["identity_connect_admin"] = account.is_admin
        return info

    # -- agents --------------------------------------------------------------------------------------------

    @staticmethod
    def _owner_of(account: Account) -> dict[str, str]:
        return {"email": account.email, "name": account.name}

    def register_agent(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        key_hash = str(body.get("key_hash") or "").lower()
        with self.store.transaction() as db:
            row = db.execute("SELECT * FROM installation_keys WHERE key_hash = ?", (key_hash,)).fetchone()
            problem = self._key_problem(row)
            if problem is not None:
                raise problem
            if not account.is_admin:
                raise AgentApiError(403, "not_admin")
            db.execute("UPDATE installation_keys SET used_at = ? WHERE key_hash = ?", (self.clock(), key_hash))
            agent_id = str(uuid.uuid4())
            document = {
                "agent_id": agent_id,
                "device_name": str(body.get("device_name") or ""),
                "version": str(body.get("version") or ""),
                "domain_controllers": list(body.get("domain_controllers") or []),
                "owner": self._owner_of(account),
                "status": "idle",
                "registered_at": rfc3339(self.clock()),
                "last_heartbeat": None,
                "last_sync": None,
                "counts": {"users": 0, "groups": 0},
                "password_sync_agents": [],
                "key_id": key_hash[:10],
            }
            self.store.put_agent(agent_id, document)
        return {"agent_id": agent_id, "owner": document["owner"]}

    def _agent(self, agent_id: str) -> dict[str, Any]:
        document = self.store.get_agent(agent_id)
        if document is None:
            raise AgentApiError(404, "unknown_agent")
        return document

    def heartbeat(self, account: Account, agent_id: str, body: dict[str, Any]) -> dict[str, Any]:
        with self.store.transaction():
            document = self._agent(agent_id)
            if document["owner"]["email"] != account.email:
                raise AgentApiError(403, "not_owner")
            status = body.get("status", document["status"])
            if status not in ("idle", "syncing", "attention", "error"):
                raise AgentApiError(400, "invalid_status")
            last_sync = body.get("last_sync", document["last_sync"])
            if last_sync is not None:
                try:
                    last_sync = rfc3339(parse_rfc3339(str(last_sync)))
                except ValueError:
                    raise AgentApiError(400, "invalid_last_sync") from None
            for name in ("version", "device_name"):
                if name in body:
                    document[name] = str(body[name])
            if "domain_controllers" in body:
                document["domain_controllers"] = list(body["domain_controllers"] or [])
            if isinstance(body.get("counts"), dict):
                document["counts"] = {k: int(body["counts"].get(k, 0)) for k in ("users", "groups")}
            if "password_sync_agents" in body:
                document["password_sync_agents"] = [
                    {
                        "dc": str(p.get("dc", "")),
                        "installed": bool(p.get("installed")),
                        "connected": bool(p.get("connected")),
                        "version": str(p["version"]) if p.get("version") else None,
                        "last_delivered": str(p["last_delivered"]) if p.get("last_delivered") else None,
                        "queue": int(p["queue"]) if isinstance(p.get("queue"), int) else None,
                    }
                    for p in body["password_sync_agents"] or []
                ]
            document.update(status=status, last_sync=last_sync, last_heartbeat_at=self.clock())
            document["last_heartbeat"] = rfc3339(document["last_heartbeat_at"])
            self.store.put_agent(agent_id, document)
        return {"server_time": rfc3339(self.clock())}

    def change_owner(self, account: Account, agent_id: str) -> dict[str, Any]:
        with self.store.transaction():
            document = self._agent(agent_id)
            if not account.is_admin:
                raise AgentApiError(403, "not_admin")
            document["owner"] = self._owner_of(account)
            self.store.put_agent(agent_id, document)
        return {"owner": document["owner"]}

    def is_connected(self, document: dict[str, Any]) -> bool:
        last = document.get("last_heartbeat_at")
        return last is not None and self.clock() - float(last) <= self.options.connected_window

    def agent_view(self, document: dict[str, Any]) -> dict[str, Any]:
        view = {k: v for k, v in document.items() if k != "last_heartbeat_at"}
        view["connection"] = "Connected" if self.is_connected(document) else "Disconnected"
        return view

    def get_agent(self, agent_id: str) -> dict[str, Any]:
        document = self._agent(agent_id)
        return {
            k: document[k] for k in ("agent_id", "device_name", "owner", "status", "last_heartbeat", "last_sync")
        } | {"connection": self.agent_view(document)["connection"]}

    def agents(self) -> list[dict[str, Any]]:
        return [self.agent_view(document) for document in self.store.list_agents()]

    def owner_emails(self) -> set[str]:
        return {str(document["owner"]["email"]).lower() for document in self.store.list_agents()}

    # -- notifications -------------------------------------------------------------------------------------

    # -- passwords of provisioned (directory) users ---------------------------------------------------------

    def set_user_password(self, user_id: str, password: str) -> None:
        self.store.execute(
            "INSERT INTO user_passwords VALUES (?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET "
            "password_hash = excluded.password_hash, set_at = excluded.set_at",
            (user_id, hash_password(password), self.clock()),
        )

    def forget_user_password(self, user_id: str) -> None:
        self.store.execute("DELETE FROM user_passwords WHERE user_id = ?", (user_id,))

    def check_user_password(self, user_id: str, password: str) -> bool:
        row = self.store.one("SELECT password_hash FROM user_passwords WHERE user_id = ?", (user_id,))
        return row is not None and verify_password(password, str(row["password_hash"]))

    def record_notification(self, kind: str, **details: Any) -> None:
        self.store.add_notification({"kind": kind, "at": rfc3339(self.clock()), **details})

    def notifications(self) -> list[dict[str, Any]]:
        return self.store.list_notifications()
