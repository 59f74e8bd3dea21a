"""Settings window: the User sync settings and Schedule pages, on a configured agent (sandbox tenant).

What an admin would notice: "when a user leaves the selected OUs" is disabled with the reason under status
sync "Do nothing"; turning deletion propagation on shows the data-loss warning and is not saved until
confirmed, then goes through the blast-radius dialog and lands in config.json; the schedule shows the next
run and saving it changes the stored schedule.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
import qasync

from app.config import ConfigStore
from app.paths import AgentPaths
from app.secrets import SecretStore
from app.sync.settings import LeaveScope, ScheduleFrequency, StatusSync
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import configure_agent
from tests.ui.conftest import wait_until
from ui.bridge import AgentBridge
from ui.settings.pages_schedule import SchedulePage
from ui.settings.pages_user_sync import UserSyncPage
from ui.settings.window import SettingsWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def configured(sandbox_tenant: SandboxTenantHandle, tmp_path: Path) -> Iterator[AgentPaths]:
    paths, _ = configure_agent(sandbox_tenant, tmp_path / "agent")
    yield paths
    SecretStore(paths.profile).delete_all()


def run(loop: qasync.QEventLoop, coro: object) -> object:
    asyncio.set_event_loop(loop)
    return loop.run_until_complete(coro)  # type: ignore[arg-type]


def test_leave_scope_is_disabled_with_reason_under_do_nothing(configured: AgentPaths, qloop: qasync.QEventLoop) -> None:
    window = SettingsWindow(AgentBridge(), configured)

    async def scenario() -> UserSyncPage:
        page = window.open_page("user_sync")
        assert isinstance(page, UserSyncPage)
        window.show()
        await wait_until(lambda: page._saved is not None, what="page loaded")
        assert page.leave_scope.isEnabled() and not page.leave_scope_reason.isVisible()
        page.leave_scope.setCurrentIndex(page.leave_scope.findData(LeaveScope.DISABLE.value))
        page.status_sync.setCurrentIndex(page.status_sync.findData(StatusSync.DO_NOTHING.value))
        return page

    page = run(qloop, scenario())
    assert isinstance(page, UserSyncPage)
    assert not page.leave_scope.isEnabled()
    assert page.leave_scope.currentData() == LeaveScope.DO_NOTHING.value
    assert page.leave_scope_reason.isVisible()
    assert "Do nothing" in page.leave_scope_reason.text()
    assert window.save_button.isEnabled()
    page.status_sync.setCurrentIndex(page.status_sync.findData(StatusSync.REFLECT.value))
    assert page.leave_scope.isEnabled() and not page.leave_scope_reason.isVisible()
    window.hide()


def test_deletion_propagation_needs_confirmation_then_blast_radius(
    configured: AgentPaths, qloop: qasync.QEventLoop
) -> None:
    window = SettingsWindow(AgentBridge(), configured)

    async def scenario() -> None:
        page = window.open_page("user_sync")
        assert isinstance(page, UserSyncPage)
        window.show()
        await wait_until(lambda: page._saved is not None, what="page loaded")
        page.propagate_deletions.setChecked(True)
        assert page.deletion_warning.isVisible() and "Data loss" in page.deletion_warning.text()
        assert page.confirm_deletion.isVisible()
        # Not confirmed: refused with the reason, nothing written, no dialog.
        assert not await window.save_page(page)
        assert window.blast_dialog is None
        assert "confirmation" in window.message.text() or "confirm" in page.message.text().lower()
        assert ConfigStore(configured.config_file).load().sync.propagate_deletions is False
        # Confirmed: the blast radius is shown first (the agent is not running, so it says it cannot preview).
        page.confirm_deletion.setChecked(True)
        saving = asyncio.ensure_future(window.save_page(page))
        await wait_until(lambda: window.blast_dialog is not None and window.blast_dialog.isVisible(), what="dialog")
        dialog = window.blast_dialog
        assert dialog is not None
        assert dialog.radius.error == "agent_not_running"
        assert dialog.cancel_button.isDefault()
        dialog.save_button.click()
        assert await saving

    run(qloop, scenario())
    assert ConfigStore(configured.config_file).load().sync.propagate_deletions is True
    window.hide()


def test_cancelling_the_blast_radius_stores_nothing(configured: AgentPaths, qloop: qasync.QEventLoop) -> None:
    window = SettingsWindow(AgentBridge(), configured)

    async def scenario() -> bool:
        page = window.open_page("user_sync")
        assert isinstance(page, UserSyncPage)
        await wait_until(lambda: page._saved is not None, what="page loaded")
        page.welcome_mail.setChecked(False)
        saving = asyncio.ensure_future(window.save_page(page))
        await wait_until(lambda: window.blast_dialog is not None, what="dialog")
        assert window.blast_dialog is not None
        window.blast_dialog.cancel_button.click()
        return await saving

    assert run(qloop, scenario()) is False
    assert ConfigStore(configured.config_file).load().sync.welcome_mail is True


def test_schedule_shows_next_run_and_saves(configured: AgentPaths, qloop: qasync.QEventLoop) -> None:
    window = SettingsWindow(AgentBridge(), configured)

    async def scenario() -> SchedulePage:
        page = window.open_page("schedule")
        assert isinstance(page, SchedulePage)
        await wait_until(lambda: page._saved is not None, what="page loaded")
        page.frequency.setCurrentIndex(page.frequency.findData(ScheduleFrequency.WEEKLY.value))
        page.weekday.setCurrentIndex(2)  # Wednesday
        page.time_edit.setTime(page.time_edit.time().fromString("04:30", "HH:mm"))
        assert page.weekday.isVisible() or not window.isVisible()
        assert await window.save_page(page)
        return page

    page = run(qloop, scenario())
    assert isinstance(page, SchedulePage)
    now = datetime(2030, 1, 7, 12, 0).astimezone()  # a Monday
    nxt = page.next_run_after(now)
    assert nxt.weekday() == 2 and nxt.time() == time(4, 30) and nxt > now
    assert "04:30" in page.next_run.text() or "4:30" in page.next_run.text()
    stored = ConfigStore(configured.config_file).load().sync.schedule
    assert stored.frequency is ScheduleFrequency.WEEKLY and stored.weekday == 2 and stored.time == time(4, 30)
