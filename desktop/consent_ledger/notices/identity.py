"""Who the handler is and how to reach them; the notice's title and effective date.

E-mail addresses are found in plain and obfuscated forms ("privacy [at] example [dot] com",
"privacy(at)example.com", "privacy＠example．com", Markdown-escaped "privacy\\[at\\]example\\[dot\\]com")
and kept when their clause offers them for privacy, data-protection or rights matters — or at
least not only for press, sales, jobs, abuse or security-bug reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from .clause_texts import with_table_headers
from .lexicon import fold
from .prefilter import JoinedTexts, LiteralGate, plain_case

if TYPE_CHECKING:
    from .analyser import Clause

# ("privacy@x.cn", "privacy [at] x.cn", "privacy[@]x.cn", "dpo（@）x.cn"; the boundary before an
# address is ASCII: "发送邮件至zwxz@x.gov.cn" has a Chinese character, a word character, before it)
# ("privacy&#64;x.com": an HTML entity left in Markdown or plain text; "privacy [@] x [.] com")
_AT = (r"(?:\s*[@＠]\s*|\s*\\?[\[(（{<【［｛]\s*(?:at|AT|At|@|＠)\s*\\?[\])）}>】］｝]\s*|"
       r"&#(?:64|[xX]40);)")
# ("privacy @ lyra-software . com": a dot with spaces around it only before a common top-level
# domain in lower case, so that a sentence's end after an address is not read into it)
_DOT = (r"(?:\.|．|\s*\\?[\[(（{<【［｛]\s*(?:dot|DOT|Dot|\.)\s*\\?[\])）}>】］｝]\s*|\s+(?:dot|DOT)\s+|"
        r"\s+\.\s+(?=(?:com|net|org|io|ai|co|cn|de|fr|uk|eu|jp|app|dev)(?![A-Za-z0-9.-])))")
_WORD_DOT = r"(?:\s+(?:dot|DOT)\s+)"
# (an underscore may open a Markdown emphasis, "_dpr@example.com_": an address with one inside
# its local part is still matched whole, from its first character)
_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9.+-])([A-Za-z0-9][A-Za-z0-9._%+-]{{0,63}}){_AT}"
    rf"((?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,62}}){_DOT})+[A-Za-z]{{2,12}})(?![A-Za-z0-9-])"
)
# "name at example dot com": the bare word "at" only counts with the word "dot" after it
_WORDY_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_.+-])([A-Za-z0-9][A-Za-z0-9._%+-]{{0,63}})\s+(?:at|AT)\s+"
    rf"((?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,62}}){_WORD_DOT})+[A-Za-z]{{2,12}})(?![A-Za-z0-9-])"
)
# Parts every match of the two patterns above holds: a clause without them is not searched.
# Each alternative is a pattern of its own that starts with a literal (the space before "at" is
# checked behind it), which the regex engine finds with a fast substring search.
_AT_SIGN = (re.compile("@"), re.compile("＠"), re.compile("&#"),
            re.compile(r"[\[(（{<【［｛]\s*(?:at|AT|At)\s*\\?[\])）}>】］｝]"))
# "privacy#example.cn（请将#替换为@）", "privacy*example.com (replace * with @)": a stand-in for
# the @ that the same clause says to replace
_STAND_IN_CUE = re.compile("替换|换成|换为|改为|改成|replace|Replace|REPLACE")
_STAND_IN = re.compile(
    r"(?:将|把)\s*[\"“‘'「]?\s*([#＃*＊$&%!])\s*[\"”’'」]?\s*(?:替换|更换|换|改)(?:为|成)\s*"
    r"[\"“‘'「]?\s*[@＠]|replace\s+(?:the\s+)?[\"“‘']?([#*$&%!])[\"”’']?\s+(?:with|by)\s+"
    r"(?:an?\s+)?[\"“‘']?@", re.I)
_SPACED_AT = (re.compile(r"at(?<=\sat)\s"), re.compile(r"AT(?<=\sAT)\s"))
_SPACED_DOT = (re.compile(r"dot(?<=\sdot)\s"), re.compile(r"DOT(?<=\sDOT)\s"))
_OTHER_PURPOSE = re.compile(
    # ("Security reports: security@…", "General support: support@…", "Business enquiries: …")
    r"\bsecurity reports?\b|\bgeneral support\b|\bbusiness (?:enquir|inquir)|\bgeneral (?:enquir|inquir)|"
    # ("Safety reports: safety@…", "Security issues: security@…", "Ethics hotline (for reporting
    # misconduct): ethics@…")
    r"\bsafety reports?\b|\bsecurity issues?\b|\bethics\b|\bmisconduct\b|\bwhistle-?blow|"
    # ("Orders and shipping: orders@…")
    r"\borders and shipping\b|\bshipping\b|"
    # ("Help with homework problems: help@…")
    r"\bhelp with\b|"
    r"\b(?:press|media|journalist|sales|careers?|jobs?|recruit|abuse|spam|dmca|copyright|"
    r"legal notices|law enforcement|subpoena|"
    r"vulnerabilit|bug bount|security researcher|partnerships?|"
    # ("Advertising enquiries: ads@…", "To advertise with us…"; not the purposes of a sharing
    # the user may opt out of: "shared … for marketing and advertising purposes by e-mailing …")
    r"advertis(?:ing|ement)s? (?:enquir|inquir|opportunit|sales|questions)|"
    r"advertise (?:with|on)\b|\badvertisers?\b|\bad sales\b|"
    # "Billing help: billing@…", "(technical support and billing)", "For account support … use …"
    r"billing|technical support|tech support|account support|help ?desk|security incidents?|"
    r"learning support|product support|"
    # ("To stop receiving marketing emails, click unsubscribe or write to marketing@…")
    r"unsubscrib|newsletters?|"
    # ("Investor relations: ir@…", "To report a bug, write to bugs@…", "Accessibility feedback: …")
    r"report a bug|bug reports?|accessibility|product feedback|feature requests?)|"
    # (English) whatever the privacy address is not for: "For all other support, write to hello@…",
    # "For everything else, contact hi@…", "Questions about the API itself go to support@…",
    # "Employers with questions about their account: accounts@…", "Technical problems with the
    # app: help@…"
    r"\b(?:all|any) other (?:support|questions|matters|enquiries|inquiries|requests|issues)\b|"
    r"\beverything else\b|\banything else\b|\btechnical (?:problems|issues|questions|help)\b|"
    r"\bproblems with the (?:app|product|service|website)\b|\bquestions about (?:the |your |our "
    r")?(?:api|invoices?|bills?|orders?|products?|service itself)\b|\bemployers\b|\brecruiters\b|"
    r"\bvendors\b|\bsuppliers\b|\binvestors?\b|\bwith questions about their account\b|"
    r"\bapp support\b|\bhelp using\b|"
    # an address labelled "Support" alone: "| Support | support@… |", "Support: help@…"
    r"^\W{0,3}(?:customer )?support\W{0,3}[|:]|媒体|招聘|商务合作|"
    r"渠道合作|业务合作|品牌合作|广告合作|市场合作|生态合作|"
    r"漏洞|侵权投诉|版权|"
    # ("订阅退订：edm@…")
    r"退订|取消订阅|"
    # ("投资者关系：ir@…", "产品建议：…", "廉洁举报：…", "渠道代理加盟：…", "内容侵权请联系 ip@…")
    r"投资者|产品建议|功能建议|廉洁|代理商|渠道代理|加盟|侵权|"
    # ("违法和不良信息举报：jubao@…", "开源软件声明相关问题：opensource@…")
    r"不良信息|有害信息|违法信息|开源|"
    # ("客服邮箱：help@…（账号、功能问题）", "售后与维修")
    r"功能问题|使用问题|售后|维修|"
    # ("心理咨询师入驻合作：partner@…", "企业客户开通咨询：…")
    r"入驻|合作洽谈|合作咨询|商务咨询|商务洽谈|开通咨询|"
    # the overseas recipient's own contact, which PIPL Art. 39 has a notice give
    # ("境外接收方：Lingua Cloud Pte. Ltd.，新加坡，联系邮箱 dpo@…")
    r"境外接收方|接收方(?:名称|的?联系方式|联系邮箱)",
    re.I,
)
# the header of a table listing the recipients of data (a cross-border recipient table, a
# third-party sharing list)
# (and an English one: "| Recipient (contact) | Country | Items |", a Korean notice's
# "| Trustee | Entrusted work |")
_RECIPIENT_HEADER = re.compile(r"接收方|第三方名称|合作方名称|recipients?\b|\b(?:en)?trustees?\b|"
                               r"\bsub-?processors?\b", re.I)
_PRIVACY_PURPOSE = re.compile(
    # (not the "right" in "copyright")
    r"privacy|data protection|personal (?:data|information)|\bdpo\b|\brights?\b|request|questions|"
    # the user's own data to correct or keep from others: "correct your information by sending a
    # message to …", "opt out of having your personally identifiable information shared …"
    r"personally identifiable|\bcorrect your (?:personal )?(?:information|data|details)\b|"
    r"\bopt[- ]?out of having your\b|"
    r"个人信息|隐私|权利|请求|联系我们|负责人",
    re.I,
)
# a label that says the address is NOT for privacy matters: "商务合作（不受理个人信息请求）：bd@…",
# "技术支持（非隐私事务）：support@…", "Technical support (not for privacy requests): help@…"
_NOT_PRIVACY = re.compile(
    r"(?:非|不受理|不处理|不接受|不负责|不涉及|不用于|不含)[^，。；：:]{0,4}?(?:隐私|个人信息)|"
    r"(?:隐私|个人信息)[^，。；：:]{0,8}?(?:除外|无关)|"
    r"\bnon-privacy\b|\bnot (?:for|about|related to|handl\w*|accept\w*) (?:\w+ ){0,2}?(?:privacy|"
    r"personal (?:data|information)|data protection)|"
    # "For legal notices (not privacy requests): legal@…"
    r"\bnot privacy (?:requests?|matters|questions|enquiries|inquiries|issues)\b", re.I)
_NOT_PRIVACY_WORDS = ("隐私", "个人信息", "privacy", "Privacy", "personal", "protection")
_LABEL_BEFORE = 30


def _not_for_privacy(text: str, start: int, end: int, after_previous: int) -> bool:
    """Whether the label of the address at *start*..*end* (the words before it since the previous
    address or line, or a bracket right after it) says it is not for privacy matters."""
    before = text[max(after_previous, start - _LABEL_BEFORE, text.rfind("\n", 0, start) + 1):start]
    label = _BRACKET_AFTER.match(text, end)
    for part in (before, label.group(1) if label else ""):
        if any(w in part for w in _NOT_PRIVACY_WORDS) and _NOT_PRIVACY.search(part):
            return True
    return False


_PHONE = re.compile(
    r"(?<![\d-])(?:(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|400[\s-]?\d{3}[\s-]?\d{4}|"
    r"800[\s-]?\d{3}[\s-]?\d{4}|0\d{2,3}[\s-]?\d{7,8}|0\d{2,3}[\s-]?\d{3,4}[\s-]\d{4}|"
    r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}|"
    r"\(\d{3}\)\s?\d{3}-\d{4}|\b1-\d{3}-\d{3}-\d{4}|95\d{3,4}|"
    # the public-service hotlines people are sent to: 12345 (government), 12315 (consumers)
    r"123(?:45|15)|"
    # an area code in brackets before a local number: "(02)2345-6789", "（021）6123 4567"
    r"[(（]0\d{1,3}[)）]\s?\d{3,4}[\s-]?\d{4}|"
    # Taiwan's toll-free numbers: "0800-123-456"
    r"0800[\s-]?\d{3}[\s-]?\d{3}|"
    # Hong Kong's and Macau's code in brackets: "(852) 3958 6600", "(+853) 2871 2345"
    r"[(（]\+?85[23][)）]\s?\d{4}[\s-]?\d{4}|"
    # "4008-123-456": a 400 number grouped four, three, three
    r"400\d-\d{3}-\d{3}|"
    # Australia's 1300 and 1800 numbers: "1300 555 012"
    r"\b1[38]00[\s-]\d{3}[\s-]\d{3}|"
    # a US number without its country code: "888-555-0142"
    r"\b[2-9]\d{2}-\d{3}-\d{4})(?![\d-])"
)
# dashes other than the hyphen between a number's groups ("021－6088 3399"), read as a hyphen
# (one character for one: the number is given as the notice wrote it)
# ("020—3888 6000": an em dash too)
_DASHES = str.maketrans({"－": "-", "‐": "-", "‑": "-", "–": "-", "—": "-", "﹣": "-", "−": "-"})
# every number _PHONE finds holds three digits in a row or "+" and a digit (it runs slowly: it
# tries all its forms at every position)
_THREE_DIGITS = re.compile(r"\d\d\d")
_PLUS_DIGIT = re.compile(r"\+\d")
_PHONE_CUE = LiteralGate(re.compile(r"电话|热线|致电|拨打|专线|專線|phone|call|tel\b|telephone|hotline|"
                                    r"toll[- ]free", re.I))
# ("Contact our Privacy Officer at privacy@… or on 1300 555 012", "ring us on …": looked for in the
# clauses about contacting the handler only)
# ("privacy@quillmeet.io | +1 (646) 555-0137" under "9. CONTACT": a number with its country code
# in brackets, or a US number with its area code in brackets, beside an e-mail address is a phone
# number as it stands; not one alone: "- Reference" / "- +44 (0)20 3807 4410")
_CONTACT_PHONE_CUE = re.compile(r"or on [0-9+(]|ring us\b|contact us on\b|reach us on\b|"
                                r"@[^\n]{0,80}?(?:\+\d{1,3} ?\(\d{1,4}\) ?\d|\(\d{3}\) ?\d{3}-\d{4})|"
                                r"(?:\+\d{1,3} ?\(\d{1,4}\) ?\d|\(\d{3}\) ?\d{3}-\d{4})[^\n]{0,80}?@|"
                                # ("Data Protection Officer: dpo@…, 020 7946 0321")
                                r"@[\w.-]+\s*[,|·/]\s*(?:\+|0)\d", re.I)
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
_MONTH = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
_DATE = re.compile(
    r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?|"
    # "March 8, 2026", "Feb. 15, 2026", "3rd April 2026", "8 Sept 2026"
    rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})|"
    rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})|"
    # "二〇二六年十月二十日"
    r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*"
    r"([一二三四五六七八九十]{1,3})\s*日|"
    # day first with dots, as continental Europe writes dates: "01.03.2026" is 1 March
    r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])|"
    # with slashes, day or month first: read only where one of them is over 12 ("14/02/2026",
    # "02/14/2026"); "03/04/2026" could be either and is left unread
    r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])|"
    # the Republic of China's years (Taiwan): "中華民國115年2月1日" is 2026-02-01
    r"(?:中华民国|中華民國|民国|民國)\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日",
    re.I,
)
_ZH_DIGIT = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def _zh_number(text: str) -> int:
    """A number written in Chinese numerals: digit by digit ("二〇二六") or with 十 ("二十一")."""
    if "十" not in text:
        return int("".join(str(_ZH_DIGIT[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_ZH_DIGIT[tens] if tens else 1) * 10 + (_ZH_DIGIT[ones] if ones else 0)
_DATE_CUE = LiteralGate(re.compile(
    r"effective|in force|last (?:updated|revised|modified|changed|reviewed|revision)|updated|revised|"
    # "Version 4 · published 12 February 2026", "Date of this Notice: 5 January 2026"
    r"published|date of (?:this|the) (?:notice|policy|statement|version)|w\.e\.f\.|with effect from|"
    r"enforcement date|date of enforcement|\bdated\b|revision date|last update\b|"
    r"版本日期|生效|更新(?:日期|时间)?|发布(?:日期|时间)|"
    r"修订(?:日期|时间|于)?|修改(?:日期|时间)|施行|起实施",
    re.I,
))
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_TITLE_HINT = re.compile(r"privacy|policy|notice|statement|supplement|addendum|隐私|政策|保护指引|声明|处理规则|保护规则|"
                         r"补充说明|补充条款|告知书|"
                         r"个人信息(?:处理|保护)(?:规则|说明|指引|协议)", re.I)


def emails(clauses: list[Clause], joined: JoinedTexts) -> tuple[list[str], list[int]]:
    """*joined*: the clauses' texts, in order."""
    found: dict[str, None] = {}
    evidence: list[int] = []
    at_sign = joined.holding_any(_AT_SIGN)
    wordy = joined.holding_any(_SPACED_DOT)
    if wordy:
        wordy &= joined.holding_any(_SPACED_AT)
    stand_in = joined.holding(_STAND_IN_CUE)
    headers: dict[int, Clause | None] | None = None
    for i in sorted(at_sign | wordy | stand_in):
        clause = clauses[i]
        text = clause.text
        if clause.kind == "row":
            # a row of a table of recipients ("| 境外接收方 | 所在国家 | 联系方式 |"): the address is
            # theirs, not the handler's
            if headers is None:
                headers = {c.id: h for c, h in with_table_headers(clauses)}
            header = headers.get(clause.id)
            if header is not None and header is not clause and _RECIPIENT_HEADER.search(header.text):
                continue
        matches: list[re.Match[str]] = []
        if i in at_sign:
            matches += _EMAIL.finditer(text)
        if i in wordy:
            matches += _WORDY_EMAIL.finditer(text)
        if i in stand_in:
            matches += _stand_in_emails(text)
        if _OTHER_PURPOSE.search(text):
            if not _PRIVACY_PURPOSE.search(_without_other(text)):
                continue
            # a clause offering one address for privacy and another for something else:
            # "privacy@…（仅用于个人信息相关问题，商务合作请联系 bd@…）"
            matches = [m for m in matches if not _offered_for_other(text, m.start())
                       and not _labelled_other(text, m.end())]
        if matches and ("：" in text or ":" in text):
            matches = [m for m in matches if not _labelled_elsewhere(text, m.start())]
        if matches and any(w in text for w in _NOT_PRIVACY_WORDS):
            matches.sort(key=lambda m: m.start())
            ends = [0] + [m.end() for m in matches[:-1]]
            matches = [m for m, prev in zip(matches, ends, strict=True) if not _not_for_privacy(
                text, m.start(), m.end(), prev)]
        hits = [f"{m.group(1)}@{re.sub(_DOT, '.', m.group(2))}".lower() for m in matches]
        hits = [h for h in hits if "." in h.split("@", 1)[1] and not h.endswith((".png", ".jpg"))]
        if not hits:
            continue
        for h in hits:
            found.setdefault(h, None)
        evidence.append(clause.id)
    return list(found), evidence


_BEFORE_ADDRESS = 40

# The general shape of an address for something else: a short label before a colon that names
# neither privacy nor a way to reach the company ("Refunds: refunds@…", "Vendor and procurement
# enquiries: …", "发票问题：fapiao@…", "供应商合作：…"), where a list of other purposes
# (_OTHER_PURPOSE) would need every one of them (found by blind sweeps: each new batch of labelled
# lines held new purposes)
_SHORT_LABEL = re.compile(r"(?:^|[\n|。；;.!?])\s*[*_#>\-\s]*([^\n|。；;:：.!?@]{1,40}?)[*_\s]*[:：][*_\s]*$")
_REACH_LABEL = re.compile(
    r"e-?mail|mail|contact|address|officer|representative|grievance|compliance|legal|data|"
    r"\bus\b|concerns|complaints?|general|office|team|"
    r"邮箱|邮件|邮址|联系|客服|负责人|代表|合规|法务|数据|信息|专员|专线|投诉|部门|地址", re.I)


def _labelled_elsewhere(text: str, at: int) -> bool:
    """Whether the address at *at* follows a short label that names neither privacy nor a way to
    reach the company (see ``_SHORT_LABEL``)."""
    label = _SHORT_LABEL.search(text, max(0, at - 60), at)
    if label is None:
        return False
    words = label.group(1)
    return not (_PRIVACY_PURPOSE.search(words) or _REACH_LABEL.search(words))


def _offered_for_other(text: str, at: int) -> bool:
    """Whether the words just before the address at *at* offer it for something else (press,
    sales, business): the purpose named nearest before it is not privacy."""
    # (a bracket right before the colon is the label's own: "Ethics hotline (for reporting
    # misconduct): ethics@…")
    before = re.split(r"[。；;]|[）)](?!\s*[:：]\s*$)", text[max(0, at - _BEFORE_ADDRESS) : at])[-1]
    other = [m.end() for m in _OTHER_PURPOSE.finditer(before)]
    privacy = [m.end() for m in _PRIVACY_PURPOSE.finditer(_without_other(before))]
    return bool(other) and (not privacy or other[-1] > privacy[-1])


# the questions or requests of another purpose ("For billing questions, email billing@…") are
# not privacy questions
_OTHERS_QUESTIONS = re.compile(rf"(?:{_OTHER_PURPOSE.pattern})(?:\s+(?:questions|requests|"
                               rf"enquiries|inquiries|issues))?", re.I)


def _without_other(text: str) -> str:
    """*text* with the other purposes named in it, and their questions, blanked (same length)."""
    return _OTHERS_QUESTIONS.sub(lambda m: " " * len(m.group()), text)


# "privacy@x.cn（个人信息相关）、bd@x.cn（商务合作）": a purpose in brackets right after an address
_BRACKET_AFTER = re.compile(r"\s*[（(]([^）)]{1,16})[）)]")


def _labelled_other(text: str, end: int) -> bool:
    """Whether a bracket right after the address ending at *end* offers it for something else."""
    label = _BRACKET_AFTER.match(text, end)
    return label is not None and bool(_OTHER_PURPOSE.search(label.group(1))) and not (
        _PRIVACY_PURPOSE.search(label.group(1)))


def _stand_in_emails(text: str) -> list[re.Match[str]]:
    """Addresses written with a stand-in for the @ that *text* says to replace by an @."""
    cue = _STAND_IN.search(text)
    if cue is None:
        return []
    sign = re.escape(cue.group(1) or cue.group(2))
    pattern = re.compile(
        rf"(?<![A-Za-z0-9_.+-])([A-Za-z0-9][A-Za-z0-9._%+-]{{0,63}}){sign}"
        rf"((?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,62}}){_DOT})+[A-Za-z]{{2,12}})(?![A-Za-z0-9-])")
    return list(pattern.finditer(text))


_LABEL_LENGTH = 16


def phones(clauses: list[Clause], lows: dict[int, str],
           plain: dict[int, bool]) -> tuple[list[str], list[int]]:
    found: dict[str, None] = {}
    evidence = []
    labelled = False  # the clause before is a short label naming a phone ("Phone", "电话：")
    for clause in clauses:
        text = clause.text
        cue = _PHONE_CUE.search(text, 0, lows[clause.id], plain[clause.id]) is not None or (
            "contact" in clause.topics and _CONTACT_PHONE_CUE.search(text) is not None)
        after_label, labelled = labelled, cue and len(text) <= _LABEL_LENGTH
        if not (cue or after_label) or not (_THREE_DIGITS.search(text) or _PLUS_DIGIT.search(text)):
            continue
        hits = [text[m.start():m.end()].strip() for m in _PHONE.finditer(text.translate(_DASHES))]
        if hits:
            for h in hits:
                found.setdefault(h, None)
            evidence.append(clause.id)
    return list(found)[:10], evidence


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


def handler(text: str, clauses: list[Clause], lang: str, lows: dict[int, str] | None = None,
            plain: dict[int, bool] | None = None) -> dict[str, Any]:
    """*lows*, *plain*: each clause's ``fold(text)`` and ``plain_case(text)`` by clause id, when
    the caller has them."""
    if lows is None:
        lows = {c.id: fold(c.text) for c in clauses}
    if plain is None:
        plain = {c.id: plain_case(c.text) for c in clauses}
    joined = JoinedTexts([c.text for c in clauses])
    mail, mail_ev = emails(clauses, joined)
    tel, tel_ev = phones(clauses, lows, plain)
    addr, addr_ev = addresses(clauses, joined)
    return {
        "names": names(text, lang),
        "emails": mail,
        "phones": tel,
        "addresses": addr,
        "evidence": sorted(set(mail_ev + tel_ev + addr_ev)),
    }


_BREADCRUMB = re.compile(r"\s[>›»]\s")


def title(text: str, clauses: list[Clause]) -> str:
    """The first heading (or short first line) that names the document."""
    for clause in clauses[:15]:
        candidate = clause.text.strip("#*_ 【】").strip()
        if _BREADCRUMB.search(candidate):
            continue  # "Home > Legal > Privacy", "首页 > 法律声明": where the page stands
        # (a sentence that mentions 《…隐私政策》 is no title)
        if len(candidate) <= 80 and _TITLE_HINT.search(candidate) and not candidate.endswith("。"):
            return candidate
    for clause in clauses[:3]:
        if clause.kind == "heading" and len(clause.text) <= 80:
            return clause.text.strip("#*_ ").strip()
    return ""


def _to_date(m: re.Match[str]) -> str | None:
    try:
        if m.group(1):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        elif m.group(4):
            y, mo, d = int(m.group(6)), _MONTHS[m.group(4).lower()[:3]], int(m.group(5))
        elif m.group(10):
            y, mo, d = (_zh_number(m.group(i)) for i in (10, 11, 12))
        elif m.group(13):
            d, mo, y = int(m.group(13)), int(m.group(14)), int(m.group(15))
        elif m.group(16):
            first, second, y = int(m.group(16)), int(m.group(17)), int(m.group(18))
            if first > 12 >= second:
                d, mo = first, second
            elif second > 12 >= first:
                mo, d = first, second
            else:
                return None
        elif m.group(19):
            y, mo, d = int(m.group(19)) + 1911, int(m.group(20)), int(m.group(21))
        else:
            y, mo, d = int(m.group(9)), _MONTHS[m.group(8).lower()[:3]], int(m.group(7))
        return date(y, mo, d).isoformat()
    except (ValueError, KeyError):
        return None


_EFFECTIVE = re.compile(r"effective|in force|w\.e\.f\.|with effect from|enforcement date|"
                        r"date of enforcement|生效|施行|起实施", re.I)


def _dated(clause: Clause, cue: re.Match[str]) -> str | None:
    """The date a cue speaks of: one just after it ("生效日期：2026年3月8日", "Effective: March 8,
    2026"), else the nearest one before it ("自2026年3月8日起生效"), else any in the clause."""
    dates = [(m, value) for m in _DATE.finditer(clause.text) if (value := _to_date(m))]
    after = [value for m, value in dates if 0 <= m.start() - cue.end() <= 16]
    if after:
        return after[0]
    before = [value for m, value in dates if 0 <= cue.start() - m.end() <= 30]
    if before:
        return before[-1]
    return dates[0][1] if dates else None


# "Enforcement date: 2026. 3. 1." (as Korean notices write dates) is cut into clauses after each
# full stop: a clause ending in a year and a full stop, and the number clauses after it, are one
_YEAR_STOP = re.compile(r"\d{4}\.$")
_NUMBER_STOP = re.compile(r"\d{1,2}\.")


# a run-in label whose date stands on the next line ("**Effective Date:**" / "June 30, 2026"):
# the label and a short line after it are one
_LABEL_ONLY = re.compile(r"[^\n]{1,40}[:：][*_\s]*$")
_DATE_LINE = 40
_ANY_DIGIT = re.compile(r"\d")


def _with_date_parts(clauses: list[Clause], i: int) -> Clause:
    clause = clauses[i]
    if i + 1 < len(clauses) and (_LABEL_ONLY.fullmatch(clause.text) or (
            len(clause.text) <= _DATE_LINE and not _ANY_DIGIT.search(clause.text)
            and _DATE_CUE.search(clause.text))):  # ("Last Updated" / "March 1, 2026")
        after = clauses[i + 1]
        if len(after.text) <= _DATE_LINE and _DATE.search(after.text):
            return replace(clause, text=f"{clause.text} {after.text.strip()}")
    if not _YEAR_STOP.search(clause.text):
        return clause
    parts = [clause.text]
    for after in clauses[i + 1 : i + 3]:
        if not _NUMBER_STOP.fullmatch(after.text.strip()):
            break
        parts.append(after.text.strip())
    if len(parts) == 1:
        return clause
    return replace(clause, text=" ".join(parts))


def effective_date(clauses: list[Clause]) -> str | None:
    """The date next to 'effective' / 生效, else next to 'last updated' / 更新 / 发布, in a clause
    near the start or the end."""
    candidates = [_with_date_parts(clauses, i) for i in range(min(40, len(clauses)))] + clauses[-10:]
    cued = [(clause, cue) for clause in candidates if (cue := _DATE_CUE.search(clause.text))]
    for clause, _ in cued:
        for cue in _EFFECTIVE.finditer(clause.text):
            value = _dated(clause, cue)
            if value:
                return value
    for clause, cue in cued:
        value = _dated(clause, cue)
        if value:
            return value
    return None
