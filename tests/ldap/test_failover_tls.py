"""Failover on certificate failures: a DC whose certificate is expired or untrusted is skipped for the next one,
with a warning in the agent's log that names it; when every DC fails on its certificate, the certificate error is
what the admin sees.

dc1 is a TLS listener on a loopback address of its own (port 636, the certificate under test); dc2 is the real
Samba AD DC on another loopback address.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from app.ldap.connection import connect
from app.ldap.errors import DirectoryTlsError
from app.ldap.reader import DirectoryReader
from app.logging_setup import configure_logging, shutdown_logging
from tests.servers import loopback
from tests.servers.ldap_tls import CertificateAuthority, TlsListener, issue_server_cert, make_ca
from tests.servers.samba import SambaDC

pytestmark = pytest.mark.samba


@pytest.fixture
def dc1_address() -> Iterator[loopback.LoopbackAddress]:
    address = loopback.allocate()
    yield address
    address.release()


def _samba_ca(dc: SambaDC) -> CertificateAuthority:
    return CertificateAuthority(dc.ca_file, dc.ca_file.with_name("ca.key"))


def _listener(kind: str, address: loopback.LoopbackAddress, dc: SambaDC, folder: Path) -> TlsListener:
    if kind == "expired":  # issued by the CA the agent trusts, but lapsed yesterday
        cert, key = issue_server_cert(_samba_ca(dc), folder, [address.host], [address.ip], expired=True, stem="dc1")
    else:  # valid, but from a CA the agent does not trust
        other = make_ca(folder / "other-ca", "Some Other CA")
        cert, key = issue_server_cert(other, folder, [address.host], [address.ip], stem="dc1")
    return TlsListener(address.ip, cert, key, port=636)


@pytest.mark.parametrize("kind", ["expired", "untrusted"])
def test_a_dc_with_a_bad_certificate_is_skipped_and_named_in_the_log(
    kind: str, samba_dc: SambaDC, dc1_address: loopback.LoopbackAddress, tmp_path: Path
) -> None:
    listener = _listener(kind, dc1_address, samba_dc, tmp_path / "certs")
    log_file = configure_logging(tmp_path / "logs")
    settings = samba_dc.ldap_settings(domain_controllers=[dc1_address.host, samba_dc.host])

    async def scenario() -> tuple[str, list[tuple[str, str]], int]:
        async with await DirectoryReader.open(settings, SecretStr(samba_dc.admin_password)) as reader:
            users = [user async for user in reader.iter_users()]
            return reader.connection.host, reader.connection.skipped, len(users)

    try:
        host, skipped, users = asyncio.run(scenario())
    finally:
        listener.close()
        shutdown_logging()
    assert host == samba_dc.host and users > 0  # the directory was read from dc2
    assert skipped == [(dc1_address.host, f"tls_{kind}")]
    warnings = [line for line in log_file.read_text(encoding="utf-8").splitlines() if " WARNING " in line]
    assert any(dc1_address.host in line and f"tls_{kind}" in line and samba_dc.host in line for line in warnings)


def test_when_every_dc_fails_its_certificate_the_certificate_error_is_raised(
    samba_dc: SambaDC, dc1_address: loopback.LoopbackAddress, tmp_path: Path
) -> None:
    listener = _listener("expired", dc1_address, samba_dc, tmp_path / "certs")
    # dc2 is reached by a name its certificate does not carry.
    settings = samba_dc.ldap_settings(domain_controllers=[dc1_address.host, samba_dc.alias])
    try:
        with pytest.raises(DirectoryTlsError) as info:
            asyncio.run(connect(settings, SecretStr(samba_dc.admin_password)))
    finally:
        listener.close()
    assert info.value.code == "tls_expired" and info.value.details["host"] == dc1_address.host
    assert info.value.details["attempts"] == [
        (dc1_address.host, "tls_expired"),
        (samba_dc.alias, "tls_hostname_mismatch"),
    ]
