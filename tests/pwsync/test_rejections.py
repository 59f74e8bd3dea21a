"""The changes the cloud did not accept, as ``password-sync status --json`` and the settings page show them: a
count and the newest few, each with the user, the DC, the reason and the time, never the value; the tenant's
words kept, but never a password it might echo."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.cloud.errors import ScimError
from app.paths import AgentPaths
from app.pwsync import admin, dcagent
from app.pwsync.delivery import (
    LEDGER_FILE,
    DeliveryLedger,
    DeliveryResult,
    PasswordChange,
    PasswordDelivery,
    ledger_rejections,
)

GUID = "0b8f9e3c-3f4a-4d7e-9b7a-2c1d5e6f7a8b"


class EchoingTenant:
    """A tenant whose policy refusal quotes the password it refuses (as a careless one might)."""

    def __init__(self) -> None:
        self.calls = 0

    async def patch_user(self, user_id: str, operations: Sequence[Mapping[str, Any]]) -> Any:
        self.calls += 1
        value = operations[0]["value"]
        raise ScimError(
            f"'{value}' is too short",
            code="scim_error",
            status=400,
            scim_type="invalidValue",
            detail=f"'{value}' is too short",
        )


def _change(key: X25519PrivateKey, password: str, pwd_last_set: str, upn: str) -> PasswordChange:
    ident = dcagent.change_id(GUID, pwd_last_set)
    public = key.public_key().public_bytes_raw()
    sealed = dcagent.seal(public, password.encode(), dcagent.associated_data(ident, GUID, pwd_last_set))
    return PasswordChange(ident, GUID, pwd_last_set, "zoe", upn, "dc1.zylker.test", 0.0, sealed)


def test_a_refusal_is_recorded_per_user_without_the_value_and_not_sent_again(tmp_path: Path) -> None:
    key = X25519PrivateKey.generate()
    ledger = DeliveryLedger(tmp_path / LEDGER_FILE)
    tenant = EchoingTenant()

    async def managed(guid: str) -> str | None:
        return "cloud-id"

    delivery = PasswordDelivery(ledger, key, managed, tenant)
    first = _change(key, "Sh0rt!", "134400000000000001", "zoe@zylker.test")
    assert asyncio.run(delivery.deliver(first)).result is DeliveryResult.REJECTED
    assert asyncio.run(delivery.deliver(first)).result is DeliveryResult.DUPLICATE
    assert tenant.calls == 1
    second = _change(key, "Tiny-2", "134400000000000002", "zoe@zylker.test")
    assert asyncio.run(delivery.deliver(second)).result is DeliveryResult.REJECTED
    shown = ledger.rejections(limit=1)
    assert shown["count"] == 2
    [newest] = shown["recent"]
    assert newest["user"] == "zoe@zylker.test" and newest["reason"] == "tenant_refused: '***' is too short"
    text = (tmp_path / LEDGER_FILE).read_bytes()
    assert b"Sh0rt!" not in text and b"Tiny-2" not in text
    ledger.close()


def test_the_admin_door_reads_the_agents_ledger(tmp_path: Path) -> None:
    paths = AgentPaths.resolve(tmp_path / "agent")
    paths.ensure()
    assert admin.rejections(paths) == {"count": 0, "recent": []}
    ledger = DeliveryLedger(paths.state_dir / LEDGER_FILE)
    key = X25519PrivateKey.generate()

    async def managed(guid: str) -> str | None:
        return "cloud-id"

    asyncio.run(PasswordDelivery(ledger, key, managed, EchoingTenant()).deliver(_change(key, "x", "1", "")))
    shown = admin.rejections(paths)
    assert shown["count"] == 1 and shown["recent"][0]["user"] == "zoe"  # no UPN: the sAMAccountName
    assert admin.rejection_reason(shown["recent"][0]["reason"]) == ("tenant_refused", "'***' is too short")
    assert admin.rejection_reason("account_mismatch") == ("account_mismatch", "")
    ledger.close()


def test_a_ledger_from_before_accounts_were_recorded_is_read_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / LEDGER_FILE
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE changes (id TEXT PRIMARY KEY, guid TEXT NOT NULL, pwd_last_set TEXT NOT NULL,"
        " dc TEXT NOT NULL, result TEXT NOT NULL, reason TEXT NOT NULL, at REAL NOT NULL);"
        "INSERT INTO changes VALUES ('a', 'g-1', '1', 'dc1', 'rejected', 'tenant_refused: too short', 5.0);"
        "INSERT INTO changes VALUES ('b', 'g-2', '1', 'dc1', 'delivered', '', 6.0);"
    )
    old.commit()
    old.close()
    assert ledger_rejections(path) == {
        "count": 1,
        "recent": [{"user": "g-1", "dc": "dc1", "reason": "tenant_refused: too short", "at": 5.0}],
    }
    DeliveryLedger(path).close()  # the agent opens it: the column is added, the rows kept
    assert ledger_rejections(path)["recent"][0]["user"] == "g-1"


def test_an_unreadable_ledger_is_said_so(tmp_path: Path) -> None:
    path = tmp_path / LEDGER_FILE
    path.write_bytes(b"not a database at all" * 100)
    assert ledger_rejections(path) == {"count": 0, "recent": [], "unreadable": True}


@pytest.mark.parametrize("words", ["", "   ", "multi\nline   words"])
def test_the_tenants_words_are_kept_on_one_line(words: str) -> None:
    from app.pwsync.delivery import _refusal

    assert _refusal(words, bytearray(b"pw")) == ("tenant_refused: " + " ".join(words.split()))


def test_status_json_shows_the_rejections(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    from app.config import AgentConfig, ConfigStore, TenantSettings
    from tests.service.agent_setup import offline_ldap_settings

    paths = AgentPaths.resolve(tmp_path / "agent")
    paths.ensure()
    tenant = TenantSettings(tenant_url="https://t.example", issuer="https://t.example", client_id="c",
                            scim_base_url="https://t.example/scim/v2")  # fmt: skip
    ConfigStore(paths.config_file).save(AgentConfig(device_name="D", tenant=tenant, ldap=offline_ldap_settings()))
    ledger = DeliveryLedger(paths.state_dir / LEDGER_FILE)
    key = X25519PrivateKey.generate()

    async def managed(guid: str) -> str | None:
        return "cloud-id"

    change = _change(key, "Sh0rt!", "134400000000000001", "zoe@zylker.test")
    asyncio.run(PasswordDelivery(ledger, key, managed, EchoingTenant()).deliver(change))
    ledger.close()

    def status(*extra: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "app", "--config-dir", str(paths.config_dir), "password-sync", "status", *extra],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    shown = json.loads(status("--json"))["rejected"]
    assert shown["count"] == 1
    assert shown["recent"][0]["user"] == "zoe@zylker.test" and shown["recent"][0]["dc"] == "dc1.zylker.test"
    assert shown["recent"][0]["reason"] == "tenant_refused: '***' is too short"
    text = status()
    assert "Not accepted by the cloud: 1" in text and "zoe@zylker.test — the tenant's password policy" in text
    assert "Sh0rt!" not in text
