"""Setup wizard figures: start-up time to the first painted page, and GUI-thread stalls during a directory check.

1. **Start-up**: a fresh process (``python bench/bench_wizard.py --child``) builds the application and the wizard
   exactly as ``identity-connect`` does and reports the wall-clock moment the first page (language) is painted;
   the parent measures from just before it starts the process. Median, min and max of N runs (offscreen
   platform, so no display is needed). The wizard builds its other pages after that paint, importing the
   network stack on a background thread: each run also reports how long after the paint every page existed,
   and the longest gap of a 10 ms QTimer heartbeat on the GUI thread meanwhile (what a user clicking would feel).
2. **GUI stall**: the real directory page runs its diagnostics against a "blackhole" domain controller (a
   loopback listener on port 636 that accepts connections and never answers), while a 10 ms QTimer heartbeat
   records the longest gap between its ticks. A GUI thread that never waits on the network keeps that gap near
   the timer interval; the check itself ends with the TLS stage's timeout.

Run: ``tests/with-keyring .venv/bin/python bench/bench_wizard.py`` (``make bench``). Needs root for port 636.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def child() -> int:
    """Start like ``identity-connect`` would; print the wall-clock time of the first paint of the first page,
    then when every page is built and the longest GUI-thread gap since that paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from app.paths import AgentPaths
    from ui.i18n import Translations
    from ui.main import BRIDGE_MODULES, create_wizard, new_bridge
    from ui.wizard.wizard import Later

    app = QApplication(sys.argv[:1])
    translations = Translations(app)
    translations.switch("en")
    wizard = create_wizard(
        AgentPaths.resolve(tempfile.mkdtemp(prefix="ic-bench-")),
        translations,
        bridge=Later(new_bridge),
        preload=BRIDGE_MODULES,
    )
    gaps: list[float] = []
    last = 0.0

    def beat() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append(now - last)
        last = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            nonlocal last
            if event.type() == QEvent.Type.Paint:
                print(f"painted {time.time():.6f}", flush=True)
                watched.removeEventFilter(self)
                last = time.perf_counter()
                heartbeat.start()
            return False

    def built() -> None:
        print(f"built {time.time():.6f} {max(gaps, default=0.0):.6f}", flush=True)
        QTimer.singleShot(0, app.quit)

    spy = FirstPaint()
    wizard.language_page.installEventFilter(spy)
    wizard.sig_pages_built.connect(built)
    wizard.show()
    return app.exec()


def startup(runs: int) -> tuple[list[float], list[float], list[float]]:
    """Per run: start to first paint, first paint to every page built, longest GUI-thread gap in between."""
    painted_after, built_after, stalls = [], [], []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--child"], capture_output=True, text=True, check=True, cwd=ROOT, timeout=60
        ).stdout
        painted = float(next(line for line in out.splitlines() if line.startswith("painted")).split()[1])
        _, built, stall = next(line for line in out.splitlines() if line.startswith("built")).split()
        painted_after.append(painted - started)
        built_after.append(float(built) - painted)
        stalls.append(float(stall))
    return painted_after, built_after, stalls


def figures(values: list[float]) -> str:
    return (
        f"median {statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}"
    )


class Blackhole:
    """Accepts TCP connections on ip:port and never sends a byte (a hung DC)."""

    def __init__(self, ip: str, port: int) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((ip, port))
        self.sock.listen(16)
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


def stall(timeout: float) -> tuple[float, float, int]:
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.paths import AgentPaths
    from app.setup.flow import SetupFlow
    from tests.servers import loopback
    from ui.wizard.pages_directory import DirectoryPage

    address = loopback.allocate()
    hole = Blackhole(address.ip, 636)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    page = DirectoryPage(SetupFlow(AgentPaths.resolve(tempfile.mkdtemp(prefix="ic-bench-"))))
    page.show()
    form = page.form
    form.domain_edit.setText("zylker.test")
    form.set_domain_controllers([loopback.host_name(address.ip)])
    form.bind_edit.setText("Administrator@ZYLKER.TEST")
    form.password_edit.setText("whatever")
    gaps: list[float] = []
    last = time.perf_counter()

    def beat() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append(now - last)
        last = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)

    async def scenario() -> float:
        nonlocal last
        heartbeat.start()
        last = time.perf_counter()
        started = time.perf_counter()
        page.validatePage()  # starts the staged check, as Next does
        while page.busy():
            await asyncio.sleep(0.05)
            if time.perf_counter() - started > timeout:
                raise TimeoutError("the check did not end")
        heartbeat.stop()
        return time.perf_counter() - started

    try:
        with loop:
            duration = loop.run_until_complete(scenario())
    finally:
        hole.close()
        address.release()
    failed = [code for code, status in page.checklist.statuses().items() if status.value == "failed"]
    print(f"  check ended after {duration:.1f} s at stage {failed} ({page.checklist.detail(failed[0])[:70]}…)")
    return max(gaps), statistics.median(gaps), len(gaps)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--startup-only", action="store_true", help="skip the directory-check stall figure")
    args = parser.parse_args()
    if args.child:
        return child()
    times, built, stalls = startup(args.runs)
    print(f"wizard start-up to first painted page: {figures(times)}, {len(times)} runs, offscreen)")
    print(f"  then every page built: {figures(built)}) after that paint")
    print(f"  longest GUI-thread gap meanwhile (10 ms heartbeat): {figures(stalls)})")
    if args.startup_only:
        return 0
    longest, median_gap, beats = stall(timeout=60)
    print(
        f"longest GUI-thread stall during the directory check against a DC that never answers: "
        f"{longest * 1000:.1f} ms (10 ms heartbeat, median gap {median_gap * 1000:.1f} ms, {beats} beats)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
