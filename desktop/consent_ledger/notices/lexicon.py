"""The cue lexicon (resources/lexicons/terms.json): compiled once, matched per clause.

Each section maps a term to English and Chinese patterns. Topic cues are matched over the whole
text in one pass per language (one combined pattern behind a first-character test); term cues
of the other sections are matched only inside the clauses that contain one of the literals
every match of the term needs (``prefilter.py``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from .dispatch import (
    LazyPatterns,
    LeadingRun,
    dispatch_alternation,
    dispatch_groups,
    leftmost_matches,
    split_leading_runs,
)
from .prefilter import LiteralGate, LiteralSets, ascii_lower, first_chars, required_literals

LANGS = ("en", "zh")
# Patterns are lower case and compiled without re.IGNORECASE (several times faster in CPython's
# re); the text is folded to lower case ASCII first, which keeps every offset where it was.
fold = ascii_lower


# a negation cue shortly before a match flips it: "we do not use", "我们不会将"
_NEGATION = {  # LiteralGate: a literal test, then the pattern without IGNORECASE on folded text
    "en": LiteralGate(re.compile(
        r"\bnot\b|\bnever\b|\bno\b|\bnone\b|\bneither\b|\bnor\b|\bcannot\b|\bwithout\b|n't\b|"
        r"\bno longer\b|"
        # ("API terms that prohibit training on your data"; not "prohibited content")
        r"\bprohibits? (?!content|conduct|activit|material|use of the service)|\bprohibited from\b", re.I
    )),
    # not the 不 / 未 inside words that deny nothing: 不同 (different; 不同意 still denies), 不断,
    # 不时, 不定期, 不限于, 不仅, 不但, 不少, 不超过 (at most), 不论, 未成年 (minor), 未满 (under
    # an age), 未来
    "zh": LiteralGate(re.compile(r"不(?!同(?!意)|断|时|定期|限于|仅|但|少|超过|论|管)|未(?!成年|满|来)|"
                                 r"没有|无需|并非|绝不|禁止|无法")),
}
NEGATION_WINDOW = {"en": 60, "zh": 20}
# clauses a section's terms are matched on before its literal scan is compiled (LiteralSets)
SCAN_AFTER = 512
# the negation belongs to the clause part it stands in: the window is cut at the last of these
CLAUSE_PART = {
    # ("by not using the Service or by withdrawing membership": the second way is not denied;
    # "without associating them with an IP address, or creating profiles": the second is, as the
    # last of a list is: ", or" goes on with what was denied, unless a clause of its own starts
    # there: "…, or it will be anonymized")
    "en": re.compile(r",\s(?!(?:or|nor) (?!by|it|we|they|you|this|that|these|those|the|your|our|if|"
                     r"when|where|as|after|before|once)\b)|[;:]\s|\bbut\b|\bunless\b|\bexcept\b|"
                     r"\b(?:or|and) by\b"),
    "zh": re.compile(r"[，,：:]"),
}


def _compile(patterns: list[str]) -> re.Pattern[str]:
    """The alternation of *patterns*, dispatched on its first character when possible."""
    return re.compile(dispatch_alternation(patterns) or "|".join(f"(?:{p})" for p in patterns))


class Lexicon:
    def __init__(self, data: dict[str, dict[str, dict[str, list[str]]]]) -> None:
        self.terms: dict[str, dict[str, dict[str, re.Pattern[str]]]] = {}
        # per term and language: literals one of which every match contains (None: unknown);
        # a clause holding none of them is not searched (see prefilter.py)
        self.needs: dict[str, dict[str, dict[str, tuple[str, ...] | None]]] = {}
        for section, entries in data.items():
            if section.startswith("_"):
                continue
            self.terms[section] = {
                term: {lang: _compile(pats) for lang, pats in by_lang.items() if pats}
                for term, by_lang in entries.items()
            }
            self.needs[section] = {
                term: {lang: required_literals("|".join(f"(?:{p})" for p in pats))
                       for lang, pats in by_lang.items() if pats}
                for term, by_lang in entries.items()
            }
        # per section and language, in lexicon order: (term, pattern, needed literals)
        self._plan = {
            section: {
                lang: [(term, by_lang[lang], self.needs[section][term][lang])
                       for term, by_lang in entries.items() if lang in by_lang]
                for lang in LANGS
            }
            for section, entries in self.terms.items()
        }
        self._sets: dict[tuple[str, str], LiteralSets] = {}
        # topic cues over a whole run of text: one alternation of every topic's patterns in
        # lexicon order (the first alternative that matches at a position wins, as with one
        # named group per topic), behind a first-character test; the topic of a match is found
        # afterwards by matching each topic's own pattern at its start.
        # When the alternation dispatches on its first character, each group that starts with
        # an ASCII character is scanned as a pattern of its own: the engine finds a pattern's
        # literal first character with a fast search, while one big alternation is tried
        # branch by branch at nearly every position of an English text (see leftmost_matches).
        # (compiled on first use: a process that reads one notice compiles only what it needs)
        self._scan_sources: dict[str, list[str]] = {}
        self._scans: dict[str, list[re.Pattern[str]]] = {}
        self._split_scan: dict[str, tuple[list[re.Pattern[str]], list[LeadingRun],
                                          LazyPatterns]] = {}
        # per language and first character: the topics (in lexicon order) with a pattern that
        # starts with it, the only ones that can match there
        self.topics_from: dict[str, dict[str, tuple[str, ...]]] = {}
        for lang in LANGS:
            patterns = [p for pats in data["topics"].values() for p in pats.get(lang, [])]
            self.topics_from[lang] = {}
            if not patterns:
                self._scan_sources[lang] = []
                continue
            groups = dispatch_groups(patterns)
            if groups is not None:  # then each topic's own patterns dispatch too
                for topic, pats in data["topics"].items():
                    for ch, _ in dispatch_groups(pats.get(lang, [])) or ():
                        self.topics_from[lang][ch] = (*self.topics_from[lang].get(ch, ()), topic)
            if groups is None:
                body = "|".join(f"(?:{p})" for p in patterns)
                first = first_chars(body)
                self._scan_sources[lang] = [f"(?=[{first}])(?:{body})" if first else body]
                continue
            self._scan_sources[lang] = _group_scans(groups)
            # alternatives that start with a run of a class (an e-mail address) are tried only
            # where they can start: the groups without them scan the text, the groups with them
            # decide at those few positions (see dispatch.split_leading_runs)
            split = split_leading_runs(patterns)
            others = dispatch_groups(split[0]) if split is not None else None
            if split is not None and others is not None:
                self._split_scan[lang] = ([re.compile(p) for p in _group_scans(others)],
                                          split[1], LazyPatterns(dict(groups)))

    @property
    def topic_scan(self) -> dict[str, list[re.Pattern[str]]]:
        """Per language, the patterns that scan a text for every topic cue (see above)."""
        return {lang: self._scan(lang) for lang in self._scan_sources}

    def _scan(self, lang: str) -> list[re.Pattern[str]]:
        scans = self._scans.get(lang)
        if scans is None:
            scans = self._scans[lang] = [re.compile(p) for p in self._scan_sources[lang]]
        return scans

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def scan_topics(self, text: str, lang: str) -> Iterator[tuple[int, str]]:
        """(offset, topic) of every topic cue in *text* (leftmost, non-overlapping)."""
        if not self._scan_sources[lang]:
            return
        low = fold(text)
        topics = self.terms["topics"]
        starting = self.topics_from[lang]
        split = self._split_scan.get(lang)
        if split is not None:
            positions = set().union(*(run.positions(low) for run in split[1]))
            matches = leftmost_matches(split[0], low, (positions, split[2]))
        else:
            matches = leftmost_matches(self._scan(lang), low)
        for m in matches:
            at = m.start()
            for topic in starting.get(low[at], topics) if starting else topics:
                pattern = topics[topic].get(lang)
                if pattern is not None and pattern.match(low, at):
                    yield at, topic
                    break

    def _possible(self, section: str, term: str, low: str, lang: str) -> re.Pattern[str] | None:
        """The term's pattern, or None when *low* (folded) cannot hold a match."""
        pattern = self.terms[section][term].get(lang)
        if pattern is None:
            return None
        needs = self.needs[section][term][lang]
        if needs is not None:
            for literal in needs:
                if literal in low:
                    return pattern
            return None
        return pattern

    def search(self, section: str, term: str, text: str, lang: str,
               low: str | None = None) -> re.Match[str] | None:
        """The first match of *term* (in the folded text; *low* when the caller has it)."""
        low = fold(text) if low is None else low
        pattern = self._possible(section, term, low, lang)
        return pattern.search(low) if pattern else None

    def finditer(self, section: str, term: str, text: str, lang: str,
                 low: str | None = None) -> Iterator[re.Match[str]]:
        """Every match of *term* (in the folded text; *low* when the caller has it)."""
        low = fold(text) if low is None else low
        pattern = self._possible(section, term, low, lang)
        return pattern.finditer(low) if pattern else iter(())

    def affirmed(self, section: str, term: str, text: str, lang: str,
                 low: str | None = None) -> re.Match[str] | None:
        """The first match of *term* in *text* not under a negation cue (*low*: ``fold(text)``
        when the caller has it)."""
        low = fold(text) if low is None else low
        pattern = self._possible(section, term, low, lang)
        if pattern is None:
            return None
        for m in pattern.finditer(low):
            if not negated(text, m.start(), lang):
                return m
        return None

    def matching(self, section: str, text: str, lang: str, low: str | None = None) -> list[str]:
        """Terms of *section* affirmed in *text* (negation read in the folded text; *low*:
        ``fold(text)`` when the caller has it). Only the terms one of whose needed literals
        occurs are searched: one scan of the clause tells which (``LiteralSets``)."""
        low = fold(text) if low is None else low
        found = []
        plan = self._plan[section][lang]
        held = self._literal_sets(section, lang).holding(low)
        while held:
            bit = held & -held
            held ^= bit
            term, pattern, _ = plan[bit.bit_length() - 1]
            for m in pattern.finditer(low):
                if not negated(low, m.start(), lang):
                    found.append(term)
                    break
        return found

    def _literal_sets(self, section: str, lang: str) -> LiteralSets:
        """The needed literals of the terms of *section* in *lang*, in plan order (built on
        first use)."""
        sets = self._sets.get((section, lang))
        if sets is None:
            sets = self._sets[section, lang] = LiteralSets(
                [needs for _, _, needs in self._plan[section][lang]], scan_after=SCAN_AFTER)
        return sets


def _group_scans(groups: list[tuple[str, str]]) -> list[str]:
    """Each group that starts with an ASCII character as a pattern of its own, the others
    together (see ``Lexicon.topic_scan``)."""
    rest = "|".join(group for ch, group in groups if not ch.isascii())
    return [group for ch, group in groups if ch.isascii()] + ([rest] if rest else [])


_ASIDE = re.compile(r"（[^（）]*）")


def negated(text: str, at: int, lang: str) -> bool:
    size = NEGATION_WINDOW[lang]
    window = text[max(0, at - size) : at]
    if lang == "zh" and "）" in window:
        # an aside in full-width brackets does not push the denial out of reach:
        # "我们不会根据您的个人信息（包括但不限于您的阅读记录等）向您推荐…"
        window = _ASIDE.sub("", text[max(0, at - 4 * size) : at])[-size:]
    # A cue in the last part is a cue in the whole window (the cut leaves no word boundary
    # behind that the window lacks), so a window without any cue needs no cutting.
    if not _NEGATION[lang].search(window):
        return False
    return bool(_NEGATION[lang].search(CLAUSE_PART[lang].split(window)[-1]))
