"""Shared pytest configuration. Server fixtures live in ``tests/servers/`` and are loaded as plugins."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

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


@pytest.fixture(autouse=True)
def _keep_the_umask() -> Iterator[None]:
    """``app.cli.main`` sets the process umask to 077, as the programs must; a test that calls it in-process must
    not change the modes of what later tests' servers create (winbindd, for one, refuses a private socket folder)."""
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)
