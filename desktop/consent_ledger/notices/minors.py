"""Minors (``minors``): whether the notice has provisions about children or minors, and the
minimum age of users where it states one ("at least 13", "未满十四周岁…").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .answers import DEFINES
from .clause_texts import (
    ClauseTexts,
    cap,
    gated,
)

if TYPE_CHECKING:
    from .analyser import Clause
_MINORS = gated({  # words alone; the ages in digits are _MINOR_AGES
    "en": re.compile(
        r"\bchild(?:ren|ren's|'s)?\b|\bminors?\b(?! (?:changes?|updates?|modifications?|revisions?|edits?|amendments?|consequences?|issues?|bugs?|errors?|adjustments?|differences?|details?|impact|effect|if any)\b)|"
        r"\bcoppa\b|parental consent|age of majority|\bfor adults\b|\badults only\b|"

        # "a parent or guardian agrees"
        r"\bparents? or (?:legal )?guardians?\b|"
        # ages in words: "anyone under eighteen", "must be adults (18+)"
        r"\bunder (?:the age of )?(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
        r"twenty-one)\b|\bmust be (?:an )?adults?\b|\blegal age\b|"
        # "anyone younger than sixteen" (each literal a gate needs is one more substring test of
        # every clause: no "below …" as well)
        r"\byounger than (?:the age of )?(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b",
        re.I),
    # ("如果您的年龄低于18周岁，将无法注册本产品")
    "zh": re.compile(r"未成年|儿童|(?:不满|未满|已满|年满|低于|小于|不足)\s*(?:十[二三四五六七八]|\d{1,2})\s*周?岁|"
                     # (not a guardian's lawful request in a list of disclosures: "应您的监护人合法
                     # 要求而提供您的个人信息")
                     r"监护人(?<!应您的监护人)(?<!应你的监护人)|"
                     r"(?:十[二三四五六七八]|\d{1,2})\s*周?岁(?:及|或)?以[上下]|仅(?:供|面向|限于?|向|对)成年人|"
                     # "本服务仅面向具有完全民事行为能力的成年人"
                     r"仅(?:供|面向|限于?|向|对)具有完全民事行为能力的成年人"),
})


# General shapes of an age gate the wordings below miss, read last (found by a blind sweep of
# twenty wordings written before the run: 13 of 20 were read): "Users must have reached the age
# of 13", "To sign up you must be over 13", "We require all users to be 18 years or older",
# "You confirm that you are 18 or older", "You may not use Vela if you are younger than 16",
# "Accounts are limited to adults (18+)", "Age requirement: 13+ (16+ in the EEA)"
_AGE_GATES = (
    r"\breached the age of (\d{1,2})\b",
    r"\b(?:must|need to|have to|required to) be (?:over|older than|at least|aged) (\d{1,2})\b"
    r"(?! ?(?:months?|days?|weeks?|hours?|%))",
    r"\bto be (\d{1,2}) years (?:of age )?(?:or|and) (?:older|over|above)\b",
    r"\byou are (\d{1,2}) (?:years (?:of age |old )?)?(?:or|and) (?:older|over)\b",
    r"\bmay not use [^.;]{0,40}?\b(?:if|when) you are (?:younger than|under|below) (?:the age of )?"
    r"(\d{1,2})\b",
    r"\blimited to (?:adults|people|persons|users|individuals) \((\d{2})\s?\+",
    r"\bage (?:requirement|limit|restriction)s?\W{1,4}(\d{1,2})\s?\+",
)


_MINOR_AGES = gated({  # tried only on a clause with a digit: most of their literals are common words
    "en": re.compile(
        r"under (?:the age of|age) \d{1,2}|\b\d{1,2} years (?:of age|old)|age of \d{1,2}|"
        r"\b(?:anyone|persons?|individuals?|people|users?) (?:who (?:is|are) )?(?:under|younger than|"
        r"below) (?:the age of )?\d{1,2}\b|\b(?:users?|people|persons|individuals|those) (?:aged )?"
        r"\d{1,2} (?:and|or) (?:older|over|above)\b|\bmust be (?:at least )?\d{1,2}\b|"
        # "You need to be 17 or over", "Orion Chat is rated 17+", "available to users 16+"
        r"\bbe \d{1,2} or (?:older|over)\b|\brated \d{1,2}\+|"
        # the age emphasised: "You have to be **13 or older**", "must be at least **16**"
        r"\bbe \*\*\d{1,2}\b|\bbe at least \*\*\d{1,2}\b|"
        r"\busers \d{1,2}\+|\baged \d{1,2}\+|\bages \d{1,2}\+|\bare \d{1,2}\+|"
        # "sixteen (16) years old"
        r"\b(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen) \(\d{1,2}\) years\b|"
        r"\bare at least \d{1,2}\b|\byou are (?:under|younger than|below) (?:the age of )?\d{1,2}\b|"
        # "Discord requires users to be at least 13", "If you're under 13, don't use NPCForge"
        # (one alternative per apostrophe: a literal "you're" for the gate, not "you")
        r"\bto be at least \d{1,2}\b|\byou're (?:under|younger than|below) \d{1,2}\b|"
        # "must meet the minimum age for a Lumen Account (13 in most countries, …)"
        r"\bminimum age\b[^.;]{0,60}?\(\d{1,2} in\b|"
        r"\byou’re (?:under|younger than|below) \d{1,2}\b|"
        # "**Who:** 16 or older only."
        r"\b\d{1,2} (?:or|and) (?:older|over) only\b|"
        # "You can use the app only if you're 16 or older"
        r"\bonly (?:if|when) you(?: are|'re|’re) \d{1,2} (?:or|and) (?:older|over|above)\b|"
        # a labelled value: "Minimum age: 16", "| Minimum age | 13 (with a parent's consent) |"
        r"\bminimum age\W{1,6}\d{1,2}\b|"
        r"\b(?:people|persons|individuals|users) aged \d{1,2} years (?:and|or) (?:older|over|above)\b|"
        # "The API is for developers aged 18 and over"
        r"\baged \d{1,2} (?:and|or) (?:older|over|above)\b|"
        # "Kids under 13 can't sign up" (not the name "Spotify Kids": a pointer to another
        # product's policy), "an adults-only (18+) service"
        r"\bkids (?:under|younger than|below) \d{1,2}\b|\badults-only \(\d{2}\+|"
        # (and the general shapes of _AGE_GATES)
        + "|".join(gate.replace("(\\d", "(?:\\d") for gate in _AGE_GATES),
        re.I),
})


_DIGIT = re.compile(r"\d")


_ZH_NOT_ONE_PART = r"(?![^。；！？]{0,12}?(?:功能|充值|付费|打赏|直播|提现|支付|购买))"


_MIN_AGE = {
    "en": [
        # (a labelled value first: "| Minimum age | 13 (with a parent's consent under 18) | 18 |")
        re.compile(r"\bminimum age\s{0,2}[|:]\s{0,2}(\d{1,2})\b", re.I),
        # "use is restricted to persons over 18"
        re.compile(r"\brestricted to (?:persons|people|users|individuals|those|adults) (?:over|above|"
                   r"aged) (\d{1,2})\b", re.I),
        # "**Who:** 16 or older only."
        re.compile(r"\b(\d{1,2}) (?:or|and) (?:older|over) only\b", re.I),
        # "You must be an adult — 18 or over — to use Errand"
        re.compile(r"\badults?\W{1,4}(\d{2}) (?:or|and) (?:over|older)\b", re.I),
        re.compile(r"(?:at least|must be|over the age of|older than|aged) (\d{1,2})(?: years)?", re.I),
        # ("users 14 years of age and older")
        re.compile(r"(\d{1,2}) years (?:of age |old )?(?:or|and) older", re.I),
        re.compile(r"\bbe (\d{1,2}) or (?:older|over)\b|\busers (\d{1,2})\+|"
                   r"\bages (\d{1,2})\+|\bare (\d{1,2})\+", re.I),
        re.compile(r"\b(?:users?|people|persons|individuals|those) (?:aged )?(\d{1,2}) (?:years )?"
                   r"(?:and|or) (?:older|over|above)\b", re.I),
        # "You must be of legal age (18 or older)", "If you are under 13, please do not use…"
        re.compile(r"\((\d{1,2})\+? (?:or|and) (?:older|over|above)\)", re.I),
        re.compile(r"\byou(?: are|['’]re) (?:under|younger than|below) (?:the age of )?(\d{1,2})\W+"
                   r"(?:\w+\W+){0,3}?"
                   r"(?:do not|don't|may not|must not|should not|cannot) (?:use|access|register|sign "
                   r"up|create)", re.I),
        re.compile(r"(?:\bnot|n't)\W+(?:\w+\W+){0,3}?(?:intended|directed|designed|meant|address|"
                   r"available|offered|direct|collect|permitted|allowed|provid|target|solicit)\w*\W+(?:(?!sell|share)"
                   r"\w+\W+){0,14}?(?:under|younger than|below) (?:the age of |age )?(\d{1,2})",
                   re.I),
        re.compile(r"\b(?:only )?for adults \(?(\d{2})\s?\+", re.I),  # "only for adults (18+)"
        # "must meet the minimum age for a Lumen Account (13 in most countries, or the older age
        # required in your country)"
        re.compile(r"\bminimum age\b[^.;]{0,60}?\((\d{1,2}) in (?:most|many|the)\b", re.I),
        # "You must have reached the age of majority (18 in most countries)"
        re.compile(r"\bage of majority \((\d{2})\b", re.I),
        # "Users must be adults (18+)", "an adults-only (18+) service"
        re.compile(r"\badults?(?: only|-only)? \((\d{2})\s?\+", re.I),
        # "Use of the Service by anyone under 18 is prohibited"
        re.compile(r"\bby (?:anyone|persons|people|users|individuals|children|minors) (?:under|"
                   r"younger than|below) (?:the age of )?(\d{1,2}) (?:\w+ )?(?:is|are) (?:prohibited|"
                   r"not (?:permitted|allowed))", re.I),
        # ("Minuteful is a workplace tool and is not for use by anyone under 18")
        re.compile(r"\bnot (?:meant |intended |designed )?for (?:use by )?(?:children|kids|anyone|"
                   r"persons|people|users|individuals|minors) (?:under|younger than|below) "
                   r"(?:the age of |age )?"
                   r"(\d{1,2})", re.I),
        # ("Users under 13 are not permitted to use Doodle")
        re.compile(r"(?:under|younger than|below) (?:the age of |age )?(\d{1,2})\W+(?:\w+\W+){0,4}?"
                   r"(?:may not|are not (?:permitted|allowed)|must not|should not|can't|cannot|can not) "
                   r"(?:to )?(?:use|access|register|create|open|sign up|join)"
                   # (not an age below which a parent must consent: "Students under 13 cannot
                   # use the Service without verified parental consent")
                   r"(?![^.;]{0,50}?\bwithout (?:\w+ ){0,2}?(?:parental|parents?|guardian))",
                   re.I),
        # "Organisations must not assign licences to anyone under 18"
        re.compile(r"\b(?:must|may|shall) not (?:\w+ ){1,4}?(?:to|for) (?:anyone|persons|people|users|"
                   r"individuals|children|minors) (?:under|younger than|below) (?:the age of )?"
                   r"(\d{1,2})", re.I),
        # "you may use it only if you are 18 or older"
        re.compile(r"\bonly (?:if|when) you(?: are|'re|’re) (\d{1,2}) (?:years (?:of age |old )?)?"
                   r"(?:or|and) (?:older|over|above)\b", re.I),
        # (the general shapes, last)
        *(re.compile(gate, re.I) for gate in _AGE_GATES),
    ],
    "zh": [
        # ("使用者应为**年满 14 周岁**的用户": emphasis marks)
        re.compile(r"(?:须|需|应当?|必须)(?:为|是)?[*_]{0,2}(?:年满|已满)\s*(\d{1,2}|十[二三四五六七八])\s*"
                   r"周?岁"),
        # (not a ban on one part: "不满十八周岁的用户不得使用充值功能")
        re.compile(r"(?:未满|不满)\s*(\d{1,2}|十[二三四五六七八])\s*周岁[^。；]{0,15}(?:不得|请勿|请不要|不要|"
                   r"不应|不可|禁止|无法|不能)(?:注册|使用)" + _ZH_NOT_ONE_PART),
        # "14 周岁以下的未成年人不应使用本服务"
        re.compile(r"(\d{1,2}|十[二三四五六七八])\s*周岁以下[^。；，]{0,10}?(?:不得|请勿|请不要|不要|"
                   r"不应|不可|禁止|无法|不能)(?:注册|使用)" + _ZH_NOT_ONE_PART),
        # "本产品仅向年满18周岁的成年用户提供服务", "仅供年满十八周岁的用户使用"
        # ("仅向**年满 18 周岁**的用户提供", "仅面向**年满 16 周岁**的求职者": emphasis marks)
        re.compile(r"仅(?:面向|限于?|向|对|供|适用于)[*_]{0,2}(?:年满)?\s*(\d{1,2}|十[二三四五六七八])\s*周?岁"),
        # "问学AI面向16周岁及以上的用户"
        re.compile(r"(?<!主要)(?:面向|适用于|供|限)(?:年满)?\s*(\d{1,2}|十[二三四五六七八])\s*周岁(?:及|或)?以上"),
        # "本服务面向年满16周岁的用户"
        # ("小潮面向年满 18 周岁的成年用户提供", "只面向**年满 18 周岁**的成年人"; not "主要面向
        # 年满18周岁的成年人。若您是未满18周岁的未成年人，请…取得监护人同意后使用": mainly)
        re.compile(r"(?<!主要)(?:面向|适用于|供|限于?)[*_]{0,2}年满\s*(\d{1,2}|十[二三四五六七八])\s*周?岁[*_]{0,2}"
                   r"的?(?:成年)?(?:用户|人士|个人|人)"),
        # "我们不会在明知的情况下收集十四周岁以下儿童的个人信息" (as "we do not knowingly collect
        # … from children under 13"; not where it may with a guardian's consent)
        re.compile(r"不(?:会|得)?(?:(?!同意|授权)[^。；，]){0,12}?收集(?:(?!同意|授权)[^。；，]){0,6}?"
                   r"(?:未满|不满)?\s*(\d{1,2}|十[二三四五六七八])\s*周岁(?:以下)?"),
        # "我们的产品不面向16周岁以下的儿童"
        # "本服务不适合18岁以下人士使用" (a Hong Kong notice: 岁, not 周岁)
        # "心屿不为16岁以下的用户提供服务", (Hong Kong) "本服务並非為18歲以下人士而設"
        # ("本扩展程序不专门针对13岁以下儿童设计")
        # (Taiwan: "並非定向提供給 14 周歲以下兒童")
        re.compile(r"(?:不|并非|并不)(?:专门|特别|定向)?(?:面向|针对|适用于|适合|向|为|提供给)[^。；，]{0,6}?"
                   r"(\d{1,2}|十[二三四五六七八])\s*周?岁以下"),
        # "本服务不面向未满十四周岁的儿童"
        # (a Taiwan notice: "不供未滿13歲兒童使用")
        # (a Taiwan notice: "本服務不提供予未滿 13 歲之兒童使用")
        # (not "我们不向未满18周岁的用户提供付费服务": one part of the service)
        # ("我们原则上不主动面向不满 14 周岁的未成年人提供服务")
        re.compile(r"不(?:会)?(?:主动|专门|特别|定向)?(?:面向|针对|适用于|适合|供|向|为|提供予|提供给)[^。；，]{0,6}?(?:未满|不满|小于|低于)\s*"
                   r"(\d{1,2}|十[二三四五六七八])\s*周?岁" + _ZH_NOT_ONE_PART),
        # "仅供成年人使用", "未成年人请勿下载或使用本应用": adults, 18 in the PRC (民法典 Art. 17)
        re.compile(r"仅(?:供|面向|限于?|向|对)(?:具有完全民事行为能力的)?(成年)人"),
        re.compile(r"(未成年)人?(?:请勿|不得|禁止|不可|不能|不应)(?:下载|注册|使用)"),
        # "本产品不面向未成年人提供服务"
        re.compile(r"不(?:面向|针对|适用于|向|对)(未成年)人"),
    ],
}


# The general shape of a Chinese age limit, read when no wording above states one (found by two
# blind sweeps of wordings written before the run): an age the user must have reached, with a
# requirement just before it or a "then only" just after it ("只有年满16岁的用户才能注册", "请确保
# 您在注册时已年满十四周岁", "适用人群为年满18周岁的成年人", "仅为十八周岁以上的用户提供服务"), or an age
# below which something forbids use ("小于14岁的儿童不能使用本产品", "若您未满十六周岁，请立即停止
# 使用") — not where a guardian's consent or company lets a younger user in ("如您是14周岁以下的
# 儿童，请…征得监护人同意后使用"), nor an age band given as a condition ("如您已满14周岁…").
_ZH_N = r"\s*(\d{1,2}|十[二三四五六七八九]?)\s*周?岁"


_ZH_AT_LEAST = re.compile(r"(?:年满|已满|(?<![未不])满|达到)" + _ZH_N + r"|" + _ZH_N + r"(?:及|或)?以上")


_ZH_BELOW = re.compile(r"(?:未满|不满|小于|低于|不足)" + _ZH_N + r"|" + _ZH_N + r"以下")


_ZH_REQUIRED_BEFORE = re.compile(r"(?:仅|只有|只|须|需|应|必须|确保|确认|适用|(?<!主要)面向|目标|限)"
                                 r"[^。；，！？]{0,8}$|"
                                 # "本服务的使用对象为年满十八周岁的自然人", "年龄要求：18岁及以上"
                                 r"(?:对象|人群|使用者|用户)(?:应当?|须|需)?(?:为|是)[^。；，！？]{0,4}$|"
                                 r"(?:要求|门槛|限制)[:：]?\s*$|"
                                 r"(?:成年|能力)[^。；，！？]{0,6}[（(]$")  # "…的自然人（年满18周岁）"


_ZH_THEN_ONLY = re.compile(r"[^。；，！？]{0,12}?(?:方可|才能|才可)")


_ZH_IF_BEFORE = re.compile(r"(?:如|若|如果|假如|倘若)(?:您|你)?(?:已经?)?$")


_ZH_FORBIDS = re.compile(r"[^。；！？]{0,20}?(?:不得|不能|无法|请勿|不要|禁止|不可|不应|停止使用|"
                         r"不提供(?:服务|本服务|我们的服务)|不予(?:注册|提供))")


# the ban said before the age: "我们不允许14岁以下的儿童创建账号", "禁止未满16周岁的用户注册"
_ZH_FORBIDS_BEFORE = re.compile(r"(?:不允许|不准许?|禁止|不接受|不支持)[^。；，！？]{0,4}$")


_ZH_WAY_IN = re.compile(r"[^。；！？]{0,12}?(?:注册|使用|创建|开通|登录|下载|访问)")


# (and the same after an age reached: "年满18周岁的用户方可使用语音克隆功能"; not "…使用本应用的全部功能")
_ZH_PART_AFTER = re.compile(r"[^。；！？]{0,16}?(?<!全部)(?<!所有)(?<!各项)(?:功能|充值|付费|打赏|直播|提现)")


# a ban on one part of the service only ("不满十八周岁的用户不得使用充值功能")
_ZH_ONE_PART = re.compile(r"[^。；！？]{0,12}?(?:功能|充值|付费|打赏|消费|购买|直播|提现|支付)")


_ZH_LET_IN = re.compile(r"(?:监护人|父母|家长)[^。；]{0,20}?(?:同意|陪同|指导|授权|许可|参与)|"
                        r"(?:没有|未经|未取得|未获得|未征得)[^。；]{0,10}?(?:监护人|父母|家长)|"
                        r"(?:单独|独自)(?:使用|注册)")  # ("不应单独使用": with a guardian, they may)


# The same for English (a blind sweep of twenty wordings written before the run read 9): an
# age the user must have reached ("18 or over", "16+", "at minimum 13", "once you turn 13", "the
# minimum age … is 16") in a sentence that requires it ("Only people who are 18 or over may open
# an account"), or an age below which a sentence bars a way in ("Teens under 13 are not eligible
# to sign up", "Do not use Vessel if you have not yet reached 16 years of age") — not where a
# parent lets a younger user in, nor a limit on one part of the service ("Users under 18 must not
# subscribe to paid plans", "… over 18 before you access mature characters"), nor a statute's
# age for the sale of data ("we do not sell the personal information of consumers under 16").
_EN_AT_LEAST = re.compile(
    r"\b(\d{1,2})\s?(?:years?(?: of age| old)?\s)?(?:or|and) (?:over|older|above|up)\b|"
    r"\b(\d{1,2})\s?\+|\bat (?:least|minimum|a minimum of) (?:the age of )?(\d{1,2})\b|"
    r"\b(?:turn(?:ed|s)?|reach(?:ed|es)?|attain(?:ed|s)?) (?:the age of )?(\d{1,2})\b|"
    r"\bminimum age\b[^.;\d]{0,40}?\b(\d{1,2})\b|"
    # "the age of majority in your jurisdiction, which is 18 in most places"
    r"\bage of majority\b[^.;\d]{0,60}?\b(\d{2})\b", re.I)


_EN_BELOW = re.compile(r"\b(?:under|younger than|below|less than) (?:the age of |age )?(\d{1,2})\b(?!%)|"
                       r"\bnot (?:yet )?(?:reached|turned|attained) (?:the age of )?(\d{1,2})\b|"
                       # "If you're not yet 18", "Under-13s may not use the app"
                       r"\bnot yet (\d{1,2})\b|\bunder-(\d{1,2})s?\b", re.I)


_EN_REQUIRES = re.compile(r"\b(?:must|need|needs|required?|requires|only|restricted|limited|"
                          r"eligib\w*|minimum|represent|confirm|warrant|designed|intended|meant|"
                          r"open to|available to|allowed|permitted|for (?:people|persons|users|"
                          r"individuals|those|anyone))\b", re.I)


_EN_BARS = re.compile(r"\b(?:not|no|nobody|never|prohibited|forbidden|ineligible|barred|cannot)\b|"
                      r"n't\b", re.I)


_EN_WAY_IN = re.compile(r"\ballowed on\b|\bpermitted on\b|"
                        r"\b(?:use|using|access|accessing|register|registering|sign(?:ing)? up|"
                        r"create|open|join|eligible|account|download|install|"
                        # ("We do not knowingly accept applications from anyone under 16")
                        r"accept\w*|apply|applying|applications?|sign-?ups?|registrations?|"
                        r"enrol\w*)\b", re.I)


_EN_LET_IN = re.compile(r"\b(?:parents?|guardians?|supervis\w+|consent|permission)\b", re.I)


_EN_ONE_PART = re.compile(r"\b(?:paid|purchases?|mature|explicit|certain (?:features|content)|"
                          r"some (?:features|content)|sell|sale|share|sharing)\b", re.I)


def _age_matches(patterns: list[re.Pattern[str]], text: str,
                 lang: str) -> Iterator[re.Match[str]]:
    """The matches of *patterns* in *text*, each pattern searched once, in the order they are
    read: for Chinese, the age the sentence states first leads ("我们并不面向未满十八周岁的用户提供服务…
    尤其是不满十四周岁的未成年人，敬请不要注册": 18, the emphasis after it names a younger group); for
    English, as listed."""
    found = (m for p in patterns if (m := p.search(text)) is not None)
    return iter(sorted(found, key=lambda m: m.start())) if lang == "zh" else found


def _age_matched(m: re.Match[str]) -> int | None:
    """The age in the first group of *m* that took part in the match."""
    return _age(next(g for g in m.groups() if g is not None))


# (either form, one search: most sentences with a digit hold neither)
_EN_AGE_FORM = re.compile(f"{_EN_AT_LEAST.pattern}|{_EN_BELOW.pattern}", re.I)


def _en_age_limit(text: str) -> int | None:
    """The minimum age an English sentence sets in its general shape (see ``_EN_AT_LEAST``)."""
    if _EN_AGE_FORM.search(text) is None or _EN_ONE_PART.search(text):
        return None
    m = _EN_AT_LEAST.search(text)
    if m is not None and _EN_REQUIRES.search(text):
        return _age_matched(m)
    if _EN_LET_IN.search(text):
        return None
    m = _EN_BELOW.search(text)
    if m is not None and _EN_BARS.search(text) and _EN_WAY_IN.search(text):
        return _age_matched(m)
    return None


def _zh_age_limit(text: str) -> int | None:
    """The minimum age a Chinese sentence sets in its general shape (see ``_ZH_AT_LEAST``)."""
    for m in _ZH_AT_LEAST.finditer(text):
        before = text[max(0, m.start() - 10):m.start()]
        if _ZH_IF_BEFORE.search(before):
            continue
        if _ZH_REQUIRED_BEFORE.search(before) or _ZH_THEN_ONLY.match(text, m.end()):
            if _ZH_PART_AFTER.match(text, m.end()):
                continue
            return _age_matched(m)
    if _ZH_LET_IN.search(text):
        return None
    for m in _ZH_BELOW.finditer(text):
        ban = _ZH_FORBIDS.match(text, m.end())
        if ban is not None and not _ZH_ONE_PART.match(text, ban.end()):
            return _age_matched(m)
        if _ZH_FORBIDS_BEFORE.search(text, max(0, m.start() - 10), m.start()) and (
                _ZH_WAY_IN.match(text, m.end()) and not _ZH_ONE_PART.match(text, m.end())):
            return _age_matched(m)
    return None


# an app store's age rating ("Lumalens is rated 12+ on the App Store") is the minimum age only
# where the notice states no age of its own ("We do not knowingly collect … younger than 13")
_RATED_AGE = {"en": re.compile(r"\brated (\d{1,2})\+", re.I)}


# an age in words, with its digits in brackets or not ("sixteen (16)", "under eighteen"), read
# as its digits before the minimum-age patterns look for one
_AGE_WORDS = {w: str(n) for n, w in enumerate(
    ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"], start=13)}


_AGE_WORD = re.compile(r"\b(thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"
                       r"(?:\s*\(\d{1,2}\))?", re.I)


# a higher age for some features joined to the service's own limit ("The Services are not
# directed to individuals under 16, and you must be 18 or older to use Voice Lab"): the limit for
# the features is left out when the rest of the sentence states one (not one for the service
# itself: "…, and you must be 18 or older to use the Services" / "… to use them")
_FEATURE_AGE = re.compile(
    r"[,;]? (?:and|but|while) (?:you )?(?:must|need to|have to) be (?:at least )?\d{1,2}(?: years"
    r"(?: old| of age)?)?(?: or (?:older|over))? to (?:use|access|unlock|try|create|buy)\b"
    r"(?! (?:the |our |this )?(?:services?|apps?|applications?|platforms?|sites?|websites?|"
    r"products?)\b| (?:them|it)\b)[^.;]*", re.I)


# the one age of a sentence about one part of the service only ("To purchase credits you must be
# 18", "Only those aged 16 or over may use the chat feature; the rest of the app is open to
# everyone")
_EN_PART_AGE = re.compile(
    r"\bto (?:purchase|buy|pay for|subscribe to|upgrade to|cash out|withdraw)\b(?! or (?:use|access))|"
    r"\bto (?:join|enter|take part in|participate in|play in) (?:a |an |the )?(?:[\w-]+ ){0,2}?"
    r"(?:tournaments?|contests?|competitions?|sweepstakes|raffles?|draws?)\b|"
    r"\b(?:use|access|unlock|enable|try) (?:the |our )?(?:[\w-]+ ){0,2}?(?:feature|mode|function)s?\b|"
    r"\bthe rest of (?:the|our) (?:app|service|site|platform)", re.I)


_NUMBER = re.compile(r"\d+")


# (not where the part named stands for the whole: "… the companion features or any other part of
# the app")
_EN_WHOLE = re.compile(r"\bany (?:other )?part of\b|\ball (?:other )?(?:parts|features)\b", re.I)


_ZH_NUM = {f"十{d}": 10 + i for i, d in enumerate("一二三四五六七八九", start=1)} | {
    "成年": 18, "未成年": 18}


def _age(raw: str) -> int | None:
    value = _ZH_NUM.get(raw) or (int(raw) if raw.isdigit() else None)
    return value if value is not None and 6 <= value <= 21 else None


# content that abuses children, named among the uses a service forbids or the reports it files
# ("You may not generate sexual content involving minors", "we report CSAM"): no rule about
# children's own data
_CHILD_ABUSE = {
    "en": re.compile(r"\bsexual(?:ly)? (?:explicit )?(?:content|material|abuse|exploitation|images?)"
                     r"[^.;]{0,40}\b(?:minors?|child(?:ren)?)\b|\bchild sexual|\bcsam\b|"
                     r"\bsexuali[sz](?:e|es|ing|ation of) (?:minors|children)\b", re.I),
    "zh": re.compile(r"儿童色情|未成年人色情|(?:性剥削|性侵害|性虐待)[^。；]{0,6}(?:儿童|未成年)"),
}


def _about_minors(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* speaks of children, minors or an age limit (not of content abusing
    them)."""
    if texts.search(_MINORS[clause.lang], clause):
        return not _CHILD_ABUSE[clause.lang].search(clause.text)
    ages = _MINOR_AGES.get(clause.lang)
    if ages is None:
        return False
    if _DIGIT.search(clause.text) is None:
        # an age in words ("you represent that you are at least eighteen")
        return "teen" in texts.low[clause.id] and _en_age_limit(_in_digits(clause.text)) is not None
    return texts.search(ages, clause) is not None or _en_age_limit(clause.text) is not None


_GUARDIAN_CONSENT = re.compile(r"(?:监护人|父母|家长)[^。]{0,12}?(?:同意|授权)|(?:parental|parent's|"
                               r"guardian's) (?:consent|permission)", re.I)
_KNOWINGLY = re.compile(r"\bknowingly\b|明知|故意|有意", re.I)


def _in_digits(text: str) -> str:
    """*text* with its ages in words in digits ("sixteen (16)" and "sixteen" as "16")."""
    return _AGE_WORD.sub(lambda w: _AGE_WORDS[w.group(1).lower()], text)


# a younger age band the notice lets in after its general limit ("Cutline is for users 18 and
# over. Users between 13 and 17 may use Cutline only through a school plan with consent from a
# parent"): the lowest age allowed is the minimum
_EN_YOUNGER_ALLOWED = re.compile(
    r"\b(?:users|people|teens|teenagers|students|those|anyone|individuals|persons)\s(?:aged\s|"
    r"between\s(?:the\s)?(?:ages\s(?:of\s)?)?|from\s)(\d{1,2})\s?(?:and|to|-|–)\s?1[5-8]\b"
    r"[^.;]{0,30}?\b(?:may|can|are allowed to|are permitted to|are welcome to)\b"
    r"(?! not\b|not\b|'t\b|’t\b)", re.I)


# the list of sensitive kinds, children's information among them (GB/T 35273's definition)
_SENSITIVE_KINDS = re.compile(r"敏感(?:个人)?信息[^。；]{0,8}?(?:包括|是指|指)[^。]{0,200}?(?:14|十四)\s*周?岁以下"
                              r"(?:[（(]含[）)])?(?:的)?(?:儿童|未成年人)的个人信息")


def minors(clauses: list[Clause], texts: ClauseTexts) -> dict[str, Any]:
    evidence = []
    younger: int | None = None
    age: int | None = None
    rated: int | None = None
    general: int | None = None  # (the general shape, where no wording states an age)
    knowingly: int | None = None  # (the age below which it does not knowingly collect)
    for clause in clauses:
        if younger is None and clause.lang == "en" and (
                "17" in clause.text or "16" in clause.text or "15" in clause.text
                or "18" in clause.text) and (
                m_young := _EN_YOUNGER_ALLOWED.search(clause.text)) is not None:
            younger = _age(m_young.group(1))
        if not _about_minors(clause, texts):
            continue
        if clause.lang == "zh" and (DEFINES.match(clause.text) or _SENSITIVE_KINDS.search(clause.text)):
            # a term defined ("儿童：指不满十四周岁的未成年人") is no provision about them, nor is
            # the standard's list of sensitive kinds ("个人敏感信息：包括身份证件号码…14岁以下（含）儿童的
            # 个人信息等")
            continue
        evidence.append(clause.id)
        if age is None and clause.lang == "en" and _EN_PART_AGE.search(clause.text) and len(
                _NUMBER.findall(clause.text)) == 1 and not _EN_WHOLE.search(clause.text):
            continue  # (see _EN_PART_AGE)
        if age is None:
            text = clause.text
            if clause.lang == "en" and _AGE_WORD.search(text):
                text = _in_digits(text)
            if clause.lang == "en" and "*" in text:
                # emphasis marks around the age: "You must be at least **13 years old**",
                # "You have to be **13 or older**"
                text = text.replace("*", "")
            if clause.lang == "en" and " to " in text:
                feature = _FEATURE_AGE.search(text)
                if feature is not None and _DIGIT.search(text, 0, feature.start()):
                    text = text[:feature.start()] + text[feature.end():]
            for m in _age_matches(_MIN_AGE[clause.lang], text, clause.lang):
                found = _age_matched(m)
                if found:
                    if _KNOWINGLY.search(text):
                        # "We do not knowingly collect data from children under 13" (the law's
                        # age, often in a list of laws) gives way to the service's own limit
                        # stated anywhere else ("not intended for anyone under 18"); none where
                        # the younger may use it with a guardian's consent ("不会故意收集未满18
                        # 周岁…的信息，请在使用前获得父母或监护人的同意")
                        if not _GUARDIAN_CONSENT.search(text, m.end()):
                            knowingly = knowingly or found
                    else:
                        age = found
                    break
            if age is None and general is None:
                general = (_zh_age_limit if clause.lang == "zh" else _en_age_limit)(text)
        if age is None and rated is None and clause.lang in _RATED_AGE:
            rating = _RATED_AGE[clause.lang].search(clause.text)
            rated = _age(rating.group(1)) if rating else None
    if age is None:
        age = knowingly or (general if general is not None else rated)
    if age is not None and younger is not None and younger < age:
        age = younger
    return {"value": bool(evidence), "minimum_age": age,
            "evidence": cap(evidence)}
