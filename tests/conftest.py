"""Shared pytest configuration. Server fixtures live in ``tests/servers/`` and are loaded as plugins."""

from __future__ import annotations

import os
from collections.abc import Iterator
from types import ModuleType

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


#: The test module whose frozen build this run started, if any (ended with the run).
_frozen_build_started: list[ModuleType] = []


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the frozen build (tests/test_packaging.py) once collection shows a test that needs it: PyInstaller
    then works while the tests before those wait on their servers, instead of after them."""
    if session.config.option.collectonly:
        return
    for item in session.items:
        module = getattr(item, "module", None)
        if isinstance(module, ModuleType) and "bundle" in getattr(item, "fixturenames", ()):
            if not hasattr(module, "start_frozen_build"):
                continue  # another bundle (the Windows leg's)
            module.start_frozen_build()
            _frozen_build_started.append(module)
            return


def pytest_sessionfinish(session: pytest.Session) -> None:
    for module in _frozen_build_started:
        module.stop_frozen_build()
