"""Local files and processes: what the agent writes is private, and what others could have planted is refused.

Everything here runs against real files on this machine: a loose umask (022) so that only the code, not the
test process, can make a file private; a 0777 configuration folder; a folder owned by another user; a lock
file and mailbox commands that are symlinks; a command file that belongs to another user.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import ConfigStore
from app.errors import ConfigError
from app.logging_setup import configure_logging, shutdown_logging
from app.paths import AgentPaths
from app.service.commands import COMMANDS_DIR, Command, claim_pending, submit
from app.service.events import AgentState, AgentStatus
from app.service.lock import InstanceLock, is_locked
from app.service.statusfile import ServiceState, ServiceStateStore, write_status
from app.sync.state import StateStore
from tests.service.test_service_flow import write_config

AGENT = [sys.executable, "-m", "app"]
NOBODY = 65534

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and owners")


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A umask that would leave files 0644 and folders 0755 unless the code makes them private itself."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_config_state_status_mailbox_and_rotated_logs_are_private(tmp_path: Path, loose_umask: None) -> None:
    paths = AgentPaths.resolve(tmp_path / "agent")
    paths.ensure()
    write_config(paths)
    ServiceStateStore(paths.state_dir).save(ServiceState(initial_review_done=True))
    write_status(paths.state_dir, AgentStatus(state=AgentState.IDLE))
    submit(paths.state_dir, Command("sync"))
    store = StateStore.open(paths.state_db)  # SQLite in WAL mode creates -wal and -shm next to it
    try:
        log_file = configure_logging(paths.log_dir, max_bytes=2_000, backup_count=3)
        for number in range(200):
            logging.getLogger("test.private").warning("line %d of a log that rotates", number)
        rotated = sorted(paths.log_dir.glob("agent.log.*"))
        files = [
            paths.config_file,
            paths.state_dir / "service.json",
            paths.state_dir / "status.json",
            paths.state_db,
            paths.state_db.with_name("state.sqlite3-wal"),
            paths.state_db.with_name("state.sqlite3-shm"),
            *paths.state_dir.joinpath(COMMANDS_DIR).glob("*.cmd.json"),
            log_file,
            *rotated,
        ]
        assert rotated, "the log did not rotate"
        assert all(path.exists() for path in files), [str(p) for p in files if not p.exists()]
        assert {str(p.relative_to(tmp_path)): oct(mode(p)) for p in files} == {
            str(p.relative_to(tmp_path)): "0o600" for p in files
        }
        folders = [paths.config_dir, paths.state_dir, paths.log_dir, paths.state_dir / COMMANDS_DIR]
        assert {str(f): oct(mode(f)) for f in folders} == {str(f): "0o700" for f in folders}
    finally:
        shutdown_logging()
        store.close()


def test_existing_files_from_a_looser_past_are_tightened(tmp_path: Path, loose_umask: None) -> None:
    paths = AgentPaths.resolve(tmp_path / "agent")
    paths.state_dir.mkdir(parents=True)
    paths.log_dir.mkdir(parents=True)
    old = [paths.state_dir / "service.json", paths.log_dir / "agent.log.2", paths.state_db]
    for path in old:
        path.write_bytes(b"")
        path.chmod(0o644)
    paths.config_dir.chmod(0o755)
    paths.ensure()
    assert [oct(mode(p)) for p in old] == ["0o600"] * 3
    assert oct(mode(paths.config_dir)) == "0o700"


def test_a_config_folder_others_may_write_is_refused_with_words(tmp_path: Path) -> None:
    paths = AgentPaths.resolve(tmp_path / "agent")
    paths.ensure()
    write_config(paths)
    paths.config_dir.chmod(0o777)

    with pytest.raises(ConfigError) as caught:
        ConfigStore(paths.config_file).load()
    assert caught.value.code == "config_folder_unsafe"
    assert caught.value.details["path"] == str(paths.config_dir)

    done = subprocess.run(
        [*AGENT, "--config-dir", str(paths.config_dir), "run"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert f"The folder {paths.config_dir} belongs to another user or other users may write to it" in done.stderr
    assert "chmod 700" in done.stderr
    assert not paths.lock_file.exists() or not is_locked(paths.lock_file)
    assert oct(mode(paths.config_dir)) == "0o777"  # refused, not silently "fixed" behind the admin's back


@pytest.mark.skipif(os.geteuid() != 0, reason="handing a folder to another user needs root")
def test_a_config_folder_owned_by_another_user_is_refused(tmp_path: Path) -> None:
    paths = AgentPaths.resolve(tmp_path / "agent")
    paths.ensure()
    write_config(paths)
    os.chown(paths.config_dir, NOBODY, NOBODY)
    with pytest.raises(ConfigError) as caught:
        paths.ensure()
    assert (caught.value.code, caught.value.details["reason"]) == ("config_folder_unsafe", "other_owner")
    with pytest.raises(ConfigError) as caught:
        ConfigStore(paths.config_file).load()
    assert caught.value.code == "config_folder_unsafe"


def test_a_symlinked_lock_file_is_never_followed(tmp_path: Path) -> None:
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me\n")
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    (state / "agent.lock").symlink_to(victim)
    with pytest.raises(ConfigError) as caught:
        InstanceLock(state / "agent.lock").acquire()
    assert (caught.value.code, caught.value.details["reason"]) == ("config_folder_unsafe", "symlink")
    assert victim.read_text() == "keep me\n"  # neither truncated nor overwritten with a pid
    assert not is_locked(state / "agent.lock")


def test_symlinked_mailbox_commands_are_dropped_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text(json.dumps({"action": "sync", "id": "planted", "accept_review": True}))
    genuine = submit(tmp_path, Command("sync"))
    planted = tmp_path / COMMANDS_DIR / "planted.cmd.json"
    planted.symlink_to(elsewhere)
    assert [c.id for c in claim_pending(tmp_path)] == [genuine.id]
    assert not planted.is_symlink() and not planted.exists()  # the link is gone ...
    assert elsewhere.exists()  # ... and only the link: its target is untouched


@pytest.mark.skipif(os.geteuid() != 0, reason="writing a file as another user needs root")
def test_mailbox_commands_from_another_users_file_are_ignored(tmp_path: Path) -> None:
    genuine = submit(tmp_path, Command("sync"))
    foreign = tmp_path / COMMANDS_DIR / "foreign.cmd.json"
    foreign.write_text(json.dumps({"action": "approve", "id": "foreign", "run_id": "20261123T010203-abcdef"}))
    os.chown(foreign, NOBODY, NOBODY)
    assert [c.id for c in claim_pending(tmp_path)] == [genuine.id]
    assert not foreign.exists()


def test_a_mailbox_folder_others_may_write_is_not_read(tmp_path: Path) -> None:
    submit(tmp_path, Command("sync"))
    (tmp_path / COMMANDS_DIR).chmod(0o777)
    assert claim_pending(tmp_path) == []
