"""Installation keys: one copy-pasteable string that tells the agent where its tenant is.

Format (version 1)::

    ICK1-XXXXX-XXXXX-...          groups of five base32 characters (RFC 4648 alphabet, no padding)

The base32 text decodes to ``payload || crc32(payload)`` (4 bytes, big endian) where::

    payload = 0x01 (version) || len(url) (2 bytes, big endian) || tenant URL (UTF-8) || secret (16..64 bytes)

The checksum catches typos offline, before any network call. The secret is the one-time registration
secret the tenant knows by its SHA-256; the key never travels in a log (see :func:`redact_key`).
Parsing is forgiving about case, spaces, line breaks and dashes, strict about everything else.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import zlib
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from app.errors import CloudError

PREFIX = "ICK"
VERSION = 1
_ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_MAX_URL = 2048
_MIN_SECRET, _MAX_SECRET = 16, 64


class KeyProblem(StrEnum):
    EMPTY = "key_empty"
    MALFORMED = "key_malformed"
    CHECKSUM = "key_checksum"
    UNSUPPORTED_VERSION = "key_unsupported_version"
    BAD_TENANT_URL = "key_bad_tenant_url"


class InstallationKeyError(CloudError):
    """The key cannot be used; ``code`` is one of :class:`KeyProblem`."""

    code = KeyProblem.MALFORMED.value


@dataclass(frozen=True)
class InstallationKey:
    version: int
    tenant_url: str
    secret: bytes

    @property
    def secret_hash(self) -> str:
        """What the tenant stores and looks keys up by (hex SHA-256 of the secret)."""
        return hashlib.sha256(self.secret).hexdigest()

    @property
    def key_id(self) -> str:
        """A short, non-secret identifier safe to show and log."""
        return self.secret_hash[:10]

    def __repr__(self) -> str:  # never show the secret
        return f"InstallationKey(version={self.version}, tenant_url={self.tenant_url!r}, key_id={self.key_id})"


def _check_url(url: str) -> str:
    # Control characters and spaces never belong in a URL, and urlsplit drops some of them silently.
    if any(ch <= " " or ch == "\x7f" for ch in url):
        raise InstallationKeyError("tenant URL contains control characters", code=KeyProblem.BAD_TENANT_URL.value)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in 0..65535
    except ValueError:  # "[::1" or "[zz]" as the host, a bad port
        raise InstallationKeyError("tenant URL cannot be parsed", code=KeyProblem.BAD_TENANT_URL.value) from None
    if parts.scheme not in ("https", "http") or not parts.hostname or parts.query or parts.fragment:
        raise InstallationKeyError("tenant URL is not an http(s) URL", code=KeyProblem.BAD_TENANT_URL.value)
    if parts.username or parts.password:
        raise InstallationKeyError("tenant URL carries credentials", code=KeyProblem.BAD_TENANT_URL.value)
    return url.rstrip("/")


def encode_key(tenant_url: str, secret: bytes | None = None) -> str:
    """Build a key for ``tenant_url`` (used by tenants, including the sandbox)."""
    url = _check_url(tenant_url)
    raw_url = url.encode("utf-8")
    if len(raw_url) > _MAX_URL:
        raise InstallationKeyError("tenant URL too long", code=KeyProblem.BAD_TENANT_URL.value)
    secret = secrets.token_bytes(20) if secret is None else secret
    if not _MIN_SECRET <= len(secret) <= _MAX_SECRET:
        raise ValueError("secret must be 16..64 bytes")
    payload = bytes([VERSION]) + len(raw_url).to_bytes(2, "big") + raw_url + secret
    body = payload + zlib.crc32(payload).to_bytes(4, "big")
    text = base64.b32encode(body).decode("ascii").rstrip("=")
    groups = [text[i : i + 5] for i in range(0, len(text), 5)]
    return f"{PREFIX}{VERSION}-" + "-".join(groups)


def parse_key(text: str) -> InstallationKey:
    """Decode and verify a pasted key offline. Raises :class:`InstallationKeyError`."""
    compact = "".join(text.split()).replace("-", "").upper()
    if not compact:
        raise InstallationKeyError("no key given", code=KeyProblem.EMPTY.value)
    if not compact.startswith(PREFIX) or len(compact) < len(PREFIX) + 2:
        raise InstallationKeyError("not an installation key", code=KeyProblem.MALFORMED.value)
    version_char, body = compact[len(PREFIX)], compact[len(PREFIX) + 1 :]
    if version_char not in "0123456789":  # not str.isdigit(): "²" is a digit to it, and int() refuses it
        raise InstallationKeyError("not an installation key", code=KeyProblem.MALFORMED.value)
    if int(version_char) != VERSION:
        raise InstallationKeyError("key version not supported", code=KeyProblem.UNSUPPORTED_VERSION.value)
    if not body or not set(body) <= _ALPHABET:
        raise InstallationKeyError("key contains characters that cannot occur", code=KeyProblem.MALFORMED.value)
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        raise InstallationKeyError("key is incomplete", code=KeyProblem.CHECKSUM.value) from None
    if len(raw) < 1 + 2 + 4:
        raise InstallationKeyError("key is incomplete", code=KeyProblem.CHECKSUM.value)
    payload, crc = raw[:-4], raw[-4:]
    if zlib.crc32(payload).to_bytes(4, "big") != crc:
        raise InstallationKeyError("checksum mismatch: a character was mistyped", code=KeyProblem.CHECKSUM.value)
    if payload[0] != VERSION:
        raise InstallationKeyError("key version not supported", code=KeyProblem.UNSUPPORTED_VERSION.value)
    url_len = int.from_bytes(payload[1:3], "big")
    raw_url, secret = payload[3 : 3 + url_len], payload[3 + url_len :]
    if len(raw_url) != url_len or not _MIN_SECRET <= len(secret) <= _MAX_SECRET:
        raise InstallationKeyError("key is malformed", code=KeyProblem.MALFORMED.value)
    try:
        url = _check_url(raw_url.decode("utf-8"))
    except UnicodeDecodeError:
        raise InstallationKeyError("key is malformed", code=KeyProblem.BAD_TENANT_URL.value) from None
    return InstallationKey(version=VERSION, tenant_url=url, secret=secret)


def redact_key(text: str) -> str:
    """What may appear in a log in place of a key."""
    try:
        return f"{PREFIX}{VERSION}-…(id {parse_key(text).key_id})"
    except InstallationKeyError:
        return f"{PREFIX}…(unparsable)"
