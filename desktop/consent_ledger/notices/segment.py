"""Split a notice's plain text into clauses with code-point offsets.

A clause is a heading, a list item, a table row, or one sentence inside a paragraph. Chinese
sentences end at 。；！？ (full or half width), English ones at . ! ? followed by a space and a
capital, digit, quote or bracket (abbreviations such as "e.g." and "Inc." do not end a sentence).
Markdown table separator rows and decoration lines are not clauses. Very long runs without any
boundary are cut at commas, then at spaces, so no clause exceeds ``MAX_CLAUSE``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

MAX_CLAUSE = 1200
_LINE = re.compile(r"[^\n]+")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_DECORATION = re.compile(r"^[\s\W_]*$")
_DECORATION_SPAN = re.compile(r"[\s\W_]*")  # with fullmatch(text, start, end): no slice needed
_LEAD_TRIM = " \t\u3000\u00a0|*_>#"
_TAIL_TRIM = " \t\u3000\u00a0|*_"
_ANY_END = re.compile(r"[。！？；!?;.]")  # a line without one of these is one sentence
# sentence ends: Chinese punctuation (no space needed), or Latin .!? + space + a plausible start
_ZH_END = re.compile(r"[。！？；!?;](?:[”’」』）)\]]*)")
_EN_END = re.compile(r"[.!?](?:[\"'”’)\]]*)(?=\s+[\"'“‘(\[]?[A-Z0-9•·\-*（(])")
_ABBREV = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|inc|ltd|co|corp|no|nos|vs|mr|mrs|ms|dr|st|u\.s|u\.k|e\.u|approx|incl"
    r"|art|sec|para|fig|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\b[A-Z])$",
    re.I,
)
_LEAD = re.compile(
    r"^(?:#{1,6}\s+|>\s*|[-*+•·●○■□◆◇▪►]\s+|\(?\d{1,3}(?:\.\d{1,3})*[.)、．]\s*|"
    r"[（(][一二三四五六七八九十\d]{1,3}[)）]\s*|[一二三四五六七八九十]{1,3}[、.．]\s*|"
    r"第[一二三四五六七八九十百\d]+[条章节部分]\s*|\(?[a-zA-Z][.)]\s+)"
)


class Span(NamedTuple):
    start: int
    end: int
    kind: str  # "heading", "item", "row", "sentence"
    line: int = 0  # index of the line (paragraph) the clause belongs to


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = piece.lstrip(_LEAD_TRIM)
    start += len(piece) - len(lead)
    return start, start + len(lead.rstrip(_TAIL_TRIM))


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run longer than MAX_CLAUSE at commas or spaces (never mid-word when avoidable)."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_CLAUSE:
        window = text[start : start + MAX_CLAUSE]
        cut = max(window.rfind("，"), window.rfind(", "), window.rfind("、"))
        if cut < MAX_CLAUSE // 3:
            cut = window.rfind(" ")
        if cut < MAX_CLAUSE // 3:
            cut = MAX_CLAUSE - 1
        out.append((start, start + cut + 1))
        start += cut + 1
    out.append((start, end))
    return out


def _sentences(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence boundaries inside one *line* (``text[start:end]``)."""
    if not _ANY_END.search(line):
        return [(start, end)]
    cuts: set[int] = set()
    for m in _ZH_END.finditer(line):
        ch = line[m.start()]
        if ch in "!?;" and not ("\u4e00" <= line[m.start() - 1 : m.start()] <= "\u9fff"):
            # half-width ! ? ; after Latin text: the English rule below decides (a semicolon
            # joins the parts of one English sentence)
            continue
        cuts.add(m.end())
    for m in _EN_END.finditer(line):
        before = line[max(0, m.start() - 6) : m.start()]
        if line[m.start()] == "." and _ABBREV.search(before):
            continue
        cuts.add(m.end())
    spans = []
    prev = 0
    for cut in sorted(cuts):
        if cut > prev:
            spans.append((start + prev, start + cut))
            prev = cut
    if prev < len(line):
        spans.append((start + prev, end))
    return spans


def segment(text: str, max_clauses: int | None = None) -> list[Span]:
    """Clauses of *text* in order, non-overlapping, offsets in code points."""
    spans: list[Span] = []
    for line_no, m in enumerate(_LINE.finditer(text)):
        raw = m.group()
        line = raw.lstrip(_LEAD_TRIM)  # as _trim, on the line in hand
        s = m.start() + len(raw) - len(line)
        line = line.rstrip(_TAIL_TRIM)
        e = s + len(line)
        if not line:
            continue
        if ("--" in line and _TABLE_SEPARATOR.match(line)) or _DECORATION.match(line):
            continue  # (a table separator has "--" in it)
        raw = raw.lstrip()
        if raw.startswith("|"):
            kind = "row"
        elif raw.startswith("#"):
            kind = "heading"
        elif _LEAD.match(raw):
            kind = "item"
        else:
            kind = "sentence"
        pieces = [(s, e)] if kind == "heading" else _sentences(line, s, e)
        if len(pieces) == 1 and pieces[0] == (s, e) and e - s <= MAX_CLAUSE:
            # the whole line: trimmed, and not decoration (tested above)
            spans.append(Span(s, e, kind, line_no))
            if max_clauses is not None and len(spans) >= max_clauses:
                return spans
            continue
        for ps, pe in pieces:
            ps, pe = _trim(text, ps, pe)
            # a piece that needs no cut is trimmed already
            cut = _cut_long(text, ps, pe) if pe - ps > MAX_CLAUSE else [(ps, pe)]
            for cs, ce in cut:
                if len(cut) > 1:
                    cs, ce = _trim(text, cs, ce)
                if cs < ce and not _DECORATION_SPAN.fullmatch(text, cs, ce):
                    spans.append(Span(cs, ce, kind, line_no))
                    if max_clauses is not None and len(spans) >= max_clauses:
                        return spans
    return spans
