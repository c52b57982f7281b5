"""How long the notice says data is kept: a period ("30 days", "6个月") or a rule tied to an event
("until you delete your account", "账号注销后删除", "deleted once processing is complete"), with the
clauses it was read from (``retention``); times that are no periods of keeping (a reply's deadline,
a cookie's lifetime, an age) are not read as such.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .clause_texts import ClauseTexts, cap, gated, is_title, with_table_headers
from .prefilter import LiteralGate

if TYPE_CHECKING:
    from .analyser import Clause

RETENTION_CTX = gated({
    "en": re.compile(
        r"\bretain|\bretention|\bkeep(?:ing)?\b(?! in mind)|\bkept\b|\bhow long\b|\bstor(?:e|ed|es|age)\b|\bdelet|\bpurg|\berase|"
        r"\banonymi|\bmaintain|\boverwrit|\bshorten|\btruncat|"
        # "we remove the entirety of the IP address after 6 months"
        r"\bremov(?:e|es|ed|ing)\b|"
        # "Inference payloads are not logged beyond 24 hours"
        r"\blogged beyond\b|\blogged for\b|\blogged longer\b|"
        # "Conversations are saved to your account for 18 months"
        r"\bsaved for\b|\bsaved (?:to|in) (?:your|the) \w+ for\b|"
        # "Threads started in Incognito are wiped after 24 hours", "discarded after 30 days"
        r"\bwip(?:e|ed|es)\b|\bdiscard|\bdestroy|"
        # "never persisted", "exists only in memory while …", "remains available until you …"
        r"\bpersist|\bonly in memory\b|\bremains? available until\b", re.I),
    # (and Taiwan's 個資法 notice: "三、利用期間：自蒐集之日起至本公司停止提供服務後五年")
    "zh": re.compile(r"保存|保留|存储|储存|留存|删除|匿名化|清除|销毁|弃置|丢弃|利用之?期间|用完即(?:弃|删)|"
                     r"从(?:内存|记忆体)(?:中)?释放|结束后(?:即|立即|自动)?失效"),
})
_NOT_RETENTION = gated({
    "en": re.compile(
        # (not the notice itself: "… outlined in this privacy notice, up to a maximum of one year",
        # "No purpose in this notice will require us keeping …"; the window read may cut "this"
        # and "privacy" to their ends)
        r"\brespon(?!ses\b)|\breply|\bnotif|\bnotice\b(?<!is notice)(?<!cy notice)|\bverif|"
        r"\bprior to|\bin advance|\bplease allow\b|\ballow up to\b|\bpreceding|\bprevious|"
        r"\bin the last\b|\bduring the last\b|\bover the last\b|"
        r"\blook[- ]?back|\bextend|"
        # a time to carry out a request ("it may take up to four weeks to process your request")
        r"\bto (?:process|complete|fulfil|fulfill|handle) (?:your|the|this|such|that) (?:request|"
        r"opt|change|choice|application)|"
        # how long a cookie lasts on the user's device, not how long the handler keeps data
        # ("The opt-out cookie will last for five years", "will remain on your computer after
        # you have left our site for up to 20 years")
        r"\bcookies? (?:[\w-]+ ){0,4}?(?:will |may |can )?(?:last|expire)|"
        r"\bremains? (?:stored )?on your (?:computer|device|browser|hard drive)|"
        # (a look-back "in the past 12 months", not a period after an event: "for longer than six
        # (6) months past the termination of the user's account"; the window read may cut the
        # event's word: "past the termin")
        r"\bpast\b(?! the (?:termin|end\b|clos|expir|delet|cancel))",
        re.I),
    # "15个工作日内答复" is a reply time, "15个工作日内删除" a deletion period: the verb decides
    # (not 反馈评语, 反馈内容: feedback the user gives is data kept)
    # (and a check of the request, "15日内完成核查和处理", and round-the-clock service, "7*24小时")
    # (not the review history kept, "举报记录及其审核历史…保留 180 天", nor a deletion once the
    # request is checked, "验证后，我们会在 30 天内删除")
    "zh": re.compile(r"回复|答复|反馈(?!评语|内容|意见|信息|记录|数据)|响应|处理您的(?:请求|申请)|核验(?!后)|核实(?!后)|"
                     r"审核(?!员|人员|历史|记录)|"
                     # (not a deletion the user asks for early: "保留12个月，除非您要求提前删除")
                     r"验证(?!后)|通知|提前(?!删除|清除|销毁)|公告|核查|7\s*[*×xX]\s*24|生效|"
                     # ("如需删除账号…我们将在 15 个工作日内处理")
                     r"内(?:予以)?处理(?!并删除|后删除|完毕后删除)"),
})
_PERIOD = gated({
    "en": re.compile(
        # (one top-level alternative, so the gate stays one pattern, looked for by its units)
        r"\b(?:(?:\d{1,4}(?:\s?[-–]\s?\d{1,4}(?=[\s-]))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
        r"twenty|thirty|sixty|ninety)(?:\s*\(\d+\))?[\s-]+(?:calendar |business )?"
        r"(?:minutes?|seconds?|hours?|days?|weeks?|months?|years?)|"
        # "for no longer than a year", "within a month" (not "once a year")
        r"(?:for|than|within|after|up to) (?:a day|a week|a month|a year|an hour))\b", re.I),
    # (a number in words runs to five characters: 一百八十日, 三百六十五天; 十四周岁 is an age)
    # (not a date: "最后更新：2025年11月5日")
    # (nor how often: "每 24 小时检查新增文件")
    "zh": re.compile(r"(?<![\d年月每])(?<!每 )(?<!每隔)(?<!每隔 )(?!\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日)"
                     r"(?:\d{1,4}|[一二三四五六七八九十两半百]{1,5})\s*(?:个)?(?:自然日|工作日|小时|天|日|"
                     r"周(?!岁)|个月|月|年)(?!龄)"),
})
# the end of the work first, then the deletion ("Once the verification process is completed,
# all image data is permanently deleted from our servers", "Photos are processed by AI and then
# deleted", "stored for processing and immediately deleted"); asked only of a clause holding one
# of its verbs of deleting (its other literals, "once", "after", "when", are common words)
_WORK_DONE_THEN_DELETED = re.compile(
    r"\b(?:once|after|when) (?:the |your |each |its )?(?:[\w-]+ ){1,3}?(?:is|has been|are|have been) "
    r"(?:complete|completed|finished|done|processed|generated|delivered|extracted|analy[sz]ed|"
    r"transcribed|verified)\b[^.;]{0,60}?\b"
    r"(?:(?:automatically|permanently|immediately) )?(?:deleted|erased|purged|discarded|destroyed)\b|"
    # "After Lumo processes your query and generates a response, the data is erased"
    r"\bafter (?:[\w-]+ ){1,2}?(?:processes|generates|completes|finishes|answers|handles|transcribes|"
    r"translates)\b[^.;]{0,80}?\b(?:deleted|erased|discarded|purged|destroyed)\b|"
    r"\bprocessed (?:[\w-]+ ){0,4}?(?:and )?(?:then|immediately|afterwards) (?:permanently )?"
    r"(?:deleted|erased|discarded|purged)\b|\bfor processing and (?:then |immediately |"
    r"afterwards |automatically )?(?:permanently )?(?:deleted|erased|discarded|purged)\b", re.I)
_DELETED_WORDS = ("deleted", "erased", "purged", "discarded", "destroyed")
# the end of the work data is sent for, after a verb of deleting (see _EVENT_RULE)
_AFTER_THE_WORK = (
    r"(?:[\w-]+ ){0,4}?(?:after|once|as soon as|when) "
    r"(?:the |your |each |its )?(?:(?:generation|processing|transcription|conversion|analysis|"
    r"checking|grading|scanning|recognition|translation|verification|moderation)\b|"
    r"(?:session|call|request|task|job|conversation) (?:ends|is over|has ended)\b|"
    r"(?:\w+ ){1,2}?(?:is|has been|are|have been) (?:complete|completed|finished|done|processed|"
    r"generated|transcribed|delivered)\b)")
_BEYOND_THE_WORK = (r"(?:[\w-]+ ){0,3}?beyond the (?:immediate )?(?:generation|processing|"
                    r"completion|duration|end) of\b")
# (after a verb of keeping) the end of the work the data is kept for (see _EVENT_RULE)
_UNTIL_DONE = (
    r"(?:[\w-]+ ){0,4}?until (?:the |your |each |that )?(?:[\w-]+ ){0,2}?(?:task|job|request|"
    r"processing|session|upload|conversion|transcription|generation) (?:completes|is complete|"
    r"is completed|finishes|is finished|ends)\b")
# the work whose end the handler's deletion follows, in Chinese ("会话结束后删除", "转写完成后，…删除")
_ZH_WORK = r"(?:会话|对话|通话|任务|识别|生成|转写|翻译|认证|核验|分析|检测)"
_EVENT_RULE = gated({
    "en": re.compile(
        # ("Persist in your Cloud workspace until you or your organization admin deletes them")
        r"until you or (?:your|an|the) (?:\w+ ){0,2}?(?:admin\w*|owner) (?:deletes|removes)\b|"
        r"until (?:you|the user) (?:(?:choose|chooses|decide|decides|wish|wishes) to )?(?:delete|close|"
        r"deactivate|terminate|request|clear|remove|turn off|"
        r"switch off|disable|withdraw|unsubscribe|ask us to|tell us to|uninstall)|"
        # ("for as long as you remain a Nest customer")
        r"as long as you remain (?:a|an) (?:[\w-]+ ){0,3}?(?:customer|user|member|subscriber)\b|as long as (?:your|the) "
        r"account (?:is|remains) (?:active|open)|for the (?:life|lifetime|duration) of your account|"
        r"(?:after|upon|when|once|following) (?:you )?(?:request )?(?:delete|close|deactivate|terminate|"
        r"cancel|the deletion of|deletion of|closure of|closing|the cancellation of|cancellation of|"
        r"termination of) your account|until (?:your )?account "
        r"(?:deletion|closure)|"
        # ("for the duration of your recording subscription period", "for as long as you use
        # the application")
        r"\bfor the duration of your (?:[\w-]+ ){0,2}?(?:subscription|account|membership)\b|"
        r"\bas long as you (?:use|continue to use|keep using) (?:the|our|this) (?:[\w-]+ )?(?:application|"
        r"app|service|services|platform|product|device)\b|"
        # ("We keep account and document data while your account is active")
        r"\bwhile (?:your |the )?account (?:is|remains) (?:active|open)\b|"
        # ("stored securely while you maintain an account", "as long as you keep your account")
        r"\bwhile you (?:maintain|keep|have|hold) (?:an|your|a) (?:\w+ )?account\b|"
        r"\bas long as you (?:maintain|keep|have|hold) (?:an|your|a|the) (?:\w+ )?account\b|"
        # the end of the work the data is sent for ("Uploaded images are … automatically deleted
        # after generation is complete", "deleted immediately after processing")
        # (one alternative per verb, each led by its literal: the gate keeps its dispatch)
        # (a few words may stand between: "deleted from our servers once processing is completed")
        r"\bdeleted " + _AFTER_THE_WORK + r"|\bdiscarded " + _AFTER_THE_WORK + r"|"
        r"\berased " + _AFTER_THE_WORK + r"|\bpurged " + _AFTER_THE_WORK + r"|"
        r"\bremoved " + _AFTER_THE_WORK + r"|"
        # "kept until the transcription task completes, at which point it is deleted", "not
        # retained by us following completion of that request", "deleted when you uninstall"
        # ("Feedback emails: retained until resolved, then deleted")
        r"\bretained until (?:the |your |it is |they are )?(?:\w+ )?(?:resolved|closed|fulfilled|"
        r"answered)\b|"
        # ("Data is retained until manually removed by the bot operator", "retained until
        # overwritten, removed by admin action, or manually deleted")
        r"\bretained until (?:it is |they are )?(?:manually |automatically )?(?:removed|deleted|"
        r"overwritten|purged|cleared)\b|"
        # ("Is deleted immediately after the response is created", "Once the analysis is complete
        # … the data is discarded")
        r"\bdeleted immediately after\b|\bonce the (?:analysis|review|processing|request) is "
        r"complete[^.;]{0,80}?\b(?:discarded|deleted|erased|purged)\b|"
        # ("Music prompts and reactions are retained indefinitely")
        r"\bretained indefinitely\b|\bnot deleted from our servers\b|\bnever (?:be )?deleted\b|\bkept indefinitely\b|\bstored indefinitely\b|"
        # ("Session data is retained for diagnostic history unless deleted by the user", "kept
        # until deleted by you")
        r"\bretained (?:[\w-]+ ){0,4}?(?:until|unless) (?:it is |they are )?deleted by (?:you|the user)\b|"
        r"\bkept (?:[\w-]+ ){0,4}?(?:until|unless) (?:it is |they are )?deleted by (?:you|the user)\b|"
        r"\bstored (?:[\w-]+ ){0,4}?(?:until|unless) (?:it is |they are )?deleted by (?:you|the user)\b|"
        r"\bkept " + _UNTIL_DONE + r"|\bstored " + _UNTIL_DONE + r"|\bretained " + _UNTIL_DONE
        + r"|\bheld " + _UNTIL_DONE + r"|\bsaved " + _UNTIL_DONE + r"|"
        r"\bnot (?:retained|stored|kept|saved)(?! by (?:third|our|the|its|their) ) (?:[\w-]+ ){0,3}?(?:after|following|beyond|past) "
        r"(?:the )?(?:completion|end) of\b|"
        # "Voice recordings are not stored after transcription"
        # (not the vendors': "… are not retained by third-party vendors after processing")
        r"\bnot (?:retained|stored|kept|saved)(?! by) (?:[\w-]+ ){0,3}?after (?:the |your |each )?(?:generation|"
        r"processing|transcription|conversion|analysis|checking|grading|scanning|recognition|"
        r"translation|verification)\b|"
        r"\bdeleted (?:[\w-]+ ){0,3}?(?:when|once|after|if) you (?:uninstall|remove|delete) (?:the|this|"
        r"our) (?:[\w-]+ )?(?:app|application|assistant|extension|plugin|add-on)\b|"
        # "only retained for the duration of processing", "we do not store your audio after your
        # session ends"
        r"\bfor the duration of (?:the |your |each )?(?:processing|session|request|call|"
        r"conversation)\b|\bfor the duration of (?:computing|generating|processing|handling) (?:the |"
        r"your |each )?(?:response|request|answer|query|result)\b|"
        # "exists only in memory while the request is being processed", "does not persist your
        # messages beyond the immediate generation of responses"
        r"\bwhile (?:the |your |each )?(?:request|query|task|job|call|prompt) is being (?:processed|"
        r"handled|served|generated)\b|"
        r"\bpersist\w* " + _BEYOND_THE_WORK + r"|\bretain\w* " + _BEYOND_THE_WORK + r"|\bstored "
        + _BEYOND_THE_WORK + r"|\bkept " + _BEYOND_THE_WORK + r"|\bafter (?:your|the|each) (?:session|call|conversation|chat) (?:ends|is "
        r"over|has ended|closes)\b", re.I),
    "zh": re.compile(
        # (not a list of the user's rights: "监护人有权：查询、更正、删除未成年人的个人信息，注销账号")
        r"注销(?![/／]).{0,25}(?:删除|匿名化|清除|销毁)|"
        # ("注销账户的行为是不可逆的，我们将停止为您提供产品或服务，…并依据您的要求删除…")
        r"注销[^。；]{0,30}?我们(?:将|会)[^。；]{0,40}?(?:删除|匿名化)|(?:删除|匿名化|清除)(?<!、删除)(?<!有权删除)(?<!、清除)(?:(?!请|可以|可通过|您可)[^。；]){0,15}注销|"
        # (not how the user closes the account: "如需彻底删除账户，请使用设置中的注销账号功能")
        r"(?:删除|清除)(?:您的)?(?:账户|账号|帐号)信息|(?:保存|保留|存储)(?:至|到|直至|直到)[^。；]{0,10}?"
        r"(?:删除|注销)|直至您(?:主动)?(?:删除|注销)|直(?:到|至)(?:您|你|用户)[^。；，]{0,8}?(?:主动|手动)(?:删除|注销|清除)|"
        # "保留至您请求删除为止", "直到您要求删除", "用完即弃"
        r"直(?:到|至)您(?:主动)?(?:请求|要求|申请)?(?:我们)?(?:删除|注销)|用完即(?:弃|删)|"
        # "自您注册账号之日起至您注销账号之日止", "在您的账号存续期间…保存", "会话结束后自动删除"
        r"至(?:您)?注销(?:账号|账户|帐号)(?:之日|时|为止)|(?:账号|账户|帐号)(?:存续|有效)期(?:间|内)|"
        # the period of use a Taiwanese notice states (個資法 §8: "利用之期間：…以您要求停止使用…之日為止")
        r"利用之?期间[:：]|"
        # "我们在处理后删除参考图片", "图片分析后立即删除" (the handler's deletion right after its
        # work); "资料会在账户删除后立即删除"
        r"处理(?:结束|完成|完毕)?后(?:将|会|即|立即|自动|及时)?(?:被)?(?:删除|清除|销毁|弃置|丢弃)|"
        r"分析(?:结束|完成|完毕)?后(?:将|会|即|立即|自动)?(?:被)?(?:删除|清除|销毁|弃置|丢弃)|"
        r"识别(?:结束|完成|完毕)?后(?:将|会|即|立即|自动)?(?:被)?(?:删除|清除|销毁|弃置|丢弃)|"
        # ("账户删除后，我们将根据法律法规要求保留必要的交易记录，其他个人信息将被删除或匿名化处理")
        r"(?:账号|账户|帐号)(?:删除|注销)(?:后|时)[^。；]{0,40}?(?:删除|匿名化|清除)|"
        # "照片在分析完成後不會儲存於伺服器上"
        r"分析(?:结束|完成|完毕)后(?:即|将)?不(?:会|予)?(?:再)?(?:长期)?(?:储存|存储|保存|保留)|"
        r"处理(?:结束|完成|完毕)后(?:即|将)?不(?:会|予)?(?:再)?(?:长期)?(?:储存|存储|保存|保留)|"
        # ("您输入的翻译文本在完成 API 回传后即从内存释放" — 記憶體 in Taiwan)
        r"完成[^。；，]{0,12}?后(?:即|立即|便|会)?从(?:内存|记忆体|缓存|服务器)(?:中)?(?:释放|清除|删除)|"
        + _ZH_WORK + r"(?:结束|完成)(?:后|时)[^。；，]{0,12}?(?:删除|清除|丢弃|销毁|弃置)|"
        # ("…不会写入数据库，会话结束后即失效")
        + _ZH_WORK + r"(?:结束|完成)(?:后|时)(?:即|立即|自动)?(?:失效|释放)|"
        # ("转写完成、失败、超时或被你取消后立即丢弃")
        + _ZH_WORK + r"完成[、，或和及][^。；]{0,16}?后(?:立即|即|自动)(?:被)?(?:删除|清除|丢弃|销毁|弃置)|"
        # ("转写完成后，原始音频会被删除"; not the user's own act after the comma)
        + _ZH_WORK + r"(?:结束|完成)(?:后|时)，[^。；，您你]{0,12}?(?:删除|清除|丢弃|销毁|弃置)|"
        # not kept beyond the work ("平台不保存请求正文，仅在处理期间临时使用，不以持久化方式留存")
        r"不(?:以|作)?持久化(?:的)?(?:方式)?(?:留存|保存|存储|储存)|不(?:会|做|进行)?持久化(?:存储|保存|留存)|"
        # a cap on how many records are kept ("历史记录最多保留 30 条，超出后自动删除最早的记录",
        # "我们会保存您最近的对话记录（最多20条）")
        r"最多(?:保留|保存|存储|储存)\s?\d+\s?条|最近的[^。；，]{0,10}?记录[（(]最多\s?\d+\s?条|"
        # "图片一经处理即删除"
        r"一经(?:处理|生成|识别|使用|上传)(?:完成|完毕)?(?:后)?(?:即|便|就|立即)(?:被)?(?:自动)?(?:删除|清除|销毁)|"
        # the handler's processing of an upload, then its deletion ("处理完成后,图片及临时文件将自动
        # 删除"; not the user's own: "处理完成后，您可以删除…")
        r"处理(?:结束|完成)?(?:后|时)[^。；您你]{0,14}?(?:自动|立即|即)(?:删除|清除|丢弃|销毁)|"
        r"抠图(?:结束|完成)?(?:后|时)[^。；您你]{0,14}?(?:自动|立即|即)(?:删除|清除|丢弃|销毁)|"
        r"请求(?:结束|完成)?(?:后|时)[^。；您你]{0,14}?(?:自动|立即|即)(?:删除|清除|丢弃|销毁)|"
        r"上传(?:结束|完成)?(?:后|时)[^。；您你]{0,14}?(?:自动|立即|即)(?:删除|清除|丢弃|销毁)|"
        # deletion when the user deletes the account ("当您删除账号或我们不再需要您的信息时,我们会
        # 安全地删除或匿名化处理这些信息")
        r"删除(?:账号|账户|帐号)[^。；]{0,20}?(?:时|后)[^。；]{0,24}?(?:删除|匿名化)|"
        # "如果您删除账户，我们将在合理期限内删除…", "一旦请求完成，资料会立即从我们的系统中删除"
        r"(?:如果|若|如)您?删除(?:账号|账户|帐号)[^。；]{0,24}?(?:删除|匿名化)|"
        r"(?:请求|处理)(?:结束|完成)[^。；您你]{0,20}?(?:自动|立即)[^。；您你]{0,12}?(?:删除|清除|销毁)"),
})


def retention(clauses: list[Clause], texts: ClauseTexts,
              dated: list[int] | None = None) -> dict[str, Any]:
    """Whether and how long the notice says data is kept; *dated* (if given) collects the ids
    of the clauses that name a period of keeping (each of them is about retention, whatever
    the topic model read: "we remove the IP address after 6 months")."""
    periods: dict[str, None] = {}
    evidence: list[int] = []
    stated = False
    for index, (clause, header) in enumerate(with_table_headers(clauses)):
        lang, text = clause.lang, clause.text
        # (a table's header row is asked again for each row under it; a list item under a
        # heading about keeping data need not say "keep" again: "二、我们如何存储个人信息" /
        # "（3）订单信息：自交易完成之日起不少于三年")
        # (a row under a header, or a labelled line under a heading, that names a period:
        # "Voice notes: 90 days." under "Keeping data")
        if not (texts.search(RETENTION_CTX[lang], clause, clause is header) or (
            header is not None and header.text and texts.search(RETENTION_CTX[lang], header)
            and texts.search(_PERIOD[lang], clause)
        ) or (_LABELLED.match(text) and texts.search(_PERIOD[lang], clause) and (
            texts.section_level(RETENTION_CTX[lang], clause) > 0
            or _title_about(clauses, index, RETENTION_CTX[lang], texts))) or (
            clause.kind == "item" and texts.section_level(RETENTION_CTX[lang], clause) > 0
            and texts.search(_PERIOD[lang], clause))):
            continue
        if (texts.search(_EVENT_RULE[lang], clause) or (
                lang == "en" and any(word in texts.low[clause.id] for word in _DELETED_WORDS)
                and _WORK_DONE_THEN_DELETED.search(text))) and not _user_acts(clause, texts) and not (
                clause.kind == "row" and _RIGHT_ROW.match(text)):
            stated = True
            evidence.append(clause.id)
        row = clause.kind == "row"  # (a table row: each period is read in its own cell)
        if not row and texts.search(_NOT_RETENTION[lang], clause) and (
                "retention" not in clause.topics):
            continue
        low = texts.low[clause.id]
        plain = True if texts.plain[clause.id] else None  # a part of a plain text is plain
        hits = []
        for start, end in texts.spans(_PERIOD[lang], clause):
            if lang == "en" and _an_age(text, start, end):
                continue
            lo, hi = _cell(text, start, end) if row else (max(0, start - 40), end + 20)
            # (searched from lo in the text up to hi, so a look-behind sees what stands before)
            if not _NOT_RETENTION[lang].search(text[:hi], lo, low[:hi], plain) and not (
                    lang == "en" and _REQUEST_TIME.search(text, lo, hi)
                    and not _WILL_DELETE.search(text, max(0, start - 60), start)):
                hits.append(text[start:end].strip())
        if hits:
            stated = True
            evidence.append(clause.id)
            if dated is not None:
                dated.append(clause.id)
            for h in hits:
                periods.setdefault(h, None)
    return {"stated": stated, "periods": list(periods)[:10], "evidence": cap(evidence)}


# a row of a table of the user's rights ("| 删除权 | 删除您的账号 | 设置 → 注销账号 |"): how to
# exercise a right, no rule of keeping
_RIGHT_ROW = re.compile(r"\W{0,4}[\u4e00-\u9fff]{1,8}权\s*\||\W{0,4}(?:right to|right of) [\w ]{1,30}\|", re.I)


# the user's own deleting and closing ("你可以导出、删除全部聊天记录，也可以注销账号"), which is no rule
# of the handler's keeping
_USER_DELETES = re.compile(r"[您你](?:也|还|亦)?(?:可以|可|有权|能够)(?:随时)?(?:[^，。；]{0,6}[、和或及])?"
                           r"(?:删除|清除)[^。；]{0,20}?(?:也|还|并)?(?:可以|可)?注销|"
                           # (a list of the user's rights: "保护您对于您个人信息访问、更正、删除以及
                           # 撤回同意、注销的权利")
                           r"(?:删除|清除)[^。；]{0,15}?注销(?:账号|账户|帐号)?等?的?权利")


# a list's lead-in naming what the user may do ("五、用户权利" / "您有权：" / "- 通过邮箱联系我们删除账户
# 信息"; "You have the right to:")
_USERS_RIGHTS_LEAD = re.compile(r"(?:您|你|用户)(?:也|还)?(?:有权|可以)[^。；]{0,6}?[:：]\s*$|"
                                r"\byou (?:also )?(?:have the right|may|can)\b[^.;]{0,20}?:\s*$", re.I)


# (what the handler then does is its rule, whoever starts it: "- 账户注销：在"设置"中发起，注销后我们将删除或
# 匿名化处理您的个人信息"; "… we will delete your data within 30 days")
_HANDLER_THEN = re.compile(r"后[，,]?(?:我们|本公司|平台)(?:将|会)|\bwe (?:will|shall) (?:then )?(?:delete|erase|"
                           r"remove|anonymi[sz]e)\b", re.I)


def _user_acts(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether the deletion *clause* speaks of is one the user does, not the handler."""
    lead = texts.lead.get(clause.id) if clause.kind == "item" else None
    if lead is not None and _USERS_RIGHTS_LEAD.search(lead.text.rstrip(" *_")) and not (
            _HANDLER_THEN.search(clause.text)):
        return True
    return clause.lang == "zh" and "注销" in clause.text and bool(
        _USER_DELETES.search(clause.text))


def _title_about(clauses: list[Clause], index: int, gate: LiteralGate,
                 texts: ClauseTexts) -> bool:
    """Whether the last title line before ``clauses[index]`` (a heading where a plain text
    has no mark-up: "IV. HOW LONG") passes *gate*."""
    for clause in reversed(clauses[max(0, index - 40):index]):
        if is_title(clause):
            return texts.search(gate, clause, True) is not None
    return False


_LABELLED = re.compile(r"\W{0,3}[^\W\d][^:：.。]{0,40}[:：]\s*\S")


# a time counted from the user's request is a time to answer it ("we will respond within 30 days of
# your request"), unless what is done by then is deleting ("we will delete your full profile
# within 90 days of your request": kept no longer than that)
_REQUEST_TIME = re.compile(r"\bwithin \w+ (?:calendar |business |working )?days of (?:receiv|your request|"
                           r"the request)", re.I)
_WILL_DELETE = re.compile(r"\b(?:will|shall|we) (?:permanently )?(?:delete|erase|remove|purge|destroy)\b|"
                          r"\b(?:will|shall) be (?:permanently )?(?:deleted|erased|removed|purged|"
                          r"destroyed)\b", re.I)
# an age, not a period: "children under 13 years of age", "users 18 years old or older"
_AGE_AFTER = re.compile(r"[\s-]+(?:of[\s-]+age|old)\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:under|aged?|younger than|older than)\s+$", re.I)


def _an_age(text: str, start: int, end: int) -> bool:
    """Whether the period at *start*..*end* of an English *text* is a person's age."""
    return bool(_AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, start - 16), start))


def _cell(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the table cell of a row's *text* that holds *start*..*end*."""
    hi = text.find("|", end)
    return text.rfind("|", 0, start) + 1, len(text) if hi < 0 else hi
