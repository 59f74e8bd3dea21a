"""Password sync on Windows DCs: the password-filter DLL (built with mingw, its LSA exports checked), its sealing
code run under Wine against Wine's CNG, and the DC agent's ``send`` mode with the agent's checks, against the
Samba DC and the sandbox tenant.

What cannot run here: LSA loading the DLL (``Notification Packages``) and calling it on a real password change,
and the send mode's Windows LDAP client (wldap32, Negotiate as the DC's machine account). The send mode is
exercised with the same account lookup over ldap3 instead; only the transport differs.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import ldap3
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import SecretStr

from app.ldap.reader import DirectoryReader
from app.pwsync import dcagent
from app.pwsync.delivery import directory_accounts
from app.pwsync.envelope import EnvelopeError, key_v2, open_sealed_v2
from app.pwsync.identity import PasswordSyncIdentity
from app.secrets import SecretName, SecretStore
from tests.pwsync.harness import AgentEnd
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC
from tests.servers.sandbox import SandboxTenantHandle

SOURCES = Path(__file__).resolve().parents[2] / "packaging" / "windows" / "pwfilter"
LSA_EXPORTS = {"InitializeChangeNotify", "PasswordFilter", "PasswordChangeNotify"}
#: What LSASS may load along with the filter: nothing beyond the system's core DLLs and CNG.
ALLOWED_IMPORTS = {"advapi32.dll", "bcrypt.dll", "kernel32.dll", "msvcrt.dll"}
USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
FILETIME_EPOCH = 116444736000000000  # 1601-01-01 → 1970-01-01 in 100 ns


def _mingw(tool: str) -> str:
    found = shutil.which(f"x86_64-w64-mingw32-{tool}")
    if found is None:
        pytest.fail(f"x86_64-w64-mingw32-{tool} is missing (Debian package gcc-mingw-w64-x86-64; `make deps`)")
    return found


def build(target: Path, *, program: bool, loader: bool = False) -> Path:
    """The DLL (or a test program), from the sources as they ship; warnings are errors."""
    common = [_mingw("gcc"), "-O2", "-Wall", "-Wextra", "-Werror", "-static-libgcc"]
    if loader:
        out = target / "dllcall.exe"
        args = [*common, "-municode", "-o", str(out), str(SOURCES / "dllcall.c")]
    elif program:
        out = target / "sealtest.exe"
        args = [*common, "-municode", "-o", str(out), str(SOURCES / "sealtest.c"), str(SOURCES / "pwseal.c")]
    else:
        out = target / "identity_connect_pwfilter.dll"
        args = [*common, "-shared", "-o", str(out)]
        args += [str(SOURCES / n) for n in ("identity_connect_pwfilter.c", "pwseal.c", "identity_connect_pwfilter.def")]
    done = subprocess.run([*args, "-lbcrypt", "-ladvapi32"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return out


def _pe_table(dump: str, heading: str) -> list[str]:
    lines = dump.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    names: list[str] = []
    for line in lines[start + 1 :]:
        if not line.strip():
            break
        names.append(line.split("]")[-1].strip())
    return names


def test_the_password_filter_builds_and_exports_the_lsa_entry_points(tmp_path: Path) -> None:
    dll = build(tmp_path, program=False)
    dump = subprocess.run([_mingw("objdump"), "-p", str(dll)], capture_output=True, text=True, check=True).stdout
    assert "\tDLL" in dump.split("Characteristics", 1)[1].split("\n\n", 1)[0] and "(PE32+)" in dump
    assert set(_pe_table(dump, "[Ordinal/Name Pointer] Table")) == LSA_EXPORTS
    imports = {line.split(":", 1)[1].strip().lower() for line in dump.splitlines() if "DLL Name:" in line}
    assert imports <= ALLOWED_IMPORTS, imports - ALLOWED_IMPORTS
    assert "bcrypt.dll" in imports
    # The program the Wine tests run is built from the same sealing code.
    assert build(tmp_path, program=True).stat().st_size > 0


# --- envelope v2 as the agent opens it ------------------------------------------------------------------------


def _point(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)


def seal_v2(agent_point: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Envelope v2 as pwseal.h defines it, for driving the agent's side where CNG cannot run (see the Wine test)."""
    ephemeral = ec.generate_private_key(ec.SECP256R1())
    agent = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), agent_point)
    key = key_v2(ephemeral.exchange(ec.ECDH(), agent), _point(ephemeral), agent_point)
    nonce = os.urandom(12)
    return _point(ephemeral) + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def filter_file(agent_point: bytes, sam: str, rid: int, changed_at: int, password: str) -> bytes:
    header = dcagent.header_v2(sam, rid, changed_at)
    return (
        b"ICPW\x02"
        + len(header).to_bytes(2, "little")
        + header
        + seal_v2(agent_point, password.encode("utf-8"), header)
    )


def _filetime(at: float | None = None) -> int:
    return int((time.time() if at is None else at) * 10_000_000) + FILETIME_EPOCH


def test_envelope_v2_opens_only_with_its_own_header_and_key() -> None:
    identity = PasswordSyncIdentity.create()
    capture = dcagent.parse_filter_file(
        filter_file(identity.envelope_public_p256(), "zoe.angstrom", 1105, _filetime(), "Zoë-Ångström-1")
    )
    aad = dcagent.header_v2(capture.sam, capture.rid, capture.changed_at)
    assert open_sealed_v2(identity.envelope_key_p256, capture.sealed, aad) == "Zoë-Ångström-1".encode()
    with pytest.raises(EnvelopeError):
        open_sealed_v2(identity.envelope_key_p256, capture.sealed, dcagent.header_v2("zoe.angstrom", 1106, 1))
    with pytest.raises(EnvelopeError):
        open_sealed_v2(PasswordSyncIdentity.create().envelope_key_p256, capture.sealed, aad)
    for damaged in (b"ICPW\x01" + b"\0" * 200, b"ICPW\x02\xff\x00v2|1|2|x", b"ICPW\x02\x08\x00v2|0|1|x" + b"\0" * 93):
        with pytest.raises(dcagent.FilterFileError):
            dcagent.parse_filter_file(damaged)


def test_an_identity_saved_before_envelope_v2_gets_a_p256_key_and_keeps_the_rest(tmp_path: Path) -> None:
    secrets = SecretStore(f"test-pwsync-{uuid.uuid4().hex[:8]}")
    folder = tmp_path / "password-sync"
    try:
        first = PasswordSyncIdentity.create()
        first.save(secrets, folder)
        old = {k: v for k, v in json.loads(first.secret_value()).items() if k != "envelope_key_p256"}
        secrets.set(SecretName.PASSWORD_SYNC_KEYS, json.dumps(old))
        upgraded = PasswordSyncIdentity.load_or_create(secrets, folder)
        assert upgraded.ca_cert == first.ca_cert
        assert upgraded.envelope_public_b64() == first.envelope_public_b64()
        again = PasswordSyncIdentity.load_or_create(secrets, folder)
        assert again.envelope_public_p256() == upgraded.envelope_public_p256()
        assert len(again.envelope_public_p256()) == 65 and again.envelope_public_p256()[0] == 4
        assert b"PRIVATE KEY" not in b"".join(p.read_bytes() for p in folder.iterdir())
    finally:
        secrets.delete(SecretName.PASSWORD_SYNC_KEYS)


# --- the sealing code under Wine ----------------------------------------------------------------------------

WINE_ECDH_GAP = (
    "Wine 8's bcrypt.dll has no ECDH key agreement: BCryptSecretAgreement is a stub (`fixme:bcrypt`) and "
    "BCryptDeriveKey returns STATUS_INTERNAL_ERROR (0xc00000e5) for BCRYPT_KDF_HASH, so envelope v2's ECDH + KDF "
    "step cannot run here (the AES-GCM and spool path is checked by the test below)"
)


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A private Wine prefix from the Windows leg's helpers. The test program needs only Wine's own DLLs, so the
    cached Windows interpreter is not prepared (its folder is left empty: no shims are copied)."""
    from tests.windows import winenv

    try:
        winenv.wine_programs()
    except winenv.WindowsEnvError as exc:
        pytest.fail(str(exc))
    work = tmp_path_factory.mktemp("pwfilter-wine")
    parent = winenv.cache_root() / "prefixes"
    winenv.remove_stale_prefixes(parent)
    prefix = winenv.WinePrefix(
        winenv.WindowsPython(work / "no-interpreter"), parent / f"pwfilter-{work.name}-{time.time_ns()}", []
    )
    try:
        prefix.start()
        yield prefix, build(work, program=True), build(work, program=False), build(work, program=True, loader=True)
    finally:
        prefix.stop()
        shutil.rmtree(prefix.folder, ignore_errors=True)
        prefix.folder.with_name(prefix.folder.name + ".owner").unlink(missing_ok=True)


def _seal_under_wine(wine: Any, spool: Path, point: bytes, sam: str, password: str, *extra: str) -> str:
    from tests.windows.winenv import winpath

    prefix, program = wine[0], wine[1]
    done = prefix.run([program, winpath(spool), point.hex(), sam, "1105", *extra], input=password + "\n", timeout=120)
    return str(done.stdout).strip()


@pytest.mark.windows
@pytest.mark.slow
def test_a_password_sealed_by_cng_under_wine_opens_with_the_agents_key(wine: Any, tmp_path: Path) -> None:
    identity = PasswordSyncIdentity.create()
    password = "Zoë-Ångström-Pässwörd-1"
    answer = _seal_under_wine(wine, tmp_path / "spool", identity.envelope_public_p256(), "zoe.angstrom", password)
    if answer.startswith("failed step=7 status=0xc00000e5"):
        pytest.skip(WINE_ECDH_GAP)
    assert answer.startswith("ok "), answer
    [written] = list((tmp_path / "spool").iterdir())
    raw = written.read_bytes()
    assert password.encode() not in raw and password.encode("utf-16-le") not in raw
    capture = dcagent.parse_filter_file(raw)
    aad = dcagent.header_v2(capture.sam, capture.rid, capture.changed_at)
    assert open_sealed_v2(identity.envelope_key_p256, capture.sealed, aad) == password.encode()


@pytest.mark.windows
@pytest.mark.slow
def test_the_aes_gcm_and_spool_path_runs_on_wines_cng(wine: Any, tmp_path: Path) -> None:
    """The filter's own code under Wine's CNG, with the agreed key given: UTF-16 → UTF-8, AES-256-GCM with the
    header as associated data, the file format, the temporary file renamed into place."""
    key = os.urandom(32)
    password = "Zoë-Ångström-Pässwörd-1"
    spool = tmp_path / "deep" / "spool"
    before = _filetime()
    answer = _seal_under_wine(wine, spool, b"\x04" + b"\1" * 64, "zoë.ångström", password, "--fixed-key", key.hex())
    assert answer.startswith("ok "), answer
    [written] = list(spool.iterdir())  # no temporary file left behind
    assert written.suffix == ".pwf" and written.name.split("-")[1] == "0000001105"
    raw = written.read_bytes()
    assert password.encode() not in raw and password.encode("utf-16-le") not in raw
    capture = dcagent.parse_filter_file(raw)
    assert (capture.sam, capture.rid) == ("zoë.ångström", 1105)
    assert before - 10_000_000 * 60 < capture.changed_at < _filetime() + 10_000_000 * 60
    assert written.name.startswith(f"{capture.changed_at:020d}-")
    aad = dcagent.header_v2(capture.sam, capture.rid, capture.changed_at)
    nonce, ciphertext = capture.sealed[65:77], capture.sealed[77:]
    assert AESGCM(key).decrypt(nonce, ciphertext, aad) == password.encode()
    with pytest.raises(InvalidTag):
        AESGCM(key).decrypt(nonce, ciphertext, dcagent.header_v2("someone.else", 1105, capture.changed_at))
    # A second change into the folder that exists now (its ACL is set again): a second file, after the first.
    answer = _seal_under_wine(wine, spool, b"\x04" + b"\1" * 64, "zoë.ångström", "Second-1", "--fixed-key", key.hex())
    assert answer.startswith("ok "), answer
    first, second = sorted(spool.iterdir())
    assert first == written and second.suffix == ".pwf"


@pytest.mark.windows
@pytest.mark.slow
def test_the_filter_dll_called_as_lsa_calls_it_never_blocks_a_change(wine: Any, tmp_path: Path) -> None:
    """The DLL itself, loaded by a program that calls its exports as LSA does, configured through the registry.

    Where the platform's CNG can agree ECDH keys, the change lands in the spool and the agent opens it. Under
    Wine 8 it cannot (see WINE_ECDH_GAP): the change must still be allowed and reported as done, the failing step
    named in the debug output (never the password), and nothing written."""
    from tests.windows.winenv import winpath

    prefix, _, dll, loader = wine
    identity = PasswordSyncIdentity.create()
    spool = tmp_path / "filter-spool"
    key = r"HKLM\SOFTWARE\Identity Connect\Password Sync"
    for value in (
        ["/v", "EnvelopeKey", "/t", "REG_BINARY", "/d", identity.envelope_public_p256().hex()],
        ["/v", "SpoolFolder", "/t", "REG_SZ", "/d", winpath(spool)],
    ):
        assert prefix.run(["reg", "add", key, *value, "/f"]).returncode == 0
    password = "Zoë-Ångström-Dll-1"
    try:
        done = prefix.run([loader, winpath(dll), "zoe.angstrom", "1105"], input=password + "\n")
        failure = prefix.run(["reg", "query", key, "/v", "LastFailure"]).stdout
    finally:
        prefix.run(["reg", "delete", key, "/f"])
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert done.stdout.strip() == "init=1 filter=1 notify=0x00000000"
    assert spool.is_dir()  # made by InitializeChangeNotify
    written = list(spool.iterdir())
    if written:
        [one] = written
        capture = dcagent.parse_filter_file(one.read_bytes())
        aad = dcagent.header_v2(capture.sam, capture.rid, capture.changed_at)
        assert open_sealed_v2(identity.envelope_key_p256, capture.sealed, aad) == password.encode()
    else:
        # Wine 8: the ECDH step (7, key derivation) fails; the change went through, the step is on record.
        assert "sealing a password change failed at step 7 (status 0xc00000e5)" in failure, failure
        assert password not in failure and "zoe" not in failure


# --- send mode and the agent's checks, against the Samba DC and the sandbox ------------------------------------


def _ldap3_resolver(dc: SambaDC) -> dcagent.AccountResolver:
    """The send mode's account lookup over ldap3 (on a Windows DC: wldap32 with Negotiate); same filter, same
    attributes, same parsing."""
    server = ldap3.Server(dc.ip, port=389, get_info=ldap3.NONE)

    def resolve(sam: str) -> dcagent.DirectoryAccount | None:
        conn = ldap3.Connection(server, dc.admin_bind, dc.admin_password, auto_bind=True)
        try:
            conn.search(dc.base_dn, dcagent.account_filter(sam), attributes=list(dcagent.ACCOUNT_ATTRIBUTES))
            entries = [e for e in conn.response or [] if e.get("type") == "searchResEntry"]  # not referrals
        finally:
            conn.unbind()
        if len(entries) != 1:
            return None
        raw = entries[0]["raw_attributes"]
        return dcagent.account_from({name: raw[name][0] for name in dcagent.ACCOUNT_ATTRIBUTES if raw.get(name)})

    return resolve


def _open_reader(dc: SambaDC) -> Any:
    async def open_reader() -> DirectoryReader:
        return await DirectoryReader.open(dc.ldap_settings(), SecretStr(dc.admin_password))

    return open_reader


@dataclass
class WindowsEnd:
    end: AgentEnd
    accounts: dict[str, dcagent.DirectoryAccount]
    tenant_url: str
    resolve: dcagent.AccountResolver


@pytest.fixture
def windows_end(samba_dc: SambaDC, sandbox_tenant: SandboxTenantHandle, tmp_path: Path) -> Iterator[WindowsEnd]:
    resolve = _ldap3_resolver(samba_dc)
    alice, bob = (data.USERS[0].username, data.USERS[1].username)
    accounts = {sam: resolve(sam) for sam in (alice, bob)}
    assert all(accounts.values())
    token = sandbox_tenant.device_tokens()["access_token"]
    cloud: dict[str, str] = {}
    for sam, account in accounts.items():
        assert account is not None
        created = httpx.post(
            f"{sandbox_tenant.url}/scim/v2/Users",
            headers={"Authorization": f"Bearer {token}"},
            json={"schemas": [USER_SCHEMA], "userName": f"{sam}@{data.DOMAIN}", "externalId": account.guid},
        )
        assert created.status_code == 201, created.text
        cloud[account.guid] = str(created.json()["id"])
    end = AgentEnd(PasswordSyncIdentity.create(), tmp_path, tmp_path / "unused.sqlite3", "", token)
    end.scim_url = f"{sandbox_tenant.url}/scim/v2"

    async def managed(guid: str) -> str | None:
        return cloud.get(guid)

    end.start()
    assert end.receiver is not None
    sink: Any = end.receiver.sink
    sink.managed_user = managed
    sink.envelope_key_v2 = end.identity.envelope_key_p256
    sink.account_of = directory_accounts(_open_reader(samba_dc))
    try:
        yield WindowsEnd(end, {k: v for k, v in accounts.items() if v is not None}, sandbox_tenant.url, resolve)
    finally:
        end.close()


def _signs_in(tenant_url: str, sam: str, password: str) -> bool:
    form = {"username": f"{sam}@{data.DOMAIN}", "password": password}
    return httpx.post(f"{tenant_url}/sign-in", data=form).status_code == 200


def _dc_config(end: AgentEnd, folder: Path) -> dcagent.Config:
    issued = end.identity.issue("dc2.zylker.test", client=True)
    (folder / "dcagent.pem").write_bytes(issued.certificate_pem)
    (folder / "dcagent.key").write_bytes(issued.key_pem)
    (folder / "ca.pem").write_bytes(end.identity.ca_pem())
    return dcagent.Config(
        dc_name="dc2.zylker.test",
        agent_host="127.0.0.1",
        agent_port=end.port,
        spool=folder / "queue",
        cert=folder / "dcagent.pem",
        key=folder / "dcagent.key",
        ca=folder / "ca.pem",
        envelope_public_key=base64.b64decode(end.identity.envelope_public_b64()),
        filter_spool=folder / "filter-spool",
    )


def _wait(condition: Any, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.samba
def test_send_mode_delivers_the_filters_changes_in_order_and_the_user_signs_in(
    windows_end: WindowsEnd, tmp_path: Path
) -> None:
    end, accounts, tenant_url = windows_end.end, windows_end.accounts, windows_end.tenant_url
    alice = data.USERS[0].username
    config = _dc_config(end, tmp_path)
    config.filter_spool.mkdir()  # type: ignore[union-attr]
    point = end.identity.envelope_public_p256()
    now = _filetime()
    # Two changes of the same account: the newer one must be the one that stays.
    passwords = ["Windows-First-Pass-1", "Windows-Second-Pass-2"]
    for step, password in enumerate(passwords):
        at = now + step * 10_000_000
        name = f"{at:020d}-{accounts[alice].rid:010d}-0000000{step}.pwf"
        (config.filter_spool / name).write_bytes(  # type: ignore[operator]
            filter_file(point, alice, accounts[alice].rid, at, password)
        )
    # A file for an account whose RID is not the one the name has now (renamed and recreated): never sent.
    (config.filter_spool / f"{now + 30_000_000:020d}-0000099999-00000009.pwf").write_bytes(  # type: ignore[operator]
        filter_file(point, alice, 99999, now + 30_000_000, "Not-This-Account-9")
    )
    stop = threading.Event()
    sender = threading.Thread(target=dcagent.send, args=(config, windows_end.resolve, stop))
    sender.start()
    try:
        assert _wait(lambda: not list(config.filter_spool.iterdir()) and not dcagent.spooled(config.spool))  # type: ignore[union-attr]
    finally:
        stop.set()
        sender.join(15)
    outcomes = [row["result"] for row in reversed(end.ledger.recent())]
    assert outcomes == ["delivered", "delivered"], end.ledger.recent()
    assert _signs_in(tenant_url, alice, "Windows-Second-Pass-2")
    assert not _signs_in(tenant_url, alice, "Windows-First-Pass-1")
    # The seeded account's pwdLastSet is older than these changes: each change's own time makes its id.
    ids = {row["id"] for row in end.ledger.recent()}
    assert ids == {dcagent.change_id(accounts[alice].guid, str(now + step * 10_000_000)) for step in range(2)}


def test_a_changes_id_uses_its_pwdlastset_when_it_is_that_changes_own() -> None:
    at = _filetime()
    capture = dcagent.FilterCapture(sam="zoe.angstrom", rid=1105, changed_at=at, sealed=b"")
    guid = "0b8f9e3c-3f4a-4d7e-9b7a-2c1d5e6f7a8b"

    def pwd_last_set_used(pwd_last_set: int) -> str:
        account = dcagent.DirectoryAccount(guid=guid, rid=1105, pwd_last_set=pwd_last_set, upn="")
        message = dcagent.change_from_capture(capture, account, "dc2")
        assert message is not None and message["id"] == dcagent.change_id(guid, message["pwd_last_set"])
        return str(message["pwd_last_set"])

    # Set a moment before LSA told the filter: the change's own, so a Samba DC would give it the same id.
    assert pwd_last_set_used(at - 3_000_000) == str(at - 3_000_000)
    # "Must change at next logon" (0), a password set long ago, one set again since: the capture time.
    for other in (0, at - 3600 * 10_000_000, at + 5_000_000):
        assert pwd_last_set_used(other) == str(at)
    # The name now belongs to another account (another RID): no change at all.
    moved = dcagent.DirectoryAccount(guid=guid, rid=1106, pwd_last_set=at, upn="")
    assert dcagent.change_from_capture(capture, moved, "dc2") is None


@pytest.mark.samba
def test_a_windows_dcs_sealed_password_cannot_be_relabelled_to_another_account(
    windows_end: WindowsEnd, tmp_path: Path
) -> None:
    end, accounts, tenant_url = windows_end.end, windows_end.accounts, windows_end.tenant_url
    alice, bob = data.USERS[0].username, data.USERS[1].username
    at = _filetime()
    capture = dcagent.parse_filter_file(
        filter_file(end.identity.envelope_public_p256(), alice, accounts[alice].rid, at, "Alices-New-Password-1")
    )
    honest = dcagent.change_from_capture(capture, accounts[alice], "dc2.zylker.test")
    assert honest is not None
    # Same blob, Bob's objectGUID (the id recomputed to match): the blob names Alice, the GUID names Bob.
    relabelled = dict(honest, guid=accounts[bob].guid, id=dcagent.change_id(accounts[bob].guid, honest["pwd_last_set"]))
    # Same blob, Bob's GUID *and* Bob's name and RID: the associated data no longer matches the blob.
    later = str(int(honest["pwd_last_set"]) + 1)  # a new id, or the agent would take it for the one above again
    renamed = dict(relabelled, sam=bob, rid=accounts[bob].rid, pwd_last_set=later)
    renamed["id"] = dcagent.change_id(accounts[bob].guid, later)
    config = _dc_config(end, tmp_path)
    for message in (relabelled, renamed):
        dcagent._queue(config.spool, message, message["id"])
    stop = threading.Event()
    sender = threading.Thread(target=dcagent.Sender(config, stop).run_forever)
    sender.start()
    try:
        assert _wait(lambda: not dcagent.spooled(config.spool))
    finally:
        stop.set()
        sender.join(15)
    assert end.ledger.outcome(relabelled["id"]) is not None
    results = {row["reason"] for row in end.ledger.recent()}
    assert results == {"account_mismatch", "envelope_unreadable"}, end.ledger.recent()
    assert not _signs_in(tenant_url, bob, "Alices-New-Password-1")
    # Unchanged, the change is Alice's and is delivered.
    dcagent._queue(config.spool, honest, honest["id"])
    stop.clear()
    sender = threading.Thread(target=dcagent.Sender(config, stop).run_forever)
    sender.start()
    try:
        assert _wait(lambda: not dcagent.spooled(config.spool))
    finally:
        stop.set()
        sender.join(15)
    assert end.ledger.outcome(honest["id"]) == ("delivered", "")
    assert _signs_in(tenant_url, alice, "Alices-New-Password-1")


def test_the_filter_and_agent_agree_on_the_kdf() -> None:
    """The KDF written out: SHA-256 over label, Z (big-endian X of the ECDH point), then both points in order."""
    agent, ephemeral = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    shared = ephemeral.exchange(ec.ECDH(), agent.public_key())
    assert len(shared) == 32
    expected = hashlib.sha256(dcagent.ENVELOPE_V2_LABEL + shared + _point(ephemeral) + _point(agent)).digest()
    assert key_v2(agent.exchange(ec.ECDH(), ephemeral.public_key()), _point(ephemeral), _point(agent)) == expected
