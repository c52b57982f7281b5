"""Language of a notice or a clause: Chinese or English, by script.

A notice is Chinese when Han characters outweigh Latin words (a Chinese notice quotes many English
product names; an English notice rarely has more than a few Han characters). Mixed documents are
handled per clause by the analyser, which picks the model of each clause's own script.
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
SAMPLE_CHARS = 200_000
# every ASCII letter byte to "a", every other byte to " " (UTF-8 bytes of other characters are
# all 0x80 or more, so they separate words like any non-letter)
_LETTER_MARKS = bytes(0x61 if 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A else 0x20 for b in range(256))


def han_count(text: str) -> int:
    return len(_HAN.findall(text))


def latin_word_count(text: str) -> int:
    """How many runs of two or more ASCII letters *text* has (what ``[A-Za-z]{2,}`` finds),
    counted in C: with letters marked "a" and the rest " ", each such run starts one " aa"."""
    marks = text.encode("utf-8", "surrogatepass").translate(_LETTER_MARKS)
    return (b" " + marks).count(b" aa")


def detect(text: str, default: str = "en") -> str:
    """'zh' or 'en'. Looks at a bounded sample spread over the text."""
    if len(text) > SAMPLE_CHARS:
        third = SAMPLE_CHARS // 3
        mid = len(text) // 2
        text = text[:third] + text[mid : mid + third] + text[-third:]
    han = han_count(text)
    words = latin_word_count(text)
    if han == 0 and words == 0:
        return default
    # about 1.6 Han characters carry what one English word does
    return "zh" if han >= 1.6 * words * 0.5 else "en"


def is_chinese(clause: str) -> bool:
    """Whether one clause should be read with the Chinese model."""
    if clause.isascii():  # no Han character at all
        return False
    han = han_count(clause)
    return han >= 2 and han >= 0.5 * latin_word_count(clause)
