"""Document-level terms of a notice, each with the clause ids it was read from.

Scope and negation decide meaning: a term counts where it is affirmed ("we may use your
conversations to train our models"), a denial is evidence for "no" ("we do not use your content
to train", "我们不会将…用于训练"), and a denial with an exception is still a "may"
("we do not … unless you opt in", "未经您的同意不会…"). Rights count only where the notice speaks
of the user's own power (you may / you have the right / 您有权 / 您可以). The yes/no practices
(cross-border, model training, automated decisions, minors) are read in ``practices.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import identity
from .clause_texts import (
    EXCEPTION,
    KEPT_COLUMN,
    NO_ANSWER,
    SENTENCE_MARK,
    ClauseTexts,
    cap,
    clauses_with,
    column_cells,
    gated,
    is_title,
    rows_collected,
    with_table_headers,
)
from .lexicon import Lexicon, negated
from .practices import automated_decision, cross_border, minors, model_training, row_question
from .prefilter import LiteralGate
from .retention import RETENTION_CTX, retention
from .segment import names_a_notice

if TYPE_CHECKING:
    from .analyser import Clause

_USER_POWER = gated({
    "en": re.compile(
        r"\byou (?:can|may|have|could|are entitled|also have)|\byour rights?\b|right (?:to|of)\b|"
        r"\brequest\b|\bask us\b|\bcontact us\b|\bresidents?\b|\bexercise\b|\bto (?:access|delete|"
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
        r"\byou are able to\b|\byou will be able to\b|\busers are able to\b|\busers will be able to\b|"
        r"\bmembers are able to\b|\bcustomers are able to\b|\bparents are able to\b|"
        r"\bif you (?:would like|wish|want) to\b|"
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
                     r"不(?:想|希望|愿意)(?:要|看到|接收|收到|使用)?个性化"),
})
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
                          r"supply|set up|create)\b|\bmay be required\b|\bare required\b|\bneed to (?:provide|submit|enter|supply) (?:your|us)\b|"
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
_NOT_COLLECTED = gated({
    "en": re.compile(
        r"\b(?:do|does|will|shall) not (?:knowingly |intentionally |otherwise |directly |ever |"
        r"actually )?(?:collect|process|store|receive|request|sell|retain|ask for|want|need|require)|"
        # ("we never see your card details", "we never receive your card number")
        r"\bnever (?:collect|process|store|ask|read|access|see|receive|keep|retain)|\bno (?:biometric|sensitive)|collected: no\b|\|\s*no\s*(?:\||$)|"
        # "Scrivly is not designed to process special categories of data such as health …"
        r"\bnot (?:designed|intended|meant) to (?:collect|process|receive|store)\b|"
        # advice to the user is no collection: "Please avoid sharing health conditions …"
        r"\bavoid (?:shar|send|submitt|provid|enter|upload|includ|putt)ing\b|\brefrain from "
        r"(?:shar|send|submitt|provid|enter|upload|includ)ing\b|\bplease (?:do not|don't) (?:share|"
        r"send|submit|provide|enter|upload|include|put)\b|"
        # "We ask you not to enter Social Security numbers or medical information"
        r"\bask you not to (?:shar|send|submit|provid|enter|upload|includ|input|put)|"
        r"\byou should not (?:shar|send|submit|provid|enter|upload|includ|input|put)|"
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
        r"(?:the )?(?:text|content|anything|what you type) (?:in|typed into|entered in)\b", re.I),
    # ("你的支付账户信息由支付机构处理，我们无法获取")
    "zh": re.compile(r"不会(?:主动|有意|故意|刻意)?(?:收集|处理|获取|存储)|不(?:收集|处理|获取)|未收集|"
                     # "我们从不存储完整的信用卡号码", "不会把你的对话音频、输入文本…上传"
                     r"从不(?:收集|存储|储存|保存|获取)|从未(?:收集|存储|储存|保存|获取)|"
                     r"不会(?:把|将)[^。；]{0,30}?(?:上传|发送|传输)|"
                     # "我们不存储您的信用卡详细信息", "你的帐户名、帐号和密码将不会发送给Apple"
                     r"不(?:存储|储存|保存|留存)(?:您|你)的|"

                     r"无法(?:获取|获得|收集|查看|接触)|"
                     # "我们不会在应用内要求您提供以下资料："
                     r"不会(?:在[^，。；]{1,8}?)?(?:要求|请求|需要)(?:您|你)(?:提供|填写|上传)|"
                     # ("我们只接收…的结果，不接触您的人脸图像")
                     r"不(?:会)?接触(?:到)?(?:您|你)的|"
                     # advice to the user, as in English: "请勿在对话中提供身份证号、病历等信息",
                     # "案情中可能包含…健康状况等敏感个人信息，请您仅提供咨询所必需的内容"
                     r"请[您你]?(?:勿|不要|避免)[^，。；]{0,10}?(?:提供|上传|输入|分享|填写|透露|发送)|"
                     r"可能(?:包含|含有|涉及)(?=[^。]{0,80}?请[您你]?(?:仅|勿|不要|避免))"),
})
# data that stays on the user's device is not collected ("人脸关键点仅在本地临时计算，不会上传至
# 我们的服务器", "App会在您的设备上识别人脸关键点", "face landmarks are processed on your device and
# never leave it")
_ON_DEVICE = gated({
    "en": re.compile(
        r"\bprocessed locally\b|\bprocessed on[- ]device\b|\bprocessed on your device\b|"
        r"\bnever leaves? your device\b|\bnot uploaded to\b|\bnot sent to our servers\b|"
        r"\bstays? on your device\b|"
        # ("The prompt templates you save are stored in your browser's local storage and never
        # leave your computer")
        r"\bnever leaves? your (?:computer|browser|phone)\b|\bin your browser's local storage\b|"
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
        r"\bnever transmitted\b",
        re.I),
    "zh": re.compile(r"本地(?:完成|处理|计算|临时计算|运行|识别)|不会上传|不会被上传|不上传|不出设备|"
                     r"在您的设备(?:上|本地|端)(?:识别|计算|处理|完成|运行)|"
                     r"在您的手机(?:上|本地|端)(?:识别|计算|处理|完成|运行)|"
                     # ("小澜会读取你的联系人和日程，在手机上完成匹配")
                     r"在你的设备(?:上|本地|端)(?:识别|计算|处理|完成|运行)|"
                     r"在你的手机(?:上|本地|端)(?:识别|计算|处理|完成|运行)|"
                     r"在手机上(?:识别|计算|处理|完成|运行)|在设备上(?:识别|计算|处理|完成|运行)|"
                     # "指纹信息仅存储在您的设备上，我们无法获取"
                     r"(?:仅|只)(?:存储|保存|储存)(?:在|于)(?:您|你)的(?:设备|手机|终端)|"
                     # "聊天内容仅保存在用户设备上", "仅存储在本地设备"
                     r"(?:仅|只)(?:存储|保存|储存)(?:在|于)(?:用户|本地)的?(?:设备|手机|终端)|"
                     r"(?:仅|只)(?:存储|保存|储存)(?:在|于)(?:设备|手机|终端)(?:上|中|本地)|"
                     r"(?:仅|只)(?:存储|保存|储存)(?:在|于)(?:您|你)的本地浏览器|不会外传|"
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
                     r"不会被(?:收集|获取|采集)"),
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
    heading = _is_part_title(clause)
    steps = _ON_DEVICE_AFTER if heading else 1
    while after is not None and steps > 0 and after.kind != "heading" and (
            heading or after.line == clause.line):
        if (_on_device(after, texts) or (heading and texts.search(
                _NOT_COLLECTED[after.lang], after, True) is not None)) and (
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
        r"\bmeans\b|\brefers? to\b|is defined as|\bexamples?:(?<!\bfor example:)(?<!\bfor examples:)|cal\. civ\. code|§|"
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
    r"[^，。；,]{1,20}?(?:(?:为|向)(?:用户|您|你|广大用户))?提供[^，。；,]{0,40}?等[^，。；,]{0,10}?"
    r"(?:服务|功能)")


def _defines(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* defines a term or lists kinds of information rather than saying what is
    collected; a sentence of a table row does when any sentence of its row does."""
    parts = texts.row_parts.get(clause.id)
    if parts is not None:
        return any(_defines_one(part, texts) for part in parts)
    return _defines_one(clause, texts)


def _defines_one(clause: Clause, texts: ClauseTexts) -> bool:
    if texts.search(_DEFINITION[clause.lang], clause, True):
        return clause.lang != "en" or not _DATA_CLASS.match(clause.text)
    if clause.lang == "zh" and "提供" in clause.text and _SERVICE_OFFERED.search(clause.text):
        return True
    return clause.lang == "zh" and "包括" in clause.text and bool(_KIND_LIST.search(clause.text))


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


# a purpose stated inside a clause about collecting or protecting data ("为保障服务安全，我们会收集
# …", "we collect … to provide the service", "we use automated systems to detect abuse")
_PURPOSE_CUE = gated({
    "en": re.compile(r"\bto (?:\w+ )?(?:provide|deliver|operate|detect|prevent|protect|secure|"
                     r"process|comply|respond|improve|personali[sz]e|send|create|verify)|"
                     r"\bfor (?:the )?purposes? of\b|\bin order to\b|\bso that\b|\bso we can\b|"
                     # "kept for seven years to meet tax obligations", "held for up to 30 days for
                     # abuse and misuse monitoring"
                     r"\bto (?:meet|satisfy|fulfil|fulfill)\b|\bfor (?:\w+ ){0,3}?monitoring\b", re.I),
    "zh": re.compile(r"用于|为了|以便|目的|为(?:保障|保护|维护|向您|您|实现|提供|完成)|以(?:向|为)您"),
})


# (and "环节 | 涉及的个人信息 | 为什么需要 | 存多久", "Data | Why we need it")
_PURPOSE_COLUMN = re.compile(r"目的|用途|为什么|为何|purpose|\bwhy\b|\breasons?\b", re.I)
# a heading of a part on the purposes ("Why we use it", "3. Purposes", "三、使用目的")
_PURPOSE_SECTION = gated({
    "en": re.compile(r"\bpurposes?\b|\bwhy we use\b|\bhow we use\b|\bwhy we (?:collect|process)\b",
                     re.I),
    # ("二、这些信息用于什么")
    "zh": re.compile(r"目的|用途|如何使用|资料之利用|信息之利用|数据之利用|用于什么|用来做什么|做什么用"),
})


# a clause that says what data is used for, whatever the topic model makes of it ("以上遥测数据用于
# 排查插件缺陷、衡量补全质量", "This information is used to debug crashes")
_DATA_USED_FOR = gated({
    "en": re.compile(r"\bdata (?:is|are|will be|may be) (?:only |solely |also |mainly )?used (?:to|for)\b|"
                     r"\binformation (?:is|will be|may be) (?:only |solely |also |mainly )?used "
                     r"(?:to|for)\b|"
                     # ("Kindred uses what you tell it to answer in character")
                     r"\buses what you (?:tell|share|give|say|type|send)\b", re.I),
    # ("情绪倾向仅用于调整暖暖的回复语气")
    "zh": re.compile(r"(?:数据|信息|内容|记录)(?:将|会|仅|只|主要|均)?(?:被)?用于|仅用于|只用于"),
})


# a colon closing a lead-in naming purposes, with the purposes after it on the line ("目的在于：提供…")
# a lead-in whose items are purposes ("We use the information we collect to:", "…的目的在于：";
# not "may include, but is not limited to:", "You have the right to:")
_PURPOSE_LEAD_END = re.compile(
    r"\b(?:use|uses|process|processes|necessary|order|used|processed)\b[^:]{0,60}\bto[*_\s]{0,3}:"
    r"[*_\s]*$|(?:用于|为了|以便|目的(?:在于|是|为|包括|如下)?)[*_\s]{0,3}[:：][*_\s]*$", re.I)
# a colon closing a lead-in naming purposes, with the purposes after it on the line ("目的在于：提供…",
# "Purposes: …"; English searched in the folded text)
_PURPOSES_RUN_IN = {
    "zh": re.compile(r"(?:目的|用途|如何使用|用于什么|用来做什么|做什么用)[^:：。；]{0,6}[:：]\s*\S"),
    "en": re.compile(r"(?:\bpurposes?|\bwhy we use|\bhow we use|\bwhy we collect|\bwhy we process)"
                     r"[^:.;]{0,6}:\s*\S"),
}


def _purpose_lead(lead: Clause, known: dict[int, bool]) -> bool:
    """Whether the items under *lead* are purposes (``_PURPOSE_LEAD_END``; answers in *known*)."""
    answer = known.get(lead.id)
    if answer is None:
        answer = known[lead.id] = lead.text.rstrip(" *_").endswith((":", "：")) and (
            _PURPOSE_LEAD_END.search(lead.text) is not None)
    return answer


def _opens_purposes(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* names purposes just before a colon with the first of them after it."""
    text = clause.text
    if clause.lang == "zh":
        return ("：" in text or ":" in text) and ("目的" in text or "用途" in text or "如何使用" in text
                                                or "用于" in text) and (
            _PURPOSES_RUN_IN["zh"].search(text) is not None)
    low = texts.low[clause.id]
    return ":" in low and ("purpose" in low or "we use" in low or "we process" in low
                           or "we collect" in low) and _PURPOSES_RUN_IN["en"].search(low) is not None


def _purpose_scope(clauses: list[Clause], texts: ClauseTexts) -> list[Clause]:
    """Clauses about using data, those about collecting, protecting or (in English) keeping it
    that state a purpose, the rows of a table whose header names a purpose column ("功能 | 收集的个人信息 |
    目的"), the items of a lead-in that names purposes ("我们处理上述信息的目的在于：" / "1. 实现录音
    转写…"), clauses saying what data is used for (``_DATA_USED_FOR``) and the sentences
    that go on the line of a run-in lead-in naming purposes ("第四条 …目的在于：提供内容生成服务；" /
    "进行身份核验；" / "保障网络安全；")."""
    scope = []
    open_line = -1  # (the line of a run-in lead-in naming purposes)
    purpose_leads: dict[int, bool] = {}  # (per lead-in, whether its items are purposes)
    for c, header in with_table_headers(clauses):
        if c.line != open_line:
            open_line = -1
        if (":" in c.text or "：" in c.text) and _opens_purposes(c, texts):
            open_line = c.line
        if c.topics & {"use", "model_training"} or c.line == open_line:
            scope.append(c)
            continue
        purpose_table = header is not None and _PURPOSE_COLUMN.search(header.text)
        lead = texts.lead.get(c.id)
        if purpose_table or (lead is not None and _purpose_lead(lead, purpose_leads)) or (
                ("用于" in c.text if c.lang == "zh" else "used for" in texts.low[c.id]
                 or "used to" in texts.low[c.id] or "uses what" in texts.low[c.id])
                and texts.search(_DATA_USED_FOR[c.lang], c) is not None) or (
                (c.topics & {"collection", "security"} or (c.lang == "en" and (
                    "retention" in c.topics or (c.kind != "heading"
                                                and texts.section_level(RETENTION_CTX["en"], c) > 0))))
                and texts.search(_PURPOSE_CUE[c.lang], c)) or (
                c.section != "" and c.kind != "heading"
                and texts.section_level(_PURPOSE_SECTION[c.lang], c) > 0):
            scope.append(c)
    return scope


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
        if collected and (_defines(clause, texts) or _lead_excludes(clause, texts)):
            continue
        # (data kept on the device is not collected; a child's still says the service is used
        # by children: "Child's name and age group: … stored locally on your device only")
        local = collected and _on_device(clause, texts)
        if local and section != "sensitive_categories":
            continue
        denial = texts.search(_NOT_COLLECTED[lang], clause, True) if collected else None
        # (a passive denial speaks of what stands before it: "passwords and form data are not
        # accessed or collected", "你的帐户名、帐号和密码将不会发送给Apple")
        passive = _PASSIVE_DENIAL[lang].search(text) if collected and (
            ("不会" in text) if lang == "zh"
            else (" not " in texts.low[clause.id] or "never" in texts.low[clause.id])) else None
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
                    _ONLY_RESULT.search(text) and (texts.search(_NOT_COLLECTED[lang], clause)
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
        texts.search(_SECTION_COLLECTS["en"], label) is not None)


# a list's lead-in that says its items are collected: a verb, not "such as" (a statute's
# exclusions: "Information excluded from the CCPA's scope, such as:")
_LEAD_COLLECTS = gated({
    "en": re.compile(
        r"\bcollect|\breceive|\bobtain|\bgather|\bprocess|\bcaptur|\bacquir|\bwe (?:may )?(?:store|"
        r"record|log|use|handle|hold)\b|you (?:provide|give|submit|upload|enter|share)|"
        r"\byou may provide\b|"
        # what a device or app sends to the service ("When a request needs our servers, we
        # send:", "the app sends us:", "Data sent to our servers:")
        r"\bsends?(?: us| to us)?:|\bsent to (?:us|our servers)\b", re.I),
    "zh": re.compile(r"收集|获取|采集|处理|上传|记录|读取"),
})
# a heading that says its section lists data collected ("1. What we handle", "二、我们收集的信息");
# narrower than a lead-in: "How we process your data", "个人信息处理规则" title the whole notice
_SECTION_COLLECTS = gated({
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
_LEAD_EXCLUDES = re.compile(r"\bexclu|\bexempt|\bnot (?:cover|includ|apply)|不包括|不适用", re.I)


def _lead_passes(gate: dict[str, LiteralGate], clause: Clause, texts: ClauseTexts,
                 collected: bool) -> bool:
    """Whether a list item's lead-in passes *gate*; for collected data, whether it says the
    items are collected (``_lead_collects``)."""
    lead = texts.lead.get(clause.id)
    if lead is None:
        return False
    if collected:
        return _lead_collects(clause, texts)
    return texts.search(gate[lead.lang], lead, True) is not None


def _lead_collects(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether a list item's lead-in says its items are collected ("We collect the
    following:"), without denying it ("We never collect:") or naming exclusions (one answer
    per lead-in, however many items stand under it)."""
    lead = texts.lead.get(clause.id)
    if lead is None:
        return False
    known = texts.lead_collects.get(lead.id)
    if known is None:
        known = _says_collected(lead, texts)
        outer = texts.lead.get(lead.id)  # a title item's own title ("2.1 个人信息" under
        if not known and outer is not None and lead.kind == "item":  # "2. 我们收集的信息")
            known = _says_collected(outer, texts)
        if not known and outer is None and lead.kind == "sentence" and _label_line(lead):
            known = _under_collecting_title(lead, texts)
        texts.lead_collects[lead.id] = known
    return known


_NUMBERED_LINE = re.compile(r"\W{0,3}(?:\d{1,2}(?:\.\d{1,2})*\.?\s|[一二三四五六七八九十]{1,3}[、.]|"
                            r"[(（][一二三四五六七八九十\d]{1,3}[)）])")
_TITLE_REACH = 30  # clauses looked back over for the title a label line stands under


def _under_collecting_title(lead: Clause, texts: ClauseTexts) -> bool:
    """Whether *lead*, a label line of a list ("Device & Technical Data" / "- IP address"),
    stands under a heading or numbered title that says its part lists data collected ("2.2
    Information Collected Automatically", "1. What data do we collect?"), or under a sentence
    that leads in to such labels ("We collect the following types of information:" /
    "Personal Information:" / "• Email address"), passing over the sibling labels and items
    between; not a label that denies or excludes ("Data we do not collect")."""
    if texts.search(_NOT_COLLECTED[lead.lang], lead, True) or _LEAD_EXCLUDES.search(lead.text):
        return False
    above = texts.before.get(lead.id)
    for _ in range(_TITLE_REACH):
        if above is None:
            return False
        if _is_part_title(above):
            return _says_collected(above, texts)
        if above.kind == "sentence" and not _label_line(above) and above.text.rstrip(
                " *_").endswith((":", "：")):
            return _says_collected(above, texts)
        above = texts.before.get(above.id)
    return False


def _is_part_title(clause: Clause) -> bool:
    """A heading, or a numbered line that names a part ("2.2 Information Collected
    Automatically", "1. What data do we collect?", "8. your rights")."""
    return clause.kind == "heading" or (_NUMBERED_LINE.match(clause.text) is not None
                                        and _short_title(clause.text.rstrip(":：?？")))


def _under_title(clause: Clause, texts: ClauseTexts, gate: LiteralGate, reach: int = 6) -> bool:
    """Whether the nearest heading or numbered title line above *clause* (within *reach*
    clauses; a plain text marks its parts with numbered lines: "8. your rights") passes
    *gate*."""
    above = texts.before.get(clause.id)
    for _ in range(reach):
        if above is None:
            return False
        if _is_part_title(above):
            return texts.search(gate, above) is not None
        above = texts.before.get(above.id)
    return False


def _label_line(clause: Clause) -> bool:
    """A short line naming a kind of data, with or without a closing colon ("Technical Data:",
    "Device & Technical Data")."""
    words = clause.text.strip(" *_#").rstrip(":：").strip(" *_")
    return 0 < len(words) <= 40 and not SENTENCE_MARK.search(words)


def _says_collected(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* (a lead-in) says what follows is collected, without a denial or
    exclusions."""
    return texts.search(_LEAD_COLLECTS[clause.lang], clause) is not None and not (
        texts.search(_NOT_COLLECTED[clause.lang], clause, True)
        or _LEAD_EXCLUDES.search(clause.text))


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
            texts.lead_collects[clause.id] = _says_collected(clause, texts) or (
                previous is not None and previous.line == clause.line
                and _says_collected(previous, texts) and not _LEAD_EXCLUDES.search(clause.text))
        previous = clause


def _lead_excludes(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether a list item stands under a lead-in that denies collecting its items or names
    exclusions ("Under CCPA, personal information does not include:", "我们不会收集：")."""
    lead = texts.lead.get(clause.id)
    return lead is not None and bool(
        _LEAD_EXCLUDES.search(lead.text) or texts.search(_NOT_COLLECTED[lead.lang], lead, True))


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


_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）])\s*")


def _short_title(text: str) -> bool:
    """A numbered line naming a part without a sentence in it ("2. 收集的信息")."""
    rest = _ITEM_NUMBER.sub("", text, count=1).strip()
    # (an English title runs longer: "Items of personal information collected")
    return len(rest) <= (60 if rest.isascii() else 30) and not SENTENCE_MARK.search(rest)


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
        elif clause.kind == "item" and _short_title(clause.text) and not (
                title and clause.lang == "en" and number != "-"
                and _TITLE_NUMBER.match(clause.text) is None):
            # (under an English numbered title only a numbered line is a title: "- Display name"
            # is an item; not so in a table of contents: "• What Data We Collect" / "• Cookies")
            # (a sub-part of a collecting title collects too: "2. Information We Collect" /
            # "2.1 Personal Information You Provide"; an English title says so in the words of
            # a collecting heading: "1.1. Information that you submit")
            own = _TITLE_NUMBER.match(clause.text)
            sub = own is not None and title and own.group(1).startswith(number + ".") and not (
                _NOT_COLLECTED[clause.lang].search(clause.text))
            title = lines = sub or bool(_COLLECT_TITLE.search(clause.text)) or (
                clause.lang == "en" and _SECTION_COLLECTS["en"].search(clause.text) is not None
                and not _NOT_COLLECTED["en"].search(clause.text))
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
            and c.id not in texts.not_collected]


def listed_rows(clauses: list[Clause]) -> frozenset[int]:
    """Ids of the rows and items that say what is collected by where they stand (a collection
    table, a numbered collection title): read by both category lists."""
    return _collected_rows(clauses) | _titled_items(clauses)


def collecting_parts(clauses: list[Clause], texts: ClauseTexts) -> frozenset[int]:
    """Ids of the clauses under a heading that says its part lists data collected
    (``_in_collecting_section``): read by both category lists."""
    _prose_leads(clauses, texts)  # (first: a lead-in's answer is remembered)
    return frozenset(c.id for c in clauses if c.sections and _in_collecting_section(c, texts))


_AUDIENCES = frozenset({"specific_audiences"})


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
    # (or, in English, only with the topic of audiences: "To choose them it looks at your
    # profile (age, … your religion and your views on children)")
    untopiced = texts.holding(_COLLECTING_VERB, [
        c for c in clauses if (not c.topics or (c.lang == "en" and c.topics <= _AUDIENCES))
        and c.kind in ("sentence", "item")])
    scope = [c for c, header in with_table_headers(clauses) if c.id not in texts.not_collected
             and (
        not c.topics.isdisjoint(topics) or c.id in rows
        or (c.id in texts.lead and _lead_collects(c, texts))
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
    return _not_of_pets_or_plants(found, ("health", "account", "biometric"), clauses, texts)


# data about the user's pet is not the user's (a pet app's "宠物昵称、品种、疫苗记录", "2.2. Pet
# Data:" / "- Medical information: sterilization status, allergies …")
# (and a plant's: "Plant photos are used ONLY for identification and diagnosis")
_NOT_A_PERSON = re.compile(r"\bpets?\b|\bpet(?:'|’)s\b|宠物|爱宠|猫咪|狗狗|毛孩子|\bplants?\b|"
                           r"\bplant(?:'|’)s\b|植物|花草|绿植", re.I)
_USER_SELF = re.compile(r"\byour own\b|\bthe user(?:'|’)s own\b|您本人|你本人|用户本人", re.I)


def _not_of_pets_or_plants(found: list[dict[str, Any]], terms: tuple[str, ...],
                           clauses: list[Clause], texts: ClauseTexts) -> list[dict[str, Any]]:
    """*found* without the evidence of *terms* in clauses about a pet or a plant (the clause, or
    the lead-in of its list, names one; not where it names the user's own data too)."""
    by_id = {c.id: c for c in clauses}
    ids = {i for item in found if item["term"] in terms for i in item["evidence"]}
    pets = {i for i in ids if not _USER_SELF.search(by_id[i].text) and (
        _NOT_A_PERSON.search(by_id[i].text)
        or (i in texts.lead and _NOT_A_PERSON.search(texts.lead[i].text)))}
    for term in terms if pets else ():
        found = _without_evidence(found, term, pets)
    return found


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
    of a contract's data classes (``_DATA_CLASS``); and the items and rows of a document titled
    as a list of the data collected ("# 灵犀助手 个人信息收集清单" / "- 设备型号、操作系统版本、OAID");
    and the answers to a FAQ's question on what is kept ("问：你们会存下来吗？" / "答：会。你的搜索
    问句…都会保存")."""
    out: set[int] = set()
    collecting = False
    listing: bool | None = None  # (asked of the first heading)
    for clause in clauses:
        if clause.lang == "en" and " means" in clause.text and _DATA_CLASS.match(clause.text):
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
            collecting = texts.search(_SECTION_COLLECTS[clause.lang], clause) is not None
        elif collecting and clause.kind != "row":
            out.add(clause.id)
    return frozenset(out)


def _untitled_part(clause: Clause) -> bool:
    """Whether *clause* stands under no heading but the notice's own title ("# Privacy Policy"):
    a part its headings do not mark up."""
    return clause.section == "" or (len(clause.sections) == 1 and names_a_notice(clause.section))


# a data class a contract defines by what it holds: '"Customer Data" means the inputs you
# submit …' (not "Personal Data means any information relating to …")
_DATA_CLASS = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?"  # (numbered: '1.2 "Service Data" means …')
    r"\W{0,3}(?!Personal |Sensitive )[A-Z][a-z]+ (?:Data|Information|Content)\W{0,3}\s*"
    r"means\b")


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
    if texts.section_level(_SECTION_COLLECTS[lang], clause) <= texts.section_level(
            _NOT_COLLECTED[lang], clause):
        return False
    lead = texts.lead.get(clause.id)
    return lead is None or _lead_collects(clause, texts) or (
        is_title(lead) and not lead.text.rstrip(" *_").endswith((":", "："))) or bool(
        _LISTING_LEAD.match(lead.text))


# a lead-in that only introduces the list the heading asks for ("答：包括以下几类：", "主要有：")
_LISTING_LEAD = re.compile(r"\W{0,3}(?:答[:：]\s*)?(?:主要)?(?:包括|包含|有)(?:以下|下列|如下)?"
                           r"[^，。；：:]{0,6}[:：][*_\s]*$")


def _in_denying_section(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* stands under a heading that denies collecting ("Data Not Collected")."""
    denied = texts.section_level(_NOT_COLLECTED[clause.lang], clause)
    return denied > 0 and denied >= texts.section_level(_SECTION_COLLECTS[clause.lang], clause)


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
    # parental consent for young children only where it is not the generic "we delete it" clause
    found = [f for f in found if f["term"] != "minor_under_14" or _processes_children(clauses, f)]
    if not any(f["term"] == "minor_under_14" for f in found):
        # a denial whose exception is a parent's consent says the service may ("We do not
        # knowingly collect data from children under 13 without verifiable parental consent")
        consented = [c.id for c in scope if c.lang == "en" and "without" in texts.low[c.id]
                     and _CHILD_WITH_CONSENT.search(c.text)]
        if consented:
            found.append({"term": "minor_under_14", "evidence": cap(consented)})
            order = list(lex.terms["sensitive_categories"])
            found.sort(key=lambda f: order.index(f["term"]))
    return found


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
              if _OTHERS_COLLECT.search(by_id[i].text)}
    return _without_evidence(found, term, others)


_OTHERS_COLLECT = re.compile(
    r"^(?!.*on (?:our|its) behalf).*(?:third[- ]party|external) (?:payment )?(?:processors?|"
    r"providers?)|\b(?:held|stored|handled|collected|processed) (?:directly )?by (?:our |a |the )?"
    r"payment (?:processors?|providers?)|"
    # "card details are handled by Stripe"
    # "the full card number stays with our payment processor", "你的支付账户信息由支付机构处理"
    r"由(?:第三方)?支付(?:机构|平台|服务商|服务提供商|公司)(?:处理|收集|保存|负责)|"
    r"\bstays? with (?:our |the |a |its )?(?:payment|card) (?:processors?|providers?)|"
    r"\bcard (?:details|data|information|numbers?) (?:are|is) (?:held|stored|handled|collected|"
    r"processed) (?:directly )?by\b|(?:not|never) (?:\w+ )?(?:store|collect|receive|retain|see)\w* "
    r"(?:\w+ ){0,3}(?:payment|card|credit)|"
    # "our reseller Paddle collects your payment details … we never see your card"
    r"\b(?:reseller|merchant of record|payment (?:processor|provider))(?: \w+)? collects\b|"
    # "Card details are entered directly with our payment processor and never reach our servers"
    r"\bnever reach(?:es)? (?:our|its) (?:servers|systems)\b|\bentered directly (?:with|into|on) "
    r"(?:our |the |a )?(?:payment|card) (?:processor|provider)|"
    # "Paddle, our reseller, collects your payment details"
    r"\b(?:reseller|merchant of record|payment (?:processor|provider)), collects\b", re.I)


def _processes_children(clauses: list[Clause], found: dict[str, Any]) -> bool:
    by_id = {c.id: c for c in clauses}
    for cid in found["evidence"]:
        text = by_id[cid].text
        if re.search(r"without (?:verification of )?parental consent|不满十四周岁的?个人信息属于", text, re.I):
            continue
        return True
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
    ("restrict_object", r"\bobject|\brestrict|\bopposition\b|\bopt[- ]?out|"
                        r"\bsuspension of (?:use|processing)\b|\bcessation of (?:use|processing)\b"),
    ("withdraw_consent", r"\bwithdraw"),
    ("complain", r"\bcomplain"),
    # ("Users can access, export, correct and delete their data")
    ("copy", r"\bexport\b|\bdownload\b"),
))


_AUTO_DELETED = re.compile(r"自动删除|立即删除|自动清除|立即清除|定期清理|自动清理|定期删除|定期清除")
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
_RIGHT_LABEL = re.compile(
    r"\W{0,4}(?:the )?(?:right (?:of |to )?)?(access|deletion|erasure|correction|rectification|export|"
    r"portability|data portability|objection|restriction|withdrawal of consent|withdraw consent)"
    r"\W{0,3}[:：—–]", re.I)
def _add_listed_rights(found: dict[str, list[int]], clause_id: int, words: str,
                       low: str | None = None, plain: bool | None = None) -> None:
    """Add *clause_id* as evidence of each right whose verb *words* name (a list of rights:
    "access, delete, correct"; *low*/*plain*: see ``LiteralGate.search``)."""
    for term, verb in _LISTED_RIGHTS:  # (each verb's literals tested first)
        if verb.search(words, 0, low, plain):
            found.setdefault(term, []).append(clause_id)


_IMPERATIVE_RIGHTS = re.compile(
    r"\W{0,4}((?:(?:access|review|download|export|delete|erase|correct|update|withdraw|object to|"
    r"restrict|port|transfer)(?:,? or|,? and|,|/)? ?){1,5})\b(?! (?:us|we|our)\b)", re.I)
_LABELLED_RIGHTS = {
    "access": "access", "deletion": "delete", "erasure": "delete", "correction": "correct",
    "rectification": "correct", "export": "copy", "portability": "portability",
    "data portability": "portability", "objection": "restrict_object",
    "restriction": "restrict_object", "object": "restrict_object",
    "withdrawal of consent": "withdraw_consent",
    "withdraw consent": "withdraw_consent"}
_RIGHT_CELL = re.compile(
    r"\W{0,4}(?:the )?(?:right (?:of |to )?)?(access|deletion|erasure|correction|rectification|export|"
    r"portability|data portability|objection|object|restriction|withdrawal of consent|"
    r"withdraw consent)\s*(?:\([^()|]{0,40}\)\s*)?\|", re.I)
_RIGHTS_HEADER = re.compile(r"\brights?\b", re.I)
_RIGHT_VERBS = ("access", "review", "download", "export", "delete", "erase", "correct", "update",
                "withdraw", "object", "restrict", "port", "transfer")
_VERB_LIST = re.compile(r"\w(?:,| or| and|/)")  # (two verbs or more)
_DENIED_AFTER = re.compile(r"\b(?:not|no|never|cannot)\b|n't\b", re.I)
_RIGHTS_SECTION = LiteralGate(re.compile(
    r"\brights\b|\byour (?:privacy )?(?:choices|controls)\b|\bcontrol(?:ling)? your\b|"
    r"\bmanag(?:e|ing) your (?:data|information|privacy)\b", re.I))
_TO_LIST = re.compile(r"\W{0,3}to [a-z]+(?:,| and| or)", re.I)


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
                    and not m.group().lower().startswith(("send", "when", "if", "where"))) or (
                    m.re is _RIGHT_LIST and _RESERVED.search(clause.text, 0, m.start())):
                continue
            start, end = m.span(1)
            _add_listed_rights(found, clause.id, m.group(1), low[start:end], plain)
    if "delete" in found:
        # the handler's automatic deletion is no right of the user's ("上传用于 AI 抠图的文件将自动
        # 删除,无需额外请求"; not "您可以随时删除，已删除的内容会在30日后自动删除")
        kept = [cid for cid in found["delete"] if by_id[cid].lang != "zh"
                or not _AUTO_DELETED.search(by_id[cid].text)
                or _USER_DELETING.search(by_id[cid].text)]
        if kept:
            found["delete"] = kept
        else:
            del found["delete"]
    for clause_id in list(found.get("withdraw_consent", ())):
        text = by_id[clause_id].text
        if len(_WITHDRAW.findall(text)) == 1 and _WITHDRAW_AS_GROUND.search(text):
            found["withdraw_consent"].remove(clause_id)
    if not found.get("withdraw_consent", True):
        del found["withdraw_consent"]
    for clause, header in with_table_headers(clauses):
        # a table of rights: the right's name in a row's first cell, under a header naming
        # rights or in a part about them ("| Right | Description |" / "| Erasure | Delete your
        # account … |")
        cell = _RIGHT_CELL.match(clause.text) if clause.kind == "row" and clause.lang == "en" else None
        if cell is not None and not _DENIED_AFTER.search(clause.text, cell.end()) and (
                (header is not None and _RIGHTS_HEADER.search(header.text))
                or texts.section_level(_RIGHTS_SECTION, clause) > 0):
            found.setdefault(_LABELLED_RIGHTS[cell.group(1).lower()], []).append(clause.id)
        # a right named by a label alone, in a part about the user's rights
        if clause.lang == "en" and clause.kind in ("item", "sentence"):
            label = _RIGHT_LABEL.match(clause.text)
            if label is not None and not _DENIED_AFTER.search(clause.text, label.end()) and (
                    texts.section_level(_RIGHTS_SECTION, clause) > 0):
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
                _add_listed_rights(found, clause.id, verbs.group(1))
    if "portability" in found and "copy" not in found:
        # receiving one's data to take elsewhere is obtaining a copy of it
        found["copy"] = list(found["portability"])
    order = list(lex.terms["rights"])
    return [{"term": t, "evidence": cap(found[t])} for t in order if t in found]


_SHARING_SECTION = gated({
    "en": re.compile(r"\bshar|\bdisclos|third[- ]part|\brecipients?\b|\b(?:sub-?)?processors?\b|"
                     r"\bservice providers?\b|\bvendors?\b|\bwho else\b|\bmodel providers?\b|"
                     r"\bwho gets\b|\bwho can see\b|\bwho receives\b", re.I),
    # ("三、谁能看到这些信息", Hong Kong's "3. 轉移個人資料")
    "zh": re.compile(r"共享|转让|公开披露|对外提供|第三方|委托处理|谁能看到|谁可以看到|谁会看到|"
                     r"转移个人信息"),
})


_SENT_TO_THIRD = gated({
    # (and a search engine the service asks for the user: "your question is sent to our search
    # partner", "您的问句会发给第三方搜索引擎")
    "en": re.compile(r"\b(?:sent|transmitted|passed|forwarded|transferred) to (?:the |a |an |our )?"
                     r"(?:\w+ ){0,3}?(?:third[- ]part|search (?:engine|provider|partner))", re.I),
    "zh": re.compile(r"(?:(?:传输|发送|传递|转交)(?:给|至)|发给)(?!您|你|用户)[^，。；]{0,12}?"
                     r"(?:第三方|提供方|合作方|服务商|服务方|搜索引擎)"),
})


def _sent_out(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* says data is sent on to a third party (not under a denial)."""
    return any(not negated(clause.text, start, clause.lang)
               for start, _ in texts.spans(_SENT_TO_THIRD[clause.lang], clause))


def sharing(lex: Lexicon, clauses: list[Clause], texts: ClauseTexts) -> dict[str, Any]:
    third = entrusted = public = False
    evidence: list[int] = []
    for clause, header in with_table_headers(clauses):
        if clause is header:  # a table's header row names its columns ("Sold or Shared")
            continue
        # a sentence under a sharing heading is read even when it does not speak of sharing by
        # itself ("Who we share data with" / "We use sub-processors for hosting")
        # (and a sentence about collecting or using data that says it is sent to a third party:
        # "完成该次调用所需的对话片段会发送给插件提供方")
        if "sharing" not in clause.topics and not texts.section_level(
                _SHARING_SECTION[clause.lang], clause):
            # (and, in any clause, a processor named as one ("活体检测由我们委托的认证服务商完成");
            # in one the topic model tags with nothing, a post made public ("作品将对所有用户公开
            # 展示"))
            hit = False
            if (not clause.topics or clause.topics & {"collection", "use"}) and _sent_out(
                    clause, texts):
                third = hit = True
                if lex.affirmed("methods", "entrust", clause.text, clause.lang,
                                texts.low[clause.id]):
                    entrusted = True
            # (its literal tested inline: asked of most clauses)
            if ("委托" in clause.text if clause.lang == "zh" else (
                    "intermediar" in texts.low[clause.id] or "instructions" in texts.low[clause.id])
                    ) and texts.search(_ENTRUSTED_TO[clause.lang], clause) is not None:
                entrusted = hit = True
            if not clause.topics and _made_public(clause, texts, strict=True):
                public = hit = True
            if hit:
                evidence.append(clause.id)
            continue
        if is_title(clause):  # "二、我们如何共享、转让、公开披露…" names the topics, says nothing
            continue
        lang, text = clause.lang, clause.text
        low = texts.low[clause.id]
        asked = row_question(clause)
        if asked is not None:  # "是否与第三方共享 | 不与第三方共享。": the answer says it
            if asked[1] == "no":
                continue
            text, low = text[asked[0]:], low[asked[0]:]
        hit = False
        if lex.affirmed("methods", "entrust", text, lang, low):
            entrusted = hit = True
        disclose = lex.affirmed("methods", "disclose", text, lang, low)
        if _made_public(clause, texts):
            public = hit = True
        if lex.affirmed("methods", "provide", text, lang, low) or disclose or (
                asked is None and _sent_out(clause, texts)):
            third = hit = True
        if hit:
            evidence.append(clause.id)
    return {"third_parties": third, "entrusted": entrusted, "public_disclosure": public,
            "evidence": cap(evidence)}


# making personal information public (PIPL Art. 25), not disclosing it to "public authorities"
_PUBLIC = gated({
    "en": re.compile(
        r"\bpublicly (?:available|accessible|visible|viewable|display|post|shar|disclos|show|"
        r"search)|\b(?:make|made|making|become|becomes) (?:\w+ ){0,4}?public\b|"
        r"\b(?:disclos|post|display|shar|publish|show)\w* (?:\w+ ){0,5}?(?:publicly|in public|"
        r"to the (?:general )?public)\b|\bpublic (?:disclosure|profile|forum|post|feed|gallery)|"
        r"\bappears? publicly\b|\bshown publicly\b|\bdisplayed publicly\b|\blisted publicly\b|"
        # a gallery or a link anyone may open ("public by default", "visible to everyone")
        r"\bpublic by default\b|\bpublic link\b|\bvisible to (?:everyone|anyone|all users|other users|"
        r"the public)\b|\bviewable by (?:everyone|anyone|all users|other users)\b|"
        r"\bseen by (?:everyone|anyone|all users|other users)\b",
        re.I),
    "zh": re.compile(r"公开(?:披露|发布|展示|显示|可见)|向(?:社会)?公众(?:披露|公开|展示)|"
                     r"作品广场|默认(?:公开|对外展示)|所有(?:用户|人)(?:均|都)?(?:可以|可)(?:浏览|查看|看到)|"
                     r"对所有(?:用户|人)(?:公开|可见)"),
})


def _made_public(clause: Clause, texts: ClauseTexts, strict: bool = False) -> bool:
    """Whether *clause* says personal information is or may be made public (a denial with an
    exception — "不会公开披露，除非取得您的单独同意" — still may). *strict* (a clause not about
    sharing): not where data comes from ("information that is publicly available")."""
    text = clause.text
    for start, end in texts.spans(_PUBLIC[clause.lang], clause):
        if _LABEL_AFTER.match(text, end):  # "3. 公开披露：我们不会公开披露…" names the topic first
            continue
        if strict and _PUBLIC_SOURCE.match(text, start):
            continue
        if not negated(text, start, clause.lang) or EXCEPTION[clause.lang].search(text):
            return True
    return False


_LABEL_AFTER = re.compile(r"[*_\s]{0,3}[:：]")
_PUBLIC_SOURCE = re.compile(r"publicly (?:available|accessible)", re.I)
# a processor named in a clause about something else: "由我们委托的认证服务商完成", "we use data
# intermediaries for hosting", "Cloud providers in the EU and US host the hub under our
# instructions"
_ENTRUSTED_TO = gated({
    "en": re.compile(r"\bdata intermediar(?:y|ies)\b|\bunder our (?:documented )?instructions\b|"
                     r"\bon our (?:documented )?instructions\b", re.I),
    "zh": re.compile(r"(?:我们|本公司)委托的[^，。；]{0,10}?(?:服务商|服务提供商|供应商|合作方|第三方|"
                     r"机构|公司)|委托(?:第三方|外部)?(?:服务商|合作方|供应商|服务提供商)"),
})


# the kinds of content a statement that it trains models on it says the handler receives
_TRAINED_CONTENT = ("user_content", "voice")


def _with_trained_content(found: list[dict[str, Any]], training: dict[str, Any],
                          clauses: list[Clause], lex: Lexicon,
                          texts: ClauseTexts) -> list[dict[str, Any]]:
    """*found* (the data categories) with the content a clause saying the models are trained on
    it names ("your conversations may be used to improve our models"; "我们会使用您的语音数据改进
    语音识别模型"): a handler that trains on it receives it, though no sentence says "collect"."""
    if training["value"] != "yes":
        return found
    by_id = {c.id: c for c in clauses}
    evidence = {item["term"]: item["evidence"] for item in found}
    added: dict[str, list[int]] = {}
    for cid in training["evidence"]:
        clause = by_id[cid]
        for term in lex.matching("data_categories", clause.text, clause.lang, texts.low[cid]):
            if term in _TRAINED_CONTENT and term not in evidence:
                added.setdefault(term, []).append(cid)
    if not added:
        return found
    evidence.update(added)
    return [{"term": t, "evidence": cap(evidence[t])} for t in lex.terms["data_categories"]
            if t in evidence]


def read_terms(text: str, clauses: list[Clause], lex: Lexicon, lang: str,
               dated: list[int] | None = None) -> dict[str, Any]:
    """The document terms of the contract; *dated*: see ``retention``."""
    texts = ClauseTexts(clauses)
    listed = listed_rows(clauses)
    parts = collecting_parts(clauses, texts)
    abroad = cross_border(lex, clauses)
    automated = automated_decision(lex, clauses, texts)
    methods = term_list(lex, "methods", clauses_with(
        clauses, {"collection", "use", "sharing", "retention", "cross_border", "security",
                  "model_training"}), texts)
    # the two methods that are also terms of their own follow those terms: a clause about the
    # right to opt out of profiling does not make profiling a method of the handler
    if abroad["value"] == "yes":
        methods.append({"term": "cross_border", "evidence": abroad["evidence"]})
    if automated["value"]:
        methods.append({"term": "automated_decision", "evidence": automated["evidence"]})
    purposes = term_list(lex, "purposes", _purpose_scope(clauses, texts), texts)
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
        "data_categories": _with_trained_content(
            data_categories(lex, clauses, texts, listed, parts), training, clauses, lex, texts),
        "sensitive_categories": sensitive(lex, clauses, texts, listed, parts),
        "methods": methods,
        "retention": retention(clauses, texts, dated),
        "sharing": sharing(lex, clauses, texts),
        "cross_border": abroad,
        "model_training": training,
        "automated_decision": automated,
        "minors": minors(clauses, texts),
        "rights": rights(lex, clauses, texts),
    }
