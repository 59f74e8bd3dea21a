"""Sync scope page: the OU tree is read one level at a time from the live Samba AD DC.

What an admin would notice: the tree opens at once with the OUs below the base DN; opening a branch reads its
children from the directory as it is *now* (an OU added after the tree was shown appears); a chosen OU deep in
the tree shows ticked when its branch opens, also after Reload; a branch that vanished from the directory says
so and can be opened again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from pydantic import SecretStr
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from app.ldap.connection import connect
from app.paths import AgentPaths
from app.secrets import SecretStore
from app.sync.settings import SyncScope, SyncSettings
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import configure_agent
from tests.ui.conftest import wait_until
from ui.bridge import AgentBridge
from ui.settings.pages_scope import ScopePage
from ui.settings.window import SettingsWindow

pytestmark = [pytest.mark.gui, pytest.mark.samba]

BERLIN = data.ad_ou_dn(("Engineering", "Berlin"))
MUNICH = data.ad_ou_dn(("Engineering", "Munich"))


@pytest.fixture
def agent(sandbox_tenant: SandboxTenantHandle, samba_dc_fresh: SambaDC, tmp_path: Path) -> Iterator[AgentPaths]:
    """An agent whose scope already holds Berlin (below Engineering), on a DC this test may change."""
    sync = SyncSettings(scope=SyncScope(ous=[BERLIN]))
    paths, _ = configure_agent(
        sandbox_tenant, tmp_path / "agent", ldap=samba_dc_fresh.ldap_settings(),
        bind_password=samba_dc_fresh.admin_password, sync=sync,
    )  # fmt: skip
    yield paths
    SecretStore(paths.profile).delete_all()


async def as_admin(dc: SambaDC, change: str, dn: str) -> None:
    """Add or delete an OU, as an admin would in the directory's own tools."""
    writer = await connect(dc.ldap_settings(), SecretStr(dc.admin_password))
    writer.conn.read_only = False  # the directory layer connects read-only; the test plays the admin

    def write() -> None:
        if change == "add":
            writer.conn.add(dn, "organizationalUnit")
        else:
            writer.conn.delete(dn)
        assert writer.conn.result["result"] == 0, writer.conn.result

    try:
        await writer.call(write)
    finally:
        await writer.close()


def names(item: QTreeWidgetItem) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def test_opening_a_branch_reads_its_children_from_the_live_directory(
    agent: AgentPaths, samba_dc_fresh: SambaDC, qloop: qasync.QEventLoop
) -> None:
    asyncio.set_event_loop(qloop)
    window = SettingsWindow(AgentBridge(), agent)

    async def opened(page: ScopePage, item: QTreeWidgetItem) -> None:
        item.setExpanded(True)
        await wait_until(lambda: not page.branch_reads(), timeout=20, what="branch read")

    async def scenario() -> None:
        page = window.open_page("scope")
        assert isinstance(page, ScopePage)
        await wait_until(lambda: page.tree.topLevelItemCount() == 1, timeout=20, what="OU tree")
        root = page.tree.topLevelItem(0)
        assert {"Sales", "Engineering", "Service"} <= set(names(root))
        # Only the first level was read: Engineering shows an arrow (a placeholder), Berlin is not known yet.
        eng = page.expand_to(data.ad_ou_dn(("Engineering",)))
        assert eng is not None and not eng.isExpanded() and BERLIN.lower() not in page._items
        assert eng.childCount() == 1 and eng.child(0).data(0, Qt.ItemDataRole.UserRole) is None
        # An OU added in the directory after the tree was shown: opening Engineering reads it now, so it is there.
        await as_admin(samba_dc_fresh, "add", MUNICH)
        await opened(page, eng)
        assert names(eng) == ["Berlin", "Munich"]
        berlin, munich = eng.child(0), eng.child(1)
        # The chosen OU shows ticked; reading the tree changed nothing in the scope.
        assert berlin.checkState(0) == Qt.CheckState.Checked
        assert munich.checkState(0) == Qt.CheckState.Unchecked
        assert [page.chosen_list.item(i).text() for i in range(page.chosen_list.count())] == [BERLIN]
        assert not page.has_changes()

        # A leaf: opened, nothing below it, no arrow any more.
        await opened(page, berlin)
        assert berlin.childCount() == 0
        assert berlin.childIndicatorPolicy() == QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicator

        # A branch deleted in the directory meanwhile: the page says so, and the branch can be opened again.
        await as_admin(samba_dc_fresh, "delete", MUNICH)
        await opened(page, munich)
        gone = f"{MUNICH} is no longer in the directory. Reload the tree to see the current OUs."
        assert page.message.isVisibleTo(page) and page.message.text() == gone
        assert not munich.isExpanded() and munich.childCount() == 1
        page.message.show_error(None)
        await opened(page, munich)
        assert page.message.text() == gone and munich.childCount() == 1

        # Tick Engineering, Reload: both chosen OUs show ticked again as their branches open.
        eng.setCheckState(0, Qt.CheckState.Checked)
        assert page.has_changes()
        await page.load_tree()
        eng = page.expand_to(data.ad_ou_dn(("Engineering",)))
        assert eng is not None and eng.checkState(0) == Qt.CheckState.Checked
        assert page.expand_to(BERLIN) is None  # opening Engineering on the way started reading it
        await wait_until(lambda: not page.branch_reads(), timeout=20, what="Engineering read again")
        berlin = page.expand_to(BERLIN)
        assert names(eng) == ["Berlin"] and berlin is not None and berlin.checkState(0) == Qt.CheckState.Checked
        assert {page.chosen_list.item(i).text() for i in range(page.chosen_list.count())} == {
            BERLIN,
            data.ad_ou_dn(("Engineering",)),
        }

    qloop.run_until_complete(scenario())
