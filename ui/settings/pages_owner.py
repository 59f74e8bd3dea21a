"""Change ownership: another admin signs in with a device code (the wizard's sign-in widget) and owns the agent.

The device flow runs against the tenant the agent is registered with (:class:`app.admin.OwnerChange`: issuer
and client from the stored configuration). When the new admin approves, their identity is read (OIDC userinfo)
and refused with a clear message unless they are an admin of the tenant; then the running service hands the agent over
(``bridge.change_owner``: the agent API records the new owner, the new refresh token replaces the old one),
which releases the old owner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.admin import DeviceAuthorization, OwnerChange
from app.errors import IdentityConnectError
from ui.settings.base import PageMessage, SettingsContext, SettingsPage
from ui.widgets.device_signin import DeviceSignInWidget, SignInState


class OwnershipPage(SettingsPage):
    page_id = "ownership"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownershipPage")
        self.new_owner: str | None = None
        self.authorization: DeviceAuthorization | None = None
        self.current_owner = QLabel(self)
        self.current_owner.setObjectName("currentOwner")
        self.current_owner.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startOwnershipButton")
        self.signin = DeviceSignInWidget(self)
        self.signin.setObjectName("ownershipSignIn")
        self.signin.setVisible(False)
        self.message = PageMessage(self, "ownershipMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.current_owner)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.signin)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.start_button.clicked.connect(self.start)
        self.signin.sig_new_code.connect(self.start)
        self.signin.sig_retry.connect(self.start)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Change ownership")

    async def load(self, context: SettingsContext) -> None:
        await super().load(context)
        self.retranslate_ui()

    def start(self) -> None:
        self.run_task(self.change_owner())

    async def change_owner(self) -> bool:
        """Run the whole hand-over; True when the agent has a new owner."""
        context = self.context
        if context is None:
            return False
        config = context.config
        self.start_button.setEnabled(False)
        self.message.show_error(None)
        self.signin.setVisible(True)
        self.signin.set_state(SignInState.STARTING)
        try:
            change = OwnerChange(config)
            authorization = await change.start()
            self.authorization = authorization
            self.signin.show_code(
                authorization.verification_uri,
                authorization.user_code,
                authorization.expires_at,
                verification_uri_complete=authorization.verification_uri_complete,
                device_name=config.device_name,
            )
            owner = await change.wait_for_owner(authorization)
            await context.bridge.change_owner(owner.tokens)
        except IdentityConnectError as exc:
            self.signin.set_state(SignInState.FAILED, "")
            self.message.show_error(exc)
            return False
        finally:
            self.start_button.setEnabled(True)
        self.signin.set_state(SignInState.SIGNED_IN)
        admin = owner.admin
        self.new_owner = admin.email
        email = admin.email or ""
        self.message.show_note(
            lambda: self.tr("%1 now owns this agent; the previous owner was released.").replace("%1", email)
        )
        tenant = config.tenant.model_copy(update={"owner_email": admin.email, "owner_name": admin.name})
        context.config = config.model_copy(update={"tenant": tenant})
        self.retranslate_ui()
        return True

    def retranslate_ui(self) -> None:
        owner = self.context.config.tenant.owner_email if self.context else None
        self.current_owner.setText(
            self.tr("This agent is owned by %1. Another admin of the tenant can take it over by signing in here.")
            .replace("%1", owner or self.tr("nobody yet"))
        )  # fmt: skip
        self.start_button.setText(self.tr("&Sign in as the new owner…"))
        self.start_button.setAccessibleName(self.tr("Start the new owner's sign-in"))
