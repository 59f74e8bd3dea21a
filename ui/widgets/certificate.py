"""A server certificate as an admin reads it, and the question before trusting a private CA.

:class:`CertificateDetails` shows what the directory layer reports about a presented certificate (its
``details``: subject, issuer, validity, SHA-256 fingerprint, names, and OpenSSL's verify code when it was
rejected) as labelled rows: issued to, issued by, valid from / until, fingerprint, and why it is not trusted in
words. When the only problem is a CA this computer does not know, it offers "Trust this CA…" (the owner decides
whether that can be offered).

:class:`CaTrust` is what a page runs when the admin asks: it reads the chain the DC presents
(:func:`app.ldap.tls_probe.offer_ca_for`, off the GUI thread), shows the CA in :class:`TrustCaDialog` with its
fingerprint to compare against the one the CA's administrator gives, and on confirmation saves it in the agent's
configuration folder for the LDAP settings' CA file. Nothing here turns verification off.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ldap.settings import LdapSettings
from app.ldap.tls_probe import CaOfferStatus, offer_ca_for, save_trusted_ca
from ui.i18n import Retranslatable, format_moment

#: OpenSSL verify codes that mean only "issued by a CA this computer does not trust" (see app.ldap.tls_probe).
UNKNOWN_CA_CODES = frozenset({2, 19, 20, 21})


def verify_reason(code: object, fallback: str = "") -> str:
    """OpenSSL's verify code (X509_V_ERR_*) in words."""
    reasons = {
        2: QCoreApplication.translate(
            "Certificate", "The certificate of the CA that issued it is not available on this computer."
        ),
        7: QCoreApplication.translate("Certificate", "Its signature does not match: it may have been altered."),
        9: QCoreApplication.translate("Certificate", "It is not valid yet: check this computer's date and time."),
        10: QCoreApplication.translate("Certificate", "It has expired."),
        18: QCoreApplication.translate("Certificate", "It is self-signed: no certificate authority vouches for it."),
        19: QCoreApplication.translate(
            "Certificate", "It is issued by a certificate authority that this computer does not trust (yet)."
        ),
        20: QCoreApplication.translate(
            "Certificate", "It is issued by a certificate authority that this computer does not know."
        ),
        21: QCoreApplication.translate(
            "Certificate", "It is issued by a certificate authority that this computer does not know."
        ),
        23: QCoreApplication.translate("Certificate", "It has been revoked."),
        26: QCoreApplication.translate("Certificate", "It is not meant for a server."),
        62: QCoreApplication.translate("Certificate", "It is not issued to the name the agent connects to."),
        64: QCoreApplication.translate("Certificate", "It is not issued to the IP address the agent connects to."),
    }
    if isinstance(code, int) and code in reasons:
        return reasons[code]
    if fallback:
        return QCoreApplication.translate("Certificate", "The certificate check reported: %1.").replace("%1", fallback)
    return ""


def _parse_time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _common_name(dn: str) -> str:
    """The CN of an RFC 4514 DN as the directory layer writes it (``CN=dc1.corp.example.com,O=Corp``)."""
    for part in dn.split(","):
        key, _, value = part.partition("=")
        if key.strip().upper() == "CN" and value:
            return value.strip()
    return dn


class _Rows(QWidget):
    """Labelled, selectable rows (issued to, issued by, …) shared by the details box and the trust dialog."""

    KEYS = ("issued_to", "names", "issued_by", "valid_from", "valid_until", "fingerprint", "reason")

    def __init__(self, parent: QWidget, prefix: str) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for key in self.KEYS:
            caption = QLabel(self)
            value = QLabel(self)
            value.setObjectName(f"{prefix}_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            # Selectable with the keyboard too, so a screen reader user can reach and copy the fingerprint.
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            caption.setBuddy(value)
            if key == "fingerprint":
                value.setFont(mono)
            self.form.addRow(caption, value)
            self.captions[key] = caption
            self.values[key] = value
        self.details: dict[str, object] = {}

    def fill(self, details: Mapping[str, object]) -> None:
        self.details = dict(details)
        self.show_texts()

    def show_texts(self) -> None:
        d = self.details
        listed = d.get("subject_alt_names")
        names = [str(n) for n in listed] if isinstance(listed, list | tuple) else []
        issued_to = str(d.get("common_name") or _common_name(str(d.get("subject", ""))))
        others = [n for n in names if n != issued_to]
        texts = {
            "issued_to": issued_to,
            "names": ", ".join(others),
            "issued_by": _common_name(str(d.get("issuer", ""))),
            "valid_from": format_moment(_parse_time(d.get("not_before"))) if d.get("not_before") else "",
            "valid_until": format_moment(_parse_time(d.get("not_after"))) if d.get("not_after") else "",
            "fingerprint": self._grouped(str(d.get("fingerprint_sha256", ""))),
            "reason": verify_reason(d.get("verify_code"), str(d.get("reason") or "")),
        }
        tooltips = {"issued_to": str(d.get("subject", "")), "issued_by": str(d.get("issuer", ""))}
        for key in self.KEYS:
            text = texts[key]
            self.values[key].setText(text)
            self.values[key].setToolTip(tooltips.get(key, ""))
            self.values[key].setVisible(bool(text))
            self.captions[key].setVisible(bool(text))
        captions = {
            "issued_to": QCoreApplication.translate("Certificate", "Issued to:"),
            "names": QCoreApplication.translate("Certificate", "Also valid for:"),
            "issued_by": QCoreApplication.translate("Certificate", "Issued by:"),
            "valid_from": QCoreApplication.translate("Certificate", "Valid from:"),
            "valid_until": QCoreApplication.translate("Certificate", "Valid until:"),
            "fingerprint": QCoreApplication.translate("Certificate", "SHA-256 fingerprint:"),
            "reason": QCoreApplication.translate("Certificate", "Not trusted because:"),
        }
        for key, caption in captions.items():
            self.captions[key].setText(caption)
            self.values[key].setAccessibleName(caption.rstrip(":："))
            self.values[key].setAccessibleDescription(texts[key])

    @staticmethod
    def _grouped(fingerprint: str) -> str:
        """AA:BB:… in two lines of sixteen bytes, the way people compare it."""
        parts = fingerprint.split(":")
        if len(parts) <= 16:
            return fingerprint
        return ":".join(parts[:16]) + "\n" + ":".join(parts[16:])


class CertificateDetails(Retranslatable, QGroupBox):
    """The certificate a server offered, as labelled rows, with "Trust this CA…" when that is the fix."""

    sig_trust_requested = Signal(str)
    """``(host: str)`` — the admin asked to trust the CA of the server ``host``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateDetails")
        self.rows = _Rows(self, "certificate")
        self.trust_button = QPushButton(self)
        self.trust_button.setObjectName("trustCaButton")
        self.trust_note = QLabel(self)
        self.trust_note.setObjectName("trustCaNote")
        self.trust_note.setWordWrap(True)
        button_row = QHBoxLayout()
        button_row.addWidget(self.trust_button)
        button_row.addWidget(self.trust_note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rows)
        layout.addLayout(button_row)
        self.trust_offered = False
        self.host = ""
        self.trust_button.clicked.connect(lambda: self.sig_trust_requested.emit(self.host))
        self.show_details({})
        self.retranslate_ui()

    def show_details(self, details: Mapping[str, object], *, trust_offered: bool = False) -> None:
        """Show ``details`` (hidden when empty); ``trust_offered`` lets the admin ask to trust its CA."""
        self.host = str(details.get("host", ""))
        self.rows.fill(details)
        self.trust_offered = trust_offered and details.get("verify_code") in UNKNOWN_CA_CODES
        self.trust_button.setVisible(self.trust_offered)
        self.trust_note.setVisible(self.trust_offered)
        self.setVisible(bool(details))

    def text(self) -> str:
        """Everything shown, as plain text (for tests and for copying into a support request)."""
        lines = []
        for key in _Rows.KEYS:
            if self.rows.values[key].isVisibleTo(self):
                lines.append(f"{self.rows.captions[key].text()} {self.rows.values[key].text()}")
        return "\n".join(lines)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Certificate offered by the server"))
        self.rows.show_texts()
        self.trust_button.setText(self.tr("&Trust this CA…"))
        self.trust_button.setAccessibleName(self.tr("Trust the certificate authority that issued this certificate"))
        self.trust_note.setText(
            self.tr("Only if this is your organisation's CA: you will compare its fingerprint first.")
        )


class TrustCaDialog(Retranslatable, QDialog):
    """Shows the CA the server sent and asks before trusting it for this agent."""

    def __init__(self, server: str, certificate: Mapping[str, object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustCaDialog")
        self.setModal(True)
        self.server = server
        self.intro = QLabel(self)
        self.intro.setObjectName("trustCaIntro")
        self.intro.setWordWrap(True)
        self.rows = _Rows(self, "trustCa")
        self.rows.fill(certificate)
        self.compare = QLabel(self)
        self.compare.setObjectName("trustCaCompare")
        self.compare.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.trust_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.trust_button.setObjectName("trustCaConfirmButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("trustCaCancelButton")
        # Cancel is the default: trusting must be a deliberate choice, never an Enter pressed out of habit.
        self.cancel_button.setDefault(True)
        self.trust_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.rows)
        layout.addWidget(self.compare)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()
        # Start on Cancel, not in the first selectable row: Tab then walks through the rows to the fingerprint.
        self.setTabOrder(self.cancel_button, self.rows)
        self.cancel_button.setFocus()

    def fingerprint(self) -> str:
        return str(self.rows.details.get("fingerprint_sha256", ""))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Trust this certificate authority?"))
        self.intro.setText(
            self.tr("%1 sent the certificate of the authority (CA) that issued its own certificate:").replace(
                "%1", self.server
            )
        )
        self.compare.setText(
            self.tr(
                "Compare the SHA-256 fingerprint with the one your CA's administrator gives you (on the CA: "
                "certutil -ca.cert ca.cer, then certutil -hashfile ca.cer SHA256). Trust it only if they match: "
                "the agent will then accept every directory certificate this CA issues, for this agent only."
            )
        )
        self.trust_button.setText(self.tr("&Trust this CA"))
        self.trust_button.setAccessibleName(self.tr("Trust this certificate authority for this agent"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Do not trust this certificate authority"))
        self.rows.show_texts()


@dataclass(frozen=True)
class TrustOutcome:
    """What came of "Trust this CA…": ``path`` of the saved CA file (trusted), or why nothing was saved."""

    status: CaOfferStatus
    path: Path | None = None
    #: OTHER_PROBLEM: the error code that trusting the CA would leave.
    code: str | None = None
    #: OFFERED but the admin cancelled.
    cancelled: bool = False


class CaTrust:
    """The "Trust this CA…" conversation for one page; :attr:`dialog` is the open question (tests answer it)."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.dialog: TrustCaDialog | None = None
        self.saved: list[Path] = []

    async def run(self, settings: LdapSettings, host: str, folder: Path) -> TrustOutcome:
        offer = await offer_ca_for(settings, host)
        if offer.status is not CaOfferStatus.OFFERED:
            return TrustOutcome(offer.status, code=offer.code)
        dialog = TrustCaDialog(host, offer.certificate, self._parent)
        self.dialog = dialog
        answered: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def answer(result: int) -> None:
            if not answered.done():
                answered.set_result(result)

        dialog.finished.connect(answer)
        dialog.open()
        try:
            result = await answered
        finally:
            self.dialog = None
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted.value:
            return TrustOutcome(offer.status, cancelled=True)
        path = await asyncio.to_thread(save_trusted_ca, folder, offer.pem)
        self.saved.append(path)
        return TrustOutcome(offer.status, path=path)

    def discard(self, keep: Path | None = None) -> None:
        """Remove the CA files this conversation saved (a cancelled setup), except ``keep``."""
        for path in self.saved:
            if path != keep:
                path.unlink(missing_ok=True)
        self.saved = [p for p in self.saved if p == keep]


def trust_note(outcome: TrustOutcome, host: str) -> str:
    """What the page says after "Trust this CA…" when no error code tells it (translated, whole sentences)."""
    if outcome.path is not None:
        return QCoreApplication.translate(
            "Certificate", "The CA is now trusted for this agent (saved as %1). Checking the connection again…"
        ).replace("%1", str(outcome.path))
    if outcome.status is CaOfferStatus.NOT_PRESENTED:
        return QCoreApplication.translate(
            "Certificate",
            "%1 does not send the certificate of the CA that issued its own, so it cannot be shown here. Ask your "
            "CA's administrator for the CA certificate (a .cer or .pem file) and choose it as the CA file.",
        ).replace("%1", host)
    if outcome.status is CaOfferStatus.ALREADY_TRUSTED:
        return QCoreApplication.translate(
            "Certificate", "The certificate of %1 is trusted now. Checking the connection again…"
        ).replace("%1", host)
    return ""
