"""The device-code sign-in panel: where to go, which code to type, and how long it stays valid.

Shows the verification URL and the user code (large, monospace, each with Copy), an "Open in browser"
button, a QR code of ``verification_uri_complete`` for a phone, the device name the admin will see on the
sign-in page, and a live countdown to expiry. The owner drives it with :meth:`show_code` and
:meth:`set_state`; it reports "Get a new code" / "Retry" through :attr:`sig_new_code` and
:attr:`sig_retry`, and the countdown reaching zero through :attr:`sig_expired`. It does no I/O.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Retranslatable
from ui.widgets.qr import QrCodeWidget


class SignInState(Enum):
    STARTING = "starting"
    WAITING = "waiting"
    NETWORK_RETRY = "network_retry"
    EXPIRED = "expired"
    FAILED = "failed"
    SIGNED_IN = "signed_in"


def _mono(point_scale: float) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(9.0, font.pointSizeF() * point_scale))
    font.setBold(True)
    return font


class DeviceSignInWidget(Retranslatable, QWidget):
    sig_new_code = Signal()
    """"Get a new code" was chosen (after expiry, denial or an error): cancel the old poll, start again."""
    sig_retry = Signal()
    """"Retry" was chosen while the service could not be reached: poll again now."""
    sig_expired = Signal()
    """The countdown reached zero; the code can no longer be used."""

    def __init__(self, parent: QWidget | None = None, *, clock: type[datetime] = datetime) -> None:
        super().__init__(parent)
        self._clock = clock
        self._uri = ""
        self._uri_complete = ""
        self._code = ""
        self._device_name = ""
        self._expires_at: datetime | None = None
        self._state = SignInState.STARTING
        self._detail = ""

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.url_caption = QLabel(self)
        self.url_label = QLabel(self)
        self.url_label.setObjectName("signinUrl")
        self.url_label.setFont(_mono(1.3))
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setWordWrap(True)
        self.copy_url_button = QPushButton(self)
        self.copy_url_button.setObjectName("copyUrlButton")
        self.code_caption = QLabel(self)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("signinCode")
        self.code_label.setFont(_mono(2.4))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_code_button = QPushButton(self)
        self.copy_code_button.setObjectName("copyCodeButton")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openBrowserButton")
        self.qr = QrCodeWidget(self)
        self.qr.setObjectName("signinQr")
        self.device_label = QLabel(self)
        self.device_label.setObjectName("signinDeviceName")
        self.device_label.setWordWrap(True)
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("signinCountdown")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("signinStatus")
        self.status_label.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("signinBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.new_code_button = QPushButton(self)
        self.new_code_button.setObjectName("newCodeButton")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("signinRetryButton")

        grid = QGridLayout()
        grid.addWidget(self.url_caption, 0, 0, 1, 2)
        grid.addWidget(self.url_label, 1, 0)
        grid.addWidget(self.copy_url_button, 1, 1)
        grid.addWidget(self.code_caption, 2, 0, 1, 2)
        grid.addWidget(self.code_label, 3, 0)
        grid.addWidget(self.copy_code_button, 3, 1)
        grid.setColumnStretch(0, 1)
        left = QVBoxLayout()
        left.addLayout(grid)
        left.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.device_label)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        actions.addWidget(self.new_code_button)
        actions.addWidget(self.retry_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.status_label)
        layout.addLayout(actions)

        self.copy_url_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._uri))
        self.copy_code_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._code))
        self.open_button.clicked.connect(self._open_browser)
        self.new_code_button.clicked.connect(self.sig_new_code)
        self.retry_button.clicked.connect(self.sig_retry)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        self.setTabOrder(self.copy_url_button, self.copy_code_button)
        self.setTabOrder(self.copy_code_button, self.open_button)
        self.setTabOrder(self.open_button, self.new_code_button)
        self.setTabOrder(self.new_code_button, self.retry_button)
        self.retranslate_ui()
        self.set_state(SignInState.STARTING)

    # ---- data in ----
    def show_code(
        self,
        verification_uri: str,
        user_code: str,
        expires_at: datetime,
        *,
        verification_uri_complete: str | None = None,
        device_name: str = "",
    ) -> None:
        self._uri = verification_uri
        self._uri_complete = verification_uri_complete or verification_uri
        self._code = user_code
        self._expires_at = expires_at
        self._device_name = device_name
        self.url_label.setText(verification_uri)
        self.code_label.setText(user_code)
        self.qr.set_data(self._uri_complete)
        self._timer.start()
        self.set_state(SignInState.WAITING)
        self.retranslate_ui()

    def set_state(self, state: SignInState, detail: str = "") -> None:
        """Switch what the panel says and offers; ``detail`` is an already translated explanation."""
        self._state = state
        self._detail = detail
        has_code = bool(self._code) and state in (SignInState.WAITING, SignInState.NETWORK_RETRY)
        for widget in (self.copy_url_button, self.copy_code_button, self.open_button):
            widget.setEnabled(has_code)
        self.code_label.setEnabled(has_code)
        self.url_label.setEnabled(has_code)
        self.qr.setVisible(has_code)
        self.busy.setVisible(state in (SignInState.STARTING, SignInState.WAITING, SignInState.NETWORK_RETRY))
        self.new_code_button.setVisible(state in (SignInState.EXPIRED, SignInState.FAILED))
        self.retry_button.setVisible(state is SignInState.NETWORK_RETRY)
        if state not in (SignInState.WAITING, SignInState.NETWORK_RETRY):
            self._timer.stop()
        self._update_status()
        self._tick()

    def state(self) -> SignInState:
        return self._state

    def remaining_seconds(self) -> int:
        if self._expires_at is None:
            return 0
        return max(0, int((self._expires_at - self._clock.now(UTC)).total_seconds() + 0.999))

    # ---- behaviour ----
    def _open_browser(self) -> None:
        if self._uri_complete:
            QDesktopServices.openUrl(QUrl(self._uri_complete))

    def _tick(self) -> None:
        if self._state not in (SignInState.WAITING, SignInState.NETWORK_RETRY) or self._expires_at is None:
            self.countdown_label.setText("")
            return
        left = self.remaining_seconds()
        minutes, seconds = divmod(left, 60)
        self.countdown_label.setText(
            self.tr("The code expires in %1:%2.").replace("%1", str(minutes)).replace("%2", f"{seconds:02d}")
        )
        if left == 0:
            self.set_state(SignInState.EXPIRED)
            self.sig_expired.emit()

    def _update_status(self) -> None:
        texts = {
            SignInState.STARTING: self.tr("Requesting a sign-in code…"),
            SignInState.WAITING: self.tr("Waiting for you to sign in in the browser…"),
            SignInState.NETWORK_RETRY: self.tr("Can't reach the service, retrying…"),
            SignInState.EXPIRED: self.tr("The code has expired. Get a new code to try again."),
            SignInState.FAILED: "",
            SignInState.SIGNED_IN: self.tr("Signed in."),
        }
        text = texts[self._state]
        if self._detail:
            text = f"{text} {self._detail}".strip()
        self.status_label.setText(text)

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Sign in as an administrator of your organisation: open the address below in a browser on any"
                " device, or scan the QR code, and enter the code."
            )
        )
        self.url_caption.setText(self.tr("Sign-in address:"))
        self.code_caption.setText(self.tr("Code:"))
        self.copy_url_button.setText(self.tr("Copy address"))
        self.copy_url_button.setAccessibleName(self.tr("Copy the sign-in address"))
        self.copy_code_button.setText(self.tr("Copy code"))
        self.copy_code_button.setAccessibleName(self.tr("Copy the code"))
        self.open_button.setText(self.tr("&Open in browser"))
        self.open_button.setAccessibleName(self.tr("Open the sign-in page in the browser"))
        self.new_code_button.setText(self.tr("&Get a new code"))
        self.new_code_button.setAccessibleName(self.tr("Get a new code"))
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry now"))
        self.url_label.setAccessibleName(self.tr("Sign-in address"))
        self.code_label.setAccessibleName(self.tr("Code"))
        self.qr.setAccessibleName(self.tr("QR code of the sign-in address"))
        self.qr.setToolTip(self.tr("Scan with a phone to open the sign-in page with the code filled in."))
        if self._device_name:
            self.device_label.setText(
                self.tr("The sign-in page will ask you to allow “%1” to connect.").replace("%1", self._device_name)
            )
        else:
            self.device_label.setText("")
        self._update_status()
        self._tick()
