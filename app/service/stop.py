"""How a console or service manager asks the agent to stop, on POSIX and Windows.

:func:`install_stop_handlers` calls ``on_stop(name)`` on the agent's event loop when the process is asked to
stop, and returns a function that removes the handlers again.

- POSIX: SIGTERM (service managers, ``kill``) and SIGINT (Ctrl+C), through ``loop.add_signal_handler``.
- Windows: event loops there do not support ``add_signal_handler``. Console control events reach Python as
  SIGINT (Ctrl+C) and SIGBREAK (Ctrl+Break, and the console window closing); a ``signal.signal`` handler,
  which runs on the main thread between bytecodes, hands them to the loop with ``call_soon_threadsafe``
  (which also wakes a loop waiting in ``select``/IOCP). A Windows service's stop request arrives through
  the service framework, which calls :meth:`~app.service.agent.AgentService.stop` the same thread-safe way.

The signal-module path also works on POSIX; ``loop_handlers=False`` selects it there (tests use that to
exercise the Windows path on Linux).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Callable, Coroutine
from types import FrameType
from typing import Any, TypeVar

StopCallback = Callable[[str], None]
T = TypeVar("T")


async def unless_stopped(step: Coroutine[Any, Any, T], stop: asyncio.Event) -> asyncio.Task[T] | None:
    """Run ``step`` unless ``stop`` is set first, in which case it is cancelled (and awaited until it has
    unwound). Returns its finished task (``result()`` gives its value or raises its error), or None when
    stopped."""
    task = asyncio.ensure_future(step)
    stop_wait = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait([task, stop_wait], return_when=asyncio.FIRST_COMPLETED)
    finally:
        stop_wait.cancel()
    if task.done():
        return task
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return None


def stop_signals() -> list[signal.Signals]:
    """The signals that mean "stop gracefully" on this platform."""
    if sys.platform == "win32":
        return [signal.SIGINT, signal.SIGBREAK, signal.SIGTERM]
    return [signal.SIGTERM, signal.SIGINT]


def install_stop_handlers(
    loop: asyncio.AbstractEventLoop, on_stop: StopCallback, *, loop_handlers: bool | None = None
) -> Callable[[], None]:
    """Route the platform's stop requests to ``on_stop`` on ``loop``. Call from the main thread."""
    signums = stop_signals()
    if loop_handlers is None:
        loop_handlers = sys.platform != "win32"
    if loop_handlers:
        for signum in signums:
            loop.add_signal_handler(signum, on_stop, signum.name)

        def remove_loop_handlers() -> None:
            for signum in signums:
                loop.remove_signal_handler(signum)

        return remove_loop_handlers

    def handler(signum: int, _frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        try:
            loop.call_soon_threadsafe(on_stop, name)
        except RuntimeError:  # the loop is already closed: the agent has stopped
            pass

    previous = {signum: signal.signal(signum, handler) for signum in signums}

    def restore() -> None:
        for signum, old in previous.items():
            signal.signal(signum, old)

    return restore
