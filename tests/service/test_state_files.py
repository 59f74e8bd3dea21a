"""service.json and status.json as earlier versions wrote them still load, and are written in the same format."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.errors import ConfigError
from app.service.events import AgentState, AgentStatus
from app.service.statusfile import ServiceStateStore, read_status, write_status

# Written by the version before the engine owned full-or-delta (last_full_run, full_fingerprint), with a
# review pending from before approvals and their keys and reasons were saved.
OLD_SERVICE_JSON = """{
  "full_fingerprint": "3f2a9c0d1e4b5a6c",
  "initial_review_done": false,
  "last_full_run": "2026-11-21T02:00:00+01:00",
  "last_outcome": "awaiting_review",
  "last_run_counts": null,
  "last_run_started": "2026-11-21T02:00:00+01:00",
  "last_sync": null,
  "pending": {
    "counts": {"user.new": 61, "user.disable": 0},
    "created_at": "2026-11-21T02:00:04.512345+01:00",
    "deletes": 0,
    "disables": 0,
    "run_id": "20261121T020000-a1b2c3"
  }
}
"""

OLD_STATUS = {
    "clock_skew_seconds": -312.5,
    "connected": True,
    "detail": None,
    "device_name": "ZYLKER-AGENT",
    "domain_controllers": ["dc1.zylker.test", "dc2.zylker.test"],
    "last_run_counts": {"user.created": 2, "done": 2, "failed": 0, "skipped": 0},
    "last_sync": "2026-11-23T02:00:07.123456+00:00",
    "next_run": "2026-11-24T02:00:00+01:00",
    "owner_email": "admin@zylker.test",
    "password_sync_agents": [{"dc": "dc1.zylker.test", "connected": True, "last_delivered_at": 1795000000.5}],
    "pending_run_id": None,
    "pid": 4242,
    "problem_file": None,
    "problem_line": None,
    "state": "idle",
    "updated_at": "2026-11-23T10:00:00+00:00",
    "version": "1.4.0",
    "watch_host": "dc1.zylker.test",
    "watch_method": "ad_notification",
    "watch_reason": None,
}

PLUS_ONE = timezone(timedelta(hours=1))


def test_an_old_service_json_loads_and_is_saved_without_what_the_engine_now_keeps(tmp_path: Path) -> None:
    (tmp_path / "service.json").write_text(OLD_SERVICE_JSON)
    store = ServiceStateStore(tmp_path)
    saved = store.load()
    assert not saved.initial_review_done and saved.last_outcome == "awaiting_review"
    assert saved.last_run_started == datetime(2026, 11, 21, 2, 0, tzinfo=PLUS_ONE)
    pending = saved.pending
    assert pending is not None and pending.run_id == "20261121T020000-a1b2c3"
    # A pending run saved before kinds, keys and reasons were: a review, pre-approving nothing.
    assert (pending.kind, pending.keys, pending.reason) == ("review", [], "threshold_exceeded")
    assert pending.counts == {"user.new": 61, "user.disable": 0}

    store.save(saved)
    written = json.loads((tmp_path / "service.json").read_text())
    assert "last_full_run" not in written and "full_fingerprint" not in written
    assert written["last_run_started"] == "2026-11-21T02:00:00+01:00"  # isoformat(), as before
    assert written["pending"]["created_at"] == "2026-11-21T02:00:04.512345+01:00"
    assert store.load() == saved


def test_an_old_status_json_loads_and_is_written_back_the_same(tmp_path: Path) -> None:
    (tmp_path / "status.json").write_text(json.dumps(OLD_STATUS, indent=2))
    status = read_status(tmp_path)
    assert status is not None and status.state is AgentState.IDLE and status.pid == 4242
    assert status.next_run == datetime(2026, 11, 24, 2, 0, tzinfo=PLUS_ONE)
    write_status(tmp_path, status)
    # Written back the same, plus the fields added since (how deletions are found), as null.
    added = {"deletion_detection": None, "presence_check_minutes": None}
    assert json.loads((tmp_path / "status.json").read_text()) == {**OLD_STATUS, **added}
    assert AgentStatus.from_json(status.to_json()) == status


def test_a_state_a_newer_agent_wrote_reads_as_stopped(tmp_path: Path) -> None:
    (tmp_path / "status.json").write_text(json.dumps({**OLD_STATUS, "state": "hibernating"}))
    status = read_status(tmp_path)
    assert status is not None and status.state is AgentState.STOPPED


@pytest.mark.parametrize(
    ("key", "value", "named"),
    [
        ("pid", "4242", "pid"),
        ("connected", "yes", "connected"),
        ("last_run_counts", {"user.created": 2, "done": True}, "done"),  # the line of the value inside
        ("domain_controllers", "dc1", "domain_controllers"),
    ],
)
def test_a_value_of_the_wrong_type_is_damage_with_its_line(tmp_path: Path, key: str, value: object, named: str) -> None:
    text = json.dumps({**OLD_STATUS, key: value}, indent=2, sort_keys=True)
    (tmp_path / "status.json").write_text(text)
    with pytest.raises(ConfigError) as caught:
        read_status(tmp_path)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.lstrip().startswith(f'"{named}":'))
    assert caught.value.code == "status_file_unreadable" and caught.value.details["line"] == line
