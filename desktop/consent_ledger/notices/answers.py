"""What the yes/no practice readers share: a question and the answer after it ("我的数据会出境吗？" /
"答：不会。"), a table column that asks each row ("是否用于模型训练 | 否"), a term's definition, and a
denial of the practice ("we do not …", "我们不会…").
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate, repeat
from operator import add
from typing import TYPE_CHECKING

from .clause_texts import (
    column_cells,
    with_table_headers,
)
from .lexicon import negated

if TYPE_CHECKING:
    from .analyser import Clause
# an FAQ's yes/no question and the answer after it: "问：你们会拿我的聊天内容去训练模型吗？" / "答：会的"
QUESTION = {
    # (and an open item of a checklist, a thing still to be checked: "- [ ] 确认…是否使用用户内容训练")
    "en": re.compile(r"\?[*_\s]*$|^[-*+\s]*\[ \]"),
    # ("四、孩子的信息会用于训练AI吗": a heading asking, without its question mark)
    "zh": re.compile(r"(?:[？?]|吗)[*_\s]*$|^[-*+\s]*\[ \]"),
}


ANSWER = {
    # ("Only if you opt in.", "答：默认不会。只有当您…勾选后": a use the user can choose)
    "en": re.compile(r"^[*_\s]*(?:a[:.]\s*)?(?:(yes|we (?:do|may|will)\b|only (?:if|when|with)\b)|"
                     r"(no\b|nope\b|we (?:do|will) not|"
                     r"we don't|never))", re.I),
    "zh": re.compile(r"^[*_\s]*(?:答[:：]\s*)?(?:(会|是的|是|可能会|可能|有|默认不会?|仅在|仅当|只有|只在)|"
                     r"(不会|不|否|没有|绝不))"),
}


def holding_literal(texts: list[str], literals: tuple[str, ...]) -> set[int]:
    """Indices of the *texts* holding one of *literals*: ``str.find`` over the texts joined
    (a substring search, several times faster than a regular expression's search for the same
    literal), jumping to the next text after a hit."""
    # (as JoinedTexts joins them, with the offsets summed in C rather than in a Python loop)
    text = "\0".join(texts)
    starts = list(accumulate(map(add, map(len, texts), repeat(1)), initial=0))
    last = len(texts) - 1
    found: set[int] = set()
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            found.add(i)
            if i >= last:
                break
            at = text.find(literal, starts[i + 1])
    return found


# "We do not use your prompts, files, or outputs to train our models": a denial reaches over a
# list of objects joined by commas (lexicon.CLAUSE_PART cuts at every comma); a comma that opens
# a new statement (", and we …", ", if you …"), another verb's auxiliary ("…, advertisers may
# assume"), a sentence end or a contrast ends its reach. "X but not your name" excludes an item
# from a list; it denies nothing.
EN_STATEMENT = re.compile(
    r"[;:]\s|[.!?](?:\s|$)|\bbut\b|\bunless\b|\bexcept\b|\bhowever\b|\bwhether\b|"
    r"\b(?:may|might|can|could|will|would|shall|should|must|is|are|was|were|has|have|had|do|does)"
    r"\b|,\s*(?:and |or |so )?(?:we|you|they|it|this|these|those|which|who|if|when|"
    r"where|once|after|before|because|as|such)\b|"
    # (not a list item: "We do not use photos you edit, your selfies, or the images …")
    r",\s*(?:and |or |so )?(?:our|your)\b(?![\w -]{1,30},)", re.I)


# a denial that opens a list after its colon ("We do NOT: (a) sell …; (c) use your data to train …")
COLON_DENIAL = re.compile(r"(?:\b(?:do|does|will|shall)(?: not|n't)|\bnever)\s*:", re.I)


SENTENCE_END = re.compile(r"[.!?]\s")


EN_DENIAL = re.compile(r"(?<!but )(?<!and )(?<!or )(?<!, )(?<!- )\bnot\b|\bnever\b|n't\b|"
                        r"\bnor\b|\bneither\b", re.I)


def denied(text: str, at: int, lang: str) -> bool:
    """Whether a denial governs the match at *at*: ``lexicon.negated``, or for English a denial
    earlier in the same statement over a comma-joined list."""
    if lang == "en" and "’" in text:
        text = text.replace("’", "'")  # ("We don’t use your content …"; the same length)
    if negated(text, at, lang):
        return True
    if lang != "en":
        return False
    if ":" in text[max(0, at - 400):at]:
        # a denial over the list after its colon, up to the sentence's end ("We do NOT: (a) sell
        # …; (b) share …; (c) use your biometric data to train …")
        ends = [m.end() for m in COLON_DENIAL.finditer(text, max(0, at - 400), at)]
        if ends and not SENTENCE_END.search(text, ends[-1], at):
            return True
    window = text[max(0, at - 160):at]
    return bool(EN_DENIAL.search(window)) and bool(
        EN_DENIAL.search(EN_STATEMENT.split(window)[-1]))


def answer_after(clause: Clause, by_id: dict[int, Clause]) -> str | None:
    """'yes' or 'no' for an FAQ's question answered in the next clause ("答：会的" / "No."),
    else None."""
    after = by_id.get(clause.id + 1)
    found = ANSWER[after.lang].match(after.text) if after is not None else None
    if found is None:
        return None
    return "yes" if found.group(1) else "no"


# a table row asking in its first cell and answering in the next ("是否涉及个人信息出境 | 不涉及。",
# "Used to train AI? | No"): the question names the practice without stating it
ROW_QUESTION = {
    "en": re.compile(r"[^|]{1,80}\?[*_\s]*\|\s*"),
    "zh": re.compile(r"[*_\s]*(?:是否|有没有|会不会|能否)[^|]{1,30}\|\s*|[^|]{1,40}[？?吗][*_\s]*\|\s*"),
}


def row_question(clause: Clause) -> tuple[int, str | None] | None:
    """For a table row whose first cell asks a question: where its answer starts, and 'yes' or
    'no' when the answer starts with one ("不涉及。", "否。", "No — …"), else None; None for any
    other clause."""
    if clause.kind != "row":
        return None
    asked = ROW_QUESTION[clause.lang].match(clause.text)
    if asked is None:
        return None
    found = ANSWER[clause.lang].match(clause.text[asked.end():])
    return asked.end(), (None if found is None else "yes" if found.group(1) else "no")


# under a heading about training, a use of content "to improve" something is that use ("3.
# Training our models" / "We may use other uploads and scripts … to improve video generation")
# a definition states no practice: '1.4 "Profiling" has the meaning given in Article 4(4) GDPR'
DEFINES = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?[\"“'‘][^\"”'’]{1,60}[\"”'’]\s*(?:means|shall "
                      r"mean|has the meaning|have the meaning|refers? to|is defined as)\b|"
                      # a term defined in Chinese: "自动化决策：指通过计算机程序自动分析…"
                      r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?[^\s：:，。；]{2,16}[：:]\s*(?:是)?指", re.I)


CELL_YES = re.compile(r"[*_\s]*(?:yes\b|是|会|可能)", re.I)


CELL_NO = re.compile(r"[*_\s]*(?:no\b|never\b|not\b|否|不|×|✗)", re.I)


def asked_column(clauses: list[Clause], column: re.Pattern[str]
                  ) -> tuple[set[int], list[tuple[Clause, bool, str]]]:
    """Ids of the header rows of tables with a column asking a yes/no question (*column*
    matches its header cell), and each row under such a header answering yes or no, with the
    cell ("Yes, unless you opt out in Organization settings")."""
    rows: list[tuple[Clause, bool, str]] = []
    previous = ""
    for clause in clauses:  # (most notices have no such table: look at header rows first)
        if clause.kind == "row" and previous != "row" and column.match(clause.text):
            break
        previous = clause.kind
    else:
        return set(), rows
    for clause, cell in column_cells(clauses, column):
        if CELL_YES.match(cell):
            rows.append((clause, True, cell))
        elif CELL_NO.match(cell):
            rows.append((clause, False, cell))
    if not rows:
        return set(), rows
    headers = {header.id for clause, header in with_table_headers(clauses)
               if clause is header and any(column.match(cell.strip(" *_"))
                                           for cell in clause.text.strip().strip("|").split("|"))}
    return headers, rows


# a lead-in that denies what each item after it names ("We don't:", "We will never:", "It is not
# used for:" / "- AI model training", "这些数据不会用于：")
_DENYING_LEAD = re.compile(r"\b(?:we|i|it|they) (?:do not|don't|don’t|does not|doesn't|doesn’t|"
                           r"will not|won't|won’t|will never|never)\s*[:：]?[*_\s]*$|"
                           r"\b(?:is|are|will be) (?:not|never) used (?:for|to)\s*[:：][*_\s]*$|"
                           # ("Your voice data will NOT be used for:")
                           r"\b(?:will|shall|may|must|would) (?:not|never) be used (?:for|to)\s*[:：][*_\s]*$|"
                           # ("We do not use these permissions to:" / "- Transmit data … for profiling")
                           r"\b(?:we|it) (?:do|does|will) not use (?:[\w-]+ ){0,4}?(?:to|for)\s*[:：][*_\s]*$|"
                           # ("Zhipu does not use your data for any other purposes, including:")
                           r"\b(?:do|does|will) not use (?:[\w-]+ ){0,4}?for any other purposes?,? (?:including|"
                           r"such as|like)\s*[:：][*_\s]*$|"
                           r"不(?:会)?(?:被)?用于[:：][*_\s]*$|"
                           # "**我们不会：**" / "将你的照片用于 AI 训练、出售你的个人信息…"
                           r"(?:我们|本应用|本产品|本服务)(?:承诺)?(?:绝|从)?不(?:会)?[:：][*_\s]*$|"
                           # a part of what is not done ("### 3.5 What We Do NOT Do" / "- ❌ Train
                           # AI models on your private footage", "我们不会做的事")
                           r"\bwhat we (?:do not|don't|don’t|will not|won't|won’t|never) do\b|"
                           r"\bthings we (?:do not|don't|don’t|never|will never) do\b|我们(?:绝)?不(?:会)?做的", re.I)


# an item marked as not done ("- ❌ Train AI models on your footage", "✗ 出售您的数据")
_CROSSED = re.compile(r"[-*+•\s]*(?:❌|✗|✘|🚫)")


def lead_in(clause: Clause, by_id: dict[int, Clause]) -> Clause | None:
    """The line *clause* stands under: for a list item, the line above its list (past the items
    before it); for any other clause, the line right before it."""
    lead = by_id.get(clause.id - 1)
    while clause.kind == "item" and lead is not None and lead.kind == "item":
        lead = by_id.get(lead.id - 1)
    return lead


def under_denying_lead(clause: Clause, by_id: dict[int, Clause]) -> bool:
    """Whether *clause* stands under a lead-in that denies what follows it: a list item under
    one (past the items before it), or the line right after one."""
    if clause.kind == "item" and _CROSSED.match(clause.text):
        return True
    lead = lead_in(clause, by_id)
    return lead is not None and bool(_DENYING_LEAD.search(lead.text))


# the cases a handler promises to assess first (PIPL Art. 55: "针对处理敏感个人信息、自动化决策、向境外
# 提供个人信息等高风险行为，我们将依法开展个人信息保护影响评估"; "We carry out a data protection impact
# assessment before any automated decision-making or transfer abroad"): a duty named, no practice
_ASSESSED_CASES = {
    "zh": re.compile(r"(?:针对|对于|就|涉及|在)[^。；]{0,80}?(?:行为|情形|活动|情况|场景|处理)[^。；]{0,30}?"
                     r"影响评估"),
    "en": re.compile(r"\bimpact assessments?\b[^.;]{0,30}?\b(?:for|before|where|when|prior to)\b[^.;]{0,120}|"
                     r"\b(?:for|before|where|when|prior to)\b[^.;]{0,120}?\bimpact assessments?\b", re.I),
}


def in_assessed_cases(text: str, at: int, lang: str) -> bool:
    """Whether the cue at *at* names one of the cases the handler says it assesses first."""
    if ("影响评估" not in text) if lang == "zh" else ("impact assessment" not in text.lower()):
        return False
    return any(m.start() <= at < m.end() for m in _ASSESSED_CASES[lang].finditer(text))
