"""Staged diagnostics against a real Samba AD DC, slapd, and fault servers (blackhole, bad certificates)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from app.ldap.connection import connect
from app.ldap.diagnostics import Stage, StageResult, run_diagnostics
from app.ldap.errors import NoDomainControllerError
from app.ldap.settings import TransportSecurity
from tests.ldap.faults import BlackholeServer
from tests.servers import loopback
from tests.servers.ldap_tls import TlsListener, issue_server_cert, make_ca, self_signed_cert
from tests.servers.samba import SambaDC
from tests.servers.slapd import Slapd

ALL_STAGES = [s for s in Stage]


def _run(settings: object, password: str, seen: list[StageResult] | None = None) -> list[StageResult]:
    report = asyncio.run(
        run_diagnostics(settings, SecretStr(password), on_stage=seen.append if seen is not None else None)
    )  # type: ignore[arg-type]
    return list(report.results)


def _last(results: list[StageResult]) -> StageResult:
    return results[-1]


@pytest.fixture
def spare_address() -> Iterator[loopback.LoopbackAddress]:
    """A loopback address with a name in /etc/hosts and nothing listening on it."""
    address = loopback.allocate()
    yield address
    address.release()


@pytest.mark.samba
def test_every_stage_passes_over_ldaps_with_the_service_account(samba_dc: SambaDC) -> None:
    seen: list[StageResult] = []
    settings = samba_dc.ldap_settings(bind_identity=samba_dc.service_bind)
    results = _run(settings, samba_dc.service_password, seen)
    assert [r.stage for r in results] == ALL_STAGES and all(r.ok for r in results)
    assert seen == results  # reported live, in order
    tls = results[3].data
    assert tls["subject"] == f"CN={samba_dc.host}" and tls["issuer"] == "CN=Zylker Test CA"
    root = results[5].data
    assert root["flavor"] == "active_directory" and samba_dc.base_dn in root["naming_contexts"]
    assert "paged_results" in root["supported_controls"]


@pytest.mark.samba
def test_starttls_passes_too(samba_dc: SambaDC) -> None:
    results = _run(samba_dc.ldap_settings(security=TransportSecurity.STARTTLS), samba_dc.admin_password)
    assert all(r.ok for r in results) and results[3].detail == "tls_verified"


@pytest.mark.samba
def test_bare_host_name_with_ssl_stops_at_host_stage(samba_dc: SambaDC) -> None:
    results = _run(samba_dc.ldap_settings(domain_controllers=["dc1"]), samba_dc.admin_password)
    assert len(results) == 1
    assert (results[0].stage, results[0].detail, results[0].hint) == (Stage.HOST, "host_not_fqdn", "use_fqdn")


def test_unknown_name_fails_dns(samba_dc: SambaDC) -> None:
    results = _run(samba_dc.ldap_settings(domain_controllers=["nosuchdc.zylker.test"]), "x")
    assert (_last(results).stage, _last(results).detail) == (Stage.DNS, "dns_failed")


def test_nothing_listening_is_unreachable(samba_dc: SambaDC, spare_address: loopback.LoopbackAddress) -> None:
    results = _run(samba_dc.ldap_settings(domain_controllers=[spare_address.host]), "x")
    last = _last(results)
    assert (last.stage, last.ok, last.detail, last.hint) == (
        Stage.TCP,
        False,
        "unreachable",
        "check_server_running_retry",
    )


def test_dc_that_never_answers_times_out_quickly(spare_address: loopback.LoopbackAddress, samba_dc: SambaDC) -> None:
    hole = BlackholeServer(spare_address.ip, 636)
    try:
        started = time.monotonic()
        results = _run(samba_dc.ldap_settings(domain_controllers=[spare_address.host], connect_timeout=1.0), "x")
        elapsed = time.monotonic() - started
    finally:
        hole.close()
    assert (_last(results).stage, _last(results).detail) == (Stage.TLS, "timeout")
    assert elapsed < 5


def test_blackhole_bind_is_cancellable(spare_address: loopback.LoopbackAddress, samba_dc: SambaDC) -> None:
    hole = BlackholeServer(spare_address.ip, 389)
    settings = samba_dc.ldap_settings(
        domain_controllers=[spare_address.host],
        security=TransportSecurity.PLAIN,
        allow_unencrypted=True,
        connect_timeout=30.0,
        operation_timeout=60.0,
    )

    async def scenario() -> float:
        task = asyncio.ensure_future(connect(settings, SecretStr("x")))
        await asyncio.sleep(0.5)
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return time.monotonic() - started

    try:
        assert asyncio.run(scenario()) < 1.0
    finally:
        hole.close()


@pytest.mark.samba
def test_wrong_ca_is_untrusted_and_shows_the_certificate(samba_dc: SambaDC, tmp_path: Path) -> None:
    other = make_ca(tmp_path / "other", "Some Other CA")
    results = _run(samba_dc.ldap_settings(ca_file=other.cert_file), samba_dc.admin_password)
    last = _last(results)
    assert (last.stage, last.detail, last.hint) == (Stage.TLS, "tls_untrusted", "provide_ca_file")
    assert last.data["subject"] == f"CN={samba_dc.host}" and last.data["issuer"] == "CN=Zylker Test CA"
    assert last.data["not_after"]


@pytest.mark.samba
def test_name_not_in_certificate_is_a_hostname_mismatch(samba_dc: SambaDC) -> None:
    results = _run(samba_dc.ldap_settings(domain_controllers=[samba_dc.alias]), samba_dc.admin_password)
    last = _last(results)
    assert (last.stage, last.detail) == (Stage.TLS, "tls_hostname_mismatch")
    assert samba_dc.host in last.data["subject_alt_names"]


@pytest.mark.parametrize("kind", ["expired", "self_signed"])
def test_expired_and_self_signed_certificates_are_told_apart(
    kind: str, spare_address: loopback.LoopbackAddress, samba_dc: SambaDC, tmp_path: Path
) -> None:
    ca = make_ca(tmp_path / "ca")
    if kind == "expired":
        cert, key = issue_server_cert(ca, tmp_path, [spare_address.host], [spare_address.ip], expired=True)
    else:
        cert, key = self_signed_cert(tmp_path, [spare_address.host], [spare_address.ip])
    listener = TlsListener(spare_address.ip, cert, key, port=636)
    try:
        results = _run(samba_dc.ldap_settings(domain_controllers=[spare_address.host], ca_file=ca.cert_file), "x")
    finally:
        listener.close()
    last = _last(results)
    assert last.stage is Stage.TLS and last.detail == f"tls_{kind}"
    assert last.data["subject"] == f"CN={spare_address.host}" and last.data["not_after"]


@pytest.mark.samba
def test_wrong_password_and_disabled_account_are_told_apart(samba_dc: SambaDC) -> None:
    wrong = _last(_run(samba_dc.ldap_settings(), "not-the-password"))
    assert (wrong.stage, wrong.detail, wrong.hint) == (Stage.BIND, "bind_invalid_credentials", "check_user_password")
    disabled = _last(_run(samba_dc.ldap_settings(bind_identity="judy.jones@zylker.test"), "Passw0rd!User1"))
    assert (disabled.stage, disabled.detail) == (Stage.BIND, "bind_account_disabled")


@pytest.mark.slapd
def test_account_that_sees_no_users_has_insufficient_rights(slapd: Slapd) -> None:
    results = _run(slapd.ldap_settings(bind_identity=slapd.blind_bind), slapd.service_password)
    last = _last(results)
    assert [r.ok for r in results[:-1]] == [True] * 6
    assert (last.stage, last.detail, last.hint) == (Stage.READ, "insufficient_rights", "grant_read_rights")


@pytest.mark.slapd
def test_slapd_is_recognised_as_other_ldap(slapd: Slapd) -> None:
    results = _run(slapd.ldap_settings(bind_identity=slapd.service_bind), slapd.service_password)
    assert all(r.ok for r in results)
    assert results[3].detail == "tls_not_used" and results[5].data["flavor"] == "ldap"


@pytest.mark.samba
def test_failover_skips_a_dc_that_is_down(samba_dc: SambaDC, spare_address: loopback.LoopbackAddress) -> None:
    settings = samba_dc.ldap_settings(domain_controllers=[spare_address.host, samba_dc.host])

    async def scenario() -> str:
        connection = await connect(settings, SecretStr(samba_dc.admin_password))
        await connection.close()
        return connection.host

    assert asyncio.run(scenario()) == samba_dc.host
    only_down = samba_dc.ldap_settings(domain_controllers=[spare_address.host, f"nosuch.{samba_dc.domain}"])
    with pytest.raises(NoDomainControllerError) as info:
        asyncio.run(connect(only_down, SecretStr("x")))
    assert info.value.details["attempts"] == [
        (spare_address.host, "unreachable"),
        (f"nosuch.{samba_dc.domain}", "dns_failed"),
    ]
