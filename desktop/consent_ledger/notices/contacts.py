"""The handler's privacy contacts: e-mail addresses given for privacy, data protection, rights
requests or the DPO (also obfuscated, "privacy [at] example [dot] com"; not those given only for
sales, press or abuse), and phone numbers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .answers import lead_in
from .clause_texts import with_table_headers
from .prefilter import JoinedTexts, LiteralGate

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
    r"\bsafety (?:reports?|concerns?|issues?)\b|\btrust (?:and|&) safety\b|\bsecurity issues?\b|"
    r"\bsecurity concerns?\b|"
    r"\bethics\b|\bmisconduct\b|\bwhistle-?blow|"
    # ("Orders and shipping: orders@…")
    r"\borders and shipping\b|\bshipping\b|"
    # ("General business: business@…", "Business enquiries: …")
    r"\bgeneral business\b|\bbusiness (?:enquir|inquir|development|opportunit)|"
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
    # (not the help desk as a channel: "submit a ticket through our HelpDesk or send an email to …")
    r"billing|technical support|tech support|account support|security incidents?|"
    r"(?<!through our )(?<!through the )(?<!via our )(?<!via the )(?<!in our )help ?desk|"
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
    # the data-protection laws by name ("For GDPR inquiries: dpo@…")
    r"\bgdpr\b|\bccpa\b|\bcpra\b|\bpipeda\b|\blgpd\b|\bpipl\b|\bdata subjects?\b|"
    r"个人信息|隐私|权利|请求|联系我们|负责人|个人资料",
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
    by_id: dict[int, Clause] | None = None
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
        if clause.kind in ("item", "sentence"):
            if by_id is None:
                by_id = {c.id: c for c in clauses}
            if _offers_for_other(lead_in(clause, by_id), clause):
                continue  # "**For Security Issues:**" / "- Email: security@…"
        # (the purposes are read in the words around the addresses, not in the addresses:
        # "电子邮箱：sales@…" as a notice's only privacy contact)
        if _OTHER_PURPOSE.search(_EMAIL.sub(_blank, text) if i in at_sign else text):
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
        if hits and _in_regulators_part(clauses, i):
            # a regulator's address, given for complaints ("lodge a complaint with the Office of
            # the Australian Information Commissioner at enquiries@oaic.gov.au"), is not the
            # handler's (nor one a few lines below the regulator's name: "Information Regulator"
            # / "Website: …" / "Email: inforeg@justice.gov.za")
            hits = [h for h in hits if not _REGULATOR_DOMAIN.search(h.split("@", 1)[1])]
        if not hits:
            continue
        for h in hits:
            found.setdefault(h, None)
        evidence.append(clause.id)
    return list(found), evidence


def _in_regulators_part(clauses: list[Clause], i: int) -> bool:
    """Whether clause *i* stands in a part naming a regulator: under a heading that does, or
    after a clause that does among the ``_REGULATOR_LINES`` before it in the same part (a
    regulator named in the part before, "### Complaints" / "… the Information Commissioner …",
    speaks for none of the addresses under "### Contact details")."""
    clause = clauses[i]
    if any(_COMPLAINT_CUE.search(heading) for heading in clause.sections):
        return True
    return any(_COMPLAINT_CUE.search(c.text) for c in clauses[max(0, i - _REGULATOR_LINES):i + 1]
               if c.sections == clause.sections)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


_REGULATOR_LINES = 5  # clauses before an address searched for the complaint it is given for
# (a regulator named, not a complaint alone: a government body's own notice gives its own address
# "for questions or complaints")
_COMPLAINT_CUE = re.compile(r"regulator|commissioner|supervisory|authorit|ombuds|监管部门|监管机构|"
                            r"网信部门|主管部门", re.I)
# government domains and the data-protection authorities' own
_REGULATOR_DOMAIN = re.compile(
    r"(?:^|\.)(?:gov|gouv|go|gob|govt)\.[a-z]{2}$|\.gov$|(?:^|\.)(?:europa\.eu|ico\.org\.uk|cnil\.fr|"
    r"dataprotection\.ie|aepd\.es|gpdp\.it|garanteprivacy\.it|autoriteitpersoonsgegevens\.nl|"
    r"datatilsynet\.[a-z]{2}|imy\.se|priv\.gc\.ca|privacy\.org\.nz|inforegulator\.org\.za)$")


_BEFORE_ADDRESS = 40


def _offers_for_other(lead: Clause | None, clause: Clause) -> bool:
    """Whether *lead*, the lead-in of *clause* (a list item, or a labelled line), is a short
    label that offers its lines for something else than privacy ("**For Security Issues:**" /
    "- Email: security@…"; a heading over a contact line: "### 12.3 Security Concerns" /
    "Email: security@…")."""
    if lead is None:
        return False
    text = lead.text.strip().rstrip("*_ ")
    if clause.kind == "item":
        labelled = text.endswith((":", "："))
    else:
        labelled = lead.kind == "heading" and _CONTACT_LINE.match(clause.text) is not None
    return len(text) <= 60 and labelled and bool(
        _OTHER_PURPOSE.search(text)) and not _PRIVACY_PURPOSE.search(_without_other(text))


# a line that only gives an address ("Email: security@…", "E-mail - help@…")
_CONTACT_LINE = re.compile(r"[*_\s]*(?:e-?mail|contact)[*_\s]*[:：-]\s*\S+@\S+\s*$", re.I)


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
    if _OTHER_PARTY.search(words) and not _PRIVACY_PURPOSE.search(words):
        return True  # another party's line ("厂商联系方式：service@…", "Vendor contact: …")
    return not (_PRIVACY_PURPOSE.search(words) or _REACH_LABEL.search(words))


_OTHER_PARTY = re.compile(r"厂商|供应商|服务商|第三方|合作方|\bvendors?\b|\bsuppliers?\b|\bthird[- ]part",
                          re.I)


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
    return _OTHERS_QUESTIONS.sub(_blank, text)


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
