"""The agent's password-sync identity: its own CA, the receiver's certificate, the envelope key pair.

- **CA** (EC P-256, 10 years): issues the receiver's server certificate and one client certificate per DC
  agent at install time. The DC agents trust only this CA for the agent, and the agent accepts only DC agents
  whose certificate this CA issued (mutual TLS).
- **Envelope keys**: DC agents seal each captured password to a public half, so what waits in a DC's spool is
  readable by this agent alone. X25519 for the DC agent on Samba (envelope v1); EC P-256 for the password
  filter on Windows DCs (envelope v2), which seals with Windows CNG, where X25519 agreement is not offered.
  An identity saved before v2 existed gets its P-256 key on the next :meth:`PasswordSyncIdentity.load_or_create`.

The private keys live in the keyring (one entry, :attr:`SecretName.PASSWORD_SYNC_KEYS`); the certificates and
public keys, which are not secret, in the config folder's ``password-sync/``. Nothing private touches disk.
"""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.private_files import ensure_private_dir, write_private_atomic
from app.secrets import SecretName, SecretStore

CA_NAME = "Identity Connect password sync CA"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _pem_key(key: ec.EllipticCurvePrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def _pem_cert(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class IssuedCertificate:
    """A certificate and its private key, both PEM; the key is handed over once and never kept by the agent."""

    certificate_pem: bytes
    key_pem: bytes


@dataclass
class PasswordSyncIdentity:
    ca_key: ec.EllipticCurvePrivateKey
    ca_cert: x509.Certificate
    envelope_key: X25519PrivateKey
    envelope_key_p256: ec.EllipticCurvePrivateKey

    @classmethod
    def create(cls) -> PasswordSyncIdentity:
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, CA_NAME)])
        now = _now()
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        return cls(
            ca_key=key,
            ca_cert=cert,
            envelope_key=X25519PrivateKey.generate(),
            envelope_key_p256=ec.generate_private_key(ec.SECP256R1()),
        )

    # --- keyring + config folder ---------------------------------------------------------------------------

    def secret_value(self) -> str:
        envelope = self.envelope_key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        return json.dumps(
            {
                "ca_key": _pem_key(self.ca_key),
                "envelope_key": base64.b64encode(envelope).decode(),
                "envelope_key_p256": _pem_key(self.envelope_key_p256),
            }
        )

    def save(self, secrets: SecretStore, folder: Path) -> None:
        secrets.set(SecretName.PASSWORD_SYNC_KEYS, self.secret_value())
        ensure_private_dir(folder)
        write_private_atomic(folder / "ca.pem", _pem_cert(self.ca_cert))
        write_private_atomic(folder / "envelope.pub", self.envelope_public_b64().encode("ascii"))

    @classmethod
    def load(cls, secrets: SecretStore, folder: Path) -> PasswordSyncIdentity | None:
        value = secrets.get(SecretName.PASSWORD_SYNC_KEYS)
        ca_file = folder / "ca.pem"
        if not value or not ca_file.exists():
            return None
        data = json.loads(value)
        ca_key = serialization.load_pem_private_key(data["ca_key"].encode("ascii"), password=None)
        if not isinstance(ca_key, ec.EllipticCurvePrivateKey):
            raise ValueError("the stored password-sync CA key is not an EC key")
        if data.get("envelope_key_p256"):
            p256 = serialization.load_pem_private_key(data["envelope_key_p256"].encode("ascii"), password=None)
            if not isinstance(p256, ec.EllipticCurvePrivateKey) or not isinstance(p256.curve, ec.SECP256R1):
                raise ValueError("the stored P-256 envelope key is not a P-256 key")
            upgraded = False
        else:
            p256, upgraded = ec.generate_private_key(ec.SECP256R1()), True
        found = cls(
            ca_key=ca_key,
            ca_cert=x509.load_pem_x509_certificate(ca_file.read_bytes()),
            envelope_key=X25519PrivateKey.from_private_bytes(base64.b64decode(data["envelope_key"])),
            envelope_key_p256=p256,
        )
        if upgraded:
            # Saved before envelope v2: keep the CA and X25519 key, add the P-256 key to the same secret.
            found.save(secrets, folder)
        return found

    @classmethod
    def load_or_create(cls, secrets: SecretStore, folder: Path) -> PasswordSyncIdentity:
        found = cls.load(secrets, folder)
        if found is None:
            found = cls.create()
            found.save(secrets, folder)
        return found

    # --- what it issues --------------------------------------------------------------------------------------

    def envelope_public_b64(self) -> str:
        raw = self.envelope_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode("ascii")

    def envelope_public_p256(self) -> bytes:
        """The P-256 envelope public key as the password filter takes it: the uncompressed point (65 bytes)."""
        return self.envelope_key_p256.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )

    def envelope_public_p256_b64(self) -> str:
        return base64.b64encode(self.envelope_public_p256()).decode("ascii")

    def ca_pem(self) -> bytes:
        return _pem_cert(self.ca_cert)

    def issue(self, common_name: str, *, server_names: list[str] | None = None, client: bool) -> IssuedCertificate:
        """A leaf certificate for a DC agent (``client=True``) or the agent's receiver (``server_names``)."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = _now()
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
            .issuer_name(self.ca_cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=825))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH if client else ExtendedKeyUsageOID.SERVER_AUTH]),
                critical=False,
            )
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.ca_key.public_key()), critical=False)
        )
        names: list[x509.GeneralName] = []
        for value in server_names or ([common_name] if not client else []):
            try:
                names.append(x509.IPAddress(ipaddress.ip_address(value)))
            except ValueError:
                names.append(x509.DNSName(value))
        if names:
            builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        cert = builder.sign(self.ca_key, hashes.SHA256())
        return IssuedCertificate(_pem_cert(cert), _pem_key(key).encode("ascii"))
