"""The password-sync agent that runs on a domain controller: captures password changes and delivers them.

It is one self-contained file (the standard library and ``cryptography`` only, as Samba's own Python has them),
copied to each DC by the installer and run there as a service. Two modes:

- ``capture``: called by ``samba-tool user syncpasswords --script`` with one object's LDIF on stdin. When the
  LDIF carries a cleartext password (``virtualClearTextUTF8``, decrypted from Samba's GPG-protected store), the
  password is sealed at once to the Identity Connect agent's public key and written to the spool. Cleartext
  never reaches a disk: the spool holds only sealed envelopes, readable by the agent alone.
- ``run``: the service. Initialises the syncpasswords cache on first start, supervises the sync loop (which
  follows changes with the DirSync and change-notification controls), and delivers the spool in order over
  mutually authenticated TLS to the agent, deleting each file only when the agent acknowledged it. While the
  agent is away, changes wait (sealed) and are delivered when it is back.

A change's id is derived from the account's objectGUID and pwdLastSet, which replicate unchanged: the same change
captured on two DCs has one id, and the agent delivers it once.

The envelope (``seal``): X25519 with an ephemeral key, HKDF-SHA256, ChaCha20-Poly1305; the change's header
(id, objectGUID, pwdLastSet) is the associated data, so a sealed password cannot be moved to another account.

On a **Windows DC** a third mode runs instead of the first two (``service``: the same, started by the Service
Control Manager, which it answers through advapi32; its log goes to ``dcagent.log``):

- ``send``: the password filter (``packaging/windows/pwfilter``, an LSA notification package) seals each change
  itself with Windows CNG (envelope v2: ECDH P-256, SHA-256 KDF, AES-256-GCM) and drops it in its spool folder,
  naming the account only by sAMAccountName, RID and change time, which is what LSA tells it. This mode picks
  those files up at once (whether or not the agent is reachable), looks the account up in the DC's own
  directory (objectGUID, objectSid, pwdLastSet), and queues the change for the Sender with the same id rules as
  a Samba DC's. The sealed blob is untouched: its associated data (sAMAccountName, RID, change time) travels
  with it, and the agent checks that the objectGUID names that very account before opening it.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

VERSION = "1.0"
PROTOCOL = 1
ENVELOPE_INFO = b"identity-connect password-sync envelope v1"
#: Envelope v2 (the Windows password filter): the KDF's prefix, and the spool file's magic and version byte.
ENVELOPE_V2_LABEL = b"identity-connect password-sync envelope v2"
FILTER_MAGIC = b"ICPW\x02"
FILTER_SUFFIX = ".pwf"
P256_POINT = 65  # an uncompressed P-256 public key: 0x04 || X || Y
#: How long before LSA notifies the filter a change's pwdLastSet can be (100 ns units: 60 s); LSA calls the
#: filter right after the change is committed, so this is generous.
PWD_LAST_SET_WINDOW = 60 * 10_000_000
# What syncpasswords hands the capture script; objectGUID, isDeleted and isRecycled always come along.
ATTRIBUTES = "objectGUID,sAMAccountName,userPrincipalName,pwdLastSet,virtualClearTextUTF8"
MAX_LINE = 64 * 1024
ACK_TIMEOUT = 30.0
HEARTBEAT_INTERVAL = 10.0


# --- the envelope -------------------------------------------------------------------------------------------


def change_id(guid: str, pwd_last_set: str) -> str:
    return hashlib.sha256(f"{guid.lower()}|{pwd_last_set}".encode()).hexdigest()[:32]


def associated_data(change: str, guid: str, pwd_last_set: str) -> bytes:
    return f"{PROTOCOL}|{change}|{guid.lower()}|{pwd_last_set}".encode()


def seal(public_key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt ``plaintext`` to the X25519 ``public_key`` (raw 32 bytes): ephemeral key ‖ nonce ‖ ciphertext."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    ephemeral_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + public_key, info=ENVELOPE_INFO).derive(
        shared
    )
    nonce = os.urandom(12)
    return ephemeral_public + nonce + ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)


# --- capture: LDIF from syncpasswords → a sealed change in the spool ------------------------------------------


def parse_ldif(text: str) -> dict[str, list[bytes]]:
    """One LDIF record: attribute → values (``attr: text`` or ``attr:: base64``; continuation lines folded)."""
    lines: list[str] = []
    for raw in text.splitlines():
        if raw.startswith(" ") and lines:
            lines[-1] += raw[1:]
        elif raw and not raw.startswith("#"):
            lines.append(raw)
    record: dict[str, list[bytes]] = {}
    for line in lines:
        name, sep, rest = line.partition(":")
        if not sep:
            continue
        if rest.startswith(":"):
            value = base64.b64decode(rest[1:].strip())
        else:
            value = rest.strip().encode("utf-8")
        record.setdefault(name.strip().lower(), []).append(value)
    return record


def _one(record: dict[str, list[bytes]], name: str) -> str:
    values = record.get(name.lower()) or [b""]
    return values[0].decode("utf-8", "replace")


@dataclass(frozen=True)
class Config:
    dc_name: str
    agent_host: str
    agent_port: int
    spool: Path
    cert: Path
    key: Path
    ca: Path
    envelope_public_key: bytes
    samba_conf: Path | None = None
    ldapi_url: str | None = None
    gnupg_home: Path | None = None
    samba_tool: str = "samba-tool"
    #: Windows DCs: where the password filter writes (it reads the same folder from the registry).
    filter_spool: Path | None = None
    #: Windows DCs: the DC's own LDAP, read as the service's account (the DC's machine account).
    ldap_host: str = "localhost"

    @classmethod
    def load(cls, path: Path) -> Config:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        folder = path.parent

        def local(value: str) -> Path:
            return (folder / value).resolve()

        return cls(
            dc_name=str(data["dc_name"]),
            agent_host=str(data["agent_host"]),
            agent_port=int(data["agent_port"]),
            spool=local(data.get("spool", "spool")),
            cert=local(data.get("cert", "dcagent.pem")),
            key=local(data.get("key", "dcagent.key")),
            ca=local(data.get("ca", "ca.pem")),
            envelope_public_key=base64.b64decode(data["envelope_public_key"]),
            samba_conf=Path(data["samba_conf"]) if data.get("samba_conf") else None,
            ldapi_url=data.get("ldapi_url") or None,
            gnupg_home=local(data["gnupg_home"]) if data.get("gnupg_home") else None,
            samba_tool=str(data.get("samba_tool") or "samba-tool"),
            filter_spool=Path(data["filter_spool"]) if data.get("filter_spool") else None,
            ldap_host=str(data.get("ldap_host") or "localhost"),
        )


def capture(config: Config, ldif: str, now: float | None = None) -> str:
    """Seal the password in one syncpasswords record into the spool; returns what happened (never the value)."""
    record = parse_ldif(ldif)
    guid = _one(record, "objectGUID").lower()
    cleartext = (record.get("virtualcleartextutf8") or [b""])[0]
    if not guid or not cleartext:
        return "no password in this change"
    if _one(record, "isDeleted").upper() == "TRUE":
        return "account deleted"
    pwd_last_set = _one(record, "pwdLastSet")
    ident = change_id(guid, pwd_last_set)
    header = {
        "type": "change",
        "v": PROTOCOL,
        "id": ident,
        "guid": guid,
        "pwd_last_set": pwd_last_set,
        "sam": _one(record, "sAMAccountName"),
        "upn": _one(record, "userPrincipalName"),
        "dc": config.dc_name,
        "captured_at": time.time() if now is None else now,
    }
    sealed = seal(config.envelope_public_key, cleartext, associated_data(ident, guid, pwd_last_set))
    header["sealed"] = base64.b64encode(sealed).decode("ascii")
    _queue(config.spool, header, ident)
    return f"spooled {ident}"


def _queue(spool: Path, message: dict[str, Any], ident: str) -> None:
    """One message into the Sender's spool: written to a temporary file, synced, then renamed into place."""
    spool.mkdir(mode=0o700, parents=True, exist_ok=True)
    name = f"{time.time_ns():020d}-{ident}"
    temporary = spool / f".{name}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        json.dump(message, stream)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, spool / f"{name}.msg")


# --- send (Windows DCs): the password filter's files → changes for the Sender ---------------------------------


def header_v2(sam: str, rid: int, changed_at: int) -> bytes:
    """The associated data of envelope v2, as the password filter writes it: ``v2|RID|FILETIME|sAMAccountName``."""
    return f"v2|{rid}|{changed_at}|{sam}".encode()


@dataclass(frozen=True)
class FilterCapture:
    """One spool file of the password filter: who (sAMAccountName, RID), when (FILETIME), and the sealed password."""

    sam: str
    rid: int
    changed_at: int
    sealed: bytes


class FilterFileError(ValueError):
    """Not a spool file of the password filter, or a damaged one."""


def parse_filter_file(data: bytes) -> FilterCapture:
    """``"ICPW" 0x02 | header length (u16 LE) | header | sealed`` (packaging/windows/pwfilter/pwseal.h)."""
    if len(data) < 7 or data[:5] != FILTER_MAGIC:
        raise FilterFileError("not a password filter file")
    length = int.from_bytes(data[5:7], "little")
    header, sealed = data[7 : 7 + length], data[7 + length :]
    if len(header) != length or len(sealed) < P256_POINT + 12 + 16:
        raise FilterFileError("truncated")
    try:
        version, rid, changed_at, sam = header.decode("utf-8").split("|", 3)
        capture = FilterCapture(sam=sam, rid=int(rid), changed_at=int(changed_at), sealed=sealed)
    except ValueError as exc:
        raise FilterFileError("damaged header") from exc
    if version != "v2" or not sam or capture.rid <= 0 or capture.changed_at <= 0:
        raise FilterFileError("damaged header")
    if header_v2(capture.sam, capture.rid, capture.changed_at) != header:
        raise FilterFileError("damaged header")
    return capture


@dataclass(frozen=True)
class DirectoryAccount:
    """What the DC's directory says about the account a captured change names."""

    guid: str
    rid: int
    pwd_last_set: int
    upn: str


AccountResolver = Callable[[str], "DirectoryAccount | None"]
"""sAMAccountName → the account, or None when there is none; raises OSError when the directory cannot answer."""


def rid_of(sid: bytes) -> int:
    """The last sub-authority of a binary SID (MS-DTYP 2.4.2): the account's RID."""
    if len(sid) < 12 or len(sid) != 8 + 4 * sid[1]:
        raise ValueError("not a SID")
    return int.from_bytes(sid[-4:], "little")


def guid_text(raw: bytes) -> str:
    """objectGUID as AD shows it (its first three fields are stored little-endian)."""
    return str(uuid.UUID(bytes_le=raw))


def change_from_capture(capture: FilterCapture, account: DirectoryAccount, dc: str) -> dict[str, Any] | None:
    """The message the Sender delivers for one filter capture, or None when the account is not the captured one.

    pwdLastSet is taken when it is this change's own: set at most :data:`PWD_LAST_SET_WINDOW` before LSA told the
    filter (the usual case, as this runs within a second of the change); the same change then has the same id as
    anywhere else. The capture time stands in otherwise: pwdLastSet 0 ("must change at next logon"), older (not
    this change's), or newer (the account changed again since). Ids stay unique per change and ordered by time.
    """
    if account.rid != capture.rid:
        return None  # the name now belongs to another account: renamed or recreated since the change
    own = capture.changed_at - PWD_LAST_SET_WINDOW <= account.pwd_last_set <= capture.changed_at
    pwd_last_set = account.pwd_last_set if own else capture.changed_at
    ident = change_id(account.guid, str(pwd_last_set))
    return {
        "type": "change",
        "v": 2,
        "id": ident,
        "guid": account.guid.lower(),
        "pwd_last_set": str(pwd_last_set),
        "sam": capture.sam,
        "rid": capture.rid,
        "changed_at": capture.changed_at,
        "upn": account.upn,
        "dc": dc,
        "captured_at": (capture.changed_at - 116444736000000000) / 1e7,
        "sealed": base64.b64encode(capture.sealed).decode("ascii"),
    }


def take_filter_files(config: Config, resolve: AccountResolver) -> int:
    """Turn each of the filter's files, oldest first, into a queued change; returns how many were handled.

    A file is removed once its change is queued or known to be unusable (another file format, an account that no
    longer exists or now has another RID); when the directory cannot answer, it stays for the next pass.
    """
    if config.filter_spool is None or not config.filter_spool.is_dir():
        return 0
    handled = 0
    for path in sorted(config.filter_spool.glob(f"*{FILTER_SUFFIX}")):
        try:
            capture = parse_filter_file(path.read_bytes())
        except FilterFileError as exc:
            log(f"{path.name}: {exc}; removed")
            path.unlink()
            continue
        account = resolve(capture.sam)  # OSError: the directory is not answering; try again later
        message = change_from_capture(capture, account, config.dc_name) if account else None
        if message is None:
            log(f"{path.name}: the account {capture.sam!r} (RID {capture.rid}) is no longer in the directory; removed")
        else:
            _queue(config.spool, message, message["id"])
        path.unlink()
        handled += 1
    return handled


def ldap_filter_value(value: str) -> str:
    """RFC 4515 escaping for a value inside an LDAP filter."""
    return "".join(f"\\{ord(c):02x}" if c in "*()\\\0" else c for c in value)


ACCOUNT_ATTRIBUTES = ("objectGUID", "objectSid", "pwdLastSet", "userPrincipalName")


def account_filter(sam: str) -> str:
    return f"(&(objectCategory=person)(objectClass=user)(sAMAccountName={ldap_filter_value(sam)}))"


def account_from(values: dict[str, bytes]) -> DirectoryAccount | None:
    """A :class:`DirectoryAccount` from one entry's first values (raw bytes, attribute names as requested)."""
    guid, sid = values.get("objectGUID"), values.get("objectSid")
    if not guid or len(guid) != 16 or not sid:
        return None
    return DirectoryAccount(
        guid=guid_text(guid),
        rid=rid_of(sid),
        pwd_last_set=int(values.get("pwdLastSet") or b"0"),
        upn=(values.get("userPrincipalName") or b"").decode("utf-8", "replace"),
    )


class Wldap32Directory:
    """The DC's own directory through Windows' LDAP client (wldap32.dll), signed and sealed, bound with Negotiate
    as the service's account: LocalSystem on a DC is the DC's machine account, which may read these attributes.
    No password is configured or stored anywhere."""

    LDAP_PORT = 389
    LDAP_SCOPE_BASE, LDAP_SCOPE_SUBTREE = 0, 2
    LDAP_OPT_PROTOCOL_VERSION, LDAP_OPT_SIGN, LDAP_OPT_ENCRYPT = 0x11, 0x95, 0x96
    LDAP_AUTH_NEGOTIATE = 0x486

    def __init__(self, host: str) -> None:
        import ctypes

        self.ctypes = ctypes
        self.host = host
        self.lib = ctypes.WinDLL("wldap32")  # type: ignore[attr-defined,unused-ignore]
        c = ctypes
        self.berval_p = c.POINTER(c.POINTER(_berval()))
        lib = self.lib
        lib.ldap_initW.restype = c.c_void_p
        lib.ldap_initW.argtypes = [c.c_wchar_p, c.c_ulong]
        lib.ldap_set_optionW.argtypes = [c.c_void_p, c.c_int, c.c_void_p]
        lib.ldap_bind_sW.argtypes = [c.c_void_p, c.c_wchar_p, c.c_wchar_p, c.c_ulong]
        lib.ldap_search_sW.argtypes = [
            c.c_void_p,
            c.c_wchar_p,
            c.c_ulong,
            c.c_wchar_p,
            c.POINTER(c.c_wchar_p),
            c.c_ulong,
            c.POINTER(c.c_void_p),
        ]
        lib.ldap_first_entry.restype = c.c_void_p
        lib.ldap_first_entry.argtypes = [c.c_void_p, c.c_void_p]
        lib.ldap_count_entries.argtypes = [c.c_void_p, c.c_void_p]
        lib.ldap_get_values_lenW.restype = self.berval_p
        lib.ldap_get_values_lenW.argtypes = [c.c_void_p, c.c_void_p, c.c_wchar_p]
        lib.ldap_value_free_len.argtypes = [self.berval_p]
        lib.ldap_msgfree.argtypes = [c.c_void_p]
        lib.ldap_unbind.argtypes = [c.c_void_p]
        self.base: str | None = None

    def _search(
        self, handle: int, base: str, scope: int, search: str, names: tuple[str, ...]
    ) -> list[dict[str, bytes]]:
        c = self.ctypes
        attrs = (c.c_wchar_p * (len(names) + 1))(*names, None)
        result = c.c_void_p()
        code = self.lib.ldap_search_sW(handle, base, scope, search, attrs, 0, c.byref(result))
        try:
            if code != 0:
                raise OSError(f"LDAP search failed ({code:#x})")
            found: list[dict[str, bytes]] = []
            entry = self.lib.ldap_first_entry(handle, result)
            if entry and self.lib.ldap_count_entries(handle, result) == 1:
                values: dict[str, bytes] = {}
                for name in names:
                    array = self.lib.ldap_get_values_lenW(handle, entry, name)
                    if array:
                        first = array[0]
                        if first:
                            values[name] = c.string_at(first.contents.bv_val, first.contents.bv_len)
                        self.lib.ldap_value_free_len(array)
                found.append(values)
            return found
        finally:
            if result:
                self.lib.ldap_msgfree(result)

    def __call__(self, sam: str) -> DirectoryAccount | None:
        c = self.ctypes
        handle = self.lib.ldap_initW(self.host, self.LDAP_PORT)
        if not handle:
            raise OSError("LDAP: cannot reach the DC's directory")
        try:
            on, version = c.c_ulong(1), c.c_ulong(3)
            self.lib.ldap_set_optionW(handle, self.LDAP_OPT_PROTOCOL_VERSION, c.byref(version))
            self.lib.ldap_set_optionW(handle, self.LDAP_OPT_SIGN, c.byref(on))
            self.lib.ldap_set_optionW(handle, self.LDAP_OPT_ENCRYPT, c.byref(on))
            code = self.lib.ldap_bind_sW(handle, None, None, self.LDAP_AUTH_NEGOTIATE)
            if code != 0:
                raise OSError(f"LDAP bind failed ({code:#x})")
            if self.base is None:
                root = self._search(handle, "", self.LDAP_SCOPE_BASE, "(objectClass=*)", ("defaultNamingContext",))
                self.base = root[0]["defaultNamingContext"].decode("utf-8") if root and root[0] else None
                if not self.base:
                    raise OSError("LDAP: the rootDSE names no defaultNamingContext")
            found = self._search(handle, self.base, self.LDAP_SCOPE_SUBTREE, account_filter(sam), ACCOUNT_ATTRIBUTES)
            return account_from(found[0]) if found else None
        finally:
            self.lib.ldap_unbind(handle)


def _berval() -> Any:
    import ctypes

    class Berval(ctypes.Structure):
        _fields_ = [("bv_len", ctypes.c_ulong), ("bv_val", ctypes.c_void_p)]

    return Berval


def send(config: Config, resolve: AccountResolver, stop: threading.Event, interval: float = 0.5) -> None:
    """Windows DCs: the Sender on its own thread, and the password filter's files taken up as they appear."""
    sender = threading.Thread(target=Sender(config, stop).run_forever, name="sender", daemon=True)
    sender.start()
    delay = interval
    try:
        while not stop.is_set():
            try:
                take_filter_files(config, resolve)
                delay = interval
            except OSError as exc:  # the directory did not answer, or the queue could not be written
                log(f"the password filter's changes wait: {exc}; trying again")
                delay = min(delay * 2, 30.0)
            stop.wait(delay)
    finally:
        stop.set()
        sender.join(timeout=5)


def spooled(spool: Path) -> list[Path]:
    return sorted(spool.glob("*.msg")) if spool.is_dir() else []


# --- run: the sync loop and the sender -----------------------------------------------------------------------


class Sender:
    """Delivers the spool in order over mutual TLS; a file is deleted only when the agent acknowledged it."""

    def __init__(self, config: Config, stop: threading.Event) -> None:
        self.config = config
        self.stop = stop
        self.context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(config.ca))
        self.context.minimum_version = ssl.TLSVersion.TLSv1_2
        self.context.load_cert_chain(str(config.cert), str(config.key))

    def run_forever(self) -> None:
        delay = 1.0
        while not self.stop.is_set():
            try:
                self._session()
                delay = 1.0
            except (OSError, ValueError, ssl.SSLError) as exc:
                log(f"agent {self.config.agent_host}:{self.config.agent_port} unreachable: {exc}")
            self.stop.wait(delay)
            delay = min(delay * 2, 30.0)

    def _session(self) -> None:
        config = self.config
        with (
            socket.create_connection((config.agent_host, config.agent_port), timeout=10) as raw,
            self.context.wrap_socket(raw, server_hostname=config.agent_host) as tls,
        ):
            tls.settimeout(ACK_TIMEOUT)
            reader = tls.makefile("rb")
            self._send(
                tls,
                {
                    "type": "hello",
                    "v": PROTOCOL,
                    "dc": config.dc_name,
                    "version": VERSION,
                    "queue": len(spooled(config.spool)),
                },
            )
            self._expect(reader, "welcome")
            last_status = 0.0
            while not self.stop.is_set():
                pending = spooled(config.spool)
                for path in pending:
                    message = json.loads(path.read_text(encoding="utf-8"))
                    message["queue"] = len(pending)
                    self._send(tls, message)
                    reply = self._expect(reader, "ack", "retry")
                    if reply.get("id") != message.get("id"):
                        raise ValueError("the agent acknowledged another change")
                    if reply["type"] == "retry":
                        self.stop.wait(min(float(reply.get("after") or 5.0), 60.0))
                        break
                    path.unlink()
                if time.monotonic() - last_status > HEARTBEAT_INTERVAL:
                    self._send(tls, {"type": "status", "queue": len(spooled(config.spool))})
                    self._expect(reader, "ok")
                    last_status = time.monotonic()
                if not spooled(config.spool):
                    self.stop.wait(0.1)

    @staticmethod
    def _send(tls: ssl.SSLSocket, message: dict[str, Any]) -> None:
        tls.sendall(json.dumps(message).encode("utf-8") + b"\n")

    @staticmethod
    def _expect(reader: Any, *types: str) -> dict[str, Any]:
        line = reader.readline(MAX_LINE)
        if not line:
            raise ConnectionError("the agent closed the connection")
        reply = json.loads(line)
        if not isinstance(reply, dict) or reply.get("type") not in types:
            raise ValueError(f"unexpected answer from the agent: {str(reply)[:200]}")
        return reply


def _samba_command(config: Config, *extra: str, initialize: bool = False) -> list[str]:
    command = [config.samba_tool, "user", "syncpasswords"]
    if config.samba_conf:
        command += ["-s", str(config.samba_conf)]
    if config.ldapi_url and initialize:
        # The cache remembers the URL; syncpasswords accepts -H only when it is initialised.
        command += ["-H", config.ldapi_url]
    return command + list(extra)


def _environment(config: Config) -> dict[str, str]:
    env = dict(os.environ)
    if config.gnupg_home:
        env["GNUPGHOME"] = str(config.gnupg_home)
    return env


def cache_path(config: Config) -> Path:
    return config.spool.parent / "syncpasswords-cache.ldb"


def write_capture_script(config_path: Path) -> Path:
    """The program syncpasswords calls for each change: this file in capture mode, with this interpreter."""
    script = config_path.parent / "capture"
    text = (
        f'#!/bin/sh\nexec "{sys.executable}" "{Path(__file__).resolve()}" capture --config "{config_path.resolve()}"\n'
    )
    if not script.exists() or script.read_text() != text:
        script.write_text(text)
        script.chmod(0o700)
    return script


def sync_loop(config: Config, config_path: Path, stop: threading.Event) -> None:
    """Keep ``samba-tool user syncpasswords`` running (it follows DirSync + change notification)."""
    cache = cache_path(config)
    script = write_capture_script(config_path)
    delay = 1.0
    while not stop.is_set():
        if not cache.exists() and not _initialize(config, cache, script):
            log(f"syncpasswords could not start following the DC; trying again in {delay:.0f} s")
            stop.wait(delay)
            delay = min(delay * 2, 60.0)
            continue
        process = subprocess.Popen(
            _samba_command(config, f"--cache-ldb={cache}"),
            env=_environment(config),
            # syncpasswords logs object names and its own progress (never a password value) to our log.
            stdout=sys.stderr,
            stderr=sys.stderr,
            stdin=subprocess.DEVNULL,
        )
        started = time.monotonic()
        while process.poll() is None and not stop.is_set():
            stop.wait(0.5)
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
            return
        if time.monotonic() - started > 60:
            delay = 1.0  # it ran for a while: a new failure, not the same one again
        log(f"syncpasswords ended with {process.returncode}; restarting in {delay:.0f} s")
        stop.wait(delay)
        delay = min(delay * 2, 60.0)


def _initialize(config: Config, cache: Path, script: Path) -> bool:
    """The first start: syncpasswords' cache, which remembers what to follow and where it got to."""
    done = subprocess.run(
        _samba_command(
            config,
            "--cache-ldb-initialize",
            f"--cache-ldb={cache}",
            f"--attributes={ATTRIBUTES}",
            "--decrypt-samba-gpg",
            f"--script={script}",
            initialize=True,
        ),
        env=_environment(config),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        log("syncpasswords --cache-ldb-initialize: " + done.stderr.decode("utf-8", "replace").strip()[-500:])
        cache.unlink(missing_ok=True)
        return False
    return True


def log(message: str) -> None:
    print(time.strftime("%Y-%m-%dT%H:%M:%S"), message, file=sys.stderr, flush=True)


def run(config_path: Path) -> int:
    import signal

    config = Config.load(config_path)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    sender = threading.Thread(target=Sender(config, stop).run_forever, name="sender", daemon=True)
    sender.start()
    try:
        sync_loop(config, config_path, stop)
    finally:
        stop.set()
        sender.join(timeout=5)
    return 0


def run_send(config_path: Path) -> int:
    import signal

    config = Config.load(config_path)
    if config.filter_spool is None:
        log("send: the configuration names no filter_spool (the password filter's folder)")
        return 2
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    send(config, Wldap32Directory(config.ldap_host), stop)
    return 0


class WindowsService:
    """``service`` mode: the send mode as a Windows service, talking to the Service Control Manager through
    advapi32 (ctypes), so the DC needs no service wrapper: the SCM starts ``python.exe dcagent.py service``."""

    SERVICE_WIN32_OWN_PROCESS = 0x10
    SERVICE_STOPPED, SERVICE_START_PENDING, SERVICE_STOP_PENDING, SERVICE_RUNNING = 1, 2, 3, 4
    SERVICE_ACCEPT_STOP, SERVICE_ACCEPT_SHUTDOWN = 0x1, 0x4
    SERVICE_CONTROL_STOP, SERVICE_CONTROL_INTERROGATE, SERVICE_CONTROL_SHUTDOWN = 0x1, 0x4, 0x5
    NO_ERROR, ERROR_CALL_NOT_IMPLEMENTED, ERROR_SERVICE_SPECIFIC = 0, 120, 1066

    def __init__(self, config_path: Path) -> None:
        import ctypes

        self.ctypes = ctypes
        self.config_path = config_path
        self.stop = threading.Event()
        self.exit_code = 0
        c = ctypes

        class Status(c.Structure):
            _fields_ = [
                (name, c.c_ulong) for name in ("type", "state", "accepted", "exit", "specific", "check", "wait")
            ]

        self.status = Status(self.SERVICE_WIN32_OWN_PROCESS, self.SERVICE_START_PENDING, 0, 0, 0, 0, 10_000)
        factory = c.WINFUNCTYPE  # type: ignore[attr-defined,unused-ignore]
        self.main_type = factory(None, c.c_ulong, c.c_void_p)
        self.handler_type = factory(c.c_ulong, c.c_ulong, c.c_ulong, c.c_void_p, c.c_void_p)
        self.api = c.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
        self.api.RegisterServiceCtrlHandlerExW.restype = c.c_void_p
        self.api.RegisterServiceCtrlHandlerExW.argtypes = [c.c_wchar_p, self.handler_type, c.c_void_p]
        self.api.SetServiceStatus.argtypes = [c.c_void_p, c.POINTER(Status)]
        self.handle: int | None = None
        # Kept referenced for as long as the SCM may call them.
        self._main = self.main_type(self._service_main)
        self._handler = self.handler_type(self._control)

    def _set(self, state: int, *, wait: int = 0) -> None:
        status = self.status
        status.state = state
        status.accepted = (
            0 if state == self.SERVICE_START_PENDING else self.SERVICE_ACCEPT_STOP | self.SERVICE_ACCEPT_SHUTDOWN
        )
        status.check = status.check + 1 if wait else 0
        status.wait = wait
        if state == self.SERVICE_STOPPED and self.exit_code:
            status.exit, status.specific = self.ERROR_SERVICE_SPECIFIC, self.exit_code
        if self.handle:
            self.api.SetServiceStatus(self.handle, self.ctypes.byref(status))

    def _control(self, control: int, event: int, data: Any, context: Any) -> int:
        if control in (self.SERVICE_CONTROL_STOP, self.SERVICE_CONTROL_SHUTDOWN):
            self._set(self.SERVICE_STOP_PENDING, wait=15_000)
            self.stop.set()
            return self.NO_ERROR
        if control == self.SERVICE_CONTROL_INTERROGATE:
            return self.NO_ERROR
        return self.ERROR_CALL_NOT_IMPLEMENTED

    def _service_main(self, argc: int, argv: Any) -> None:
        self.handle = self.api.RegisterServiceCtrlHandlerExW("", self._handler, None)
        self._set(self.SERVICE_START_PENDING, wait=10_000)
        try:
            config = Config.load(self.config_path)
            if config.filter_spool is None:
                log("service: the configuration names no filter_spool (the password filter's folder)")
                self.exit_code = 2
                return
            self._set(self.SERVICE_RUNNING)
            send(config, Wldap32Directory(config.ldap_host), self.stop)
        except Exception as exc:  # noqa: BLE001 - the SCM restarts a service that ends with an error
            log(f"service failed: {type(exc).__name__}: {exc}")
            self.exit_code = 1
        finally:
            self._set(self.SERVICE_STOPPED)

    def run(self) -> int:
        import ctypes as c

        class Entry(c.Structure):
            _fields_ = [("name", c.c_wchar_p), ("main", self.main_type)]

        table = (Entry * 2)(Entry("", self._main), Entry(None, self.main_type()))
        self.api.StartServiceCtrlDispatcherW.argtypes = [c.POINTER(Entry)]
        if not self.api.StartServiceCtrlDispatcherW(table):
            error = c.get_last_error()  # type: ignore[attr-defined,unused-ignore]
            log(f"service: not started by the Service Control Manager (error {error})")
            return 1
        return self.exit_code


def service_log(config_path: Path) -> None:
    """A service has no console: the log goes to ``dcagent.log`` beside the configuration (kept under 5 MB)."""
    path = config_path.resolve().with_name("dcagent.log")
    if path.exists() and path.stat().st_size > 5 * 1024 * 1024:
        os.replace(path, path.with_suffix(".log.1"))
    sys.stderr = open(path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - for the life of the process


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="identity-connect-dcagent")
    parser.add_argument("mode", choices=["capture", "run", "send", "service", "version"])
    parser.add_argument("--config", type=Path, default=Path(__file__).with_name("dcagent.json"))
    args = parser.parse_args(argv)
    if args.mode == "version":
        print(VERSION)
        return 0
    if args.mode == "run":
        return run(args.config)
    if args.mode == "send":
        return run_send(args.config)
    if args.mode == "service":
        service_log(args.config)
        return WindowsService(args.config).run()
    config = Config.load(args.config)
    try:
        outcome = capture(config, sys.stdin.read())
    except Exception as exc:  # noqa: BLE001 - say why (never the value), and no DONE-EXIT: the change stays unconsumed
        print(f"capture failed: {type(exc).__name__}", file=sys.stderr, flush=True)
        return 1
    print(f"DONE-EXIT: {outcome}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
