"""The service's watch over its tenant: heartbeats, the clock skew and whether the stored sign-in still works.

:class:`CloudMonitor` sends a heartbeat every interval (sooner after a failure's backoff, or at once when
:meth:`CloudMonitor.wake` is called: a run ended, the configuration or the owner changed) and keeps what it
learns in :class:`CloudHealth`, which the status is derived from. It tells the outside world through events:
:class:`SignInExpired` once per expiry, :class:`Disconnected` when a working link fails, and
:class:`ClockSkewDetected` once per episode of a clock off by more than :data:`CLOCK_SKEW_TOLERANCE`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app import __version__
from app.cloud.agentapi import AgentStatusWord, HeartbeatReport, PasswordSyncAgent
from app.cloud.errors import SignInExpiredError
from app.config import AgentConfig
from app.errors import IdentityConnectError
from app.service.backend import CloudLink
from app.service.events import (
    AgentEvent,
    AgentState,
    ClockSkewDetected,
    Disconnected,
    RunOutcome,
    SignInExpired,
)
from app.service.statusfile import ServiceState

log = logging.getLogger(__name__)

CLOCK_SKEW_TOLERANCE = 300.0

# The agent API knows four words for an agent's state.
_STATUS_WORDS: dict[AgentState, AgentStatusWord] = {
    AgentState.SYNCING: "syncing",
    AgentState.ATTENTION: "attention",
    AgentState.AWAITING_APPROVAL: "attention",
    AgentState.AWAITING_REVIEW: "attention",
}


def heartbeat_report(
    config: AgentConfig | None,
    state: AgentState,
    saved: ServiceState,
    managed: Mapping[str, int],
    password_sync_agents: list[dict[str, Any]],
) -> HeartbeatReport:
    """What the tenant is told: the agent's state in the agent API's words ("error" when the last run
    failed), the last sync, what it manages and how its password-sync DC agents are."""
    word = _STATUS_WORDS.get(state, "idle")
    if saved.last_outcome == RunOutcome.FAILED.value and state is AgentState.ATTENTION:
        word = "error"
    return HeartbeatReport(
        version=__version__,
        device_name=config.device_name if config else "",
        domain_controllers=list(config.ldap.domain_controllers) if config else [],
        status=word,
        last_sync=saved.last_sync,
        users=managed.get("users", 0),
        groups=managed.get("groups", 0),
        password_sync_agents=[
            PasswordSyncAgent(
                str(p.get("dc", "")),
                bool(p.get("installed")),
                bool(p.get("connected")),
                version=p.get("version"),
                last_delivered=_utc(p.get("last_delivered_at")),
                queue=p.get("queue"),
            )
            for p in password_sync_agents
        ],
    )


def _utc(timestamp: float | None) -> datetime | None:
    return datetime.fromtimestamp(timestamp, UTC) if timestamp is not None else None


@dataclass
class CloudHealth:
    """What the last heartbeat and sign-in check found."""

    signin_expired: bool = False
    connected: bool = False
    disconnect_reason: str | None = None  # an error code while the tenant cannot be reached
    clock_skew: float | None = None  # seconds, signed; None until a response said

    @property
    def clock_skewed(self) -> bool:
        return self.clock_skew is not None and abs(self.clock_skew) > CLOCK_SKEW_TOLERANCE


class CloudMonitor:
    """Heartbeats and sign-in health for one service. ``report`` builds the heartbeat when one is due;
    ``changed`` is called after every heartbeat (the status is published again)."""

    def __init__(
        self,
        *,
        interval: float,
        backoff: tuple[float, float],
        emit: Callable[[AgentEvent], None],
        report: Callable[[], HeartbeatReport],
        changed: Callable[[], None],
    ) -> None:
        self.interval = interval
        self._backoff = backoff
        self._emit = emit
        self._report = report
        self._changed = changed
        self.health = CloudHealth()
        self._skew_reported = False
        self._wake: asyncio.Event | None = None
        self._woken = False  # wake() before the loop's event exists (a one-shot run)

    def start(self) -> None:
        """Bind to the running loop (the service's); called before :meth:`run`."""
        self._wake = asyncio.Event()
        self._woken = False

    def wake(self) -> None:
        """Send the next heartbeat now (on the service's loop): the tenant's view of the agent changed."""
        self._woken = True
        if self._wake is not None:
            self._wake.set()

    @property
    def woken(self) -> bool:
        """Whether something happened since the last heartbeat that the tenant should hear about."""
        return self._woken

    async def run(self, cloud: Callable[[], CloudLink | None]) -> None:
        """Send heartbeats until cancelled; ``cloud`` gives the current link (it changes on reload)."""
        assert self._wake is not None
        failures = 0
        while True:
            delay = self.interval
            # Cleared before the report is built, so a run that ends while this heartbeat is in flight still
            # wakes the next one (the tenant would show "syncing" for a whole interval otherwise).
            self._wake.clear()
            self._woken = False
            if await self.beat(cloud()):
                failures = 0
            else:
                failures += 1
                low, cap = self._backoff
                delay = min(self.interval, cap, low * (2 ** (failures - 1)))
            await self._sleep(delay)

    async def _sleep(self, delay: float) -> None:
        """Until ``delay`` passed or :meth:`wake`. (Not ``wait_for``: on Python 3.11 it swallows a cancellation
        that arrives as the event is set, and the stopping service would wait for the next heartbeat.)"""
        assert self._wake is not None
        waiter = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({waiter}, timeout=delay)
        finally:
            waiter.cancel()

    async def beat(self, cloud: CloudLink | None) -> bool:
        """One heartbeat (or, without the agent API, one sign-in check); whether the tenant answered."""
        if cloud is None:
            return True
        try:
            await cloud.check_sign_in()
            if cloud.has_agent_api:
                await cloud.heartbeat(self._report())
        except SignInExpiredError:
            self.mark_signin_expired()
            self.health.connected = False
            self._changed()
            return False
        except IdentityConnectError as exc:
            self._note_skew(cloud)
            log.warning("heartbeat failed: %s (%s)", exc.code, exc)
            health = self.health
            was_connected = health.connected or health.disconnect_reason is None
            health.connected = False
            health.disconnect_reason = exc.code
            if was_connected:
                self._emit(Disconnected(reason=exc.code))
            self._changed()
            return False
        self._note_skew(cloud)
        self.health.signin_expired = False
        self.health.connected = True
        self.health.disconnect_reason = None
        self._changed()
        return True

    def mark_signin_expired(self) -> None:
        if not self.health.signin_expired:
            self.health.signin_expired = True
            log.warning("the stored sign-in no longer works; the owner must sign in again")
            self._emit(SignInExpired())

    def signin_restored(self) -> None:
        """A new owner signed in: the old expiry no longer applies."""
        self.health.signin_expired = False

    def _note_skew(self, cloud: CloudLink) -> None:
        self.health.clock_skew = cloud.clock_skew
        if self.health.clock_skewed:
            if not self._skew_reported:
                self._skew_reported = True
                assert self.health.clock_skew is not None
                self._emit(ClockSkewDetected(seconds=self.health.clock_skew))
        else:
            self._skew_reported = False
