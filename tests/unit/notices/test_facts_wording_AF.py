"""Terms from shapes found in session 15 (whole notices of small AI products for cars and homes,
podcasts and restaurants, Chinese rental, towing and appliance services), written for the
project (not the notices' text). Each case was checked to fail on the analyser of the session's
start before the change it pins, or is the control beside one."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser

from .test_facts_wording_AE import _terms, _value

# Rights: the items of a part on "your privacy rights" under a sub-heading; the handler's own
# power and a right's label with nothing to exercise it on are no rights; a permission request
# is no right of access; permissions the user may switch off.
RIGHTS = [
    ('# Ordering bot privacy\n\n## 1. Data\n\nWe collect your order history.\n\n## 2. Your Priva'
     'cy Rights\n\n### Access & Control\n- • Delete your account and associated data\n- • Opt '
     'out of marketing communications\n', 'en', 'rights', 'deregister_account', True),
    ('# Ordering bot privacy\n\n## 1. Data\n\nWe collect your order history.\n\n## 2. Your Priva'
     'cy Rights\n\n### Access & Control\n- • Delete your account and associated data\n- • Opt '
     'out of marketing communications\n', 'en', 'rights', 'restrict_object', True),
    # (a part on the handler's work, not the user's rights)
    ('# Ordering bot privacy\n\n## 1. Data\n\nWe collect your order history.\n\n## 2. Our Opera'
     'tions\n\n### Cleanup\n- • Delete stale accounts and associated data\n', 'en', 'rights',
     'deregister_account', False),
    ('# Slides tool privacy\n\n## Terms of use\n\nWe reserve the right to restrict or terminate '
     'use of the service for abuse.\n', 'en', 'rights', 'restrict_object', False),
    ('# Slides tool privacy\n\n## Your rights\n\nYou may restrict the processing of your data. '
     'We reserve the right to refuse abusive requests.\n', 'en', 'rights', 'restrict_object',
     True),
    ('# 伙伴助手隐私政策\n\n## 九、其他\n\n本政策的版权由伙伴助手所有，伙伴助手保留一切解释和修改权利。\n',
     'zh', 'rights', 'correct', False),
    ('# 收租服务协议\n\n## 三、账户\n\n如用户违反本协议，服务方有权注销或永久冻结用户的账户。\n',
     'zh', 'rights', 'deregister_account', False),
    ('# 收租服务协议\n\n## 三、账户\n\n您有权注销您的账户，我们保留拒绝不合理请求的权利。\n',
     'zh', 'rights', 'deregister_account', True),
    ('# News writer privacy\n\n## Your Rights\n\n- **Right to Access**: No data to access\n- **'
     'Right to Deletion**: No data to delete\n', 'en', 'rights', 'access', False),
    ('# News writer privacy\n\n## Your Rights\n\n- **Right to Access**: No data to access\n- **'
     'Right to Deletion**: No data to delete\n', 'en', 'rights', 'delete', False),
    ('# News writer privacy\n\n## Your Rights\n\n- **Right to Access**: no fee is charged for '
     'access requests.\n', 'en', 'rights', 'access', True),
    ('# Mechanic chat privacy\n\n## 4. Permissions\n\nWe request access to:\n\n- **Storage:** '
     'For image uploads and exports.\n- **Camera:** For part photos.\n', 'en', 'rights',
     'access', False),
    ('# Mechanic chat privacy\n\n## 6. Your choices\n\nYou may request access to the data we '
     'hold about you.\n', 'en', 'rights', 'access', True),
    ('# 租房助手隐私政策\n\n## 一、权限\n\n您可以在“系统设置->权限管理”中查看上述权限的开启状态，并可以决定将这些权限随时'
     '开启或关闭。\n', 'zh', 'rights', 'withdraw_consent', True),
    ('# 租房助手隐私政策\n\n## 一、权限\n\n您可以在“系统设置->权限管理”中查看上述权限的开启或关闭状态。\n',
     'zh', 'rights', 'withdraw_consent', False),
]

# Data categories: images the user captures, location "or region" information, and a Chinese
# definition for the notice's purposes whose examples run through the parts of its sentence.
CATEGORIES = [
    ('# Car finder privacy\n\n## Information We Collect\n\n- **Photos**: Images you capture or '
     'select for vehicle identification\n- **Hints**: Location or region information you may '
     'provide to improve accuracy\n', 'en', 'data_categories', 'user_content', True),
    ('# Car finder privacy\n\n## Information We Collect\n\n- **Photos**: Images you capture or '
     'select for vehicle identification\n- **Hints**: Location or region information you may '
     'provide to improve accuracy\n', 'en', 'data_categories', 'location', True),
    ('# 租房服务隐私政策\n\n## 一、我们如何收集\n\n为本隐私政策之目的，个人信息包括但不限于：基本信息（姓名、手机号码）；面部特征'
     '；其他信息（网页浏览记录、精准定位信息）。在您使用我们的服务时，我们会收集您的手机号码。\n',
     'zh', 'data_categories', 'biometric', False),
    ('# 租房服务隐私政策\n\n## 一、我们如何收集\n\n为本隐私政策之目的，个人信息包括但不限于：基本信息（姓名、手机号码）；面部特征'
     '；其他信息（网页浏览记录、精准定位信息）。在您使用我们的服务时，我们会收集您的手机号码。\n',
     'zh', 'sensitive_categories', 'whereabouts', False),
    ('# 租房服务隐私政策\n\n## 一、我们如何收集\n\n为本隐私政策之目的，个人信息包括但不限于：基本信息（姓名、手机号码）；面部特征'
     '；其他信息（网页浏览记录、精准定位信息）。在您使用我们的服务时，我们会收集您的手机号码。\n',
     'zh', 'data_categories', 'contact', True),
    # (not a definition: what the handler collects, one part after another)
    ('# 租房服务隐私政策\n\n## 一、我们如何收集\n\n我们收集的个人信息包括：手机号码；面部特征（用于实名认证）；精准定位信息。\n',
     'zh', 'data_categories', 'biometric', True),
]

SCALARS = [
    # a country named after "countries outside", and data kept at home in four characters
    ('# Car market privacy\n\n## 10. International Data Transfers\n\nYour data may be processe'
     'd in countries outside Jordan, including the United States.\n', 'en',
     'cross_border.value', 'yes'),
    ('# Car market privacy\n\n## 10. Contact\n\nIf you are located in countries outside the EU'
     ', please write to our local office.\n', 'en', 'cross_border.value', 'not_stated'),
    ('# 家电保修簿隐私政策\n\n## 五、存储\n\n数据境内存储，保存于腾讯云服务器。\n', 'zh', 'cross_border.value',
     'no'),
    # kept until the user deletes it, said as "unless deleted by the user"
    ('# Mechanic chat privacy\n\n## 5. Data Retention & Deletion\n\n- Session data is retained '
     'for diagnostic history unless deleted by the user.\n', 'en', 'retention.stated', True),
    ('# Mechanic chat privacy\n\n## 5. Data Retention\n\n- Session data is retained unless dele'
     'ted by law enforcement request.\n', 'en', 'retention.stated', False),
    # training "our systems" beside a denial about third parties' models
    ('# Podcast editor privacy\n\n## How we use information\n\n- **Operate and improve** the Se'
     'rvices, including training our systems to perform better for you (e.g., presets, failur'
     'e detection). We do **not** use your User Content to train third-party foundation model'
     's.\n', 'en', 'model_training.value', 'yes'),
    ('# Podcast editor privacy\n\n## Security\n\nWe provide the training our systems administra'
     'tors need.\n', 'en', 'model_training.value', 'not_stated'),
]


# The second round: rights as gerunds under "may have rights such as", an opt-out of an AI
# feature, explanations of AI recommendations, a query that is data; payment details processed by
# third parties; the generic "if we learn … without the consent of a parent" clause; generated
# audio; data "与 X 无关" and a chat feature named; a workout's 训练数据.
ROUND_2_TERMS = [
    ('# Phone assistant privacy\n\nIntro.\n\n8. Your Rights\n--------------\n\nIndividuals may '
     'have rights such as:\n\n- Accessing a copy of their personal information.\n- Requesting '
     'deletion or restriction of certain data.\n- Objecting to certain types of processing.\n',
     'en', 'rights', 'access', True),
    ('# Phone assistant privacy\n\nIntro.\n\n8. Your Rights\n--------------\n\nIndividuals may '
     'have rights such as:\n\n- Accessing a copy of their personal information.\n- Requesting '
     'deletion or restriction of certain data.\n- Objecting to certain types of processing.\n',
     'en', 'rights', 'delete', True),
    ('# Phone assistant privacy\n\nIntro.\n\n8. Your Rights\n--------------\n\nIndividuals may '
     'have rights such as:\n\n- Accessing a copy of their personal information.\n- Requesting '
     'deletion or restriction of certain data.\n- Objecting to certain types of processing.\n',
     'en', 'rights', 'restrict_object', True),
    # (a part on the handler's work: its gerunds are no rights)
    ('# Phone assistant privacy\n\nIntro.\n\n8. How we maintain the service\n--------------\n\n'
     '- Deleting stale logs every week.\n', 'en', 'rights', 'delete', False),
    ('# Read-later privacy\n\n## Your Rights\n\nYou can:\n- Opt out of AI-generated summaries\n',
     'en', 'rights', 'restrict_object', True),
    ('# Read-later privacy\n\n## Your Rights\n\nYou can:\n- Opt out of AI model training\n',
     'en', 'rights', 'restrict_object', False),
    ('# Fleet app privacy\n\n## AI features\n\nYou can request explanations of AI recommendati'
     'ons at any time.\n', 'en', 'rights', 'explain', True),
    ('# Fleet app privacy\n\n## Our commitments\n\n- Clear explanations of data practices\n',
     'en', 'rights', 'explain', False),
    ('# 宠物助手隐私政策\n\n## 一、我们收集的信息\n\n| 数据类别 | 具体内容 |\n|---|---|\n| 识别与健康查询数据 | 品种识别请求及'
     '其返回结果 |\n', 'zh', 'rights', 'access', False),
    ('# SaaS privacy\n\n## Information we collect\n\n- **Payment Information**: Billing addresse'
     's, payment method details (processed securely by third parties)\n', 'en',
     'sensitive_categories', 'financial_account', False),
    ('# SaaS privacy\n\n## Information we collect\n\n- **Payment Information**: Billing addresse'
     's, payment method details (processed securely by third parties)\n', 'en',
     'data_categories', 'financial', True),
    ('# Inspection privacy\n\n## Children\n\nThe Service does not knowingly collect informatio'
     'n from anyone under the age of 13. In the event that we learn that we have gathered perso'
     'nal information from anyone under the age of 13 without the consent of a parent or guardia'
     'n, we will delete that information.\n', 'en', 'sensitive_categories', 'minor_under_14',
     False),
    ('# Inspection privacy\n\n## Children\n\nWe do not knowingly collect data from children und'
     'er 13 without verifiable parental consent.\n', 'en', 'sensitive_categories',
     'minor_under_14', True),
    ('# Read-later privacy\n\n## Data we store\n\n- **Audio Storage**: Generated audio files are'
     ' stored securely.\n', 'en', 'data_categories', 'voice', False),
    ('# Read-later privacy\n\n## Data we store\n\n- **Voice notes**: audio recordings you make '
     'are stored securely.\n', 'en', 'data_categories', 'voice', True),
    ('# 桌面客户端隐私政策\n\n## 一、我们收集的信息\n\n• 所有您与大模型服务产生的对话数据与 Cherry Studio 无关，我们既不参与数据的存储'
     '，也不会进行任何形式的数据传输。\n', 'zh', 'data_categories', 'user_content', False),
    ('# 桌面客户端隐私政策\n\n## 一、我们收集的信息\n\n本软件使用您自行配置的模型服务的 API Key，以完成相关模型的调用与对话功能。\n',
     'zh', 'data_categories', 'user_content', False),
    ('# 桌面客户端隐私政策\n\n## 一、我们收集的信息\n\n我们会保存您与助手的对话记录。\n', 'zh', 'data_categories',
     'user_content', True),
]

ROUND_2_SCALARS = [
    ('# 健身教练隐私政策\n\n1. 我们收集的信息\n\n- 训练数据:您的运动记录、姿态分析结果、评分历史等。\n', 'zh',
     'model_training.value', 'not_stated'),
    ('# 写作助手隐私政策\n\n## 一、模型\n\n我们会使用您的对话内容作为训练数据。\n', 'zh', 'model_training.value',
     'yes'),
    ('# 同步插件隐私政策\n\n## 保存、撤权和删除\n\n- 关闭自动上传会停止每 24 小时的计划任务。\n', 'zh',
     'retention.stated', False),
    ('# 同步插件隐私政策\n\n## 保存\n\n- 日志保存 24 小时后删除。\n', 'zh', 'retention.stated', True),
    ('# Pet insurance privacy\n\n## Data we collect\n\n- **AI Decisions**: Risk scores, eligibi'
     'lity determinations, AI reasoning\n', 'en', 'automated_decision.value', True),
    ('# Legal bot privacy\n\n## Transparency\n\n- We provide information about AI decision-maki'
     'ng\n', 'en', 'automated_decision.value', False),
    ('# Mortgage adviser privacy\n\n## How we use data\n\n- **Broker Matching:** AI algorithms '
     'to match you with suitable brokers\n', 'en', 'automated_decision.value', True),
    ('# Mortgage adviser privacy\n\n## How we use data\n\n- **Recommendations:** Personalized m'
     'ortgage advice and suggestions\n', 'en', 'automated_decision.value', True),
]


# The third round: a bullet under "… will NOT be used for:", a breach notice to the authority, an
# error's diagnosis, a right's item in a list of rights, preferences as data, a gerund of
# improving, an explanation of a refusal, a vendor's contact line, 仅本地记录, another party's
# transfers, 如后续, generated songs, a table of contents naming cookies, 性格分析, 自动化处理.
ROUND_3_TERMS = [
    ('# Dubbing privacy\n\n## 12. Data Breach Notification\n\nIn the event of a data breach th'
     'at poses a risk to your rights and freedoms:\n\n- **EU Users (GDPR):** We will notify the '
     'supervisory authority within 72 hours\n', 'en', 'rights', 'complain', False),
    ('# Dubbing privacy\n\n## Your rights\n\nYou may lodge a complaint with your supervisory a'
     'uthority.\n', 'en', 'rights', 'complain', True),
    ('# Sketch app privacy\n\n## Information we collect\n\n- **Error Diagnosis:** Use diagnost'
     'ic data to identify and fix app issues\n', 'en', 'sensitive_categories', 'health', False),
    ('# Clinic app privacy\n\n## Information we collect\n\n- Your diagnosis and treatment hist'
     'ory\n', 'en', 'sensitive_categories', 'health', True),
    ('# Slides privacy\n\n## Your rights\n\nYou have the right to:\n- Access your data\n- Obje'
     'ct to processing\n', 'en', 'rights', 'access', True),
    ('# Presentation app privacy\n\n## Access requests\n\nIf we refuse your request, we will gi'
     've you an explanation of our determination.\n', 'en', 'rights', 'explain', False),
    ('# 证件照隐私政策\n\n## 一、我们收集的信息\n\n- 应用使用统计：规格使用频次、错误率（仅本地记录，不含个人身份信息）\n', 'zh',
     'data_categories', 'usage_logs', False),
    ('# 证件照隐私政策\n\n## 一、我们收集的信息\n\n- 应用使用统计：规格使用频次、错误率\n', 'zh', 'data_categories',
     'usage_logs', True),
    ('# 隐私政策\n\n目录\n\n1. 我们如何收集和使用您的个人信息\n2. 我们如何使用Cookie和同类技术\n3. 我们如何共享您的个人信息\n',
     'zh', 'data_categories', 'usage_logs', False),
]

ROUND_3_SCALARS = [
    ('# Voice cloning consent\n\n## 2. Purpose\n\nYour voice data will NOT be used for:\n• Sale '
     'to third parties\n• Training general AI models for commercial purposes\n', 'en',
     'model_training.value', 'no'),
    ('# Slides privacy\n\n## Your rights\n\nYou have the right to:\n- Access your data\n- **Aut'
     'omated Decision-Making:** Not be subject to solely automated decisions\n', 'en',
     'automated_decision.value', False),
    ('# Slides privacy\n\n## How we use data\n\n- **Automated Decision-Making:** We use automat'
     'ed decisions to approve refunds\n', 'en', 'automated_decision.value', True),
    ('# 3D studio privacy\n\n## AI\n\n- Content Generation: Your prompts and preferences help '
     'train our AI models\n', 'en', 'model_training.opt_out', False),
    ('# 3D studio privacy\n\n## AI\n\n- Your prompts help train our AI models. You can opt out '
     'in your preferences.\n', 'en', 'model_training.opt_out', True),
    ('# Interior design privacy\n\n## Use\n\nWe use your information for the following purpose'
     's:\n\n- Improving our AI models and service quality\n', 'en', 'model_training.value',
     'yes'),
    ('# 配音客户端隐私政策\n\n## 六、跨境\n\n· 云端数据存储在中国境内服务器，原则上不进行跨境传输；如后续发生跨境传输，我们将依法履行告知、单'
     '独同意等义务。\n· 第三方 API 的内容保存、跨境传输和安全责任由对应服务商依据其规则承担。\n', 'zh',
     'cross_border.value', 'no'),
    ('# 配音客户端隐私政策\n\n## 六、跨境\n\n为提供服务，您的数据将传输至境外服务器。\n', 'zh',
     'cross_border.value', 'yes'),
    ('# 唱歌应用隐私政策\n\n## 二、使用\n\n我们会根据您输入的信息，为您生成个性化的歌词和音乐。\n', 'zh',
     'automated_decision.value', False),
    ('# 学习应用隐私政策\n\n## 二、使用\n\n我们会为您生成个性化的学习计划。\n', 'zh', 'automated_decision.value',
     True),
    ('# 命理应用隐私政策\n\n## 二、使用\n\n- **语音处理**: 语音会被转换为文字，并提取语速、语调等特征用于性格分析\n', 'zh',
     'automated_decision.value', True),
    ('# 视频平台隐私政策\n\n## 自动化\n\n我们的服务在以下方面使用自动化处理：\n\n- 视频合成：自动化视频组装和编辑\n', 'zh',
     'automated_decision.value', True),
]


# The fourth round: a numbered Chinese title asked as a question, a table of contents on one line,
# a denial after what it denies, card numbers a named processor keeps, sports "training", data
# "(stored locally only)".
ROUND_4_TERMS = [
    ('# Scribe privacy\n\n## Your rights\n\nYou may delete your notes. We retain records subje'
     'ct to our legal and regulatory obligations for data retention.\n', 'en', 'rights',
     'complain', False),
    ('# Scribe privacy\n\n## Your rights\n\nYou may complain to the regulator.\n', 'en', 'rights',
     'complain', True),
    ('云盘隐私政策\n一、我们收集哪些数据?\n- 账号信息:注册时您提供的信息,如手机号、邮箱、用户名、密码(加密存储)等;\n- 设备信息:IP 地'
     '址、设备类型、操作系统、设备标识符;\n二、如何使用\n用于提供服务。\n', 'zh', 'data_categories', 'contact', True),
    ('云盘隐私政策\n一、我们收集哪些数据?\n- 账号信息:注册时您提供的信息,如手机号、邮箱、用户名、密码(加密存储)等;\n- 设备信息:IP 地'
     '址、设备类型、操作系统、设备标识符;\n二、如何使用\n用于提供服务。\n', 'zh', 'data_categories', 'device', True),
    ('# 计划应用隐私政策\n\n## 一、我们收集的信息\n\n我们会收集您的手机号。除此之外的其他信息(如通讯录、相册、精确位置、生物识别信息等)我们不会收集'
     '。\n', 'zh', 'data_categories', 'biometric', False),
    ('# 计划应用隐私政策\n\n## 一、我们收集的信息\n\n我们会收集您的手机号。除此之外的其他信息(如通讯录、相册、精确位置、生物识别信息等)我们不会收集'
     '。\n', 'zh', 'data_categories', 'contact', True),
    ('# 计划应用隐私政策\n\n## 一、我们收集的信息\n\n我们会收集您的通讯录，用于好友推荐。\n', 'zh', 'data_categories',
     'contacts_social', True),
    ('云盘隐私政策\n一、我们收集哪些数据\n- 支付信息:订单号、支付状态及支付方式相关信息(完整银行卡号由 Apple/Google/支付宝/微信/Stripe 等处理'
     ',我们一般不存储);\n二、如何使用\n用于提供服务。\n', 'zh', 'sensitive_categories', 'financial_account', False),
    ('# Cart helper privacy\n\n## Information we collect\n\n- **Location Data**: State selection'
     ' and ZIP code for tax calculation purposes (stored locally only)\n- Your email address for y'
     'our account\n',
     'en', 'data_categories', 'location', False),
    ('# Cart helper privacy\n\n## Information we collect\n\n- Your ZIP code and location data '
     'for tax calculation\n', 'en', 'data_categories', 'location', True),
]

ROUND_4_SCALARS = [
    # (the fifth round: the user's place, not the data's; "regulatory" is no regulator)
    ('# Form builder privacy\n\n## Complaints\n\nIf you are located in Canada, you may contact '
     'the Office of the Privacy Commissioner of Canada.\n', 'en', 'cross_border.value',
     'not_stated'),
    ('# Form builder privacy\n\n## Hosting\n\nOur servers are located in Canada.\n', 'en',
     'cross_border.value', 'yes'),
    ('云盘隐私政策\n更新日期:2026年6月20日\n目录:一、收集哪些数据 · 二、如何收集 · 九、不出售个人信息 · 十、跨境传输 · 十一、政策更新\n一、收集哪些数据\n'
     '我们收集您的手机号。\n', 'zh', 'cross_border.value', 'not_stated'),
    ('# Running coach privacy\n\n## How we use data\n\n- Generate customized training plans base'
     'd on your fitness level and goals\n- Training metrics sent for AI analysis\n', 'en',
     'model_training.value', 'not_stated'),
    ('# Cycling app privacy\n\n## Data\n\n- Your training data (activities, metrics, scores) is '
     'sent to our secure backend\n', 'en', 'model_training.value', 'not_stated'),
    ('# Running coach privacy\n\n## How we use data\n\n- We use your workouts as training data '
     'to improve our AI models\n', 'en', 'model_training.value', 'yes'),
]


def test_a_vendors_contact_line_is_not_the_handlers(analyser: Analyser) -> None:
    text = ("# 证件照隐私政策\n\n## 九、联系我们\n\n如有问题请联系 help@idphoto.example。\n\n生成接口由合作厂商提供。"
            "厂商联系方式：service@vendor.example。\n")
    assert analyser.analyse(text, lang="zh")["handler"]["emails"] == ["help@idphoto.example"]


def test_a_regulators_address_speaks_for_its_own_part_only(analyser: Analyser) -> None:
    """A government handler's own addresses stand under "Contact details", after a part naming
    the regulator; the regulator's own address, under a heading naming it, is still left out."""
    text = ("# Copilot privacy notice\n\n### Complaints\n\nYou may complain to the Information "
            "Commissioner at icocasework@ico.org.uk.\n\n### Contact details\n\nThe contact detail"
            "s for the Data Protection Officer are: dpo@cabinetoffice.gov.uk.\n\n## 14. Supervisory"
            " Authority\n\nYou may complain to the Norwegian Data Protection Authority:\n\n**Datat"
            "ilsynet**\nPostboks 458 Sentrum\nEmail: postkasse@datatilsynet.no\n")
    assert analyser.analyse(text, lang="en")["handler"]["emails"] == ["dpo@cabinetoffice.gov.uk"]


@pytest.mark.parametrize(("text", "lang", "field", "term", "present"),
                         RIGHTS + CATEGORIES + ROUND_2_TERMS + ROUND_3_TERMS
                         + ROUND_4_TERMS)
def test_terms(analyser: Analyser, text: str, lang: str, field: str, term: str,
               present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), field)) is present


@pytest.mark.parametrize(("text", "lang", "path", "expected"), SCALARS + ROUND_2_SCALARS + ROUND_3_SCALARS
                         + ROUND_4_SCALARS)
def test_scalars(analyser: Analyser, text: str, lang: str, path: str, expected: object) -> None:
    assert _value(analyser.analyse(text, lang=lang), path) == expected
