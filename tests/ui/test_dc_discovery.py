"""The wizard's "Find in DNS": domain controllers inside the domain are added to the list; servers DNS names
outside it are shown as unconfirmed and left out. The answer comes from a real DNS responder on loopback."""

from __future__ import annotations

import functools
from typing import Any

import pytest
import qasync

from app.ldap import discovery
from app.paths import AgentPaths
from app.setup.flow import SetupFlow
from tests.servers.dns_srv import SrvResponder
from tests.ui.conftest import wait_until
from ui.wizard.pages_directory import DirectoryPage

pytestmark = pytest.mark.gui


def test_find_in_dns_adds_only_servers_inside_the_domain(
    qtbot: Any, qloop: qasync.QEventLoop, agent_paths: AgentPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    responder = SrvResponder(
        {
            "_ldap._tcp.dc._msdcs.zylker.test": [
                (0, 50, 636, "dc1.zylker.test"),
                (0, 10, 636, "dc1.zylker.test.attacker.example"),
                (10, 50, 636, "DC2.ZYLKER.TEST"),
            ]
        }
    )
    # The page asks the flow, the flow asks the system's resolver: point that one question at the responder.
    monkeypatch.setattr(
        "app.setup.flow.discover_domain_controllers",
        functools.partial(discovery.discover_domain_controllers, dns_server=responder.ip, port=responder.port),
    )
    page = DirectoryPage(SetupFlow(agent_paths))
    qtbot.addWidget(page)
    page.show()

    async def scenario() -> None:
        page.form.domain_edit.setText("zylker.test")
        page.form.dc_suggest_button.click()
        await wait_until(lambda: page.form.domain_controllers() != [], what="suggestions")
        await wait_until(lambda: page.form.dc_suggest_button.isEnabled(), what="lookup finished")

    try:
        qloop.run_until_complete(scenario())
    finally:
        responder.close()
    assert page.form.domain_controllers() == ["dc1.zylker.test", "dc2.zylker.test"]
    note = page.message.text()
    assert page.message.isVisible() and "unconfirmed" in note
    assert "dc1.zylker.test.attacker.example" in note and "outside zylker.test" in note
