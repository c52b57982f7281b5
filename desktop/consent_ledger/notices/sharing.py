"""Sharing (``sharing``): whether the notice says personal data goes to third parties, to
processors it entrusts, or is made public, with the clauses it was read from.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .answers import row_question
from .clause_texts import (
    EXCEPTION,
    ClauseTexts,
    cap,
    gated,
    is_title,
    with_table_headers,
)
from .lexicon import Lexicon, negated

if TYPE_CHECKING:
    from .analyser import Clause
_SHARING_SECTION = gated({
    "en": re.compile(r"\bshar|\bdisclos|third[- ]part|\brecipients?\b|\b(?:sub-?)?processors?\b|"
                     r"\bservice providers?\b|\bvendors?\b|\bwho else\b|\bmodel providers?\b|"
                     r"\bwho gets\b|\bwho can see\b|\bwho receives\b", re.I),
    # ("三、谁能看到这些信息", Hong Kong's "3. 轉移個人資料")
    "zh": re.compile(r"共享|转让|公开披露|对外提供|第三方|委托处理|谁能看到|谁可以看到|谁会看到|"
                     r"转移个人信息"),
})


_SENT_TO_THIRD = gated({
    # (and a search engine the service asks for the user: "your question is sent to our search
    # partner", "您的问句会发给第三方搜索引擎")
    "en": re.compile(r"\b(?:sent|transmitted|passed|forwarded|transferred) to (?:the |a |an |our )?"
                     r"(?:\w+ ){0,3}?(?:third[- ]part|search (?:engine|provider|partner))", re.I),
    "zh": re.compile(r"(?:(?:传输|发送|传递|转交)(?:给|至)|发给)(?!您|你|用户)[^，。；]{0,12}?"
                     r"(?:第三方|提供方|合作方|服务商|服务方|搜索引擎)"),
})


def _sent_out(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* says data is sent on to a third party (not under a denial)."""
    return any(not negated(clause.text, start, clause.lang)
               for start, _ in texts.spans(_SENT_TO_THIRD[clause.lang], clause))


def sharing(lex: Lexicon, clauses: list[Clause], texts: ClauseTexts) -> dict[str, Any]:
    third = entrusted = public = False
    evidence: list[int] = []
    for clause, header in with_table_headers(clauses):
        if clause is header:  # a table's header row names its columns ("Sold or Shared")
            continue
        # a sentence under a sharing heading is read even when it does not speak of sharing by
        # itself ("Who we share data with" / "We use sub-processors for hosting")
        # (and a sentence about collecting or using data that says it is sent to a third party:
        # "完成该次调用所需的对话片段会发送给插件提供方")
        if "sharing" not in clause.topics and not texts.section_level(
                _SHARING_SECTION[clause.lang], clause):
            # (and, in any clause, a processor named as one ("活体检测由我们委托的认证服务商完成");
            # in one the topic model tags with nothing, a post made public ("作品将对所有用户公开
            # 展示"))
            hit = False
            if (not clause.topics or clause.topics & {"collection", "use"}) and _sent_out(
                    clause, texts):
                third = hit = True
                if lex.affirmed("methods", "entrust", clause.text, clause.lang,
                                texts.low[clause.id]):
                    entrusted = True
            # (its literal tested inline: asked of most clauses)
            if ("委托" in clause.text if clause.lang == "zh" else (
                    "intermediar" in texts.low[clause.id] or "instructions" in texts.low[clause.id])
                    ) and texts.search(_ENTRUSTED_TO[clause.lang], clause) is not None:
                entrusted = hit = True
            if not clause.topics and _made_public(clause, texts, strict=True):
                public = hit = True
            if hit:
                evidence.append(clause.id)
            continue
        if is_title(clause):  # "二、我们如何共享、转让、公开披露…" names the topics, says nothing
            continue
        lang, text = clause.lang, clause.text
        low = texts.low[clause.id]
        asked = row_question(clause)
        if asked is not None:  # "是否与第三方共享 | 不与第三方共享。": the answer says it
            if asked[1] == "no":
                continue
            text, low = text[asked[0]:], low[asked[0]:]
        hit = False
        if lex.affirmed("methods", "entrust", text, lang, low):
            entrusted = hit = True
        disclose = lex.affirmed("methods", "disclose", text, lang, low)
        if _made_public(clause, texts):
            public = hit = True
        if lex.affirmed("methods", "provide", text, lang, low) or disclose or (
                asked is None and _sent_out(clause, texts)):
            third = hit = True
        if hit:
            evidence.append(clause.id)
    return {"third_parties": third, "entrusted": entrusted, "public_disclosure": public,
            "evidence": cap(evidence)}


# making personal information public (PIPL Art. 25), not disclosing it to "public authorities"
_PUBLIC = gated({
    "en": re.compile(
        r"\bpublicly (?:available|accessible|visible|viewable|display|post|shar|disclos|show|"
        r"search)|\b(?:make|made|making|become|becomes) (?:\w+ ){0,4}?public\b|"
        r"\b(?:disclos|post|display|shar|publish|show)\w* (?:\w+ ){0,5}?(?:publicly|in public|"
        r"to the (?:general )?public)\b|\bpublic (?:disclosure|profile|forum|post|feed|gallery)|"
        r"\bappears? publicly\b|\bshown publicly\b|\bdisplayed publicly\b|\blisted publicly\b|"
        # a gallery or a link anyone may open ("public by default", "visible to everyone")
        r"\bpublic by default\b|\bpublic link\b|\bvisible to (?:everyone|anyone|all users|other users|"
        r"the public)\b|\bviewable by (?:everyone|anyone|all users|other users)\b|"
        r"\bseen by (?:everyone|anyone|all users|other users)\b",
        re.I),
    "zh": re.compile(r"公开(?:披露|发布|展示|显示|可见)|向(?:社会)?公众(?:披露|公开|展示)|"
                     r"作品广场|默认(?:公开|对外展示)|所有(?:用户|人)(?:均|都)?(?:可以|可)(?:浏览|查看|看到)|"
                     r"对所有(?:用户|人)(?:公开|可见)"),
})


def _made_public(clause: Clause, texts: ClauseTexts, strict: bool = False) -> bool:
    """Whether *clause* says personal information is or may be made public (a denial with an
    exception — "不会公开披露，除非取得您的单独同意" — still may). *strict* (a clause not about
    sharing): not where data comes from ("information that is publicly available")."""
    text = clause.text
    for start, end in texts.spans(_PUBLIC[clause.lang], clause):
        if _LABEL_AFTER.match(text, end):  # "3. 公开披露：我们不会公开披露…" names the topic first
            continue
        if strict and _PUBLIC_SOURCE.match(text, start):
            continue
        if not negated(text, start, clause.lang) or EXCEPTION[clause.lang].search(text):
            return True
    return False


_LABEL_AFTER = re.compile(r"[*_\s]{0,3}[:：]")


_PUBLIC_SOURCE = re.compile(r"publicly (?:available|accessible)", re.I)


# a processor named in a clause about something else: "由我们委托的认证服务商完成", "we use data
# intermediaries for hosting", "Cloud providers in the EU and US host the hub under our
# instructions"
_ENTRUSTED_TO = gated({
    "en": re.compile(r"\bdata intermediar(?:y|ies)\b|\bunder our (?:documented )?instructions\b|"
                     r"\bon our (?:documented )?instructions\b", re.I),
    "zh": re.compile(r"(?:我们|本公司)委托的[^，。；]{0,10}?(?:服务商|服务提供商|供应商|合作方|第三方|"
                     r"机构|公司)|委托(?:第三方|外部)?(?:服务商|合作方|供应商|服务提供商)"),
})
