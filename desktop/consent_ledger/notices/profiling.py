"""Automated decisions (``automated_decision``): whether the service says it profiles the user,
infers preferences or characteristics, personalises recommendations or decides automatically
about them; a right to refuse it, a definition or a denial is not a statement that it does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .answers import (
    DEFINES,
    EN_DENIAL,
    QUESTION,
    denied,
    holding_literal,
    in_assessed_cases,
    row_question,
    under_denying_lead,
)
from .clause_texts import (
    CCPA_CATEGORY,
    EXCEPTION,
    ClauseTexts,
    cap,
    gated,
    is_title,
    rows_saying_no,
    with_table_headers,
)
from .lexicon import CLAUSE_PART, Lexicon
from .prefilter import LiteralGate
from .term_lists import is_part_title

if TYPE_CHECKING:
    from .analyser import Clause
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
        # (not the user's own choice: "You decide who sees your memorials")
        r"\bdecid(?<!you decid)(?<!can decid)(?<!may decid)\w* who (?:gets|receives|sees|is offered)\b|"
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
                     # (nor its review of the data it holds: "定期对…个人信息进行安全评估")
                     r"进行风险(?:识别|评估|评级|判断)(?<!定期进行风险评估)(?<!信息进行风险评估)"
                     r"(?<!数据进行风险评估)(?<!系统进行风险评估)|"
                     r"进行安全(?:识别|评估|评级|判断)(?<!定期进行安全评估)(?<!信息进行安全评估)"
                     r"(?<!数据进行安全评估)(?<!系统进行安全评估)|"
                     r"自动(?:识别|检测|拦截|标记)[^。；，]{0,6}?(?:可疑|异常|风险|欺诈|作弊)|"
                     r"频次相关|频次有关|频次挂钩|频率相关|频率有关|频率挂钩"),
})


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
            hits = holding_literal([c.text for c in group], gate.needs)
            candidates = [group[i] for i in sorted(hits)]
        else:
            plain = [c for c in group if texts.plain[c.id]]
            hits = holding_literal([texts.low[c.id] for c in plain], gate.needs)
            candidates = [plain[i] for i in sorted(hits)] + [
                c for c in group if not texts.plain[c.id]]
        out.update(c.id for c in candidates if texts.search(gate, c) is not None)
    english = [c for c in clauses if c.lang == "en"]
    # (the two gates' lower-case literals, searched in the folded texts)
    assert _BY_THE_USER.needs is not None and _YOUR_RECORD.needs is not None
    assert _MOST_USED.needs is not None and _DONE_BEFORE.needs is not None
    for i in holding_literal([texts.low[c.id] for c in english], _BY_THE_USER.needs
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
    low = texts.low[clause.id]
    for m in pattern.finditer(low):
        if not only.fullmatch(m.group()) and not _in_menu_label(text, m.start()) and not (
                low.endswith(("non-", "non "), 0, m.start())):  # "non-personalized ads"
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
    # ("The app does not integrate advertising SDKs, behavioral analytics services, profiling tools")
    "en": re.compile(r"\b(?:do|does|will|shall|would)(?: not|n't) (?:\w+ )?(?:make|take|use|"
                     r"engage in|carry out|conduct|subject|rely on|integrate|employ|deploy|include)\b|\bnever (?:make|take|use|"
                     r"subject|rely on)\b", re.I),
    "zh": re.compile(r"(?:不会|绝不|从不|并不|不得)[^。；，,]{0,30}?(?:作出|做出|进行|开展|实施)|"
                     # "本产品不涉及自动化决策，也不进行用户画像"
                     # ("我们不跟踪跨网站的用户行为，也不创建用户画像")
                     r"不(?:涉及|进行|开展|作出|做出|实施|创建|建立|构建|形成)"),
}


# what starts a statement of its own after a denial (the items of "does not use Firebase Storage,
# Firebase Analytics, … or any other Google analysis or profiling services" do not)
_NEW_STATEMENT = {
    "en": re.compile(r"[;.:]|\b(?:but|however|although|though|while|whereas|except|unless|we|you|"
                     r"it|they)\b", re.I),
    "zh": re.compile(r"[。；：:]|但|不过|除非|除外|我们|您|你"),
}


def _denial_lists_it(before: str, lang: str) -> bool:
    """Whether the text *before* a cue denies a list the cue is an item of."""
    last = max((m.end() for m in _AUTO_DENIAL[lang].finditer(before)), default=None)
    return last is not None and _NEW_STATEMENT[lang].search(before, last) is None


_STATES = re.compile(r"会|将|用于|使用|可能|我们|您|你|\b(?:we|you|is|are|will|may)\b", re.I)


# a promise to ask first ("we will specifically seek prior explicit consent to the particular
# processing (e.g. automated individual decision-making)"): no practice it has now
_SEEK_CONSENT = re.compile(r"\b(?:seek|obtain|ask for|request) (?:your )?(?:prior |explicit |express |"
                           r"separate ){0,2}consent (?:to|for|before)\b", re.I)


# a practice the service may take up one day ("If we introduce automated decision-making, we
# will …"): none it has now
_IF_WE_START = re.compile(r"\bif we (?:ever |later |in the future )?(?:introduce|start|begin|adopt|"
                          r"decide to (?:use|introduce|start))\b", re.I)


_AUTO_RIGHT_CLAUSE = {
    # ("Users may refuse automated decisions or request an explanation of them")
    # (and "You may request human review of any automated decision")
    # ("Users in the European Union have additional rights regarding automated processing")
    # ("- Rights related to automated processing" in a list of GDPR rights)
    "en": re.compile(r"right to|rights regarding|rights? (?:related|relating) to|rights? (?:concerning|"
                     r"in relation to)|opt[- ]?out (?:of|from)|object to|not to be subject|\brefuse\b|"
                     r"\bhuman (?:review|intervention)\b|\bcontest\b", re.I),
    # ("您有权就自动化决策拒绝接受", "如您希望停止接收个性化广告，可…关闭")
    # ("反对权：反对将您的数据用于自动化决策或精准营销")
    "zh": re.compile(r"拒绝|关闭|退出|不受|[您你]有权|停止接收|不(?:希望|想|愿意?)接收|反对"),
}


# "对于基于自动化决策作出的决定，您有权拒绝": the right comes after what it is about; a statement
# that the handler does it ("我们会…个性化推荐，您可以…关闭") comes before
# a part titled by the GDPR's article on the right ("Automated Decision-Making (Art. 22)")
_ART_22_TITLE = re.compile(r"[^.;:]{0,60}\((?:gdpr )?art(?:icle|\.)? ?22(?: gdpr)?\)\W*$", re.I)


_RIGHT_AFTER = {
    "en": re.compile(r"\byou (?:have the right|may|can) (?:to )?(?:object|refuse|opt out)", re.I),
    # ("对自动化决策结果（如适用）进行说明与拒绝": an item of a list of rights)
    "zh": re.compile(r"(?:有权|可以|可)(?:拒绝|关闭|退出)|(?:说明|解释)(?:与|和|及|或|并)拒绝"),
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


# a lead-in saying what the handler uses data for: its short items are purposes, not titles
# ("我们使用收集的信息用于：" / "- 个性化内容展示"; "We use your information to:" / "- Personalised
# content")
_USE_LEAD = {
    # (and the service itself: "**The Platform uses AI for:**")
    "en": re.compile(r"\b(?:we|platform|service|app|application|system|assistant) (?:may |will |also )?"
                     r"uses?\b[^.;]{0,80}?(?:to|for)[*_]{0,2}:[*_\s]*$", re.I),
    # ("**功能Cookie：**" / "• 个性化内容推荐": what such cookies are for)
    # ("我们使用Cookie和类似技术来改善您的使用体验,包括:" / "- 提供个性化内容和广告")
    "zh": re.compile(r"我们[^。；]{0,16}?(?:用于|用来|使用|用作)[^。；]{0,10}?[:：][*_\s]*$|"
                     r"我们使用[^。；]{0,30}?(?:包括|如下)[:：][*_\s]*$|"
                     r"cookies?[*_]{0,2}[:：][*_\s]*$", re.I),
}


# the title of a part on automated decisions
_AD_PART = {
    "en": re.compile(r"\bautomated decision|\bautomated individual decision|\bprofiling\b", re.I),
    "zh": re.compile(r"自动化决策|用户画像"),
}


def _used_for(clause: Clause, texts: ClauseTexts) -> bool:
    """Whether *clause* is an item of a list whose lead-in says what the handler uses data for."""
    lead = texts.lead.get(clause.id) if clause.kind == "item" else None
    return lead is not None and lead.kind != "heading" and bool(
        _USE_LEAD[lead.lang].search(lead.text))


_WE_DO = {  # (not in a phrase naming what the right is about: "对于我们仅通过自动化决策作出的决定")
    "en": re.compile(r"^(?!\W*(?:for|regarding|as to|with respect to|if|where)\b).*?\bwe\b", re.I | re.S),
    "zh": re.compile(r"^(?![\s\d.、（()）]*(?:对于|针对|关于|如果|假如|若|如))[\s\S]*?我们"),
}


def automated_decision(lex: Lexicon, clauses: list[Clause], texts: ClauseTexts) -> dict[str, Any]:
    """Does the service (say it may) profile the user or decide automatically about them?

    A right to opt out of profiling, or a table row marked "No", is not a statement that it does.
    """
    yes: list[int] = []
    no: list[int] = []
    more = _holding_more(clauses, texts)
    rows_no = rows_saying_no(clauses)
    by_id = {c.id: c for c in clauses}
    # a table's body row states what its cells say ("| 工作经历 | 岗位匹配推荐 |"), however short;
    # its header row names the columns
    body_rows = {c.id for c, header in with_table_headers(clauses)
                 if c.kind == "row" and header is not None and header is not c}
    listed: list[Clause] = []
    for clause in clauses:
        if clause.kind == "item" and _AD_PART[clause.lang].search(clause.section) and _used_for(
                clause, texts) and not under_denying_lead(clause, by_id):
            # what the service uses AI for, listed in its part on automated decisions ("## 18.
            # Automated Decision-Making" / "The Platform uses AI for:" / "- Fraud detection"),
            # unless the part denies them ("We do not use automated decision-making.")
            listed.append(clause)
            continue
        if clause.id not in more and "automated_decision" not in clause.topics:
            continue
        if under_denying_lead(clause, by_id):
            no.append(clause.id)  # "It is not used for:" / "- Profiling or behavioral tracking"
            continue
        # (a numbered line naming a part is one too: "6.个性化推荐" in a table of contents; not
        # a numbered sentence without its full stop: "3. 梗卡的评分…会用于平台推荐算法")
        if ((is_title(clause) or (is_part_title(clause) and not _STATES.search(clause.text)))
                and clause.id not in body_rows
                and not _ADDRESSED[clause.lang].search(clause.text)
                and not _used_for(clause, texts)) or (
                QUESTION[clause.lang].search(clause.text) or DEFINES.match(clause.text)) or (
                clause.lang == "en" and _ART_22_TITLE.match(clause.text)):
            continue  # "6. Automated decisions", "Do you profile me?" say neither yes nor no
        lang, text = clause.lang, clause.text
        row = row_question(clause)
        if row is not None and row[1] is not None:
            (yes if row[1] == "yes" else no).append(clause.id)
            continue
        asked = row[0] if row is not None else 0
        label = _LABEL[lang].match(text)  # "**Automated decisions.** We do not …"
        lead = texts.lead.get(clause.id) if clause.kind == "item" else None
        rights_lead = lead is not None and lead.kind != "heading" and bool(
            _AUTO_RIGHT_CLAUSE[lead.lang].search(lead.text))
        for start in _auto_statements(lex, clause, texts):
            if start < asked or in_assessed_cases(text, start, lang):
                continue  # (in the question: "是否进行自动化决策 | 本产品不涉及…"; a case to assess)
            if label is not None and start < label.end() and (
                    _AUTO_DENIAL[lang].search(text, label.end())
                    or EN_DENIAL.search(text, label.end())):
                no.append(clause.id)  # the title's practice, denied in the sentence after it
                continue
            if rights_lead:
                continue  # an item of "You have the right to:" ("- **Automated Decision-Making:** …")
            before = text[:start]
            if _AUTO_RIGHT_CLAUSE[lang].search(before) or CCPA_CATEGORY.search(text) or (
                lang == "en" and (_IF_WE_START.search(before) or _SEEK_CONSENT.search(before))) or (
                clause.id in rows_no
            ) or (_RIGHT_AFTER[lang].search(text, start) and not _WE_DO[lang].search(before)):
                continue
            part = CLAUSE_PART[lang].split(before)[-1]
            if (denied(text, start, lang) or _AUTO_DENIAL[lang].search(part)
                    or _denial_lists_it(before, lang)) and (
                    not EXCEPTION[lang].search(text)):
                no.append(clause.id)
                continue
            yes.append(clause.id)
            break
    if listed:
        denying = {by_id[i].section for i in no}
        yes = sorted(yes + [c.id for c in listed if c.section not in denying])
    if yes:
        # a denial of any automated decision-making and profiling at all outweighs what only a
        # word of personalisation suggests ("To deliver personalized insights" / "Clue does not
        # engage in any automated decision-making or profiling activities")
        none = [c.id for c in clauses if c.lang in _NONE_AT_ALL and (
            _NONE_AT_ALL[c.lang].search(c.text))]
        if none and not any(_NAMES_IT[by_id[i].lang].search(by_id[i].text) for i in yes):
            return {"value": False, "evidence": cap(none)}
    return {"value": bool(yes), "evidence": cap(yes or no)}


# a denial of any automated decision-making and profiling at all
_NONE_AT_ALL = {
    "en": re.compile(r"\b(?:does|do|will) not (?:engage in|use|carry out|conduct|perform|undertake) "
                     r"any (?:form of )?automated decision[- ]making(?: or| and|,) (?:any )?profiling\b",
                     re.I),
    "zh": re.compile(r"不(?:会)?(?:进行|开展|使用|采用|实施)任何(?:形式的)?(?:自动化决策(?:或|和|及|、)(?:用户)?画像|"
                     r"(?:用户)?画像(?:或|和|及|、)自动化决策)"),
}


# the practice named by its own words, which a denial of it elsewhere does not outweigh
_NAMES_IT = {
    "en": re.compile(r"automated decision|automated processing|profil", re.I),
    "zh": re.compile(r"自动化决策|画像|自动决策"),
}
