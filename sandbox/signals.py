"""How the sandbox's long-running commands stop: Ctrl+C, a terminal closing and a wrapper's SIGTERM all end them the
same way, as a KeyboardInterrupt through their own cleanup.

A program that started them in the background (a script's ``cmd &``, a CI step) may have left SIGINT ignored,
and Python then keeps ignoring it: "Press Ctrl+C to stop" would not be true. So SIGINT is taken back too.
"""

from __future__ import annotations

import signal


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def stop_on_signals() -> None:
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)  # Windows has no SIGHUP
        if signum is not None:
            signal.signal(signum, _stop)
