"""Every cue pattern keeps the fast form the prefilter gives it (first-character dispatch).

CPython's re tries every alternative of an alternation at every position unless the alternative
starts with a literal. ``dispatch.py`` rewrites an alternation into one that dispatches on its
first character, but only when every top-level alternative can be rewritten to start with a
literal: one alternative such as ``\\b(?:may be|are) required`` (a group behind a ``\\b``) keeps the
whole gate in its slow form. That happened twice without a failing test (a gate searched over
all clauses joined became 40 times slower), so this test names every pattern that has no fast
form; the lists below are the ones known and accepted (anchored section titles, a few age and
place patterns). Write a new alternative led by a literal (one alternative per leading word)."""

from __future__ import annotations

import importlib
import json

import pytest

from consent_ledger.notices.dispatch import dispatch_alternation, top_alternatives
from consent_ledger.notices.prefilter import LiteralGate
from consent_ledger.paths import resources_dir

# (a module that defines a gate comes before the ones that import it: each gate is named once,
# where it is defined)
_MODULES = ("term_lists", "rights", "retention", "answers", "transfers", "content_training",
            "profiling", "minors", "categories", "sharing", "facts", "contacts", "handler_names",
            "identity", "clause_texts", "analyser", "summary", "segment", "outline")
# gates whose alternatives cannot all be led by a literal (anchored titles, free-form ages)
_KNOWN_SLOW_GATES = {
    "term_lists.NOT_COLLECTED[en]", "term_lists.SECTION_COLLECTS[en]", "sharing._SHARING_SECTION[en]",
    "sharing._PUBLIC[en]", "minors._MINORS[zh]", "minors._MINOR_AGES[en]",
    "transfers._ABROAD_MORE",
}
_KNOWN_SLOW_TERMS = {("data_categories", "account", "zh")}


def _gates() -> dict[str, LiteralGate]:
    found: dict[str, LiteralGate] = {}
    seen: set[int] = set()  # (a gate imported by another module is named where it is defined)
    for name in _MODULES:
        module = importlib.import_module(f"consent_ledger.notices.{name}")
        for attr, value in vars(module).items():
            if isinstance(value, LiteralGate) and id(value) not in seen:
                found[f"{name}.{attr}"] = value
                seen.add(id(value))
            elif isinstance(value, dict):
                for key, gate in value.items():
                    if isinstance(gate, LiteralGate) and id(gate) not in seen:
                        found[f"{name}.{attr}[{key}]"] = gate
                        seen.add(id(gate))
    return found


def test_the_gates_are_found() -> None:
    gates = _gates()
    assert len(gates) > 40  # (the walk itself works: facts, minors, identity all have gates)
    assert "categories._COLLECT_CUE[en]" in gates and "rights._USER_POWER[en]" in gates


def test_every_gate_keeps_its_dispatched_fast_form() -> None:
    # (a gate of one top-level alternative is dispatched on its literals, not on an alternation)
    slow = {name for name, gate in _gates().items()
            if gate.fast is not None and gate.fast.pattern == gate.compiled.pattern
            and len(top_alternatives(gate.compiled.pattern) or []) > 1}
    assert slow - _KNOWN_SLOW_GATES == set(), (
        "these gates lost first-character dispatch: lead each alternative with a literal")
    assert _KNOWN_SLOW_GATES - slow == set(), "a known slow gate is fast now: drop it from the list"


@pytest.mark.parametrize("section", ["topics", "data_categories", "sensitive_categories",
                                     "purposes", "methods", "rights"])
def test_every_lexicon_term_dispatches(section: str) -> None:
    data = json.loads((resources_dir() / "lexicons" / "terms.json").read_text(encoding="utf-8"))
    slow = {(section, term, lang) for term, by_lang in data[section].items()
            for lang, patterns in by_lang.items()
            if patterns and dispatch_alternation(patterns) is None}
    assert slow - _KNOWN_SLOW_TERMS == set()


@pytest.mark.parametrize("section", ["topics", "data_categories", "sensitive_categories",
                                     "purposes", "methods", "rights"])
def test_no_lexicon_term_lists_a_pattern_twice(section: str) -> None:
    """A pattern listed twice for one term costs a search and says nothing more (an editing
    slip that once copied half a line of patterns three times)."""
    data = json.loads((resources_dir() / "lexicons" / "terms.json").read_text(encoding="utf-8"))
    twice = {(term, lang, pattern) for term, by_lang in data[section].items()
             for lang, patterns in by_lang.items()
             for pattern in patterns if patterns.count(pattern) > 1}
    assert twice == set()
