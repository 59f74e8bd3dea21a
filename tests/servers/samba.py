"""Samba AD DC fixtures: a real Active Directory domain controller on a loopback address of its own.

``samba_dc`` (session) and ``samba_dc_fresh`` (function, for tests that modify data) each yield a
:class:`SambaDC`. How it works:

1. A *template* is provisioned once (``samba-tool domain provision`` into a private folder), started, seeded
   from :mod:`tests.servers.directory_data` over LDAPS, stopped, and cached under
   ``/tmp/ic-samba-templates/<hash>`` where the hash covers the seed module and this provisioning recipe.
   Concurrent runs wait on a lock file; the first builds it (≈10 s), the others reuse it.
2. Each instance is a copy of the stopped template folder (``cp -a``), *re-IP'd*: its smb.conf paths and
   ``interfaces`` line are rewritten, and a new server certificate (SAN ``DNS:dcN.zylker.test``,
   ``IP:127.0.0.N``) is issued by the template's CA. Samba's LDAP ports are fixed, so each instance binds its
   own ``127.0.0.N`` (:mod:`tests.servers.loopback`). Copy + start takes well under a second, so re-IP'ing beats
   provisioning per address (≈5 s each).
3. ``samba -i -M single`` runs in the foreground as our child; :meth:`SambaDC.stop` ends it by PID (SIGTERM,
   then SIGKILL) and removes the copy. The fixtures stop it even when the test fails.

``bulk_samba_dc(users=10_000)`` (bench only) loads users offline with Samba's own Python bindings
(``/usr/bin/python3``) into a cached copy of the template before starting it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import app.ldap  # noqa: F401  (imports ldap3 without its pyasn1 deprecation warnings)
from tests.servers import directory_data as data
from tests.servers import loopback
from tests.servers.ldap_tls import CertificateAuthority, issue_server_cert, make_ca

TEMPLATE_ROOT = Path("/tmp/ic-samba-templates")
RUN_ROOT = Path("/tmp/ic-samba-run")
RECIPE_VERSION = "3"  # bump when the provisioning recipe below changes
START_TIMEOUT = 30.0


def _template_key(extra: str = "") -> str:
    digest = hashlib.sha256()
    digest.update(Path(data.__file__).read_bytes())
    digest.update(RECIPE_VERSION.encode())
    digest.update(extra.encode())
    return digest.hexdigest()[:16]


@dataclass
class SambaDC:
    """A running Samba AD DC. ``host`` resolves to ``ip`` (via /etc/hosts) and is in the certificate's SAN."""

    dir: Path
    address: loopback.LoopbackAddress
    pid: int = 0
    domain: str = data.DOMAIN
    base_dn: str = data.BASE_DN
    admin_bind: str = f"Administrator@{data.REALM}"
    admin_password: str = data.ADMIN_PASSWORD
    service_bind: str = f"{data.SERVICE_ACCOUNT}@{data.DOMAIN}"
    service_password: str = data.USER_PASSWORD
    env: dict[str, str] | None = None  # the samba process's environment (None: this process's)
    run_prefix: list[str] = field(default_factory=list)  # a command that execs samba (keeps its PID)
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def host(self) -> str:
        return self.address.host

    @property
    def alias(self) -> str:
        """Another name for ``ip`` that is *not* in the certificate (for host name mismatch tests)."""
        return self.address.alias

    @property
    def ip(self) -> str:
        return self.address.ip

    @property
    def ca_file(self) -> Path:
        return self.dir / "private" / "tls-own" / "ca.pem"

    @property
    def conf(self) -> Path:
        return self.dir / "etc" / "smb.conf"

    def ldap_settings(self, **overrides: Any) -> Any:
        """``app.ldap.settings.LdapSettings`` for this DC (LDAPS, bind as Administrator, our CA)."""
        from app.ldap.settings import LdapSettings

        values: dict[str, Any] = {
            "domain": self.domain,
            "domain_controllers": [self.host],
            "bind_identity": self.admin_bind,
            "ca_file": self.ca_file,
            "connect_timeout": 3.0,
            "operation_timeout": 10.0,
        }
        values.update(overrides)
        return LdapSettings(**values)

    def start(self) -> None:
        log = open(self.dir / "log" / "samba.out", "wb")  # noqa: SIM115 - owned by the child from here on
        self._process = subprocess.Popen(
            [*self.run_prefix, "samba", "-s", str(self.conf), "-i", "-M", "single", "--debuglevel=1"],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=self.env,
        )
        log.close()
        self.pid = self._process.pid
        (self.dir / "run" / "fg.pid").write_text(str(self.pid))
        _wait_for_ldap(self.ip, self._process, self.dir)

    def suspend(self) -> None:
        """SIGSTOP: the DC keeps its sockets but stops answering (a hung server)."""
        os.kill(self.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.pid, signal.SIGCONT)

    def kill(self) -> None:
        """SIGKILL, as if the machine went away; :meth:`stop` still cleans up afterwards."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGCONT)
            os.kill(self.pid, signal.SIGKILL)
        if self._process is not None:
            self._process.wait(timeout=10)

    def stop_process(self) -> None:
        if self._process is None:
            return
        if self._process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGCONT)
                os.kill(self.pid, signal.SIGTERM)
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, signal.SIGKILL)
                self._process.wait(timeout=10)
        self._process = None

    def stop(self) -> None:
        """Stop the DC by PID, release its address and delete its folder."""
        try:
            self.stop_process()
            if (self.dir / "gnupg").is_dir():
                # A GPG keyring in the DC's folder (password sync's installer puts the DC's key there in tests)
                # has an agent that would outlive the folder.
                subprocess.run(
                    ["gpgconf", "--kill", "gpg-agent"],
                    env={**os.environ, "GNUPGHOME": str(self.dir / "gnupg")},
                    check=False,
                    capture_output=True,
                    timeout=30,
                )
        finally:
            self.address.release()
            shutil.rmtree(self.dir, ignore_errors=True)


def _wait_for_ldap(ip: str, process: subprocess.Popen[bytes], folder: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    # A complete rootDSE read over LDAP proves the server is serving, not merely listening.
    probe = bytes.fromhex("3025020101632004000a01000a0100020100020100010100870b6f626a656374636c6173733000")
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (folder / "log" / "samba.out").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"samba exited with {process.returncode}:\n{log}")
        try:
            with socket.create_connection((ip, 389), timeout=1) as sock:
                sock.sendall(probe)
                reply = sock.recv(4096)
                if reply[:1] == b"\x30":
                    # and the TLS listener too, so tests never race the second port
                    with socket.create_connection((ip, 636), timeout=1):
                        return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"samba on {ip} did not answer LDAP within {START_TIMEOUT} s")


def _set_tls(conf: Path, folder: Path, address: loopback.LoopbackAddress) -> None:
    tls = folder / "private" / "tls-own"
    ca = CertificateAuthority(tls / "ca.pem", tls / "ca.key")
    issue_server_cert(ca, tls, [address.host, "dc1.zylker.test"], [address.ip], stem="cert")
    text = conf.read_text()
    text = re.sub(r"^\s*interfaces = .*$", f"\tinterfaces = {address.ip}/8", text, flags=re.M)
    conf.write_text(text)


# Samba looks for the address among the machine's interfaces; 127.0.0.N is only inside lo's 127.0.0.1/8, and
# the "/8" tells Samba to take that address on the interface whose network contains it.
def _provision(folder: Path, address: loopback.LoopbackAddress) -> None:
    for sub in ("run", "log"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "samba-tool",
            "domain",
            "provision",
            f"--targetdir={folder}",
            f"--realm={data.REALM}",
            f"--domain={data.NETBIOS}",
            "--host-name=DC1",
            "--server-role=dc",
            "--dns-backend=NONE",
            "--use-rfc2307",
            f"--adminpass={data.ADMIN_PASSWORD}",
            f"--host-ip={address.ip}",
            "--backend-store=mdb",
            f"--option=interfaces={address.ip}/8",
            "--option=bind interfaces only=yes",
            "--option=server services=ldap cldap kdc",
            f"--option=pid directory={folder}/run",
            f"--option=ncalrpc dir={folder}/run/ncalrpc",
            f"--option=winbindd socket directory={folder}/run/winbindd",
            f"--option=log file={folder}/log/log.%m",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    tls = folder / "private" / "tls-own"
    make_ca(tls)
    conf = folder / "etc" / "smb.conf"
    extra = (
        "\tldap server require strong auth = no\n\tldb:nosync = true\n"
        f"\ttls keyfile = {tls}/cert.key\n\ttls certfile = {tls}/cert.pem\n\ttls cafile = {tls}/ca.pem\n"
    )
    conf.write_text(conf.read_text().replace("[global]\n", "[global]\n" + extra, 1))
    _set_tls(conf, folder, address)


def _user_dn(u: data.SeedUser, base: str) -> str:
    return f"CN={u.display_name},{data.ad_ou_dn(u.ou, base)}"


def _group_dn(g: data.SeedGroup, base: str) -> str:
    container = data.ad_ou_dn(g.ou, base) if g.ou else f"CN=Users,{base}"
    return f"CN={g.name},{container}"


def seed_dn(name: str, base: str = data.BASE_DN) -> str:
    """The DN of a seed user (by username) or group (by name) in the Samba directory."""
    if any(g.name == name for g in data.GROUPS):
        return _group_dn(data.group(name), base)
    return _user_dn(data.user(name), base)


def _seed(dc: SambaDC) -> None:
    import ldap3

    # Seeding only needs an encrypted channel (unicodePwd); verification is what the tests exercise, not this.
    tls = ldap3.Tls(validate=ssl.CERT_NONE)
    server = ldap3.Server(dc.ip, port=636, use_ssl=True, tls=tls, get_info=ldap3.NONE)
    conn = ldap3.Connection(server, dc.admin_bind, dc.admin_password, auto_bind=True, raise_exceptions=True)
    base = dc.base_dn
    for ou in data.OUS:
        conn.add(data.ad_ou_dn(ou, base), "organizationalUnit")
    for u in data.USERS:
        attrs: dict[str, Any] = {
            "sAMAccountName": u.username,
            "userPrincipalName": u.upn,
            "givenName": u.given_name,
            "sn": u.surname,
            "displayName": u.display_name,
            "mail": u.mail,
            "unicodePwd": f'"{data.USER_PASSWORD}"'.encode("utf-16-le"),
            "userAccountControl": "514" if u.disabled else "512",
        }
        for attr, value in (
            ("title", u.title),
            ("department", u.department),
            ("telephoneNumber", u.telephone),
            ("employeeID", u.employee_id),
            ("manager", _user_dn(data.user(u.manager), base) if u.manager else None),
        ):
            if value:
                attrs[attr] = value
        conn.add(_user_dn(u, base), "user", attrs)
    for g in data.GROUPS:
        attrs = {
            "sAMAccountName": g.name,
            # global security group / global distribution group
            "groupType": str(-2147483646 if g.security else 2),
        }
        if g.description:
            attrs["description"] = g.description
        if g.members:
            attrs["member"] = [seed_dn(m, base) for m in g.members]
        conn.add(_group_dn(g, base), "group", attrs)
    conn.unbind()


def _seeded_build(folder: Path, address: loopback.LoopbackAddress) -> None:
    _provision(folder, address)
    dc = SambaDC(dir=folder, address=address)
    try:
        dc.start()
        _seed(dc)
    finally:
        dc.stop_process()


def _build_template(key: str, build: Callable[[Path, loopback.LoopbackAddress], None]) -> Path:
    """Build (or reuse) a cached, stopped template folder; ``build`` fills it. Returns its folder."""
    TEMPLATE_ROOT.mkdir(parents=True, exist_ok=True)
    final = TEMPLATE_ROOT / key
    with open(TEMPLATE_ROOT / f"{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (final / "READY").exists():
            return final
        shutil.rmtree(final, ignore_errors=True)
        building = Path(tempfile.mkdtemp(prefix=f"{key}.building-", dir=TEMPLATE_ROOT))
        address = loopback.allocate()
        try:
            build(building, address)
            for stale in (building / "run").glob("*.pid"):
                stale.unlink()
            (building / "log" / "samba.out").unlink(missing_ok=True)
            # Paths inside smb.conf name the folder it was built in; copies rewrite them from this one.
            (building / "BUILT_IN").write_text(str(building))
            building.rename(final)
            (final / "READY").write_text(address.ip)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        finally:
            address.release()
    return final


def _copy_template(template: Path, folder: Path) -> None:
    subprocess.run(["cp", "-a", f"{template}/.", str(folder)], check=True)
    built_in = (template / "BUILT_IN").read_text()
    conf = folder / "etc" / "smb.conf"
    conf.write_text(conf.read_text().replace(built_in, str(folder)))
    (folder / "BUILT_IN").write_text(str(folder))
    (folder / "READY").unlink(missing_ok=True)


def template_dir() -> Path:
    return _build_template(_template_key(), _seeded_build)


def start_copy(template: Path, services: str | None = None) -> SambaDC:
    """Copy a stopped template folder, give it its own loopback address and certificate, start it.

    ``services`` replaces the copy's ``server services`` line; the default keeps the template's. For SMB on port
    445 use ``"ldap cldap kdc s3fs winbindd"``: Samba 4.17 calls its file server ``s3fs`` (``smb`` is not a
    service there) and smbd needs winbindd to map a logged-in user to unix ids.
    """
    RUN_ROOT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="dc-", dir=RUN_ROOT))
    address = loopback.allocate()
    try:
        _copy_template(template, folder)
        _set_tls(folder / "etc" / "smb.conf", folder, address)
        if services is not None:
            conf = folder / "etc" / "smb.conf"
            text = re.sub(r"^\s*server services = .*$", f"\tserver services = {services}", conf.read_text(), flags=re.M)
            conf.write_text(text)
        dc = SambaDC(dir=folder, address=address)
        if services is not None and "winbindd" in services.replace(",", " ").split():
            # smbd maps each user to unix ids through winbindd, and libwbclient knows only its built-in socket
            # folder (/run/samba/winbindd), not smb.conf's: without it a login that succeeded ends in
            # STATUS_INTERNAL_ERROR. So this DC runs in a mount namespace of its own where that folder is its
            # winbindd's, and several such DCs never share one winbindd.
            sockets = folder / "run" / "winbindd"
            sockets.mkdir(parents=True, exist_ok=True)
            sockets.chmod(0o755)  # winbindd refuses a socket folder with other modes, whatever the caller's umask
            script = 'mkdir -p /run/samba/winbindd && mount --bind "$0" /run/samba/winbindd && exec "$@"'
            dc.run_prefix = ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, str(sockets)]
        dc.start()
    except BaseException:
        address.release()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return dc


@contextlib.contextmanager
def running_copy(template: Path | None = None, services: str | None = None) -> Iterator[SambaDC]:
    dc = start_copy(template or template_dir(), services)
    try:
        yield dc
    finally:
        dc.stop()


BULK_LOADER = r"""
import sys
from samba.param import LoadParm
from samba.auth import system_session
from samba.samdb import SamDB
folder, n = sys.argv[1], int(sys.argv[2]); parts = 20      # big flat containers are slow in ldb: spread users
lp = LoadParm(); lp.load(f'{folder}/etc/smb.conf')
db = SamDB(url=f'{folder}/private/sam.ldb', lp=lp, session_info=system_session())
base = str(db.domain_dn())
db.add({'dn': f'OU=Bulk,{base}', 'objectClass': 'organizationalUnit'})
ous = [f'OU=Part{k:02d},OU=Bulk,{base}' for k in range(parts)]
for ou in ous:
    db.add({'dn': ou, 'objectClass': 'organizationalUnit'})
for i in range(n):
    u = f'bulk{i:05d}'
    db.add({'dn': f'CN={u},{ous[i % parts]}', 'objectClass': 'user', 'sAMAccountName': u,
            'userPrincipalName': f'{u}@zylker.test', 'givenName': f'Given{i}', 'sn': f'Sur{i}',
            'displayName': f'Given{i} Sur{i}', 'mail': f'{u}@zylker.test', 'title': 'Bulk user',
            # no password (hashing costs ~25 ms/user): disabled (514) or PASSWD_NOTREQD (544)
            'userAccountControl': '514' if i % 10 == 0 else '544'})
"""


def bulk_template_dir(users: int = 10_000) -> Path:
    """A cached template with ``users`` extra users under OU=Bulk (loaded offline), on top of the seed."""
    seeded = template_dir()

    def load(folder: Path, address: loopback.LoopbackAddress) -> None:
        _copy_template(seeded, folder)
        script = folder / "bulk_samdb.py"
        script.write_text(BULK_LOADER)
        subprocess.run(["/usr/bin/python3", str(script), str(folder), str(users)], check=True)

    return _build_template(_template_key(f"bulk{users}"), load)


@pytest.fixture(scope="session")
def samba_dc() -> Iterator[SambaDC]:
    """A shared, read-only Samba AD DC seeded from :mod:`tests.servers.directory_data`. Do not modify it."""
    with running_copy() as dc:
        yield dc


@pytest.fixture
def samba_dc_fresh() -> Iterator[SambaDC]:
    """A private copy of the seeded DC for a test that modifies data; stopped and deleted afterwards."""
    with running_copy() as dc:
        yield dc
