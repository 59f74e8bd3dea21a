"""Bad input from people and from tenants: forged and malformed keys (hypothesis), a tenant that answers with
HTML or garbage JSON, an untrusted certificate, a skewed clock."""

from __future__ import annotations

import asyncio
import datetime as dt
import http.server
import ipaddress
import json
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.cloud.agentapi import AgentApiClient
from app.cloud.errors import (
    ClockSkewError,
    KeyRejectedError,
    TenantBadResponseError,
    TenantTlsError,
    TenantUnreachableError,
)
from app.cloud.http import ClockSkewMonitor, HttpSettings
from app.cloud.installkey import InstallationKeyError, encode_key, parse_key
from app.cloud.tenant import discover_tenant, validate_installation_key
from tests.servers.sandbox import SandboxTenantHandle

Route = tuple[int, str, bytes]  # status, content type, body


class TenantImpostor:
    """A real HTTP(S) server on 127.0.0.1 answering each path with a canned response."""

    def __init__(self, tls: tuple[Path, Path] | None = None) -> None:
        self.routes: dict[str, Route] = {}
        routes = self.routes

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                status, content_type, body = routes.get(self.path, (404, "text/html", b"<h1>Not Found</h1>"))
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        scheme = "http"
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(tls[0]), str(tls[1]))
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
            scheme = "https"
        self.url = f"{scheme}://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def json(self, path: str, doc: object, status: int = 200) -> None:
        self.routes[path] = (status, "application/json", json.dumps(doc).encode())

    def serve_discovery(self) -> None:
        self.json(
            "/.well-known/identity-connect",
            {
                "tenant_name": "Impostor",
                "issuer": self.url,
                "client_id": "agent",
                "scopes": ["openid"],
                "scim_base_url": self.url + "/scim/v2",
                "agent_api": self.url + "/agent-api/v1",
            },
        )
        self.json(
            "/.well-known/openid-configuration",
            {
                "issuer": self.url,
                "device_authorization_endpoint": self.url + "/device",
                "token_endpoint": self.url + "/token",
                "userinfo_endpoint": self.url + "/me",
            },
        )


@pytest.fixture
def impostor_factory() -> Iterator[Callable[..., TenantImpostor]]:
    started: list[TenantImpostor] = []

    def start(tls: tuple[Path, Path] | None = None) -> TenantImpostor:
        impostor = TenantImpostor(tls)
        impostor.thread.start()
        started.append(impostor)
        return impostor

    yield start
    for impostor in started:
        impostor.server.shutdown()
        impostor.server.server_close()


@pytest.fixture
def impostor(impostor_factory: Callable[..., TenantImpostor]) -> TenantImpostor:
    return impostor_factory()


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An EC certificate for 127.0.0.1 that no trust store knows; usable as its own CA file."""
    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "impostor.test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    key_path.chmod(0o600)
    return cert_path, key_path


# -- keys ---------------------------------------------------------------------------------------------------


class NoNetwork(httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"unexpected request to {request.url}")


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_anything_typed_is_refused_offline(text: str) -> None:
    try:
        parse_key(text)
    except InstallationKeyError:
        with pytest.raises(InstallationKeyError) as err:
            asyncio.run(validate_installation_key(text, http=HttpSettings(transport=NoNetwork())))
        assert err.value.code.startswith("key_")
    # else: random text whose checksum holds (about one in four billion) is a key, and may be checked online.


@given(secret=st.binary(min_size=16, max_size=64), flip=st.integers(min_value=0), replacement=st.sampled_from("AZ27"))
@settings(max_examples=300, deadline=None)
def test_forged_keys_never_reach_the_network(secret: bytes, flip: int, replacement: str) -> None:
    text = encode_key("https://tenant.example.test", secret=secret)
    body = [i for i, c in enumerate(text) if c != "-" and i > 4]
    position = body[flip % len(body)]
    assume(text[position] != replacement)
    forged = text[:position] + replacement + text[position + 1 :]
    try:
        same = parse_key(forged) == parse_key(text)
    except InstallationKeyError:
        same = False
    # The last character can carry unused padding bits; changing only those leaves the same key.
    assume(not same)
    with pytest.raises(InstallationKeyError):
        asyncio.run(validate_installation_key(forged, http=HttpSettings(transport=NoNetwork())))


@given(secret=st.binary(min_size=16, max_size=64))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_well_formed_keys_the_tenant_never_issued_are_unknown(
    sandbox_tenant: SandboxTenantHandle, secret: bytes
) -> None:
    with pytest.raises(KeyRejectedError) as err:
        asyncio.run(validate_installation_key(encode_key(sandbox_tenant.url, secret=secret)))
    assert err.value.code == "key_unknown"


# -- tenants that answer badly ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("route", "error"),
    [
        ((200, "text/html", b"<html><body>Please sign in to the Wi-Fi</body></html>"), TenantBadResponseError),
        ((200, "application/json", b'{"issuer": "http://x", "client_id": '), TenantBadResponseError),
        ((200, "application/json", b'["not", "an", "object"]'), TenantBadResponseError),
        ((200, "application/json", b'{"issuer": 42}'), TenantBadResponseError),
        ((200, "application/json", b"\xff\xfe garbage"), TenantBadResponseError),
        ((404, "text/html", b"<h1>Not Found</h1>"), TenantBadResponseError),
        ((502, "text/html", b"<h1>Bad Gateway</h1>"), TenantUnreachableError),
    ],
)
def test_discovery_refuses_what_is_not_the_contract(
    impostor: TenantImpostor, route: tuple[int, str, bytes], error: type[Exception]
) -> None:
    impostor.routes["/.well-known/identity-connect"] = route
    with pytest.raises(error) as err:
        asyncio.run(discover_tenant(impostor.url))
    assert type(err.value) is error


def test_oidc_discovery_for_another_issuer_is_refused(impostor: TenantImpostor) -> None:
    impostor.serve_discovery()
    doc = json.loads(impostor.routes["/.well-known/openid-configuration"][2])
    impostor.json("/.well-known/openid-configuration", {**doc, "issuer": "https://evil.example"})
    with pytest.raises(TenantBadResponseError):
        asyncio.run(discover_tenant(impostor.url))


@pytest.mark.parametrize(
    "route",
    [
        (404, "text/html", b"<h1>Not Found</h1>"),  # a proxy's page, not the tenant's unknown_key
        (410, "application/json", b'{"error": "something_else"}'),
        (200, "application/json", b'{"status": "maybe"}'),
        (200, "text/html", b"<html>ok</html>"),
        (200, "application/json", b'{"status": "valid", "expires_at": "next tuesday"}'),
    ],
)
def test_key_validation_refuses_what_is_not_the_contract(
    impostor: TenantImpostor, route: tuple[int, str, bytes]
) -> None:
    impostor.serve_discovery()
    impostor.routes["/agent-api/v1/installation-keys/validate"] = route
    with pytest.raises(TenantBadResponseError):
        asyncio.run(validate_installation_key(encode_key(impostor.url)))


def test_untrusted_certificate_is_a_tls_error(
    impostor_factory: Callable[..., TenantImpostor], self_signed: tuple[Path, Path]
) -> None:
    impostor = impostor_factory(tls=self_signed)
    impostor.serve_discovery()
    with pytest.raises(TenantTlsError) as err:
        asyncio.run(discover_tenant(impostor.url))
    assert err.value.code == "tls_error"
    assert isinstance(err.value, TenantUnreachableError)  # "can't reach" handling still applies
    # Trusting that certificate explicitly (the admin's CA file) makes the same tenant usable.
    tenant = asyncio.run(discover_tenant(impostor.url, http=HttpSettings(verify=str(self_signed[0]))))
    assert tenant.tenant_name == "Impostor"


def test_plain_http_to_a_tls_port_is_unreachable_not_a_crash(
    impostor_factory: Callable[..., TenantImpostor], self_signed: tuple[Path, Path]
) -> None:
    impostor = impostor_factory(tls=self_signed)
    with pytest.raises(TenantUnreachableError):
        asyncio.run(discover_tenant(impostor.url.replace("https://", "http://")))


# -- clocks ------------------------------------------------------------------------------------------------------


def test_clock_skew_is_detected_from_the_date_header(sandbox_tenant: SandboxTenantHandle) -> None:
    """Our clock 15 minutes behind the (real) tenant's: the Date header gives it away."""
    behind = ClockSkewMonitor(clock=lambda: time.time() - 900)
    http = HttpSettings(clock_skew=behind)

    async def scenario() -> None:
        tenant = await discover_tenant(sandbox_tenant.url, http=http)
        assert tenant.agent_api_url
        api = AgentApiClient(tenant.agent_api_url, None, http=http)
        assert api.clock_skew is not None and 895 <= api.clock_skew <= 905
        with pytest.raises(ClockSkewError) as err:
            api.check_clock()
        assert err.value.code == "clock_skew" and err.value.skew_seconds > 300

        in_step = HttpSettings()
        await discover_tenant(sandbox_tenant.url, http=in_step)
        AgentApiClient(tenant.agent_api_url, None, http=in_step).check_clock()

    asyncio.run(scenario())
