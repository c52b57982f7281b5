"""The one-scan literal test (prefilter.LiteralSets) and Lexicon.matching built on it answer
exactly what the plain tests answer: a set holds when one of its literals is in the text."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices.lexicon import Lexicon, fold, negated
from consent_ledger.notices.prefilter import LiteralSets
from consent_ledger.paths import resources_dir

# few letters, so literals overlap, nest and share heads and tails
ALPHABET = "abca b,.(个人信息"
literal = st.text(alphabet=ALPHABET, min_size=1, max_size=5)
literal_set = st.one_of(st.none(), st.lists(literal, min_size=1, max_size=5).map(tuple))


def plain_holding(sets: list[tuple[str, ...] | None], text: str) -> int:
    held = 0
    for i, literals in enumerate(sets):
        if literals is None or any(x in text for x in literals):
            held |= 1 << i
    return held


@settings(max_examples=500, deadline=None)
@given(st.lists(literal_set, max_size=8), st.text(alphabet=ALPHABET, max_size=40))
def test_literal_sets_answer_the_plain_test(sets: list[tuple[str, ...] | None],
                                            text: str) -> None:
    expected = plain_holding(sets, text)
    assert LiteralSets(sets).holding(text) == expected
    assert LiteralSets(sets).plain_holding(text) == expected


def test_the_scan_takes_over_after_the_plain_tests() -> None:
    sets: list[tuple[str, ...] | None] = [("abc",), ("bcd", "x"), None]
    literal_sets = LiteralSets(sets, scan_after=2)
    texts = ["abcd", "zz", "xbc", "abcd", "zz", "xbc"]
    answers = [literal_sets.holding(t) for t in texts]
    assert answers == [plain_holding(sets, t) for t in texts] == [7, 4, 6, 7, 4, 6]
    assert literal_sets._scan is not None  # compiled after the first two texts


@settings(max_examples=300, deadline=None)
@given(st.lists(literal, min_size=1, max_size=6), st.data())
def test_literals_planted_in_a_text_are_found(literals: list[str], data: st.DataObject) -> None:
    sets: list[tuple[str, ...] | None] = [(x,) for x in literals]
    pieces = data.draw(st.lists(st.sampled_from(literals), max_size=6))
    text = data.draw(st.text(alphabet=ALPHABET, max_size=5)).join(pieces)
    held = LiteralSets(sets).holding(text)
    assert held == plain_holding(sets, text)
    for i, x in enumerate(literals):
        if x in pieces:
            assert held >> i & 1


def test_overlapping_and_nested_literals() -> None:
    sets: list[tuple[str, ...] | None] = [("abc",), ("bcd",), ("b",), ("cde", "xyz"), None, ("",)]
    assert LiteralSets(sets).holding("abcde") == 0b111111
    assert LiteralSets(sets).holding("bc") == 0b110100
    assert LiteralSets(sets).holding("") == 0b110000
    assert LiteralSets([]).holding("anything") == 0


@cache
def lexicon(scan_after: int) -> Lexicon:
    lex = Lexicon.load(resources_dir() / "lexicons" / "terms.json")
    for section, by_lang in lex._plan.items():  # every section scanned from the first clause on
        for lang in by_lang:
            lex._sets[section, lang] = LiteralSets(
                [needs for _, _, needs in by_lang[lang]], scan_after=scan_after)
    return lex


def plain_matching(lex: Lexicon, section: str, text: str, lang: str) -> list[str]:
    """Lexicon.matching without the literal shortcut: every term's pattern on the folded text."""
    low = fold(text)
    found = []
    for term, by_lang in lex.terms[section].items():
        pattern = by_lang.get(lang)
        if pattern is None:
            continue
        if any(not negated(low, m.start(), lang) for m in pattern.finditer(low)):
            found.append(term)
    return found


SENTENCES = {
    "en": ["We collect your email address, phone number and account name.",
           "We do not collect biometric data such as your face geometry or fingerprints.",
           "You may access, correct or delete your data and request a copy of it.",
           "We store and use your data to provide the service and prevent fraud.",
           "Information we share with service providers, across borders, for security.",
           "Your religious beliefs, health records and precise location are sensitive."],
    "zh": ["我们会收集您的手机号、电子邮箱、身份证号码和人脸信息。",
           "您有权查阅、复制、更正、删除您的个人信息，并可注销账号。",
           "我们不会收集您的宗教信仰、医疗健康信息或行踪轨迹。",
           "为实现注册登录和安全风控，我们会使用、存储并向境外传输您的信息。"],
}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["en", "zh"]), st.sampled_from([0, 10**9]), st.data())
def test_lexicon_matching_equals_every_pattern_run(lang: str, scan_after: int,
                                                    data: st.DataObject) -> None:
    lex = lexicon(scan_after)  # the literal scan, or the plain literal tests only
    parts = data.draw(st.lists(st.sampled_from(SENTENCES[lang]), min_size=1, max_size=3))
    # cut and glue: literals broken at the seams, words run together, case changed
    text = " ".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    text = text[:start] + data.draw(st.sampled_from(["", " ", "Not ", "ACCOUNT"])) + text[end:]
    for section in ("data_categories", "sensitive_categories", "purposes", "methods", "rights"):
        assert lex.matching(section, text, lang) == plain_matching(lex, section, text, lang)
