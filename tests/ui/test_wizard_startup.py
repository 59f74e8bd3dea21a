"""The wizard's start-up: the first page is painted before the network stack is imported, and the pages after
the licence appear afterwards by themselves, or at once when Next comes first.

The import check runs ``identity-connect`` itself (:func:`ui.main.main`) in a fresh process, where nothing
was imported before, and looks at ``sys.modules`` when the language page is first painted and again when
the wizard has built every page.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from app.paths import AgentPaths
from app.setup.flow import SetupFlow
from ui.i18n import Translations
from ui.wizard.wizard import LATER_PAGES, Later, PageId, SetupWizard

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent.parent

#: Top-level packages that make up the network stack: none of them may be needed to paint the first page.
NETWORK_STACK = ("httpx", "ldap3", "keyring", "cryptography", "dns")

STARTUP = textwrap.dedent(
    """
    import gc, json, os, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    NETWORK_STACK = set(sys.argv[2].split(","))

    def network_modules():
        return sorted({m.split(".")[0] for m in sys.modules} & NETWORK_STACK)

    seen = {}
    app = QApplication(sys.argv[:1])

    class Spy(QObject):
        def eventFilter(self, watched, event):
            first = "at_first_paint" not in seen
            if first and event.type() == QEvent.Type.Paint and watched.objectName() == "languagePage":
                seen["at_first_paint"] = network_modules()
                wizard = watched.wizard()

                def built():
                    seen["after_pages_built"] = network_modules()
                    seen["pages"] = sorted(wizard.pageIds())
                    seen["automatic_collection"] = gc.isenabled()
                    QTimer.singleShot(0, wizard.reject)  # Cancel: main() returns

                wizard.sig_pages_built.connect(built)
            return False

    spy = Spy()
    app.installEventFilter(spy)
    QTimer.singleShot(90_000, lambda: os._exit(3))
    import ui.main

    seen["after_import"] = network_modules()
    seen["rc"] = ui.main.main(["--config-dir", sys.argv[1], "--language", "en"])
    seen["automatic_collection_after"] = gc.isenabled()
    print("RESULT " + json.dumps(seen), flush=True)
    """
)


def run_startup(config_dir: Path) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("IDENTITY_CONNECT_DIRECTORY_DEFAULTS", None)
    done = subprocess.run(
        [sys.executable, "-c", STARTUP, str(config_dir), ",".join(NETWORK_STACK)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert done.returncode == 0 and lines, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    result: dict[str, Any] = json.loads(lines[-1].removeprefix("RESULT "))
    return result


def test_first_page_is_painted_before_the_network_stack_is_imported(tmp_path: Path) -> None:
    result = run_startup(tmp_path / "agent")
    assert result["rc"] == 0
    assert result["after_import"] == [], "importing ui.main imports the network stack"
    assert result["at_first_paint"] == [], "the wizard's first page needs the network stack to be painted"
    # Then the rest comes by itself, network stack included (which also shows that the check above sees it).
    assert result["pages"] == sorted(int(page_id) for page_id in PageId)
    assert {"httpx", "ldap3", "keyring"} <= set(result["after_pages_built"])
    # Cycles are collected on the GUI thread (ui.collector) while the program runs, automatically again after.
    assert result["automatic_collection"] is False and result["automatic_collection_after"] is True


def make_wizard(qtbot: Any, translations: Translations, paths: AgentPaths) -> tuple[SetupWizard, list[SetupFlow]]:
    made: list[SetupFlow] = []

    def new_flow() -> SetupFlow:
        made.append(SetupFlow(paths, device_name="ZYLKER-DC-AGENT-01"))
        return made[-1]

    wizard = SetupWizard(
        Later(new_flow),
        translations,
        licence_text="Apache License",
        licence_url="https://example.org/l",
        installation_key="ICK1-not-a-key",
    )
    qtbot.addWidget(wizard)
    return wizard, made


def test_later_pages_are_built_after_the_first_paint(qtbot: Any, translations: Translations, tmp_path: Path) -> None:
    wizard, made = make_wizard(qtbot, translations, AgentPaths.resolve(tmp_path / "agent"))
    assert sorted(wizard.pageIds()) == [PageId.LANGUAGE, PageId.LICENCE] and made == []
    with qtbot.waitSignal(wizard.sig_pages_built, timeout=30_000):
        wizard.show()
    assert sorted(wizard.pageIds()) == sorted(PageId)
    assert len(made) == 1, "one setup flow, shared by every page"
    assert wizard.currentId() == PageId.LANGUAGE
    assert wizard.key_page.key_edit.text() == "ICK1-not-a-key"


def test_next_before_the_background_build_builds_the_pages_at_once(
    qtbot: Any, translations: Translations, tmp_path: Path
) -> None:
    wizard, made = make_wizard(qtbot, translations, AgentPaths.resolve(tmp_path / "agent"))
    wizard.show()  # no event processed: the first paint has not happened, nothing was built
    translations.switch("de")  # a language chosen before the pages exist is the one they are built in
    wizard.next()
    assert wizard.currentId() == PageId.LICENCE and made == []
    wizard.licence_page.accept_box.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PageId.KEY
    assert all(wizard.page(page_id) is not None for page_id in LATER_PAGES)
    assert wizard.key_page.title() == "Installationsschlüssel"
    translations.switch("en")  # and they follow a later switch like every page (Qt posts LanguageChange)
    qtbot.waitUntil(lambda: wizard.key_page.title() == "Installation key", timeout=2000)


def test_cancel_on_the_first_page_builds_nothing(qtbot: Any, translations: Translations, tmp_path: Path) -> None:
    wizard, made = make_wizard(qtbot, translations, AgentPaths.resolve(tmp_path / "agent"))
    wizard.show()
    wizard.reject()
    assert not wizard.agent_installed()
    assert sorted(wizard.pageIds()) == [PageId.LANGUAGE, PageId.LICENCE] and made == []
