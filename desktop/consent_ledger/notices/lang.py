"""Language of a notice or a clause: Chinese or English, by script.

A notice is Chinese when Han characters outweigh Latin words (a Chinese notice quotes many English
product names; an English notice rarely has more than a few Han characters). Mixed documents are
handled per clause by the analyser, which picks the model of each clause's own script.

Both counts are taken in C on the text's UTF-8 bytes (``str.encode``, ``bytes.translate`` and
``bytes.count``), which is faster than a regex that matches character by character and, for Han
characters, builds a string per match.
"""

from __future__ import annotations

SAMPLE_CHARS = 200_000
# every ASCII letter byte to "a", every other byte to " " (UTF-8 bytes of other characters are
# all 0x80 or more, so they separate words like any non-letter)
_LETTER_MARKS = bytes(0x61 if 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A else 0x20 for b in range(256))


def _han_marks() -> bytes:
    """A ``bytes.translate`` table that marks the UTF-8 bytes telling Han characters apart.

    The Han ranges U+3400-U+4DBF, U+4E00-U+9FFF and U+F900-U+FAFF are all three-byte characters;
    the first byte names 4,096 code points and the second a run of 64 inside them:
    "h" E5-E9 (U+5000-U+9FFF, all Han), "d" E4 (U+4000-U+4FFF: Han but for U+4DC0-U+4DFF, whose
    second byte is B7), "c" E3 (U+3000-U+3FFF: Han from U+3400, second byte 90 or more),
    "f" EF (U+F000-U+FFFF: Han for U+F900-U+FAFF, second byte A4-AB). Second bytes: "0" 80-8F,
    "1" 90-A3, "2" A4-AB, "3" AC-B6, "4" B7, "5" B8-BF. Everything else is " ".
    """
    table = bytearray(b" " * 256)
    table[0xE5 : 0xE9 + 1] = b"h" * 5
    for first, mark in ((0xE3, "c"), (0xE4, "d"), (0xEF, "f")):
        table[first] = ord(mark)
    for low, high, mark in ((0x80, 0x8F, "0"), (0x90, 0xA3, "1"), (0xA4, 0xAB, "2"),
                            (0xAC, 0xB6, "3"), (0xB7, 0xB7, "4"), (0xB8, 0xBF, "5")):
        table[low : high + 1] = mark.encode() * (high - low + 1)
    return bytes(table)


_HAN_MARKS = _han_marks()


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _han_in(data: bytes) -> int:
    """Han characters in the UTF-8 bytes *data* (see ``_han_marks``; a first byte is always
    followed by its second, so a mark pair is one character)."""
    marks = data.translate(_HAN_MARKS)
    han = marks.count(b"h")
    if (d := marks.count(b"d")):
        han += d - marks.count(b"d4")
    if (c := marks.count(b"c")):
        han += c - marks.count(b"c0")
    if b"f" in marks:
        han += marks.count(b"f2")
    return han


def _latin_words_in(data: bytes) -> int:
    """How many runs of two or more ASCII letters the UTF-8 bytes *data* have: with letters
    marked "a" and the rest " ", each such run starts one " aa"."""
    return (b" " + data.translate(_LETTER_MARKS)).count(b" aa")


def han_count(text: str) -> int:
    """How many Han characters (U+3400-U+4DBF, U+4E00-U+9FFF, U+F900-U+FAFF) *text* has."""
    return _han_in(_utf8(text))


def latin_word_count(text: str) -> int:
    """How many runs of two or more ASCII letters *text* has (what ``[A-Za-z]{2,}`` finds)."""
    return _latin_words_in(_utf8(text))


def detect(text: str, default: str = "en") -> str:
    """'zh' or 'en'. Looks at a bounded sample spread over the text."""
    if len(text) > SAMPLE_CHARS:
        third = SAMPLE_CHARS // 3
        mid = len(text) // 2
        text = text[:third] + text[mid : mid + third] + text[-third:]
    data = _utf8(text)
    han = _han_in(data)
    words = _latin_words_in(data)
    if han == 0 and words == 0:
        return default
    # about 1.6 Han characters carry what one English word does
    return "zh" if han >= 1.6 * words * 0.5 else "en"


def is_chinese(clause: str) -> bool:
    """Whether one clause should be read with the Chinese model."""
    if clause.isascii():  # no Han character at all
        return False
    data = _utf8(clause)
    han = _han_in(data)
    return han >= 2 and han >= 0.5 * _latin_words_in(data)
