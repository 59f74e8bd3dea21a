"""DirSync against the real Samba AD DC: the change stream for an account with "Replicating Directory Changes"
(the admin has it), the fallback for one without it (the seed's low-rights service account), and cookies.

Reader level (:class:`app.ldap.dirsync.DirSyncStream`) and source level (``LdapDirectorySource``: the delta
read takes its changes, deletions and moves from DirSync; a cookie the DC refuses means a full read).
"""

from __future__ import annotations

import asyncio
import json
import subprocess
from collections.abc import Awaitable, Callable
from typing import Any

import ldap3
import pytest
from pydantic import SecretStr

from app.ldap.dirsync import DirSyncStream, decode_cookie, encode_cookie, plain_dn
from app.ldap.reader import DirectoryReader, ObjectKind, WatermarkMismatchError
from app.sync.model import ReadKind
from app.sync.ports import DeltaRequest, Watermark
from app.sync.settings import SyncScope, SyncSettings
from app.sync.sources import LdapDirectorySource
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC, seed_dn

SALES_DN = data.ad_ou_dn(data.SALES)
ENG_DN = data.ad_ou_dn(data.ENG)
SERVICE_DN = data.ad_ou_dn(data.SERVICE)


def admin_connection(dc: SambaDC) -> ldap3.Connection:
    server = ldap3.Server(dc.ip, port=389, get_info=ldap3.NONE)
    return ldap3.Connection(server, dc.admin_bind, dc.admin_password, auto_bind=True)


def run(dc: SambaDC, body: Callable[[DirectoryReader], Awaitable[Any]], *, low_rights: bool = False) -> Any:
    async def scenario() -> Any:
        if low_rights:
            settings = dc.ldap_settings(bind_identity=dc.service_bind)
            password = dc.service_password
        else:
            settings, password = dc.ldap_settings(), dc.admin_password
        reader = await DirectoryReader.open(settings, SecretStr(password))
        try:
            return await body(reader)
        finally:
            await reader.close()

    return asyncio.run(scenario())


def anchor_of(dc: SambaDC, dn: str) -> str:
    async def body(reader: DirectoryReader) -> str:
        found = await reader._search_all(dn, "(objectClass=*)", ["objectGUID"], scope=ldap3.BASE)
        return reader.to_object(ObjectKind.USER, found[0]).anchor

    return str(run(dc, body))


def add_user(conn: ldap3.Connection, name: str, parent: str) -> str:
    dn = f"CN={name},{parent}"
    conn.add(dn, "user", {"sAMAccountName": name, "sn": name, "userAccountControl": "544"})
    assert conn.result["result"] == 0, conn.result
    return dn


def test_cookie_text_and_extended_dns() -> None:
    assert decode_cookie(encode_cookie(b"\x00MSDS\xff")) == b"\x00MSDS\xff"
    for bad in ("", "not base64!", "ä"):
        with pytest.raises(ValueError):
            decode_cookie(bad)
    assert (
        plain_dn("<GUID=cc48796e-b750-437d-a335-1fa34ff44bd6>;OU=Eng,DC=zylker,DC=test") == "OU=Eng,DC=zylker,DC=test"
    )
    assert plain_dn("<GUID=x>;<SID=S-1-5>;CN=a,DC=b") == "CN=a,DC=b"
    assert plain_dn("OU=Eng,DC=zylker,DC=test") == "OU=Eng,DC=zylker,DC=test"


@pytest.mark.samba
def test_dirsync_reports_deletion_move_change_new_user_and_membership(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh
    alice, bob, carol = (seed_dn(n) for n in ("alice.adams", "bob.brown", "carol.clark"))
    anchors = {name: anchor_of(dc, seed_dn(name)) for name in ("alice.adams", "bob.brown", "carol.clark", "SalesTeam")}

    async def start(reader: DirectoryReader) -> bytes | None:
        return await DirSyncStream(reader).start()

    cookie = run(dc, start)
    assert cookie

    conn = admin_connection(dc)
    conn.modify(alice, {"title": [(ldap3.MODIFY_REPLACE, ["Chief Seller"])]})
    conn.delete(bob)
    conn.modify_dn(carol, "CN=Carol Clark", new_superior=SERVICE_DN)
    newbie = add_user(conn, "nina.new", SALES_DN)
    conn.modify(seed_dn("SalesTeam"), {"member": [(ldap3.MODIFY_ADD, [newbie])]})
    conn.unbind()

    async def changes(reader: DirectoryReader) -> tuple[Any, bytes, Any, int]:
        stream = DirSyncStream(reader)
        found, after = await stream.changes(cookie, ["title", "sn"], [ObjectKind.USER, ObjectKind.GROUP])
        again, _ = await stream.changes(after, ["title", "sn"], [ObjectKind.USER, ObjectKind.GROUP])
        return found, after, again, reader.entries_read

    found, after, again, entries_read = run(dc, changes)
    by_anchor = {c.anchor: c for c in found}
    assert by_anchor[anchors["alice.adams"]].dn.lower() == alice.lower()
    assert not by_anchor[anchors["alice.adams"]].deleted
    gone = by_anchor[anchors["bob.brown"]]
    assert gone.deleted and gone.kind is ObjectKind.USER and gone.last_known_parent == ENG_DN
    moved = by_anchor[anchors["carol.clark"]]
    assert not moved.deleted and moved.dn.lower() == f"CN=Carol Clark,{SERVICE_DN}".lower()
    assert any(c.dn.lower() == newbie.lower() and c.kind is ObjectKind.USER for c in found)
    assert by_anchor[anchors["SalesTeam"]].kind is ObjectKind.GROUP
    assert entries_read < 20  # the changes, not the directory
    assert after != cookie and not again  # the new cookie starts after them


@pytest.mark.samba
def test_low_rights_account_gets_no_dirsync_and_a_corrupted_cookie_is_refused(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh

    async def probe(reader: DirectoryReader) -> tuple[bytes | None, bool | None]:
        stream = DirSyncStream(reader)
        return await stream.start(), stream.available

    assert run(dc, probe, low_rights=True) == (None, False)

    async def corrupted(reader: DirectoryReader) -> None:
        await DirSyncStream(reader).changes(b"MSDS" + b"\x00" * 40, [], [ObjectKind.USER])

    with pytest.raises(WatermarkMismatchError):
        run(dc, corrupted)


# ------------------------------------------------------------------------------------------ source level

SYNC = SyncSettings(scope=SyncScope(ous=[SALES_DN, ENG_DN]))


def full_then_delta(
    dc: SambaDC,
    change: Callable[[], None],
    *,
    low_rights: bool = False,
    edit_mark: Callable[[dict[str, Any]], None] | None = None,
) -> tuple[LdapDirectorySource, LdapDirectorySource, Any, Any]:
    """A full read, ``change`` on the DC, then a delta read from the full read's watermark (as stored),
    each through its own connection as the agent's runs are."""
    holder: dict[str, Any] = {}

    async def full(reader: DirectoryReader) -> Any:
        source = LdapDirectorySource(reader)
        holder["full_source"] = source
        return await source.read_full(SYNC, {})

    first = run(dc, full, low_rights=low_rights)
    snapshot = first.snapshot
    ledger = {o.anchor: o.dn for o in (*snapshot.users, *snapshot.groups)}
    marks = first.watermarks
    if edit_mark is not None:
        data_ = json.loads(marks[0].value)
        edit_mark(data_)
        marks = (Watermark(server=marks[0].server, value=json.dumps(data_)),)
    change()

    async def delta(reader: DirectoryReader) -> Any:
        source = LdapDirectorySource(reader)
        holder["delta_source"] = source
        return await source.read_delta(SYNC, DeltaRequest(marks, ledger))

    second = run(dc, delta, low_rights=low_rights)
    return holder["full_source"], holder["delta_source"], first, second


@pytest.mark.samba
def test_delta_through_dirsync_finds_deletion_move_change_and_new_user(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh
    alice_anchor = anchor_of(dc, seed_dn("alice.adams"))
    bob_anchor = anchor_of(dc, seed_dn("bob.brown"))
    carol_anchor = anchor_of(dc, seed_dn("carol.clark"))

    def change() -> None:
        conn = admin_connection(dc)
        conn.modify(seed_dn("alice.adams"), {"title": [(ldap3.MODIFY_REPLACE, ["Chief Seller"])]})
        conn.delete(seed_dn("bob.brown"))
        conn.modify_dn(seed_dn("carol.clark"), "CN=Carol Clark", new_superior=SERVICE_DN)
        add_user(conn, "nina.new", SALES_DN)
        conn.unbind()

    full_source, source, first, second = full_then_delta(dc, change)
    assert full_source.deletion_detection == "dirsync"
    assert json.loads(first.watermarks[0].value)["dirsync_cookie"]
    assert second is not None and second.snapshot.read_kind is ReadKind.DELTA and second.snapshot.complete
    report = source.last_delta
    assert report is not None and report.deletion_detection == "dirsync" == source.deletion_detection
    assert not report.presence_listed and source.presence_listings == 0
    snap = second.snapshot
    users = {u.anchor: u for u in snap.users}
    assert users[alice_anchor].attributes.get("title") == ("Chief Seller",)  # re-read whole
    assert users[alice_anchor].attributes.get("sAMAccountName") == ("alice.adams",)
    assert any(u.attributes.get("sAMAccountName") == ("nina.new",) for u in snap.users)
    assert {t.anchor for t in snap.tombstones} == {bob_anchor}
    assert snap.tombstones[0].kind is ObjectKind.USER
    assert carol_anchor in snap.out_of_scope
    stored = json.loads(second.watermarks[0].value)
    assert (
        stored["dirsync_cookie"] and stored["dirsync_cookie"] != json.loads(first.watermarks[0].value)["dirsync_cookie"]
    )


@pytest.mark.samba
def test_low_rights_account_falls_back_to_presence_without_a_cookie(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh
    bob_anchor = anchor_of(dc, seed_dn("bob.brown"))

    def change() -> None:
        conn = admin_connection(dc)
        conn.delete(seed_dn("bob.brown"))
        conn.unbind()

    full_source, source, first, second = full_then_delta(dc, change, low_rights=True)
    assert full_source.deletion_detection == "presence"
    assert json.loads(first.watermarks[0].value)["dirsync_cookie"] is None
    assert second is not None and source.deletion_detection == "presence"
    report = source.last_delta
    assert report is not None and report.deletion_detection == "presence"
    # The listing is not due yet (the full read was one): the deletion is not claimed from absence.
    assert not report.presence_listed and not second.snapshot.tombstones
    assert bob_anchor not in {t.anchor for t in second.snapshot.vanished}


@pytest.mark.samba
@pytest.mark.parametrize("cookie", ["TVNEUwAAAAA=", "%%% not base64"])
def test_corrupted_cookie_means_a_full_read_with_the_reason(samba_dc_fresh: SambaDC, cookie: str) -> None:
    def corrupt(mark: dict[str, Any]) -> None:
        mark["dirsync_cookie"] = cookie

    _, source, _, second = full_then_delta(samba_dc_fresh, lambda: None, edit_mark=corrupt)
    assert second is None
    assert source.full_read_reason == "dirsync_cookie_invalid"


@pytest.mark.samba
def test_watermark_stored_before_dirsync_still_loads_and_the_next_one_has_a_cookie(samba_dc_fresh: SambaDC) -> None:
    dc = samba_dc_fresh
    bob_anchor = anchor_of(dc, seed_dn("bob.brown"))

    def change() -> None:
        conn = admin_connection(dc)
        conn.delete(seed_dn("bob.brown"))
        conn.unbind()

    def old_form(mark: dict[str, Any]) -> None:
        del mark["dirsync_cookie"]

    _, source, _, second = full_then_delta(dc, change, edit_mark=old_form)
    assert second is not None and second.snapshot.complete
    # This run found the deletion without DirSync (the admin may read tombstones); the next one uses DirSync.
    assert source.deletion_detection == "tombstones"
    assert {t.anchor for t in second.snapshot.tombstones} == {bob_anchor}
    assert json.loads(second.watermarks[0].value)["dirsync_cookie"]


@pytest.mark.samba
def test_the_right_alone_does_not_make_samba_show_deletions_so_dirsync_is_not_used(samba_dc_fresh: SambaDC) -> None:
    """docs/admin-guide.md's samba-tool command, run against the DC, gives the low-rights service account
    "Replicating Directory Changes": Samba then answers its DirSync searches but shows it no deleted object,
    so DirSync would never report a deletion. The probe notices (no Deleted Objects container in its answer):
    the account keeps the presence listing, and absence is not read as a deletion before the listing."""
    dc = samba_dc_fresh
    grant = subprocess.run(
        [
            "samba-tool", "dsacl", "set", "-s", str(dc.conf), "--use-kerberos=off",
            "-H", f"ldap://{dc.ip}", "-U", f"Administrator%{dc.admin_password}",
            f"--objectdn={dc.base_dn}", f"--trusteedn={seed_dn(data.SERVICE_ACCOUNT)}",
            "--car=get-changes", "--action=allow",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert grant.returncode == 0, grant.stderr[-2000:]

    async def search_allowed(reader: DirectoryReader) -> int:
        from ldap3.protocol.microsoft import dir_sync_control

        def search() -> int:
            control = dir_sync_control(True, False, False, False, False, 1 << 20, None)
            reader.connection.conn.search(dc.base_dn, "(objectGUID=\\00)", ldap3.SUBTREE, controls=[control])
            return int(reader.connection.conn.result["result"])

        return int(await reader.connection.call(search))

    assert run(dc, search_allowed, low_rights=True) == 0  # the right is there: DirSync itself is allowed
    bob_anchor = anchor_of(dc, seed_dn("bob.brown"))

    def change() -> None:
        conn = admin_connection(dc)
        conn.delete(seed_dn("bob.brown"))
        conn.unbind()

    full_source, source, first, second = full_then_delta(dc, change, low_rights=True)
    assert full_source.deletion_detection == "presence" == source.deletion_detection
    assert json.loads(first.watermarks[0].value)["dirsync_cookie"] is None
    assert second is not None and not second.snapshot.tombstones
    assert bob_anchor not in {t.anchor for t in second.snapshot.vanished}
