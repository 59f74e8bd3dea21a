"""The last two pages: a summary of everything (secrets masked), then install and start the agent service.

Install runs the core's transaction (:meth:`app.setup.flow.SetupFlow.install`: configuration file, keyring
entries, registration with the tenant), then starts the agent service in its worker thread through the bridge
and waits, without blocking, for it to report that it runs. Each step shows ✓/✗; a failure shows what to do and
Retry. Cancel (or closing the window) before Finish rolls back: nothing half-written stays behind.
"""

from __future__ import annotations

import asyncio
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.errors import IdentityConnectError
from app.ldap.settings import TransportSecurity
from app.setup.flow import InstallStep, SetupFlow
from ui.widgets.diagnostics import DiagnosticsChecklist, StageStatus
from ui.wizard.base import AsyncPage, MessageLabel

SERVICE_STEP = "start_service"
SERVICE_START_TIMEOUT = 60.0


def step_label(code: str) -> str:
    labels = {
        InstallStep.SAVE_SECRETS.value: QCoreApplication.translate("InstallPage", "Store passwords in the keyring"),
        InstallStep.SAVE_CONFIG.value: QCoreApplication.translate("InstallPage", "Save the configuration"),
        InstallStep.REGISTER.value: QCoreApplication.translate("InstallPage", "Register the agent with your tenant"),
        SERVICE_STEP: QCoreApplication.translate("InstallPage", "Start the agent service"),
    }
    return labels.get(code, code)


class SummaryPage(AsyncPage):
    """The settings as they will be installed, secrets masked; its button installs.

    Its words keep the translation context "ReviewPage", the class's earlier name, which the catalogues
    hold them under (the settings window's ReviewPage shares the context)."""

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self._flow = flow
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.setCommitPage(True)
        self.retranslate_ui()

    def initializePage(self) -> None:
        self._render()

    def rows(self) -> list[tuple[str, str]]:
        state = self._flow.state
        values = self._flow.directory_input()
        security = {
            TransportSecurity.LDAPS: QCoreApplication.translate("ReviewPage", "LDAPS (SSL)"),
            TransportSecurity.STARTTLS: QCoreApplication.translate("ReviewPage", "StartTLS"),
            TransportSecurity.PLAIN: QCoreApplication.translate("ReviewPage", "Unencrypted"),
        }[values.security]
        validation = state.validation
        admin = state.admin
        return [
            (QCoreApplication.translate("ReviewPage", "Organisation"), validation.tenant_name if validation else ""),
            (
                QCoreApplication.translate("ReviewPage", "Tenant address"),
                validation.tenant.tenant_url if validation else "",
            ),
            (
                QCoreApplication.translate("ReviewPage", "Installation key"),
                f"ICK1-…{state.key.key_id}" if state.key else "",
            ),
            (
                QCoreApplication.translate("ReviewPage", "Owner"),
                f"{admin.name or ''} <{admin.email or ''}>" if admin else "",
            ),
            (QCoreApplication.translate("ReviewPage", "Device name"), self._flow.device_name),
            (QCoreApplication.translate("ReviewPage", "Domain"), values.domain),
            (QCoreApplication.translate("ReviewPage", "Domain controllers"), ", ".join(values.domain_controllers)),
            (QCoreApplication.translate("ReviewPage", "Bind account"), values.bind_identity),
            (QCoreApplication.translate("ReviewPage", "Password"), "••••••••" if values.has_password else ""),
            (QCoreApplication.translate("ReviewPage", "Security"), security),
            (
                QCoreApplication.translate("ReviewPage", "CA certificate"),
                str(values.ca_file)
                if values.ca_file
                else QCoreApplication.translate("ReviewPage", "System trust store"),
            ),
            (QCoreApplication.translate("ReviewPage", "Configuration folder"), str(self._flow.paths.config_dir)),
        ]

    def _render(self) -> None:
        cells = "".join(
            f"<tr><td style='padding-right:16px'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in self.rows()
        )
        self.summary.setHtml(f"<table cellspacing='4'>{cells}</table>")

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("ReviewPage", "Review"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ReviewPage", "Check the settings. Use Back to change anything; Install sets the agent up."
            )
        )
        self.summary.setAccessibleName(QCoreApplication.translate("ReviewPage", "Summary of the settings"))
        if self.wizard() is not None and self.wizard().currentPage() is self:
            self._render()


class InstallPage(AsyncPage):
    sig_installed = Signal(object)
    """The agent is installed and its service runs; argument: the running bridge."""

    def __init__(self, flow: SetupFlow, bridge: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("installPage")
        self._flow = flow
        self._bridge = bridge
        self._done = False
        self._installed = False
        self.checklist = DiagnosticsChecklist(self)
        self.checklist.setObjectName("installChecklist")
        self.message = MessageLabel(self, "installMessage")
        self.done_label = QLabel(self)
        self.done_label.setObjectName("installDone")
        self.done_label.setWordWrap(True)
        self.done_label.setVisible(False)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("installRetryButton")
        self.retry_button.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checklist)
        layout.addWidget(self.message)
        layout.addWidget(self.done_label)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retry_button.clicked.connect(self.start)
        self.retranslate_ui()

    def set_bridge(self, bridge: Any) -> None:
        self._bridge = bridge

    def initializePage(self) -> None:
        self.start()

    def isComplete(self) -> bool:
        return self._done

    def finished_ok(self) -> bool:
        return self._done

    def start(self) -> None:
        self.run_task(self._install())

    def abandon(self) -> None:
        """Cancel instead of Finish: stop the service if it was started, remove what the install wrote.
        Only Finish keeps an installation."""
        self.cancel_task()
        if self._bridge is not None and getattr(self._bridge, "running", False):
            self._bridge.stop()
        self._flow.rollback()
        self._installed = False
        self._done = False

    def _step(self, step: str, status: str) -> None:
        mapping = {"running": StageStatus.RUNNING, "passed": StageStatus.PASSED, "failed": StageStatus.FAILED}
        self.checklist.set_stage(step, mapping[status])

    async def _install(self) -> None:
        steps = [s.value for s in InstallStep] + [SERVICE_STEP]
        self.checklist.reset([(code, step_label(code)) for code in steps])
        if self._installed:
            for code in steps[:-1]:
                self.checklist.set_stage(code, StageStatus.PASSED)
        self.retry_button.setVisible(False)
        self.message.show_error(None)
        self.done_label.setVisible(False)
        failed_step = ""
        try:
            if not self._installed:
                await self._flow.install(on_step=lambda s, st: self._step(s.value, st))
                self._installed = True
            failed_step = SERVICE_STEP
            if self._bridge is None:
                # Nothing to start it in (a headless caller): say so rather than tick it.
                self.checklist.set_stage(SERVICE_STEP, StageStatus.SKIPPED)
            else:
                self._step(SERVICE_STEP, "running")
                await self._start_service()
                self._step(SERVICE_STEP, "passed")
        except IdentityConnectError as exc:
            if failed_step:
                self._step(failed_step, "failed")
            self.message.show_error(exc)
            self.retry_button.setVisible(True)
            return
        self._done = True
        self.done_label.setVisible(True)
        self.retranslate_ui()
        self.completeChanged.emit()
        self.sig_installed.emit(self._bridge)

    async def _start_service(self) -> None:
        bridge = self._bridge
        if getattr(bridge, "running", False):
            await bridge.shutdown()
        loop = asyncio.get_running_loop()
        outcome: asyncio.Future[str | None] = loop.create_future()

        def started() -> None:
            if not outcome.done():
                outcome.set_result(None)

        def failed(code: str) -> None:
            if not outcome.done():
                outcome.set_result(code)

        bridge.sig_started.connect(started)
        bridge.sig_error.connect(failed)
        try:
            bridge.start(self._flow.paths)
            code = await asyncio.wait_for(outcome, SERVICE_START_TIMEOUT)
        except TimeoutError:
            code = "service_start_timeout"
        finally:
            bridge.sig_started.disconnect(started)
            bridge.sig_error.disconnect(failed)
        if code is not None:
            raise IdentityConnectError("the agent service did not start", code=code)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Install"))
        self.setSubTitle(self.tr("Saving the settings, registering the agent and starting it."))
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry the installation"))
        self.done_label.setText(
            self.tr(
                "Identity Connect is installed and running. Click Finish; the agent keeps running in the"
                " background and shows its status in the system tray or its status window."
            )
        )
        for code in self.checklist.statuses():
            self.checklist.set_label(code, step_label(code))
