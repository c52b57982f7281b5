"""Markdown emphasis inside a sentence taken out before the notice is read, with the offsets of
the marks removed (``han_wrap.Offsets`` maps clause offsets back to the text as written).

A notice in Markdown stresses the words that matter most, and those are often the denials:
"We do **not** sell your data", "your prompts are **never** used to train", "我们**不会**收集".
Left in, the marks stand between the words every reading looks for ("do not sell", "不会收集")
and a denial reads as the practice it denies. Only emphasis *inside* a sentence is taken out —
the opening mark stands after a word and a space (English) or after a Han character or a
comma (Chinese) — so a bold line (a heading), a bold run-in label at the start of a line or
after a sentence ("**Retention.** We keep …") and a bold list item ("- **Account data**: …"),
which the segmenter reads, keep theirs.
"""

from __future__ import annotations

import re

# the stressed words on one line, not starting or ending with a space (led by the literal, which
# the engine finds fast; what stands before it is checked by ``_INSIDE``)
_STRESSED = re.compile(r"\*\*(?=[^\s*])[^*\n]{0,58}?[^\s*]\*\*")
# the opening ** after a word (or a closing bracket or a comma) and a space, or right after a Han
# character or a Chinese comma, quotation mark or bracket
_INSIDE = re.compile(r"[A-Za-z0-9,)] |[\u3400-\u4dbf\u4e00-\u9fff，、“（]")


def plain_emphasis(text: str) -> tuple[str, list[int]]:
    """*text* without the ``**`` marks of emphasis inside its sentences, and the offsets (into
    *text*, sorted) of the characters removed; (*text*, []) when there are none."""
    if "**" not in text:
        return text, []
    removed: list[int] = []
    parts: list[str] = []
    prev = 0
    for m in _STRESSED.finditer(text):
        start, end = m.span()
        if not (_INSIDE.fullmatch(text, max(0, start - 2), start)
                or _INSIDE.fullmatch(text, max(0, start - 1), start)):
            continue
        parts.append(text[prev:start])
        parts.append(text[start + 2 : end - 2])
        removed.extend((start, start + 1, end - 2, end - 1))
        prev = end
    if not removed:
        return text, []
    parts.append(text[prev:])
    return "".join(parts), removed
