"""The kinds of personal data a notice says the handler collects (``data_categories``) and the
sensitive kinds among them (``sensitive``, PIPL Art. 28): where a notice lists what it collects
(a collecting part or lead-in, a table's column of data, a title of a plain text), and what is
no data of the user's (a pet's, a plant's, card data a processor keeps for itself).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .clause_texts import (
    KEPT_COLUMN,
    NO_ANSWER,
    SENTENCE_MARK,
    ClauseTexts,
    cap,
    column_cells,
    gated,
    is_title,
    rows_collected,
    with_table_headers,
)
from .lexicon import Lexicon
from .outline import names_a_notice
from .term_lists import (
    COLLECT_WORD,
    DATA_CLASS,
    LEAD_EXCLUDES,
    NOT_COLLECTED,
    SECTION_COLLECTS,
    lead_collects,
    says_collected,
    short_title,
    term_list,
)

if TYPE_CHECKING:
    from .analyser import Clause
# collecting phrases both cues hold: "we send to our servers: your message, the text and title of
# the page …", "To choose them it looks at your profile (age, location, interests …)", "compares
# your face in the video with the photos on your profile", "our system creates face signatures
# from people who appear in your clips"
_EN_COLLECTING_PHRASES = (r"\bsend to our servers\b|\blooks at your\b|\bcompares your\b|"
                          r"\bcreates (?:a |your )?(?:face|facial|voice|speaker) "
                          r"(?:signature|template|print)|"
                          # the user asked for the data: "we may ask you for your name, e-mail
                          # address …", "you will be required to submit your name", "you may be
                          # asked to enter …", "we will request that you provide …"
                          r"\bask you for\b|\bask for your\b|\bask for some\b|\bask for personal\b|"
                          r"\bask you to (?:provide|enter|submit|supply|give)\b|\basked to (?:provide|"
                          r"enter|submit|supply|give)\b|\basked for your\b|\brequired to (?:provide|"
                          r"submit|enter|supply|give)\b|\brequest that you (?:provide|submit|enter|"
                          r"supply|set up|create)\b|\bmay be required\b|\bare required\b|"
                          # ("Each time you take a test you must also provide a photo of … passport")
                          r"\bmust (?:also )?provide\b|\bneed to (?:provide|submit|enter|supply) (?:your|us)\b|"
                          # "we'll use your email address to deliver them", "If you supply us with
                          # your postal address"
                          r"\bwe(?:'ll| will| might| would| may also) use your\b|\bif you supply\b|"
                          # "you will have to provide your email address", "the option of
                          # providing us with your name", "we require you provide …", "The email
                          # addresses that you supply …", "a survey that requests your name …"
                          r"\bhave to (?:provide|submit|enter|supply|give)\b|\bproviding us with\b|"
                          r"\brequire you (?:to )?(?:provide|submit|enter|supply|give)\b|"
                          r"\byou supply\b|\brequests your\b|"
                          # "you may give us information such as your name, zip code …"
                          r"\byou (?:may|can|might|will|could) (?:also )?(?:provide|give|submit|"
                          r"supply|enter)\b|"
                          # "they must provide their e-mail address and a password", "Please
                          # provide your email address", "The forum requires registration with a
                          # user name …", "we'll need information from you, like …", "you will be
                          # asked to present your library barcode"
                          r"\bmust (?:provide|enter|submit|supply|give)\b|\bmust register by\b|"
                          r"\bplease (?:provide|enter|submit|supply)\b|\brequires? registration with\b|"
                          r"\bwe(?:'ll| will) need\b|\basked to present\b|"
                          # "We also infer your general location …", "We may also use location
                          # information to …", "you can choose to share your precise location",
                          # "Some features use your precise location", "our collection of the
                          # geolocation information", "if you allow your device to send us …"
                          r"\bwe (?:also |may |can |may also )?(?:infer|derive)\b|\bwe may also use\b|"
                          r"\bchoose to share\b|\bfeatures? (?:may )?use your\b|\bour collection of\b|"
                          r"\bsend us\b|"
                          # "we will retain such email and your email address", "We also use your
                          # e-mail address to …", "we may request and store name, address …"
                          r"\bwe (?:will |may |also )?(?:retain|keep) (?:your|such|the)\b|"
                          r"\bwe also use\b|\bwe may request\b")


_COLLECT_CUE = gated({
    "en": re.compile(
        r"\bcollect|\breceive|\bobtain|\bgather|\bcaptur|\bacquir|\bprovide us|you (?:provide|give|submit|"
        r"upload|enter|share)|we (?:may )?(?:process|store|record|log|use|handle|hold|keep)\b|"
        r"\bprocesses\b|\bwe also (?:collect|process|store|record|log|keep|receive|hold)\b|"
        r"automatically|includ|such as|\bare (?:retained|stored|collected|recorded|kept|logged)\b|"
        r"\bis (?:retained|stored|collected|recorded|kept|logged)\b|"  # (not \b(?:are|is): 4x slower)
        # "Conversation data will be stored in our systems", "the plugin sends some code from
        # the local project as context"
        r"\bwill be (?:retained|stored|recorded|kept|logged)\b|\bstored (?:in|on) our\b|"
        r"\bsends (?:\w+ ){0,3}?(?:code|text|snippets)\b|"
        r"\bcategor|"
        # "your voice request is streamed to our servers"
        r"\bsent to our\b|\bstreamed to our\b|\buploaded to our\b|\btransmitted to our\b|"
        r"\btransmits (?:\w+ ){1,3}?to our\b|"
        # "The assistant can recognise which driver is speaking by comparing the voice with …"
        r"\brecogni[sz]es? (?:which|who|the (?:user|driver|speaker))\b|"
        # "Where a student is below 13, we rely on the consent of the parent or guardian."
        r"\brely on (?:the )?(?:consent|parental)|"
        # "As COPPA allows, the School gives consent on behalf of parents for …"
        r"\bconsent on behalf of\b|"
        # "we need a parent's verifiable consent before a child under 13 uses Storyhop"
        r"\bconsent before (?:a |your |their |the )?(?:child|children|kids?|students?)\b|"
        # a Japanese notice in English: "2. Personal Information We Acquire"
        r"\bacquir(?:e|es|ed|ing)\b|"
        # "When you use them, the photos you select are uploaded, processed and …"
        r"\bis uploaded\b|\bare uploaded\b|"
        # "For clinicians …, ScribeWell is responsible for: name, work email, …"
        r"\bresponsible for:|"
        # a kept item: "- Conversations: stored until you delete them"
        r"\bstored until\b|\bkept until\b|\bretained until\b|"
        # "Minuteful can create a voice profile", "A voice profile is created only for …"
        r"\bcreate (?:a |your )?(?:voice|speaker|face|facial) (?:profile|print|template)|"
        r"\bprofiles? (?:is|are) created\b|"
        # "Murmur records audio of meetings it joins", "reads event titles", "the extension sends
        # the lines surrounding your cursor", "Exceptions are reported with their stack traces"
        r"\brecords (?:audio|video|the|your|what|all|calls?|meetings?|conversations?|voice|screen)\b|"
        r"\breads (?:the|your|event|emails?|messages?|pages?|files?|calendar)|\bsends (?:the|your)\b|"
        r"\bretrieves\b|\bfetches\b|\breported with\b|\breported to us\b|\bsent to us\b|"
        r"\breports (?:events|errors|crashes|usage)\b|"
        # a product as the subject: "Orbit Assistant uses your device's precise location"
        r"\buses your\b(?! personal)|"
        # "the meeting audio is transcribed so that …"
        r"\baudio is transcribed\b|\baudio (?:is|are) (?:recorded|converted)\b|"
        # "To register, we need your email address and a password", "Your speech is converted to
        # text by our speech recognition service"
        r"\bwe need your\b|\bwe will need your\b|\bwe require your\b|\bwe ask for your\b|"
        # "(processed by Stripe; we keep the last four digits and billing country)"
        r"\bwe keep the\b|\bwe keep your\b|"
        r"\bwe ask you for your\b|"
        r"\bspeech is (?:converted|transcribed|processed|recorded)\b|"
        # "Calls to our support line may be recorded", "we may record the call"
        r"\bmay be recorded\b|\bwill be recorded\b|\bare recorded\b|\brecord (?:the|your) (?:phone )?"
        r"calls?\b|" + _EN_COLLECTING_PHRASES,
        re.I),
    # ("我们需要家长的手机号码", "随请求上报", "从每段发言中提取说话人的声学特征", "您的电话可能会被录音")
    "zh": re.compile(r"收集|获取|采集|提供|提交|上传|发送|同步|拍摄|录制|输入|记录|读取|使用|包括|处理|访问|"
                     r"保存|保留|存储|留存|我们(?:会|将|可能)?需要|上报|提取|建立|被录音|进行录音|会录音|"
                     # what the user fills in ("您可以自主填写您的昵称、头像…", "完善您的个人主页信息")
                     r"填写|完善|补充"),
})


def _prose_leads(clauses: list[Clause], texts: ClauseTexts) -> None:
    """A lead-in that is the last sentence of a paragraph whose sentence before it collects
    ("You may provide certain personally identifiable information … Personally identifiable
    information may include, but is not limited to:") collects its items too (remembered in
    ``texts.lead_collects``)."""
    leads = {lead.id for lead in texts.lead.values() if lead.in_prose}
    if not leads:
        return
    previous: Clause | None = None
    for clause in clauses:
        if clause.id in leads and clause.id not in texts.lead_collects:
            texts.lead_collects[clause.id] = says_collected(clause, texts) or (
                previous is not None and previous.line == clause.line
                and says_collected(previous, texts) and not LEAD_EXCLUDES.search(clause.text))
        previous = clause


# a table column listing the information collected ("收集的个人信息", "Data collected")
_COLLECTED_COLUMN = re.compile(r"收集的(?:个人)?信息|处理的(?:个人)?信息|拿到的(?:个人)?信息|获取的(?:个人)?信息|"
                               r"个人信息(?:字段|类型|类别)?\s*(?:\||$)|"
                               r"(?:data|information|personal data) (?:collected|we collect)|"
                               # ("| Personal data | Purpose |": a first column of the data)
                               r"^\W{0,3}personal (?:data|information)\s{0,2}\||"
                               # ("| What | Examples | Why |": kinds of data, examples, purposes)
                               r"\bexamples\b[^\n]{0,40}\|[^\n]{0,40}\b(?:why|purposes?)\b|"
                               # ("| 信息 | 用途 | 存在哪里 |", "| Data | Purpose | Stored |": a first
                               # column of the information, a later one of what it is for)
                               r"^\W{0,3}(?:信息|数据|信息类型|数据类型|信息类别|数据类别|个人数据)\s*\|[^\n]{0,40}"
                               r"(?:用途|目的)|^\W{0,3}(?:information|data|data type|type of data|"
                               r"data category)\s*\|[^\n]{0,40}\b(?:purposes?|why|used for)\b|"
                               # ("| Sub-processor | Purpose | Data shared | Location |": the data
                               # the handler passes on, so has)
                               r"\|\s*(?:data|personal data|information) (?:shared|disclosed|"
                               r"processed|transferred)\s*(?:\||$)|"
                               # ("| Category | Examples | Source |": kinds of data with examples)
                               r"^\W{0,3}(?:data )?(?:category|categories|type|kind)\s*\|\s*examples\s*\|",
                               re.I)


# a line that says the table under it lists what is collected ("When a candidate takes an
# interview, we collect:")
_COLLECTING_LEAD = re.compile(r"\b(?:collect|collects|receive|receives|obtain|obtains|gather|"
                              r"gathers|process|processes)\b[^.;]{0,40}[:：]\s*$|"
                              r"(?:收集|采集|获取|处理)[^。；]{0,20}[:：]\s*$", re.I)


def _collected_rows(clauses: list[Clause]) -> frozenset[int]:
    """Ids of the rows of a table whose header names a column of the information collected
    ("业务功能 | 收集的个人信息 | 使用目的 | 保存期限"): each row says what is collected; and of a
    table with a column asking whether the handler keeps it ("Source | Examples | Kept by
    Operon?"), the rows that do not answer no there (those that do are ``texts.not_collected``);
    and of a table with a column asking whether it is collected, the rows answering yes."""
    led = set()  # header rows right under a line that says the table lists what is collected
    for before, clause in zip(clauses, clauses[1:], strict=False):
        if clause.kind == "row" and before.kind != "row" and _COLLECTING_LEAD.search(before.text):
            led.add(clause.id)
    return frozenset(rows_collected(clauses)) | frozenset(c.id for c, header in with_table_headers(clauses)
                     if header is not None and c is not header
                     and (header.id in led or _COLLECTED_COLUMN.search(header.text))) | frozenset(
        c.id for c, cell in column_cells(clauses, KEPT_COLUMN) if not NO_ANSWER.match(cell))


_COLLECT_TITLE = re.compile(r"收集|采集|我们处理的|处理的(?:个人)?信息|information we collect|"
                            r"data we collect|what we collect|information collected|data collected",
                            re.I)


def _titled_items(clauses: list[Clause]) -> frozenset[int]:
    """Ids of the list items under a short numbered line that names what is collected, which
    the segmenter keeps as an item ("2. 收集的信息" / "(a) 剧情互动：您在剧情中做出的选择…"), and of
    the sentences right under such a line, before any item ("1. Items of personal information
    collected" / "Required: email address, password, nickname.")."""
    out: set[int] = set()
    title = lines = False
    number = ""  # (the collecting title's number: "2" of "2. Information We Collect")
    for clause in clauses:
        if clause.kind == "heading":
            title = lines = False
        elif clause.kind == "item" and short_title(clause.text) and not (
                title and clause.lang == "en" and number != "-"
                and _TITLE_NUMBER.match(clause.text) is None):
            # (under an English numbered title only a numbered line is a title: "- Display name"
            # is an item; not so in a table of contents: "• What Data We Collect" / "• Cookies")
            # (a sub-part of a collecting title collects too: "2. Information We Collect" /
            # "2.1 Personal Information You Provide"; an English title says so in the words of
            # a collecting heading: "1.1. Information that you submit")
            own = _TITLE_NUMBER.match(clause.text)
            sub = own is not None and title and own.group(1).startswith(number + ".") and not (
                NOT_COLLECTED[clause.lang].search(clause.text))
            title = lines = sub or bool(_COLLECT_TITLE.search(clause.text)) or (
                clause.lang == "en" and SECTION_COLLECTS["en"].search(clause.text) is not None
                and not NOT_COLLECTED["en"].search(clause.text))
            if title and not sub:
                number = own.group(1) if own is not None else "-"
        elif clause.kind == "item":
            lines = False
            if title:
                out.add(clause.id)
        elif lines and clause.kind == "sentence":
            out.add(clause.id)
        elif title and clause.lang == "en" and _LABEL_LINE.match(clause.text):
            out.add(clause.id)  # a label over the next items ("Account Registration:")
        else:
            title = lines = False
    return frozenset(out)


_TITLE_NUMBER = re.compile(r"\s*(\d{1,2}(?:\.\d{1,2})*)[.)]?\s")


# a short label line ending in a colon, with no sentence in it ("Profile Information:")
_LABEL_LINE = re.compile(r"[*_\s]{0,3}[A-Z][\w -]{0,40}:[*_\s]*$")


def _scope(clauses: list[Clause], topics: set[str], rows: frozenset[int],
           texts: ClauseTexts) -> list[Clause]:
    return [c for c in clauses if (not c.topics.isdisjoint(topics) or c.id in rows)
            and c.id not in texts.not_collected and not _in_denying_section(c, texts)]


def listed_rows(clauses: list[Clause]) -> frozenset[int]:
    """Ids of the rows and items that say what is collected by where they stand (a collection
    table, a numbered collection title): read by both category lists."""
    return _collected_rows(clauses) | _titled_items(clauses)


def collecting_parts(clauses: list[Clause], texts: ClauseTexts) -> frozenset[int]:
    """Ids of the clauses under a heading that says its part lists data collected
    (``_in_collecting_section``): read by both category lists."""
    _prose_leads(clauses, texts)  # (first: a lead-in's answer is remembered)
    return frozenset(c.id for c in clauses if c.sections and _in_collecting_section(c, texts))


# topics beside which an English clause is still read for the data it names when it holds a verb
# of collecting (``data_categories``)
_SIDE_TOPICS = frozenset({"specific_audiences", "choice"})


def data_categories(lex: Lexicon, clauses: list[Clause], texts: ClauseTexts,
                    rows: frozenset[int] | None = None,
                    parts: frozenset[int] | None = None) -> list[dict[str, Any]]:
    topics = {"collection", "use", "cookies", "retention", "sharing"}
    rows = listed_rows(clauses) if rows is None else rows
    parts = collecting_parts(clauses, texts) if parts is None else parts
    _prose_leads(clauses, texts)
    # (a bare list item is about what its lead-in is about)
    # (and a row is about what its table's header row is about: "Category of personal
    # information | Collected? | Purposes | Retention"; a row of a table whose header names a
    # column of the information collected says what is collected)
    # (and one under a heading that says data is collected: "1. What we handle")
    # (and one under a sub-title of such a heading: "## Data Linked to You" / "Contact Info" /
    # "- Email Address"; not under "## Data Not Collected")
    # (and a clause the topic model tags with nothing that holds a verb of collecting)
    # (or, in English, only with the topic of audiences or of a choice: "To choose them it looks
    # at your profile (age, … your religion and your views on children)", "If you subscribe to our
    # newsletter, your email address will be stored at our newsletter provider")
    untopiced = texts.holding(_COLLECTING_VERB, [
        c for c in clauses if (not c.topics or (c.lang == "en" and c.topics <= _SIDE_TOPICS))
        and c.kind in ("sentence", "item")])
    scope = [c for c, header in with_table_headers(clauses) if c.id not in texts.not_collected
             and (
        not c.topics.isdisjoint(topics) or c.id in rows
        or (c.id in texts.lead and lead_collects(c, texts))
        or (header is not None and not header.topics.isdisjoint(topics))
        or c.id in parts or c.id in untopiced)
             and not _in_denying_section(c, texts)]
    # (a clause under a heading that says data is collected need not say it again)
    # (and one under a plain title line that says so, where the notice marks no heading:
    # "**1) Information you give us**" / "*Your profile.* A display name, …")
    # (and a data class a contract defines: '"Account Data" means the name, business email …')
    placed = _placed_data(clauses, texts)
    if placed:
        known = {c.id for c in scope}
        scope += [c for c in clauses if c.id in placed and c.id not in known
                  and c.id not in texts.not_collected]
        scope.sort(key=lambda c: c.id)
    sectioned = frozenset(c.id for c in scope if c.id in parts) | placed
    # (card data a payment processor collects for the handler is still financial data the
    # handler has: the annotators of the dev AI notices read it so)
    found = term_list(lex, "data_categories", scope, texts, _COLLECT_CUE, collected=True,
                      ungated=rows | sectioned)
    sensory = {c.id for c in scope if c.kind == "row" and _SENSORY_ROW.match(c.text)
               and not _OWN_VOICE.search(c.text)}
    found = _without_evidence(found, "voice", sensory) if sensory else found
    # (real-name verification by the phone number alone takes no identity document: "我们仅通过
    # 手机号码（SMS短信）进行实名认证")
    by_phone = {c.id for c in scope if c.lang == "zh" and _BY_PHONE_ONLY.search(c.text)}
    found = _without_evidence(found, "government_id", by_phone) if by_phone else found
    found = _not_a_diagnosis_of_health(found, clauses, texts)
    return _not_of_pets_or_plants(found, ("health", "account", "biometric"), clauses, texts)


_BY_PHONE_ONLY = re.compile(r"(?:仅|只)(?:通过|凭|使用|以|用)(?:您的|你的)?(?:手机号|手机号码|短信验证码)"
                            r"[^。；]{0,16}?实名")


# data about the user's pet is not the user's (a pet app's "宠物昵称、品种、疫苗记录", "2.2. Pet
# Data:" / "- Medical information: sterilization status, allergies …")
# (and a plant's: "Plant photos are used ONLY for identification and diagnosis")
_NOT_A_PERSON = re.compile(r"\bpets?\b|\bpet(?:'|’)s\b|宠物|爱宠|猫咪|狗狗|毛孩子|\bplants?\b|"
                           r"\bplant(?:'|’)s\b|植物|花草|绿植|\banimals?\b|\banimal(?:'|’)s\b|"
                           r"\bveterinary\b|\blivestock\b|\bcattle\b|兽医|牲畜|畜禽", re.I)


_USER_SELF = re.compile(r"\byour own\b|\bthe user(?:'|’)s own\b|您本人|你本人|用户本人", re.I)


# 诊断 outside medicine: a business's or a program's diagnosis ("AI 生成的回复、报告、计划、诊断结果",
# "- 诊断结果临时缓存" in a consultancy's notice), where neither the clause nor the heading or
# lead-in over it names anything medical
_DIAGNOSIS = re.compile(r"诊断(?:结果|报告|记录)")
_MEDICAL = re.compile(r"医|病|疾|药|患|健康|体检|症状|身体|心理|护理|康复|处方|化验|检查|孕|育")


def _not_a_diagnosis_of_health(found: list[dict[str, Any]], clauses: list[Clause],
                               texts: ClauseTexts) -> list[dict[str, Any]]:
    """*found* without the health evidence of clauses whose only health word is a non-medical
    诊断 (``_DIAGNOSIS``)."""
    def other(clause: Clause) -> bool:
        lead = texts.lead.get(clause.id)
        return clause.lang == "zh" and bool(_DIAGNOSIS.search(clause.text)) and not (
            _MEDICAL.search(clause.text) or _MEDICAL.search(clause.section)
            or (lead is not None and _MEDICAL.search(lead.text)))
    return _without_where(found, ("health",), clauses, other)


def _without_where(found: list[dict[str, Any]], terms: tuple[str, ...], clauses: list[Clause],
                   drop: Callable[[Clause], bool]) -> list[dict[str, Any]]:
    """*found* without the evidence of *terms* in the clauses *drop* is true of."""
    by_id = {c.id: c for c in clauses}
    ids = {i for item in found if item["term"] in terms for i in item["evidence"]
           if drop(by_id[i])}
    for term in terms if ids else ():
        found = _without_evidence(found, term, ids)
    return found


def _not_of_pets_or_plants(found: list[dict[str, Any]], terms: tuple[str, ...],
                           clauses: list[Clause], texts: ClauseTexts) -> list[dict[str, Any]]:
    """*found* without the evidence of *terms* in clauses about a pet or a plant (the clause, or
    the lead-in of its list, names one; not where it names the user's own data too)."""
    return _without_where(found, terms, clauses, lambda c: not _USER_SELF.search(c.text) and bool(
        _NOT_A_PERSON.search(c.text)
        or (c.id in texts.lead and _NOT_A_PERSON.search(texts.lead[c.id].text))))


# the CCPA's category of "Audio, electronic, visual, thermal, olfactory, or similar information"
# in a table of the statute's categories: its examples ("Images and audio, video or call
# recordings created in connection with our business activities") are the statute's, not a
# statement that the service records voices (the annotators label only specific statements)
_SENSORY_ROW = re.compile(r"\W{0,4}(?:[a-l][.)]\s*)?audio, electronic,", re.I)


# (unless the row names voices in its own words: "| Audio, electronic, visual or similar
# information | Voice chats, photos you share with Halden |")
_OWN_VOICE = re.compile(r"\bvoice|\bspeech\b|\bdictat|\butterance", re.I)


def _without_evidence(found: list[dict[str, Any]], term: str,
                      ids: set[int]) -> list[dict[str, Any]]:
    """*found* without the evidence of *term* in the clauses *ids*, and without *term* when no
    evidence is left."""
    out = []
    for item in found:
        if item["term"] == term:
            item = {**item, "evidence": [i for i in item["evidence"] if i not in ids]}
            if not item["evidence"]:
                continue
        out.append(item)
    return out


_COLLECTION_LIST = re.compile(r"收集清单|收集的个人信息清单|personal (?:information|data) collection list|"
                              r"list of (?:personal )?(?:information|data) (?:we )?collect", re.I)


# a FAQ's question ("**问：注册需要什么？**", "Q: Do you store my prompts?")
_FAQ_QUESTION = re.compile(r"\W{0,3}(?:问|Q\d{0,2})\s?[:：.]")


_NUMBERED_TITLE = re.compile(r"\W{0,3}(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+\S", re.I)


def _placed_data(clauses: list[Clause], texts: ClauseTexts) -> frozenset[int]:
    """Ids of the clauses that say what data is held by where they stand: under a title line of
    their own that says its part lists data collected, in a part of the notice its headings do
    not mark up (numbered: "1) Information you give us" … up to the next such line or heading;
    in a plain text before any heading, any title line: "What we collect"); the definitions
    of a contract's data classes (``DATA_CLASS``); and the items and rows of a document titled
    as a list of the data collected ("# 灵犀助手 个人信息收集清单" / "- 设备型号、操作系统版本、OAID");
    and the answers to a FAQ's question on what is kept ("问：你们会存下来吗？" / "答：会。你的搜索
    问句…都会保存")."""
    out: set[int] = set()
    collecting = False
    listing: bool | None = None  # (asked of the first heading)
    for clause in clauses:
        if clause.lang == "en" and " means" in clause.text and DATA_CLASS.match(clause.text):
            out.add(clause.id)
        if listing and clause.kind in ("item", "row"):
            out.add(clause.id)
        if clause.kind == "heading":
            if listing is None:
                listing = bool(_COLLECTION_LIST.search(clause.text))
            collecting = False
        elif clause.kind == "sentence" and (_FAQ_QUESTION.match(clause.text) or (
                not clause.in_prose and len(clause.text) <= 60 and ((
                    _NUMBERED_TITLE.match(clause.text)
                    and not SENTENCE_MARK.search(clause.text.strip(" *_#"), 3))
                    or (_untitled_part(clause) and is_title(clause))))):
            collecting = texts.search(SECTION_COLLECTS[clause.lang], clause) is not None
        elif collecting and clause.kind != "row":
            out.add(clause.id)
    return frozenset(out)


def _untitled_part(clause: Clause) -> bool:
    """Whether *clause* stands under no heading but the notice's own title ("# Privacy Policy"):
    a part its headings do not mark up."""
    return clause.section == "" or (len(clause.sections) == 1 and names_a_notice(clause.section))


# the verbs a clause the topic model tags with nothing must hold to be read for data categories
# ("the extension sends the lines surrounding your cursor", "我们需要家长的手机号码"); asked of all
# such clauses at once (``ClauseTexts.holding``)
_COLLECTING_VERB = gated({
    "en": re.compile(r"collect|receiv|acquir|sends |sent to |records |reads |retriev|fetch|upload|stored|"
                     r"kept |logged|reported|obtain|gather|captur|"
                     # ("Orbit Assistant uses your device's precise location when you ask …", "we
                     # process your voice to understand your request")
                     r"\buses your\b(?! personal)|\bprocess(?:es)? your\b(?! personal)|"
                     # ("When you use the free version, we store the texts you enter …", "Voice
                     # mode transmits your speech to our servers")
                     r"\bwe store\b|\btransmits |" + _EN_COLLECTING_PHRASES, re.I),
    "zh": re.compile(r"收集|获取|采集|上传|上报|保存|存储|留存|记录|读取|提取|建立|我们需要|发送|录制|拍摄|"
                     r"填写|完善|被录音"),
})


def _in_collecting_section(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* stands under a heading that says its part lists data collected, directly
    or under a lead-in that collects or is a bare sub-title ("Contact Info")."""
    if clause.kind == "heading" or not clause.sections:
        return False
    lang = clause.lang  # the inner of a collecting and a denying heading speaks for the clause
    if texts.section_level(SECTION_COLLECTS[lang], clause) <= _denial_level(clause, texts):
        return False
    lead = texts.lead.get(clause.id)
    return lead is None or lead_collects(clause, texts) or (
        is_title(lead) and not lead.text.rstrip(" *_").endswith((":", "："))) or bool(
        _LISTING_LEAD.match(lead.text))


# a lead-in that only introduces the list the heading asks for ("答：包括以下几类：", "主要有：")
_LISTING_LEAD = re.compile(r"\W{0,3}(?:答[:：]\s*)?(?:主要)?(?:包括|包含|有)(?:以下|下列|如下)?"
                           r"[^，。；：:]{0,6}[:：][*_\s]*$")


def _in_denying_section(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* stands under a heading that denies collecting ("Data Not Collected")."""
    denied = _denial_level(clause, texts)
    return denied > 0 and denied >= texts.section_level(SECTION_COLLECTS[clause.lang], clause)


def _denial_level(clause: Clause, texts: ClauseTexts) -> int:
    """``section_level`` of the innermost heading denying collection over *clause*, 0 for none
    or for a heading over both what is and what is not collected ("What we collect and what we
    do not collect", "我们收集和不收集的信息": collection named before the denial)."""
    denied = texts.section_level(NOT_COLLECTED[clause.lang], clause)
    if denied:
        heading = clause.sections[denied - 1]
        denial = NOT_COLLECTED[clause.lang].search(heading)
        if denial is not None and COLLECT_WORD.search(heading, 0, denial.start()):
            return 0
    return denied


def sensitive(lex: Lexicon, clauses: list[Clause], texts: ClauseTexts,
              rows: frozenset[int] | None = None,
              parts: frozenset[int] | None = None) -> list[dict[str, Any]]:
    rows = listed_rows(clauses) if rows is None else rows
    # (and a clause under a heading that says its part lists data collected: "## 你告诉我们的" /
    # "这些内容可能涉及你的身心健康状况，属于敏感个人信息")
    parts = collecting_parts(clauses, texts) if parts is None else parts
    scope = _scope(clauses, {"collection", "use", "specific_audiences", "sharing", "retention"},
                   rows | parts, texts)
    found = term_list(lex, "sensitive_categories", scope, texts, _COLLECT_CUE, collected=True,
                      ungated=rows | parts)
    found = _not_others_payment(found, "financial_account", clauses)
    found = _not_of_pets_or_plants(found, ("health", "biometric"), clauses, texts)
    found = _not_a_diagnosis_of_health(found, clauses, texts)
    # parental consent for young children only where it is not the generic "we delete it" clause
    found = [f for f in found if f["term"] != "minor_under_14" or _processes_children(clauses, f)]
    if not any(f["term"] == "minor_under_14" for f in found):
        # a denial whose exception is a parent's consent says the service may ("We do not
        # knowingly collect data from children under 13 without verifiable parental consent")
        # (not the generic "if we learn that we have gathered … from anyone under the age of 13
        # without the consent of a parent, we will delete that information")
        consented = [c.id for c in scope if c.lang == "en" and "without" in texts.low[c.id]
                     and _CHILD_WITH_CONSENT.search(c.text) and not _IF_WE_LEARN.search(c.text)]
        if consented:
            found.append({"term": "minor_under_14", "evidence": cap(consented)})
            order = list(lex.terms["sensitive_categories"])
            found.sort(key=lambda f: order.index(f["term"]))
    return found


_IF_WE_LEARN = re.compile(r"\b(?:if|in the event(?: that)?|should|where|once) we (?:\w+ )?(?:learn|"
                          r"discover|become aware|find out|are made aware|are notified|determine)\b",
                          re.I)


_CHILD_WITH_CONSENT = re.compile(
    r"\b(?:children|child|kids|minors|users|anyone|individuals) (?:[\w-]+ ){0,3}?(?:under|below|"
    r"younger than) (?:the age of )?(?:1[0-4]|ten|eleven|twelve|thirteen|fourteen)\b[^.;]{0,60}?"
    r"\bwithout (?:(?:verifiable|verified|prior|express|the|their|a|his or her) ){0,2}(?:parental|"
    r"parents?(?:'|’)?|parent(?:'|’)s|guardian(?:'|’)s)(?: or guardian(?:'|’)s)? (?:consent|permission)",
    re.I)


def _not_others_payment(found: list[dict[str, Any]], term: str,
                        clauses: list[Clause]) -> list[dict[str, Any]]:
    """*found* without the evidence of *term* where card data is what a third-party payment
    processor collects for itself (not a sensitive financial account of the handler's), and
    without *term* when no evidence is left."""
    by_id = {c.id: c for c in clauses}
    others = {i for item in found if item["term"] == term for i in item["evidence"]
              if _OTHERS_COLLECT.search(by_id[i].text) or (
                  # "… our payment processor, Stripe, handles the collection … This may include
                  # your … credit card details": the processor's data, said in the next sentence
                  _GOES_ON_LISTING.match(by_id[i].text) and i - 1 in by_id
                  and by_id[i - 1].line == by_id[i].line
                  and _OTHERS_COLLECT.search(by_id[i - 1].text)) or (
                  # a heading ("#### Payment details") or a short title sentence on the line of
                  # what the processor collects ("Third Party Credit Card Processing. Coursera
                  # provides … through a third party payment processing service provider.")
                  i + 1 in by_id and (by_id[i].kind == "heading" or (
                      len(by_id[i].text) <= _TITLE_SENTENCE and by_id[i + 1].line == by_id[i].line))
                  and _OTHERS_COLLECT.search(by_id[i + 1].text))}
    return _without_evidence(found, term, others)


_TITLE_SENTENCE = 60  # (characters: a sentence this short before the processor's is its title)


_GOES_ON_LISTING = re.compile(r"(?:this|these|which|it|they|such (?:data|information)) (?:may |can |"
                              r"might |will |would )?(?:also )?(?:include|contain|cover|consist)",
                              re.I)


_OTHERS_COLLECT = re.compile(
    r"^(?!.*on (?:our|its) behalf).*(?:third[- ]party|external) (?:payment )?(?:processing )?(?:service )?"
    r"(?:processors?|providers?)|"
    # ("our service provider – not Coursera – collects and processes your credit card information")
    r"\bprovider\W{1,3}not [\w .&-]{1,40}?\W{1,3}collects\b|\b(?:held|stored|handled|collected|processed) (?:directly )?by (?:our |a |the )?"
    r"payment (?:processors?|providers?)|"
    # "card details are handled by Stripe"
    # "the full card number stays with our payment processor", "你的支付账户信息由支付机构处理"
    r"由(?:第三方)?支付(?:机构|平台|服务商|服务提供商|公司)(?:处理|收集|保存|负责)|"
    # ("我们不存储您的完整卡号；银行卡支付由我们的支付处理方 Stripe 处理")
    r"由[^。；，]{0,8}?支付处理(?:方|商)[^。；，]{0,16}?(?:处理|收集|保存|负责)|"
    r"不(?:会)?(?:存储|保存|储存|留存)(?:您|你)的(?:完整)?(?:银行)?卡号|"
    # ("完整银行卡号由 Apple/Google/支付宝/微信/Stripe 等处理,我们一般不存储")
    r"由[^。；（(]{0,40}?(?:处理|收集)[^。；]{0,8}?不(?:会)?(?:存储|保存|储存|留存)|"
    # ("第三方机构可能需要收集您的姓名、银行卡类型、银行卡账号")
    r"第三方(?:支付)?(?:机构|平台|服务商|服务提供商)(?:可能)?(?:需要|会)?(?:收集|获取)|"
    r"\bstays? with (?:our |the |a |its )?(?:payment|card) (?:processors?|providers?)|"
    r"\bcard (?:details|data|information|numbers?) (?:are|is) (?:held|stored|handled|collected|"
    r"processed) (?:directly )?by\b|(?:not|never|n't|n’t) (?:\w+ )?(?:store|collect|receive|retain|see)\w* "
    r"(?:\w+ ){0,3}(?:payment|card|credit)|"
    # "Payment information (processed by Stripe, not stored by us)", "collected and processed
    # through our payment processor"
    r"\b(?:processed|handled|held|stored|collected)(?: securely| directly)? (?:by|through|via) "
    r"(?:stripe|paddle|paypal|braintree|adyen|lemon ?squeezy|revenuecat|apple|google play|paystack|"
    r"razorpay|flutterwave|mollie|mercado ?pago|square)\b|"
    # ("payment method details (processed securely by third parties)")
    r"\b(?:processed|handled|held|stored|collected)(?: securely| directly)? (?:by|through|via) "
    r"(?:trusted |secure |certified )?third[- ]parties\b|"
    r"\bnot (?:stored|kept|held|retained|saved) by us\b|\b(?:through|via) (?:our |a |the |its )?"
    r"(?:third[- ]party )?payment (?:processors?|providers?)\b|"
    # "our reseller Paddle collects your payment details … we never see your card"
    # ("our payment processor (Stripe) collects your billing information")
    r"\b(?:reseller|merchant of record|payment (?:processor|provider))(?: \w+| \(\w+\))? collects\b|"
    # "Card details are entered directly with our payment processor and never reach our servers"
    r"\bnever reach(?:es)? (?:our|its) (?:servers|systems)\b|\bentered directly (?:with|into|on) "
    r"(?:our |the |a )?(?:payment|card) (?:processor|provider)|"
    # a line naming the processor and what it does ("- Stripe — 信用卡支付", "- PayPal: payments")
    r"^\W{0,3}(?:stripe|paddle|paypal|braintree|adyen|lemon ?squeezy|revenuecat|paystack|razorpay|"
    r"支付宝|微信支付)\s{0,2}[—–:：-]|"
    # "Paddle, our reseller, collects your payment details"
    r"\b(?:reseller|merchant of record|payment (?:processor|provider)), collects\b|"
    # ("our payment processor, Dodo Payments, collects your payment information")
    r"\b(?:reseller|merchant of record|payment (?:processor|provider)), [\w .&-]{1,40}?, collects\b",
    re.I)


# a clause on children that says no child's data is processed after all: the generic "we delete
# it" clause, PIPL's definition, and a use under a guardian's guidance with no child's data
# collected ("如果您未满 14 周岁，请在您的监护人指导下使用本应用，我们不会故意收集儿童的个人信息")
# ("如果您是未满 14 周岁未成年人的监护人，发现被监护人在未经您同意的情况下使用了本服务，请联系我们，我们将
# 尽快删除相关信息": the generic clause in Chinese)
_NOT_CHILDRENS = re.compile(r"without (?:verification of )?parental consent|"
                            # ("In the event that we learn that we have gathered personal
                            # information from anyone under the age of 13 without the consent of a
                            # parent or guardian, we will delete that information")
                            r"without (?:the )?(?:verifiable |prior )?(?:consent|permission) of (?:a |"
                            r"the |their )?(?:parent|guardian)|" + _IF_WE_LEARN.pattern + "|"
                            r"不满十四周岁的?个人信息属于|"
                            r"未经(?:您|你|其|监护人|家长|父母)?的?(?:同意|授权)[^。]{0,40}?删除|"
                            r"不会(?:故意|有意|主动|刻意)?收集(?:任何)?(?:儿童|未成年人)的?个人信息", re.I)


_ASKS_HOW = re.compile(r"如何|怎样|怎么|\bhow\b", re.I)


def _processes_children(clauses: list[Clause], found: dict[str, Any]) -> bool:
    by_id = {c.id: c for c in clauses}
    for cid in found["evidence"]:
        text = by_id[cid].text
        # (nor a heading that asks how: "六、我们如何处理儿童的个人信息" names the part, whatever
        # it says; not "二、我们收集的儿童信息")
        if _NOT_CHILDRENS.search(text) or (by_id[cid].kind == "heading" and _ASKS_HOW.search(text)):
            continue
        return True
    return False
