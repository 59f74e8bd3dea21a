"""Review, blast radius and threshold approval against the Samba AD DC and the sandbox tenant, with the real
agent service behind the bridge.

1. Review: Preview lists the directory's users under "New users" (the scope is the whole domain, and the page
   says so; AD's built-in accounts are under Ignored as "AD system object"); one is unticked; Add and
   Continue shows a summary of exactly what will be written and writes nothing; Finish creates the others
   in the sandbox and not that one.
2. Blast radius: narrowing the scope to one OU shows, before saving, exactly as many disables as there are
   created users outside that OU, with the reason; saving it stores the scope.
3. Threshold: the next run would disable more than the safety threshold allows, so it stops and asks;
   Reject leaves everyone active. The next stopped run is reviewed: one disable is unticked, the summary
   says the rest is over the threshold, and Finish disables exactly the ticked ones.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import Qt

from app.config import ConfigStore
from app.paths import AgentPaths
from app.secrets import SecretStore
from app.service.agent import AgentService
from app.sync.model import ObjectKind, PlanCategory
from app.sync.settings import ObjectType, SafetySettings, SyncScope, SyncSettings
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import configure_agent
from tests.sync.test_e2e_samba import ENG_DN, SALES_DN, deny_read
from tests.ui.conftest import signal_emitted, wait_until
from ui.bridge import AgentBridge
from ui.settings.pages_review import ReviewPage
from ui.settings.pages_scope import ScopePage
from ui.settings.window import SettingsWindow, attention_page

pytestmark = [pytest.mark.gui, pytest.mark.samba, pytest.mark.slow]


def _users(count: int, what: str) -> str:
    return f"{count} user will be {what}" if count == 1 else f"{count} users will be {what}"


def fast_service(paths: AgentPaths, on_event: Callable[[Any], None]) -> AgentService:
    return AgentService(paths, on_event=on_event, heartbeat_interval=1.0, tick=0.2)


@pytest.fixture
def agent(sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC, tmp_path: Path) -> Iterator[AgentPaths]:
    sync = SyncSettings(
        scope=SyncScope(object_types=[ObjectType.USERS]), safety=SafetySettings(max_count=2, max_percent=100)
    )
    paths, _ = configure_agent(
        sandbox_tenant, tmp_path / "agent", ldap=samba_dc.ldap_settings(), bind_password=samba_dc.admin_password,
        sync=sync,
    )  # fmt: skip
    yield paths
    SecretStore(paths.profile).delete_all()


def active_users(tenant: SandboxTenantHandle) -> dict[str, bool]:
    return {str(u["userName"]).lower(): bool(u.get("active", True)) for u in tenant.scim_users()}


def test_review_apply_blast_radius_and_threshold(
    agent: AgentPaths, sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC, qloop: qasync.QEventLoop
) -> None:
    asyncio.set_event_loop(qloop)
    bridge = AgentBridge(service_factory=fast_service)
    window = SettingsWindow(bridge, agent)
    facts: dict[str, Any] = {}

    async def scenario() -> None:
        started = signal_emitted(bridge.sig_started)
        bridge.start(agent)
        await started
        # --- 1. review and apply a selection
        review = window.open_page("review")
        assert isinstance(review, ReviewPage)
        await wait_until(lambda: review.context is not None, what="review loaded")
        plan = await review.preview()
        assert plan is not None
        assert not review.scope_notice.isHidden()  # no OU chosen: the whole domain, said plainly
        ignored = {review.trees["ignored"].topLevelItem(i) for i in range(review.trees["ignored"].topLevelItemCount())}
        system = {i.toolTip(0).split(",")[0] for i in ignored if i.text(2) == "AD system object"}
        assert {"CN=Administrator", "CN=krbtgt", "CN=Guest"} <= system
        new_users = plan.by(ObjectKind.USER, PlanCategory.NEW)
        items = review.new_user_items()
        assert len(items) == len(new_users) > 3
        skipped = items[0]
        skipped.setCheckState(0, Qt.CheckState.Unchecked)
        skipped_anchor = skipped.data(0, Qt.ItemDataRole.UserRole)
        skipped_name = next(e.payload for e in new_users if e.anchor == skipped_anchor)
        assert skipped_name is not None
        facts["skipped_user_name"] = str(skipped_name["userName"]).lower()
        # Add and Continue: a summary of exactly what will be written; nothing is written yet.
        assert all(b.accessibleName() for b in (review.continue_button, review.back_button, review.finish_button))
        review.continue_button.click()
        assert review.stack.currentWidget() is review.summary
        assert review.summary_text.text() == _users(len(new_users) - 1, "created")
        assert "within the safety threshold" in review.threshold_text.text()
        assert "whole domain" in review.summary_scope.text()
        await asyncio.sleep(0.5)
        assert not [u for u in sandbox_tenant.scim_users() if u.get("externalId")]
        finished = signal_emitted(bridge.sig_run_finished, timeout=60)
        assert await review.finish()
        run_id, outcome, counts, error = await finished
        assert outcome == "applied", (outcome, error)
        facts["created"] = {str(e.payload["userName"]).lower() for e in new_users if e.anchor != skipped_anchor}
        facts["after_apply"] = active_users(sandbox_tenant)

        # --- 2. blast radius of a narrower scope
        scope = window.open_page("scope")
        assert isinstance(scope, ScopePage)
        await wait_until(lambda: scope.tree.topLevelItemCount() == 1, timeout=20, what="OU tree")
        sales_dn = next(dn for dn in scope._items if dn.startswith("ou=sales,"))
        item = scope.expand_to(sales_dn)
        assert item is not None
        item.setCheckState(0, Qt.CheckState.Checked)
        in_sales = {
            str(e.payload["userName"]).lower()
            for e in new_users
            if e.dn and e.dn.lower().endswith(sales_dn) and e.anchor != skipped_anchor
        }
        saving = asyncio.ensure_future(window.save_page(scope))
        await wait_until(lambda: window.blast_dialog is not None, timeout=60, what="blast radius")
        dialog = window.blast_dialog
        assert dialog is not None
        facts["radius"] = dialog.radius
        # Already inactive users (disabled in AD) are not disabled again; the owner is never disabled.
        owner = sandbox_tenant.admin.email.lower()
        leaving = {n for n in facts["created"] - in_sales if facts["after_apply"].get(n) and n != owner}
        facts["leaving"] = leaving
        facts["expected_disables"] = len(leaving)
        dialog.save_button.click()
        assert await saving

        # --- 3. the next run stops at the threshold; reject, then review the next stop and untick one disable
        approval = signal_emitted(bridge.sig_approval_needed, timeout=60)
        bridge.sync_now()
        stopped_run, disables, deletes = await approval
        facts["approval"] = (disables, deletes)
        await wait_until(lambda: review.awaiting_approval, timeout=20, what="approve/reject offered")
        assert not review.approve_button.isHidden()
        for button in (review.approve_button, review.reject_button):  # named for a screen reader, reachable by Tab
            assert button.accessibleName() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert await review.settle(approve=False)
        facts["after_reject"] = active_users(sandbox_tenant)
        approval = signal_emitted(bridge.sig_approval_needed, timeout=60)
        bridge.sync_now()
        stopped_again, _, _ = await approval
        await wait_until(lambda: review.awaiting_approval, timeout=20, what="approve offered again")
        shown = await review.preview()
        assert shown is not None and review.run_id == stopped_again  # the stopped run's own plan
        disable_items = review.items("status")
        assert len(disable_items) == facts["expected_disables"]
        assert review.tabs.currentWidget() is review.trees["status"]  # opens where the disables are, not on 0 new
        kept = disable_items[0]
        kept.setCheckState(0, Qt.CheckState.Unchecked)
        kept_anchor = kept.data(0, Qt.ItemDataRole.UserRole)
        names = {e.anchor: str(e.payload["userName"]).lower() for e in new_users if e.payload}
        facts["kept_active"] = names[kept_anchor]
        assert review.show_summary()
        assert review.summary_text.text() == _users(facts["expected_disables"] - 1, "disabled")
        assert "more than the safety threshold" in review.threshold_text.text()
        finished = signal_emitted(bridge.sig_run_finished, timeout=60)
        assert await review.finish()
        await finished
        facts["after_approve"] = active_users(sandbox_tenant)
        await bridge.shutdown()

    qloop.run_until_complete(scenario())
    after_apply = facts["after_apply"]
    assert facts["created"] <= set(after_apply)
    assert facts["skipped_user_name"] not in after_apply
    radius = facts["radius"]
    assert radius.error is None
    assert radius.disabled == facts["expected_disables"] > 2
    assert radius.created == 0 and radius.deleted == 0
    assert set(radius.reasons) == {"left_scope"}
    assert ConfigStore(agent.config_file).load().sync.scope.ous
    assert facts["approval"] == (facts["expected_disables"], 0)
    assert {n: facts["after_reject"][n] for n in facts["created"]} == {n: after_apply[n] for n in facts["created"]}
    disabled = {name for name, active in facts["after_approve"].items() if not active}
    assert disabled >= facts["leaving"] - {facts["kept_active"]}
    assert facts["after_approve"][facts["kept_active"]] is True  # unticked: not disabled
    assert not (disabled & (facts["created"] - facts["leaving"]) - {n for n, a in after_apply.items() if not a})


@pytest.fixture
def low_rights_agent(
    sandbox_tenant: SandboxTenantHandle, samba_dc_fresh: SambaDC, tmp_path: Path
) -> Iterator[AgentPaths]:
    dc = samba_dc_fresh
    # The bind account sees no tombstones, so absence is learnt only from the presence listing: on every run here
    # (hourly by default; a delta alone never disables anyone from absence).
    sync = SyncSettings(
        scope=SyncScope(ous=[SALES_DN, ENG_DN], object_types=[ObjectType.USERS]), presence_check_minutes=0
    )
    paths, _ = configure_agent(
        sandbox_tenant, tmp_path / "agent", ldap=dc.ldap_settings(bind_identity=dc.service_bind),
        bind_password=dc.service_password, sync=sync,
    )  # fmt: skip
    yield paths
    SecretStore(paths.profile).delete_all()


def test_users_the_bind_account_can_no_longer_see_are_not_disabled_and_the_review_names_the_ou(
    low_rights_agent: AgentPaths,
    sandbox_tenant: SandboxTenantHandle,
    samba_dc_fresh: SambaDC,
    qloop: qasync.QEventLoop,
) -> None:
    asyncio.set_event_loop(qloop)
    bridge = AgentBridge(service_factory=fast_service)
    window = SettingsWindow(bridge, low_rights_agent)
    facts: dict[str, Any] = {}

    async def scenario() -> None:
        started = signal_emitted(bridge.sig_started)
        # Before the first review the service's first run stops at review, to have a plan to show.
        first_run = signal_emitted(bridge.sig_run_finished, timeout=60)
        bridge.start(low_rights_agent)
        await started
        assert (await first_run)[1] == "awaiting_review"
        review = window.open_page("review")
        assert isinstance(review, ReviewPage)
        await wait_until(lambda: review.context is not None, what="review loaded")
        assert await review.preview() is not None
        assert not review.scope_notice.isVisibleTo(review)  # two OUs chosen: not the whole domain
        assert review.show_summary()
        finished = signal_emitted(bridge.sig_run_finished, timeout=60)
        assert await review.finish()
        _, outcome, _, error = await finished
        assert outcome == "applied", (outcome, error)
        facts["before"] = active_users(sandbox_tenant)

        deny_read(samba_dc_fresh, SALES_DN, data.SERVICE_ACCOUNT)
        finished = signal_emitted(bridge.sig_run_finished, timeout=60)
        bridge.sync_now()
        facts["run"] = await finished
        facts["attention"] = attention_page(await bridge.fetch_status())
        await wait_until(lambda: review.awaiting_approval, timeout=20, what="approve/reject offered")
        facts["approval_text"] = review.approval.text()
        facts["reason"] = bridge.last_approval_reason
        plan = await review.preview()
        assert plan is not None and review.run_id == facts["run"][0]  # the stopped run's own plan
        facts["message"] = review.message.text()
        await bridge.shutdown()

    qloop.run_until_complete(scenario())
    _, outcome, _, error = facts["run"]
    assert (outcome, error) == ("awaiting_approval", "")  # stopped before writing, its own reason:
    assert facts["reason"] == "source_not_visible"
    assert "no longer visible to the bind account" in facts["approval_text"]
    assert SALES_DN in facts["message"] and "no longer visible to the bind account" in facts["message"]
    assert facts["attention"] == "review"  # "Settings…" opens the page that names the OU
    assert active_users(sandbox_tenant) == facts["before"]  # nobody disabled, nobody deleted
