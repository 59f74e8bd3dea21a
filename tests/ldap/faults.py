"""Fault servers on loopback for the directory tests: a socket that accepts and never answers, and a relay in
front of a real server that stalls or cuts its connections on demand."""

from __future__ import annotations

import contextlib
import select
import socket
import threading


class BlackholeServer:
    """Accepts TCP connections and never sends a byte (a hung DC, a firewall that eats replies)."""

    def __init__(self, ip: str = "127.0.0.1", port: int = 0) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((ip, port))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.port: int = self._sock.getsockname()[1]
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._held.append(conn)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        for conn in self._held:
            conn.close()
        self._sock.close()


class FaultProxy:
    """A TCP relay in front of a real server that misbehaves on demand, for faults the server cannot make itself.

    Bytes pass through unchanged (TLS included: the client still talks to the real server). On demand:

    * :meth:`stall` — the connections open now stop relaying in both directions but stay open: no FIN, no RST,
      no data (a NAT or firewall that dropped the flow's state, a half-dead link). New connections relay.
    * :meth:`cut` — the connections open now are closed on both sides (the stream ends under the client).
    * :meth:`refuse` — new connections are accepted and closed at once while on (the server's port unusable).
    """

    def __init__(self, target: tuple[str, int], ip: str = "127.0.0.1", port: int = 0) -> None:
        self._target = target
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((ip, port))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.ip = ip
        self.port: int = self._sock.getsockname()[1]
        self.accepted = 0  # connections accepted so far (refused ones included)
        self._refusing = False
        self._lock = threading.Lock()
        self._pairs: list[_Pair] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fault-proxy", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted += 1
            if self._refusing:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self._target, timeout=5)
            except OSError:
                client.close()
                continue
            pair = _Pair(client, upstream)
            with self._lock:
                self._pairs = [p for p in self._pairs if not p.closed.is_set()]
                self._pairs.append(pair)
            pair.start()

    def _current(self) -> list[_Pair]:
        with self._lock:
            return [p for p in self._pairs if not p.closed.is_set()]

    @property
    def open_connections(self) -> int:
        return len(self._current())

    def stall(self) -> int:
        """Stop relaying on every open connection, keeping it open; returns how many were stalled."""
        pairs = self._current()
        for pair in pairs:
            pair.stalled.set()
        return len(pairs)

    def cut(self) -> int:
        """Close every open connection on both sides; returns how many were closed."""
        pairs = self._current()
        for pair in pairs:
            pair.close()
        return len(pairs)

    def refuse(self, on: bool = True) -> None:
        self._refusing = on

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        for pair in self._current():
            pair.close()
        self._sock.close()


class _Pair:
    """One relayed connection: a thread copying bytes both ways until either side closes (or :meth:`close`)."""

    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client = client
        self.upstream = upstream
        self.stalled = threading.Event()
        self.closed = threading.Event()
        self._thread = threading.Thread(target=self._relay, name="fault-proxy-pair", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _relay(self) -> None:
        peers = {self.client: self.upstream, self.upstream: self.client}
        try:
            while not self.closed.is_set():
                if self.stalled.is_set():
                    # Nothing is read, so nothing is relayed and no close is seen: the flow is simply silent.
                    self.closed.wait(0.1)
                    continue
                ready, _, _ = select.select(list(peers), [], [], 0.1)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
        except OSError:
            return
        finally:
            self.close()

    def close(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        for sock in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
