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
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import facts, summary
from .lang import detect, is_chinese
from .lexicon import Lexicon
from .segment import segment
from .topics import RIGHTS_CHOICE, TopicModel

log = logging.getLogger(__name__)

MAX_ANALYSED_CHARS = 2_000_000
MAX_CLAUSES = 40_000
# topics the lexicon adds on its own (the corpora behind the models do not label them)
LEXICON_TOPICS = ("cross_border", "model_training", "cookies", "automated_decision", "do_not_track")
# topics the models learn; the lexicon adds them only when the model is close to its cutoff
SUPPORTED_TOPICS = ("contact", "specific_audiences", "policy_change", "security", "retention")
SUPPORT_MARGIN = 1.5
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
    topics: set[str] = field(default_factory=set)


class Analyser:
    """The ``NoticeAnalyser`` port. Models and lexicons load once, on first use."""

    def __init__(self, resources: Path) -> None:
        self.resources = Path(resources)
        self._models: dict[str, TopicModel] | None = None
        self._lexicon: Lexicon | None = None

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
        work = text[:MAX_ANALYSED_CHARS]
        doc_lang = lang if lang in ("zh", "en") else detect(work)
        clauses = self.clauses(work, doc_lang if lang in ("zh", "en") else "auto")
        self._tag_topics(work, clauses)
        result = empty_result(text, source, doc_lang)
        result["clauses"] = [
            {"id": c.id, "start": c.start, "end": c.end,
             "topics": [t for t in _ZH_TOPIC_ORDER if t in c.topics]}
            for c in clauses
        ]
        terms = facts.read_terms(work, clauses, self.lexicon, doc_lang)
        result.update(terms)
        result["pipl_article_17"] = summary.article_17(result)
        result["summary"] = summary.summarise(result)
        return result

    def clauses(self, text: str, lang: str = "auto") -> list[Clause]:
        out = []
        for i, span in enumerate(segment(text, max_clauses=MAX_CLAUSES)):
            body = text[span.start : span.end]
            clause_lang = lang if lang in ("zh", "en") else ("zh" if is_chinese(body) else "en")
            out.append(Clause(i, span.start, span.end, body, clause_lang, span.kind))
        return out

    def _tag_topics(self, text: str, clauses: list[Clause]) -> None:
        if not clauses:
            return
        starts = [c.start for c in clauses]
        cues: list[dict[str, int]] = [{} for _ in clauses]
        for lang in ("en", "zh"):
            for at, topic in self.lexicon.scan_topics(text, lang):
                idx = bisect.bisect_right(starts, at) - 1
                if idx < 0 or at >= clauses[idx].end:
                    continue
                clause = clauses[idx]
                if lang != clause.lang and topic not in LEXICON_TOPICS:
                    continue
                cues[idx][topic] = cues[idx].get(topic, 0) + 1
        for clause, found in zip(clauses, cues, strict=False):
            margins = self.models[clause.lang].margins(clause.text)
            topics = {t for t, m in margins.items() if m > 0 and t != RIGHTS_CHOICE}
            if margins[RIGHTS_CHOICE] > 0:
                topics |= _split_rights_choice(found)
            for topic in SUPPORTED_TOPICS:
                if topic in found and margins.get(topic, 0.0) > -SUPPORT_MARGIN:
                    topics.add(topic)
            topics.update(t for t in LEXICON_TOPICS if t in found)
            if clause.kind == "heading" and len(clause.text) < 60:
                topics = _heading_topics(topics, found)
            clause.topics = topics


def _split_rights_choice(found: dict[str, int]) -> set[str]:
    """The corpora label rights and choice together; the cues tell them apart."""
    rights, choice = found.get("rights", 0), found.get("choice", 0)
    if rights and not choice:
        return {"rights"}
    if choice and not rights:
        return {"choice"}
    return {"rights", "choice"}


def _heading_topics(topics: set[str], found: dict[str, int]) -> set[str]:
    """A short heading names its section: keep what the cues confirm, else the model's guess."""
    confirmed = {t for t in topics if t in found}
    return confirmed or topics


_WS = re.compile(r"\s+")


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
