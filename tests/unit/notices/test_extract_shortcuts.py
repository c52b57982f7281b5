"""The C-speed shortcuts of text extraction give what the plain per-character and per-line
forms give, on any text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices.extract import _unreadable_count, tidy

_SPACE_RUN = re.compile(r"[ \t\u00a0\u3000]+")
_BLANK_RUN = re.compile(r"\n{3,}")


def reference_unreadable_count(sample: str) -> int:
    bad = 0
    for ch in sample:
        if ch == "\ufffd":
            bad += 1
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\r\t\f\v":
            bad += 1
    return bad


def reference_tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\x00", "")
    lines = [_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", "\u3000", "\n", "\n\n\n", "\r\n", "\r", "\f",
                          "\v", "\x00", "\x1c", "\x85", "\u2028", "\u200b", "\ufeff", "\ufffd",
                          "\ue000", "\U000e0000", "\u0378", "word", "我们", "\ud800"])
TEXTS = st.one_of(st.text(max_size=300), st.lists(SPACES, max_size=80).map("".join))


@settings(max_examples=500, deadline=None)
@given(sample=TEXTS)
def test_unreadable_count_equals_the_per_character_count(sample: str) -> None:
    assert _unreadable_count(sample) == reference_unreadable_count(sample)


@settings(max_examples=500, deadline=None)
@given(text=TEXTS)
def test_tidy_equals_the_per_line_form(text: str) -> None:
    assert tidy(text) == reference_tidy(text)
