"""Read a notice into the plain terms of contracts/notice-analysis.md.

Pipeline: cap the input, detect the language, segment into clauses, give each clause its topics
(shipped linear models for the topics the licensed corpora label, the cue lexicon for the others),
then read the document-level terms (``facts.py``) and write the summary (``summary.py``).

Bounds: at most ``MAX_ANALYSED_CHARS`` code points are analysed (2 M, about four times the longest
real notice); ``chars`` and ``sha256`` still describe the whole text. At most ``MAX_CLAUSES``
clauses. Work per clause is bounded by the clause length cap of ``segment.py``. ``analyse`` never
raises: an internal failure gives the contract shape with empty terms and ``error`` set.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.article17 import article_17_check
from . import facts, summary
from .emphasis import plain_emphasis
from .han_wrap import Offsets, after_both, join_han_lines, without
from .lang import detect, is_chinese
from .lexicon import Lexicon
from .outline import names_a_notice, outline
from .segment import segment, unwrap
from .topics import JOINT_TOPICS, RIGHTS_CHOICE, TopicModel
from .zh_script import ScriptMap, original_span

log = logging.getLogger(__name__)

MAX_ANALYSED_CHARS = 2_000_000
MAX_CLAUSES = 40_000
_SCRIPT_SAMPLE = 20_000  # characters that decide whether a notice is in Traditional script
# topics the lexicon adds on its own (the corpora behind the models do not label them)
LEXICON_TOPICS = ("cross_border", "model_training", "cookies", "automated_decision", "do_not_track")
# how far below its cutoff a learned topic may be when a lexicon cue confirms it
DEFAULT_SUPPORT = 1.0
_ZH_TOPIC_ORDER = ("collection", "use", "sharing", "retention", "security", "rights", "choice",
                   "policy_change", "do_not_track", "specific_audiences", "contact", "cross_border",
                   "model_training", "cookies", "automated_decision")


@dataclass
class Clause:
    id: int
    start: int
    end: int
    text: str
    lang: str
    kind: str
    in_prose: bool = False  # one of several sentences of a paragraph
    section: str = ""  # the heading the clause stands under
    # the headings it stands under, outermost first (the last is ``section``; the notice's
    # title is left out of a chain of sub-headings): ``outline.outline``
    sections: tuple[str, ...] = ()
    line: int = 0  # the paragraph (line of the text) the clause belongs to
    # a run-in label of kind "heading" ("**Retention.** We keep …"): it titles the sentences of
    # its paragraph, not a part (``section``/``sections`` stay those of the headings above)
    label: bool = False
    topics: set[str] = field(default_factory=set)
    # the topics the document terms read the clause with: its own reading before its paragraph
    # is weighed (``settle_paragraph``), or, for a sentence with none, its paragraph's topics,
    # else its section's
    term_topics: set[str] = field(default_factory=set)


def _ordered(topics: set[str]) -> list[str]:
    """A clause's topics in the contract's order."""
    return [t for t in _ZH_TOPIC_ORDER if t in topics] if topics else []


def _with_topics(clause: Clause, topics: set[str]) -> Clause:
    """``dataclasses.replace(clause, topics=topics)`` without its field-by-field rebuild: a
    Clause is a plain dataclass (no __post_init__, no slots), so a copy of its attributes is
    the same object."""
    copy = object.__new__(Clause)
    copy.__dict__.update(clause.__dict__)
    copy.topics = topics
    return copy


class Analyser:
    """The ``NoticeAnalyser`` port. Models and lexicons load once, on first use."""

    def __init__(self, resources: Path) -> None:
        self.resources = Path(resources)
        self._models: dict[str, TopicModel] | None = None
        self._lexicon: Lexicon | None = None
        self._calibration: dict[str, dict[str, float]] | None = None
        self._script: ScriptMap | None = None

    @property
    def models(self) -> dict[str, TopicModel]:
        if self._models is None:
            folder = self.resources / "models"
            self._models = {
                lang: TopicModel.load(folder / f"topics-{lang}.json.gz") for lang in ("en", "zh")
            }
        return self._models

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = Lexicon.load(self.resources / "lexicons" / "terms.json")
        return self._lexicon

    @property
    def script(self) -> ScriptMap:
        """Traditional Chinese -> Simplified (``zh_script``), for notices in Traditional."""
        if self._script is None:
            path = self.resources / "lexicons" / "zh-hant.json"
            self._script = ScriptMap.load(path) if path.exists() else ScriptMap({}, {})
        return self._script

    # --- public -----------------------------------------------------------------------------
    def analyse(self, text: str, *, source: str = "", lang: str = "auto") -> dict[str, Any]:
        if not isinstance(text, str):
            text = str(text)
        try:
            return self._analyse(text, source, lang)
        except Exception as exc:  # never raise: a bug must not lose the other sources
            log.exception("analysis failed for %s", source or "<text>")
            result = empty_result(text, source, lang if lang in ("zh", "en") else "en")
            result["error"] = {"code": "analysis_failed", "message": type(exc).__name__}
            return result

    # --- steps ------------------------------------------------------------------------------
    def _analyse(self, text: str, source: str, lang: str) -> dict[str, Any]:
        written = text[:MAX_ANALYSED_CHARS]
        # a notice in Traditional characters is read in Simplified, offsets unchanged
        traditional = self.script.is_traditional(written[:_SCRIPT_SAMPLE])
        work = self.script.simplified(written) if traditional else written
        # the marks of emphasis inside sentences taken out ("We do **not** sell"), then
        # hard-wrapped Chinese lines joined (both removed, offsets mapped back below), then
        # wrapped English ones (same length, offsets unchanged)
        work, stressed = plain_emphasis(work)
        work, joined = join_han_lines(work)
        removed = after_both(stressed, joined)
        work = unwrap(work)
        doc_lang = lang if lang in ("zh", "en") else detect(work)
        clauses = self.clauses(work, doc_lang if lang in ("zh", "en") else "auto")
        self._tag_topics(work, clauses)
        result = empty_result(text, source, doc_lang)
        offsets = Offsets(removed)
        result["clauses"] = [
            {"id": c.id, "start": offsets.start(c.start) if removed else c.start,
             "end": offsets.end(c.end) if removed else c.end,
             "topics": _ordered(c.topics)}
            for c in clauses
        ]
        # the terms read every clause that speaks of a topic by itself, even where its paragraph
        # as a whole is about something else (a payment sentence inside a sharing paragraph
        # still says card data is collected), and an untagged sentence with its paragraph's or
        # section's topics ("我们会通过声纹识别技术处理您的语音" under "一、我们收集的信息")
        by_sentence = [
            c if c.term_topics <= c.topics else _with_topics(c, c.topics | c.term_topics)
            for c in clauses
        ]
        dated: list[int] = []
        terms = facts.read_terms(work, by_sentence, self.lexicon, doc_lang, dated)
        for cid in dated:  # a clause naming how long data is kept is about retention
            entry = result["clauses"][cid]
            if "retention" not in entry["topics"]:
                clauses[cid].topics = clauses[cid].topics | {"retention"}
                entry["topics"] = _ordered(clauses[cid].topics)
        if traditional:
            _as_written(terms, without(written, removed), work)
        result.update(terms)
        result["pipl_article_17"] = article_17_check(result)
        result["summary"] = summary.summarise(result)
        return result

    def clauses(self, text: str, lang: str = "auto") -> list[Clause]:
        out = []
        spans = segment(text, max_clauses=MAX_CLAUSES)
        per_line: dict[int, int] = {}
        for span in spans:  # (a run-in label, "**Retention.** We keep …", is no sentence of it)
            if span.kind != "heading":
                per_line[span.line] = per_line.get(span.line, 0) + 1
        heading = ""
        headings: dict[int, str] = {}
        chain: tuple[int, ...] = ()
        sections: tuple[str, ...] = ()
        for i, (span, part) in enumerate(zip(spans, outline(text, spans), strict=True)):
            body = text[span.start : span.end]
            clause_lang = lang if lang in ("zh", "en") else ("zh" if is_chinese(body) else "en")
            if span.kind == "heading" and not span.label:
                heading = headings[i] = body[:200]
            if part is not chain:  # (the clauses of one part share one tuple)
                chain = part
                sections = tuple(headings[h] for h in chain)
            out.append(Clause(i, span.start, span.end, body, clause_lang, span.kind,
                              in_prose=per_line.get(span.line, 0) > 1, section=heading,
                              sections=sections, line=span.line, label=span.label))
        return out

    def cues(self, text: str, clauses: list[Clause]) -> list[dict[str, int]]:
        """Topic cues of the lexicon found in each clause."""
        starts = [c.start for c in clauses]
        found: list[dict[str, int]] = [{} for _ in clauses]
        # one scan per run of clauses in the same language, with that language's cues only
        runs: list[list[Any]] = []
        for c in clauses:
            if runs and runs[-1][2] == c.lang:
                runs[-1][1] = c.end
            else:
                runs.append([c.start, c.end, c.lang])
        for run_start, run_end, lang in runs:
            for at, topic in self.lexicon.scan_topics(text[run_start:run_end], lang):
                idx = bisect.bisect_right(starts, run_start + at) - 1
                if idx >= 0 and run_start + at < clauses[idx].end:
                    found[idx][topic] = found[idx].get(topic, 0) + 1
        return found

    def _tag_topics(self, text: str, clauses: list[Clause]) -> None:
        if not clauses:
            return
        calibration = self.calibration
        # one paragraph's evidence (feature sets) at a time: memory stays proportional to the
        # text, not to the text times its features
        evidence = (
            self.evidence(clause, found)
            for clause, found in zip(clauses, self.cues(text, clauses), strict=True)
        )
        section_topics: set[str] = set()
        # the topics each heading gives the clauses under it, by its text: its own, else (a
        # sub-heading without any, "**1.1 You give us**") those of the nearest heading above
        # it that has some ("1. Information we collect") and does not name the notice ("GitHub
        # Privacy Statement" reads as policy_change and covers every part)
        by_heading: dict[str, set[str]] = {}
        label_line, label_topics = -1, set()
        for group in paragraphs(evidence):
            whole = (whole_margins(group, self.models[group[0].clause.lang])
                     if reads_paragraph(group, calibration) else None)
            settle_paragraph(group, whole, calibration)
            for item in group:
                clause = item.clause
                if clause.kind == "heading" and not clause.label:
                    section_topics = clause.topics
                    if not section_topics:
                        for outer in reversed(clause.sections[:-1]):
                            if not names_a_notice(outer):
                                section_topics = by_heading.get(outer, section_topics)
                                if section_topics:
                                    break
                    by_heading[clause.section] = section_topics
                elif clause.label:  # a run-in label titles the sentences after it on its line
                    label_line, label_topics = clause.line, clause.topics
                elif not clause.topics and clause.kind in ("item", "row"):
                    # a bare list item ("设备信息：设备型号、操作系统") is about its section's topic
                    clause.topics = set(section_topics)
                elif not clause.topics and not clause.term_topics:
                    clause.term_topics = set(label_topics if label_topics
                                             and clause.line == label_line else section_topics)

    def evidence(self, clause: Clause, found: dict[str, int]) -> ClauseEvidence:
        """What the topic decision of one clause rests on: its features, margins and cues."""
        model = self.models[clause.lang]
        feats = model.features(clause.text)
        total = model.total(feats)
        return ClauseEvidence(clause, feats, model.total_margins(total), found, total)

    @property
    def calibration(self) -> dict[str, dict[str, float]]:
        if self._calibration is None:
            path = self.resources / "models" / "calibration.json"
            self._calibration = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        return self._calibration


def decide_topics(margins: dict[str, float], found: dict[str, int], clause: Clause,
                  calibration: dict[str, dict[str, float]]) -> set[str]:
    """A clause's topics from its model margins and lexicon cues.

    ``calibration["prose"]`` raises a topic's cutoff for a sentence inside a multi-sentence
    paragraph (a paragraph's neighbouring sentences make weak evidence cheap);
    ``calibration["support"]`` is how far below its cutoff a topic may be when a cue confirms it
    — inside such a paragraph only: a sentence standing alone (a list item, a heading, a
    one-sentence paragraph) is read at the model's own cutoffs, which were chosen for single
    sentences (a cue's lift there only added false topics: APPSI-139 dev 0.785 -> 0.790,
    CAPP-130 dev 0.837 -> 0.841, OPP-115 validation 0.763 -> 0.764).
    """
    if clause.in_prose:
        prose = calibration.get(f"prose_{clause.lang}", {})
        support = calibration.get(f"support_{clause.lang}", {})
        lift = DEFAULT_SUPPORT
        topics = set()
        for topic, margin in margins.items():
            if topic in JOINT_TOPICS:  # read over whole paragraphs only
                continue
            if margin > prose.get(topic, 0.0):
                topics.add(topic)
            elif topic in found and margin > -support.get(topic, lift):
                topics.add(topic)
    else:  # the model's own cutoffs, no lift: a cue changes nothing (margin > -0.0 is > 0.0)
        prose, support, lift = {}, {}, 0.0
        topics = {topic for topic, margin in margins.items()
                  if margin > 0.0 and topic not in JOINT_TOPICS}
    if RIGHTS_CHOICE in topics:
        topics.discard(RIGHTS_CHOICE)
        topics |= _split_rights_choice(found, clause.in_prose)
    elif found:  # (most clauses have no cue)
        for cue in ("rights", "choice"):
            if cue in found and margins[RIGHTS_CHOICE] > -support.get(cue, lift):
                topics.add(cue)
    if found:
        topics.update(t for t in LEXICON_TOPICS if t in found)
    if clause.kind == "heading" and len(clause.text) < 60:
        topics = _heading_topics(topics, found)
        if _COLLECTION_HEADING[clause.lang].search(clause.text):
            topics.add("collection")
    elif _TITLE_ONLY.match(clause.text):
        # "Acme Privacy Policy": a title line states no practice
        topics = {t for t in topics if t in found and t != "policy_change"} | (
            topics & set(LEXICON_TOPICS))
    return topics


@dataclass
class ClauseEvidence:
    clause: Clause
    features: set[str]
    margins: dict[str, float]
    found: dict[str, int]
    total: int  # the model's packed sum of the features (``TopicModel.total``)


def paragraphs(evidence: Iterable[ClauseEvidence]) -> Iterator[list[ClauseEvidence]]:
    """Consecutive clauses of one line (paragraph) and one language, in order, each group
    yielded as soon as it is complete."""
    group: list[ClauseEvidence] = []
    for item in evidence:
        if group and (group[-1].clause.line != item.clause.line
                      or group[-1].clause.lang != item.clause.lang):
            yield group
            group = []
        group.append(item)
    if group:
        yield group


def reads_paragraph(group: list[ClauseEvidence], calibration: dict[str, dict[str, float]]) -> bool:
    """Whether ``settle_paragraph`` weighs *group* as a whole: a paragraph of several sentences
    in a language with calibrated paragraph levels."""
    lang = group[0].clause.lang
    return len(group) > 1 and bool(calibration.get(f"gate_{lang}")
                                   or calibration.get(f"rescue_{lang}"))


def whole_margins(group: list[ClauseEvidence], model: TopicModel) -> dict[str, float]:
    """The model's margins for a paragraph read as one text (the union of its sentences'
    features)."""
    return model.total_margins(model.union_total([item.features for item in group],
                                                  [item.total for item in group]))


def settle_paragraph(group: list[ClauseEvidence], whole: dict[str, float] | None,
                     calibration: dict[str, dict[str, float]]) -> None:
    """Give each clause of one paragraph its topics: first sentence by sentence
    (``decide_topics``), then, in a paragraph of several sentences, checked against the model's
    reading of the whole paragraph. ``calibration["gate"]``: a topic the paragraph as a whole
    scores more than this far below its cutoff is dropped from its sentences (a passing mention
    of "third parties" does not make a paragraph about sharing); ``calibration["rescue"]``: a
    topic the paragraph scores more than this far above its cutoff, yet no sentence carries on
    its own, is given to the sentence that scores it highest. The document terms still read each
    sentence by its own topics (``Clause.term_topics``), and a sentence without any by the
    topics of its paragraph ("Payment Information. When you add a card, a processor receives…")."""
    for item in group:
        item.clause.topics = decide_topics(item.margins, item.found, item.clause, calibration)
        item.clause.term_topics = set(item.clause.topics)
    if len(group) > 1:
        paragraph = set().union(*(item.clause.topics for item in group))
        for item in group:
            if not item.clause.term_topics:
                item.clause.term_topics = set(paragraph)
    if whole is None:
        return
    lang = group[0].clause.lang
    gate = calibration.get(f"gate_{lang}", {})
    rescue = calibration.get(f"rescue_{lang}", {})
    for topic, margin in whole.items():
        names = _CLAUSE_TOPICS.get(topic, {topic})
        if topic in gate and margin < -gate[topic]:
            for item in group:
                item.clause.topics -= names
        elif topic in rescue and margin > rescue[topic]:
            if not any(item.clause.topics & names for item in group):
                _rescue(group, topic)


# the clause topics a model topic stands for
_CLAUSE_TOPICS = {RIGHTS_CHOICE: {"rights", "choice"},
                  **{joint: set(members) for joint, members in JOINT_TOPICS.items()}}


def _rescue(group: list[ClauseEvidence], topic: str) -> None:
    """Give *topic*, which the paragraph carries as a whole, to the sentence scoring it highest
    (a joint topic: its member topic that scores highest in any sentence)."""
    if topic == RIGHTS_CHOICE:
        best = max(group, key=lambda item: item.margins[topic])
        cues: dict[str, int] = {}
        for item in group:
            for cue, n in item.found.items():
                cues[cue] = cues.get(cue, 0) + n
        best.clause.topics |= _split_rights_choice(cues, in_prose=False)
        return
    members = JOINT_TOPICS.get(topic, (topic,))
    _, member, best = max(((item.margins[m], m, item) for m in members for item in group),
                          key=lambda entry: entry[0])
    best.clause.topics.add(member)


_TITLE_ONLY = re.compile(
    r"^\W*(?:[\w.'’&-]+\s+){0,4}(?:privacy (?:policy|notice|statement)|隐私政策|隐私声明)\W*$",
    re.I,
)


def _split_rights_choice(found: dict[str, int], in_prose: bool) -> set[str]:
    """The corpora label rights and choice together; the cues tell them apart. Inside a
    paragraph, a sentence with neither kind of cue gets neither (its neighbours carry them)."""
    if found.get("rights", 0):
        return {"rights", "choice"} if found.get("choice", 0) else {"rights"}
    if found.get("choice", 0) or not in_prose:
        return {"choice"}
    return set()


# A heading naming the personal information the handler processes opens a section about
# collection, whatever the verb ("第二条 我们处理的个人信息": the Chinese model knows 收集 there,
# not 处理); its bare list items then read as collected data.
_COLLECTION_HEADING = {
    "zh": re.compile(r"(?:处理|收集|获取|采集)(?:的|哪些)(?:您的)?(?:个人)?信息"),
    "en": re.compile(r"(?:information|data) (?:that )?we (?:collect|process|receive)|"
                     r"what (?:information |data )?we (?:collect|process)", re.I),
}


def _heading_topics(topics: set[str], found: dict[str, int]) -> set[str]:
    """A short heading names its section: keep what the cues confirm, else the model's guess."""
    confirmed = {t for t in topics if t in found}
    return confirmed or topics


def _as_written(terms: dict[str, Any], written: str, read: str) -> None:
    """Give the words the terms quote from the notice (title, handler names and addresses,
    retention periods) as the notice wrote them, where it was read in another script."""
    if terms.get("title"):
        terms["title"] = original_span(written, read, terms["title"])
    handler = terms.get("handler") or {}
    for key in ("names", "addresses"):
        if handler.get(key):
            handler[key] = [original_span(written, read, words) for words in handler[key]]
    retention = terms.get("retention") or {}
    if retention.get("periods"):
        retention["periods"] = [original_span(written, read, words)
                                for words in retention["periods"]]


def empty_result(text: str, source: str, lang: str) -> dict[str, Any]:
    """The contract shape with nothing found (also the answer for an empty notice)."""
    return {
        "source": source,
        "language": lang,
        "chars": len(text),
        "sha256": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        "title": "",
        "effective_date": None,
        "clauses": [],
        "handler": {"names": [], "emails": [], "phones": [], "addresses": [], "evidence": []},
        "purposes": [],
        "data_categories": [],
        "sensitive_categories": [],
        "methods": [],
        "retention": {"stated": False, "periods": [], "evidence": []},
        "sharing": {"third_parties": False, "entrusted": False, "public_disclosure": False,
                    "evidence": []},
        "cross_border": {"value": "not_stated", "evidence": []},
        "model_training": {"value": "not_stated", "opt_out": False, "evidence": []},
        "automated_decision": {"value": False, "evidence": []},
        "minors": {"value": False, "minimum_age": None, "evidence": []},
        "rights": [],
        "pipl_article_17": {
            "handler_contact": False, "purposes": False, "methods": False, "categories": False,
            "retention": False, "rights_procedure": False,
            "missing": ["handler_contact", "purposes", "methods", "categories", "retention",
                        "rights_procedure"],
        },
        "summary": {"zh": [], "en": []},
    }
