"""The agent's password-sync CA and envelope key: private halves in the keyring (the real Secret Service),
public halves in the config folder, the same identity on every start."""

from __future__ import annotations

import uuid
from pathlib import Path

from cryptography import x509

from app.pwsync.identity import CA_NAME, PasswordSyncIdentity
from app.secrets import SecretName, SecretStore


def test_the_identity_is_created_once_and_its_private_keys_stay_in_the_keyring(tmp_path: Path) -> None:
    secrets = SecretStore(f"test-pwsync-{uuid.uuid4().hex[:8]}")
    folder = tmp_path / "password-sync"
    try:
        first = PasswordSyncIdentity.load_or_create(secrets, folder)
        again = PasswordSyncIdentity.load_or_create(secrets, folder)
        assert again.ca_cert == first.ca_cert
        assert again.envelope_public_b64() == first.envelope_public_b64()
        on_disk = b"".join(p.read_bytes() for p in folder.iterdir())
        assert b"PRIVATE KEY" not in on_disk
        assert sorted(p.name for p in folder.iterdir()) == ["ca.pem", "envelope.pub"]
        assert all(p.stat().st_mode & 0o077 == 0 for p in folder.iterdir())
        assert "PRIVATE KEY" in (secrets.get(SecretName.PASSWORD_SYNC_KEYS) or "")

        issued = x509.load_pem_x509_certificate(first.issue("dc1.zylker.test", client=True).certificate_pem)
        assert issued.issuer.rfc4514_string() == f"CN={CA_NAME}"
        issued.verify_directly_issued_by(first.ca_cert)
    finally:
        secrets.delete(SecretName.PASSWORD_SYNC_KEYS)
