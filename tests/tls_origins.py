"""Where each TLS client socket of a test run was opened, so a socket dropped without close names its origin.

Python reports such a socket only when the garbage collector finds it ("unclosed <ssl.SSLSocket … laddr=…>"),
often in a later test and without a traceback unless tracemalloc runs (which slows the suite several-fold).
Recording a short stack per TLS socket, keyed by its local port, is cheap; :func:`describe_leaks` turns the
collector's warnings into messages that say where each leaked socket was opened.
"""

from __future__ import annotations

import re
import ssl
import traceback
from typing import Any

_ORIGINS: dict[int, str] = {}
_LOCAL_PORT = re.compile(r"laddr=\('[^']*', (\d+)\)")
_wrap_socket = ssl.SSLContext.wrap_socket


def _recording_wrap_socket(self: ssl.SSLContext, sock: Any, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
    tls = _wrap_socket(self, sock, *args, **kwargs)
    if not kwargs.get("server_side"):
        try:
            port = tls.getsockname()[1]
        except OSError:
            return tls
        _ORIGINS[port] = "".join(traceback.format_stack(limit=30)[:-1])
    return tls


def install() -> None:
    ssl.SSLContext.wrap_socket = _recording_wrap_socket  # type: ignore[method-assign]


def describe_leaks(messages: list[str]) -> str:
    parts = []
    for message in messages:
        match = _LOCAL_PORT.search(message)
        origin = _ORIGINS.get(int(match.group(1))) if match else None
        parts.append(f"{message}\nopened at:\n{origin or '(not a recorded TLS socket)'}")
    return "\n\n".join(parts)
