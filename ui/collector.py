"""Python's cycle collector, run on the GUI thread only.

A Qt object must be destroyed on the thread it lives on; a widget destroyed anywhere else can crash the program.
A closed window whose Python side is part of a reference cycle (a page holding a slot that refers back to it is
enough) is not freed when it closes: it waits for the cycle collector. Left to itself, the collector runs in
whichever thread happens to allocate when a threshold is passed, and in this process that is mostly the agent
service's worker thread, which allocates a great deal during a sync. The window would then be destroyed there.

So the desktop program turns the automatic collector off and collects from a timer on the GUI thread instead,
with the collector's own rule: a generation is collected once its count passes its threshold. A full collection
walks every object, which for a large directory's plan is a lot: it runs at most once in
:data:`FULL_COLLECTION_SPACING` times the time the last one took, so it never takes more than a small share of the
program's time. Worker threads still free everything that is not part of a cycle at once, by reference counting.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks at the collector's counts (ms).
INTERVAL_MS = 250
#: A full collection waits this many times the duration of the last one after it ended.
FULL_COLLECTION_SPACING = 50


def generation_due(counts: tuple[int, int, int], thresholds: tuple[int, int, int], full_allowed: bool) -> int | None:
    """The oldest generation to collect now (0, 1 or 2), or None; the automatic collector's rule."""
    if thresholds[0] <= 0 or counts[0] <= thresholds[0]:
        return None
    if counts[1] <= thresholds[1]:
        return 0
    if counts[2] <= thresholds[2] or not full_allowed:
        return 1
    return 2


class GuiThreadCollector(QObject):
    """Collects reference cycles on the thread that made it (the GUI thread), never anywhere else, while started."""

    def __init__(self, parent: QObject | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled: bool | None = None
        self._full_allowed_at = 0.0

    @property
    def running(self) -> bool:
        return self._was_enabled is not None

    def start(self) -> None:
        if self.running:
            return
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect everything now, on this thread, and hand collection back to the interpreter as it was."""
        if not self.running:
            return
        self._timer.stop()
        # Destroying a collected window can free more cycles (its children's, whose connections only it held).
        for _ in range(10):
            if not gc.collect():
                break
        if self._was_enabled:
            gc.enable()
        self._was_enabled = None

    def collect_due(self) -> int | None:
        generation = generation_due(
            gc.get_count(), gc.get_threshold(), full_allowed=self._clock() >= self._full_allowed_at
        )
        if generation is None:
            return None
        began = self._clock()
        gc.collect(generation)
        if generation == 2:
            ended = self._clock()
            self._full_allowed_at = ended + FULL_COLLECTION_SPACING * (ended - began)
        return generation


def collect_on_gui_thread(parent: QObject) -> GuiThreadCollector:
    """Start collecting cycles on the GUI thread only, for as long as ``parent`` (the application) lives."""
    collector = GuiThreadCollector(parent)
    collector.start()
    return collector
