"""Windows, without a Windows machine: the official Windows CPython and the Windows builds under Wine.

Against the same Samba AD DC and sandbox tenant as the Linux tests, the Windows interpreter runs the agent as an
administrator would on a Windows server (``--version``, ``check-ldap``, ``setup`` with the device sign-in
approved over HTTP and the secrets in the Windows Credential Manager, ``sync --yes``, ``status --json``, and a
second ``sync`` that carries a change made in AD), and a focused part of the test suite (the core, no Qt).
PyInstaller, run by that interpreter, builds the Windows one-folder bundle; its agent and its GUI self-check run;
``wixl`` builds the MSI from ``packaging/windows/identity-connect.wxs``, which Wine's ``msiexec`` installs
silently (with the service and the autostart entry) and uninstalls again.

The environment (interpreter, wheels, Wine shims) is cached outside the checkout (:mod:`tests.windows.winenv`);
so is the Windows build, keyed by everything it is made from. Each run boots a private Wine prefix and kills
its wineserver at the end.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app import APP_NAME, __version__
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC, seed_dn
from tests.servers.sandbox import SandboxTenantHandle
from tests.windows import winbuild, winenv
from tests.windows.winenv import WinePrefix, winpath

pytestmark = [pytest.mark.windows, pytest.mark.slow]

REPO = winenv.REPO
WIZARD_SMOKE = Path(__file__).with_name("wizard_smoke.py")
SERVICE_KEY = r"HKLM\System\CurrentControlSet\Services\IdentityConnectAgent"
#: The core of the suite, which needs neither Qt nor a server fixture: planning, settings (with their time
#: zones), the instance lock and schedule, the service's mailbox, key and input validation.
CORE_TESTS = [
    "tests/sync/test_planner.py",
    "tests/sync/test_settings.py",
    "tests/ldap/test_validation.py",
    "tests/service/test_lock_and_schedule.py",
    "tests/service/test_commands.py",
    "tests/test_installkey.py",
]


@dataclass
class WindowsSession:
    prefix: WinePrefix
    work: Path
    timings: dict[str, float] = field(default_factory=dict)
    #: The agent folder set up by the agent test (secrets in this prefix's Credential Manager), if it passed.
    configured_agent: Path | None = None

    def python(
        self, *args: str | Path, input: str | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return self.prefix.run(self.prefix.python_cmd(*args), input=input, timeout=timeout, cwd=REPO)

    def agent(
        self, config_dir: Path, *args: str, input: str | None = None, timeout: float = 180
    ) -> subprocess.CompletedProcess[str]:
        return self.python("-m", "app", "--config-dir", winpath(config_dir), *args, input=input, timeout=timeout)


@pytest.fixture(scope="module")
def windows(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WindowsSession]:
    started = time.monotonic()
    try:
        python = winenv.prepare(log=lambda line: print(f"[windows] {line}", flush=True))
    except winenv.WindowsEnvError as exc:
        pytest.fail(f"the Windows environment cannot be prepared: {exc}")
    prepared = time.monotonic()
    prefixes = winenv.cache_root() / "prefixes"
    winenv.remove_stale_prefixes(prefixes)
    work = tmp_path_factory.mktemp("windows")
    metadata = winenv.write_project_metadata(work / "metadata")
    prefix = WinePrefix(python, prefixes / f"run-{work.name}-{time.time_ns()}", [REPO, metadata])
    try:
        prefix.start()
        session = WindowsSession(prefix, work)
        session.timings.update(prepare=prepared - started, boot=time.monotonic() - prepared)
        yield session
    finally:
        prefix.stop()
        shutil.rmtree(prefix.folder, ignore_errors=True)
        prefix.folder.with_name(prefix.folder.name + ".owner").unlink(missing_ok=True)
        if "session" in locals():
            # Where the leg's time goes, for whoever looks after it (not asserted: timing is not a test outcome).
            timings = {k: round(v, 1) for k, v in session.timings.items()}
            (winenv.cache_root() / "last-run.json").write_text(json.dumps(timings, indent=2) + "\n")


@pytest.fixture(autouse=True)
def _timed(request: pytest.FixtureRequest, windows: WindowsSession) -> Iterator[None]:
    started = time.monotonic()
    yield
    windows.timings[request.node.name] = time.monotonic() - started


# --- the agent on the Windows interpreter ----------------------------------------------------------------
@pytest.mark.timeout(1800)  # the first test also waits for the environment (a cold cache downloads ≈400 MB)
def test_agent_reports_its_version_on_windows_python(windows: WindowsSession) -> None:
    done = windows.python("-c", "import sys, platform; print(sys.platform, platform.release(), sys.version_info[:2])")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[0] == "win32" and "(3, 13)" in done.stdout, done.stdout
    version = windows.python("-m", "app", "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.split()[-1] == __version__


class _SignInApprover:
    """Reads the setup command's prose as it comes and approves the device code as the admin would."""

    def __init__(self, tenant: SandboxTenantHandle, stream: Any) -> None:
        self.text: list[str] = []
        self.approved: str | None = None
        self.error: BaseException | None = None
        self._tenant = tenant
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: Any) -> None:
        for line in stream:
            self.text.append(line)
            match = re.search(r"code\s+(\S+-\S+)", line)
            if match and self.approved is None:
                self.approved = match.group(1)
                try:
                    self._tenant.approve(self.approved)
                except BaseException as exc:  # reported by the test, not lost in this thread
                    self.error = exc

    def join(self) -> str:
        self._thread.join(timeout=30)
        return "".join(self.text)


def _credential_targets(windows: WindowsSession) -> list[str]:
    """The generic credentials in the Windows Credential Manager, read with the Win32 API (not keyring)."""
    script = "import json, win32cred; print(json.dumps([c['TargetName'] for c in win32cred.CredEnumerate(None, 0)]))"
    done = windows.python("-c", script)
    if done.returncode != 0 and "1168" in done.stderr:  # ERROR_NOT_FOUND: no credentials at all
        return []
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


@pytest.mark.samba
@pytest.mark.timeout(900)
def test_agent_sets_up_syncs_and_reports_on_windows(
    windows: WindowsSession, sandbox_tenant: SandboxTenantHandle, samba_dc_fresh: SambaDC
) -> None:
    from tests.e2e.conftest import AdAdmin

    dc = samba_dc_fresh
    config_dir = windows.work / "agent"
    ca = winpath(dc.ca_file)

    checked = windows.python(
        "-m", "app", "check-ldap", "--domain", dc.domain, "--dc", dc.host, "--bind", dc.service_bind,
        "--password-stdin", "--ca-file", ca, input=dc.service_password + "\n", timeout=180,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr

    # setup: the device code is approved over HTTP while the command waits, as a person at a browser would.
    with windows.prefix.popen(
        windows.prefix.python_cmd(
            "-m", "app", "--config-dir", winpath(config_dir), "setup", "--key", sandbox_tenant.installation_key,
            "--domain", dc.domain, "--dc", dc.host, "--bind", dc.service_bind, "--password-stdin",
            "--ca-file", ca, "--device-name", "WINDOWS-AGENT", "--yes", "--json",
        )
    ) as setup:  # fmt: skip
        assert setup.stdin and setup.stderr and setup.stdout
        approver = _SignInApprover(sandbox_tenant, setup.stderr)
        setup.stdin.write(dc.service_password + "\n")
        setup.stdin.close()
        try:
            stdout = setup.stdout.read()
            setup.wait(timeout=300)
        finally:
            if setup.poll() is None:
                setup.kill()
        prose = approver.join()
    assert approver.error is None, approver.error
    assert setup.returncode == 0, prose + stdout
    outcome = json.loads(stdout)
    assert outcome["ok"] and outcome["owner"]["email"] == sandbox_tenant.admin.email
    assert [a["device_name"] for a in sandbox_tenant.agents()] == ["WINDOWS-AGENT"]

    # The secrets live in the Windows Credential Manager, never in the configuration folder.
    targets = _credential_targets(windows)
    assert any(APP_NAME in target for target in targets), targets
    for path in config_dir.rglob("*"):
        if path.is_file():
            assert dc.service_password.encode() not in path.read_bytes(), path

    first = windows.agent(config_dir, "sync", "--yes", "--json")
    assert first.returncode == 0, first.stdout + first.stderr
    assert json.loads(first.stdout)["outcome"] == "applied"
    users = {str(u["userName"]).lower(): u for u in sandbox_tenant.scim_users() if u.get("externalId")}
    for seed in data.users_in(data.SALES):
        assert users[seed.upn.lower()]["name"]["givenName"] == seed.given_name

    status = windows.agent(config_dir, "status", "--json")
    assert status.returncode == 0, status.stderr
    state = json.loads(status.stdout)
    assert state["configured"] is True and state["running"] is False
    assert state["last_sync"] and sum(state["last_run_counts"].values()) >= len(data.users_in(data.SALES))

    admin = AdAdmin(dc)
    try:
        admin.modify(seed_dn("alice.adams"), givenName="Alicia")
    finally:
        admin.close()
    second = windows.agent(config_dir, "sync", "--json")
    assert second.returncode == 0, second.stdout + second.stderr
    report = json.loads(second.stdout)
    assert report["outcome"] == "applied" and report["plan_counts"]["user.update"] == 1, report
    alice = next(u for u in sandbox_tenant.scim_users() if u["userName"].lower() == "alice.adams@zylker.test")
    assert alice["name"]["givenName"] == "Alicia"
    windows.configured_agent = config_dir  # the service test runs this agent as a Windows service


@pytest.mark.timeout(900)
def test_core_tests_pass_on_windows_python(windows: WindowsSession) -> None:
    # No conftest: the shared ones load the server fixtures, which are Linux programs.
    basetemp = windows.work / "pytest-core"
    done = windows.python(
        "-m", "pytest", "-q", "-p", "no:cacheprovider", "--noconftest", "--basetemp", winpath(basetemp),
        *CORE_TESTS, timeout=840,
    )  # fmt: skip
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
    assert re.search(r"\d+ passed", summary) and "failed" not in summary, summary


# --- the Windows build ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def bundle(windows: WindowsSession) -> Path:
    started = time.monotonic()
    folder, built = winbuild.build_bundle(windows.prefix, log=lambda line: print(f"[windows] {line}", flush=True))
    windows.timings["bundle" if built is None else "bundle build"] = time.monotonic() - started
    return folder


def _check_lines(report: str) -> dict[str, tuple[str, str]]:
    return {m.group(1): (m.group(2), m.group(3)) for m in re.finditer(r"^  (\S.*?)\s+(ok|FAIL)\s+(.*)$", report, re.M)}


@pytest.mark.timeout(4500)  # a cold cache builds the bundle first (PyInstaller under Wine: many minutes)
def test_windows_bundle_agent_runs_and_checks_itself(windows: WindowsSession, bundle: Path) -> None:
    for name in ("identity-connect.exe", "identity-connect-agent.exe", "identity-connect-service.exe"):
        assert (bundle / name).is_file(), name
    agent = bundle / "identity-connect-agent.exe"
    version = windows.prefix.run([agent, "--version"])
    assert version.returncode == 0 and version.stdout.split()[-1] == __version__, version.stdout + version.stderr

    checked = windows.prefix.run([agent, "--self-check"])
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert re.search(r"^  running\s+frozen build on win32$", checked.stdout, re.M), checked.stdout
    lines = _check_lines(checked.stdout)
    assert lines["keyring"] == ("ok", "keyring.backends.Windows.WinVaultKeyring (usable)"), checked.stdout
    assert lines["time zones"][0] == "ok" and lines["service"][0] == "ok", checked.stdout
    assert {"check-ldap", "setup", "sync", "status", "run", "service"} <= set(lines["commands"][1].split())
    assert "sandbox" not in lines["commands"][1].split()
    assert checked.stdout.rstrip().endswith("result: OK")

    # The service program, started by hand rather than by the Service Control Manager, says what it is for.
    service = windows.prefix.run([bundle / "identity-connect-service.exe"])
    assert service.returncode == 2 and "Service Control Manager" in service.stderr, service.stdout + service.stderr

    # The GUI is a windowed program (no console output): its self-check answers through the exit status.
    gui = windows.prefix.run([bundle / "identity-connect.exe", "--self-check"], env={"QT_QPA_PLATFORM": "offscreen"})
    assert gui.returncode == 0, gui.stdout + gui.stderr
    notices = (bundle / "_internal" / "resources" / "licence" / "THIRD-PARTY-NOTICES.txt").read_text()
    assert "pywin32" in notices and "tzdata" in notices and "PySide6" in notices
    assert not (bundle / "_internal" / "sandbox").exists()


@pytest.mark.timeout(2700)
def test_msi_installs_the_programs_service_and_shortcuts_then_uninstalls(windows: WindowsSession, bundle: Path) -> None:
    started = time.monotonic()
    msi, built = winbuild.build_msi(bundle, __version__)
    windows.timings["msi" if built is None else "msi build"] = time.monotonic() - started
    windows.timings["msi size MB"] = msi.stat().st_size / 1e6
    print(f"[windows] MSI {msi.name}: {msi.stat().st_size / 1e6:.1f} MB", flush=True)

    installed = windows.prefix.drive_c / "Program Files" / "Identity Connect"
    agent_dir = windows.configured_agent or windows.work / "unconfigured-agent"
    service_args = f"SERVICE_ARGS=--config-dir {winpath(agent_dir)}"
    done = windows.prefix.run(
        ["msiexec", "/i", winpath(msi), "/qn", "AUTOSTART=1", "SERVICE=1", service_args], timeout=900
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("identity-connect.exe", "identity-connect-agent.exe", "identity-connect-service.exe"):
        assert (installed / name).is_file(), name
    assert (installed / "_internal" / "resources" / "licence" / "LICENSE.txt").read_text() == (
        REPO / "LICENSE"
    ).read_text()
    version = windows.prefix.run([r"C:\Program Files\Identity Connect\identity-connect-agent.exe", "--version"])
    assert version.returncode == 0 and version.stdout.split()[-1] == __version__, version.stdout + version.stderr

    # Windows puts a per-machine package's shortcuts in the All Users Start menu; Wine 8's msi uses the
    # installing user's Start menu instead, so both places count.
    menu = list(windows.prefix.drive_c.rglob("Start Menu/Programs/**/*.lnk"))
    names = {(p.parent.name, p.name) for p in menu}
    expected = {("Identity Connect", f"Identity Connect{suffix}.lnk") for suffix in ("", " licence", " admin guide")}
    assert expected <= names, menu
    assert ("StartUp", "Identity Connect.lnk") in names, menu  # AUTOSTART=1
    service = windows.prefix.run(["reg", "query", SERVICE_KEY, "/v", "ImagePath"])
    assert service.returncode == 0, service.stdout + service.stderr
    assert "identity-connect-service.exe" in service.stdout and "--config-dir" in service.stdout, service.stdout
    if windows.configured_agent is not None:
        _service_starts_and_stops(windows, agent_dir)

    removed = windows.prefix.run(["msiexec", "/x", winpath(msi), "/qn"], timeout=900)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    left = [p for p in installed.rglob("*") if p.is_file()] if installed.exists() else []
    assert left == []
    assert not list(windows.prefix.drive_c.rglob("Start Menu/Programs/**/Identity Connect*.lnk"))
    assert windows.prefix.run(["reg", "query", SERVICE_KEY]).returncode != 0


def _service_starts_and_stops(windows: WindowsSession, agent_dir: Path) -> None:
    """The Service Control Manager starts the installed service, which runs the configured agent (it holds the
    agent's lock, as `status` sees from outside), and stops it on request."""
    agent = r"C:\Program Files\Identity Connect\identity-connect-agent.exe"

    def running() -> bool:
        status = windows.prefix.run([agent, "--config-dir", winpath(agent_dir), "status", "--json"], timeout=120)
        assert status.returncode == 0, status.stdout + status.stderr
        return bool(json.loads(status.stdout)["running"])

    assert not running()
    started = windows.prefix.run(["sc", "start", "IdentityConnectAgent"], timeout=120)
    assert started.returncode == 0, started.stdout + started.stderr
    deadline = time.monotonic() + 180
    while not running():
        assert time.monotonic() < deadline, "the service did not start the agent within 3 minutes"
        time.sleep(2)
    stopped = windows.prefix.run(["sc", "stop", "IdentityConnectAgent"], timeout=120)
    assert stopped.returncode == 0, stopped.stdout + stopped.stderr
    deadline = time.monotonic() + 120
    while running():
        assert time.monotonic() < deadline, "the agent kept running after the service was stopped"
        time.sleep(2)
    query = windows.prefix.run(["sc", "query", "IdentityConnectAgent"], timeout=60)
    assert "STOPPED" in query.stdout, query.stdout + query.stderr


@pytest.mark.timeout(600)
def test_setup_wizard_opens_offscreen_on_windows_python(windows: WindowsSession) -> None:
    done = windows.python(WIZARD_SMOKE, winpath(windows.work / "wizard-agent"), "de")
    assert done.returncode == 0, done.stdout + done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["platform"] == "offscreen" and shown["visible"], shown
    assert shown["width"] > 300 and shown["height"] > 200 and shown["colours"] > 10, shown
    assert "Weiter" in shown["next"], shown  # Qt's own German for the Next button: translations load on Windows
