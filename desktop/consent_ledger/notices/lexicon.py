"""The cue lexicon (resources/lexicons/terms.json): compiled once, matched per clause.

Each section maps a term to English and Chinese patterns. Topic cues are matched over the whole
text in one pass per language (one combined pattern, one named group per topic); term cues of
the other sections are matched only inside the clauses that can hold them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

LANGS = ("en", "zh")
# Patterns are lower case and compiled without re.IGNORECASE (several times faster in CPython's
# re); the text is folded to lower case ASCII first, which keeps every offset where it was.
_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text: str) -> str:
    return text.translate(_ASCII_FOLD)
# a negation cue shortly before a match flips it: "we do not use", "我们不会将"
_NEGATION = {
    "en": re.compile(
        r"\b(?:not|never|no|none|neither|nor|cannot|without)\b|n't\b|\bno longer\b", re.I
    ),
    "zh": re.compile(r"不|未|没有|无需|并非|绝不|禁止|无法"),
}
NEGATION_WINDOW = {"en": 60, "zh": 20}


class Lexicon:
    def __init__(self, data: dict[str, dict[str, dict[str, list[str]]]]) -> None:
        self.terms: dict[str, dict[str, dict[str, re.Pattern[str]]]] = {}
        for section, entries in data.items():
            if section.startswith("_"):
                continue
            self.terms[section] = {
                term: {
                    lang: re.compile("|".join(f"(?:{p})" for p in pats))
                    for lang, pats in by_lang.items() if pats
                }
                for term, by_lang in entries.items()
            }
        # one pattern per section and language: a clause that matches none of a section's terms
        # is skipped with one search instead of one per term
        self.any_term: dict[str, dict[str, re.Pattern[str]]] = {
            section: {
                lang: re.compile("|".join(
                    f"(?:{pats[lang].pattern})" for pats in entries.values() if lang in pats
                ))
                for lang in LANGS
            }
            for section, entries in self.terms.items()
        }
        self.topic_scan: dict[str, re.Pattern[str]] = {}
        for lang in LANGS:
            groups = [
                f"(?P<{topic}>{pats[lang].pattern})"
                for topic, pats in self.terms["topics"].items() if lang in pats
            ]
            self.topic_scan[lang] = re.compile("|".join(groups))

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def scan_topics(self, text: str, lang: str) -> Iterator[tuple[int, str]]:
        """(offset, topic) of every topic cue in *text*."""
        for m in self.topic_scan[lang].finditer(fold(text)):
            if m.lastgroup:
                yield m.start(), m.lastgroup

    def search(self, section: str, term: str, text: str, lang: str) -> re.Match[str] | None:
        pattern = self.terms[section][term].get(lang)
        return pattern.search(fold(text)) if pattern else None

    def affirmed(self, section: str, term: str, text: str, lang: str) -> re.Match[str] | None:
        """The first match of *term* in *text* not under a negation cue."""
        pattern = self.terms[section][term].get(lang)
        if pattern is None:
            return None
        for m in pattern.finditer(fold(text)):
            if not negated(text, m.start(), lang):
                return m
        return None

    def matching(self, section: str, text: str, lang: str) -> list[str]:
        """Terms of *section* affirmed in *text*."""
        low = fold(text)
        if not self.any_term[section][lang].search(low):
            return []
        return [t for t in self.terms[section] if self.affirmed(section, t, low, lang)]


def negated(text: str, at: int, lang: str) -> bool:
    window = text[max(0, at - NEGATION_WINDOW[lang]) : at]
    if lang == "zh":
        # the negation belongs to this clause part: stop at the last comma
        window = re.split(r"[，,：:]", window)[-1]
    else:
        window = re.split(r"[,;:]\s|\bbut\b|\bunless\b|\bexcept\b", window)[-1]
    return bool(_NEGATION[lang].search(window))
