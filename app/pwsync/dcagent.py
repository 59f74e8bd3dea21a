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
    config.spool.mkdir(mode=0o700, parents=True, exist_ok=True)
    name = f"{time.time_ns():020d}-{ident}"
    temporary = config.spool / f".{name}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        json.dump(header, stream)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, config.spool / f"{name}.msg")
    return f"spooled {ident}"


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="identity-connect-dcagent")
    parser.add_argument("mode", choices=["capture", "run", "version"])
    parser.add_argument("--config", type=Path, default=Path(__file__).with_name("dcagent.json"))
    args = parser.parse_args(argv)
    if args.mode == "version":
        print(VERSION)
        return 0
    if args.mode == "run":
        return run(args.config)
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
