"""The running agent's face on the desktop: the tray icon and its menu, or the status window where no tray exists.

:func:`show_tray_or_status` is the entry ``ui/main.py`` calls once the agent service runs behind the bridge.
With a system tray (``QSystemTrayIcon.isSystemTrayAvailable()``) the program lives in the tray: the icon shows
the state (connected, syncing, needs attention, disconnected), the menu offers Status…, Sync now, Settings…,
Change ownership…, Change LDAP settings…, View logs… and Quit, and desktop notifications report finished runs
(with counts), a run stopped at the safety threshold, a disconnection and an expired sign-in. Without a tray
(Xvfb, some Linux desktops) the status window opens instead, carries the same actions as buttons, and shows
the notifications inside itself.

Closing a window never quits (``setQuitOnLastWindowClosed(False)``); Quit stops the agent service through the
bridge, waiting without blocking the GUI, then ends the application.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from app import APP_DISPLAY_NAME
from app.paths import AgentPaths
from app.service.events import AgentState, AgentStatus
from ui import errors
from ui.bridge import AgentBridge, AgentNotRunningError
from ui.status.history import summarise_counts
from ui.status.logs import LogViewer
from ui.status.window import StatusWindow, state_icon

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notification:
    """One notification as shown to the admin (kept for the no-tray path and for tests)."""

    kind: str  # run_finished | approval_needed | disconnected | signin_expired | error
    title: str
    message: str


SettingsFactory = Callable[[], Any]


class TrayApp(QObject):
    """Owns the tray icon (when there is a tray), the status window, the log viewer and the settings window."""

    sig_notified = Signal(object)
    """``(notification: Notification)`` — a notification was shown (desktop or in the status window)."""

    sig_finished = Signal()
    """Quit completed: the agent service has stopped and every window is hidden. No arguments."""

    def __init__(
        self,
        bridge: AgentBridge,
        paths: AgentPaths,
        *,
        app: QApplication | None = None,
        use_tray: bool | None = None,
        settings_factory: SettingsFactory | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("trayApp")
        self.bridge = bridge
        self.paths = paths
        self.app = app or QApplication.instance()
        self.use_tray = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self._settings_factory = settings_factory
        self.settings_window: Any = None
        self.log_viewer: LogViewer | None = None
        self.notifications: list[Notification] = []
        self.state = AgentState.STARTING
        self._quitting = False
        #: Whether Quit ends the application itself (QCoreApplication.quit) after sig_finished. A caller that
        #: drives the loop with run_until_complete sets this False and ends on sig_finished instead.
        self.quit_application = True

        self.status_window = StatusWindow(bridge, paths)
        self.status_window.minimize_on_close = not self.use_tray
        self.status_window.sig_sync_now.connect(self.sync_now)
        self.status_window.sig_open_settings.connect(self.open_settings)
        self.status_window.sig_view_logs.connect(self.view_logs)
        self.status_window.sig_quit.connect(self.quit)

        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.action_status = self._action("actionStatus", self.show_status)
        self.action_sync = self._action("actionSyncNow", self.sync_now)
        self.menu.addSeparator()
        self.action_settings = self._action("actionSettings", lambda: self.open_settings(""))
        self.action_owner = self._action("actionChangeOwnership", lambda: self.open_settings("ownership"))
        self.action_ldap = self._action("actionChangeLdap", lambda: self.open_settings("ldap"))
        self.action_logs = self._action("actionViewLogs", self.view_logs)
        self.menu.addSeparator()
        self.action_quit = self._action("actionQuit", self.quit)

        self.tray = QSystemTrayIcon(self)
        self.tray.setObjectName("trayIcon")
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._activated)
        self.tray.messageClicked.connect(self._message_clicked)
        self._last_kind = ""

        bridge.sig_status.connect(self._status_changed)
        bridge.sig_run_finished.connect(self._run_finished)
        bridge.sig_approval_needed.connect(self._approval_needed)
        bridge.sig_disconnected.connect(self._disconnected)
        bridge.sig_signin_expired.connect(self._signin_expired)
        bridge.sig_error.connect(self._service_error)
        bridge.sig_run_started.connect(lambda *_: self._set_state(AgentState.SYNCING))

        self.retranslate_ui()
        self._set_state(bridge.last_status.state if bridge.last_status else AgentState.STARTING)
        if self.app is not None:
            self.app.installEventFilter(self)

    def _action(self, name: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(self.menu)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    # ---------------------------------------------------------------- showing

    def show(self) -> None:
        """Tray icon when there is a tray; otherwise the status window."""
        if self.app is not None:
            QApplication.setQuitOnLastWindowClosed(False)
        if self.use_tray:
            self.tray.show()
        else:
            self.show_status()

    def show_status(self) -> None:
        self.status_window.refresh_runs()
        self.status_window.showNormal()
        self.status_window.raise_()
        self.status_window.activateWindow()

    def open_settings(self, page: str = "") -> Any:
        if not page and (self.settings_window is None or not self.settings_window.isVisible()):
            from ui.settings.window import attention_page

            page = attention_page(self.bridge.last_status)  # e.g. Review while the first sync waits
        if self.settings_window is None:
            factory = self._settings_factory or self._default_settings
            self.settings_window = factory()
        if page == "review":
            self.settings_window.open_page(page, preview=True)  # the waiting run's plan, without a click
        elif page:
            self.settings_window.open_page(page)
        self.settings_window.show()
        self.settings_window.raise_()
        self.settings_window.activateWindow()
        return self.settings_window

    def _default_settings(self) -> Any:
        from ui.settings.window import SettingsWindow

        return SettingsWindow(self.bridge, self.paths)

    def view_logs(self) -> LogViewer:
        if self.log_viewer is None:
            self.log_viewer = LogViewer(self.paths)
        self.log_viewer.show()
        self.log_viewer.raise_()
        asyncio.ensure_future(self.log_viewer.load())
        return self.log_viewer

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_status()

    def _message_clicked(self) -> None:
        if self._last_kind == "approval_needed":
            self.open_settings("review")
        elif self._last_kind in ("signin_expired",):
            self.open_settings("ownership")
        else:
            self.show_status()

    # ---------------------------------------------------------------- commands

    def sync_now(self) -> None:
        try:
            self.bridge.sync_now()
        except AgentNotRunningError as exc:
            message = errors.describe_error(exc)
            self.notify("error", message.title, message.text)

    def quit(self) -> None:
        if self._quitting:
            return
        self._quitting = True
        asyncio.ensure_future(self._quit())

    async def _quit(self) -> None:
        self.tray.hide()
        for window in (self.status_window, self.settings_window, self.log_viewer):
            if window is not None:
                window.hide()
        await self.bridge.shutdown()
        self.sig_finished.emit()
        if self.quit_application:
            QCoreApplication.quit()

    # ---------------------------------------------------------------- events

    def _set_state(self, state: AgentState) -> None:
        self.state = state
        self.tray.setIcon(state_icon(state))
        self.tray.setToolTip(f"{APP_DISPLAY_NAME} — {self._state_words(state)}")
        self.status_window.setWindowIcon(state_icon(state))
        self.action_sync.setEnabled(state not in (AgentState.SYNCING, AgentState.STOPPED))

    def _status_changed(self, status: AgentStatus) -> None:
        state = status.state
        if state in (AgentState.IDLE, AgentState.SYNCING) and not status.connected:
            state = AgentState.DISCONNECTED
        self._set_state(state)

    def _run_finished(self, run_id: str, outcome: str, counts: object, error: str) -> None:
        summary = summarise_counts(counts if isinstance(counts, dict) else {})
        if outcome in ("applied", "no_changes"):
            text = (
                self.tr("Created %1, updated %2, disabled %3, deleted %4.")
                .replace("%1", str(summary["created"]))
                .replace("%2", str(summary["updated"]))
                .replace("%3", str(summary["disabled"]))
                .replace("%4", str(summary["deleted"]))
            )
            if summary["failed"]:
                text += " " + self.tr("%n object(s) failed; see the run in the status window.", "", summary["failed"])
            self.notify("run_finished", self.tr("Sync finished"), text)
        elif outcome == "awaiting_review":
            self.notify(
                "run_finished",
                self.tr("Sync waits for your review"),
                self.tr("Open Settings › Review, choose what to write, then Add and Continue and Finish."),
            )
        elif outcome in ("failed", "aborted"):
            detail = errors.describe(error).text if error else ""
            self.notify("run_finished", self.tr("Sync did not complete"), detail)
        self.status_window.refresh_runs()

    def _approval_needed(self, run_id: str, disables: int, deletes: int) -> None:
        if getattr(self.bridge, "last_approval_reason", "") == "source_not_visible":
            text = self.tr(
                "Managed users are no longer visible to the bind account, and the directory shows no sign they "
                "were deleted. Nothing was changed. Check the bind account's read rights; Settings › Review "
                "names the OUs."
            )
            self.notify("approval_needed", self.tr("Sync waits for approval"), text)
            return
        # Whole sentences, one count each, so every language can say its own plural.
        sentences = [
            self.tr("The sync would disable %n user(s).", "", disables),
            self.tr("It would delete %n user(s).", "", deletes),
            self.tr("That is more than the safety threshold allows."),
            self.tr("Nothing was changed. Approve or reject it in Settings › Review."),
        ]
        text = " ".join(sentences)
        self.notify("approval_needed", self.tr("Sync waits for approval"), text)

    def _disconnected(self, reason: str) -> None:
        self._set_state(AgentState.DISCONNECTED)
        message = errors.describe(reason)
        self.notify("disconnected", self.tr("Disconnected from the tenant"), message.text)

    def _signin_expired(self) -> None:
        message = errors.describe("signin_expired")
        self.notify("signin_expired", message.title, message.text)

    def _service_error(self, code: str) -> None:
        message = errors.describe(code)
        self._set_state(AgentState.ATTENTION)
        self.notify("error", message.title, message.text)

    def notify(self, kind: str, title: str, message: str) -> None:
        note = Notification(kind, title, message)
        self.notifications.append(note)
        self._last_kind = kind
        if self.use_tray and self.tray.isVisible():
            icon = (
                QSystemTrayIcon.MessageIcon.Information
                if kind == "run_finished"
                else QSystemTrayIcon.MessageIcon.Warning
            )
            self.tray.showMessage(title, message, icon, 10_000)
        else:
            self.status_window.show_notice(title, message)
        self.sig_notified.emit(note)

    # ---------------------------------------------------------------- words

    def _state_words(self, state: AgentState) -> str:
        return {
            AgentState.IDLE: self.tr("Connected"),
            AgentState.SYNCING: self.tr("Syncing"),
            AgentState.AWAITING_REVIEW: self.tr("Needs attention"),
            AgentState.AWAITING_APPROVAL: self.tr("Needs attention"),
            AgentState.ATTENTION: self.tr("Needs attention"),
            AgentState.DISCONNECTED: self.tr("Disconnected"),
            AgentState.STOPPED: self.tr("Disconnected"),
            AgentState.STARTING: self.tr("Starting"),
        }[state]

    def retranslate_ui(self) -> None:
        self.action_status.setText(self.tr("&Status…"))
        self.action_sync.setText(self.tr("Sync &now"))
        self.action_settings.setText(self.tr("S&ettings…"))
        self.action_owner.setText(self.tr("Change &ownership…"))
        self.action_ldap.setText(self.tr("Change &LDAP settings…"))
        self.action_logs.setText(self.tr("View &logs…"))
        self.action_quit.setText(self.tr("&Quit"))
        self.menu.setAccessibleName(self.tr("Identity Connect menu"))
        self.tray.setToolTip(f"{APP_DISPLAY_NAME} — {self._state_words(self.state)}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A QObject that is not a widget gets no LanguageChange of its own: follow the application's.
        if watched is self.app and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False


def show_tray_or_status(
    bridge: AgentBridge,
    *,
    paths: AgentPaths,
    app: QApplication | None = None,
    use_tray: bool | None = None,
    settings_factory: SettingsFactory | None = None,
) -> TrayApp:
    """Show the running agent: the tray icon if the desktop has a tray, else the status window.

    Keep the returned object referenced for as long as the program runs.
    """
    tray = TrayApp(bridge, paths, app=app, use_tray=use_tray, settings_factory=settings_factory)
    tray.show()
    return tray
