"""Chinese text hard-wrapped into lines of a fixed width (a PDF's text layer, a wrapped .txt):
the line breaks inside its sentences taken out, with a map back to the offsets of the text as
written.

A Chinese line breaks with no space ("……我们不会将您的数据用" / "于训练模型。"), so the break cannot
become a space the way an English one does (``segment.unwrap``): "个人\\n信息" must read
"个人信息". The breaks are removed instead, and ``Offsets`` turns an offset into the shorter
text back into one into the text as written.

A text counts as wrapped only when its lines look cut at one width:
- at least ``_EVIDENCE`` Chinese lines of ``_MIN_WIDTH`` characters or more end inside a sentence
  (no 。；！？： at the end) and go on in the next line (a Han character, a Latin letter or digit,
  or a mark such as 、，。), which starts no list item, heading or table row;
- the width is the commonest length of those lines;
- they are at least ``_SHARE`` of the Chinese lines of ``_MIN_WIDTH`` or more, and at most
  ``_OVER`` of those are longer than the width allows.
A Markdown notice, or any text kept a paragraph to a line, has no such run and is left alone.
Then every line near the width that goes on in the next has its break removed.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

_MIN_WIDTH = 16
_EVIDENCE = 3
_SLACK = 0.2  # (of the width: how much shorter a cut line may be)
_SHARE = 0.2  # of the Chinese lines of _MIN_WIDTH or more, at least this share end so
_OVER = 0.1  # and at most this share is longer than the width allows
_WIDER = 0.6  # (of the width: how much longer — Latin letters and digits are narrower)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# a line that ends inside a sentence: a Han character, a Latin letter or digit, or a mark that
# never ends a sentence
_OPEN_END = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9、，,“‘（(《〈【\-/]$")
# a line that goes on with the sentence above it (a Latin letter or digit too: an e-mail, a
# web address or a word cut at the width, "priva" / "cy@example.cn")
_GOES_ON = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff、，。；：！？）)》〉】”’A-Za-z0-9@._]")
# a line cut at the width may also end a sentence there: the paragraph goes on below it
_CUT_END = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9、，,“‘（(《〈【\-/。；！？”’）)》】.@_]$")
# a line that starts something new: a list item, a heading, a table row, a quotation
_NEW_START = re.compile(
    r"(?:#|>|\||[-*+•·●○■□◆◇▪►]|\(?\d{1,3}(?:\.\d{1,3})*[.)、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|"
    r"[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十百\d]+[条章节部分])"
)


def join_han_lines(text: str) -> tuple[str, list[int]]:
    """*text* with the line breaks inside its hard-wrapped Chinese sentences removed, and the
    offsets (into *text*) of the breaks removed, in order; (*text*, []) when it is not wrapped."""
    if "\n" not in text or not _HAN.search(text):
        return text, []
    lines = text.split("\n")
    candidates: list[int] = []
    for i in range(len(lines) - 1):
        before = lines[i].rstrip()
        if len(before) >= _MIN_WIDTH and _goes_on(before, lines[i + 1].lstrip(), _OPEN_END):
            candidates.append(i)
    if len(candidates) < _EVIDENCE:
        return text, []
    # the width: the commonest length of those lines (a wrapped text's full lines share it; a
    # line with Latin letters or digits holds a few more characters, a paragraph's last line
    # fewer, and a long line of a text wrapped in another way is no line of this width)
    lengths = Counter(len(lines[i].rstrip()) for i in candidates)
    width = max(lengths, key=lambda n: (lengths[n], n))
    # many Chinese lines of a wrapped text end inside a sentence, and hardly any is longer than
    # the width, unlike the paragraphs and headings of a text kept a paragraph to a line
    long_lines = [len(line) for line in lines
                  if len(line) >= _MIN_WIDTH and _HAN.search(line) is not None]
    wider = sum(n > width * (1 + _WIDER) for n in long_lines)
    if len(candidates) < _SHARE * len(long_lines) or wider > _OVER * len(long_lines):
        return text, []
    cut = [i for i in range(len(lines) - 1)
           if width * (1 - _SLACK) <= len(lines[i].rstrip()) <= width * (1 + _WIDER)
           and _goes_on(lines[i].rstrip(), lines[i + 1].lstrip(), _CUT_END)]
    if len(cut) < _EVIDENCE:
        return text, []
    removed: list[int] = []
    at = 0
    cut_set = set(cut)
    for i, line in enumerate(lines[:-1]):
        at += len(line)
        if i in cut_set:
            removed.append(at)
        at += 1
    return without(text, removed), removed


def _goes_on(before: str, after: str, end: re.Pattern[str]) -> bool:
    """Whether the Chinese line *before*, ending as *end* allows, goes on in the line *after*
    (both without their line breaks)."""
    return (bool(after) and before.lstrip()[:1] not in "#|>" and end.search(before) is not None
            and _GOES_ON.match(after) is not None and _NEW_START.match(after) is None
            and _HAN.search(before) is not None)


def without(text: str, positions: Sequence[int]) -> str:
    """*text* without the characters at *positions* (sorted offsets into it): also the same
    characters taken out of another form of the text of the same length (the notice as written,
    when it was read in Simplified characters)."""
    if not positions:
        return text
    out, prev = [], 0
    for at in positions:
        out.append(text[prev:at])
        prev = at + 1
    out.append(text[prev:])
    return "".join(out)


class Offsets:
    """Offsets into a text with characters removed (at *removed*, offsets into the full text,
    sorted) back to offsets into the full text."""

    def __init__(self, removed: Sequence[int]) -> None:
        # the i-th removed character stood just before this offset of the shorter text
        self._before = [at - i for i, at in enumerate(removed)]

    def start(self, offset: int) -> int:
        """The full text's offset of the character at *offset* of the shorter text."""
        return offset + bisect.bisect_right(self._before, offset)

    def end(self, offset: int) -> int:
        """The full text's end offset (exclusive) of a span ending at *offset* (exclusive)."""
        return self.start(offset - 1) + 1 if offset > 0 else 0


def after_both(first: Sequence[int], then: Sequence[int]) -> list[int]:
    """The offsets (into the full text, sorted) of the characters two removals took out: *first*
    from the full text, *then* from what was left of it."""
    if not first or not then:
        return list(first or then)
    back = Offsets(first)
    return sorted([*first, *(back.start(at) for at in then)])
