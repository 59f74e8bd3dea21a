"""``identity-connect-agent keyring-session`` as an admin uses it on a server without a desktop: no Secret
Service in the environment, a keyring password in a file (or a systemd credential), the real GNOME Keyring
daemon in a private D-Bus session, and the real ``setup`` against the sandbox tenant and the Samba AD DC.

Outcomes checked: setup stores its secrets; a later session (the service) finds them; they are encrypted on
disk; a wrong password opens nothing; a missing key source is a clear error before anything starts.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle

pytestmark = [pytest.mark.samba, pytest.mark.timeout(180)]

AGENT = Path(sys.executable).with_name("identity-connect-agent")


def no_desktop_env(**extra: str) -> dict[str, str]:
    """The environment of an SSH session on a server: no session bus, so no Secret Service."""
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL")}
    env.update(extra)
    return env


def systemd_credential(source: Path, target: Path) -> Path | None:
    """``systemd-creds encrypt`` as the admin guide has it, or None where systemd-creds cannot (not root)."""
    if shutil.which("systemd-creds") is None:
        return None
    done = subprocess.run(
        ["systemd-creds", "encrypt", "--name=keyring-password", str(source), str(target)],
        capture_output=True,
        timeout=30,
    )
    return target if done.returncode == 0 else None


def agent(config_dir: Path, *args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(AGENT), "--config-dir", str(config_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_setup_and_service_share_an_encrypted_private_keyring(
    sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC, tmp_path: Path
) -> None:
    config_dir = tmp_path / "agent"
    password_file = tmp_path / "keyring-password"
    password_file.write_text("correct horse battery staple\n")
    password_file.chmod(0o600)
    env = no_desktop_env()

    # Without the keyring session, setup cannot keep its secrets (the failure the issue started from).
    bare = agent(config_dir, "sync", "--dry-run", env=env)
    assert bare.returncode != 0

    # The scripted setup, inside the keyring session; the admin approves the device code when it appears.
    command = [
        str(AGENT), "--config-dir", str(config_dir), "keyring-session", "--password-file", str(password_file),
        "setup", "--yes", "--key", sandbox_tenant.issue_key(), "--domain", samba_dc.domain, "--dc", samba_dc.host,
        "--bind", samba_dc.admin_bind, "--ca-file", str(samba_dc.ca_file), "--password-stdin",
    ]  # fmt: skip
    prose: list[str] = []
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as process:
        assert process.stdin is not None and process.stderr is not None and process.stdout is not None
        process.stdin.write(samba_dc.admin_password + "\n")
        process.stdin.close()

        def read_and_approve() -> None:
            assert process.stdout is not None
            approved = False
            for line in process.stdout:  # the setup's prose (it goes to stdout without --json)
                prose.append(line)
                match = re.search(r"code\s+(\S+-\S+)", line)
                if match and not approved:
                    approved = True
                    sandbox_tenant.approve(match.group(1))

        reader = threading.Thread(target=read_and_approve, daemon=True)
        reader.start()
        errors = process.stderr.read()
        assert process.wait(timeout=150) == 0, "".join(prose) + errors
        reader.join(10)
    assert any("✓" in line for line in prose)

    keyring_file = config_dir / "state" / "keyring" / "keyrings" / "login.keyring"
    assert keyring_file.is_file() and (keyring_file.parent.parent.stat().st_mode & 0o077) == 0
    stored = keyring_file.read_bytes()
    assert samba_dc.admin_password.encode() not in stored, "the bind password is encrypted at rest"

    # A later session, as the systemd unit starts it (the password as the credential 'keyring-password'),
    # finds the bind password and the sign-in: the dry run reads the directory and plans against the tenant.
    credentials = tmp_path / "credentials"
    credentials.mkdir(mode=0o700)
    encrypted = systemd_credential(password_file, tmp_path / "keyring-password.cred")
    if encrypted is not None:
        # What LoadCredentialEncrypted= does when the unit starts: decrypt into the credentials folder.
        assert password_file.read_bytes() not in encrypted.read_bytes()
        subprocess.run(
            [
                "systemd-creds",
                "decrypt",
                "--name=keyring-password",
                str(encrypted),
                str(credentials / "keyring-password"),
            ],
            check=True,
            timeout=30,
        )
    else:
        (credentials / "keyring-password").write_text(password_file.read_text())
    service_env = no_desktop_env(CREDENTIALS_DIRECTORY=str(credentials))
    dry = agent(config_dir, "keyring-session", "sync", "--dry-run", "--json", env=service_env)
    assert dry.returncode == 0, dry.stdout + dry.stderr
    report = json.loads(dry.stdout)
    assert report["outcome"] == "planned" and report["plan_counts"]["user.new"] > 0

    # The wrong password opens nothing: the secrets stay locked away and the command says so.
    password_file.write_text("not the password\n")
    wrong = agent(config_dir, "keyring-session", "--password-file", str(password_file), "sync", "--dry-run", env=env)
    assert wrong.returncode != 0 and "keyring" in wrong.stderr.lower(), wrong.stdout + wrong.stderr
    assert keyring_file.read_bytes() == stored or samba_dc.admin_password.encode() not in keyring_file.read_bytes()


def test_a_missing_key_source_is_refused_before_anything_starts(tmp_path: Path) -> None:
    env = no_desktop_env()
    env.pop("CREDENTIALS_DIRECTORY", None)
    done = agent(tmp_path / "agent", "keyring-session", "status", env=env)
    assert done.returncode == 1
    assert "No keyring password was found" in done.stderr and "--password-file" in done.stderr
    assert not (tmp_path / "agent" / "state" / "keyring").exists()

    empty = tmp_path / "empty"
    empty.write_text("\n")
    done = agent(tmp_path / "agent", "keyring-session", "--password-file", str(empty), "status", env=env)
    assert done.returncode == 1 and "is empty" in done.stderr

    done = agent(tmp_path / "agent", "keyring-session", "--password-file", str(empty), env=env)
    assert done.returncode == 2 and "Name the agent command" in done.stderr
