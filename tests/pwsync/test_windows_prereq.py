"""The Windows DC prerequisites checked from the agent machine: an SMB2/3 login that reaches ADMIN$, and WinRM.

SMB runs against the real smbd of the Samba AD DC (``server services`` with ``s3fs`` and ``winbindd``). A Samba DC
has no ``ADMIN$`` share, which is itself a case the check must name; for the admin-only share a Windows DC has, the
test DC gets an ``[ADMIN$]`` share that only Domain Admins may connect to, as on Windows. WinRM can only be tested
on its failure paths here (there is no Windows machine): nothing listening, an untrusted certificate, a server
answering 401 with ``WWW-Authenticate: Negotiate``, a WS-Management access-denied fault, and garbage.
"""

from __future__ import annotations

import asyncio
import http.server
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from app.logging_setup import configure_logging, shutdown_logging
from app.pwsync.windows_prereq import check_smb, check_windows_dc, check_winrm
from tests.servers import directory_data as data
from tests.servers.ldap_tls import CertificateAuthority, issue_server_cert, make_ca, self_signed_cert
from tests.servers.samba import SambaDC, running_copy

SMB_SERVICES = "ldap cldap kdc s3fs winbindd"
ADMIN = f"{data.NETBIOS}\\Administrator"


def _with_admin_share(dc: SambaDC) -> None:
    """An ``[ADMIN$]`` share only Domain Admins may connect to, like the one every Windows server has."""
    folder = dc.dir / "admin-share"
    folder.mkdir()
    dc.stop_process()
    share = f'\n[ADMIN$]\n\tpath = {folder}\n\tvalid users = "@{data.NETBIOS}\\Domain Admins"\n'
    dc.conf.write_text(dc.conf.read_text() + share)
    dc.start()


def _wait_for_smb(dc: SambaDC) -> None:
    """Until smbd listens, and then until it can log someone in: right after start, while winbindd is still
    coming up, Samba answers a session setup with STATUS_INTERNAL_ERROR (a "bad answer" to the check)."""
    for _ in range(200):
        try:
            with socket.create_connection((dc.ip, 445), timeout=1):
                break
        except OSError:
            threading.Event().wait(0.05)
    else:
        raise RuntimeError(f"smbd on {dc.ip} did not listen")
    for _ in range(60):
        row = asyncio.run(check_smb(dc.host, ADMIN, SecretStr(dc.admin_password)))
        if row.detail != "smb_bad_answer":
            return
        threading.Event().wait(0.5)
    raise RuntimeError(f"smbd on {dc.ip} did not become ready to log anyone in")


@pytest.fixture(scope="module")
def smb_dc() -> Iterator[SambaDC]:
    """A Samba DC whose smbd runs, with an admin-only ADMIN$ share."""
    with running_copy(services=SMB_SERVICES) as dc:
        _with_admin_share(dc)
        _wait_for_smb(dc)
        yield dc


@pytest.fixture(scope="module")
def samba_dc_smb() -> Iterator[SambaDC]:
    """A Samba DC whose smbd runs, as Samba ships it (no ADMIN$)."""
    with running_copy(services=SMB_SERVICES) as dc:
        _wait_for_smb(dc)
        yield dc


def _smb(dc: SambaDC, account: str, password: str, **kwargs: object) -> str:
    row = asyncio.run(check_smb(dc.host, account, SecretStr(password), **kwargs))  # type: ignore[arg-type]
    assert row.name == "smb"
    assert row.ok == (row.detail == "ok")
    return row.detail


# ---------------------------------------------------------------------------------------------- SMB


@pytest.mark.samba
def test_a_domain_admin_logs_in_over_smb_and_reaches_admin_share(smb_dc: SambaDC, tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path / "logs", level=10)
    try:
        assert _smb(smb_dc, ADMIN, smb_dc.admin_password) == "ok"
        assert _smb(smb_dc, f"Administrator@{data.REALM}", smb_dc.admin_password) == "ok"
    finally:
        shutdown_logging()
    text = log_file.read_text()
    assert "reached ADMIN$" in text
    assert smb_dc.admin_password not in text


@pytest.mark.samba
def test_a_wrong_password_or_an_unknown_account_is_a_refused_login(smb_dc: SambaDC) -> None:
    assert _smb(smb_dc, ADMIN, "not-the-password") == "smb_login_refused"
    assert _smb(smb_dc, f"{data.NETBIOS}\\nobody.here", smb_dc.admin_password) == "smb_login_refused"


@pytest.mark.samba
def test_an_account_that_is_not_an_admin_logs_in_but_admin_share_is_denied(smb_dc: SambaDC) -> None:
    assert _smb(smb_dc, smb_dc.service_bind, smb_dc.service_password) == "smb_admin_share_denied"


@pytest.mark.samba
def test_a_disabled_account_is_unusable_not_a_wrong_password(smb_dc: SambaDC) -> None:
    disabled = next(u for u in data.USERS if u.disabled)
    assert _smb(smb_dc, f"{data.NETBIOS}\\{disabled.username}", data.USER_PASSWORD) == "smb_account_unusable"


@pytest.mark.samba
def test_a_samba_dc_has_no_admin_share(samba_dc_smb: SambaDC) -> None:
    assert _smb(samba_dc_smb, ADMIN, samba_dc_smb.admin_password) == "smb_admin_share_missing"


@pytest.mark.samba
def test_a_dc_that_refuses_ntlm_says_so() -> None:
    # Samba's "ntlm auth = disabled" answers as a Windows DC under the "Restrict NTLM" policy: STATUS_NTLM_BLOCKED.
    with running_copy(services=SMB_SERVICES) as dc:
        dc.stop_process()
        dc.conf.write_text(dc.conf.read_text().replace("[global]\n", "[global]\n\tntlm auth = disabled\n", 1))
        dc.start()
        _wait_for_smb(dc)
        assert _smb(dc, ADMIN, dc.admin_password) == "smb_ntlm_blocked"


@pytest.mark.samba
def test_a_dc_without_smb_is_unreachable(samba_dc: SambaDC) -> None:
    # The shared DC runs ldap, cldap and kdc only: nothing listens on its port 445.
    assert _smb(samba_dc, ADMIN, samba_dc.admin_password) == "smb_unreachable"


@pytest.mark.samba
def test_a_port_where_something_else_answers_is_a_bad_answer(samba_dc: SambaDC) -> None:
    # The DC's LDAP server takes the SMB2 negotiate for a broken LDAP message and hangs up.
    assert _smb(samba_dc, ADMIN, samba_dc.admin_password, port=389) == "smb_bad_answer"


class SilentListener:
    """Accepts TCP connections and never answers; remembers when a client hung up."""

    def __init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._sock.getsockname()[1]
        self.client_closed = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self._sock.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(30)
            try:
                while conn.recv(4096):
                    pass
                self.client_closed.set()
            except OSError:
                pass

    def close(self) -> None:
        self._sock.close()
        self._thread.join(timeout=35)


@pytest.fixture
def silent() -> Iterator[SilentListener]:
    listener = SilentListener()
    yield listener
    listener.close()


def test_a_server_that_never_answers_is_unreachable_at_the_deadline(silent: SilentListener) -> None:
    row = asyncio.run(check_smb("127.0.0.1", ADMIN, SecretStr("x-password"), port=silent.port, timeout=1))
    assert (row.ok, row.detail) == (False, "smb_unreachable")
    assert silent.client_closed.wait(5), "the connection to the silent server was left open"


def test_cancelling_the_check_closes_its_connection(silent: SilentListener) -> None:
    async def scenario() -> None:
        task = asyncio.create_task(check_smb("127.0.0.1", ADMIN, SecretStr("x-password"), port=silent.port))
        await asyncio.sleep(0.5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    assert silent.client_closed.wait(5), "cancelling left the SMB connection open"


# ---------------------------------------------------------------------------------------------- WinRM


class WinRmStandIn:
    """A loopback HTTP(S) server on a free port that answers every POST with one canned response."""

    def __init__(
        self,
        status: int,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        *,
        tls: tuple[Path, Path] | None = None,
    ) -> None:
        answer = (status, body, headers or {})

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                code, payload, extra = answer
                self.send_response(code)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: object) -> None:
                return None

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@pytest.fixture(scope="module")
def winrm_ca(tmp_path_factory: pytest.TempPathFactory) -> tuple[CertificateAuthority, tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("winrm-tls")
    ca = make_ca(folder)
    return ca, issue_server_cert(ca, folder, ["localhost"], ["127.0.0.1"])


def _winrm(port: int, **kwargs: object) -> str:
    row = asyncio.run(
        check_winrm("127.0.0.1", ADMIN, SecretStr("x-password"), port=port, timeout=5, **kwargs)  # type: ignore[arg-type]
    )
    assert row.name == "winrm"
    assert row.ok == (row.detail == "ok")
    return row.detail


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_winrm_with_nothing_listening_is_unreachable() -> None:
    assert _winrm(_free_port()) == "winrm_unreachable"


def test_winrm_that_accepts_but_never_answers_is_unreachable(silent: SilentListener) -> None:
    row = asyncio.run(check_winrm("127.0.0.1", ADMIN, SecretStr("x-password"), http=True, port=silent.port, timeout=1))
    assert (row.ok, row.detail) == (False, "winrm_unreachable")


def test_winrm_with_a_self_signed_certificate_is_untrusted(
    winrm_ca: tuple[CertificateAuthority, tuple[Path, Path]], tmp_path: Path
) -> None:
    ca, _ = winrm_ca
    server = WinRmStandIn(200, b"", tls=self_signed_cert(tmp_path, ["localhost"], ["127.0.0.1"]))
    try:
        # even with the admin's CA file given: this certificate is not from it
        assert _winrm(server.port, ca_file=ca.cert_file) == "winrm_tls_untrusted"
    finally:
        server.close()


def test_winrm_that_answers_401_negotiate_refuses_the_login(
    winrm_ca: tuple[CertificateAuthority, tuple[Path, Path]],
) -> None:
    ca, cert = winrm_ca
    server = WinRmStandIn(401, headers={"WWW-Authenticate": "Negotiate"}, tls=cert)
    try:
        assert _winrm(server.port, ca_file=ca.cert_file) == "winrm_login_refused"
    finally:
        server.close()
    plain = WinRmStandIn(401, headers={"WWW-Authenticate": "Negotiate"})
    try:
        assert _winrm(plain.port, http=True) == "winrm_login_refused"
    finally:
        plain.close()


ACCESS_DENIED_FAULT = b"""<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"
 xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd"><s:Header/><s:Body><s:Fault>
<s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value>w:AccessDenied</s:Value></s:Subcode></s:Code>
<s:Reason><s:Text xml:lang="">Access is denied. </s:Text></s:Reason>
<s:Detail><f:WSManFault xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault" Code="5" Machine="dc1">
<f:Message>Access is denied. </f:Message></f:WSManFault></s:Detail></s:Fault></s:Body></s:Envelope>"""


def test_winrm_access_denied_fault_names_an_account_that_is_not_admin(
    winrm_ca: tuple[CertificateAuthority, tuple[Path, Path]],
) -> None:
    ca, cert = winrm_ca
    server = WinRmStandIn(500, ACCESS_DENIED_FAULT, {"Content-Type": "application/soap+xml;charset=UTF-8"}, tls=cert)
    try:
        assert _winrm(server.port, ca_file=ca.cert_file) == "winrm_access_denied"
    finally:
        server.close()


@pytest.mark.parametrize(
    ("status", "body"),
    [(500, b"<html><body>Internal Server Error</body></html>"), (200, b"not xml at all"), (500, b"\x00\xff garbage")],
)
def test_winrm_that_answers_garbage_is_a_bad_answer(
    winrm_ca: tuple[CertificateAuthority, tuple[Path, Path]], status: int, body: bytes
) -> None:
    ca, cert = winrm_ca
    server = WinRmStandIn(status, body, {"Content-Type": "text/html"}, tls=cert)
    try:
        assert _winrm(server.port, ca_file=ca.cert_file) == "winrm_bad_answer"
    finally:
        server.close()


# ---------------------------------------------------------------------------------------------- both


@pytest.mark.samba
def test_check_windows_dc_gives_the_smb_then_the_winrm_row(smb_dc: SambaDC) -> None:
    rows = asyncio.run(
        check_windows_dc(smb_dc.host, ADMIN, SecretStr(smb_dc.admin_password), winrm_port=_free_port(), timeout=5)
    )
    assert [(r.name, r.ok, r.detail) for r in rows] == [
        ("smb", True, "ok"),
        ("winrm", False, "winrm_unreachable"),
    ]


def test_every_code_a_row_can_hold_has_words_in_both_front_ends() -> None:
    import re

    import app.pwsync.windows_prereq as module
    from app.messages import WORDS
    from ui.errors import known_codes

    used = set(re.findall(r'"((?:smb|winrm)_[a-z_0-9]+)"', Path(module.__file__).read_text()))
    assert used == set(module.CODES)
    assert [code for code in module.CODES if code not in WORDS] == []
    assert [code for code in module.CODES if code not in known_codes()] == []
