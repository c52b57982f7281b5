"""The Linux desktop entry and AppStream metainfo validate, and agree with each other and the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from consent_ledger import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.consent_ledger.ConsentLedger"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return path


def test_desktop_file_validates() -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_validates() -> None:
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_and_metainfo_agree_with_the_app() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"].split()[0] == "consent-ledger-gui"
    assert desktop["Name[zh_CN]"] == "知情账本"
    tree = ET.parse(METAINFO).getroot()
    assert tree.findtext("id") == APP_ID
    assert tree.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    versions = [r.get("version") for r in tree.iter("release")]
    assert versions[0] == __version__
    binaries = {b.text for b in tree.iter("binary")}
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for binary in binaries:
        assert f'\n{binary} = "consent_ledger.app:' in pyproject
