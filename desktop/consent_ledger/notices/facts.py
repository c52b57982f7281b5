"""Document-level terms of a notice, each with the clause ids it was read from.

Scope and negation decide meaning: a term counts where it is affirmed ("we may use your
conversations to train our models"), a denial is evidence for "no" ("we do not use your content
to train", "我们不会将…用于训练"), and a denial with an exception is still a "may"
("we do not … unless you opt in", "未经您的同意不会…"). Rights count only where the notice speaks
of the user's own power (you may / you have the right / 您有权 / 您可以).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from . import identity
from .lexicon import Lexicon, fold, negated
from .prefilter import LiteralGate, plain_case

if TYPE_CHECKING:
    from .analyser import Clause

MAX_EVIDENCE = 12


def _gated(patterns: dict[str, re.Pattern[str]]) -> dict[str, LiteralGate]:
    """Clause tests run over (nearly) every clause: skipped when a needed literal is absent."""
    return {lang: LiteralGate(p) for lang, p in patterns.items()}


_EXCEPTION = {
    "en": re.compile(
        r"\bunless\b|\bexcept\b|without (?:your |their )?(?:explicit |express |prior |separate )?"
        r"(?:opt-in|consent|permission|authori[sz]ation)|\bopt(?:ed)?[- ]in\b|if you (?:choose|opt|"
        r"agree|consent|allow|enable)", re.I),
    "zh": re.compile(r"除非|除外|未经(?:您的)?(?:单独|明确)?(?:同意|授权)|经(?:您的)?(?:单独|明确)?(?:同意|授权)"),
}
_USER_POWER = _gated({
    "en": re.compile(
        r"\byou (?:can|may|have|could|are entitled|also have)|\byour rights?\b|right (?:to|of)\b|"
        r"\brequest\b|\bask us\b|\bcontact us\b|\bresidents?\b|\bexercise\b|\bto (?:access|delete|"
        r"correct|update|opt|close|export)|\bconsumers? (?:can|may|have)|\busers? (?:can|may)", re.I),
    "zh": re.compile(r"您(?:有权|可以|可|也可|还可以|有权利|享有|能够)|有权|权利|行使|请求|申请|要求我们|通过.{0,20}(?:联系|进行)"),
})
_COLLECT_CUE = _gated({
    "en": re.compile(
        r"\bcollect|\breceive|\bobtain|\bgather|\bprovide us|you (?:provide|give|submit|upload|"
        r"enter|share)|we (?:may )?(?:process|store|record|log|use)|automatically|includ|such as|"
        r"\bcategor", re.I),
    "zh": re.compile(r"收集|获取|采集|提供|上传|输入|记录|读取|使用|包括|处理|访问"),
})
_RETENTION_CTX = _gated({
    "en": re.compile(
        r"\bretain|\bretention|\bkeep\b|\bkept\b|\bstor(?:e|ed|age)\b|\bdelet|\bpurg|\berase|"
        r"\banonymi|\bmaintain", re.I),
    "zh": re.compile(r"保存|保留|存储|储存|留存|删除|匿名化|清除"),
})
_NOT_RETENTION = _gated({
    "en": re.compile(
        r"\brespon|\breply|\bnotif|\bnotice\b|\bverif|\bprior to|\bin advance|\bwithin \w+ days of "
        r"(?:receiv|your request)|\bpreceding|\bprevious|\bpast\b|\blook[- ]?back|\bextend", re.I),
    # "15个工作日内答复" is a reply time, "15个工作日内删除" a deletion period: the verb decides
    "zh": re.compile(r"回复|答复|反馈|响应|处理您的(?:请求|申请)|核验|核实|审核|验证|通知|提前|公告"),
})
_PERIOD = _gated({
    "en": re.compile(
        r"\b(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
        r"twenty|thirty|sixty|ninety)(?:\s*\(\d+\))?[\s-]+(?:calendar |business )?"
        r"(?:days?|weeks?|months?|years?)\b", re.I),
    "zh": re.compile(r"(?:\d{1,4}|[一二三四五六七八九十两半百]{1,3})\s*(?:个)?(?:自然日|工作日|天|日|周|个月|月|年)"
                     r"(?!龄)"),
})
_EVENT_RULE = _gated({
    "en": re.compile(
        r"until (?:you|the user) (?:delete|close|deactivate|terminate|request)|as long as (?:your|the) "
        r"account (?:is|remains) (?:active|open)|for the (?:life|lifetime|duration) of your account|"
        r"(?:after|upon|when|once|following) (?:you )?(?:delete|close|deactivate|terminate|the "
        r"deletion of|deletion of|closure of|closing) your account|until (?:your )?account "
        r"(?:deletion|closure)", re.I),
    "zh": re.compile(
        r"注销.{0,25}(?:删除|匿名化|清除|销毁)|(?:删除|匿名化|清除).{0,15}注销|"
        r"(?:删除|清除)(?:您的)?(?:账户|账号|帐号)信息"),
})
_OPT_OUT = {
    "en": re.compile(
        r"opt[- ]?out|opt[- ]?in|turn (?:it |this |that )?off|switch (?:it |this |that )?off|disable|withdraw|revoke|your choices|choices with "
        r"respect|preference|settings?\b|controls?\b|toggle|let us know|object", re.I),
    "zh": re.compile(r"关闭|撤回|退出|拒绝|设置|取消|选择不|不同意"),
}
_REFERS = {  # a following sentence that speaks of the same use: "you can opt out of this"
    "en": re.compile(r"\bthis\b|\bsuch\b|\btrain|\bmodel|\bthat use\b", re.I),
    "zh": re.compile(r"上述|此类|该|训练|模型"),
}
_OTHER_CHOICE = {
    "en": re.compile(r"marketing|newsletter|promotion|cookie|advertis|notification|"
                     r"receiv\w* (?:\w+ ){0,2}e-?mails?\b", re.I),
    "zh": re.compile(r"营销|推送|广告|短信|邮件|Cookie", re.I),
}
_TRAINING_SOURCE = re.compile(
    r"collected through the process of training|publicly available (?:data|information) (?:to|for) "
    r"train", re.I)
_TRAIN_CONTENT = {
    "en": re.compile(
        r"\b(?:your|user|customer)s?'? (?:\w+ )?(?:content|data|information|inputs?|prompts?|"
        r"conversations?|chats?|messages?|feedback|code|files)|\b(?:inputs?|prompts?|"
        r"conversations?|outputs?|suggestions|feedback|content|personal data|data|"
        r"information)\b", re.I),
    "zh": re.compile(r"您|用户|对话|输入|内容|信息|数据|反馈"),
}
_AUTO_FACT = _gated({
    "en": re.compile(
        r"automated[- ]decision|automated (?:individual )?(?:decision|processing)|profiling|"
        r"profiles? (?:about|of|reflecting) (?:you|an individual|individuals|consumers)|"
        r"inferences? (?:drawn|about|regarding)|infer (?:your )?(?:preferences|interests|"
        r"characteristics)|personali[sz]ed recommendations?|solely (?:by |on |through )?automated "
        r"(?:means|systems?|tools?)|without (?:any )?human (?:review|intervention|involvement)|"
        r"automated (?:means|systems?|tools?|classifiers?|review) (?:\w+ ){0,10}?(?:suspend|"
        r"terminat|ban|disabl|decid|determin|deny|reject)", re.I),
    "zh": re.compile(r"自动化决策|用户画像|画像|个性化推荐|个性化展示|(?:偏好|兴趣)特征|特征偏好|算法推荐|"
                     r"无(?:需)?人工(?:干预|审核|介入)|(?:自动|机器|算法)(?:审核|识别|判定)[^。；]{0,12}"
                     r"(?:封禁|限制|暂停|冻结|处罚|拒绝)"),
})
_AUTO_RIGHT_CLAUSE = {
    "en": re.compile(r"right to|opt[- ]?out (?:of|from)|object to|not to be subject", re.I),
    "zh": re.compile(r"拒绝|关闭|退出|不受"),
}
# "对于基于自动化决策作出的决定，您有权拒绝": the right comes after what it is about; a statement
# that the handler does it ("我们会…个性化推荐，您可以…关闭") comes before
_RIGHT_AFTER = {
    "en": re.compile(r"\byou (?:have the right|may|can) (?:to )?(?:object|refuse|opt out)", re.I),
    "zh": re.compile(r"(?:有权|可以|可)(?:拒绝|关闭|退出)"),
}
_WE_DO = {
    "en": re.compile(r"\bwe\b", re.I),
    "zh": re.compile(r"我们"),
}
_NOT_COLLECTED = _gated({
    "en": re.compile(
        r"\b(?:do|does|will|shall) not (?:knowingly |intentionally |otherwise )?(?:collect|"
        r"process|store|receive|request|sell|retain)|\bnever (?:collect|process|store|ask)|"
        r"\bno (?:biometric|sensitive)|collected: no\b|\|\s*no\s*(?:\||$)", re.I),
    "zh": re.compile(r"不会(?:主动)?(?:收集|处理|获取|存储)|不(?:收集|处理|获取)|未收集"),
})
_DEFINITION = _gated({
    "en": re.compile(
        r"\bmeans\b|\brefers? to\b|is defined as|\bexamples?:|cal\. civ\. code|§|"
        r"under california or federal law|statut|\bcategory [a-l]\b", re.I),
    "zh": re.compile(r"[”\"]\s*[，,]?\s*(?:是)?指|是指|定义"),
})
_CCPA_CATEGORY = re.compile(r"\bcategory [a-l]\b\s*[:.]", re.I)  # a statute's list, not a practice
_TABLE_NO = re.compile(r"\|\s*(?:no|否|not collected|未收集)\s*(?:\||$)", re.I)
_MINORS = _gated({
    "en": re.compile(
        r"\bchild(?:ren|ren's|'s)?\b|\bminors?\b(?! (?:changes?|updates?|modifications?|revisions?))|"
        r"under (?:the age of|age) \d{1,2}|\b\d{1,2} years (?:of age|old)|\bcoppa\b|parental consent|"
        r"age of (?:majority|\d{1,2})|\b(?:anyone|persons?|individuals?|people|users?) (?:who (?:is|"
        r"are) )?(?:under|younger than|below) (?:the age of )?\d{1,2}\b", re.I),
    "zh": re.compile(r"未成年|儿童|(?:不满|未满|已满|年满)\s*(?:十四|十八|十六|\d{1,2})\s*周岁|监护人"),
})
_MIN_AGE = {
    "en": [
        re.compile(r"(?:at least|must be|over the age of|older than|aged) (\d{1,2})(?: years)?", re.I),
        re.compile(r"(\d{1,2}) years (?:of age |old )?or older", re.I),
        re.compile(r"(?:\bnot|n't)\W+(?:\w+\W+){0,3}?(?:intended|directed|designed|meant|address|"
                   r"available|offered|direct|collect|permitted|allowed)\w*\W+(?:(?!sell|share)"
                   r"\w+\W+){0,14}?(?:under|younger than|below) (?:the age of |age )?(\d{1,2})",
                   re.I),
        re.compile(r"(?:under|younger than|below) (?:the age of |age )?(\d{1,2})\W+(?:\w+\W+){0,4}?"
                   r"(?:may not|are not (?:permitted|allowed)|must not|should not) (?:use|access|register)",
                   re.I),
    ],
    "zh": [
        re.compile(r"(?:须|需|应当?|必须)(?:年满|已满)\s*(\d{1,2}|十四|十六|十八)\s*周岁"),
        re.compile(r"(?:未满|不满)\s*(\d{1,2}|十四|十六|十八)\s*周岁[^。；]{0,15}(?:不得|请勿|禁止|无法|不能)(?:注册|使用)"),
        re.compile(r"仅(?:面向|限于?)(?:年满)?\s*(\d{1,2}|十四|十六|十八)\s*周岁"),
    ],
}
_ZH_NUM = {"十四": 14, "十六": 16, "十八": 18}


_RIGHT_LIST = re.compile(r"\brights? (?:to|of)\b([^.]{0,260})", re.I)
_RIGHT_LIST_GATE = LiteralGate(_RIGHT_LIST)


class ClauseTexts:
    """Each clause's ASCII-folded text (``low``, by clause id: the analyser numbers the clauses
    uniquely), folded once for every reading of the clauses instead of once per pattern, and
    the answers of the gates that several readings ask about the same clause."""

    def __init__(self, clauses: list[Clause]) -> None:
        self.low = {c.id: fold(c.text) for c in clauses}
        if len(self.low) != len(clauses):
            raise ValueError("clause ids are not unique")
        self.plain = {c.id: plain_case(c.text) for c in clauses}
        self._answers: dict[tuple[LiteralGate, int], re.Match[str] | None] = {}
        self._headings: dict[tuple[LiteralGate, str], bool] = {}

    def search(self, gate: LiteralGate, clause: Clause,
               remember: bool = False) -> re.Match[str] | None:
        """``gate.search(clause.text)`` (offsets only, see LiteralGate); *remember*: keep the
        answer for the next reading that asks."""
        key = (gate, clause.id)
        if key in self._answers:
            return self._answers[key]
        found = gate.search(clause.text, 0, self.low[clause.id], self.plain[clause.id])
        if remember:
            self._answers[key] = found
        return found

    def possible(self, gate: LiteralGate, clause: Clause) -> bool:
        """``gate.possible(clause.text)``."""
        return gate.possible(clause.text, self.low[clause.id], self.plain[clause.id])

    def spans(self, gate: LiteralGate, clause: Clause) -> Iterator[tuple[int, int]]:
        """``gate.spans(clause.text)``."""
        return gate.spans(clause.text, self.low[clause.id], self.plain[clause.id])

    def in_section(self, gate: LiteralGate, clause: Clause) -> bool:
        """Whether *gate* finds a match in the heading *clause* stands under (one search per
        heading, however many clauses it has)."""
        key = (gate, clause.section)
        if key not in self._headings:
            self._headings[key] = gate.search(clause.section) is not None
        return self._headings[key]


def _clauses_with(clauses: list[Clause], topics: set[str]) -> list[Clause]:
    return [c for c in clauses if not c.topics.isdisjoint(topics)]


# a purpose stated inside a clause about collecting or protecting data ("为保障服务安全，我们会收集
# …", "we collect … to provide the service", "we use automated systems to detect abuse")
_PURPOSE_CUE = {
    "en": re.compile(r"\bto (?:\w+ )?(?:provide|deliver|operate|detect|prevent|protect|secure|"
                     r"process|comply|respond|improve|personali[sz]e|send|create|verify)|"
                     r"\bfor (?:the )?purposes? of\b|\bin order to\b|\bso that\b", re.I),
    "zh": re.compile(r"用于|为了|以便|目的|为(?:保障|保护|维护|向您|您|实现|提供|完成)"),
}


_PURPOSE_COLUMN = re.compile(r"目的|用途|purpose", re.I)


def _purpose_scope(clauses: list[Clause]) -> list[Clause]:
    """Clauses about using data, those stating a purpose, and the rows of a table whose header
    names a purpose column ("功能 | 收集的个人信息 | 目的")."""
    scope = []
    purpose_table = False
    previous_kind = ""
    for c in clauses:
        if c.kind == "row" and previous_kind != "row":  # a table's first row names its columns
            purpose_table = bool(_PURPOSE_COLUMN.search(c.text))
        elif c.kind != "row":
            purpose_table = False
        previous_kind = c.kind
        if c.topics & {"use", "model_training"} or (c.kind == "row" and purpose_table) or (
                c.topics & {"collection", "security"} and _PURPOSE_CUE[c.lang].search(c.text)):
            scope.append(c)
    return scope


def _cap(ids: list[int]) -> list[int]:
    return sorted(set(ids))[:MAX_EVIDENCE]


def term_list(lex: Lexicon, section: str, clauses: list[Clause], texts: ClauseTexts,
              gate: dict[str, LiteralGate] | None = None,
              collected: bool = False) -> list[dict[str, Any]]:
    """Terms of *section* affirmed in *clauses* (passing *gate*), with their evidence.

    ``collected``: the clause must say the data is collected — not define a category, not
    deny collecting it ("we do not knowingly collect biometric data").
    """
    evidence: dict[str, list[int]] = {}
    for clause in clauses:
        lang, text = clause.lang, clause.text
        # (data_categories and sensitive ask the same gates about most clauses)
        if gate is not None and not (texts.search(gate[lang], clause, collected)
                                     or texts.in_section(gate[lang], clause)):
            continue
        if collected and texts.search(_DEFINITION[lang], clause, True):
            continue
        denial = texts.search(_NOT_COLLECTED[lang], clause, True) if collected else None
        if denial is not None and _EXCEPTION[lang].search(text, denial.end()):
            denial = None  # "we do not sell … unless a parent authorises it" is a may
        low = texts.low[clause.id]
        for term in lex.matching(section, text, lang, low):
            if denial is not None:
                m = lex.search(section, term, text, lang, low)
                if m is not None and (m.start() > denial.start()
                                      or _labels(text, m.start(), denial.start())):
                    continue
            evidence.setdefault(term, []).append(clause.id)
    order = list(lex.terms[section])
    return [{"term": t, "evidence": _cap(evidence[t])} for t in order if t in evidence]


_LABEL_END = re.compile(r"[:：]")


def _labels(text: str, at: int, denial: int) -> bool:
    """Whether the match at *at* lies in a list item's label that the denial after it speaks
    of ("**Precise location:** we do not collect precise geolocation")."""
    colon = _LABEL_END.search(text, 0, 80)
    return colon is not None and at < colon.start() <= denial


def data_categories(lex: Lexicon, clauses: list[Clause],
                    texts: ClauseTexts) -> list[dict[str, Any]]:
    scope = _clauses_with(clauses, {"collection", "use", "cookies", "retention"})
    return term_list(lex, "data_categories", scope, texts, _COLLECT_CUE, collected=True)


def sensitive(lex: Lexicon, clauses: list[Clause], texts: ClauseTexts) -> list[dict[str, Any]]:
    scope = _clauses_with(clauses, {"collection", "use", "specific_audiences", "sharing"})
    found = term_list(lex, "sensitive_categories", scope, texts, _COLLECT_CUE, collected=True)
    by_id = {c.id: c for c in clauses}
    for item in found:
        if item["term"] == "financial_account":
            # card data that a third-party processor collects for itself is not the handler's
            item["evidence"] = [i for i in item["evidence"]
                                if not _OTHERS_COLLECT.search(by_id[i].text)]
    found = [f for f in found if f["evidence"]]
    # parental consent for young children only where it is not the generic "we delete it" clause
    return [f for f in found if f["term"] != "minor_under_14" or _processes_children(clauses, f)]


_OTHERS_COLLECT = re.compile(
    r"^(?!.*on (?:our|its) behalf).*(?:third[- ]party|external) (?:payment )?(?:processors?|"
    r"providers?)|(?:not|never) (?:\w+ )?(?:store|collect|receive|retain)\w* (?:\w+ ){0,3}"
    r"(?:payment|card|credit)", re.I)


def _processes_children(clauses: list[Clause], found: dict[str, Any]) -> bool:
    by_id = {c.id: c for c in clauses}
    for cid in found["evidence"]:
        text = by_id[cid].text
        if re.search(r"without (?:verification of )?parental consent|不满十四周岁的?个人信息属于", text, re.I):
            continue
        return True
    return False


_LISTED_RIGHTS = (
    ("access", re.compile(r"\baccess\b|\bknow\b", re.I)),
    ("delete", re.compile(r"\bdelet|\berase|\berasure|\bcancellation\b", re.I)),
    ("correct", re.compile(r"\bcorrect|\brectif|\bupdate\b", re.I)),
    ("portability", re.compile(r"\btransfer\b|\bportab|\bport\b", re.I)),
    ("restrict_object", re.compile(r"\bobject|\brestrict|\bopposition\b|\bopt[- ]?out", re.I)),
    ("withdraw_consent", re.compile(r"\bwithdraw", re.I)),
    ("complain", re.compile(r"\bcomplain", re.I)),
)


def rights(lex: Lexicon, clauses: list[Clause], texts: ClauseTexts) -> list[dict[str, Any]]:
    """Rights the user is told they have: cue patterns, plus the verbs of an English list such
    as "the right to access, delete, correct, or transfer your data; to object to …"."""
    found = {r["term"]: list(r["evidence"])
             for r in term_list(lex, "rights", clauses, texts, _USER_POWER)}
    for clause in clauses:
        if clause.lang != "en" or not texts.possible(_RIGHT_LIST_GATE, clause):
            continue
        for m in _RIGHT_LIST.finditer(clause.text):
            if negated(clause.text, m.start(), "en"):
                continue
            for term, verb in _LISTED_RIGHTS:
                if verb.search(m.group(1)):
                    found.setdefault(term, []).append(clause.id)
    if "portability" in found and "copy" not in found:
        # receiving one's data to take elsewhere is obtaining a copy of it
        found["copy"] = list(found["portability"])
    order = list(lex.terms["rights"])
    return [{"term": t, "evidence": _cap(found[t])} for t in order if t in found]


def retention(clauses: list[Clause], texts: ClauseTexts) -> dict[str, Any]:
    periods: dict[str, None] = {}
    evidence: list[int] = []
    stated = False
    header: Clause | None = None  # a table's first row names its columns: "类别 | 保存期限"
    previous_kind = ""
    for clause in clauses:
        lang, text = clause.lang, clause.text
        if clause.kind == "row" and previous_kind != "row":
            header = clause
        elif clause.kind != "row":
            header = None
        previous_kind = clause.kind
        # (a table's header row is asked again for each row under it)
        if not (texts.search(_RETENTION_CTX[lang], clause, clause is header) or (
            header is not None and header.text and texts.search(_RETENTION_CTX[lang], header)
            and texts.search(_PERIOD[lang], clause)
        )):
            continue
        if texts.search(_EVENT_RULE[lang], clause):
            stated = True
            evidence.append(clause.id)
        if texts.search(_NOT_RETENTION[lang], clause) and "retention" not in clause.topics:
            continue
        low = texts.low[clause.id]
        plain = True if texts.plain[clause.id] else None  # a part of a plain text is plain
        hits = [text[start:end].strip() for start, end in texts.spans(_PERIOD[lang], clause)
                if not _NOT_RETENTION[lang].search(text[max(0, start - 40) : end + 20], 0,
                                                   low[max(0, start - 40) : end + 20], plain)]
        if hits:
            stated = True
            evidence.append(clause.id)
            for h in hits:
                periods.setdefault(h, None)
    return {"stated": stated, "periods": list(periods)[:10], "evidence": _cap(evidence)}


def sharing(lex: Lexicon, clauses: list[Clause], texts: ClauseTexts) -> dict[str, Any]:
    third = entrusted = public = False
    evidence: list[int] = []
    for clause in _clauses_with(clauses, {"sharing"}):
        if _is_title(clause):  # "二、我们如何共享、转让、公开披露…" names the topics, says nothing
            continue
        lang, text = clause.lang, clause.text
        low = texts.low[clause.id]
        hit = False
        if lex.affirmed("methods", "entrust", text, lang, low):
            entrusted = hit = True
        disclose = lex.affirmed("methods", "disclose", text, lang, low)
        if _made_public(clause):
            public = hit = True
        if lex.affirmed("methods", "provide", text, lang, low) or disclose:
            third = hit = True
        if hit:
            evidence.append(clause.id)
    return {"third_parties": third, "entrusted": entrusted, "public_disclosure": public,
            "evidence": _cap(evidence)}


# making personal information public (PIPL Art. 25), not disclosing it to "public authorities"
_PUBLIC = {
    "en": re.compile(
        r"\bpublicly (?:available|accessible|visible|viewable|display|post|shar|disclos|show|"
        r"search)|\b(?:make|made|making|become|becomes) (?:\w+ ){0,4}?public\b|"
        r"\b(?:disclos|post|display|shar|publish|show)\w* (?:\w+ ){0,5}?(?:publicly|in public|"
        r"to the (?:general )?public)\b|\bpublic (?:disclosure|profile|forum|post|feed|gallery)",
        re.I),
    "zh": re.compile(r"公开(?:披露|发布|展示|显示|可见)|向(?:社会)?公众(?:披露|公开|展示)"),
}


def _made_public(clause: Clause) -> bool:
    """Whether *clause* says personal information is or may be made public (a denial with an
    exception — "不会公开披露，除非取得您的单独同意" — still may)."""
    text = clause.text
    for m in _PUBLIC[clause.lang].finditer(text):
        if not negated(text, m.start(), clause.lang) or _EXCEPTION[clause.lang].search(text):
            return True
    return False


def _polar(lex: Lexicon, topic: str, clause: Clause) -> str | None:
    """'yes', 'no' or None for one clause's statement about *topic*."""
    pattern = lex.terms["topics"][topic].get(clause.lang)
    if pattern is None:
        return None
    verdict = None
    for m in pattern.finditer(fold(clause.text)):
        if negated(clause.text, m.start(), clause.lang) and not _EXCEPTION[clause.lang].search(
            clause.text
        ):
            verdict = verdict or "no"
        else:
            return "yes"
    return verdict


# a named country or region outside the mainland that data is stored in or sent to
_ZH_NAMED_ABROAD = (r"(?:(?:存储|储存|保存|传输|传送|发送|提供|托管|部署)(?:在|于|至|到|给)?|"
                    r"(?:服务器|数据中心|机房)[^，。；]{0,6}?位于)[^，。；]{0,12}?"
                    r"(?:新加坡|美国|日本|韩国|欧洲|欧盟|爱尔兰|德国|法国|荷兰|英国|加拿大|澳大利亚|印度|"
                    r"马来西亚|香港|澳门|台湾)")
_ABROAD = _gated({
    "en": re.compile(
        r"international(?:ly)? transfer|transfer\w* (?:\w+ ){0,6}?(?:to|into|in) (?:the )?(?:united "
        r"states|u\.s\.|other countries|countries|a country|another country|jurisdictions|third "
        r"countries)|outside (?:of )?(?:your|the|its) (?:home )?(?:country|state|province|"
        r"jurisdiction|european|eea|eu\b|uk|united)|other (?:countries|jurisdictions)|cross[- ]border|"
        r"standard contractual clauses|data privacy framework|privacy shield|adequacy decision|"
        r"(?:stored|processed|hosted|located|maintained) (?:and processed )?(?:on servers )?in the "
        r"united states|countries other than|across (?:national )?borders|\babroad\b|\boverseas\b|"
        r"(?:stored|processed|hosted|located|maintained|transferred to and stored) (?:on servers |in "
        r"data cent(?:er|re)s )?(?:located )?in (?:singapore|japan|ireland|germany|the netherlands|"
        r"india|hong kong|(?:south )?korea|canada|australia|the united kingdom|the uk\b|the "
        r"european union|the eu\b|europe)\b", re.I),
    "zh": re.compile(r"跨境|出境|境外|其他国家或地区|海外|" + _ZH_NAMED_ABROAD),
})


def _abroad(clause: Clause, text: str) -> str | None:
    verdict = None
    for start, _ in _ABROAD[clause.lang].spans(text):
        if negated(text, start, clause.lang) and not _EXCEPTION[clause.lang].search(text):
            verdict = "no"
        else:
            return "yes"
    return verdict


_SENTENCE_MARK = re.compile(r"[。；;.!！?？，,：:]")


def _is_title(clause: Clause) -> bool:
    """A heading, or a short numbered line without a sentence in it ("四、跨境传输")."""
    text = clause.text.strip()
    return clause.kind == "heading" or (len(text) <= 30 and not _SENTENCE_MARK.search(text))


def cross_border(lex: Lexicon, clauses: list[Clause]) -> dict[str, Any]:
    yes, no = [], []
    stays = re.compile(r"(?:存储|储存|保存)(?:在|于)(?:中华人民共和国|中国)境内|(?:stored|processed|"
                       r"hosted|located|kept) (?:only |exclusively |solely )?(?:in|within) (?:the )?"
                       r"(?:people's republic of china|prc|mainland china|china)", re.I)
    for clause in _clauses_with(clauses, {"cross_border"}):
        if _is_title(clause):  # "四、跨境传输" names the topic; it says neither yes nor no
            continue
        text = clause.text
        local = stays.search(text)
        rest = stays.sub("", text) if local else text
        verdict = _abroad(clause, rest)
        if verdict == "yes":
            yes.append(clause.id)
        elif verdict == "no" or local:
            no.append(clause.id)
    value = "yes" if yes else "no" if no else "not_stated"
    return {"value": value, "evidence": _cap(yes or no)}


def model_training(lex: Lexicon, clauses: list[Clause]) -> dict[str, Any]:
    yes, no, opt = [], [], []
    by_id = {c.id: c for c in clauses}
    scope = _clauses_with(clauses, {"model_training"})
    for clause in scope:
        if _TRAINING_SOURCE.search(clause.text):
            continue
        if not _TRAIN_CONTENT[clause.lang].search(clause.text) and clause.kind != "item":
            continue
        if re.search(r"\(excluding model training\)|不包括(?:模型)?训练", clause.text, re.I):
            no.append(clause.id)
            continue
        verdict = _polar(lex, "model_training", clause)
        if verdict == "yes":
            yes.append(clause.id)
        elif verdict == "no":
            no.append(clause.id)
        if verdict and _OPT_OUT[clause.lang].search(clause.text):
            opt.append(clause.id)
        elif verdict == "yes":
            after = by_id.get(clause.id + 1)
            # a following sentence that points back ("this use"), or the next sentence of the
            # same paragraph unless it is about another choice (marketing e-mails, cookies)
            if after is not None and _OPT_OUT[after.lang].search(after.text) and (
                    _REFERS[after.lang].search(after.text) or (
                        after.line == clause.line
                        and not _OTHER_CHOICE[after.lang].search(after.text))):
                opt.append(after.id)
    value = "yes" if yes else "no" if no else "not_stated"
    return {"value": value, "opt_out": value == "yes" and bool(opt),
            "evidence": _cap(yes + opt if value == "yes" else no)}


def automated_decision(lex: Lexicon, clauses: list[Clause], texts: ClauseTexts) -> dict[str, Any]:
    """Does the service (say it may) profile the user or decide automatically about them?

    A right to opt out of profiling, or a table row marked "No", is not a statement that it does.
    """
    yes, no = [], []
    for clause in _clauses_with(clauses, {"automated_decision"}):
        lang, text = clause.lang, clause.text
        for start, _ in texts.spans(_AUTO_FACT[lang], clause):
            before = text[:start]
            if _AUTO_RIGHT_CLAUSE[lang].search(before) or _CCPA_CATEGORY.search(text) or (
                clause.kind == "row" and _TABLE_NO.search(text)
            ) or (_RIGHT_AFTER[lang].search(text, start) and not _WE_DO[lang].search(before)):
                continue
            if negated(text, start, lang) and not _EXCEPTION[lang].search(text):
                no.append(clause.id)
                continue
            yes.append(clause.id)
            break
    return {"value": bool(yes), "evidence": _cap(yes or no)}


def _age(raw: str) -> int | None:
    value = _ZH_NUM.get(raw) or (int(raw) if raw.isdigit() else None)
    return value if value is not None and 6 <= value <= 21 else None


def minors(clauses: list[Clause], texts: ClauseTexts) -> dict[str, Any]:
    evidence = []
    age: int | None = None
    for clause in clauses:
        if not texts.search(_MINORS[clause.lang], clause):
            continue
        evidence.append(clause.id)
        if age is None:
            for pattern in _MIN_AGE[clause.lang]:
                m = pattern.search(clause.text)
                if m and _age(m.group(1)):
                    age = _age(m.group(1))
                    break
    return {"value": bool(evidence), "minimum_age": age, "evidence": _cap(evidence)}


def read_terms(text: str, clauses: list[Clause], lex: Lexicon, lang: str) -> dict[str, Any]:
    texts = ClauseTexts(clauses)
    abroad = cross_border(lex, clauses)
    automated = automated_decision(lex, clauses, texts)
    methods = term_list(lex, "methods", _clauses_with(
        clauses, {"collection", "use", "sharing", "retention", "cross_border", "security"}), texts)
    # the two methods that are also terms of their own follow those terms: a clause about the
    # right to opt out of profiling does not make profiling a method of the handler
    if abroad["value"] == "yes":
        methods.append({"term": "cross_border", "evidence": abroad["evidence"]})
    if automated["value"]:
        methods.append({"term": "automated_decision", "evidence": automated["evidence"]})
    purposes = term_list(lex, "purposes", _purpose_scope(clauses), texts)
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
        "data_categories": data_categories(lex, clauses, texts),
        "sensitive_categories": sensitive(lex, clauses, texts),
        "methods": methods,
        "retention": retention(clauses, texts),
        "sharing": sharing(lex, clauses, texts),
        "cross_border": abroad,
        "model_training": training,
        "automated_decision": automated,
        "minors": minors(clauses, texts),
        "rights": rights(lex, clauses, texts),
    }
