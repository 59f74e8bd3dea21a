"""Shared pytest configuration. Server fixtures live in ``tests/servers/`` and are loaded as plugins."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app.ldap  # noqa: E402,F401  (imports ldap3 with its import-time deprecation warnings silenced)
from tests import tls_origins  # noqa: E402

tls_origins.install()

pytest_plugins = [
    "tests.servers.samba",
    "tests.servers.slapd",
    "tests.servers.sandbox",
    "tests.servers.oidc",
    "tests.servers.scim2server",
]
