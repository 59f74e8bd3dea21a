"""Production wiring: builds the cloud link and the sync backend from a loaded configuration.

- :class:`TenantLink` (a :class:`CloudLink`): the owner's :class:`TokenManager` (refresh token from the
  keyring), the agent API through :class:`app.cloud.agentapi.AgentApiClient` (heartbeat, change owner),
  and the clock skew the cloud clients measure from every response's ``Date`` header. HTTP clients come from
  :class:`app.cloud.http.HttpSettings`, the cloud package's one factory.
- :func:`make_backend`: the sync engine over the directory (the engine's
  :class:`app.sync.sources.LdapDirectorySource` through :mod:`app.service.directory_source`, which opens a
  :class:`app.ldap.reader.DirectoryReader` per read) and the SCIM target.

The heartbeat, the SCIM writes and a change of owner share one :class:`TokenManager` per configuration,
because the refresh token rotates (see :func:`shared_token_manager`).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
from pydantic import SecretStr

from app.cloud.agentapi import AgentApiClient, HeartbeatReport, Owner
from app.cloud.deviceflow import TokenSet
from app.cloud.http import HttpSettings
from app.cloud.scim import ScimTarget
from app.cloud.tenant import discover_oidc
from app.cloud.tokens import TokenManager
from app.config import AgentConfig
from app.ldap.reader import DirectoryReader
from app.paths import AgentPaths
from app.pwsync.service import PasswordSyncService
from app.secrets import SecretName, SecretStore
from app.service.backend import AppliedRun, CloudLink, PlannedRun, ProgressFn, SyncBackend
from app.service.directory_source import PerReadDirectorySource
from app.service.stop import unless_stopped
from app.sync.engine import SyncEngine
from app.sync.model import ObjectKind, Plan, ReadKind, RunMode, SafetyStatus
from app.sync.settings import SyncSettings
from app.sync.state import RunStatus, StateStore
from app.sync.targets import ScimCloudTarget

log = logging.getLogger(__name__)


def http_settings(config: AgentConfig) -> HttpSettings:
    tenant = config.tenant
    verify: bool | str | Path = tenant.verify_tls
    if tenant.verify_tls and tenant.ca_file is not None:
        verify = tenant.ca_file
    # verify_tls=false passes only with the insecure flag (the configuration refuses it otherwise).
    return HttpSettings(verify=verify, insecure=tenant.insecure)


class _StaticToken(httpx.Auth):
    """A bearer that is not refreshed: the new owner's fresh access token during a change of owner."""

    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


class TenantLink:
    """The signed-in connection to the tenant, for one loaded configuration."""

    def __init__(self, config: AgentConfig, paths: AgentPaths, *, http: HttpSettings | None = None) -> None:
        self.config = config
        self.paths = paths
        self.http = http or http_settings(config)
        self._tokens: TokenManager | None = None

    @property
    def clock_skew(self) -> float | None:
        return self.http.clock_skew.skew

    @property
    def has_agent_api(self) -> bool:
        return bool(self.config.tenant.agent_api_url and self.config.tenant.agent_id)

    async def tokens(self) -> TokenManager:
        if self._tokens is None:
            self._tokens = await shared_token_manager(self.config, self.paths, self.http)
        return self._tokens

    async def agent_api(self) -> AgentApiClient:
        assert self.config.tenant.agent_api_url
        tokens = await self.tokens()
        return AgentApiClient(self.config.tenant.agent_api_url, tokens.auth(), http=self.http)

    async def check_sign_in(self) -> None:
        tokens = await self.tokens()
        await tokens.access_token()

    @property
    def agent_id(self) -> str:
        agent_id = self.config.tenant.agent_id
        assert agent_id
        return agent_id

    async def heartbeat(self, report: HeartbeatReport) -> None:
        client = await self.agent_api()
        await client.heartbeat(self.agent_id, report)

    async def change_owner(self, tokens: TokenSet) -> Owner:
        """``tokens``: the new admin's, from the UI's device-code sign-in."""
        owner = Owner()
        if self.has_agent_api:
            client = await self.agent_api()
            owner = await client.change_owner(self.agent_id, _StaticToken(tokens.access_token))
        manager = await self.tokens()
        await manager.astore(tokens)  # the new refresh token replaces the old one in the keyring (and is redacted)
        return owner

    async def aclose(self) -> None:
        self._tokens = None


# One TokenManager per configuration and token endpoint: the heartbeat and the SCIM writes must share it,
# because the refresh token rotates and two managers refreshing at once would revoke each other's grant.
_TOKEN_MANAGERS: dict[tuple[str, str, str], TokenManager] = {}
_TOKEN_MANAGERS_LOCK = threading.Lock()


async def shared_token_manager(config: AgentConfig, paths: AgentPaths, http: HttpSettings) -> TokenManager:
    endpoints = await discover_oidc(config.tenant.issuer, http=http)
    key = (paths.profile, endpoints.token_endpoint, config.tenant.client_id)
    with _TOKEN_MANAGERS_LOCK:
        manager = _TOKEN_MANAGERS.get(key)
        if manager is None:
            manager = TokenManager(
                endpoints.token_endpoint, config.tenant.client_id, SecretStore(paths.profile), http=http
            )
            _TOKEN_MANAGERS[key] = manager
        return manager


def make_password_sync(
    config: AgentConfig, paths: AgentPaths, on_change: Callable[[], None] | None = None
) -> PasswordSyncService:
    """Password sync for one loaded configuration; it writes through its own SCIM client on the shared sign-in."""
    http = http_settings(config)

    async def writer() -> ScimTarget:
        tokens = await shared_token_manager(config, paths, http)
        return ScimTarget(config.tenant.scim_base_url, tokens.auth(), http=http)

    return PasswordSyncService(paths, config.password_sync, writer, on_change, lambda: open_reader(paths, config))


async def open_reader(paths: AgentPaths, config: AgentConfig) -> DirectoryReader:
    """A directory connection with the configuration's LDAP settings and the bind password as the keyring holds it
    now (:meth:`SecretStore.aget` registers it with the log's redaction)."""
    password = await SecretStore(paths.profile).aget(SecretName.LDAP_BIND_PASSWORD) or ""
    return await DirectoryReader.open(config.ldap, SecretStr(password))


def make_cloud_link(config: AgentConfig, paths: AgentPaths) -> CloudLink:
    return TenantLink(config, paths)


class EngineBackend:
    """The sync engine over the directory reader and the SCIM target, for one loaded configuration.

    Connections open lazily at the first plan (the service's factories are synchronous) and stay open
    until :meth:`aclose` (reload or stop)."""

    def __init__(self, config: AgentConfig, paths: AgentPaths) -> None:
        self.config = config
        self.paths = paths
        self.http = http_settings(config)
        self.state = StateStore.open(paths.state_db)
        self._engine: SyncEngine | None = None
        self._source: PerReadDirectorySource | None = None
        self._closers: list[Callable[[], Awaitable[None]]] = []

    async def engine(self) -> SyncEngine:
        if self._engine is not None:
            return self._engine
        tokens = await shared_token_manager(self.config, self.paths, self.http)
        scim = ScimTarget(self.config.tenant.scim_base_url, tokens.auth(), http=self.http)
        self._closers.append(scim.aclose)
        source = self._source = PerReadDirectorySource(self.open_reader)
        owner = Owner(email=self.config.tenant.owner_email)
        self._engine = SyncEngine(
            self.state,
            source,
            ScimCloudTarget(scim),
            self.config.sync,
            owner,
            base_dn=self.config.ldap.effective_base_dn,
        )
        return self._engine

    async def open_reader(self) -> DirectoryReader:
        """A fresh connection per directory read, with the bind password as the keyring holds it now."""
        return await open_reader(self.paths, self.config)

    async def plan(
        self,
        *,
        run_id: str,
        mode: RunMode,
        force_full: bool,
        settings: SyncSettings | None,
        progress: ProgressFn,
    ) -> PlannedRun:
        engine = await self.engine()
        if settings is not None:
            engine = SyncEngine(
                engine.state, engine.source, engine.target, settings, engine.owner, base_dn=engine.base_dn
            )
        progress("reading", 0, 1)
        plan = await engine.plan_run(mode, force_full=force_full)
        progress("planning", 1, 1)
        safety = plan.safety
        return PlannedRun(
            run_id=run_id,
            plan=plan,
            counts=plan.counts(),
            disables=safety.disables,
            deletes=safety.deletes,
            threshold_exceeded=safety.status is SafetyStatus.STOP,
            aborted_reason=safety.code.value if safety.status is SafetyStatus.ABORT else None,
            full=plan.read_kind is ReadKind.FULL,
            deletion_detection=self._source.deletion_detection if self._source is not None else None,
        )

    async def apply(
        self,
        planned: PlannedRun,
        *,
        selected_anchors: set[str] | None,
        approved: bool,
        progress: ProgressFn,
        stop: asyncio.Event,
    ) -> AppliedRun:
        engine = await self.engine()
        plan: Plan = planned.plan
        selection = None
        if selected_anchors is not None:
            selection = {e.key for e in plan.actionable if e.anchor in selected_anchors or e.key in selected_anchors}
        applied = await unless_stopped(
            engine.apply(
                plan,
                selection=selection,
                approved=approved,
                on_progress=lambda d, t: progress("applying", d, t),
                run_key=planned.run_id,  # the history knows the run by the id the service gave it
            ),
            stop,
        )
        if applied is None:
            # Stop: cancelled between requests; the journal lets the next run pick up without duplicates.
            return AppliedRun(planned.run_id, {}, 0, interrupted=True)
        result = applied.result()
        # Per category, what was written (the status banner and the CLI say "created 61", not "done 61"):
        # the entries the applier chose (the selection, or all but review-only ones) that did not fail.
        interrupted = result.status in (RunStatus.STOPPED, RunStatus.ABORTED)
        counts = {key: 0 for key in plan.counts()}
        for entry in () if interrupted else plan.actionable:
            chosen = entry.key in selection if selection is not None else not entry.needs_review
            if chosen and entry.key not in result.errors:
                counts[f"{entry.kind.value}.{entry.category.value}"] += 1
        counts.update({"done": result.done, "failed": result.failed, "skipped": result.skipped})
        error = next(iter(result.errors.values()), None) if result.failed else None
        return AppliedRun(
            planned.run_id,
            counts,
            changed=result.done,
            failed=result.failed,
            interrupted=interrupted,
            error=error,
        )

    def managed_counts(self) -> dict[str, int]:
        """Users and groups in the scope ledger: what this agent manages in the tenant (for the heartbeat)."""
        ledger = self.state.load_state().ledger.values()
        return {
            "users": sum(1 for e in ledger if e.kind is ObjectKind.USER),
            "groups": sum(1 for e in ledger if e.kind is ObjectKind.GROUP),
        }

    async def aclose(self) -> None:
        for close in reversed(self._closers):
            try:
                await close()
            except Exception:
                log.warning("closing a connection failed", exc_info=True)
        self._closers.clear()
        self._engine = None
        self.state.close()


def make_backend(config: AgentConfig, paths: AgentPaths) -> SyncBackend:
    return EngineBackend(config, paths)
