"""Opening what a DC agent sealed: the agent's half of the envelope.

- v1 (:func:`open_sealed`), sealed by the DC agent on Samba (:func:`app.pwsync.dcagent.seal`): X25519,
  HKDF-SHA256, ChaCha20-Poly1305.
- v2 (:func:`open_sealed_v2`), sealed by the password filter on Windows DCs with CNG
  (``packaging/windows/pwfilter/pwseal.h``): ``ephemeral P-256 point (65) ‖ nonce (12) ‖ ciphertext ‖ tag (16)``;
  the key is ``SHA-256(label ‖ Z ‖ ephemeral point ‖ agent's point)`` with Z the big-endian X coordinate of the
  ECDH result, which is what CNG's ``BCryptDeriveKey`` computes for ``BCRYPT_KDF_HASH`` with SHA-256,
  ``KDF_SECRET_PREPEND`` = label and ``KDF_SECRET_APPEND`` = both points; AES-256-GCM.

The plaintext is returned as a ``bytearray`` so the caller can overwrite it once the password is delivered;
Python gives no stronger guarantee, so the value is kept for as short a time as delivery takes.
"""

from __future__ import annotations

import hashlib

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.pwsync.dcagent import ENVELOPE_INFO, ENVELOPE_V2_LABEL, P256_POINT


class EnvelopeError(ValueError):
    """Not sealed to this agent's key, altered on the way, or sealed for another change."""


def open_sealed(private_key: X25519PrivateKey, sealed: bytes, aad: bytes) -> bytearray:
    if len(sealed) < 32 + 12 + 16:
        raise EnvelopeError("envelope too short")
    ephemeral_public, nonce, ciphertext = sealed[:32], sealed[32:44], sealed[44:]
    own_public = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + own_public, info=ENVELOPE_INFO).derive(
        shared
    )
    try:
        return bytearray(ChaCha20Poly1305(key).decrypt(nonce, ciphertext, aad))
    except InvalidTag as exc:
        raise EnvelopeError("the envelope does not open with this agent's key") from exc


def key_v2(shared: bytes, ephemeral_point: bytes, agent_point: bytes) -> bytes:
    """The AES-256 key of envelope v2 (CNG's BCRYPT_KDF_HASH with SHA-256, prepend = label, append = points)."""
    return hashlib.sha256(ENVELOPE_V2_LABEL + shared + ephemeral_point + agent_point).digest()


def open_sealed_v2(private_key: ec.EllipticCurvePrivateKey, sealed: bytes, aad: bytes) -> bytearray:
    if len(sealed) < P256_POINT + 12 + 16:
        raise EnvelopeError("envelope too short")
    ephemeral_point, nonce, ciphertext = (
        sealed[:P256_POINT],
        sealed[P256_POINT : P256_POINT + 12],
        sealed[P256_POINT + 12 :],
    )
    try:
        ephemeral = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), ephemeral_point)
    except ValueError as exc:
        raise EnvelopeError("the envelope's ephemeral key is not a P-256 point") from exc
    own_point = private_key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    key = key_v2(private_key.exchange(ec.ECDH(), ephemeral), ephemeral_point, own_point)
    try:
        return bytearray(AESGCM(key).decrypt(nonce, ciphertext, aad))
    except InvalidTag as exc:
        raise EnvelopeError("the envelope does not open with this agent's key") from exc


def wipe(buffer: bytearray) -> None:
    """Overwrite a password buffer in place."""
    for index in range(len(buffer)):
        buffer[index] = 0
