"""The handler's names and postal addresses as a notice gives them ("北京月之暗面科技有限公司",
"Acme Inc.", "注册地址：…", "Attn: Privacy, 1 Main St, …"): company names in prose, tables and
titles, and the brand a notice calls "we".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from .prefilter import JoinedTexts

if TYPE_CHECKING:
    from .analyser import Clause
_ZH_NAME = "[\u4e00-\u9fff（）()]"


_ZH_COMPANY = re.compile(rf"({_ZH_NAME}{{2,40}}?(?:有限责任公司|股份有限公司|有限公司|集团))")


_ZH_NAME_RUN = re.compile(f"{_ZH_NAME}*")


_ZH_COMPANY_END = re.compile("公司|集团")  # every match of _ZH_COMPANY ends with one of them


# Up to six capitalised words and a company suffix. The pattern starts with its first capital
# (the word boundary is checked behind it), which lets the regex engine skip every other
# character quickly. A word cannot end early (it is followed by a space or a comma, which it
# cannot hold), so its letters are taken possessively ("*+": no backtracking into the word)
# and "W( W){0,5}" finds what "(W ){0,5}W" finds.
_EN_COMPANY = re.compile(
    r"([A-Z](?<=\b[A-Z])[A-Za-z0-9&'.-]*+(?:\s(?:[A-Z][A-Za-z0-9&'.-]*+|&)){0,5},?\s(?:Inc|LLC|Ltda|Ltd|"
    r"Limited|GmbH|Corp|Corporation|B\.V|S\.A\.S|S\.A|PBC|Pte\.? Ltd|L\.L\.C|AG|SE|N\.V|plc|PLC|"
    r"S\.p\.A|S\.r\.l|SAS|AB|Oy|ApS|K\.K|Co(?=\.))\b\.?)"
)


# the characters _EN_COMPANY consumes, and a part of every match it finds (its suffix)
_EN_NAME_RUN = re.compile(r"[A-Za-z0-9&'.,\s-]*")


_EN_COMPANY_END = re.compile(r"Inc|LLC|Ltda|Ltd|Limited|GmbH|Corp|B\.V|S\.A|PBC|L\.L\.C|AG|SE|N\.V|plc|"
                             r"PLC|S\.p\.A|S\.r\.l|SAS|AB|Oy|ApS|K\.K|Co\.")


_ADDRESS_CUE = re.compile(
    r"(?:注册|办公|通信|联系|邮寄)?地址[:：]\s*([^\n。；]{6,80})|"
    # "注册地址为浙江省杭州市…路998号": the verb form names a place
    r"(?:注册|办公|通信|联系|邮寄|经营)地址(?:为|是|位于)[:：]?\s*"
    r"([^\n。；，,]{0,40}?(?:省|市|区|县|路|街|道|号|楼)[^\n。；]{0,40})|"
    # "住所地为重庆市两江新区…88号", "住所：…"
    # ("我们的办公地点位于上海市浦东新区…100号")
    r"(?:办公|注册|经营|通信)地点(?:为|是|位于|在|[:：])\s*"
    r"([^\n。；，,]{0,40}?(?:省|市|区|县|路|街|道|号|楼)[^\n。；]{0,40})|"
    r"住所(?:地)?(?:为|是|位于|在|[:：])\s*([^\n。；，,]{0,40}?(?:省|市|区|县|路|街|道|号|楼)[^\n。；]{0,40})|"
    # "注册地：北京市朝阳区…88号", "如需通过信件联系，请寄至：广东省…10号", "注册于四川省成都市…666号"
    r"(?:注册地(?!址)|寄至|注册于)(?:为|是|位于|在|[:：])?\s*([^\n。；，,]{0,40}?(?:省|市|区|县|路|街|道|号|楼)[^\n。；]{0,40})|"
    # a table row: "| 注册地址 | 四川省成都市高新区天府五街200号 |"
    r"地址\s*\|\s*([^\n|。；]{0,40}?(?:省|市|区|县|路|街|道|号|楼)[^\n|。；]{0,40})")


# starts with its first digit (the word boundary checked behind it) so that the regex engine
# skips every other character quickly; digits, spaces and words are taken possessively (what
# follows each cannot be part of it)
# ("1200 NW Naito Parkway", "70 Sir John Rogerson's Quay")
_EN_ADDRESS = re.compile(
    r"(\d(?<=\b\d)\d{0,4}+\s++(?:[A-Z][\w.'’]*+\s){1,5}(?:Street|St|Avenue|Ave|Road|Rd|"
    r"Boulevard|Blvd|Drive|Dr|Lane|Way|Place|Plaza|Suite|Square|Parkway|Pkwy|Court|Ct|Highway|"
    r"Hwy|Terrace|Quay|Crescent|Wharf)\b[^\n.;]{0,80})"
)


# a US state and ZIP code end an address ("…, New York, NY 10004 privacy@…": what follows is
# another line's)
_US_ZIP_END = re.compile(r"(,?\s[A-Z]{2}\s\d{5}(?:-\d{4})?(?:,?\s(?:USA|U\.S\.A|United States of "
                         r"America|United States|US)\b)?)(?:\s[\s\S]*)?$")


# a street, its number and a postcode before the town, as continental Europe writes them
# ("Leopoldstraße 210, 80804 München, Germany", "Keizersgracht 455, 1017 DK Amsterdam",
# "Sveavägen 44, 111 34 Stockholm"): found from the comma before the postcode (a literal the
# engine skips to) back (see ``_street_addresses``)
_POSTCODE_TOWN = re.compile(
    r",\s(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{3}\s\d{2})(?:\s[A-Z]{2})?\s[A-ZÄÖÜÅØÉ]"
    r"[\w'-]*+(?:\s[A-Z][\w'-]*+)?(?:,\s(?:the\s)?[A-Z][a-z]++(?:\s[A-Z][a-z]++)?)?")


_STREET_BEFORE = re.compile(r"[A-ZÄÖÜÅØÉ][\w.'-]*+(?:\s[\w.'-]++){0,3}?\s\d{1,4}[a-z]?$|"
                            # as France and Belgium write them: "12 rue de la Paix, 75002 Paris"
                            r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|boulevard|bd|place|"
                            r"quai|allée|chemin|cours|impasse|route)\s[\w' -]{2,40}$")


def _run_end(run: re.Pattern[str], text: str, at: int) -> int:
    """Where the run of *run* characters starting at *at* ends (the pattern matches even an
    empty run, so there is always a match)."""
    found = run.match(text, at)
    return found.end() if found is not None else at


def _in_runs(pattern: re.Pattern[str], run: re.Pattern[str], cue: re.Pattern[str],
             text: str, after: int = 0) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searching only where a match can be: for a pattern that
    consumes only *run* characters and whose every match holds a match of *cue* (made of run
    characters), each match lies inside one run of them, and only a run holding a cue can
    hold one. Matches in one run do not depend on another: a search from a run's start sees
    the text before it (lookbehind, ``\\b``) as a search of the whole text does; *after*: how
    many characters after its end the pattern looks at (a ``\\b`` after the last character
    it consumes looks at one), so that the search sees them too."""
    backwards = text[::-1]
    searched_to = 0
    for found in cue.finditer(text):
        at = found.start()
        if at < searched_to:
            continue  # in a run searched already
        # the run's start is where it ends when read backwards
        start = len(text) - _run_end(run, backwards, len(text) - at)
        end = _run_end(run, text, at)
        yield from pattern.finditer(text, start, min(len(text), end + after))
        searched_to = end


def _zh_companies(text: str) -> Iterator[re.Match[str]]:
    """``_ZH_COMPANY.finditer(text)``, searched in the runs of name characters holding 公司 or
    集团 (no lookaround: the search sees nothing outside the run)."""
    return _in_runs(_ZH_COMPANY, _ZH_NAME_RUN, _ZH_COMPANY_END, text)


def _en_companies(text: str) -> Iterator[re.Match[str]]:
    """``_EN_COMPANY.finditer(text)``, searched in the runs of the characters it consumes that
    hold a company suffix (the ``\\b`` after the suffix looks at one character more)."""
    return _in_runs(_EN_COMPANY, _EN_NAME_RUN, _EN_COMPANY_END, text, after=1)


_CLOSE = "）)"


_OPEN = "（("


def _balanced(found: str, keep_end: bool = False) -> str:
    """*found* without what a bracket it does not open cuts off: a name caught from
    "…（以下简称"本产品"）由上海某某科技有限公司" keeps what follows "）" (*keep_end*: the match is
    anchored at its end); an address caught from "（注册地址：上海市某某路100号）提供" keeps what
    precedes it."""
    depth = 0
    for i, ch in enumerate(found):
        depth += (ch in _OPEN) - (ch in _CLOSE)
        if depth < 0:
            if not keep_end:
                return found[:i].strip()
            return _balanced(found[i + 1 :], keep_end=True)
    return found.strip()


# ("知道AI搜索是北京…公司推出的", "智办与北京慧聘…公司共同决定", "我们委托武汉…公司": the name starts
# after 是 / 与 / 委托; no company's name holds them)
_NAME_INTRO = re.compile(r"适用于|是指|系指|中指|介绍了|说明了|声明说明|(?:运营|提供|控制|处理)(?:者|方)为|(?:主体|公司)为|"
                         r"(?<![自理缘经])由|(?<![于但总还凡正])是|与|委托|政策说明")  # "智言输入法由广州…公司开发" (not 自由, 理由…)


# a heading line before a name ("Contact\nOrion Labs, Inc.")
_HEADING_WORD = re.compile(r"contact(?: us| details| information)?|who we are|about us|(?:data )?"
                           r"controller|operator|publisher|provider|address|attn|(?:data protection|"
                           r"privacy) (?:officer|team)|dpo", re.I)


_SENTENCE_DOT = re.compile(r"\b(LLC|GmbH|PBC|Limited|Corporation)\.$")


# "江州市政务服务和数据管理局（以下简称“本局”）", "某某大学（以下简称“我们”）": a public body, a
# school or a hospital that the notice calls we (a company is found by its suffix)
# (found from the alias back: the alias is a literal the engine skips to)
_ZH_ALIAS_WE = re.compile(r"以下(?:简)?称[“\"「]?(?:我们|本[\u4e00-\u9fff]{1,3})[”\"」]?[）)]")


_ZH_BODY = re.compile(r"[\u4e00-\u9fff]{2,30}(?:局|委员会|委|办公室|办公厅|中心|大学|学院|学校|医院|"
                      r"研究院|研究所|图书馆|博物馆|厅)$")


def _zh_bodies(text: str) -> list[str]:
    """The names of the public bodies, schools or hospitals the notice calls we."""
    found = []
    for m in _ZH_ALIAS_WE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] not in _OPEN:
            continue
        body = _ZH_BODY.search(text, max(0, m.start() - 41), m.start() - 1)
        if body is not None:
            name = _NAME_INTRO.split(body.group())[-1]
            if len(name) >= 4:
                found.append(name)
    return found


def names(text: str, lang: str) -> list[str]:
    """The companies the notice names, most often named first. A Chinese notice that names no
    company in Chinese (a translated notice of a foreign service: "Nordlys AI SE 是您个人数据的控制
    者") gives those it names in Latin letters."""
    text = text[:300_000]
    if lang == "zh" and "以下" in text:
        aliased = _zh_bodies(text)
        if aliased:
            rest = _names(_zh_companies(text))
            return list(dict.fromkeys(aliased + rest))[:5]
    found = _prose_names(text, _zh_companies if lang == "zh" else _en_companies)
    if not found and lang == "zh":
        found = _prose_names(text, _en_companies)
    if not found and lang == "en":
        found = _names(_in_runs(_SA_AS_COMPANY, _EN_NAME_RUN, _SA_AS, text[:_BRAND_SEARCHED],
                                after=1)) or _brand_names(text)
    # the company the notice calls "we" is the handler: first, whoever else it names more often
    # (a cloud provider in an SDK list, an analytics vendor)
    return sorted(found, key=lambda name: not _called_we(text, name))


# what follows the handler's name where the notice says it is "we" ("北京某某科技有限公司（以下
# 简称“我们”）", 'Orion Labs, Inc. ("Orion", "we", "us")', "Acme Inc. (the “Company”)")
_WE_ALIAS = re.compile(r"\s*[（(]\s*(?:以下(?:简)?称|下称|简称)?\s*[“\"「]?(?:我们|本公司)|"
                       r"\s*,?\s*\((?:collectively,?\s*|hereinafter\s*)?(?:the\s*)?[“\"']?"
                       r"(?:we|us|our|company)\b", re.I)


# or before it ('Company (referred to as "the Company", "We", "Us") means Jasper AI, Inc.',
# "“我们”是指北京某某科技有限公司")
_WE_BEFORE = re.compile(r"(?:[“\"'](?:we|us|our)[”\"']|[“\"']company[”\"'])[^.\n]{0,80}?"
                        r"\b(?:means|refers to)\s+$|[“\"「]我们[”\"」]?(?:是|系)?指\s*$", re.I)


def _called_we(text: str, name: str) -> bool:
    """Whether the notice calls the company *name* "we" right after or before naming it."""
    at = text.find(name)
    for _ in range(20):  # (its first mentions)
        if at < 0:
            return False
        end = at + len(name)
        if _WE_ALIAS.match(text, end, end + 40) or _WE_BEFORE.search(text, max(0, at - 120), at):
            return True
        at = text.find(name, end)
    return False


# "Mistline SA, Avenue Louise 250, …", "Lumen Browser AS (org. no. …)": a company whose suffix
# is also a word in capitals ("… KNOWN AS"), looked for only where no other company is named
_SA_AS = re.compile("SA|AS")


_SA_AS_END = re.compile(r"\s(?:SA|AS|ASA)$")


_SA_AS_COMPANY = re.compile(r"([A-Z][A-Za-z0-9&'.-]*+(?:\s[A-Z][A-Za-z0-9&'.-]*+){0,4}\s(?:SA|AS|ASA))"
                            r"\b")


# A notice that names no company by its legal form names the handler by its brand: 'supplements
# the Halden AI Privacy Policy', 'Halden AI ("we", "us")' (capitalised words, the first not one
# naming the kind of notice: "the California Privacy Notice"). A brand the notice names only in
# passing ("please see the Microsoft Advertising Privacy Statement") is another's: the name must
# stand in the first lines (the title) or come back at least three times.
_BRAND = re.compile(r"the ([A-Z][\w&.-]*+(?: [A-Z][\w&.-]*+){0,2}) Privacy (?:Policy|Notice|"
                    r"Statement)\b")


_ALIAS_WE = re.compile(r"\((?:[\"“]|the [\"“])(?:we|us|our)\b")


_NAME_BEFORE = re.compile(r"[A-Z][\w&.-]*+(?: [A-Z][\w&.-]*+){0,2} $")


_NOT_BRAND = re.compile(r"Our|This|The|These|That|Your|Its|A|An|California|Global|General|Main|"
                        r"Website|Online|Mobile|App|Consumer|Customer|Supplemental|Full|Short|"
                        r"Current|Updated|Previous|Children's|Employee|Applicant|EU|EEA|UK|US|"
                        r"European|Canadian|Health|Data|Cookie|Standard|Internet|Web")


_SEE_BEFORE = re.compile(r"(?:see|review|read|consult|visit|refer to)\s+$")


_BRAND_TITLE = 400


_BRAND_SEARCHED = 20_000


_NAME_WINDOW = 60


_BRAND_REPEATS = 3


# the title naming the brand ("# Nous Research Web Privacy Policy", "Kindred — Privacy Policy",
# "Privacy at Murmur"): the words before "Privacy" (or after "Privacy at"), less those naming the
# kind of notice ("Web", "App")
_TITLE_BRAND = re.compile(r"^[#*_\s]*(?:([A-Z][\w&.-]*+(?: [A-Z][\w&.-]*+){0,3})(?: ?[—–:|-])? Privacy "
                          r"(?:Policy|Notice|Statement)(?![A-Za-z])|Privacy (?:at|with) ([A-Z][\w&.-]*+"
                          r"(?: [A-Z][\w&.-]*+){0,3})[*_\s]*$)", re.M)


def _title_brand(text: str) -> list[tuple[int, str]]:
    m = _TITLE_BRAND.search(text, 0, _BRAND_TITLE)
    if m is None:
        return []
    group = 1 if m.group(1) else 2
    words = m.group(group).split()
    while words and _NOT_BRAND.fullmatch(words[-1]):
        words.pop()
    return [(m.start(group), " ".join(words))] if words else []


def _brand_names(text: str) -> list[str]:
    found = [(m.start(), m.group(1)) for m in _BRAND.finditer(text, 0, _BRAND_SEARCHED)]
    found += _title_brand(text)
    for m in _ALIAS_WE.finditer(text, 0, _BRAND_SEARCHED):
        before = _NAME_BEFORE.search(text, max(0, m.start() - _NAME_WINDOW), m.start())
        if before is not None:
            found.append((before.start(), before.group().strip()))
    counts: dict[str, int] = {}
    for start, brand in found:
        words = brand.split()
        if any(_NOT_BRAND.fullmatch(w) for w in words) or _SEE_BEFORE.search(
                text, max(0, start - 12), start):
            continue
        name = " ".join(words)
        if len(name) >= 3 and (name in text[:_BRAND_TITLE]
                               or text.count(name) >= _BRAND_REPEATS):
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda n: -counts[n])[:1]


def _prose_names(text: str, companies: Callable[[str], Iterator[re.Match[str]]]) -> list[str]:
    """The companies named outside tables, else those in tables: a table of SDKs or
    sub-processors names other companies than the handler ("| 统计SDK | 某数据科技有限公司 |").
    A company named as a partner or processor ("我们的合作方“某某语音科技有限公司”按照我们的委托")
    is left out while another company is named."""
    matches = list(companies(text))
    prose = [m for m in matches if not _in_table_row(text, m.start())]
    own = [m for m in prose if not _PARTNER_BEFORE.search(text, max(0, m.start() - 12), m.start())]
    return _names(iter(own)) or _names(iter(prose)) or _names(iter(matches))


# the words before a company's name that make it someone else's ("合作方“…公司”", "our
# sub-processor Nimbus Cloud Inc.")
_PARTNER_BEFORE = re.compile(r"(?:合作方|合作伙伴|第三方|服务商|供应商|受托方|受托人|受托公司)(?:主体|名称)?"
                             r"(?:\*\*)?[“\"「：:]?\s*$|"
                             r"(?:partner|sub-?processor|processor|vendor|supplier|provider|reseller),?\s*$|"
                             # a recipient named by the service it gives ("Hosting: Hetzner Online
                             # GmbH (Germany). Billing: Paddle.com Market Ltd")
                             r"\b(?:hosting|billing|payments?|e-?mail delivery|analytics|cloud|"
                             r"infrastructure|support tool)\s*[:：]\s*$",
                             re.I)


def _in_table_row(text: str, at: int) -> bool:
    """Whether the line holding *at* is a Markdown table row."""
    start = text.rfind("\n", 0, at) + 1
    return text[start:at].lstrip().startswith("|")


def _names(matches: Iterator[re.Match[str]]) -> list[str]:
    counts: dict[str, int] = {}
    for m in matches:
        name = _balanced(m.group(1).strip(" ,"), keep_end=True)
        # "本政策适用于北京…有限公司": the name starts after the verb that introduces it
        name = _NAME_INTRO.split(name)[-1]
        name = re.sub(r"^(?:(?:我们是|我们|本|由|是|为|指|即|系|和|与|及|The|the)\s*)+", "", name)
        # a full stop after a suffix written without one ends the sentence ("by Quanta Systems
        # LLC."), not the name
        name = _SENTENCE_DOT.sub(r"\1", name)
        # a sentence's end before the name is no part of it ("… built into Lumen Browser. Lumen
        # Browser AS (org. no. …) is responsible"; not "Acme Co. Ltd", "Lyrabot Pte. Ltd")
        tail = _SENTENCE_BREAK.split(name)[-1]
        if len(tail) >= 4 and tail != name and (_EN_COMPANY_END.search(tail)
                                                 or _SA_AS_END.search(tail)):
            name = tail
        # a heading in capitals on the line before is not part of the name ("WHO WE ARE\n
        # PixelForge Studio LLC"); a name wrapped over two lines still is
        head, _, tail = name.rpartition("\n")
        # (nor is the notice's title on the line before: "Privacy Policy\nQuillmeet, Inc.")
        if head and (head.isupper() or _HEADING_WORD.fullmatch(head.strip(" #*:"))
                     or _TITLE_LINE.fullmatch(head.strip(" #*:"))) and (
                not _EN_COMPANY_END.fullmatch(tail.strip(" ,."))):
            name = tail.strip()
        # "… HEREINAFTER REFERRED TO AS": words in capitals before "AS"/"SA" are a sentence
        if _CAPS_WORDS_SUFFIX.fullmatch(name):
            continue
        if len(name) >= 4:
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda n: -counts[n])[:5]


_TITLE_LINE = re.compile(r"(?:[A-Z][\w'-]* ){0,4}(?:Privacy|Data Protection) (?:Policy|Notice|"
                         r"Statement)")


_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")


_CAPS_WORDS_SUFFIX = re.compile(r"(?:[A-Z]{2,}[,.]?\s)+(?:AS|ASA|SA)")


# parts every match of the two patterns above holds: a clause without them is not searched
# (one literal a pattern: "地址|住所" would be searched character by character)
_ADDRESS_WORDS = (re.compile("地址"), re.compile("住所"), re.compile("注册地"), re.compile("寄至"),
                  re.compile("注册于"), re.compile("地点"))


# addresses written with no word naming them: "香港九龍觀塘道388號創紀之城1期15樓1502室" (a place in
# Hong Kong or Macau down to its street number), "PO Box 1234, Boston, MA 02110", and Japan's
# "2-4-1 Shibuya, Shibuya-ku, Tokyo 150-0002" (block numbers, the ward and the town, a postcode
# of three and four digits)
_HK_ADDRESS = re.compile(r"(?:香港|澳門|澳门)[\u4e00-\u9fff]{1,14}?(?:道|路|街|里|徑|径)\d{1,4}[號号]"
                         r"(?:[^\s。；，,]{0,24}(?:樓|楼|層|层|室|座|舖|铺))?")


_PO_BOX = re.compile(r"P\.?\s?O\.?\s?Box\s\d{1,6}(?:,\s[A-Z][\w.' -]{1,30}?){1,2},?\s[A-Z]{2}\s"
                     r"\d{5}(?:-\d{4})?\b")


_JP_ADDRESS = re.compile(r"\d(?<=\b\d)\d{0,3}(?:-\d{1,4}){1,3}\s[A-Z][\w-]*+(?:,\s[A-Z][\w-]*+){1,3}"
                         r"\s\d{3}-\d{4}\b(?:,\sJapan\b)?")


_OTHER_ADDRESSES = (_HK_ADDRESS, _PO_BOX, _JP_ADDRESS)


# a part of every match of them and of a UK address (_UK_POSTCODE's inward code: "0WS")
_OTHER_ADDRESS_PART = re.compile(r"香港|澳門|澳门|Box|-ku,|-shi,|\d[A-Z]{2}\b")


_NUMBER_AND_NAME = re.compile(r"\d\s+[A-Z]")


# "注册地址：…12层，以下简称"星衍"": what the notice calls the handler is no part of its address
_ZH_ALIAS = re.compile(r"\s*[，,]\s*(?:以下简称|以下称|下称|简称)")


# "…28号院3号楼12层 法务部（收） 邮编100080": who the letter goes to and the postcode are no part
# of the place (cut at the space before them)
_ZH_RECIPIENT = re.compile(r"\s+\S*(?:（收）|\(收\)|收件人|邮编|邮政编码)[\s\S]*$|"
                           r"\s+\S+\s+\S*(?:（收）|\(收\))[\s\S]*$")


# "…40 Great Eastern Street, London EC2A 3EP, uses personal data": a comma and a word in lower
# case after the town start the sentence again
_EN_SENTENCE_AGAIN = re.compile(r",\s+[a-z][\s\S]*$")


# '… CA 94105 ("Orion", "we", "us")', '…, 10115 Berlin (hereinafter "we")'
_EN_ALIAS = re.compile(r"\s*,?\s*\(\s*(?:[\"“'‘]|hereinafter\b|the [\"“])", re.I)


def _street_addresses(text: str) -> list[str]:
    """Addresses written street first, then number, postcode and town (``_POSTCODE_TOWN``): the
    street is the capitalised word (and up to three words before it) just before the number."""
    found = []
    for m in _POSTCODE_TOWN.finditer(text):
        street = _STREET_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if street is not None:
            found.append(street.group() + m.group())
    return found


# a UK postcode after the town ("Unit 5, Riverside Park, Cambridge CB4 0WS")
_UK_POSTCODE = re.compile(r"\s([A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\b(?:,\s(?:United Kingdom|UK)\b)?")


_UK_TOWN = re.compile(r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2}")


_UK_PART = re.compile(r"[A-Z0-9][\w.'&-]*(?:\s[\w.'&-]+){0,4}")


_UK_SEARCHED = 40  # the first clauses, where a notice says who it is


_UK_BEFORE = 120


def _uk_addresses(text: str) -> list[str]:
    found = []
    for m in _UK_POSTCODE.finditer(text):
        start = max(0, m.start() - _UK_BEFORE)
        parts = text[start:m.start()].split(", ")
        if not _UK_TOWN.fullmatch(parts[-1].strip()):
            continue
        kept = [parts[-1].strip()]
        # (the first part is cut where the window starts inside the text)
        for part in reversed(parts[:-1] if start == 0 else parts[1:-1]):
            # ("Our address: Flat 2, 14 Garden Row, …": a label ends the address's start)
            label, colon, part = part.strip().rpartition(": ")
            if len(kept) > 3 or not _UK_PART.fullmatch(part) or _EN_COMPANY_END.search(part):
                break
            kept.insert(0, part)
            if colon:
                break
        if len(kept) > 1:
            found.append(", ".join(kept) + m.group())
    return found


def _where_handler_is(clauses: list[Clause]) -> set[int]:
    """The first clauses and those about contacting the handler or next to one (an address on
    a line of its own under "資料保障主任 / 靈思科技有限公司"), where an address without a word
    naming it is looked for."""
    found = set(range(min(len(clauses), _UK_SEARCHED)))
    for i, clause in enumerate(clauses):
        if "contact" in clause.topics:
            found.update((i - 1, i, i + 1))
    return {i for i in found if 0 <= i < len(clauses)}


def addresses(clauses: list[Clause], joined: JoinedTexts) -> tuple[list[str], list[int]]:
    """*joined*: the clauses' texts, in order."""
    found: dict[str, None] = {}
    evidence = []
    cue = joined.holding_any(_ADDRESS_WORDS)
    number = joined.holding(_NUMBER_AND_NAME)
    other = {i for i in _where_handler_is(clauses) if _OTHER_ADDRESS_PART.search(clauses[i].text)}
    for i in sorted(cue | number | other):
        text = clauses[i].text
        hits = ([_ZH_RECIPIENT.sub("", _ZH_ALIAS.split(
                    _balanced(next(g for g in m.groups() if g is not None).strip()))[0])
                 for m in _ADDRESS_CUE.finditer(text)] if i in cue else [])
        if i in number:
            hits += [_US_ZIP_END.sub(r"\1", _EN_SENTENCE_AGAIN.sub(
                         "", _EN_ALIAS.split(m.group(1))[0])).strip()
                     for m in _EN_ADDRESS.finditer(text)]
            hits += [h for h in _street_addresses(text) if not any(h in g for g in hits)]
        if i in other:
            hits += [h for h in (m.group().strip() for p in _OTHER_ADDRESSES
                                 for m in p.finditer(text))
                     if not any(h in g or g in h for g in hits)]
            hits += [h for h in _uk_addresses(text) if not any(h in g or g in h for g in hits)]
        if hits:
            for h in hits:
                found.setdefault(h, None)
            evidence.append(clauses[i].id)
    return list(found)[:5], evidence
