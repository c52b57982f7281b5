"""The app icon: one SVG source and the PNG sizes desktops ask for, each the size its name says."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:32]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    colour_type = data[25]
    assert colour_type == 6, f"{path.name}: expected RGBA (transparent corners)"
    return width, height


def test_svg_source_is_square_and_well_formed() -> None:
    root = ET.parse(ICONS / "consent-ledger.svg").getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 512 512"


@pytest.mark.parametrize("size", SIZES)
def test_png_sizes(size: int) -> None:
    assert png_size(ICONS / f"consent-ledger-{size}.png") == (size, size)


def test_build_lays_out_hicolor_icons_for_every_size() -> None:
    from packaging_build import ICON_SIZES  # type: ignore[import-not-found]

    assert tuple(ICON_SIZES) == SIZES
