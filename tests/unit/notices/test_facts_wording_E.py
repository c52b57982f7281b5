"""Document terms on wordings left from the fourth round of probe notices (session 5, helper
fixA): data and sensitive categories, methods, retention and rights. The fixtures are sentences
written for the project."""

from __future__ import annotations

from typing import Any

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(result: dict[str, Any], field: str) -> set[str]:
    return {item["term"] for item in result[field]}


def test_a_heading_of_what_you_tell_us_lists_data_collected(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# 情绪陪伴隐私指引\n\n## 你告诉我们的\n\n- 你与助手的聊天内容，包括你描述的情绪；\n"
        "- 你自愿填写的心理量表结果；\n- 如果你开启语音倾诉，你的语音。\n\n"
        "这些内容可能涉及你的身心健康状况，属于敏感个人信息。\n")
    assert {"user_content", "voice", "health"} <= _terms(result, "data_categories")
    assert "health" in _terms(result, "sensitive_categories")


def test_a_heading_that_names_no_collection_lends_its_items_nothing(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# 隐私指引\n\n## 心理健康小贴士\n\n- 保持规律睡眠；\n- 写下让你焦虑的事情。\n\n"
        "这些做法可能有助于你的身心健康状况。\n")
    assert result["sensitive_categories"] == []


def test_hong_kong_device_data_and_the_right_to_correct(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# 私隱政策聲明\n\n## 1. 收集的資料\n我們會收集閣下的電郵地址、裝置資料及IP地址。\n\n"
        "## 6. 查閱及改正資料\n根據條例，閣下有權查閱及改正我們持有的閣下個人資料。\n")
    assert "device" in _terms(result, "data_categories")
    assert {"access", "correct"} <= _terms(result, "rights")


def test_data_that_never_leaves_the_device_is_not_collected(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Privacy Policy\n\n## What we collect\n\n"
        "- **Photos and videos you choose to edit.** We process them to apply AI effects.\n"
        "- **Face geometry.** Some effects detect facial landmarks on-device. The landmark data "
        "never leaves your device.\n")
    assert "user_content" in _terms(result, "data_categories")
    assert "biometric" not in _terms(result, "data_categories")
    assert result["sensitive_categories"] == []


def test_face_data_sent_to_the_server_is_still_collected(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Privacy Policy\n\n## What we collect\n\n"
        "- **Face geometry.** We collect face geometry from the photos you upload to build your "
        "avatar.\n")
    assert "biometric" in _terms(result, "sensitive_categories")


def test_card_details_handled_by_a_named_processor_are_not_the_handlers(
        analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Privacy notice\n\n## What we use and why\n\n| Purpose | Data | Lawful basis |\n"
        "|---|---|---|\n| Billing | Billing contact, invoices; card details are handled by Stripe "
        "| Contract |\n")
    assert "financial_account" not in _terms(result, "sensitive_categories")
    kept = analyser.analyse(
        "# Privacy notice\n\n## What we collect\n\nWe collect your card details to bill you.\n")
    assert "financial_account" in _terms(kept, "sensitive_categories")


def test_audio_video_rows_and_a_voice_profile(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Privacy notice\n\n## What we use and why\n\n| Purpose | Data | Lawful basis |\n"
        "|---|---|---|\n| Recording meetings | Audio, video, speaker labels, transcripts "
        "| Contract |\n\n## Voice recognition\n\nA voice profile is created only for users who "
        "switch on Recognise my voice, and is deleted when they switch it off.\n")
    assert {"voice", "user_content", "biometric"} <= _terms(result, "data_categories")
    assert "biometric" in _terms(result, "sensitive_categories")


def test_symptoms_and_photos_entered_are_user_content(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Notice of Privacy Practices\n\n## 1. Information we collect\n\n"
        "- Health information you enter: symptoms, medications, and photos of skin conditions.\n")
    assert {"user_content", "health"} <= _terms(result, "data_categories")


@pytest.mark.parametrize(("text", "rights"), [
    ("# Notice\n\n## Your rights\n\nYou have the right to inspect and obtain a copy of your "
     "health records, to request an amendment, and to file a complaint.",
     {"access", "copy", "correct", "complain"}),
    ("# Privacy Statement\n\n## Your rights\n\nUnder the GDPR you can access, rectify, erase and "
     "port your data. Delete your account anytime from Settings.",
     {"access", "correct", "delete", "portability", "deregister_account"}),
])
def test_listed_rights_in_plain_verbs(analyser: Analyser, text: str, rights: set[str]) -> None:
    assert rights <= _terms(analyser.analyse(text), "rights")


def test_we_may_erase_is_no_right(analyser: Analyser) -> None:
    result = analyser.analyse("# Privacy Statement\n\n## Security\n\nWe may erase, overwrite or "
                              "archive backups at our discretion.")
    assert "delete" not in _terms(result, "rights")


@pytest.mark.parametrize(("text", "period"), [
    ("# 個人資料蒐集告知聲明\n\n三、利用期間：自蒐集之日起至本公司停止提供服務後五年。", "五年"),
    ("# Privacy Statement\n\n## Inference\n\nInference payloads are not logged beyond 24 hours "
     "and are not used for any other purpose.", "24 hours"),
])
def test_retention_wordings(analyser: Analyser, text: str, period: str) -> None:
    retention = analyser.analyse(text)["retention"]
    assert retention["stated"] is True
    assert period in retention["periods"]


def test_the_users_own_deleting_and_closing_is_no_retention_rule(analyser: Analyser) -> None:
    text = "# 隐私指引\n\n## 你的权利\n\n你可以导出、删除全部聊天记录，也可以注销账号。"
    assert analyser.analyse(text)["retention"]["stated"] is False
    rule = "# 隐私指引\n\n## 保存\n\n你注销账号后，我们会删除你的全部聊天记录。"
    assert analyser.analyse(rule)["retention"]["stated"] is True


def test_a_training_clause_speaks_of_methods(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# 情绪陪伴隐私指引\n\n## 我们怎么用\n\n- 生成回应，并在你需要时推荐放松练习；\n"
        "- 匿名化后的对话片段会被心理学顾问审阅，用于让助手的回应更有同理心、更安全。"
        "你可以随时在「我的 > 隐私 > 参与改进」里退出，退出后你的对话不会再进入审阅与训练样本。")
    assert "deidentify" in _terms(result, "methods")


@pytest.mark.parametrize("text", [
    "# Privacy Policy\n\n## Changes\n\nWe reserve the right to modify or amend the terms of our "
    "privacy policy from time to time without notice.",
    "# Privacy Policy\n\n## Retention\n\nWhen personal data is no longer needed, we and our "
    "service providers follow procedures to delete, erase, de-identify, or anonymize it.",
])
def test_the_handlers_own_right_or_deleting_is_no_users_right(analyser: Analyser,
                                                              text: str) -> None:
    assert _terms(analyser.analyse(text), "rights") == set()


def test_a_purpose_stated_in_a_clause_about_keeping_data(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Platform Data Terms\n\n## 4. Retention of Customer Data\n\nBy default, inputs and "
        "outputs are held for up to 30 days for abuse and misuse monitoring, and then deleted.\n\n"
        "## 5. Retention of Account Data\n\nBilling records are kept for seven years to meet tax "
        "obligations.\n")
    assert {"security", "legal"} <= _terms(result, "purposes")


def test_a_requested_access_is_access(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Privacy Policy\n\n## Your choices\n\nBefore providing you with a copy of your personal "
        "information, we may verify the personal information to which you have requested access.")
    assert "access" in _terms(result, "rights")


def test_sentences_under_a_numbered_title_item_that_collects(analyser: Analyser) -> None:
    result = analyser.analyse(
        "Privacy Policy of Example AI\n\n1. Items of personal information collected\n"
        "Required: email address, password, nickname. Optional: profile photo. Automatically "
        "collected: service use records, access logs, cookies, IP address.\n\n"
        "2. Children\nWe do not allow children under 14 to sign up.\n")
    assert {"contact", "account", "usage_logs"} <= _terms(result, "data_categories")


def test_a_numbered_definition_of_a_data_class(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Enterprise Data Processing Terms\n\n## 1. Definitions\n\n1.2 \"Service Data\" means "
        "telemetry, usage metrics, billing records and account information that we collect to "
        "operate the Services.\n")
    assert {"usage_logs", "financial", "account"} <= _terms(result, "data_categories")


def test_indian_identifiers_and_withdrawing_this_consent(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Privacy Notice\n\n## Personal data we process\n\nMobile number, name, PAN, bank "
        "account and UPI details.\n\n## Purposes\n\n- With your consent, your voice notes may be "
        "used to fine-tune our speech models.\n\nYou can withdraw this consent at any time from "
        "the Consent Dashboard.\n")
    assert "government_id" in _terms(result, "data_categories")
    assert "withdraw_consent" in _terms(result, "rights")


@pytest.mark.parametrize(("text", "rights"), [
    ("# Privacy Policy\n\n## Article 5 (Requests for disclosure)\n\nUsers may request "
     "disclosure, correction, suspension of use or deletion of their retained personal data.",
     {"access", "correct", "delete", "restrict_object"}),
    ("# Privacy notice\n\n## Delivery predictions\n\nWe predict your delivery window from past "
     "deliveries. You can object by toggling off the setting in the app.", {"restrict_object"}),
])
def test_appi_and_object_wordings(analyser: Analyser, text: str, rights: set[str]) -> None:
    assert rights <= _terms(analyser.analyse(text), "rights")


def test_symptoms_described_and_reports_uploaded_are_user_content(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# 互联网医院隐私政策\n\n第二条 本院收集的个人信息包括：您的姓名、手机号码、您在AI预问诊中填写的"
        "症状描述、既往病史及上传的检查报告。\n")
    assert {"user_content", "health"} <= _terms(result, "data_categories")
    assert "health" in _terms(result, "sensitive_categories")


def test_what_leaves_the_browser_is_collected(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Privacy at Example\n\n**What leaves my browser?**\nOnly the paragraph you ask the "
        "extension to rewrite, plus the page's language.\n")
    assert "user_content" in _terms(result, "data_categories")


def test_consenting_to_a_disclosure_is_no_access(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Children's Privacy\n\n## Parents\n\nParents have the right to allow the collection "
        "and use of Personal Information from a Child without also consenting to its disclosure "
        "to Third Parties.")
    assert "access" not in _terms(result, "rights")


def test_a_command_or_file_name_is_no_contact(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# CLI Privacy\n\n## What leaves your machine\n\nTelemetry events (command name, file "
        "name, CLI version, operating system and a random installation ID) are sent to help us "
        "fix bugs.\n")
    assert "contact" not in _terms(result, "data_categories")
    assert "device" in _terms(result, "data_categories")
    named = analyser.analyse("# Privacy\n\n## What we collect\n\nWe collect your name and "
                             "the command history of the CLI.\n")
    assert "contact" in _terms(named, "data_categories")


def test_a_customers_objection_to_subprocessors_is_no_right_to_object(
        analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Platform Terms\n\n## 6. Subprocessors\n\nWe give 30 days' notice of new "
        "subprocessors, and you may object on reasonable data-protection grounds.")
    assert "restrict_object" not in _terms(result, "rights")


def test_a_username_and_email_is_contact(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Privacy Policy\n\n## What we collect\n\n- **Account.** Your GitHub username and email "
        "when you sign in with GitHub.\n")
    assert "contact" in _terms(result, "data_categories")


@pytest.mark.parametrize(("text", "term"), [
    ("# 数据处理附录\n\n## 1. 定义\n\n1.2 \"服务数据\"：服务提供方为运营服务而产生的调用日志、计费记录及账号信息。",
     "financial"),
    ("# Privacy Statement\n\n## What we collect\n\n* Technical data: IP address, browser user "
     "agent, request logs.", "device"),
    ("# 儿童个人信息保护规则\n\n一、我们收集的儿童个人信息\n\n1. 监护人的手机号码；\n"
     "2. 学习记录：答题情况、错题、学习时长。\n", "usage_logs"),
    ("# 隐私政策\n\n## 我们收集的信息\n\n- 您在平台内的浏览、投递、收藏记录。\n", "usage_logs"),
])
def test_billing_records_user_agents_and_activity_records(analyser: Analyser, text: str,
                                                           term: str) -> None:
    assert term in _terms(analyser.analyse(text), "data_categories")


@pytest.mark.parametrize(("text", "term"), [
    ("# 隐私政策\n\n## 广告\n\n经您同意，我们会使用设备标识符向您展示个性化广告；您可以在“设置-隐私-个性化广告”中"
     "随时关闭。", "restrict_object"),
    ("What we collect\n\nAccount: username and email.\n\nYour rights\n\nUnder the GDPR you may "
     "access or correct your personal data. Deleting your account removes private repositories "
     "within 14 days.\n", "deregister_account"),
])
def test_turning_off_personalised_ads_and_deleting_the_account(analyser: Analyser, text: str,
                                                               term: str) -> None:
    assert term in _terms(analyser.analyse(text), "rights")


def test_closing_the_account_as_a_consequence_is_no_right(analyser: Analyser) -> None:
    result = analyser.analyse(
        "# Privacy Policy\n\n## Your choices\n\nBy contacting us, you may also object to our "
        "further use of your personal information (this may involve closing your account).")
    assert "deregister_account" not in _terms(result, "rights")
