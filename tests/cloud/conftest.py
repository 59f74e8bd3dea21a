"""Fixtures for the cloud client tests: the independent servers (oidc-provider, scim2-server) and a private
keyring profile per test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from app.secrets import SecretStore


@pytest.fixture
def secret_store() -> Iterator[SecretStore]:
    store = SecretStore(f"test-cloud-{uuid.uuid4().hex[:12]}")
    yield store
    store.delete_all()
