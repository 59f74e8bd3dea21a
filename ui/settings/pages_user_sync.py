"""Settings page User sync settings: the rules a sync applies to users.

Password notifications, welcome mail, status sync, what happens when a user leaves the selected OUs, and
deletion propagation. The model's dependency is enforced visibly: with status sync "Do nothing", "when a user
leaves the selected OUs" is disabled, set to "Do nothing", and the reason is shown. Turning deletion
propagation on shows the data-loss warning and needs an explicit confirmation tick.
"""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import admin
from app.errors import IdentityConnectError
from app.sync.settings import (
    LeaveScope,
    PasswordNotification,
    StatusSync,
    SyncSettings,
)
from ui.settings.base import PageMessage, SettingsContext, SettingsPage, combo_box, select_data


class ConfirmationNeededError(IdentityConnectError):
    code = "deletion_needs_confirmation"


class UserSyncPage(SettingsPage):
    page_id = "user_sync"
    affects_sync = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userSyncPage")
        self._saved: SyncSettings | None = None
        self.notifications_box = QGroupBox(self)
        self.password_notification = combo_box(self, "passwordNotification", [p.value for p in PasswordNotification])
        self.welcome_mail = QCheckBox(self)
        self.welcome_mail.setObjectName("welcomeMail")
        # Said only when the tenant does not advertise the header these options ride on.
        self.notification_support = QLabel(self)
        self.notification_support.setObjectName("notificationSupport")
        self.notification_support.setWordWrap(True)
        self.notification_support.setVisible(False)
        self._supported: bool | None = None
        self._support_task: asyncio.Task[None] | None = None
        self.rules_box = QGroupBox(self)
        self.status_sync = combo_box(self, "statusSync", [s.value for s in StatusSync])
        self.leave_scope = combo_box(self, "leaveScope", [s.value for s in LeaveScope])
        self.leave_scope_reason = QLabel(self)
        self.leave_scope_reason.setObjectName("leaveScopeReason")
        self.leave_scope_reason.setWordWrap(True)
        self.deletion_box = QGroupBox(self)
        self.propagate_deletions = QCheckBox(self)
        self.propagate_deletions.setObjectName("propagateDeletions")
        self.deletion_warning = QLabel(self)
        self.deletion_warning.setObjectName("deletionWarning")
        self.deletion_warning.setWordWrap(True)
        self.deletion_warning.setStyleSheet("color: #b00020;")
        self.confirm_deletion = QCheckBox(self)
        self.confirm_deletion.setObjectName("confirmDeletion")
        self.message = PageMessage(self, "userSyncMessage")

        self._labels = [QLabel(self) for _ in range(4)]
        notif = QFormLayout(self.notifications_box)
        notif.addRow(self._labels[0], self.password_notification)
        notif.addRow("", self.welcome_mail)
        notif.addRow("", self.notification_support)
        rules = QFormLayout(self.rules_box)
        rules.addRow(self._labels[1], self.status_sync)
        rules.addRow(self._labels[2], self.leave_scope)
        rules.addRow("", self.leave_scope_reason)
        deletion = QVBoxLayout(self.deletion_box)
        deletion.addWidget(self.propagate_deletions)
        deletion.addWidget(self.deletion_warning)
        deletion.addWidget(self.confirm_deletion)
        self._labels[0].setBuddy(self.password_notification)
        self._labels[1].setBuddy(self.status_sync)
        self._labels[2].setBuddy(self.leave_scope)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notifications_box)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.deletion_box)
        layout.addWidget(self.message)
        layout.addStretch(1)

        for combo in (self.password_notification, self.status_sync, self.leave_scope):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.welcome_mail, self.propagate_deletions, self.confirm_deletion):
            box.toggled.connect(self._changed)
        self.retranslate_ui()
        self._enforce()

    def title(self) -> str:
        return self.tr("User sync settings")

    async def load(self, context: SettingsContext) -> None:
        await super().load(context)
        sync = context.config.sync
        self._saved = sync
        select_data(self.password_notification, sync.password_notification.value)
        self.welcome_mail.setChecked(sync.welcome_mail)
        select_data(self.status_sync, sync.status_sync.value)
        select_data(self.leave_scope, sync.leave_scope.value)
        self.propagate_deletions.setChecked(sync.propagate_deletions)
        self.confirm_deletion.setChecked(False)
        self._enforce()
        self.sig_changed.emit()
        if self._support_task is None or self._support_task.done():
            self._support_task = asyncio.ensure_future(self._ask_tenant(context))

    async def _ask_tenant(self, context: SettingsContext) -> None:
        """Ask the tenant's discovery whether it sends these mails (in the background: the page is usable)."""
        self._supported = await admin.tenant_sends_notifications(context.config)
        self._show_support()

    def _show_support(self) -> None:
        self.notification_support.setVisible(self._supported is False)
        self.notification_support.setText(
            self.tr(
                "This tenant does not say that it sends these mails (it does not advertise the "
                "Identity-Connect-Provisioning header), so probably nobody receives them. Hand out passwords "
                "and welcome notes another way, or ask the tenant's vendor."
            )
        )
        self.notification_support.setAccessibleName(self.tr("Notifications are probably not sent"))

    def _values(self) -> dict[str, object]:
        return {
            "password_notification": PasswordNotification(self.password_notification.currentData()),
            "welcome_mail": self.welcome_mail.isChecked(),
            "status_sync": StatusSync(self.status_sync.currentData()),
            "leave_scope": LeaveScope(self.leave_scope.currentData()),
            "propagate_deletions": self.propagate_deletions.isChecked(),
        }

    def has_changes(self) -> bool:
        if self._saved is None:
            return False
        return any(getattr(self._saved, key) != value for key, value in self._values().items())

    def _enforce(self) -> None:
        """The model's rule, made visible: leaving the OUs can only disable when status sync reflects."""
        reflect = self.status_sync.currentData() == StatusSync.REFLECT.value
        if not reflect:
            self.leave_scope.blockSignals(True)
            select_data(self.leave_scope, LeaveScope.DO_NOTHING.value)
            self.leave_scope.blockSignals(False)
        self.leave_scope.setEnabled(reflect)
        self.leave_scope_reason.setVisible(not reflect)
        newly_on = self.propagate_deletions.isChecked() and not (self._saved and self._saved.propagate_deletions)
        self.deletion_warning.setVisible(self.propagate_deletions.isChecked())
        self.confirm_deletion.setVisible(newly_on)

    def _changed(self) -> None:
        self._enforce()
        self.message.show_error(None)
        self.sig_changed.emit()

    def proposed_sync(self, current: SyncSettings) -> SyncSettings:
        values = self._values()
        newly_on = bool(values["propagate_deletions"]) and not current.propagate_deletions
        if newly_on and not self.confirm_deletion.isChecked():
            self.message.show_error("deletion_needs_confirmation")
            raise ConfirmationNeededError("deletion propagation needs confirmation")
        return SyncSettings.model_validate({**current.model_dump(), **values})

    def retranslate_ui(self) -> None:
        self.notifications_box.setTitle(self.tr("Notifications"))
        self._labels[0].setText(self.tr("&Password notification:"))
        texts = {
            PasswordNotification.USER.value: self.tr("Send the one-time password to the user"),
            PasswordNotification.ADMIN.value: self.tr("Send the one-time password to the admin"),
            PasswordNotification.NONE.value: self.tr("Do not send"),
        }
        for index in range(self.password_notification.count()):
            self.password_notification.setItemText(index, texts[self.password_notification.itemData(index)])
        self.password_notification.setAccessibleName(self.tr("Password notification"))
        self.welcome_mail.setText(self.tr("Send a welcome &mail to new users"))
        self._show_support()
        self.rules_box.setTitle(self.tr("Account status"))
        self._labels[1].setText(self.tr("S&tatus sync:"))
        self.status_sync.setItemText(0, self.tr("Reflect (disabled in the directory → disabled in the cloud)"))
        self.status_sync.setItemText(1, self.tr("Do nothing"))
        self.status_sync.setAccessibleName(self.tr("Status sync"))
        self._labels[2].setText(self.tr("When a user &leaves the selected OUs:"))
        self.leave_scope.setItemText(0, self.tr("Disable the user"))
        self.leave_scope.setItemText(1, self.tr("Do nothing (stop managing the user)"))
        self.leave_scope.setAccessibleName(self.tr("When a user leaves the selected OUs"))
        self.leave_scope_reason.setText(
            self.tr("Not available while status sync is “Do nothing”: the agent does not change account status then.")
        )
        self.deletion_box.setTitle(self.tr("Deleted in the directory"))
        self.propagate_deletions.setText(self.tr("&Delete users in the cloud when they are deleted in the directory"))
        self.deletion_warning.setText(
            self.tr(
                "Data loss: a deleted cloud user loses their mailbox, files and history for good. Without this "
                "option, users deleted in the directory are only disabled."
            )
        )
        self.confirm_deletion.setText(self.tr("I &understand that deleted users' cloud data cannot be recovered"))
