"""Fixtures for the agent service tests: the sandbox tenant and the Samba AD DC as real servers."""

from __future__ import annotations

from tests.servers.sandbox import sandbox_tenant, sandbox_tenant_factory  # noqa: F401
