"""The headless commands as a person runs them: ``run`` in the foreground stopped by SIGTERM, ``status``
from another process while it runs, a second agent refused with exit code 3, and clear failures."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

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
from tests.service.agent_setup import agent_document, configure_agent

pytestmark = pytest.mark.timeout(90)


def agent_cmd(config_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "app", "--config-dir", str(config_dir), *args]


def status_json(config_dir: Path) -> dict[str, object]:
    done = subprocess.run(agent_cmd(config_dir, "status", "--json"), capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def test_run_status_second_agent_and_sigterm(sandbox_tenant: SandboxTenantHandle, tmp_path: Path) -> None:
    config_dir = tmp_path / "agent"
    paths, config = configure_agent(sandbox_tenant, config_dir)
    assert status_json(config_dir)["state"] == "stopped"
    env = dict(os.environ)
    with subprocess.Popen(
        agent_cmd(config_dir, "run", "--heartbeat-interval", "0.5", "--tick", "0.2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as agent:
        try:
            deadline = time.monotonic() + 20
            status: dict[str, object] = {}
            while time.monotonic() < deadline:
                status = status_json(config_dir)
                if status.get("connected"):
                    break
                time.sleep(0.2)
            assert status["running"] is True and status["connected"] is True, status
            assert status["pid"] == agent.pid
            assert status["device_name"] == config.device_name
            assert agent_document(sandbox_tenant, str(config.tenant.agent_id))["connection"] == "Connected"

            second = subprocess.run(agent_cmd(config_dir, "run"), capture_output=True, text=True, timeout=30)
            assert second.returncode == 3
            assert "already running" in second.stderr and str(agent.pid) in second.stderr
            # Choosing objects for the first run is the one sync the running agent cannot take over.
            sync = subprocess.run(
                agent_cmd(config_dir, "sync", "--select", "some-anchor"), capture_output=True, text=True, timeout=30
            )
            assert sync.returncode == 3 and "already running" in sync.stderr

            started = time.monotonic()
            agent.send_signal(signal.SIGTERM)
            assert agent.wait(timeout=20) == 0
            stop_seconds = time.monotonic() - started
        finally:
            if agent.poll() is None:
                agent.kill()
        stderr = agent.stderr.read() if agent.stderr else ""
    assert "received SIGTERM: stopping" in stderr
    assert "agent service stopped" in stderr
    assert stop_seconds < 10
    after = status_json(config_dir)
    assert after["state"] == "stopped" and after["running"] is False and after["pid"] is None
    # The log file has the run, and no secret: the refresh token is in the keyring only.
    log_text = (paths.log_dir / "agent.log").read_text(encoding="utf-8")
    assert "agent service starting" in log_text


@pytest.mark.slapd
def test_dry_run_while_the_service_runs_is_planned_by_the_service(
    sandbox_tenant: SandboxTenantHandle, slapd: Slapd, tmp_path: Path
) -> None:
    config_dir = tmp_path / "agent"
    sync = SyncSettings(
        directory_kind=DirectoryKind.INETORGPERSON,
        scope=SyncScope(ous=[ou_dn(data.SALES)], object_types=[ObjectType.USERS]),
        user_mapping=suggest_user_mapping("inetorgperson"),
        group_mapping=suggest_group_mapping("inetorgperson"),
    )
    ldap = slapd.ldap_settings(disabled_attribute=DISABLED_ATTRIBUTE, disabled_value=DISABLED_VALUE)
    configure_agent(sandbox_tenant, config_dir, ldap=ldap, sync=sync, bind_password=slapd.admin_password)
    sales = data.users_in(data.SALES)
    with subprocess.Popen(
        agent_cmd(config_dir, "run", "--heartbeat-interval", "0.5", "--tick", "0.2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as agent:
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not status_json(config_dir).get("running"):
                time.sleep(0.2)
            plan = subprocess.run(
                agent_cmd(config_dir, "sync", "--dry-run", "--json"), capture_output=True, text=True, timeout=60
            )
            assert plan.returncode == 0, plan.stdout + plan.stderr
            report = json.loads(plan.stdout)
            assert report["via_running_agent"] is True and report["outcome"] == "planned"
            assert report["plan_counts"]["user.new"] == len(sales)
            assert sorted(e["name"] for e in report["plan"]["user.new"]) == sorted(u.display_name for u in sales)
            prose = subprocess.run(
                agent_cmd(config_dir, "sync", "--dry-run"), capture_output=True, text=True, timeout=60
            )
            assert prose.returncode == 0, prose.stderr
            assert f"New users: {len(sales)}" in prose.stdout and "Dry run: nothing was changed." in prose.stdout
        finally:
            agent.send_signal(signal.SIGTERM)
            agent.wait(timeout=20)
    # A dry run writes nothing: no directory user is in the tenant.
    assert [u for u in sandbox_tenant.scim_users() if u.get("externalId")] == []


def test_sync_without_configuration_says_what_to_do(tmp_path: Path) -> None:
    done = subprocess.run(agent_cmd(tmp_path / "nothing", "sync", "--json"), capture_output=True, text=True, timeout=30)
    assert done.returncode == 1
    assert json.loads(done.stdout)["error"] == "config_missing"
    assert "not set up yet" in done.stderr and "setup" in done.stderr


def test_status_of_a_killed_agent_is_not_running(sandbox_tenant: SandboxTenantHandle, tmp_path: Path) -> None:
    config_dir = tmp_path / "agent"
    configure_agent(sandbox_tenant, config_dir)
    with subprocess.Popen(
        agent_cmd(config_dir, "run", "--heartbeat-interval", "0.5", "--tick", "0.2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as agent:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not status_json(config_dir).get("running"):
            time.sleep(0.2)
        assert status_json(config_dir)["running"] is True
        agent.kill()
        agent.wait()
    status = status_json(config_dir)
    assert status["running"] is False and status["state"] == "stopped" and status["detail"] == "not_running"
