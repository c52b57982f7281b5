"""Use of user content for model training (``model_training``): "yes", "no" or "not_stated",
with whether the notice describes a way to opt out; a denial is evidence for "no", a denial
with an exception ("unless you opt in", "未经您的同意不会…") is still a "may", and training named
only as a subject, by other services or on the customer's own data sets is no use of content.
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
    row_question,
    under_denying_lead,
)
from .clause_texts import (
    EXCEPTION,
    ZH_WITHOUT_CONSENT,
    cap,
)
from .lexicon import Lexicon, fold

if TYPE_CHECKING:
    from .analyser import Clause
_OPT_OUT = {
    "en": re.compile(
        r"opt(?:s|ed|ing)?[- ]?out|opt(?:s|ed|ing)?[- ]?in|turn (?:it |this |that )?off|switch (?:it |this |that )?off|"
        # (not preferences as data: "Your prompts and preferences help train our AI models")
        r"disable|withdraw|revoke|your choices|choices with respect|"
        r"preference(?!s? help\b)(?!s? (?:are|is|may be|will be) (?:used|analy[sz]ed))|settings?\b|"
        r"controls?\b|toggle|let us know|object|\b(?:on|off|enabled|disabled) by default\b|"
        # "With **Help improve Relay** on (the default), we may … train": a setting left on
        r"\(the default\)|\(by default\)|\(default\)|"
        r"\bchange (?:this|it|that)\b|\bun-?(?:tick|check)|\brequest (?:\w+ ){0,2}?exclusion\b|"
        r"\bask (?:us )?to exclude\b|\bexclude (?:your|my|their)\b|"
        # "… without your explicit permission": an opt-in, as 未经您的同意 is in Chinese
        r"\bwithout (?:your|their) (?:\w+ )?(?:permission|consent|authori[sz]ation)\b|"
        # "You can stop this at any time under Profile › Privacy", "Unless you tell us otherwise"
        r"\b(?:can|may) stop (?:this|that|it|such|the)\b|\bunless you (?:tell|ask) us\b|"
        r"\bask us to stop\b|"
        # "You may request that we not use your information for this purpose", "Leave the
        # programme from the extension's menu"
        r"\b(?:request|ask) (?:that )?(?:we|us) (?:to )?(?:not|stop)\b|"
        r"\bleave the (?:\w+ )?(?:program(?:me)?|preview|beta|pilot|study)\b|"
        # "… if you have enabled 'Share audio recordings'": an opt-in
        r"\bif you (?:have )?(?:enabled|turned on|opted in|allowed|chosen|choose|enable|allow)\b|"
        r"\bif (?:\w+ ){0,3}?(?:has|have)(?: not|n't) (?:allowed|enabled|opted in)\b|"
        # "Administrators may opt their workspace out of this", "Subscribers who turn on Private
        # Mode are excluded from this"
        r"\bopt(?:s|ed|ing)? (?:\w+ ){1,3}?out\b|\b(?:turn|switch)(?:s|ed|ing)? on\b|"
        # "… unless you choose to share your voice" (an opt-in), "… and we will stop using it
        # for training from then on"
        r"\bunless you (?:choose|opt|decide|agree|enable|allow)\b|\bwill (?:then )?stop using\b|"
        # "You can ask us to leave your transcripts out of this by writing to …"
        r"\bleave (?:your |my |their )?(?:\w+ ){0,2}?out of\b|"
        # "**Don't want that?** Tick "Don't use my prompts for research" before you send."
        r"\bdon['’]t want (?:that|this|it)\?|\bdo not want (?:that|this|it)\?|"
        # ("Private Generation also stops your new Creations and prompts from being used for
        # training": a setting that stops the use)
        r"\bstops? (?:[\w']+ ){0,6}?from being used\b|"
        # "… unless you join the Avatar Research Program" (an opt-in programme)
        r"\bunless you (?:join|enrol|enroll|sign up)\b|"
        # "If you'd rather your voice recordings weren't used …, email optout@…"
        r"\bif you(?:'d|’d| would) rather\b|\bif you(?:'d|’d| would) prefer\b|"
        # "… unless you are on a Pro plan with Stealth Mode enabled"
        r"\bunless you (?:are|have|use|turn|enable|switch)\b[^.;]{0,50}?\b(?:enabled|on|mode|"
        r"setting)\b|\bunless you(?:'ve| have)? (?:turned|switched|toggled) (?:\w+ )?off\b|"
        # "Prefer not to? Toggle 'Help improve Nimbus' off."
        r"\bprefer not to\?",
        re.I),
    # an opt-in is a way out too: "未经您的单独同意，我们不会将…用于训练" (as "without your opt-in")
    # ("要求我们停止将您的数据用于训练", "申请排除", "只有在您主动开启…后", "仅在获得您的授权后")
    # ("经您单独同意后…用于优化语音模型": an opt-in, as 未经您的同意 is)
    # ("发送邮件至…，要求将您的数据从样本库中移除")
    "zh": re.compile(rf"关闭|撤回|退出|拒绝|设置|取消|选择不|不同意|停止|不再|排除|不参与|移除|剔除|"
                     rf"(?<!未)经[您你]的?(?:单独|明确|明示|书面)?(?:同意|授权)|"
                     rf"{ZH_WITHOUT_CONSENT}|(?:仅|只有)(?:在|于)?[^，。；]{{0,12}}?(?:同意|授权|开启)(?:后|时)|"
                     # ("除非客户通过书面形式另行授权", "若您不希望如此，可将角色改为私密")
                     r"除非(?:您|你|客户|用户)[^，。；]{0,10}?(?:同意|授权|开启|选择)|"
                     r"(?:如|若|如果|假如)(?:您|你)不(?:希望|想|愿意)|"
                     # ("在管理员未作出允许的情况下，…不会参与模型的训练": allowing it is the choice)
                     r"未[^，。；]{0,8}?(?:允许|同意|授权|开启)的?情况下|"
                     # ("您可以选择是否允许我们使用您的语音数据改进语音识别模型")
                     r"选择是否|"
                     # an opt-in programme ("仅在您加入“体验改进计划”后使用", "对于加入…计划的用户")
                     r"(?:加入|参加|参与)[^，。；]{0,12}?(?:计划|项目)|"
                     # ("在您授权同意后，我们会将您的语音数据用于…模型的优化")
                     r"在[您你][^，。；]{0,6}?(?:同意|授权|开启)(?:后|之后|的前提下)|"
                     # a request that the use stop ("发送邮件…要求我们不再将您的对话内容用于模型优化")
                     r"(?:要求|请求|申请)(?:我们|我方)?\s*(?:不再|停止)?\s*(?:将|把)"),
}


# a statement that there is no way out ("目前暂不提供单独关闭该用途的开关", "无法退出该计划",
# "there is currently no way to opt out of this use"): its words offer no choice
_NO_WAY_OUT = {
    "en": re.compile(r"\b(?:cannot|can't|can not|unable to|no way to|not possible to|(?:do|does) not "
                     r"(?:offer|provide|support)) (?:\w+ ){0,3}?(?:opt[- ]?out|turn (?:it |this )?off|"
                     r"switch (?:it |this )?off|disable|object)", re.I),
    "zh": re.compile(r"(?:无法|不能|不可以?|(?:暂|尚)?(?:不|未)(?:提供|支持))[^。；]{0,8}?(?:关闭|退出|撤回|"
                     r"拒绝|取消)[^。；，]{0,12}"),
}


def _way_out(lang: str, text: str) -> bool:
    """Whether *text* offers a way out of a use (not only says there is none)."""
    if not _OPT_OUT[lang].search(text):
        return False
    none = _NO_WAY_OUT[lang]
    return none.search(text) is None or _OPT_OUT[lang].search(none.sub(" ", text)) is not None


_REFERS = {  # a following sentence that speaks of the same use: "you can opt out of this"
    # ("You can ask us to stop by writing to privacy@…", in the next paragraph)
    # ("**Don't want that?** Tick …": the question points back)
    "en": re.compile(r"\bthis\b|\bsuch\b|\btrain|\bmodel|\bthat use\b|\bask us to stop\b|"
                     r"\bdon['’]t want (?:that|it)\?", re.I),
    "zh": re.compile(r"上述|此类|该|训练|模型"),
}


_NAMES_TRAINING = {
    "en": re.compile(r"\btrain|\bmodel (?:training|improvement|development)|\b(?:improve|develop)\w* "
                     r"(?:the |our )?models?\b", re.I),
    "zh": re.compile(r"训练|模型优化|优化模型|改进模型"),
}


_OTHER_CHOICE = {
    "en": re.compile(r"marketing|newsletter|promotion|cookie|advertis|notification|"
                     r"personali[sz]ed (?:recommendations|ads|content)|"
                     r"receiv\w* (?:\w+ ){0,2}e-?mails?\b", re.I),
    # (not "发送邮件至 optout@… 申请排除": an e-mail can be the way out of training too)
    # ("您可以在设置中关闭个性化推荐": a choice about recommendations, not about training)
    "zh": re.compile(r"营销|推送|广告|退订|(?:短信|邮件)(?:通知|订阅)|Cookie|个性化(?:推荐|展示|内容)",
                     re.I),
}


_TRAINING_SOURCE = {
    "en": re.compile(r"collected through the process of training|publicly available (?:data|"
                     r"information) (?:to|for) train|"
                     # "We use public web data and licensed datasets to build our models"
                     r"\b(?:public|publicly available|licensed|open) (?:web |internet )?(?:data|"
                     r"datasets?)(?: and (?:licensed|public|publicly available|open|purchased) "
                     r"(?:web )?(?:data|datasets?))? to (?:build|train|develop|create)\b|"
                     # "Our models are trained on data we license from publishers"
                     r"\btrained on (?:[\w-]+ ){0,2}?(?:data|content|datasets|text) (?:that )?we "
                     r"(?:license|licence|purchase|buy|obtain)", re.I),
    # "我们的模型仅使用公开网页数据进行训练", "训练数据来源于公开的互联网数据", "对训练数据进行合法性
    # 审查": what the models learn from, not the user's content (read only where the clause
    # names no user: _USER)
    "zh": re.compile(r"(?<![您你])(?:仅|只|均)?(?:使用|基于|利用|采用)公开(?:的|可获取的?|可得的?|网页|网络)?"
                     r"(?:数据|信息|语料|资料|文本)(?:进行|来)?训练|训练数据[^。；，]{0,4}?(?:来源|来自)|"
                     r"对训练数据进行|训练数据的?(?:合法性|质量|来源)|"
                     # "我们用于训练的数据来源于公开数据集", "用于改进语音识别的数据，全部来自…专业录音员"
                     r"用于(?:训练|改进|优化)[^。；，]{0,12}?的(?:数据|语料|样本)[^。；]{0,6}?(?:来源|来自)|"
                     # "我们用于模型训练的数据来自公开数据…", "大模型仅使用公开数据和经授权的语料训练"
                     r"用于(?:模型|大模型|算法)(?:训练|改进|优化)的(?:数据|语料|样本)[^。；]{0,6}?(?:来源|来自)|"
                     r"(?:使用|基于|利用|采用)公开(?:的)?(?:数据|语料|资料|文本)(?:和|及|以及|与)[^。；，]{0,12}?"
                     r"(?:数据|语料|数据集)(?:进行|来)?训练|"
                     # "我们的模型基于从出版社获得授权的数据训练"
                     r"基于[^。；，]{0,12}?(?:授权|公开|采购|购买)的?(?:数据|语料|数据集)(?:进行)?训练"),
}


# "退出后你的对话不会再进入训练样本", "once you switch it off, we will no longer use your chats to
# train": a denial of what happens after the way out states the use before it
_NO_LONGER = {
    "en": re.compile(r"\bno longer\b|\bnot (?:\w+ ){0,3}?(?:any ?more|again)\b|\bstop "
                     r"(?:using|including|training)\b", re.I),
    "zh": re.compile(r"不(?:会)?再|停止(?:使用|将|把)"),
}


_BY_DEFAULT = {"en": re.compile(r"\bby default\b", re.I), "zh": re.compile(r"默认")}


_USER = {"en": re.compile(r"\byou\b|\byour\b|\busers?\b", re.I), "zh": re.compile(r"您|你|用户")}


# a denial of using content that stands before what it denies, however far ("我们不会使用客户通过API
# 提交的输入内容及模型输出训练…", "We do not use inputs submitted through the API, or the outputs
# returned, to train…"), unless a new statement starts in between (_TRAIN_TURN)
_TRAIN_DENIAL = {
    "en": re.compile(r"\b(?:do|does|will|shall|would|may)(?: not|n't) (?:\w+ )?(?:use|include|"
                     r"feed)\b|\bnever (?:use|include|feed)\b|\b(?:is|are|will be)(?: not|n't) "
                     r"(?:\w+ )?used\b|"
                     # "Pupil conversations are excluded from model training", "we exclude
                     # Enterprise data from training"
                     r"\b(?:is|are|will be|remains?|stays?|always|automatically) excluded from\b|"
                     r"\bexclude[sd]? (?:\w+ ){1,4}?from\b|"
                     # "terms that prohibit it from training on school data"
                     r"\b(?:prohibit|forbid|bar|preclude)\w* (?:\w+ ){0,3}?from\b", re.I),
    # ("大模型**不会**使用你的语音…进行训练": emphasis on the denial; "我们不会对该等服务处理的
    # 用户输入内容进行分析或用于训练": the content the denial is about named after 对)
    "zh": re.compile(r"(?:不会|绝不|从不|并不|不得|不)[*_]{0,2}(?:会)?(?:主动)?(?:被)?[*_]{0,2}"
                     r"(?:使用|利用|将|把|拿|用于|纳入|对)"),
}


_TRAIN_TURN = {
    "en": re.compile(r"\bbut\b|\bhowever\b|\bwe\b|\band (?:may|will|can)\b|;", re.I),
    # ("企业版客户的数据默认不用于训练，个人版用户的对话可能会被用于改进模型": a new statement)
    "zh": re.compile(r"但|然而|不过|而是|我们|同时|并(?:会|将|可能)|，(?:会|将|也|可能)|；|"
                     r"，[^，。；]{0,12}?(?:可能|会|将|也)[^，。；]{0,4}?用于"),
}


# a model trained for the user alone ("仅用于为该客户精调专属模型", "we fine-tune your custom
# model"): the service the user asks for, not a use of their content to train the handler's
# models (a cue with such words around it states nothing; the clause's other cues still do:
# "…专属模型，并用于改进我们的通用模型")
_FOR_USER_MODEL = {
    "en": re.compile(r"\b(?:your|the customer's|customer's|that customer's) (?:own )?(?:custom|"
                     r"private|dedicated|fine-tuned|bespoke) models?\b|\bmodels? (?:only |solely |"
                     r"exclusively )?for (?:you|that customer|the customer|your (?:own )?use)\b|"
                     # "we fine-tune a temporary model of your appearance to generate avatars"
                     r"\ba (?:temporary|personal|private|dedicated) (?:\w+ )?models? of your\b|"
                     r"\byour (?:temporary|personal|private|dedicated) (?:\w+ )?models? of you\b|"
                     # the service's own feature, not a model trained: "the app, which enhances
                     # your photos and creates AI avatars from selfies you upload"
                     r"\benhances? (?:your|the user's|users') (?:photos?|images?|pictures?|videos?|"
                     r"selfies|portraits?|audio|recordings?)\b",
                     re.I),
    "zh": re.compile(r"(?:专属|定制|私有|专用)(?:的)?(?:模型|大模型)|为(?:该|此|相应)?(?:客户|您|你)"
                     r"(?:自己)?(?:精调|微调|训练|定制)"),
}


# ... and, read only around a cue, the fine-tuning the user runs, named as a feature or their own
# data set ("通过精调接口提交的数据", "用于精调的训练数据集", "删除…精调数据集"): not a use of
# their content by the handler
_TUNING_NAMED = {
    "en": _FOR_USER_MODEL["en"],
    "zh": re.compile(_FOR_USER_MODEL["zh"].pattern + r"|(?:精调|微调)(?:接口|功能|服务|工具|数据集|任务|"
                     r"文件|作业)|用于(?:精调|微调)的(?:训练)?(?:数据集|数据|文件)"),
}


# (a clause with such a cue that names no model of the handler's states no training use at all:
# "| 精调数据 | 客户上传的训练数据集 | 仅用于为该客户精调专属模型 |")
_HANDLER_MODELS = {
    "en": re.compile(r"\bour (?:\w+ ){0,2}?models?\b|\b(?:general|foundation|base|shared) models?\b",
                     re.I),
    "zh": re.compile(r"通用(?:大)?模型|基础(?:大)?模型|我们的[^，。；]{0,6}?模型"),
}


# the user's own data set or job, named as what they manage ("客户可以…删除精调数据集", "upload
# fine-tuning files in the console"): no use of content by the handler
_OWN_DATASET = {
    "en": re.compile(r"\b(?:delete|view|export|upload|manage|download|cancel)\w* (?:your |their |"
                     r"the )?(?:fine[- ]?tuning|training) (?:datasets?|data sets?|files|jobs)\b|"
                     # the data sets the customer uploads to tune its own model ("prompts, files,
                     # fine-tuning datasets, model weights you upload", "**Fine-tuning.** Datasets
                     # you upload and the resulting model weights are stored in your account")
                     r"\bfine[- ]?tuning\W+(?:\w+\W+){0,3}?(?:datasets?|data sets?)\b[^.;]{0,40}?"
                     r"\byou (?:upload|submit|provide|bring)\b",
                     re.I),
    "zh": re.compile(r"(?:删除|查看|导出|上传|管理|下载|取消)(?:您的|你的|其)?(?:精调|微调|训练)"
                     r"(?:数据集|任务|文件)"),
}


# what other services do, said to set this one apart ("Other AI assistants, including …, train
# the language models with your data. Lumo never …"; not "Unlike some AI companies, we …")
_OTHERS_PRACTICE = {
    "en": re.compile(r"\W{0,3}(?:many |most |some |other |certain )(?:other )?(?:ai |"
                     r"big |large )?(?:assistants|services|companies|chatbots|providers|apps|tools|"
                     r"products|platforms)\b", re.I),
    # (and what the providers decide: "它们是否记录、保留、或将你的输入用于训练，完全由它们的条款决定")
    "zh": re.compile(r"\W{0,3}(?:其他|其它|许多|很多|部分)(?:的)?(?:ai|人工智能)?(?:助手|服务|公司|产品|平台|"
                     r"应用)(?!不同)|\W{0,3}(?:它们|他们|第三方|服务商|模型服务商|模型提供商)是否", re.I),
}


# what the handler says it cannot control or vouch for: another service's practice ("We cannot
# control how the AI provider you choose stores or trains on your data", "PodcastClip 无法控制用户所选
# 服务如何保存、训练或删除提交的数据", "你不应默认所有上游服务都提供相同的…训练退出能力")
_BEYOND_CONTROL = {
    "en": re.compile(r"\b(?:cannot|can't|can’t|can not|do not|don't|don’t|does not|doesn't|doesn’t|"
                     r"have no|has no) (?:\w+ )?control (?:over )?(?:how|whether|what|the way)\b"
                     r"(?:(?!\bbut\b|\bhowever\b)[^.;])*|"
                     # (what differs from one provider to the next: "Each provider handles data
                     # under its own policies, which differ in … and whether they use inputs for
                     # model training")
                     r"\bwhether (?:they|the (?:ai |model )?providers?|providers|third parties|those "
                     r"(?:providers|services)) (?:may )?(?:use|train|retain)\w*[^.;]*", re.I),
    "zh": re.compile(r"(?:无法|不能|不)(?:控制|决定|干预|保证)[^。；]{0,24}?(?:如何|是否|怎样|怎么)[^。；但]*|"
                     r"不应(?:默认|假定|假设|认为)[^。；但]*"),
}


# training named as what a text is about, not as a use of anything ("This page explains our
# policies on model training and data retention", "questions about AI training")
_TRAINING_NAMED = re.compile(
    r"\b(?:polic(?:y|ies)|practices|approach|questions|information|details|section|faq|article|"
    r"page|guide|overview) (?:on|about|regarding|concerning|around) (?:[\w-]+ ){0,2}?(?:model |ai |"
    r"llm )?training\b", re.I)


_TRAIN_CONTENT = {
    "en": re.compile(
        r"\b(?:your|user|customer)s?'? (?:\w+ )?(?:content|data|information|inputs?|prompts?|"
        r"conversations?|chats?|messages?|feedback|code|files)|\b(?:inputs?|prompts?|"
        r"conversations?|outputs?|suggestions|feedback|content|personal data|data|"
        r"information|quer(?:y|ies)|recordings?|text you \w+|uploads?|photos?|images?|videos?|"
        r"writing|documents?|snippets?|creations?|sessions?|audio|clips?|voice|transcripts?|chats?|"
        r"messages?|notes|entries|repositor(?:y|ies)|repos|payloads|excerpts|samples|codebases?|"
        r"projects|edits|rewrites|sample|files?|texts|translations?|"
        # "We may use questions and answers to improve our ranking models", "generated media
        # and the ratings you give help us train"
        r"questions|answers|searches|threads|responses|generations|media|ratings|"
        # "We use pseudonymised consultation forms to retrain the triage model"
        r"forms|submissions|"
        # "You can object to the use of your public posts and your interactions with Kestrel AI
        # for developing and improving AI"
        r"posts|comments|captions|interactions|"
        # "We use de-identified application materials and assessment results to … train new
        # versions of them", "We use your corrections to improve our handwriting recognition"
        r"materials|results|applications|résumés|resumes|CVs|assessments|corrections)\b|"
        # "we don't use what you write to train AI"
        r"\bwhat you (?:write|type|say|share|upload|create|send|post)\b",
        re.I),
    "zh": re.compile(r"您|你|用户|孩子|对话|输入|内容|信息|数据|反馈|作品|照片|图片|视频|录音|语音|作文|"
                     r"文案|素材|文本|文件|提问|文档|消息|记录"),
}


# a denial that holds only until someone allows the use ("在管理员未作出允许的情况下，组织内容不会参与
# 模型的训练"; "if your admin has not enabled it, …are not used"): a use that may happen
# ("If you don't want us to use your data for training, switch off …", "如果您不希望我们使用…":
# the user's wish, not a denial)
_UNTIL_ALLOWED = {
    "en": re.compile(r"\bif (?:\w+ ){0,3}?(?:has|have)(?: not|n't) (?:allowed|enabled|opted in|"
                     r"turned (?:it |this )?on)\b|\bif you (?:don't|do not) (?:want|wish)\b", re.I),
    "zh": re.compile(r"未[^，。；]{0,8}?(?:允许|同意|授权|开启)的?情况下|"
                     r"(?:如|若|如果|假如)(?:您|你)不(?:希望|想|愿意)"),
}


# a short run-in title before the statement ("关于模型训练：远航云侧大模型不会使用…进行训练",
# "**模型训练**：…"): it names the topic, the statement after it says yes or no
_RUN_IN_TITLE = {
    "zh": re.compile(r"[*_\s]{0,4}(?:关于)?[^。；，,：:*\n]{1,12}[*_]{0,2}[：:][*_\s]*"),
}


# training the handler may begin one day ("Pixel Nova reserves the right to … begin using
# submitted data for model training in the future", "未来我们可能开始使用…训练模型"): a yes only
# where no sentence says what it does now ("Currently, user data is not used to train …")
_SOMEDAY = {
    "en": re.compile(r"\b(?:begin|start|commence)(?:s|ning)? (?:to use|using)\b[^.;]{0,80}?\bin the "
                     r"future\b|\bin the future\b[^.;]{0,40}?\b(?:begin|start|commence) (?:to use|using)\b",
                     re.I),
    "zh": re.compile(r"(?:未来|将来|今后|日后)[^。；，]{0,10}?开始(?:使用|利用|将)"),
}


_FOR_USER_AROUND = 8  # characters around a cue searched for _FOR_USER_MODEL


def _polar(lex: Lexicon, topic: str, clause: Clause,
           skip: re.Pattern[str] | None = None) -> str | None:
    """'yes', 'no' or None for one clause's statement about *topic* (the cues with *skip*
    matching around them state nothing)."""
    pattern = lex.terms["topics"][topic].get(clause.lang)
    if pattern is None:
        return None
    verdict = None
    lang, text = clause.lang, clause.text
    if lang == "en" and "’" in text:
        text = text.replace("’", "'")  # ("We don’t use …": the same length, the same offsets)
    found = list(pattern.finditer(fold(text)))
    title = _RUN_IN_TITLE.get(lang)
    label = title.match(text) if title is not None and len(found) > 1 else None
    if label is not None and found[-1].start() >= label.end():
        found = [m for m in found if m.start() >= label.end()]
    for m in found:
        if skip is not None and skip.search(text, max(0, m.start() - _FOR_USER_AROUND),
                                            m.end() + _FOR_USER_AROUND):
            continue
        if lang == "en" and _TRAINING_AS_NOUN.match(text, m.end()):
            continue  # "AI training companies": who they are, not what is done with the data
        if (denied(text, m.start(), lang) or _denied_before(text, m.start(), lang)) and (
                not EXCEPTION[lang].search(text)) and not _UNTIL_ALLOWED[lang].search(text) and (
                not _WISHED[lang].search(text, 0, m.start())):
            verdict = verdict or "no"
        else:
            return "yes"
    return verdict


_TRAINING_AS_NOUN = re.compile(r"\s*(?:compan(?:y|ies)|firms?|vendors?|brokers?|labs?)\b", re.I)


# the user's wish that a use not happen, not the handler's denial of it ("If you'd rather your
# voice recordings weren't used to improve our models, email …", "You can ask us not to use your
# content to train our AI", "如果您不希望您的对话被用于模型训练，可以…关闭"): the use happens unless
# the user acts
_WISHED = {
    "en": re.compile(r"\bif you(?:'d|’d| would)? (?:rather|prefer)\b|\bif you (?:do not|don't|don’t) "
                     r"(?:want|wish)\b|\b(?:ask|request|tell) (?:us|that we) (?:to )?not\b|"
                     r"\bdon['’]t want (?:your|our|us|them|it)\b", re.I),
    "zh": re.compile(r"(?:如|若|如果|假如)(?:您|你)不(?:希望|想|愿意|同意|允许)|要求我们不(?:再|要)"),
}


def _denied_before(text: str, at: int, lang: str) -> bool:
    """Whether a denial of using content stands before *at* in the same statement."""
    ends = [m.end() for m in _TRAIN_DENIAL[lang].finditer(text, 0, at)]
    return bool(ends) and not _TRAIN_TURN[lang].search(text, ends[-1], at)


def _opt_out_after(clause: Clause, by_id: dict[int, Clause]) -> Clause | None:
    """The sentence after a statement of training use that offers a way out of it: the next one
    if it points back ("this use") or stands in the same paragraph and is not about another
    choice (marketing e-mails, cookies); else the one after it in the same paragraph ("… to train
    our models. Private projects are not used for training. To stop your public videos from
    being used, … email optout@…"), or one of the next three that names training itself ("Free
    users can prevent training use by running `forge privacy --no-train`")."""
    for step in (1, 2, 3):
        after = by_id.get(clause.id + step)
        if after is None:
            return None
        if not _way_out(after.lang, after.text):
            continue
        if _NAMES_TRAINING[after.lang].search(after.text) or (step == 1 and (
                _REFERS[after.lang].search(after.text) or (
                    after.line == clause.line
                    and not _OTHER_CHOICE[after.lang].search(after.text)))) or (
                step == 2 and after.line == clause.line and (
                    _REFERS[after.lang].search(after.text)
                    or not _OTHER_CHOICE[after.lang].search(after.text))):
            return after
    # ("(3) To improve the accuracy of the AI models, using conversation logs …" … "Users who do
    # not want their conversation logs to be used for the purpose in (3) may stop such use …":
    # a sentence that names the numbered purpose, a few items after it)
    for step in range(4, 9):
        after = by_id.get(clause.id + step)
        if after is None:
            return None
        if after.lang == "en" and _OPT_OUT["en"].search(after.text) and (
                _NAMES_ITEM.search(after.text)):
            return after
    return None


_NAMES_ITEM = re.compile(r"\b(?:purpose|use|item)s? (?:in|of|under|described in|set out in|"
                         r"listed in) (?:\(\w{1,3}\)|item \w{1,3}\b|paragraph \w{1,3}\b)", re.I)


_SECTION_USE = {
    "en": re.compile(r"\b(?:use|used|using)\b[^.;]{0,80}?\bto (?:improve|develop|train|build|"
                     r"enhance|refine)\b|\bhelps? us (?:make|improve|train|build)\b", re.I),
    "zh": re.compile(r"用于(?:改进|优化|提升|训练|开发)"),
}


def _training_scope(lex: Lexicon, clauses: list[Clause]) -> tuple[list[Clause], set[int]]:
    """Clauses about model training, and (their ids apart) those under a heading about it (the
    nearest or one further out: "3. How we improve our models" / "3.2 Your choices") that
    speak of a use of content to improve something."""
    about: dict[str, bool] = {}
    within: dict[tuple[str, ...], bool] = {}  # (by chain of headings)
    scope, under = [], set()
    for clause in clauses:
        topical = "model_training" in clause.topics
        chain = clause.sections or ((clause.section,) if clause.section else ())
        if chain:
            inside = within.get(chain)
            if inside is None:
                pattern = lex.terms["topics"]["model_training"].get(clause.lang)
                for key in chain:
                    if key not in about:
                        about[key] = pattern is not None and pattern.search(fold(key)) is not None
                inside = within[chain] = any(about[key] for key in chain)
            if inside and _SECTION_USE[clause.lang].search(clause.text):
                under.add(clause.id)
        if topical or clause.id in under:
            scope.append(clause)
    return scope, under


def _section_use(clause: Clause) -> str:
    m = _SECTION_USE[clause.lang].search(clause.text)
    assert m is not None  # (in the scope only when it matches)
    if denied(clause.text, m.start(), clause.lang) and not EXCEPTION[clause.lang].search(
            clause.text):
        return "no"
    return "yes"


def _training_only_in(pattern: re.Pattern[str], lex: Lexicon, clause: Clause) -> bool:
    """Whether *clause* names training only inside what *pattern* matches (the user's own data
    set, a page "about model training"): nothing is left once those words are taken out."""
    return pattern.search(clause.text) is not None and not _mentions_training(
        lex, clause.lang, pattern.sub(" ", clause.text))


def _mentions_training(lex: Lexicon, lang: str, text: str) -> bool:
    pattern = lex.terms["topics"]["model_training"].get(lang)
    return pattern is not None and pattern.search(fold(text)) is not None


# a table column asking whether each row's data trains models ("Used to train Corvid models?",
# "是否用于模型训练"): its header names the use without stating it; each row's cell answers
_TRAIN_COLUMN = re.compile(r".*?(?:\bused? (?:\w+ ){0,3}?(?:to|for|in) (?:\w+ ){0,2}?(?:train|model|ai\b)|"
                           r"\btrain\w*\?|是否[^|]{0,8}?(?:训练|模型)|用于[^|]{0,6}?(?:训练|模型))", re.I)


_EXCLUDED_FROM_TRAINING = {
    "en": re.compile(r"\bexclude (?:your|my|their) (?:\w+ ){0,3}?from (?:\w+ ){0,2}?(?:training|"
                     r"model training|model improvement)\b", re.I),
}


# a run-in label the segmenter keeps as a sentence of its own: "（二）模型训练。" (a number in brackets
# or 第…条, then a few words without a verb of use)
_LABEL_ONLY = re.compile(r"\W{0,3}(?:[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[条款项])\s*"
                         r"[^，。；：:、用将会可不]{1,8}[。：:]?[*_\s]*$")


# the models' sources, with the user's data denied: "我们的模型训练只使用公开数据集，不使用用户数据"
_ZH_SOURCE_NOT_USERS = re.compile(r"训练[^。；]{0,12}?(?:只|仅|均)(?:使用|基于|采用|来自|来源于)(?:公开|授权|"
                                  r"经授权)[^。；]{0,20}?不(?:会)?(?:使用|采用|包含|涉及|含)(?:您|你|用户)")


# a Chinese clause after a 。/；-less cut that goes on with the subject of the one before it
# ("对话内容仅用于实时生成回复；不会用于模型训练"): what it says is said of that content
_GOES_ON = re.compile(r"\W{0,2}(?:不|并|也|且|亦|均|都|仅|只|会|将|可能|绝不|从不|同时)")


def _goes_on_about_content(clause: Clause, by_id: dict[int, Clause]) -> bool:
    before = by_id.get(clause.id - 1)
    return (clause.lang == "zh" and before is not None and before.line == clause.line
            and before.lang == "zh" and _GOES_ON.match(clause.text) is not None
            and _TRAIN_CONTENT["zh"].search(before.text) is not None)


def model_training(lex: Lexicon, clauses: list[Clause]) -> dict[str, Any]:
    yes: list[int] = []
    no: list[int] = []
    opt: list[int] = []
    later: list[int] = []  # (training the handler may begin one day, see _SOMEDAY)
    by_id = {c.id: c for c in clauses}
    scope, under = _training_scope(lex, clauses)
    headers, rows = asked_column(clauses, _TRAIN_COLUMN)
    rows_read = {row.id for row, _said, _cell in rows}
    for row, said, cell in rows:
        (yes if said else no).append(row.id)
        if said and _OPT_OUT[row.lang].search(cell):
            opt.append(row.id)
    for clause in scope:
        if clause.id in headers or clause.id in rows_read:
            continue
        if _LABEL_ONLY.match(clause.text):
            continue  # "（二）模型训练。" names the part, like a heading
        if clause.lang == "zh" and _ZH_SOURCE_NOT_USERS.search(clause.text):
            no.append(clause.id)  # (see _ZH_SOURCE_NOT_USERS)
            continue
        if DEFINES.match(clause.text) or (_TRAINING_SOURCE[clause.lang].search(clause.text) and (
                clause.lang == "en" or not _USER[clause.lang].search(clause.text))):
            continue
        asked = row_question(clause)
        if asked is not None and asked[1] is not None:
            (yes if asked[1] == "yes" else no).append(clause.id)
            if asked[1] == "yes" and _OPT_OUT[clause.lang].search(clause.text, asked[0]):
                opt.append(clause.id)
            continue
        if not _TRAIN_CONTENT[clause.lang].search(clause.text) and clause.kind != "item" and (
                not _goes_on_about_content(clause, by_id)):
            continue
        if _training_only_in(_OWN_DATASET[clause.lang], lex, clause):
            continue
        if _OTHERS_PRACTICE[clause.lang].match(clause.text):
            continue  # "Other AI assistants … train the language models with your data"
        if _training_only_in(_BEYOND_CONTROL[clause.lang], lex, clause):
            continue
        if clause.lang == "en" and _training_only_in(_TRAINING_NAMED, lex, clause):
            continue
        if _FOR_USER_MODEL[clause.lang].search(clause.text) and (
                not _HANDLER_MODELS[clause.lang].search(clause.text)):
            continue
        if re.search(r"\(excluding model training\)|不包括(?:模型)?训练", clause.text, re.I):
            no.append(clause.id)
            continue
        if under_denying_lead(clause, by_id):
            # "We don't:" / "- Train AI models on your voice"; but a denial with an exception
            # is a may ("- ❌ Use your content to train AI models (without explicit consent)")
            excepted = bool(EXCEPTION[clause.lang].search(clause.text))
            (yes if excepted else no).append(clause.id)
            if excepted and _way_out(clause.lang, clause.text):
                opt.append(clause.id)  # ("- ❌ 不用对话内容训练…（除非用户主动选择"贡献训练数据"）")
            continue
        # a question says nothing by itself; its answer does
        question = QUESTION[clause.lang].search(clause.text)
        if question:
            verdict = answer_after(clause, by_id)
        elif "model_training" in clause.topics:
            verdict = _polar(lex, "model_training", clause, _TUNING_NAMED[clause.lang])
        else:
            verdict = None
        if verdict is None and clause.id in under and not question:
            verdict = _section_use(clause)
        # (a way out besides the "no longer" itself: "我们不再使用对话训练模型" is a denial)
        if verdict == "no" and _NO_LONGER[clause.lang].search(clause.text) and (
                _OPT_OUT[clause.lang].search(_NO_LONGER[clause.lang].sub(" ", clause.text))):
            verdict = "yes"
        # "We don't train on your data by default. You can opt in through the 'Improve the model
        # for everyone' setting": a default with a way to change it is a use that may happen
        if verdict == "no" and _BY_DEFAULT[clause.lang].search(clause.text) and (
                _opt_out_after(clause, by_id) is not None):
            verdict = "yes"
        if verdict == "yes" and _SOMEDAY[clause.lang].search(clause.text):
            later.append(clause.id)  # (see _SOMEDAY)
            continue
        if verdict == "yes":
            yes.append(clause.id)
        elif verdict == "no":
            no.append(clause.id)
        if verdict and _way_out(clause.lang, clause.text):
            opt.append(clause.id)
        elif verdict == "yes" and question and (answer := by_id.get(clause.id + 1)) is not None:
            # "Is my writing used to train AI?" / "Only if you opt in." (or the way out in the
            # answer's next sentence: "答：默认不会。只有当您在设置中主动勾选后…")
            way_out = answer if _way_out(answer.lang, answer.text) else (
                _opt_out_after(answer, by_id))
            if way_out is not None:
                opt.append(way_out.id)
        elif verdict == "yes":
            after = _opt_out_after(clause, by_id)
            if after is not None:
                opt.append(after.id)
    if yes and not opt:
        # a way out stated anywhere with the training it stops, e.g. in the list of rights:
        # "object to …, including the use of Free texts for training — … we will exclude your
        # texts from future training"
        opt += [c.id for c in clauses if "xclude" in c.text and c.lang in _EXCLUDED_FROM_TRAINING
                and _EXCLUDED_FROM_TRAINING[c.lang].search(c.text)][:1]
    if not yes and not no:
        yes = later
    value = "yes" if yes else "no" if no else "not_stated"
    return {"value": value, "opt_out": value == "yes" and bool(opt),
            "evidence": cap(yes + opt if value == "yes" else no)}
