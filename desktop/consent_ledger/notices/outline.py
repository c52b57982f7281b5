"""The outline of a notice: each clause's chain of headings (``outline``), from their styles
(Markdown levels, setext underlines, bold or numbered title lines) and numbering; and whether a
heading names the notice itself ("GitHub Privacy Statement", "隐私政策") rather than a part of it.
"""

from __future__ import annotations

import re

from .segment import SETEXT, Span

# --- the outline: which headings each clause stands under ------------------------------------
# A heading's style: its Markdown depth ("#2"), else its numbering ("一、", "（一）", "1.", "1.1",
# "第条"), else "**" (a bold line). Numbering styles with a known place in a notice's outline
# (第一章 > 第一条 > 一、 > （一） > 1. > 1.1 > (1)) close the deeper ones open above them.
_STYLES = (
    ("第章", re.compile(r"第[一二三四五六七八九十百\d]+(?:章|部分)")),
    ("第节", re.compile(r"第[一二三四五六七八九十百\d]+节")),
    ("第条", re.compile(r"第[一二三四五六七八九十百\d]+条")),
    ("一、", re.compile(r"[一二三四五六七八九十]{1,3}[、.．]")),
    ("（一）", re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）]")),
    ("(1)", re.compile(r"[（(]\d{1,3}[)）]")),
    ("1.1.1", re.compile(r"\d{1,3}\\?[.．]\d{1,3}\\?[.．]\d{1,3}(?![.．]?\d)")),
    ("1.1", re.compile(r"\d{1,3}\\?[.．]\d{1,3}(?![.．]?\d)")),
    ("1.", re.compile(r"\d{1,3}\\?[.)、．](?!\d)")),
    ("I.", re.compile(r"[IVX]{1,4}[.)]\s")),
    ("A.", re.compile(r"[A-Z][.)]\s")),
)


# (one pattern: the first style that matches, by the name of its group)
_STYLE = re.compile("|".join(f"(?P<s{i}>{p.pattern})" for i, (_, p) in enumerate(_STYLES)))


_STYLE_NAMES = {f"s{i}": style for i, (style, _) in enumerate(_STYLES)}


_RANK = {"第章": 0, "第节": 1, "第条": 2, "一、": 3, "（一）": 4, "1.": 5, "1.1": 6, "1.1.1": 7,
         "(1)": 8}


def heading_style(text: str, span: Span) -> str:
    """The style of the heading *span* of *text* (see ``outline``)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    markup = text[line_start : span.start].strip()
    if markup.startswith("#"):
        return "#" + str(min(6, len(markup) - len(markup.lstrip("#"))))
    line_end = text.find("\n", span.end)
    underline = SETEXT.match(text, line_end) if line_end >= 0 else None
    if underline is not None:
        return "#1" if "=" in underline.group() else "#2"
    return _numbering(text, span)


def _numbering(text: str, span: Span) -> str:
    """The numbering style of the heading *span* ("一、", "1.1"), "**" when unnumbered."""
    m = _STYLE.match(text, span.start, span.end)
    return _STYLE_NAMES[m.lastgroup] if m is not None and m.lastgroup else "**"


# words of a notice's title ("Privacy Policy", "Personal Information Collection Statement",
# "个人信息处理规则", "《用户隐私协议》")
_TITLE_WORDS = re.compile(r"\b(?:privacy|policy|notice|statement|terms)\b|政策|声明|协议|指引|规则|条款|须知",
                          re.I)


def names_a_notice(heading: str) -> bool:
    """Whether *heading* names a notice ("GitHub Privacy Statement", "隐私政策"): what the
    notice is, not what a part of it is about."""
    return _TITLE_WORDS.search(heading) is not None


def _names_the_notice(text: str, span: Span) -> bool:
    """Whether the heading *span* is the notice's title though clauses come before it (a source
    line, a date): a first-level heading, or one naming the notice."""
    return (heading_style(text, span) == "#1"
            or _TITLE_WORDS.search(text, span.start, span.end) is not None)


def _close(stack: list[tuple[str, int]], style: str, numbering: list[str]) -> None:
    """Close on *stack* the headings a heading of *style* (not Markdown) ends.

    A numbered style closes its own and those of a known numbering style at its place or
    deeper, and a bold label just opened ("引言" before "一、…"; "设备信息" before "3. …"). A
    bold line ("**") is a label of the numbered part it follows when one was opened since the
    last bold line ("1. 为用户注册…" / "产品使用信息", "设备信息"), else it closes back to that
    bold line ("Information We Collect" / "A. …" / "How We Use …"). Other styles close back to
    their own. *numbering*: the numbering style of each heading on *stack* (Markdown ones
    included)."""
    styles = [s for s, _ in stack]
    if style == "**":
        if "**" not in styles:
            return
        last = len(styles) - 1 - styles[::-1].index("**")
        if any(s in _RANK for s in styles[last + 1:]):
            return  # (a label under the numbered part opened since)
        del stack[last:]
        return
    if style in _RANK:
        while stack and stack[-1][0] == "**":
            stack.pop()
        styles = [s for s, _ in stack]
    del numbering[len(stack):]
    if style in styles:
        del stack[styles.index(style):]
    elif style in numbering:  # a Markdown heading numbered alike ("### 2.3 …" / "**2.4 …**")
        del stack[numbering.index(style):]
    elif style in _RANK:
        while stack and _RANK.get(stack[-1][0], -1) >= _RANK[style]:
            stack.pop()


def _depth(style: str) -> int:
    return int(style[1:]) if style.startswith("#") else 0


def outline(text: str, spans: list[Span]) -> list[tuple[int, ...]]:
    """For each of the *spans* of *text*, the indices of the heading spans it stands under,
    outermost first (a heading stands under itself).

    A Markdown heading closes the headings open at its depth or deeper and every heading
    without Markdown opened since; any other heading closes one of its own style and what was
    opened under it, and those of a known numbering style at its place or deeper. The title of
    the document (a first heading no later heading closes, which is the first clause, a
    first-level heading or one naming the notice: "Privacy Policy") is left out of the
    outline of the clauses under its sub-headings: it covers the whole notice and says what the
    notice is, not what a part of it says ("个人信息处理规则", "Personal Information Collection
    Statement")."""
    heads = [index for index, span in enumerate(spans)
             if span.kind == "heading" and not span.label]
    # (one tuple per part, repeated for its clauses: ``is`` tells parts apart)
    parts: list[tuple[tuple[int, ...], int]] = [((), heads[0] if heads else len(spans))]
    stack: list[tuple[str, int]] = []
    numbering: list[str] = []  # (the numbering style of each heading on the stack)
    title_open = bool(heads) and (heads[0] == 0 or _names_the_notice(text, spans[heads[0]]))
    last_line = -1
    for at, index in enumerate(heads):
        span = spans[index]
        if span.line != last_line:
            style = heading_style(text, span)
            depth = _depth(style)
            if depth:
                while stack and not 0 < _depth(stack[-1][0]) < depth:
                    stack.pop()
            else:
                _close(stack, style, numbering)
            if title_open and at and not stack:
                title_open = False  # the first heading was closed: it was no title
            stack.append((style, index))
            del numbering[len(stack) - 1:]
            numbering.append(_numbering(text, span) if depth else style)
        elif stack:  # the rest of a heading cut for its length
            stack[-1] = (stack[-1][0], index)
        last_line = span.line
        chain = tuple(i for _, i in stack)
        following = heads[at + 1] if at + 1 < len(heads) else len(spans)
        parts.append((chain, following - index))
    cut = 1 if title_open and len(spans) > 1 else 0
    chains: list[tuple[int, ...]] = []
    for chain, count in parts:
        chains += [chain[cut:] if len(chain) > 1 else chain] * count
    return chains
