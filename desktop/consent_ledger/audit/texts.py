"""Chinese and English words for the audit's codes: tiers, reasons, actions, evidence.

The risk function speaks in codes and data; the CLI and the report read them out here, so the two
fronts say the same thing. Every template has both languages with the same {placeholders} (tested).
"""

from __future__ import annotations

from typing import Any

from .model import Action, Evidence, Reason, Tier

Table = dict[str, dict[str, str]]

TIERS: Table = {
    "low": {"en": "low", "zh": "低"},
    "medium": {"en": "medium", "zh": "中"},
    "high": {"en": "high", "zh": "高"},
}

CATEGORIES: Table = {
    "contact": {"en": "contact details", "zh": "联系方式"},
    "account": {"en": "account data", "zh": "账号信息"},
    "government_id": {"en": "ID documents", "zh": "身份证件"},
    "user_content": {"en": "conversations and uploads", "zh": "对话与上传内容"},
    "voice": {"en": "voice", "zh": "语音"},
    "biometric": {"en": "biometrics (face, fingerprint, voiceprint)", "zh": "生物识别信息"},
    "device": {"en": "device data", "zh": "设备信息"},
    "usage_logs": {"en": "usage logs", "zh": "使用日志"},
    "location": {"en": "location", "zh": "位置信息"},
    "financial": {"en": "financial data", "zh": "金融信息"},
    "contacts_social": {"en": "contacts and social data", "zh": "通讯录与社交信息"},
    "health": {"en": "health data", "zh": "健康信息"},
}

TOPICS: Table = {
    "handler_contact": {"en": "the handler's contact", "zh": "处理者联系方式"},
    "purposes": {"en": "purposes", "zh": "处理目的"},
    "methods": {"en": "methods", "zh": "处理方式"},
    "categories": {"en": "categories of data", "zh": "个人信息种类"},
    "retention": {"en": "retention period", "zh": "保存期限"},
    "rights_procedure": {"en": "how to exercise rights", "zh": "行使权利的方式和程序"},
    "data_categories": {"en": "categories of data", "zh": "个人信息种类"},
    "cross_border": {"en": "cross-border transfer", "zh": "跨境提供"},
    "sharing": {"en": "sharing", "zh": "对外提供"},
    "model_training": {"en": "model training", "zh": "模型训练"},
    "automated_decision": {"en": "automated decisions", "zh": "自动化决策"},
    "sensitive_categories": {"en": "sensitive categories", "zh": "敏感个人信息种类"},
}

REQUEST_TYPES: Table = {
    "access": {"en": "access", "zh": "查阅"},
    "copy": {"en": "copy", "zh": "复制"},
    "portability": {"en": "portability", "zh": "转移"},
    "correct": {"en": "correction", "zh": "更正"},
    "delete": {"en": "deletion", "zh": "删除"},
    "explain": {"en": "explanation", "zh": "解释说明"},
    "withdraw_consent": {"en": "withdrawal of consent", "zh": "撤回同意"},
    "refuse_automated": {"en": "refusal of automated decisions", "zh": "拒绝自动化决策"},
    "restrict": {"en": "restriction", "zh": "限制处理"},
    "deregister": {"en": "account deregistration", "zh": "注销账号"},
}

REASONS: Table = {
    "sensitive_data_given": {
        "en": "You gave {category}, sensitive personal information under PIPL Art. 28.",
        "zh": "你提供了{category}，属于《个人信息保护法》第二十八条规定的敏感个人信息。",
    },
    "data_given": {
        "en": "You gave: {categories}.",
        "zh": "你提供了：{categories}。",
    },
    "no_notice": {
        "en": "No privacy notice is stored for this service, so its terms are unknown.",
        "zh": "尚未保存该服务的隐私政策，其处理规则未知。",
    },
    "notice_no_terms": {
        "en": "The stored notice ({version}) says nothing the analysis could read as terms.",
        "zh": "已保存的隐私政策（{version}）中未能读出任何处理规则。",
    },
    "training_no_opt_out": {
        "en": "The notice ({version}) lets the service train models on your content and offers no way to opt out.",
        "zh": "隐私政策（{version}）允许用你的内容训练模型，且未提供退出方式。",
    },
    "training_opt_out_available": {
        "en": "The notice ({version}) uses your content to train models; an opt-out is described.",
        "zh": "隐私政策（{version}）会用你的内容训练模型；其中说明了退出方式。",
    },
    "training_not_stated": {
        "en": "The notice ({version}) does not say whether your content trains models.",
        "zh": "隐私政策（{version}）未说明是否用你的内容训练模型。",
    },
    "training_consent_withdrawn": {
        "en": "You withdrew consent to model training; the notice ({version}) allows it otherwise.",
        "zh": "你已撤回对模型训练的同意；否则隐私政策（{version}）允许此项处理。",
    },
    "cross_border": {
        "en": "The notice ({version}) transfers or may transfer your data across borders (PIPL Arts. 38-39).",
        "zh": "隐私政策（{version}）表明你的信息会或可能跨境提供（《个人信息保护法》第三十八、三十九条）。",
    },
    "cross_border_not_stated": {
        "en": "The notice ({version}) does not say where your data is stored or transferred.",
        "zh": "隐私政策（{version}）未说明你的信息存储于何地、是否跨境。",
    },
    "retention_not_stated": {
        "en": "The notice ({version}) states no retention period (PIPL Art. 19).",
        "zh": "隐私政策（{version}）未写明保存期限（《个人信息保护法》第十九条）。",
    },
    "third_party_sharing": {
        "en": "The notice ({version}) provides your data to third parties (PIPL Art. 23).",
        "zh": "隐私政策（{version}）会向第三方提供你的信息（《个人信息保护法》第二十三条）。",
    },
    "public_disclosure": {
        "en": "The notice ({version}) allows public disclosure of your data.",
        "zh": "隐私政策（{version}）允许公开披露你的信息。",
    },
    "art17_missing": {
        "en": "The notice ({version}) omits items PIPL Art. 17 requires: {missing}.",
        "zh": "隐私政策（{version}）缺少《个人信息保护法》第十七条要求告知的事项：{missing}。",
    },
    "minors_not_addressed": {
        "en": "The notice ({version}) has no rules for children's data (PIPL Art. 31).",
        "zh": "隐私政策（{version}）没有关于未成年人信息的规定（《个人信息保护法》第三十一条）。",
    },
    "automated_decision": {
        "en": "The notice ({version}) applies automated decisions or profiling to you (PIPL Art. 24).",
        "zh": "隐私政策（{version}）会对你进行自动化决策或用户画像（《个人信息保护法》第二十四条）。",
    },
    "consent_drift": {
        "en": "The notice changed since you consented ({from_version} → {version}): {changed}. PIPL Art. 14 asks for fresh consent.",
        "zh": "你同意后隐私政策已变更（{from_version} → {version}）：{changed}。《个人信息保护法》第十四条要求重新取得同意。",
    },
    "consent_withdrawn": {
        "en": "You have withdrawn every consent you gave this service.",
        "zh": "你已撤回对该服务作出的全部同意。",
    },
    "request_overdue": {
        "en": "Your {type} request has had no answer in time.",
        "zh": "你的{type}请求未在期限内得到答复。",
    },
    "request_refused": {
        "en": "Your {type} request was refused.",
        "zh": "你的{type}请求被拒绝。",
    },
    "request_partial": {
        "en": "Your {type} request was only partly fulfilled.",
        "zh": "你的{type}请求只得到部分满足。",
    },
}

ACTIONS: Table = {
    "complain_refused": {
        "en": "Complain about the refusal (PIPL Art. 65; 12377).",
        "zh": "就拒绝提出投诉（《个人信息保护法》第六十五条；12377）。",
    },
    "remind_overdue": {
        "en": "Send a reminder for the overdue request.",
        "zh": "为逾期请求发送催告函。",
    },
    "withdraw_training_consent": {
        "en": "Withdraw consent to model training.",
        "zh": "撤回对模型训练的同意。",
    },
    "delete_after_withdrawal": {
        "en": "Ask for deletion now that consent is withdrawn (PIPL Art. 47).",
        "zh": "同意已撤回，请求删除个人信息（《个人信息保护法》第四十七条）。",
    },
    "delete_sensitive": {
        "en": "Ask for deletion of the sensitive data you gave: {categories}.",
        "zh": "请求删除你提供的敏感个人信息：{categories}。",
    },
    "review_drift": {
        "en": "Compare the notice versions and decide whether to keep your consent.",
        "zh": "比较隐私政策的前后版本，决定是否维持同意。",
    },
    "use_training_opt_out": {
        "en": "Use the training opt-out, or withdraw consent to model training by letter.",
        "zh": "使用模型训练退出选项，或以函件撤回对模型训练的同意。",
    },
    "refuse_automated": {
        "en": "Refuse decisions made solely by automated means (PIPL Art. 24).",
        "zh": "拒绝仅通过自动化决策方式作出的决定（《个人信息保护法》第二十四条）。",
    },
    "explain_cross_border": {
        "en": "Ask where your data goes abroad and to whom (PIPL Arts. 39, 48).",
        "zh": "要求说明境外接收方及跨境情况（《个人信息保护法》第三十九、四十八条）。",
    },
    "explain_sharing": {
        "en": "Ask who receives your data (PIPL Arts. 23, 48).",
        "zh": "要求说明接收你信息的第三方（《个人信息保护法》第二十三、四十八条）。",
    },
    "explain_retention": {
        "en": "Ask how long your data is kept (PIPL Art. 48).",
        "zh": "要求说明保存期限（《个人信息保护法》第四十八条）。",
    },
    "explain_training": {
        "en": "Ask whether your content trains models (PIPL Art. 48).",
        "zh": "要求说明是否用你的内容训练模型（《个人信息保护法》第四十八条）。",
    },
    "explain_missing_items": {
        "en": "Ask for an explanation of the missing items: {topics} (PIPL Art. 48).",
        "zh": "要求解释说明缺失的事项：{topics}（《个人信息保护法》第四十八条）。",
    },
    "add_notice": {
        "en": "Fetch or import the service's privacy notice.",
        "zh": "获取或导入该服务的隐私政策。",
    },
    "reimport_notice": {
        "en": "Check the stored notice: import the full text again.",
        "zh": "检查已保存的隐私政策：重新导入完整文本。",
    },
}

LABELS: Table = {
    "title": {"en": "Self-audit of the personal information you gave AI services",
              "zh": "AI 服务个人信息自查报告"},
    "generated": {"en": "Generated", "zh": "生成日期"},
    "overall": {"en": "Overall", "zh": "总体"},
    "overall_tier": {"en": "Overall risk tier", "zh": "总体风险等级"},
    "services": {"en": "Services", "zh": "服务数"},
    "service": {"en": "Service", "zh": "服务"},
    "tier": {"en": "Tier", "zh": "等级"},
    "score": {"en": "Score", "zh": "分值"},
    "points": {"en": "Points", "zh": "分"},
    "reasons": {"en": "Reasons", "zh": "原因"},
    "evidence": {"en": "Evidence", "zh": "依据"},
    "actions": {"en": "Next actions", "zh": "下一步"},
    "no_actions": {"en": "Nothing to do now.", "zh": "目前无需处理。"},
    "no_reasons": {"en": "No findings.", "zh": "没有发现。"},
    "no_services": {"en": "The register has no services yet.", "zh": "账本中还没有服务。"},
    "sensitive_given": {"en": "Sensitive categories given", "zh": "已提供的敏感信息种类"},
    "none": {"en": "none", "zh": "无"},
    "by_tier": {"en": "Services by tier", "zh": "各风险等级的服务数"},
    "categories_chart": {"en": "Categories given per service", "zh": "各服务已提供的信息种类"},
    "legend_sensitive": {"en": "sensitive (PIPL Art. 28)", "zh": "敏感个人信息"},
    "legend_other": {"en": "other personal information", "zh": "其他个人信息"},
    "latest_notice": {"en": "Latest notice", "zh": "最新隐私政策"},
    "no_notice_short": {"en": "none stored", "zh": "未保存"},
    "letter": {"en": "letter", "zh": "函件"},
    "method": {"en": "How the tier is computed", "zh": "等级的计算方法"},
    "method_text": {
        "en": "Each finding scores points; 8 or more is high, 4 or more is medium. Giving sensitive "
              "data (PIPL Art. 28) makes a service at least medium, and high together with training "
              "without opt-out, cross-border transfer, third-party sharing, or an overdue or refused "
              "request. The full formula is published with the app (RISK-MODEL.md).",
        "zh": "每项发现计分；8 分及以上为高，4 分及以上为中。提供敏感个人信息（《个人信息保护法》第二十八条）"
              "的服务至少为中；若同时存在无退出方式的模型训练、跨境提供、向第三方提供或请求逾期/被拒，则为高。"
              "完整公式随应用公开（RISK-MODEL.md）。",
    },
    "disclaimer": {
        "en": "This self-audit is computed offline from your own register; it is guidance, not legal advice.",
        "zh": "本自查完全在本地根据你的账本计算，仅供参考，不构成法律意见。",
    },
    "grant": {"en": "grant", "zh": "提供记录"},
    "consent": {"en": "consent", "zh": "同意"},
    "request": {"en": "request", "zh": "请求"},
    "notice": {"en": "notice", "zh": "隐私政策"},
    "clauses": {"en": "clauses", "zh": "条款"},
    "version": {"en": "v{number}", "zh": "第 {number} 版"},
    "unknown_version": {"en": "an earlier version", "zh": "早先版本"},
}


def word(table: Table, key: str, lang: str) -> str:
    entry = table.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["en"]


def joined(table: Table, keys: list[str] | tuple[str, ...], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(word(table, k, lang) for k in keys)


def version_label(number: int | None, lang: str) -> str:
    if number is None:
        return word(LABELS, "unknown_version", lang)
    return word(LABELS, "version", lang).format(number=number)


def tier_text(tier: Tier | str, lang: str) -> str:
    return word(TIERS, str(tier), lang)


def reason_text(reason: Reason, lang: str) -> str:
    p = reason.params
    ev = reason.evidence
    values: dict[str, Any] = {
        "category": word(CATEGORIES, str(p.get("category", "")), lang),
        "categories": joined(CATEGORIES, p.get("categories", []), lang),
        "missing": joined(TOPICS, p.get("missing", []), lang),
        "changed": joined(TOPICS, p.get("changed", []), lang) or word(LABELS, "none", lang),
        "type": word(REQUEST_TYPES, str(p.get("type", "")), lang),
        "version": version_label(ev.notice_number, lang),
        "from_version": version_label(ev.from_number, lang),
    }
    return word(REASONS, reason.code, lang).format(**values)


def action_text(action: Action, lang: str) -> str:
    opts = action.options
    return word(ACTIONS, action.code, lang).format(
        categories=joined(CATEGORIES, opts.get("categories", []), lang),
        topics=joined(TOPICS, opts.get("topics", []), lang),
    )


def evidence_text(evidence: Evidence, lang: str) -> str:
    """Where to look: 'grant #3, #4; notice v2, clauses 30, 31; request #5'."""
    parts = []
    for key, ids in (("grant", evidence.grants), ("consent", evidence.consents),
                     ("request", evidence.requests)):
        if ids:
            parts.append(f"{word(LABELS, key, lang)} " + ", ".join(f"#{i}" for i in ids))
    if evidence.notice_version is not None:
        text = f"{word(LABELS, 'notice', lang)} {version_label(evidence.notice_number, lang)}"
        if evidence.clauses:
            text += f" {word(LABELS, 'clauses', lang)} " + ", ".join(str(c) for c in evidence.clauses)
        parts.append(text)
    return "; ".join(parts)
