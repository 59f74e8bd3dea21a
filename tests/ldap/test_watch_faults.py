"""The change stream's faults against the real directories: a stream the server ends, a connection cut under
it, a stream that stalls (silent, socket open), a DC restarted mid-watch. In each, a change made while the
stream could not carry it is reported after the reconnect (a catch-up change, from the watermark), and the
reconnects are backed off. A server cannot make its connection go silent on demand, nor cut one flow and
keep serving: those two go through the relay in tests/ldap/faults.py, in front of the real DC.

Changes outside the sync's scope are reported like any other (the stream covers the naming context): see
tests/e2e/test_watch_faults.py for the run they start, which writes nothing."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import ldap3
import pytest

import app.ldap.watch as watch_module
from app.ldap.watch import WatchMethod
from tests.ldap.faults import FaultProxy
from tests.ldap.test_watch import Recorder, ad_admin, in_thread, until, watching
from tests.servers.samba import SambaDC, seed_dn
from tests.servers.slapd import Slapd
from tests.servers.slapd import seed_dn as slapd_dn

pytestmark = pytest.mark.timeout(120)


def slapd_admin(server: Slapd, config: bool = False) -> Any:
    bind = "cn=admin,cn=config" if config else server.admin_bind
    return ldap3.Connection(
        ldap3.Server(server.ip, port=server.port, get_info=ldap3.NONE),
        bind,
        server.admin_password,
        auto_bind=True,
        raise_exceptions=True,
    )


def slapd_modify(server: Slapd, dn: str, **values: str) -> None:
    conn = slapd_admin(server)
    try:
        conn.modify(dn, {k: [(ldap3.MODIFY_REPLACE, [v])] for k, v in values.items()})
    finally:
        conn.unbind()


def ad_modify(dc: SambaDC, dn: str, **values: str) -> None:
    admin = ad_admin(dc)
    try:
        admin.modify(dn, {k: [(ldap3.MODIFY_REPLACE, [v])] for k, v in values.items()})
    finally:
        admin.unbind()


def catch_ups(rec: Recorder, since: int = 0) -> int:
    return sum(1 for c in rec.changes[since:] if c.catch_up)


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """The monotonic times at which the watch opened a connection (the real connect, counted)."""
    times: list[float] = []
    real = watch_module.connect

    async def counted(*args: Any, **kwargs: Any) -> Any:
        times.append(time.monotonic())
        return await real(*args, **kwargs)

    monkeypatch.setattr(watch_module, "connect", counted)
    yield times


@pytest.fixture
def ad_relay(samba_dc_fresh: SambaDC) -> Iterator[FaultProxy]:
    """The relay on the DC's own address (so its name and certificate still match), LDAPS behind it."""
    proxy = FaultProxy((samba_dc_fresh.ip, 636), ip=samba_dc_fresh.ip)
    try:
        yield proxy
    finally:
        proxy.close()


# ---------------------------------------------------------------------------------------------- stream ends


@pytest.mark.slapd
def test_slapd_ending_the_stream_is_reconnected_with_back_off_and_the_gap_caught_up(
    slapd_fresh: Slapd, connects: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    """The server ends the persistent search itself (its syncprov overlay disabled: searchResDone, result 52),
    then, while it has none, ends every new one at once. Back-off, not a loop; the change made meanwhile is
    reported once the stream is back."""
    server = slapd_fresh
    overlay = "olcOverlay={1}syncprov,olcDatabase={1}mdb,cn=config"
    caplog.set_level(logging.INFO, logger="app.ldap.watch")

    def syncprov(enabled: bool) -> None:
        conn = slapd_admin(server, config=True)
        try:
            conn.modify(overlay, {"olcDisabled": [(ldap3.MODIFY_REPLACE, ["FALSE" if enabled else "TRUE"])]})
        finally:
            conn.unbind()

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states
        await in_thread(lambda: syncprov(False))
        assert await until(lambda: rec.watching is None, 5), rec.states
        assert rec.states[-1].reason == "watch_ended", rec.states
        gap_began = time.monotonic()
        before = len(rec.changes)
        await in_thread(lambda: slapd_modify(server, slapd_dn("alice.adams"), title="Changed in the gap"))
        await asyncio.sleep(3.0)
        during_gap = [t for t in connects if t >= gap_began]
        await in_thread(lambda: syncprov(True))
        assert await until(lambda: rec.watching is not None, 10), rec.states
        assert rec.watching is not None and rec.watching.method is WatchMethod.SYNCREPL
        assert await until(lambda: catch_ups(rec, before) >= 1, 5), rec.changes
        print(f"\nstream ended by slapd: {len(during_gap)} reconnects in a 3 s gap (back-off 0.2 s doubling to 1 s)")
        # 0.2 + 0.4 + 0.8 + 1 + 1 ≈ 3.4 s: at most about five; without back-off it would be fifteen.
        assert len(during_gap) <= 6, during_gap
        # And the new stream carries new changes by name.
        await in_thread(lambda: slapd_modify(server, slapd_dn("bob.brown"), title="After"))
        assert await until(lambda: any(c.dn == slapd_dn("bob.brown") for c in rec.changes), 5), rec.changes

    asyncio.run(watching(server.ldap_settings(), server.admin_password, scenario, backoff=(0.2, 1.0)))
    assert any("ended" in r.getMessage() for r in caplog.records)


@pytest.mark.samba
def test_ad_connection_cut_under_the_stream_is_reconnected_and_the_gap_caught_up(
    samba_dc_fresh: SambaDC, ad_relay: FaultProxy
) -> None:
    """The stream's connection is closed under it (FIN on both sides, as a DC's or a firewall's reset would),
    and the port stays unusable for a while; a change made then is reported after the reconnect."""
    dc = samba_dc_fresh
    settings = dc.ldap_settings(port=ad_relay.port)

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states
        assert rec.watching is not None and rec.watching.method is WatchMethod.AD_NOTIFICATION
        ad_relay.refuse(True)
        assert ad_relay.cut() == 1
        assert await until(lambda: rec.watching is None, 5), rec.states
        assert rec.states[-1].reason in ("connection_lost", "unreachable", "watch_ended"), rec.states
        before = len(rec.changes)
        await in_thread(lambda: ad_modify(dc, seed_dn("alice.adams"), title="Changed while cut off"))
        await asyncio.sleep(1.0)
        assert rec.watching is None
        ad_relay.refuse(False)
        assert await until(lambda: rec.watching is not None, 15), rec.states
        assert await until(lambda: catch_ups(rec, before) >= 1, 5), rec.changes
        after = len(rec.changes)
        await in_thread(lambda: ad_modify(dc, seed_dn("bob.brown"), title="Back"))
        assert await until(lambda: any(c.dn == seed_dn("bob.brown") for c in rec.changes[after:]), 5)

    asyncio.run(watching(settings, dc.admin_password, scenario, backoff=(0.2, 1.0)))


# ---------------------------------------------------------------------------------------------- stalls


@pytest.mark.samba
def test_ad_stream_that_stalls_is_noticed_within_the_stall_timeout_and_caught_up(
    samba_dc_fresh: SambaDC, ad_relay: FaultProxy
) -> None:
    """The relay stops passing bytes on the stream's connection and keeps it open (no FIN, no RST): AD sends
    nothing on a quiet stream either, so only the probe (every ``probe_interval``, answered within the
    operation timeout) can tell. Made short here; in service it is 60 s + the operation timeout."""
    dc = samba_dc_fresh
    probe, answer = 0.5, 1.0
    settings = dc.ldap_settings(port=ad_relay.port, operation_timeout=answer)

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states
        await asyncio.sleep(probe * 2)  # a probe or two answered: a live stream is not taken for a stalled one
        assert rec.watching is not None
        before = len(rec.changes)
        assert ad_relay.stall() == 1
        stalled_at = time.monotonic()
        # The change the stalled stream would have carried: made on the DC, never delivered.
        await in_thread(lambda: ad_modify(dc, seed_dn("alice.adams"), title="Changed during the stall"))
        assert await until(lambda: rec.watching is None, 10), rec.states
        noticed = time.monotonic() - stalled_at
        assert rec.states[-1].reason == "timeout", rec.states
        print(f"\nAD stream stalled: noticed after {noticed:.2f} s (probe every {probe} s, answer within {answer} s)")
        assert noticed <= probe + answer + 1.0
        # New connections pass through the relay: the watch is back, and the stalled change is caught up.
        assert await until(lambda: rec.watching is not None, 10), rec.states
        assert await until(lambda: catch_ups(rec, before) >= 1, 5), rec.changes

    asyncio.run(watching(settings, dc.admin_password, scenario, probe_interval=probe, backoff=(0.2, 1.0)))


@pytest.mark.slapd
def test_slapd_syncrepl_stream_that_stalls_is_noticed_and_caught_up(slapd_fresh: Slapd) -> None:
    server = slapd_fresh
    relay = FaultProxy((server.ip, server.port), ip=server.ip)
    probe, answer = 0.5, 1.0
    settings = server.ldap_settings(port=relay.port, operation_timeout=answer)

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states
        await asyncio.sleep(probe * 2)
        before = len(rec.changes)
        assert relay.stall() == 1
        stalled_at = time.monotonic()
        await in_thread(lambda: slapd_modify(server, slapd_dn("alice.adams"), title="Changed during the stall"))
        assert await until(lambda: rec.watching is None, 10), rec.states
        noticed = time.monotonic() - stalled_at
        print(f"\nsyncrepl stream stalled: noticed after {noticed:.2f} s (probe {probe} s, answer {answer} s)")
        assert noticed <= probe + answer + 1.0
        assert await until(lambda: rec.watching is not None, 10), rec.states
        assert await until(lambda: catch_ups(rec, before) >= 1, 5), rec.changes

    try:
        asyncio.run(watching(settings, server.admin_password, scenario, probe_interval=probe, backoff=(0.2, 1.0)))
    finally:
        relay.close()


# ---------------------------------------------------------------------------------------------- DC restarted


@pytest.mark.slapd
def test_slapd_restarted_mid_watch_is_watched_again_with_back_off_and_the_gap_caught_up(
    slapd_fresh: Slapd, connects: list[float]
) -> None:
    """slapd stopped (SIGTERM) and started again on the same port; while it is down the state says why, the
    reconnects are backed off, and a change made offline meanwhile (slapmodify, as a restore would) is reported
    once the stream is back."""
    server = slapd_fresh
    alice = slapd_dn("alice.adams")

    def stop_slapd() -> None:
        process = server._process  # the fixture's own handle: reaped here, started anew by server.start()
        assert process is not None
        os.kill(server.pid, signal.SIGTERM)
        process.wait(timeout=10)

    def modify_offline() -> None:
        ldif = f"dn: {alice}\nchangetype: modify\nreplace: title\ntitle: Changed while slapd was down\n"
        subprocess.run(
            ["/usr/sbin/slapmodify", "-F", str(server.dir / "slapd.d"), "-n", "1", "-w"],
            input=ldif.encode(),
            check=True,
            capture_output=True,
        )

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states
        await in_thread(stop_slapd)
        down_at = time.monotonic()
        assert await until(lambda: rec.watching is None, 5), rec.states
        assert await until(lambda: rec.states[-1].reason == "unreachable", 5), rec.states
        before = len(rec.changes)
        await in_thread(modify_offline)
        await asyncio.sleep(max(0.0, 3.0 - (time.monotonic() - down_at)))
        attempts = [t for t in connects if t >= down_at]
        await in_thread(server.start)
        assert await until(lambda: rec.watching is not None, 10), rec.states
        assert await until(lambda: catch_ups(rec, before) >= 1, 5), rec.changes
        print(f"\nslapd down 3 s: {len(attempts)} connection attempts (back-off 0.2 s doubling to 1 s)")
        assert 2 <= len(attempts) <= 6, attempts
        # Still one catch-up for the one gap, and the new stream carries changes by name.
        assert catch_ups(rec, before) == 1, rec.changes
        await in_thread(lambda: slapd_modify(server, slapd_dn("bob.brown"), title="Back"))
        assert await until(lambda: any(c.dn == slapd_dn("bob.brown") for c in rec.changes), 5), rec.changes

    asyncio.run(watching(server.ldap_settings(), server.admin_password, scenario, backoff=(0.2, 1.0)))


@pytest.mark.samba
def test_ad_reconnect_after_reported_changes_asks_for_no_catch_up(
    samba_dc_fresh: SambaDC, ad_relay: FaultProxy
) -> None:
    """The watermark follows what the stream reported (the notified uSNChanged): a drop after changes the
    stream did carry is not a gap, so the reconnect reports none — while a change it did not carry is one
    (the tests above)."""
    dc = samba_dc_fresh
    settings = dc.ldap_settings(port=ad_relay.port)

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states
        await in_thread(lambda: ad_modify(dc, seed_dn("alice.adams"), title="Carried"))
        assert await until(lambda: any(c.dn == seed_dn("alice.adams") for c in rec.changes), 5), rec.changes
        await asyncio.sleep(0.5)
        before = len(rec.changes)
        assert ad_relay.cut() == 1
        assert await until(lambda: rec.watching is None, 5), rec.states
        assert await until(lambda: rec.watching is not None, 10), rec.states
        await asyncio.sleep(0.5)
        assert rec.changes[before:] == [], rec.changes[before:]

    asyncio.run(watching(settings, dc.admin_password, scenario, backoff=(0.2, 1.0)))
