"""The wizard's summary page on its own (offline): what was checked is shown from the setup flow, the password
masked, and its words stay translated under the catalogues' context "ReviewPage" (the page's earlier name)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.cloud.deviceflow import AdminIdentity
from app.ldap.settings import TransportSecurity
from app.paths import AgentPaths
from app.setup.directory import DirectoryInput
from app.setup.flow import SetupFlow
from ui.i18n import Translations
from ui.wizard.pages_install import SummaryPage

pytestmark = pytest.mark.gui

PASSWORD = "Summary-Pa55word!"
LABELS = [
    "Organisation",
    "Tenant address",
    "Installation key",
    "Owner",
    "Device name",
    "Domain",
    "Domain controllers",
    "Bind account",
    "Password",
    "Security",
    "CA certificate",
    "Configuration folder",
]


def checked_flow(tmp_path: Path) -> SetupFlow:
    flow = SetupFlow(AgentPaths.resolve(tmp_path / "agent"), device_name="ZYLKER-DC-AGENT-01")
    flow.state.admin = AdminIdentity(sub="1", email="admin@zylker.test", name="Ada Admin", is_admin=True)
    flow.state.directory = DirectoryInput(
        domain="zylker.test",
        domain_controllers=["dc1.zylker.test", "dc2.zylker.test"],
        bind_identity="svc-sync@zylker.test",
        password=SecretStr(PASSWORD),
        security=TransportSecurity.STARTTLS,
    )
    return flow


def test_summary_shows_what_the_flow_checked_with_the_password_masked(qtbot: Any, tmp_path: Path) -> None:
    page = SummaryPage(checked_flow(tmp_path))
    qtbot.addWidget(page)
    page.initializePage()
    rows = dict(page.rows())
    assert list(rows) == LABELS
    assert rows["Domain controllers"] == "dc1.zylker.test, dc2.zylker.test"
    assert rows["Security"] == "StartTLS" and rows["CA certificate"] == "System trust store"
    assert rows["Owner"] == "Ada Admin <admin@zylker.test>"
    text = page.summary.toPlainText()
    assert "svc-sync@zylker.test" in text and "••••" in text and PASSWORD not in text


def test_summary_words_stay_translated_under_their_old_context(
    qtbot: Any, qapp: QApplication, translations: Translations, tmp_path: Path
) -> None:
    page = SummaryPage(checked_flow(tmp_path))
    qtbot.addWidget(page)
    assert translations.switch("de")
    QApplication.processEvents()
    page.initializePage()
    german = {label: QCoreApplication.translate("ReviewPage", label) for label in LABELS}
    translated = {label: word for label, word in german.items() if word != label}
    assert len(translated) >= len(LABELS) // 2, "the German catalogue holds the summary's words as ReviewPage's"
    assert [label for label, _ in page.rows()] == list(german.values())
    text = page.summary.toPlainText()
    assert all(word in text for word in translated.values())
    assert page.title() == QCoreApplication.translate("ReviewPage", "Review") != "Review"
    assert page.summary.accessibleName() == QCoreApplication.translate("ReviewPage", "Summary of the settings")
    assert page.summary.accessibleName() != "Summary of the settings"
