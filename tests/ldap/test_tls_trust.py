"""Trusting a directory's private CA: the chain a real Samba AD DC presents, the root offered only when trusting
it is the whole fix, its fingerprint, and the saved CA file that then makes the staged check pass."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from pydantic import SecretStr

from app.ldap.diagnostics import Stage, run_diagnostics
from app.ldap.settings import TransportSecurity
from app.ldap.tls_probe import (
    CaOfferStatus,
    _chain_from_openssl,
    fetch_chain,
    offer_ca,
    offer_ca_for,
    save_trusted_ca,
)
from tests.servers import loopback
from tests.servers.ldap_tls import TlsListener, issue_server_cert, make_ca
from tests.servers.samba import SambaDC

pytestmark = pytest.mark.samba


def sha256_of_pem(path: Path) -> str:
    digest = x509.load_pem_x509_certificate(path.read_bytes()).fingerprint(hashes.SHA256())
    return ":".join(f"{b:02X}" for b in digest)


def serve_whole_chain(dc: SambaDC) -> None:
    """Make the DC send its CA after its own certificate, as a Windows DC with an enterprise CA does."""
    cert = dc.dir / "private" / "tls-own" / "cert.pem"
    cert.write_bytes(cert.read_bytes() + dc.ca_file.read_bytes())
    dc.stop_process()
    dc.start()


@pytest.fixture
def chain_dc(samba_dc_fresh: SambaDC) -> SambaDC:
    serve_whole_chain(samba_dc_fresh)
    return samba_dc_fresh


def _last_tls(settings: object, password: str) -> tuple[bool, str, dict[str, object]]:
    report = asyncio.run(run_diagnostics(settings, SecretStr(password)))  # type: ignore[arg-type]
    result = next(r for r in report.results if r.stage is Stage.TLS)
    return result.ok, result.detail, dict(result.data)


def test_unknown_ca_fails_then_trusting_the_offered_root_passes(chain_dc: SambaDC, tmp_path: Path) -> None:
    ok, code, data = _last_tls(chain_dc.ldap_settings(ca_file=None), chain_dc.admin_password)
    assert not ok and code == "tls_untrusted"
    assert data["verify_code"] == 19 and "self-signed certificate in certificate chain" in str(data["reason"])
    assert data["subject"] == f"CN={chain_dc.host}" and data["issuer"] == "CN=Zylker Test CA"

    offer = asyncio.run(offer_ca_for(chain_dc.ldap_settings(ca_file=None), chain_dc.host))
    assert offer.status is CaOfferStatus.OFFERED
    assert offer.certificate["subject"] == "CN=Zylker Test CA"
    assert offer.certificate["fingerprint_sha256"] == sha256_of_pem(chain_dc.ca_file)

    config_dir = tmp_path / "agent"
    saved = save_trusted_ca(config_dir, offer.pem)
    assert saved.parent == config_dir and saved.read_bytes() == chain_dc.ca_file.read_bytes()
    assert sha256_of_pem(saved) == offer.certificate["fingerprint_sha256"]
    report = asyncio.run(run_diagnostics(chain_dc.ldap_settings(ca_file=saved), SecretStr(chain_dc.admin_password)))
    assert report.ok, [(r.stage, r.detail) for r in report.results]


def test_starttls_presents_the_same_chain(chain_dc: SambaDC) -> None:
    over_ldaps = fetch_chain(chain_dc.ip, 636, timeout=3, starttls=False)
    over_starttls = fetch_chain(chain_dc.ip, 389, timeout=3, starttls=True)
    assert len(over_ldaps) == 2 and over_ldaps == over_starttls
    assert over_ldaps[1] == ssl.PEM_cert_to_DER_cert(chain_dc.ca_file.read_text())
    offer = asyncio.run(
        offer_ca_for(chain_dc.ldap_settings(ca_file=None, security=TransportSecurity.STARTTLS), chain_dc.host)
    )
    assert offer.status is CaOfferStatus.OFFERED


def test_openssl_reads_the_same_chain_as_the_handshake(chain_dc: SambaDC) -> None:
    assert _chain_from_openssl(chain_dc.ip, 636, timeout=3, starttls=False) == fetch_chain(
        chain_dc.ip, 636, timeout=3, starttls=False
    )


def test_a_dc_that_does_not_send_its_ca_gets_no_offer(samba_dc: SambaDC) -> None:
    chain = fetch_chain(samba_dc.ip, 636, timeout=3, starttls=False)
    assert len(chain) == 1 and x509.load_der_x509_certificate(chain[0]).subject.rfc4514_string() == (
        f"CN={samba_dc.host}"
    )
    offer = offer_ca(samba_dc.host, 636, timeout=3, starttls=False)
    assert offer.status is CaOfferStatus.NOT_PRESENTED and not offer.pem


def test_no_offer_when_the_ca_is_not_the_only_problem(chain_dc: SambaDC) -> None:
    offer = offer_ca(chain_dc.alias, 636, timeout=3, starttls=False)
    assert offer.status is CaOfferStatus.OTHER_PROBLEM and offer.code == "tls_hostname_mismatch"
    trusted = offer_ca(chain_dc.host, 636, timeout=3, starttls=False, ca_file=chain_dc.ca_file)
    assert trusted.status is CaOfferStatus.ALREADY_TRUSTED


@pytest.fixture
def spare_address() -> Iterator[loopback.LoopbackAddress]:
    address = loopback.allocate()
    yield address
    address.release()


def test_a_tls13_only_server_is_read_through_openssl(spare_address: loopback.LoopbackAddress, tmp_path: Path) -> None:
    ca = make_ca(tmp_path / "ca", "Private Root")
    cert, key = issue_server_cert(ca, tmp_path, [spare_address.host], [spare_address.ip])
    cert.write_bytes(cert.read_bytes() + ca.cert_file.read_bytes())
    listener = TlsListener(spare_address.ip, cert, key)
    listener._context.minimum_version = ssl.TLSVersion.TLSv1_3
    try:
        offer = offer_ca(spare_address.host, listener.port, timeout=3, starttls=False)
    finally:
        listener.close()
    assert offer.status is CaOfferStatus.OFFERED
    assert offer.certificate["fingerprint_sha256"] == sha256_of_pem(ca.cert_file)


def test_saving_refuses_what_is_not_a_certificate(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        save_trusted_ca(tmp_path, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    assert not list(tmp_path.glob("ldap-ca-*"))
