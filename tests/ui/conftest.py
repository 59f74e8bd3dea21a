"""Shared Qt fixtures for the GUI tests (pytest-qt, offscreen).

- ``qloop``: a qasync loop on the test's QApplication; drive async pages inside
  ``qloop.run_until_complete(scenario())``. (``qtbot.waitSignal`` inside a coroutine raises "Cannot enter into
  task", and clicking an asyncSlot with no running loop raises "no running event loop": hence this pattern.)
- ``signal_emitted(signal, timeout)``: await the next emission of a Qt signal from inside such a coroutine;
  connect it *before* triggering what emits (call it, then trigger, then await the returned future).
- ``wait_until(predicate, timeout)``: await a condition while the loop keeps running.
- ``translations``: a :class:`ui.i18n.Translations` for the test's application, reset to English afterwards.
- ``no_modal_dialogs``: file dialogs and message boxes return at once instead of blocking.
- ``agent_paths``: a private configuration folder and keyring profile; the test fails if its keyring entries
  are not gone at the end (callers that install clean up with ``flow.rollback()`` or by reading them).
- the sandbox tenant and Samba DC fixtures from ``tests/servers/``.
"""

from __future__ import annotations

import asyncio
import gc
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

import app.ldap  # noqa: F401  (imports ldap3 quietly before anything else does)
from app.paths import AgentPaths
from app.secrets import SecretName, SecretStore
from tests import tls_origins
from ui.i18n import Translations


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    # Closing the last window (a cancelled wizard) must not quit the application and stop the loop.
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        # Cancel what the test left behind so no task outlives its loop. Unwinding one task can start another
        # (a page re-rendering on its way out, a signal firing): repeat until the loop has none, because a task
        # left pending when the loop closes never resumes, and a directory connection it just opened is lost.
        for _ in range(20):
            pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
            if not pending:
                break
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.wait(pending, timeout=10))
        stuck = [task for task in asyncio.all_tasks(loop) if not task.done()]
        loop.close()
        asyncio.set_event_loop(None)
        if stuck:
            pytest.fail(f"tasks still running when the test's loop closed: {stuck}", pytrace=False)
        # Collect this test's Qt wrappers now, on the GUI thread and outside any event loop, rather than at a
        # random moment inside the next test's loop. A socket the collector finds unclosed still fails the test,
        # and says where it was opened.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ResourceWarning)
            gc.collect()
        leaks = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
        if leaks:
            pytest.fail("resources left open:\n" + tls_origins.describe_leaks(leaks), pytrace=False)


def signal_emitted(signal: Any, timeout: float = 15.0) -> asyncio.Future[tuple[Any, ...]]:
    """A future resolved with the arguments of the next emission of ``signal`` (connected immediately)."""
    loop = asyncio.get_event_loop()
    future: asyncio.Future[tuple[Any, ...]] = loop.create_future()

    def on_emit(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(on_emit)

    def cleanup(_: asyncio.Future[tuple[Any, ...]]) -> None:
        try:
            signal.disconnect(on_emit)
        except (RuntimeError, TypeError):
            pass

    future.add_done_callback(cleanup)
    handle = loop.call_later(timeout, lambda: future.done() or future.set_exception(TimeoutError(str(signal))))
    future.add_done_callback(lambda _: handle.cancel())
    return future


async def wait_until(predicate: Callable[[], bool], timeout: float = 15.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        await asyncio.sleep(0.02)


async def close_wizard(wizard: Any) -> None:
    """Cancel the wizard (as the Cancel button does) and wait until no page task runs any more."""
    from ui.wizard.base import AsyncPage

    tasks = [p.task() for p in map(wizard.page, wizard.pageIds()) if isinstance(p, AsyncPage) and p.task()]
    if wizard.isVisible():
        wizard.reject()
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=10)


def drive(loop: qasync.QEventLoop, wizard: Any, scenario: Callable[[], Any]) -> None:
    """Run ``scenario()`` on the loop, then close the wizard inside the same running loop (so cancelled
    network tasks finish while the loop still runs, not during widget teardown)."""

    async def run() -> None:
        try:
            await scenario()
        finally:
            await close_wizard(wizard)

    loop.run_until_complete(run())


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> None:
    """The program starts in a language (English unless the machine's is another), which loads English's plural
    forms ("1 user", "2 users"): so do the GUI tests."""
    Translations(qapp).switch("en")


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations(qapp)
    t.switch("en")
    yield t
    t.switch("en")


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))


def keyring_entries(paths: AgentPaths) -> dict[str, str]:
    store = SecretStore(paths.profile)
    found = {}
    for name in SecretName:
        value = store.get(name)
        if value is not None:
            found[name.value] = value
    return found


@pytest.fixture
def agent_paths(tmp_path: Path) -> Iterator[AgentPaths]:
    paths = AgentPaths.resolve(tmp_path / "agent")
    yield paths
    SecretStore(paths.profile).delete_all()
