"""OpenLDAP slapd fixtures: a plain-LDAP directory with the same people as the Samba seed.

``slapd`` (session) and ``slapd_fresh`` (function) each yield a :class:`Slapd` on ``127.0.0.1`` and a free
high port, built from scratch (``slapadd`` of a cn=config LDIF and the data, ≈0.3 s; no cache needed).
The tree: ``dc=zylker,dc=test`` with ``ou=Sales``, ``ou=Engineering`` (+ ``ou=Berlin``), ``ou=Service``,
``ou=Groups``; users are ``inetOrgPerson`` (``uid=<username>``), groups ``groupOfNames`` (nested AllStaff),
with the memberof overlay. Disabled users carry ``employeeType: disabled`` (the configurable rule's marker).
``uid=svc.blind,ou=Service`` can bind but read nothing (for the insufficient-rights check).
slapd supports StartTLS with a certificate for ``localhost``/``127.0.0.1`` signed by the fixture's own CA.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.servers import directory_data as data
from tests.servers.ldap_tls import issue_server_cert, make_ca

RUN_ROOT = Path("/tmp/ic-slapd-run")
BASE_DN = "dc=zylker,dc=test"
ADMIN_DN = f"cn=admin,{BASE_DN}"
BLIND_DN = f"uid=svc.blind,ou=Service,{BASE_DN}"
DISABLED_ATTRIBUTE = "employeeType"
DISABLED_VALUE = "disabled"


def _ssha(password: str) -> str:
    salt = os.urandom(8)
    digest = hashlib.sha1(password.encode() + salt).digest()
    return "{SSHA}" + base64.b64encode(digest + salt).decode()


def ou_dn(ou: tuple[str, ...]) -> str:
    return ",".join([f"ou={part}" for part in reversed(ou)] + [BASE_DN])


def seed_dn(name: str) -> str:
    """The DN of a seed user (by username) or group (by name) in slapd."""
    if any(g.name == name for g in data.GROUPS):
        return f"cn={name},ou=Groups,{BASE_DN}"
    return f"uid={name},{ou_dn(data.user(name).ou)}"


def _ldif_value(attr: str, value: str) -> str:
    if value.isascii() and not value.startswith((" ", ":", "<")):
        return f"{attr}: {value}"
    return f"{attr}:: {base64.b64encode(value.encode()).decode()}"


def data_ldif() -> str:
    blocks = [
        f"dn: {BASE_DN}\nobjectClass: dcObject\nobjectClass: organization\no: Zylker\ndc: zylker",
        f"dn: ou=Groups,{BASE_DN}\nobjectClass: organizationalUnit\nou: Groups",
    ]
    for ou in data.OUS:
        blocks.append(f"dn: {ou_dn(ou)}\nobjectClass: organizationalUnit\nou: {ou[-1]}")
    user_pw = _ssha(data.USER_PASSWORD)
    for u in data.USERS:
        lines = [
            f"dn: {seed_dn(u.username)}",
            "objectClass: inetOrgPerson",
            f"uid: {u.username}",
            _ldif_value("cn", u.display_name),
            _ldif_value("givenName", u.given_name),
            _ldif_value("sn", u.surname),
            _ldif_value("displayName", u.display_name),
            f"mail: {u.mail}",
            f"userPassword: {user_pw}",
        ]
        for attr, value in (
            ("title", u.title),
            ("departmentNumber", u.department),
            ("telephoneNumber", u.telephone),
            ("employeeNumber", u.employee_id),
            ("manager", seed_dn(u.manager) if u.manager else None),
            (DISABLED_ATTRIBUTE, DISABLED_VALUE if u.disabled else None),
        ):
            if value:
                lines.append(_ldif_value(attr, value))
        blocks.append("\n".join(lines))
    blocks.append(
        f"dn: {BLIND_DN}\nobjectClass: inetOrgPerson\nuid: svc.blind\ncn: Blind Service\nsn: Blind\n"
        f"userPassword: {user_pw}"
    )
    for g in data.GROUPS:
        lines = [f"dn: {seed_dn(g.name)}", "objectClass: groupOfNames", f"cn: {g.name}"]
        lines += [f"member: {seed_dn(m)}" for m in g.members]
        if g.description:
            lines.append(f"description: {g.description}")
        if not g.security:
            lines.append("businessCategory: distribution")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _config_ldif(folder: Path, tls: Path) -> str:
    pw = _ssha(data.ADMIN_PASSWORD)
    return f"""dn: cn=config
objectClass: olcGlobal
cn: config
olcPidFile: {folder}/slapd.pid
olcArgsFile: {folder}/slapd.args
olcLogLevel: none
olcTLSCACertificateFile: {tls}/ca.pem
olcTLSCertificateFile: {tls}/server.pem
olcTLSCertificateKeyFile: {tls}/server.key

dn: cn=module{{0}},cn=config
objectClass: olcModuleList
cn: module{{0}}
olcModulePath: /usr/lib/ldap
olcModuleLoad: back_mdb
olcModuleLoad: memberof
olcModuleLoad: syncprov

dn: cn=schema,cn=config
objectClass: olcSchemaConfig
cn: schema

include: file:///etc/ldap/schema/core.ldif
include: file:///etc/ldap/schema/cosine.ldif
include: file:///etc/ldap/schema/inetorgperson.ldif
include: file:///etc/ldap/schema/nis.ldif

dn: olcDatabase={{-1}}frontend,cn=config
objectClass: olcDatabaseConfig
objectClass: olcFrontendConfig
olcDatabase: {{-1}}frontend
olcSizeLimit: unlimited

dn: olcDatabase={{0}}config,cn=config
objectClass: olcDatabaseConfig
olcDatabase: {{0}}config
olcRootDN: cn=admin,cn=config
olcRootPW: {pw}

dn: olcDatabase={{1}}mdb,cn=config
objectClass: olcDatabaseConfig
objectClass: olcMdbConfig
olcDatabase: {{1}}mdb
olcSuffix: {BASE_DN}
olcRootDN: {ADMIN_DN}
olcRootPW: {pw}
olcDbDirectory: {folder}/db
olcDbMaxSize: 1073741824
olcDbNoSync: TRUE
olcDbIndex: objectClass eq
olcDbIndex: entryUUID,entryCSN eq
olcDbIndex: uid,mail,cn eq
olcLimits: * size.prtotal=unlimited size.soft=unlimited size.hard=unlimited
olcAccess: {{0}}to attrs=userPassword by anonymous auth by * none
olcAccess: {{1}}to dn.subtree="{BASE_DN}" by dn.exact="{BLIND_DN}" none by * read

dn: olcOverlay={{0}}memberof,olcDatabase={{1}}mdb,cn=config
objectClass: olcOverlayConfig
objectClass: olcMemberOf
olcOverlay: {{0}}memberof
olcMemberOfRefInt: TRUE
olcMemberOfGroupOC: groupOfNames
olcMemberOfMemberAD: member
olcMemberOfMemberOfAD: memberOf

dn: olcOverlay={{1}}syncprov,olcDatabase={{1}}mdb,cn=config
objectClass: olcOverlayConfig
objectClass: olcSyncProvConfig
olcOverlay: {{1}}syncprov
"""


def _password_file(folder: Path) -> Path:
    path = folder / "admin.pw"
    path.write_text(data.ADMIN_PASSWORD)
    path.chmod(0o600)
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Slapd:
    dir: Path
    port: int
    pid: int = 0
    host: str = "localhost"
    ip: str = "127.0.0.1"
    domain: str = data.DOMAIN
    base_dn: str = BASE_DN
    admin_bind: str = ADMIN_DN
    admin_password: str = data.ADMIN_PASSWORD
    service_bind: str = f"uid={data.SERVICE_ACCOUNT},ou=Service,{BASE_DN}"
    service_password: str = data.USER_PASSWORD
    blind_bind: str = BLIND_DN
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def ca_file(self) -> Path:
        return self.dir / "tls" / "ca.pem"

    @property
    def url(self) -> str:
        return f"ldap://{self.ip}:{self.port}"

    def ldap_settings(self, **overrides: Any) -> Any:
        """``LdapSettings`` for this server: plain LDAP (explicitly allowed), bind as the admin."""
        from app.ldap.settings import LdapSettings, TransportSecurity

        values: dict[str, Any] = {
            "domain": self.domain,
            "domain_controllers": [self.host],
            "bind_identity": self.admin_bind,
            "security": TransportSecurity.PLAIN,
            "allow_unencrypted": True,
            "port": self.port,
            "base_dn": self.base_dn,
            "ca_file": self.ca_file,
            "connect_timeout": 3.0,
            "operation_timeout": 10.0,
        }
        values.update(overrides)
        return LdapSettings(**values)

    def start(self) -> None:
        log = open(self.dir / "slapd.log", "wb")  # noqa: SIM115 - owned by the child from here on
        self._process = subprocess.Popen(
            ["/usr/sbin/slapd", "-F", str(self.dir / "slapd.d"), "-h", self.url + "/", "-d", "0", "-s", "0"],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        log.close()
        self.pid = self._process.pid
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"slapd exited: {(self.dir / 'slapd.log').read_text(errors='replace')[-2000:]}")
            with contextlib.suppress(OSError), socket.create_connection((self.ip, self.port), timeout=1):
                return
            time.sleep(0.02)
        raise RuntimeError("slapd did not start")

    def stop(self) -> None:
        try:
            if self._process is not None and self._process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, signal.SIGCONT)
                    os.kill(self.pid, signal.SIGTERM)
                try:
                    self._process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    os.kill(self.pid, signal.SIGKILL)
                    self._process.wait(timeout=10)
        finally:
            self._process = None
            shutil.rmtree(self.dir, ignore_errors=True)


def start_slapd() -> Slapd:
    RUN_ROOT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="slapd-", dir=RUN_ROOT))
    server: Slapd | None = None
    try:
        (folder / "slapd.d").mkdir()
        (folder / "db").mkdir()
        tls = folder / "tls"
        issue_server_cert(make_ca(tls), tls, ["localhost"], ["127.0.0.1"])
        (folder / "config.ldif").write_text(_config_ldif(folder, tls))
        subprocess.run(
            ["/usr/sbin/slapadd", "-n0", "-F", str(folder / "slapd.d"), "-l", str(folder / "config.ldif")],
            check=True,
            capture_output=True,
        )
        (folder / "data.ldif").write_text(data_ldif())
        server = Slapd(dir=folder, port=_free_port())
        server.start()
        # Loaded online, not with slapadd: the memberof overlay only fills memberOf on live writes.
        subprocess.run(
            [
                "ldapadd",
                "-x",
                "-H",
                server.url,
                "-D",
                ADMIN_DN,
                "-y",
                str(_password_file(folder)),
                "-f",
                str(folder / "data.ldif"),
            ],
            check=True,
            capture_output=True,
        )
    except BaseException:
        if server is not None:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return server


@contextlib.contextmanager
def running_slapd() -> Iterator[Slapd]:
    server = start_slapd()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def slapd() -> Iterator[Slapd]:
    """A shared, read-only slapd with the seed data. Do not modify it."""
    with running_slapd() as server:
        yield server


@pytest.fixture
def slapd_fresh() -> Iterator[Slapd]:
    """A private slapd for a test that modifies data."""
    with running_slapd() as server:
        yield server
