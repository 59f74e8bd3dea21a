"""The change stream against the real directories: Samba's change notification, slapd's syncrepl
(refreshAndPersist, the fixture loads syncprov), polling, a DC restarted mid-watch, and cancellation."""

from __future__ import annotations

import asyncio
import ssl
import subprocess
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import ldap3
import pytest
from pydantic import SecretStr

from app.ldap.watch import ChangeWatch, DirectoryChange, WatchMethod, WatchState
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC, seed_dn
from tests.servers.slapd import Slapd
from tests.servers.slapd import seed_dn as slapd_dn

pytestmark = pytest.mark.timeout(120)


class Recorder:
    def __init__(self) -> None:
        self.changes: list[DirectoryChange] = []
        self.states: list[WatchState] = []

    def change(self, item: DirectoryChange) -> None:
        self.changes.append(item)

    def state(self, item: WatchState) -> None:
        self.states.append(item)

    @property
    def watching(self) -> WatchState | None:
        return self.states[-1] if self.states and self.states[-1].watching else None


async def until(predicate: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return predicate()


def ad_admin(dc: SambaDC) -> Any:
    tls = ldap3.Tls(validate=ssl.CERT_NONE)
    server = ldap3.Server(dc.ip, port=636, use_ssl=True, tls=tls, get_info=ldap3.NONE)
    return ldap3.Connection(server, dc.admin_bind, dc.admin_password, auto_bind=True, raise_exceptions=True)


async def in_thread(func: Callable[[], Any]) -> Any:
    return await asyncio.to_thread(func)


async def watching(
    settings: Any, password: str, scenario: Callable[[Recorder], Awaitable[None]], **options: Any
) -> Recorder:
    recorder = Recorder()
    watch = ChangeWatch(settings, SecretStr(password), on_change=recorder.change, on_state=recorder.state, **options)
    task = asyncio.create_task(watch.run())
    try:
        await scenario(recorder)
    finally:
        task.cancel()
        started = time.monotonic()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - started < 5, "cancelling the watch must not wait for the server"
    return recorder


@pytest.mark.samba
def test_ad_change_anywhere_in_the_domain_is_reported_within_a_second(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh
    alice = seed_dn("alice.adams")
    berlin_user = seed_dn(data.users_in(data.BERLIN)[0].username)

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states
        assert rec.watching == WatchState(watching=True, host=dc.host, method=WatchMethod.AD_NOTIFICATION)
        await asyncio.sleep(1.0)
        assert rec.changes == []  # a quiet directory reports nothing (our own bind and reads are not changes)
        admin = ad_admin(dc)
        try:
            for dn in (alice, berlin_user):  # one level and two levels below the domain root
                started = time.monotonic()
                await in_thread(lambda dn=dn: admin.modify(dn, {"title": [(ldap3.MODIFY_REPLACE, ["Watched"])]}))
                assert await until(lambda dn=dn: any(c.dn == dn for c in rec.changes), 5), rec.changes
                assert time.monotonic() - started < 2
        finally:
            admin.unbind()

    asyncio.run(watching(dc.ldap_settings(), dc.admin_password, scenario))


@pytest.mark.samba
def test_low_rights_bind_account_can_watch(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh
    settings = dc.ldap_settings(bind_identity=dc.service_bind)

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states
        assert rec.watching is not None and rec.watching.method is WatchMethod.AD_NOTIFICATION
        admin = ad_admin(dc)
        try:
            await in_thread(
                lambda: admin.modify(seed_dn("carol.clark"), {"userAccountControl": [(ldap3.MODIFY_REPLACE, ["514"])]})
            )
        finally:
            admin.unbind()
        assert await until(lambda: any(c.dn == seed_dn("carol.clark") for c in rec.changes), 5), rec.changes

    asyncio.run(watching(settings, dc.service_password, scenario))


@pytest.mark.samba
def test_dc_restarted_mid_watch_is_watched_again_and_the_gap_is_caught_up(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states
        await in_thread(dc.stop_process)
        assert await until(lambda: rec.watching is None, 10), rec.states
        assert rec.states[-1].reason in ("unreachable", "timeout", "no_domain_controller"), rec.states
        # A change made while nothing could watch: offline, with Samba's own tools, as a replication would.
        ldif = f"dn: {seed_dn('alice.adams')}\nchangetype: modify\nreplace: title\ntitle: Changed offline\n"
        subprocess.run(
            ["ldbmodify", "-H", str(dc.dir / "private" / "sam.ldb")],
            input=ldif.encode(),
            check=True,
            capture_output=True,
        )
        await in_thread(dc.start)
        assert await until(lambda: rec.watching is not None, 30), rec.states
        assert any(c.catch_up for c in rec.changes), rec.changes
        # And the new stream works.
        admin = ad_admin(dc)
        try:
            await in_thread(lambda: admin.modify(seed_dn("bob.brown"), {"title": [(ldap3.MODIFY_REPLACE, ["Back"])]}))
        finally:
            admin.unbind()
        assert await until(lambda: any(c.dn == seed_dn("bob.brown") for c in rec.changes), 5), rec.changes

    asyncio.run(watching(dc.ldap_settings(), dc.admin_password, scenario, backoff=(0.2, 1.0)))


@pytest.mark.samba
def test_a_stream_that_stops_answering_is_noticed_and_reopened(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh
    settings = dc.ldap_settings(operation_timeout=1.5)

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states
        await in_thread(dc.suspend)  # the socket stays open, nothing answers: only the probe can tell
        try:
            assert await until(lambda: rec.watching is None, 10), rec.states
            assert rec.states[-1].reason == "timeout"
        finally:
            await in_thread(dc.resume)
        assert await until(lambda: rec.watching is not None, 20), rec.states

    asyncio.run(watching(settings, dc.admin_password, scenario, probe_interval=0.5, backoff=(0.2, 1.0)))


@pytest.mark.samba
def test_polling_reports_a_change_by_the_watermark(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states
        assert rec.watching is not None and rec.watching.method is WatchMethod.POLLING
        await asyncio.sleep(1.5)
        assert rec.changes == []  # nothing changed: no run
        admin = ad_admin(dc)
        try:
            await in_thread(
                lambda: admin.modify(seed_dn("alice.adams"), {"title": [(ldap3.MODIFY_REPLACE, ["Polled"])]})
            )
        finally:
            admin.unbind()
        assert await until(lambda: len(rec.changes) == 1, 5), rec.changes

    asyncio.run(watching(dc.ldap_settings(), dc.admin_password, scenario, poll_interval=0.5, force_polling=True))


@pytest.mark.samba
def test_an_unreachable_directory_is_reported_and_retried(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh
    dc.stop_process()

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: bool(rec.states), 15), rec.states
        assert rec.states[-1].watching is False and rec.states[-1].reason == "unreachable"
        await in_thread(dc.start)
        assert await until(lambda: rec.watching is not None, 30), rec.states

    asyncio.run(watching(dc.ldap_settings(), dc.admin_password, scenario, backoff=(0.2, 1.0)))


def test_slapd_syncrepl_reports_changes_after_the_refresh(slapd_fresh: Slapd) -> None:
    server = slapd_fresh
    user = slapd_dn("alice.adams")

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states
        assert rec.watching == WatchState(watching=True, host=server.host, method=WatchMethod.SYNCREPL)
        await asyncio.sleep(0.5)
        assert rec.changes == []  # the refresh stage (what exists) is not a change
        conn = ldap3.Connection(
            ldap3.Server(server.ip, port=server.port, get_info=ldap3.NONE),
            server.admin_bind,
            server.admin_password,
            auto_bind=True,
            raise_exceptions=True,
        )
        try:
            await in_thread(lambda: conn.modify(user, {"title": [(ldap3.MODIFY_REPLACE, ["Synced"])]}))
            assert await until(lambda: any(c.dn == user for c in rec.changes), 5), rec.changes
            before = len(rec.changes)
            await in_thread(lambda: conn.delete(slapd_dn("bob.brown")))
            assert await until(lambda: len(rec.changes) > before, 5), rec.changes
        finally:
            conn.unbind()

    asyncio.run(watching(server.ldap_settings(), server.admin_password, scenario))


def test_cancelling_ends_the_worker_thread(slapd_fresh: Slapd) -> None:
    server = slapd_fresh
    before = set(threading.enumerate())

    async def scenario(rec: Recorder) -> None:
        assert await until(lambda: rec.watching is not None, 10), rec.states

    asyncio.run(watching(server.ldap_settings(), server.admin_password, scenario))
    time.sleep(0.5)
    left = [t for t in set(threading.enumerate()) - before if t.is_alive() and not t.daemon]
    assert left == []
