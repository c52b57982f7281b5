"""Language of a notice or a clause: Chinese or English, by script.

A notice is Chinese when Han characters outweigh Latin words (a Chinese notice quotes many English
product names; an English notice rarely has more than a few Han characters). Mixed documents are
handled per clause by the analyser, which picks the model of each clause's own script.
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
SAMPLE_CHARS = 200_000


def han_count(text: str) -> int:
    return len(_HAN.findall(text))


def detect(text: str, default: str = "en") -> str:
    """'zh' or 'en'. Looks at a bounded sample spread over the text."""
    if len(text) > SAMPLE_CHARS:
        third = SAMPLE_CHARS // 3
        mid = len(text) // 2
        text = text[:third] + text[mid : mid + third] + text[-third:]
    han = han_count(text)
    words = len(_LATIN_WORD.findall(text))
    if han == 0 and words == 0:
        return default
    # about 1.6 Han characters carry what one English word does
    return "zh" if han >= 1.6 * words * 0.5 else "en"


def is_chinese(clause: str) -> bool:
    """Whether one clause should be read with the Chinese model."""
    if clause.isascii():  # no Han character at all
        return False
    han = han_count(clause)
    return han >= 2 and han >= 0.5 * len(_LATIN_WORD.findall(clause))
