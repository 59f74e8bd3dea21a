"""Run by the Windows interpreter under Wine: the setup wizard opens offscreen, translated, and draws itself.

    python.exe wizard_smoke.py CONFIG_DIR LANGUAGE

Prints one JSON line (platform, visible, size, the Next button's text, whether the drawing is blank) for
``test_windows_leg.py`` to check. Needs the Wine ICU shim in the prefix (Qt 6 links Windows 10's system ICU).
"""

from __future__ import annotations

import json
import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from app.paths import AgentPaths  # noqa: E402
from ui.i18n import Translations  # noqa: E402
from ui.main import create_wizard  # noqa: E402


def main() -> int:
    config_dir, language = sys.argv[1], sys.argv[2]
    app = QApplication(["identity-connect"])
    translations = Translations(app)
    translations.switch(language)
    wizard = create_wizard(AgentPaths.resolve(config_dir), translations)
    wizard.show()
    for _ in range(5):
        app.processEvents()
    image = wizard.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    print(
        json.dumps(
            {
                "platform": app.platformName(),
                "visible": wizard.isVisible(),
                "width": image.width(),
                "height": image.height(),
                "colours": len(colours),
                "next": wizard.buttonText(QWizard.WizardButton.NextButton),
                "title": wizard.windowTitle(),
            }
        )
    )
    wizard.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
