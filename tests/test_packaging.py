"""The frozen build works, and the packaging files agree with each other and with the project.

The slow tests build the one-folder bundle with PyInstaller (``packaging/identity-connect.spec``) into
``build/frozen-test/`` and run the frozen programs: ``--version``, ``--self-check`` inside this test run's
Secret Service, and the agent's ``--help``. A build is reused while nothing it is made from has changed
(the spec, the sources, resources, translations, docs, the installed metadata, PyInstaller's version).
The fast tests check the desktop entries, the systemd unit and the Windows installer source (an MSI built with
wixl from a stand-in bundle; the real Windows build is made and installed under Wine in tests/windows/).
"""

from __future__ import annotations

import configparser
import fcntl
import hashlib
import importlib.metadata as md
import io
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app import __version__

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "identity-connect.spec"
BUILD_ROOT = REPO / "build" / "frozen-test"
GUI = "identity-connect"
AGENT = "identity-connect-agent"
LANGUAGES = ("de", "fr", "es", "ja", "zh_CN")
#: The agent's own subcommands; the sandbox is an optional extra and stays out of the bundle.
AGENT_COMMANDS = {"check-ldap", "setup", "sync", "status", "run"}
EXE = ".exe" if sys.platform == "win32" else ""


# --- building (cached) ----------------------------------------------------------------------------------
def _build_inputs() -> list[Path]:
    files = [SPEC, *sorted((PACKAGING / "launchers").glob("*.py")), *sorted((PACKAGING / "linux").iterdir())]
    for folder, pattern in (("app", "*.py"), ("ui", "*.py"), ("resources", "*"), ("docs", "*")):
        files += sorted(p for p in (REPO / folder).rglob(pattern) if p.is_file() and "__pycache__" not in p.parts)
    files += sorted((REPO / "translations").glob("*.qm"))
    return files


def _build_key() -> str:
    digest = hashlib.sha256()
    import PyInstaller

    dist = md.distribution("identity-connect")
    digest.update(f"{sys.version}|{PyInstaller.__version__}|{dist.read_text('entry_points.txt')}".encode())
    for path in _build_inputs():
        digest.update(str(path.relative_to(REPO)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _pyinstaller_available() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


class FrozenBuild:
    """The one-folder bundle, built (or found fresh) on a thread of its own.

    tests/conftest.py starts it as soon as collection shows that a test needs the bundle, so PyInstaller works
    while the tests before these wait on their servers. Where this process may raise the priority again, the
    build starts at a lower one (``nice``), so the running tests keep their CPU and the build takes what they
    leave, and gets the normal priority back once a test waits for it.
    """

    def __init__(self) -> None:
        self.folder = BUILD_ROOT / "dist" / "identity-connect"
        self.error: str | None = None
        self.seconds: float | None = None
        self._process: subprocess.Popen[str] | None = None
        self._stopped = False
        self._waited = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._build, name="frozen-build", daemon=True)

    def start(self) -> None:
        with self._lock:
            if not self._thread.is_alive() and self._thread.ident is None:
                self._thread.start()

    def wait(self, timeout: float = 1500) -> Path:
        self.start()
        with self._lock:
            self._waited = True
            self._normal_priority()
        self._thread.join(timeout)
        assert not self._thread.is_alive(), f"the frozen build did not finish within {timeout:.0f} s"
        assert self.error is None, self.error
        return self.folder

    def stop(self) -> None:
        """End a build still running when the test run ends early (it would write into a later run's build)."""
        with self._lock:
            self._stopped = True
            if self._process is not None and self._process.poll() is None:
                os.killpg(self._process.pid, signal.SIGKILL)  # PyInstaller and the helpers it started
        if self._thread.is_alive():
            self._thread.join(30)

    def _build(self) -> None:
        try:
            self._build_or_reuse()
        except BaseException as exc:  # reported by the test that waits for the bundle
            self.error = f"{type(exc).__name__}: {exc}"

    def _build_or_reuse(self) -> None:
        if not _pyinstaller_available():
            self.error = "PyInstaller is missing: install the build extra (pip install -e '.[build]')"
            return
        BUILD_ROOT.mkdir(parents=True, exist_ok=True)
        stamp = BUILD_ROOT / "inputs.sha256"
        with open(BUILD_ROOT / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # two test runs at once share one build
            key = _build_key()
            if stamp.exists() and stamp.read_text() == key and (self.folder / f"{GUI}{EXE}").exists():
                return
            stamp.unlink(missing_ok=True)
            shutil.rmtree(self.folder, ignore_errors=True)
            started = time.monotonic()
            nice = [tool, "-n", "10"] if (tool := shutil.which("nice")) and _may_raise_priority() else []
            command = [*nice, sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
            command += ["--distpath", str(BUILD_ROOT / "dist"), "--workpath", str(BUILD_ROOT / "work"), str(SPEC)]
            with self._lock:
                if self._stopped:
                    return
                self._process = subprocess.Popen(
                    command,
                    cwd=REPO,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    start_new_session=True,  # one process group: reniced and ended as a whole
                )
                if self._waited:
                    self._normal_priority()
            try:
                _, stderr = self._process.communicate(timeout=1200)
            except subprocess.TimeoutExpired:
                os.killpg(self._process.pid, signal.SIGKILL)
                self._process.communicate()
                self.error = "PyInstaller took more than 1200 s"
                return
            if self._process.returncode != 0:
                self.error = f"PyInstaller failed ({self._process.returncode}):\n{stderr[-4000:]}"
                return
            self.seconds = time.monotonic() - started
            (BUILD_ROOT / "build-seconds").write_text(f"{self.seconds:.1f}\n")
            stamp.write_text(key)

    def _normal_priority(self) -> None:
        if self._process is not None and self._process.poll() is None:
            try:
                os.setpriority(os.PRIO_PGRP, self._process.pid, 0)
            except OSError:
                pass  # the build has just ended


def _may_raise_priority() -> bool:
    """Whether this process may lower a niceness of 10 back to 0 (root, or a generous RLIMIT_NICE)."""
    return os.geteuid() == 0 or resource.getrlimit(resource.RLIMIT_NICE)[0] >= 20


#: This run's build; ``start_frozen_build`` (called by tests/conftest.py) or the first test that needs it starts it.
FROZEN_BUILD = FrozenBuild()


def start_frozen_build() -> None:
    FROZEN_BUILD.start()


def stop_frozen_build() -> None:
    FROZEN_BUILD.stop()


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The built one-folder bundle (``.../dist/identity-connect``), rebuilt only when its inputs changed."""
    try:
        return FROZEN_BUILD.wait()
    except AssertionError as exc:
        pytest.fail(str(exc), pytrace=False)


def _run(program: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IDENTITY_CONNECT_CONFIG_DIR=str(tmp_path / "config"))
    return subprocess.run([str(program), *args], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)


def _listed_commands(help_text: str) -> set[str]:
    section = help_text.split("positional arguments:", 1)[-1].split("options:", 1)[0]
    return set(re.findall(r"^ {4}([a-z][\w-]*)", section, re.MULTILINE))


# --- the frozen programs ---------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_frozen_programs_report_the_project_version(bundle: Path, tmp_path: Path) -> None:
    for name in (GUI, AGENT):
        result = _run(bundle / f"{name}{EXE}", "--version", tmp_path=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split()[-1] == __version__, result.stdout


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_frozen_self_check_finds_keyring_translations_platform_and_resources(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle / f"{GUI}{EXE}", "--self-check", tmp_path=tmp_path)
    report = result.stdout

    def check(name: str) -> str:
        found = re.search(rf"^  {name}\s+(ok|FAIL)\s+(.*)$", report, re.MULTILINE)
        assert found, f"no {name!r} line in:\n{report}{result.stderr}"
        assert found.group(1) == "ok", report
        return found.group(2)

    assert re.search(r"^  running\s+frozen build on ", report, re.MULTILINE), report
    assert check("keyring") == "keyring.backends.SecretService.Keyring (usable)"
    assert check("translations").startswith(f"loaded: en {' '.join(LANGUAGES)} ")  # English: its plural forms
    assert check("Qt translations").startswith(f"qtbase loaded: {' '.join(LANGUAGES)}")  # QWizard's buttons
    assert check("Qt platform").split()[0] == "offscreen"
    check("resources")
    assert result.returncode == 0 and report.rstrip().endswith("result: OK"), report + result.stderr


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_frozen_agent_lists_every_subcommand(bundle: Path, tmp_path: Path) -> None:
    frozen = _run(bundle / f"{AGENT}{EXE}", "--help", tmp_path=tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    # Same commands as the installed agent, minus the sandbox (not bundled).
    source = subprocess.run([sys.executable, "-m", "app", "--help"], capture_output=True, text=True, check=True)
    assert _listed_commands(frozen.stdout) == _listed_commands(source.stdout) - {"sandbox"}
    # The commands are discovered through entry points: the bundle must carry the metadata naming them.
    (metadata,) = (bundle / "_internal").glob("identity_connect-*.dist-info")  # the installed metadata
    declared = {line.split("=")[0].strip() for line in (metadata / "entry_points.txt").read_text().splitlines()}
    assert AGENT_COMMANDS <= declared


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_bundle_carries_licences_docs_and_no_sandbox(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "resources" / "licence" / "LICENSE.txt").read_text() == (REPO / "LICENSE").read_text()
    notices = (internal / "resources" / "licence" / "THIRD-PARTY-NOTICES.txt").read_text()
    assert "PySide6" in notices and "keyring" in notices
    assert (internal / "docs" / "admin-guide.md").is_file() or not (REPO / "docs" / "admin-guide.md").exists()
    assert (internal / "linux" / "identity-connect-agent.service").is_file()
    assert not (internal / "sandbox").exists()


# --- the packaging files ---------------------------------------------------------------------------------
def _desktop_entry(name: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / name, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.parametrize("name", ["identity-connect.desktop", "identity-connect-autostart.desktop"])
def test_desktop_entries_validate_and_start_the_gui(name: str) -> None:
    tool = shutil.which("desktop-file-validate")
    assert tool, "desktop-file-validate is missing (Debian package desktop-file-utils)"
    result = subprocess.run([tool, str(PACKAGING / "linux" / name)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout
    entry = _desktop_entry(name)
    assert entry["Exec"].split()[0] == GUI
    assert entry["Icon"] == GUI


def test_systemd_unit_runs_the_bundled_agent() -> None:
    unit = (PACKAGING / "linux" / "identity-connect-agent.service").read_text()
    (exec_start,) = re.findall(r"^ExecStart=(.+)$", unit, re.MULTILINE)
    assert exec_start.split() == [f"/opt/identity-connect/{AGENT}", "run"]
    dropin = (PACKAGING / "linux" / "headless-keyring.conf").read_text()
    starts = re.findall(r"^ExecStart=(.*)$", dropin, re.MULTILINE)
    # The private keyring: the agent command runs inside 'keyring-session', unlocked by a systemd credential.
    assert starts[0] == "" and starts[1].split() == [f"/opt/identity-connect/{AGENT}", "keyring-session", "run"]
    assert re.search(r"^LoadCredentialEncrypted=keyring-password:", dropin, re.MULTILINE)


def test_systemd_unit_passes_systemd_analyze(tmp_path: Path) -> None:
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("systemd-analyze is not installed")
    # verify insists that ExecStart exists; point it at a real program, keep everything else.
    unit = (PACKAGING / "linux" / "identity-connect-agent.service").read_text()
    copy = tmp_path / "identity-connect-agent.service"
    copy.write_text(unit.replace(f"/opt/identity-connect/{AGENT}", "/bin/true"))
    dropins = tmp_path / "identity-connect-agent.service.d"
    dropins.mkdir()
    dropin = (PACKAGING / "linux" / "headless-keyring.conf").read_text()
    (dropins / "headless-keyring.conf").write_text(dropin.replace(f"/opt/identity-connect/{AGENT}", "/bin/true"))
    result = subprocess.run([tool, "verify", str(copy)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_spec_and_launchers_match_the_project_scripts() -> None:
    entry_points = md.distribution("identity-connect").entry_points
    scripts = {ep.name: ep.value for ep in entry_points if ep.group.endswith("scripts")}
    assert scripts[GUI] == "ui.main:main" and scripts[AGENT] == "app.cli:main"
    spec = SPEC.read_text()
    assert f'GUI_NAME = "{GUI}"' in spec and f'AGENT_NAME = "{AGENT}"' in spec
    for name, target in ((GUI, "ui.main"), (AGENT, "app.cli")):
        launcher = (PACKAGING / "launchers" / f"{name}.py").read_text()
        assert f"from {target} import main" in launcher


def _msi_table(msi: Path, table: str) -> list[dict[str, str]]:
    """Rows of one table of an MSI, read with msitools' msiinfo (header, types, key, then rows)."""
    out = subprocess.run(["msiinfo", "export", str(msi), table], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=False)) for line in lines[3:]]


def test_windows_installer_source_builds_an_msi_with_the_service_and_optional_parts(tmp_path: Path) -> None:
    """The WiX source and build_msi.py, on a stand-in bundle (the real one is built under Wine in tests/windows)."""
    wxs = (PACKAGING / "windows" / "identity-connect.wxs").read_text()
    assert 'Version="$(var.Version)"' in wxs and __version__ not in wxs  # the version lives only in app/__init__.py
    assert shutil.which("wixl") and shutil.which("msiinfo"), "wixl/msiinfo missing (Debian packages wixl, msitools)"
    bundle = tmp_path / "identity-connect"
    for name in (f"{GUI}.exe", f"{AGENT}.exe", "identity-connect-service.exe", "_internal/docs/admin-guide.md"):
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_text(name)
    msi = tmp_path / "out.msi"
    built = subprocess.run(
        [sys.executable, str(PACKAGING / "windows" / "build_msi.py"), "--bundle", str(bundle), "--output", str(msi)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr

    properties = {row["Property"]: row["Value"] for row in _msi_table(msi, "Property")}
    assert properties["ProductVersion"] == __version__ and properties["ALLUSERS"] == "1"  # per machine
    # The service and the autostart entry are features above the default install level, brought down to it by
    # their property; everything else is in the one feature that is always installed.
    levels = {row["Feature"]: row["Level"] for row in _msi_table(msi, "Feature")}
    assert levels == {"Complete": "1", "Service": "1000", "Autostart": "1000"}
    conditions = {row["Feature_"]: (row["Level"], row["Condition"]) for row in _msi_table(msi, "Condition")}
    assert conditions == {"Service": ("1", 'SERVICE = "1"'), "Autostart": ("1", 'AUTOSTART = "1"')}
    features = {row["Component_"]: row["Feature_"] for row in _msi_table(msi, "FeatureComponents")}
    assert features["ServiceProgram"] == "Service" and features["Autostart"] == "Autostart"
    assert features["GuiProgram"] == features["AgentProgram"] == "Complete"
    (service,) = _msi_table(msi, "ServiceInstall")
    assert service["Name"] == "IdentityConnectAgent" and service["Component_"] == "ServiceProgram"
    assert service["StartType"] == "2" and service["StartName"] == "[SERVICE_ACCOUNT]"  # automatic
    (control,) = _msi_table(msi, "ServiceControl")
    assert int(control["Event"]) & 0x80  # removed on uninstall
    shortcuts = {row["Name"]: row for row in _msi_table(msi, "Shortcut")}
    assert shortcuts["Identity Connect licence"]["Target"].endswith(r"resources\licence\LICENSE.txt")
    assert {row["Directory_"] for row in shortcuts.values()} == {"ProgramMenuDir", "StartupFolder"}
    files = {row["FileName"].split("|")[-1] for row in _msi_table(msi, "File")}
    assert {f"{GUI}.exe", f"{AGENT}.exe", "identity-connect-service.exe", "admin-guide.md"} <= files


def test_windows_service_program_is_built_from_the_agent() -> None:
    spec = SPEC.read_text()
    assert 'SERVICE_NAME = "identity-connect-service"' in spec
    launcher = (PACKAGING / "windows" / "identity-connect-service.py").read_text()
    assert "from app.service.winservice import main" in launcher
    entry_points = md.distribution("identity-connect").entry_points
    assert {ep.name: ep.value for ep in entry_points if ep.group == "identity_connect.commands"}["service"] == (
        "app.service.winservice:register"
    )


# --- the self-check itself (in-process, fast) ------------------------------------------------------------
@pytest.mark.gui
def test_self_check_fails_when_translations_are_missing(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import selfcheck

    monkeypatch.setattr(selfcheck, "translations_dir", lambda: tmp_path)
    (tmp_path / "identity_connect_de.qm").write_bytes(b"not a catalogue")
    out = io.StringIO()
    assert selfcheck.run_self_check(out) == 1
    assert f"missing or unreadable: en {' '.join(LANGUAGES)}" in out.getvalue()
    assert out.getvalue().rstrip().endswith("result: FAILED")


@pytest.mark.gui
def test_self_check_fails_without_a_usable_keyring(qapp: object) -> None:
    import keyring
    from keyring.backends import fail

    from ui import selfcheck

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        report = selfcheck.collect_self_check()
    finally:
        keyring.set_keyring(previous)
    (check,) = [c for c in report.checks if c.name == "keyring"]
    assert not check.ok and "keyring.backends.fail.Keyring" in check.detail
    assert not report.ok


def test_agent_self_check_needs_no_qt_and_fails_without_a_usable_keyring() -> None:
    import keyring
    from keyring.backends import fail

    from app import selfcheck

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        out = io.StringIO()
        status = selfcheck.run_self_check(out)
    finally:
        keyring.set_keyring(previous)
    report = out.getvalue()
    assert status == 1 and report.rstrip().endswith("result: FAILED"), report
    assert re.search(r"^  keyring\s+FAIL\s+keyring\.backends\.fail\.Keyring", report, re.MULTILINE), report
    assert re.search(r"^  time zones\s+ok\s+Europe/Berlin loaded$", report, re.MULTILINE), report
    # The agent's check runs where Qt cannot (servers, service accounts): it must not import it.
    check = "import sys, app.selfcheck as s; s.collect_self_check(); print('PySide6' in sys.modules)"
    imported = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=120)
    assert imported.stdout.strip() == "False", imported.stdout + imported.stderr
