"""The reusable widgets on their own: what the tray/settings windows get when they embed them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from app.ldap.settings import TransportSecurity
from ui.widgets.device_signin import DeviceSignInWidget, SignInState
from ui.widgets.diagnostics import DiagnosticsChecklist, StageStatus
from ui.widgets.directory_form import DirectoryConnectionForm, DirectoryFormValues, FieldProblem
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
    for widget in (DeviceSignInWidget(), DirectoryConnectionForm()):
        qtbot.addWidget(widget)
        from PySide6.QtWidgets import QAbstractButton, QListWidget

        for child in (
            widget.findChildren(QAbstractButton) + widget.findChildren(QLineEdit) + widget.findChildren(QListWidget)
        ):
            assert child.objectName(), child
            assert child.accessibleName() or child.text(), child.objectName()


def test_directory_form_values_problems_and_password_toggle(qtbot: Any) -> None:
    def check(values: DirectoryFormValues) -> list[FieldProblem]:
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
    checklist.show_certificate("subject: CN=dc1")
    assert checklist.detail("tls") == "not trusted" and checklist.certificate_view.isVisible()
    checklist.reset([("bind", "Bind")])
    assert list(checklist.statuses()) == ["bind"] and not checklist.certificate_view.isVisible()


def test_qr_code_is_scannable_size_and_square() -> None:
    matrix = qr_matrix("https://t.example/device?user_code=ABCD-EFGH")
    assert len(matrix) == len(matrix[0]) >= 21 + 8
    image = qr_image("x", pixels_per_module=4)
    assert image.width() == image.height() == len(qr_matrix("x")) * 4
