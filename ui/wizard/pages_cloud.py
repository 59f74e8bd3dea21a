"""The cloud pages: installation key (offline checksum as you type, online check on Next), admin sign-in
with a device code, and who signed in."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.cloud.deviceflow import DeviceFlowEvent, DeviceFlowEventKind
from app.cloud.installkey import InstallationKeyError
from app.errors import IdentityConnectError
from app.setup.flow import SetupFlow
from ui.errors import Action, describe_error
from ui.widgets.device_signin import DeviceSignInWidget, SignInState
from ui.wizard.base import AsyncPage, MessageLabel, make_busy_bar


class KeyPage(AsyncPage):
    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyPage")
        self._flow = flow
        self._validated_text: str | None = None
        self._offline_ok = False
        self.caption = QLabel(self)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("keyEdit")
        self.caption.setBuddy(self.key_edit)
        self.message = MessageLabel(self, "keyMessage")
        self.progress = make_busy_bar(self, "keyProgress")
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("keyProgressLabel")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("keyRetryButton")
        self.retry_button.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.key_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.retry_button)
        layout.addStretch(1)
        self.key_edit.textChanged.connect(self._check_offline)
        self.retry_button.clicked.connect(self._validate_online)
        self.retranslate_ui()
        self._check_offline(self.key_edit.text())

    def set_key(self, text: str) -> None:
        self.key_edit.setText(text)

    def _check_offline(self, text: str) -> None:
        self._validated_text = None
        self.retry_button.setVisible(False)
        self.cancel_task()
        self._show_busy(False)
        try:
            key = self._flow.check_key(text)
        except InstallationKeyError as exc:
            self._offline_ok = False
            # An empty field is not an error yet; anything typed is checked at once.
            self.message.show_error(None if exc.code == "key_empty" else exc)
        else:
            self._offline_ok = True
            self.message.show_note(self.tr("Key format is valid (tenant: %1).").replace("%1", key.tenant_url))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._offline_ok and not self.busy()

    def validatePage(self) -> bool:
        if self._validated_text is not None and self._validated_text == self.key_edit.text():
            return True
        self._validate_online()
        return False

    def _validate_online(self) -> None:
        self.run_task(self._validate(self.key_edit.text()))
        # Shown at once, not when the task first runs: the click must visibly do something.
        self._show_busy(True)
        self.retry_button.setVisible(False)
        self.completeChanged.emit()

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.key_edit.setReadOnly(busy)

    async def _validate(self, text: str) -> None:
        self._show_busy(True)
        self.retry_button.setVisible(False)
        self.message.show_note("")
        self.completeChanged.emit()
        try:
            validation = await self._flow.validate_key(text)
        except IdentityConnectError as exc:
            self.message.show_error(exc)
            self.retry_button.setVisible(describe_error(exc).action is Action.RETRY)
            return
        finally:
            self._show_busy(False)
        self._validated_text = text
        self.message.show_note(self.tr("Key accepted by %1.").replace("%1", validation.tenant_name))
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Installation key"))
        self.setSubTitle(
            self.tr("Paste the installation key you created in your tenant's admin console (Directory > Agents).")
        )
        self.caption.setText(self.tr("Installation &key:"))
        self.key_edit.setPlaceholderText("ICK1-…")
        self.key_edit.setAccessibleName(self.tr("Installation key"))
        self.progress_label.setText(self.tr("Checking the key with your tenant…"))
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry checking the key"))
        if self._validated_text is None and self._offline_ok and not self.message.message():
            try:
                key = self._flow.check_key(self.key_edit.text())
            except InstallationKeyError:
                return
            self.message.show_note(self.tr("Key format is valid (tenant: %1).").replace("%1", key.tenant_url))


class SignInPage(AsyncPage):
    """Starts the device flow when shown; advances by itself once the admin has approved."""

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInPage")
        self._flow = flow
        self._signed_in = False
        self.signin = DeviceSignInWidget(self)
        self.signin.setObjectName("deviceSignIn")
        self.message = MessageLabel(self, "signInMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.signin)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.signin.sig_new_code.connect(self.new_code)
        self.signin.sig_retry.connect(self.poll_again)
        self.signin.sig_expired.connect(self._expired)
        self.retranslate_ui()

    def initializePage(self) -> None:
        if not self._signed_in:
            self.new_code()

    def cleanupPage(self) -> None:
        self._signed_in = False
        super().cleanupPage()

    def isComplete(self) -> bool:
        return self._signed_in

    def new_code(self) -> None:
        """Cancel the running poll (if any) and start over with a fresh code."""
        self._signed_in = False
        self.message.show_error(None)
        self.run_task(self._sign_in())
        self.completeChanged.emit()

    def poll_again(self) -> None:
        """Manual Retry while the service was unreachable: ask again now with the same code."""
        if self._flow.state.authorization is None:
            self.new_code()
            return
        self.signin.set_state(SignInState.WAITING)
        self.run_task(self._poll())

    def _expired(self) -> None:
        self.cancel_task()
        self.message.show_error("device_expired")

    def _on_event(self, event: DeviceFlowEvent) -> None:
        if event.kind is DeviceFlowEventKind.NETWORK_RETRY:
            self.signin.set_state(SignInState.NETWORK_RETRY)
        elif self.signin.state() is SignInState.NETWORK_RETRY:
            self.signin.set_state(SignInState.WAITING)

    async def _sign_in(self) -> None:
        self.signin.set_state(SignInState.STARTING)
        try:
            auth = await self._flow.start_sign_in()
        except IdentityConnectError as exc:
            self.signin.set_state(SignInState.FAILED)
            self.message.show_error(exc)
            return
        self.signin.show_code(
            auth.verification_uri,
            auth.user_code,
            auth.expires_at,
            verification_uri_complete=auth.verification_uri_complete,
            device_name=self._flow.device_name,
        )
        await self._poll()

    async def _poll(self) -> None:
        try:
            await self._flow.finish_sign_in(self._on_event)
        except IdentityConnectError as exc:
            expired = exc.code == "device_expired"
            self.signin.set_state(SignInState.EXPIRED if expired else SignInState.FAILED)
            self.message.show_error(exc)
            return
        self._signed_in = True
        self.signin.set_state(SignInState.SIGNED_IN)
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Sign in"))
        self.setSubTitle(self.tr("An administrator of your organisation approves this agent by signing in."))


class SignedInPage(AsyncPage):
    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signedInPage")
        self._flow = flow
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name_caption = QLabel(self)
        self.name_value = QLabel(self)
        self.name_value.setObjectName("adminName")
        self.email_caption = QLabel(self)
        self.email_value = QLabel(self)
        self.email_value.setObjectName("adminEmail")
        self.tenant_caption = QLabel(self)
        self.tenant_value = QLabel(self)
        self.tenant_value.setObjectName("tenantName")
        form = QFormLayout()
        form.addRow(self.name_caption, self.name_value)
        form.addRow(self.email_caption, self.email_value)
        form.addRow(self.tenant_caption, self.tenant_value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate_ui()

    def initializePage(self) -> None:
        admin = self._flow.state.admin
        validation = self._flow.state.validation
        self.name_value.setText(admin.name or "" if admin else "")
        self.email_value.setText(admin.email or "" if admin else "")
        self.tenant_value.setText(validation.tenant_name if validation else "")
        self.name_value.setAccessibleName(self.name_value.text())
        self.email_value.setAccessibleName(self.email_value.text())

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Signed in"))
        self.setSubTitle(self.tr("This administrator will own the agent."))
        self.intro.setText(
            self.tr("Check that this is the account you meant to use, then continue to connect your directory.")
        )
        self.name_caption.setText(self.tr("Name:"))
        self.email_caption.setText(self.tr("Email:"))
        self.tenant_caption.setText(self.tr("Organisation:"))
