"""A connection whose caller gave up while it was opening is closed, never leaked, whichever finishes first.

The caller's event loop may already be closed when the opening thread finishes (a stopping agent service), so
the closing must not depend on a loop callback.
"""

from __future__ import annotations

from pydantic import SecretStr

from app.ldap.connection import DirectoryConnection, _Handover, prepare
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
