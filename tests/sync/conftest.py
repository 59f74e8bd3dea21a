"""Fixtures of the sync tests: the real servers (imported here until the lead registers them globally)."""

from __future__ import annotations

from tests.servers.scim2server import scim2_server, scim2_server_session  # noqa: F401
