"""A tiny authoritative DNS responder on loopback (UDP, random port) that serves SRV records, for discovery tests.

Answers SRV queries for the names it was given, NXDOMAIN for everything else. Built on dnspython's message
codec; one thread, stopped by :meth:`SrvResponder.close`.
"""

from __future__ import annotations

import socket
import threading

import dns.flags
import dns.message
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset


class SrvResponder:
    def __init__(self, records: dict[str, list[tuple[int, int, int, str]]], ip: str = "127.0.0.1") -> None:
        """``records``: SRV owner name -> [(priority, weight, port, target)]."""
        self.records = {name.rstrip(".").lower(): value for name, value in records.items()}
        self.queries: list[str] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind((ip, 0))
        self._sock.settimeout(0.2)
        self.ip = ip
        self.port: int = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                wire, peer = self._sock.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            query = dns.message.from_wire(wire)
            reply = dns.message.make_response(query)
            reply.flags |= dns.flags.AA
            question = query.question[0]
            name = question.name.to_text().rstrip(".").lower()
            self.queries.append(name)
            found = self.records.get(name)
            if found is None or question.rdtype != dns.rdatatype.SRV:
                reply.set_rcode(dns.rcode.NXDOMAIN)
            else:
                rrset = dns.rrset.from_text_list(
                    question.name,
                    600,
                    dns.rdataclass.IN,
                    dns.rdatatype.SRV,
                    [f"{prio} {weight} {port} {target}." for prio, weight, port, target in found],
                )
                reply.answer.append(rrset)
            self._sock.sendto(reply.to_wire(), peer)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._sock.close()
