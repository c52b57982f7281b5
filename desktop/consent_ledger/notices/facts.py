"""Document-level terms of a notice, each with the clause ids it was read from (``read_terms``):
the purposes and methods read here, the other terms by their own readers.

Scope and negation decide meaning: a term counts where it is affirmed ("we may use your
conversations to train our models"), a denial is evidence for "no" ("we do not use your content
to train", "我们不会将…用于训练"), and a denial with an exception is still a "may"
("we do not … unless you opt in", "未经您的同意不会…"). The readers: ``term_lists`` (one term list
over the clauses), ``categories`` (data and sensitive categories), ``rights``, ``retention``,
``sharing``, ``identity`` (title, date, handler), and the yes/no practices ``transfers``
(cross-border), ``content_training`` (model training), ``profiling`` (automated decisions) and
``minors``, with what those share in ``answers``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import identity
from .categories import collecting_parts, data_categories, listed_rows, sensitive
from .clause_texts import (
    ClauseTexts,
    cap,
    clauses_with,
    gated,
    with_table_headers,
)
from .content_training import model_training
from .lexicon import Lexicon
from .minors import minors
from .profiling import automated_decision
from .retention import RETENTION_CTX, retention
from .rights import rights
from .sharing import sharing
from .term_lists import (
    term_list,
)
from .transfers import cross_border

if TYPE_CHECKING:
    from .analyser import Clause
# a purpose stated inside a clause about collecting or protecting data ("为保障服务安全，我们会收集
# …", "we collect … to provide the service", "we use automated systems to detect abuse")
_PURPOSE_CUE = gated({
    "en": re.compile(r"\bto (?:\w+ )?(?:provide|deliver|operate|detect|prevent|protect|secure|"
                     r"process|comply|respond|improve|personali[sz]e|send|create|verify)|"
                     r"\bfor (?:the )?purposes? of\b|\bin order to\b|\bso that\b|\bso we can\b|"
                     # "kept for seven years to meet tax obligations", "held for up to 30 days for
                     # abuse and misuse monitoring"
                     r"\bto (?:meet|satisfy|fulfil|fulfill)\b|\bfor (?:\w+ ){0,3}?monitoring\b", re.I),
    "zh": re.compile(r"用于|为了|以便|目的|为(?:保障|保护|维护|向您|您|实现|提供|完成)|以(?:向|为)您"),
})


# (and "环节 | 涉及的个人信息 | 为什么需要 | 存多久", "Data | Why we need it")
_PURPOSE_COLUMN = re.compile(r"目的|用途|为什么|为何|purpose|\bwhy\b|\breasons?\b", re.I)


# a heading of a part on the purposes ("Why we use it", "3. Purposes", "三、使用目的")
_PURPOSE_SECTION = gated({
    "en": re.compile(r"\bpurposes?\b|\bwhy we use\b|\bhow we use\b|\bwhy we (?:collect|process)\b",
                     re.I),
    # ("二、这些信息用于什么")
    "zh": re.compile(r"目的|用途|如何使用|资料之利用|信息之利用|数据之利用|用于什么|用来做什么|做什么用"),
})


# a clause that says what data is used for, whatever the topic model makes of it ("以上遥测数据用于
# 排查插件缺陷、衡量补全质量", "This information is used to debug crashes")
_DATA_USED_FOR = gated({
    "en": re.compile(r"\bdata (?:is|are|will be|may be) (?:only |solely |also |mainly )?used (?:to|for)\b|"
                     r"\binformation (?:is|will be|may be) (?:only |solely |also |mainly )?used "
                     r"(?:to|for)\b|"
                     # ("Kindred uses what you tell it to answer in character")
                     r"\buses what you (?:tell|share|give|say|type|send)\b", re.I),
    # ("情绪倾向仅用于调整暖暖的回复语气")
    "zh": re.compile(r"(?:数据|信息|内容|记录)(?:将|会|仅|只|主要|均)?(?:被)?用于|仅用于|只用于"),
})


# a colon closing a lead-in naming purposes, with the purposes after it on the line ("目的在于：提供…")
# a lead-in whose items are purposes ("We use the information we collect to:", "…的目的在于：";
# not "may include, but is not limited to:", "You have the right to:")
_PURPOSE_LEAD_END = re.compile(
    r"\b(?:use|uses|process|processes|necessary|order|used|processed)\b[^:]{0,60}\bto[*_\s]{0,3}:"
    r"[*_\s]*$|(?:用于|为了|以便|目的(?:在于|是|为|包括|如下)?)[*_\s]{0,3}[:：][*_\s]*$", re.I)


# a colon closing a lead-in naming purposes, with the purposes after it on the line ("目的在于：提供…",
# "Purposes: …"; English searched in the folded text)
_PURPOSES_RUN_IN = {
    "zh": re.compile(r"(?:目的|用途|如何使用|用于什么|用来做什么|做什么用)[^:：。；]{0,6}[:：]\s*\S"),
    "en": re.compile(r"(?:\bpurposes?|\bwhy we use|\bhow we use|\bwhy we collect|\bwhy we process)"
                     r"[^:.;]{0,6}:\s*\S"),
}


def _purpose_lead(lead: Clause, known: dict[int, bool]) -> bool:
    """Whether the items under *lead* are purposes (``_PURPOSE_LEAD_END``; answers in *known*)."""
    answer = known.get(lead.id)
    if answer is None:
        answer = known[lead.id] = lead.text.rstrip(" *_").endswith((":", "：")) and (
            _PURPOSE_LEAD_END.search(lead.text) is not None)
    return answer


def _opens_purposes(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* names purposes just before a colon with the first of them after it."""
    text = clause.text
    if clause.lang == "zh":
        return ("：" in text or ":" in text) and ("目的" in text or "用途" in text or "如何使用" in text
                                                or "用于" in text) and (
            _PURPOSES_RUN_IN["zh"].search(text) is not None)
    low = texts.low[clause.id]
    return ":" in low and ("purpose" in low or "we use" in low or "we process" in low
                           or "we collect" in low) and _PURPOSES_RUN_IN["en"].search(low) is not None


def _purpose_scope(clauses: list[Clause], texts: ClauseTexts) -> list[Clause]:
    """Clauses about using data, those about collecting, protecting or (in English) keeping it
    that state a purpose, the rows of a table whose header names a purpose column ("功能 | 收集的个人信息 |
    目的"), the items of a lead-in that names purposes ("我们处理上述信息的目的在于：" / "1. 实现录音
    转写…"), clauses saying what data is used for (``_DATA_USED_FOR``) and the sentences
    that go on the line of a run-in lead-in naming purposes ("第四条 …目的在于：提供内容生成服务；" /
    "进行身份核验；" / "保障网络安全；")."""
    scope = []
    open_line = -1  # (the line of a run-in lead-in naming purposes)
    purpose_leads: dict[int, bool] = {}  # (per lead-in, whether its items are purposes)
    for c, header in with_table_headers(clauses):
        if c.line != open_line:
            open_line = -1
        if (":" in c.text or "：" in c.text) and _opens_purposes(c, texts):
            open_line = c.line
        if c.topics & {"use", "model_training"} or c.line == open_line:
            scope.append(c)
            continue
        purpose_table = header is not None and _PURPOSE_COLUMN.search(header.text)
        lead = texts.lead.get(c.id)
        if purpose_table or (lead is not None and _purpose_lead(lead, purpose_leads)) or (
                ("用于" in c.text if c.lang == "zh" else "used for" in texts.low[c.id]
                 or "used to" in texts.low[c.id] or "uses what" in texts.low[c.id])
                and texts.search(_DATA_USED_FOR[c.lang], c) is not None) or (
                (c.topics & {"collection", "security"} or (c.lang == "en" and (
                    "retention" in c.topics or (c.kind != "heading"
                                                and texts.section_level(RETENTION_CTX["en"], c) > 0))))
                and texts.search(_PURPOSE_CUE[c.lang], c)) or (
                c.section != "" and c.kind != "heading"
                and texts.section_level(_PURPOSE_SECTION[c.lang], c) > 0):
            scope.append(c)
    return scope


# the kinds of content a statement that it trains models on it says the handler receives
_TRAINED_CONTENT = ("user_content", "voice")


def _with_trained_content(found: list[dict[str, Any]], training: dict[str, Any],
                          clauses: list[Clause], lex: Lexicon,
                          texts: ClauseTexts) -> list[dict[str, Any]]:
    """*found* (the data categories) with the content a clause saying the models are trained on
    it names ("your conversations may be used to improve our models"; "我们会使用您的语音数据改进
    语音识别模型"): a handler that trains on it receives it, though no sentence says "collect"."""
    if training["value"] != "yes":
        return found
    by_id = {c.id: c for c in clauses}
    evidence = {item["term"]: item["evidence"] for item in found}
    added: dict[str, list[int]] = {}
    for cid in training["evidence"]:
        clause = by_id[cid]
        for term in lex.matching("data_categories", clause.text, clause.lang, texts.low[cid]):
            if term in _TRAINED_CONTENT and term not in evidence:
                added.setdefault(term, []).append(cid)
    if not added:
        return found
    evidence.update(added)
    return [{"term": t, "evidence": cap(evidence[t])} for t in lex.terms["data_categories"]
            if t in evidence]


def read_terms(text: str, clauses: list[Clause], lex: Lexicon, lang: str,
               dated: list[int] | None = None) -> dict[str, Any]:
    """The document terms of the contract; *dated*: see ``retention``."""
    texts = ClauseTexts(clauses)
    listed = listed_rows(clauses)
    parts = collecting_parts(clauses, texts)
    abroad = cross_border(lex, clauses)
    automated = automated_decision(lex, clauses, texts)
    methods = term_list(lex, "methods", clauses_with(
        clauses, {"collection", "use", "sharing", "retention", "cross_border", "security",
                  "model_training"}), texts)
    # the two methods that are also terms of their own follow those terms: a clause about the
    # right to opt out of profiling does not make profiling a method of the handler
    if abroad["value"] == "yes":
        methods.append({"term": "cross_border", "evidence": abroad["evidence"]})
    if automated["value"]:
        methods.append({"term": "automated_decision", "evidence": automated["evidence"]})
    purposes = term_list(lex, "purposes", _purpose_scope(clauses, texts), texts)
    training = model_training(lex, clauses)
    if training["value"] != "yes":
        purposes = [p for p in purposes if p["term"] != "model_training"]
    elif not any(p["term"] == "model_training" for p in purposes):
        purposes.append({"term": "model_training", "evidence": training["evidence"]})
    return {
        "title": identity.title(text, clauses),
        "effective_date": identity.effective_date(clauses),
        "handler": identity.handler(text, clauses, lang, texts.low, texts.plain),
        "purposes": purposes,
        "data_categories": _with_trained_content(
            data_categories(lex, clauses, texts, listed, parts), training, clauses, lex, texts),
        "sensitive_categories": sensitive(lex, clauses, texts, listed, parts),
        "methods": methods,
        "retention": retention(clauses, texts, dated),
        "sharing": sharing(lex, clauses, texts),
        "cross_border": abroad,
        "model_training": training,
        "automated_decision": automated,
        "minors": minors(clauses, texts),
        "rights": rights(lex, clauses, texts),
    }
