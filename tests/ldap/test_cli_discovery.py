"""``check-ldap`` from the command line, and DC discovery through a real DNS responder on loopback."""

from __future__ import annotations

import argparse
import asyncio
import io
import json

import pytest

from app.cli import main
from app.ldap.discovery import SrvTarget, discover_domain_controllers
from app.ldap.errors import SrvNotFoundError
from app.setup_cli import Terminal, UsageError, choose_discovered
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
    assert [t.host for t in found] == ["dc1.zylker.test", "dc3.zylker.test", "dc2.zylker.test"]
    assert all(t.in_domain and t.port == 389 for t in found)
    assert responder.queries[0] == "_ldap._tcp.dc._msdcs.zylker.test"


# What a stale record, a poisoned cache or someone else's zone could answer for zylker.test.
HOSTILE_ANSWER = [
    (0, 10, 636, "DC1.Zylker.Test"),  # inside, in another case
    (0, 20, 636, "evilzylker.test"),  # same ending, but not on a label boundary
    (5, 10, 636, "zylker.test.attacker.example"),  # the domain as a prefix
    (10, 10, 636, "dc9.corp.example"),  # simply elsewhere
    (20, 10, 636, "zylker.test"),  # the domain itself
]


def _discover_hostile(domain: str) -> list[SrvTarget]:
    responder = SrvResponder({"_ldap._tcp.dc._msdcs.zylker.test": HOSTILE_ANSWER})
    try:
        return asyncio.run(discover_domain_controllers(domain, dns_server=responder.ip, port=responder.port))
    finally:
        responder.close()


@pytest.mark.parametrize("domain", ["zylker.test", "ZYLKER.test."])
def test_discovery_marks_targets_outside_the_domain(domain: str) -> None:
    found = _discover_hostile(domain)
    assert [(t.host, t.in_domain) for t in found] == [
        ("evilzylker.test", False),  # priority 0, the higher weight
        ("dc1.zylker.test", True),
        ("zylker.test.attacker.example", False),
        ("dc9.corp.example", False),
        ("zylker.test", True),
    ]


def _terminal(*, interactive: bool, answers: str = "") -> tuple[Terminal, io.StringIO, io.StringIO]:
    stdin, stdout, stderr = io.StringIO(answers), io.StringIO(), io.StringIO()
    term = Terminal(argparse.Namespace(yes=not interactive, json=False), stdin, stdout, stderr)
    term.interactive = interactive  # a StringIO is no tty; the prompt logic is what is under test
    return term, stdout, stderr


def test_setup_uses_only_dns_targets_inside_the_domain_unless_accepted() -> None:
    found = _discover_hostile("zylker.test")
    term, out, _ = _terminal(interactive=False)
    assert choose_discovered(term, "zylker.test", found, []) == ["dc1.zylker.test", "zylker.test"]
    said = out.getvalue()
    assert "not used (outside zylker.test, not confirmed)" in said and "dc9.corp.example" in said
    assert "--accept-dc" in said

    term, out, _ = _terminal(interactive=False)
    chosen = choose_discovered(term, "zylker.test", found, ["DC9.corp.example."])
    assert chosen == ["dc1.zylker.test", "zylker.test", "dc9.corp.example"]
    assert "evilzylker.test" in out.getvalue()  # still reported as not used


def test_setup_asks_before_using_a_dns_target_outside_the_domain() -> None:
    found = _discover_hostile("zylker.test")
    term, _, prompts = _terminal(interactive=True, answers="n\ny\nn\n")
    chosen = choose_discovered(term, "zylker.test", found, [])
    assert chosen == ["dc1.zylker.test", "zylker.test", "zylker.test.attacker.example"]
    assert prompts.getvalue().count("which is outside zylker.test. Use it? [y/N]") == 3


def test_non_interactive_setup_refuses_when_dns_names_only_foreign_hosts() -> None:
    responder = SrvResponder({"_ldap._tcp.dc._msdcs.zylker.test": [(0, 0, 636, "dc1.attacker.example")]})
    try:
        found = asyncio.run(discover_domain_controllers("zylker.test", dns_server=responder.ip, port=responder.port))
    finally:
        responder.close()
    term, _, _ = _terminal(interactive=False)
    with pytest.raises(UsageError, match="--accept-dc"):
        choose_discovered(term, "zylker.test", found, [])
