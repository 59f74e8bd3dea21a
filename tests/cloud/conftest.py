"""Fixtures for the cloud client tests: the independent servers (oidc-provider, scim2-server) and a private
keyring profile per test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from app.secrets import SecretStore
from tests.servers.oidc import (  # noqa: F401
    oidc_provider,
    oidc_provider_short_access,
    oidc_provider_short_ttl,
    oidc_provider_slow_down,
)
from tests.servers.sandbox import sandbox_tenant, sandbox_tenant_factory  # noqa: F401
from tests.servers.scim2server import scim2_server, scim2_server_session  # noqa: F401


@pytest.fixture
def secret_store() -> Iterator[SecretStore]:
    store = SecretStore(f"test-cloud-{uuid.uuid4().hex[:12]}")
    yield store
    store.delete_all()
