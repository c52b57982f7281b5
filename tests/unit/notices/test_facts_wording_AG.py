"""Terms from shapes found in session 16 (whole notices and page excerpts of small AI products:
e-mail and calendar assistants, page summarisers, language tutors, scripture and dating apps,
personality tests, skin and face analysis, translation extensions), written for the project (not
the notices' text). Each case was checked to fail on the analyser of the session's start before
the change it pins, or is the control beside one."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser

from .test_facts_wording_AE import _terms, _value

# Data kept on the device or never received: a table under a lead-in that keeps its rows local,
# denials by "不会提取", "无需…提交", a lead-in "不会：", "No … is ever included", data that passes
# through another's infrastructure or goes straight from the browser elsewhere.
NOT_COLLECTED = [
    ('# 诗词本隐私政策\n\n## 3. 数据存储位置\n\n以下数据仅保存在你的设备本地，我们无法访问：\n\n| 数据 | 说明 |\n|---|---|\n'
     '| 背景图片 | 你上传的背景图 |\n| 收藏 | 你收藏的诗句 |\n', 'zh', 'data_categories', 'user_content',
     False),
    ('# 诗词本隐私政策\n\n## 3. 我们收集的信息\n\n我们收集以下数据：\n\n| 数据 | 说明 |\n|---|---|\n| 背景图片 | 你上传的'
     '背景图 |\n', 'zh', 'data_categories', 'user_content', True),
    ('# 发型试戴隐私政策\n\n## 2. 面部数据的收集与处理\n\n### 2.1 收集内容\n\n我们不会提取或存储人脸识别模板、生物识别'
     '标识符或人脸关键点等信息。\n', 'zh', 'data_categories', 'biometric', False),
    ('# 发型试戴隐私政策\n\n## 2. 面部数据的收集与处理\n\n### 2.1 收集内容\n\n我们不会提取或存储人脸识别模板、生物识别'
     '标识符或人脸关键点等信息。\n', 'zh', 'sensitive_categories', 'biometric', False),
    ('# 发型试戴隐私政策\n\n## 2. 面部数据的收集与处理\n\n### 2.1 收集内容\n\n我们会提取并存储人脸识别模板和人脸关键点。\n',
     'zh', 'sensitive_categories', 'biometric', True),
    ('# 性格测验隐私政策\n\n## 三、我们处理哪些信息\n\n你亦无需为使用基础测验功能而向我们提交姓名、手机号或身份证件。\n',
     'zh', 'data_categories', 'government_id', False),
    ('# 性格测验隐私政策\n\n## 三、我们处理哪些信息\n\n实名认证时，你需要向我们提交身份证件。\n', 'zh',
     'data_categories', 'government_id', True),
    ('# 性格测验隐私政策\n\n## 三、我们处理哪些信息\n\n你的浏览记录会保存在本设备上，我们不会主动上传至服务器。\n',
     'zh', 'data_categories', 'usage_logs', False),
    ('# 性格测验隐私政策\n\n## 三、我们处理哪些信息\n\n你的浏览记录会上传至我们的服务器。\n', 'zh',
     'data_categories', 'usage_logs', True),
    ('# 划词翻译隐私政策\n\n## 我们收集的信息\n\n本扩展不会：\n\n- 向开发者发送分析、遥测或广告数据\n', 'zh',
     'data_categories', 'usage_logs', False),
    ('# 划词翻译隐私政策\n\n## 我们收集的信息\n\n本扩展会收集：\n\n- 分析与遥测数据\n', 'zh', 'data_categories',
     'usage_logs', True),
    ('# Reader privacy\n\n## Analytics\n\nWe collect anonymous usage data. No page content, API '
     'keys, or article data is ever included in analytics events.\n', 'en', 'data_categories',
     'account', False),
    ('# Reader privacy\n\n## Analytics\n\nWe collect anonymous usage data and the API keys you '
     'save.\n', 'en', 'data_categories', 'account', True),
    ('# Reader privacy\n\n## Send to Kindle\n\nWe collect usage data. The file is sent directly '
     "from your browser to the destination you chose (your Kindle's email address).\n", 'en',
     'data_categories', 'contact', False),
    ('# Reader privacy\n\n## What we collect\n\nSynced settings use Chrome sync tied to your Google account'
     " — this data passes through Google's infrastructure, not ours.\n", 'en', 'data_categories',
     'contacts_social', False),
    ('# Reader privacy\n\n## Your key\n\nYour API key is stored locally on your device only (ne'
     'ver synced, never sent to us).\n', 'en', 'data_categories', 'account', False),
    # a heading's verb is no user handle; a handle in a list is
    ('# Reader privacy\n\n## What Data We Handle, and Where It Goes\n\nWe collect usage data.\n',
     'en', 'data_categories', 'account', False),
    ('# Forum privacy\n\n## Data we collect\n\nWe collect your username, handle, and e-mail.\n',
     'en', 'data_categories', 'account', True),
    # a feature the service may add one day
    ('# Tutor privacy\n\n## Information we collect\n\n#### OAuth Authentication (Future Feature)'
     '\n- If we add "Sign in with Google," Google will share basic profile info with us\n', 'en',
     'data_categories', 'contacts_social', False),
    ('# Tutor privacy\n\n## Information we collect\n\n#### OAuth Authentication\n- If you use "Si'
     'gn in with Google," Google will share basic profile info with us\n', 'en',
     'data_categories', 'contacts_social', True),
]

# Data named in new words: test answers and messages the user sends, chat interactions, usage
# patterns, diagnostic records, a denomination.
NAMED = [
    ('# 测评站隐私政策\n\n## 我们收集的信息\n\n你主动提交的信息：头像、昵称、答题选项。\n', 'zh', 'data_categories',
     'user_content', True),
    ('# 测评站隐私政策\n\n## 我们收集的信息\n\n- 通信数据：你发送的消息和互动记录\n', 'zh', 'data_categories',
     'user_content', True),
    ('# 听译隐私政策\n\n## 我们收集的信息\n\n我们会保存服务器侧的用量、购买和诊断记录。\n', 'zh', 'data_categories',
     'usage_logs', True),
    ('# Marriage coach privacy\n\n## Information we collect\n\n### Usage Data\n\nWe automatically '
     'collect:\n\n- Chat interactions and responses\n', 'en', 'data_categories', 'user_content',
     True),
    ('# Reader privacy\n\n## Analytics\n\nWe use an analytics platform to understand aggregate, an'
     'onymous usage patterns.\n', 'en', 'data_categories', 'usage_logs', True),
    ('# Bible reader privacy\n\n## Data we collect\n\n- Profile Information: Denomination, age gr'
     'oup and spiritual goals\n', 'en', 'sensitive_categories', 'religion', True),
    ('# Gift shop privacy\n\n## Data we collect\n\n- Order details: gift card denominations and '
     'delivery address\n', 'en', 'sensitive_categories', 'religion', False),
]

# Rights: saying no to a sale; "export" in a list after the user's last verb "request"; a pointer
# to read another party's policy is no right of access.
RIGHTS = [
    ('# Bible chat privacy\n\n## 13. California Privacy Rights\n\nIf you are a California resident'
     ', you have the right to:\n- Know what personal information we collect\n- Say no to the sale'
     ' of personal information\n', 'en', 'rights', 'restrict_object', True),
    ('# Outreach tool privacy\n\n## Your choices\n\nYou may update account information, manage ca'
     'mpaign data, or request access, correction, export, or deletion of personal data by contac'
     'ting us.\n', 'en', 'rights', 'copy', True),
    ('# Outreach tool privacy\n\n## Your choices\n\nYou may update account information, or req'
     'uest correction or deletion of personal data by contacting us.\n', 'en', 'rights', 'copy',
     False),
    ('# 同传眼镜隐私政策\n\n## 三、第三方\n\n这些第三方在处理您当次请求时短暂接触相关数据，处理完成后按其各自隐私政策约束（请您'
     '查阅）。\n', 'zh', 'rights', 'access', False),
    ('# 同传眼镜隐私政策\n\n## 五、您的权利\n\n您有权查阅您的个人信息。\n', 'zh', 'rights', 'access', True),
]

SCALARS = [
    # a denial of creating a profile
    ('# 心理测评隐私政策\n\n## 二、我们如何使用\n\n无跟踪或画像：我们不跟踪跨网站的用户行为，也不创建用户画像。\n', 'zh',
     'automated_decision.value', False),
    ('# 心理测评隐私政策\n\n## 二、我们如何使用\n\n我们会根据您的测评结果创建用户画像。\n', 'zh',
     'automated_decision.value', True),
]


# Round 25 (tools for lawyers, students and researchers, elderly care and children's devices):
# data kept in the browser, emphasis around "not", a processor named between commas, a part
# defining the notice's words, log and configuration files, a rescue service.
ROUND_2_TERMS = [
    ('# 文献翻译插件隐私政策\n\n## 一、我们收集的信息\n\n您输入的 API Key、翻译结果、截图内容，全部存储于您浏览器的本地沙盒。\n',
     'zh', 'data_categories', 'user_content', False),
    ('# Cite helper privacy\n\n## Data we collect\n\nWe do _not_ collect: personal names, billing '
     'data, or precise location.\n', 'en', 'data_categories', 'location', False),
    ('# Cite helper privacy\n\n## Data we collect\n\nWe do _not_ collect: personal names, billing '
     'data, or precise location.\n', 'en', 'sensitive_categories', 'whereabouts', False),
    ('# Paper reader privacy\n\n## Information we collect\n\n- Payment Information: If you subscri'
     'be, our payment processor, Dodo Payments, collects your payment information.\n', 'en',
     'sensitive_categories', 'financial_account', False),
    ('# Paper reader privacy\n\n## Information we collect\n\n- Payment Information: If you subscri'
     'be, we collect your credit card number and billing address.\n', 'en',
     'sensitive_categories', 'financial_account', True),
    ('# Cite checker privacy\n\n## Information we collect\n\n- Citations: Text you paste for verif'
     'ication (stored temporarily for 24 hours)\n', 'en', 'data_categories', 'user_content', True),
    ('# Tax helper privacy\n\n## Information we collect\n\n- AI-generated tax calculations and adv'
     'ice history\n', 'en', 'data_categories', 'user_content', True),
    ('# Legal AI privacy\n\n## 2. Information we collect\n\nWe collect your name and e-mail.\n\n'
     '## 13. Definitions and interpretations\n\n### 13.1 Key Terms\n\n**Sensitive Personal Infor'
     'mation:** Information that reveals special categories of data such as religious beliefs, '
     'health information, or biometric data.\n', 'en', 'sensitive_categories', 'biometric', False),
    ('# 学车宝隐私政策\n\n## 一、定义\n\n本隐私权保护政策中涉及的个人敏感信息包括:您的个人身份信息(包括身份证、户籍地址); 网络身份识别'
     '信息(包括姓名、账户名及前述的有关密码);其他信息(包括个人电话号码、手机号码、位置信息)。\n', 'zh', 'data_categories',
     'government_id', True),
    ('# 学车宝隐私政策\n\n## 一、定义\n\n个人敏感信息:包括您的个人身份信息(包括身份证、户籍地址); 网络身份识别信息(包括姓名、账户名及'
     '前述的有关密码);其他信息(包括个人电话号码、手机号码、位置信息)。\n', 'zh', 'data_categories', 'government_id',
     False),
    # (a part on custom settings, 自定义, defines nothing)
    ('# 头像工坊隐私政策\n\n## 三、自定义设置\n\n我们会收集您设置的昵称和头像。\n', 'zh', 'data_categories', 'account',
     True),
    ('# 紧急呼救隐私政策\n\n## 一、权限\n\n- 存储权限：用于存储您的紧急联系人信息、应用设置和必要的日志文件。\n', 'zh',
     'data_categories', 'user_content', False),
    ('# 紧急呼救隐私政策\n\n## 一、我们收集的信息\n\n我们会保存您上传的文件。\n', 'zh', 'data_categories',
     'user_content', True),
    ('# 紧急呼救隐私政策\n\n## 三、共享\n\n在必要时，我们可能会向警察、消防、医疗等公共安全或救援机构提供您的信息。\n', 'zh',
     'data_categories', 'health', False),
    ('# 紧急呼救隐私政策\n\n## 一、我们收集的信息\n\n我们会收集您的医疗记录。\n', 'zh', 'data_categories',
     'health', True),
    # rights: a label before a spaced hyphen, the handler's deletion after closing, 访问并更新
    ('# Lecture notes privacy\n\n## Your Rights\n\n1. **Access** - Request copies of your data\n5'
     '. **Opt-out** - Disable analytics and marketing communications\n', 'en', 'rights',
     'access', True),
    ('# Lecture notes privacy\n\n## Your Rights\n\n1. **Access** - Request copies of your data\n5'
     '. **Opt-out** - Disable analytics and marketing communications\n', 'en', 'rights',
     'restrict_object', True),
    ('# 学术猫隐私政策\n\n## 五、您的权利\n\n您有权随时注销您的学术猫账号。账号注销后，我们将停止为您提供服务，并依据相关法律法规删除或匿名'
     '化处理您的个人信息。\n', 'zh', 'rights', 'delete', False),
    ('# 学术猫隐私政策\n\n## 五、您的权利\n\n您可以要求我们删除您的个人信息。账号注销后，我们将删除您的个人信息。\n', 'zh',
     'rights', 'delete', True),
    ('# 翻译君隐私政策\n\n## 您的权利\n\n- 访问并更新您的个人信息。\n', 'zh', 'rights', 'correct', True),
]

ROUND_2_SCALARS = [
    ('# Notes app privacy\n\n## How we use data\n\nWe use your data to optimize our AI models.\n',
     'en', 'model_training.value', 'yes'),
    ('# Photo culling privacy\n\n## How we use data\n\n- Optimize AI model selection for cost an'
     'd speed\n', 'en', 'model_training.value', 'not_stated'),
    ('# Lecture app privacy\n\n## How we use information\n\n**To personalize your experience:** '
     'Including providing customized recommendations for learning materials.\n', 'en',
     'automated_decision.value', True),
    ('# Citizenship prep privacy\n\n## Policy for Children\n\nWe do not knowingly solicit infor'
     'mation from or market to children under the age of 13.\n', 'en', 'minors.minimum_age', 13),
]


# Round 26 (plant, bird and weather apps, music tools, dating and relationship apps): a lead-in
# that denies one thing and then lists what it collects, coordinates, data that remains on the
# user's device or the local machine, a denial followed by its list, the law's impact assessment,
# the first age a sentence states, a part of data requests, a right to ask for deletion.
ROUND_3_TERMS = [
    ('# 恋聊键盘隐私政策\n\n## 2. 我们收集的信息\n\n2.1 本App仅收集与服务核心功能相关的必要信息，不会收集任何位置相关信息，具体收集类型如下：\n\n'
     '- 账户信息：若您注册账户，我们会收集您提供的电子邮件地址、昵称等基础账户信息。\n', 'zh', 'data_categories', 'contact',
     True),
    ('# 恋聊键盘隐私政策\n\n## 2. 我们收集的信息\n\n本App不会收集：\n\n- 您的电子邮件地址\n', 'zh', 'data_categories',
     'contact', False),
    ('# 天气隐私政策\n\n## 2. 我们收集的信息\n\n| 类型 | 字段 | 用途 |\n|---|---|---|\n| 订阅设置 | 监控地点的经纬度、规则参数 | 触发'
     '通知 |\n', 'zh', 'data_categories', 'location', True),
    ('# Bird app privacy\n\n## 3. Data we collect\n\nRecordings always remain exclusively on the '
     "user's device. Audio recordings never leave the user's device.\n", 'en', 'data_categories',
     'voice', False),
    ('# Beat maker privacy\n\n## Information we collect\n\n- **Social Media Credentials**: OAuth '
     'tokens for YouTube and TikTok (stored locally on your device)\n', 'en', 'data_categories',
     'contacts_social', False),
    ('# Plant care privacy\n\n## Contact\n\n### Data Requests\n- **Access:** Request access to y'
     'our data\n- **Portability:** Export your data\n', 'en', 'rights', 'portability', True),
]

ROUND_3_SCALARS = [
    ('# 自然记忆隐私政策\n\n## 五、用户权利\n\n您有权：\n\n- 删除APP内保存的所有历史记录\n- 通过邮箱联系我们删除账户信息\n', 'zh',
     'retention.stated', False),
    ('# 自然记忆隐私政策\n\n## 三、存储\n\n- 账号注销后，我们将删除您的账户信息。\n', 'zh', 'retention.stated',
     True),
    ('# 清禾隐私政策\n\n## 六、您的权利\n\n您可以：\n\n- 账户注销：在“设置—账号与安全”中发起，注销后我们将删除或匿名化处理您的个人信息。\n',
     'zh', 'retention.stated', True),
    ('# DJ radio privacy\n\n## Retention\n\nMusic prompts and reactions are retained indefinitely'
     ' to keep the radio running.\n', 'en', 'retention.stated', True),
    ('# 缘婚恋隐私政策\n\n## 七、保护\n\n针对处理敏感个人信息、自动化决策、向境外提供个人信息等高风险行为，我们将依法开展个人信息保护影响评估。\n',
     'zh', 'cross_border.value', 'not_stated'),
    ('# 缘婚恋隐私政策\n\n## 七、保护\n\n针对处理敏感个人信息、自动化决策、向境外提供个人信息等高风险行为，我们将依法开展个人信息保护影响评估。\n',
     'zh', 'automated_decision.value', False),
    ('# 缘婚恋隐私政策\n\n## 七、跨境\n\n我们会向境外提供您的个人信息，并已开展个人信息保护影响评估。\n', 'zh',
     'cross_border.value', 'yes'),
    ('# 约伴隐私政策\n\n【特别提示】我们并不面向未满十八周岁的用户提供服务，如果您是未成年人，尤其是不满十四周岁的未成年人，敬请不要注册成为我们的用户。\n',
     'zh', 'minors.minimum_age', 18),
    ('# Bird app privacy\n\n## 6. Third parties\n\nThe app **does not use** Firebase Storage (co'
     'nsequently no audio or photograph is ever uploaded to Firebase servers), Firebase Analytic'
     's, Firebase Crashlytics, Firebase Remote Config or any other Google analysis or profiling '
     'services.\n', 'en', 'automated_decision.value', False),
    ('# Bird app privacy\n\n## 6. Third parties\n\nWe do not sell your data, but we use profiling'
     ' to show you relevant content.\n', 'en', 'automated_decision.value', True),
]


# Round 27 (trading bots and receipt scanners, roleplay and Discord bots, legal and HR tools,
# cross-border commerce): a company's name, money withdrawn, KYC documents, a general geographic
# location, 转移您的数据, data to be masked before upload, a label alone on its line, signals and
# 精准推荐 chosen for the user, retention until an operator removes it.
ROUND_4_TERMS = [
    ('# Trading bot privacy\n\n## Information we collect\n\n- Identification documents for KYC ve'
     'rification\n', 'en', 'data_categories', 'government_id', True),
    ('# Portfolio tracker privacy\n\n## Information collected automatically\n\n- IP address and ge'
     'neral geographic location\n', 'en', 'data_categories', 'location', True),
    ('# Trading bot privacy\n\n## Your Rights\n\nYou can:\n- Withdrawing funds and contacting sup'
     'port\n', 'en', 'rights', 'withdraw_consent', False),
    ('# Trading bot privacy\n\n## Your Rights\n\nYou can:\n- Withdrawing consent at any time\n',
     'en', 'rights', 'withdraw_consent', True),
    ('# Fun bot privacy\n\n## 6. Your Choices\n\n- **Opt-Out:**  \n  If you do not agree with th'
     'is policy, do not use the Bot.\n', 'en', 'rights', 'restrict_object', False),
    ('# Fun bot privacy\n\n## 6. Your Choices\n\n- **Opt-Out:**  \n  You may object to our use o'
     'f your messages for analytics.\n', 'en', 'rights', 'restrict_object', True),
    ('# 财务助手隐私政策\n\n## 五、您的权利\n\n您有权访问、更正、删除或转移您的数据。\n', 'zh', 'rights', 'portability',
     True),
    ('# 合同审查协议\n\n## 二、上传\n\n请确保上传的合同已进行必要的脱敏处理（如替换真实姓名、地址等）。\n', 'zh',
     'data_categories', 'contact', False),
]

ROUND_4_SCALARS = [
    ('# 云启跨境隐私政策\n\nYunqi Cross-Border Technology Co., Ltd. ("we") is committed to protecting '
     'your privacy.\n', 'en', 'cross_border.value', 'not_stated'),
    ('# Shop privacy\n\n## Transfers\n\nWe may make cross-border transfers of your data to our ser'
     'vers in Singapore.\n', 'en', 'cross_border.value', 'yes'),
    ('# Bookbot privacy\n\n## Transfers\n\nData may be processed in countries different from your'
     ' own where service providers operate.\n', 'en', 'cross_border.value', 'yes'),
    ('# Signals bot privacy\n\n## How we use information\n\n- Generate personalized trading signal'
     's\n', 'en', 'automated_decision.value', True),
    ('# 求职助手隐私政策\n\n## 一、我们如何使用\n\n您可自愿完善求职意向，以获得更精准的推荐服务。\n', 'zh',
     'automated_decision.value', True),
    ('# Discord bot privacy\n\n## Data retention\n\nData is retained until manually removed by the '
     'bot operator or via a bot-provided deletion command.\n', 'en', 'retention.stated', True),
]


# Round 28 (security and child-safety tools, developer tools, Chinese open-source apps, reading and
# vocabulary apps): a flattened "Category / Examples / Collected" table, a title naming what is
# not collected, keys kept in the editor's settings, files kept on the phone, a pointer to read the
# policy, message contents, the rights to an explanation of and to refuse automated decisions,
# deletion right after the work, "符合数据出境要求".
ROUND_5_TERMS = [
    ('# Commit helper privacy\n\n## Categories of Personal Information We Collect\n\nCategoryExa'
     'mplesCollected\nA. Identifiers\n\nContact details, such as real name and email address\n\nYE'
     'S\n\nE. Biometric information\n\nFingerprints and voiceprints\n\nNO\n', 'en',
     'sensitive_categories', 'biometric', False),
    ('# Commit helper privacy\n\n## Categories of Personal Information We Collect\n\nCategoryExa'
     'mplesCollected\nA. Identifiers\n\nContact details, such as real name and email address\n\nYE'
     'S\n\nE. Biometric information\n\nFingerprints and voiceprints\n\nNO\n', 'en',
     'data_categories', 'contact', True),
    ('我们郑重承诺：未经您同意，我们不会收集您的任何个人信息。\n1. 我们不收集的信息类型\n1. Information We Do NOT Collect\n'
     '您的姓名(除非您主动输入用于显示)、头像、联系方式、位置信息、设备标识符等。\nYour name, profile photo, contact information'
     ', location data, device identifiers, etc.\n2. 数据存储\n', 'zh', 'data_categories', 'location', False),
    ('# Coding agent privacy\n\n## Information we collect\n\n- API Keys: stored securely and loca'
     'lly in your VS Code settings\n', 'en', 'data_categories', 'account', False),
    ('# 听说隐私政策\n\n## 二、我们收集的信息\n\n录音文件保存在本应用在你手机上的私有目录。\n', 'zh', 'data_categories',
     'voice', False),
    ('# 听书隐私政策\n\n## 十、其他\n\n您可以随时在本页面查阅最新用户个人信息保护及隐私政策。\n', 'zh', 'rights', 'access',
     False),
    # a heading over both what is and what is not collected collects (a denying one does not)
    ('# Notes privacy\n\n## What we collect and what we do not collect\n\nWe collect your email a'
     'ddress.\n', 'en', 'data_categories', 'contact', True),
    ('# 笔记隐私政策\n\n## 我们收集和不收集的信息\n\n我们收集您的手机号码。\n', 'zh', 'data_categories', 'contact',
     True),
    ('# Notes privacy\n\n## Data Not Collected\n\nYour email address and phone number.\n', 'en',
     'data_categories', 'contact', False),
    ('# Mail sorter privacy\n\n## Information we access\n\nWe read the content of your Gmail mess'
     'ages, including sender, subject, and body.\n', 'en', 'data_categories', 'user_content',
     True),
    ('# 工作台隐私政策\n\n## 六、您的权利\n\n您享有以下权利：\n\n- 对自动化决策结果（如适用）进行说明与拒绝\n', 'zh', 'rights',
     'explain', True),
    ('# 工作台隐私政策\n\n## 六、您的权利\n\n您享有以下权利：\n\n- 对自动化决策结果（如适用）进行说明与拒绝\n', 'zh', 'rights',
     'restrict_object', True),
]

ROUND_5_SCALARS = [
    ('# 工作台隐私政策\n\n## 六、您的权利（依据 PIPL）\n\n您对个人信息的处理享有以下权利，可通过本政策末尾的联系方式向我们行使：\n\n- **删除'
     '**您的个人信息；\n- 对自动化决策结果（如适用）进行说明与拒绝。\n', 'zh', 'automated_decision.value', False),
    ('# 简历优化隐私政策\n\n## 三、存储\n\n您的简历会传输至北京的推理服务器（中国大陆境内，符合数据出境要求）。\n', 'zh',
     'cross_border.value', 'not_stated'),
    ('# PR bot privacy\n\n## Retention\n\nThe diff is deleted immediately after the review comment'
     ' is created.\n', 'en', 'retention.stated', True),
]


@pytest.mark.parametrize(("text", "lang", "field", "term", "present"),
                         NOT_COLLECTED + NAMED + RIGHTS + ROUND_2_TERMS + ROUND_3_TERMS
                         + ROUND_4_TERMS + ROUND_5_TERMS)
def test_terms(analyser: Analyser, text: str, lang: str, field: str, term: str,
               present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), field)) is present


@pytest.mark.parametrize(("text", "lang", "path", "expected"), SCALARS + ROUND_2_SCALARS
                         + ROUND_3_SCALARS + ROUND_4_SCALARS
                         + ROUND_5_SCALARS)
def test_scalars(analyser: Analyser, text: str, lang: str, path: str, expected: object) -> None:
    assert _value(analyser.analyse(text, lang=lang), path) == expected
