"""Corrupt state never kills the agent: a damaged config, service-state or status file leaves it running in
"needs attention", naming the file and the line, and the scheduler keeps going until the file is fixed.

The files are real files written by the test: bad UTF-8, nesting deeper than any parser stack likes, numbers
no setting can hold, NaN, and values of the wrong type.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.config import ConfigStore
from app.errors import ConfigError
from app.service.events import AgentState
from app.service.statusfile import ServiceStateStore, read_status
from tests.service.test_service_flow import ZONE, Clock, Harness, Recorder, write_config

pytestmark = pytest.mark.timeout(60)
AGENT = [sys.executable, "-m", "app"]
MINIMAL = '{\n  "version": 1,\n  "device_name": "TEST-AGENT",\n  "sync": {}\n}\n'


def _lines(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def damaged_configs(good: str) -> dict[str, tuple[bytes, str, int]]:
    """name → (file contents, expected code, expected 1-based line)."""
    lines = good.splitlines()
    device = next(i for i, line in enumerate(lines) if '"device_name"' in line)
    wrong_type = list(lines)
    wrong_type[device] = '  "device_name": {"not": "a name"},'
    bad_utf8 = good.encode().replace(b"TEST-AGENT", b"TEST-\xff\xfeAGENT")
    return {
        "bad_utf8": (bad_utf8, "config_malformed", device + 1),
        "deep_nesting": (_lines("{", '  "device_name":', "[" * 100_000 + "]" * 100_000, "}"), "config_malformed", 3),
        "huge_number": (_lines("{", '  "version": 1,', '  "device_name": 1' + "0" * 5000, "}"), "config_malformed", 3),
        "float_overflow": (_lines("{", '  "version": 1e999', "}"), "config_malformed", 2),
        "nan": (_lines("{", '  "version": NaN', "}"), "config_malformed", 2),
        "truncated": (good.encode()[: len(good) // 2], "config_malformed", 0),  # the line depends on the cut
        "wrong_type": (("\n".join(wrong_type) + "\n").encode(), "config_invalid", device + 1),
        "not_an_object": (b"[1, 2, 3]\n", "config_invalid", 0),
    }


@pytest.mark.parametrize(
    "name", ["bad_utf8", "deep_nesting", "huge_number", "float_overflow", "nan", "truncated", "wrong_type"]
)
def test_a_damaged_config_leaves_the_agent_running_and_says_where(tmp_path: Path, name: str) -> None:
    recorder = Recorder()
    harness = Harness(tmp_path, Clock(datetime(2026, 11, 23, 12, 0, tzinfo=ZONE)), recorder)
    write_config(harness.paths)
    good = harness.paths.config_file.read_text()
    content, code, line = damaged_configs(good)[name]
    harness.paths.config_file.write_bytes(content)

    async def scenario() -> None:
        await harness.start()
        await harness.wait_for(lambda: harness.service.status().state is AgentState.ATTENTION)
        status = harness.service.status()
        assert (status.detail, status.problem_file) == (code, str(harness.paths.config_file))
        assert status.problem_line is not None
        if line:
            assert status.problem_line == line
        on_disk = read_status(harness.paths.state_dir)
        assert on_disk is not None and (on_disk.state, on_disk.detail, on_disk.problem_line) == (
            AgentState.ATTENTION,
            code,
            status.problem_line,
        )
        await asyncio.sleep(0.3)  # several scheduler ticks, each re-reading the damaged file
        assert harness.task is not None and not harness.task.done()
        assert recorder.plans == []  # nothing was read or planned with a configuration nobody can read
        # The admin restores the file: the same, still running scheduler picks it up.
        write_config(harness.paths)
        # ... and owes what a start owes: this new agent's first run, stopped for review.
        await harness.wait_for(lambda: harness.service.status().state is AgentState.AWAITING_REVIEW)
        status = harness.service.status()
        assert (status.device_name, status.detail, status.problem_file) == ("TEST-AGENT", None, None)
        # Planned as a manual run (one that proposes rather than re-creates), and only shown for review.
        assert [plan["mode"] for plan in recorder.plans] == ["manual"] and recorder.applies == []
        await harness.stop()

    asyncio.run(scenario())


def test_a_damaged_service_state_keeps_the_agent_up_but_not_syncing(tmp_path: Path) -> None:
    recorder = Recorder()
    harness = Harness(tmp_path, Clock(datetime(2026, 11, 23, 12, 0, tzinfo=ZONE)), recorder)
    write_config(harness.paths)
    service_file = harness.paths.state_dir / "service.json"
    service_file.write_text(
        json.dumps(
            {
                "initial_review_done": True,
                "last_sync": datetime(2026, 11, 22, 2, 0, tzinfo=UTC).isoformat(),
                "pending": {"run_id": "r1", "kind": "approval", "created_at": "2026-11-22T02:00:00", "disables": "x"},
            },
            indent=2,
        )
    )
    expected_line = next(n for n, text in enumerate(service_file.read_text().splitlines(), 1) if '"disables"' in text)

    async def scenario() -> None:
        await harness.start()
        await harness.wait_for(lambda: harness.service.status().state is AgentState.ATTENTION)
        status = harness.service.status()
        assert (status.detail, status.problem_file, status.problem_line) == (
            "state_file_unreadable",
            str(service_file),
            expected_line,
        )
        await asyncio.sleep(0.3)
        assert harness.task is not None and not harness.task.done()
        assert recorder.plans == [] and recorder.applies == []
        await harness.stop()

    asyncio.run(scenario())
    # Nothing overwrote the damaged file: the admin can still restore or inspect it.
    assert '"disables": "x"' in service_file.read_text()


def test_status_json_reports_a_damaged_status_file_with_what_to_do(tmp_path: Path) -> None:
    harness = Harness(tmp_path, Clock(datetime(2026, 11, 23, 12, 0, tzinfo=ZONE)), Recorder())
    write_config(harness.paths)
    status_file = harness.paths.state_dir / "status.json"
    status_file.write_bytes(b'{\n  "state": "idle",\n  "domain_controllers": 7\n}\n')
    done = subprocess.run(
        [*AGENT, "--config-dir", str(harness.paths.config_dir), "status", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["state"], data["detail"], data["problem_file"], data["problem_line"]) == (
        "stopped",
        "status_file_unreadable",
        str(status_file),
        3,
    )
    assert f"The status file {status_file} is damaged at line 3" in data["message"]
    assert "start the agent" in data["message"]


def test_sync_refuses_a_damaged_config_with_the_line_in_words(tmp_path: Path) -> None:
    harness = Harness(tmp_path, Clock(datetime(2026, 11, 23, 12, 0, tzinfo=ZONE)), Recorder())
    write_config(harness.paths)
    harness.paths.config_file.write_bytes(b'{\n  "version": 1,\n  "device_name": "\xc3\x28"\n}\n')
    done = subprocess.run(
        [*AGENT, "--config-dir", str(harness.paths.config_dir), "sync", "--dry-run"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert f"The configuration file {harness.paths.config_file} is damaged at line 3" in done.stderr


def test_loaders_raise_one_typed_error_with_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "agent"
    folder.mkdir(mode=0o700)
    config = folder / "config.json"
    for content, code, line in damaged_configs(MINIMAL).values():
        config.write_bytes(content)
        with pytest.raises(ConfigError) as caught:
            ConfigStore(config).load()
        assert caught.value.code == code
        assert caught.value.details["path"] == str(config)
        if line:
            assert caught.value.details["line"] == line
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    (state / "service.json").write_bytes(b'{"initial_review_done": "yes"}')
    with pytest.raises(ConfigError) as caught:
        ServiceStateStore(state).load()
    assert (caught.value.code, caught.value.details["line"]) == ("state_file_unreadable", 1)


def test_every_new_code_has_words_naming_the_file_and_line_in_both_front_ends() -> None:
    from app.messages import WORDS, describe
    from ui import errors

    for code in ("config_malformed", "config_invalid", "state_file_unreadable", "status_file_unreadable"):
        gui = errors.describe(code, {"path": "/srv/agent/some.json", "line": 7}).text
        terminal = describe(ConfigError(code=code, path="/srv/agent/some.json", line=7))
        assert "/srv/agent/some.json" in gui and "line 7" in gui, gui
        assert "/srv/agent/some.json" in terminal and "line 7" in terminal, terminal
    folder = errors.describe("config_folder_unsafe", {"path": "/srv/agent"}).text
    assert "/srv/agent" in folder and "chmod 700" in folder
    assert "config_folder_unsafe" in WORDS
