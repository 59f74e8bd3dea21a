"""The service's change watch: one stream of directory changes, turned into debounced delta runs.

:class:`ChangeWatchRunner` holds at most one watch (:class:`app.ldap.watch.ChangeWatch`, or what the service's
``watch_factory`` makes) and makes a new one whenever what it depends on changes (a reload, the setting turned
on or off) or the old one ended. Changes are not acted on one by one: once they settle — a quiet spell, or
the longest wait after the first (a burst of 500 changes is one run) — and no run is going, ``settled`` is
called once; changes seen during a run wait for the run to end.

A new watch (the service started, or a reload) has no watermark from before it: what changed while the
agent was stopped or between two watches is nobody's notification. So the first time a new watch says it
watches counts as one change (a catch-up), and the delta run it starts reads everything since the last
complete run. Reconnects within one watch catch up by its own watermark (:mod:`app.ldap.watch`).

Debounce times are monotonic (``time.monotonic``): a wall-clock jump neither fires a burst's run early nor
holds it back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from app.config import AgentConfig
from app.errors import IdentityConnectError
from app.service.status import WatchStatus

if TYPE_CHECKING:
    from app.ldap.watch import DirectoryChange, WatchState

log = logging.getLogger(__name__)

# Directory changes start a run after this much quiet, or at the latest this long after the first change,
# checked every WATCH_TICK seconds.
WATCH_QUIET_SECONDS = 2.0
WATCH_MAX_WAIT_SECONDS = 10.0
WATCH_TICK = 0.2


class ChangeStream(Protocol):
    """A running change watch: reports through the callbacks it was made with until cancelled."""

    async def run(self) -> None: ...


OnChange = Callable[["DirectoryChange"], None]
OnState = Callable[["WatchState"], None]
#: Builds the change watch for a configuration: ``(config, on_change, on_state)``; None when this
#: configuration cannot be watched.
WatchFactory = Callable[[AgentConfig, OnChange, OnState], ChangeStream | None]


class ChangeWatchRunner:
    """One change watch at a time, for the configuration ``config()`` while ``key()`` stays the same.

    ``key()``: what the watch depends on ("off" when turned off, None without a working configuration);
    ``busy()``: whether a run is going (settled changes then wait); ``settled()``: the changes seen have
    settled; ``on_status``: where the watch stands now."""

    def __init__(
        self,
        *,
        make_watch: WatchFactory,
        config: Callable[[], AgentConfig | None],
        key: Callable[[], str | None],
        busy: Callable[[], bool],
        settled: Callable[[], None],
        on_status: Callable[[WatchStatus], None],
        debounce: tuple[float, float] = (WATCH_QUIET_SECONDS, WATCH_MAX_WAIT_SECONDS),
    ) -> None:
        self._make_watch = make_watch
        self._config = config
        self._key = key
        self._busy = busy
        self._settled = settled
        self._on_status = on_status
        self._debounce = debounce
        # Changes not yet run: monotonic times of the first and the last.
        self._first: float | None = None
        self._last: float | None = None
        # The current watch has not said yet that it watches (its first "watching" is a catch-up).
        self._fresh = False

    async def run(self, stop: asyncio.Event) -> None:
        """Hold the watch until ``stop`` is set (or cancelled); the watch ends with it."""
        key: str | None = ""  # matches no key: the first pass always decides
        task: asyncio.Task[None] | None = None
        try:
            while not stop.is_set():
                wanted = self._key()
                if wanted != key or (task is not None and task.done()):
                    if task is not None:
                        await _cancel(task)
                        task = None
                    key = wanted
                    task = self._start(wanted)
                self._check_settled()
                await asyncio.sleep(WATCH_TICK)
        finally:
            if task is not None:
                await _cancel(task)

    def _start(self, key: str | None) -> asyncio.Task[None] | None:
        self._first = self._last = None
        self._fresh = True
        config = self._config()
        reason = "watch_off" if key == "off" else None
        watch: ChangeStream | None = None
        if key not in (None, "off") and config is not None:
            try:
                watch = self._make_watch(config, self.changed, self.state_changed)
            except IdentityConnectError as exc:  # the keyring: say why, and keep the service running
                log.warning("cannot watch the directory for changes: %s", exc.code)
                reason = exc.code
        if watch is None:
            self._on_status(WatchStatus(reason=reason))
            return None
        self._on_status(WatchStatus(reason="watch_starting"))
        return asyncio.create_task(watch.run(), name="agent-watch-stream")

    def changed(self, change: DirectoryChange) -> None:
        self._note_change()

    def _note_change(self) -> None:
        now = time.monotonic()
        if self._first is None:
            self._first = now
        self._last = now

    def state_changed(self, state: WatchState) -> None:
        if state.watching and self._fresh:
            self._fresh = False
            log.info("catching up on changes made while nothing watched")
            self._note_change()
        host = state.host if state.watching else None
        method = str(state.method) if state.watching and state.method is not None else None
        if not state.watching or state.reason is not None:
            log.info("change watch: %s", f"{state.method} on {state.host} ({state.reason})" if host else state.reason)
        else:
            log.info("watching %s for changes (%s)", host, method)
        self._on_status(WatchStatus(host, method, state.reason))

    def _check_settled(self) -> None:
        first, last = self._first, self._last
        if first is None or last is None:
            return
        now = time.monotonic()
        quiet, longest = self._debounce
        if now - last < quiet and now - first < longest:
            return
        if self._busy():
            return
        self._first = self._last = None
        self._settled()


async def _cancel(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
