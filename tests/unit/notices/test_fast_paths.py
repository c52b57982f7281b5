"""The faster forms of the topic decision give what the plain forms give (analyser, topics)."""

from __future__ import annotations

import json
import math
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices.analyser import (
    _COLLECTION_HEADING,
    _TITLE_ONLY,
    DEFAULT_SUPPORT,
    LEXICON_TOPICS,
    Clause,
    _heading_topics,
    _split_rights_choice,
    decide_topics,
)
from consent_ledger.notices.topics import JOINT_TOPICS, RIGHTS_CHOICE, TopicModel
from consent_ledger.paths import resources_dir

TOPICS = ("collection", "use", "sharing", "retention", "security", "rights_choice", "contact",
          "policy_change", "specific_audiences", "collection_or_use")
CUES = ("collection", "use", "sharing", "rights", "choice", "cookies", "model_training",
        "cross_border", "retention", "security")
SHIPPED = json.loads((resources_dir() / "models" / "calibration.json").read_text(encoding="utf-8"))


def plain_decide(margins: dict[str, float], found: dict[str, int], clause: Clause,
                 calibration: dict[str, dict[str, float]]) -> set[str]:
    """decide_topics as first written: one loop for sentences alone and inside paragraphs."""
    if clause.in_prose:
        prose = calibration.get(f"prose_{clause.lang}", {})
        support = calibration.get(f"support_{clause.lang}", {})
        lift = DEFAULT_SUPPORT
    else:
        prose, support, lift = {}, {}, 0.0
    topics = set()
    for topic, margin in margins.items():
        if topic in JOINT_TOPICS:
            continue
        if margin > prose.get(topic, 0.0):
            topics.add(topic)
        elif topic in found and margin > -support.get(topic, lift):
            topics.add(topic)
    if RIGHTS_CHOICE in topics:
        topics.discard(RIGHTS_CHOICE)
        topics |= _split_rights_choice(found, clause.in_prose)
    else:
        for cue in ("rights", "choice"):
            if cue in found and margins[RIGHTS_CHOICE] > -support.get(cue, lift):
                topics.add(cue)
    topics.update(t for t in LEXICON_TOPICS if t in found)
    if clause.kind == "heading" and len(clause.text) < 60:
        topics = _heading_topics(topics, found)
        if _COLLECTION_HEADING[clause.lang].search(clause.text):
            topics.add("collection")
    elif _TITLE_ONLY.match(clause.text):
        topics = {t for t in topics if t in found and t != "policy_change"} | (
            topics & set(LEXICON_TOPICS))
    return topics


# margins on both sides of every cutoff the calibration uses, zeros of both signs included
MARGIN = st.sampled_from([-6.0, -1.75, -1.0, -0.75, -0.5, -0.0, 0.0, 0.25, 0.5, 1.0, 2.0, 4.5])


@settings(max_examples=400, deadline=None)
@given(st.fixed_dictionaries({t: MARGIN for t in TOPICS}),
       st.dictionaries(st.sampled_from(CUES), st.integers(1, 3), max_size=4),
       st.booleans(), st.sampled_from(["sentence", "item", "heading"]),
       st.sampled_from(["We collect data.", "Acme Privacy Policy", "Information we collect"]),
       st.sampled_from(["en", "zh"]))
def test_decide_topics_matches_the_plain_form(margins: dict[str, float], found: dict[str, int],
                                              in_prose: bool, kind: str, text: str,
                                              lang: str) -> None:
    clause = Clause(0, 0, len(text), text, lang, kind, in_prose=in_prose)
    for calibration in (SHIPPED, {}):
        assert decide_topics(margins, found, clause, calibration) == plain_decide(
            margins, found, clause, calibration)


@cache
def shipped(lang: str) -> TopicModel:
    return TopicModel.load(resources_dir() / "models" / f"topics-{lang}.json.gz")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["we", "share", "collect", "data", "cookie", "retain", "zzz",
                                 "your", "email", "delete", "收集", "共享"]), max_size=12))
def test_margins_are_the_logits_less_the_cutoffs_exactly(words: list[str]) -> None:
    for lang in ("en", "zh"):
        model = shipped(lang)
        total = model.total(model.features(" ".join(words)))
        logits = model.total_logits(total)
        expected = {t: s - c for t, s, c in zip(model.topics, logits, model.cutoffs, strict=True)}
        got = model.total_margins(total)
        assert got == expected
        assert list(got) == model.topics
        assert all(not math.isnan(m) for m in got.values())


def test_a_clause_with_more_topics_is_the_replaced_clause() -> None:
    from dataclasses import fields, replace

    from consent_ledger.notices.analyser import _with_topics

    clause = Clause(3, 10, 40, "We share data.", "en", "sentence", in_prose=True,
                    section="Sharing", line=2, topics={"sharing"}, term_topics={"use"})
    copy = _with_topics(clause, {"sharing", "use"})
    expected = replace(clause, topics={"sharing", "use"})
    assert copy == expected and copy is not clause
    assert all(getattr(copy, f.name) is getattr(expected, f.name) or f.name == "topics"
               for f in fields(Clause))
    assert clause.topics == {"sharing"}  # the original keeps its own topics


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ABCabc É1 .-_", max_size=40))
def test_capital_words_are_found_as_by_the_plain_pattern(text: str) -> None:
    import re

    from consent_ledger.notices.features import _CAPS

    plain = re.compile(r"(?<![A-Za-z])[A-Z]{3,}(?![A-Za-z])")
    assert [m.span() for m in _CAPS.finditer(text)] == [m.span() for m in plain.finditer(text)]
