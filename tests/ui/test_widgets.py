"""The reusable widgets on their own: what the tray/settings windows get when they embed them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from app.ldap.settings import TransportSecurity
from app.setup.directory import DirectoryInput
from ui.i18n import format_datetime, format_moment, format_relative
from ui.widgets.certificate import CertificateDetails, TrustCaDialog
from ui.widgets.device_signin import DeviceSignInWidget, SignInState
from ui.widgets.diagnostics import DiagnosticsChecklist, StageStatus
from ui.widgets.directory_form import DirectoryConnectionForm, FieldProblem
from ui.widgets.qr import qr_image, qr_matrix

pytestmark = pytest.mark.gui


class Clock:
    now_value = datetime(2030, 1, 1, tzinfo=UTC)

    @classmethod
    def now(cls, tz: Any = None) -> datetime:
        return cls.now_value


def test_device_sign_in_counts_down_copies_and_expires(qtbot: Any) -> None:
    widget = DeviceSignInWidget(clock=Clock)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.show()
    widget.show_code(
        "https://t.example/device",
        "ABCD-EFGH",
        Clock.now_value + timedelta(seconds=125),
        verification_uri_complete="https://t.example/device?user_code=ABCD-EFGH",
        device_name="DC-AGENT",
    )
    assert widget.countdown_label.text() == "The code expires in 2:05."
    assert widget.qr.data().endswith("ABCD-EFGH") and widget.qr.isVisible()
    widget.copy_code_button.click()
    assert QGuiApplication.clipboard().text() == "ABCD-EFGH"
    widget.copy_url_button.click()
    assert QGuiApplication.clipboard().text() == "https://t.example/device"
    assert not widget.new_code_button.isVisible()
    Clock.now_value += timedelta(seconds=126)
    with qtbot.waitSignal(widget.sig_expired, timeout=2000):
        pass
    assert widget.state() is SignInState.EXPIRED
    assert widget.new_code_button.isVisible() and not widget.copy_code_button.isEnabled()
    with qtbot.waitSignal(widget.sig_new_code, timeout=1000):
        widget.new_code_button.click()


def test_every_interactive_widget_is_named_for_automation_and_accessibility(qtbot: Any) -> None:
    for widget in (DeviceSignInWidget(), DirectoryConnectionForm(), DiagnosticsChecklist()):
        qtbot.addWidget(widget)
        from PySide6.QtWidgets import QAbstractButton, QListWidget

        for child in (
            widget.findChildren(QAbstractButton) + widget.findChildren(QLineEdit) + widget.findChildren(QListWidget)
        ):
            assert child.objectName(), child
            assert child.accessibleName() or child.text(), child.objectName()


def test_directory_form_values_problems_and_password_toggle(qtbot: Any) -> None:
    def check(values: DirectoryInput) -> list[FieldProblem]:
        return [FieldProblem("domain_controllers", f"bad {h}") for h in values.domain_controllers if "." not in h]

    form = DirectoryConnectionForm(check=check)
    qtbot.addWidget(form)
    form.show()
    form.domain_edit.setText("corp.example.com")
    form.dc_edit.setText("dc1")
    form.bind_edit.setText("svc@corp.example.com")
    form.password_edit.setText("pw")
    assert form.values().domain_controllers == ["dc1"], "a typed but not added DC counts"
    assert not form.is_complete() and "bad dc1" in form.problem_label.text()
    form.dc_edit.setText("dc1.corp.example.com")
    form.dc_add_button.click()
    assert form.values().domain_controllers == ["dc1.corp.example.com"] and form.is_complete()
    assert form.password_edit.echoMode() is QLineEdit.EchoMode.Password
    form.show_password_box.setChecked(True)
    assert form.password_edit.echoMode() is QLineEdit.EchoMode.Normal
    assert not form.allow_plain_box.isVisible()
    form.plain_radio.setChecked(True)
    assert form.allow_plain_box.isVisible() and form.values().security is TransportSecurity.PLAIN
    form.add_suggestions(["dc1.corp.example.com", "dc2.corp.example.com"])
    assert form.values().domain_controllers == ["dc1.corp.example.com", "dc2.corp.example.com"]


def test_checklist_rows_and_certificate(qtbot: Any) -> None:
    checklist = DiagnosticsChecklist()
    qtbot.addWidget(checklist)
    checklist.show()
    checklist.reset([("dns", "DNS"), ("tls", "TLS")])
    assert checklist.statuses() == {"dns": StageStatus.PENDING, "tls": StageStatus.PENDING}
    assert not checklist.certificate_view.isVisible()
    checklist.set_stage("tls", StageStatus.FAILED, "not trusted")
    checklist.show_certificate(CERTIFICATE)
    assert checklist.detail("tls") == "not trusted" and checklist.certificate_view.isVisible()
    checklist.reset([("bind", "Bind")])
    assert list(checklist.statuses()) == ["bind"] and not checklist.certificate_view.isVisible()


@pytest.fixture
def default_locale() -> Any:
    """Tests here set the default locale; the next test gets the one it had."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


CERTIFICATE: dict[str, object] = {
    "host": "dc1.corp.example.com",
    "subject": "CN=dc1.corp.example.com",
    "common_name": "dc1.corp.example.com",
    "subject_alt_names": ["dc1.corp.example.com", "ldap.corp.example.com"],
    "issuer": "CN=Corp Issuing CA,O=Corp",
    "not_before": "2026-01-01T00:00:00+00:00",
    # a year and five weeks from now, whenever the test runs
    "not_after": (datetime.now(UTC) + timedelta(days=400)).replace(hour=9, minute=30).isoformat(),
    "fingerprint_sha256": ":".join(["AB"] * 32),
    "verify_code": 20,
    "reason": "unable to get local issuer certificate",
}


def test_certificate_reads_as_an_admin_reads_it(qtbot: Any, default_locale: None) -> None:
    QLocale.setDefault(QLocale("en_US"))
    box = CertificateDetails()
    qtbot.addWidget(box)
    box.show()
    box.show_details(CERTIFICATE)
    text = box.text()
    assert "verify_code" not in text and "20" not in text.split("Not trusted because:")[1]
    assert "Issued to: dc1.corp.example.com" in text and "Also valid for: ldap.corp.example.com" in text
    assert "Issued by: Corp Issuing CA" in text
    until = datetime.fromisoformat(str(CERTIFICATE["not_after"])).astimezone()
    assert f"Valid until: {until.month}/{until.day}/{until.year} " in text and "(in 1 year)" in text
    assert "SHA-256 fingerprint: " + ":".join(["AB"] * 16) in text
    assert "Not trusted because: It is issued by a certificate authority that this computer does not know." in text
    assert not box.trust_button.isVisible(), "only an owner that can save a CA offers to trust it"
    box.show_details(CERTIFICATE, trust_offered=True)
    assert box.trust_button.isVisible()
    with qtbot.waitSignal(box.sig_trust_requested) as signal:
        box.trust_button.click()
    assert signal.args == ["dc1.corp.example.com"]
    # The keyboard reaches it too: Tab stops on the button (and on each value, so the fingerprint can be read
    # and copied), and Space presses it.
    assert box.trust_button.focusPolicy() & Qt.FocusPolicy.TabFocus and box.trust_button.text().startswith("&")
    with qtbot.waitSignal(box.sig_trust_requested):
        QTest.keyClick(box.trust_button, Qt.Key.Key_Space)
    assert box.rows.values["fingerprint"].focusPolicy() & Qt.FocusPolicy.TabFocus
    box.show_details({**CERTIFICATE, "verify_code": 62, "reason": "hostname mismatch"}, trust_offered=True)
    assert not box.trust_button.isVisible(), "trusting a CA cannot fix a name the certificate does not carry"
    assert "not issued to the name the agent connects to" in box.text()
    box.show_details({**CERTIFICATE, "verify_code": 99, "reason": "something new"})
    assert "Not trusted because: The certificate check reported: something new." in box.text()


def test_trust_dialog_names_every_control_and_defaults_to_cancel(qtbot: Any) -> None:
    dialog = TrustCaDialog("dc1.corp.example.com", {**CERTIFICATE, "subject": "CN=Corp Root CA"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fingerprint() == CERTIFICATE["fingerprint_sha256"]
    assert dialog.cancel_button.isDefault() and not dialog.trust_button.isDefault()
    assert "dc1.corp.example.com" in dialog.intro.text()
    for button in (dialog.trust_button, dialog.cancel_button):
        assert button.objectName() and button.accessibleName()
    for value in dialog.rows.values.values():
        if value.isVisibleTo(dialog):
            assert value.accessibleName() and value.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_dates_have_one_format_and_relative_words(qapp: Any, default_locale: None) -> None:
    moment = datetime(2026, 11, 24, 2, 0)  # naive: local time
    QLocale.setDefault(QLocale("de_DE"))
    assert format_datetime(moment) == "24.11.2026 02:00"
    QLocale.setDefault(QLocale("en_US"))
    assert format_datetime(moment) == "11/24/2026 2:00 AM" or format_datetime(moment) == "11/24/2026 2:00 AM"
    assert format_relative(moment, moment - timedelta(hours=11, minutes=20)) == "in 11 h"
    assert format_relative(moment, moment + timedelta(minutes=5, seconds=10)) == "5 min ago"
    assert format_relative(moment, moment + timedelta(seconds=20)) == "just now"
    assert format_moment(moment, moment - timedelta(days=3)).endswith("(in 3 days)")
    assert format_datetime(None) == "—"
    QLocale.setDefault(QLocale.c())  # a server without a locale (LANG=C)
    assert format_datetime(moment) == "2026-11-24 02:00"


def test_qr_code_is_scannable_size_and_square() -> None:
    matrix = qr_matrix("https://t.example/device?user_code=ABCD-EFGH")
    assert len(matrix) == len(matrix[0]) >= 21 + 8
    image = qr_image("x", pixels_per_module=4)
    assert image.width() == image.height() == len(qr_matrix("x")) * 4
