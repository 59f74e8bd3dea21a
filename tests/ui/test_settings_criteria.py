"""Settings window: the Sync criteria page's group criteria, against the Samba AD DC and the sandbox tenant,
with the real agent service behind the bridge.

What an admin would notice: the Groups toggle shows a row editor of its own; a row without a value is refused
with the groups' rows on screen; a "member of" row keeps only the groups inside that group, which the blast
radius shows (groups created or changed) before anything is stored; saved, the criteria are in config.json and
the page shows them again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QComboBox

from app.config import ConfigStore
from app.paths import AgentPaths
from app.secrets import SecretStore
from app.service.agent import AgentService
from app.sync.settings import ImportType, ObjectType, Relationship, SyncCriteria, SyncCriterion, SyncScope, SyncSettings
from tests.servers import samba as samba_server
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import configure_agent
from tests.ui.conftest import signal_emitted, wait_until
from ui.bridge import AgentBridge
from ui.settings.pages_criteria import CriteriaPage
from ui.settings.window import SettingsWindow

pytestmark = [pytest.mark.gui, pytest.mark.samba]


def fast_service(paths: AgentPaths, on_event: Callable[[Any], None]) -> AgentService:
    return AgentService(paths, on_event=on_event, heartbeat_interval=1.0, tick=0.2)


@pytest.fixture
def agent(sandbox_tenant: SandboxTenantHandle, samba_dc: SambaDC, tmp_path: Path) -> Iterator[AgentPaths]:
    sync = SyncSettings(scope=SyncScope(object_types=[ObjectType.USERS, ObjectType.SECURITY_GROUPS]))
    paths, _ = configure_agent(
        sandbox_tenant, tmp_path / "agent", ldap=samba_dc.ldap_settings(), bind_password=samba_dc.admin_password,
        sync=sync,
    )  # fmt: skip
    yield paths
    SecretStore(paths.profile).delete_all()


def test_group_criteria_row_is_edited_previewed_and_saved(agent: AgentPaths, qloop: qasync.QEventLoop) -> None:
    asyncio.set_event_loop(qloop)
    bridge = AgentBridge(service_factory=fast_service)
    window = SettingsWindow(bridge, agent)
    all_staff = samba_server.seed_dn("AllStaff")  # holds SalesTeam and EngTeam
    facts: dict[str, Any] = {}

    async def scenario() -> None:
        started = signal_emitted(bridge.sig_started)
        bridge.start(agent)
        await started
        page = window.open_page("criteria")
        assert isinstance(page, CriteriaPage)
        window.show()
        await wait_until(lambda: page._saved is not None, what="page loaded")
        # Without group criteria every security group in the domain would be created.
        facts["before"] = await window.blast_radius(ConfigStore(agent.config_file).load().sync)

        groups = page.editors["group"]
        assert not groups.box.isVisible()
        page.group_button.click()
        assert groups.box.isVisible() and not page.editors["user"].box.isVisible()
        assert not groups.table.isEnabled()
        groups.criteria_button.click()
        assert groups.table.isEnabled() and window.save_button.isEnabled()
        groups.add_button.click()
        field = page.findChild(QComboBox, "groupCriterionField_0")
        relationship = page.findChild(QComboBox, "groupCriterionRelationship_0")
        assert isinstance(field, QComboBox) and isinstance(relationship, QComboBox)
        assert field.accessibleName() == "Field, row 1"
        assert "memberOf" in [field.itemText(i) for i in range(field.count())]
        relationship.setCurrentIndex(relationship.findData(Relationship.EQUALS.value))
        field.setCurrentText("cn")

        # "equals" without a value: refused, the groups' rows shown even from the Users view, nothing stored.
        page.user_button.click()
        assert not await window.save_page(page)
        assert window.blast_dialog is None
        assert window.message.code == "criterion_value_missing"
        assert page.kind == "group" and groups.box.isVisible()

        field.setCurrentText("memberOf")
        relationship.setCurrentIndex(relationship.findData(Relationship.MEMBER_OF.value))
        value = groups.table.item(0, 2)
        assert value is not None
        value.setText(all_staff)
        saving = asyncio.ensure_future(window.save_page(page))
        await wait_until(lambda: window.blast_dialog is not None, timeout=60, what="blast radius")
        dialog = window.blast_dialog
        assert dialog is not None
        facts["radius"] = dialog.radius
        dialog.save_button.click()
        assert await saving
        # The window reloads the page from the stored file.
        shown = page.editors["group"].table
        shown_field, shown_value = shown.cellWidget(0, 0), shown.item(0, 2)
        assert isinstance(shown_field, QComboBox) and shown_value is not None
        facts["rows_shown"] = [(shown_field.currentText(), shown_value.text())]
        facts["changes_after_save"] = page.has_changes()
        window.hide()
        await bridge.shutdown()

    qloop.run_until_complete(scenario())
    before, radius = facts["before"], facts["radius"]
    assert before.error is None and before.groups_changed > 2
    assert radius.error is None
    assert radius.groups_changed == 2  # SalesTeam and EngTeam: the groups directly inside AllStaff
    assert radius.created == before.created  # users are not touched by group criteria
    stored = ConfigStore(agent.config_file).load().sync
    assert stored.group_criteria == SyncCriteria(
        import_type=ImportType.CRITERIA,
        rows=[SyncCriterion(field="memberOf", relationship=Relationship.MEMBER_OF, value=all_staff)],
    )
    assert stored.criteria == SyncCriteria()
    assert facts["rows_shown"] == [("memberOf", all_staff)]
    assert facts["changes_after_save"] is False
