"""Fixtures of the sync tests: the real servers (imported here until the lead registers them globally)."""

from __future__ import annotations

from tests.servers.samba import samba_dc, samba_dc_fresh  # noqa: F401
from tests.servers.sandbox import sandbox_tenant, sandbox_tenant_factory  # noqa: F401
from tests.servers.scim2server import scim2_server, scim2_server_session  # noqa: F401
from tests.servers.slapd import slapd, slapd_fresh  # noqa: F401
