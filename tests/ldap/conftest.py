"""Directory-layer tests run against real servers: the Samba AD DC and slapd fixtures from tests/servers/."""

from __future__ import annotations

import app.ldap  # noqa: F401  (imports ldap3 quietly before anything else does)
