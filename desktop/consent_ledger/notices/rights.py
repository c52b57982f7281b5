"""The user's rights a notice names (``rights``): cue patterns where the notice speaks of the
user's own power (you may / you have the right / 您有权 / 您可以), the verbs of a list ("the right to
access, delete, correct, or transfer your data"; "You can export, modify, or delete your
transcripts"), a table of rights, labels and imperative items of a part about rights.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .clause_texts import (
    ClauseTexts,
    cap,
    gated,
    with_table_headers,
)
from .lexicon import Lexicon, negated
from .prefilter import LiteralGate
from .term_lists import is_part_title, term_list

if TYPE_CHECKING:
    from .analyser import Clause

_USER_POWER = gated({
    "en": re.compile(
        r"\byou (?:can|may|have|could|are entitled|also have)|\byour rights?\b|right (?:to|of)\b|"
        # (a part titled "Your Privacy Rights": "- • Opt out of marketing communications")
        r"\byour (?:privacy|data|data protection|personal data|personal information|consumer|legal|"
        r"individual) rights\b|"
        r"\brequest\b|\bask us\b|\bcontact us\b|\bplease contact (?:the|your)\b|\bresidents?\b|\bexercise\b|\bto (?:access|delete|"
        r"correct|update|opt|close|export)|\bto (?:view|review)\b|"
        r"\bconsumers? (?:can|may|have)|\busers? (?:can|may)|\bmembers? (?:can|may)\b|"
        r"\bcustomers? (?:can|may)\b|"
        r"\bparents? (?:can|may|have)|\bparents? are (?:invited|welcome) to\b|"
        r"\bguardians? (?:can|may|have)|\bchoices and rights\b|"
        # (a part titled "4. Your choices": "Use the unsubscribe link in any marketing e-mail.")
        r"\byour (?:privacy )?choices\b|"
        # (a part titled "Part 5: Your controls": "- Delete your account in Profile → Account")
        r"\byour (?:privacy )?controls\b|"
        # a menu path that ends in the action ("Settings › Account › Delete account removes …")
        r"› delete account\b|→ delete account\b|> delete account\b|"
        # (the Japanese statute's "Requests for Disclosure, Correction, and Cessation of Use":
        # "When a user requests disclosure of retained personal data, the Company will …")
        r"\brequests for\b|\busers? requests\b|"
        # ("Account holders can view and edit their Console profile"; a part's title "Managing
        # your data" / "- Review and delete your activity")
        r"\bholders? (?:can|may)\b|"
        # ("Users are able to change their personal information by …", "If you would like to
        # modify or delete …")
        # ("Authorized Agent can submit access and deletion requests …")
        r"\bagents? (?:can|may)\b|"
        # (each alternative led by a literal: the gate keeps its first-character dispatch)
        r"\byou are able to\b|\byou are free to\b|\byou will be able to\b|\busers are able to\b|\busers will be able to\b|"
        r"\bmembers are able to\b|\bcustomers are able to\b|\bparents are able to\b|"
        r"\bif you (?:would like|wish|want) to\b|\bif you wish,|"
        # (an FAQ's question in the user's words: "How do I delete everything? *Account → Delete
        # account*."; not "How do I ask a question or file a complaint?")
        # ("8. Rights of parents and eligible students")
        r"\brights of (?:the )?(?:parents?|guardians?|students?|eligible students|data subjects?|"
        r"users?|individuals?)\b|\bdata subjects?(?:'|’)? rights\b|\bdata subject rights\b|"
        r"\bhow (?:do|can) i (?:delete|erase|remove|access|see|view|correct|update|export|"
        r"download|close|opt|stop|turn|get a copy|withdraw|object)\b|"
        r"\bmanaging your (?:data|information|privacy|activity|personal)\b",
        re.I),
    # (and the "may" of Taiwan's legal style: "您亦得…", "得向主管机关提出申诉"; Hong Kong's 阁下)
    "zh": re.compile(r"[您你](?:有权|可以|可|也可|还可以|有权利|享有|能够)|有权|权利|行使|请求|申请|要求我们|"
                     r"阁下(?:有权|可以|可|亦可|也可|享有|能够)|"
                     r"[您你]亦?得(?:向|请求|要求|行使|随时|依)|得向(?:主管|监管|有关|本公司|我们)|"
                     r"通过.{0,20}(?:联系|进行)|(?:可以|可)(?:随时)?(?:发送|通过|联系|致电|在)|"
                     # (a part on the user's control: "您对自己数据的控制", "您如何管理您的个人信息";
                     # the parent's power: "家长可以在家长端随时查看"; the power named by its act:
                     # "左滑可以删除单条", "若你对处理结果不满意，可以向…人民法院提起诉讼")
                     r"[您你]对自己的?(?:个人)?(?:信息|数据)|[您你]如何管理|"
                     r"(?:家长|监护人|父母|用户)(?:也|还)?(?:可以|可|有权)|"
                     r"(?:左滑|右滑|长按|点击)可以(?:删除|清空|查看|导出|下载)|满意，可以向|满意的，可以向|"
                     r"也可以向|还可以向|也可向|"
                     # ("如您对答复不满意，可向有管辖权的人民法院提起诉讼"; a part "六、你的控制" /
                     # "五、你能怎么管"; a menu path the user is sent to: "去「我的 → 设置 → 隐私 →
                     # 个性化推荐」关掉就行")
                     r"满意，可向|满意的，可向|，可向|，可以向|[您你]的控制|[您你]能怎么管|[您你]可以怎么管|"
                     # (a part titled "4. 用户控制": "### 4.2 数据删除" / "发邮件到 …，我们将…删除你的：账户")
                     r"用户控制|用户的控制|"
                     r"去「[^」]{1,30}」(?:关闭|关掉|删除|导出|清空)|"
                     r"前往「[^」]{1,30}」(?:关闭|关掉|删除|导出|清空)|"
                     # an FAQ's answer to "我可以关闭…吗？": "A：可以，在“设置—隐私”中关闭"
                     r"答[：:]\s?可以，|A[：:]\s?可以，|"
                     # the ways the handler gives the user, named in the introduction ("以及我们为您
                     # 提供的访问、更新、删除和保护这些信息的方式")
                     r"为[您你]提供的(?:查阅|查询|访问|更正|更新|删除)[、，和及与或]|"
                     # (the options it gives: "还为您提供了导出数据和永久删除帐户的选项"; where the user
                     # is sent: "若要查看和清除语音数据，请转到隐私仪表板")
                     r"为[您你]提供(?:了)?[^。；]{0,24}?(?:选项|入口)|"
                     r"请(?:转到|前往|访问|进入|打开)|"
                     # (the power named with its means: "只要登入他们的帐户，就能 存取、更新、移除及
                     # 汇出孩子的音讯记录")
                     r"就能\s?(?:查阅|查看|访问|更正|更新|删除|移除|导出)[、，和及与或]|"
                     r"即可\s?(?:查阅|查看|访问|更正|更新|删除|移除|导出)[、，和及与或]|"
                     r"便可\s?(?:查阅|查看|访问|更正|更新|删除|移除|导出)[、，和及与或]|"
                     # an FAQ's question in the user's voice ("不想要个性化推荐？在“设置—隐私”中关闭即可")
                     r"不(?:想|希望|愿意)(?:要|看到|接收|收到|使用)?个性化|"
                     # the user's act that withdraws ("您一旦关闭任一权限即代表您取消了授权")
                     r"即(?:代表|视为|表示)(?:[您你])?(?:取消|撤回)了?(?:授权|同意)"),
})


# (a list runs to the sentence's end; "Art. 15" and "Sec. 4" do not end it)
_LIST_BODY = r"([^.]{0,260}(?:\.(?= ?\d)[^.]{0,60}){0,8})"


# (and "GDPR grants you specific rights over your personal data: access, rectification, …")
# (and "the rights you have to access, update, delete, and control your personal data")
_RIGHT_LIST = re.compile(r"\brights? (?:(?:that )?you have )?(?:to|of|over|regarding|concerning)\b"
                         + _LIST_BODY, re.I)


# a label naming rights with the rights after its colon ("Data subject rights: export/delete
# self-service", "Your rights: access, correction, deletion")
_RIGHTS_COLON = re.compile(r"\brights?\s?:\s*((?:access|export|download|delet|eras|correct|rectif|"
                           r"portab|object|restrict)[^.]{0,160})", re.I)


_RIGHT_LIST_GATE = LiteralGate(_RIGHT_LIST)


# the same list after "you may request …" ("UK and EU users may request access, correction,
# deletion and portability"), when the one who may is the user (not "We may request …")
# ("You can ask us for access to your data, to correct it, to delete it …"; an imperative to
# send requests: "please send requests to access, correct, delete or export your data to …")
# ("Parents can ask the School, or us, to see their child's information, to delete it …")
_ASK_LIST = re.compile(r"(?:\b(?:may|can) (?:also |at any time |always )?(?:request|ask (?:us )?for|ask us to|"
                       r"ask (?:us|the \w+)(?:,? (?:or|and) (?:us|the \w+))?,? to)|"
                       # ("When a user requests notification of the purposes of use, disclosure,
                       # correction, addition or deletion, suspension of use …")
                       r"\b(?:when|if|where) (?:a |the )?(?:users?|you|data subjects?|persons?) "
                       r"requests?|"
                       r"\bsend (?:us )?(?:your )?requests? to|"
                       # the last of the user's verbs ("You may update account information, …, or
                       # request access, correction, export, or deletion of personal data")
                       r"\b(?:you|users?) (?:may|can) [^.;]{0,160}?,? (?:or|and) request|"
                       # ("You may be entitled under data protection laws to access and review …")
                       r"\bmay be entitled (?:[\w ]{0,50}? )?to|\bare entitled (?:[\w ]{0,50}? )?to)\b"
                       + _LIST_BODY, re.I)


_ASK_LIST_GATE = LiteralGate(_ASK_LIST)


# (a list needs one of these to name a right: asked first, " can " and " may " are common)
_CAN_LIST_VERB = re.compile(r"delete|export|edit|correct|erase|download|modify|rectif|update|"
                            r"access")


# a list of the user's own verbs ("You can export, modify, or delete your transcripts")
_CAN_LIST = re.compile(
    r"\b(?:you|users?|members?|customers?) (?:can|may) (?:also |always |at any time )?"
    r"((?:[a-z]+(?:,| or| and|,? or|,? and) ){1,5}[a-z]+ )(?=your\b|their\b|all\b|any\b)"
    r"(?![^.;]{0,30}?\b(?:settings|preferences|cookies?)\b)", re.I)


# the requests the handler takes ("We support access, rectification, deletion, and portability
# requests", "we honour data access and deletion requests")
_REQUEST_KINDS = re.compile(
    r"\b(?:support|supports|honou?r|honou?rs|accept|accepts|handle|handles|fulfil|fulfill|fulfils|"
    r"fulfills) (?:all |the following |your )?((?:(?:data )?(?:subject )?(?:access|correction|"
    r"rectification|deletion|erasure|portability|export|objection|restriction|opt-out)"
    r"(?:,| and| or|,? and|,? or)? ?){1,8}) requests?\b", re.I)


# ("Residents of states with comprehensive privacy laws may request to know, delete or correct")
_ASKER = re.compile(r"\b(?:you|users?|consumers?|residents?|parents?)(?: of [\w ]{1,60}?)?\s$", re.I)


# the handler's own right ("We reserve the right to modify or amend the terms …")
# (and a licence the user grants it: "… grants Leonardo.Ai the right to use, copy, … modify")
_RESERVED = re.compile(r"\breserves? (?:the|its|our|all)\s$|\b(?:grants?|gives?|granting|giving) "
                       r"(?:[\w.’'-]+ ){1,3}?(?:the|a)\s$", re.I)


def _under_title(clause: Clause, texts: ClauseTexts, gate: LiteralGate, reach: int = 6) -> bool:
    """Whether the nearest heading or numbered title line above *clause* (within *reach*
    clauses; a plain text marks its parts with numbered lines: "8. your rights") passes
    *gate*."""
    above = texts.before.get(clause.id)
    for _ in range(reach):
        if above is None:
            return False
        if is_part_title(above):
            return texts.search(gate, above) is not None
        above = texts.before.get(above.id)
    return False


_LISTED_RIGHTS = tuple((term, LiteralGate(re.compile(verbs, re.I))) for term, verbs in (
    # (and plain words: "rights to: see the data we hold about you; have wrong data put right;
    # … get your data in a format you can reuse elsewhere")
    # (and Japan's APPI wording: "request disclosure, correction, suspension of use or deletion")
    ("access", r"\baccess\b|\bknow\b|\bsee (?:the|your|their|what|which)\b|\binspect\b|"
               r"\bdisclosure, (?:correct|rectif|amend|addition)"),
    ("delete", r"\bdelet|\berase|\berasure|\bcancellation\b"),
    ("correct", r"\bcorrect|\brectif|\bupdate\b|\bput right\b|\bamend|\bmodify\b|\bedit\b"),
    ("portability", r"\btransfer\b|\bportab|\bport\b|\breuse (?:it )?elsewhere\b|"
                    r"\bmachine[- ]readable"),
    # (not a caveat: "request deletion (subject to legal or contractual restrictions)"; not
    # "objectives")
    ("restrict_object", r"\bobject(?!ive)|\brestrict(?!ions\b)|\bopposition\b|\bopt[- ]?out|"
                        r"\bsuspension of (?:use|processing)\b|\bcessation of (?:use|processing)\b"),
    # (not money: "- Withdrawing funds and contacting support")
    ("withdraw_consent", r"\bwithdraw(?!\w* (?:your |the |any )?(?:funds|money|cash|tokens|crypto|assets|"
                         r"balances?|earnings|payouts?|deposits?)\b)"),
    ("complain", r"\bcomplain"),
    # ("Users can access, export, correct and delete their data")
    ("copy", r"\bexport\b|\bdownload\b"),
))


_AUTO_DELETED = re.compile(r"自动删除|立即删除|自动清除|立即清除|定期清理|自动清理|定期删除|定期清除")


_COOKIES_DELETED = re.compile(r"(?:删除|清除)[^。；，]{0,4}?cookies?", re.I)
_ONLY_COOKIES_DELETED = re.compile(r"^(?:(?!删除|清除)[^。；])*(?:删除|清除)[^。；，]{0,4}?cookies?"
                                   r"(?:(?!删除|清除)[^。；])*[。；]?\s*$", re.I)
# ("您可以随时使用浏览器或操作系统软件将其删除", after a sentence on the cookie file)
_BROWSER_DELETES = re.compile(r"^[^。；]*(?:浏览器|操作系统)[^。；]{0,16}?将其(?:删除|清除)[。；]?\s*$")


# what the handler does once the account is closed ("账号注销后，我们将停止为您提供服务，并依据相关法律法规删除
# 或匿名化处理您的个人信息"): its retention, not the user's right
_DELETED_AFTER_CLOSING = re.compile(r"(?:注销|关闭|删除)(?:您的|你的)?(?:账号|账户|帐号|帐户)?(?:之?后|以后)[，,]?"
                                    r"[^。；]{0,6}?我们(?:将|会)[^。；]{0,40}?(?:删除|清除)")


_USER_DELETING = re.compile(r"[您你](?:也|还)?(?:可以|可|有权|能够)(?:随时)?[^。；]{0,16}?(?:删除|清除|清空|移除)|"
                            r"(?:可以|可|有权)(?:随时)?(?:要求|请求)?(?:我们)?删除|"
                            # ("但您要求我们立即删除或注销账户的…除外")
                            r"要求(?:我们)?(?:立即)?(?:删除|清除)|请求(?:我们)?(?:立即)?(?:删除|清除)")


# withdrawing consent named only as a ground for erasure ("the right to the deletion of your data
# when it is no longer needed, or when you withdraw your consent"; GDPR's "(b) you withdraw consent
# and there is no other legal ground") is no statement that the user may withdraw it
_WITHDRAW_AS_GROUND = re.compile(
    r"(?:delet|eras)[^.;]{0,200}?\b(?:when|if|where)\b[^.;]{0,60}?\bwithdraws?\b|"
    r"\bwithdraws? (?:your |their |his or her )?consent,? and there (?:is|are) no other legal", re.I)


_WITHDRAW = re.compile(r"\bwithdraw|\brevoke|\brevocation|\btake (?:back|your consent)", re.I)


_RIGHTS_LABEL = re.compile(r"(?:your |consumer |california |privacy |data )?rights?\W{0,3}", re.I)


# a right named by a label opening a line of a part about the user's rights ("Your rights" /
# "- Access: all your conversations are visible in-app." / "- Deletion: delete any chat …" /
# "- Export: request a JSON export …"), unless the line denies it ("Export: not available")
# (the names of rights a label or a table's first cell gives them)
_RIGHT_NAMES = (r"access|deletion|erasure|correction|rectification|export|portability|"
                r"data portability|objection|restriction|withdrawal of consent|withdraw consent|"
                r"opt-out|opt out")
_RIGHT_LABEL = re.compile(
    r"\W{0,4}(?:\d{1,2}[.)]\s*\W{0,3})?(?:the )?(?:right (?:of |to )?)?(" + _RIGHT_NAMES
    + r")(?:\W{0,3}[:：—–]|[*_]{0,2}\s+-\s)", re.I)  # (or a spaced hyphen: "1. **Access** - Request …")


def _add_listed_rights(found: dict[str, list[int]], clause_id: int, words: str,
                       low: str | None = None, plain: bool | None = None) -> None:
    """Add *clause_id* as evidence of each right whose verb *words* name (a list of rights:
    "access, delete, correct"; *low*/*plain*: see ``LiteralGate.search``)."""
    for term, verb in _LISTED_RIGHTS:  # (each verb's literals tested first)
        if verb.search(words, 0, low, plain):
            found.setdefault(term, []).append(clause_id)


_IMPERATIVE_VERBS = ("access", "review", "download", "export", "delete", "erase", "correct",
                     "update", "withdraw", "object to", "restrict", "port", "transfer")
# the same verbs as gerunds ("may have rights such as:" / "- Objecting to certain types of
# processing."), each read as its verb
_GERUNDS = {"accessing": "access", "reviewing": "review", "downloading": "download",
            "exporting": "export", "deleting": "delete", "erasing": "erase",
            "correcting": "correct", "updating": "update", "withdrawing": "withdraw",
            "objecting to": "object to", "restricting": "restrict", "porting": "port",
            "transferring": "transfer"}
_GERUND = re.compile(r"\b(?:" + "|".join(_GERUNDS) + r")\b", re.I)
# the rights an item asks for by name ("- Requesting deletion or restriction of certain data.")
_NAMED_RIGHTS = r"(?:deletion|erasure|correction|rectification|restriction|access|portability|export)"
_IMPERATIVE_RIGHTS = re.compile(
    r"\W{0,4}((?:(?:" + "|".join((*_IMPERATIVE_VERBS, *_GERUNDS)) + r")(?:,? or|,? and|,|/)? ?){1,5}|"
    r"(?:requesting|request) (?:the )?" + _NAMED_RIGHTS + r"(?:(?:,? or|,? and|,|/) (?:the )?"
    + _NAMED_RIGHTS + r"){0,4})\b(?! (?:us|we|our)\b)"
    # (money is not what a right takes back: "- Withdrawing funds and contacting support")
    r"(?! ?(?:your |the |any )?(?:funds|money|cash|tokens|crypto|assets|balances?|earnings|payouts?|"
    r"deposits?)\b)", re.I)


_LABELLED_RIGHTS = {
    "access": "access", "deletion": "delete", "erasure": "delete", "correction": "correct",
    "rectification": "correct", "export": "copy", "portability": "portability",
    "data portability": "portability", "objection": "restrict_object",
    "restriction": "restrict_object", "object": "restrict_object",
    "withdrawal of consent": "withdraw_consent",
    "withdraw consent": "withdraw_consent", "opt-out": "restrict_object",
    "opt out": "restrict_object"}


_RIGHT_CELL = re.compile(
    r"\W{0,4}(?:the )?(?:right (?:of |to )?)?(" + _RIGHT_NAMES + r"|object)[*_]{0,2}\s*"
    r"(?:\([^()|]{0,40}\)\s*)?\|", re.I)


# a heading that is a right's name, in a part about rights ("## Your rights" / "### Access" /
# "Request a copy of your personal information.")
_RIGHT_HEADING = re.compile(r"[#*_\s]{0,8}(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:the )?(?:right (?:of |to )?)?"
                            r"(" + _RIGHT_NAMES + r")(?: rights?)?[*_\s.:]{0,4}", re.I)


_RIGHTS_HEADER = re.compile(r"\brights?\b", re.I)


# an "Opt-out" that only says the user may leave ("- **Opt-out:** Stop using the service at any
# time", "Opt-Out: You can stop using the App and delete your account"): no right over the
# handler's processing
# (and "**Opt-Out:** If you do not agree with this policy, do not use the Bot.")
_STOP_USING = re.compile(r"[*_\s]*(?:you (?:can|may) )?(?:simply )?(?:stop|cease|discontinue) using\b|"
                         r"[*_\s]*if you do not agree\b[^.]{0,80}?,? (?:please )?do not (?:use|access)\b",
                         re.I)


# (the first words of those verbs: a sentence is asked only when it opens with one)
_RIGHT_VERBS = tuple(verb.split()[0] for verb in (*_IMPERATIVE_VERBS, *_GERUNDS, "request"))


_VERB_LIST = re.compile(r"\w(?:,| or| and|/)")  # (two verbs or more)


_DENIED_AFTER = re.compile(r"\b(?:not|no|never|cannot)\b|n't\b", re.I)


_RIGHTS_SECTION = LiteralGate(re.compile(
    r"\brights\b|\byour (?:privacy )?(?:choices|controls)\b|\bcontrol(?:ling)? your\b|"
    r"\bmanag(?:e|ing) your (?:data|information|privacy)\b|"
    # ("### Data Requests" / "- **Portability:** Export your data")
    r"\bdata (?:subject )?requests\b|\bprivacy requests\b", re.I))


_TO_LIST = re.compile(r"\W{0,3}to [a-z]+(?:,| and| or)", re.I)


_NO_ACCOUNTS = re.compile(r"(?:暂无|没有|暂不提供|不提供|不设|无需)(?:注册)?(?:用户)?(?:账号|账户|帐号)(?:体系|系统|功能)?")


# the handler's own power, not the user's ("We reserve the right to restrict or terminate use",
# "本政策的解释和修改权利由…保留" / "…保留一切解释和修改权利", "服务方有权注销或永久冻结用户的账户")
_HANDLER_POWER = {
    "en": re.compile(r"\b(?:reserves?|retains?) (?:the|its|our|all)(?: \w+)? rights?\b|"
                     r"\bwe (?:have|retain) the right\b", re.I),
    "zh": re.compile(r"保留[^。；，]{0,12}?权利?|(?:服务方|本公司|我们|我司|本平台|平台方?|公司|运营方|本网站|"
                     r"本应用|本产品)(?:均|也|亦)?有权"),
}


# a right's label whose line says there is nothing to exercise it on ("- **Right to Access**: No
# data to access", "Portability: not applicable")
_NOTHING_TO = re.compile(r"[^:：]{0,60}\bright[^:：]{0,40}[:：—–][*_\s]*(?:no (?:data|information|"
                         r"personal (?:data|information)|records?|account)s?\b|none\b|not (?:applicable|"
                         r"available|supported|offered)\b|n/a\b)", re.I)


def _handlers_power(clause: Clause) -> bool:
    """Whether *clause* speaks of the handler's own power only (``_HANDLER_POWER``, and no cue
    of the user's left once it is taken out)."""
    handler = _HANDLER_POWER[clause.lang]
    if not handler.search(clause.text):
        return False
    return _USER_POWER[clause.lang].search(handler.sub(" ", clause.text)) is None


def _users_deletion(text: str) -> bool:
    """Whether a Chinese clause naming deletion speaks of the user's right to it (see
    ``_AUTO_DELETED``, ``_ONLY_COOKIES_DELETED``, ``_BROWSER_DELETES``)."""
    if _BROWSER_DELETES.search(text):
        return False
    if _DELETED_AFTER_CLOSING.search(text) and not _USER_DELETING.search(text):
        return False
    return not (_AUTO_DELETED.search(text) or _ONLY_COOKIES_DELETED.search(text)) or (
        _USER_DELETING.search(_COOKIES_DELETED.sub("", text)) is not None)


def _drop_evidence(found: dict[str, list[int]], term: str, by_id: dict[int, Clause],
                   drop: Callable[[Clause], bool]) -> None:
    """*found* without the evidence of *term* that *drop* rejects, and without *term* when none
    is left."""
    if term not in found:
        return
    kept = [cid for cid in found[term] if not drop(by_id[cid])]
    if kept:
        found[term] = kept
    else:
        del found[term]


def rights(lex: Lexicon, clauses: list[Clause], texts: ClauseTexts) -> list[dict[str, Any]]:
    """Rights the user is told they have: cue patterns, plus the verbs of an English list such
    as "the right to access, delete, correct, or transfer your data; to object to …"."""
    # (a sentence after a run-in title on its line that passes the gate: "**How do I delete
    # everything?** *Account → Delete account*.")
    run_in = frozenset(clause.id for title, clause in zip(clauses, clauses[1:], strict=False)
                       if title.kind == "heading" and title.line == clause.line
                       and texts.search(_USER_POWER[title.lang], title) is not None)
    found = {r["term"]: list(r["evidence"])
             for r in term_list(lex, "rights", clauses, texts, _USER_POWER, ungated=run_in)}
    by_id = {c.id: c for c in clauses}
    previous: Clause | None = None
    for clause in clauses:
        before, previous = previous, clause
        if clause.lang != "en":
            continue
        low = texts.low[clause.id]
        if before is not None and before.line == clause.line and _TO_LIST.match(clause.text) and (
                _RIGHTS_LABEL.fullmatch(before.text.strip(" *_"))):
            # a list run in after a label ("**Your rights.** To know, delete, correct, and not to
            # be discriminated against.")
            plain = True if texts.plain[clause.id] else None
            _add_listed_rights(found, clause.id, clause.text, low, plain)
            continue
        # (the literals each list needs, tested on the folded text first)
        lists = (*((_RIGHT_LIST,) if "right" in low and texts.possible(_RIGHT_LIST_GATE, clause)
                   else ()),
                 *((_ASK_LIST,) if ("request" in low or "ask " in low or "entitled" in low)
                   and texts.possible(_ASK_LIST_GATE, clause) else ()),
                 *((_RIGHTS_COLON,) if "rights:" in low or "rights :" in low
                   or "right:" in low else ()),
                 *((_REQUEST_KINDS,) if "requests" in low or "request." in low else ()),
                 *((_CAN_LIST,) if (" can " in low or " may " in low)
                   and _CAN_LIST_VERB.search(low) else ()))
        if not lists:
            continue
        plain = True if texts.plain[clause.id] else None  # a part of a plain text is plain
        for m in (m for pattern in lists for m in pattern.finditer(clause.text)):
            if negated(clause.text, m.start(), "en") or (
                    m.re is _ASK_LIST and not _ASKER.search(clause.text, 0, m.start())
                    and not m.group().lower().startswith(("send", "when", "if", "where", "you", "user"))) or (
                    m.re is _RIGHT_LIST and _RESERVED.search(clause.text, 0, m.start())):
                continue
            start, end = m.span(1)
            _add_listed_rights(found, clause.id, m.group(1), low[start:end], plain)
    # the handler's automatic deletion is no right of the user's ("上传用于 AI 抠图的文件将自动删除,
    # 无需额外请求"; not "您可以随时删除，已删除的内容会在30日后自动删除"), nor the browser's cookies the
    # user may clear ("您可根据自己的偏好管理或删除 Cookies")
    _drop_evidence(found, "delete", by_id, lambda c: c.lang == "zh" and not _users_deletion(c.text))
    # a service without accounts has none to close ("注销：暂无账号体系，停止使用并卸载即可")
    _drop_evidence(found, "deregister_account", by_id,
                   lambda c: c.lang == "zh" and _NO_ACCOUNTS.search(c.text) is not None)
    # the handler's own power, and a right's label with nothing behind it (each clause asked once)
    no_right = {cid for ids in found.values() for cid in set(ids) if _handlers_power(by_id[cid]) or (
        by_id[cid].lang == "en" and _NOTHING_TO.match(by_id[cid].text) is not None)}
    for term in list(found):
        _drop_evidence(found, term, by_id, lambda c: c.id in no_right)
    # consent withdrawn as a ground of another right, not a right of its own
    _drop_evidence(found, "withdraw_consent", by_id,
                   lambda c: len(_WITHDRAW.findall(c.text)) == 1
                   and _WITHDRAW_AS_GROUND.search(c.text) is not None)
    for clause, header in with_table_headers(clauses):
        # a table of rights: the right's name in a row's first cell, under a header naming
        # rights or in a part about them ("| Right | Description |" / "| Erasure | Delete your
        # account … |")
        cell = _RIGHT_CELL.match(clause.text) if clause.kind == "row" and clause.lang == "en" else None
        if cell is not None and not _DENIED_AFTER.search(clause.text, cell.end()) and (
                (header is not None and _RIGHTS_HEADER.search(header.text))
                or texts.section_level(_RIGHTS_SECTION, clause) > 0):
            found.setdefault(_LABELLED_RIGHTS[cell.group(1).lower()], []).append(clause.id)
        if clause.lang == "en" and clause.kind == "heading" and (
                heading := _RIGHT_HEADING.fullmatch(clause.text)) is not None and (
                len(clause.sections) > 1 and _RIGHTS_SECTION.search(clause.sections[-2])):
            found.setdefault(_LABELLED_RIGHTS[heading.group(1).lower()], []).append(clause.id)
        # a right named by a label alone, in a part about the user's rights
        if clause.lang == "en" and clause.kind in ("item", "sentence"):
            label = _RIGHT_LABEL.match(clause.text)
            # (a label alone on its line says what the next line says: "- **Opt-Out:**" / "If
            # you do not agree with this policy, do not use the Bot.")
            said = clause.text[label.end():] if label is not None else ""
            if label is not None and not said.strip(" *_") and (
                    after := texts.after.get(clause.id)) is not None and after.kind != "heading":
                said = after.text
            if label is not None and not _DENIED_AFTER.search(said) and (
                    texts.section_level(_RIGHTS_SECTION, clause) > 0) and not (
                    _STOP_USING.match(said)):
                term = _LABELLED_RIGHTS[label.group(1).lower()]
                found.setdefault(term, []).append(clause.id)
            # an item of a rights part that opens with the verbs it grants ("- Export or
            # delete anytime.", "- Withdraw consent whenever you like.")
            # (and a sentence of one that opens with a list of them: "8. your rights" / "access,
            # correct, export, or delete your data at any time from account settings")
            verbs = _IMPERATIVE_RIGHTS.match(clause.text) if clause.kind == "item" or (
                texts.low[clause.id].lstrip(" *_-•").startswith(_RIGHT_VERBS)) else None
            if verbs is not None and clause.kind != "item" and not _VERB_LIST.search(
                    verbs.group(1)):
                verbs = None
            if verbs is not None and not _DENIED_AFTER.search(clause.text, verbs.end()) and (
                    texts.section_level(_RIGHTS_SECTION, clause) > 0
                    or _under_title(clause, texts, _RIGHTS_SECTION)):
                _add_listed_rights(found, clause.id, _GERUND.sub(
                    lambda m: _GERUNDS[m.group().lower()], verbs.group(1)))
    if "portability" in found and "copy" not in found:
        # receiving one's data to take elsewhere is obtaining a copy of it
        found["copy"] = list(found["portability"])
    order = list(lex.terms["rights"])
    return [{"term": t, "evidence": cap(found[t])} for t in order if t in found]
