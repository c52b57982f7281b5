"""PIPL Art. 17 items with the clauses behind them (core/article17.py)."""

from __future__ import annotations

from pathlib import Path

from consent_ledger.core.article17 import Article17Item, article_17_check, article_17_items
from consent_ledger.core.vocab import ART17_KEYS
from consent_ledger.notices.analyser import Analyser
from consent_ledger.paths import resources_dir

NOTICE = Path(__file__).resolve().parents[2] / "data" / "ui" / "notice_en.md"


def test_items_follow_the_law_and_read_their_own_fields() -> None:
    analysis = {
        "handler": {"names": ["Acme Ltd."], "emails": [], "evidence": [2]},
        "purposes": [{"term": "provide_service", "evidence": [5, 4]},
                     {"term": "analytics", "evidence": [5]}],
        "methods": [],
        "data_categories": [{"term": "contact", "evidence": [7]}],
        "retention": {"stated": False, "periods": [], "evidence": [9]},
        "rights": [{"term": "delete", "evidence": [11]}],
        "pipl_article_17": {"handler_contact": True, "purposes": True, "methods": False,
                            "categories": True, "retention": False, "rights_procedure": True,
                            "missing": ["methods", "retention"]},
    }
    items = article_17_items(analysis)
    assert [i.key for i in items] == list(ART17_KEYS)
    by_key = {i.key: i for i in items}
    assert by_key["handler_contact"] == Article17Item("handler_contact", True, (2,))
    assert by_key["purposes"] == Article17Item("purposes", True, (4, 5))  # sorted, each once
    assert by_key["methods"] == Article17Item("methods", False, ())
    # missing, yet the clause that speaks of keeping data is shown
    assert by_key["retention"] == Article17Item("retention", False, (9,))
    assert by_key["rights_procedure"].clauses == (11,)


def test_malformed_or_empty_analysis_gives_six_missing_items() -> None:
    for analysis in ({}, {"pipl_article_17": "yes", "purposes": "x", "retention": [1],
                          "handler": {"evidence": "3"}}):
        items = article_17_items(analysis)
        assert [(i.told, i.clauses) for i in items] == [(False, ())] * len(ART17_KEYS)


def test_real_analysis_agrees_with_its_check() -> None:
    analysis = Analyser(resources_dir()).analyse(NOTICE.read_text(encoding="utf-8"))
    clause_ids = {c["id"] for c in analysis["clauses"]}
    items = article_17_items(analysis)
    check = analysis["pipl_article_17"]
    assert [i.key for i in items if not i.told] == check["missing"]
    for item in items:
        assert set(item.clauses) <= clause_ids
        if item.told:  # every item the notice tells rests on at least one clause
            assert item.clauses, item.key


def test_a_purpose_outside_the_vocabulary_is_still_told() -> None:
    # "we use your health data to give you general advice": a clause about use, no purpose term
    analysis = {
        "clauses": [{"id": 0, "topics": ["collection"]}, {"id": 1, "topics": ["use"]},
                    {"id": 2, "topics": ["rights"]}],
        "handler": {"names": [], "emails": ["dpo@example.cn"], "phones": [], "addresses": []},
        "purposes": [], "methods": [{"term": "collect", "evidence": [0]}],
        "data_categories": [{"term": "health", "evidence": [0]}],
        "retention": {"stated": True, "periods": ["90天"], "evidence": [0]},
        "rights": [{"term": "delete", "evidence": [2]}],
    }
    check = article_17_check(analysis)
    assert check["purposes"] and check["missing"] == []
    analysis["pipl_article_17"] = check
    purposes = next(i for i in article_17_items(analysis) if i.key == "purposes")
    assert purposes == Article17Item("purposes", True, (1,))
    # without that clause, and without a purpose term, the purposes are missing
    analysis["clauses"] = [{"id": 0, "topics": ["collection"]}, {"id": 2, "topics": ["rights"]}]
    assert article_17_check(analysis)["missing"] == ["purposes"]
    # rights named but nowhere to turn (no clause on rights or contact): no procedure told
    analysis["clauses"] = [{"id": 0, "topics": ["use"]}]
    assert article_17_check(analysis)["missing"] == ["rights_procedure"]


def test_the_check_tolerates_a_malformed_analysis() -> None:
    check = article_17_check({"clauses": "x", "handler": [], "retention": None, "rights": [1]})
    assert check["missing"] == list(ART17_KEYS)
