"""Terms and topics from shapes found in session 14 (whole notices of small AI products: recruiting
and voice agents, sign-language and captioning tools, Taiwanese and Hong Kong SaaS, Chinese
interview and marketing tools; and the OPP-115 train split), written for the project (not the
notices' text). Each case was checked to fail on the analyser of the session's start before the
change it pins, or is the control beside one."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(result: dict, field: str) -> list[str]:
    return [item["term"] for item in result[field]]


def _value(result: dict, path: str) -> object:
    """A scalar of the result named "field.key" ("retention.stated", "cross_border.value")."""
    field, key = path.split(".")
    return result[field][key]


def _topics(result: dict) -> set[str]:
    return {t for clause in result["clauses"] for t in clause["topics"]}


# Whether a term is found: rights named by gerunds and by Germany's "information about the
# origin, recipients and purpose", a caveat's "restrictions" that is no right, a jurisdiction's
# "your location", what other users see, answers to an interview, "device/OS", a Taiwanese
# notice's purpose codes and its 辨識財務者, a route (轨迹) beside the location, 精确或大致定位.
TERMS = [
    ('# Wellness app privacy\n\n## Your choices\n\nYou have choices about your data, includi'
     'ng accessing, updating, or deleting your data and opting out of marketing e-mails.\n',
     'en', 'rights', 'access', True),
    ('# Wellness app privacy\n\n## Your choices\n\nYou have choices about your data, includi'
     'ng accessing, updating, or deleting your data and opting out of marketing e-mails.\n',
     'en', 'rights', 'correct', True),
    ('# Wellness app privacy\n\n## Your choices\n\nYou have choices about your data, includi'
     'ng accessing, updating, or deleting your data and opting out of marketing e-mails.\n',
     'en', 'rights', 'delete', True),
    ('# Wellness app privacy\n\n## Your choices\n\nYou have choices about your data, includi'
     'ng accessing, updating, or deleting your data and opting out of marketing e-mails.\n',
     'en', 'rights', 'restrict_object', True),
    ('# Text tool privacy\n\n## Your rights\n\nYou may at any time obtain information free o'
     'f charge about the origin, recipients and purpose of your stored personal data.\n',
     'en', 'rights', 'access', True),
    ('# Platform privacy\n\n## Deletion\n\nYou can ask us to delete your personal informatio'
     'n at any time (subject to legal or contractual restrictions).\n',
     'en', 'rights', 'restrict_object', False),
    ('# Platform privacy\n\n## Deletion\n\nYou can ask us to delete your personal informatio'
     'n at any time (subject to legal or contractual restrictions).\n',
     'en', 'rights', 'delete', True),
    ('# Platform privacy\n\n## Your rights\n\nYou may ask us to restrict the processing of y'
     'our data.\n', 'en', 'rights', 'restrict_object', True),
    ('# Hiring tool privacy\n\n## Information we collect\n\nDepending on your location, you '
     'may have further rights over your personal information.\n',
     'en', 'data_categories', 'location', False),
    ('# Hiring tool privacy\n\n## Information we collect\n\nWe collect your location to sugg'
     'est nearby roles.\n', 'en', 'data_categories', 'location', True),
    ('# Hiring tool privacy\n\n## Sharing\n\nIf you join a team workspace, those users may s'
     'ee your profile and the notes you share there.\n',
     'en', 'data_categories', 'account', False),
    ('# Hiring tool privacy\n\n## Information we collect\n\nWe collect the results of our to'
     'ols, including chatbot interview responses and test scores.\n',
     'en', 'data_categories', 'user_content', True),
    ('# CRM privacy\n\n## Information we collect\n\n- Product analytics: events, app version'
     ', device/OS, timestamps.\n', 'en', 'data_categories', 'device', True),
    ('# 聊天機器人隱私權政策\n\n## 蒐集之目的\n\n- 〇六七 信用卡、現金卡、轉帳卡或電子票證業務\n'
     '- 〇九〇 消費者、客戶管理與服務\n', 'zh', 'sensitive_categories', 'financial_account', False),
    ('# 聊天機器人隱私權政策\n\n## 個人資料類別\n\n我們可能蒐集您的姓名、電話及為完成收款或付款所需之資料'
     '（辨識財務者，代號C002）。\n', 'zh', 'data_categories', 'financial', True),
    ('# 运动应用隐私政策\n\n## 我们收集的信息\n\n应用会保存您运动时产生的数据，包括您的地理位置信息、时间、轨迹。\n',
     'zh', 'sensitive_categories', 'whereabouts', True),
    ('# 运动应用隐私政策\n\n## 我们收集的信息\n\n应用会保存您运动时产生的数据，包括时间、步数、心率。\n',
     'zh', 'sensitive_categories', 'whereabouts', False),
    ('# 睡眠应用隐私政策\n\n## 我们收集的信息\n\n天气功能可能请求精确或大致定位，您可以拒绝。\n',
     'zh', 'sensitive_categories', 'whereabouts', True),
]


# The scalars: AI scoring and screening of candidates (a decision about a person), a list item
# that states a transfer without its full stop, standard contract clauses in Chinese, recipients
# outside the user's jurisdiction (法域), a Taiwanese notice's region and period of use, a period
# followed by the user's early deletion, and how the user closes the account (no rule of keeping).
SCALARS = [
    ('# Recruiting privacy\n\n## How we use data\n\n- Our AI model scores candidate respons'
     'es to interview questions.\n', 'en', 'automated_decision.value', True),
    ('# Recruiting privacy\n\n## How we use data\n\n- To produce interview scores and hiring'
     ' recommendations for the hiring team.\n', 'en', 'automated_decision.value', True),
    ('# Recruiting privacy\n\n## How we use data\n\nWe do not use AI to score candidates.\n',
     'en', 'automated_decision.value', False),
    ('# Recruiting privacy\n\n## How we use data\n\nRecruiters review each application by h'
     'and.\n', 'en', 'automated_decision.value', False),
    ('# 面试平台隐私政策\n\n## 信息的使用\n\nAI评估仅作为协助雇主进行招聘决策的参考。\n',
     'zh', 'automated_decision.value', True),
    ('# 面试平台隐私政策\n\n## 信息的使用\n\n我们将您的信息用于：\n\n- 为候选人匹配潜在雇主\n',
     'zh', 'automated_decision.value', True),
    ('# 面试平台隐私政策\n\n## 信息的使用\n\n我们不会对简历进行自动评分。\n',
     'zh', 'automated_decision.value', False),
    ('# 营销工具隐私政策\n\n## 9. 国际数据传输\n\n- 您的数据可能在中国境外进行处理\n- 我们确保数据传输符合法律\n',
     'zh', 'cross_border.value', 'yes'),
    ('# 营销工具隐私政策\n\n## 9. 数据传输\n\n- 数据传输\n- 安全措施\n',
     'zh', 'cross_border.value', 'not_stated'),
    ('# Tool privacy\n\n## Transfers\n\n- Data may be processed in the US\n',
     'en', 'cross_border.value', 'yes'),
    ('# 睡眠应用隐私政策\n\n## 10. 国际数据传输\n\n部分请求可能由服务端点所在地区处理。我们将采取保障措施（如需要时采用标准合同条款等）。\n',
     'zh', 'cross_border.value', 'yes'),
    ('# 字幕工具隐私政策\n\n## 共享\n\n我们可能将您的信息与服务供应商分享（他们可能并非位于您所在的法域）。\n',
     'zh', 'cross_border.value', 'yes'),
    ('# 聊天機器人隱私權政策\n\n## 利用之期間、地區、對象及方式\n\n- 利用之地區：中華民國地區。\n',
     'zh', 'cross_border.value', 'no'),
    ('# 聊天機器人隱私權政策\n\n## 利用之期間、地區、對象及方式\n\n- 利用之期間：除法律另有規定外，以您要求停止使用之日為止。\n',
     'zh', 'retention.stated', True),
    ('# 面试平台隐私政策\n\n## 数据保留\n\n面试录像通常保留12个月，除非您要求提前删除。\n',
     'zh', 'retention.stated', True),
    ('# 面试平台隐私政策\n\n## 您的权利\n\n您有权访问、更正或删除您的个人信息。如需彻底删除账户，请使用设置中的注销账号功能。\n',
     'zh', 'retention.stated', False),
    ('# 面试平台隐私政策\n\n## 数据保留\n\n您注销账号后，我们将删除您的个人信息。\n',
     'zh', 'retention.stated', True),
]


# The clause topics: the right to access, correct or delete named by a gerund, by a change
# made, by an account closed at the user's request; a paragraph about opting out stays choice.
RIGHTS_TOPICS = [
    (' Accessing, Correcting and Deleting Your Information We take reasonable steps to record a'
     'ccurately the information you give us. ', 'rights', True),
    ('Changing your details. If you are a registered member, you can make changes to your acco'
     'unt information by signing in and opening My Account.', 'rights', True),
    ('Closing your account: You can request that your account be deleted at any time by conta'
     'cting us.', 'rights', True),
    ('Marketing e-mails. You may opt out of our newsletter at any time by clicking the unsubscr'
     'ibe link.', 'rights', False),
    ('Marketing e-mails. You may opt out of our newsletter at any time by clicking the unsubscr'
     'ibe link.', 'choice', True),
]


@pytest.mark.parametrize(("text", "topic", "present"), RIGHTS_TOPICS)
def test_rights_topics(analyser: Analyser, text: str, topic: str, present: bool) -> None:
    assert (topic in _topics(analyser.analyse(text, lang="en"))) is present


# A list whose items a blank line parts (a web page's list saved as text) is a list under its
# lead-in, not a run of headings; a title in capitals after it still opens the next part.
def test_items_parted_by_blank_lines_stay_items() -> None:
    from consent_ledger.notices.segment import segment

    text = ("Your Rights\n\nMerchants may request:\n\nAccess to stored store data\n\n"
            "Correction of inaccurate data\n\nDeletion of their store data\n\n"
            "How We Use Information\n\nWe use it to run the service.\n")
    kinds = [(span.kind, text[span.start:span.end]) for span in segment(text)]
    assert kinds == [("heading", "Your Rights"), ("sentence", "Merchants may request:"),
                     ("item", "Access to stored store data"),
                     ("item", "Correction of inaccurate data"),
                     ("item", "Deletion of their store data"),
                     ("heading", "How We Use Information"),
                     ("sentence", "We use it to run the service.")]


MORE_TERMS = [
    ('Your Rights\n\nMerchants may request:\n\nAccess to stored store data\n\nCorrection of'
     ' inaccurate data\n\nDeletion of their store data\n', 'en', 'rights', 'access', True),
    ('# 运动应用隐私政策\n\n## 信息披露\n\n如果我们披露这些信息是向可能对我们的权利或财产造成损害之行为提起诉讼之必要；\n',
     'zh', 'rights', 'complain', False),
    ('# 运动应用隐私政策\n\n## 您的权利\n\n如您对处理结果不满意，您可以向人民法院提起诉讼。\n',
     'zh', 'rights', 'complain', True),
    ('# 社群助理隐私政策\n\n## 您的权利\n\n使用者可以透过以下方式退出资料收集：\n\n- 在设定中关闭统计\n',
     'zh', 'rights', 'restrict_object', True),
    ('# 面试平台隐私政策\n\n## 我们收集的信息\n\n- IP地址和位置数据\n- 面试回答的视频录制\n',
     'zh', 'data_categories', 'location', True),
    ('# 面试平台隐私政策\n\n## 我们收集的信息\n\n- IP地址和位置数据\n- 面试回答的视频录制\n',
     'zh', 'data_categories', 'user_content', True),
]


# Round 15: a transfer the service may take up one day is none it makes now (four blind golds
# agree), data kept at home "存储和处理在境内", a country of someone else ("outside the
# merchant's country"), a warning to take care is no collection, the handler stopping its own
# processing is no right, 查询 as a product's feature is no right of access.
ROUND_15 = [
    ('# 记账隐私政策\n\n## 十、跨境传输\n\n当前数据存储和处理在境内。如未来涉及跨境传输，将遵守相关法律法规并征得您的同意。\n',
     'zh', 'cross_border.value', 'no'),
    ('# 记账隐私政策\n\n## 十、跨境传输\n\n如未来涉及跨境传输，将遵守相关法律法规并征得您的同意。\n',
     'zh', 'cross_border.value', 'not_stated'),
    ('# Notes privacy\n\n## Transfers\n\nIf we ever transfer your data outside the EU in the'
     ' future, we will use standard contractual clauses.\n', 'en', 'cross_border.value', 'not_stated'),
    ('# Notes privacy\n\n## Transfers\n\nWe transfer your data outside the EU under standard c'
     'ontractual clauses.\n', 'en', 'cross_border.value', 'yes'),
    ('# Try-on app privacy\n\n## Storage\n\nData may be processed on cloud servers located ou'
     'tside the merchant’s country.\n', 'en', 'cross_border.value', 'yes'),
]


ROUND_15_TERMS = [
    ('# 笔记隐私政策\n\n## 我们收集的信息\n\n您的身份信息、生物识别信息等属于个人敏感信息，请您谨慎提供。\n',
     'zh', 'sensitive_categories', 'biometric', False),
    ('# 笔记隐私政策\n\n## 我们收集的信息\n\n我们会收集您的人脸信息用于实名认证，该信息属于个人敏感信息，请您谨慎提供。\n',
     'zh', 'sensitive_categories', 'biometric', True),
    ('# 基金分析隐私政策\n\n## 您的权利\n\n您注销账号后，我们将停止处理您的个人信息。\n',
     'zh', 'rights', 'restrict_object', False),
    ('# 基金分析隐私政策\n\n## 您的权利\n\n您有权要求我们停止处理您的个人信息。\n',
     'zh', 'rights', 'restrict_object', True),
    ('# 基金分析隐私政策\n\n## 您的权利\n\n知情权与决定权：您有权了解我们如何处理您的个人信息，并有权限制或拒绝。\n',
     'zh', 'rights', 'restrict_object', True),
    ('# 编码查询扩展隐私政策\n\n## 您的权利\n\n您输入的查询关键词将发送至您选择的服务商。您可以随时清除本地配置。\n',
     'zh', 'rights', 'access', False),
    ('# 编码查询扩展隐私政策\n\n## 您的权利\n\n您可以随时查询您的个人信息。\n',
     'zh', 'rights', 'access', True),
]


# A web page saved line by line, with no blank line anywhere: its numbered titles still open
# parts ("2. 我们收集的信息" over "2.1 …"), so the items under them read as collected; a sign-in
# lead-in hands over what it lists; 处理完成后将不予长期存储 is a rule of keeping.
DENSE = ("隐私政策\n最后更新日期:2025年1月\n1. 引言\n我们致力于保护您的隐私。\n2. 我们收集的信息\n"
         "我们通过以下方式收集信息:\n2.1 您提供的信息\n账户信息\n- 姓名\n- 电子邮件地址\n- 密码(以加密形式存储)\n"
         "通信数据\n- 您通过AI聊天框发送的消息\n- 对话和聊天记录\n3. 联系我们\n如有问题请联系 privacy@lex.example。\n")


def test_numbered_titles_of_a_dense_text_open_parts(analyser: Analyser) -> None:
    clauses = analyser.clauses(DENSE, "zh")
    kinds = {c.text: c.kind for c in clauses}
    assert kinds["2. 我们收集的信息"] == "heading" and kinds["3. 联系我们"] == "heading"
    assert kinds["- 姓名"] == "item"
    found = _terms(analyser.analyse(DENSE, lang="zh"), "data_categories")
    assert {"contact", "user_content"} <= set(found)


def test_a_numbered_list_of_a_dense_text_stays_a_list(analyser: Analyser) -> None:
    text = ("隐私政策\n第一部分\n我们收集以下信息：\n1. 姓名\n2. 电话号码\n3. 电子邮件地址\n我们用这些信息提供服务。\n"
            "第二部分\n我们不会出售您的信息。\n第三部分\n如有问题请联系我们。\n其他\n本政策可能更新。\n")
    kinds = {c.text: c.kind for c in analyser.clauses(text, "zh")}
    assert kinds["1. 姓名"] == kinds["2. 电话号码"] == "item"


ROUND_15_MORE = [
    ('# 录音笔隐私政策\n\n2.4 账户信息(可选)\n如果您选择使用 Google 登录:\n- 电子邮件地址\n- 姓名\n',
     'zh', 'data_categories', 'contact', True),
    ('# Recorder privacy\n\n## Account (optional)\n\nIf you choose to sign in with Google:\n\n'
     '- Email address\n- Name\n', 'en', 'data_categories', 'contact', True),
    ('# 证件照隐私政策\n\n## 我们收集的信息\n\n- 使用数据和与我们的服务的交互\n',
     'zh', 'data_categories', 'usage_logs', True),
]


def test_not_kept_long_after_processing_is_a_rule_of_keeping(analyser: Analyser) -> None:
    text = "# 证件照隐私政策\n\n## 安全\n\n您的上传照片仅用于即时处理，处理完成后将不予长期存储或用于其他用途。\n"
    assert analyser.analyse(text, lang="zh")["retention"]["stated"] is True


# Round 16: "Invoice" holds no voice; an animal's health is no person's; the service's uses of AI
# listed in its part on automated decisions (unless the part denies them); the user deciding who
# sees something is no automated decision; a security rule that users reach only their own data
# is no right of access; the handler's review of the data it holds is no profiling; an open item
# of a checklist states nothing; a rule for what the user types, a denial of keeping card numbers
# and a business's 诊断结果 are no collection of sensitive data.
ROUND_16_TERMS = [
    ('# Invoicing app privacy\n\n## Information we collect\n\n- Invoice data: amounts, line'
     ' items and due dates\n', 'en', 'data_categories', 'voice', False),
    ('# Vet scribe privacy\n\n## Information we collect\n\n- Patient records (animal health i'
     'nformation)\n', 'en', 'sensitive_categories', 'health', False),
    ('# Clinic app privacy\n\n## Information we collect\n\n- Your health information, such as'
     ' symptoms you describe\n', 'en', 'sensitive_categories', 'health', True),
    ('# Dream journal privacy\n\n## Security\n\nWe use row-level security to ensure that users'
     ' can only access their own data.\n', 'en', 'rights', 'access', False),
    ('# 教学助手隐私政策\n\n## 输入内容\n\n特别是学生姓名、成绩、健康信息、未成年人信息，不应在没有合法依据的情况下输入或上传。\n',
     'zh', 'sensitive_categories', 'health', False),
    ('# 网关隐私政策\n\n## 支付信息\n\n通常情况下，我们不会自行保存完整银行卡号、支付密码或第三方支付账户口令；\n',
     'zh', 'sensitive_categories', 'financial_account', False),
    ('# 咨询助手隐私政策\n\n## 我们处理的信息\n\n- AI 生成的回复、报告、清单、计划、诊断结果；\n',
     'zh', 'sensitive_categories', 'health', False),
    ('# 问诊助手隐私政策\n\n## 我们收集的健康信息\n\n- 诊断结果\n- 用药记录\n',
     'zh', 'sensitive_categories', 'health', True),
    ('# 占卜助手隐私政策\n\n## 您的权利\n\n您可以请求删除您的数据和账户。\n',
     'zh', 'rights', 'deregister_account', True),
    ('# 占卜助手隐私政策\n\n## 您的权利\n\n您有权要求传输您的个人信息。\n',
     'zh', 'rights', 'portability', True),
    ('# 恋爱助手隐私政策\n\n## 您的权利\n\n您可以行使访问、更正、删除、导出、限制处理等权利。\n',
     'zh', 'rights', 'copy', True),
    ('# Farm app privacy\n\n## Information we collect\n\n- Location (district and state)\n',
     'en', 'data_categories', 'location', True),
]


ROUND_16_SCALARS = [
    ('# Repair platform privacy\n\n## 18. Automated Decision-Making\n\n**The Platform uses A'
     'I for:**\n\n- Diagnostic analysis\n- Fraud detection\n', 'en', 'automated_decision.value', True),
    ('# Repair platform privacy\n\n## Automated Decision-Making\n\nWe do not use automated de'
     'cision-making. We use AI for:\n\n- Drafting replies\n', 'en', 'automated_decision.value', False),
    ('# Memorial privacy\n\n## About\n\nYou decide who sees your memorials and can export you'
     'r data anytime.\n', 'en', 'automated_decision.value', False),
    ('# 知识库隐私政策\n\n## 安全\n\n我们会定期对收集、存储和处理的个人信息进行安全评估，以确保个人信息安全。\n',
     'zh', 'automated_decision.value', False),
    ('# 知识库隐私政策\n\n## 安全\n\n我们会对您的登录行为进行安全评估。\n',
     'zh', 'automated_decision.value', True),
    ('# 教学助手隐私政策\n\n## 发布前检查\n\n- [ ] 确认模型服务是否使用用户内容训练或改进模型；\n',
     'zh', 'model_training.value', 'not_stated'),
    ('# Tarot privacy\n\n## International transfers\n\nYour data may be processed in countrie'
     's outside your residence.\n', 'en', 'cross_border.value', 'yes'),
]


# Rounds 16-17: a minimum age by a ban on those under it, an "Opt-out" that only says the user
# may leave, a privacy law named in a contact line, items marked as not done or under a part of
# what is not done (with an exception, a may), a fitness trainer, keeping tied to a subscription
# or to use, places listed under a lead-in of where data goes, a reply time, a denial by 不接收.
ROUND_17_SCALARS = [
    ('# 解梦隐私政策\n\n## 未成年人保护\n\n- 我们的服务主要面向 18 周岁以上的成年人\n- 14 周岁以下的未成年人不应使用本服务\n',
     'zh', 'minors.minimum_age', 14),
    ('# Camera privacy\n\n## 3.5 What We Do NOT Do\n\n- ❌ Sell your data\n- ❌ Train AI models'
     ' on your private footage\n', 'en', 'model_training.value', 'no'),
    ('# Camera privacy\n\n## What we do not do\n\n- Sell your data\n- Train AI models on your '
     'private footage\n', 'en', 'model_training.value', 'no'),
    ('# Tarot privacy\n\n## We don\'t:\n\n- ❌ Use your content to train AI models (without e'
     'xplicit consent)\n', 'en', 'model_training.value', 'yes'),
    ('# Coach privacy\n\n## What we collect\n\n- Coaching memories: your training history and'
     ' what your AI trainer learns from your chats\n', 'en', 'model_training.value', 'not_stated'),
    ('# Coach privacy\n\n## Website\n\nVisit us at https://coachtrainer.ai for help.\n',
     'en', 'model_training.value', 'not_stated'),
    ('# Doorbell privacy\n\n## Retention\n\nWe retain recordings for the duration of your rec'
     'ording subscription period.\n', 'en', 'retention.stated', True),
    ('# Camera app privacy\n\n## Retention\n\nWe keep your data for as long as you use the ap'
     'plication.\n', 'en', 'retention.stated', True),
    ('# Marketing studio privacy\n\n## 9. International Data Transfers\n\nData may be proces'
     'sed and stored in:\n\n- United States (hosting, AI models)\n- European Union (database)\n',
     'en', 'cross_border.value', 'yes'),
    ('# Marketing studio privacy\n\n## Storage\n\nWe do not store data in:\n\n- United States\n',
     'en', 'cross_border.value', 'not_stated'),
    ('# 旅行助手隐私政策\n\n## 跨境\n\n我们的服务商可能在美国等地处理与存储数据，你的信息可能在你所在地区以外被处理。\n',
     'zh', 'cross_border.value', 'yes'),
    ('# 旅行助手隐私政策\n\n## 账号删除\n\n如需删除账号及所有相关数据，请联系我们，我们将在 15 个工作日内处理。\n',
     'zh', 'retention.stated', False),
]


ROUND_17_TERMS = [
    ('# Field app privacy\n\n## Your rights\n\n- **Opt-Out:** Manage your preferences for mar'
     'keting e-mails\n', 'en', 'rights', 'restrict_object', True),
    ('# Voice bot privacy\n\n## Your rights\n\n- **Opt-out:** Stop using the service at any t'
     'ime\n', 'en', 'rights', 'restrict_object', False),
    ('# Builder privacy\n\n## Your rights\n\nYou have the right to:\n\n- Understand how AI dec'
     'isions are made\n', 'en', 'rights', 'explain', True),
    ('# 塔罗隐私政策\n\n## 您的权利\n\n- **访问与获取**：了解并获取我们处理的您的个人信息副本；\n',
     'zh', 'rights', 'access', True),
    ('# 辅食助手隐私政策\n\n## 我们收集的信息\n\n工单接口不接收宝宝姓名、自由备注、完整聊天记录或联系方式。\n',
     'zh', 'data_categories', 'contact', False),
]


def test_a_privacy_law_named_in_a_contact_line_is_a_privacy_purpose(analyser: Analyser) -> None:
    text = "# Privacy\n\n## Contact Us\n\nFor GDPR inquiries: dpo@fieldfix.example\n"
    assert analyser.analyse(text, lang="en")["handler"]["emails"] == ["dpo@fieldfix.example"]


# Rounds 17-18: an address for security concerns under its own heading, a product named
# HomeHealth, a promise to seek consent first, personalised suggestions and predictions, what the
# user submits or sends to a chatbot, precise or approximate location, 司法辖区以外, 退款账户.
ROUND_18_TERMS = [
    ('# Camera privacy\n\n## What we collect\n\nWe may provide you with aggregated HomeHealth'
     ' information about your home.\n', 'en', 'data_categories', 'health', False),
    ('# Scam checker privacy\n\n## What we collect\n\n- Message content: text, URLs and phone'
     ' numbers you submit for scanning\n', 'en', 'data_categories', 'user_content', True),
    ('# Picks app privacy\n\n## What we collect\n\n- Messages sent to our AI chatbot and supp'
     'ort team\n', 'en', 'data_categories', 'user_content', True),
    ('# Picks app privacy\n\n## What we collect\n\n- Location: precise or approximate locati'
     'on\n', 'en', 'sensitive_categories', 'whereabouts', True),
    ('# 心理陪伴隐私政策\n\n## 我们收集的信息\n\n我们需要收集您的联系方式及支付、退款账户等信息。\n',
     'zh', 'data_categories', 'financial', True),
]


ROUND_18_SCALARS = [
    # the review history kept is data, a check of the request comes before the deletion period
    ('# 社交应用隐私政策\n\n## 保留\n\n举报记录及其审核历史通常自结案起保留 **180 天**；仅在法律要求确有需要时延长。\n',
     'zh', 'retention.stated', True),
    ('# 社交应用隐私政策\n\n## 删除\n\n你可以在 App 内申请删除账户。验证后，我们会在 30 天内删除或匿名化账户数据与相关内容。\n',
     'zh', 'retention.stated', True),
    ('# 社交应用隐私政策\n\n## 权利\n\n我们将在验证您的身份后 15 个工作日内答复。\n',
     'zh', 'retention.stated', False),
    ('# Vacuum privacy\n\n## Legal bases\n\nTo comply with the law (e.g. GDPR), we will seek '
     'prior explicit consent to particular processing (e.g. automated individual decision-maki'
     'ng) of special categories of data.\n', 'en', 'automated_decision.value', False),
    ('# Fantasy app privacy\n\n## How we use data\n\n- Generate personalized trade evaluatio'
     'ns and waiver suggestions\n', 'en', 'automated_decision.value', True),
    ('# 书签隐私政策\n\n## 9. 国际传输\n\n您的数据可能在您所在司法辖区以外的地区处理。\n',
     'zh', 'cross_border.value', 'yes'),
]


def test_an_address_under_a_heading_for_security_concerns_is_not_a_privacy_one(
        analyser: Analyser) -> None:
    text = ("# Privacy\n\n## 12. Contact\n\n### 12.2 Data Requests\n\nEmail: requests@viral.example"
            "\n\n### 12.3 Security Concerns\n\nEmail: security@viral.example\n")
    assert analyser.analyse(text, lang="en")["handler"]["emails"] == ["requests@viral.example"]


# every table above, asked the same way
ALL_TERMS = TERMS + MORE_TERMS + ROUND_15_TERMS + ROUND_15_MORE + ROUND_16_TERMS + ROUND_17_TERMS \
    + ROUND_18_TERMS
ALL_SCALARS = SCALARS + ROUND_15 + ROUND_16_SCALARS + ROUND_17_SCALARS + ROUND_18_SCALARS


@pytest.mark.parametrize(("text", "lang", "field", "term", "present"), ALL_TERMS)
def test_terms(analyser: Analyser, text: str, lang: str, field: str, term: str,
               present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), field)) is present


@pytest.mark.parametrize(("text", "lang", "path", "expected"), ALL_SCALARS)
def test_scalars(analyser: Analyser, text: str, lang: str, path: str, expected: object) -> None:
    assert _value(analyser.analyse(text, lang=lang), path) == expected
