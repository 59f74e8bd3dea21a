"""The Windows build for the tests: the one-folder bundle made by PyInstaller on the Windows interpreter, and
the MSI made from it by ``packaging/windows/build_msi.py``.

A PyInstaller build under Wine takes many minutes, so a bundle is kept in the cache folder
(``<cache>/builds/<key>/identity-connect``) while nothing it is made from changes. For the tests the key covers
what decides how the bundle is made: the spec, the launchers, the resources, the names of the docs and
translations, the project's commands (entry points), the Windows environment's key (the pinned versions), the
version, and which modules outside the project ``app/`` and ``ui/`` import (a new library or standard module is
what can break a freeze). Changes inside the project reuse the bundle: the tests of the frozen programs are
about packaging (what is collected, that the programs start, check themselves and install), while the Windows
interpreter and the Linux frozen build run the current code on every run. ``make package-windows`` and
``make package-msi`` key on every byte, so what they hand out is always current.
"""

from __future__ import annotations

import ast
import fcntl
import hashlib
import importlib.metadata as md
import os
import shutil
import tempfile
import time
from pathlib import Path

from tests.windows import winenv
from tests.windows.winenv import REPO, WinePrefix, winpath

SPEC = REPO / "packaging" / "identity-connect.spec"
BUNDLE_NAME = "identity-connect"
KEEP_BUILDS = 2


def _sources() -> list[Path]:
    return sorted(p for folder in ("app", "ui") for p in (REPO / folder).rglob("*.py") if "__pycache__" not in p.parts)


def _packaging_inputs() -> list[Path]:
    files = [SPEC, REPO / "app" / "__init__.py"]
    files += sorted((REPO / "packaging" / "launchers").glob("*.py"))
    files.append(REPO / "packaging" / "windows" / "identity-connect-service.py")
    files += sorted(p for p in (REPO / "resources").rglob("*") if p.is_file())
    return files


def _named_only() -> list[Path]:
    """Files the bundle carries whose content the tests do not depend on: docs, compiled translations."""
    return sorted(p for p in (REPO / "docs").rglob("*") if p.is_file()) + sorted((REPO / "translations").glob("*.qm"))


def _outside_imports(sources: list[Path]) -> bytes:
    """The modules outside the project that its sources import, wherever in them (PyInstaller follows them all)."""
    names: set[str] = set()
    for source in sources:
        try:
            tree = ast.parse(source.read_bytes())
        except SyntaxError:
            names.add(f"<unparsable {source.relative_to(REPO)}>")
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
    return "\n".join(sorted(n for n in names if n.split(".")[0] not in ("app", "ui"))).encode()


def bundle_key(exact: bool = False) -> str:
    """The cache key of a bundle; ``exact`` covers every byte of what it is made from (for release builds)."""
    digest = hashlib.sha256(f"{winenv.environment_key()}|{exact}".encode())
    digest.update((md.distribution(winenv.DIST_NAME).read_text("entry_points.txt") or "").encode())
    for path in _packaging_inputs() + (_sources() + _named_only() if exact else []):
        digest.update(str(path.relative_to(REPO)).encode() + b"\0" + path.read_bytes() + b"\0")
    if not exact:
        digest.update(_outside_imports(_sources()))
        digest.update("\n".join(str(p.relative_to(REPO)) for p in _named_only()).encode())
    return digest.hexdigest()[:16]


def build_bundle(prefix: WinePrefix, log: winenv.Log = print, *, exact: bool = False) -> tuple[Path, float | None]:
    """The Windows bundle for the current sources: (folder, seconds the build took, or None if cached)."""
    builds = winenv.cache_root() / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    key = bundle_key(exact)
    target = builds / key
    with open(builds / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (target / "ready").is_file():
            (target / "ready").touch()  # most recently used
            return target / BUNDLE_NAME, None
        started = time.monotonic()
        work = builds / f"building-{key}"
        shutil.rmtree(work, ignore_errors=True)
        log("building the Windows bundle with PyInstaller under Wine")
        done = prefix.run(
            prefix.python_cmd(
                "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", winpath(work / "dist"),
                "--workpath", winpath(work / "work"), winpath(SPEC),
            ),
            cwd=REPO,
            timeout=4200,
        )  # fmt: skip
        if done.returncode != 0:
            shutil.rmtree(work, ignore_errors=True)
            raise AssertionError(
                f"PyInstaller failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}"
            )
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()
        (work / "dist" / BUNDLE_NAME).rename(target / BUNDLE_NAME)
        shutil.rmtree(work, ignore_errors=True)
        seconds = time.monotonic() - started
        (target / "ready").write_text(f"{seconds:.1f}\n")
        # Older bundles: keep the most recently used few (two checkouts may alternate).
        ready = sorted(builds.glob("*/ready"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in ready[KEEP_BUILDS:]:
            shutil.rmtree(stale.parent, ignore_errors=True)
        return target / BUNDLE_NAME, seconds


def build_msi(bundle: Path, version: str) -> tuple[Path, float | None]:
    """The MSI made from ``bundle`` by ``packaging/windows/build_msi.py``, kept next to the cached bundle while
    neither the WiX source nor the build script changes: (path, seconds the build took, or None if cached)."""
    import subprocess
    import sys

    script = REPO / "packaging" / "windows" / "build_msi.py"
    digest = hashlib.sha256()
    for source in (script, REPO / "packaging" / "windows" / "identity-connect.wxs"):
        digest.update(source.read_bytes())
    msi = bundle.parent / f"msi-{digest.hexdigest()[:12]}" / f"identity-connect-{version}-x64.msi"
    with open(bundle.parent / ".msi-lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if msi.is_file():
            return msi, None
        started = time.monotonic()
        partial = msi.with_suffix(".partial")
        built = subprocess.run(
            [sys.executable, str(script), "--bundle", str(bundle), "--output", str(partial)],
            capture_output=True,
            text=True,
            timeout=1200,
        )
        if built.returncode != 0:
            partial.unlink(missing_ok=True)
            raise AssertionError(f"build_msi.py failed ({built.returncode}):\n{built.stderr[-4000:]}")
        partial.rename(msi)
        return msi, time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    """``make package-windows`` / ``make package-msi``: copy the (cached) Windows bundle and its MSI to dist/."""
    import argparse
    import subprocess
    import sys

    parser = argparse.ArgumentParser(description="Build the Windows bundle under Wine, and optionally the MSI.")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where to put the results")
    parser.add_argument("--msi", action="store_true", help="also build the MSI installer")
    args = parser.parse_args(argv)
    python = winenv.prepare()
    prefixes = winenv.cache_root() / "prefixes"
    winenv.remove_stale_prefixes(prefixes)
    work = Path(tempfile.mkdtemp(prefix="identity-connect-windows-"))
    prefix = WinePrefix(python, prefixes / f"build-{os.getpid()}", [REPO, winenv.write_project_metadata(work)])
    try:
        prefix.start()
        bundle, _ = build_bundle(prefix, exact=True)
    finally:
        prefix.stop()
        shutil.rmtree(prefix.folder, ignore_errors=True)
        prefix.folder.with_name(prefix.folder.name + ".owner").unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    target = args.dist / "windows" / BUNDLE_NAME
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(bundle, target)
    print(target)
    if args.msi:
        built = subprocess.run(
            [sys.executable, str(REPO / "packaging" / "windows" / "build_msi.py"), "--bundle", str(target)]
            + ["--output", str(args.dist / f"identity-connect-{_version()}-x64.msi")],
            timeout=900,
        )
        return built.returncode
    return 0


def _version() -> str:
    from app import __version__

    return __version__


if __name__ == "__main__":
    raise SystemExit(main())
