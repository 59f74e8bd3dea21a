"""The notifications a sync asks the tenant for when nobody changed the settings: the one-time password to
the user and a welcome mail, on every user it creates and every user it re-activates.

Two types used to carry these options with different defaults (the engine's said "to the user, with a
welcome mail", the SCIM client's "none, no mail"); what the tenant received was the engine's. These tests
pin that behaviour end to end, against the sandbox tenant that records the mails it would send.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.cloud.scim import ProvisioningOptions
from app.sync.applier import provisioning_options
from app.sync.engine import SyncEngine
from app.sync.model import RunMode, SourceSnapshot
from app.sync.settings import PasswordNotification, SyncSettings
from app.sync.state import StateStore
from tests.servers.sandbox import SandboxTenantHandle
from tests.sync.factories import user
from tests.sync.scimtools import PlainSource, scim_target


def test_default_options_are_the_default_settings() -> None:
    assert provisioning_options(SyncSettings()) == ProvisioningOptions()
    assert ProvisioningOptions().header_value() == "password-notification=user; welcome-mail=yes"


@pytest.mark.parametrize("choice", list(PasswordNotification))
def test_every_notification_choice_is_sent_as_itself(choice: PasswordNotification) -> None:
    options = provisioning_options(SyncSettings(password_notification=choice, welcome_mail=False))
    assert options.header_value() == f"password-notification={choice.value}; welcome-mail=no"


@pytest.mark.slow
def test_default_settings_send_password_and_welcome_mail(tmp_path: Path, sandbox_tenant: SandboxTenantHandle) -> None:
    token = sandbox_tenant.device_tokens()["access_token"]
    hire = user("new.hire")
    source = PlainSource(SourceSnapshot(users=(hire,)))
    address = "new.hire@zylker.test"

    def mails() -> list[tuple[str, str, str]]:
        return [(n["kind"], n["recipient"], n["to"]) for n in sandbox_tenant.notifications()]

    async def run(snapshot: SourceSnapshot) -> None:
        source.snapshot = snapshot
        state = StateStore.open(tmp_path / "state.sqlite3")
        target = scim_target(f"{sandbox_tenant.url}/scim/v2", token)
        engine = SyncEngine(state, source, target, SyncSettings(), None, concurrency=2)
        plan = await engine.plan_run(RunMode.MANUAL)
        await engine.apply(plan, selection=[e.key for e in plan.actionable])
        state.close()

    asyncio.run(run(SourceSnapshot(users=(hire,))))
    assert mails() == [("password_otp", "user", address), ("welcome_mail", "user", address)]

    asyncio.run(run(SourceSnapshot(users=(user("new.hire", disabled=True),))))
    assert len(mails()) == 2  # disabling sends nothing
    asyncio.run(run(SourceSnapshot(users=(hire,))))
    assert mails()[2:] == [("password_otp", "user", address), ("welcome_mail", "user", address)]
