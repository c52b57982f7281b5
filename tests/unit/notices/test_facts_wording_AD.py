"""Terms from shapes found in session 13 (whole notices of small AI products and apps, rounds
nine to thirteen), written for the project (not the notices' text). Each case was checked to
fail on the analyser of its round before the change it pins, or is the control beside one."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser
from consent_ledger.notices.emphasis import plain_emphasis
from consent_ledger.notices.han_wrap import Offsets, after_both, without


def _terms(result: dict, field: str) -> list[str]:
    return [item["term"] for item in result[field]]


def _value(result: dict, path: str) -> object:
    """A scalar of the result named "field.key" ("retention.stated", "minors.minimum_age")."""
    field, key = path.split(".")
    return result[field][key]


# Whether a term is found. The shapes, by round: emphasis inside a sentence ("We do **not**
# collect"), card data a payment processor holds, what the handler's servers never see or the
# device keeps, words named in another sense (a debugging "诊断报告", a game character's name, a
# browser permission called "访问权"), Chinese rights of PIPL-style notices (约束信息系统自动决策,
# 导出…结构化格式, 注销 of information, no account system), rights named by labels, cells and
# headings, health and wellness data, and denials marked ❌ or "不会读取".
TERMS = [
    ('# Notes app privacy\n\nWe do **not** collect your name, email address or chat message'
     's.\n', 'en', 'data_categories', 'user_content', False),
    ('# Notes app privacy\n\nWe **do not** collect your name, email address or chat message'
     's.\n', 'en', 'data_categories', 'contact', False),
    ('# 速记隐私政策\n\n我们**不会**收集、储存或传输任何个人信息、文件、图片或使用资料。\n',
     'zh', 'data_categories', 'user_content', False),
    ('# Notes app privacy\n\nWe **do** collect your name, email address and chat messages.'
     '\n', 'en', 'data_categories', 'user_content', True),
    ('# Translator privacy\n\n## What we collect\n\n- Session metadata (usage duration, lan'
     'guage pairs, timestamps)\n', 'en', 'data_categories', 'usage_logs', True),
    ('# 学习站隐私政策\n\n## 我们收集的信息\n\n- 用于改进我们的算法和用户体验的使用数据\n',
     'zh', 'data_categories', 'usage_logs', True),
    ('# 学习站隐私政策\n\n## 我们收集的信息\n\n- 我们会在您同意后使用数据改进服务\n',
     'zh', 'data_categories', 'usage_logs', False),
    ('# Notetaker privacy\n\n## Information we collect\n\n### OAuth data\n\n- Google Calend'
     'ar access tokens (encrypted)\n', 'en', 'data_categories', 'contacts_social', True),
    ('# Quest game privacy\n\n## What we store\n\n- GitHub username and user ID\n',
     'en', 'data_categories', 'contacts_social', True),
    ('# Quest game privacy\n\n## What we store\n\n- Character name, class, level, XP\n',
     'en', 'data_categories', 'contact', False),
    ('# Quest game privacy\n\n## What we store\n\n- Your name and class schedule\n',
     'en', 'data_categories', 'contact', True),
    ('# 写作助手隐私政策\n\n## 数据处理\n\n您输入的内容直接发送至第三方模型提供商，不经过我们的服务器。\n',
     'zh', 'data_categories', 'user_content', False),
    ('# 写作助手隐私政策\n\n## 数据处理\n\n您输入的内容会发送至我们的服务器处理。\n',
     'zh', 'data_categories', 'user_content', True),
    ('# 咨询平台隐私政策\n\n## 我们收集的信息\n\n我们会保存需求诊断结果，用于定位崩溃问题。\n',
     'zh', 'data_categories', 'health', False),
    ('# 咨询平台隐私政策\n\n## 我们收集的信息\n\n我们会保存需求诊断结果，用于定位崩溃问题。\n',
     'zh', 'data_categories', 'location', False),
    ('# 问诊平台隐私政策\n\n## 我们收集的信息\n\n我们会保存您的诊断结果和用药记录。\n', 'zh', 'data_categories', 'health', True),
    ('# Voice notes privacy\n\n## What we collect\n\n- Payment information (processed by St'
     'ripe, not stored by us)\n', 'en', 'sensitive_categories', 'financial_account', False),
    ('# Voice notes privacy\n\n## What we collect\n\n- **Payment information**: Processed b'
     "y Stripe (we don't store card details)\n",
     'en', 'sensitive_categories', 'financial_account', False),
    ('# Voice notes privacy\n\n## Payment details\n\nIf you subscribe, our third-party paym'
     'ent processor, Stripe, handles the collection and processing of your payment informat'
     'ion. This may include your billing address and credit card details.\n',
     'en', 'sensitive_categories', 'financial_account', False),
    ('# Voice notes privacy\n\n## What we collect\n\nWhen you subscribe, we collect payment'
     ' information through our payment processor.\n',
     'en', 'sensitive_categories', 'financial_account', False),
    ('# Voice notes privacy\n\n## What we collect\n\nWe collect your payment card informati'
     'on when you subscribe.\n', 'en', 'sensitive_categories', 'financial_account', True),
    ('# Voices privacy\n\n## What we collect\n\n#### Payment details\n\nOur third-party pay'
     'ment processor, Stripe, handles the collection of your card details.\n',
     'en', 'sensitive_categories', 'financial_account', False),
    ('# 隐私政策\n\n## 未成年人保护\n\n本服务不面向不满 14 周岁的未成年人。如果您是未满 14 周岁未成年人的监护人，发现被监护人在未经您同意的情况下使用了本服'
     '务，请联系我们，我们将尽快删除相关信息。\n', 'zh', 'sensitive_categories', 'minor_under_14', False),
    ('# 隐私政策\n\n## 未成年人保护\n\n若您是不满 14 周岁的未成年人，应在监护人同意后使用，我们会在取得监护人同意后处理儿童个人信息。\n',
     'zh', 'sensitive_categories', 'minor_under_14', True),
    ('# Privacy\n\n## Changes to this policy\n\nWe will notify you of material changes.\n\n'
     '- **Opt-out option:** Users may delete accounts if they disagree with changes\n',
     'en', 'rights', 'deregister_account', True),
    ('# Erasure\n\nYour personal data will be erased when we no longer need it, or it will '
     'be anonymized so that it no longer identifies you.\n', 'en', 'methods', 'deidentify', True),
    ('# 命理隐私政策\n\n## 您的权利\n\n在符合法律规定的条件下，我们可以直接将您的个人信息副本传输给您指定的第三方。\n',
     'zh', 'rights', 'portability', True),
    ('# 学伴隐私政策\n\n## 您的权利\n\n导出权：要求我们将您的数据以结构化格式提供给您。\n', 'zh', 'rights', 'portability', True),
    ('# 工场隐私政策\n\n## 您的权利\n\n（七）约束信息系统自动决策\n\n如果这些决定显著影响您的合法权益，您有权要求我们作出解释，我们也将为您提供不以您的特征为目'
     '标的选项。\n', 'zh', 'rights', 'restrict_object', True),
    ('# 陪伴隐私政策\n\n## 您的权利\n\n注销：暂无账号体系，停止使用并卸载即可。\n', 'zh', 'rights', 'deregister_account', False),
    ('# 陪伴隐私政策\n\n## 您的权利\n\n注销：您可以在“设置-账号与安全”中注销账号。\n',
     'zh', 'rights', 'deregister_account', True),
    ('# 插件隐私政策\n\n## 您的权利\n\n网页访问权可以在首次使用引导中撤销。\n', 'zh', 'rights', 'access', False),
    ('# 插件隐私政策\n\n## 您的权利\n\n您享有访问权、更正权和删除权。\n', 'zh', 'rights', 'access', True),
    ('# 学伴隐私政策\n\n## 儿童保护\n\n⚠️ 收集、使用 14 周岁以下儿童个人信息前，必须获得其监护人的明示同意。\n',
     'zh', 'sensitive_categories', 'minor_under_14', True),
    ('# 工场隐私政策\n\n## 六、我们如何处理儿童的个人信息\n\n我们的产品主要面向成人。我们不接受任何儿童创建账户。\n',
     'zh', 'sensitive_categories', 'minor_under_14', False),
    ('# 工场隐私政策\n\n## 我们收集的信息\n\n在运营活动中，我们可能需要您提供姓名、手机号、银行或支付交易账号信息。\n',
     'zh', 'sensitive_categories', 'financial_account', True),
    ('# 命理隐私政策\n\n## 支付\n\n在您支付时，第三方机构可能需要收集您的姓名、银行卡类型、银行卡账号。我们仅会从第三方机构处获取您的交易成功的结果验证信息。\n',
     'zh', 'sensitive_categories', 'financial_account', False),
    ('# 日记隐私政策\n\n## 数据存储\n\n以下项目仅保存在您的设备上：\n\n- 聊天记录\n- 语音输入\n',
     'zh', 'data_categories', 'user_content', False),
    ('# 日记隐私政策\n\n## 我们收集的信息\n\n以下项目会上传至我们的服务器：\n\n- 聊天记录\n- 语音输入\n',
     'zh', 'data_categories', 'user_content', True),
    ('# 客户端隐私政策\n\n## 发送的数据\n\n客户端也不会在该请求中发送姓名、邮箱或账户 ID。\n',
     'zh', 'data_categories', 'account', False),
    ('# 客户端隐私政策\n\n## 我们收集的信息\n\n我们会保存请求 ID，为定位版本服务中的记录。\n',
     'zh', 'data_categories', 'location', False),
    ('# Privacy\n\n## Your rights\n\n| Right | What it means |\n|---|---|\n| **Access** | R'
     'equest a copy of your personal data |\n', 'en', 'rights', 'access', True),
    ('# Privacy\n\n## Your rights\n\n### Access\n\nRequest a copy of your personal informat'
     'ion.\n', 'en', 'rights', 'access', True),
    ('# Privacy\n\n## How we protect data\n\n### Access\n\nOnly our staff can reach the ser'
     'vers.\n', 'en', 'rights', 'access', False),
    ('# 学习网隐私政策\n\n## Cookies\n\n您可根据自己的偏好管理或删除 Cookies。\n', 'zh', 'rights', 'delete', False),
    ('# 学习网隐私政策\n\n## 您的权利\n\n您可以删除 Cookies，也可以要求我们删除您的个人信息。\n', 'zh', 'rights', 'delete', True),
    ('# 开户云隐私政策\n\n## 您的权利\n\n您可以访问、修改和注销您提供的身份信息和其他一般信息。\n',
     'zh', 'rights', 'deregister_account', False),
    ('# 智图隐私政策\n\n## 您的权利\n\n我们可免费提供一份我们已收集并处理的关于您的个人信息记录。\n', 'zh', 'rights', 'copy', True),
    ('# Privacy\n\n## What we collect\n\n- Banking details (BSB, account number) for payout'
     's\n', 'en', 'sensitive_categories', 'financial_account', True),
    ('# Privacy\n\n## What we collect\n\n- Card details, processed by Paystack\n',
     'en', 'sensitive_categories', 'financial_account', False),
    ('# Privacy\n\n## Age\n\nWe do not currently implement age verification systems (such a'
     's government ID checks, credit card verification, or facial age estimation).\n',
     'en', 'sensitive_categories', 'biometric', False),
    ('# Query tool privacy\n\n## Desktop app\n\nDesktop app data stays local: your database'
     ' connections and queries are stored on your device, not our servers.\n',
     'en', 'data_categories', 'user_content', False),
    ('# Review bot privacy\n\n## What we collect\n\n- Code from repositories you grant acce'
     'ss to, for AI-powered code reviews\n', 'en', 'data_categories', 'user_content', True),
    ('# 文案隐私政策\n\n## 我们收集的信息\n\n- 账号信息：注册时我们会收集您的用户名、昵称、密码、邮箱等信息。\n',
     'zh', 'data_categories', 'contact', True),
    ('# 文案隐私政策\n\n## 您的权利\n\n您可在站内查看、编辑或删除您的文案与账号资料。\n', 'zh', 'rights', 'access', True),
    ('# Privacy\n\n## Your rights\n\nUnder the DPDP Act you may:\n\n1. **Access** – obtain '
     'a copy of your personal data.\n', 'en', 'rights', 'access', True),
    ('# 隐私政策\n\n## 我们收集的信息\n\n- ❌ 精确地理位置\n- ✅ 设备型号\n', 'zh', 'data_categories', 'location', False),
    ('# 隐私政策\n\n## 我们收集的信息\n\n- ❌ 精确地理位置\n- ✅ 设备型号\n', 'zh', 'data_categories', 'device', True),
    ('# 银行隐私政策\n\n## 我们收集的信息\n\n我们会收集您的IP地址、您所在的位置，以及您提供的QQ号码、微信号。\n',
     'zh', 'data_categories', 'location', True),
    ('# 银行隐私政策\n\n## 我们收集的信息\n\n我们会收集您的IP地址、您所在的位置，以及您提供的QQ号码、微信号。\n',
     'zh', 'data_categories', 'contacts_social', True),
    ('# 银行隐私政策\n\n## Cookie\n\nCookie文件将保存在您的计算机硬盘上。您可以随时使用浏览器或操作系统软件将其删除。\n',
     'zh', 'rights', 'delete', False),
    ('# 隐私政策\n\n## 概述\n\n本政策说明我们收集的信息，以及注销账号、投诉举报的方式。\n',
     'zh', 'data_categories', 'account', False),
    ('# 插件隐私政策\n\n## 数据\n\n插件会生成本地诊断报告，用户可以手动复制诊断报告。\n', 'zh', 'data_categories', 'health', False),
    ('# 插件隐私政策\n\n## 数据\n\n插件会生成本地诊断报告，用户可以手动复制诊断报告。\n', 'zh', 'rights', 'copy', False),
    ('# 插件隐私政策\n\n## 我们处理的信息\n\n插件默认不会读取 Cookie、Authorization、用户名或密码输入框内容。\n',
     'zh', 'data_categories', 'account', False),
    ('# 协同隐私政策\n\n## 您的权利\n\n您可以以常用格式（如 JSON、CSV）导出您的聊天记录。\n', 'zh', 'rights', 'portability', True),
    ('# Coach privacy\n\n## Information we collect\n\n### Health and Wellness Data\n\n- **M'
     'ood entries:** check-in data and ratings\n', 'en', 'sensitive_categories', 'health', True),
    ('# Meals privacy\n\n## What we collect\n\n- **Meal photos**: photos you capture are pr'
     'ocessed by our AI service to identify foods\n',
     'en', 'data_categories', 'user_content', True),
]


@pytest.mark.parametrize(("text", "lang", "field", "term", "present"), TERMS)
def test_terms(analyser: Analyser, text: str, lang: str, field: str, term: str,
               present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), field)) is present


# The handler's privacy addresses: an address given besides a help desk, a help desk's own, a
# regulator's for complaints, one named like another purpose ("sales@…") in a contact line.
EMAILS = [
    # (a government body's own notice keeps its address given for questions or complaints)
    ('# 隐私政策\n\n## 联系我们\n\n如您对本政策有任何疑问或投诉，请发送邮件至 zwfw@city.gov.cn。\n', 'zh',
     ['zwfw@city.gov.cn']),
    ('# Privacy\n\n## Your rights\n\nTo exercise any of these rights, submit a ticket throu'
     'gh our HelpDesk or send an email to **contact@gpu-cloud.example**.\n',
     'en', ['contact@gpu-cloud.example']),
    ('# Privacy\n\n## Contact\n\n- Help desk: help@gpu-cloud.example\n- Privacy: privacy@gp'
     'u-cloud.example\n', 'en', ['privacy@gpu-cloud.example']),
    ('# Privacy\n\n## Contact\n\n**Privacy questions:** privacy@story.example\n\n**Safety c'
     'oncerns:** safety@story.example\n', 'en', ['privacy@story.example']),
    ('# Privacy\n\n## Complaints\n\nYou may lodge a complaint with the Office of the Austra'
     'lian Information Commissioner:\n\n- Website: www.oaic.gov.au\n- Email: enquiries@oaic'
     '.gov.au\n\n## Contact\n\nEmail: privacy@bot-studio.example\n',
     'en', ['privacy@bot-studio.example']),
    ('# 隐私政策\n\n## 联系我们\n\n如您对本政策有任何疑问，请发送邮件至 zwfw@city.gov.cn。\n', 'zh', ['zwfw@city.gov.cn']),
    ('# 隐私政策\n\n## 联系我们\n\n如您对本政策内容有任何疑问、意见或建议，请通过以下方式与我们联系：电子邮箱：sales@talkie.example\n',
     'zh', ['sales@talkie.example']),
]


@pytest.mark.parametrize(("text", "lang", "emails"), EMAILS)
def test_emails(analyser: Analyser, text: str, lang: str, emails: list[str]) -> None:
    assert analyser.analyse(text, lang=lang)["handler"]["emails"] == emails


# The scalars: a denial that reaches past ", or", event rules of keeping (in Traditional script
# too), training another service decides, a clause cut at "；" that goes on about content,
# servers located in one country, the service's own age limit over the law's, table rows and
# tables of contents, "non-personalized" ads.
SCALARS = [
    ('# Widget privacy\n\nWe keep these chats anonymously, without linking them to an IP ad'
     'dress, or creating profiles of your visitors.\n', 'en', 'automated_decision.value', False),
    ('# Widget privacy\n\nWe keep these chats anonymously, and we use them to build profile'
     's of your interests for recommendations.\n', 'en', 'automated_decision.value', True),
    ('# Privacy\n\n## Data retention\n\n- **Account data**: Retained while account is activ'
     'e\n', 'en', 'retention.stated', True),
    ('# 隱私權政策\n\n## 資料保存\n\n您輸入的翻譯文本在完成 API 回傳後即從記憶體釋放。\n', 'zh', 'retention.stated', True),
    ('# 隐私政策\n\n## 数据保存\n\n您输入的文本在翻译完成后即从内存中释放。\n', 'zh', 'retention.stated', True),
    ('# 隐私政策\n\n## 数据处理\n\n翻译在内存中完成。\n', 'zh', 'retention.stated', False),
    ('# Privacy\n\nWe cannot control how the AI provider you choose stores, trains on or de'
     'letes the data you submit.\n', 'en', 'model_training.value', 'not_stated'),
    ('# 隐私说明\n\n本工具无法控制用户所选服务如何保存、训练或删除提交的数据。\n', 'zh', 'model_training.value', 'not_stated'),
    ('# 隐私说明\n\n你不应默认所有上游服务都提供相同的数据隔离、训练退出能力。\n', 'zh', 'model_training.value', 'not_stated'),
    ('# Privacy\n\nWe do not control whether third-party model providers use your inputs to'
     ' train their models, but we never use your inputs to train ours.\n',
     'en', 'model_training.value', 'no'),
    ('# 隐私说明\n\n我们无法控制第三方如何使用数据训练模型，但我们不会使用您的对话训练模型。\n', 'zh', 'model_training.value', 'no'),
    ('# 隐私政策\n\n## 信息存储\n\n您的个人信息存储于位于中华人民共和国境内的服务器。\n', 'zh', 'cross_border.value', 'no'),
    ('# 隐私政策\n\n## 信息存储\n\n您的个人信息存储于位于新加坡的服务器。\n', 'zh', 'cross_border.value', 'yes'),
    ('# 隐私政策\n\n## 未成年人保护\n\n我们原则上不主动面向不满 14 周岁的未成年人提供服务。\n', 'zh', 'minors.minimum_age', 14),
    ('# Gateway privacy\n\nEach provider handles data under its own policies, which differ '
     'in retention, location and whether they use inputs for model training.\n',
     'en', 'model_training.value', 'not_stated'),
    ('# Gateway privacy\n\nWhether we use your inputs for model training depends on your se'
     'ttings.\n', 'en', 'model_training.value', 'yes'),
    ('# 养宠隐私政策\n\n## AI 服务\n\n对话内容仅用于实时生成回复；不会用于模型训练；不会用于其他商业用途。\n',
     'zh', 'model_training.value', 'no'),
    ('# 养宠隐私政策\n\n## AI 服务\n\n对话内容仅用于实时生成回复；会用于模型训练以改进服务。\n', 'zh', 'model_training.value', 'yes'),
    ('# Privacy\n\n## International data transfers\n\nWe transfer data internationally usin'
     'g:\n- Standard Contractual Clauses\n', 'en', 'cross_border.value', 'yes'),
    ('# Privacy\n\n## Your rights (GDPR)\n\nYou have the following rights:\n- Right to acce'
     'ss\n- Rights related to automated processing\n', 'en', 'automated_decision.value', False),
    ('# Privacy\n\n## Data retention\n\n- **Feedback emails:** Retained until resolved, the'
     'n deleted\n', 'en', 'retention.stated', True),
    ('# 陪伴隐私政策\n\n## 对话内容\n\n对话内容仅在当次会话内用于生成回复，不会写入数据库，会话结束后即失效。\n',
     'zh', 'retention.stated', True),
    ('# Privacy\n\n## Compliance\n\n- **COPPA**: We do not knowingly collect data from chil'
     'dren under 13\n\n## Children\n\nThe app is **not intended for children under 18 years'
     ' of age.**\n', 'en', 'minors.minimum_age', 18),
    ('# Privacy\n\n## Children\n\nWe do not knowingly collect data from children under 13.'
     '\n', 'en', 'minors.minimum_age', 13),
    ('# Privacy\n\n## AI provider\n\nThe provider does not use your data for any other purp'
     'oses, including:\n- Training or improving their AI models\n- Profiling or tracking us'
     'er behavior\n', 'en', 'automated_decision.value', False),
    ('# Privacy\n\n## Sharing\n\nWe never sell your photos to:\n- Advertisers\n- AI trainin'
     'g companies (your photos are never used for training)\n', 'en', 'model_training.value', 'no'),
    ('# Privacy\n\n## Automated decisions\n\nWe do not use automated decision-making for si'
     'gnificant decisions. If we introduce automated decision-making, we will tell you firs'
     't.\n', 'en', 'automated_decision.value', False),
    ('# 零工隐私政策\n\n## 我们如何使用信息\n\n| 信息 | 用途 | 展示 |\n|---|---|---|\n| 工作经历 | 岗位匹配推荐 | 简历展示 |'
     '\n', 'zh', 'automated_decision.value', True),
    ('# Privacy\n\n## Retention\n\n- Prompts: persist in your workspace until you or your o'
     'rganization admin deletes them\n', 'en', 'retention.stated', True),
    ('# 隐私政策\n\n下文将帮您了解我们如何收集、使用个人信息。\n1.我们如何收集和使用个人信息\n2.个性化推荐\n3.联系我们\n',
     'zh', 'automated_decision.value', False),
    ('# 梗卡隐私政策\n\n## 信息的使用\n\n3. 梗卡的评分、评论、热度数据会用于平台推荐算法\n', 'zh', 'automated_decision.value', True),
    ('# 社区隐私政策\n\n## Cookie\n\n**功能Cookie：**\n• 记住用户偏好和设置\n• 个性化内容推荐\n',
     'zh', 'automated_decision.value', True),
    ('# 银行隐私政策\n\n## 广告\n\n我们可能会根据您访问相关网站的统计信息为您显示您可能感兴趣的产品或广告信息。\n',
     'zh', 'automated_decision.value', True),
    ('# 隐私政策\n\n## 未成年人\n\n本平台不向小于18周岁的未成年人提供服务。\n', 'zh', 'minors.minimum_age', 18),
    ('# 隐私政策\n\n## 注销\n\n注销账户的行为是不可逆的，我们将停止为您提供服务，并依据您的要求删除与您账户相关的个人信息或匿名化处理。\n',
     'zh', 'retention.stated', True),
    ('# Privacy\n\n## Advertising\n\nWe show non-personalized ads only.\n',
     'en', 'automated_decision.value', False),
    ('# Privacy\n\n## Advertising\n\nWe show personalized ads based on your activity.\n',
     'en', 'automated_decision.value', True),
    ('# 隐私政策\n\n## 未成年人\n\n我们不会故意收集未满18周岁未成年人的个人信息，请在使用我们的服务前获得父母或监护人的同意。\n',
     'zh', 'minors.minimum_age', None),
    ('# 建站隐私政策\n\n## 共享\n\n在以下情形中，我们可能提供您的个人信息：应您的监护人合法要求而提供您的个人信息。\n',
     'zh', 'minors.value', False),
]


@pytest.mark.parametrize(("text", "lang", "path", "expected"), SCALARS)
def test_scalars(analyser: Analyser, text: str, lang: str, path: str, expected: object) -> None:
    assert _value(analyser.analyse(text, lang=lang), path) == expected


# --- emphasis inside a sentence: the offsets ------------------------------------------------

def test_emphasis_taken_out_only_inside_sentences() -> None:
    text = ("**Retention.** We do **not** keep audio.\n- **Account data**: kept while active\n"
            "## **Your rights**\n我们**不会**出售。")
    plain, removed = plain_emphasis(text)
    assert "We do not keep audio" in plain and "我们不会出售" in plain
    # a run-in label, a bold list item and a bold heading keep their marks
    assert plain.startswith("**Retention.**") and "- **Account data**:" in plain
    assert "## **Your rights**" in plain
    assert without(text, removed) == plain


def test_clause_offsets_point_into_the_text_as_written(analyser: Analyser) -> None:
    text = "# 隐私政策\n\n我们**不会**收集您的通讯录。\n\n我们会**永久**保存您的昵称。\n"
    clauses = analyser.analyse(text, lang="zh")["clauses"]
    spans = [text[c["start"]:c["end"]] for c in clauses]
    assert "我们**不会**收集您的通讯录。" in spans
    assert "我们会**永久**保存您的昵称。" in spans


def test_two_removals_map_back_to_the_first_text() -> None:
    text = "we **do** see\nit"
    first, removed1 = plain_emphasis(text)
    assert first == "we do see\nit"
    removed2 = [first.index("\n")]  # (then a line break taken out of what is left)
    both = after_both(removed1, removed2)
    assert without(text, both) == "we do seeit"
    back = Offsets(both)
    assert text[back.start("we do seeit".index("i"))] == "i"
    assert text[back.start("we do seeit".index("o"))] == "o"


def test_terms_defined_are_no_provisions_on_minors(analyser: Analyser) -> None:
    text = "# 充电隐私政策\n\n## 定义\n\n**未成年人**：指不满18周岁的自然人。\n\n**儿童**：指不满14周岁的自然人。\n"
    assert analyser.analyse(text, lang="zh")["minors"]["value"] is False
    text += "\n## 未成年人保护\n\n若您是不满14周岁的儿童，请在监护人同意后使用本服务。\n"
    assert analyser.analyse(text, lang="zh")["minors"]["value"] is True


def test_a_numbered_plain_text_title_over_its_first_part(analyser: Analyser) -> None:
    # "2. …" over "2.1 …", set apart by blank lines: a title, not an item of a numbered list
    text = ("Privacy Policy\n\n2. Information We Collect\n\n2.1 Personal Information\n\n"
            "Information that can be used to identify you, such as:\n- Name and email address\n"
            "- Account credentials and profile information\n\n2.2 Conversation Data\n\n"
            "- Text inputs and queries submitted to our chatbot\n")
    terms = set(_terms(analyser.analyse(text, lang="en"), "data_categories"))
    assert {"contact", "account", "user_content"} <= terms
