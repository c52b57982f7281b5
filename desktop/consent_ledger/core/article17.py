"""PIPL Art. 17, item by item: what a notice must tell, whether the analysis found it told, and the
clauses it rests on.

Art. 17 para. 1: before processing, a handler must tell the individual (一) its name and contact,
(二) the purposes and methods of processing, the kinds of personal information and how long they are
kept, (三) how to exercise the rights the law gives. The analysis (contracts/notice-analysis.md)
answers each item in ``pipl_article_17``; the clauses behind an item are those of the terms it is
read from. An item that is missing may still have clauses: a notice that mentions retention only
as "as long as necessary" names no period, and the person should see where it says so.

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
        else:
            ids = list(evidence_ids(section_of(analysis, _SECTIONS[key]).get("evidence")))
        items.append(Article17Item(key, bool(check.get(key)), tuple(sorted(set(ids)))))
    return items
