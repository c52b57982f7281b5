"""Render resources/icons/consent-ledger.svg to every icon file the platforms ask for.

    python packaging/render_icons.py [--out DIR]

Writes, all from the one SVG (QtSvg, which PySide6-Essentials ships; no other renderer):

- ``consent-ledger-{16..512}.png``: the sizes Linux desktops use (hicolor theme).
- ``consent-ledger.ico`` (Windows): 16, 24, 32, 48, 64, 128 and 256 px. The 256 px entry is stored
  as PNG, the smaller ones as 32-bit BGRA bitmaps with an AND mask, as Microsoft's icon guidance
  recommends (every Windows reader takes bitmaps; PNG entries need Vista or later).
- ``consent-ledger.icns`` (macOS): the ten slots of an Apple iconset: 16 and 32 px as 24-bit RLE
  colour plus an 8-bit alpha mask (``is32``/``s8mk``, ``il32``/``l8mk``); 16@2x, 32@2x, 128,
  128@2x, 256, 256@2x, 512 and 512@2x (1024 px) as PNG (``ic11 ic12 ic07 ic13 ic08 ic14 ic09
  ic10``).

The containers are written here with the standard library, so the output is byte-for-byte the same
on every run with the same Qt (tests/packaging/test_icon_containers.py checks that, and parses
both files). The files are committed, so installs and bundle builds need no renderer.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
import time
from collections.abc import Iterable
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "consent-ledger.svg"
RENDERER = "Consent Ledger render_icons.py"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the PNG files (Linux hicolor sizes)
ICO_NAME = "consent-ledger.ico"
ICNS_NAME = "consent-ledger.icns"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_PNG_FROM = 256  # ICO entries this size and larger hold PNG data; smaller ones a bitmap
# (OSType, pixel size, encoding): "png" a whole PNG file, "rgb" 24-bit colour, one RLE-packed
# plane per channel, "mask" the 8-bit alpha plane, uncompressed.
ICNS_CHUNKS = (
    (b"is32", 16, "rgb"),   # 16x16
    (b"s8mk", 16, "mask"),
    (b"il32", 32, "rgb"),   # 32x32
    (b"l8mk", 32, "mask"),
    (b"ic11", 32, "png"),   # 16x16@2x
    (b"ic12", 64, "png"),   # 32x32@2x
    (b"ic07", 128, "png"),  # 128x128
    (b"ic13", 256, "png"),  # 128x128@2x
    (b"ic08", 256, "png"),  # 256x256
    (b"ic14", 512, "png"),  # 256x256@2x
    (b"ic09", 512, "png"),  # 512x512
    (b"ic10", 1024, "png"),  # 512x512@2x
)


class Raster:
    """One rendering of the SVG: its PNG encoding and its pixels as straight-alpha RGBA bytes."""

    def __init__(self, size: int, png: bytes, rgba: bytes) -> None:
        if len(rgba) != size * size * 4:
            raise ValueError(f"{size} px raster has {len(rgba)} bytes of pixels")
        self.size = size
        self.png = png
        self.rgba = rgba


def rasterise(sizes: Iterable[int], source: Path = SOURCE) -> dict[int, Raster]:
    """Render the SVG once per size (QtSvg, antialiased, transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, qVersion
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - keeps Qt alive
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {source}")
    rasters = {}
    for size in sorted(set(sizes)):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        # A tEXt chunk naming the renderer: another Qt may anti-alias a little differently, and
        # the test that checks the committed files are current needs to know which Qt made them.
        image.setText("Software", f"{RENDERER} (Qt {qVersion()})")
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"could not encode the {size} px icon as PNG")
        buffer.close()
        # RGBA8888 is byte-ordered R, G, B, A whatever the machine's endianness; straight alpha
        # like ARGB32 it is converted from, so no value changes.
        rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
        stride = rgba.bytesPerLine()
        raw = bytes(rgba.constBits())
        pixels = b"".join(raw[row * stride: row * stride + size * 4] for row in range(size))
        rasters[size] = Raster(size, bytes(data.data()), pixels)
    return rasters


# --- Windows .ico -------------------------------------------------------------------------------

def dib(raster: Raster) -> bytes:
    """A 32-bit icon bitmap: BITMAPINFOHEADER (height doubled for the mask), bottom-up BGRA rows,
    then the 1-bit AND mask (1 = transparent), each mask row padded to 4 bytes."""
    size = raster.size
    bgra = bytearray(len(raster.rgba))
    bgra[0::4] = raster.rgba[2::4]
    bgra[1::4] = raster.rgba[1::4]
    bgra[2::4] = raster.rgba[0::4]
    bgra[3::4] = raster.rgba[3::4]
    row_bytes = size * 4
    colour = b"".join(bytes(bgra[row * row_bytes:(row + 1) * row_bytes])
                      for row in reversed(range(size)))
    mask_stride = (size + 31) // 32 * 4
    mask_rows = []
    for row in reversed(range(size)):
        bits = bytearray(mask_stride)
        alpha = raster.rgba[row * row_bytes + 3:(row + 1) * row_bytes:4]
        for x, a in enumerate(alpha):
            if a == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    mask = b"".join(mask_rows)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(colour) + len(mask),
                         0, 0, 0, 0)
    return header + colour + mask


def ico_bytes(rasters: dict[int, Raster], sizes: Iterable[int] = ICO_SIZES) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size (0 stands for 256 in the byte-wide size fields), data."""
    sizes = list(sizes)
    images = [rasters[s].png if s >= ICO_PNG_FROM else dib(rasters[s]) for s in sizes]
    offset = 6 + 16 * len(sizes)
    head = [struct.pack("<HHH", 0, 1, len(sizes))]
    for size, image in zip(sizes, images, strict=True):
        if size > 256:
            raise ValueError(f"an ICO entry is at most 256 px, not {size}")
        head.append(struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image),
                                offset))
        offset += len(image)
    return b"".join(head) + b"".join(images)


# --- macOS .icns --------------------------------------------------------------------------------

def icns_rle(plane: bytes) -> bytes:
    """Apple's icon RLE for one colour plane: a control byte c < 0x80 is followed by c + 1 literal
    bytes; c >= 0x80 repeats the next byte c - 125 times (runs of 3 to 130)."""
    out = bytearray()
    literal = bytearray()

    def flush() -> None:
        if literal:
            out.append(len(literal) - 1)
            out.extend(literal)
            literal.clear()

    i, n = 0, len(plane)
    while i < n:
        run = 1
        while i + run < n and run < 130 and plane[i + run] == plane[i]:
            run += 1
        if run >= 3:
            flush()
            out.append(run + 125)
            out.append(plane[i])
            i += run
        else:
            literal.append(plane[i])
            i += 1
            if len(literal) == 128:
                flush()
    flush()
    return bytes(out)


def icns_chunk_data(raster: Raster, encoding: str) -> bytes:
    if encoding == "png":
        return raster.png
    if encoding == "mask":
        return raster.rgba[3::4]
    if encoding == "rgb":
        return b"".join(icns_rle(raster.rgba[channel::4]) for channel in range(3))
    raise ValueError(f"unknown icns encoding {encoding!r}")


def icns_bytes(rasters: dict[int, Raster], chunks: Iterable[tuple[bytes, int, str]] = ICNS_CHUNKS,
               ) -> bytes:
    """'icns', the big-endian total length, then per chunk its OSType, length (with the 8-byte
    chunk header) and data."""
    body = []
    for ostype, size, encoding in chunks:
        data = icns_chunk_data(rasters[size], encoding)
        body.append(ostype + struct.pack(">I", 8 + len(data)) + data)
    payload = b"".join(body)
    return b"icns" + struct.pack(">I", 8 + len(payload)) + payload


# --- writing ------------------------------------------------------------------------------------

def write_atomic(target: Path, data: bytes) -> None:
    temporary = target.with_name(f".{target.name}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)


def render(sizes: tuple[int, ...] = SIZES, source: Path = SOURCE, folder: Path = ICONS,
           containers: bool = True) -> list[Path]:
    """Write the PNGs (and, with ``containers``, the .ico and .icns) into ``folder``."""
    needed = set(sizes)
    if containers:
        needed |= set(ICO_SIZES) | {size for _, size, _ in ICNS_CHUNKS}
    rasters = rasterise(needed, source)
    written = []
    for size in sizes:
        target = folder / f"consent-ledger-{size}.png"
        write_atomic(target, rasters[size].png)
        written.append(target)
    if containers:
        for name, data in ((ICO_NAME, ico_bytes(rasters)), (ICNS_NAME, icns_bytes(rasters))):
            write_atomic(folder / name, data)
            written.append(folder / name)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS,
                        help="folder to write into (default: resources/icons)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for path in render(folder=args.out):
        print(f"{path}  {path.stat().st_size:,} bytes")
    print(f"rendered in {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
