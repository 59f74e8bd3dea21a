"""The agent as a Windows service: ``identity-connect-agent service``, started by the Service Control Manager.

The program speaks the Windows service protocol itself, through pywin32's service framework: it connects to
the SCM's dispatcher, reports "running", runs the same :class:`~app.service.agent.AgentService` as ``run``
on the service's thread, and on Stop (or a system shutdown) asks it to stop gracefully (the current apply
finishes its step and checkpoints) before reporting "stopped". The MSI registers it (``SERVICE=1``) as
``IdentityConnectAgent`` with the program ``identity-connect-service.exe``; no wrapper program is involved.

The service runs as LocalSystem unless the installer or ``sc.exe config`` gives it another account; its
configuration, state and logs are that account's (``--config-dir`` in the service's command line chooses a
folder instead), and so is the Credential Manager holding its secrets. Started outside the SCM, the command
says so and exits with status 2; ``identity-connect-agent run`` is the console equivalent.

pywin32 exists only on Windows, so its modules are imported only there: elsewhere the command is not offered.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import threading
from typing import Any

from app.errors import IdentityConnectError
from app.paths import AgentPaths

SERVICE_NAME = "IdentityConnectAgent"
SERVICE_DISPLAY_NAME = "Identity Connect agent"
SERVICE_DESCRIPTION = "Keeps the cloud identity directory in step with Active Directory (Identity Connect)."
#: How long the SCM is told to wait for a graceful stop: an apply finishes its current step first.
STOP_WAIT_MS = 60_000
#: Win32 error: the program was not started by the Service Control Manager.
ERROR_FAILED_SERVICE_CONTROLLER_CONNECT = 1063
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    """Entry point of the ``service`` command: offered on Windows only."""
    if sys.platform != "win32":
        return
    parser = subparsers.add_parser(
        "service",
        help="run as the Windows service (started by the Service Control Manager, not by hand)",
        description="The agent as a Windows service. Installed by the MSI (SERVICE=1); use 'run' in a console.",
    )
    parser.set_defaults(func=cmd_service)


def main(argv: list[str] | None = None) -> int:
    """``identity-connect-service.exe``: the service program, with the options of its command line.

    The SCM waits only briefly (30 s by default) for a starting service to connect, so this goes straight to the
    dispatcher; the agent's heavier modules are imported on the service's thread once it reports "running".
    """
    parser = argparse.ArgumentParser(prog="identity-connect-service", description=SERVICE_DESCRIPTION)
    parser.add_argument("--config-dir", metavar="DIR", help="the agent's configuration, state and logs folder")
    return cmd_service(parser.parse_args(argv))


def cmd_service(args: argparse.Namespace) -> int:
    if sys.platform != "win32":
        print("The 'service' command exists on Windows only; use 'run' (or the systemd unit).", file=sys.stderr)
        return EXIT_USAGE
    return _dispatch(getattr(args, "config_dir", None))


class _ServiceRun:
    """The agent's run inside the service, and a thread-safe way to stop it from the SCM's handler thread."""

    def __init__(self, config_dir: str | None) -> None:
        self.config_dir = config_dir
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._stopping = False
        #: Why the run ended early, in words, for the Windows event log.
        self.failure = ""

    def run(self) -> int:
        """Run the agent until :meth:`request_stop`; the exit status says whether it ran at all."""
        from app.messages import describe
        from app.service.agent import AgentService
        from app.service.cli import _log_event, _setup_logging

        paths = AgentPaths.resolve(self.config_dir)
        _setup_logging(paths, console=False)
        service = AgentService(paths, on_event=_log_event)

        async def serve() -> None:
            with self._lock:
                self._loop = asyncio.get_running_loop()
                self._stop = asyncio.Event()
                if self._stopping:
                    return
            stop = self._stop
            runner = asyncio.create_task(service.run())
            stopper = asyncio.create_task(stop.wait())
            done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if runner not in done:
                await service.stop()
            await runner
            stopper.cancel()

        try:
            asyncio.run(serve())
        except IdentityConnectError as exc:
            log.error("the service stopped: %s", describe(exc))
            self.failure = describe(exc)
            return EXIT_FAILED
        log.info("the service stopped")
        return EXIT_OK

    def request_stop(self) -> None:
        with self._lock:
            self._stopping = True
            loop, stop = self._loop, self._stop
        if loop is not None and stop is not None:
            loop.call_soon_threadsafe(stop.set)


if sys.platform == "win32":
    import pywintypes
    import servicemanager
    import win32service
    import win32serviceutil

    class AgentWindowsService(win32serviceutil.ServiceFramework):
        """pywin32's framework calls SvcDoRun on the service thread and SvcStop/SvcShutdown on the handler's."""

        _svc_name_ = SERVICE_NAME
        _svc_display_name_ = SERVICE_DISPLAY_NAME
        _svc_description_ = SERVICE_DESCRIPTION
        #: Set before the dispatcher starts: the command line's --config-dir, if any.
        config_dir: str | None = None

        def __init__(self, args: Any) -> None:
            super().__init__(args)
            self._run = _ServiceRun(self.config_dir)

        def GetAcceptedControls(self) -> int:
            return win32service.SERVICE_ACCEPT_STOP | win32service.SERVICE_ACCEPT_SHUTDOWN

        def SvcDoRun(self) -> None:
            servicemanager.LogInfoMsg(f"{SERVICE_DISPLAY_NAME} started")
            if self._run.run() != EXIT_OK:
                servicemanager.LogErrorMsg(f"{SERVICE_DISPLAY_NAME} stopped: {self._run.failure}")

        def SvcStop(self) -> None:
            self.ReportServiceStatus(win32service.SERVICE_STOP_PENDING, waitHint=STOP_WAIT_MS)
            self._run.request_stop()

        def SvcShutdown(self) -> None:
            self.SvcStop()

    def _dispatch(config_dir: str | None) -> int:
        AgentWindowsService.config_dir = config_dir
        servicemanager.Initialize()
        servicemanager.PrepareToHostSingle(AgentWindowsService)
        try:
            servicemanager.StartServiceCtrlDispatcher()  # type: ignore[no-untyped-call]  # untyped in the stubs
        except pywintypes.error as exc:
            if exc.winerror != ERROR_FAILED_SERVICE_CONTROLLER_CONNECT:
                raise
            print(
                "This command is started by the Windows Service Control Manager (service "
                f"{SERVICE_NAME}). To run the agent in this console, use 'identity-connect-agent run'.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        return EXIT_OK

else:

    def _dispatch(config_dir: str | None) -> int:
        raise NotImplementedError("Windows only")
