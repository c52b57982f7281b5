"""Split a notice's plain text into clauses with code-point offsets.

A clause is a heading, a list item, a table row, or one sentence inside a paragraph. Chinese
sentences end at 。；！？ (full or half width), English ones at . ! ? followed by a space and a
capital, digit, quote or bracket (abbreviations such as "e.g." and "Inc." do not end a sentence).
Markdown table separator rows and decoration lines are not clauses. Very long runs without any
boundary are cut at commas, then at spaces, so no clause exceeds ``MAX_CLAUSE``.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import NamedTuple

MAX_CLAUSE = 1200


_LINE = re.compile(r"[^\n]+")


_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


_DECORATION = re.compile(r"^[\s\W_]*$")


_DECORATION_SPAN = re.compile(r"[\s\W_]*")  # with fullmatch(text, start, end): no slice needed


_LEAD_TRIM = " \t\u3000\u00a0|*_>#"


_TAIL_TRIM = " \t\u3000\u00a0|*_"


def trimmed(text: str) -> str:
    """*text* as a clause of it reads: the markup and spaces around it cut as the segmenter cuts
    a clause's ends (so a sentence given alone, as at training, and the same sentence found in a
    notice have the same form)."""
    return text.strip().lstrip(_LEAD_TRIM).rstrip(_TAIL_TRIM)


# Sentence ends. A Chinese mark ends a sentence with no space after it and takes the closing
# quotes and brackets after it along; a half-width ! ? ; does so only after a Han character (after
# Latin text a semicolon joins the parts of one sentence). A Latin . ! ? ends a sentence when
# closers, a space and a plausible start follow (and, for a full stop, no abbreviation precedes).
# Each pattern starts with one literal mark where it can, which the regex engine searches for at
# memchr speed; one class of marks ([。！？；!?;]) is tested character by character, four times
# slower on a long line.
_ZH_CLOSERS = r"[”’」』）)\]]*"


# (the closers of an English end take the "*" and "_" of a bold or italic run-in label along:
# "**1.2 Likeness data.** To build …", "*Your profile.* We keep …" are a label and a sentence)
_EN_TAIL = r"[\"'”’)\]*_]*(?=\s+[\"'“‘(\[]?[A-Z0-9•·\-*（(])"


_FULL_WIDTH_ENDS = tuple((mark, re.compile(mark + _ZH_CLOSERS)) for mark in "。；！？")


_HALF_WIDTH_ZH_END = re.compile("[!?;]" + _ZH_CLOSERS)


_EN_BANG = re.compile("[!?]" + _EN_TAIL)


# a full stop after one of these (or after a single letter, as in "J. Smith") ends no sentence
ABBREVIATIONS = (
    "e.g", "i.e", "etc", "inc", "ltd", "co", "corp", "no", "nos", "vs", "mr", "mrs", "ms", "dr",
    "st", "u.s", "u.k", "e.u", "pte", "approx", "incl", "art", "sec", "para", "fig", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    # a statute's citation ("Cal. Civ. Code § 1798.80(e)", "Gen. Stat.", "15 U.S.C. § 6501")
    "cal", "civ", "stat", "gen", "bus", "prof", "reg", "u.s.c",
    # "Rev. 4 · published …", "Ver. 2.1", "Vol. 3"
    "rev", "ver", "vol", "ltda",
)


def _not_after_abbreviation() -> str:
    """Negative look-behinds (one per length: a look-behind has one width) that refuse a full
    stop whose six characters before it end with an abbreviation starting a word, any case.

    They read the line where the full stop is, where the word boundary before an abbreviation of
    up to five characters is the one the six characters would show; "approx" fills all six, and
    the start of six characters is a boundary whatever comes before it, hence no ``\\b`` there.
    """
    by_length: dict[int, list[str]] = {1: ["[A-Z]"]}
    for word in ABBREVIATIONS:
        by_length.setdefault(len(word), []).append(re.escape(word))
    behinds = []
    for length, words in sorted(by_length.items()):
        boundary = "" if length == 6 else r"\b"
        behinds.append(r"(?<!(?i:" + boundary + "(?:" + "|".join(words) + r"))\.)")
    return "".join(behinds)


_EN_STOP = re.compile(r"\." + _not_after_abbreviation() + _EN_TAIL)


_LEAD = re.compile(
    r"^(?:#{1,6}\s+|>\s*|[-*+•·●○■□◆◇▪►]\s+|\(?\d{1,3}(?:\.\d{1,3})*[.)、．]\s*|"
    r"[（(][一二三四五六七八九十\d]{1,3}[)）]\s*|[一二三四五六七八九十]{1,3}[、.．]\s*|"
    r"第[一二三四五六七八九十百\d]+[条章节部分]\s*|\(?[a-zA-Z][.)]\s+)"
)


# A Chinese section number ("第二条", "三、", "（四）") before a short line without a sentence mark
# starts a section: the line is its heading even without Markdown ("第二条 我们处理的个人信息").
# ("1、手机号码" stays a list item: Arabic numbers number list items as often as sections.)
_ZH_SECTION = re.compile(r"(?:第[一二三四五六七八九十百\d]+[条章节部分]|[一二三四五六七八九十]{1,3}[、.．]|"
                         r"[（(][一二三四五六七八九十]{1,3}[)）])\s*")


_SECTION_TITLE_MAX = 40


# a Chinese part's number and short title run into its first sentence on one line ("四、用户画像
# 我们不会…", "（二）模型训练 我们承诺…": a PDF or a page that sets the title inline)
_ZH_RUN_IN = re.compile(r"((?:第[一二三四五六七八九十百\d]+[条章节]|[一二三四五六七八九十]{1,3}[、.．]|"
                        r"[（(][一二三四五六七八九十]{1,3}[)）])\s*[\u4e00-\u9fff]{2,12})[ \u3000]+"
                        r"(?=[\u4e00-\u9fff“\"（(]|\d{1,2}[、.．])")


_ZH_SECTION_STARTS = frozenset("第一二三四五六七八九十（(")


# an English part's title in capitals run into its first sentence on one line ("II. WHAT WE
# COLLECT AND WHY (a) Account information – …", "SECURITY All information we hold …": a page that
# sets the title inline, or a paragraph that kept it): a heading that opens its part
_CAPS_RUN_IN = re.compile(r"((?:(?:[IVX]{1,4}|\d{1,2}|[A-Z])\.\s+)?(?:[A-Z][A-Z'’&/,-]*\s+){0,7}"
                          r"[A-Z][A-Z'’&/,-]*[A-Z?])\s+(?=\([a-z0-9]{1,3}\)\s|[A-Z][a-z])")


_CAPS_RUN_IN_LETTERS = 6


_SENTENCE_MARKS = frozenset("。；;！!？?，,：:")


def _section_title(line: str) -> bool:
    if len(line) > _SECTION_TITLE_MAX or not _ZH_SECTION.match(line):
        return False
    # (a numbered question is a title too: "一、我们收集哪些数据?")
    return _SENTENCE_MARKS.isdisjoint(line.rstrip("?？")) and not line.endswith((".", "．"))


# A whole line in bold, short and without a sentence in it, titles what follows as a Markdown
# heading would: a question of a FAQ ("**What does the sidebar send to the server?**"), a part of
# a notice whose headings are bold only ("**Information We Collect**", "**设备信息**"). A bold line
# ending with a colon ("**We collect:**") stays the lead-in of its list; one ending with a full
# stop is a sentence unless numbered ("**A. Information You Provide to Us.**").
_BOLD_TITLE_MAX = 100


_BOLD_MARKS = ("**", "__")


_NUMBERED = re.compile(r"(?:\(?[0-9]{1,3}(?:\\?[.．][0-9]{1,3})*\\?[.)、．]|[A-Z][.)]|[IVX]{1,4}[.)])\s")


# A line of one sentence opening with a bold label and a colon ("**Device information**: model,
# OS and app version") is an item of a list of labelled entries, as "- **Device information**:
# …" would be: its lead-in, if any, is the line the entries stand under ("We collect the
# following:"). (A paragraph under a run-in label, "**Changes:** We may update this Policy. …",
# stays a paragraph.)
_RUN_IN_LABEL = re.compile(r"(\*\*|__)[^*_\n]{1,60}?(?:[:：]\1|\1[ \t]*[:：])[ \t]*\S")


def _bold_title(raw: str, line: str) -> bool:
    """Whether the stripped *raw* line is wholly bold and its trimmed text *line* a title."""
    mark = raw[:2]
    if (mark not in _BOLD_MARKS or not raw.endswith(mark) or len(raw) < 5
            or len(line) > _BOLD_TITLE_MAX or mark in line):
        return False
    if not _SENTENCE_MARKS.isdisjoint(line.rstrip("?？")):
        return False
    return not line.endswith((".", "．", "。")) or _NUMBERED.match(line) is not None


# A short plain line after a blank line (or first) and before a longer one, capitalised, without a
# sentence mark or a digit in it ("What we collect", "How long we keep it", "数据保留") is the
# heading of what follows, as "## What we collect" would be: a notice pasted as plain text or
# read from a PDF keeps its structure only this way. (A date line, "Updated 9 December 2025",
# is none; a numbered line, "2. 收集的信息", is a list item.)
_PLAIN_TITLE_MAX = 60


_PLAIN_TITLE_WORDS = 8


_PLAIN_TITLE_ZH_MAX = 20


_TITLE_ENDS = (".", "。", ";", "；", ":", "：", ",", "，", "、", "!", "！", "．")


_NO_TITLE_CHARS = frozenset("0123456789。；;！!，,：:\"")


# a Setext underline: the line above it is a Markdown heading ("Sharing of Personal Data" over
# "-----"; "=====" for the first level)
SETEXT = re.compile(r"\n[ \t]{0,3}(?:={3,}|-{3,})[ \t]*(?:\n|$)")


_SETEXT_TITLE_MAX = 120


def _setext_title(text: str, line: str, end: int) -> bool:
    """Whether *line* (trimmed; its line of *text* ends at *end*) is a title over a Setext
    underline: a sentence over "---" is a paragraph before a rule, not a heading."""
    return (len(line) <= _SETEXT_TITLE_MAX and SETEXT.match(text, end) is not None
            and not line.endswith(_TITLE_ENDS) and _SENTENCE_ENDS.isdisjoint(line))


_SENTENCE_ENDS = frozenset("。！？")


def _plain_title(text: str, line: str, start: int, end: int) -> bool:
    """Whether *line* (``text[start:end]`` trimmed, from a line of *text* starting at *start* and
    ending at *end*) is a plain-text heading."""
    if len(line) > _PLAIN_TITLE_MAX or line.endswith(_TITLE_ENDS):
        return False
    first = line[0]
    if first.isascii():
        if not first.isupper() or len(line.split()) > _PLAIN_TITLE_WORDS:
            return False
    elif not "\u4e00" <= first <= "\u9fff" or len(line) > _PLAIN_TITLE_ZH_MAX:
        return False
    if not _NO_TITLE_CHARS.isdisjoint(line.rstrip("?？")):
        return False
    if start:  # after a blank line
        before = text.rfind("\n", 0, start - 1) + 1
        if text[before : start - 1].strip():
            return False
    after = None
    for m in _LINE.finditer(text, end, min(len(text), end + 4 * _PLAIN_TITLE_MAX + 400)):
        after = m.group().strip().lstrip(_LEAD_TRIM).rstrip(_TAIL_TRIM)
        if after:
            break
    return after is not None and len(after) > len(line)


# A numbered line in capitals without a sentence mark ("1. ABOUT THIS NOTICE", "4.2 RETENTION")
# is a section heading, as a PDF or plain-text notice sets its headings; a line of a number only
# ("1.") does not end a sentence before the rest of its line ("1. ABOUT THIS NOTICE" is one
# clause, as "2.1 Your name and e-mail." is).
_NUMBER_LEAD = re.compile(r"\(?\d{1,3}(?:\.\d{1,3})+\.?\s+|\(?\d{1,3}[.)]\s+")


_NUMBER_ONLY = re.compile(r"\(?\d{1,3}(?:\.\d{1,3})*[.)]")


_CAPS_TITLE_MAX = 80


_NUMBER_STARTS = frozenset("(0123456789")


def _caps_title(line: str) -> bool:
    """Whether the trimmed *line* is a numbered title in capitals."""
    m = _NUMBER_LEAD.match(line)
    if m is None or len(line) > _CAPS_TITLE_MAX:
        return False
    rest = line[m.end():]
    return (sum(ch.isalpha() for ch in rest) >= 3 and rest.isupper() and rest.isascii()
            and _SENTENCE_MARKS.isdisjoint(rest) and not rest.endswith("."))


def _numbered_title(text: str, line: str, start: int, end: int, dense: bool = False) -> bool:
    """Whether the trimmed *line* is a numbered plain-text heading ("1. Information you give us"
    after a blank line, over a longer line that is no item of the same numbered list: a list's
    items follow each other, "1. Your name" / "2. Your e-mail address"). In a *dense* text, one
    without blank lines (a web page saved line by line), no blank line sets a title apart: the
    line above it need not be blank, and a sub-part may follow at once ("2. 我们收集的信息" /
    "2.1 您提供的信息")."""
    m = _NUMBER_LEAD.match(line)
    if m is None or not _plain_title(text, line[m.end():], 0 if dense else start, end):
        return False
    nxt = _LINE.search(text, end + 1) if end < len(text) else None
    while nxt is not None and not nxt.group().strip():
        nxt = _LINE.search(text, nxt.end() + 1) if nxt.end() < len(text) else None
    if nxt is None:
        return True
    below = _NUMBER_LEAD.match(nxt.group().strip())
    # (nor the first part of its own, set apart by a blank line: "2. Information We Collect" /
    # "" / "2.1 Personal Information")
    return below is None or (below.group().strip("( ").startswith(m.group().strip("(). ") + ".")
                             and (dense or "\n" in text[end + 1 : nxt.start()]))


# --- hard-wrapped lines -------------------------------------------------------------------------
# A notice read from a PDF's text layer or kept as hard-wrapped plain text has its paragraphs cut
# into lines of a fixed width ("… Our AI model scores and" / "ranks each application; …"). A line
# break inside a sentence is read as a space: after a line ending without a sentence mark, before
# a line going on in lower case ("ranks", "if you ask us"), or — in a text shown to be wrapped so
# (by such lines), after a line as long as its wrapped lines — before one going on with a capital
# or a digit ("… the Personal Data" / "Protection Act 2012"). List items, headings, table rows and
# bold lines start no continuation and take none; Chinese lines are left as they are (a Chinese
# line breaks with no space, and its sentence marks end its clauses). A line of a number only
# ("1." over "INTRODUCTION") goes on with the line after it.
_BREAK_LEAD = re.compile(
    r"(?:#|>|\||[-*+•·●○■□◆◇▪►]\s|\(?\d{1,3}(?:\.\d{1,3})*[.)、．]\s|\(?[a-zA-Z][.)]\s|"
    r"[（(][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十百\d]+[条章节部分])"
)


_NUMBER_LINE = re.compile(r"[ \t]*(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|[IVX]{1,4}\.|[A-Z]\.)[ \t]*")


_WRAP_ENDS = frozenset(",)\"'’”%&/-")  # (besides letters and digits)


_NO_WRAP_STARTS = frozenset("#|")


_WRAP_OPENERS = frozenset("(\"'“‘")


# a line of a colon alone, between a label and its value
_COLON_LINE = re.compile(r"[ \t]*[:：][ \t]*")

_WRAP_MIN = 30  # a line shorter than this is no wrapped line of a paragraph


_WRAP_SLACK = 16  # a capital goes on a line at most this much shorter than the wrap width


_WRAP_EVIDENCE = 2  # lower-case continuations that show a text is wrapped


_SENTENCE_ENDS_EN = frozenset(".!?:;。！？：；")


_FULL_LINE_ENDS = frozenset(".!?;")  # (not ":", which may open a list or a table)


_HYPHEN_GOES_ON = re.compile(r"[a-z0-9][^\s]*")  # (the rest of a word cut after its hyphen)


_EMAIL_REST = re.compile(r"[a-z0-9._%+-]*@[a-z0-9-]+\.[a-z]", re.I)  # (the rest of an address)


_EMAIL_CUT = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]*-$", re.I)  # (an address cut in its domain)


_DOMAIN_REST = re.compile(r"[a-z0-9-]*\.[a-z]{2,}", re.I)


def _continues(before: str, after: str) -> int:
    """Whether the line *after* goes on with the sentence of the line *before* (both without
    their line breaks): 2 when it goes on in lower case, 1 when it may go on with a capital or a
    digit (if the text is wrapped and *before* is a full line), 0 when it does not."""
    last = before.rstrip()
    if len(last) < _WRAP_MIN:
        return 0
    end = last[-1]
    if not end.isascii() or not (end.isalnum() or end in _WRAP_ENDS):
        return 0
    return _goes_on(last, after)


def _goes_on(last: str, after: str) -> int:
    """Whether the line *after* may go on with the paragraph of the line *last* (a line long
    enough and ending as a wrapped line may): 2 in lower case, 1 with a capital, a digit or an
    opening quote or bracket, 0 when it is no paragraph's line or starts a list item or a
    heading, or *last* is a heading or a table row."""
    if last.lstrip()[:1] in _NO_WRAP_STARTS:  # (a heading, a table row)
        return 0
    nxt = after.lstrip()
    first = nxt[:1]
    if not first or not (first.isascii() and first.isalnum() or first in _WRAP_OPENERS):
        return 0
    if _BREAK_LEAD.match(nxt):
        # a number after a sentence cut short ("not directed to children under the age of" /
        # "13. By agreeing …") goes on with it, if the line above is a full one
        return 1 if first.isdigit() and last[-1:].islower() else 0
    return 2 if first.islower() else 1


def unwrap(text: str) -> str:
    """*text* with the line breaks inside its wrapped sentences made spaces (same length, so
    offsets into it are offsets into *text*; a word cut after its hyphen is made whole again by
    moving its second part up a place, within the word)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    joins: list[int] = []  # (indices of lines that go on with the next one)
    maybe: list[int] = []
    stops: list[int] = []  # (full lines ending a sentence, before a line that starts a sentence)
    width = lower = 0
    for i in range(len(lines) - 1):
        before = lines[i]
        if before[-1:] == "-" and before[-2:-1].isalnum() and (
                _EMAIL_REST.match(lines[i + 1])
                or (_EMAIL_CUT.search(before) and _DOMAIN_REST.match(lines[i + 1]))):
            joins.append(i)  # an address cut after a hyphen in a narrow cell ("Email security-"
            continue  # / "privacy@together.ai", "privacy@lingxi-" / "ai.com"), however short
        colon = i + 1 if _COLON_LINE.fullmatch(lines[i + 1]) else i if _COLON_LINE.fullmatch(
            before) else -1
        if colon >= 0:  # a card's label, its colon and its value each on a line of their own
            # ("AI训练用途" / ":" / "仅限主动授权") make one "label : value"
            if 0 < colon < len(lines) - 1 and lines[colon - 1].strip() and lines[colon + 1].strip():
                joins.append(i)
            continue
        if len(before) < _WRAP_MIN:  # (a short line goes on only when it is a number alone)
            if before and _NUMBER_LINE.fullmatch(before):
                first = lines[i + 1].lstrip()[:1]
                if first.isascii() and first.isalpha():
                    joins.append(i)
            continue
        if before[-1] in _SENTENCE_ENDS_EN:  # (most lines of a text: no break inside a sentence)
            if before[-1] in _FULL_LINE_ENDS and _goes_on(before, lines[i + 1]):
                stops.append(i)  # (the paragraph may go on below a full line)
            continue
        kind = _continues(before, lines[i + 1])
        if kind == 2:
            joins.append(i)
            lower += 1
            width = max(width, len(before.rstrip()))
        elif kind == 1:
            maybe.append(i)
    if lower >= _WRAP_EVIDENCE and width:
        # in a text shown to be wrapped, a line as long as its wrapped lines was cut at the width:
        # what follows is the same paragraph, whether a sentence goes on or a new one starts
        joins += [i for i in maybe + stops if len(lines[i].rstrip()) >= width - _WRAP_SLACK]
    if not joins:
        return text
    ends = list(accumulate(map(len, lines)))  # (the break after line i is at ends[i] + i)
    out = []
    prev = 0
    for i in sorted(joins):
        at = ends[i] + i
        word = _HYPHEN_GOES_ON.match(lines[i + 1]) if lines[i].endswith("-") else None
        if word is not None and lines[i][-2:-1].isalnum():
            # a word cut after its hyphen ("security-" / "privacy@example.com"): its second
            # part moves up a place and the space goes after it
            out += [text[prev:at], word.group(), " "]
            prev = at + 1 + word.end()
            continue
        out += [text[prev:at], " "]
        prev = at + 1
    out.append(text[prev:])
    return "".join(out)


# A bold or italic run-in label ending with a full stop, a question or an exclamation mark, at
# the start of a line and followed by sentences ("**1.2 Likeness data.** To build …", "*Your
# profile.* We keep …", "**Automated decisions.** We do not …") titles them: a clause of its
# own, of kind "heading", but no part of the outline (``Span.label``).
_RUN_IN_TITLE_MAX = 60


_RUN_IN_TITLE_WORDS = 8


def _run_in_title(raw: str, first: str) -> bool:
    """Whether the first sentence *first* (with its markup) of the stripped *raw* line is a
    run-in label: wrapped in the emphasis mark the line opens with, short, not the line's end."""
    mark = raw[:2] if raw[:2] in _BOLD_MARKS else raw[:1]
    core = first.strip()
    if not core.startswith(mark) or not core.endswith(mark) or len(core) <= 2 * len(mark):
        return False
    inner = core[len(mark):-len(mark)]
    return (len(inner) <= _RUN_IN_TITLE_MAX and len(inner.split()) <= _RUN_IN_TITLE_WORDS
            and "*" not in inner and "_" not in inner and inner[-1:] in ".?!"
            and inner[:1].isalnum())


# the same label without emphasis (a page read as text, a plain-text notice: "Retention. Content
# is retained …", "Automated decisions. We do not …"): a few capitalised words and a full stop,
# no subject and verb of a sentence ("We do.", "It is free.")
_PLAIN_RUN_IN_WORDS = 5


_SENTENCE_WORDS = frozenset(("we", "you", "i", "they", "it", "he", "she", "this", "that", "these",
                             "is", "are", "was", "were", "be", "will", "may", "can", "do", "does",
                             "did", "has", "have", "had", "not", "see", "note", "yes", "no"))


def _plain_run_in_title(first: str) -> bool:
    """Whether the first sentence *first* of a line is a run-in label without emphasis."""
    core = first.strip()
    if not ("A" <= core[:1] <= "Z") or not core.endswith(".") or "." in core[:-1]:
        return False
    words = core[:-1].split()
    return (0 < len(words) <= _PLAIN_RUN_IN_WORDS
            and all(_LABEL_WORD.fullmatch(_LABEL_WORD_MARKS.sub("", w)) for w in words)
            and _SENTENCE_WORDS.isdisjoint(w.lower() for w in words))


_LABEL_WORD = re.compile(r"[^\W\d_]+")


_LABEL_WORD_MARKS = re.compile(r"[-'’,]")


class Span(NamedTuple):
    start: int
    end: int
    kind: str  # "heading", "item", "row", "sentence"
    line: int = 0  # index of the line (paragraph) the clause belongs to
    # a run-in label ("**Retention.** We keep …"): a heading of its own sentences that opens no
    # part of the outline (they stay under the headings above it)
    label: bool = False


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


def _sentences(line: str, start: int, end: int, emphasis: bool = True) -> list[tuple[int, int]]:
    """Sentence boundaries inside one *line* (``text[start:end]``).

    Each kind of end is looked for only in a line that holds its mark (``in`` is a fast scan),
    with its own pattern. A match takes one mark and the closers after it, and no closer is a
    mark, so each ``finditer`` finds the match at every mark where there is one, in order;
    the ends of several kinds are merged (one mark, a ! after a Han character, may end a
    Chinese sentence with its closers and an English one with its tail). Without *emphasis*,
    an end that takes a "*" or "_" along is none (a list item or a table row keeps its bold
    label with its text: "| 1 | **Identifiers.** Name, alias … | YES |").
    """
    found: list[list[int]] = []
    if "." in line:
        stops = [m.end() for m in _EN_STOP.finditer(line)]
        if stops:
            found.append(stops)
    if not line.isascii():  # (a flag of the string: no scan) the full-width marks are not ASCII
        for mark, pattern in _FULL_WIDTH_ENDS:
            if mark in line:
                found.append([m.end() for m in pattern.finditer(line)])
    bang = "!" in line or "?" in line
    if bang or ";" in line:
        zh_ends = [m.end() for m in _HALF_WIDTH_ZH_END.finditer(line)
                   if "\u4e00" <= line[m.start() - 1 : m.start()] <= "\u9fff"]
        en_ends = [m.end() for m in _EN_BANG.finditer(line)] if bang else []
        found += [ends for ends in (zh_ends, en_ends) if ends]
    if not found:
        return [(start, end)]
    cuts = found[0] if len(found) == 1 else sorted(set().union(*found))
    if not emphasis and ("*" in line or "_" in line):
        cuts = [cut for cut in cuts if line[cut - 1] not in "*_"]
    spans = []
    prev = 0
    for cut in cuts:
        spans.append((start + prev, start + cut))
        prev = cut
    if prev < len(line):
        spans.append((start + prev, end))
    return spans


# A line right under a lead-in that ends with a colon ("We use information … to:" / "Train and
# fine-tune models.") is an item of its list, as are the lines right under it, when none of them
# has a list mark: a page printed to PDF draws its bullets as shapes, not text, and a plain-text
# notice may set a list without marks. Each such line opens with a capital or a Han character and
# is at most _BARE_ITEM_MAX characters long; a blank line or any other line ends the list.
_BARE_ITEM_MAX = 200


_LEAD_ENDS = (":", "：")
_DENSE_SAMPLE = 20_000  # characters looked at for line breaks
_DENSE_LINES = 10


def _one_blank_line(text: str, last_end: int, start: int) -> bool:
    """Whether one blank line (or none) parts the line ending at *last_end* from the one
    starting at *start*."""
    return last_end >= 0 and start - last_end <= 3 and not text[last_end:start].strip()


_SMALL_WORDS = frozenset("a an the and or of to for in on with by at from as is are".split())


def _title_case(line: str) -> bool:
    """Whether every word of *line* but the small ones starts with a capital ("How We Use
    Information"), as a title's words do and a list item's do not ("Access to stored data")."""
    words = [w for w in line.split() if w[0].isalpha() and w.lower() not in _SMALL_WORDS]
    return len(words) > 1 and all(w[0].isupper() for w in words)


_ITEM_SPACED_MAX = 120  # (a longer line after a blank line is a paragraph of its own)
_FULL_STOPS = (".", "。", "!", "！", "?", "？")


def _bare_item(line: str) -> bool:
    first = line[:1]
    return (len(line) <= _BARE_ITEM_MAX and not line.endswith(_LEAD_ENDS)
            and (first.isupper() or "\u4e00" <= first <= "\u9fff"))


def segment(text: str, max_clauses: int | None = None) -> list[Span]:
    """Clauses of *text* in order, non-overlapping, offsets in code points."""
    spans: list[Span] = []
    listing = False  # (the line above is a lead-in ending with a colon, or an item under one)
    # a text of many lines and no blank one (see _numbered_title)
    dense = "\n\n" not in text and text.count("\n", 0, _DENSE_SAMPLE) >= _DENSE_LINES
    last_end = -2
    for line_no, m in enumerate(_LINE.finditer(text)):
        raw = m.group()
        line = raw.lstrip(_LEAD_TRIM)  # as _trim, on the line in hand
        s = m.start() + len(raw) - len(line)
        line = line.rstrip(_TAIL_TRIM)
        e = s + len(line)
        if not line:
            continue
        if not line[0].isalnum() and (
            ("--" in line and _TABLE_SEPARATOR.match(line)) or _DECORATION.match(line)
        ):
            continue  # (a table separator has "--" in it; neither starts with a letter or digit)
        raw = raw.lstrip()
        plain = False  # (a heading only by its look: short, after a blank line, over longer text)
        if raw.startswith("|"):
            kind = "row"
        elif raw.startswith("#") or _section_title(line) or (
                raw[:1] in "*_" and _bold_title(raw.rstrip(), line)) or (
                line[:1] in _NUMBER_STARTS and (_caps_title(line)
                                                or _numbered_title(text, line, m.start(), m.end(),
                                                                   dense))):
            kind = "heading"
        elif _LEAD.match(raw) or (raw[:1] in "*_" and _RUN_IN_LABEL.match(raw)
                                  and len(_sentences(line, s, e)) == 1):
            kind = "item"
        elif _setext_title(text, line, m.end()):
            kind = "heading"  # (underlined: a heading by its markup, not only by its look)
        elif _plain_title(text, line, m.start(), m.end()):
            kind, plain = "heading", True
        else:
            kind = "sentence"
        if listing and (
            (kind == "sentence" and m.start() == last_end + 1)
            # (a list whose items a blank line parts, as a web page's list comes out as text:
            # "Merchants may request:" / "" / "Access to stored store data" / "" / "Correction of
            # inaccurate data"; not a title in capitals, which opens the next part)
            or ((kind == "sentence" or plain) and _one_blank_line(text, last_end, m.start())
                and len(line) <= _ITEM_SPACED_MAX and not line.endswith(_FULL_STOPS)
                and not _title_case(line))
        ) and _bare_item(line):
            kind = "item"
        else:
            listing = kind in ("item", "sentence") and line.endswith(_LEAD_ENDS)
        last_end = m.end()
        if kind in ("item", "sentence") and line[:1] in _ZH_SECTION_STARTS:
            run_in = _ZH_RUN_IN.match(line)
            if run_in is not None:  # "四、用户画像 我们不会…": the part's title, then its text
                spans.append(Span(s, s + run_in.end(1), "heading", line_no))
                if max_clauses is not None and len(spans) >= max_clauses:
                    return spans
                s, line, kind = s + run_in.end(), line[run_in.end():], "sentence"
        elif kind == "sentence" and line[:2].isupper():
            run_in = _CAPS_RUN_IN.match(line)
            if run_in is not None and sum(map(str.isalpha, run_in.group(1))) >= _CAPS_RUN_IN_LETTERS:
                spans.append(Span(s, s + run_in.end(1), "heading", line_no))
                if max_clauses is not None and len(spans) >= max_clauses:
                    return spans
                s, line = s + run_in.end(), line[run_in.end():]
        pieces = [(s, e)] if kind == "heading" else _sentences(line, s, e, kind == "sentence")
        if (len(pieces) > 1 and line[:1] in _NUMBER_STARTS
                and _NUMBER_ONLY.fullmatch(line, 0, pieces[0][1] - s)):
            pieces[:2] = [(s, pieces[1][1])]  # ("1. Our AI model …": the number is no sentence)
        label = len(pieces) > 1 and kind == "sentence" and (
            _run_in_title(raw, text[m.start():pieces[0][1]]) if raw[:1] in "*_"
            else _plain_run_in_title(text[pieces[0][0]:pieces[0][1]]))
        if len(pieces) == 1 and pieces[0] == (s, e) and e - s <= MAX_CLAUSE:
            # the whole line: trimmed, and not decoration (tested above)
            spans.append(Span(s, e, kind, line_no))
            if max_clauses is not None and len(spans) >= max_clauses:
                return spans
            continue
        for ps, pe in pieces:
            if label:  # (the first piece only)
                label = False
                spans.append(Span(*_trim(text, ps, pe), "heading", line_no, True))
                if max_clauses is not None and len(spans) >= max_clauses:
                    return spans
                continue
            piece = text[ps:pe]  # trimmed as by _trim
            lead = piece.lstrip(_LEAD_TRIM)
            ps += len(piece) - len(lead)
            pe = ps + len(lead.rstrip(_TAIL_TRIM))
            if pe - ps <= MAX_CLAUSE:
                # a piece is decoration when it has no letter or digit (what [\s\W_] leaves out)
                if lead[:1].isalnum() or (
                    ps < pe and not _DECORATION_SPAN.fullmatch(text, ps, pe)
                ):
                    spans.append(Span(ps, pe, kind, line_no))
                    if max_clauses is not None and len(spans) >= max_clauses:
                        return spans
                continue
            for cs, ce in _cut_long(text, ps, pe):
                cs, ce = _trim(text, cs, ce)
                if cs < ce and not _DECORATION_SPAN.fullmatch(text, cs, ce):
                    spans.append(Span(cs, ce, kind, line_no))
                    if max_clauses is not None and len(spans) >= max_clauses:
                        return spans
    return spans
