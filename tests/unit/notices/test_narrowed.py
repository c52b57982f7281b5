"""prefilter.Narrowed: an alternation searched as the alternation of only the alternatives that
can match in the text finds the same spans as the whole alternation (and LiteralGate, which uses
it for alternations that do not dispatch on their first character, finds what its pattern
finds)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices import minors
from consent_ledger.notices.prefilter import LiteralGate, Narrowed

# alternatives that start with a category or a repeat (no first-character dispatch), overlap
# each other (the first one that matches at a position must still win), hold groups and
# lookarounds, and one without a needed literal (always kept)
ALTERNATIVES = [
    r"\b\d{1,2} years? (?:of age|old)",
    r"\d+ ?(?:day|year)s?",
    r"(?:under|below) (?:the age of )?\d{1,2}\b",
    r"\bunder\b",
    r"(?<!not )collect(?:ed|s)?",
    r"[a-z]+ collect",
    r"\w+@\w+",
]
ALPHABET = "abcdeglnorstuy 1234.,@"
INSERTS = ["13 years old", "under the age of 16", "not collected", "we collect", "1 day",
           "below 9", "a@b", "under", "12 years of age"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60), st.sampled_from(INSERTS),
       st.lists(st.integers(0, len(ALTERNATIVES) - 1), min_size=1, max_size=5, unique=True))
def test_narrowed_alternation_finds_the_same_spans(text: str, insert: str,
                                                   chosen: list[int]) -> None:
    parts = [ALTERNATIVES[i] for i in chosen]
    whole = re.compile("|".join(f"(?:{p})" for p in parts))
    narrowed = Narrowed(parts)
    for candidate in (text, insert + " " + text, text + insert):
        pattern = narrowed.pattern(candidate)
        expected = [m.span() for m in whole.finditer(candidate)]
        found = [] if pattern is None else [m.span() for m in pattern.finditer(candidate)]
        assert found == expected


def test_narrowed_keeps_only_the_alternatives_whose_literals_occur() -> None:
    narrowed = Narrowed([r"\bchild(?:ren)?\b", r"\b\d{1,2} years old", r"\w+@\w+"])
    assert narrowed.needs == [("child",), (" years old",), ("@",)]
    kept = narrowed.pattern("children under 13 years old")
    assert kept is not None and "@" not in kept.pattern and "child" in kept.pattern
    assert narrowed.pattern("nothing here") is None
    assert narrowed.pattern("nothing here") is None  # (answered again from the cache)


GATE_ALPHABET = "abcdeghilmnorstuyCHILMNOY 0123.,\u0130\u017f\u212a"  # İ ſ K: searched in full
GATE_PATTERNS = [
    minors._MINOR_AGES["en"].compiled,
    re.compile(r"\b\d{1,2} years (?:of age|old)|\bchild(?:ren)?\b|under (?:the age of )?\d", re.I),
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=GATE_ALPHABET, max_size=50), st.sampled_from(
    ["Children", "13 Years Old", "under 16", "COPPA", "minor changes", "Minors", "age of 18",
     "\u017fome child", "persons under the age of 13", "\u212aids"]))
def test_narrowing_gate_finds_what_the_pattern_finds(text: str, insert: str) -> None:
    for compiled in GATE_PATTERNS:
        gate = LiteralGate(compiled)
        assert gate.narrowed is not None  # these alternations do not dispatch: they narrow
        for candidate in (text, insert + " " + text, text + " " + insert):
            found, expected = gate.search(candidate), compiled.search(candidate)
            assert (found and found.span()) == (expected and expected.span())


def test_dispatching_and_single_alternations_are_not_narrowed() -> None:
    assert LiteralGate(re.compile(r"\bcollect|\breceive|such as", re.I)).narrowed is None
    assert LiteralGate(re.compile(r"\d+ days")).narrowed is None  # nothing to narrow
    assert LiteralGate(re.compile(r"(a)\d|\1b")).narrowed is None  # a back reference


CLAUSE_WORDS = ["you can", "You May", "request", "we use", "We Collect", "nothing", "to Access",
                "\u017fuch as", "\u212aeep", "您可以", "有权", "通过客服联系", "收集", "。", " ", ",",
                "\0"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(CLAUSE_WORDS), max_size=6), max_size=12),
       st.lists(st.booleans(), min_size=12, max_size=12))
def test_clause_texts_holding_is_search_per_clause(words: list[list[str]],
                                                   chinese: list[bool]) -> None:
    from consent_ledger.notices import categories, rights
    from consent_ledger.notices.analyser import Clause
    from consent_ledger.notices.clause_texts import ClauseTexts

    clauses = [Clause(i, 0, 0, " ".join(w), "zh" if chinese[i] else "en", "sentence")
               for i, w in enumerate(words)]
    for gate in (rights._USER_POWER, categories._COLLECT_CUE):  # NUL-safe in English, not in Chinese
        texts = ClauseTexts(clauses)
        half = clauses[: len(clauses) // 2]
        expected = {c.id for c in clauses if texts.search(gate[c.lang], c) is not None}
        assert texts.holding(gate, half) == {c.id for c in half if c.id in expected}
        assert texts.holding(gate, clauses) == expected  # half of them answered already
