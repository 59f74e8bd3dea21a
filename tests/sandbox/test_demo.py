"""``make run`` (``python -m sandbox.demo``) as a newcomer meets it on a machine without a display and without a
keyring: the commands it prints work exactly as printed, from the setup to users in the sandbox's admin view,
and Ctrl+C stops everything it started. Also: with a display, the wizard it opens has the demo directory
filled in (the hand-over through the environment, read once)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import types
from pathlib import Path

import httpx
import pytest

from tests.servers.sandbox import SandboxTenantHandle

ROOT = Path(__file__).resolve().parents[2]


def headless_env() -> dict[str, str]:
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL")
    return {k: v for k, v in os.environ.items() if k not in hidden}


def run_as_printed(command: str, tenant_url: str) -> tuple[int, str]:
    """Paste ``command`` into a shell; approve the device code when it is printed, as the admin would."""
    browser = SandboxTenantHandle(server=types.SimpleNamespace(url=tenant_url), installation_key="")
    lines: list[str] = []
    with subprocess.Popen(
        ["bash", "-c", command], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=headless_env()
    ) as shell:
        assert shell.stdout is not None
        for line in shell.stdout:
            lines.append(line)
            match = re.search(r"^\s+code\s+(\S+-\S+)", line)
            if match:
                browser.approve(match.group(1))
        return shell.wait(timeout=120), "".join(lines)


@pytest.mark.samba
@pytest.mark.timeout(300)
def test_headless_make_run_prints_commands_that_work_as_printed(tmp_path: Path) -> None:
    config_dir = tmp_path / "demo"
    with subprocess.Popen(
        [sys.executable, "-m", "sandbox.demo", "--port", "0", "--config-dir", str(config_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
        env=headless_env(),
        start_new_session=True,
        # As a script's background job starts it: SIGINT ignored. Ctrl+C must still stop it, cleanly.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    ) as demo:
        try:
            assert demo.stdout is not None
            banner: list[str] = []
            for line in demo.stdout:
                banner.append(line)
                if line.startswith("Servers keep running until Ctrl+C"):
                    break
            text = "".join(banner)
            assert "No keyring is available in this session, so the demo gives the agent a private one" in text
            tenant_url = re.search(r"^Sandbox tenant\s+(\S+)", text, re.MULTILINE).group(1)  # type: ignore[union-attr]
            admin_url = re.search(r"^\s+admin view\s+(\S+)", text, re.MULTILINE).group(1)  # type: ignore[union-attr]
            setup = next(line.strip() for line in banner if line.strip().startswith("echo "))
            sync_yes = next(line.split("#")[0].strip() for line in banner if " sync --yes " in line)

            code, output = run_as_printed(setup, tenant_url)
            assert code == 0, output
            assert "✓ passwords stored in the keyring" in output and "✓ agent registered with the tenant" in output
            code, output = run_as_printed(sync_yes, tenant_url)
            assert code == 0, output
            assert re.search(r"Applied run \S+: \d+ users created", output), output

            page = httpx.get(admin_url, timeout=10).text
            users = int(re.search(r'<span id="user-count">(\d+)</span>', page).group(1))  # type: ignore[union-attr]
            assert users > 3  # the tenant's own admins, and now the directory's users
            assert (config_dir / "state" / "keyring" / "keyrings" / "login.keyring").is_file()
        finally:
            os.killpg(demo.pid, signal.SIGINT)  # Ctrl+C in the terminal
            rest = demo.communicate(timeout=60)[0]
    assert demo.returncode == 0, rest
    assert "Stopping…" in rest
    left = subprocess.run(["pgrep", "-s", str(demo.pid)], capture_output=True, text=True).stdout.split()
    assert left == [], f"processes left behind: {left}"


def test_the_wizard_opens_with_the_demo_directory_filled_in(monkeypatch: pytest.MonkeyPatch) -> None:
    from sandbox.demo import directory_defaults
    from ui.main import ENV_DIRECTORY_DEFAULTS, directory_defaults_from_env

    dc = types.SimpleNamespace(
        domain="zylker.test",
        host="dc1.zylker.test",
        admin_bind="Administrator@ZYLKER.TEST",
        admin_password="Passw0rd!Zylker",
        ca_file=Path("/tmp/ca.pem"),
    )
    monkeypatch.setenv(ENV_DIRECTORY_DEFAULTS, directory_defaults(dc))
    values = directory_defaults_from_env()
    assert values.domain == "zylker.test" and values.domain_controllers == ["dc1.zylker.test"]
    assert values.bind_identity == dc.admin_bind and values.password.get_secret_value() == dc.admin_password
    assert values.ca_file == Path("/tmp/ca.pem")
    # Read once: the password does not stay in the environment for any child process.
    assert ENV_DIRECTORY_DEFAULTS not in os.environ
    monkeypatch.setenv(ENV_DIRECTORY_DEFAULTS, json.dumps(["not", "an", "object"]))
    assert directory_defaults_from_env() is None
