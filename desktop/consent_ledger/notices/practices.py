"""The yes/no practices of a notice, each with its evidence: cross-border transfer, use of user
content for model training and its opt-out, automated decisions, minors and minimum age.

A denial is evidence for "no"; a denial with an exception ("unless you opt in", "未经您的同意不会…")
is still a "may"; a right to refuse a practice is not a statement that the handler has it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import accumulate, repeat
from operator import add
from typing import TYPE_CHECKING, Any

from .clause_texts import (
    CCPA_CATEGORY,
    EXCEPTION,
    ZH_WITHOUT_CONSENT,
    ClauseTexts,
    cap,
    column_cells,
    gated,
    is_title,
    rows_saying_no,
    with_table_headers,
)
from .lexicon import CLAUSE_PART, Lexicon, fold, negated
from .prefilter import LiteralGate

if TYPE_CHECKING:
    from .analyser import Clause

_OPT_OUT = {
    "en": re.compile(
        r"opt(?:s|ed|ing)?[- ]?out|opt(?:s|ed|ing)?[- ]?in|turn (?:it |this |that )?off|switch (?:it |this |that )?off|"
        r"disable|withdraw|revoke|your choices|choices with respect|preference|settings?\b|"
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
# an FAQ's yes/no question and the answer after it: "问：你们会拿我的聊天内容去训练模型吗？" / "答：会的"
_QUESTION = {
    "en": re.compile(r"\?[*_\s]*$"),
    # ("四、孩子的信息会用于训练AI吗": a heading asking, without its question mark)
    "zh": re.compile(r"(?:[？?]|吗)[*_\s]*$"),
}
_ANSWER = {
    # ("Only if you opt in.", "答：默认不会。只有当您…勾选后": a use the user can choose)
    "en": re.compile(r"^[*_\s]*(?:a[:.]\s*)?(?:(yes|we (?:do|may|will)\b|only (?:if|when|with)\b)|"
                     r"(no\b|nope\b|we (?:do|will) not|"
                     r"we don't|never))", re.I),
    "zh": re.compile(r"^[*_\s]*(?:答[:：]\s*)?(?:(会|是的|是|可能会|可能|有|默认不会?|仅在|仅当|只有|只在)|"
                     r"(不会|不|否|没有|绝不))"),
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
    "zh": re.compile(r"\W{0,3}(?:其他|其它|许多|很多|部分)(?:的)?(?:ai|人工智能)?(?:助手|服务|公司|产品|平台|"
                     r"应用)(?!不同)", re.I),
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
# The wordings of automated decisions are the topic's cues (resources/lexicons/terms.json,
# topics.automated_decision): a cue in a clause about the topic is a statement of the practice,
# except a cue that only names advertising or personalised content ("targeted advertising",
# "interest-based ads", "tailored content", "定向推送", "精准营销"), which the annotators of
# the dev notices did not read as profiling the user. 个性化广告 is a statement: PIPL art. 24
# counts pushing commercial marketing by automated decision as one ("向您展示个性化广告"). A match is such a cue when one of these
# patterns matches all of it (the cues list "tailor… based on your" before "tailored content",
# so the longer statement wins where both start). 个性化内容 is a statement: in Chinese notices it is
# content recommended to the user by their features ("提取声纹特征…提供个性化内容"), 个性化推荐.
_AUTO_TOPIC_ONLY = {
    "en": re.compile(r"personali[sz]ed (?:content|experiences?|offers)|interest[- ]based "
                     r"(?:advertis\w*|ads)|targeted advertis\w*|tailored (?:ads|advertis\w*|"
                     r"content|recommendations)"),
    "zh": re.compile(r"定向推送|精准营销"),
}


# Wordings of the practice that the topic's cues miss, read in any clause: the service reading
# the user's mood to adapt to it ("Kindred may detect the mood of your messages … to respond with
# more care", "根据您在聊天中表达的情绪变化，调整角色的回应语气"), and a tutor judging a learner's level
# to choose what comes next ("The tutor estimates each student's skill level from quiz results
# and chooses the difficulty…", "自动判断孩子对各知识点的掌握程度，并据此…生成每日练习")
# The general shape of a personalised choice: "based on" the user's own record ("based on your
# past results", "according to each student's progress"), after a verb of choosing for the
# user ("tailors the daily plan based on your past results", "we prioritise topics according to
# your reading history"); the verb is looked for only before such a phrase, which few clauses
# hold ("based on" alone is common)
_RECORD = (r"(?:[\w'’-]+ ){0,3}?(?:history|activit(?:y|ies)|behaviou?r|preferences|interests|usage|"
           r"habits|answers|results|progress|performance|past|previous|interactions|listening|viewing|"
           r"reading|search(?:es)?|chats|conversations|profile|level|likes|engagement)\b")
_OWNER = r"(?:your|their|the user's|each (?:user|student|learner|child|member)'s)"
_BY_THE_USER = LiteralGate(re.compile(
    rf"based on (?:{_OWNER}|what you|how you) {_RECORD}|according to {_OWNER} {_RECORD}|"
    # ("based on what you like, follow and download", "based on what you've listened to")
    r"based on what you(?:'ve| have)? (?:like|follow|watch|read|listen|search|buy|view|play|"
    r"save|download|click|ask|enjoy)\w*\b|"
    # "rank and personalise the Explore gallery … using what you have liked, remixed and created"
    r"using what you(?:'ve| have)? (?:like|follow|watch|read|listen|search|buy|view|play|save|"
    r"download|click|ask|enjoy|remix|creat)\w*\b|"
    # "highlights the moments we think matter most to you based on what you revisit and star"
    r"based on what you(?:'ve| have)? (?:revisit|star|rate|favou?rite|bookmark|open|reread)\w*\b|"
    # "Based on the topics you ask about most, Orla may surface articles …"
    r"based on the (?:topics|subjects|questions|things|kinds of \w+|types of \w+|content|apps|"
    r"products|items|features) you(?:'ve| have)? (?:ask|search|read|watch|listen|view|use|open|"
    r"buy|like|follow|save|click|engage|interact)\w*\b|"
    # what another person or the user has done, in other words ("based on how your child has
    # been reading", "based on how you have replied before", "based on what they listened to")
    r"based on (?:how|what) (?:you|they|your child|the child|each (?:child|student|learner|user)|"
    r"the user)(?:'ve|’ve| have| has| had)?(?: been)? [a-z]+|"
    # "Auto-tag suggests tags based on the tags you have used on similar notes"
    r"based on (?:the )?(?:[\w-]+ ){1,2}?(?:you|they)(?:'ve|’ve| have| had)? (?:used|liked|viewed|"
    r"watched|read|bought|played|chose|chosen|created|saved|visited|searched|listened|rated|"
    r"opened|added)\b",
    re.I))
_CHOOSING_BEFORE = re.compile(r"\b(?:recommend|suggest|tailor|personali[sz]|adapt|rank|prioriti[sz]|"
                              r"highlight|curat|customi[sz]|adjust|select|choos|pick|segment|group|"
                              r"classif|categori[sz]|cluster|var(?:y|ies)|differ|determin|predict|"
                              r"estimat|infer)\w*\s(?:[\w'’,\"“”*-]+\s){0,14}$", re.I)
_CHOICE_REACH = 120


# The same in any order within a sentence: the user's own record ("your past chats", "your
# purchase history", "your daily routine", "your skill level") and an act that adapts what the
# user gets to it ("chosen for you from your past chats", "tailor the prices … to your purchase
# history", "learns your daily routine and adjusts reminders to it")
_YOUR_RECORD = LiteralGate(re.compile(
    r"\byour (?:[\w'’-]+ ){0,2}?(?:history|past (?:chats|conversations|orders|purchases|activity|"
    r"results|answers|sessions|[\w-]+s)|previous (?:chats|conversations|orders|purchases|answers|"
    r"results|[\w-]+s)|"
    r"activity|routines?|habits|skill level|level of skill|reading level|behaviou?r|purchases|"
    r"answers|results|progress|performance|tastes?|(?:writing|speaking|communication) style|"
    # ("gives more weight to … the places on your wishlists")
    r"wish ?lists?|saved items|favou?rites|regular (?:trips|routes|journeys|orders))\b", re.I))
_RECORD_REACH = 60  # (the adapting act within this many characters of the record)
# the user's record as what they use most ("tailors suggestions … to the apps you use most", "the
# features you open most often", "your most-used apps"), with an adapting act near it as above
# (each wording its own alternative: the gate's literals are then the wordings, rare, rather than
# "most" or "before")
_USE_VERBS = ("use", "uses", "open", "opens", "visit", "visits", "play", "plays", "watch", "watches",
              "read", "reads", "listen to", "listens to", "buy", "buys", "order", "orders", "edit",
              "edits", "launch", "launches", "search for", "searches for")
_MOST_USED = LiteralGate(re.compile(
    "|".join(rf"\b{verb} most\b|\b{verb} the most\b" for verb in _USE_VERBS)
    + r"|\bmost[- ]used\b|\bmost often used\b|\bmost frequently used\b", re.I))
# (and what the user has done before: "gives more weight to the kinds of stays you have booked
# before")
_DONE_BEFORE = LiteralGate(re.compile("|".join(
    rf"\b{verb} before\b" for verb in (
        "booked", "bought", "ordered", "watched", "played", "liked", "visited", "used", "viewed",
        "listened to", "searched for", "chosen", "picked", "rated")), re.I))
_NOT_BY = re.compile(r"\b(?:not|never|nor)\W+(?:\w+\W+){0,2}$", re.I)
_ADAPTING = re.compile(r"\bmatch(?:es|ed)? your\b|"
                       r"\b(?:adapt|adjust|tailor|personali[sz]|customi[sz]|recommend|suggest|rank|"
                       r"prioriti[sz]|curat|chosen for you|picked for you|selected for you|pick|"
                       r"choose|learns?|segment|predict|estimat|infer|var(?:y|ies)\b)\w*|"
                       r"\bgives? (?:more|greater|less|extra) weight to\b|"
                       # ("… to build playlists we think you'll enjoy")
                       r"\byou(?:'ll|’ll| will| might| may|'d|’d| would) (?:enjoy|like|love|want|"
                       r"find (?:useful|helpful|interesting|relevant))\b|\bsurfac(?:e|es|ed|ing)\b",
                       re.I)


def _chosen_for_user(clause: Clause, texts: ClauseTexts) -> int | None:
    """Where a personalised choice for the user starts in *clause* (see ``_BY_THE_USER`` and
    ``_YOUR_RECORD``)."""
    for start, end in _BY_THE_USER.spans(clause.text, texts.low[clause.id],
                                        texts.plain[clause.id]):
        verb = _CHOOSING_BEFORE.search(clause.text, max(0, start - _CHOICE_REACH), start)
        if verb is not None:
            return verb.start()
        # (or after it: "… into segments based on their app usage so we can tailor onboarding")
        verb = _ADAPTING.search(clause.text, end, end + _RECORD_REACH)
        if verb is not None:
            return verb.start()
    for start, end in _YOUR_RECORD.spans(clause.text, texts.low[clause.id],
                                        texts.plain[clause.id]):
        if _NOT_BY.search(clause.text, max(0, start - 20), start):
            continue  # ("ranked by relevance to your query, not by your history")
        verb = _ADAPTING.search(clause.text, max(0, start - _RECORD_REACH), end + _RECORD_REACH)
        if verb is not None:
            return verb.start()
    for start, end in _DONE_BEFORE.spans(clause.text, texts.low[clause.id],
                                         texts.plain[clause.id]):
        verb = _ADAPTING.search(clause.text, max(0, start - _CHOICE_REACH), end + _RECORD_REACH)
        if verb is not None:
            return verb.start()
    for start, end in _MOST_USED.spans(clause.text, texts.low[clause.id],
                                       texts.plain[clause.id]):
        verb = _ADAPTING.search(clause.text, max(0, start - _CHOICE_REACH), end + _RECORD_REACH)
        if verb is not None:
            return verb.start()
    return None


# (the Chinese general shape of a personalised choice: see _AUTO_MORE; not the user's input or
# instructions: "仅依据您当次输入的内容生成" answers, it does not profile)
_ZH_BY = r"(?:根据|依据|基于|结合|按照|综合|参考|分析)(?:您|你|用户|孩子|学生|申请人|候选人|借款人|客户|骑手|司机|商家)的?"
_ZH_RECORD = (r"[^。；，！？]{0,10}?(?:记录|偏好|习惯|兴趣|爱好|喜好|行为|历史|点击|浏览|停留|作答|答题|"
              r"(?:学习|使用|完成|练习)情况|学习目标|消费|年龄段?|性别|特征|表现|"
              # ("您在App内的阅读时长和收藏行为", "您过往的提问内容")
              r"时长|收藏|过往|以往|提问|搜索|"
              # ("您的订阅内容", "申请人的信用评分", "您的身高、体重和运动目标", "用户的活跃程度")
              r"订阅|信用|评分|目标|身高|体重|活跃|作息|规律)")
_ZH_ADAPT = (r"(?:推荐|推送|展示|排序|排列|调整|筛选|匹配|定制|个性化|评估|预测|制定|规划|挑选|精选|专属|划分|安排|"
             r"分配|派单|优先级|"
             # ("…决定您是否可以免押金用车")
             r"决定(?:您|你)?是否|"
             r"生成[^。；，！？]{0,8}?(?:计划|方案|路径)|(?:贴合|符合|适合)(?:您|你)的?(?:习惯|偏好|喜好|口味|兴趣))")
_AUTO_MORE = gated({
    "en": re.compile(
        r"detect\w* (?:\w+ ){0,3}?(?:mood|emotions?|emotional state|sentiment) (?:of|in|from) your\b|"
        # "If check-in answers suggest the user may be unwell or lonely, … sends an alert"
        r"suggest\w* (?:that )?(?:the user|you|they) (?:may|might) be (?:unwell|ill|lonely|at risk|"
        r"depressed|in distress|in crisis)\b|"
        # "the companion uses your recent check-ins and journal themes to suggest exercises"
        r"\buses your (?:[\w-]+ ){1,5}?to (?:suggest|recommend|tailor|personali[sz]e|pick|choose|"
        r"select)\b|"
        # "The bot may route you to a human agent automatically when it detects frustration"
        r"detect\w* (?:\w+ ){0,3}?(?:frustration|anger|distress)\b|"
        r"recogni[sz]\w* (?:\w+ ){0,3}?(?:mood|emotions?|emotional state) (?:of|in|from) your\b|"
        r"estimat\w* (?:each |every |the |your |a )?(?:student|learner|child|pupil|user)\W{0,2}s? "
        r"(?:\w+ ){0,2}?(?:skill|ability|proficiency|mastery|knowledge|reading) levels?\b|"
        r"assess\w* (?:each |every |the |your |a )?(?:student|learner|child|pupil|user)\W{0,2}s? "
        r"(?:\w+ ){0,2}?(?:skill|ability|proficiency|mastery|knowledge|reading) levels?\b|"
        # "build a taste profile and recommend songs", "predict what you might want to ask next"
        r"taste profiles?\b|interest profiles?\b|preference profiles?\b|"
        r"predict\w* what you (?:might|may|will|would) (?:want|like|need|ask|enjoy)\b|"
        # "Sparrow Triage reads your answers and assigns an urgency category"
        # (not a rating of a thing: "assigns each contract a risk rating (low, medium, high)")
        r"assign\w* (?!(?:each |every |the |a |all )?(?:contracts?|documents?|clauses?|files?|"
        r"tickets?|agreements?)\b)(?:\w+ ){0,3}?(?:urgency|risk|triage|credit|trust|fraud) "
        r"(?:categor\w+|scores?|levels?|ratings?)\b|"
        # a guess at who they are ("We may estimate your age range from
        # your activity"), software scoring people ("screened by software that scores
        # candidates"), a guess at what they will do ("to predict which features you're likely to
        # use next"), a plan that adapts to the learner ("Your study plan adapts as you go")
        # (rare words are the literals the gate looks for: the words after the verbs are written
        # with \s, so the gate does not take the commoner " your " or "to you" instead)
        r"(?:estimat|infer|predict|deduc|guess)\w*\syour\s(?:likely\s|approximate\s|probable\s)?(?:age|gender|interests|"
        r"preferences|income|mood|personality|characteristics|political|religio)\w*|"
        # "We derive likely interests … from your activity", "estimate how likely a customer is to
        # cancel", "tailored to what you and people with similar tastes have watched", "use them
        # to personalise later replies", "to decide which trips they are offered"
        # (each alternative with a rare literal of its own: the gate tests every clause holding
        # one, and "interests", "from", "into", "without" stand in many)
        r"\bderive likely interests\b|\bderives likely interests\b|\bderive your interests\b|"
        r"\bderives your interests\b|\binfer your interests\b|\binfers your interests\b|"
        r"\binfer your preferences\b|\binfers your preferences\b|\binfer likely interests\b|"
        r"\bhow likely (?:\w+ ){0,2}?(?:is|are) to\b|"
        # "The keyboard learns the words you type most", "show you more of it", "An algorithm
        # evaluates each claim and may reject it without a person looking at it", "Coupons you
        # receive depend on how often you shop", "We classify users into engagement tiers to
        # decide who gets early access"
        r"\blearns (?:the |which |what )?(?:[\w-]+ ){0,2}?you (?:type|use|say|write|search|visit|play|"
        r"watch|open)\b|"
        r"\bshow you more of\b|\bkeeps? you engaged\b|"
        # "figures out which reminders you tend to ignore", "students with goals like yours",
        # "Your home feed is built from the creators you follow", "decides whether to approve a
        # return request automatically"
        r"\byou tend to (?:ignore|skip|like|open|read|use|watch|buy|prefer|click)\b|"
        # (one alternative per word: a leading group would stop the gate's first-character
        # dispatch for all eighty alternatives)
        r"\bgoals like yours\b|\binterests like yours\b|\btastes like yours\b|\bneeds like yours\b|"
        r"\bprofile like yours\b|\bprofiles like yours\b|\bhabits like yours\b|\bpreferences like yours\b|"
        r"\bfeed is (?:built|made|generated|assembled|put together) from\b|"
        r"\bdecides whether to approve\b[^.;]{0,60}?\bautomatically\b|"
        r"\bdecides whether to accept\b[^.;]{0,60}?\bautomatically\b|"
        r"\bdecides whether to reject\b[^.;]{0,60}?\bautomatically\b|\bautomatically decides whether\b|"
        r"without human review\b|without any human review\b|without human involvement\b|"
        r"without human intervention\b|without a person looking\b|without a human looking\b|"
        r"\bdepends? on how often you\b|\bdepends? on how much you\b|"
        r"\binto [\w-]+ tiers\b|\binto [\w-]+ segments\b|\binto [\w-]+ cohorts\b|"
        r"\bdecid\w* who (?:gets|receives|sees|is offered)\b|"
        r"tailored to what you\b|similar tastes\b|similar listening\b|similar viewing\b|"
        r"similar reading habits\b|similar shopping habits\b|"
        r"\blater replies\b|\blater answers\b|\blater responses\b|"
        r"decid\w* (?:which|what) (?:\w+ ){0,2}?(?:you|they) (?:are|get|will be) (?:offered|shown)\b|"
        r"(?:score|scores|scored|scoring)\s(?:the\s)?(?:candidates|applicants|borrowers|drivers|"
        r"tenants)\b|"
        r"(?:adapts|adjusts)\s(?:itself\s)?(?:to\syou\b|as\syou\s(?:go|learn|progress|use)\b)|"
        r"predict\w* (?:which|what) [^.;]{0,30}?\byou(?:'re|’re| are)? (?:likely|going) to\b|"
        # "We sort your inbox by what our model predicts you'll read first", "to decide which
        # posts appear first in your feed", "We flag transactions our risk model considers
        # unusual", "We calculate a trust score for each seller"
        r"predicts? you(?:'ll|’ll| will| would|'d|’d)\b|"
        r"decid\w* (?:which|what) (?!ads?\b|advert)(?:\w+ ){0,2}?(?:appears?|you see|to show|shows?|"
        r"comes? first)\b|"
        r"risk models?\b|fraud models?\b|risk scoring\b|fraud scoring\b|risk engine\b|"
        r"fraud engine\b|"
        r"(?:calculat|comput|generat|assign|determin)\w* (?:a |an |your )?(?:trust|risk|credit|"
        r"fraud|reputation) scores?\b|"
        # "Lumen uses machine learning to rank the posts you see in your feed"
        r"rank\w* (?:the |which )?(?:\w+ )?(?:posts|content|videos|items|results|stories|songs|"
        r"tracks|products|listings) you see\b|"
        # "We may use automated rules to block sign-ups and transactions that appear fraudulent"
        r"automated (?:rules|checks|screening|fraud checks|systems?|tools?) (?:\w+ ){0,6}?(?:block|"
        r"declin|cancel|reject|refus|hold)\w* (?:\w+ ){0,3}?(?:sign-?ups|transactions|payments|orders|"
        r"purchases|registrations|accounts?|applications)\b|"
        # what a meeting assistant infers about the speakers: "we analyse transcripts to show each
        # speaker's talk time, the sentiment of the conversation, and a coaching score"
        r"sentiment of (?:the |each |every )?(?:conversation|call|meeting|speaker|participant)s?\b|"
        r"coaching scores?\b|"
        # "Relay learns from which senders you reply to and how quickly, and labels incoming
        # email as Important"
        # "suggest pages and tabs you're likely to want next"
        # (its literal "likely to ", rarer than "you are ")
        r"\blikely to (?:want|like|enjoy|open|read|watch|visit|buy)\b|"
        # (one alternative per verb form: its literal is then "learns from" / "learn from", not the
        # common " from ")
        r"learns from (?:which|what|how|whom|the \w+) (?:\w+ ){0,3}?you (?:reply|respond|open|"
        r"read|click|ignore|skip|like|use|listen|watch|buy|choose|accept|reject)\w*|"
        r"learn from (?:which|what|how|whom|the \w+) (?:\w+ ){0,3}?you (?:reply|respond|open|"
        r"read|click|ignore|skip|like|use|listen|watch|buy|choose|accept|reject)\w*|"
        # an adverse decision taken automatically on an account, key or application ("can lead
        # to automatic rate limiting or suspension of an API key", "automatically move
        # applications … to the Not progressing stage", "Accounts that send spam may be
        # automatically suspended"); not "we automatically delete your recordings"
        r"automatic(?:ally)?\s(?:[\w-]+\s){0,4}?(?:suspen|block|ban|reject|declin|terminat|disabl|"
        r"deactivat|lock|mov|rate[- ]limit)\w*\s(?:[\w-]+\s){0,4}?(?:accounts?|users?|api\skeys?|"
        r"applications?|applicants|candidates|sign-?ups|transactions|payments|orders|"
        r"registrations)\b|"
        r"automatically\s(?:suspended|banned|rejected|declined|terminated|shortlisted|ranked|"
        r"scored)\b|"
        # (disabled, deactivated, locked: of an account, not of features - "features that may
        # involve posting personal information, such as comments, are automatically disabled";
        # the account is looked for before it in _auto_statements)
        r"automatically\s(?:disabled|deactivated|locked)\b|"
        # a score of how well a person fits ("gives each application a match score", "a fit
        # score generated by our model")
        r"\bfit scores?\b|\bmatch scores?\b|\bsuitability scores?\b|\bcompatibility scores?\b|"
        # interests the service infers ("Social — interests inferred from connected accounts");
        # a level adapted to how the learner does ("Adjust difficulty based on student performance")
        r"\binterests inferred\b|\binferred interests\b|"
        r"\bdifficulty based on (?:the |your |their |each )?(?:student|learner|user|child|pupil)?"
        r"(?:'s|s')? ?(?:performance|progress|answers|results|level)\b",
        re.I),
    # (each alternative starts with a rare literal: 根据/基于 stand in most Chinese sentences)
    "zh": re.compile(r"情绪[^。；]{0,12}?(?:调整|改变)[^。；]{0,8}?(?:语气|回应|回复|内容|风格)|"
                     r"自动(?:判断|评估|评定|分析|识别)[^。；]{0,16}?(?:掌握|水平|能力|薄弱)|"
                     # "作文由系统自动给出分项得分和总评"
                     r"自动(?:给出|生成|作出|做出|评定)[^。；，]{0,8}?(?:得分|分数|评分|评级|等级|总评)|"
                     # "我们会通过算法模型对您的信用状况进行评估" (not 模型…: a literal in most
                     # sentences of an AI notice)
                     r"算法[^。；，]{0,4}?对(?:您|你)的[^。；，]{0,12}?(?:评估|评分|打分|预测)|"
                     # "我们会依据您的历史对话，为您生成个性化的回答"
                     r"个性化的?(?:回答|回复|答案)|"
                     # the general shape of a personalised choice, as in English: the user's own
                     # record ("您的点击和停留时长", "您的作答情况", "您的消费记录") and an act that
                     # adapts what the user gets to it, in either order (found by a blind sweep
                     # of twenty wordings written before the run: 12 of 20 were read)
                     rf"{_ZH_BY}{_ZH_RECORD}[^。；！？]{{0,30}}?{_ZH_ADAPT}|"
                     rf"{_ZH_ADAPT}[^。；！？]{{0,20}}?{_ZH_BY}{_ZH_RECORD}|"
                     # "通过算法预测您可能喜欢的音乐风格", "系统会自动筛选并推荐匹配的岗位",
                     # "风控系统会自动评估您的交易风险"
                     r"预测(?:您|你|用户)(?:可能|或许)?(?:喜欢|感兴趣|想要|需要|偏好)|"
                     r"自动(?:为您|向您)?(?:筛选|推荐|匹配)|"
                     r"自动(?:评估|判断|评定)[^。；，]{0,8}?(?:风险|信用|资质)|"
                     # a guess at who the user is: "推断您的消费能力", "猜测您关注的领域"
                     r"推断(?:您|你|用户)|推测(?:您|你|用户)|猜测(?:您|你|用户)|"
                     # software scoring people: "自动为候选人打分"
                     r"自动(?:为|对|给)[^。；，]{0,8}?(?:打分|评分|评级|分级)|"
                     # content chosen by where the user is: "向您推荐您所在城市的热门活动"
                     r"推荐您所在|推荐你所在|推送您所在|推送你所在|展示您所在|展示你所在|"
                     # "输入法会学习您常用的词语", "对您的登录行为进行风险识别", "系统会自动识别可疑
                     # 订单", "您收到的优惠券与您的购买频次相关"
                     r"学习您常用|学习你常用|学习您的(?:使用习惯|输入习惯|偏好|习惯)|学习用户的(?:使用习惯|输入习惯|偏好)|"
                     # collaborative filtering: "参考与您兴趣相似的用户的选择"
                     r"兴趣相似|兴趣相近|口味相似|口味相近|偏好相似|偏好相近|喜好相似|喜好相近|"
                     # (each alternative with a literal rarer than 进行 / 相关 / 兴趣: the gate
                     # tests every clause holding one)
                     # (not the handler's own review: "我们会定期进行安全评估")
                     r"进行风险(?:识别|评估|评级|判断)(?<!定期进行风险评估)|"
                     r"进行安全(?:识别|评估|评级|判断)(?<!定期进行安全评估)|"
                     r"自动(?:识别|检测|拦截|标记)[^。；，]{0,6}?(?:可疑|异常|风险|欺诈|作弊)|"
                     r"频次相关|频次有关|频次挂钩|频率相关|频率有关|频率挂钩"),
})


def _holding_literal(texts: list[str], literals: tuple[str, ...]) -> set[int]:
    """Indices of the *texts* holding one of *literals*: ``str.find`` over the texts joined
    (a substring search, several times faster than a regular expression's search for the same
    literal), jumping to the next text after a hit."""
    # (as JoinedTexts joins them, with the offsets summed in C rather than in a Python loop)
    text = "\0".join(texts)
    starts = list(accumulate(map(add, map(len, texts), repeat(1)), initial=0))
    last = len(texts) - 1
    found: set[int] = set()
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            found.add(i)
            if i >= last:
                break
            at = text.find(literal, starts[i + 1])
    return found


def _holding_more(clauses: list[Clause], texts: ClauseTexts) -> set[int]:
    """Ids of the clauses in which ``_AUTO_MORE`` finds a match. Few clauses hold one of its
    literals: they are found by one substring scan of the (folded) texts joined for each literal,
    faster than a test of each clause or a scan with the whole pattern (a long notice has tens
    of thousands of clauses)."""
    out: set[int] = set()
    for lang, gate in _AUTO_MORE.items():
        group = [c for c in clauses if c.lang == lang]
        if gate.needs is None:
            candidates = group
        elif not gate.ignore_case:
            hits = _holding_literal([c.text for c in group], gate.needs)
            candidates = [group[i] for i in sorted(hits)]
        else:
            plain = [c for c in group if texts.plain[c.id]]
            hits = _holding_literal([texts.low[c.id] for c in plain], gate.needs)
            candidates = [plain[i] for i in sorted(hits)] + [
                c for c in group if not texts.plain[c.id]]
        out.update(c.id for c in candidates if texts.search(gate, c) is not None)
    english = [c for c in clauses if c.lang == "en"]
    # (the two gates' lower-case literals, searched in the folded texts)
    assert _BY_THE_USER.needs is not None and _YOUR_RECORD.needs is not None
    assert _MOST_USED.needs is not None and _DONE_BEFORE.needs is not None
    for i in _holding_literal([texts.low[c.id] for c in english], _BY_THE_USER.needs
                              + _YOUR_RECORD.needs + _MOST_USED.needs + _DONE_BEFORE.needs):
        if _chosen_for_user(english[i], texts) is not None:
            out.add(english[i].id)
    return out


_SWITCHED_OFF = re.compile(r"automatically\s(?:disabled|deactivated|locked)\b", re.I)
_ACCOUNT_BEFORE = re.compile(r"\baccounts?\b", re.I)


def _auto_statements(lex: Lexicon, clause: Clause, texts: ClauseTexts) -> Iterator[int]:
    """Offsets of the automated-decision cues in *clause* that state the practice."""
    pattern = lex.terms["topics"]["automated_decision"].get(clause.lang)
    if pattern is None:
        return
    only = _AUTO_TOPIC_ONLY[clause.lang]
    text = clause.text
    for m in pattern.finditer(texts.low[clause.id]):
        if not only.fullmatch(m.group()) and not _in_menu_label(text, m.start()):
            yield m.start()
    more = _AUTO_MORE.get(clause.lang)
    if more is not None:
        for start, end in more.spans(text, texts.low[clause.id], texts.plain[clause.id]):
            if _SWITCHED_OFF.match(text, start, end) and not _ACCOUNT_BEFORE.search(
                    text, max(0, start - 60), start):
                continue  # ("comments … are automatically disabled": no account's)
            yield start
    if clause.lang == "en":
        chosen = _chosen_for_user(clause, texts)
        if chosen is not None:
            yield chosen


def _in_menu_label(text: str, at: int) -> bool:
    """Whether *at* is inside a quoted menu path ("在“设置-隐私-个性化广告”中关闭"): the name of a
    setting, not a statement that the service does what it names."""
    opened = text.rfind("“", 0, at)
    if opened < 0 or text.find("”", opened, at) >= 0:
        return False
    closed = text.find("”", at)
    return closed >= 0 and ("-" in text[opened:closed] or "设置" in text[opened:closed])


# "We do not make decisions that produce legal … effects about you based solely on automated
# processing": the denial governs the whole clause part (lexicon.CLAUSE_PART, as for negation),
# however far before the term it stands
_AUTO_DENIAL = {
    "en": re.compile(r"\b(?:do|does|will|shall|would)(?: not|n't) (?:\w+ )?(?:make|take|use|"
                     r"engage in|carry out|conduct|subject|rely on)\b|\bnever (?:make|take|use|"
                     r"subject|rely on)\b", re.I),
    "zh": re.compile(r"(?:不会|绝不|从不|并不|不得)[^。；，,]{0,30}?(?:作出|做出|进行|开展|实施)|"
                     # "本产品不涉及自动化决策，也不进行用户画像"
                     r"不(?:涉及|进行|开展|作出|做出|实施)"),
}
_AUTO_RIGHT_CLAUSE = {
    # ("Users may refuse automated decisions or request an explanation of them")
    # (and "You may request human review of any automated decision")
    "en": re.compile(r"right to|opt[- ]?out (?:of|from)|object to|not to be subject|\brefuse\b|"
                     r"\bhuman (?:review|intervention)\b|\bcontest\b", re.I),
    # ("您有权就自动化决策拒绝接受", "如您希望停止接收个性化广告，可…关闭")
    "zh": re.compile(r"拒绝|关闭|退出|不受|[您你]有权|停止接收|不(?:希望|想|愿意?)接收"),
}
# "对于基于自动化决策作出的决定，您有权拒绝": the right comes after what it is about; a statement
# that the handler does it ("我们会…个性化推荐，您可以…关闭") comes before
# a part titled by the GDPR's article on the right ("Automated Decision-Making (Art. 22)")
_ART_22_TITLE = re.compile(r"[^.;:]{0,60}\((?:gdpr )?art(?:icle|\.)? ?22(?: gdpr)?\)\W*$", re.I)
_RIGHT_AFTER = {
    "en": re.compile(r"\byou (?:have the right|may|can) (?:to )?(?:object|refuse|opt out)", re.I),
    "zh": re.compile(r"(?:有权|可以|可)(?:拒绝|关闭|退出)"),
}
# a bold run-in title at the start of a clause ("Automated decisions.** We …", "**Profiling:**")
_LABEL = {
    "en": re.compile(r"[*_\s]{0,4}[^.:;!?*\n]{1,50}?(?:[.:]\s*[*_]{2}|[*_]{2}\s*[.:]?)\s"),
    # a short title before a colon, numbered or bold or neither ("（五）个性化与自动化决策：我们不会…",
    # "**自动化决策：**本产品不涉及…")
    "zh": re.compile(r"[*_\s]{0,4}[^。；：:！？\n]{1,16}?[：:][*_]{0,2}"),
}
# a short line that speaks to or of someone states something ("向您推荐您可能感兴趣的广告")
_ADDRESSED = {
    "en": re.compile(r"\b(?:we|you|us|your|our)\b", re.I),
    "zh": re.compile(r"您|你|我们"),
}
_WE_DO = {  # (not in a phrase naming what the right is about: "对于我们仅通过自动化决策作出的决定")
    "en": re.compile(r"^(?!\W*(?:for|regarding|as to|with respect to|if|where)\b).*?\bwe\b", re.I | re.S),
    "zh": re.compile(r"^(?![\s\d.、（()）]*(?:对于|针对|关于|如果|假如|若|如))[\s\S]*?我们"),
}
_MINORS = gated({  # words alone; the ages in digits are _MINOR_AGES
    "en": re.compile(
        r"\bchild(?:ren|ren's|'s)?\b|\bminors?\b(?! (?:changes?|updates?|modifications?|revisions?))|"
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
                     r"监护人|"
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
                   r"available|offered|direct|collect|permitted|allowed|provid|target)\w*\W+(?:(?!sell|share)"
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
                   r"(?:to )?(?:use|access|register|create|open|sign up|join)",
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
        # "本产品仅向年满18周岁的成年用户提供服务", "仅供年满十八周岁的用户使用"
        # ("仅向**年满 18 周岁**的用户提供", "仅面向**年满 16 周岁**的求职者": emphasis marks)
        re.compile(r"仅(?:面向|限于?|向|对|供|适用于)[*_]{0,2}(?:年满)?\s*(\d{1,2}|十[二三四五六七八])\s*周?岁"),
        # "问学AI面向16周岁及以上的用户"
        re.compile(r"(?:面向|适用于|供|限)(?:年满)?\s*(\d{1,2}|十[二三四五六七八])\s*周岁(?:及|或)?以上"),
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
        re.compile(r"(?:不|并非|并不)(?:面向|针对|适用于|适合|向|为)[^。；，]{0,6}?"
                   r"(\d{1,2}|十[二三四五六七八])\s*周?岁以下"),
        # "本服务不面向未满十四周岁的儿童"
        # (a Taiwan notice: "不供未滿13歲兒童使用")
        # (a Taiwan notice: "本服務不提供予未滿 13 歲之兒童使用")
        # (not "我们不向未满18周岁的用户提供付费服务": one part of the service)
        re.compile(r"不(?:会)?(?:面向|针对|适用于|适合|供|向|为|提供予|提供给)[^。；，]{0,6}?(?:未满|不满)\s*"
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


# "We do not use your prompts, files, or outputs to train our models": a denial reaches over a
# list of objects joined by commas (lexicon.CLAUSE_PART cuts at every comma); a comma that opens
# a new statement (", and we …", ", if you …"), another verb's auxiliary ("…, advertisers may
# assume"), a sentence end or a contrast ends its reach. "X but not your name" excludes an item
# from a list; it denies nothing.
_EN_STATEMENT = re.compile(
    r"[;:]\s|[.!?](?:\s|$)|\bbut\b|\bunless\b|\bexcept\b|\bhowever\b|\bwhether\b|"
    r"\b(?:may|might|can|could|will|would|shall|should|must|is|are|was|were|has|have|had|do|does)"
    r"\b|,\s*(?:and |or |so )?(?:we|you|they|it|this|these|those|which|who|if|when|"
    r"where|once|after|before|because|as|such)\b|"
    # (not a list item: "We do not use photos you edit, your selfies, or the images …")
    r",\s*(?:and |or |so )?(?:our|your)\b(?![\w -]{1,30},)", re.I)
# a denial that opens a list after its colon ("We do NOT: (a) sell …; (c) use your data to train …")
_COLON_DENIAL = re.compile(r"(?:\b(?:do|does|will|shall)(?: not|n't)|\bnever)\s*:", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s")
_EN_DENIAL = re.compile(r"(?<!but )(?<!and )(?<!or )(?<!, )(?<!- )\bnot\b|\bnever\b|n't\b|"
                        r"\bnor\b|\bneither\b", re.I)


def denied(text: str, at: int, lang: str) -> bool:
    """Whether a denial governs the match at *at*: ``lexicon.negated``, or for English a denial
    earlier in the same statement over a comma-joined list."""
    if lang == "en" and "’" in text:
        text = text.replace("’", "'")  # ("We don’t use your content …"; the same length)
    if negated(text, at, lang):
        return True
    if lang != "en":
        return False
    if ":" in text[max(0, at - 400):at]:
        # a denial over the list after its colon, up to the sentence's end ("We do NOT: (a) sell
        # …; (b) share …; (c) use your biometric data to train …")
        ends = [m.end() for m in _COLON_DENIAL.finditer(text, max(0, at - 400), at)]
        if ends and not _SENTENCE_END.search(text, ends[-1], at):
            return True
    window = text[max(0, at - 160):at]
    return bool(_EN_DENIAL.search(window)) and bool(
        _EN_DENIAL.search(_EN_STATEMENT.split(window)[-1]))


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
        if (denied(text, m.start(), lang) or _denied_before(text, m.start(), lang)) and (
                not EXCEPTION[lang].search(text)) and not _UNTIL_ALLOWED[lang].search(text) and (
                not _WISHED[lang].search(text, 0, m.start())):
            verdict = verdict or "no"
        else:
            return "yes"
    return verdict


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


def _answer(clause: Clause, by_id: dict[int, Clause]) -> str | None:
    """'yes' or 'no' for an FAQ's question answered in the next clause ("答：会的" / "No."),
    else None."""
    after = by_id.get(clause.id + 1)
    found = _ANSWER[after.lang].match(after.text) if after is not None else None
    if found is None:
        return None
    return "yes" if found.group(1) else "no"


# a table row asking in its first cell and answering in the next ("是否涉及个人信息出境 | 不涉及。",
# "Used to train AI? | No"): the question names the practice without stating it
_ROW_QUESTION = {
    "en": re.compile(r"[^|]{1,80}\?[*_\s]*\|\s*"),
    "zh": re.compile(r"[*_\s]*(?:是否|有没有|会不会|能否)[^|]{1,30}\|\s*|[^|]{1,40}[？?吗][*_\s]*\|\s*"),
}


def row_question(clause: Clause) -> tuple[int, str | None] | None:
    """For a table row whose first cell asks a question: where its answer starts, and 'yes' or
    'no' when the answer starts with one ("不涉及。", "否。", "No — …"), else None; None for any
    other clause."""
    if clause.kind != "row":
        return None
    asked = _ROW_QUESTION[clause.lang].match(clause.text)
    if asked is None:
        return None
    found = _ANSWER[clause.lang].match(clause.text[asked.end():])
    return asked.end(), (None if found is None else "yes" if found.group(1) else "no")


# The wordings of a transfer abroad are the topic's cues (resources/lexicons/terms.json,
# topics.cross_border), except those saying data stays in one place ("stored only in China",
# "中国境内收集", read as "no" by ``_STAYS``) and a transfer "to us" (the handler; "to the US" is
# abroad). A match is such a cue when one of these patterns matches all of it.
_ABROAD_TOPIC_ONLY = {
    "en": re.compile(r"(?:stored|processed|hosted|located|transferred) (?:only |exclusively "
                     r"|solely )?(?:on servers )?(?:in|within) (?:the )?(?:people's republic of china|prc|mainland "
                     r"china|china)|transfer\w* (?:\w+ ){0,6}?(?:to|into|in) us"),
    "zh": re.compile(r"存储(?:在|于)(?:中华人民共和国|中国)境内|(?:中华人民共和国|中国)境内"
                     r"(?:收集|存储|储存)|(?:服务器|数据中心)(?:均|都|全部)?(?:位于|设在|设于|部署在)"
                     r"(?:中华人民共和国|中国)(?:大陆)?(?:境内|国内)"),
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
_STAYS = re.compile(r"(?:存储|储存|保存|部署)(?:在|于)(?:中华人民共和国|中国)?(?:境内|国内|大陆)(?!以外|之外)|"
                    r"(?:存储|储存|保存)(?:地点|地域|位置|地)[:：为是\s]{0,3}(?:中华人民共和国|中国)(?:大陆)?境内|"
                    r"(?:均|都|仅|只|全部|全都)在(?:中华人民共和国|中国)?(?:大陆)?(?:境内|国内)(?:存储|储存|保存|处理|完成|进行)|"
                    # "您的个人信息不会离开中国大陆"
                    r"(?:不会|不|从不)离开(?:中华人民共和国|中国)(?:大陆|境内)?|"
                    # ("我们的服务器均位于中国境内")
                    r"(?:服务器|数据中心)(?:均|都|全部)?(?:位于|设在|设于|部署在)(?:中华人民共和国|中国)(?:大陆)?"
                    r"(?:境内|国内)(?!以外|之外)|"
                    # ("客服云的全部服务器都在中国境内")
                    r"(?:服务器|数据中心)(?:均|都|全部)?在(?:中华人民共和国|中国)(?:大陆)?(?:境内|国内)|"
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


def _abroad(lex: Lexicon, clause: Clause, text: str) -> str | None:
    pattern = lex.terms["topics"]["cross_border"].get(clause.lang)
    if pattern is None:
        return None
    only = _ABROAD_TOPIC_ONLY[clause.lang]
    verdict = None
    placed = False
    for m in pattern.finditer(fold(text)):
        if only.fullmatch(m.group()):
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
    r"\bin jurisdictions other than your own\b|\bto jurisdictions other than your own\b"))


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
    r"\b(?:you (?:are|live|reside|access \w+|use \w+)(?: \w+)? |you're (?:\w+ )?|(?:residents?|"
    r"citizens?|visitors?|users?|customers?|individuals|people|enquiries|inquiries|requests) "
    r"(?:\w+ )?(?:(?:from|of) (?:a )?(?:country |countries |jurisdictions? )?)?|(?:living|residing) |"
    r"from )(outside)\b", re.I)
_AGE_RULE = re.compile(r"\b(?:under|below|over|younger than|older than|at least) (?:the age of )?\d{1,2}\b|"
                       r"\b(?:legal|minimum|local) age\b|\bage of (?:majority|consent|digital consent)\b",
                       re.I)
_PLACE_OF_USERS = re.compile(
    r"\bin (?:the )?(?:U\.S\.(?!\w)|US\b|USA\b|United States\b|EEA\b|EU\b|UK\b|European Union\b|"
    r"United Kingdom\b|other (?:jurisdictions|countries|regions)\b|(?:your|their) (?:country|"
    r"jurisdiction|region|state)\b)")
_DATA_MOVES = re.compile(r"\b(?:transfer|process|stor(?:e|ed|ing|age)\b|host|held\b|hold|maintain|"
                         r"sent\b|send|mov(?:e|ed|es|ing)\b|kept\b|keep)", re.I)
# a labelled answer: "个人信息出境：无", "是否跨境传输：否"
_ZH_LABEL_NO = re.compile(r"(?:出境|跨境|境外)[^：:。；，]{0,6}[：:]\s*[*_]*(?:无|否|不涉及|没有)[*_]*\s*[。；]?\s*$")
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
                     r"的?[^。；，]{0,8}?(?:协议|条款|合同|政策|声明|规则)》?"),
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
    headers, rows = _asked_column(clauses, _ABROAD_COLUMN)
    for answered, said, _cell in rows:
        (yes if said else no).append(answered.id)
    read = headers | {answered.id for answered, _said, _cell in rows}
    english = [c for c in clauses if c.lang == "en" and "cross_border" not in c.topics]
    for i in sorted(_holding_literal([c.text for c in english], _MORE_ABROAD_LITERALS)):
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
        if _QUESTION[clause.lang].search(text):
            answer = _answer(clause, by_id)
            if answer is not None:
                (yes if answer == "yes" else no).append(clause.id)
            continue
        if (is_title(clause) and not (clause.lang == "zh" and _STAYS.search(text))) or (
                _DEFINES.match(text)):
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


# under a heading about training, a use of content "to improve" something is that use ("3.
# Training our models" / "We may use other uploads and scripts … to improve video generation")
# a definition states no practice: '1.4 "Profiling" has the meaning given in Article 4(4) GDPR'
_DEFINES = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?[\"“'‘][^\"”'’]{1,60}[\"”'’]\s*(?:means|shall "
                      r"mean|has the meaning|have the meaning|refers? to|is defined as)\b|"
                      # a term defined in Chinese: "自动化决策：指通过计算机程序自动分析…"
                      r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?[^\s：:，。；]{2,16}[：:]\s*(?:是)?指", re.I)
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


def _mentions_training(lex: Lexicon, lang: str, text: str) -> bool:
    pattern = lex.terms["topics"]["model_training"].get(lang)
    return pattern is not None and pattern.search(fold(text)) is not None


# a table column asking whether each row's data trains models ("Used to train Corvid models?",
# "是否用于模型训练"): its header names the use without stating it; each row's cell answers
_TRAIN_COLUMN = re.compile(r".*?(?:\bused? (?:\w+ ){0,3}?(?:to|for|in) (?:\w+ ){0,2}?(?:train|model|ai\b)|"
                           r"\btrain\w*\?|是否[^|]{0,8}?(?:训练|模型)|用于[^|]{0,6}?(?:训练|模型))", re.I)
_CELL_YES = re.compile(r"[*_\s]*(?:yes\b|是|会|可能)", re.I)
_CELL_NO = re.compile(r"[*_\s]*(?:no\b|never\b|not\b|否|不|×|✗)", re.I)


# a column asking whether each row's data goes abroad ("| SDK名称 | … | 是否涉及出境 |" / "是（新加坡）")
_ABROAD_COLUMN = re.compile(r".*?(?:是否[^|]{0,8}?(?:出境|跨境|境外)|\b(?:transferred|sent|stored|"
                            r"processed) (?:abroad|outside|internationally)[^|]{0,30}\?|"
                            r"\bcross-border (?:transfer)?\?)", re.I)


def _asked_column(clauses: list[Clause], column: re.Pattern[str]
                  ) -> tuple[set[int], list[tuple[Clause, bool, str]]]:
    """Ids of the header rows of tables with a column asking a yes/no question (*column*
    matches its header cell), and each row under such a header answering yes or no, with the
    cell ("Yes, unless you opt out in Organization settings")."""
    rows: list[tuple[Clause, bool, str]] = []
    previous = ""
    for clause in clauses:  # (most notices have no such table: look at header rows first)
        if clause.kind == "row" and previous != "row" and column.match(clause.text):
            break
        previous = clause.kind
    else:
        return set(), rows
    for clause, cell in column_cells(clauses, column):
        if _CELL_YES.match(cell):
            rows.append((clause, True, cell))
        elif _CELL_NO.match(cell):
            rows.append((clause, False, cell))
    if not rows:
        return set(), rows
    headers = {header.id for clause, header in with_table_headers(clauses)
               if clause is header and any(column.match(cell.strip(" *_"))
                                           for cell in clause.text.strip().strip("|").split("|"))}
    return headers, rows


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


# a lead-in that denies what each item after it names ("We don't:", "We will never:")
_DENYING_LEAD = re.compile(r"\b(?:we|i|it|they) (?:do not|don't|don’t|does not|doesn't|doesn’t|"
                           r"will not|won't|won’t|will never|never)\s*[:：]?[*_\s]*$", re.I)


def _denying_lead(clause: Clause, by_id: dict[int, Clause]) -> bool:
    """Whether the list item *clause* stands under a lead-in that denies its items."""
    lead = by_id.get(clause.id - 1)
    while lead is not None and lead.kind == "item":
        lead = by_id.get(lead.id - 1)
    return lead is not None and bool(_DENYING_LEAD.search(lead.text))


def model_training(lex: Lexicon, clauses: list[Clause]) -> dict[str, Any]:
    yes: list[int] = []
    no: list[int] = []
    opt: list[int] = []
    by_id = {c.id: c for c in clauses}
    scope, under = _training_scope(lex, clauses)
    headers, rows = _asked_column(clauses, _TRAIN_COLUMN)
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
        if _DEFINES.match(clause.text) or (_TRAINING_SOURCE[clause.lang].search(clause.text) and (
                clause.lang == "en" or not _USER[clause.lang].search(clause.text))):
            continue
        asked = row_question(clause)
        if asked is not None and asked[1] is not None:
            (yes if asked[1] == "yes" else no).append(clause.id)
            if asked[1] == "yes" and _OPT_OUT[clause.lang].search(clause.text, asked[0]):
                opt.append(clause.id)
            continue
        if not _TRAIN_CONTENT[clause.lang].search(clause.text) and clause.kind != "item":
            continue
        if _OWN_DATASET[clause.lang].search(clause.text) and not _mentions_training(
                lex, clause.lang, _OWN_DATASET[clause.lang].sub(" ", clause.text)):
            continue
        if _OTHERS_PRACTICE[clause.lang].match(clause.text):
            continue  # "Other AI assistants … train the language models with your data"
        if clause.lang == "en" and _TRAINING_NAMED.search(clause.text) and not _mentions_training(
                lex, clause.lang, _TRAINING_NAMED.sub(" ", clause.text)):
            continue
        if _FOR_USER_MODEL[clause.lang].search(clause.text) and (
                not _HANDLER_MODELS[clause.lang].search(clause.text)):
            continue
        if re.search(r"\(excluding model training\)|不包括(?:模型)?训练", clause.text, re.I):
            no.append(clause.id)
            continue
        if clause.kind == "item" and clause.lang == "en" and _denying_lead(clause, by_id):
            no.append(clause.id)  # "We don't:" / "- Train AI models on your voice"
            continue
        # a question says nothing by itself; its answer does
        question = _QUESTION[clause.lang].search(clause.text)
        if question:
            verdict = _answer(clause, by_id)
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
    value = "yes" if yes else "no" if no else "not_stated"
    return {"value": value, "opt_out": value == "yes" and bool(opt),
            "evidence": cap(yes + opt if value == "yes" else no)}


def automated_decision(lex: Lexicon, clauses: list[Clause], texts: ClauseTexts) -> dict[str, Any]:
    """Does the service (say it may) profile the user or decide automatically about them?

    A right to opt out of profiling, or a table row marked "No", is not a statement that it does.
    """
    yes: list[int] = []
    no: list[int] = []
    more = _holding_more(clauses, texts)
    rows_no = rows_saying_no(clauses)
    for clause in clauses:
        if clause.id not in more and "automated_decision" not in clause.topics:
            continue
        if (is_title(clause) and not _ADDRESSED[clause.lang].search(clause.text)) or (
                _QUESTION[clause.lang].search(clause.text) or _DEFINES.match(clause.text)) or (
                clause.lang == "en" and _ART_22_TITLE.match(clause.text)):
            continue  # "6. Automated decisions", "Do you profile me?" say neither yes nor no
        lang, text = clause.lang, clause.text
        row = row_question(clause)
        if row is not None and row[1] is not None:
            (yes if row[1] == "yes" else no).append(clause.id)
            continue
        asked = row[0] if row is not None else 0
        label = _LABEL[lang].match(text)  # "**Automated decisions.** We do not …"
        for start in _auto_statements(lex, clause, texts):
            if start < asked:
                continue  # (in the question: "是否进行自动化决策 | 本产品不涉及…")
            if label is not None and start < label.end() and (
                    _AUTO_DENIAL[lang].search(text, label.end())
                    or _EN_DENIAL.search(text, label.end())):
                no.append(clause.id)  # the title's practice, denied in the sentence after it
                continue
            before = text[:start]
            if _AUTO_RIGHT_CLAUSE[lang].search(before) or CCPA_CATEGORY.search(text) or (
                clause.id in rows_no
            ) or (_RIGHT_AFTER[lang].search(text, start) and not _WE_DO[lang].search(before)):
                continue
            part = CLAUSE_PART[lang].split(before)[-1]
            if (denied(text, start, lang) or _AUTO_DENIAL[lang].search(part)) and (
                    not EXCEPTION[lang].search(text)):
                no.append(clause.id)
                continue
            yes.append(clause.id)
            break
    return {"value": bool(yes), "evidence": cap(yes or no)}


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


def minors(clauses: list[Clause], texts: ClauseTexts) -> dict[str, Any]:
    evidence = []
    younger: int | None = None
    age: int | None = None
    rated: int | None = None
    general: int | None = None  # (the general shape, where no wording states an age)
    for clause in clauses:
        if younger is None and clause.lang == "en" and (
                "17" in clause.text or "16" in clause.text or "15" in clause.text
                or "18" in clause.text) and (
                m_young := _EN_YOUNGER_ALLOWED.search(clause.text)) is not None:
            younger = _age(m_young.group(1))
        if not _about_minors(clause, texts):
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
            for pattern in _MIN_AGE[clause.lang]:
                m = pattern.search(text)
                found = _age_matched(m) if m else None
                if found:
                    age = found
                    break
            if age is None and general is None:
                general = (_zh_age_limit if clause.lang == "zh" else _en_age_limit)(text)
        if age is None and rated is None and clause.lang in _RATED_AGE:
            m = _RATED_AGE[clause.lang].search(clause.text)
            rated = _age(m.group(1)) if m else None
    if age is None:
        age = general if general is not None else rated
    if age is not None and younger is not None and younger < age:
        age = younger
    return {"value": bool(evidence), "minimum_age": age,
            "evidence": cap(evidence)}
