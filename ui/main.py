"""``identity-connect``: the desktop program's entry point.

No configuration yet → the setup wizard; configured → the tray app (or the status window where there is no
tray). ``--version`` and ``--self-check`` work without a display. Without a display at all, it says so and
points to the headless setup (``identity-connect-agent setup``) instead of letting Qt abort.

The Qt event loop is a qasync loop, so wizard pages await network calls on the GUI thread without blocking it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from app import APP_DISPLAY_NAME, __version__
from app.paths import AgentPaths
from app.private_files import restrict_umask

ENV_INSTALLATION_KEY = "IDENTITY_CONNECT_INSTALLATION_KEY"
ENV_TENANT_CA_FILE = "IDENTITY_CONNECT_TENANT_CA_FILE"
# Pre-filled directory connection for the wizard (the ``make run`` demo): JSON with domain, domain_controllers,
# bind_identity, password, ca_file. Read once and removed from the environment, so no child process sees it.
ENV_DIRECTORY_DEFAULTS = "IDENTITY_CONNECT_DIRECTORY_DEFAULTS"
HEADLESS_HINT = (
    "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the setup window cannot open.\n"
    "On a server without a desktop, set the agent up in the terminal instead:\n\n"
    "    identity-connect-agent setup\n\n"
    "(run 'identity-connect-agent setup --help' for the options to script it). A server without a desktop\n"
    "keyring gives the agent one of its own: 'identity-connect-agent keyring-session --password-file FILE setup'\n"
    "(see 'Keyring on a headless Linux server' in the admin guide)."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="identity-connect", description=f"{APP_DISPLAY_NAME} setup and tray app")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--self-check", action="store_true", help="check that this installation can run, and exit")
    parser.add_argument("--config-dir", metavar="DIR", help="keep this agent's configuration, state and logs in DIR")
    parser.add_argument(
        "--installation-key", metavar="KEY", default=os.environ.get(ENV_INSTALLATION_KEY, ""), help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--tenant-ca-file",
        metavar="FILE",
        default=os.environ.get(ENV_TENANT_CA_FILE) or None,
        help="trust this CA for the tenant's HTTPS certificate (private or test tenants)",
    )
    parser.add_argument("--language", metavar="CODE", help="start in this language (en, de, fr, es, ja, zh_CN)")
    return parser


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def licence() -> tuple[str, str]:
    from app import resources

    return resources.licence_text(), resources.LICENCE_URL


def directory_defaults_from_env() -> Any:
    """The wizard's pre-filled directory form (a ``DirectoryInput``), or None; editable like any input."""
    return directory_defaults_from(os.environ.pop(ENV_DIRECTORY_DEFAULTS, ""))


def directory_defaults_from(raw: str) -> Any:
    """:func:`directory_defaults_from_env` for the variable's value, once taken from the environment."""
    if not raw:
        return None
    from pathlib import Path

    from app.setup.directory import DirectoryInput

    try:
        data = json.loads(raw)
        ca_file = data.get("ca_file")
        return DirectoryInput(
            domain=str(data.get("domain", "")),
            domain_controllers=[str(h) for h in data.get("domain_controllers", [])],
            bind_identity=str(data.get("bind_identity", "")),
            password=str(data.get("password", "")),
            ca_file=Path(ca_file) if ca_file else None,
        )
    except (ValueError, TypeError, AttributeError):
        print(f"Ignoring {ENV_DIRECTORY_DEFAULTS}: not the expected JSON object.", file=sys.stderr)
        return None


#: What :func:`new_bridge` imports: the wizard imports it in the background after its first paint.
BRIDGE_MODULES = ("ui.bridge",)


def new_bridge() -> Any:
    """The bridge the agent service runs behind (importing it brings in the service, hence the network stack)."""
    from ui.bridge import AgentBridge

    return AgentBridge()


def create_wizard(
    paths: AgentPaths,
    translations: Any,
    *,
    installation_key: str = "",
    tenant_ca_file: str | None = None,
    bridge: Any = None,
    directory_defaults: Any = None,
    preload: Sequence[str] = (),
) -> Any:
    """The wizard with its real services (also used by the screenshot script and the benchmark).

    The setup flow is made, and its modules (the network stack) imported, only after the first page is
    painted; ``bridge`` and ``directory_defaults`` may be :class:`ui.wizard.wizard.Later` too, with
    ``preload`` naming the modules they need (see :class:`ui.wizard.wizard.SetupWizard`)."""
    from ui.wizard.wizard import Later, SetupWizard

    def new_flow() -> Any:
        from app.cloud.http import HttpSettings
        from app.setup.flow import SetupFlow

        http = HttpSettings(verify=tenant_ca_file) if tenant_ca_file else HttpSettings()
        return SetupFlow(paths, http=http)

    text, url = licence()
    return SetupWizard(
        Later(new_flow),
        translations,
        licence_text=text,
        licence_url=url,
        bridge=bridge,
        installation_key=installation_key,
        directory_defaults=directory_defaults,
        preload=preload,
    )


def _show_running_agent(bridge: Any, paths: AgentPaths, app: Any, done: asyncio.Event) -> Any:
    """Hand over to the tray app (or the status window where there is no tray); Quit there ends ``done``."""
    from ui.tray.app import show_tray_or_status

    tray = show_tray_or_status(bridge, paths=paths, app=app)
    # main() drives the loop with run_until_complete: Quit must end that wait, not QCoreApplication itself.
    tray.quit_application = False
    tray.sig_finished.connect(done.set)
    return tray


def main(argv: Sequence[str] | None = None) -> int:
    restrict_umask()  # everything this process creates (config, state, logs, SQLite files) is private
    args = build_parser().parse_args(argv)
    if args.version:
        print(f"{APP_DISPLAY_NAME} {__version__}")
        return 0
    if args.self_check:
        from ui.selfcheck import run_self_check

        return int(run_self_check())
    if not has_display():
        print(HEADLESS_HINT, file=sys.stderr)
        return 3

    import qasync
    from PySide6.QtWidgets import QApplication

    from ui.collector import collect_on_gui_thread
    from ui.i18n import Translations, system_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Cycles are collected on this thread only, so a closed window is never destroyed by the worker thread.
    collector = collect_on_gui_thread(app)
    app.setApplicationName("identity-connect")
    QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    QApplication.setQuitOnLastWindowClosed(False)
    translations = Translations(app)
    translations.switch(args.language or system_language())
    paths = AgentPaths.resolve(args.config_dir)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    keep: list[Any] = []
    done = asyncio.Event()
    bridge: Any = None
    wizard: Any = None

    if paths.config_file.exists():
        bridge = new_bridge()
        bridge.start(paths)
        keep.append(_show_running_agent(bridge, paths, app, done))
    else:
        # The wizard paints its first page before anything of the network stack is imported: the flow, the
        # bridge and the demo's directory form are made once that page is on screen.
        from ui.wizard.wizard import Later

        raw_defaults = os.environ.pop(ENV_DIRECTORY_DEFAULTS, "")
        wizard = create_wizard(
            paths,
            translations,
            installation_key=args.installation_key,
            tenant_ca_file=args.tenant_ca_file,
            bridge=Later(new_bridge),
            directory_defaults=Later(lambda: directory_defaults_from(raw_defaults)) if raw_defaults else None,
            preload=BRIDGE_MODULES,
        )
        keep.append(wizard)

        def finished(result: int) -> None:
            if wizard.agent_installed():
                keep.append(_show_running_agent(wizard.bridge, paths, app, done))
                return
            done.set()

        wizard.finished.connect(finished)
        wizard.show()

    # Only the tray's Quit (or the wizard closing without an installed agent) ends the program: closing the
    # last window while the agent runs leaves it running in the tray.
    app.aboutToQuit.connect(done.set)
    with loop:
        loop.run_until_complete(done.wait())
        if wizard is not None:
            bridge = wizard.bridge
        if bridge is not None and bridge.running:
            loop.run_until_complete(bridge.shutdown())
    collector.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
