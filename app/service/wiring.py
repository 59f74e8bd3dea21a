"""Production wiring: builds the cloud link and the sync backend from a loaded configuration.

- :class:`TenantLink` (a :class:`CloudLink`): the owner's :class:`TokenManager` (refresh token from the
  keyring), the agent API calls the service needs (heartbeat, change owner, register), and the clock skew
  the cloud clients measure from every response's ``Date`` header. HTTP clients come from
  :class:`app.cloud.http.HttpSettings`, the cloud package's one factory.
- :func:`make_backend`: the sync engine over the directory reader and the SCIM target.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Awaitable, Callable
from datetime import UTC
from pathlib import Path
from typing import Any

import httpx

from app import __version__
from app.cloud.deviceflow import TokenSet
from app.cloud.errors import AgentApiError, NotAdminError, SignInExpiredError, TenantUnreachableError
from app.cloud.http import HttpSettings, json_object, transport_error
from app.cloud.scim import ScimTarget
from app.cloud.tenant import discover_oidc
from app.cloud.tokens import TokenManager
from app.config import AgentConfig
from app.errors import SyncError
from app.logging_setup import redaction_filter
from app.paths import AgentPaths
from app.secrets import SecretName, SecretStore
from app.service.backend import AppliedRun, CloudLink, HeartbeatReport, PlannedRun, ProgressFn, SyncBackend
from app.sync.engine import SyncEngine
from app.sync.model import Owner, Plan, ReadKind, RunMode, SafetyStatus
from app.sync.state import RunStatus, StateStore
from app.sync.targets import ScimCloudTarget

log = logging.getLogger(__name__)

_AGENT_API_ERRORS = {"unknown_agent": "agent_unknown", "not_owner": "not_owner"}


def http_settings(config: AgentConfig) -> HttpSettings:
    tenant = config.tenant
    verify: bool | str | Path = tenant.verify_tls
    if tenant.verify_tls and tenant.ca_file is not None:
        verify = tenant.ca_file
    return HttpSettings(verify=verify)


async def _agent_api_call(
    http: HttpSettings, method: str, url: str, *, auth: httpx.Auth, body: dict[str, Any] | None = None
) -> dict[str, Any]:
    async with http.client(auth=auth) as client:
        try:
            response = await client.request(method, url, json=body)
        except httpx.TransportError as exc:
            raise transport_error(exc, url) from exc
    if response.status_code >= 500:
        raise TenantUnreachableError(f"agent API {method} {httpx.URL(url).path}: status {response.status_code}")
    if response.status_code == 401:
        raise SignInExpiredError("the agent API refused the access token", reason="401")
    if response.status_code >= 400:
        error = None
        try:
            error = json_object(response).get("error")
        except Exception:  # an unreadable body just means "no error code"
            pass
        if error == "not_admin":
            raise NotAdminError("the signed-in account is not an admin of the tenant")
        code = _AGENT_API_ERRORS.get(str(error), "agent_api_error")
        raise AgentApiError(
            f"agent API {method}: {response.status_code} {error}", code=code, status=response.status_code
        )
    return json_object(response)


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
        self.secrets = SecretStore(paths.profile)
        self._tokens: TokenManager | None = None
        refresh = self.secrets.get(SecretName.REFRESH_TOKEN)
        redaction_filter().add_secret(refresh)

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

    async def check_sign_in(self) -> None:
        tokens = await self.tokens()
        await tokens.access_token()

    def _agent_url(self, suffix: str = "") -> str:
        tenant = self.config.tenant
        assert tenant.agent_api_url and tenant.agent_id
        return f"{tenant.agent_api_url}/agents/{tenant.agent_id}{suffix}"

    async def heartbeat(self, report: HeartbeatReport) -> None:
        tokens = await self.tokens()
        body = {
            "version": report.version,
            "device_name": report.device_name,
            "domain_controllers": report.domain_controllers,
            "status": report.status,
            "last_sync": report.last_sync.astimezone(UTC).isoformat().replace("+00:00", "Z")
            if report.last_sync
            else None,
            "counts": report.counts,
            "password_sync_agents": report.password_sync_agents,
        }
        await _agent_api_call(self.http, "PUT", self._agent_url("/heartbeat"), auth=tokens.auth(), body=body)

    async def change_owner(self, tokens: Any) -> dict[str, Any]:
        """``tokens``: the new admin's :class:`TokenSet` from the UI's device-code sign-in."""
        if not isinstance(tokens, TokenSet):
            raise TypeError("change_owner needs the new admin's TokenSet")
        owner: dict[str, Any] = {}
        if self.has_agent_api:
            answer = await _agent_api_call(
                self.http, "POST", self._agent_url("/owner"), auth=_StaticToken(tokens.access_token)
            )
            found = answer.get("owner")
            owner = dict(found) if isinstance(found, dict) else {}
        manager = await self.tokens()
        manager.store(tokens)  # the new refresh token replaces the old one in the keyring
        redaction_filter().add_secret(tokens.refresh_token)
        return owner

    async def aclose(self) -> None:
        self._tokens = None


async def register_agent(
    config: AgentConfig, *, key_hash: str, access_token: str, http: HttpSettings | None = None
) -> dict[str, Any]:
    """``POST {agent_api}/agents`` with the new owner's token; returns ``{"agent_id", "owner"}``."""
    http = http or http_settings(config)
    url = f"{config.tenant.agent_api_url}/agents"
    body = {
        "key_hash": key_hash,
        "device_name": config.device_name,
        "version": __version__,
        "domain_controllers": list(config.ldap.domain_controllers),
    }
    return await _agent_api_call(http, "POST", url, auth=_StaticToken(access_token), body=body)


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
        self._closers: list[Callable[[], Awaitable[None]]] = []

    async def engine(self) -> SyncEngine:
        if self._engine is not None:
            return self._engine
        try:
            from app.sync.sources import DirectorySourceAdapter  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            raise SyncError("the directory source adapter is missing", code="engine_unavailable") from None
        from pydantic import SecretStr

        from app.ldap.reader import DirectoryReader

        password = SecretStore(self.paths.profile).get(SecretName.LDAP_BIND_PASSWORD) or ""
        redaction_filter().add_secret(password)
        tokens = await shared_token_manager(self.config, self.paths, self.http)
        scim = ScimTarget(self.config.tenant.scim_base_url, tokens.auth(), http=self.http)
        self._closers.append(scim.aclose)
        reader = await DirectoryReader.open(self.config.ldap, SecretStr(password))
        self._closers.append(reader.close)
        owner = Owner(email=self.config.tenant.owner_email)
        self._engine = SyncEngine(
            self.state, DirectorySourceAdapter(reader), ScimCloudTarget(scim), self.config.sync, owner
        )
        return self._engine

    async def plan(
        self, *, run_id: str, mode: str, force_full: bool, settings: Any | None, progress: ProgressFn
    ) -> PlannedRun:
        engine = await self.engine()
        if settings is not None:
            engine = SyncEngine(engine.state, engine.source, engine.target, settings, engine.owner)
        engine_mode = RunMode.SCHEDULED if mode == "scheduled" else RunMode.MANUAL
        progress("reading", 0, 1)
        plan = await engine.plan_run(engine_mode, force_full=force_full)
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
        task = asyncio.ensure_future(
            engine.apply(
                plan, selection=selection, approved=approved, on_progress=lambda d, t: progress("applying", d, t)
            )
        )
        stopper = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait([task, stopper], return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopper.cancel()
        if not task.done():
            # Stop: cancel between requests; the journal lets the next run pick up without duplicates.
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            return AppliedRun(planned.run_id, {}, 0, interrupted=True)
        result = task.result()
        counts = {"done": result.done, "failed": result.failed, "skipped": result.skipped}
        interrupted = result.status in (RunStatus.STOPPED, RunStatus.ABORTED)
        error = next(iter(result.errors.values()), None) if result.failed else None
        return AppliedRun(
            planned.run_id,
            counts,
            changed=result.done,
            failed=result.failed,
            interrupted=interrupted,
            error=error,
            details={"engine_run_id": result.run_id, "status": result.status.value},
        )

    def recent_runs(self, limit: int) -> list[Any]:
        return list(self.state.recent_runs(limit))

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
