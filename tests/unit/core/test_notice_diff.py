"""Clause and term diffs of two notice analyses (core/notice_diff.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.core.model import NoticeVersion
from consent_ledger.core.notice_diff import (
    Clause,
    clauses_of,
    consent_relevant,
    diff_clauses,
    diff_terms,
    diff_versions,
)


def analysed(sentences: list[str], topics: dict[int, list[str]] | None = None
             ) -> tuple[str, dict[str, Any]]:
    """A text and an analysis whose clauses are the given sentences (one per line)."""
    text = ""
    clauses = []
    for i, sentence in enumerate(sentences):
        start = len(text)
        text += sentence + "\n"
        clauses.append({"id": i, "start": start, "end": start + len(sentence),
                        "topics": (topics or {}).get(i, [])})
    return text, {"clauses": clauses}


def base_analysis(**overrides: Any) -> dict[str, Any]:
    value: dict[str, Any] = {
        "language": "zh",
        "effective_date": "2025-12-03",
        "handler": {"names": ["北京某某科技有限公司"], "emails": ["privacy@example.com"],
                    "phones": [], "addresses": [], "evidence": [12]},
        "purposes": [{"term": "provide_service", "evidence": [3]},
                     {"term": "security", "evidence": [4]}],
        "data_categories": [{"term": "contact", "evidence": [5]},
                            {"term": "user_content", "evidence": [8]}],
        "sensitive_categories": [],
        "methods": [{"term": "collect", "evidence": [5]}, {"term": "store", "evidence": [6]}],
        "retention": {"stated": True, "periods": ["6个月"], "evidence": [55]},
        "sharing": {"third_parties": False, "entrusted": True, "public_disclosure": False,
                    "evidence": [40]},
        "cross_border": {"value": "no", "evidence": [56]},
        "model_training": {"value": "no", "opt_out": False, "evidence": [30]},
        "automated_decision": {"value": False, "evidence": []},
        "minors": {"value": True, "minimum_age": 14, "evidence": [70]},
        "rights": [{"term": "delete", "evidence": [80]}, {"term": "access", "evidence": [80]}],
        "pipl_article_17": {"handler_contact": True, "purposes": True, "methods": True,
                            "categories": True, "retention": True, "rights_procedure": True,
                            "missing": []},
    }
    value.update(overrides)
    return value


def codes(changes: list[Any]) -> set[tuple[str, Any]]:
    return {(c.code, c.value if c.value is not None else (c.old, c.new)) for c in changes}


def test_identical_analyses_have_no_term_changes() -> None:
    assert diff_terms(base_analysis(), base_analysis()) == []


def test_new_purpose_model_training_and_its_evidence() -> None:
    new = base_analysis(
        purposes=base_analysis()["purposes"] + [{"term": "model_training", "evidence": [30, 31]}],
        model_training={"value": "yes", "opt_out": True, "evidence": [30]},
    )
    changes = diff_terms(base_analysis(), new)
    found = codes(changes)
    assert ("purpose_added", "model_training") in found
    assert ("model_training_changed", ("no", "yes")) in found
    assert ("model_training_opt_out_changed", (False, True)) in found
    added = next(c for c in changes if c.code == "purpose_added")
    assert added.evidence_new == (30, 31) and added.evidence_old == ()
    as_json = added.to_json()
    assert as_json == {"code": "purpose_added", "field": "purposes", "value": "model_training",
                       "evidence_from": [], "evidence_to": [30, 31]}


def test_retention_no_longer_stated_and_periods() -> None:
    new = base_analysis(retention={"stated": False, "periods": [], "evidence": []})
    found = codes(diff_terms(base_analysis(), new))
    assert ("retention_no_longer_stated", (True, False)) in found
    assert ("retention_period_removed", "6个月") in found
    back = codes(diff_terms(new, base_analysis()))
    assert ("retention_now_stated", (False, True)) in back
    assert ("retention_period_added", "6个月") in back


def test_cross_border_no_to_yes_is_consent_relevant() -> None:
    new = base_analysis(cross_border={"value": "yes", "evidence": [90]})
    changes = diff_terms(base_analysis(), new)
    change = next(c for c in changes if c.code == "cross_border_changed")
    assert (change.old, change.new) == ("no", "yes")
    assert change.to_json()["from"] == "no" and change.to_json()["to"] == "yes"
    assert change.evidence_old == (56,) and change.evidence_new == (90,)
    assert consent_relevant(changes) == [change]
    # yes -> no narrows the processing: reported, but not a reason for fresh consent
    assert consent_relevant(diff_terms(new, base_analysis())) == []


def test_categories_methods_rights_sensitive_added_and_removed() -> None:
    new = base_analysis(
        data_categories=[{"term": "contact", "evidence": [5]}, {"term": "voice", "evidence": [9]}],
        sensitive_categories=[{"term": "biometric", "evidence": [9]}],
        methods=[{"term": "collect", "evidence": [5]}, {"term": "cross_border", "evidence": [9]}],
        rights=[{"term": "delete", "evidence": [80]}, {"term": "portability", "evidence": [81]}],
    )
    found = codes(diff_terms(base_analysis(), new))
    assert {("data_category_added", "voice"), ("data_category_removed", "user_content"),
            ("sensitive_category_added", "biometric"), ("method_added", "cross_border"),
            ("method_removed", "store"), ("right_added", "portability"),
            ("right_removed", "access")} <= found
    relevant = {c.code for c in consent_relevant(diff_terms(base_analysis(), new))}
    assert "right_added" not in relevant and "method_added" in relevant


def test_sharing_minors_automated_handler_art17_date() -> None:
    new = base_analysis(
        sharing={"third_parties": True, "entrusted": True, "public_disclosure": False,
                 "evidence": [41]},
        minors={"value": True, "minimum_age": 18, "evidence": [70]},
        automated_decision={"value": True, "evidence": [61]},
        handler={"names": ["北京某某科技有限公司"], "emails": ["DPO@Example.com"], "evidence": [13]},
        pipl_article_17={"handler_contact": True, "purposes": True, "methods": True,
                         "categories": True, "retention": False, "rights_procedure": True,
                         "missing": ["retention"]},
        effective_date="2026-03-01",
    )
    found = codes(diff_terms(base_analysis(), new))
    assert ("sharing_changed", (False, True)) in found
    assert ("minimum_age_changed", (14, 18)) in found
    assert ("automated_decision_changed", (False, True)) in found
    assert ("handler_email_added", "dpo@example.com") in found
    assert ("handler_email_removed", "privacy@example.com") in found
    assert ("art17_now_missing", "retention") in found
    assert ("effective_date_changed", ("2025-12-03", "2026-03-01")) in found
    sharing = next(c for c in diff_terms(base_analysis(), new) if c.code == "sharing_changed")
    assert sharing.field == "sharing.third_parties"


def test_malformed_or_empty_analyses_do_not_raise() -> None:
    odd: dict[str, Any] = {"purposes": "oops", "retention": None, "handler": {"emails": [None, 3]},
                           "data_categories": [{"evidence": [1]}, "device"],
                           "model_training": {"value": "yes", "evidence": "x"}}
    changes = diff_terms({}, odd)
    found = codes(changes)
    assert ("data_category_added", "device") in found
    assert ("model_training_changed", (None, "yes")) in found
    assert diff_terms(odd, odd) == []


def test_clause_diff_added_removed_changed() -> None:
    old_text, old_a = analysed([
        "We collect your phone number.",
        "We keep chats for 30 days.",
        "We share data with our cloud provider.",
        "Contact privacy@example.com.",
    ], {1: ["retention"]})
    new_text, new_a = analysed([
        "We collect your phone number.",
        "We keep chats for 90 days.",
        "We use your chats to train our models.",
        "Contact privacy@example.com.",
    ], {1: ["retention"], 2: ["model_training"]})
    result = diff_clauses(clauses_of(old_text, old_a), clauses_of(new_text, new_a))
    counts = result.counts()
    assert counts == {"added": 1, "removed": 1, "changed": 1, "unchanged": 2}
    changed = next(c for c in result.changes if c.kind == "changed")
    assert changed.old is not None and changed.new is not None
    assert changed.old.text == "We keep chats for 30 days."
    assert changed.new.text == "We keep chats for 90 days."
    assert changed.new.topics == ("retention",)
    added = next(c for c in result.changes if c.kind == "added")
    assert added.new is not None and added.new.topics == ("model_training",)
    assert new_text[added.new.start:added.new.end] == added.new.text
    removed = next(c for c in result.changes if c.kind == "removed")
    assert removed.old is not None and "cloud provider" in removed.old.text


def test_whitespace_only_edits_are_not_changes() -> None:
    old_text, old_a = analysed(["我们收集您的  手机号码。", "我们不会出售您的信息。"])
    new_text, new_a = analysed(["我们收集您的 手机号码。", "我们不会出售您的信息。"])
    result = diff_clauses(clauses_of(old_text, old_a), clauses_of(new_text, new_a))
    assert result.changes == [] and result.unchanged == 2


def test_clauses_fall_back_to_lines_without_analysis() -> None:
    clauses = clauses_of("  First line.\n\nSecond line.  \n", {})
    assert [c.text for c in clauses] == ["First line.", "Second line."]
    assert clauses[0].start == 2
    # offsets beyond the text are clipped, inverted ones dropped
    broken = {"clauses": [{"id": 0, "start": 0, "end": 999}, {"id": 1, "start": 5, "end": 2},
                          {"start": "x"}]}
    assert [c.text for c in clauses_of("short", broken)] == ["short"]


def test_diff_versions_json_shape() -> None:
    old_text, old_a = analysed(["A clause.", "Old clause about retention."])
    new_text, new_a = analysed(["A clause.", "New clause about training models."])
    old_a.update(base_analysis())
    new_a.update(base_analysis(cross_border={"value": "yes", "evidence": [1]}))
    at = datetime(2026, 3, 1, tzinfo=UTC)
    v1 = NoticeVersion(1, old_text, "a" * 64, "f.txt", at, old_a, id=10, number=1)
    v2 = NoticeVersion(1, new_text, "b" * 64, "f.txt", at, new_a, id=11, number=2)
    data = diff_versions(v1, v2).to_json()
    assert data["from"]["number"] == 1 and data["to"]["id"] == 11
    assert data["identical"] is False
    assert data["clauses"]["counts"]["unchanged"] == 1
    assert len(data["clauses"]["added"]) + len(data["clauses"]["changed"]) >= 1
    assert [t["code"] for t in data["terms"]] == ["cross_border_changed"]


def test_replaced_block_pairs_best_matches_in_order() -> None:
    old = [Clause(i, 0, 1, t) for i, t in enumerate(
        ["Alpha beta gamma delta.", "Completely unrelated sentence here.", "One two three four."])]
    new = [Clause(i, 0, 1, t) for i, t in enumerate(
        ["Alpha beta gamma delta epsilon.", "Something brand new appears.", "One two three five."])]
    result = diff_clauses(old, new)
    pairs = [(c.old.text, c.new.text) for c in result.changes
             if c.kind == "changed" and c.old and c.new]
    assert ("Alpha beta gamma delta.", "Alpha beta gamma delta epsilon.") in pairs
    assert ("One two three four.", "One two three five.") in pairs
    assert result.counts()["added"] == 1 and result.counts()["removed"] == 1


sentence = st.text(alphabet="abc 。.我们", min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(sentence, max_size=15), st.lists(sentence, max_size=15))
def test_clause_diff_accounts_for_every_clause(old_s: list[str], new_s: list[str]) -> None:
    old_text, old_a = analysed(old_s)
    new_text, new_a = analysed(new_s)
    old_c, new_c = clauses_of(old_text, old_a), clauses_of(new_text, new_a)
    result = diff_clauses(old_c, new_c)
    counts = result.counts()
    assert counts["removed"] + counts["changed"] + counts["unchanged"] == len(old_c)
    assert counts["added"] + counts["changed"] + counts["unchanged"] == len(new_c)
