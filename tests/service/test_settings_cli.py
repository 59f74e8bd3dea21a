"""``identity-connect-agent settings`` as a headless admin uses it, against a real slapd and the sandbox tenant:
show the configuration, refuse what the settings window refuses (with its reasons), show the blast radius of a
scope change before saving (planned here, or by the running agent), save only when told to, edit in $EDITOR,
and the published JSON Schema of config.json is the one the code has."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.config import ConfigStore
from app.sync.settings import (
    DirectoryKind,
    ObjectType,
    SyncScope,
    SyncSettings,
    suggest_group_mapping,
    suggest_user_mapping,
)
from tests.servers import directory_data as data
from tests.servers.sandbox import SandboxTenantHandle
from tests.servers.slapd import DISABLED_ATTRIBUTE, DISABLED_VALUE, Slapd, ou_dn
from tests.service.agent_setup import configure_agent

ROOT = Path(__file__).resolve().parents[2]


def agent(config_dir: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--config-dir", str(config_dir), *args],
        capture_output=True,
        text=True,
        timeout=90,
        stdin=subprocess.DEVNULL,
        env=env,
    )


def _configured(sandbox_tenant: SandboxTenantHandle, slapd: Slapd, config_dir: Path) -> None:
    sync = SyncSettings(
        directory_kind=DirectoryKind.INETORGPERSON,
        scope=SyncScope(ous=[ou_dn(data.SALES), ou_dn(data.ENG)], object_types=[ObjectType.USERS]),
        user_mapping=suggest_user_mapping("inetorgperson"),
        group_mapping=suggest_group_mapping("inetorgperson"),
    )
    ldap = slapd.ldap_settings(disabled_attribute=DISABLED_ATTRIBUTE, disabled_value=DISABLED_VALUE)
    configure_agent(sandbox_tenant, config_dir, ldap=ldap, sync=sync, bind_password=slapd.admin_password)


def print_log_tail(config_dir: Path) -> None:
    """The end of the agent's log, into the test's captured output (shown when it fails)."""
    log = config_dir / "logs" / "agent.log"
    print(log.read_text(errors="replace")[-6000:] if log.exists() else "(no agent log)")


def stored(config_dir: Path) -> SyncSettings:
    return ConfigStore(config_dir / "config.json").load().sync


@pytest.mark.slapd
@pytest.mark.timeout(240)
def test_set_validates_shows_the_blast_radius_and_saves_only_when_told(
    sandbox_tenant: SandboxTenantHandle, slapd: Slapd, tmp_path: Path
) -> None:
    config_dir = tmp_path / "agent"
    _configured(sandbox_tenant, slapd, config_dir)
    assert agent(config_dir, "sync", "--yes").returncode == 0

    shown = agent(config_dir, "settings", "show", "sync.safety")
    assert shown.returncode == 0
    assert shown.stdout.splitlines() == ["sync.safety.max_count = 500", "sync.safety.max_percent = 10.0"]
    whole = json.loads(agent(config_dir, "settings", "show", "--json").stdout)
    assert whole == json.loads((config_dir / "config.json").read_text())

    # Refused as the pages refuse it, with the reason, and nothing written.
    before = (config_dir / "config.json").read_bytes()
    bad = agent(config_dir, "settings", "set", "sync.safety.max_count", "0")
    assert bad.returncode == 1 and "sync.safety.max_count" in bad.stderr and "not valid" in bad.stderr
    clash = agent(config_dir, "settings", "set", "sync.status_sync", "do_nothing")
    assert clash.returncode == 1 and "needs status_sync 'reflect'" in clash.stderr
    assert agent(config_dir, "settings", "set", "sync.nothing", "1").returncode == 2
    ldap = agent(config_dir, "settings", "set", "ldap.bind_identity", "someone")
    assert ldap.returncode == 2 and "Change LDAP settings" in ldap.stderr
    assert (config_dir / "config.json").read_bytes() == before

    # Narrowing the scope to Sales would disable Engineering: said before saving, and not saved unasked.
    sales_only = json.dumps([ou_dn(data.SALES)])
    asked = agent(config_dir, "settings", "set", "sync.scope.ous", sales_only)
    # (those disabled in the directory were created inactive: nothing left to disable)
    engineering = len([u for u in data.users_in(data.ENG) if not u.disabled])
    assert asked.returncode == 2, asked.stdout + asked.stderr
    assert f"{engineering:>6}  users disabled" in asked.stdout and "left the selected OUs" in asked.stdout
    assert "Warning: this change disables or deletes users" in asked.stdout
    assert (config_dir / "config.json").read_bytes() == before

    # While the service runs, the same change is previewed by the running agent, then saved with --yes.
    env = dict(os.environ)
    with subprocess.Popen(
        [sys.executable, "-m", "app", "--config-dir", str(config_dir), "run", "--tick", "0.2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    ) as service:
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and '"running": true' not in agent(config_dir, "status", "--json").stdout:
                time.sleep(0.2)
            saved = agent(config_dir, "settings", "set", "sync.scope.ous", sales_only, "--yes")
        except BaseException:
            print_log_tail(config_dir)
            raise
        finally:
            service.send_signal(signal.SIGTERM)
            try:
                service.wait(timeout=45)
            except subprocess.TimeoutExpired:
                service.kill()
                print_log_tail(config_dir)
                pytest.fail("the service did not stop within 45 s of SIGTERM (its log is printed above)")
    assert saved.returncode == 0, saved.stdout + saved.stderr
    assert f"{engineering:>6}  users disabled" in saved.stdout and "Saved." in saved.stdout
    assert stored(config_dir).scope.ous == [ou_dn(data.SALES)]


def test_edit_in_the_editor_saves_a_schedule_without_a_blast_radius(
    sandbox_tenant: SandboxTenantHandle, tmp_path: Path
) -> None:
    config_dir = tmp_path / "agent"
    configure_agent(sandbox_tenant, config_dir)
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import json, sys\n"
        "doc = json.load(open(sys.argv[1]))\n"
        "doc['schedule']['time'] = '03:30:00'\n"
        "json.dump(doc, open(sys.argv[1], 'w'))\n"
    )
    env = dict(os.environ, EDITOR=f"{sys.executable} {editor}")
    edited = agent(config_dir, "settings", "edit", "--yes", env=env)
    assert edited.returncode == 0, edited.stdout + edited.stderr
    assert "sync.schedule.time" in edited.stdout and "blast radius" not in edited.stdout
    assert "Working out what the next sync" not in edited.stdout
    assert stored(config_dir).schedule.time.isoformat() == "03:30:00"

    broken = tmp_path / "broken.py"
    broken.write_text("import sys\nopen(sys.argv[1], 'w').write('{ not json')\n")
    env = dict(os.environ, EDITOR=f"{sys.executable} {broken}")
    refused = agent(config_dir, "settings", "edit", "--yes", env=env)
    assert refused.returncode == 1 and "not valid JSON" in refused.stderr
    assert stored(config_dir).schedule.time.isoformat() == "03:30:00"


def test_the_published_schema_is_the_code_s_schema(tmp_path: Path) -> None:
    printed = agent(tmp_path, "settings", "schema")
    assert printed.returncode == 0
    published = json.loads((ROOT / "docs" / "config.schema.json").read_text(encoding="utf-8"))
    assert json.loads(printed.stdout) == published, (
        "docs/config.schema.json is out of date: regenerate it with "
        "'identity-connect-agent settings schema > docs/config.schema.json'"
    )
    assert set(published["properties"]) >= {"tenant", "ldap", "sync"}
