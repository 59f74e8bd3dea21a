"""The DC agent as a Windows service (``dcagent.py service``) under Wine, on the runtime of the Windows DC kit
(``packaging/windows/pwfilter/build_kit.py``: the embeddable Windows Python with the cryptography wheels): the
Service Control Manager starts it, it answers the SCM through advapi32 (running, then stopped on request), and while
it runs it takes up the password filter's spool and tries to reach the agent, logging to ``dcagent.log``.

Wine's services.exe stands in for Windows' SCM; the account lookup (wldap32 against the DC's own directory) is not
exercised: the one spool file given is not a password filter file, so it is removed without a lookup.
"""

from __future__ import annotations

import json
import shutil
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import app.pwsync.dcagent as dcagent_program
from app.pwsync.identity import PasswordSyncIdentity

pytestmark = [pytest.mark.windows, pytest.mark.slow]

SERVICE = "IdentityConnectDcAgentTest"
KIT_BUILDER = Path(__file__).resolve().parents[2] / "packaging" / "windows" / "pwfilter" / "build_kit.py"


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    from tests.windows import winenv

    try:
        python = winenv.prepare(log=lambda message: None)
    except winenv.WindowsEnvError as exc:
        pytest.fail(str(exc))
    work = tmp_path_factory.mktemp("dcagent-service")
    parent = winenv.cache_root() / "prefixes"
    winenv.remove_stale_prefixes(parent)
    prefix = winenv.WinePrefix(python, parent / f"dcagent-{work.name}-{time.time_ns()}", [])
    kit = _build_kit(work / "kit", python.home)
    try:
        prefix.start()
        yield prefix, kit
    finally:
        prefix.stop()
        shutil.rmtree(prefix.folder, ignore_errors=True)
        prefix.folder.with_name(prefix.folder.name + ".owner").unlink(missing_ok=True)


def _build_kit(folder: Path, python_home: Path) -> Path:
    """The kit as build_kit.py makes it, from the Windows leg's unpacked interpreter (its packages left out)."""
    import importlib.util

    from app.pwsync.windows_installer import WindowsKit

    spec = importlib.util.spec_from_file_location("build_kit", KIT_BUILDER)
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    builder.build(folder, python_home)
    kit = WindowsKit.find(folder)
    assert kit.problems() == []
    site = kit.runtime / "Lib" / "site-packages"
    assert {p.name.split("-")[0] for p in site.glob("*.dist-info")} <= {"cryptography", "cffi", "pycparser"}
    return folder


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _state(prefix: Any) -> str:
    done = prefix.run(["sc", "query", SERVICE], timeout=60)
    for line in done.stdout.splitlines():
        if "STATE" in line:
            return line.split()[-1]
    return done.stdout.strip() or done.stderr.strip()


def _wait(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.5)


def test_the_dc_agent_runs_as_a_service_and_stops_when_asked(wine: tuple[Any, Any], tmp_path: Path) -> None:
    from tests.windows.winenv import winpath

    prefix, kit = wine
    python = kit / "runtime" / "python.exe"
    identity = PasswordSyncIdentity.create()
    issued = identity.issue("windc1.zylker.test", client=True)
    folder = tmp_path / "DC Agent"
    folder.mkdir()
    shutil.copy(dcagent_program.__file__, folder / "dcagent.py")
    (folder / "dcagent.pem").write_bytes(issued.certificate_pem)
    (folder / "dcagent.key").write_bytes(issued.key_pem)
    (folder / "ca.pem").write_bytes(identity.ca_pem())
    spool = tmp_path / "filter spool"
    spool.mkdir()
    config = {
        "dc_name": "windc1.zylker.test",
        "agent_host": "127.0.0.1",
        "agent_port": _free_port(),  # nothing listens: the Sender says so and keeps trying
        "envelope_public_key": identity.envelope_public_b64(),
        "filter_spool": winpath(spool),
    }
    (folder / "dcagent.json").write_text(json.dumps(config))
    program, settings = winpath(folder / "dcagent.py"), winpath(folder / "dcagent.json")
    binary = f'"{winpath(python)}" "{program}" service --config "{settings}"'
    created = prefix.run(["sc", "create", SERVICE, "binPath=", binary], timeout=60)
    assert created.returncode == 0, created.stdout + created.stderr
    try:
        started = prefix.run(["sc", "start", SERVICE], timeout=180)
        assert started.returncode == 0, started.stdout + started.stderr
        _wait(lambda: _state(prefix) == "RUNNING", 120, "RUNNING")
        log = folder / "dcagent.log"
        _wait(lambda: log.exists() and "unreachable" in log.read_text(errors="replace"), 120, "the Sender's attempt")
        (spool / "00000000000000000001-1105-x.pwf").write_bytes(b"not a filter file")
        _wait(lambda: not list(spool.glob("*.pwf")), 60, "the spool file taken up")
        assert "not a password filter file; removed" in log.read_text(errors="replace")
        stopped = prefix.run(["sc", "stop", SERVICE], timeout=60)
        assert stopped.returncode == 0, stopped.stdout + stopped.stderr
        _wait(lambda: _state(prefix) == "STOPPED", 60, "STOPPED")
        text = log.read_text(errors="replace")
        assert "service failed" not in text and "not started by the Service Control Manager" not in text
    finally:
        prefix.run(["sc", "stop", SERVICE], timeout=60)
        prefix.run(["sc", "delete", SERVICE], timeout=60)
