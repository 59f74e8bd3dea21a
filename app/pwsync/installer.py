"""Installing the password-sync agent on a Samba AD DC over SSH, and removing it again.

The admin gives an SSH login for the DC (root, or an account with password-less sudo; a password or a private
key). It is used for this one install or uninstall and never stored. The DC's host key must be one the admin
confirmed (:func:`host_key`), so the login is never sent to a machine that merely answers on the DC's name.

What :meth:`SambaDcInstaller.install` does on the DC, each step reported through ``progress``:

1. checks what capture needs (:meth:`~SambaDcInstaller.check`): root, Samba with ``samba-tool user
   syncpasswords``, Samba's Python with the ``gpg`` and ``cryptography`` modules, the DC's smb.conf;
2. creates (once) the DC's own GPG key, and names it in smb.conf as ``password hash gpg key ids``, so Samba
   keeps each new password encrypted to it, which ``syncpasswords --decrypt-samba-gpg`` reads back;
3. copies the DC agent (:mod:`app.pwsync.dcagent`), its client certificate and key (issued by the agent's CA for
   this DC), the CA certificate and its configuration into a folder only root can read;
4. registers and starts it as a service (systemd), or as a plain background process where the DC has no systemd;
5. restarts Samba when the admin allowed it and smb.conf changed; otherwise the DC is left "restart needed".

:meth:`~SambaDcInstaller.uninstall` stops and removes the service and its files and takes the key id out of
smb.conf again.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import asyncssh
from pydantic import SecretStr

import app.pwsync.dcagent as dcagent_program
from app.errors import IdentityConnectError
from app.pwsync.identity import PasswordSyncIdentity
from app.pwsync.settings import DcAgentState

SERVICE_NAME = "identity-connect-dcagent"
GPG_UID = "identity-connect-dcagent"
KEY_ID_OPTION = "password hash gpg key ids"
COMMAND_TIMEOUT = 120.0


class InstallError(IdentityConnectError):
    """The install or uninstall stopped; ``code``: ssh_unreachable, ssh_host_key_mismatch,
    ssh_login_refused, not_root, no_capture_support, smb_conf_missing, install_step_failed."""

    code = "install_step_failed"


@dataclass(frozen=True)
class SshLogin:
    host: str
    username: str
    host_key: str  # the DC's public host key as the admin confirmed it ("ssh-ed25519 AAAA…")
    port: int = 22
    password: SecretStr | None = None
    private_key: SecretStr | None = None  # OpenSSH or PEM private key text

    def __repr__(self) -> str:
        return f"SshLogin({self.username}@{self.host}:{self.port})"


@dataclass(frozen=True)
class SambaLayout:
    """Where things are on the DC. The defaults fit Debian's and Ubuntu's Samba AD DC packages."""

    samba_conf: str = "/etc/samba/smb.conf"
    gnupg_home: str = "/root/.gnupg"  # the keyring of the account Samba runs as (root)
    install_dir: str = "/opt/identity-connect-dcagent"
    python: str = "/usr/bin/python3"  # Samba's own Python
    service_manager: str = "systemd"  # or "process" where the DC has no systemd
    samba_service: str = "samba-ad-dc"


class Step(StrEnum):
    CONNECT = "connect"
    CHECK = "check"
    GPG_KEY = "gpg_key"
    SMB_CONF = "smb_conf"
    COPY = "copy"
    SERVICE = "service"
    RESTART = "restart"
    REMOVE = "remove"


@dataclass
class Prerequisite:
    name: str  # root, samba, samba_python, smb_conf
    ok: bool
    detail: str = ""  # what was found, or why not (a code the front ends put into words with the fix)


@dataclass
class InstallResult:
    state: DcAgentState
    restart_needed: bool = False
    prerequisites: list[Prerequisite] = field(default_factory=list)


Progress = Callable[[Step], None]


async def host_key(host: str, port: int = 22, timeout: float = 10.0) -> str:
    """The DC's SSH host key, for the admin to compare (by fingerprint) before any login is sent."""
    try:
        key = await asyncio.wait_for(asyncssh.get_server_host_key(host, port), timeout)
    except (OSError, asyncssh.Error, TimeoutError) as exc:
        raise InstallError(str(exc), code="ssh_unreachable", host=host) from exc
    if key is None:
        raise InstallError("no host key", code="ssh_unreachable", host=host)
    return str(key.export_public_key().decode("ascii").strip())


def fingerprint(public_key: str) -> str:
    """SHA-256 fingerprint as ``ssh-keygen -l`` shows it."""
    return str(asyncssh.import_public_key(public_key).get_fingerprint("sha256"))


class SambaDcInstaller:
    def __init__(self, login: SshLogin, layout: SambaLayout | None = None, progress: Progress | None = None) -> None:
        self.login = login
        self.layout = layout or SambaLayout()
        self.progress = progress or (lambda step: None)
        self._conn: asyncssh.SSHClientConnection | None = None
        self._sudo = ""

    # --- connection ------------------------------------------------------------------------------------------

    async def __aenter__(self) -> SambaDcInstaller:
        self.progress(Step.CONNECT)
        login = self.login
        known = asyncssh.import_known_hosts(f"{_known_name(login.host, login.port)} {login.host_key}\n")
        keys = [asyncssh.import_private_key(login.private_key.get_secret_value())] if login.private_key else []
        try:
            self._conn = await asyncio.wait_for(
                asyncssh.connect(
                    login.host,
                    login.port,
                    username=login.username,
                    password=login.password.get_secret_value() if login.password else None,
                    client_keys=keys,
                    known_hosts=known,
                    agent_path=None,
                    config=None,
                    preferred_auth="publickey,password" if keys else "password,keyboard-interactive",
                ),
                30,
            )
        except asyncssh.HostKeyNotVerifiable as exc:
            raise InstallError(str(exc), code="ssh_host_key_mismatch", host=login.host) from exc
        except asyncssh.PermissionDenied as exc:
            raise InstallError(str(exc), code="ssh_login_refused", host=login.host) from exc
        except (OSError, asyncssh.Error, TimeoutError) as exc:
            raise InstallError(str(exc), code="ssh_unreachable", host=login.host) from exc
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._conn is not None:
            self._conn.close()
            await self._conn.wait_closed()
            self._conn = None

    async def _run(self, command: str, *, stdin: str | bytes | None = None, check: bool = True) -> str:
        assert self._conn is not None
        full = f"{self._sudo}sh -c {shlex.quote('umask 077; ' + command)}"
        try:
            result = await asyncio.wait_for(
                self._conn.run(full, input=stdin, check=False, encoding=None if isinstance(stdin, bytes) else "utf-8"),
                COMMAND_TIMEOUT,
            )
        except (OSError, asyncssh.Error, TimeoutError) as exc:
            raise InstallError(str(exc), code="ssh_unreachable", host=self.login.host) from exc
        output = result.stdout if isinstance(result.stdout, str) else (result.stdout or b"").decode("utf-8", "replace")
        if check and result.exit_status != 0:
            errors = (
                result.stderr if isinstance(result.stderr, str) else (result.stderr or b"").decode("utf-8", "replace")
            )
            raise InstallError(
                f"{command.split()[0]} failed ({result.exit_status}): {errors.strip()[-300:]}",
                code="install_step_failed",
                host=self.login.host,
            )
        return output

    # --- prerequisites ---------------------------------------------------------------------------------------

    async def check(self) -> list[Prerequisite]:
        """Root (or sudo), Samba with syncpasswords, Samba's Python with gpg + cryptography, the DC's smb.conf."""
        self.progress(Step.CHECK)
        layout = self.layout
        found: list[Prerequisite] = []
        uid = (await self._run("id -u", check=False)).strip()
        if uid != "0":
            sudo_ok = "ok" in await self._run("sudo -n true 2>/dev/null && echo ok", check=False)
            if sudo_ok:
                self._sudo = "sudo -n "
            found.append(Prerequisite("root", sudo_ok, "" if sudo_ok else "not_root"))
        else:
            found.append(Prerequisite("root", True))
        version = (await self._run("samba-tool --version 2>/dev/null", check=False)).strip()
        match = re.match(r"(\d+)\.(\d+)", version)
        samba_ok = bool(match) and (int(match.group(1)), int(match.group(2))) >= (4, 7) if match else False
        found.append(Prerequisite("samba", samba_ok, version or "samba_tool_missing"))
        probe = f"{shlex.quote(layout.python)} -c 'import gpg, cryptography, samba' 2>&1 && echo ok"
        python_ok = (await self._run(probe, check=False)).strip().endswith("ok")
        found.append(Prerequisite("samba_python", python_ok, "" if python_ok else "python3_gpg_missing"))
        conf_ok = "ok" in await self._run(f"test -r {shlex.quote(layout.samba_conf)} && echo ok", check=False)
        found.append(Prerequisite("smb_conf", conf_ok, "" if conf_ok else "smb_conf_missing"))
        return found

    # --- install ---------------------------------------------------------------------------------------------

    async def install(
        self,
        identity: PasswordSyncIdentity,
        *,
        dc_name: str,
        agent_host: str,
        agent_port: int,
        restart_samba: bool,
    ) -> InstallResult:
        prerequisites = await self.check()
        missing = [p for p in prerequisites if not p.ok]
        if missing:
            code = "not_root" if missing[0].name == "root" else "no_capture_support"
            if missing[0].name == "smb_conf":
                code = "smb_conf_missing"
            raise InstallError(f"prerequisite {missing[0].name}: {missing[0].detail}", code=code, host=dc_name)
        layout = self.layout
        q = shlex.quote
        home, folder = q(layout.gnupg_home), q(layout.install_dir)

        self.progress(Step.GPG_KEY)
        await self._run(f"install -d -m 700 {home}")
        key_id = await self._gpg_fingerprint()
        if key_id is None:
            await self._run(
                f"GNUPGHOME={home} gpg --batch --passphrase '' --quick-gen-key {q(GPG_UID + '@' + dc_name)} "
                "rsa3072 encr never"
            )
            key_id = await self._gpg_fingerprint()
        if key_id is None:
            raise InstallError("the GPG key was not created", code="install_step_failed", host=dc_name)

        self.progress(Step.SMB_CONF)
        conf_text = await self._run(f"cat {q(layout.samba_conf)}")
        new_conf = set_key_ids(conf_text, key_id)
        conf_changed = new_conf != conf_text
        if conf_changed:
            await self._run(f"cp -p {q(layout.samba_conf)} {q(layout.samba_conf + '.identity-connect.bak')}")
            await self._write(layout.samba_conf, new_conf.encode("utf-8"), mode="644")

        self.progress(Step.COPY)
        issued = identity.issue(dc_name, client=True)
        config = {
            "dc_name": dc_name,
            "agent_host": agent_host,
            "agent_port": agent_port,
            "envelope_public_key": identity.envelope_public_b64(),
            "samba_conf": layout.samba_conf,
            "gnupg_home": layout.gnupg_home,
        }
        await self._run(f"install -d -m 700 {folder}")
        files: dict[str, bytes] = {
            "dcagent.py": Path(dcagent_program.__file__).read_bytes(),
            "dcagent.json": json.dumps(config, indent=2).encode(),
            "dcagent.pem": issued.certificate_pem,
            "dcagent.key": issued.key_pem,
            "ca.pem": identity.ca_pem(),
        }
        for name, data in files.items():
            await self._write(f"{layout.install_dir}/{name}", data, mode="600")

        self.progress(Step.SERVICE)
        await self._stop_service()
        await self._start_service()

        restart_needed = conf_changed
        if conf_changed and restart_samba and layout.service_manager == "systemd":
            self.progress(Step.RESTART)
            await self._run(f"systemctl restart {q(layout.samba_service)}")
            restart_needed = False
        state = DcAgentState.RESTART_NEEDED if restart_needed else DcAgentState.INSTALLED
        return InstallResult(state, restart_needed, prerequisites)

    async def uninstall(self, *, restart_samba: bool) -> InstallResult:
        prerequisites = await self.check()
        if not prerequisites[0].ok:
            raise InstallError("not root", code="not_root", host=self.login.host)
        layout = self.layout
        self.progress(Step.REMOVE)
        await self._stop_service()
        if layout.service_manager == "systemd":
            await self._run(
                f"systemctl disable {SERVICE_NAME} 2>/dev/null; rm -f /etc/systemd/system/{SERVICE_NAME}.service; "
                "systemctl daemon-reload",
                check=False,
            )
        await self._run(f"rm -rf {shlex.quote(layout.install_dir)}")
        conf_text = await self._run(f"cat {shlex.quote(layout.samba_conf)}", check=False)
        new_conf = set_key_ids(conf_text, None) if conf_text else conf_text
        restart_needed = bool(conf_text) and new_conf != conf_text
        if restart_needed:
            await self._write(layout.samba_conf, new_conf.encode("utf-8"), mode="644")
            if restart_samba and layout.service_manager == "systemd":
                self.progress(Step.RESTART)
                await self._run(f"systemctl restart {shlex.quote(layout.samba_service)}")
                restart_needed = False
        return InstallResult(DcAgentState.UNINSTALLED, restart_needed, prerequisites)

    # --- pieces ----------------------------------------------------------------------------------------------

    async def _gpg_fingerprint(self) -> str | None:
        listing = await self._run(
            f"GNUPGHOME={shlex.quote(self.layout.gnupg_home)} gpg --batch --with-colons --list-keys "
            f"{shlex.quote(GPG_UID)} 2>/dev/null",
            check=False,
        )
        for line in listing.splitlines():
            if line.startswith("fpr:"):
                return line.split(":")[9]
        return None

    async def _write(self, path: str, data: bytes, *, mode: str) -> None:
        """Write a file on the DC atomically (temporary file + rename), with ``mode``."""
        q = shlex.quote
        encoded = base64.b64encode(data).decode("ascii")
        temporary = f"{path}.identity-connect.tmp"
        await self._run(
            f"base64 -d > {q(temporary)} && chmod {mode} {q(temporary)} && mv -f {q(temporary)} {q(path)}",
            stdin=encoded,
        )

    def _program(self) -> str:
        layout = self.layout
        program, config = f"{layout.install_dir}/dcagent.py", f"{layout.install_dir}/dcagent.json"
        return f"{shlex.quote(layout.python)} {shlex.quote(program)} run --config {shlex.quote(config)}"

    async def _start_service(self) -> None:
        layout = self.layout
        if layout.service_manager == "systemd":
            unit = "\n".join(
                [
                    "[Unit]",
                    "Description=Identity Connect password-sync agent",
                    "After=samba-ad-dc.service",
                    "",
                    "[Service]",
                    f"ExecStart={self._program()}",
                    f"Environment=GNUPGHOME={layout.gnupg_home}",
                    "Restart=always",
                    "RestartSec=5",
                    "UMask=0077",
                    "",
                    "[Install]",
                    "WantedBy=multi-user.target",
                    "",
                ]
            )
            await self._write(f"/etc/systemd/system/{SERVICE_NAME}.service", unit.encode(), mode="644")
            await self._run(f"systemctl daemon-reload && systemctl enable --now {SERVICE_NAME}")
            return
        folder = shlex.quote(layout.install_dir)
        await self._run(
            f"cd {folder} && GNUPGHOME={shlex.quote(layout.gnupg_home)} setsid nohup {self._program()} "
            f"> {folder}/dcagent.log 2>&1 < /dev/null & echo $! > {folder}/dcagent.pid"
        )

    async def _stop_service(self) -> None:
        layout = self.layout
        if layout.service_manager == "systemd":
            await self._run(f"systemctl stop {SERVICE_NAME} 2>/dev/null", check=False)
            return
        pid_file = shlex.quote(layout.install_dir + "/dcagent.pid")
        await self._run(
            # The agent leads its own process group (setsid): TERM the group, wait up to 10 s, then KILL what is
            # left (an agent busy in its first syncpasswords run only sees TERM when that returns), so an
            # uninstall never leaves an agent running from a deleted folder.
            f"if [ -f {pid_file} ]; then p=$(cat {pid_file}); kill -s TERM -- -$p 2>/dev/null || kill $p 2>/dev/null; "
            f"for i in $(seq 50); do kill -0 $p 2>/dev/null || break; sleep 0.2; done; "
            f"kill -s KILL -- -$p 2>/dev/null; rm -f {pid_file}; fi",
            check=False,
        )


def _known_name(host: str, port: int) -> str:
    return host if port == 22 else f"[{host}]:{port}"


def set_key_ids(conf: str, key_id: str | None) -> str:
    """smb.conf with ``password hash gpg key ids`` in [global] set to ``key_id`` (or removed for None)."""
    lines = conf.splitlines(keepends=True)
    pattern = re.compile(r"^\s*password\s+hash\s+gpg\s+key\s+ids\s*=", re.IGNORECASE)
    kept = [line for line in lines if not pattern.match(line)]
    if key_id is None:
        return "".join(kept)
    for index, line in enumerate(kept):
        if line.strip().lower() == "[global]":
            kept.insert(index + 1, f"\t{KEY_ID_OPTION} = {key_id}\n")
            return "".join(kept)
    return f"[global]\n\t{KEY_ID_OPTION} = {key_id}\n" + "".join(kept)


def describe(result: InstallResult) -> dict[str, Any]:
    return {
        "state": result.state.value,
        "restart_needed": result.restart_needed,
        "prerequisites": [{"name": p.name, "ok": p.ok, "detail": p.detail} for p in result.prerequisites],
    }
