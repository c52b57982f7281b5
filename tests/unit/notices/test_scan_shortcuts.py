"""Shortcuts that make the analysis faster find exactly what the plain patterns find.

JoinedTexts (one scan over many clauses), LiteralGate.spans (the fast form's matches), the
rewritten identity patterns (first character ahead of the word boundary) and the caches of
clause_texts.ClauseTexts.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices import contacts, handler_names, identity
from consent_ledger.notices.lexicon import Lexicon
from consent_ledger.notices.prefilter import JoinedTexts, LiteralGate, nul_safe
from consent_ledger.paths import resources_dir

ALPHABET = "abtdoACT @＠[](<>).,-\n\t 1234地址 StreetAve\\KİſÀ"
SAFE_PATTERNS = [
    re.compile(r"[@＠]|[\[(（{<]\s*(?:at|AT|At)\s*\\?[\])）}>]"),
    re.compile(r"\s(?:at|AT)\s"),
    re.compile(r"\d\s+[A-Z]"),
    re.compile(r"\bat\b|\Bo"),
    re.compile(r"(?<!b)a(?=t)|(?<=\d)\s"),
    re.compile(r"(?<![\w.+-])[a-z0-9]+@", re.I),
    re.compile(r"地址|street\b", re.I),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=25), max_size=8))
def test_joined_texts_find_the_texts_each_pattern_matches(texts: list[str]) -> None:
    joined = JoinedTexts(texts)
    for pattern in SAFE_PATTERNS:
        assert nul_safe(pattern)
        expected = {i for i, text in enumerate(texts) if pattern.search(text)}
        assert joined.holding(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"a.b",  # . matches a NUL
    r"[^a]", r"\Wx", r"\Sx", r"\Dx",  # so do negated classes
    r"^a", r"a$", r"\Aa",  # anchors see the joined text's ends, not the clause's
    r"x*",  # an empty match
    r"(a)\1",  # back references: not analysed
    "\x00",
])
def test_patterns_that_could_cross_clauses_are_refused(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert not nul_safe(compiled)
    with pytest.raises(ValueError):
        JoinedTexts(["a", "b"]).holding(compiled)


GATE_PATTERNS = [
    re.compile(r"\b(?:\d{1,4}|one|two)(?:\s*\(\d+\))?[\s-]+(?:calendar )?(?:days?|months?)\b",
               re.I),
    re.compile(r"(?:\d{1,4}|[一二三十]{1,3})\s*(?:个)?(?:工作日|天|月)(?!龄)"),
    re.compile(r"international(?:ly)? transfer|outside (?:of )?(?:your|the) country|\babroad\b",
               re.I),
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbdeilmnorstuyDMO 1234()-_.,ſK一三个天月工作日龄", max_size=40),
       st.sampled_from(["30 days", "Two Months", "3个月", "十天", "outside the country",
                        "ABROAD", "internationally transfer", "1 (one) calendar day"]))
def test_gate_spans_are_the_pattern_s_own_matches(text: str, insert: str) -> None:
    for candidate in (text, insert + text, text + " " + insert + text):
        for compiled in GATE_PATTERNS:
            expected = [m.span() for m in compiled.finditer(candidate)]
            assert list(LiteralGate(compiled).spans(candidate)) == expected


# the identity patterns as they were written before the first character moved ahead of the
# word boundary
_OLD_EN_COMPANY = re.compile(
    r"\b((?:[A-Z][A-Za-z0-9&'.-]*\s){0,5}[A-Z][A-Za-z0-9&'.-]*,?\s(?:Inc|LLC|Ltd|Limited|"
    r"GmbH|Corp|Corporation|B\.V|S\.A|PBC|Pte\.? Ltd|L\.L\.C)\b\.?)"
)
_OLD_EN_ADDRESS = re.compile(
    r"\b(\d{1,5}\s+(?:[A-Z][A-Za-z.]*\s){1,5}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|"
    r"Drive|Dr|Lane|Way|Place|Plaza|Suite|Square)\b[^\n.;]{0,80})"
)
WORDS = ["Acme", "Open", "AI", "Inc", "Inc.", "LLC", "Ltd", "Pte", "Pte. Ltd", "Corp",
         "Corporation", "B.V", "the", "of", ",", " ", "\n", "123", "4567", "123456", "Main",
         "Street", "St", "Ave", "Suite", "x1", "_A", "中国", "é", ".", ";"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "", "\n", ", "]))
def test_identity_patterns_find_what_the_old_forms_found(words: list[str], sep: str) -> None:
    text = sep.join(words)
    for new, old in ((handler_names._EN_COMPANY, _OLD_EN_COMPANY),
                     (handler_names._EN_ADDRESS, _OLD_EN_ADDRESS)):
        assert [(m.span(), m.group(1)) for m in new.finditer(text)] == [
            (m.span(), m.group(1)) for m in old.finditer(text)]


def test_handler_reads_contacts_found_through_the_joined_scan() -> None:
    from consent_ledger.notices.analyser import Clause

    texts = ["Write to privacy [at] example [dot] com for privacy questions.",
             "Press: press@example.com only.",
             "Our office: 100 Main Street, Springfield.",
             "联系地址：北京市海淀区某某路1号",
             "Email dpo at example dot org about your rights.",
             "Nothing here at all."]
    clauses = [Clause(i, 0, len(t), t, "en", "sentence") for i, t in enumerate(texts)]
    found = identity.handler(" ".join(texts), clauses, "en")
    assert found["emails"] == ["privacy@example.com", "dpo@example.org"]
    assert found["addresses"] == ["100 Main Street, Springfield", "北京市海淀区某某路1号"]
    assert found["evidence"] == [0, 2, 3, 4]


def test_required_literals_drop_the_ones_that_hold_another() -> None:
    from consent_ledger.notices.prefilter import required_literals

    # "access and " and "access request" occur only where "access " does
    assert required_literals(r"access |access and |access request|right to (?:know)?") == (
        "access ", "right to ")
    assert required_literals(r"account|account registration|password") == ("account", "password")


def test_holding_any_is_the_union() -> None:
    joined = JoinedTexts(["x@y", "a [at] b", "none", "c＠d"])
    assert joined.holding_any(contacts._AT_SIGN) == {0, 1, 3}


TOPIC_LIKE = [r"\bopt[- ]?out\b", r"\bre(?:tain|x)\w*\W+(?:\w+\W+){0,2}?ab", r"(?:a|b)?c[ad]e",
              r"训练|模型(?:的)?数据", r"(?:sto|re)r(?:e|age)s? (?:x\w* ){0,2}data", r"ab(?!c)",
              r"[a-c]{2,3}x", r"e"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeoprstuvxy .,-'训练模型数据", max_size=60),
       st.permutations(TOPIC_LIKE))
def test_group_scans_find_what_the_alternation_finds(text: str, order: list[str]) -> None:
    from consent_ledger.notices.dispatch import dispatch_groups, leftmost_matches

    groups = dispatch_groups(order)
    assert groups is not None
    union = re.compile("|".join(f"(?:{p})" for p in order))
    parts = [re.compile(pattern) for _, pattern in groups]
    assert [m.span() for m in leftmost_matches(parts, text)] == [
        m.span() for m in union.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=30))
def test_fold_lowers_exactly_the_ascii_letters(text: str) -> None:
    from consent_ledger.notices.lexicon import fold

    expected = re.sub(r"[A-Z]+", lambda m: m.group(0).lower(), text)
    assert fold(text) == expected
    assert fold(text + "İ\u212a\ud800ÀZ") == expected + "İ\u212a\ud800Àz"  # Kelvin sign kept


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=40)
       | st.text(alphabet="ab Z中\u00e9\ud800-1", max_size=40))
def test_latin_word_count_is_the_regex_count(text: str) -> None:
    from consent_ledger.notices.lang import latin_word_count

    assert latin_word_count(text) == len(re.findall(r"[A-Za-z]{2,}", text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789+-() .8614", max_size=24))
def test_every_phone_number_passes_the_digit_test(text: str) -> None:
    for m in contacts._PHONE.finditer(text):
        number = m.group(0)
        assert contacts._THREE_DIGITS.search(number) or contacts._PLUS_DIGIT.search(number)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["某某", "科技", "有限公司", "有限责任公司", "股份", "集团", "公司", "（北京）",
                                 "(", ")", "，", "。", "本", "a", " ", "\n", "限"]), max_size=30))
def test_chinese_company_runs_find_what_the_plain_scan_finds(words: list[str]) -> None:
    text = "".join(words)
    assert [m.span() for m in handler_names._zh_companies(text)] == [
        m.span() for m in handler_names._ZH_COMPANY.finditer(text)]


def _old_negated(text: str, at: int, lang: str) -> bool:
    """negated() as first written: cut the window at the last clause part, then search."""
    negation = {
        "en": re.compile(
            r"\b(?:not|never|no|none|neither|nor|cannot|without)\b|n't\b|\bno longer\b", re.I),
        "zh": re.compile(r"不|未|没有|无需|并非|绝不|禁止|无法"),
    }
    window = text[max(0, at - {"en": 60, "zh": 20}[lang]) : at]
    if lang == "zh":
        window = re.split(r"[，,：:]", window)[-1]
    else:
        window = re.split(r"[,;:]\s|\bbut\b|\bunless\b|\bexcept\b", window)[-1]
    return bool(negation[lang].search(window))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["not", "No", "NOR", "cannot", "won't", "without", "but", "unless",
                                 "except", "know", "nothing", "İ", "ſ", ",", ", ", ";", ": ", " ",
                                 "we", "share", "不", "未经", "没有", "，", "：", "会", "x"]),
                max_size=30), st.integers(min_value=0, max_value=200))
def test_negation_reads_as_before(words: list[str], at: int) -> None:
    from consent_ledger.notices.lexicon import negated

    text = "".join(words) + " data"
    at = min(at, len(text))
    for lang in ("en", "zh"):
        assert negated(text, at, lang) == _old_negated(text, at, lang)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab AZ.!?;,。！？；\n|*_>#-:1一、（）\u3000\t\"'”", max_size=80),
       st.integers(min_value=0, max_value=3))
def test_segments_are_trimmed_ordered_single_line_pieces(text: str, repeat: int) -> None:
    from consent_ledger.notices.segment import MAX_CLAUSE, segment

    text = text + "x" * (MAX_CLAUSE * repeat)  # now and then a line that must be cut
    last = 0
    for span in segment(text):
        assert last <= span.start < span.end <= len(text)
        assert span.end - span.start <= MAX_CLAUSE
        piece = text[span.start : span.end]
        assert "\n" not in piece
        assert piece == piece.lstrip(" \t\u3000\u00a0|*_>#").rstrip(" \t\u3000\u00a0|*_")
        assert any(ch.isalnum() for ch in piece)  # decoration lines are not clauses
        last = span.end


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Acme", "OpenAI", "Inc", "Inc.", "LLC", "Ltd", "Pte. Ltd", "L.L.C",
                                 "Corporation", "GmbH", "Including", "The", "and", ",", " ", "\n",
                                 "(", ")", ":", "公司", "é", "1", "-", "&", "."]), max_size=30))
def test_english_company_runs_find_what_the_plain_scan_finds(words: list[str]) -> None:
    for text in ("".join(words), " ".join(words)):
        assert [m.span() for m in handler_names._en_companies(text)] == [
            m.span() for m in handler_names._EN_COMPANY.finditer(text)]


# an e-mail-like alternative (a run of a class, then a literal outside it) among cues that
# overlap it: "ab" inside addresses, "b@" across the literal, a short run bound ({1,4})
RUN_LIKE = [r"[a-c.]{1,4}@[a-c]+\.c", r"ab", r"b@", r"[ab]{2,3}@c", r"ca?b", r"@", r"\.c\b",
            r"c"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abc.@ x", max_size=50), st.permutations(RUN_LIKE))
def test_runs_tried_only_where_they_can_start_find_what_the_alternation_finds(
        text: str, order: list[str]) -> None:
    from consent_ledger.notices.dispatch import (
        dispatch_groups,
        leftmost_matches,
        split_leading_runs,
    )

    groups = dispatch_groups(order)
    split = split_leading_runs(order)
    assert groups is not None and split is not None
    others, runs = split
    assert len(runs) == 2 and len(others) == len(order) - 2
    union = re.compile("|".join(f"(?:{p})" for p in order))
    parts = [re.compile(pattern) for _, pattern in dispatch_groups(others) or []]
    positions = set().union(*(run.positions(text) for run in runs))
    full = {ch: re.compile(group) for ch, group in groups}
    assert [m.span() for m in leftmost_matches(parts, text, (positions, full))] == [
        m.span() for m in union.finditer(text)]
    # every position a run alternative matches at is one of its positions
    for pattern in (RUN_LIKE[0], RUN_LIKE[3]):
        compiled = re.compile(pattern)
        assert {at for at in range(len(text)) if compiled.match(text, at)} <= positions


def test_leading_runs_are_parsed_only_when_the_literal_is_outside_the_class() -> None:
    from consent_ledger.notices.dispatch import LeadingRun, split_leading_runs

    run = LeadingRun.parse(r"[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}\.[a-z.]{2,24}")
    assert run is not None and (run.lo, run.hi, run.literal) == (1, 64, "@")
    assert run.positions("mail ab.c@x.io or @y") == {5, 6, 7, 8}
    assert LeadingRun.parse(r"[a-z@]{1,5}@x") is None  # the literal is in the class
    assert LeadingRun.parse(r"[a-z]{0,5}@x") is None  # may start with the literal itself
    assert LeadingRun.parse(r"[a-z]{1,5}@x|y") is None  # two alternatives
    assert LeadingRun.parse(r"[a-z]{1,5}\w@") is None  # no literal after the run
    assert split_leading_runs(["ab", "c"]) is None


@cache
def shipped_lexicon() -> Lexicon:
    return Lexicon.load(resources_dir() / "lexicons" / "terms.json")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Contact privacy@example.com or dpo.team@example.co.uk.", "email us at", "x" * 70 + "@a.io",
    "We share data with partners.", "We may transfer data to the United States.", "a@b",
    "You can opt out of training.", "cookies and tracking pixels", "@@", "name.surname+tag",
]), max_size=8))
def test_shipped_topic_scan_finds_what_its_plain_groups_find(parts: list[str]) -> None:
    from consent_ledger.notices.dispatch import leftmost_matches
    from consent_ledger.notices.lexicon import fold

    lexicon = shipped_lexicon()
    assert "en" in lexicon._split_scan  # the e-mail cue is tried only before an "@"
    text = " ".join(parts)
    low = fold(text)
    plain = [m.start() for m in leftmost_matches(lexicon.topic_scan["en"], low)]
    assert [at for at, _ in lexicon.scan_topics(text, "en")] == plain
