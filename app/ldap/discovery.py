"""Domain controller discovery: DNS SRV records ``_ldap._tcp.dc._msdcs.<domain>`` (RFC 2782 order).

The result is a *suggestion* for the DC list; the person confirms it. Ordered by priority, then weight (higher
first), then name. ``dns_server``/``port`` query a specific resolver instead of the system's.

DNS answers are not trusted to pick servers on their own: the agent sends the bind password to whichever DC it
connects to, and an SRV record can name any host (a stale record, a poisoned cache, a zone someone else
controls). Each target therefore says whether it lies inside the domain (``dc1.corp.example.com`` for
``corp.example.com``, compared label by label, case-insensitively); the front ends use those directly and show
the others as unconfirmed until the admin accepts them by name.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

import dns.asyncresolver
import dns.exception
import dns.resolver

from app.ldap.errors import DnsResolutionError, HostInvalidError, SrvNotFoundError
from app.ldap.validation import validate_hostname


@dataclass(frozen=True)
class SrvTarget:
    """One domain controller named by DNS. ``in_domain``: its name lies inside the domain that was asked."""

    host: str
    port: int
    in_domain: bool


def srv_name(domain: str) -> str:
    return f"_ldap._tcp.dc._msdcs.{validate_hostname(domain)}"


def in_domain(host: str, domain: str) -> bool:
    """Whether ``host`` is ``domain`` or a name under it, on a label boundary (``evilcorp.example.com`` is not
    under ``corp.example.com``). Case and a trailing dot do not matter; an IP address is never inside."""
    try:
        name, zone = validate_hostname(host), validate_hostname(domain)
    except HostInvalidError:
        return False
    try:
        ipaddress.ip_address(name)
    except ValueError:
        pass
    else:
        return False  # validate_hostname accepts IP literals too; an address is in no domain
    return name == zone or name.endswith("." + zone)


async def discover_domain_controllers(
    domain: str, *, dns_server: str | None = None, port: int = 53, timeout: float = 5.0
) -> list[SrvTarget]:
    """The domain's DCs from DNS SRV records, best first. Raises ``SrvNotFoundError``.

    Targets that are not host names (RFC 2782's "." for "no such service", anything that does not validate)
    are left out.
    """
    zone = validate_hostname(domain)
    name = srv_name(zone)
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
    targets: list[SrvTarget] = []
    for record in records:
        try:
            host = validate_hostname(record.target.to_text(omit_final_dot=True))
        except HostInvalidError:
            continue
        if host not in [t.host for t in targets]:
            targets.append(SrvTarget(host=host, port=int(record.port), in_domain=in_domain(host, zone)))
    if not targets:
        raise SrvNotFoundError("empty SRV answer", domain=domain, record=name)
    return targets
