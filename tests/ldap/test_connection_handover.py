"""A connection is closed, never leaked, when its caller is cancelled while it opens or while it closes.

The caller's event loop may already be closed when the opening thread finishes (a stopping agent service), so
the closing must not depend on a loop callback; and a close must happen even when every task is cancelled (a
shutdown), though an executor job cancelled before a worker picks it up is skipped.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from pydantic import SecretStr

from app.ldap.connection import DirectoryConnection, _Handover, connect, prepare
from tests.servers.samba import SambaDC


def _handle(dc: SambaDC) -> DirectoryConnection:
    return prepare(dc.ldap_settings(), SecretStr(dc.admin_password), dc.host)


def test_caller_gone_before_the_connection_opened(samba_dc: SambaDC) -> None:
    handover = _Handover()
    handover.abandon()
    opened = handover.run(_handle(samba_dc))
    assert opened.conn.bound is False
    assert opened.conn.closed


def test_caller_gone_just_after_the_connection_opened(samba_dc: SambaDC) -> None:
    handover = _Handover()
    opened = handover.run(_handle(samba_dc))
    assert opened.conn.bound and not opened.conn.closed  # delivered: the caller owns it now
    handover.abandon()
    assert opened.conn.closed


def test_a_caller_that_stayed_keeps_its_connection(samba_dc: SambaDC) -> None:
    handover = _Handover()
    opened = handover.run(_handle(samba_dc))
    try:
        assert opened.conn.bound and not opened.conn.closed
    finally:
        opened.close_blocking()


def test_close_happens_even_when_every_task_is_cancelled(samba_dc: SambaDC) -> None:
    async def scenario() -> bool:
        connection = await connect(samba_dc.ldap_settings(), SecretStr(samba_dc.admin_password))
        loop = asyncio.get_running_loop()
        loop.set_default_executor(ThreadPoolExecutor(max_workers=1))
        release = threading.Event()
        blocker = loop.run_in_executor(None, release.wait)  # the only worker is busy: the close job must queue
        closing = asyncio.ensure_future(connection.close())
        await asyncio.sleep(0)  # the close is under way
        # What a shutdown does: cancel every task there is (asyncio.run at exit, a test loop's teardown).
        for task in asyncio.all_tasks():
            if task is not asyncio.current_task():
                task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await closing
        release.set()
        await blocker
        for _ in range(250):
            if connection.conn.closed:
                break
            await asyncio.sleep(0.02)
        return bool(connection.conn.closed)

    assert asyncio.run(scenario())
