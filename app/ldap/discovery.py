"""Domain controller discovery: DNS SRV records ``_ldap._tcp.dc._msdcs.<domain>`` (RFC 2782 order).

The result is a *suggestion* for the wizard's DC list; the person confirms it. Ordered by priority, then
weight (higher first), then name. ``dns_server``/``port`` query a specific resolver instead of the system's.
"""

from __future__ import annotations

import dns.asyncresolver
import dns.exception
import dns.resolver

from app.ldap.errors import DnsResolutionError, SrvNotFoundError
from app.ldap.validation import validate_hostname


def srv_name(domain: str) -> str:
    return f"_ldap._tcp.dc._msdcs.{validate_hostname(domain)}"


async def discover_domain_controllers(
    domain: str, *, dns_server: str | None = None, port: int = 53, timeout: float = 5.0
) -> list[str]:
    """Host names of the domain's DCs from DNS SRV records, best first. Raises ``SrvNotFoundError``."""
    name = srv_name(domain)
    resolver = dns.asyncresolver.Resolver(configure=dns_server is None)
    if dns_server is not None:
        resolver.nameservers = [validate_hostname(dns_server)]
        resolver.port = port
    resolver.lifetime = timeout
    try:
        answer = await resolver.resolve(name, "SRV")
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        raise SrvNotFoundError("no SRV records", domain=domain, record=name) from None
    except (dns.exception.Timeout, dns.resolver.NoNameservers) as exc:
        raise DnsResolutionError(str(exc), host=name, reason="no_answer") from exc
    records = sorted(answer, key=lambda r: (r.priority, -r.weight, str(r.target).lower()))
    hosts: list[str] = []
    for record in records:
        target = str(record.target).rstrip(".").lower()
        if target and target not in hosts:
            hosts.append(target)
    if not hosts:
        raise SrvNotFoundError("empty SRV answer", domain=domain, record=name)
    return hosts
