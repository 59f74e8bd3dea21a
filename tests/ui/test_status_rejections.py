"""The status window lists, under the password sync agents, the password changes the cloud did not accept: how
many, and the newest five as user — reason — time, never a value; nothing when there are none. The ledger is
written by the agent's own delivery code, refused by a tenant whose policy quotes the password back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest
import qasync
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.cloud.errors import ScimError
from app.paths import AgentPaths
from app.pwsync import dcagent
from app.pwsync.delivery import LEDGER_FILE, DeliveryLedger, DeliveryResult, PasswordChange, PasswordDelivery
from tests.ui.conftest import wait_until
from ui.bridge import AgentBridge
from ui.status.window import StatusWindow

pytestmark = pytest.mark.gui

GUID = "0b8f9e3c-3f4a-4d7e-9b7a-2c1d5e6f7a8b"


class RefusingTenant:
    """A tenant whose password policy refuses every value, quoting it in its answer."""

    async def patch_user(self, user_id: str, operations: Sequence[Mapping[str, Any]]) -> Any:
        value = operations[0]["value"]
        raise ScimError(
            f"'{value}' is too short", code="scim_error", status=400, scim_type="invalidValue",
            detail=f"'{value}' is too short",
        )  # fmt: skip


async def refuse(paths: AgentPaths, passwords: Sequence[str]) -> None:
    """One password change per user (user1, user2, …) delivered, and refused, in that order."""
    paths.ensure()
    key = X25519PrivateKey.generate()
    ledger = DeliveryLedger(paths.state_dir / LEDGER_FILE)

    async def managed(guid: str) -> str | None:
        return "cloud-id"

    delivery = PasswordDelivery(ledger, key, managed, RefusingTenant())
    public = key.public_key().public_bytes_raw()
    try:
        for number, password in enumerate(passwords, start=1):
            pwd_last_set = str(134400000000000000 + number)
            ident = dcagent.change_id(GUID, pwd_last_set)
            sealed = dcagent.seal(public, password.encode(), dcagent.associated_data(ident, GUID, pwd_last_set))
            upn = f"user{number}@zylker.test"
            change = PasswordChange(ident, GUID, pwd_last_set, f"user{number}", upn, "dc1.zylker.test", 0.0, sealed)
            assert (await delivery.deliver(change)).result is DeliveryResult.REJECTED
    finally:
        ledger.close()


def rows(window: StatusWindow) -> list[tuple[str, ...]]:
    table = window.rejected_table
    return [
        tuple(table.item(row, column).text() for column in range(table.columnCount()))  # type: ignore[union-attr]
        for row in range(table.rowCount())
    ]


def test_the_newest_refusals_are_listed_under_the_agents(
    qtbot: Any, qloop: qasync.QEventLoop, agent_paths: AgentPaths
) -> None:
    passwords = [f"Sh0rt-{n}" for n in range(1, 8)]
    window = StatusWindow(AgentBridge(), agent_paths)
    qtbot.addWidget(window)

    async def scenario() -> None:
        await refuse(agent_paths, passwords)
        window.show()  # showing the window reads the ledger, off the GUI thread
        await wait_until(lambda: window.rejected_table.isVisible(), what="the changes not accepted")

    qloop.run_until_complete(scenario())
    assert window.rejected_count.text() == "Not accepted by the cloud: 7"
    assert window.rejected_count.accessibleName() == "Not accepted by the cloud: 7"
    assert window.rejected_table.accessibleName() == "Password changes the cloud did not accept, newest first"
    shown = rows(window)
    assert [user for user, _reason, _time in shown] == [f"user{n}@zylker.test" for n in (7, 6, 5, 4, 3)]
    assert {reason for _user, reason, _time in shown} == {"'***' is too short"}  # the tenant's words, no value
    assert all(time and time != "—" for _user, _reason, time in shown)
    text = " ".join(" ".join(row) for row in shown)
    assert not any(password in text for password in passwords)


def test_nothing_is_shown_when_the_cloud_accepted_every_change(
    qtbot: Any, qloop: qasync.QEventLoop, agent_paths: AgentPaths
) -> None:
    window = StatusWindow(AgentBridge(), agent_paths)
    qtbot.addWidget(window)

    async def scenario() -> None:
        window.show()
        await wait_until(lambda: window._rejections_task is not None and window._rejections_task.done())

    qloop.run_until_complete(scenario())
    assert not window.rejected_count.isVisible() and not window.rejected_table.isVisible()
    assert window.rejected_table.rowCount() == 0

    async def later() -> None:
        # a refusal while the window is open shows with the next status the service sends
        await refuse(agent_paths, ["Tiny-1"])
        window.set_status(window.status)  # type: ignore[arg-type]
        await wait_until(lambda: window.rejected_table.isVisible(), what="the change not accepted")

    qloop.run_until_complete(later())
    assert window.rejected_count.text() == "Not accepted by the cloud: 1"
    assert rows(window)[0][:2] == ("user1@zylker.test", "'***' is too short")
