"""Staged connection diagnostics: what the wizard's checklist and ``check-ldap`` show.

For each configured DC, in order, stopping at that DC's first failure::

    host      host name syntax; with LDAPS a fully qualified name (the certificate names the FQDN)
    dns       the name resolves (addresses in ``data``)
    tcp       something accepts TCP on host:port ("unreachable" -> the UI offers Retry)
    tls       handshake with chain + host name verification (certificate subject/issuer/expiry in ``data``);
              for plain LDAP (explicitly allowed) it passes with detail ``tls_not_used``
    bind      simple bind with the configured identity (wrong password / disabled / locked told apart)
    root_dse  naming contexts, AD or other LDAP, supported controls
    read      the bind account can see users under the base DN

Each result is a :class:`StageResult` whose ``detail`` and ``hint`` are *codes* (an error code from
:mod:`app.ldap`'s list, or a success code such as ``resolved``); ``data`` carries what a message shows.
The UI translates codes; the CLI uses :mod:`app.messages`.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import ldap3
from pydantic import SecretStr

from app.errors import DirectoryError
from app.ldap.connection import DirectoryConnection, check_bind_identity, check_host, open_connection
from app.ldap.errors import (
    BaseDnNotFoundError,
    DirectoryTimeoutError,
    DnsResolutionError,
    InsufficientRightsError,
    UnreachableError,
)
from app.ldap.reader import AD_USER_FILTER, DirectoryFlavor, RootDse, _check_result, _entries, read_root_dse
from app.ldap.settings import LdapSettings, TransportSecurity
from app.ldap.tls_probe import verify_tls


class Stage(StrEnum):
    HOST = "host"
    DNS = "dns"
    TCP = "tcp"
    TLS = "tls"
    BIND = "bind"
    ROOT_DSE = "root_dse"
    READ = "read"


# What to do about each failure; codes the UI and the CLI turn into words.
HINTS: Mapping[str, str] = {
    "host_invalid": "check_host_spelling",
    "host_not_fqdn": "use_fqdn",
    "dn_invalid": "check_bind_dn",
    "dns_failed": "check_dns",
    "unreachable": "check_server_running_retry",
    "timeout": "check_port_firewall",
    "tls_untrusted": "provide_ca_file",
    "tls_self_signed": "use_ca_signed_certificate",
    "tls_expired": "renew_certificate",
    "tls_hostname_mismatch": "use_name_in_certificate",
    "tls_failed": "check_tls_mode",
    "bind_invalid_credentials": "check_user_password",
    "bind_account_disabled": "enable_account",
    "bind_account_locked": "unlock_account",
    "bind_password_expired": "change_password",
    "bind_not_permitted": "check_account_restrictions",
    "bind_failed": "check_user_password",
    "strong_auth_required": "use_tls",
    "insufficient_rights": "grant_read_rights",
    "base_dn_not_found": "check_base_dn",
    "operation_failed": "see_details",
}


@dataclass(frozen=True)
class StageResult:
    dc: str
    stage: Stage
    ok: bool
    detail: str
    hint: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "dc": self.dc,
            "name": self.stage.value,
            "ok": self.ok,
            "detail": self.detail,
            "hint": self.hint,
            "data": dict(self.data),
        }


@dataclass(frozen=True)
class DiagnosticsReport:
    results: tuple[StageResult, ...]

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(r.ok for r in self.results)


def _failure(dc: str, stage: Stage, error: DirectoryError) -> StageResult:
    data = {k: v for k, v in error.details.items() if isinstance(v, str | int | float | bool | list | type(None))}
    return StageResult(dc=dc, stage=stage, ok=False, detail=error.code, hint=HINTS.get(error.code), data=data)


async def _resolve(host: str, port: int, timeout: float) -> list[str]:
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout)
    except TimeoutError:
        raise DnsResolutionError("resolution timed out", host=host, reason="timeout") from None
    except socket.gaierror as exc:
        raise DnsResolutionError(str(exc), host=host, reason="not_found") from exc
    return sorted({str(info[4][0]) for info in infos})


async def _tcp(host: str, port: int, timeout: float) -> str:
    try:
        _reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    except TimeoutError:
        raise DirectoryTimeoutError("connect timed out", host=host, port=port) from None
    except OSError as exc:
        raise UnreachableError(str(exc), host=host, port=port, reason="refused") from exc
    peer = writer.get_extra_info("peername")
    writer.close()
    try:
        await writer.wait_closed()
    except OSError:
        pass
    return str(peer[0]) if peer else host


async def _read_check(connection: DirectoryConnection, settings: LdapSettings, root: RootDse) -> dict[str, Any]:
    base = settings.base_dn or root.default_naming_context or settings.effective_base_dn
    user_filter = AD_USER_FILTER if root.flavor is DirectoryFlavor.ACTIVE_DIRECTORY else settings.user_object_filter

    def read() -> int:
        conn = connection.conn
        conn.search(base, user_filter, ldap3.SUBTREE, attributes=[ldap3.NO_ATTRIBUTES], size_limit=5)
        result = (conn.result or {}).get("result")
        if result == 4:  # sizeLimitExceeded: there are more users than asked for; fine
            return len(_entries(conn))
        _check_result(conn, connection.host, base)
        return len(_entries(conn))

    try:
        seen = await connection.call(read)
    except BaseDnNotFoundError:
        # The rootDSE lists the base as a naming context, yet the search says it does not exist: the server is
        # hiding it from this account (OpenLDAP answers noSuchObject instead of revealing what exists).
        if base.lower() in {nc.lower() for nc in root.naming_contexts}:
            raise InsufficientRightsError("base not visible", base_dn=base, identity=settings.bind_identity) from None
        raise
    if seen == 0:
        raise InsufficientRightsError("no users visible", base_dn=base, identity=settings.bind_identity)
    return {"base_dn": base, "users_seen": seen}


async def _check_dc(settings: LdapSettings, password: SecretStr, dc: str, emit: Callable[[StageResult], None]) -> None:
    port = settings.effective_port
    stage = Stage.HOST
    connection: DirectoryConnection | None = None
    try:
        host = check_host(settings, dc)
        check_bind_identity(settings.bind_identity)
        emit(StageResult(dc, stage, True, "host_valid", data={"host": host}))

        stage = Stage.DNS
        addresses = await _resolve(host, port, settings.connect_timeout)
        emit(StageResult(dc, stage, True, "resolved", data={"addresses": addresses}))

        stage = Stage.TCP
        peer = await _tcp(host, port, settings.connect_timeout)
        emit(StageResult(dc, stage, True, "reachable", data={"address": peer, "port": port}))

        stage = Stage.TLS
        if settings.security is TransportSecurity.PLAIN:
            emit(StageResult(dc, stage, True, "tls_not_used", hint="plain_ldap_unencrypted", data={"port": port}))
        else:
            cert = await asyncio.to_thread(
                verify_tls,
                host,
                port,
                ca_file=settings.ca_file,
                timeout=settings.connect_timeout,
                starttls=settings.security is TransportSecurity.STARTTLS,
            )
            emit(StageResult(dc, stage, True, "tls_verified", data=cert))

        stage = Stage.BIND
        connection = await open_connection(settings, password, host)
        emit(StageResult(dc, stage, True, "bound", data={"identity": settings.bind_identity}))

        stage = Stage.ROOT_DSE
        root = await read_root_dse(connection)
        emit(StageResult(dc, stage, True, "root_dse_read", data=root.as_data()))

        stage = Stage.READ
        seen = await _read_check(connection, settings, root)
        emit(StageResult(dc, stage, True, "users_visible", data=seen))
    except DirectoryError as error:
        emit(_failure(dc, stage, error))
    finally:
        if connection is not None:
            await connection.close()


async def run_diagnostics(
    settings: LdapSettings,
    password: SecretStr,
    *,
    on_stage: Callable[[StageResult], None] | None = None,
) -> DiagnosticsReport:
    """Check every configured DC stage by stage; ``on_stage`` sees each result as it finishes."""
    results: list[StageResult] = []

    def emit(result: StageResult) -> None:
        results.append(result)
        if on_stage is not None:
            on_stage(result)

    for dc in settings.domain_controllers:
        await _check_dc(settings, password, dc, emit)
    return DiagnosticsReport(tuple(results))
