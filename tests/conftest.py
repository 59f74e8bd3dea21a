"""Shared pytest configuration. Server fixtures live in ``tests/servers/`` and are loaded as plugins."""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from types import ModuleType
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app.ldap  # noqa: E402,F401  (imports ldap3 with its import-time deprecation warnings silenced)
from tests import tls_origins  # noqa: E402

tls_origins.install()

pytest_plugins = [
    "tests.alongside",
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


_COLLECTOR = pytest.StashKey[Any]()


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_gui_thread(request: pytest.FixtureRequest) -> None:
    """A test with a QApplication collects reference cycles on the GUI thread only, as the desktop program does
    (:mod:`ui.collector`): a widget of the test left in a cycle is otherwise destroyed by whichever thread next
    passes a threshold (a server's, a worker's), perhaps many tests later, and that can crash the whole run."""
    if "qapp" not in request.fixturenames:
        return
    from ui.collector import GuiThreadCollector

    collector = GuiThreadCollector(request.getfixturevalue("qapp"))
    collector.start()
    request.node.stash[_COLLECTOR] = collector


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
    yield
    # Only now has pytest let go of the test's fixtures and arguments: what of them was in a cycle is collected
    # here, on the GUI thread, before automatic collection (and so any thread) takes over again.
    collector = item.stash.get(_COLLECTOR, None)
    if collector is not None:
        del item.stash[_COLLECTOR]
        collector.stop()
        collector.deleteLater()


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
