"""The reading of one term list over a notice's clauses (``term_list``): which clauses are asked
(a gate of cue words, a list's lead-in, a part's title), and which mentions do not count — a
denial of collecting ("we do not collect", "我们不会收集"; in the passive, of what it names
before it; inside brackets, of what they hold), data kept on the user's device, a definition or
a list of kinds, the service a sentence says it offers. Used by the data-category, sensitive,
purpose, method and rights readers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .clause_texts import (
    EXCEPTION,
    SENTENCE_MARK,
    ClauseTexts,
    cap,
    gated,
    is_title,
)
from .lexicon import Lexicon
from .prefilter import LiteralGate

if TYPE_CHECKING:
    from .analyser import Clause
NOT_COLLECTED = gated({
    "en": re.compile(
        r"\b(?:do|does|will|shall) not (?:knowingly |intentionally |otherwise |directly |ever |"
        r"actually |currently )?(?:collect|process|store|receive|request|sell|retain|ask for|want|need|"
        r"require|implement|perform|conduct)|"
        # (the "not" set off by Markdown: "**We do _not_ collect**: personal names, …")
        r"\b(?:do|does|will) _not_ (?:collect|process|store|receive)\b|"
        r"\b(?:do|does|will) \*not\* (?:collect|process|store|receive)\b|"
        # ("we never see your card details", "we never receive your card number")
        # ("We never transmit, collect, or store your API keys")
        r"\bnever (?:collect|process|store|ask|read|access|see|receive|keep|retain)|"
        r"\bnever (?:transmit|send|upload|share), (?:collect|store)\b|"
        r"\bno (?:biometric|sensitive)|collected: no\b|\|\s*no\s*(?:\||$)|❌|✗|✘|🚫|"
        # "Scrivly is not designed to process special categories of data such as health …"
        r"\bnot (?:designed|intended|meant) to (?:collect|process|receive|store)\b|"
        # advice to the user is no collection: "Please avoid sharing health conditions …"
        r"\bavoid (?:shar|send|submitt|provid|enter|upload|includ|putt)ing\b|\brefrain from "
        r"(?:shar|send|submitt|provid|enter|upload|includ)ing\b|\bplease (?:do not|don't) (?:share|"
        r"send|submit|provide|enter|upload|include|put)\b|"
        # "We ask you not to enter Social Security numbers or medical information"
        r"\bask you not to (?:shar|send|submit|provid|enter|upload|includ|input|put)|"
        # ("we ask that you not send or disclose to us any sensitive personal information")
        r"\bask that you (?:do )?not (?:shar|send|submit|provid|enter|upload|includ|input|put|disclos|post)|"
        # ("We also do not recommend that you put … national identity numbers … on your profile")
        r"\bdo not recommend (?:that )?you (?:shar|send|submit|provid|enter|upload|includ|input|put|post)|"
        r"\bdoes not recommend (?:that )?you (?:shar|send|submit|provid|enter|upload|includ|input|put|post)|"
        r"\brecommend (?:that )?you (?:do not|don't|not) (?:shar|send|submit|provid|enter|upload|includ|input|put|post)|"
        r"\byou should not (?:shar|send|submit|provid|enter|upload|includ|input|put)|"
        r"\busers should not (?:shar|send|submit|provid|enter|upload|includ|input|put)|"
        # "We don't ask for, and you shouldn't share, information such as your health …"
        # (each apostrophe its own alternative: a literal "don't" for the gate, not "don", which
        # "done" and "London" hold)
        r"\bdon't (?:knowingly |intentionally )?(?:collect|process|store|receive|request|ask for|"
        r"want|need|require)\b|\bdon’t (?:knowingly |intentionally )?(?:collect|process|store|"
        r"receive|request|ask for|want|need|require)\b|"
        r"\byou shouldn't (?:shar|send|submit|provid|enter|upload|includ|input)|"
        r"\byou shouldn’t (?:shar|send|submit|provid|enter|upload|includ|input)|"
        r"\bnot collected\b|\bnot (?:accessed|read|stored|seen|recorded) or collected\b|"
        # what a tool that reads the screen or keyboard leaves alone: "We do not read text in
        # password fields, credit card fields or fields marked sensitive"
        r"\bdo not (?:read|capture|record|see|access) (?:the )?(?:text|content|anything|what you "
        r"type) (?:in|typed into|entered in)\b|\bdoes not (?:read|capture|record|see|access) "
        r"(?:the )?(?:text|content|anything|what you type) (?:in|typed into|entered in)\b|"
        # what other users see of the user is no collection by the handler ("If you interact with
        # other users of the Platform, those users may see your profile, work activity, …")
        r"\bthose users (?:may|can|will) (?:see|view)\b|\bother users (?:may|can|will) (?:see|view)\b|"
        r"\bother members (?:may|can|will) (?:see|view)\b", re.I),
    # ("你的支付账户信息由支付机构处理，我们无法获取")
    # ("我们**不主动收集**的信息"; a lead-in "应用默认不会自动：" over "- 上传 AI 对话内容")
    # ("我们不会提取或存储人脸识别模板"; "你亦无需为使用基础测验功能而向我们提交姓名、手机号或身份证件")
    "zh": re.compile(r"不会(?:主动|有意|故意|刻意)?(?:收集|处理|获取|存储|提取|访问|读取)|不(?:收集|处理|获取|提取)|未收集|"
                     # ("我们不要求或收集您的姓名、手机号")
                     r"不(?:要求|索取)或(?:收集|获取)|"
                     r"(?:无需|不需要|不必)[^。；，]{0,20}?(?:提交|提供)|"
                     r"不(?:主动|有意|故意|刻意)(?:收集|处理|获取)|不会(?:主动|自动)?[:：]|"
                     # ("我们不要求、也不提供…支付信息", "不会要求您提供")
                     r"不要求[、，]|不(?:会)?要求(?:您|你)提供|"
                     # ("默认不会读取 Cookie、Authorization、密码输入框内容")
                     r"不(?:会)?读取|"
                     # an item marked as not collected ("❌ 精确地理位置；")
                     r"❌|✗|✘|🚫|"
                     # ("学习事件明确不包含联系人、网络历史或物理位置")
                     r"(?:明确)?不包含|"
                     # "我们从不存储完整的信用卡号码", "不会把你的对话音频、输入文本…上传"
                     r"从不(?:收集|存储|储存|保存|获取)|从未(?:收集|存储|储存|保存|获取)|"
                     r"不会(?:把|将)[^。；]{0,30}?(?:上传|发送|传输)|"
                     # ("客户端也不会在该请求中发送姓名、邮箱或账户 ID")
                     r"不会在[^。；，]{1,12}?(?:发送|上传|传输)|"
                     # ("工单接口不接收宝宝姓名、…或联系方式")
                     r"不(?:会)?接收|"
                     # "我们不存储您的信用卡详细信息", "你的帐户名、帐号和密码将不会发送给Apple"
                     r"不(?:存储|储存|保存|留存)(?:您|你)的|"
                     # ("我们不会自行保存完整银行卡号、支付密码…")
                     r"不会(?:自行|直接|在本地)?(?:保存|储存|留存)(?:完整|任何)|"

                     r"无法(?:获取|获得|收集|查看|接触)|"
                     # ("…产生的对话数据与 Cherry Studio 无关，我们既不参与数据的存储…")
                     r"既不参与|不参与(?:任何)?(?:数据|信息)?的?(?:存储|储存|收集|处理|传输)|"
                     # "我们不会在应用内要求您提供以下资料："
                     r"不会(?:在[^，。；]{1,8}?)?(?:要求|请求|需要)(?:您|你)(?:提供|填写|上传)|"
                     # ("我们只接收…的结果，不接触您的人脸图像")
                     r"不(?:会)?接触(?:到)?(?:您|你)的|"
                     # advice to the user, as in English: "请勿在对话中提供身份证号、病历等信息",
                     # "案情中可能包含…健康状况等敏感个人信息，请您仅提供咨询所必需的内容"
                     r"请[您你]?(?:勿|不要|避免)[^，。；]{0,10}?(?:提供|上传|输入|分享|填写|透露|发送)|"
                     r"可能(?:包含|含有|涉及)(?=[^。]{0,80}?请[您你]?(?:仅|勿|不要|避免))|"
                     # what the user is to take out before uploading ("请确保上传的合同已进行必要的脱敏
                     # 处理（如替换真实姓名、地址等）")
                     r"脱敏处理[（(](?:如|例如|比如)"),
})


# data that stays on the user's device is not collected ("人脸关键点仅在本地临时计算，不会上传至
# 我们的服务器", "App会在您的设备上识别人脸关键点", "face landmarks are processed on your device and
# never leave it")
_ON_DEVICE = gated({
    "en": re.compile(
        r"\bprocessed locally\b|\bprocessed on[- ]device\b|\bprocessed on your device\b|"
        r"\bnever leaves? your device\b|\bnot uploaded to\b|\bnot sent to our servers\b|"
        r"\bstays? on your device\b|"
        # ("Recordings always remain exclusively on the user's device … Audio never leaves the
        # user's device")
        r"\bnever leaves? the user's device\b|\bnever leaves? the device\b|"
        r"\bremains? (?:exclusively |only |solely |entirely )?on (?:your|the user's|the) device\b|"
        # ("The prompt templates you save are stored in your browser's local storage and never
        # leave your computer")
        r"\bnever leaves? your (?:computer|browser|phone)\b|\bin your browser's local storage\b|"
        # an extension's settings and keys: "Your API key and settings are stored locally in your
        # browser" (not what the browser then syncs)
        r"\bstored locally in (?:your|the) browser\b(?![^.]{0,80}\bsync)|"
        # ("Chat conversations are stored locally and not transmitted to our servers")
        r"\bnot transmitted to (?:our|its|any|the) (?:\w+ )?servers?\b|"
        # "… this facial information is never uploaded to our servers"
        r"\bnever uploaded\b|"
        # "your speech is converted to text on your device. Audio is not sent to us."
        r"\bconverted (?:\w+ ){0,3}?on your device\b|\btranscribed (?:\w+ ){0,3}?on your device\b|"
        r"\brecogni[sz]ed (?:\w+ ){0,3}?on your device\b|\bnot sent to us\b|"
        # "Some effects detect facial landmarks on-device." (said at the sentence's end)
        r"\bon-device\.|\bon-device$|"
        # an in-car assistant: "The voice profile never leaves the vehicle", "| On board only |"
        r"\bnever leaves? (?:the|your) (?:vehicle|car|hub|speaker|camera)\b|"
        r"\bcreated on board\b|\bon board only\b|\bstays? in (?:the|your) (?:vehicle|car)\b|"
        # "They are not uploaded anywhere", "streamed between your own devices … not stored or
        # transmitted", "saved only on your device"
        r"\bnot uploaded\b|\bnot (?:stored|saved|recorded) or (?:transmitted|uploaded)\b|"
        r"\bstored (?:only|solely) (?:on|in) your (?:own )?(?:device|phone|computer)\b|"
        r"\bsaved (?:only|solely) (?:on|in|to) your (?:own )?(?:device|phone|computer)\b|"
        # ("… stored locally on your device only. This is never transmitted"; not "stored
        # locally" alone: "… stored locally on your device. If you turn on Sync, …")
        r"\bnever transmitted\b|"
        # ("Desktop app data stays local - … stored on your device, not our servers")
        r"\bdata stays? local\b|\bon your device, not (?:on )?our servers\b|"
        # ("State selection and ZIP code for tax calculation purposes (stored locally only)")
        r"\(stored locally(?: only)?\)|\bstored locally only\b|"
        # ("OAuth tokens for YouTube … (stored locally on your device)", "files are stored in the
        # output/ directory on your local machine")
        r"\(stored locally on your (?:device|computer|machine|phone)\)|"
        r"\bon your local (?:machine|computer|device|disk)\b|"
        r"\bstored locally in `?[\w./-]+`? files? on your (?:device|computer|machine)\b|"
        # ("Your API key is stored locally on your device only (… never sent to us)", "the file is
        # sent directly from your browser to the destination you chose", "this data passes through
        # Google's infrastructure, not ours")
        r"\blocally on your device only\b|\bnever sent to us\b|"
        # ("API keys … are stored securely and locally in your VS Code settings", "Never stored
        # or transmitted to Cline's servers")
        r"\bstored (?:securely )?(?:and )?locally in your\b|\bnever stored or transmitted to\b|"
        r"\bsent directly from your (?:browser|device|phone|computer) to\b|"
        r"\binfrastructure, not ours\b|\bservers?, not ours\b|\bsystems?, not ours\b",
        re.I),
    # (and "应用使用统计：…（仅本地记录，不含个人身份信息）")
    "zh": re.compile(r"本地(?:完成|处理|计算|临时计算|运行|识别)|不会上传|不会被上传|不上传|不出设备|"
                     r"仅(?:在)?本地(?:记录|保存|存储|储存)|仅(?:记录|保存|存储|储存)(?:在|于)(?:您的)?(?:设备)?本地|"
                     r"在您的设备(?:上|本地|端)(?:识别|计算|处理|完成|运行)|"
                     r"在您的手机(?:上|本地|端)(?:识别|计算|处理|完成|运行)|"
                     # ("小澜会读取你的联系人和日程，在手机上完成匹配")
                     r"在你的设备(?:上|本地|端)(?:识别|计算|处理|完成|运行)|"
                     r"在你的手机(?:上|本地|端)(?:识别|计算|处理|完成|运行)|"
                     r"在手机上(?:识别|计算|处理|完成|运行)|在设备上(?:识别|计算|处理|完成|运行)|"
                     # "指纹信息仅存储在您的设备上，我们无法获取"
                     r"(?:仅|只|主要)(?:存储|保存|储存)(?:在|于)(?:您|你)的(?:设备|手机|终端)|"
                     # "聊天内容仅保存在用户设备上", "仅存储在本地设备"
                     r"(?:仅|只)(?:存储|保存|储存)(?:在|于)(?:用户|本地)的?(?:设备|手机|终端)|"
                     r"(?:仅|只)(?:存储|保存|储存)(?:在|于)(?:设备|手机|终端)(?:上|中|本地)|"
                     r"(?:仅|只)(?:存储|保存|储存)(?:在|于)(?:您|你)的本地浏览器|不会外传|"
                     # ("你作答的量表与浏览记录会保存在本设备上，我们不会主动…上传")
                     r"(?:存储|保存|储存)(?:在|于)本(?:设备|机)(?:上|中|本地)|"
                     # ("翻译结果、截图内容，全部存储于您浏览器的本地沙盒")
                     r"(?:存储|保存|储存)(?:在|于)(?:您|你)的?浏览器的?本地|"
                     # ("配置、历史对话、XML 版本主要保存在浏览器本地存储（chrome.storage.local）")
                     r"(?:存储|保存|储存)(?:在|于)浏览器(?:的)?本地|"
                     # ("录音文件保存在本应用在你手机上的私有目录", "录音只存在你自己的手机里")
                     r"(?:保存|存储|储存|存)在[^。；，]{0,12}?(?:你|您)(?:自己)?的?手机(?:上|里|中)|"
                     # ("您输入的内容直接发送至第三方模型提供商，不经过我们的服务器")
                     r"不经过(?:我们|我方|本公司|平台|本平台)的?服务器|不经由(?:我们|我方)的?服务器|"
                     # (Taiwan's 裝置: "主要存儲於您的裝置本地")
                     r"(?:存储|保存|储存)(?:在|于)(?:您|你)的装置(?:本地|上|中)"),
})


# (not "仅在本地识别出…指令时才会将其上传我们的服务器": it is uploaded then)
_UPLOADED = re.compile(r"(?<!不)(?:才会|会|将)(?:将其|将|被)?上传|\b(?:is|are) (?:then )?uploaded\b",
                       re.I)


def _on_device(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* says the data it names stays on the user's device."""
    return texts.search(_ON_DEVICE[clause.lang], clause) is not None and not _UPLOADED.search(
        clause.text)


# a face or identity check done by someone else, of which the handler gets only the outcome and
# says it does not get the face ("人脸核身由第三方认证机构完成，我们仅获得核验是否通过的结果，不获取你的
# 人脸图像"): no biometric data of the handler's (not "您需提供…人脸图像，人脸比对由第三方认证机构完成，
# 平台仅获取认证结果": the image is given to the handler)
# ("我们只接收“认证通过/不通过”的结果")
_ONLY_RESULT = re.compile(r"(?:仅|只)(?:会)?(?:获得|获取|接收|收到|保存|保留)[^。；，]{0,16}?结果")


# the check done by someone else, with nothing given to the handler said in the sentence
# ("我们的人脸核验由第三方机构完成，我们仅获取核验结果"; not "您需提供人脸图像，…平台仅获取认证结果")
_BY_OTHERS_ONLY = re.compile(r"^(?![^。]*(?:提供|上传|采集|收集|拍摄|录制))[^。]*由第三方[^。；，]{0,10}?(?:完成|进行|提供)")


# a denial in the passive, of the data named before it (not "not stored": data processed and
# then not kept was still received)
_PASSIVE_DENIAL = {
    "en": re.compile(r"\b(?:(?:is|are|will be) (?:not|never)|will never be) (?:accessed or |read or |"
                     r"seen or )?(?:collected|received|uploaded|sent to (?:us|our servers))\b", re.I),
    # (sent to the handler: "不会发送给第三方" is a promise about sharing)
    "zh": re.compile(r"不会(?:被)?(?:发送|传送|传输|上传)(?:给|至|到)(?:我们|本公司|公司|服务器|云端|[A-Za-z])|"
                     r"不会被(?:收集|获取|采集)|"
                     # the denial after what it denies ("其他信息（如通讯录、相册、精确位置、生物识别信息
                     # 等）我们不会收集。")
                     r"(?:我们|本应用|本产品|本软件)(?:均|都|也|亦)?(?:不会|不)(?:收集|获取|采集)(?:这些|此类|上述)?"
                     r"(?:信息)?\s*[。；]?\s*$|"
                     # ("您与大模型服务产生的对话数据与 Cherry Studio 无关")
                     r"与\s?(?:我们|本公司|本软件|本应用|本产品|本插件|[A-Za-z][\w .-]{0,30}?)\s?无关"),
}


_PART_BREAK = re.compile(r"[;；。:：，]|, (?:but|while|whereas)\b")


_ON_DEVICE_AFTER = 3  # clauses under a heading searched for one saying its data stays local


# a next sentence that speaks of what the one before it named ("…saved to your phone's photo
# library. They are not uploaded anywhere." / "…存入相册。它们不会上传。")
_BACK_REFERENCE = {
    "en": re.compile(r"\W{0,3}(?:they|these|those|it|this|such)\b", re.I),
    "zh": re.compile(r"\W{0,3}(?:它们|它|这些|上述|该|此类|以上)"),
}


def _kept_away_after(lex: Lexicon, section: str, term: str, clause: Clause,
                     texts: ClauseTexts) -> bool:
    """Whether the next sentence of *clause*'s paragraph (or, for a heading, one of the first
    lines under it) names *term* again to say it stays on the device ("助手会读取您的通讯录以匹配
    联系人。通讯录仅在本地匹配，不上传服务器。"; "2.6 手机通讯录" / "…通讯录仅同步到车机本地，不会上传
    至远航云。"), or, under a heading that names it, to deny holding it ("付款信息" / "我们绝不储存您的
    信用卡资料，付款由 Apple 处理。")."""
    after = texts.after.get(clause.id)
    # (a numbered title line is a heading here: "1.2 付款資訊" / "我們絕不儲存您的信用卡…")
    heading = is_part_title(clause)
    steps = _ON_DEVICE_AFTER if heading else 1
    while after is not None and steps > 0 and after.kind != "heading" and (
            heading or after.line == clause.line):
        if (_on_device(after, texts) or (heading and texts.search(
                NOT_COLLECTED[after.lang], after, True) is not None)) and (
                lex.search(section, term, after.text, after.lang, texts.low[after.id]) is not None
                or (not heading and _BACK_REFERENCE[after.lang].match(after.text))):
            return True
        after, steps = texts.after.get(after.id), steps - 1
    return False


_KIND = r"个人(?:基本|身份|生物识别|健康生理|教育工作|财产|通信|上网|常用设备|位置)(?:信息|记录)"


_DEFINITION = gated({
    "en": re.compile(
        # (a column of examples, "Examples: name, alias, …"; not the prose's "For example: when
        # you sign up you give us your name …")
        # ('By "sensitive personal data" we mean … biometric data')
        r"\bmeans\b|\bwe mean\b|\brefers? to\b|is defined as|\bexamples?:(?<!\bfor example:)(?<!\bfor examples:)|cal\. civ\. code|§|"
        r"under california or federal law|statut|\bcategory [a-l]\b|"
        # the CCPA's own examples of its categories ("Identifiers. Name, alias, postal address,
        # unique personal identifier, … or other similar identifiers")
        r"\bunique personal identifiers?\b|\bother similar identifiers\b", re.I),
    # (and a definition list's item: "2. 敏感个人信息：指一旦泄露…包括生物识别、宗教信仰…"; not
    # "生物识别信息：指纹")
    "zh": re.compile(r"[”\"]\s*[，,]?\s*(?:是)?指|是指|定义|[:：]\s*指(?![纹定南引示令])"),
})


# The standard's list of the kinds of personal information (GB/T 35273: "个人信息包括个人基本信息、
# 个人身份信息、个人生物识别信息…"; "个人敏感信息包括身份证件号码、个人生物识别信息、银行账户…行踪轨迹…")
# names kinds, it does not say what is collected (not "我们需要收集您的个人身份信息、个人生物识别
# 信息…" nor "我们向您收集的敏感个人信息包括…"). Searched only in a clause holding 包括.
_KIND_LIST = re.compile(
    rf"(?<!的)个人信息(?:主要)?包括[^。；]{{0,10}}?{_KIND}(?:[^。；]{{0,12}}?{_KIND}){{2}}|"
    r"(?<!的)(?:个人)?敏感(?:个人)?信息(?:主要)?包括[^。；]{0,60}?(?:生物识别|宗教信仰)"
    r"[^。；]{0,60}?(?:行踪轨迹|金融账户|医疗健康|银行账户)|"
    # (a glossary's entry, its term said again: "个人敏感信息:个人敏感信息:包括身份证件号码、个人
    # 生物识别信息、银行账号、财产信息、行踪轨迹…")
    r"(?<!的)(?:个人)?敏感(?:个人)?信息[:：]\s*(?:(?:个人)?敏感(?:个人)?信息[:：]\s*)?(?:主要)?包括"
    r"[^。；]{0,60}?(?:生物识别|宗教信仰)[^。；]{0,60}?(?:行踪轨迹|金融账户|医疗健康|银行账户|银行账号|"
    r"财产信息)|"
    # the statute's own list of sensitive kinds, however introduced ("**敏感个人信息**：一旦泄露或者
    # 非法使用…的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息")
    r"宗教信仰[、，,]\s*特定身份[、，,]\s*医疗健康")


# what the service offers, named by kinds of content ("为用户提供文字、图片、语音、视频等即时通信服务",
# "提供语音识别、语音搜索等服务"), in a sentence that says nothing of collecting or keeping data
# (the service the subject of the sentence offers, in one part of it: not "…需要您提供姓名、联系方式，
# 以便为您提供接待等服务", "提供位置定位，体验附近玩家等功能")
_SERVICE_OFFERED = re.compile(
    r"^(?![^。；]*(?:收集|获取|采集|上传|保存|存储|记录|读取|访问|调用|授权|权限|您的|你的|用户的|"
    r"(?<![为向])(?:您|你|用户)提供|需要|以便|为了|用于))"
    r"[^，。；,]{1,40}?(?:(?:为|向)(?:用户|您|你|广大用户))?提供[^，。；,]{0,40}?等[^，。；,]{0,10}?"
    r"(?:服务|功能)")


# the services the notice covers, named by what they do ("本条款适用于平台向用户提供的所有服务，包括但不限于
# 账户注册、资源上传与下载…"), in a sentence that says nothing of collecting data
_NOTICE_SCOPE = re.compile(
    r"^(?![^。；]*(?:收集|获取|采集|保存|存储|记录|读取|需要|您的|你的|用户的))[^。；]{0,30}?本(?:条款|政策|协议|"
    r"指引|声明|规则)(?:仅)?适用于[^。；]{0,40}?(?:服务|产品|功能)[，,]?\s*(?:包括|如|例如)")


def _defines(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* defines a term or lists kinds of information rather than saying what is
    collected; a sentence of a table row does when any sentence of its row does."""
    parts = texts.row_parts.get(clause.id)
    if parts is not None:
        return any(_defines_one(part, texts) for part in parts)
    return _defines_one(clause, texts)


# a sentence on what the service may add one day says nothing of what it holds now ("如果后续引入账户、
# 遥测、云同步或在线服务，应重新修订本政策", "If we ever add accounts or analytics, we will update this
# policy")
_SOMEDAY = gated({
    # ("OAuth Authentication (Future Feature) - If we add "Sign in with Google/GitHub," those
    # providers will share basic profile info")
    "en": re.compile(r"\bif we (?:ever |later |in the future )?(?:add|introduce|offer|launch)\b(?! you\b)|"
                     r"\(future feature\)|\(planned feature\)|\(coming soon\)", re.I),
    "zh": re.compile(r"(?:如果|若|如)(?:后续|未来|将来|今后)(?:引入|加入|增加|新增|上线|推出|提供|开发|启用|开启|开放)"),
})


# a definition for the notice's purposes, whose examples run on through the parts of its sentence
# ("为本隐私政策之目的，个人信息包括但不限于：基本信息（…）；个人身份信息（…）；面部特征；…。")
_DEFINING_LEAD = re.compile(r"为本(?:隐私)?(?:政策|指引|声明|协议|规则)之?目的[，,]\s*(?:个人|敏感)[^。；]{0,8}?"
                            r"信息(?:是指|指|包括)|本(?:隐私)?(?:政策|指引|声明|协议|规则)(?:中)?所称的?(?:个人|敏感)"
                            r"[^。；]{0,8}?信息(?:是指|指|包括)")
_RUN_ON = 12  # (how many parts of one sentence a definition's examples may run through)


def _under_defining_lead(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* is a part of a Chinese sentence (parts cut at "；" on one line) that a
    definition opens (``_DEFINING_LEAD``)."""
    before = texts.before.get(clause.id)
    for _ in range(_RUN_ON):
        if before is None or before.line != clause.line or not before.text.rstrip().endswith(
                ("；", ";")):
            return False
        if _DEFINING_LEAD.search(before.text):
            return True
        before = texts.before.get(before.id)
    return False


# a sentence that goes on with the examples of a definition before it ("个人敏感信息是指一旦泄露…的
# 个人信息。" / "包括身份证件号码、个人生物识别信息、银行账号…")
_GOES_ON = re.compile(r"\W{0,3}(?:其中)?(?:主要)?包括")


# a part of a notice that defines its words ("## 13. DEFINITIONS AND INTERPRETATIONS" / "### 13.1
# Key Terms" / "**Sensitive Personal Information:** Information that reveals … biometric data.")
_DEFINITIONS_PART = {
    "en": re.compile(r"\bdefinitions\b|\bglossary\b|\bkey terms\b|\bterms used\b", re.I),
    "zh": re.compile(r"释义|名词解释|术语|(?<!自)(?<!被)定义"),  # (not 自定义: custom settings)
}


# (not what the notice says it handles, though under "一、定义": "本隐私权保护政策中涉及的个人敏感信息
# 包括：您的个人身份信息（包括身份证…）")
_INVOLVED = re.compile(r"本[^。；，]{0,8}?(?:政策|指引|声明)中?(?:所)?涉及的")


# a definition that says what the handler itself holds (a contract's data classes: '"Service
# Data" means data we generate about your use of the Platform', '"服务数据"：服务提供方为运营服务而产生
# 的调用日志'; "我们会收集您的人脸信息用于身份核验")
_HANDLER_HOLDS = {
    "en": re.compile(r"\bwe (?:\w+ )?(?:collect|generate|process|receive|hold|store|obtain)|"
                     r"\bour (?:collection|processing)\b", re.I),
    "zh": re.compile(r"(?:我们|我方|本公司|服务提供方|服务方)[^。；]{0,12}?(?:收集|获取|产生|处理|存储)"),
}


def _in_definitions(clause: Clause) -> bool:
    """Whether *clause* stands in a part defining the notice's words and only defines one."""
    chain = clause.sections or ((clause.section,) if clause.section else ())
    return any(_DEFINITIONS_PART[clause.lang].search(title) for title in chain) and not (
        _HANDLER_HOLDS[clause.lang].search(clause.text)
        or (clause.lang == "zh" and _INVOLVED.search(clause.text))
        or (clause.lang == "en" and DATA_CLASS.match(clause.text)))  # ('"Account Data" means …')


def _defines_one(clause: Clause, texts: ClauseTexts) -> bool:
    if texts.search(_SOMEDAY[clause.lang], clause, True) or _in_definitions(clause):
        return True
    if texts.search(_DEFINITION[clause.lang], clause, True):
        return clause.lang != "en" or not DATA_CLASS.match(clause.text)
    if clause.lang == "zh" and _GOES_ON.match(clause.text):
        before = texts.before.get(clause.id)
        if before is not None and before.line == clause.line and texts.search(
                _DEFINITION["zh"], before, True):
            return True
    if clause.lang == "zh" and "提供" in clause.text and _SERVICE_OFFERED.search(clause.text):
        return True
    if clause.lang == "zh" and "适用于" in clause.text and _NOTICE_SCOPE.search(clause.text):
        return True
    if clause.lang == "zh" and (_DEFINING_LEAD.search(clause.text)
                                or _under_defining_lead(clause, texts)):
        return True
    return clause.lang == "zh" and "包括" in clause.text and bool(_KIND_LIST.search(clause.text))


def term_list(lex: Lexicon, section: str, clauses: list[Clause], texts: ClauseTexts,
              gate: dict[str, LiteralGate] | None = None,
              collected: bool = False, ungated: frozenset[int] = frozenset()) -> list[dict[str, Any]]:
    """Terms of *section* affirmed in *clauses* (passing *gate*, or with an id in *ungated*),
    with their evidence.

    ``collected``: the clause must say the data is collected — not define a category, not
    deny collecting it ("we do not knowingly collect biometric data").
    """
    evidence: dict[str, list[int]] = {}
    # (data_categories and sensitive ask the same gates about most clauses)
    passing = texts.holding(gate, clauses) if gate is not None else set()
    for clause in clauses:
        lang, text = clause.lang, clause.text
        if gate is not None and not (clause.id in passing or clause.id in ungated
                                     or texts.section_level(gate[lang], clause) > 0
                                     or _lead_passes(gate, clause, texts, collected)
                                     or _after_collecting_label(clause, texts)):
            continue
        if collected and (_defines(clause, texts) or _lead_excludes(clause, texts)
                          or _under_denying_title(clause, texts)):
            continue
        # (data kept on the device is not collected; a child's still says the service is used
        # by children: "Child's name and age group: … stored locally on your device only")
        local = collected and _on_device(clause, texts)
        if local and section != "sensitive_categories":
            continue
        if collected and lang == "zh" and ("谨慎" in text or "不应" in text) and _CAUTION.search(text):
            continue
        denial = texts.search(NOT_COLLECTED[lang], clause, True) if collected else None
        passive = _passive_denial(clause, texts) if collected else None
        excepted = None  # (start, end) of the one list item a bracketed exception frees
        # (a denial inside brackets speaks only of what they hold: "payment metadata (handled by
        # Stripe — we never see your card number), generation prompts, …")
        reach = _bracket_end(text, denial.start()) if denial is not None else len(text)
        if denial is not None:
            exception = EXCEPTION[lang].search(text, denial.end())
            if exception is not None:
                # "we do not sell … unless a parent authorises it" is a may; a bracket after
                # one item of a denied list frees that item only ("我们不收集：您的姓名、电话号码、
                # 通讯录（除非您主动提供）", "We do not collect: your name, phone number or
                # precise location (unless you choose to share it)")
                excepted = _bracketed_item(text, denial.end(), exception.start())
                if excepted is None:
                    denial = None
        low = texts.low[clause.id]
        for term in lex.matching(section, text, lang, low):
            if term != "minor_under_14" and (local or (
                    collected and _kept_away_after(lex, section, term, clause, texts))):
                continue
            if collected and term == "biometric" and lang == "zh" and "结果" in text and (
                    _ONLY_RESULT.search(text) and (texts.search(NOT_COLLECTED[lang], clause)
                                                   or _BY_OTHERS_ONLY.search(text))):
                continue
            if passive is not None:
                m = lex.search(section, term, text, lang, low)
                if m is not None and m.start() < passive.start() and not _PART_BREAK.search(
                        text, m.end(), passive.start()):
                    continue
            if denial is not None:
                m = lex.search(section, term, text, lang, low)
                if m is not None and ((denial.start() < m.start() < reach)
                                      or _labels(text, m.start(), denial.start())) and not (
                        excepted is not None and any(
                            excepted[0] <= hit.start() < excepted[1]
                            for hit in lex.finditer(section, term, text, lang, low))):
                    continue
            evidence.setdefault(term, []).append(clause.id)
    order = list(lex.terms[section])
    return [{"term": t, "evidence": cap(evidence[t])} for t in order if t in evidence]


# a warning to the user, not a statement of what is collected: "您的身份信息、生物识别信息等属于个人敏感
# 信息，请您谨慎提供" (a clause that also says the handler asks for the data is still one)
# (and a rule for what the user types: "特别是学生姓名、…健康信息…，不应在没有合法依据的情况下输入或上传")
_CAUTION = re.compile(r"^(?:(?!收集|采集|获取|需要|要求)[^。；])*(?:请[您你]?谨慎|不应[^。；]{0,30}?)"
                      r"(?:提供|上传|输入|分享|填写|透露|发送)"
                      r"(?:(?!收集|采集|获取|需要|要求)[^。；])*[。；]?\s*$")


def _passive_denial(clause: Clause, texts: ClauseTexts) -> re.Match[str] | None:
    """A denial in the passive in *clause*, which speaks of what stands before it ("passwords
    and form data are not accessed or collected", "你的帐户名、帐号和密码将不会发送给Apple"); looked
    for only where a negation occurs (its pattern has no literal to lead it)."""
    low = texts.low[clause.id]
    if clause.lang == "en" and _NONE_EVER[0].match(low):
        return _NONE_EVER[1].search(clause.text)
    if not (("不会" in clause.text or "无关" in clause.text) if clause.lang == "zh"
            else (" not " in low or "never" in low)):
        return None
    return _PASSIVE_DENIAL[clause.lang].search(clause.text)


# a sentence opening with "No" that denies what it names ("No page content, API keys, or article
# data is ever included in analytics events")
_NONE_EVER = (re.compile(r"[\W_]*no\b(?! (?:later|longer|more|matter)\b)"),
              re.compile(r"\b(?:is|are) ever (?:included|collected|received|uploaded|sent|stored|"
                         r"logged|shared)\b", re.I))


_OPENING = {"(": ")", "（": "）", "[": "]"}


_ITEM_BREAK = re.compile(r"[,，、;；:：]|\bor\b|\band\b|或|和|及")


def _bracket_end(text: str, at: int) -> int:
    """Where the bracket that *at* stands inside closes (the end of *text* when *at* stands in
    none)."""
    opened = max(text.rfind(o, 0, at) for o in _OPENING)
    if opened < 0 or text.find(_OPENING[text[opened]], opened, at) >= 0:
        return len(text)
    closed = text.find(_OPENING[text[opened]], at)
    return len(text) if closed < 0 else closed


def _bracketed_item(text: str, start: int, at: int) -> tuple[int, int] | None:
    """Where the exception at *at* stands inside a bracket opened after *start* (the end of a
    denial), the span of the list item the bracket follows; else None (the exception is the
    whole clause's)."""
    opened = max(text.rfind(o, start, at) for o in _OPENING)
    if opened < 0 or text.find(_OPENING[text[opened]], opened, at) >= 0:
        return None
    item_start = start
    for m in _ITEM_BREAK.finditer(text, start, opened):
        item_start = m.end()
    return item_start, opened


_LABEL_LENGTH = 40


def _after_collecting_label(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* follows, on the same line, a short run-in label that says data is
    collected ("**Data we process.** Account data (email address, …); audio recordings; …").
    English only (a Chinese SDK list's "用户信息/数据类型：设备标识信息" is what the SDK collects)."""
    label = texts.before.get(clause.id)
    if label is None or label.lang != "en" or label.line != clause.line or (
            len(label.text) > _LABEL_LENGTH):
        return False
    # (the label opens its line: not a sentence after one, "**Location.** Lumi does not collect
    # precise location. We infer your country from your IP address …")
    opener = texts.before.get(label.id)
    return (opener is None or opener.line != label.line) and (
        texts.search(SECTION_COLLECTS["en"], label) is not None)


# a list's lead-in that says its items are collected: a verb, not "such as" (a statute's
# exclusions: "Information excluded from the CCPA's scope, such as:")
_LEAD_COLLECTS = gated({
    "en": re.compile(
        r"\bcollect|\breceive|\bobtain|\bgather|\bprocess|\bcaptur|\bacquir|\bwe (?:may )?(?:store|"
        r"record|log|use|handle|hold)\b|you (?:provide|give|submit|upload|enter|share)|"
        r"\byou may provide\b|"
        # what a device or app sends to the service ("When a request needs our servers, we
        # send:", "the app sends us:", "Data sent to our servers:")
        r"\bsends?(?: us| to us)?:|\bsent to (?:us|our servers)\b|"
        # what a sign-in hands over ("If you choose to sign in with Google:" / "- Email address")
        r"\bsign in with [^:.]{1,30}:|\bsign up with [^:.]{1,30}:|\blog in with [^:.]{1,30}:", re.I),
    # ("如果您选择使用 Google 登录:" / "- 电子邮件地址")
    "zh": re.compile(r"收集|获取|采集|处理|上传|记录|读取|使用[^，。；:：]{0,20}?登录[:：]|"
                     r"通过[^，。；:：]{0,20}?登录[:：]"),
})


# a heading that says its section lists data collected ("1. What we handle", "二、我们收集的信息");
# narrower than a lead-in: "How we process your data", "个人信息处理规则" title the whole notice
SECTION_COLLECTS = gated({
    "en": re.compile(
        r"\bcollect|\breceive|\bobtain|\bgather|\bcaptur|\bacquir|\bwe (?:may )?(?:store|record|log|handle|"
        r"hold)\b|(?:information|data) we process|you (?:provide|give|submit|upload|enter|share)|"
        # an app store's privacy label ("Data Linked to You", "Data Used to Track You") and a
        # part naming where data comes from ("2. Information from the app")
        r"\blinked to you\b|\bused to track you\b|\binformation from the |\bdata from the |"
        r"\binformation we get\b|\bdata we get\b|\binformation in your |\bdata in your |"
        r"\binformation from your |\bdata from your |"
        # a FAQ's question on what the service is sent ("What does the sidebar send when I ask
        # something?")
        r"\bwhat (?:do|does|will) [^?]{1,40}\bsend\b|"
        # ("What leaves my browser?", "What is sent to Corvane")
        r"\bwhat leaves (?:my|your|the) |\bwhat (?:is|gets) (?:sent|uploaded|transmitted) to\b|"
        # ("What reaches us", "Information you hand to us", "Information generated when you use
        # the app", a FAQ's "Do you store my prompts?")
        # ("## 1. Information about you" over "1.1 **Profile.** Your name, email, …")
        r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:personal )?(?:information|data) about you\W*$|"
        # ("## Other data" / "Other information" after the parts on what the service reads)
        r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?other (?:personal )?(?:data|information)\W*$|"
        r"\breaches us\b|\bhand (?:over )?to us\b|\binformation (?:generated|created|produced) "
        r"(?:when|as|while) you\b|\bdata (?:generated|created|produced) (?:when|as|while) you\b|"
        r"\bdo you (?:store|keep|save|log|collect|record)\b|"
        # ("What the child shares", "What we learn from use", "Data Helix handles for your
        # organisation")
        r"\bwhat (?:you|the child|your child|children|students|kids|users) (?:share|shares|give|"
        r"tell|send)\b|\bwhat we learn\b|\bdata (?:\w+ )?handles\b|"
        # a heading naming what the product itself works with ("1. What Assist works with",
        # "What the assistant uses", "Data Assist can access")
        r"\bwhat we (?:get|receive|have|hold|keep)\b|"
        # ("### Which data is processed?")
        r"\bwhich (?:personal )?(?:data|information) (?:is|are|do we|will be) (?:processed|"
        r"collected|used|handled)\b|\bwhat (?:personal )?(?:data|information) (?:is|are|will be) "
        r"(?:processed|collected|used|handled)\b|"
        r"\bwhat (?:[\w-]+ ){1,3}?(?:works with|uses|can use|processes|can access|has access to|"
        r"sees|can see|looks at|needs)\b|\bdata (?:[\w-]+ ){1,2}?(?:works with|uses|can use|"
        r"can access|has access to)\b|\binformation (?:[\w-]+ ){1,2}?(?:works with|uses|can use|"
        r"can access|has access to)\b",
        re.I),
    # (and "## 你告诉我们的", "您提供给我们的信息", "你使用本产品时自动产生的信息", "我们需要孩子的
    # 哪些信息？", "随请求上报的元数据", a FAQ's "你们会存下来吗？")
    "zh": re.compile(r"收集|获取|采集|上传|记录|读取|我们处理的|处理的(?:个人)?信息|处理哪些|"
                     r"[您你]告诉我们|[您你]提供给我们|自动产生的|产生的(?:个人)?信息|"
                     r"需要[^，。；？]{0,8}?哪些(?:个人)?信息|需要(?:什么|哪些)|上报|存下来|存起来|"
                     r"[您你](?:会|将)?交给|"  # ("一、你会交给暖暖什么")
                     r"保存(?:哪些|什么)|"
                     # ("一、我们会拿到哪些信息", "我们拿到的信息")
                     r"拿到(?:哪些|什么|的)|"
                     # a FAQ's question: "问：客服云会处理我的哪些信息？"
                     r"处理[^，。；？]{0,6}?哪些(?:个人)?信息"),
})


# (and a lead-in of what the service may add one day: "如果未来加入以下能力：" / "- 崩溃收集 / 遥测",
# "If we later add any of the following:")
LEAD_EXCLUDES = re.compile(r"\bexclu|\bexempt|\bnot (?:cover|includ|apply)|不包括|不适用|排除|"
                           r"(?:如果|若|如)(?:后续|未来|将来|今后)|\bif we (?:ever |later )(?:add|introduce)|"
                           r"\bif we add (?:\w+ )?in the future\b", re.I)


def _lead_passes(gate: dict[str, LiteralGate], clause: Clause, texts: ClauseTexts,
                 collected: bool) -> bool:
    """Whether a list item's lead-in passes *gate*; for collected data, whether it says the
    items are collected (``lead_collects``)."""
    lead = texts.lead.get(clause.id)
    if lead is None:
        return False
    if collected:
        return lead_collects(clause, texts)
    return texts.search(gate[lead.lang], lead, True) is not None


def lead_collects(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether a list item's lead-in says its items are collected ("We collect the
    following:"), without denying it ("We never collect:") or naming exclusions (one answer
    per lead-in, however many items stand under it)."""
    lead = texts.lead.get(clause.id)
    if lead is None:
        return False
    known = texts.lead_collects.get(lead.id)
    if known is None:
        known = says_collected(lead, texts)
        outer = texts.lead.get(lead.id)  # a title item's own title ("2.1 个人信息" under
        if not known and outer is not None and lead.kind == "item":  # "2. 我们收集的信息")
            known = says_collected(outer, texts)
        if not known and outer is None and lead.kind == "sentence" and _label_line(lead):
            known = _under_collecting_title(lead, texts)
        texts.lead_collects[lead.id] = known
    return known


# ("6.个性化推荐": no space after the number before a Han character)
_NUMBERED_LINE = re.compile(r"\W{0,3}(?:\d{1,2}(?:\.\d{1,2})*(?:\.?\s|[.、．](?=[\u4e00-\u9fff]))|"
                            r"[一二三四五六七八九十]{1,3}[、.]|"
                            r"[(（][一二三四五六七八九十\d]{1,3}[)）])")


_TITLE_REACH = 30  # clauses looked back over for the title a label line stands under


def _under_collecting_title(lead: Clause, texts: ClauseTexts) -> bool:
    """Whether *lead*, a label line of a list ("Device & Technical Data" / "- IP address"),
    stands under a heading or numbered title that says its part lists data collected ("2.2
    Information Collected Automatically", "1. What data do we collect?"), or under a sentence
    that leads in to such labels ("We collect the following types of information:" /
    "Personal Information:" / "• Email address"), passing over the sibling labels and items
    between; not a label that denies or excludes ("Data we do not collect")."""
    if texts.search(NOT_COLLECTED[lead.lang], lead, True) or LEAD_EXCLUDES.search(lead.text):
        return False
    above = texts.before.get(lead.id)
    for _ in range(_TITLE_REACH):
        if above is None:
            return False
        if is_part_title(above):
            return says_collected(above, texts)
        if above.kind == "sentence" and not _label_line(above) and above.text.rstrip(
                " *_").endswith((":", "：")):
            return says_collected(above, texts)
        above = texts.before.get(above.id)
    return False


def is_part_title(clause: Clause) -> bool:
    """A heading, or a numbered line that names a part ("2.2 Information Collected
    Automatically", "1. What data do we collect?", "8. your rights")."""
    return clause.kind == "heading" or (_NUMBERED_LINE.match(clause.text) is not None
                                        and short_title(clause.text.rstrip(":：?？")))


def _label_line(clause: Clause) -> bool:
    """A short line naming a kind of data, with or without a closing colon ("Technical Data:",
    "Device & Technical Data")."""
    words = clause.text.strip(" *_#").rstrip(":：").strip(" *_")
    return 0 < len(words) <= 40 and not SENTENCE_MARK.search(words)


def says_collected(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* (a lead-in) says what follows is collected, without a denial or
    exclusions."""
    return texts.search(_LEAD_COLLECTS[clause.lang], clause) is not None and not (
        texts.search(NOT_COLLECTED[clause.lang], clause, True)
        or LEAD_EXCLUDES.search(clause.text) or texts.search(_ON_DEVICE[clause.lang], clause))


def _lead_excludes(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether a list item stands under a lead-in that denies collecting its items or names
    exclusions ("Under CCPA, personal information does not include:", "我们不会收集：")."""
    # (or keeps them on the device: "以下项目仅保存在您的设备上："; a table's rows too)
    lead = texts.lead.get(clause.id) or _table_lead(clause, texts)
    if lead is None:
        return False
    denial = texts.search(NOT_COLLECTED[lead.lang], lead, True)
    # (a denial of one thing before the lead-in proper: "本App仅收集…必要信息，不会收集任何位置相关
    # 信息，具体收集类型如下：")
    if denial is not None and _COLLECTS_AFTER.search(lead.text, denial.end()):
        denial = None
    return bool(LEAD_EXCLUDES.search(lead.text) or denial is not None
                or texts.search(_ON_DEVICE[lead.lang], lead))


# a later part of a lead-in that says its items are collected after all
_COLLECTS_AFTER = re.compile(r"[，,；;][^，,；;]*?(?:具体)?(?:收集|获取|采集)(?:的|以下|如下|类型)|"
                             r"[,;] (?:but |and )?(?:we )?(?:do |may |will )?(?:collect|gather|obtain) "
                             r"(?:the following|these|the data below)\b", re.I)


# a title that names what is not collected ("1. 我们不收集的信息类型" / "1. Information We Do NOT
# Collect" / "您的姓名、头像、联系方式、位置信息、设备标识符等。")
_DENYING_TITLE = {
    "en": re.compile(r"\b(?:do|will|does) not collect\b|\bdon[’']t collect\b|\bnot collected\b|"
                     r"\bnever collect\b", re.I),
    "zh": re.compile(r"不(?:会)?(?:收集|采集|获取)的|不(?:会)?(?:收集|采集)(?:哪些|什么)"),
}
COLLECT_WORD = re.compile(r"collect|收集|采集", re.I)  # (a title naming collection)
_TITLES_ABOVE = 3  # (a title in each language stacked over the text: "一、…" / "1. …")


def _under_denying_title(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* is the text right under a title that names what is not collected."""
    above = texts.before.get(clause.id)
    for _ in range(_TITLES_ABOVE):
        if above is None or not (is_part_title(above) or is_title(above)):
            return False
        denial = _DENYING_TITLE[above.lang].search(above.text)
        # (not a title over both: "What we collect and what we do not collect", 收集和不收集的信息)
        if denial is not None and not COLLECT_WORD.search(above.text, 0, denial.start()):
            return True
        above = texts.before.get(above.id)
    return False


def _table_lead(clause: Clause, texts: ClauseTexts) -> Clause | None:
    """For a table's row, the line the table stands under when it ends with a colon ("以下数据仅
    保存在你的设备本地：" / "| 数据 | 说明 |" / "| 背景图片 | 你上传的背景图 |")."""
    if clause.kind != "row":
        return None
    above = texts.before.get(clause.id)
    while above is not None and above.kind == "row":
        above = texts.before.get(above.id)
    if above is None or above.kind == "heading" or not above.text.rstrip(" *_").endswith(
            (":", "：")):
        return None
    return above


# (a table row's first cell is a label too: "| Precise location | Not collected |")
_LABEL_END = re.compile(r"[:：|]")


def _labels(text: str, at: int, denial: int) -> bool:
    """Whether the match at *at* lies in a list item's label that the denial just after it
    speaks of ("**Precise location:** we do not collect precise geolocation"; not "粗略位置：根据IP
    地址推断的城市级位置…，不会获取精确定位", where the item says what is collected first)."""
    colon = _LABEL_END.search(text, 0, 80)
    if colon is not None and colon.group() == "|":
        # (the denial must open the next cell: not "Identifiers (email) | Yes | No", where the
        # "No" answers another column)
        return at < colon.start() and colon.end() <= denial and not text[
            colon.end():denial].strip(" *_")
    return colon is not None and at < colon.start() <= denial <= colon.end() + 12


_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）])\s*")


def short_title(text: str) -> bool:
    """A numbered line naming a part without a sentence in it ("2. 收集的信息")."""
    rest = _ITEM_NUMBER.sub("", text, count=1).strip()
    # (an English title runs longer: "Items of personal information collected")
    return len(rest) <= (60 if rest.isascii() else 30) and not SENTENCE_MARK.search(rest)


# a data class a contract defines by what it holds: '"Customer Data" means the inputs you
# submit …' (not "Personal Data means any information relating to …")
DATA_CLASS = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?"  # (numbered: '1.2 "Service Data" means …')
    r"\W{0,3}(?!Personal |Sensitive )[A-Z][a-z]+ (?:Data|Information|Content)\W{0,3}\s*"
    r"means\b")
