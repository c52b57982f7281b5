"""The Windows .ico and macOS .icns icons: parsed byte by byte, every image decoded (Qt's PNG
reader for PNG entries, a decoder written here for the bitmap and RLE entries) and compared with
the PNGs rendered from the same SVG; and render_icons.py reproduces the committed files exactly."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from packaging_render_icons import icns_rle  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
ICO = ICONS / "consent-ledger.ico"
ICNS = ICONS / "consent-ledger.icns"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# OSType -> pixel size, in the order of an Apple iconset (1x and @2x of 16, 32, 128, 256, 512 pt).
ICNS_TYPES = {
    b"is32": 16, b"s8mk": 16, b"il32": 32, b"l8mk": 32,
    b"ic11": 32, b"ic12": 64, b"ic07": 128, b"ic13": 256,
    b"ic08": 256, b"ic14": 512, b"ic09": 512, b"ic10": 1024,
}
ICNS_PNG_TYPES = {b"ic07", b"ic08", b"ic09", b"ic10", b"ic11", b"ic12", b"ic13", b"ic14"}


def rgba_of_png(data: bytes) -> tuple[int, int, bytes]:
    """Decode with Qt; width, height and straight-alpha RGBA bytes, rows packed."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(data)
    assert not image.isNull(), "not a decodable image"
    assert image.hasAlphaChannel()
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = bytes(image.constBits())
    rows = b"".join(raw[y * stride: y * stride + width * 4] for y in range(height))
    return width, height, rows


def png_header_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def committed_rgba(size: int) -> bytes:
    width, height, rgba = rgba_of_png((ICONS / f"consent-ledger-{size}.png").read_bytes())
    assert (width, height) == (size, size)
    return rgba


# --- .ico ---------------------------------------------------------------------------------------

def ico_entries(data: bytes) -> list[tuple[int, int, int, bytes]]:
    """(declared width, declared height, bit count, image bytes) per ICONDIRENTRY."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "not an ICONDIR of type icon"
    entries = []
    end_of_directory = 6 + 16 * count
    spans = []
    for index in range(count):
        width, height, colours, zero, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index)
        assert colours == 0 and zero == 0 and planes == 1
        assert offset >= end_of_directory and offset + length <= len(data)
        spans.append((offset, offset + length))
        entries.append((width or 256, height or 256, bits, data[offset: offset + length]))
    spans.sort()
    assert spans[0][0] == end_of_directory and spans[-1][1] == len(data), "gaps at the ends"
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False)), "gaps or overlaps"
    return entries


def decode_ico_bitmap(image: bytes, size: int) -> tuple[bytes, bytes]:
    """A 32-bit icon DIB -> (RGBA rows top-down, AND mask rows top-down)."""
    (header_size, width, height, planes, bits, compression, _, _, _, colours_used,
     _) = struct.unpack_from("<IiiHHIIiiII", image, 0)
    assert header_size == 40 and (width, height) == (size, 2 * size)
    assert (planes, bits, compression, colours_used) == (1, 32, 0, 0)
    mask_stride = (size + 31) // 32 * 4
    assert len(image) == 40 + size * size * 4 + mask_stride * size
    colour = image[40: 40 + size * size * 4]
    rows = [colour[y * size * 4: (y + 1) * size * 4] for y in range(size)][::-1]
    rgba = bytearray(b"".join(rows))
    rgba[0::4], rgba[2::4] = rgba[2::4], rgba[0::4]  # BGRA -> RGBA
    mask = image[40 + size * size * 4:]
    mask_rows = [mask[y * mask_stride: (y + 1) * mask_stride] for y in range(size)][::-1]
    return bytes(rgba), b"".join(mask_rows)


def test_ico_directory_lists_every_size_once(qapp: object) -> None:
    entries = ico_entries(ICO.read_bytes())
    assert [(w, h, bits) for w, h, bits, _ in entries] == [(s, s, 32) for s in ICO_SIZES]
    assert ICO.read_bytes()[6 + 16 * 6] == 0, "a 256 px entry is declared as 0"


def test_ico_256_entry_is_the_png(qapp: object) -> None:
    width, height, _, image = ico_entries(ICO.read_bytes())[-1]
    assert (width, height) == (256, 256)
    assert png_header_size(image) == (256, 256)
    assert rgba_of_png(image)[:2] == (256, 256)
    assert image == (ICONS / "consent-ledger-256.png").read_bytes()


@pytest.mark.parametrize("index", range(len(ICO_SIZES) - 1))
def test_ico_bitmap_entries_hold_the_rendered_pixels(qapp: object, index: int) -> None:
    width, height, _, image = ico_entries(ICO.read_bytes())[index]
    assert not image.startswith(PNG_SIGNATURE)
    rgba, mask = decode_ico_bitmap(image, width)
    assert width == height == ICO_SIZES[index]
    assert rgba == committed_rgba(width)
    stride = (width + 31) // 32 * 4
    for y in range(width):
        for x in range(width):
            transparent = bool(mask[y * stride + x // 8] & (0x80 >> (x % 8)))
            assert transparent == (rgba[(y * width + x) * 4 + 3] == 0), (x, y)


# --- .icns --------------------------------------------------------------------------------------

def icns_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:4] == b"icns"
    (total,) = struct.unpack_from(">I", data, 4)
    assert total == len(data), "the header's length is the file's length"
    chunks, offset = [], 8
    while offset < len(data):
        assert offset + 8 <= len(data), "a truncated chunk header"
        ostype, length = data[offset: offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert length >= 8 and offset + length <= len(data), (ostype, length)
        chunks.append((ostype, data[offset + 8: offset + length]))
        offset += length
    assert offset == len(data)
    return chunks


def icns_unrle(data: bytes, count: int) -> tuple[bytes, int]:
    """Decode one plane of ``count`` bytes; returns it and the bytes consumed."""
    out, i = bytearray(), 0
    while len(out) < count:
        control = data[i]
        if control >= 0x80:
            out += bytes([data[i + 1]]) * (control - 125)
            i += 2
        else:
            literal = data[i + 1: i + 2 + control]
            assert len(literal) == control + 1, "a literal run past the end of the data"
            out += literal
            i += 1 + len(literal)
        assert len(out) <= count, "a run crosses the end of the plane"
    return bytes(out), i


def test_icns_header_and_chunk_layout() -> None:
    chunks = icns_chunks(ICNS.read_bytes())
    assert [ostype for ostype, _ in chunks] == list(ICNS_TYPES)
    for ostype, body in chunks:
        size = ICNS_TYPES[ostype]
        if ostype in ICNS_PNG_TYPES:
            assert png_header_size(body) == (size, size), ostype
        elif ostype in (b"s8mk", b"l8mk"):
            assert len(body) == size * size, ostype


@pytest.mark.parametrize("ostype", sorted(ICNS_PNG_TYPES))
def test_icns_png_chunks_decode_to_their_size(qapp: object, ostype: bytes) -> None:
    body = dict(icns_chunks(ICNS.read_bytes()))[ostype]
    size = ICNS_TYPES[ostype]
    width, height, rgba = rgba_of_png(body)
    assert (width, height) == (size, size)
    assert rgba[3] == 0, "the corners are transparent, as in the SVG"
    if size <= 512:
        assert rgba == committed_rgba(size)


@pytest.mark.parametrize(("colour", "mask", "size"), [(b"is32", b"s8mk", 16),
                                                      (b"il32", b"l8mk", 32)])
def test_icns_rle_chunks_hold_the_rendered_pixels(qapp: object, colour: bytes, mask: bytes,
                                                  size: int) -> None:
    chunks = dict(icns_chunks(ICNS.read_bytes()))
    packed, planes = chunks[colour], []
    for _ in range(3):
        plane, used = icns_unrle(packed, size * size)
        planes.append(plane)
        packed = packed[used:]
    assert packed == b"", "nothing after the three planes"
    expected = committed_rgba(size)
    for channel in range(3):
        assert planes[channel] == expected[channel::4], f"channel {channel}"
    assert chunks[mask] == expected[3::4]


def test_rle_known_encodings() -> None:
    assert icns_rle(b"") == b""
    assert icns_rle(b"ab") == b"\x01ab"
    assert icns_rle(b"\x05" * 3) == b"\x80\x05"
    assert icns_rle(b"\x05" * 130) == b"\xff\x05"
    assert icns_rle(b"\x05" * 131) == b"\xff\x05\x00\x05"
    assert icns_rle(b"xy" + b"z" * 4) == b"\x01xy\x81z"
    literal = bytes(range(129))
    assert icns_rle(literal) == b"\x7f" + literal[:128] + b"\x00" + literal[128:]


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 300)), max_size=40))
def test_rle_round_trips(runs: list[tuple[int, int]]) -> None:
    plane = b"".join(bytes([value]) * length for value, length in runs)
    packed = icns_rle(plane)
    decoded, used = icns_unrle(packed, len(plane)) if plane else (b"", 0)
    assert decoded == plane and used == len(packed)


# --- reproducible -------------------------------------------------------------------------------

def png_software(data: bytes) -> str | None:
    """The "Software" text chunk (tEXt or zTXt) of a PNG, if any."""
    offset = 8
    while offset + 8 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, offset)
        body = data[offset + 8: offset + 8 + length]
        keyword, _, rest = body.partition(b"\0")
        if keyword == b"Software" and kind == b"tEXt":
            return rest.decode("latin-1")
        if keyword == b"Software" and kind == b"zTXt":
            return zlib.decompress(rest[1:]).decode("latin-1")
        offset += 12 + length
    return None


def render_into(folder: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icons.py"), "--out", str(folder)],
        capture_output=True, text=True, env=env, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def renderings(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first, second = tmp_path_factory.mktemp("render1"), tmp_path_factory.mktemp("render2")
    render_into(first)
    render_into(second)
    return first, second


def test_rendering_twice_gives_identical_bytes(renderings: tuple[Path, Path]) -> None:
    first, second = renderings
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    assert {"consent-ledger.ico", "consent-ledger.icns", "consent-ledger-512.png"} <= set(names)
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_committed_icons_are_a_current_rendering(qapp: object,
                                                 renderings: tuple[Path, Path]) -> None:
    """Byte for byte when this Qt made them; otherwise (another Qt may anti-alias a little
    differently) the same picture: at most 1 % of the channel values more than 16 apart."""
    fresh = renderings[0]
    names = sorted(p.name for p in fresh.iterdir())
    committed = sorted(p.name for p in ICONS.iterdir() if p.suffix in (".png", ".ico", ".icns"))
    assert names == committed
    made_by = png_software((ICONS / "consent-ledger-16.png").read_bytes())
    assert made_by is not None and made_by.startswith("Consent Ledger render_icons.py (Qt ")
    if made_by == png_software((fresh / "consent-ledger-16.png").read_bytes()):
        for name in names:
            assert (fresh / name).read_bytes() == (ICONS / name).read_bytes(), (
                f"{name} differs from a fresh rendering: run python packaging/render_icons.py")
        return
    for name in (n for n in names if n.endswith(".png")):
        _, _, new = rgba_of_png((fresh / name).read_bytes())
        _, _, old = rgba_of_png((ICONS / name).read_bytes())
        assert len(new) == len(old), name
        far = sum(abs(a - b) > 16 for a, b in zip(new, old, strict=True))
        assert far <= len(new) // 100, f"{name}: {far} channel values differ; re-render the icons"
