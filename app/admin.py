"""The GUI's one door into the core: everything the settings and status windows ask of the agent, Qt-free.

The windows talk to the *running* service through :class:`ui.bridge.AgentBridge` (status, preview, reload,
runs, the hand-over to a new owner). Everything else they need — reading the directory with the stored
settings, a new owner's sign-in, storing changed settings, the run history — is here, so ``ui/settings`` and
``ui/status`` import nothing else from ``app`` but the configuration and settings models and the error types
(``tests/test_layering.py`` holds them to that). Password sync's operations are :mod:`app.pwsync.admin`, the
other half of this door.

Every coroutine here may be awaited on the GUI's event loop: blocking work (the keyring, config.json, the
state database, ldap3) runs in worker threads, the tenant is asked over asynchronous HTTP (whether it sends
notifications: on a worker thread's loop of its own), and a cancelled call leaves no connection open.
Failures are :class:`app.errors.IdentityConnectError` with a code that ``ui/errors.py`` puts into words.

- :class:`DirectoryProbe`: the directory as the stored settings reach it (OU tree, users in scope, attribute
  names); :func:`directory_issues`, :func:`diagnostic_rows`, :func:`check_directory`: changed connection
  settings checked as typed and then stage by stage, the setup's own checks.
- :class:`OwnerChange`: another admin of the tenant signs in with a device code; the running service then
  hands the agent over with the tokens (``AgentBridge.change_owner``).
- :func:`read_config`, :func:`bind_password`, :func:`save_directory_settings`, :func:`save_sync`,
  :func:`tenant_sends_notifications`: settings (the writes are :mod:`app.settings_update`'s, which the command
  line uses too).
- :func:`recent_runs`, :func:`run_outcomes`, :func:`export_run_csv`: the run history in the state database,
  readable whether or not the service runs in this process; :func:`log_file`: the agent's log.

The types those answers are made of are re-exported here, so a window names them from the door too.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from app import settings_update
from app.cloud.deviceflow import AdminIdentity, DeviceAuthorization, DeviceFlow, TokenSet
from app.cloud.tenant import discover_oidc
from app.config import AgentConfig
from app.errors import IdentityConnectError
from app.ldap.reader import DirectoryReader, OuNode
from app.ldap.reader import ObjectKind as DirectoryObjectKind
from app.ldap.settings import LdapSettings
from app.ldap.tls_probe import CaOfferStatus
from app.ldap.validation import validate_filter
from app.logging_setup import LOG_FILE_NAME
from app.paths import AgentPaths
from app.pwsync import admin as pwsync_admin
from app.service.events import AgentState, AgentStatus
from app.setup.directory import DirectoryInput, FieldIssue, form_issues
from app.setup.flow import DiagnosticRow, SetupFlow, StageReport
from app.sync.model import ObjectKind, Plan, PlanCategory, PlanEntry, SafetyCode, SafetyStatus
from app.sync.planner import SAFETY_FLOOR
from app.sync.settings import SyncSettings
from app.sync.state import OutcomeRecord, RunRecord, StateStore

__all__ = [
    "SAFETY_FLOOR",
    "AdminIdentity",
    "AgentState",
    "AgentStatus",
    "CaOfferStatus",
    "DeviceAuthorization",
    "DiagnosticRow",
    "DirectoryInput",
    "DirectoryObjectKind",
    "DirectoryProbe",
    "FieldIssue",
    "IdentityConnectError",
    "NewOwner",
    "ObjectKind",
    "OuLevel",
    "OuNode",
    "OutcomeRecord",
    "OwnerChange",
    "Plan",
    "PlanCategory",
    "PlanEntry",
    "RunRecord",
    "SafetyCode",
    "SafetyStatus",
    "StageReport",
    "bind_password",
    "check_directory",
    "diagnostic_rows",
    "directory_issues",
    "export_run_csv",
    "log_file",
    "read_config",
    "recent_runs",
    "run_outcomes",
    "save_directory_settings",
    "save_sync",
    "tenant_sends_notifications",
    "validate_filter",
]


# ---------------------------------------------------------------------------------------------- settings


async def read_config(paths: AgentPaths) -> AgentConfig:
    """The agent's configuration as stored now (ConfigError when missing or invalid)."""
    return await asyncio.to_thread(settings_update.load_config, paths)


async def bind_password(paths: AgentPaths) -> str | None:
    """The stored LDAP bind password, None when there is none (SecretStoreError without a keyring)."""
    return await asyncio.to_thread(settings_update.load_bind_password, paths)


async def save_directory_settings(paths: AgentPaths, ldap: LdapSettings, password: str | None = None) -> AgentConfig:
    """Store new directory connection settings and, when given, a new bind password, as one change
    (:func:`app.settings_update.save_ldap_settings`); returns the configuration written."""
    return await asyncio.to_thread(settings_update.save_ldap_settings, paths, ldap, password)


async def save_sync(paths: AgentPaths, sync: SyncSettings) -> AgentConfig:
    """Store new sync settings (:func:`app.settings_update.save_sync_settings`); returns the configuration
    written. The caller then asks the running service to reload."""
    return await asyncio.to_thread(settings_update.save_sync_settings, paths, sync)


async def tenant_sends_notifications(config: AgentConfig) -> bool | None:
    """Whether the tenant says it sends password notifications and welcome mails; None when it cannot be asked.

    Asked on a worker thread with a loop of its own, as the service's calls run: a slow tenant never holds up
    the GUI's loop."""
    return await asyncio.to_thread(asyncio.run, settings_update.tenant_sends_notifications(config))


def log_file(paths: AgentPaths) -> Path:
    """The log both the headless agent and the agent hosted by the tray app write."""
    return paths.log_dir / LOG_FILE_NAME


# ---------------------------------------------------------------------------------------------- directory


@dataclass(frozen=True)
class OuLevel:
    """The top of the OU tree: the base DN and the OUs directly below it."""

    base_dn: str
    children: list[OuNode]


class DirectoryProbe:
    """The directory as the agent reaches it with the stored settings and bind password.

    Each question opens a connection of its own and closes it (ldap3 runs in worker threads inside), so
    questions asked at the same time (several branches of the tree opening) do not wait on each other, and a
    cancelled question leaves nothing open. The connection is the one password sync's admin opens
    (:func:`app.pwsync.admin.open_reader`), its password registered with the log redaction."""

    def __init__(self, paths: AgentPaths, config: AgentConfig) -> None:
        self.paths = paths
        self.config = config

    async def _open(self) -> DirectoryReader:
        return await pwsync_admin.open_reader(self.paths, self.config)

    async def top_level(self) -> OuLevel:
        """The base DN and the OUs directly below it (deeper levels: :meth:`ou_children`)."""
        async with await self._open() as reader:
            base = reader.base_dn
            return OuLevel(base, await reader.ou_children(base))

    async def ou_children(self, dn: str) -> list[OuNode]:
        """The OUs directly below ``dn``, sorted by name (BaseDnNotFoundError when ``dn`` is gone)."""
        async with await self._open() as reader:
            return await reader.ou_children(dn)

    async def count_users(self, ous: Sequence[str], custom_filter: str | None) -> int:
        """How many users the OUs (none: the base DN) and the custom query leave in scope."""
        count = 0
        async with await self._open() as reader:
            async for _ in reader.iter_objects(DirectoryObjectKind.USER, ous, [], custom_filter):
                count += 1
        return count

    async def attribute_names(self) -> dict[DirectoryObjectKind, list[str]]:
        """The attribute names the directory has for users and for groups (schema and sample entries)."""
        async with await self._open() as reader:
            return {kind: await reader.attribute_names(kind) for kind in DirectoryObjectKind}


def directory_issues(values: DirectoryInput) -> list[FieldIssue]:
    """Offline problems with connection settings as typed (fast: run on every keystroke)."""
    return form_issues(values)


def diagnostic_rows(values: DirectoryInput) -> list[DiagnosticRow]:
    """Every stage :func:`check_directory` goes through, in order, so its checklist can be drawn first."""
    return SetupFlow.diagnostic_rows(values)


async def check_directory(
    paths: AgentPaths, values: DirectoryInput, on_stage: Callable[[StageReport], None] | None = None
) -> None:
    """Check changed connection settings against every DC, stage by stage, as setup does
    (:meth:`app.setup.flow.SetupFlow.check_directory`); without a password in ``values``, with the stored one.

    Succeeds only when every DC passes every stage; otherwise raises the first failing stage's error."""
    if not values.has_password:
        stored = await bind_password(paths) or ""
        values = values.model_copy(update={"password": SecretStr(stored)})
    await SetupFlow(paths).check_directory(values, on_stage)


# ---------------------------------------------------------------------------------------------- owner


@dataclass(frozen=True)
class NewOwner:
    """An admin of the tenant who approved the sign-in: who they are, and the tokens the agent goes on with."""

    admin: AdminIdentity
    tokens: TokenSet


class OwnerChange:
    """A change of owner, against the tenant the agent is registered with (issuer and client as stored).

    :meth:`start` asks for a device code; :meth:`wait_for_owner` waits until it is approved and refuses
    (``not_admin``) anyone who is not an admin of the tenant. Nothing is changed here: the running service
    hands the agent over with :attr:`NewOwner.tokens`."""

    def __init__(self, config: AgentConfig) -> None:
        self.config = config
        self._flow: DeviceFlow | None = None

    async def start(self) -> DeviceAuthorization:
        """A new device code for the new owner to approve."""
        from app.service.wiring import http_settings  # the one place that turns tenant settings into HTTP settings

        config = self.config
        http = http_settings(config)
        endpoints = await discover_oidc(config.tenant.issuer, http=http)
        self._flow = DeviceFlow(endpoints, config.tenant.client_id, config.tenant.scopes, config.device_name, http=http)
        return await self._flow.start()

    async def wait_for_owner(self, authorization: DeviceAuthorization) -> NewOwner:
        """Wait for the approval of ``authorization``, then read who approved it (an admin, or NotAdminError)."""
        if self._flow is None:
            raise RuntimeError("start the sign-in first")
        tokens = await self._flow.wait_for_tokens(authorization)
        admin = (await self._flow.fetch_userinfo(tokens.access_token)).require_admin()
        return NewOwner(admin, tokens)


# ---------------------------------------------------------------------------------------------- run history
# The state database (SQLite in WAL mode) is written by the service and may be read by another connection at
# the same time: every read opens its own connection in a worker thread and closes it, so the GUI never
# shares the service's connection.


def _read_runs(db: Path, limit: int) -> list[RunRecord]:
    if not db.exists():
        return []
    store = StateStore.open(db)
    try:
        return store.recent_runs(limit)
    finally:
        store.close()


def _read_outcomes(db: Path, run_id: int) -> list[OutcomeRecord]:
    if not db.exists():
        return []
    store = StateStore.open(db)
    try:
        return store.run_outcomes(run_id)
    finally:
        store.close()


def _export_csv(db: Path, run_id: int, target: Path) -> int:
    store = StateStore.open(db)
    try:
        buffer = io.StringIO(newline="")
        rows = store.export_outcomes_csv(run_id, buffer)
    finally:
        store.close()
    target.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return rows


async def recent_runs(paths: AgentPaths, limit: int = 20) -> list[RunRecord]:
    """The last ``limit`` runs, newest first (empty when no run has happened yet)."""
    return await asyncio.to_thread(_read_runs, paths.state_db, limit)


async def run_outcomes(paths: AgentPaths, run_id: int) -> list[OutcomeRecord]:
    """What happened to each object in run ``run_id``."""
    return await asyncio.to_thread(_read_outcomes, paths.state_db, run_id)


async def export_run_csv(paths: AgentPaths, run_id: int, target: Path) -> int:
    """Write run ``run_id``'s per-object outcomes to ``target`` as CSV; returns the number of object rows."""
    return await asyncio.to_thread(_export_csv, paths.state_db, run_id, target)
