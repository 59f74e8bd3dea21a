"""Reference cycles are collected on the GUI thread only (:mod:`ui.collector`): a worker thread that allocates a
great deal (the agent service during a sync) never runs the collector, so it never destroys a Qt object."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

import ui.collector
from ui.collector import FULL_COLLECTION_SPACING, GuiThreadCollector, generation_due

pytestmark = pytest.mark.gui


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def allocate_cycles(count: int) -> None:
    for _ in range(count):
        _Cycle()


@pytest.fixture
def collection_threads() -> Iterator[list[int]]:
    """The thread of every collection that starts while the test runs."""
    seen: list[int] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(threading.get_ident())

    gc.callbacks.append(record)
    try:
        yield seen
    finally:
        gc.callbacks.remove(record)


def in_a_worker(work: Any) -> None:
    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join(60)
    assert not worker.is_alive()


def test_left_to_itself_the_collector_runs_in_the_thread_that_allocates(collection_threads: list[int]) -> None:
    """Why the GUI needs its own: with automatic collection, a worker's allocations run the collector there."""
    enabled = gc.isenabled()
    gc.enable()
    try:
        seen_by: list[int] = []
        in_a_worker(lambda: (allocate_cycles(50_000), seen_by.append(threading.get_ident())))
    finally:
        if not enabled:
            gc.disable()
    assert seen_by[0] in collection_threads


def test_a_widget_left_in_a_cycle_is_destroyed_on_the_gui_thread(
    qapp: QApplication, collection_threads: list[int]
) -> None:
    gui = threading.get_ident()
    collector = GuiThreadCollector(qapp)
    collector.start()
    try:
        assert not gc.isenabled()
        destroyed_on: list[int] = []
        window = QWidget()
        window.setObjectName("closed window")
        window.destroyed.connect(lambda: destroyed_on.append(threading.get_ident()), Qt.ConnectionType.DirectConnection)
        window.cycle = window  # type: ignore[attr-defined]  # its Python side now waits for the collector
        del window
        # A worker allocates (and frees) far more than every threshold, as the agent service does during a sync.
        in_a_worker(lambda: allocate_cycles(200_000))
        assert destroyed_on == [] and collection_threads == []
        # (The suite runs a collector of its own for each GUI test, tests/conftest.py: either may collect first.)
        for _ in range(40):
            if destroyed_on:
                break
            allocate_cycles(10_000)
            QTest.qWait(ui.collector.INTERVAL_MS)
        assert destroyed_on == [gui]
    finally:
        collector.stop()
        collector.deleteLater()
    assert collection_threads and set(collection_threads) == {gui}


def test_stop_collects_what_is_left_and_restores_automatic_collection(qapp: QApplication) -> None:
    enabled = gc.isenabled()
    gc.enable()
    try:
        collector = GuiThreadCollector(qapp)
        collector.start()
        assert not gc.isenabled() and collector.running
        collector.start()  # a second start changes nothing
        parent = QObject()
        children = [QObject(parent) for _ in range(3)]
        gone: list[str] = []
        parent.destroyed.connect(lambda: gone.append("parent"))
        parent.me = parent  # type: ignore[attr-defined]
        del parent, children
        collector.stop()
        assert gone == ["parent"] and gc.isenabled() and not collector.running
        collector.stop()
        assert gc.isenabled()
        collector.deleteLater()
    finally:
        if not enabled:
            gc.disable()


def test_the_generation_collected_follows_the_interpreters_thresholds() -> None:
    thresholds = (700, 10, 10)
    assert generation_due((700, 50, 50), thresholds, full_allowed=True) is None
    assert generation_due((701, 10, 50), thresholds, full_allowed=True) == 0
    assert generation_due((701, 11, 10), thresholds, full_allowed=True) == 1
    assert generation_due((701, 11, 11), thresholds, full_allowed=True) == 2
    assert generation_due((701, 11, 11), thresholds, full_allowed=False) == 1
    assert generation_due((10**6, 99, 99), (0, 10, 10), full_allowed=True) is None  # collection switched off


def test_full_collections_are_spaced_by_what_the_last_one_cost(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [100.0]

    def clock() -> float:
        now[0] += 0.5  # each look at the clock: half a second later (a full collection "takes" 0.5 s)
        return now[0]

    collector = GuiThreadCollector(qapp, clock=clock)
    monkeypatch.setattr(ui.collector.gc, "get_count", lambda: (10**6, 10**6, 10**6))
    assert collector.collect_due() == 2
    # The last full collection took 0.5 s: the next waits FULL_COLLECTION_SPACING times that.
    waited = 0.0
    while (generation := collector.collect_due()) == 1:
        waited = now[0] - 101.5
    assert FULL_COLLECTION_SPACING * 0.5 <= waited + 1.0 and generation == 2
    collector.deleteLater()
