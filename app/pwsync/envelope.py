"""Opening what a DC agent sealed (:func:`app.pwsync.dcagent.seal`): the agent's half of the envelope.

The plaintext is returned as a ``bytearray`` so the caller can overwrite it once the password is delivered;
Python gives no stronger guarantee, so the value is kept for as short a time as delivery takes.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.pwsync.dcagent import ENVELOPE_INFO


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


def wipe(buffer: bytearray) -> None:
    """Overwrite a password buffer in place."""
    for index in range(len(buffer)):
        buffer[index] = 0
