"""Messages are whole translatable sentences with their own plurals, never words glued together by code: the
blast radius's reasons, the approval notification, the clock difference, the in-window notice."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from ui import errors
from ui.settings.blast import BlastRadius, BlastRadiusDialog
from ui.status.window import StatusWindow

pytestmark = pytest.mark.gui


def test_blast_radius_reasons_are_sentences_with_their_counts(qtbot: Any) -> None:
    radius = BlastRadius(disabled=3, deleted=1, reasons=Counter({"left_scope": 3, "deleted_in_directory": 1}))
    dialog = BlastRadiusDialog(radius)
    qtbot.addWidget(dialog)
    text = dialog.reasons.text()
    assert "• 3 users left the selected OUs or no longer meet the criteria." in text
    assert "• 1 user was deleted in the directory." in text
    assert "because they" not in text


def test_clock_difference_is_one_sentence_with_a_plural(qapp: Any) -> None:
    text = errors.describe("clock_skew", {"skew_seconds": -421.7}).message
    assert text == "This computer's clock differs from the service's by 422 seconds."
    assert errors.describe("clock_skew", {"skew_seconds": "nan"}).message.endswith("differs from the service's.")


def test_the_in_window_notice_keeps_title_and_message_apart(qtbot: Any, tmp_path: Any) -> None:
    from app.paths import AgentPaths
    from ui.bridge import AgentBridge

    window = StatusWindow(AgentBridge(), AgentPaths.resolve(tmp_path / "agent"))
    qtbot.addWidget(window)
    window.show_notice("Sync finished", "Created 2 & more")
    assert window.notice.text() == "<b>Sync finished</b><br>Created 2 &amp; more"
    assert ": " not in window.notice.text()
    window.clock_skew = 150.0
    assert "clock is 2 minutes ahead of the tenant's." in window._troubleshooting_html()
    window.clock_skew = -20.0
    assert "clock is 20 seconds behind the tenant's." in window._troubleshooting_html()


def test_the_status_says_when_deletions_wait_for_the_presence_check(qtbot: Any, tmp_path: Any) -> None:
    from app.paths import AgentPaths
    from app.service.events import AgentState, AgentStatus
    from ui.bridge import AgentBridge

    window = StatusWindow(AgentBridge(), AgentPaths.resolve(tmp_path / "agent"))
    qtbot.addWidget(window)
    idle = AgentStatus(state=AgentState.IDLE, connected=True, watch_host="dc1.zylker.test")
    hourly = AgentStatus.from_json({**idle.to_json(), "deletion_detection": "presence", "presence_check_minutes": 60})
    text = window._health_text(AgentStatus.from_json(hourly.to_json()))
    assert text.startswith("Sync is healthy. Watching dc1.zylker.test for changes. ")
    assert "Deleted users are found by a check every 60 minutes" in text
    one = AgentStatus.from_json({**hourly.to_json(), "presence_check_minutes": 1})
    assert "a check every 1 minute:" in window._health_text(one)
    # Seen at the next run (DirSync, tombstones) or listed at every run: nothing more to say.
    for detection, minutes in (("dirsync", 60), ("tombstones", 60), ("presence", 0)):
        status = AgentStatus.from_json(
            {**hourly.to_json(), "deletion_detection": detection, "presence_check_minutes": minutes}
        )
        assert window._health_text(status) == "Sync is healthy. Watching dc1.zylker.test for changes."
