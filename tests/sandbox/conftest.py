"""The sandbox tests use the sandbox fixture plugin directly until tests/conftest.py registers it."""

from __future__ import annotations

from tests.servers.sandbox import sandbox_tenant, sandbox_tenant_factory  # noqa: F401
