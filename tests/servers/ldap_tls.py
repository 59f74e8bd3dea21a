"""Certificates for the test directory servers, made with ``cryptography``: a private CA, server certificates
it signs (optionally expired or for the wrong names), self-signed certificates, and a bare TLS listener that
presents any of them (for TLS failure cases that never get as far as LDAP).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class CertificateAuthority:
    cert_file: Path
    key_file: Path

    def load(self) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
        cert = x509.load_pem_x509_certificate(self.cert_file.read_bytes())
        key = serialization.load_pem_private_key(self.key_file.read_bytes(), password=None)
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        return cert, key


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> None:
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    path.write_bytes(pem)
    path.chmod(0o600)  # Samba refuses a key file others can read


def make_ca(folder: Path, common_name: str = "Zylker Test CA") -> CertificateAuthority:
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(_now() - dt.timedelta(days=1))
        .not_valid_after(_now() + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    ca = CertificateAuthority(folder / "ca.pem", folder / "ca.key")
    ca.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_key(key, ca.key_file)
    return ca


def _server_builder(
    subject_cn: str, dns_names: list[str], ips: list[str], not_before: dt.datetime, not_after: dt.datetime
) -> tuple[x509.CertificateBuilder, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    san: list[x509.GeneralName] = [x509.DNSName(n) for n in dns_names]
    san += [x509.IPAddress(ipaddress.ip_address(ip)) for ip in ips]
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject_cn)]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.SubjectAlternativeName(san), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    )
    return builder, key


def issue_server_cert(
    ca: CertificateAuthority,
    folder: Path,
    dns_names: list[str],
    ips: list[str] = (),  # type: ignore[assignment]
    *,
    expired: bool = False,
    stem: str = "server",
) -> tuple[Path, Path]:
    """A server certificate signed by ``ca``; returns (cert_file, key_file). ``expired`` ended yesterday."""
    folder.mkdir(parents=True, exist_ok=True)
    ca_cert, ca_key = ca.load()
    if expired:
        not_before, not_after = _now() - dt.timedelta(days=30), _now() - dt.timedelta(days=1)
    else:
        not_before, not_after = _now() - dt.timedelta(days=1), _now() + dt.timedelta(days=825)
    builder, key = _server_builder(dns_names[0] if dns_names else ips[0], dns_names, list(ips), not_before, not_after)
    builder = builder.issuer_name(ca_cert.subject).add_extension(
        x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
    )
    cert = builder.sign(ca_key, hashes.SHA256())
    cert_file, key_file = folder / f"{stem}.pem", folder / f"{stem}.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_key(key, key_file)
    return cert_file, key_file


def self_signed_cert(
    folder: Path, dns_names: list[str], ips: list[str] = (), stem: str = "selfsigned"
) -> tuple[Path, Path]:  # type: ignore[assignment]
    folder.mkdir(parents=True, exist_ok=True)
    builder, key = _server_builder(
        dns_names[0], dns_names, list(ips), _now() - dt.timedelta(days=1), _now() + dt.timedelta(days=365)
    )
    cert = builder.issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, dns_names[0])])).sign(
        key, hashes.SHA256()
    )
    cert_file, key_file = folder / f"{stem}.pem", folder / f"{stem}.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_key(key, key_file)
    return cert_file, key_file


class TlsListener:
    """Accepts TLS connections on ``ip:port`` with the given certificate, completes the handshake, then closes.

    Enough for the TLS stage of the diagnostics: verification fails (or passes) before any LDAP is spoken.
    """

    def __init__(self, ip: str, cert_file: Path, key_file: Path, port: int = 0) -> None:
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(cert_file, key_file)
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((ip, port))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.ip = ip
        self.port: int = self._sock.getsockname()[1]
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
            conn.settimeout(2)
            try:
                with self._context.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(1)
            except (OSError, ssl.SSLError):
                pass
            finally:
                conn.close()

    def close(self) -> None:
        self._stop.set()
        self._sock.close()
        self._thread.join(timeout=2)
