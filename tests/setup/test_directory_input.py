"""The directory form's one type, offline: the bind password never shows when it is printed, logged or
serialised; it converts to and from the stored connection settings; checklist keys follow one rule."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pydantic import SecretStr

from app.ldap.diagnostics import Stage
from app.ldap.settings import LdapSettings, TransportSecurity
from app.paths import AgentPaths
from app.setup.directory import DirectoryInput
from app.setup.flow import SetupFlow, stage_key

PASSWORD = "Pa55-w0rd.Secret!"


def typed(**changes: object) -> DirectoryInput:
    fields: dict[str, object] = {
        "domain": "Corp.Example.com.",
        "domain_controllers": ["DC1.corp.example.com", "dc2.corp.example.com"],
        "bind_identity": " svc-sync@corp.example.com ",
        "password": SecretStr(PASSWORD),
        "security": TransportSecurity.STARTTLS,
        "ca_file": Path("/etc/ssl/corp-ca.pem"),
    }
    return DirectoryInput.model_validate({**fields, **changes})


def test_the_password_never_shows_in_repr_str_or_json(caplog: pytest.LogCaptureFixture) -> None:
    values = typed()
    assert values.password.get_secret_value() == PASSWORD and values.has_password
    shown = {
        "repr": repr(values),
        "str": str(values),
        "format": f"{values}",
        "json": values.model_dump_json(),
        "json dict": str(values.model_dump(mode="json")),
    }
    for how, text in shown.items():
        assert PASSWORD not in text, how
    assert "svc-sync@corp.example.com" in shown["repr"], "the other fields are shown"
    with caplog.at_level(logging.INFO):
        logging.getLogger("test").info("directory %s / %r", values, values)
    assert PASSWORD not in caplog.text and "dc2.corp.example.com" in caplog.text


def test_a_password_typed_as_text_becomes_secret() -> None:
    values = typed()
    values.password = PASSWORD  # type: ignore[assignment]  # what a caller with a plain str does
    assert isinstance(values.password, SecretStr) and PASSWORD not in repr(values)


def test_the_flow_holds_the_password_without_showing_it(tmp_path: Path) -> None:
    flow = SetupFlow(AgentPaths.resolve(tmp_path / "agent"), device_name="HOST")
    flow.state.directory = typed()
    assert PASSWORD not in repr(flow.state)
    held = flow.directory_input()
    assert held.password.get_secret_value() == PASSWORD
    held.domain_controllers.append("dc3.corp.example.com")
    assert flow.directory_input().domain_controllers == ["DC1.corp.example.com", "dc2.corp.example.com"]


def test_to_settings_normalises_and_never_carries_the_password() -> None:
    settings = typed().to_settings()
    assert settings.domain == "corp.example.com"
    assert settings.domain_controllers == ["dc1.corp.example.com", "dc2.corp.example.com"]
    assert settings.bind_identity == "svc-sync@corp.example.com"
    assert settings.security is TransportSecurity.STARTTLS and settings.ca_file == Path("/etc/ssl/corp-ca.pem")
    assert PASSWORD not in settings.model_dump_json()
    assert "password" not in LdapSettings.model_fields


def test_stored_settings_fill_the_form_and_keep_what_it_does_not_show() -> None:
    stored = LdapSettings(
        domain="corp.example.com",
        domain_controllers=["dc1.corp.example.com"],
        bind_identity="CN=svc,DC=corp,DC=example,DC=com",
        port=3269,
        base_dn="OU=Staff,DC=corp,DC=example,DC=com",
        connect_timeout=9.0,
    )
    values = DirectoryInput.from_settings(stored)
    assert values.domain_controllers == ["dc1.corp.example.com"] and not values.has_password
    assert values.to_settings(keep=stored) == stored, "unchanged form, unchanged settings"
    values.domain_controllers = ["dc2.corp.example.com", "dc1.corp.example.com"]
    changed = values.to_settings(keep=stored)
    assert changed.domain_controllers == ["dc2.corp.example.com", "dc1.corp.example.com"]
    assert (changed.port, changed.base_dn, changed.connect_timeout) == (3269, stored.base_dn, 9.0)
    assert values.to_settings().port is None, "without stored settings, the defaults"


def test_checklist_keys_name_the_dc_only_when_there_are_several() -> None:
    one = SetupFlow.diagnostic_rows(typed(domain_controllers=["dc1.corp.example.com"]))
    assert [row.key for row in one] == [stage.value for stage in Stage]
    assert not any(row.names_dc for row in one)
    two = SetupFlow.diagnostic_rows(typed())
    assert len(two) == 2 * len(Stage) and all(row.names_dc for row in two)
    assert two[0].key == stage_key("DC1.corp.example.com", Stage.HOST, True) == "DC1.corp.example.com/host"
    assert {row.key.rsplit("/", 1)[0] for row in two} == {row.dc for row in two}
