"""``check-ldap`` from the command line, and DC discovery through a real DNS responder on loopback."""

from __future__ import annotations

import asyncio
import io
import json

import pytest

from app.cli import main
from app.ldap.discovery import discover_domain_controllers
from app.ldap.errors import SrvNotFoundError
from tests.servers.dns_srv import SrvResponder
from tests.servers.samba import SambaDC


def _check(monkeypatch: pytest.MonkeyPatch, password: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["check-ldap", *args])


@pytest.mark.samba
def test_check_ldap_json_passes_and_fails_with_exit_codes(
    samba_dc: SambaDC, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    base = [
        "--domain",
        samba_dc.domain,
        "--dc",
        samba_dc.host,
        "--bind",
        samba_dc.admin_bind,
        "--password-stdin",
        "--ssl",
        "--ca-file",
        str(samba_dc.ca_file),
        "--json",
    ]
    assert _check(monkeypatch, samba_dc.admin_password, *base) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and [s["name"] for s in report["stages"]][-1] == "read"
    assert all({"name", "ok", "detail", "hint"} <= set(s) for s in report["stages"])

    assert _check(monkeypatch, "wrong", *base) == 1
    failed = json.loads(capsys.readouterr().out)["stages"][-1]
    assert (failed["name"], failed["ok"], failed["code"]) == ("bind", False, "bind_invalid_credentials")
    assert failed["detail"] == "wrong user name or password" and "password" in failed["hint"]


@pytest.mark.samba
def test_check_ldap_text_output_names_the_fqdn_problem(
    samba_dc: SambaDC, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _check(
        monkeypatch,
        "x",
        "--domain",
        samba_dc.domain,
        "--dc",
        "dc1",
        "--bind",
        samba_dc.admin_bind,
        "--password-stdin",
        "--ssl",
    )
    out = capsys.readouterr().out
    assert code == 1
    assert "[FAIL] dc1: Host name" in out and "certificate is issued to the FQDN" in out


def test_discovery_orders_srv_records_by_priority_and_weight() -> None:
    responder = SrvResponder(
        {
            "_ldap._tcp.dc._msdcs.zylker.test": [
                (10, 50, 389, "dc2.zylker.test"),
                (0, 10, 389, "dc1.zylker.test"),
                (10, 80, 389, "dc3.zylker.test"),
            ],
        }
    )
    try:
        found = asyncio.run(discover_domain_controllers("zylker.test", dns_server=responder.ip, port=responder.port))
        with pytest.raises(SrvNotFoundError):
            asyncio.run(discover_domain_controllers("other.test", dns_server=responder.ip, port=responder.port))
    finally:
        responder.close()
    assert found == ["dc1.zylker.test", "dc3.zylker.test", "dc2.zylker.test"]
    assert responder.queries[0] == "_ldap._tcp.dc._msdcs.zylker.test"
