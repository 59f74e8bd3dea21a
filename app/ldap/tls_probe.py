"""The TLS stage on its own: a handshake with full verification, and the certificate the server presents.

Done with Python's ``ssl`` on a plain socket rather than through ldap3 so that the verification error is
exact (OpenSSL's verify code tells expired, self-signed, untrusted and wrong-host apart) and the presented
certificate can be shown even when it is rejected (a second, unverified handshake reads it). For StartTLS the
LDAP ExtendedRequest (RFC 4511 §4.14) is sent by hand first.
"""

from __future__ import annotations

import socket
import ssl
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID

from app.ldap.errors import DirectoryTimeoutError, TlsError, UnreachableError

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
        raise TlsError("StartTLS answer malformed", code="tls_failed", host=host, reason="starttls_malformed") from None
    if code != 0:
        raise TlsError("StartTLS refused", code="tls_failed", host=host, reason="starttls_refused", result=code)


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
    18: "tls_self_signed",
    19: "tls_self_signed",  # self-signed root in the chain, not trusted
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
    """Handshake with chain and host name verification; returns the certificate's details, or raises TlsError."""
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
            except (OSError, ssl.SSLError, TlsError, DirectoryTimeoutError, UnreachableError):
                pass
            code = VERIFY_CODES.get(exc.verify_code, "tls_untrusted")
            raise TlsError(
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
            raise TlsError(str(exc), code="tls_failed", host=host, port=port, reason=str(exc)) from None
    details = describe_certificate(der) if der else {}
    details["tls_version"] = version
    return details
