"""The tenant's agent API (docs/reference/tenant-api.md): register, heartbeat, change owner, read the agent.

:class:`AgentApiClient` speaks it with the signed-in admin's bearer (an :class:`httpx.Auth`, normally
:class:`app.cloud.tokens.BearerAuth`). Outcomes are typed: :class:`Registration`, :class:`Owner`,
:class:`AgentRecord`; refusals are :class:`KeyRejectedError` (key_unknown / key_expired / key_revoked /
key_used), :class:`NotAdminError` (not_admin), :class:`AgentApiError` (agent_unknown / not_owner), and the
shared :class:`TenantUnreachableError` / :class:`TenantTlsError` / :class:`TenantBadResponseError`.

Every response's ``Date`` header feeds a :class:`ClockSkewMonitor`; :attr:`AgentApiClient.clock_skew` is the
tenant's clock minus ours in seconds and :meth:`AgentApiClient.check_clock` raises :class:`ClockSkewError`
when it exceeds five minutes, so the UI can say "check the system date and time" without being asked.
The agent id goes into URLs as one percent-encoded path segment, and a registration answer whose id could
not be one (empty, "..", not a string) is :class:`TenantBadResponseError`. Every request has the total
deadline and body cap of :meth:`HttpSettings.send`; the API's URL must be https (loopback and the insecure
flag aside), else :class:`UntrustedEndpointError` before anything is sent.
Network failures are not retried here: heartbeats are periodic, and registration is driven by the wizard,
whose Retry button is the retry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import httpx

from app.cloud.errors import (
    AgentApiError,
    ClockSkewError,
    KeyRejectedError,
    NotAdminError,
    SignInExpiredError,
    TenantBadResponseError,
    TenantUnreachableError,
)
from app.cloud.http import (
    HttpSettings,
    check_endpoint,
    json_body,
    json_object,
    path_segment,
    require_str,
    transport_error,
)
from app.cloud.installkey import InstallationKey
from app.cloud.tenant import KEY_ERROR_CODES

AgentStatusWord = Literal["idle", "syncing", "attention", "error"]


@dataclass(frozen=True, slots=True)
class Owner:
    """The admin who owns the agent, as the tenant names them. The sync never disables or deletes this
    person's cloud user: :meth:`matches` compares the e-mail address and the SCIM ``userName``
    case-insensitively (``name`` is the display name, for people only)."""

    email: str | None = None
    name: str | None = None
    user_name: str | None = None

    @classmethod
    def from_json(cls, value: object) -> Owner:
        if not isinstance(value, dict):
            raise TenantBadResponseError("agent API: owner is not an object")
        email, name = value.get("email"), value.get("name")
        return cls(email if isinstance(email, str) else None, name if isinstance(name, str) else None)

    def matches(self, user_name: str | None, emails: tuple[str, ...] = ()) -> bool:
        keys = {k.lower() for k in (self.email, self.user_name) if k}
        if not keys:
            return False
        candidates = {c.lower() for c in (user_name, *emails) if c}
        return bool(keys & candidates)


@dataclass(frozen=True)
class Registration:
    agent_id: str
    owner: Owner


@dataclass(frozen=True)
class PasswordSyncAgent:
    dc: str
    installed: bool
    connected: bool
    version: str | None = None
    last_delivered: datetime | None = None  # when a password was last delivered (never which)
    queue: int | None = None  # changes waiting on the DC


@dataclass(frozen=True)
class HeartbeatReport:
    version: str
    device_name: str
    domain_controllers: Sequence[str]
    status: AgentStatusWord
    last_sync: datetime | None
    users: int = 0
    groups: int = 0
    password_sync_agents: Sequence[PasswordSyncAgent] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "device_name": self.device_name,
            "domain_controllers": list(self.domain_controllers),
            "status": self.status,
            "last_sync": _rfc3339(self.last_sync),
            "counts": {"users": self.users, "groups": self.groups},
            "password_sync_agents": [
                {
                    "dc": p.dc,
                    "installed": p.installed,
                    "connected": p.connected,
                    "version": p.version,
                    "last_delivered": _rfc3339(p.last_delivered),
                    "queue": p.queue,
                }
                for p in self.password_sync_agents
            ],
        }


@dataclass(frozen=True)
class AgentRecord:
    agent_id: str
    device_name: str | None
    owner: Owner
    status: str | None
    last_heartbeat: datetime | None
    last_sync: datetime | None


def _rfc3339(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise TenantBadResponseError("agent API: a timestamp is not RFC 3339") from None


def _error_word(response: httpx.Response) -> str | None:
    try:
        body = json_body(response)
    except TenantBadResponseError:
        return None
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, str) else None


class AgentApiClient:
    def __init__(self, agent_api_url: str, auth: httpx.Auth | None, *, http: HttpSettings | None = None) -> None:
        self._http = http or HttpSettings()
        self.agent_api_url = check_endpoint(agent_api_url, insecure=self._http.insecure).rstrip("/")
        self._auth = auth

    @property
    def clock_skew(self) -> float | None:
        """The tenant's clock minus ours, in seconds, from the latest dated response (None before one)."""
        return self._http.clock_skew.skew

    def check_clock(self) -> None:
        """Raise :class:`ClockSkewError` if the clocks differ by more than the tolerance (5 minutes)."""
        skew = self._http.clock_skew.skew
        if skew is not None and self._http.clock_skew.is_skewed:
            raise ClockSkewError(skew_seconds=skew)

    async def _call(
        self, method: str, path: str, *, body: dict[str, Any] | None = None, auth: httpx.Auth | None = None
    ) -> httpx.Response:
        url = self.agent_api_url + path
        async with self._http.client(auth=auth or self._auth) as client:
            try:
                response = await self._http.send(client, method, url, json=body, auth=auth or self._auth)
            except httpx.TransportError as exc:
                raise transport_error(exc, url) from exc
        if response.status_code >= 500:
            raise TenantUnreachableError(f"agent API {method} {path.split('/')[1]}: status {response.status_code}")
        if response.status_code == 401:
            raise SignInExpiredError("agent API refused the access token", reason="agent_api_401")
        return response

    def _refusal(self, response: httpx.Response, what: str) -> Exception:
        error = _error_word(response)
        if error in KEY_ERROR_CODES:
            return KeyRejectedError(f"{what}: installation key rejected", code=KEY_ERROR_CODES[error])
        if error == "not_admin":
            return NotAdminError(f"{what}: the signed-in account is not an admin")
        if error == "unknown_agent":
            return AgentApiError(f"{what}: the tenant does not know this agent", code="agent_unknown")
        if error == "not_owner":
            return AgentApiError(f"{what}: the signed-in admin does not own this agent", code="not_owner")
        if error is None:
            return TenantBadResponseError(f"{what}: status {response.status_code}", status=response.status_code)
        return AgentApiError(f"{what}: {error}", status=response.status_code, error=error)

    async def register(
        self, key: InstallationKey, device_name: str, version: str, domain_controllers: Sequence[str]
    ) -> Registration:
        body = {
            "key_hash": key.secret_hash,
            "device_name": device_name,
            "version": version,
            "domain_controllers": list(domain_controllers),
        }
        response = await self._call("POST", "/agents", body=body)
        if response.status_code not in (200, 201):
            raise self._refusal(response, "register")
        answer = json_object(response)
        agent_id = require_str(answer, "agent_id", response)
        path_segment(agent_id, "agent_id")  # an id that cannot address this agent alone is refused now, not later
        return Registration(agent_id, Owner.from_json(answer.get("owner")))

    async def heartbeat(self, agent_id: str, report: HeartbeatReport) -> datetime | None:
        """Report status; returns the tenant's ``server_time`` if it sent one."""
        response = await self._call(
            "PUT", f"/agents/{path_segment(agent_id, 'agent_id')}/heartbeat", body=report.to_json()
        )
        if response.status_code != 200:
            raise self._refusal(response, "heartbeat")
        return _parse_time(json_object(response).get("server_time"))

    async def change_owner(self, agent_id: str, new_admin_auth: httpx.Auth) -> Owner:
        """Make the admin whose token ``new_admin_auth`` carries the owner of this agent."""
        response = await self._call(
            "POST", f"/agents/{path_segment(agent_id, 'agent_id')}/owner", body={}, auth=new_admin_auth
        )
        if response.status_code != 200:
            raise self._refusal(response, "change owner")
        return Owner.from_json(json_object(response).get("owner"))

    async def get_agent(self, agent_id: str) -> AgentRecord:
        response = await self._call("GET", f"/agents/{path_segment(agent_id, 'agent_id')}")
        if response.status_code != 200:
            raise self._refusal(response, "get agent")
        answer = json_object(response)
        device = answer.get("device_name")
        status = answer.get("status")
        return AgentRecord(
            agent_id=require_str(answer, "agent_id", response),
            device_name=device if isinstance(device, str) else None,
            owner=Owner.from_json(answer.get("owner")),
            status=status if isinstance(status, str) else None,
            last_heartbeat=_parse_time(answer.get("last_heartbeat")),
            last_sync=_parse_time(answer.get("last_sync")),
        )
