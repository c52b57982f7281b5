"""Tune how the analyser turns sentence scores into topics inside paragraphs (no model training).

    python -m consent_ledger.notices.calibrate --corpora ../shared/corpora/dev

The shipped models are trained on single sentences (``training.py``). In a multi-sentence
paragraph each sentence is scored alone and a weak score becomes a false topic easily, so the
analyser raises a topic's cutoff for sentences in prose by an offset tuned here, per topic, and
sets how far below its cutoff a lexicon cue may lift a topic ("support"), on the OPP-115 *train* split (paragraph-level labels; used for tuning only — nothing of its text is
shipped, only these numbers). The OPP-115 validation split stays the evaluation set.

Four tables, tuned together by coordinate ascent: ``prose`` (sentence cutoff offsets inside
paragraphs), ``support`` (how far below the cutoff a cue may lift a topic), ``gate`` and
``rescue`` (the paragraph read as a whole vetoes a topic its sentences claim, or restores one
none of them carries alone; see ``analyser.settle_paragraph``).
Output: resources/models/calibration.json.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

from ..paths import resources_dir
from .analyser import (
    Analyser,
    ClauseEvidence,
    paragraphs,
    reads_paragraph,
    settle_paragraph,
    whole_margins,
)
from .topics import JOINT_TOPICS, RIGHTS_CHOICE

OPP_MAP = {  # OPP-115 category -> topics (as corpora/score.py reads them)
    "First Party Collection/Use": {"collection", "use"},
    "Third Party Sharing/Collection": {"sharing"},
    "User Choice/Control": {"choice"},
    "User Access, Edit and Deletion": {"rights"},
    "Data Retention": {"retention"},
    "Data Security": {"security"},
    "Policy Change": {"policy_change"},
    "Do Not Track": {"do_not_track"},
    "International and Specific Audiences": {"specific_audiences", "cross_border"},
    "Privacy contact information": {"contact"},
}
# which OPP categories a model topic's cutoff moves
AFFECTS = {
    "collection": ["First Party Collection/Use"], "use": ["First Party Collection/Use"],
    "collection_or_use": ["First Party Collection/Use"],
    "sharing": ["Third Party Sharing/Collection"],
    RIGHTS_CHOICE: ["User Choice/Control", "User Access, Edit and Deletion"],
    "retention": ["Data Retention"], "security": ["Data Security"],
    "policy_change": ["Policy Change"], "contact": ["Privacy contact information"],
    "specific_audiences": ["International and Specific Audiences"],
}
# which OPP categories a lexicon cue's support (how far below the cutoff it may lift a topic) moves
SUPPORTED = {
    "contact": ["Privacy contact information"], "policy_change": ["Policy Change"],
    "security": ["Data Security"], "retention": ["Data Retention"],
    "specific_audiences": ["International and Specific Audiences"],
    "rights": ["User Access, Edit and Deletion"], "choice": ["User Choice/Control"],
}
_MEMBERS = {member for members in JOINT_TOPICS.values() for member in members}
OFFSETS = [x / 4 for x in range(0, 25)]
# gate/rescue: a missing entry means "off"; candidate values of the paragraph-level margins
PARAGRAPH_VALUES: list[float | None] = [None] + [x / 2 for x in range(-4, 17)]

Group = tuple[list[ClauseEvidence], dict[str, float]]


def load_opp(path: Path) -> tuple[list[str], list[set[str]]]:
    labels: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) >= 2:
                labels.setdefault(row[0], set()).add(row[1])
    texts = list(labels)
    return texts, [{c for c in labels[t] if c in OPP_MAP} for t in texts]


def _f1(gold: list[set[str]], pred: list[set[str]], cls: str) -> float:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if cls in g and cls in p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if cls not in g and cls in p)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if cls in g and cls not in p)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _predict(items: list[list[Group]], calibration: dict[str, Any]) -> list[set[str]]:
    """OPP categories per item, through the analyser's own decision path."""
    out = []
    for groups in items:
        topics: set[str] = set()
        for group, whole in groups:
            settle_paragraph(group, whole if reads_paragraph(group, calibration) else None,
                             calibration)
            for item in group:
                topics |= item.clause.topics
        out.append({c for c, ts in OPP_MAP.items() if ts & topics})
    return out


def _best(items: list[list[Group]], gold: list[set[str]], calibration: dict[str, Any],
          table: dict[str, float], key: str, classes: list[str],
          values: list[float] | list[float | None]) -> None:
    """Set ``table[key]`` (others fixed) to the value with the best F1 sum over *classes*
    (None: no entry)."""
    best, best_score = table.get(key), -1.0
    for value in values:
        if value is None:
            table.pop(key, None)
        else:
            table[key] = value
        score = sum(_f1(gold, _predict(items, calibration), c) for c in classes)
        if score > best_score + 1e-9:
            best, best_score = value, score
    if best is None:
        table.pop(key, None)
    else:
        table[key] = best


def prepare(analyser: Analyser, texts: list[str]) -> list[list[Group]]:
    """Each text's paragraphs with the evidence of their clauses, computed once."""
    model = analyser.models["en"]
    items = []
    for text in texts:
        clauses = analyser.clauses(text, "en")
        cues = analyser.cues(text, clauses) if clauses else []
        evidence = [analyser.evidence(c, f) for c, f in zip(clauses, cues, strict=True)]
        items.append([
            (group, whole_margins(group, model)) for group in paragraphs(evidence)
        ])
    return items


def calibrate(analyser: Analyser, texts: list[str], gold: list[set[str]],
              passes: int = 2) -> dict[str, Any]:
    items = prepare(analyser, texts)
    prose: dict[str, float] = {}
    support: dict[str, float] = {}
    gate: dict[str, float] = {}
    rescue: dict[str, float] = {}
    calibration: dict[str, Any] = {"prose_en": prose, "support_en": support,
                                   "gate_en": gate, "rescue_en": rescue}
    # coordinate ascent: the four tables interact (a raised sentence cutoff leaves more for a
    # cue or the paragraph to confirm), so each value is re-tuned with the others in place
    for round_no in range(1, passes + 1):
        for cue, classes in SUPPORTED.items():
            _best(items, gold, calibration, support, cue, classes, OFFSETS)
        for topic, classes in AFFECTS.items():
            if topic not in JOINT_TOPICS:  # joint topics have no sentence reading
                _best(items, gold, calibration, prose, topic, classes, OFFSETS)
            if topic not in _MEMBERS:  # a joint topic weighs the paragraph for its members
                _best(items, gold, calibration, gate, topic, classes, PARAGRAPH_VALUES)
                _best(items, gold, calibration, rescue, topic, classes, PARAGRAPH_VALUES)
        score = sum(_f1(gold, _predict(items, calibration), c) for c in OPP_MAP) / len(OPP_MAP)
        print(f"round {round_no}: macro-F1 on the tuning split {score:.3f}\n"
              f"  support {support}\n  prose {prose}\n  gate {gate}\n  rescue {rescue}")
    return calibration


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, required=True, help="folder holding opp115/")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--resources", type=Path, default=None,
                    help="resources folder holding the models to calibrate (default: the shipped)")
    ap.add_argument("--passes", type=int, default=2, help="rounds of coordinate ascent")
    a = ap.parse_args(argv)
    resources = a.resources or resources_dir()
    analyser = Analyser(resources)
    analyser._calibration = {}  # start from the uncalibrated analyser
    texts, gold = load_opp(a.corpora / "opp115" / "train.csv")
    calibration = calibrate(analyser, texts, gold, a.passes)
    out = a.out or resources / "models" / "calibration.json"
    out.write_text(json.dumps(calibration, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
