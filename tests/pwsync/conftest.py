"""Password-sync fixtures: a Samba DC that keeps passwords recoverable for capture, and the agent's receiver.

``samba_dc_gpg`` is a private copy of the seeded DC whose smb.conf names a GPG key in ``password hash gpg key
ids``, as the password-sync installer configures a real DC: every password set from then on is also stored
encrypted to that key (``Primary:SambaGPG``), which ``samba-tool user syncpasswords --decrypt-samba-gpg``
turns back into cleartext on the DC, for the DC agent to seal at once.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers.samba import SambaDC, running_copy

SYSTEM_PYTHON = "/usr/bin/python3"  # Samba's own Python, as on a DC: the DC agent runs there


def make_gpg_key(home: Path) -> str:
    """A passphrase-less encryption key in ``home``; returns its fingerprint."""
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = dict(os.environ, GNUPGHOME=str(home))
    subprocess.run(
        [
            "gpg",
            "--batch",
            "--passphrase",
            "",
            "--quick-gen-key",
            "identity-connect-dcagent@dc",
            "rsa2048",
            "encr",
            "never",
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    listing = subprocess.run(
        ["gpg", "--batch", "--with-colons", "--list-keys"], env=env, check=True, capture_output=True, text=True
    ).stdout
    return next(line.split(":")[9] for line in listing.splitlines() if line.startswith("fpr"))


def stop_gpg_agent(home: Path) -> None:
    """gpg starts an agent per keyring folder that outlives the test: end it."""
    subprocess.run(
        ["gpgconf", "--kill", "gpg-agent"],
        env=dict(os.environ, GNUPGHOME=str(home)),
        check=False,
        capture_output=True,
        timeout=30,
    )


@pytest.fixture(scope="session")
def dc_gpg_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    home = tmp_path_factory.mktemp("dc-gnupg")
    try:
        yield home, make_gpg_key(home)
    finally:
        stop_gpg_agent(home)


def enable_gpg_password_store(dc: SambaDC, home: Path, fingerprint: str) -> None:
    dc.stop_process()
    text = dc.conf.read_text()
    dc.conf.write_text(text.replace("[global]\n", f"[global]\n\tpassword hash gpg key ids = {fingerprint}\n", 1))
    dc.env = dict(os.environ, GNUPGHOME=str(home))
    dc.start()


@pytest.fixture
def samba_dc_gpg(dc_gpg_home: tuple[Path, str]) -> Iterator[SambaDC]:
    with running_copy() as dc:
        enable_gpg_password_store(dc, *dc_gpg_home)
        yield dc


def set_password(dc: SambaDC, user: str, password: str) -> None:
    """An admin resets a user's password on the DC (``samba-tool user setpassword``)."""
    done = subprocess.run(
        ["samba-tool", "user", "setpassword", user, f"--newpassword={password}", "-s", str(dc.conf)],
        capture_output=True,
        text=True,
        timeout=60,
        env=dc.env,  # samba-tool writes to the DC's database itself, so it needs the DC's GPG keyring too
    )
    assert done.returncode == 0, done.stdout + done.stderr


def ldapi_url(dc: SambaDC) -> str:
    path = dc.dir / "private" / "ldap_priv" / "ldapi"
    return "ldapi://" + str(path).replace("/", "%2F")
