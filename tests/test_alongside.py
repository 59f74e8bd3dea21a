"""tests/alongside.py: marked tests run in a second process and keep their outcomes in this one's report."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CONFTEST = 'pytest_plugins = ["tests.alongside"]\n'

TESTS = textwrap.dedent(
    """
    import os
    from pathlib import Path

    import pytest

    PIDS = Path(os.environ["PIDS"])


    def note(name):
        with PIDS.open("a") as f:
            f.write(f"{name} {os.getpid()} {os.nice(0)}\\n")


    def test_here():
        note("here")


    @pytest.mark.alongside
    def test_passes():
        note("passes")


    @pytest.mark.alongside
    def test_fails():
        note("fails")
        assert 6 * 7 == 41, "the answer was not forty-one"


    @pytest.mark.alongside
    def test_skips():
        pytest.skip("nothing to do on this machine")
    """
)

CRASHES = textwrap.dedent(
    """
    import os

    import pytest


    @pytest.mark.alongside
    def test_crashes():
        print("about to die", flush=True)
        os.abort()


    @pytest.mark.alongside
    def test_after_the_crash():
        pass
    """
)


def run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    (folder / "tmp").mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PIDS": str(folder / "pids.txt"), "TMPDIR": str(folder / "tmp")}
    env.pop("IDENTITY_CONNECT_TEST_ALONGSIDE_RESULTS", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "--rootdir", str(folder), *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def noted(folder: Path) -> dict[str, tuple[str, int]]:
    """Each test's process id and niceness."""
    lines = (folder / "pids.txt").read_text().splitlines()
    return {name: (pid, int(nice)) for name, pid, nice in map(str.split, lines)}


def test_marked_tests_run_in_a_second_process_and_report_here(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_some.py").write_text(TESTS)
    done = run(tmp_path)
    out = done.stdout
    assert done.returncode == 1, out
    assert "1 failed, 2 passed, 1 skipped" in out, out
    # The failure's own words, from the second process.
    assert "FAILED test_some.py::test_fails" in out and "the answer was not forty-one" in out, out
    assert "SKIPPED" in out and "nothing to do on this machine" in out, out
    seen = noted(tmp_path)
    assert seen["passes"][0] == seen["fails"][0] != seen["here"][0]
    assert seen["passes"][1] == min(seen["here"][1] + 10, 19)  # below the session's priority
    assert not list((tmp_path / "tmp").glob("ic-alongside-*"))  # its folder is gone with the session


def test_a_second_process_that_dies_fails_what_it_did_not_report(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_some.py").write_text(TESTS)
    (tmp_path / "test_crash.py").write_text(CRASHES)
    done = run(tmp_path)
    out = done.stdout
    assert "FAILED test_crash.py::test_crashes" in out and "FAILED test_crash.py::test_after_the_crash" in out, out
    assert "the second test process ended (exit -6) without reporting this test" in out, out
    assert "about to die" in out or "Fatal Python error: Aborted" in out, out
    # The process died at its first test: the tests after it never ran, so they fail too; the unmarked test
    # ran here.
    assert "5 failed, 1 passed" in out, out


def test_only_marked_tests_selected_run_here(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_some.py").write_text(TESTS)
    done = run(tmp_path, "-m", "alongside")
    assert "1 failed, 1 passed, 1 skipped" in done.stdout, done.stdout
    seen = noted(tmp_path)
    assert seen["passes"][0] == seen["fails"][0] and "here" not in seen
    assert "the answer was not forty-one" in done.stdout
