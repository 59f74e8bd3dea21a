"""Build the Windows installer (MSI) from the one-folder bundle, on Linux, with wixl (Debian package wixl).

    python3 packaging/windows/build_msi.py --bundle dist/identity-connect [--output dist/identity-connect-V-x64.msi]

The bundle is the Windows build of ``packaging/identity-connect.spec`` (``identity-connect.exe``,
``identity-connect-agent.exe``, ``identity-connect-service.exe`` and ``_internal/``). ``identity-connect.wxs``
declares the programs, the service, the shortcuts and the properties; every other file of the bundle is listed
here with ``wixl-heat`` into a generated source (component group ``BundleFiles``). The version comes from
``app/__init__.py``, the one place it is written.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE = HERE / "identity-connect.wxs"
#: Declared by name in identity-connect.wxs (shortcuts and the service point at them).
PROGRAMS = ("identity-connect.exe", "identity-connect-agent.exe", "identity-connect-service.exe")
#: Optional features installed only when a property is set (msiexec ... SERVICE=1 AUTOSTART=1): a row of the
#: Condition table brings the feature's level down to 1, as WiX writes <Condition Level="1"> inside a <Feature>,
#: which wixl does not read. Feature conditions (unlike component conditions) never keep a part from being
#: removed on uninstall.
FEATURE_CONDITIONS = {"Service": 'SERVICE = "1"', "Autostart": 'AUTOSTART = "1"'}


def project_version() -> str:
    found = re.search(r'^__version__ = "([^"]+)"$', (ROOT / "app" / "__init__.py").read_text(), re.MULTILINE)
    if not found:
        raise SystemExit("no __version__ in app/__init__.py")
    return found.group(1)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: install the Debian packages wixl and msitools")
    return found


def build(bundle: Path, output: Path, version: str | None = None, timeout: float = 900) -> Path:
    bundle = bundle.resolve()
    missing = [name for name in PROGRAMS if not (bundle / name).is_file()]
    if missing:
        raise SystemExit(f"{bundle} is not a Windows bundle: {', '.join(missing)} missing")
    version = version or project_version()
    files = sorted(str(path) for path in bundle.rglob("*") if path.is_file())
    files = [name for name in files if Path(name).relative_to(bundle).as_posix() not in PROGRAMS]
    with tempfile.TemporaryDirectory() as work:
        fragment = Path(work) / "bundle-files.wxs"
        heat = subprocess.run(
            [_tool("wixl-heat"), "-p", f"{bundle}/", "--directory-ref", "INSTALLDIR"]
            + ["--component-group", "BundleFiles", "--var", "var.BundleDir", "--win64"],
            input="\n".join(files) + "\n",
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
        fragment.write_text(heat.stdout, encoding="utf-8")
        output.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            # wixl resolves sources relative to its working folder (absolute paths are refused).
            [_tool("wixl"), "-a", "x64", "-D", f"Version={version}", "-D", "BundleDir=."]
            + ["-D", "Win64=yes", "-o", str(output.resolve()), str(SOURCE), str(fragment)],
            cwd=bundle,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
        queries = [
            "CREATE TABLE `Condition` (`Feature_` CHAR(38) NOT NULL, `Level` SHORT NOT NULL, `Condition` CHAR(255) "
            "PRIMARY KEY `Feature_`, `Level`)"
        ]
        queries += [
            f"INSERT INTO `Condition` (`Feature_`, `Level`, `Condition`) VALUES ('{feature}', 1, '{condition}')"
            for feature, condition in FEATURE_CONDITIONS.items()
        ]
        for query in queries:
            subprocess.run(
                [_tool("msibuild"), str(output), "-q", query], capture_output=True, text=True, timeout=120, check=True
            )
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, required=True, help="the Windows one-folder bundle")
    parser.add_argument("--output", type=Path, help="the MSI to write (default: next to the bundle)")
    args = parser.parse_args(argv)
    output = args.output or args.bundle.resolve().parent / f"identity-connect-{project_version()}-x64.msi"
    try:
        build(args.bundle, output)
    except subprocess.CalledProcessError as exc:
        print(f"{exc.cmd[0]} failed:\n{exc.stderr}", file=sys.stderr)
        return 1
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
