"""Words for codes in letters: data categories, request types, deletion triggers, capacities.

Content reviewed like the templates: plain, polite, and never a GDPR/CCPA-only notion.
"""

from __future__ import annotations

# vocab.DATA_CATEGORIES -> (zh, en)
CATEGORY: dict[str, tuple[str, str]] = {
    "contact": ("联系方式（姓名、电话号码、电子邮箱、通信地址）",
                "contact details (name, phone number, e-mail, postal address)"),
    "account": ("账号信息（账号、用户名、账号资料）", "account information (account id, username, profile)"),
    "government_id": ("身份证件信息及实名认证资料", "identity document numbers and real-name verification data"),
    "user_content": ("输入信息及对话内容（提示词、上传的文件/图片、生成内容、反馈）",
                     "input information and conversations (prompts, uploaded files and images, "
                     "generated outputs, feedback)"),
    "voice": ("语音输入及录音", "voice input and audio recordings"),
    "biometric": ("生物识别信息（人脸、指纹、声纹等）", "biometric information (face, fingerprint, voiceprint)"),
    "device": ("设备信息及设备标识符", "device information and device identifiers"),
    "usage_logs": ("使用记录及日志信息（含 IP 地址、交互记录）",
                   "usage records and logs (including IP addresses and interaction records)"),
    "location": ("位置信息", "location information"),
    "financial": ("支付及交易信息", "payment and transaction information"),
    "contacts_social": ("通讯录及社交关系信息", "address book and social-relationship data"),
    "health": ("健康医疗信息", "health and medical information"),
}

# RequestType -> (zh title, en title)
TYPE_TITLE: dict[str, tuple[str, str]] = {
    "access": ("查阅个人信息", "access to my personal information"),
    "copy": ("复制个人信息", "a copy of my personal information"),
    "portability": ("转移个人信息", "transfer of my personal information"),
    "correct": ("更正、补充个人信息", "correction and supplementation of my personal information"),
    "delete": ("删除个人信息", "deletion of my personal information"),
    "explain": ("解释说明个人信息处理规则", "an explanation of your personal information processing rules"),
    "withdraw_consent": ("撤回同意", "withdrawal of consent"),
    "refuse_automated": ("拒绝自动化决策及个性化推荐",
                         "refusal of automated decision-making and personalised recommendation"),
    "restrict": ("限制、拒绝处理个人信息", "restriction of, and objection to, processing"),
    "deregister": ("注销账号", "cancellation of my account"),
}

# PIPL Art. 47 para. 1 items -> (zh, en) as the letter states them
TRIGGER: dict[str, tuple[str, str]] = {
    "purpose": ("处理目的已实现、无法实现或者为实现处理目的不再必要",
                "the purposes of processing have been achieved or cannot be achieved, or the "
                "information is no longer necessary for them"),
    "ceased_or_expired": ("贵方停止提供产品或者服务，或者保存期限已届满",
                          "you have ceased to provide the product or service, or the storage "
                          "period has expired"),
    "consent_withdrawn": ("本人撤回同意", "I withdraw my consent"),
    "unlawful": ("贵方违反法律、行政法规或者违反约定处理个人信息",
                 "you process the information in violation of laws, administrative regulations "
                 "or our agreement"),
    "other_law": ("法律、行政法规规定的其他情形",
                  "other circumstances provided by laws and administrative regulations"),
}

IDENTITY: dict[str, tuple[str, str]] = {
    "name": ("姓名", "Name"),
    "account": ("账号标识", "Account identifier"),
    "email": ("电子邮箱", "E-mail"),
    "phone": ("电话号码", "Phone"),
    "address": ("通信地址", "Postal address"),
}

UNIT: dict[str, tuple[str, str]] = {
    "working": ("个工作日", "working days"),
    "calendar": ("日", "days"),
}


def pick(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    zh, en = table[key]
    return zh if lang == "zh" else en

EVENT: dict[str, tuple[str, str]] = {
    "sent": ("发出申请", "request sent"),
    "acknowledged": ("对方确认收到", "receipt acknowledged"),
    "action_required": ("对方要求补充材料", "handler asked for more information"),
    "answered": ("对方答复并办理", "answered and fulfilled"),
    "partially_answered": ("对方部分办理", "partially fulfilled"),
    "refused": ("对方拒绝", "refused"),
    "extended": ("对方延长处理期限", "handler extended the time"),
    "reminded": ("发出催告", "reminder sent"),
    "escalated": ("向主管部门投诉、举报", "complaint to the authorities"),
    "closed": ("结案", "closed"),
    "note": ("备注", "note"),
}

CAPACITY: dict[str, tuple[str, str]] = {
    "self": ("本人", "the data subject"),
    "guardian": ("不满十四周岁未成年人的监护人", "guardian of a child under 14"),
    "close_relative": ("已故自然人的近亲属", "close relative of a deceased person"),
}

# vocab.PURPOSES given as --processing: the processing activity they name, as a letter says it.
PROCESSING: dict[str, tuple[str, str]] = {
    "model_training": ("将本人的输入信息和使用记录用于训练、优化模型",
                       "use of my input information and usage records to train or improve models"),
    "personalization": ("基于本人个人特征的个性化推荐、信息推送",
                        "personalised recommendation and push based on my personal "
                        "characteristics"),
    "marketing": ("向本人进行商业营销", "commercial marketing to me"),
    "analytics": ("对本人使用情况的统计分析", "analytics of my use of the service"),
    "research": ("将本人的个人信息用于研究", "use of my personal information for research"),
    "provide_service": ("为提供服务处理本人的个人信息",
                        "processing of my personal information to provide the service"),
    "account": ("为账号管理处理本人的个人信息",
                "processing of my personal information for account management"),
    "security": ("为安全保障处理本人的个人信息",
                 "processing of my personal information for security"),
    "legal": ("为履行法定义务处理本人的个人信息",
              "processing of my personal information for legal obligations"),
    "support": ("为客户服务处理本人的个人信息",
                "processing of my personal information for customer support"),
    "payment": ("为支付结算处理本人的个人信息",
                "processing of my personal information for payments"),
}


def processing_text(item: str, lang: str) -> str:
    """A purpose id becomes its phrase; anything the person typed stays as typed."""
    return pick(PROCESSING, item, lang) if item in PROCESSING else item
