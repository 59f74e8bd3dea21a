"""The program finds its icons, licence and translations from a checkout, a frozen build and an install."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import resources
from app.resources import ICON_NAMES, LICENCE_URL, icon_path, licence_text, missing_resources, resource_path

REPO = Path(__file__).resolve().parent.parent
SVG = "{http://www.w3.org/2000/svg}"


def test_checkout_layout_has_every_resource() -> None:
    assert resource_path("resources") == REPO / "resources"
    assert resource_path("translations") == REPO / "translations"
    assert missing_resources() == []


def test_licence_is_the_apache_licence_and_matches_the_top_level_copy() -> None:
    text = licence_text()
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text
    assert (REPO / "LICENSE").read_text(encoding="utf-8") == text
    assert (REPO / "resources" / "licence" / "URL").read_text(encoding="utf-8").strip() == LICENCE_URL


@pytest.mark.parametrize("name", ICON_NAMES)
def test_icons_are_square_svg_with_a_title(name: str) -> None:
    root = ET.parse(icon_path(name)).getroot()
    assert root.tag == f"{SVG}svg"
    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert width == height
    title = root.find(f"{SVG}title")
    assert title is not None and title.text


def test_qrc_lists_exactly_the_shipped_files() -> None:
    qrc = ET.parse(REPO / "resources" / "resources.qrc").getroot()
    listed = {f.text for f in qrc.iter("file")}
    shipped = {f"icons/{name}.svg" for name in ICON_NAMES} | {"licence/LICENSE.txt", "licence/URL"}
    assert listed == shipped
    for rel in listed:
        assert (REPO / "resources" / str(rel)).is_file()


def test_frozen_build_reads_from_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("translations") == tmp_path / "translations"
    assert icon_path("app") == tmp_path / "resources" / "icons" / "app.svg"
    assert icon_path("app") in missing_resources()


def test_installed_layout_under_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    share = tmp_path / "share" / "identity-connect"
    (share / "resources").mkdir(parents=True)
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    # Pretend the package is installed in site-packages, away from any checkout.
    monkeypatch.setattr(resources, "__file__", str(tmp_path / "site-packages" / "app" / "resources.py"))
    assert resource_path("resources", "icons") == share / "resources" / "icons"


def test_environment_override_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources").mkdir()
    monkeypatch.setenv(resources.ENV_RESOURCES, str(tmp_path))
    assert resource_path("translations") == tmp_path / "translations"
