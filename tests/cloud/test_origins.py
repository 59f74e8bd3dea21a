"""Where the agent sends secrets: tenant URLs and every endpoint from discovery must be https on the tenant's own
origin (plain http only for loopback, such as the sandbox, or with the configuration's ``insecure`` flag), and
``verify_tls=false`` is refused unless that flag is set, which ``status`` then shows."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cloud.deviceflow import DeviceFlow
from app.cloud.errors import TenantUnreachableError, UntrustedEndpointError
from app.cloud.http import HttpSettings, check_endpoint
from app.cloud.scim import ScimTarget
from app.cloud.tenant import discover_tenant
from app.config import AgentConfig, ConfigStore, TenantSettings
from app.errors import ConfigError
from app.paths import AgentPaths
from tests.cloud.hostile import hostile_tenant
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import offline_ldap_settings


def test_plain_http_off_loopback_is_refused_before_anything_is_sent() -> None:
    with pytest.raises(UntrustedEndpointError) as err:
        asyncio.run(discover_tenant("http://tenant.invalid"))
    assert err.value.code == "endpoint_untrusted" and err.value.details["reason"] == "not_https"
    with pytest.raises(UntrustedEndpointError):
        ScimTarget("http://tenant.invalid/scim/v2", None)
    # With the explicit flag the request is made (and fails only because the name does not resolve).
    with pytest.raises(TenantUnreachableError):
        asyncio.run(discover_tenant("http://tenant.invalid", http=HttpSettings(insecure=True)))


@pytest.mark.parametrize(
    ("url", "origin", "ok"),
    [
        ("https://t.example/scim/v2", "https://t.example", True),
        ("https://T.EXAMPLE:443/token", "https://t.example", True),
        ("https://t.example:8443/token", "https://t.example", False),
        ("https://t.example.evil.test/token", "https://t.example", False),
        ("https://t.example@evil.test/token", "https://t.example", False),
        ("https://evil.test\\@t.example/token", "https://t.example", False),
        ("http://t.example/token", "https://t.example", False),
        ("http://127.0.0.1:8080/token", "http://127.0.0.1:8080", True),
        ("http://[::1]:8080/token", "http://[::1]:8080", True),
        ("http://localhost:8080/token", "http://127.0.0.1:8080", False),
        ("file:///etc/passwd", None, False),
        ("javascript:alert(1)", None, False),
        ("smb://t.example/share", None, False),
        ("https://t.example/\u00e9", None, False),
        ("https://t.example/ x", None, False),
    ],
)
def test_endpoint_rules(url: str, origin: str | None, ok: bool) -> None:
    if ok:
        assert check_endpoint(url, origin=origin) == url
    else:
        with pytest.raises(UntrustedEndpointError):
            check_endpoint(url, origin=origin)


def test_sandbox_tenant_on_loopback_passes_every_check(sandbox_tenant: SandboxTenantHandle) -> None:
    """The sandbox serves everything from one http loopback origin: discovery and the device flow accept it,
    and the verification URIs the wizard shows are that origin's."""

    async def scenario() -> None:
        tenant = await discover_tenant(sandbox_tenant.url)
        flow = DeviceFlow(tenant.oauth, tenant.client_id, tenant.scopes)
        auth = await flow.start()
        assert auth.verification_uri.startswith(sandbox_tenant.url + "/")
        assert auth.verification_uri_complete and auth.verification_uri_complete.startswith(sandbox_tenant.url + "/")

    asyncio.run(scenario())


def test_discovery_pointing_elsewhere_sends_nothing_there() -> None:
    """A discovery document naming another origin's token endpoint ends discovery; no request leaves for it
    (the second hostile tenant stands in for 'elsewhere' and must see nothing)."""
    with hostile_tenant() as elsewhere:
        evil = {"token_endpoint": f"{elsewhere.url}/token"}

        def oidc(t: object, r: object) -> object:
            from tests.cloud.hostile import Answer, js, oidc_document

            return Answer(body=js(oidc_document(tenant.url, **evil)))

        with hostile_tenant({("GET", r"/\.well-known/openid-configuration"): oidc}) as tenant:  # type: ignore[dict-item]
            with pytest.raises(UntrustedEndpointError) as err:
                asyncio.run(discover_tenant(tenant.url))
            assert err.value.details["reason"] == "other_origin"
        assert elsewhere.requests == []


def _config(**tenant: object) -> AgentConfig:
    return AgentConfig(
        device_name="TEST-AGENT",
        tenant=TenantSettings(
            tenant_url="https://tenant.invalid",
            issuer="https://tenant.invalid",
            client_id="c",
            scim_base_url="https://tenant.invalid/scim/v2",
            **tenant,  # type: ignore[arg-type]
        ),
        ldap=offline_ldap_settings(),
    )


def _status(config_dir: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--config-dir", str(config_dir), "status", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_verify_tls_off_is_refused_unless_insecure_and_then_shown(tmp_path: Path) -> None:
    paths = AgentPaths.resolve(tmp_path / "agent")
    paths.ensure()
    store = ConfigStore(paths.config_file)
    document = json.loads(_config().model_dump_json())
    document["tenant"]["verify_tls"] = False
    paths.config_file.write_text(json.dumps(document), encoding="utf-8")
    paths.config_file.chmod(0o600)
    with pytest.raises(ConfigError) as err:
        store.load()
    assert err.value.code == "config_invalid"
    with pytest.raises(UntrustedEndpointError):
        HttpSettings(verify=False)

    assert json.loads(_status(paths.config_dir, "--json"))["tenant_insecure"] is False
    document["tenant"]["insecure"] = True
    paths.config_file.write_text(json.dumps(document), encoding="utf-8")
    assert store.load().tenant.insecure is True
    assert json.loads(_status(paths.config_dir, "--json"))["tenant_insecure"] is True
    assert "Warning: the connection to the cloud tenant is insecure" in _status(paths.config_dir)
