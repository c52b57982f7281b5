"""Terms from shapes found in session 12 (whole notices of small AI products), written for the
project (not the notices' text)."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(result: dict, field: str) -> list[str]:
    return [item["term"] for item in result[field]]


@pytest.mark.parametrize(("text", "lang", "field", "term", "present"), [
    # a heading that denies collecting speaks for the sensitive kinds under it too
    ("# Quiz pal privacy\n\n## 2. Information we do not collect\n\n- Precise GPS location\n"
     "- Fingerprints or face scans\n", "en", "sensitive_categories", "whereabouts", False),
    ("# Quiz pal privacy\n\n## 2. Information we do not collect\n\n- Precise GPS location\n"
     "- Fingerprints or face scans\n", "en", "sensitive_categories", "biometric", False),
    ("# Quiz pal privacy\n\n## 2. Information we collect\n\n- Precise GPS location while a "
     "route is recorded\n", "en", "sensitive_categories", "whereabouts", True),
    # "By 'X' we mean …" defines a term: the kinds it names are not collected
    ("# Tutor privacy\n\n## What we collect\n\nPlease do not send us sensitive data. By "
     "\"sensitive data\" we mean details of your health, religion or biometric data.\n\nWe "
     "collect your email address.", "en", "sensitive_categories", "religion", False),
    ("# Tutor privacy\n\n## What we collect\n\nPlease do not send us sensitive data. By "
     "\"sensitive data\" we mean details of your health, religion or biometric data.\n\nWe "
     "collect your email address.", "en", "data_categories", "biometric", False),
    # a heading that names health-related information, and a health report the service makes
    ("# 心晴日记隐私政策\n\n## 1.2 情绪与健康相关信息\n\n为生成分析结果，我们需收集以下信息：\n\n"
     "- 每周自动生成的健康报告\n", "zh", "data_categories", "health", True),
    ("# 心晴日记隐私政策\n\n## 我们收集的信息\n\n我们会收集您填写的健康相关信息，用于生成建议。\n",
     "zh", "sensitive_categories", "health", True),
    # sign-in without a password: its codes and tokens are the account's credentials
    ("# Persona chat privacy\n\n## What we collect\n\nAutomatically: authentication metadata "
     "(one-time codes, session tokens, login timestamps).\n", "en", "data_categories", "account",
     True),
    # card data a named processor collects: financial data, not the handler's account
    ("# Docs bot privacy\n\n## What we collect\n\n- Billing: our payment processor (Stripe) "
     "collects your billing information, including credit card details.\n", "en",
     "sensitive_categories", "financial_account", False),
    ("# Docs bot privacy\n\n## What we collect\n\n- Billing: our payment processor (Stripe) "
     "collects your billing information, including credit card details.\n", "en",
     "data_categories", "financial", True),
])
def test_category_denials_definitions_and_health(analyser: Analyser, text: str, lang: str,
                                                 field: str, term: str, present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), field)) is present


@pytest.mark.parametrize(("text", "expected"), [
    # consenting to the processing of one's data in the operator's country
    ("# Study buddy privacy\n\n## International users\n\nStudy Buddy is run from the United "
     "States. By using it, you consent to data processing in the US.\n", "yes"),
    ("# Study buddy privacy\n\n## Using the app abroad\n\nBy signing up you consent to the "
     "transfer of your information to and its storage in the United States.\n", "yes"),
    ("# Study buddy privacy\n\n## Consent\n\nBy using the app you consent to the processing "
     "described in this policy.\n", "not_stated"),
])
def test_consent_to_processing_in_the_us(analyser: Analyser, text: str, expected: str) -> None:
    assert analyser.analyse(text, lang="en")["cross_border"]["value"] == expected


@pytest.mark.parametrize(("text", "lang", "term", "present"), [
    # a right whose verb is set in bold
    ("# Privacy\n\n## Your rights\n\nYou have the right to:\n- **Object** to our processing of "
     "your data\n", "en", "restrict_object", True),
    ("# Privacy\n\n## Your rights\n\nYou have the right to:\n- **Opt out** of marketing "
     "emails\n", "en", "restrict_object", True),
    # changing a tool's settings corrects no personal information
    ("# 书签助手隐私政策\n\n## 您的权利\n\n- 用户可随时修改扩展设置\n", "zh", "correct", False),
    ("# 书签助手隐私政策\n\n## 您的权利\n\n- 您可以随时修改您的个人信息\n", "zh", "correct", True),
])
def test_rights_in_bold_and_settings(analyser: Analyser, text: str, lang: str, term: str,
                                     present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), "rights")) is present


def test_withdrawing_consent_to_training_a_named_model(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Privacy\n\n## How we use data\n\n- Research (optional): only with your separate "
        "consent, we may use your prompts to further train and improve QuillBot Mini. You may "
        "withdraw your consent at any time.\n", lang="en")
    assert result["model_training"]["value"] == "yes"
    assert result["model_training"]["opt_out"] is True


def test_prompts_used_to_train_staff_are_no_model_training(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Privacy\n\n## How we use data\n\nWe may use your questions to train our support "
        "staff.\n", lang="en")
    assert result["model_training"]["value"] == "not_stated"


@pytest.mark.parametrize(("sentence", "lang", "age"), [
    # "not specifically designed for children under 13", as "not directed to children under 13"
    ("本扩展程序不专门针对13岁以下儿童设计，我们不会故意收集儿童的个人信息。", "zh", 13),
    ("本应用并不特别面向16岁以下的用户。", "zh", 16),
    # a recommendation is no limit (as test_facts_wording_U holds for Chinese)
    ("我们不建议未满18岁的未成年人使用本服务。", "zh", None),
    ("This service is not recommended for anyone under 16.", "en", None),
])
def test_not_specifically_for_children_under_an_age(analyser: Analyser, sentence: str, lang: str,
                                                    age: int | None) -> None:
    text = f"# Privacy 隐私政策\n\n## Children 未成年人\n\n{sentence}\n"
    assert analyser.analyse(text, lang=lang)["minors"]["minimum_age"] == age


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the items of a list of what the handler uses data for are purposes, not titles
    ("# 聊天助手隐私政策\n\n## 2. 信息使用\n\n我们使用收集的信息用于：\n- 提供聊天服务\n"
     "- 个性化内容展示\n", "zh", True),
    ("# Chat pal privacy\n\n## 2. Use\n\nWe use the information we collect to:\n- Provide "
     "the chat service\n- Personalised recommendations\n", "en", True),
    ("# 面试助手隐私政策\n\n## 信息使用\n\n- 个性化服务：基于您的信息提供个性化的面试准备建议\n",
     "zh", True),
    # a list of settings is no statement that the handler personalises anything
    ("# 聊天助手隐私政策\n\n## 设置\n\n您可以在设置中找到：\n- 个性化内容展示\n", "zh", False),
])
def test_personalisation_in_a_list_of_uses(analyser: Analyser, text: str, lang: str,
                                           expected: bool) -> None:
    assert analyser.analyse(text, lang=lang)["automated_decision"]["value"] is expected


@pytest.mark.parametrize(("sentence", "stated"), [
    # deletion after the account is deleted, across a longer sentence
    ("账户删除后，我们将根据法律法规要求保留必要的交易记录，其他个人信息将被删除或匿名化处理。", True),
    ("账户删除后，您将无法再登录本服务，也无法找回您的订单。", False),
    # (second round) the handler's deletion after its work, across a comma; not the user's act
    ("转写完成后，原始音频会被删除，不作为长期资产保留。", True),
    ("转写完成后，您可以在设置中删除原始音频。", False),
])
def test_deletion_after_an_event(analyser: Analyser, sentence: str, stated: bool) -> None:
    text = f"# 心语隐私政策\n\n## 四、信息存储\n\n{sentence}\n"
    assert analyser.analyse(text, lang="zh")["retention"]["stated"] is stated


# --- the second round (session 12) ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "term", "present"), [
    # a heading of what is not actively collected, over a table of kinds
    ("# 灵感笔记隐私政策\n\n### 2.1 我们**不主动收集**的信息\n\n| 类别 | 示例 |\n|---|---|\n"
     "| 个人身份信息 | 姓名、邮箱、电话 |\n| 位置信息 | GPS 等 |\n\n### 2.2 我们收集的信息\n\n"
     "我们会收集您的设备型号。\n", "zh", "location", False),
    ("# 灵感笔记隐私政策\n\n### 2.1 我们**不主动收集**的信息\n\n| 类别 | 示例 |\n|---|---|\n"
     "| 个人身份信息 | 姓名、邮箱、电话 |\n\n### 2.2 我们收集的信息\n\n我们会收集您的设备型号。\n",
     "zh", "device", True),
    # a lead-in that the app does not do these things by itself
    ("# 终端工具隐私政策\n\n## 数据\n\n应用默认不会自动：\n\n- 上传 AI 对话内容\n- 上传账号或凭证\n",
     "zh", "user_content", False),
    # locating a fault is no location
    ("# 学习助手隐私政策\n\n## 我们收集的信息\n\n- 崩溃日志（用于问题定位）\n", "zh", "location", False),
    # what the service may add one day is not collected now
    ("# 终端工具隐私政策\n\n## 数据\n\n- 如果后续引入账户、遥测或云同步，应重新修订本政策。\n", "zh",
     "account", False),
    ("# 终端工具隐私政策\n\n## 数据\n\n如果未来加入以下能力，我们将更新本政策：\n\n- 崩溃收集与遥测\n",
     "zh", "usage_logs", False),
    # purchase records and order numbers are transaction data
    ("# 复盘助手隐私政策\n\n## 我们收集的信息\n\n- 购买信息：仅包括交易号、商品 ID 和购买状态，不保存银行卡信息。\n",
     "zh", "financial", True),
    # sharing content to friends is no collection of the user's friends
    ("# 法律助手隐私政策\n\n## 信息使用\n\n我们会帮助你将应用内容分享给好友或社交平台。\n", "zh",
     "contacts_social", False),
    # an extension's keys kept in the browser, chats not sent to the servers
    ("# Writer privacy\n\n## Data\n\n- **Settings**: Your preferences and API keys are stored "
     "locally in your browser.\n", "en", "account", False),
    ("# Writer privacy\n\n## Data\n\n- **Chat History**: Chat conversations are stored locally "
     "and not transmitted to our servers.\n", "en", "user_content", False),
    ("# Voice bot privacy\n\n## Data\n\n- We never transmit, collect, or store your API keys.\n",
     "en", "account", False),
    ("# Vendor privacy\n\n## What we collect\n\nWhere legally required, your date of birth and "
     "government issued identifiers.\n", "en", "government_id", True),
])
def test_category_wordings_of_the_second_round(analyser: Analyser, text: str, lang: str,
                                               term: str, present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), "data_categories")) is present


@pytest.mark.parametrize(("text", "lang", "terms"), [
    ("# Privacy\n\n## Your rights\n\nYou have the right to:\n\n- be told what personal data of "
     "yours we process and why, and get a copy of it\n", "en", {"access", "copy"}),
    ("# Privacy\n\n## Your rights\n\n- Delete your data or entire account\n", "en",
     {"delete", "deregister_account"}),
    ("# 隐私政策\n\n## 您的权利\n\n您享有以下权利：\n- 限制数据处理\n", "zh", {"restrict_object"}),
])
def test_rights_of_the_second_round(analyser: Analyser, text: str, lang: str,
                                    terms: set[str]) -> None:
    assert terms <= set(_terms(analyser.analyse(text, lang=lang), "rights"))


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("# 角色隐私政策\n\n## 8. 国际数据传输\n\n我们可能在多个国家/地区存储和处理数据。\n", "zh", "yes"),
    ("# Voice bot privacy\n\n## Third parties\n\nYour data may be transferred to and processed "
     "by third-party services located in different countries.\n", "en", "yes"),
])
def test_cross_border_of_the_second_round(analyser: Analyser, text: str, lang: str,
                                          expected: str) -> None:
    assert analyser.analyse(text, lang=lang)["cross_border"]["value"] == expected


def test_an_address_for_general_business_is_no_privacy_contact(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Vendor privacy\n\n## Contact\n\n- Privacy and data protection: privacy@vendor.test\n"
        "- General business: business@vendor.test\n", lang="en")
    assert result["handler"]["emails"] == ["privacy@vendor.test"]


# --- the third round (session 12) ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("# Bot privacy\n\n## Your data\n\nYour chats are used only to answer you. It is not used "
     "for:\n\n- AI model training\n- Profiling or behavioral tracking\n\nWe collect your "
     "email.\n", "en"),
    ("# 助手隐私政策\n\n## 数据使用\n\n您的对话内容仅用于回答您的问题，不会用于：\n\n- 训练 AI 模型\n"
     "- 用户画像\n", "zh"),
])
def test_a_lead_in_denying_the_uses_listed_under_it(analyser: Analyser, text: str,
                                                    lang: str) -> None:
    result = analyser.analyse(text, lang=lang)
    assert result["model_training"]["value"] == "no"
    assert result["automated_decision"]["value"] is False


def test_the_examples_after_a_definition_are_not_collected(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# 咨询平台隐私政策\n\n## 一、我们收集的信息\n\n个人敏感信息是指一旦泄露、非法提供或滥用可能危害"
        "人身和财产安全的个人信息。包括身份证件号码、个人生物识别信息、银行账号、行踪轨迹等。\n\n"
        "我们会收集您的手机号码。\n", lang="zh")
    assert _terms(result, "data_categories") == ["contact"]
    assert _terms(result, "sensitive_categories") == []


@pytest.mark.parametrize(("text", "lang", "term", "present"), [
    ("# Notes privacy\n\n## What we collect\n\n- Meeting recordings (audio/video)\n", "en",
     "voice", True),
    ("# Notes privacy\n\n## What we collect\n\nThe service processes the content you provide, "
     "including audio conversations.\n", "en", "voice", True),
])
def test_recorded_meetings_and_audio_conversations_are_voice(
        analyser: Analyser, text: str, lang: str, term: str, present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), "data_categories")) is present


def test_personalising_the_users_experience_in_chinese(analyser: Analyser) -> None:
    result = analyser.analyse("# 聊天隐私政策\n\n## 信息使用\n\n我们使用这些信息来个性化您的体验和推荐相关"
                              "内容。\n", lang="zh")
    assert result["automated_decision"]["value"] is True


@pytest.mark.parametrize(("sentence", "age"), [
    ("Students under 13 cannot use the Service without verified parental consent.", None),
    ("Users under 13 may not use the Service.", 13),
])
def test_an_age_below_which_a_parent_consents_is_no_minimum(analyser: Analyser, sentence: str,
                                                           age: int | None) -> None:
    text = f"# Tutor privacy\n\n## Children\n\n{sentence}\n"
    assert analyser.analyse(text, lang="en")["minors"]["minimum_age"] == age


# --- the fourth round (session 12) ---------------------------------------------------------------

def test_a_line_that_denies_what_the_next_line_lists(analyser: Analyser) -> None:
    result = analyser.analyse("# 照片隐私政策\n\n## 承诺\n\n这些内容只用于提供服务。\n\n**我们不会：**\n"
                              "将你的照片用于 AI 训练、出售你的个人信息。\n", lang="zh")
    assert result["model_training"]["value"] == "no"


@pytest.mark.parametrize(("sentence", "lang", "stated"), [
    ("录音在转写完成、失败、超时或被你取消后立即丢弃，不写入存储。", "zh", True),
    # a list of the rights, with deleting and closing the account, is no rule of keeping
    ("监护人有权：查询、更正、删除未成年人的个人信息，注销账号。", "zh", False),
    ("Your translation history is stored securely while you maintain an account.", "en", True),
])
def test_retention_of_the_fourth_round(analyser: Analyser, sentence: str, lang: str,
                                       stated: bool) -> None:
    text = f"# 隐私政策 Privacy\n\n## 存储 Storage\n\n{sentence}\n"
    assert analyser.analyse(text, lang=lang)["retention"]["stated"] is stated


@pytest.mark.parametrize(("text", "lang", "term", "present"), [
    ("# 口语隐私政策\n\n## 我们收集的信息\n\n我们仅通过手机号码（短信验证码）进行实名认证。\n", "zh",
     "government_id", False),
    ("# 口语隐私政策\n\n## 我们收集的信息\n\n为完成实名认证，我们会收集您的身份证号码。\n", "zh",
     "government_id", True),
    ("# Talk aid privacy\n\n## What we collect\n\n- The text you type, to convert text to spoken "
     "audio on your device's speaker.\n", "en", "voice", False),
])
def test_categories_of_the_fourth_round(analyser: Analyser, text: str, lang: str, term: str,
                                        present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), "data_categories")) is present


@pytest.mark.parametrize(("text", "lang", "terms"), [
    ("# 目标隐私政策\n\n## 您的权利\n\n- **访问**：您可以随时在应用中查看您创建的所有内容。\n", "zh",
     {"access"}),
    ("# Chat privacy\n\n## Your rights\n\n- Right to meaningful explanation of automated "
     "decisions\n- Opt out of analytics cookies\n- Limit data processing\n", "en",
     {"explain", "restrict_object"}),
])
def test_rights_of_the_fourth_round(analyser: Analyser, text: str, lang: str,
                                    terms: set[str]) -> None:
    assert terms <= set(_terms(analyser.analyse(text, lang=lang), "rights"))


def test_data_processed_in_a_country_named(analyser: Analyser) -> None:
    result = analyser.analyse("# Chat privacy\n\n## Transfers\n\nYour information may be "
                              "transferred to, stored, and processed in Pakistan.\n", lang="en")
    assert result["cross_border"]["value"] == "yes"


# --- the fifth round (session 12) ----------------------------------------------------------------

def test_the_date_of_the_last_update_is_no_period(analyser: Analyser) -> None:
    result = analyser.analyse("# 隐私政策\n\n我们如何收集、使用、存储和保护信息\n\n最后更新：2025年11月5日\n\n"
                              "## 一、信息存储\n\n日志保存6个月，订单信息保存三年。\n", lang="zh")
    assert result["retention"]["periods"] == ["6个月", "三年"]


@pytest.mark.parametrize(("text", "terms"), [
    ("# 隐私政策\n\n## 您的权利\n\n- **投诉权**：您有权向数据保护机构投诉。\n- ✅ **删除**您的账户和数据\n",
     {"complain", "delete", "deregister_account"}),
])
def test_rights_of_the_fifth_round(analyser: Analyser, text: str, terms: set[str]) -> None:
    assert terms <= set(_terms(analyser.analyse(text, lang="zh"), "rights"))


@pytest.mark.parametrize(("text", "field", "expected"), [
    # improving an AI *service* names no model ("for your specific requests")
    ("# Notes privacy\n\n## How we use data\n\n- Improve the accuracy of our AI services for "
     "your specific requests\n", "model_training", "not_stated"),
    ("# Notes privacy\n\n## How we use data\n\n- Improve the accuracy of our AI models\n",
     "model_training", "yes"),
    # users located somewhere are no data sent there
    ("# Notes privacy\n\nThis policy applies specifically to users located in the United "
     "States.\n", "cross_border", "not_stated"),
    ("# Notes privacy\n\nYour notes are stored on servers located in the United States.\n",
     "cross_border", "yes"),
])
def test_services_and_users_are_not_models_and_data(analyser: Analyser, text: str, field: str,
                                                    expected: str) -> None:
    assert analyser.analyse(text, lang="en")[field]["value"] == expected


# --- the sixth round (session 12) ----------------------------------------------------------------

@pytest.mark.parametrize(("item", "expected"), [
    # judging candidates and scoring people, and personalised advice with a word between
    ("Candidate evaluation using AI", True),
    ("Evaluate responses using AI-powered analysis", True),
    ("Behavioral Analysis: Evaluating communication patterns", True),
    ("Provide personalized coaching recommendations", True),
    ("AI-powered health recommendations", True),
    ("Compatibility scoring and recommendation algorithms", True),
    ("Analyze user preferences and behavior patterns", True),
    ("Provide product recommendations based on customer behavior", True),
    # analytics of how a product is used is no profiling of the user
    ("Analyze user behavior and optimize product features", False),
])
def test_profiling_wordings_of_the_sixth_round(analyser: Analyser, item: str,
                                               expected: bool) -> None:
    text = f"# Privacy\n\n## How we use data\n\n- {item}\n"
    assert analyser.analyse(text, lang="en")["automated_decision"]["value"] is expected


@pytest.mark.parametrize(("text", "terms", "absent"), [
    ("# Privacy\n\n## Your rights\n\n- Request data deletion\n- You can submit data access, or "
     "deletion requests by email.\n- Opt-out of non-essential data processing\n- Opt out of "
     "promotional emails\n", {"access", "delete", "restrict_object"}, set()),
    # a complaint to the company, and a deletion after the account ends, are no rights
    ("# Privacy\n\n## Contact\n\nIf you would like to make a complaint, please contact us by "
     "email.\n\n## Retention\n\n- Deleted upon user request or 30 days after account "
     "termination\n", set(), {"complain", "deregister_account"}),
])
def test_rights_of_the_sixth_round(analyser: Analyser, text: str, terms: set[str],
                                   absent: set[str]) -> None:
    found = set(_terms(analyser.analyse(text, lang="en"), "rights"))
    assert terms <= found
    assert not absent & found


@pytest.mark.parametrize(("text", "field", "expected"), [
    ("# 写作助手隐私政策\n\n您在使用我们的跨境商务写作助手时，请阅读本政策。\n", "cross_border",
     "not_stated"),
    ("# 梗星球隐私政策\n\n## 信息使用\n\n您的点赞和浏览记录会用于平台推荐算法。\n", "automated_decision",
     True),
    ("# 梗星球隐私政策\n\n## 您的权利\n\n| 权利 | 内容 | 方式 |\n|---|---|---|\n| 删除权 | 删除您的账号 | "
     "设置 → 注销账号 |\n", "retention", False),
])
def test_chinese_wordings_of_the_sixth_round(analyser: Analyser, text: str, field: str,
                                             expected: object) -> None:
    result = analyser.analyse(text, lang="zh")[field]
    assert result["stated" if field == "retention" else "value"] == expected


@pytest.mark.parametrize(("text", "field", "term"), [
    ("# 写作插件隐私政策\n\n## 我们收集的信息\n\n学习事件明确不包含笔记正文、记录正文、选区内容、剪贴板内容、逐键"
     "输入、按键计数、联系人、网络历史或物理位置。\n", "data_categories", "contacts_social"),
    ("# 单词隐私政策\n\n## 儿童\n\n如果您未满 14 周岁，请在您的监护人指导下使用本应用，我们不会故意收集儿童的个人"
     "信息。\n", "sensitive_categories", "minor_under_14"),
])
def test_chinese_data_not_held_of_the_sixth_round(analyser: Analyser, text: str, field: str,
                                                  term: str) -> None:
    assert term not in _terms(analyser.analyse(text, lang="zh"), field)


def test_device_and_network_information(analyser: Analyser) -> None:
    result = analyser.analyse("# Privacy\n\n## What we collect\n\n- Device/network information\n",
                              lang="en")
    assert "device" in _terms(result, "data_categories")


def test_an_address_listed_under_a_label_for_security_issues(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Privacy\n\n## Contact Us\n\n**Privacy Officer:**\n- Email: privacy@well.test\n\n"
        "**For GDPR/CCPA Requests:**\n- Email: requests@well.test\n\n**For Security Issues:**\n"
        "- Email: security@well.test\n", lang="en")
    assert result["handler"]["emails"] == ["privacy@well.test", "requests@well.test"]


# --- the seventh round (session 12) --------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "term", "present"), [
    ("# Receipts privacy\n\n## What we collect\n\n- Uploaded receipt images and PDFs\n", "en",
     "user_content", True),
    ("# Stories privacy\n\n## What we collect\n\n- AI-generated stories (saved to your account)\n",
     "en", "user_content", True),
    ("# Legal bot privacy\n\n## What we collect\n\nWe may receive information from:\n- "
     "Authentication providers (e.g., Google, Microsoft)\n", "en", "contacts_social", True),
    ("# 心理陪伴隐私政策\n\n## 我们收集的信息\n\n- 社交媒体数据（如您选择导入）\n", "zh", "contacts_social",
     True),
    # data kept mainly on the user's own device
    ("# 宠物记录隐私政策\n\n## 我们收集的信息\n\n- 你的记录、照片、健康数据主要保存在你的设备本地。\n", "zh",
     "health", False),
])
def test_categories_of_the_seventh_round(analyser: Analyser, text: str, lang: str, term: str,
                                         present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), "data_categories")) is present


@pytest.mark.parametrize(("text", "lang", "field", "expected"), [
    # training of staff is no model training
    ("# Fitness privacy\n\n## Security\n\n- Staff training on data protection and security;\n",
     "en", "model_training", "not_stated"),
    ("# Trips privacy\n\n## How we use data\n\n- Tailor destination suggestions to your "
     "preferences\n", "en", "automated_decision", True),
])
def test_fields_of_the_seventh_round(analyser: Analyser, text: str, lang: str, field: str,
                                     expected: object) -> None:
    assert analyser.analyse(text, lang=lang)[field]["value"] == expected


def test_not_offered_to_children_under_an_age_in_taiwanese(analyser: Analyser) -> None:
    result = analyser.analyse("# 隱私權政策\n\n## 兒童\n\n本服務並非定向提供給 14 周歲以下兒童。\n", lang="zh")
    assert result["minors"]["minimum_age"] == 14


def test_a_path_to_transfer_the_users_information(analyser: Analyser) -> None:
    result = analyser.analyse("# 剪辑隐私政策\n\n## 您的权利\n\n如果您需要转移我们收集存储的您的个人信息，在符合"
                              "国家网信部门规定条件的情况下，我们将为您提供转移路径。\n", lang="zh")
    assert "portability" in _terms(result, "rights")


# --- the eighth round (session 12) ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "terms", "absent"), [
    # (third round)
    ("# Translate privacy\n\nData Control\n\n- Access: You can access information we store "
     "about you\n- Restriction: You can restrict how we process your data\n", "en",
     {"access", "restrict_object"}, set()),
    ("# 中转服务隐私政策\n\n## 您的权利\n\n1. 在控制台查看和管理您的账号信息。\n2. 改变您授权同意的范围；\n"
     "3. 提出投诉或要求解释。\n", "zh", {"access", "withdraw_consent", "explain"}, set()),
    # managing a consent setting is no access to data
    ("# 游戏隐私政策\n\n## 您的权利\n\n您可以在【设置】页面查看和管理您的游戏历史信息授权。\n", "zh",
     set(), {"access"}),
    # (eighth round)
    ("# Companion privacy\n\n## Your rights\n\n- Request data deletion or account removal\n- "
     "Withdraw consent or restrict certain data uses\n", "en",
     {"deregister_account", "restrict_object"}, set()),
    ("# Query hub privacy\n\n## Your control\n\nYou can always:\n\n- View all your data in the "
     "dashboard\n", "en", {"access"}, set()),
    ("# 记账隐私政策\n\n## 您的权利\n\n- 反对权：反对将您的数据用于自动化决策或精准营销\n", "zh",
     {"restrict_object"}, set()),
    ("# 画图隐私政策\n\n## 您的权利\n\n- 您可以在设置中选择退出分析收集。\n", "zh", {"restrict_object"},
     set()),
    # PIPL's exceptions name prosecutions, not a complaint the user may make
    ("# 助手隐私政策\n\n## 例外\n\n与刑事侦查、起诉、审判和判决执行等直接相关的，我们无法响应您的请求。\n", "zh",
     set(), {"complain"}),
])
def test_rights_of_the_third_and_eighth_rounds(analyser: Analyser, text: str, lang: str,
                                               terms: set[str], absent: set[str]) -> None:
    found = set(_terms(analyser.analyse(text, lang=lang), "rights"))
    assert terms <= found
    assert not absent & found


@pytest.mark.parametrize(("text", "lang", "field", "expected"), [
    ("# Journal privacy\n\n## Retention\n\nFirebase Authentication retains account metadata for "
     "as long as you keep the account active.\n", "en", "retention", True),
    ("# 笔记隐私政策\n\n## 存储\n\n录音处理完成后及时清除。\n", "zh", "retention", True),
    ("# Browser privacy\n\n## Permissions\n\nWe do not use these permissions to:\n\n- Transmit "
     "data to our servers for analytics or profiling\n", "en", "automated_decision", False),
    ("# Research privacy\n\n## Your rights\n\nUsers in the European Union have additional rights "
     "regarding automated processing of their data.\n", "en", "automated_decision", False),
    ("# 记账隐私政策\n\n## 您的权利\n\n- 反对权：反对将您的数据用于自动化决策或精准营销\n", "zh",
     "automated_decision", False),
    ("# 编程助手隐私政策\n\n## 自动决策\n\n在某些业务功能中，我们可能仅依据信息系统、算法等在内的非人工自动决策机制"
     "做出决定。\n", "zh", "automated_decision", True),
    ("# 客户端隐私政策\n\n## 设置\n\n应用设置仅用于个性化您的体验。\n", "zh", "automated_decision",
     False),
    ("# 编辑器隐私政策\n\n数据可能在您所在国家/地区之外处理。\n", "zh", "cross_border", "yes"),
    ("# 浏览器助手隐私政策\n\n## 训练\n\n数据离开浏览器后，由对应服务商的隐私政策约束。它们是否记录、保留、或将你的"
     "输入用于训练，完全由它们的条款决定。\n", "zh", "model_training", "not_stated"),
])
def test_fields_of_the_eighth_round(analyser: Analyser, text: str, lang: str, field: str,
                                    expected: object) -> None:
    result = analyser.analyse(text, lang=lang)[field]
    assert result["stated" if field == "retention" else "value"] == expected


@pytest.mark.parametrize(("text", "lang", "term", "present"), [
    ("# Journal privacy\n\n## What we collect\n\n- Journal Content: Your journal entries, titles "
     "and tags\n", "en", "user_content", True),
    ("# 记账隐私政策\n\n## 我们收集的信息\n\n- 错误日志，用于快速定位你反馈的问题。\n", "zh", "location", False),
])
def test_categories_of_the_eighth_round(analyser: Analyser, text: str, lang: str, term: str,
                                        present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), "data_categories")) is present
