"""Where the sandbox tenant keeps its state: one SQLite database, in memory or in ``--data DIR``.

Every write is a committed SQLite transaction, so a state file is never half written and a restart finds
what the previous run left. Only hashes of installation-key secrets, passwords, device codes and tokens
are stored. One connection is shared by the server's threads behind a lock: the sandbox serves a handful of
agents, and serialising its small writes keeps it simple and correct.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DATABASE_NAME = "sandbox-tenant.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    email TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    is_admin INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS installation_keys (
    key_hash TEXT PRIMARY KEY,
    created_at REAL NOT NULL,
    expires_at REAL,
    single_use INTEGER NOT NULL,
    revoked_at REAL,
    used_at REAL
);
CREATE TABLE IF NOT EXISTS device_grants (
    device_code_hash TEXT PRIMARY KEY,
    user_code TEXT NOT NULL UNIQUE,
    client_id TEXT NOT NULL,
    scopes TEXT NOT NULL,
    device_name TEXT,
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL,
    interval REAL NOT NULL,
    last_poll REAL,
    status TEXT NOT NULL,
    account_email TEXT
);
CREATE TABLE IF NOT EXISTS tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    account_email TEXT NOT NULL,
    scopes TEXT NOT NULL,
    expires_at REAL NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS agents (
    agent_id TEXT PRIMARY KEY,
    document TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notifications (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS user_passwords (
    user_id TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    set_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS scim_resources (
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (resource_type, resource_id)
);
"""


class SandboxStore:
    """The sandbox tenant's tables. ``data_dir=None`` keeps everything in memory for one run."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = data_dir
        if data_dir is None:
            target = ":memory:"
        else:
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            target = str(data_dir / DATABASE_NAME)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        if data_dir is not None:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run several statements as one atomic write (and hold the lock for their reads)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        with self._lock:
            self._db.execute(sql, params)

    def one(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        with self._lock:
            row: sqlite3.Row | None = self._db.execute(sql, params).fetchone()
            return row

    def all(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._db.execute(sql, params).fetchall())

    # -- JSON documents ------------------------------------------------------------------------------------

    def put_agent(self, agent_id: str, document: dict[str, Any]) -> None:
        self.execute(
            "INSERT INTO agents (agent_id, document) VALUES (?, ?) "
            "ON CONFLICT(agent_id) DO UPDATE SET document = excluded.document",
            (agent_id, json.dumps(document)),
        )

    def get_agent(self, agent_id: str) -> dict[str, Any] | None:
        row = self.one("SELECT document FROM agents WHERE agent_id = ?", (agent_id,))
        return None if row is None else dict(json.loads(row["document"]))

    def list_agents(self) -> list[dict[str, Any]]:
        return [dict(json.loads(row["document"])) for row in self.all("SELECT document FROM agents ORDER BY rowid")]

    def add_notification(self, document: dict[str, Any]) -> None:
        self.execute("INSERT INTO notifications (document) VALUES (?)", (json.dumps(document),))

    def list_notifications(self) -> list[dict[str, Any]]:
        rows = self.all("SELECT document FROM notifications ORDER BY seq")
        return [dict(json.loads(row["document"])) for row in rows]

    def put_scim_resource(self, resource_type: str, resource_id: str, document: dict[str, Any]) -> None:
        self.execute(
            "INSERT INTO scim_resources (resource_type, resource_id, document) VALUES (?, ?, ?) "
            "ON CONFLICT(resource_type, resource_id) DO UPDATE SET document = excluded.document",
            (resource_type, resource_id, json.dumps(document)),
        )

    def delete_scim_resource(self, resource_type: str, resource_id: str) -> None:
        self.execute(
            "DELETE FROM scim_resources WHERE resource_type = ? AND resource_id = ?", (resource_type, resource_id)
        )

    def list_scim_resources(self) -> list[tuple[str, dict[str, Any]]]:
        rows = self.all("SELECT resource_type, document FROM scim_resources ORDER BY rowid")
        return [(row["resource_type"], dict(json.loads(row["document"]))) for row in rows]
