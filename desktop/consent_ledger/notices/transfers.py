"""Cross-border transfer (``cross_border``): whether the notice says personal data is, or may
be, sent, stored or accessed in another country or region ("yes"), says it stays in one ("no"),
or says neither; where users are, and overseas versions with policies of their own, are no
transfer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .answers import (
    DEFINES,
    QUESTION,
    answer_after,
    asked_column,
    denied,
    holding_literal,
    in_assessed_cases,
    lead_in,
    row_question,
)
from .clause_texts import (
    EXCEPTION,
    cap,
    is_title,
)
from .lexicon import Lexicon, fold
from .prefilter import LiteralGate

if TYPE_CHECKING:
    from .analyser import Clause
# The wordings of a transfer abroad are the topic's cues (resources/lexicons/terms.json,
# topics.cross_border), except those saying data stays in one place ("stored only in China",
# "中国境内收集", read as "no" by ``_STAYS``) and a transfer "to us" (the handler; "to the US" is
# abroad). A match is such a cue when one of these patterns matches all of it.
_ABROAD_TOPIC_ONLY = {
    "en": re.compile(r"(?:stored|processed|hosted|located|transferred) (?:only |exclusively "
                     r"|solely )?(?:on servers )?(?:in|within) (?:the )?(?:people's republic of china|prc|mainland "
                     r"china|china)|transfer\w* (?:\w+ ){0,6}?(?:to|into|in) us"),
    "zh": re.compile(r"存储(?:在|于)(?:中华人民共和国|中国)境内|"
                     r"(?:存储|储存|保存)(?:在|于)(?:我们)?位于(?:中华人民共和国|中国)(?:大陆)?(?:境内|国内)的|"
                     r"(?:中华人民共和国|中国)境内"
                     r"(?:收集|存储|储存)|(?:服务器|数据中心)(?:均|都|全部)?(?:位于|设在|设于|部署在)"
                     r"(?:中华人民共和国|中国)(?:大陆)?(?:境内|国内)|利用之?地区[:：]"),
}


# a cue naming where data is kept, not a move of it ("stored in the European Union",
# "存储在新加坡", "服务器位于美国")
_PLACED = {
    # ("cloud hosting (Ireland)", "data centres in Frankfurt")
    "en": re.compile(r"(?:stored|processed|hosted|located|maintained) |hosting \(|data cent"),
    "zh": re.compile(r"(?:存储|储存|保存|托管|部署)(?:在|于)|(?:服务器|数据中心|机房)"),
}


# a Chinese cue that names a place ("传送至我们位于台湾的数据中心"): where data goes, which a clause
# that denies sending data abroad ("…，不会传输至境外", a notice from Taiwan) says is not abroad
_NAMES_PLACE = re.compile(r"位于|(?:新加坡|美国|日本|韩国|欧洲|欧盟|爱尔兰|德国|法国|荷兰|英国|加拿大|"
                          r"澳大利亚|印度|马来西亚|香港|澳门|台湾)$")


# a company in the place named, not a site of the handler's own: data sent to it goes abroad
# ("您的提问将被发送至位于新加坡的模型服务提供方处理", against "传送至我们位于台湾的数据中心")
_FOREIGN_RECIPIENT = re.compile(r"的[^，。；]{0,8}?(?:服务提供方|服务提供商|服务商|供应商|合作方|"
                                r"合作伙伴|第三方|关联公司|母公司|子公司|公司)")


# ("所有数据均在境内处理", "服务器都部署在国内" say so as well)
# (a place followed by 以外/之外 is abroad: "存储在中国大陆以外地区")
_STAYS = re.compile(r"(?:存储|储存|保存|部署)(?:[与和及]备份)?(?:在|于)(?:中华人民共和国|中国)?(?:境内|国内|大陆)(?!以外|之外)|"
                    # ("当前数据计划存储和处理在境内")
                    r"(?:存储|储存|保存)(?:和|及|与|并)(?:处理|使用)(?:在|于)(?:中华人民共和国|中国)?(?:境内|国内|大陆)"
                    r"(?!以外|之外)|"
                    r"(?:存储|储存|保存)(?:地点|地域|位置|地)[:：为是\s]{0,3}(?:中华人民共和国|中国)(?:大陆)?境内|"
                    r"(?:均|都|仅|只|全部|全都)在(?:中华人民共和国|中国)?(?:大陆)?(?:境内|国内)(?:存储|储存|保存|处理|完成|进行)|"
                    # "您的个人信息不会离开中国大陆"
                    r"(?:不会|不|从不)离开(?:中华人民共和国|中国)(?:大陆|境内)?|"
                    # ("我们的服务器均位于中国境内")
                    r"(?:服务器|数据中心)(?:均|都|全部)?(?:位于|设在|设于|部署在)(?:中华人民共和国|中国)(?:大陆)?"
                    r"(?:境内|国内)(?!以外|之外)|"
                    # ("您的个人信息存储于位于中华人民共和国境内的服务器")
                    r"(?:存储|储存|保存)(?:在|于)(?:我们)?位于(?:中华人民共和国|中国)(?:大陆)?(?:境内|国内)的|"
                    # ("客服云的全部服务器都在中国境内")
                    r"(?:服务器|数据中心)(?:均|都|全部)?在(?:中华人民共和国|中国)(?:大陆)?(?:境内|国内)|"
                    # ("数据境内存储", "所有数据均境内存储和处理")
                    r"(?:数据|信息|均|全部|都)(?:在)?境内(?:存储|储存|保存)(?!以外|之外)|"
                    # the region of use a Taiwanese notice states (個資法 §8), one place only
                    # ("利用之地區：中華民國地區。")
                    r"利用之?地区[:：]\s*(?:中华民国|台湾|中国大陆|中华人民共和国|中国)(?:地区|境内)?\s*(?:[。；]|$)|"
                    r"(?:stored|processed|hosted|located|kept) (?:only |exclusively |solely )?(?:on servers )?"
                    r"(?:in|within) (?:the )?"
                    r"(?:people's republic of china|prc|mainland china|china)", re.I)


# An English notice saying where in China data is kept ("We store the information we collect in
# secure servers located in the People's Republic of China") places it there, abroad for most of
# its readers; "stored only in China", "collected and generated in the PRC … stored in the PRC"
# (an English version of a Chinese notice) say it stays
_PRC_PLACED = re.compile(r"(?:stored|processed|hosted|located|kept) (?:on servers )?in (?:the )?"
                         r"(?:people's republic of china|prc|mainland china|china)")


_COLLECTED_THERE = re.compile(r"\b(?:collected|generated|obtained)\b|\bonly\b", re.I)


# the user's wish, not the handler's denial: "Users who do not wish their personal information
# to be transferred overseas may refuse by withdrawing from membership" (so it is transferred)
_NOT_WISH = re.compile(r"\b(?:do|does) not (?:wish|want)\b|\bdon['’]t (?:wish|want)\b", re.I)


# "Nothing is sent outside the EU." (a denial the negation cues, which have no "nothing", miss)
# ("Nothing leaves the EU.", "No data leaves Germany")
_NOTHING = re.compile(r"\bnothing (?:is|will be|gets|ever|leaves)\b|\bno (?:personal )?data (?:ever )?"
                      r"leaves\b", re.I)


# a transfer the service may take up one day ("如未来涉及跨境传输，将遵守相关法律法规…", "If we
# ever transfer your data abroad in the future, we will …"): none it makes now
_IF_ONE_DAY = {
    # (and "如后续发生跨境传输，我们将依法履行告知、单独同意…义务")
    "zh": re.compile(r"(?:如|若|如果|倘若)(?:未来|将来|今后|日后|后续)|(?:未来|将来|今后|日后|后续)(?:如|若|如果|倘若)"),
    "en": re.compile(r"\bif (?:we )?(?:ever|in the future|one day|later)\b|\bshould we ever\b", re.I),
}


def _abroad(lex: Lexicon, clause: Clause, text: str) -> str | None:
    pattern = lex.terms["topics"]["cross_border"].get(clause.lang)
    if pattern is None:
        return None
    only = _ABROAD_TOPIC_ONLY[clause.lang]
    verdict = None
    placed = False
    for m in pattern.finditer(fold(text)):
        if only.fullmatch(m.group()) or _IF_ONE_DAY[clause.lang].search(text, 0, m.start()) or (
                in_assessed_cases(text, m.start(), clause.lang)):
            continue
        if (denied(text, m.start(), clause.lang) or (
                clause.lang == "en" and _NOTHING.search(text, 0, m.end()))) and not (
                EXCEPTION[clause.lang].search(text)) and not (
                clause.lang == "en" and _NOT_WISH.search(text, 0, m.start())):
            verdict = "no"
        elif _PLACED[clause.lang].match(m.group()) or (
                clause.lang == "zh" and _NAMES_PLACE.search(m.group())
                and not _FOREIGN_RECIPIENT.match(text, m.end())):
            placed = True
        else:
            return "yes"
    # "Your data is stored in the European Union and is not transferred outside it": where
    # data is kept, in a clause that denies sending it elsewhere, is where it stays
    return verdict if placed and verdict == "no" else "placed" if placed else verdict


# Wordings of where data goes that the topic's cues miss, read in clauses without the topic:
# kept in one place only ("stored and processed exclusively within the EU/EEA", "We only store
# your data in Australia"), sent nowhere else ("we do not send your conversations to any other
# country"), or handled by suppliers abroad ("processors in India and the Philippines")
# (case-sensitive, places as written: a gate on the text as written needs no folded copy)
_PLACES = (r"(?:the )?(?:EU|EEA|EU/EEA|European Union|European Economic Area|UK|United Kingdom|"
           r"United States|US|USA|Canada|Australia|New Zealand|Japan|Singapore|Switzerland|Germany|"
           r"France|Ireland|India|Korea|South Korea|Brazil|Norway)\b")


_STAYS_MORE = LiteralGate(re.compile(
    rf"\bexclusively (?:with)?in {_PLACES}|\bsolely (?:with)?in {_PLACES}|"
    rf"\bonly store\w* (?:\w+ ){{0,3}}?(?:with)?in {_PLACES}|"
    rf"\bonly host\w* (?:\w+ ){{0,3}}?(?:with)?in {_PLACES}|"
    rf"\bonly process\w* (?:\w+ ){{0,3}}?(?:with)?in {_PLACES}|"
    # "Symptra is available only in the United States, and all data is stored and processed in
    # the United States"
    rf"\bavailable only in {_PLACES}[^.]{{0,80}}?\b(?:stored|processed|hosted) (?:\w+ ){{0,3}}?in "
    rf"{_PLACES}|"
    # "Personal data of users in Korea is stored only in Korea", "Data of EU customers stays in
    # the EU", "remains in Canada"
    rf"\bstored only (?:with)?in {_PLACES}|\bprocessed only (?:with)?in {_PLACES}|"
    rf"\bhosted only (?:with)?in {_PLACES}|\bkept only (?:with)?in {_PLACES}|"
    rf"\bstays? (?:with)?in {_PLACES}|\bremains? (?:with)?in {_PLACES}|"
    # "Indian users' data is kept on servers in India only", "All data is processed within the
    # European Economic Area", "All processing takes place in Canada"
    rf"\bin {_PLACES} only\b|"
    # "… stored in Germany and is never moved to a third country"
    r"\bnever (?:moved|transferred|sent|transmitted) (?:to|into) (?:a |any )?(?:third|other|another) "
    r"countr|"
    rf"\bAll (?:[\w-]+ ){{0,3}}?(?:is|are) (?:stored |processed |hosted |kept )(?:and (?:stored|processed|hosted) )?"
    rf"(?:with)?in {_PLACES}|\bAll (?:[\w-]+ ){{0,2}}?processing takes place (?:with)?in {_PLACES}"))


_ABROAD_MORE = LiteralGate(re.compile(
    r"\bto any other country\b|"
    # "processes data in data centres around the world"
    r"\bdata cent(?:re|er)s around the world\b|\bservers around the world\b|"
    r"\bprocessors (?:located |based )?in (?:India|the Philippines|Vietnam|Ukraine|Poland|"
    r"Romania|Serbia|Mexico|Brazil|Malaysia|Singapore|the United States|the US|other countries)\b|"
    r"\bvendors (?:located |based )?in (?:India|the Philippines|Vietnam|Ukraine|Poland|"
    r"Romania|Serbia|Mexico|Brazil|Malaysia|Singapore|the United States|the US|other countries)\b|"
    # "Our subprocessors are located in the US, Ireland and Japan"
    rf"\bsubprocessors (?:are )?(?:located |based )?in {_PLACES}|"
    rf"\bsub-processors (?:are )?(?:located |based )?in {_PLACES}|"
    # "Lumio is based in the United States, so your information will be processed there"
    rf"\bbased in {_PLACES}[^.]{{0,60}}?\b(?:processed|stored|transferred|hosted|handled) there\b|"
    rf"\bheadquartered in {_PLACES}[^.]{{0,60}}?\b(?:processed|stored|transferred|hosted|handled) there\b|"
    # "Backups are kept in our US data centres"
    rf"\bin our {_PLACES} data cent(?:re|er)s\b|"
    # "Flint operates from Singapore, where your data is hosted", "Some of our AI providers
    # process prompts in the United States"
    rf"\boperates from {_PLACES}, where (?:your |all |the )?(?:[\w-]+ )?(?:data|information) "
    r"(?:is|are) (?:hosted|stored|processed|kept)\b|"
    rf"\bproviders process\w* (?:[\w-]+ ){{0,2}}?in {_PLACES}|"
    # "Our support contractors are based in Mexico and may view your tickets"
    r"\bcontractors (?:are )?(?:located |based )?in (?:India|the Philippines|Vietnam|Ukraine|Poland|"
    r"Romania|Serbia|Mexico|Brazil|Malaysia|Singapore|the United States|the US|other countries)\b|"
    # a choice of where the data is kept: "You can choose to keep your workspace data in the EU or
    # the US"
    rf"\bchoose to keep (?:[\w-]+ ){{0,3}}?data in {_PLACES} or {_PLACES}|"
    rf"\bchoose to store (?:[\w-]+ ){{0,3}}?data in {_PLACES} or {_PLACES}|"
    # "Your data is hosted by AWS in the Frankfurt region"
    r"\b(?:AWS|Amazon Web Services|Google Cloud|Microsoft Azure|Azure)(?:'s)? (?:\w+ )?"
    r"(?:in|at) (?:the |its )?[A-Z][a-z]+ (?:region|data cent(?:re|er))|"
    # a country other than the user's: "… may be transferred to, processed in, and held in
    # countries (including the United States) other than the one in which you reside", "stored in
    # a country other than your own"
    r"\bother than the (?:one|country) (?:in which|where) you (?:reside|live|are located)\b|"
    r"\bin a country other than your own\b|\bto a country other than your own\b|"
    r"\bin jurisdictions other than your own\b|\bto jurisdictions other than your own\b|"
    # a country named where the data goes ("your information may be transferred to, stored, and
    # processed in Pakistan")
    r"\b(?:transferred to|stored|processed|hosted|accessed)(?:,? (?:and )?(?:stored|processed|"
    r"hosted|accessed))*,? in (?:Pakistan|Indonesia|Vietnam|Viet Nam|Thailand|the Philippines|"
    r"Malaysia|Bangladesh|Sri Lanka|Nepal|Nigeria|Kenya|South Africa|Egypt|Morocco|Turkey|Türkiye|"
    r"Israel|the UAE|the United Arab Emirates|Saudi Arabia|Qatar|Russia|Ukraine|Poland|Romania|"
    r"Serbia|Brazil|Mexico|Argentina|Chile|Colombia|Peru|New Zealand|Switzerland|Norway|Sweden|"
    r"Finland|Denmark|Spain|Italy|Portugal|Austria|Belgium|Taiwan|South Korea|Korea)\b"))


# (both gates are case-sensitive and need one of their literals: asserted at import)
assert _STAYS_MORE.needs is not None and _ABROAD_MORE.needs is not None
assert not (_STAYS_MORE.ignore_case or _ABROAD_MORE.ignore_case)
_MORE_ABROAD_LITERALS = _STAYS_MORE.needs + _ABROAD_MORE.needs


def _more_abroad(clause: Clause) -> str | None:
    """'yes', 'no' or None for a clause without the topic (see _STAYS_MORE, _ABROAD_MORE)."""
    if clause.lang != "en":
        return None
    text = clause.text
    moved = _ABROAD_MORE.search(text)
    if moved is not None:
        return "no" if denied(text, moved.start(), "en") else "yes"
    return "no" if _STAYS_MORE.search(text) is not None else None


# the user abroad, not the data: "若您在境外使用本产品，您的请求仍会发送至我们位于中国境内的服务器"
_USER_ABROAD = re.compile(r"(?:在|身处|前往|出行至|通过|从|自)(?:境外|海外|国外)[^。；，]{0,6}?(?:使用|访问|登录|旅行|旅游|出差|"
                          r"居住|期间|时)|"
                          # "若您身处中国大陆以外地区（如香港、欧盟），亦可能依当地法律享有…权利"
                          # (the user as the subject: not "您的信息存储在中国大陆以外地区")
                          r"[您你](?:身处|位于|居住在|居住于|在)(?:中国大陆|中国境内|中华人民共和国境内|"
                          r"中国)以外的?(?:地区|国家|区域)")


# (English) the user outside a place, not the data: "If you are a resident of a country outside of
# the European Union, …", "For enquiries from outside of the US, …", "applies to you if you live
# outside the EU" — in a clause that does not say what happens to data there (``_DATA_MOVES``):
# "If you are located outside the US, your information will be transferred to, and processed in,
# the US" keeps it
_USER_OUTSIDE = re.compile(
    r"\b(?:you (?:are|live|reside|access \w+|use \w+)(?: \w+){0,3}? |you're (?:\w+ )?|(?:residents?|"
    r"citizens?|visitors?|users?|customers?|individuals|people|enquiries|inquiries|requests) "
    r"(?:\w+ )?(?:(?:from|of) (?:a )?(?:country |countries |jurisdictions? )?)?|(?:living|residing) |"
    r"from (?:a (?:location|place|country|jurisdiction) )?)(outside)\b", re.I)


_AGE_RULE = re.compile(r"\b(?:under|below|over|younger than|older than|at least) (?:the age of )?\d{1,2}\b|"
                       r"\b(?:legal|minimum|local) age\b|\bage of (?:majority|consent|digital consent)\b",
                       re.I)


_PLACE_OF_USERS = re.compile(
    r"\bin (?:the )?(?:U\.S\.(?!\w)|US\b|USA\b|United States\b|EEA\b|EU\b|UK\b|European Union\b|"
    r"United Kingdom\b|other (?:jurisdictions|countries|regions)\b|(?:your|their) (?:country|"
    r"jurisdiction|region|state)\b)")


_DATA_MOVES = re.compile(r"\b(?:transfer|process|stor(?:e|ed|ing|age)\b|host|held\b|hold|maintain|"
                         r"sent\b|send|mov(?:e|ed|es|ing)\b|kept\b|keep)", re.I)


# a template's note of what its user must still fill in, naming the topic ("上线前请补充公司名称、备案号、
# 数据出境、第三方厂商清单与联系方式等")
_TO_FILL_IN = re.compile(r"(?:补充|填写|填入|替换为?)[^。；]{0,30}?(?:数据出境|个人信息出境|跨境传输|跨境提供)")


# a labelled answer: "个人信息出境：无", "是否跨境传输：否", "跨境传输 : 默认禁用"
_ZH_LABEL_NO = re.compile(r"(?:出境|跨境|境外)[^：:。；，]{0,6}[：:]\s*[*_]*(?:无|否|不涉及|没有|(?:默认)?(?:禁用|关闭))"
                          r"[*_]*\s*[。；]?\s*$")


# an overseas version or market that has a policy of its own says nothing of where this
# notice's data goes ("海外销售的型号适用当地版本的隐私政策", "国际版用户适用《…隐私政策》")
_OWN_POLICY_ABROAD = {
    "zh": re.compile(r"(?:海外|境外|国际)(?:版|销售|地区|市场|用户)[^。；，]{0,12}?适用"
                     r"(?:当地|另行|单独|其他|各自|相应|《)[^。；，]{0,16}?(?:隐私|个人信息)[^。；，]{0,6}?"
                     r"(?:政策|声明|协议|规则|指引)》?|"
                     # an overseas version run by another entity ("海外版由境外主体独立运营"), an
                     # overseas offering under an agreement of its own ("…了解单独提供的海外服务，
                     # 该服务适用单独的协议")
                     r"(?:海外|境外|国际)版[^。；，]{0,12}?(?:独立|单独|另行|分别)运营|"
                     r"[^。；]{0,40}?(?:海外|境外|国际)(?:服务|版|业务|站)[^。；]{0,8}?适用(?:单独|另行|其他|各自|相应|当地|独立)"
                     r"的?[^。；，]{0,8}?(?:协议|条款|合同|政策|声明|规则)》?|"
                     # what another party answers for under its own rules ("第三方 API 的内容保存、
                     # 训练使用、跨境传输和安全责任由对应服务商依据其规则承担")
                     r"跨境传输[^。；]{0,20}?由(?:对应|相应|第三方|各|该)[^。；]{0,8}?(?:服务商|提供方|提供商|平台|"
                     r"供应商)[^。；]{0,16}?(?:承担|负责)"),
    "en": re.compile(r"(?:overseas|international|global) (?:versions?|editions?|models?|users?|"
                     r"markets?) (?:\w+ ){0,3}?(?:are|is) (?:governed|covered) by (?:a |the |their )?"
                     r"(?:separate|local|own|respective) privacy (?:policy|policies|notices?)", re.I),
}


def cross_border(lex: Lexicon, clauses: list[Clause]) -> dict[str, Any]:
    yes: list[int] = []
    no: list[int] = []
    placed: list[int] = []
    placed_abroad: list[int] = []  # (zh clauses placing data abroad, in no clause keeping it home)
    kept_home: list[int] = []  # (clauses read as no only for keeping data home, denying nothing)
    by_id = {c.id: c for c in clauses}
    headers, rows = asked_column(clauses, _ABROAD_COLUMN)
    for answered, said, _cell in rows:
        (yes if said else no).append(answered.id)
    read = headers | {answered.id for answered, _said, _cell in rows}
    english = [c for c in clauses if c.lang == "en" and "cross_border" not in c.topics]
    for i in sorted(holding_literal([c.text for c in english], _MORE_ABROAD_LITERALS)):
        more = None if english[i].id in read else _more_abroad(english[i])
        if more is not None:
            (yes if more == "yes" else no).append(english[i].id)
    for clause in clauses:
        if "cross_border" not in clause.topics:
            continue
        if clause.id in read:
            continue
        text = clause.text
        # "我的数据会出境吗？", "Is my data sent abroad?" say nothing; the answer after them may
        # (a FAQ's question may be a heading: "### 问：我的数据会出境吗？" / "答：不会。…")
        if QUESTION[clause.lang].search(text):
            answer = answer_after(clause, by_id)
            if answer is not None:
                (yes if answer == "yes" else no).append(clause.id)
            continue
        if (is_title(clause) and not (clause.lang == "zh" and _STAYS.search(text))) or (
                DEFINES.match(text)):
            # "四、跨境传输" names the topic, '"Transfer" means…' defines it: neither yes nor no
            # (a list item without a full stop that keeps data home still says so: "- 您的个人信息
            # 存储在中国境内的安全服务器中")
            continue
        row = row_question(clause)
        if row is not None:
            if row[1] is not None:
                (yes if row[1] == "yes" else no).append(clause.id)
                continue
            text = text[row[0]:]
        own = _OWN_POLICY_ABROAD[clause.lang].search(text)
        if own is not None:
            text = text[:own.start()] + " " + text[own.end():]
        if clause.lang == "zh":
            if _TO_FILL_IN.search(text):
                continue  # a template's note of what to add ("补充公司名称、备案号、数据出境…")
            if _ZH_LABEL_NO.search(text):
                no.append(clause.id)
                continue
            text = _USER_ABROAD.sub(" ", text)
        elif ("outside" in text or "Outside" in text) and not _DATA_MOVES.search(text):
            text = _USER_OUTSIDE.sub(lambda m: m.group()[:m.start(1) - m.start()] + "       ", text)
        if clause.lang == "en" and _AGE_RULE.search(text) and not _DATA_MOVES.search(text):
            # where users are, in a rule of ages ("For children under 13 in the U.S. or under the
            # legal age in other jurisdictions: …"), is no place the data goes
            text = _PLACE_OF_USERS.sub(" ", text)
        local = _STAYS.search(text)
        rest = _STAYS.sub("", text) if local else text
        verdict = _abroad(lex, clause, rest)
        if verdict == "placed" and _more_abroad(clause) == "no":
            # "All PHI is stored and processed in the United States and is not transferred to any
            # other country": the place, and a denial the topic's cues do not hold
            verdict = "no"
        if verdict is None and local is not None and clause.lang == "en" and (
                _PRC_PLACED.fullmatch(local.group().lower())
                and not _COLLECTED_THERE.search(text)):
            verdict, local = "placed", None  # (see _PRC_PLACED)
        if verdict == "yes":
            yes.append(clause.id)
        elif verdict == "placed":
            placed.append(clause.id)
            if clause.lang == "zh" and local is None:
                placed_abroad.append(clause.id)
        elif verdict == "no" or local:
            no.append(clause.id)
            if verdict is None:
                kept_home.append(clause.id)
    if not yes:
        yes = _listed_places(clauses, by_id)
    # where data is kept ("All systems are hosted in the United States."), with a denial of
    # sending it elsewhere in another sentence ("We do not transfer health information outside
    # the United States."), is where it stays
    # (but a Chinese notice that keeps some data in the mainland and some in a place abroad, with
    # no denial of sending it there: "个人版…数据存储在中国大陆的数据中心" / "企业客户可选择将其
    # 组织数据存储于中国香港或新加坡的数据中心", stores that part abroad)
    if placed_abroad and not yes and no and len(kept_home) == len(no):
        return {"value": "yes", "evidence": cap(placed_abroad)}
    value = "yes" if yes else "no" if no else "yes" if placed else "not_stated"
    return {"value": value, "evidence": cap(yes or no or placed)}


# a lead-in that lists the places data goes ("Your data may be transferred to and stored in:" /
# "- **United States** - where our servers are", "Data may be processed and stored in:" / "-
# United States (Vercel, OpenAI)"; "您的数据可能存储在：" / "- 美国")
_TO_PLACES_LEAD = {
    "en": re.compile(r"\b(?:processed|stored|transferred|hosted|kept)(?: (?:to|in))?(?: (?:and|or) "
                     r"(?:processed|stored|transferred|hosted|kept))?(?: to| in)?\s*(?:the following "
                     r"(?:countries|locations|regions))?[*_]{0,2}\s*:[*_\s]*$", re.I),
    "zh": re.compile(r"(?:存储|储存|保存|处理|传输|传送|托管)(?:在|于|至|到)(?:以下(?:国家|地区|地点))?[:：][*_\s]*$"),
}
_LISTED_PLACE = {
    "en": re.compile(r"[-*+•\s]*[*_]{0,2}" + _PLACES),
    "zh": re.compile(r"[-*+•\s]*[*_]{0,2}(?:新加坡|美国|日本|韩国|欧洲|欧盟|爱尔兰|德国|法国|荷兰|英国|加拿大|"
                     r"澳大利亚|印度|马来西亚|香港|澳门|台湾)"),
}


def _listed_places(clauses: list[Clause], by_id: dict[int, Clause]) -> list[int]:
    """Ids of the list items naming a place under a lead-in that lists where data goes
    (``_TO_PLACES_LEAD``), unless the lead-in denies it (*by_id*: the clauses by id)."""
    found = []
    for clause in clauses:
        if clause.kind != "item" or not _LISTED_PLACE[clause.lang].match(clause.text):
            continue
        lead = lead_in(clause, by_id)
        if lead is not None and _TO_PLACES_LEAD[lead.lang].search(lead.text) and not (
                denied(lead.text, len(lead.text) - 1, lead.lang)):
            found.append(clause.id)
    return found


# a column asking whether each row's data goes abroad ("| SDK名称 | … | 是否涉及出境 |" / "是（新加坡）")
_ABROAD_COLUMN = re.compile(r".*?(?:是否[^|]{0,8}?(?:出境|跨境|境外)|\b(?:transferred|sent|stored|"
                            r"processed) (?:abroad|outside|internationally)[^|]{0,30}\?|"
                            r"\bcross-border (?:transfer)?\?)", re.I)
