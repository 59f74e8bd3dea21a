"""Screenshots of every setup wizard page, in English and German, from a real window.

Run under a virtual X server from the checkout (needs the sandbox extra, the Samba packages, root and a keyring):

    xvfb-run -a -s "-screen 0 1280x900x24" tests/with-keyring \\
        .venv/bin/python docs/screenshots/take_wizard_screenshots.py

It starts the sandbox tenant and the seeded Samba AD DC, drives the real wizard through every page (approving
the device code over HTTP as a person would), and saves ``docs/screenshots/wizard-<lang>-<nn>-<page>.png`` from
the X server's own framebuffer (``QScreen.grabWindow``), so what is saved is what a person would see.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

import app.ldap  # noqa: E402, F401  (imports ldap3 quietly first)
from app.paths import AgentPaths  # noqa: E402
from tests.ldap.test_tls_trust import serve_whole_chain  # noqa: E402
from tests.servers.samba import running_copy  # noqa: E402
from tests.servers.sandbox import start_sandbox  # noqa: E402
from ui.bridge import AgentBridge  # noqa: E402
from ui.collector import collect_on_gui_thread  # noqa: E402
from ui.i18n import Translations  # noqa: E402
from ui.main import create_wizard  # noqa: E402
from ui.widgets.device_signin import SignInState  # noqa: E402
from ui.wizard.wizard import PageId, SetupWizard  # noqa: E402

OUT = Path(__file__).resolve().parent


async def until(predicate: Any, timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError(str(predicate))
        await asyncio.sleep(0.05)


async def shoot(app: QApplication, wizard: SetupWizard, name: str) -> None:
    await asyncio.sleep(0.4)  # let layouts, fonts and the language change settle
    app.processEvents()
    screen = wizard.screen()
    pixmap = screen.grabWindow(wizard.winId())
    path = OUT / f"wizard-{name}.png"
    pixmap.save(str(path))
    print("saved", path.relative_to(ROOT))


async def walk(app: QApplication, lang: str, tenant: Any, dc: Any) -> None:
    paths = AgentPaths.resolve(tempfile.mkdtemp(prefix="ic-shots-"))
    translations = Translations(app)
    translations.switch("en")
    bridge = AgentBridge()
    wizard = create_wizard(paths, translations, installation_key=tenant.issue_key(), bridge=bridge)
    wizard.flow.device_name = "ZYLKER-DC-AGENT-01"
    wizard.resize(860, 700)
    wizard.show()
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    try:
        wizard.language_page.select(lang)
        await shoot(app, wizard, f"{lang}-01-language")
        nxt.click()
        wizard.licence_page.accept_box.setChecked(True)
        await shoot(app, wizard, f"{lang}-02-licence")
        nxt.click()
        await shoot(app, wizard, f"{lang}-03-key")
        nxt.click()
        await until(lambda: wizard.sign_in_page.signin.state() is SignInState.WAITING)
        await shoot(app, wizard, f"{lang}-04-sign-in")
        await asyncio.to_thread(tenant.approve, wizard.sign_in_page.signin.qr.data())
        await until(lambda: wizard.currentId() == PageId.SIGNED_IN)
        await shoot(app, wizard, f"{lang}-05-signed-in")
        nxt.click()
        form = wizard.directory_page.form
        form.domain_edit.setText(dc.domain)
        form.set_domain_controllers([dc.host])
        form.bind_edit.setText(dc.admin_bind)
        form.password_edit.setText(dc.admin_password)
        await shoot(app, wizard, f"{lang}-06-directory")
        nxt.click()  # without the CA file: the TLS stage fails and shows the certificate
        await until(lambda: not wizard.directory_page.busy())
        wizard.directory_page.findChild(object, "directoryScroll").verticalScrollBar().setValue(10_000)
        await shoot(app, wizard, f"{lang}-07-directory-check-failed")
        # The DC sends its private CA (as a Windows DC does): "Trust this CA…" shows it, and trusting it passes.
        page = wizard.directory_page
        page.checklist.certificate_view.trust_button.click()
        await until(lambda: page.ca_trust.dialog is not None)
        await shoot(app, page.ca_trust.dialog, f"{lang}-07b-trust-ca")  # type: ignore[arg-type]
        page.ca_trust.dialog.trust_button.click()  # type: ignore[union-attr]
        await until(lambda: wizard.currentId() == PageId.REVIEW)
        await shoot(app, wizard, f"{lang}-08-review")
        wizard.button(QWizard.WizardButton.CommitButton).click()
        await until(lambda: wizard.install_page.finished_ok() or wizard.install_page.retry_button.isVisible())
        await shoot(app, wizard, f"{lang}-09-install")
    finally:
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        wizard.reject()
        for task in tasks:
            task.cancel()
        await asyncio.sleep(0.2)
        wizard.close()
        await bridge.shutdown()
        translations.switch("en")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    collect_on_gui_thread(app)  # as the program does: no window is destroyed by a worker thread
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    tenant = start_sandbox()
    try:
        with running_copy() as dc, loop:
            serve_whole_chain(dc)
            for lang in ("en", "de"):
                loop.run_until_complete(walk(app, lang, tenant, dc))
    finally:
        tenant.server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
