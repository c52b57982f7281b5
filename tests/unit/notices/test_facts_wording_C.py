"""Document terms on more wordings of AI-service notices (probe round 4, helper A; fixtures
written for the project): data categories, sensitive categories, rights, retention, purposes
and sharing."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def terms(result: dict, key: str) -> list[str]:
    return [item["term"] for item in result[key]]


def test_a_definition_list_item_with_a_colon_collects_nothing(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## 第一部分 定义\n\n"
        "1. 个人信息：指以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息。\n"
        "2. 敏感个人信息：指一旦泄露或者非法使用，容易导致自然人的人身、财产安全受到危害的个人信息，"
        "包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁"
        "未成年人的个人信息。\n\n"
        "## 一、我们如何收集和使用您的个人信息\n\n"
        "当您注册账号时，您需要向我们提供手机号码。\n")
    assert terms(r, "sensitive_categories") == []
    cats = terms(r, "data_categories")
    assert "contact" in cats
    assert not {"biometric", "health", "location"} & set(cats)


def test_a_label_naming_fingerprints_is_not_a_definition(analyser: Analyser) -> None:
    r = analyser.analyse("我们会收集以下生物识别信息：指纹，用于解锁您的账户。")
    assert "biometric" in terms(r, "sensitive_categories")


@pytest.mark.parametrize(("text", "term"), [
    ("拍照答疑时，我们会收集孩子拍摄的题目照片。", "user_content"),
    ("## 第一条 我们处理的个人信息\n\n1.3 简历附件。您可以上传PDF或Word格式的简历附件，我们会识别"
     "附件中的文字以自动填写在线简历。\n", "user_content"),
    ("我们收集您的企业名称、部门以及工作邮箱。", "contact"),
    ("We collect everything you type or say to an Agent and the files you drop into the chat.",
     "user_content"),
    ("We collect questions typed or photographed by students.", "user_content"),
    ("We collect the inputs you submit (prompts, files, images, audio and tool results).", "voice"),
    ("We collect the NRIC last four characters where the school requires it.", "government_id"),
    ("We collect your IP address, device details and app version.", "device"),
    ("We collect your invoice address and VAT number.", "financial"),
])
def test_category_wordings(analyser: Analyser, text: str, term: str) -> None:
    assert term in terms(analyser.analyse(text), "data_categories")


def test_an_id_card_photo_is_not_user_content(analyser: Analyser) -> None:
    r = analyser.analyse("为完成实名认证，我们需要收集您的姓名、身份证号和身份证正反面照片。")
    assert "user_content" not in terms(r, "data_categories")


def test_a_contract_defining_its_data_classes_says_what_it_holds(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## 1. Definitions\n\n"
        '"Service Data" means data we generate about your use of the Platform: request '
        "metadata (timestamps, token counts, error codes) and Console activity.\n"
        '"Account Data" means the name, business email address and hashed credentials of your '
        "Console users.\n")
    assert {"contact", "account", "usage_logs"} <= set(terms(r, "data_categories"))


def test_a_generic_definition_of_personal_data_still_collects_nothing(analyser: Analyser) -> None:
    r = analyser.analyse(
        '"Personal Data" means any information such as your name, email address, health data '
        "or precise location that relates to you.")
    assert terms(r, "data_categories") == []


def test_items_under_a_numbered_title_line_that_collects(analyser: Analyser) -> None:
    r = analyser.analyse(
        "# Agent Bazaar Privacy Statement\n\n"
        "**1) Information you give us**\n\n"
        "*Your profile.* A display name, an optional bio and avatar, and the email you sign "
        "up with.\n\n"
        "**2) Information we get automatically**\n\n"
        "Approximate location derived from your IP address (city level).\n\n"
        "**3) Why we use it**\n\n"
        "To pay creators their payout.\n")
    cats = terms(r, "data_categories")
    assert {"account", "contact", "location", "usage_logs"} <= set(cats)
    assert "financial" not in cats


@pytest.mark.parametrize(("text", "term"), [
    ("Where a student is below 13 years of age, we rely on the consent of the parent or "
     "guardian.", "minor_under_14"),
    ("## 一、我们收集孩子的哪些信息\n\n我们收集孩子的昵称和年级。", "minor_under_14"),
])
def test_children_under_14_wordings(analyser: Analyser, text: str, term: str) -> None:
    assert term in terms(analyser.analyse(text), "sensitive_categories")


def test_a_parent_consent_boilerplate_without_an_age_is_no_child_data(analyser: Analyser) -> None:
    r = analyser.analyse(
        "If We need to rely on consent as a legal basis for processing Your information and Your "
        "country requires consent from a parent, We may require Your parent's consent before We "
        "collect and use that information.")
    assert "minor_under_14" not in terms(r, "sensitive_categories")


def test_a_card_held_by_our_payment_provider_is_not_a_sensitive_account(
        analyser: Analyser) -> None:
    r = analyser.analyse(
        "We collect your billing address and payment card (held by our payment provider).")
    assert "financial_account" not in terms(r, "sensitive_categories")


@pytest.mark.parametrize(("text", "expected"), [
    ("Under UK data protection law you have rights to: see the data we hold about you; have "
     "wrong data put right; have data erased; and get your data in a format you can reuse "
     "elsewhere.", {"access", "correct", "delete", "portability"}),
    ("Console users may access, correct or delete their Account Data in Console settings.",
     {"access", "correct", "delete"}),
    ("## Your choices and rights\n\n- Download everything in Settings.\n"
     "- Ask us to access or correct information, or to stop using it for recommendations.\n",
     {"copy", "access", "restrict_object"}),
    ("您可以随时在“我的简历”中编辑、隐藏或删除简历。", {"correct", "delete"}),
    ("您可以在“设置-隐私”中关闭“参与研究”开关，此后您的数据不会再用于研究和模型改进。",
     {"restrict_object"}),
    ("閣下亦可隨時要求本公司停止使用閣下的個人資料作直接促銷用途。", {"restrict_object"}),
    ("您可以随时关闭“长期记忆”，关闭后角色将不再记住新的聊天内容。", {"restrict_object"}),
    ("Under the GDPR you may access, correct or delete your personal data, port it, and object "
     "to processing based on our legitimate interests.", {"portability", "restrict_object"}),
])
def test_rights_wordings(analyser: Analyser, text: str, expected: set[str]) -> None:
    assert expected <= set(terms(analyser.analyse(text), "rights"))


def test_deleting_account_data_is_not_closing_the_account(analyser: Analyser) -> None:
    r = analyser.analyse("Console users may delete their Account Data in Console settings.")
    assert "deregister_account" not in terms(r, "rights")
    assert "delete" in terms(r, "rights")


def test_reserving_the_right_to_amend_the_notice_is_no_right(analyser: Analyser) -> None:
    r = analyser.analyse("We reserve the right to modify or amend the terms of this policy.")
    assert "correct" not in terms(r, "rights")


@pytest.mark.parametrize(("text", "period"), [
    ("写真生成任务结束后，原始照片将在72小时内自动销毁。", "72小时"),
    ("We collect your IP address (shortened after 7 days).", "7 days"),
])
def test_retention_wordings(analyser: Analyser, text: str, period: str) -> None:
    r = analyser.analyse(text)
    assert r["retention"]["stated"]
    assert period in r["retention"]["periods"]


def test_kept_until_you_clear_it_is_a_stated_rule(analyser: Analyser) -> None:
    r = analyser.analyse(
        'Pro users can switch on "Translation memory", which stores segments you have '
        "translated until you clear the memory.")
    assert r["retention"]["stated"]


@pytest.mark.parametrize(("text", "term"), [
    ("## 第二条 我们如何使用个人信息\n\n2.4 处理您的投诉和咨询。\n", "support"),
    ("我们使用上述信息检测与防范盗用他人肖像的行为。", "security"),
    ("我们仅将孩子的信息用于提供答疑、批改和学习报告。", "provide_service"),
    ("We use personal data to keep billing records for tax obligations.", "legal"),
    ("## Why we use it\n\nTo run the marketplace and route your messages to the right model; to "
     "pay creators.\n", "provide_service"),
])
def test_purpose_wordings(analyser: Analyser, text: str, term: str) -> None:
    assert term in terms(analyser.analyse(text), "purposes")


def test_a_part_on_what_data_is_used_for_states_purposes(analyser: Analyser) -> None:
    r = analyser.analyse("## 二、这些信息用于什么\n\n- 根据情绪打卡生成每周情绪报告；\n- 排查服务故障。\n")
    assert "support" in terms(r, "purposes")


@pytest.mark.parametrize(("text", "key"), [
    ("为防止他人冒用您的肖像，我们会请您完成活体检测。活体检测由我们委托的认证服务商完成，检测视频"
     "不会被留存。", "entrusted"),
    ("## 三、谁能看到这些信息\n\n您的对话内容会经加密后传输给该模型服务提供方，由其按照我们的指示"
     "处理。", "entrusted"),
    ('We do not sell personal information. We "share" identifiers with advertising partners for '
     "cross-context behavioural advertising.", "third_parties"),
    ("We use data intermediaries for hosting and for sending emails.", "entrusted"),
    ("Cloud providers in the EU and US host the hub under our instructions.", "entrusted"),
])
def test_sharing_wordings(analyser: Analyser, text: str, key: str) -> None:
    assert analyser.analyse(text)["sharing"][key]


@pytest.mark.parametrize(("text", "key"), [
    ("本服务的语音识别由本公司自有引擎完成。您上传的会议材料（演示文稿、共享文档）仅用于生成纪要。",
     "third_parties"),
    ('Use the "share" button to post links to content you like on social networks.',
     "third_parties"),
    ("我们采取加密措施，防止您的个人信息遭到未经授权访问、公开披露、使用或修改。", "public_disclosure"),
])
def test_no_sharing_wordings(analyser: Analyser, text: str, key: str) -> None:
    assert not analyser.analyse(text)["sharing"][key]


@pytest.mark.parametrize("text", [
    "使用“AI美颜”时，App会在您的设备上识别人脸关键点，以便调整五官。人脸关键点仅在本地临时计算，不会"
    "上传至我们的服务器。",
    "When you use Portrait mode, face landmarks are processed on your device and never leave it.",
])
def test_data_that_stays_on_the_device_is_not_collected(analyser: Analyser, text: str) -> None:
    r = analyser.analyse(text)
    assert "biometric" not in terms(r, "data_categories")
    assert "biometric" not in terms(r, "sensitive_categories")


def test_data_uploaded_once_recognised_locally_is_collected(analyser: Analyser) -> None:
    r = analyser.analyse("本应用仅在本地识别出剪切板内容属于跳转、分享等指令时才会将其上传我们的服务器。")
    assert "user_content" in terms(r, "data_categories")


def test_items_of_an_application_are_user_content_and_ids(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## Information in your application\n\n"
        "- CV/résumé, cover letter and portfolio links you submit\n"
        "- Answers to screening questions, including free-text answers\n"
        "- Where the employer requires it, a copy of your passport or residence permit\n")
    assert {"user_content", "government_id"} <= set(terms(r, "data_categories"))


def test_purposes_in_a_table_column(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## 一、我们处理的数据\n\n"
        "| 数据类型 | 具体内容 | 处理目的 |\n|---|---|---|\n"
        "| 调用数据 | API请求中的提示词 | 完成推理并返回结果 |\n"
        "| 计量数据 | 调用次数、来源IP | 计费、异常检测 |\n"
        "| 工单记录 | 工单内容 | 处理客户提交的工单 |\n")
    assert {"provide_service", "payment", "security", "support"} <= set(terms(r, "purposes"))


def test_labelled_lines_under_a_plain_title_line_that_collects(analyser: Analyser) -> None:
    r = analyser.analyse(
        "OPENWEIGHTS HUB - PRIVACY NOTICE\n\n"
        "What we collect\n\n"
        "Account: username, full name (optional), email and avatar.\n\n"
        "Hosted inference: we keep request metadata (model id, latency) for 30 days.\n\n"
        "Why we use it\n\n"
        "To bill paid plans and send product news to your email.\n")
    cats = terms(r, "data_categories")
    assert {"account", "contact", "usage_logs"} <= set(cats)


def test_a_prose_lead_in_after_a_sentence_that_collects(analyser: Analyser) -> None:
    r = analyser.analyse(
        "While interacting with the Services, You may provide certain personally identifiable "
        "information. Personally identifiable information may include, but is not limited "
        "to:\n\n* Your username for the Services\n* Your IP address\n")
    assert {"account", "usage_logs"} <= set(terms(r, "data_categories"))


def test_a_prose_lead_in_after_a_denial_collects_nothing(analyser: Analyser) -> None:
    r = analyser.analyse(
        "We do not collect sensitive information. Such information may include, but is not "
        "limited to:\n\n* Your health records\n* Your fingerprints\n")
    assert not {"health", "biometric"} & set(terms(r, "data_categories"))


def test_items_of_a_document_titled_as_a_collection_list(analyser: Analyser) -> None:
    r = analyser.analyse(
        "# 灵犀助手 个人信息收集清单\n\n"
        "## 三、运营与安全\n\n"
        "- 设备信息\n- 设备型号、操作系统版本、OAID——用于识别异常设备与保障账号安全。\n")
    assert "device" in terms(r, "data_categories")


def test_items_of_a_sharing_list_are_not_collected_by_title(analyser: Analyser) -> None:
    r = analyser.analyse(
        "# 灵犀助手 第三方共享清单\n\n"
        "## 一、合作方\n\n"
        "- 设备信息\n- 设备型号、操作系统版本、OAID——用于识别异常设备。\n")
    assert "device" not in terms(r, "data_categories")


def test_an_item_of_kept_data_names_data_held(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## How long we keep data\n\n"
        "- Conversations: stored until you delete them.\n"
        "- Marketing preferences: until you unsubscribe.\n")
    assert "user_content" in terms(r, "data_categories")
