"""The TLS stage on its own: a handshake with full verification, the certificate the server presents, and the
CA behind it for an admin who chooses to trust it.

Done with Python's ``ssl`` on a plain socket rather than through ldap3 so that the verification error is
exact (OpenSSL's verify code tells expired, self-signed, untrusted and wrong-host apart) and the presented
certificate can be shown even when it is rejected (a second, unverified handshake reads it). For StartTLS the
LDAP ExtendedRequest (RFC 4511 §4.14) is sent by hand first.

Trusting a private CA (:func:`offer_ca`, :func:`save_trusted_ca`): the whole chain the server presents is read
with verification off, its root is offered only when trusting exactly that root makes a fully verified
handshake (chain, dates and host name) pass, and the admin compares its SHA-256 fingerprint before it is saved
in the agent's own configuration folder as the LDAP settings' CA file. Nothing here ever turns verification
off for the connection that carries the bind password. Python's ``ssl`` only returns the presented chain from
3.13 on (``get_unverified_chain``); before that the chain is read from the handshake itself, which TLS 1.2
sends in the clear, and ``openssl s_client -showcerts`` is the fallback for a server that speaks TLS 1.3 only.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from app.ldap.errors import DirectoryTimeoutError, DirectoryTlsError, UnreachableError
from app.ldap.settings import LdapSettings, TransportSecurity

STARTTLS_OID = b"1.3.6.1.4.1.1466.20037"
# LDAPMessage { messageID 1, ExtendedRequest [APPLICATION 23] { requestName [0] "1.3.6.1.4.1.1466.20037" } }
STARTTLS_REQUEST = bytes([0x30, 0x1D, 0x02, 0x01, 0x01, 0x77, 0x18, 0x80, 0x16]) + STARTTLS_OID


def _read_ber_message(sock: socket.socket) -> bytes:
    head = _recv_exact(sock, 2)
    length = head[1]
    if length & 0x80:
        extra = _recv_exact(sock, length & 0x7F)
        length = int.from_bytes(extra, "big")
    return _recv_exact(sock, length)


def _recv_exact(sock: socket.socket, count: int) -> bytes:
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            raise ConnectionResetError("connection closed during StartTLS")
        data += chunk
    return data


def _skip_header(data: bytes, at: int) -> tuple[int, int]:
    """Return (content start, content length) of the BER element at ``at``."""
    length = data[at + 1]
    start = at + 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[start : start + count], "big")
        start += count
    return start, length


def starttls_result_code(body: bytes) -> int:
    """resultCode of an ExtendedResponse, given the LDAPMessage's content (messageID + protocolOp)."""
    start, length = _skip_header(body, 0)  # messageID INTEGER
    op = start + length
    if body[op] != 0x78:  # [APPLICATION 24] ExtendedResponse
        raise ValueError("not an ExtendedResponse")
    inner, _ = _skip_header(body, op)
    if body[inner] != 0x0A:
        raise ValueError("no resultCode")
    code_start, code_len = _skip_header(body, inner)
    return int.from_bytes(body[code_start : code_start + code_len], "big")


def _open(host: str, port: int, timeout: float) -> socket.socket:
    try:
        return socket.create_connection((host, port), timeout=timeout)
    except TimeoutError:
        raise DirectoryTimeoutError("connect timed out", host=host, port=port) from None
    except OSError as exc:
        raise UnreachableError(str(exc), host=host, port=port, reason="refused") from exc


def _starttls(sock: socket.socket, host: str, port: int) -> None:
    try:
        sock.sendall(STARTTLS_REQUEST)
        body = _read_ber_message(sock)
    except TimeoutError:
        raise DirectoryTimeoutError("no answer to StartTLS", host=host, port=port) from None
    except OSError as exc:
        raise UnreachableError(str(exc), host=host, port=port, reason="connection_lost") from exc
    try:
        code = starttls_result_code(body)
    except (ValueError, IndexError):
        raise DirectoryTlsError(
            "StartTLS answer malformed", code="tls_failed", host=host, reason="starttls_malformed"
        ) from None
    if code != 0:
        raise DirectoryTlsError(
            "StartTLS refused", code="tls_failed", host=host, reason="starttls_refused", result=code
        )


def fingerprint_sha256(der: bytes) -> str:
    """The SHA-256 fingerprint as CA consoles and ``openssl x509 -fingerprint -sha256`` print it (AA:BB:…)."""
    return ":".join(f"{byte:02X}" for byte in hashlib.sha256(der).digest())


def describe_certificate(der: bytes) -> dict[str, object]:
    cert = x509.load_der_x509_certificate(der)
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        names = [str(v) for v in san.get_values_for_type(x509.DNSName)]
        names += [str(v) for v in san.get_values_for_type(x509.IPAddress)]
    except x509.ExtensionNotFound:
        names = []
    common = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return {
        "subject": cert.subject.rfc4514_string(),
        "issuer": cert.issuer.rfc4514_string(),
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "subject_alt_names": names,
        "common_name": str(common[0].value) if common else "",
        "self_signed": cert.subject == cert.issuer,
        "fingerprint_sha256": fingerprint_sha256(der),
    }


def fetch_certificate(host: str, port: int, *, timeout: float, starttls: bool) -> dict[str, object]:
    """The server's certificate, *not* verified (only for showing it after a verification failure)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with _open(host, port, timeout) as raw:
        if starttls:
            _starttls(raw, host, port)
        with context.wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    return describe_certificate(der) if der else {}


# OpenSSL X509_V_ERR_* codes that tell a person something different; anything else is "untrusted"
VERIFY_CODES = {
    9: "tls_expired",  # not yet valid
    10: "tls_expired",
    18: "tls_self_signed",  # the server's own certificate signs itself
    # 19 (the chain ends in a root the server sent but this computer does not trust) is an untrusted CA, as a
    # Windows DC that sends its whole chain presents it: not a self-signed server certificate.
    62: "tls_hostname_mismatch",
    64: "tls_hostname_mismatch",  # IP address mismatch
}


def ssl_context(ca_file: Path | None) -> ssl.SSLContext:
    """Verify the chain (to ``ca_file`` if given, else the system's CAs) and the host name. Never optional."""
    context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context


def verify_tls(host: str, port: int, *, ca_file: Path | None, timeout: float, starttls: bool) -> dict[str, object]:
    """Handshake with chain and host name verification; returns the certificate's details, or raises
    DirectoryTlsError."""
    context = ssl_context(ca_file)
    with _open(host, port, timeout) as raw:
        if starttls:
            _starttls(raw, host, port)
        try:
            with context.wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
                version = tls.version()
        except ssl.SSLCertVerificationError as exc:
            details: dict[str, object] = {}
            try:
                details = fetch_certificate(host, port, timeout=timeout, starttls=starttls)
            except (OSError, ssl.SSLError, DirectoryTlsError, DirectoryTimeoutError, UnreachableError):
                pass
            code = VERIFY_CODES.get(exc.verify_code, "tls_untrusted")
            raise DirectoryTlsError(
                exc.verify_message,
                code=code,
                host=host,
                port=port,
                reason=exc.verify_message,
                verify_code=exc.verify_code,
                **details,
            ) from None
        except TimeoutError:
            raise DirectoryTimeoutError("TLS handshake timed out", host=host, port=port) from None
        except (ssl.SSLError, ConnectionError) as exc:
            raise DirectoryTlsError(str(exc), code="tls_failed", host=host, port=port, reason=str(exc)) from None
    details = describe_certificate(der) if der else {}
    details["tls_version"] = version
    return details


# ---- the chain the server presents, and trusting its CA ----

#: OpenSSL verify codes that say only "the issuing CA is not trusted here" (unable to get issuer certificate,
#: self-signed root in the chain, unable to get local issuer, unable to verify the first certificate).
UNKNOWN_CA_CODES = frozenset({2, 19, 20, 21})


def _handshake_certificates(data: bytes) -> list[bytes] | None:
    """The certificate_list of a TLS 1.2 server Certificate message in ``data`` (the server's bytes from the
    start), or None while it has not fully arrived. RFC 5246 §6.2.1 (records), §7.4.2 (Certificate)."""
    handshake = bytearray()
    at = 0
    while at + 5 <= len(data):
        kind, length = data[at], int.from_bytes(data[at + 3 : at + 5], "big")
        if at + 5 + length > len(data):
            break
        if kind == 22:  # handshake
            handshake += data[at + 5 : at + 5 + length]
        elif kind in (20, 23):  # ChangeCipherSpec / application data: encrypted from here on
            break
        at += 5 + length
    pos = 0
    while pos + 4 <= len(handshake):
        kind, length = handshake[pos], int.from_bytes(handshake[pos + 1 : pos + 4], "big")
        if pos + 4 + length > len(handshake):
            return None
        if kind == 11:
            body = bytes(handshake[pos + 4 : pos + 4 + length])
            total = int.from_bytes(body[:3], "big")
            certificates, index = [], 3
            while index + 3 <= min(len(body), 3 + total):
                size = int.from_bytes(body[index : index + 3], "big")
                certificates.append(body[index + 3 : index + 3 + size])
                index += 3 + size
            return certificates
        pos += 4 + length
    return None


def _chain_over_tls12(raw: socket.socket, host: str) -> list[bytes]:
    """Start a TLS 1.2 handshake with verification off and read the Certificate message off the wire."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.maximum_version = ssl.TLSVersion.TLSv1_2
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = context.wrap_bio(incoming, outgoing, server_hostname=host)
    received = bytearray()
    while True:
        try:
            tls.do_handshake()
        except ssl.SSLWantReadError:
            pass
        else:
            break
        pending = outgoing.read()
        if pending:
            raw.sendall(pending)
        chunk = raw.recv(65536)
        if not chunk:
            raise ConnectionResetError("connection closed during the TLS handshake")
        received += chunk
        incoming.write(chunk)
        certificates = _handshake_certificates(bytes(received))
        if certificates is not None:
            return certificates  # all that is needed; the rest of the handshake would change nothing
    return _handshake_certificates(bytes(received)) or []


def _chain_from_openssl(host: str, port: int, *, timeout: float, starttls: bool) -> list[bytes]:
    tool = shutil.which("openssl")
    if tool is None:
        return []
    command = [tool, "s_client", "-connect", f"{host}:{port}", "-servername", host, "-showcerts"]
    if starttls:
        command += ["-starttls", "ldap"]
    try:
        done = subprocess.run(command, input=b"", capture_output=True, timeout=timeout + 5, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    text = done.stdout.decode("ascii", "replace")
    begin, end = "-----BEGIN CERTIFICATE-----", "-----END CERTIFICATE-----"
    chain = []
    for part in text.split(begin)[1:]:
        body = part.split(end)[0]
        chain.append(ssl.PEM_cert_to_DER_cert(f"{begin}{body}{end}\n"))
    return chain


def fetch_chain(host: str, port: int, *, timeout: float, starttls: bool) -> list[bytes]:
    """Every certificate the server presents (DER, the server's own first), *not* verified."""
    with _open(host, port, timeout) as raw:
        if starttls:
            _starttls(raw, host, port)
        if hasattr(ssl.SSLSocket, "get_unverified_chain"):  # Python 3.13+
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            with context.wrap_socket(raw, server_hostname=host) as tls:
                return [bytes(der) for der in getattr(tls, "get_unverified_chain")()]  # noqa: B009 (3.13+ only)
        try:
            return _chain_over_tls12(raw, host)
        except ssl.SSLError:
            pass  # no TLS 1.2 on this server: its Certificate message is encrypted, ask openssl instead
    return _chain_from_openssl(host, port, timeout=timeout, starttls=starttls)


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    if cert.issuer != issuer.subject:
        return False
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def root_of_chain(chain: list[bytes]) -> bytes | None:
    """The root CA at the top of the presented chain, when each certificate is signed by the next one and the
    last is a CA that signs itself; None when the server does not send its root."""
    try:
        certs = [x509.load_der_x509_certificate(der) for der in chain]
    except ValueError:
        return None
    if len(certs) < 2:
        return None
    for cert, issuer in zip(certs, certs[1:], strict=False):
        if not _issued_by(cert, issuer):
            return None
    top = certs[-1]
    return chain[-1] if _is_ca(top) and _issued_by(top, top) else None


class CaOfferStatus(StrEnum):
    """What :func:`offer_ca` found."""

    OFFERED = "offered"  # the server's root CA: trusting it makes the check pass
    NOT_PRESENTED = "not_presented"  # the server does not send the certificate of the CA that issued its own
    OTHER_PROBLEM = "other_problem"  # trusting the CA would not be enough (``code`` says what else is wrong)
    ALREADY_TRUSTED = "already_trusted"  # the check passes as it is


@dataclass(frozen=True)
class CaOffer:
    status: CaOfferStatus
    #: The CA's certificate as PEM (OFFERED only), and its details as :func:`describe_certificate` gives them.
    pem: str = ""
    certificate: dict[str, object] = field(default_factory=dict)
    #: The error code that would remain after trusting the CA (OTHER_PROBLEM only).
    code: str | None = None


def offer_ca(host: str, port: int, *, timeout: float, starttls: bool, ca_file: Path | None = None) -> CaOffer:
    """Read the chain ``host`` presents and decide whether its root CA can be offered for trust (blocking).

    Raises what :func:`verify_tls` raises for a server that cannot be reached.
    """
    try:
        verify_tls(host, port, ca_file=ca_file, timeout=timeout, starttls=starttls)
    except DirectoryTlsError as exc:
        if exc.details.get("verify_code") not in UNKNOWN_CA_CODES:
            return CaOffer(CaOfferStatus.OTHER_PROBLEM, code=exc.code)
    else:
        return CaOffer(CaOfferStatus.ALREADY_TRUSTED)
    root = root_of_chain(fetch_chain(host, port, timeout=timeout, starttls=starttls))
    if root is None:
        return CaOffer(CaOfferStatus.NOT_PRESENTED)
    pem = ssl.DER_cert_to_PEM_cert(root)
    with tempfile.TemporaryDirectory() as folder:
        candidate = Path(folder) / "ca.pem"
        candidate.write_text(pem, encoding="ascii")
        try:
            verify_tls(host, port, ca_file=candidate, timeout=timeout, starttls=starttls)
        except DirectoryTlsError as exc:
            return CaOffer(CaOfferStatus.OTHER_PROBLEM, code=exc.code)
    return CaOffer(CaOfferStatus.OFFERED, pem=pem, certificate=describe_certificate(root))


async def offer_ca_for(settings: LdapSettings, host: str) -> CaOffer:
    """:func:`offer_ca` for one DC of ``settings``, off the calling thread."""
    return await asyncio.to_thread(
        offer_ca,
        host,
        settings.effective_port,
        timeout=settings.connect_timeout,
        starttls=settings.security is TransportSecurity.STARTTLS,
        ca_file=settings.ca_file,
    )


TRUSTED_CA_PREFIX = "ldap-ca-"


def save_trusted_ca(folder: Path, pem: str) -> Path:
    """Store a CA certificate the admin chose to trust in ``folder`` (the agent's configuration folder) and
    return its path, for the LDAP settings' CA file. Named by fingerprint, so a CA already in use by a running
    agent is never overwritten by another one; written atomically."""
    der = ssl.PEM_cert_to_DER_cert(pem)
    cert = x509.load_der_x509_certificate(der)  # refuse anything that is not one certificate
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"{TRUSTED_CA_PREFIX}{hashlib.sha256(der).hexdigest()[:16]}.pem"
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".ca-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(cert.public_bytes(serialization.Encoding.PEM))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
