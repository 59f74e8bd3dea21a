"""The mailbox between ``sync --approve`` and a running agent: what one side leaves, the other takes once."""

from __future__ import annotations

from pathlib import Path

from app.service.commands import Command, claim_pending, submit, wait_result, withdraw, write_result


def test_a_command_is_claimed_once_and_answered(tmp_path: Path) -> None:
    sent = submit(tmp_path, Command("approve", run_id="20261123T010203-abcdef"))
    assert sent.id
    claimed = claim_pending(tmp_path)
    assert claimed == [sent]
    assert claim_pending(tmp_path) == []  # taken: a second agent loop cannot run it again
    assert withdraw(tmp_path, sent) is False  # too late to take it back
    write_result(tmp_path, sent.id, {"outcome": "applied", "run_id": sent.run_id})
    assert wait_result(tmp_path, sent, agent_alive=lambda: True, timeout=5) == {
        "outcome": "applied",
        "run_id": sent.run_id,
    }


def test_an_agent_that_went_away_leaves_no_answer(tmp_path: Path) -> None:
    sent = submit(tmp_path, Command("sync", accept_review=True))
    assert wait_result(tmp_path, sent, agent_alive=lambda: False, poll=0.01) is None
    assert withdraw(tmp_path, sent) is True
    assert claim_pending(tmp_path) == []


def test_malformed_commands_are_dropped(tmp_path: Path) -> None:
    folder = tmp_path / "commands"
    folder.mkdir()
    (folder / "x.cmd.json").write_text('{"action": "approve", "id": "x"}')  # approve without a run id
    (folder / "y.cmd.json").write_text("not json")
    (folder / "z.cmd.json").write_text('{"action": "format-disk", "id": "z"}')
    assert claim_pending(tmp_path) == []
    assert list(folder.iterdir()) == []
