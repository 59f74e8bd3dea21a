"""Tests marked ``alongside`` run in a second pytest process, started when collection ends, while this one runs the
rest.

They are the property tests and the walk over the source for error codes: minutes of CPU (hypothesis's drawing, the
AST walk) and no server at all, while much of the session waits on its servers (Samba, slapd, Wine) with a core to
spare. Run in the same process, they add their whole time (about 4 minutes) to the suite's. The second process
runs at a lower priority, so it takes the idle core rather than time from a test here that waits on a deadline.

Nothing about a test changes but the process it runs in. Each marked test is still an item of this session, moved to
its end: the item waits for the second process's outcome for that test and reports it (a failure with its text)
instead of calling the test function here. Its fixtures are still set up here. A second process that dies or
hangs fails the tests it has not reported, with the end of its output. Selecting only marked tests
(``pytest tests/property``) runs them here, as before, since there is nothing to run alongside.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

MARKER = "alongside"
#: Set in the second process: it runs its tests itself and writes their outcomes to this file.
ENV_RESULTS = "IDENTITY_CONNECT_TEST_ALONGSIDE_RESULTS"
#: The longest an item waits for the second process to report it (each test's own timeout bounds it there).
WAIT = 1800.0


class _Alongside:
    def __init__(self, nodeids: list[str], root: Path) -> None:
        self.nodeids = set(nodeids)
        # Their files, in order (a node id with parameters need not survive a command line); the second process
        # runs them in the order this one waits for them.
        files = list(dict.fromkeys(nodeid.split("::", 1)[0] for nodeid in nodeids))
        self.folder = Path(tempfile.mkdtemp(prefix="ic-alongside-"))
        self.results = self.folder / "results.jsonl"
        self.output = self.folder / "output.txt"
        (self.folder / "selected.txt").write_text("\n".join(nodeids) + "\n", encoding="utf-8")
        env = {**os.environ, ENV_RESULTS: str(self.results)}
        with self.output.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *files],
                cwd=root,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        if hasattr(os, "setpriority"):
            # Below this session's priority: it takes the core this session leaves idle, not the time of a test
            # here that waits on a deadline.
            os.setpriority(os.PRIO_PROCESS, self.process.pid, 10)
        self._seen: dict[str, dict[str, Any]] = {}
        self._read_up_to = 0

    def _read(self) -> None:
        if not self.results.exists():
            return
        with self.results.open("rb") as f:
            f.seek(self._read_up_to)
            data = f.read()
        complete = data[: data.rfind(b"\n") + 1]
        self._read_up_to += len(complete)
        for line in complete.splitlines():
            report = json.loads(line)
            known = self._seen.setdefault(report["nodeid"], {})
            known[report["when"]] = report

    def outcome(self, nodeid: str) -> dict[str, Any] | None:
        """The test's reports (setup, call, teardown) once its teardown is reported; None if the process ended
        without it."""
        deadline = time.monotonic() + WAIT
        while True:
            ended = self.process.poll() is not None  # looked at before reading, so its last lines are read
            self._read()
            reports = self._seen.get(nodeid, {})
            if "teardown" in reports:
                return reports
            if ended:
                return None
            if time.monotonic() > deadline:
                self.stop()
                return None
            time.sleep(0.2)

    def tail(self, lines: int = 60) -> str:
        try:
            text = self.output.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


_RUN: list[_Alongside] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In the second process: exactly the tests the first one handed over, none of their neighbours."""
    results = os.environ.get(ENV_RESULTS)
    if not results:
        return
    handed = set((Path(results).parent / "selected.txt").read_text(encoding="utf-8").splitlines())
    kept = [item for item in items if item.nodeid in handed]
    config.hook.pytest_deselected(items=[item for item in items if item.nodeid not in handed])
    items[:] = kept


def pytest_collection_finish(session: pytest.Session) -> None:
    if session.config.option.collectonly or os.environ.get(ENV_RESULTS):
        return
    marked = [item for item in session.items if item.get_closest_marker(MARKER)]
    if not marked or len(marked) == len(session.items):
        return
    # Last in this session, so their items wait as little as possible for the second process.
    rest = [item for item in session.items if not item.get_closest_marker(MARKER)]
    session.items[:] = rest + marked
    _RUN.append(_Alongside([item.nodeid for item in marked], session.config.rootpath))


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    if not _RUN or pyfuncitem.nodeid not in _RUN[0].nodeids:
        return None
    run = _RUN[0]
    reports = run.outcome(pyfuncitem.nodeid)
    if reports is None:
        pytest.fail(
            f"the second test process ended (exit {run.process.returncode}) without reporting this test; "
            f"its output ends:\n{run.tail()}",
            pytrace=False,
        )
    for when in ("setup", "call", "teardown"):
        report = reports.get(when)
        if report is None:
            continue
        if report["outcome"] == "skipped":
            pytest.skip(report["text"] or "skipped in the second test process")
        if report["outcome"] == "failed":
            pytest.fail(f"failed in the second test process ({when}):\n{report['text']}", pytrace=False)
    return True


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    path = os.environ.get(ENV_RESULTS)
    if not path:
        return
    if report.skipped and isinstance(report.longrepr, tuple):
        text = str(report.longrepr[2])
    else:
        text = report.longreprtext
    line = json.dumps({"nodeid": report.nodeid, "when": report.when, "outcome": report.outcome, "text": text})
    with open(path, "a", encoding="utf-8") as f:
        f.write(line + "\n")


def pytest_sessionfinish(session: pytest.Session) -> None:
    for run in _RUN:
        run.stop()
        shutil.rmtree(run.folder, ignore_errors=True)
    _RUN.clear()
