"""``identity-connect-agent --self-check``: prove that this agent build can run, without Qt.

The headless counterpart of the GUI's check (``ui/selfcheck.py``), for servers and service accounts where no
GUI runs and for CI against a frozen build: a usable keyring backend (Credential Manager on Windows, Secret
Service on Linux), every subcommand loadable, the time zone database the sync schedule needs (Windows has
none of its own: the ``tzdata`` package must be bundled), the TLS trust store, the bundled licence, and on
Windows the service framework. One line per check; exit status 1 when any fails. The report is for
administrators and build logs, so it is plain English, not translated.
"""

from __future__ import annotations

import importlib
import ssl
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO
from zoneinfo import ZoneInfo

from app import APP_DISPLAY_NAME, __version__
from app.errors import SecretStoreError
from app.resources import licence_path, resource_root
from app.secrets import SecretStore, keyring_backend_name

#: A zone with daylight saving time, so the check proves real rules are loaded, not just UTC.
PROBE_ZONE = "Europe/Berlin"


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class AgentSelfCheck:
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)


def _keyring() -> Check:
    try:
        backend = keyring_backend_name()
    except Exception as exc:  # a broken backend module must be reported, not crash the check
        return Check("keyring", False, f"could not select a backend: {exc}")
    try:
        SecretStore.check_available()
    except SecretStoreError:
        return Check("keyring", False, f"{backend} (not usable: no secret store to keep passwords)")
    return Check("keyring", True, f"{backend} (usable)")


def _commands() -> Check:
    from app.cli import build_parser

    loaded: list[str] = []
    try:
        build_parser(loaded)
    except Exception as exc:  # a command module that does not import is what this check is for
        return Check("commands", False, f"a command failed to load: {type(exc).__name__}: {exc}")
    if not loaded:
        return Check("commands", False, "none found (the program's metadata is missing from this build)")
    return Check("commands", True, " ".join(sorted(loaded)))


def _time_zones() -> Check:
    try:
        zone = ZoneInfo(PROBE_ZONE)
    except Exception as exc:  # ZoneInfoNotFoundError, or a broken tzdata package
        return Check(
            "time zones", False, f"{PROBE_ZONE} not found ({type(exc).__name__}): the tzdata package is missing"
        )
    return Check("time zones", True, f"{zone.key} loaded")


def _tls() -> Check:
    context = ssl.create_default_context()
    stats = context.cert_store_stats()
    detail = f"{ssl.OPENSSL_VERSION}, {stats.get('x509_ca', 0)} trusted CA certificates"
    return Check("TLS", True, detail)


def _licence() -> Check:
    path = licence_path()
    if not path.is_file():
        return Check("licence", False, f"missing: {path} (resources under {resource_root()})")
    return Check("licence", True, str(path))


def _windows_service() -> Check:
    try:
        for module in ("servicemanager", "win32service", "win32serviceutil", "app.service.winservice"):
            importlib.import_module(module)
    except ImportError as exc:
        return Check("service", False, f"the Windows service framework does not load: {exc}")
    from app.service.winservice import SERVICE_NAME

    return Check("service", True, f"pywin32 service framework loaded ({SERVICE_NAME})")


def collect_self_check() -> AgentSelfCheck:
    report = AgentSelfCheck()
    probes: list[Callable[[], Check]] = [_keyring, _commands, _time_zones, _tls, _licence]
    if sys.platform == "win32":
        probes.append(_windows_service)
    report.checks = [probe() for probe in probes]
    return report


def format_report(report: AgentSelfCheck) -> str:
    lines = [f"{APP_DISPLAY_NAME} agent {__version__} self-check"]
    frozen = "frozen build" if getattr(sys, "frozen", False) else "Python " + sys.version.split()[0]
    lines.append(f"  {'running':<12} {frozen} on {sys.platform}")
    for check in report.checks:
        lines.append(f"  {check.name:<12} {'ok  ' if check.ok else 'FAIL'} {check.detail}")
    lines.append("result: " + ("OK" if report.ok else "FAILED"))
    return "\n".join(lines)


def run_self_check(out: TextIO | None = None) -> int:
    """Print the report; 0 when this build can run, 1 when something it needs is missing."""
    report = collect_self_check()
    print(format_report(report), file=out if out is not None else sys.stdout, flush=True)
    return 0 if report.ok else 1
