"""The report's charts, drawn offline: inline SVG for browsers, plain table bars for the PDF.

Qt's rich-text engine (which prints the PDF) does not draw inline SVG, so every chart also has a
table form built from cells with a width and a background colour, which that engine does draw.
Both forms show the same numbers, and the numbers are printed as text too (readable without colour).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ..core.vocab import SENSITIVE_DATA_CATEGORIES

TIER_COLOURS = {"low": "#2e7d32", "medium": "#e0a100", "high": "#c62828"}
SENSITIVE_COLOUR = "#8e24aa"
GIVEN_COLOUR = "#1e88e5"
EMPTY_COLOUR = "#eceff1"
FONT = "'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',sans-serif"


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: str


def text_width(text: str, size: float) -> float:
    """Rough advance width: CJK characters are square, Latin ones about half as wide."""
    return sum(size if ord(ch) > 0x2E7F else size * 0.58 for ch in text)


def bar_chart_svg(bars: Sequence[Bar], *, title: str, width: int = 560) -> str:
    """Horizontal bars with the label on the left and the value at the end of each bar."""
    row, size = 26, 13.0
    label_w = min(max((text_width(b.label, size) for b in bars), default=40) + 12, width * 0.45)
    top = 28
    height = top + row * len(bars) + 8
    span = width - label_w - 48
    peak = max((b.value for b in bars), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="{size:g}">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="16" font-weight="bold">{escape(title)}</text>',
    ]
    for i, bar in enumerate(bars):
        y = top + i * row
        length = span * bar.value / peak
        parts.append(f'<text x="{label_w - 8:.1f}" y="{y + 16}" text-anchor="end">'
                     f"{escape(bar.label)}</text>")
        parts.append(f'<rect x="{label_w:.1f}" y="{y + 3}" width="{max(length, 1):.1f}" '
                     f'height="{row - 8}" fill="{bar.colour}" rx="2"/>')
        parts.append(f'<text x="{label_w + length + 6:.1f}" y="{y + 16}">{bar.value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def bar_chart_table(bars: Sequence[Bar], *, title: str, width: int = 300) -> str:
    """The same bars as an HTML table Qt's rich text can print."""
    peak = max((b.value for b in bars), default=0) or 1
    rows = [f'<p><b>{escape(title)}</b></p><table cellspacing="0" cellpadding="2">']
    for bar in bars:
        length = max(int(width * bar.value / peak), 1 if bar.value else 0)
        cell = (f'<table cellspacing="0" cellpadding="0"><tr><td width="{length}" '
                f'bgcolor="{bar.colour}">&nbsp;</td></tr></table>' if length else "")
        rows.append(f"<tr><td align=\"right\">{escape(bar.label)}&nbsp;</td><td>{cell}</td>"
                    f"<td>&nbsp;{bar.value}</td></tr>")
    rows.append("</table>")
    return "".join(rows)


@dataclass(frozen=True)
class Matrix:
    """Which categories (columns) each service (rows) was given."""

    rows: Sequence[tuple[str, frozenset[str]]]  # service name, categories given
    columns: Sequence[tuple[str, str]]  # category id, label


def matrix_svg(matrix: Matrix, *, title: str, legend: tuple[str, str]) -> str:
    """A grid of squares: filled where the service was given the category, purple if sensitive."""
    size, cell = 12.0, 18
    label_w = min(max((text_width(n, size) for n, _ in matrix.rows), default=40) + 12, 200)
    head_h = max((text_width(lbl, size - 1) for _, lbl in matrix.columns), default=20) * 0.72 + 16
    top = 26 + head_h
    width = int(label_w + cell * len(matrix.columns) + head_h)
    height = int(top + cell * len(matrix.rows) + 30)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="{size:g}">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="16" font-weight="bold">{escape(title)}</text>',
    ]
    for j, (_cid, label) in enumerate(matrix.columns):
        x = label_w + j * cell + cell / 2
        parts.append(f'<text x="{x:.1f}" y="{top - 6:.1f}" font-size="{size - 1:g}" '
                     f'transform="rotate(-45 {x:.1f} {top - 6:.1f})">{escape(label)}</text>')
    for i, (name, given) in enumerate(matrix.rows):
        y = top + i * cell
        parts.append(f'<text x="{label_w - 8:.1f}" y="{y + 13:.1f}" text-anchor="end">'
                     f"{escape(name)}</text>")
        for j, (cid, label) in enumerate(matrix.columns):
            colour = _cell_colour(cid, cid in given)
            mark = "✓" if cid in given else "–"
            parts.append(f'<rect x="{label_w + j * cell + 1:.1f}" y="{y + 1:.1f}" '
                         f'width="{cell - 2}" height="{cell - 2}" fill="{colour}" rx="2">'
                         f"<title>{escape(name)}: {escape(label)} {mark}</title></rect>")
    y = top + cell * len(matrix.rows) + 10
    parts.append(f'<rect x="0" y="{y:.1f}" width="12" height="12" fill="{SENSITIVE_COLOUR}"/>'
                 f'<text x="16" y="{y + 10:.1f}">{escape(legend[0])}</text>')
    offset = 28 + text_width(legend[0], size)
    parts.append(f'<rect x="{offset:.1f}" y="{y:.1f}" width="12" height="12" '
                 f'fill="{GIVEN_COLOUR}"/><text x="{offset + 16:.1f}" y="{y + 10:.1f}">'
                 f"{escape(legend[1])}</text>")
    parts.append("</svg>")
    return "".join(parts)


def matrix_table(matrix: Matrix, *, title: str, legend: tuple[str, str]) -> str:
    head = "".join(f'<th><small>{escape(label)}</small></th>' for _, label in matrix.columns)
    rows = [f'<p><b>{escape(title)}</b></p><table border="1" cellspacing="0" cellpadding="3">',
            f"<tr><th></th>{head}</tr>"]
    for name, given in matrix.rows:
        cells = "".join(
            f'<td align="center" bgcolor="{_cell_colour(cid, cid in given)}">'
            f'<font color="#ffffff">{"■" if cid in given else ""}</font></td>'
            for cid, _ in matrix.columns)
        rows.append(f"<tr><td>{escape(name)}</td>{cells}</tr>")
    rows.append("</table>")
    rows.append(f'<p><small><font color="{SENSITIVE_COLOUR}">■</font> {escape(legend[0])} '
                f'&nbsp; <font color="{GIVEN_COLOUR}">■</font> {escape(legend[1])}</small></p>')
    return "".join(rows)


def _cell_colour(category: str, given: bool) -> str:
    if not given:
        return EMPTY_COLOUR
    return SENSITIVE_COLOUR if category in SENSITIVE_DATA_CATEGORIES else GIVEN_COLOUR
