"""A paragraph read as a whole settles the topics its sentences claim (analyser.settle_paragraph)."""

from __future__ import annotations

from consent_ledger.notices.analyser import (
    Clause,
    ClauseEvidence,
    decide_topics,
    paragraphs,
    settle_paragraph,
)

TOPICS = ("collection", "use", "sharing", "retention", "security", "rights_choice", "contact",
          "policy_change", "specific_audiences", "collection_or_use")


def margins(**given: float) -> dict[str, float]:
    return {t: given.get(t, -5.0) for t in TOPICS}


def sentence(i: int, line: int = 0, found: dict[str, int] | None = None,
             **given: float) -> ClauseEvidence:
    clause = Clause(i, i * 10, i * 10 + 9, f"sentence {i}", "en", "sentence", in_prose=True,
                    line=line)
    # total 0: no model knows the feature "w<i>"
    return ClauseEvidence(clause, {f"w{i}"}, margins(**given), found or {}, 0)


CALIBRATION = {"gate_en": {"sharing": 2.0}, "rescue_en": {"retention": 1.0, "rights_choice": 1.0}}


def test_paragraph_vetoes_a_passing_mention_but_the_sentence_keeps_its_own_reading() -> None:
    group = [sentence(0, collection=1.0), sentence(1, sharing=0.5)]
    settle_paragraph(group, margins(collection=2.0, sharing=-3.0), CALIBRATION)
    assert group[0].clause.topics == {"collection"}
    assert group[1].clause.topics == set()  # the paragraph is not about sharing
    assert group[1].clause.term_topics == {"sharing"}  # the terms still read it


def test_paragraph_above_the_gate_keeps_the_topic() -> None:
    group = [sentence(0, collection=1.0), sentence(1, sharing=0.5)]
    settle_paragraph(group, margins(collection=2.0, sharing=-1.5), CALIBRATION)
    assert group[1].clause.topics == {"sharing"}


def test_rescue_goes_to_the_sentence_that_scores_the_topic_highest() -> None:
    group = [sentence(0, retention=-0.5), sentence(1, retention=-0.2), sentence(2)]
    settle_paragraph(group, margins(retention=1.5), CALIBRATION)
    assert [item.clause.topics for item in group] == [set(), {"retention"}, set()]
    # not when a sentence already carries it, nor when the paragraph is below the rescue level
    group = [sentence(0, retention=0.5), sentence(1, retention=-0.2)]
    settle_paragraph(group, margins(retention=3.0), CALIBRATION)
    assert [item.clause.topics for item in group] == [{"retention"}, set()]
    group = [sentence(0, retention=-0.5), sentence(1, retention=-0.2)]
    settle_paragraph(group, margins(retention=0.5), CALIBRATION)
    assert all(not item.clause.topics for item in group)


def test_rescued_rights_or_choice_follows_the_cues_of_the_paragraph() -> None:
    group = [sentence(0, rights_choice=-0.4), sentence(1, found={"rights": 1})]
    settle_paragraph(group, margins(rights_choice=2.0), CALIBRATION)
    assert group[0].clause.topics == {"rights"}
    group = [sentence(0, rights_choice=-0.4), sentence(1)]
    settle_paragraph(group, margins(rights_choice=2.0), CALIBRATION)
    assert group[0].clause.topics == {"choice"}


def test_without_paragraph_margins_sentences_decide_alone() -> None:
    group = [sentence(0, sharing=0.5)]
    settle_paragraph(group, None, CALIBRATION)
    assert group[0].clause.topics == {"sharing"}


def test_paragraphs_group_consecutive_clauses_of_one_line_and_language() -> None:
    items = [sentence(0, line=0), sentence(1, line=0), sentence(2, line=1), sentence(3, line=1)]
    items[3].clause.lang = "zh"
    assert [[i.clause.id for i in g] for g in paragraphs(items)] == [[0, 1], [2], [3]]


def test_a_joint_topic_is_never_a_clause_topic_and_rescues_its_strongest_member() -> None:
    calibration = {"gate_en": {"collection_or_use": 1.0}, "rescue_en": {"collection_or_use": 0.5}}
    group = [sentence(0, collection_or_use=3.0, collection=-0.8, use=-0.3),
             sentence(1, collection_or_use=2.0, collection=-0.2, use=-2.0)]
    settle_paragraph(group, margins(collection_or_use=1.0), calibration)
    assert [item.clause.topics for item in group] == [set(), {"collection"}]
    # the paragraph as a whole is not about collecting or using data: both members go
    group = [sentence(0, collection=0.5), sentence(1, use=0.5)]
    settle_paragraph(group, margins(collection_or_use=-2.0), calibration)
    assert all(not item.clause.topics for item in group)
    assert group[0].clause.term_topics == {"collection"}


def test_shipped_english_model_knows_the_joint_topic() -> None:
    from consent_ledger.notices.topics import JOINT_TOPICS, TopicModel
    from consent_ledger.paths import resources_dir

    model = TopicModel.load(resources_dir() / "models" / "topics-en.json.gz")
    assert set(JOINT_TOPICS) <= set(model.topics)
    margins_ = model.margins("We collect your name and e-mail address and use them to run the "
                             "service.")
    assert margins_["collection_or_use"] > 0
    assert model.margins("We may update this privacy policy from time to time.")[
        "collection_or_use"] < 0


def test_a_cue_lifts_a_weak_topic_inside_a_paragraph_but_not_in_a_sentence_standing_alone() -> None:
    calibration = {"support_en": {"retention": 1.0}}
    weak = margins(retention=-0.5, rights_choice=-0.5)
    cues = {"retention": 1, "rights": 1}
    in_paragraph = Clause(0, 0, 9, "sentence", "en", "sentence", in_prose=True)
    alone = Clause(1, 0, 9, "sentence", "en", "item", in_prose=False)
    assert decide_topics(weak, cues, in_paragraph, calibration) == {"retention", "rights"}
    # standing alone, the model's own cutoffs decide (they were chosen for single sentences)
    assert decide_topics(weak, cues, alone, calibration) == set()
    assert decide_topics(margins(retention=0.5), cues, alone, calibration) == {"retention"}
