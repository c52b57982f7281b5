"""The lexicon's shortcuts (notices/prefilter.py) never change what a pattern finds."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices.dispatch import dispatch_alternation
from consent_ledger.notices.lexicon import Lexicon, fold
from consent_ledger.notices.prefilter import LiteralGate, first_chars, required_literals
from consent_ledger.paths import resources_dir


def test_first_chars_of_simple_patterns() -> None:
    assert first_chars(r"\bretain|keep (?:your|the)") == "kr"
    assert first_chars(r"(?:a|b)?c") == "abc"
    assert first_chars(r"x*") is None  # can match the empty string
    assert first_chars(r"\w+ing") is None  # a category: unknown
    assert first_chars(r"[0-3]x") == "0123"


def test_required_literals_of_simple_patterns() -> None:
    assert required_literals(r"\bopt[- ]?out\b") == ("opt",)  # the first of equals
    assert required_literals(r"(?:changes?|updates?) to (?:this|our) policy") == (" policy",)
    assert required_literals(r"训练|模型(?:的)?优化") == ("模型", "训练")
    assert required_literals(r"(?i)abc") is None
    assert required_literals(r"\w+") is None


ALPHABET = "abcdeoprstuvxy .,-'训练模型数据收集不"
PATTERNS = [r"\bopt[- ]?out\b", r"(?:de|re)?(?:x|y)+ ?ab", r"(?:a|b)?c[ad]e", r"训练|模型(?:的)?数据",
            r"(?:sto|re)r(?:e|age)s? (?:x\w* ){0,2}data", r"(?<!no )trust\b"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_shortcuts_are_necessary_conditions(text: str) -> None:
    for pattern in PATTERNS:
        compiled = re.compile(pattern)
        first = first_chars(pattern)
        guarded = re.compile(f"(?=[{first}])(?:{pattern})") if first else compiled
        assert [m.span() for m in guarded.finditer(text)] == [
            m.span() for m in compiled.finditer(text)]
        needs = required_literals(pattern)
        if needs is not None and compiled.search(text):
            assert any(n in text for n in needs)


def _named_group_scan(lexicon_data: dict, lang: str) -> re.Pattern[str]:
    """The scan the lexicon used before its first-character test: one named group per topic."""
    groups = [f"(?P<{t}>{'|'.join(f'(?:{p})' for p in by_lang[lang])})"
              for t, by_lang in lexicon_data["topics"].items() if by_lang.get(lang)]
    return re.compile("|".join(groups))


def test_topic_scan_equals_named_group_scan_on_shipped_lexicon() -> None:
    data = json.loads((resources_dir() / "lexicons" / "terms.json").read_text(encoding="utf-8"))
    lexicon = Lexicon(data)
    text = (
        "We may use your conversations to train our models. You can opt out in Settings. "
        "Contact us at privacy@example.com. We retain data for 30 days; Children under 13 are "
        "not permitted. Cookies and web beacons. Changes to this Privacy Policy. "
        "我们会将您的对话用于训练模型，您可以在设置中关闭。我们使用Cookie和SDK。未满十四周岁的儿童。"
        "个人信息将存储在中国境内，不会向境外提供。本政策的更新将另行通知。"
    ) * 3
    for lang in ("en", "zh"):
        old = [(m.start(), m.lastgroup) for m in _named_group_scan(data, lang).finditer(fold(text))]
        assert old, lang
        assert list(lexicon.scan_topics(text, lang)) == old


def test_term_matching_skips_only_clauses_without_a_needed_literal() -> None:
    data = json.loads((resources_dir() / "lexicons" / "terms.json").read_text(encoding="utf-8"))
    lexicon = Lexicon(data)
    clauses = [
        ("We collect your email address, IP address and device identifiers.", "en"),
        ("We do not collect biometric data such as your fingerprint.", "en"),
        ("我们收集您的手机号码、设备信息和位置信息。", "zh"),
        ("Nothing here.", "en"),
    ]
    for section in ("data_categories", "sensitive_categories", "purposes", "methods", "rights"):
        for text, lang in clauses:
            low = fold(text)
            expected = []
            for term, by_lang in lexicon.terms[section].items():
                pattern = by_lang.get(lang)
                if pattern is None:
                    continue
                if any(not _negated_at(low, m.start(), lang) for m in pattern.finditer(low)):
                    expected.append(term)
            assert lexicon.matching(section, text, lang) == expected


def _negated_at(text: str, at: int, lang: str) -> bool:
    from consent_ledger.notices.lexicon import negated

    return negated(text, at, lang)


GATE_ALPHABET = "abcdegiklnorstuwyCDGLNORSTUWY 13.,:|§İıſK未成年儿童收集"
GATE_PATTERNS = [
    re.compile(r"\bcollect|\breceive|you (?:provide|give)|such as", re.I),
    re.compile(r"\bchild(?:ren)?\b|under (?:the age of|age) \d{1,2}|\bcoppa\b", re.I),
    re.compile(r"\bmeans\b|§|is defined as", re.I),
    re.compile(r"未成年|儿童|收集"),
    re.compile(r"\bnot (?:collect|store)|\bno (?:sensitive|biometric)", re.I),
    re.compile(r"\bcategory [a-l]\b\s*[:.]|[^.]{0,5}cookie", re.I),
    re.compile(r"(?:under|below) (?:the age of )?\d{1,2}|\|\s*no\s*(?:\||$)", re.I),
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=GATE_ALPHABET, max_size=50), st.sampled_from(
    ["collect", "Child", "COPPA", "ſuch as", "收集", "§", "not ſtore", "Kid", "no ſenſitive",
     "Category C:", "categorY K.", "| No |", "UNDER 13", "cooKie"]))
def test_literal_gate_finds_what_the_pattern_finds(text: str, insert: str) -> None:
    for candidate in (text, insert + text, text + " " + insert):
        for compiled in GATE_PATTERNS:
            gate = LiteralGate(compiled)
            assert gate.needs is not None
            found, expected = gate.search(candidate), compiled.search(candidate)
            assert (found and found.span()) == (expected and expected.span())


def test_literal_gate_skips_clauses_without_the_literals() -> None:
    gate = LiteralGate(re.compile(r"\bcollect|such as", re.I))
    assert gate.needs == ("collect", "such as")
    assert gate.search("We Collect data") is not None
    assert gate.search("nothing to see") is None
    # "ſ" matches "s" under re.IGNORECASE: such a text is searched in full
    assert gate.search("ſuch as") is not None


DISPATCH_PATTERNS = [
    r"\bcoppa\b", r"(?:train|fine[- ]?tun|retrain)\w*\W+(?:\w+\W+){0,2}?models?", r"(?:电子)?邮箱",
    r"[a-c.]{1,4}@[a-c]+\.com", r"\.com|co", r"(?:the )?cat", r"cookies?\b", r"c\b", r"[ab]c",
    r"(?:a|ab)(?:c|bcd)",
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeflmnorstu .@-训练电子邮箱", max_size=60),
       st.permutations(DISPATCH_PATTERNS))
def test_dispatched_alternation_matches_like_the_plain_one(text: str, order: list[str]) -> None:
    text = text + " the cat. coppa, retrain a big model, ab@b.com 电子邮箱 abcd"
    dispatched = dispatch_alternation(order)
    assert dispatched is not None
    plain = re.compile("|".join(f"(?:{p})" for p in order))
    assert [m.span() for m in re.finditer(dispatched, text)] == [
        m.span() for m in plain.finditer(text)]


def test_dispatch_refuses_what_it_cannot_rewrite() -> None:
    assert dispatch_alternation([r"abc", r"\w+x"]) is None
    assert dispatch_alternation([r"(?:ab)*c"]) is None
    assert dispatch_alternation([r"(ab)c"]) is None


def test_shipped_lexicon_patterns_match_like_their_plain_alternations() -> None:
    data = json.loads((resources_dir() / "lexicons" / "terms.json").read_text(encoding="utf-8"))
    lexicon = Lexicon(data)
    text = fold(
        "We collect your name, e-mail address, IP address, device ID and precise location to "
        "provide the service, for analytics and marketing. You have the right to access, delete "
        "or correct your data; contact privacy@example.com. We share data with service providers "
        "and may transfer it to the United States. We do not sell biometric data of children. "
        "我们收集您的手机号码、身份证号码、设备信息和位置信息，用于提供服务与个性化推荐；"
        "您有权查阅、复制、更正、删除您的个人信息，或注销账号。我们会委托第三方处理并向境外提供。"
    )
    for section, entries in data.items():
        if section.startswith("_"):
            continue
        for term, by_lang in entries.items():
            for lang, patterns in by_lang.items():
                if not patterns:
                    continue
                plain = re.compile("|".join(f"(?:{p})" for p in patterns))
                compiled = lexicon.terms[section][term][lang]
                assert [m.span() for m in compiled.finditer(text)] == [
                    m.span() for m in plain.finditer(text)], (section, term, lang)


def test_literal_gate_fast_form_only_where_equivalent() -> None:
    # lower-case ASCII and caseless characters: searched without IGNORECASE on folded text
    assert LiteralGate(re.compile(r"\bcollect|§|收集", re.I)).fast is not None
    # an upper-case literal or a back reference: the pattern itself is run
    assert LiteralGate(re.compile(r"Collect", re.I)).fast is None
    assert LiteralGate(re.compile(r"(a)\1", re.I)).fast is None
    gate = LiteralGate(re.compile(r"Collect", re.I))
    assert gate.search("we COLLECT") is not None


# alternatives sharing their first characters, with ones that cannot be dispatched in between
# (a class with a quantifier, a category): the groups dispatch again on the next characters, in
# runs that keep the order around those
NESTED_PATTERNS = [
    r"abc", r"ab", r"a\w+d", r"abd?e", r"acb", r"a", r"(?:ab|ac)c", r"b[ab]*c", r"ba", r"bab",
    r"a(?:b|c)?", r"\bab\b", r"a(?<=ca)b", r"\babc", r"\bab\.c", r"\bb a",
]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcde .", max_size=40), st.permutations(NESTED_PATTERNS))
def test_nested_dispatch_matches_like_the_plain_alternation(text: str, order: list[str]) -> None:
    from consent_ledger.notices.dispatch import dispatch_groups

    groups = dispatch_groups(order)
    assert groups is not None
    plain = re.compile("|".join(f"(?:{p})" for p in order))
    # at every position, the group of the character there matches as the whole alternation
    for ch, group in groups:
        compiled = re.compile(group)
        for at in range(len(text)):
            mine, theirs = compiled.match(text, at), plain.match(text, at)
            if text[at] == ch:
                assert (mine and mine.span()) == (theirs and theirs.span())
            else:
                assert mine is None
    dispatched = re.compile("|".join(group for _, group in groups))
    assert [m.span() for m in dispatched.finditer(text)] == [
        m.span() for m in plain.finditer(text)]


def test_groups_dispatch_again_on_their_second_character() -> None:
    from consent_ledger.notices.dispatch import dispatch_groups

    groups = dict(dispatch_groups(["abc", "abe", "a\\w+", "acd", "abf"]) or [])
    # "abc" and "abe" share "ab": one subgroup; "a\\w+" keeps its place between the runs, so
    # "abf", after it, is not moved up into the first "ab" subgroup
    assert groups["a"] == r"a(?:b(?:c(?:(?:))|e(?:(?:)))|(?:\w+)|c(?:d(?:(?:)))|b(?:f(?:(?:))))"
    assert re.compile(groups["a"]).match("abe").span() == (0, 3)
    assert re.compile(groups["a"]).match("abfx").span() == (0, 4)  # a\w+ first, as in order


def test_a_word_boundary_is_checked_behind_the_characters_dispatched_on() -> None:
    from consent_ledger.notices.dispatch import dispatch_groups

    groups = dict(dispatch_groups([r"\bcoppa\b", r"\bccpa\b", r"cookies?"]) or [])
    # "\\bcoppa" becomes "c", "o", "p" and a lookbehind "\\bcop" (still one fixed width)
    assert groups["c"].startswith(r"c(?:o(?:p(?:(?:(?<=\bcop)pa\b))|o(?:")
    compiled = re.compile(groups["c"])
    assert compiled.search("a coppa b").span() == (2, 7)
    assert compiled.search("acoppa") is None  # no word boundary before the c
    assert compiled.search("x ccpa").span() == (2, 6)
