"""PIPL Art. 17, item by item: what a notice must tell, whether the analysis found it told, and the
clauses it rests on.

Art. 17 para. 1: before processing, a handler must tell the individual (一) its name and contact,
(二) the purposes and methods of processing, the kinds of personal information and how long they are
kept, (三) how to exercise the rights the law gives. The analysis (contracts/notice-analysis.md)
answers each item in ``pipl_article_17``; the clauses behind an item are those of the terms it is
read from. An item that is missing may still have clauses: a notice that mentions retention only
as "as long as necessary" names no period, and the person should see where it says so.

The check itself is made here too (``article_17_check``, the analysis's ``pipl_article_17``),
so the answer and the clauses shown for it come from one reading. Purposes count as told when the
notice names a purpose of the vocabulary, or has a clause about how the data is used (topic
``use``): "we use your health data to give you general advice" tells a purpose the vocabulary has
no word for, and calling it missing would be a false finding.

Pure standard library: the GUI and the reports phrase the items themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .notice_diff import evidence_ids, section_of, term_evidence
from .vocab import ART17_KEYS

# the analysis fields each item is read from: list fields of terms, or a section's own evidence
_TERM_LISTS = {"purposes": "purposes", "methods": "methods", "categories": "data_categories",
               "rights_procedure": "rights"}
_SECTIONS = {"handler_contact": "handler", "retention": "retention"}


def _use_clauses(analysis: Mapping[str, Any]) -> list[int]:
    """Ids of the clauses about how data is used (the purposes the vocabulary has no term for)."""
    clauses = analysis.get("clauses")
    if not isinstance(clauses, list):
        return []
    return [c["id"] for c in clauses
            if isinstance(c, Mapping) and isinstance(c.get("id"), int)
            and isinstance(c.get("topics"), list) and "use" in c["topics"]]


def article_17_check(analysis: Mapping[str, Any]) -> dict[str, Any]:
    """Whether the analysed notice tells each item (the ``pipl_article_17`` of the contract:
    the six keys and ``missing``, those that are false)."""
    handler = section_of(analysis, "handler")
    clauses = analysis.get("clauses")
    if not isinstance(clauses, list):
        clauses = []
    checks = {
        "handler_contact": any(handler.get(k) for k in ("names", "emails", "phones", "addresses")),
        "purposes": bool(term_evidence(analysis, "purposes") or _use_clauses(analysis)),
        "methods": bool(term_evidence(analysis, "methods")),
        "categories": bool(term_evidence(analysis, "data_categories")),
        "retention": bool(section_of(analysis, "retention").get("stated")),
        # rights named, and somewhere to turn: a clause on rights or a contact
        "rights_procedure": bool(term_evidence(analysis, "rights")) and any(
            isinstance(c, Mapping) and isinstance(c.get("topics"), list)
            and ("rights" in c["topics"] or "contact" in c["topics"]) for c in clauses),
    }
    return {**checks, "missing": [k for k in ART17_KEYS if not checks[k]]}


@dataclass(frozen=True)
class Article17Item:
    key: str  # one of vocab.ART17_KEYS
    told: bool
    clauses: tuple[int, ...]  # clause ids, in the order of the notice, each once


def article_17_items(analysis: Mapping[str, Any]) -> list[Article17Item]:
    """The six items of Art. 17 para. 1 for one analysed notice, in the law's order."""
    check = section_of(analysis, "pipl_article_17")
    items = []
    for key in ART17_KEYS:
        if key in _TERM_LISTS:
            ids = [i for ev in term_evidence(analysis, _TERM_LISTS[key]).values() for i in ev]
            if key == "purposes" and not ids:
                ids = _use_clauses(analysis)
        else:
            ids = list(evidence_ids(section_of(analysis, _SECTIONS[key]).get("evidence")))
        items.append(Article17Item(key, bool(check.get(key)), tuple(sorted(set(ids)))))
    return items
