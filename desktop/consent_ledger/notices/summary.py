"""The PIPL Art. 17 completeness check and the plain-language summary, built from the terms only.

Art. 17 asks a notice to tell: the handler's name and contact, the purposes and methods of
processing, the categories of personal information, the retention period, and how to exercise
rights. The summary states each term in a short sentence a person can read, in Chinese and English.
"""

from __future__ import annotations

import re
from typing import Any

_PURPOSE = {
    "provide_service": ("提供服务", "providing the service"),
    "account": ("账号管理", "managing your account"),
    "security": ("安全与防欺诈", "security and fraud prevention"),
    "model_training": ("训练或改进模型", "training or improving models"),
    "personalization": ("个性化", "personalisation"),
    "marketing": ("营销与广告", "marketing and advertising"),
    "analytics": ("统计分析", "analytics"),
    "legal": ("履行法律义务", "legal obligations"),
    "support": ("客户支持", "customer support"),
    "payment": ("支付", "payments"),
    "research": ("研究与开发", "research and development"),
}
_CATEGORY = {
    "contact": ("联系方式", "contact details"),
    "account": ("账号信息", "account data"),
    "government_id": ("身份证件", "government ID"),
    "user_content": ("您输入或上传的内容", "your prompts, conversations and uploads"),
    "voice": ("语音", "voice recordings"),
    "biometric": ("生物识别信息", "biometric data"),
    "device": ("设备信息", "device data"),
    "usage_logs": ("日志与使用记录", "logs and usage records"),
    "location": ("位置信息", "location"),
    "financial": ("支付与交易信息", "payment and transaction data"),
    "contacts_social": ("通讯录或第三方账号信息", "contacts or linked accounts"),
    "health": ("健康信息", "health data"),
}
_SENSITIVE = {
    "biometric": ("生物识别", "biometrics"),
    "religion": ("宗教信仰", "religion"),
    "specific_identity": ("特定身份", "specific identity"),
    "health": ("医疗健康", "health"),
    "financial_account": ("金融账户", "financial accounts"),
    "whereabouts": ("行踪轨迹", "whereabouts"),
    "minor_under_14": ("不满十四周岁未成年人的信息", "children under 14"),
}
_RIGHT = {
    "access": ("查阅", "access"),
    "copy": ("复制", "copy"),
    "portability": ("转移", "portability"),
    "correct": ("更正", "correction"),
    "delete": ("删除", "deletion"),
    "withdraw_consent": ("撤回同意", "withdrawing consent"),
    "deregister_account": ("注销账号", "closing the account"),
    "explain": ("要求解释", "explanation"),
    "restrict_object": ("限制或拒绝处理", "restricting or objecting"),
    "complain": ("投诉或起诉", "complaint to a regulator or court"),
}
_ART17_ZH = {
    "handler_contact": "处理者名称和联系方式",
    "purposes": "处理目的",
    "methods": "处理方式",
    "categories": "个人信息种类",
    "retention": "保存期限",
    "rights_procedure": "行使权利的方式和程序",
}
_ART17_EN = {
    "handler_contact": "who the handler is and how to contact them",
    "purposes": "the purposes",
    "methods": "the methods of processing",
    "categories": "the categories of personal information",
    "retention": "how long data is kept",
    "rights_procedure": "how to exercise your rights",
}


def _names(items: list[dict[str, Any]], table: dict[str, tuple[str, str]], lang: int) -> list[str]:
    return [table[i["term"]][lang] for i in items if i["term"] in table]


_ZH_UNITS = {"天": "day", "日": "day", "周": "week", "星期": "week", "个月": "month", "月": "month",
             "年": "year", "小时": "hour", "个工作日": "working day", "工作日": "working day"}
_EN_UNITS = {"day": "天", "week": "周", "month": "个月", "year": "年", "hour": "小时",
             "working day": "个工作日", "business day": "个工作日"}
_ZH_DIGITS = {d: i for i, d in enumerate("零一二三四五六七八九")} | {"两": 2}
_EN_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {
    "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90}
_ZH_PERIOD = re.compile(r"^\s*([\d零一二两三四五六七八九十]+)\s*(个工作日|工作日|个月|小时|星期|天|日|周|月|年)\s*$")
_EN_PERIOD = re.compile(r"^\s*(\d+|[a-z]+)\s*(working day|business day|day|week|month|year|hour)s?\s*$",
                        re.I)


def _zh_number(raw: str) -> int | None:
    """12, "六", "十二", "二十四", "两" as a number (up to 99); None for anything else."""
    if raw.isdigit():
        return int(raw)
    if "十" not in raw:
        return _ZH_DIGITS.get(raw) if len(raw) == 1 else None
    tens, _, ones = raw.partition("十")
    if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _ZH_DIGITS) or (
            ones and ones not in _ZH_DIGITS):
        return None
    return (_ZH_DIGITS[tens] if tens else 1) * 10 + (_ZH_DIGITS[ones] if ones else 0)


def period_in(period: str, lang: str) -> str:
    """A simple retention period ("6个月", "六个月", "30 days", "three years") in the summary's
    language; anything else as the notice wrote it."""
    if lang == "en" and (m := _ZH_PERIOD.match(period)):
        n, unit = _zh_number(m.group(1)), _ZH_UNITS[m.group(2)]
        if n is not None:
            return f"{n} {unit}" + ("s" if n != 1 else "")
    if lang == "zh" and (m := _EN_PERIOD.match(period)):
        raw = m.group(1).lower()
        n = int(raw) if raw.isdigit() else _EN_NUMBERS.get(raw)
        if n is not None:
            return f"{n}{_EN_UNITS[m.group(2).lower()]}"
    return period


def summarise(r: dict[str, Any]) -> dict[str, list[str]]:
    zh: list[str] = []
    en: list[str] = []
    if not r["clauses"]:
        return {"zh": ["未能从该文本中读出任何条款。"], "en": ["No clauses could be read from this text."]}
    cats = r["data_categories"]
    if cats:
        zh.append("收集的个人信息：" + "、".join(_names(cats, _CATEGORY, 0)) + "。")
        en.append("Collects: " + ", ".join(_names(cats, _CATEGORY, 1)) + ".")
    if r["sensitive_categories"]:
        zh.append("涉及敏感个人信息：" + "、".join(_names(r["sensitive_categories"], _SENSITIVE, 0))
                  + "。")
        en.append("Sensitive personal information: "
                  + ", ".join(_names(r["sensitive_categories"], _SENSITIVE, 1)) + ".")
    if r["purposes"]:
        zh.append("用途：" + "、".join(_names(r["purposes"], _PURPOSE, 0)) + "。")
        en.append("Used for: " + ", ".join(_names(r["purposes"], _PURPOSE, 1)) + ".")
    mt = r["model_training"]
    if mt["value"] == "yes":
        zh.append("您的内容可能被用于训练或改进模型" + ("，并说明了关闭或退出的方式。" if mt["opt_out"]
                                          else "，未说明如何退出。"))
        en.append("Your content may be used to train or improve models"
                  + ("; a way to opt out is described." if mt["opt_out"]
                     else "; no way to opt out is described."))
    elif mt["value"] == "no":
        zh.append("声明不将您的内容用于模型训练。")
        en.append("States that your content is not used to train models.")
    else:
        zh.append("未说明是否将您的内容用于模型训练。")
        en.append("Does not say whether your content is used to train models.")
    sh = r["sharing"]
    if sh["third_parties"] or sh["entrusted"]:
        parts_zh = [p for p, on in (("向第三方提供", sh["third_parties"]), ("委托处理", sh["entrusted"]),
                                     ("公开披露", sh["public_disclosure"])) if on]
        parts_en = [p for p, on in (("shares with third parties", sh["third_parties"]),
                                     ("uses processors", sh["entrusted"]),
                                     ("may disclose publicly", sh["public_disclosure"])) if on]
        zh.append("共享：" + "、".join(parts_zh) + "。")
        en.append("Sharing: " + ", ".join(parts_en) + ".")
    cb = r["cross_border"]["value"]
    zh.append({"yes": "个人信息可能被传输到境外或在境外访问。", "no": "声明个人信息存储在一个国家或地区内、不出境。",
               "not_stated": "未说明是否跨境传输。"}[cb])
    en.append({"yes": "Data may be transferred to or accessed from other countries.",
               "no": "States that data stays in one country or region.",
               "not_stated": "Does not say whether data leaves the country."}[cb])
    ret = r["retention"]
    if ret["stated"]:
        periods = "、".join(period_in(p, "zh") for p in ret["periods"])
        zh.append("说明了保存期限" + (f"（{periods}）" if periods else "") + "。")
        periods = ", ".join(period_in(p, "en") for p in ret["periods"])
        en.append("States how long data is kept" + (f" ({periods})" if periods else "") + ".")
    else:
        zh.append("未给出具体的保存期限。")
        en.append("Gives no concrete retention period.")
    if r["automated_decision"]["value"]:
        zh.append("可能对您进行自动化决策、画像或个性化推荐。")
        en.append("May apply automated decisions, profiling or personalised recommendations to you.")
    minors = r["minors"]
    if minors["value"]:
        age = minors["minimum_age"]
        zh.append("包含未成年人条款" + (f"，最低年龄 {age} 周岁。" if age else "。"))
        en.append("Has provisions for minors" + (f"; minimum age {age}." if age else "."))
    if r["rights"]:
        zh.append("您的权利：" + "、".join(_names(r["rights"], _RIGHT, 0)) + "。")
        en.append("Your rights: " + ", ".join(_names(r["rights"], _RIGHT, 1)) + ".")
    emails = r["handler"]["emails"]
    if emails:
        zh.append("隐私联系邮箱：" + "、".join(emails) + "。")
        en.append("Privacy contact: " + ", ".join(emails) + ".")
    missing = r["pipl_article_17"]["missing"]
    if missing:
        zh.append("按《个人信息保护法》第十七条，未告知：" + "、".join(_ART17_ZH[k] for k in missing) + "。")
        en.append("Under PIPL Art. 17 the notice does not tell: "
                  + "; ".join(_ART17_EN[k] for k in missing) + ".")
    return {"zh": zh, "en": en}
