"""Where the program's own files are: icons, licence texts and translations.

The same code runs from three layouts, and this module is the one place that knows them:

* a source checkout or an editable install: ``resources/`` and ``translations/`` sit next to ``app/``;
* a frozen PyInstaller build: they are unpacked under ``sys._MEIPASS`` (the bundle's ``_internal`` folder);
* a regular install: they are installed as data files under ``{sys.prefix}/share/identity-connect``.

``IDENTITY_CONNECT_RESOURCES`` names another root for packagers who put them elsewhere. Nothing here
imports Qt, so the headless agent and the tests can use it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import APP_NAME

ENV_RESOURCES = "IDENTITY_CONNECT_RESOURCES"

LICENCE_URL = "https://www.apache.org/licenses/LICENSE-2.0"

#: Icons every build must carry (``resources/icons/<name>.svg``).
ICON_NAMES: tuple[str, ...] = (
    "app",
    "tray-connected",
    "tray-syncing",
    "tray-attention",
    "tray-disconnected",
    "check",
    "cross",
    "pending",
)


def _candidate_roots() -> list[Path]:
    roots: list[Path] = []
    override = os.environ.get(ENV_RESOURCES)
    if override:
        roots.append(Path(override).expanduser())
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    # app/resources.py -> the checkout (or editable install's source tree) is two levels up.
    roots.append(Path(__file__).resolve().parent.parent)
    roots.append(Path(sys.prefix) / "share" / APP_NAME)
    return roots


def resource_root() -> Path:
    """The folder holding ``resources/`` (and ``translations/``); the checkout's when none is found."""
    roots = _candidate_roots()
    for root in roots:
        if (root / "resources").is_dir():
            return root
    # Nothing found: answer the source layout, so a caller's "missing file" error names a sensible path.
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """``resource_path("resources", "icons", "app.svg")``, ``resource_path("translations")``."""
    return resource_root().joinpath(*parts)


def icon_path(name: str) -> Path:
    """The SVG file of one of :data:`ICON_NAMES`, e.g. ``icon_path("tray-syncing")``."""
    return resource_path("resources", "icons", f"{name}.svg")


def licence_path() -> Path:
    return resource_path("resources", "licence", "LICENSE.txt")


def licence_text() -> str:
    """The full text of the product's licence (Apache License 2.0)."""
    return licence_path().read_text(encoding="utf-8")


def missing_resources() -> list[Path]:
    """Files a build must carry but this one lacks (empty when complete)."""
    expected = [icon_path(name) for name in ICON_NAMES] + [licence_path()]
    return [path for path in expected if not path.is_file()]
