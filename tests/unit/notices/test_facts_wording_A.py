"""Document terms on more wordings of AI-service notices (probe round 3, helper A; fixtures
written for the project)."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def terms(result: dict, key: str) -> list[str]:
    return [item["term"] for item in result[key]]


def test_an_app_store_privacy_label_lists_data_collected(analyser: Analyser) -> None:
    r = analyser.analyse(
        "# Tidewell — App Privacy\n\n"
        "## Data Linked to You\n\n"
        "**Contact Info**\n\n- Email Address\n- Phone Number\n\n"
        "**Identifiers**\n\n- User ID\n- Device ID\n\n"
        "**Health & Fitness**\n\n- Fitness (step count)\n\n"
        "**Location**\n\n- Coarse Location\n\n"
        "## Data Not Collected\n\n"
        "- Browsing History\n- Financial Info (credit card)\n")
    cats = terms(r, "data_categories")
    assert {"contact", "account", "device", "health", "location"} <= set(cats)
    assert "financial" not in cats


def test_a_part_on_data_from_the_app_lists_data_collected(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## 1. What the headset records\n\nWe record the questions you ask.\n\n"
        "## 2. Information from the app\n\n"
        "Your account (email, display name), the paired phone's model and OS, and app crash "
        "reports.\n")
    assert {"contact", "account", "device", "usage_logs"} <= set(terms(r, "data_categories"))


@pytest.mark.parametrize(("text", "term"), [
    ("After you say the wake word, your voice request is streamed to our servers.", "voice"),
    ("We collect transcripts and the audio of your requests.", "voice"),
    ("We receive the text you type or dictate into the panel.", "voice"),
    ("If you enable Fitness Mode, we collect your heart rate.", "health"),
])
def test_en_voice_and_health_wordings(analyser: Analyser, text: str, term: str) -> None:
    assert term in terms(analyser.analyse(text), "data_categories")


def test_heart_rate_is_sensitive_health_data(analyser: Analyser) -> None:
    r = analyser.analyse("When you enable Fitness Mode, we collect your heart rate.")
    assert "health" in terms(r, "sensitive_categories")


def test_asking_users_not_to_enter_data_is_no_collection(analyser: Analyser) -> None:
    r = analyser.analyse(
        "What we record: the questions you type.\n\n"
        "We ask you not to enter Social Security numbers or medical information.\n")
    assert "health" not in terms(r, "data_categories")
    assert "health" not in terms(r, "sensitive_categories")


@pytest.mark.parametrize(("text", "expected"), [
    # the list of the Taiwan Personal Data Protection Act, in Traditional Chinese
    ("您得向本公司行使下列權利：\n\n（一）查詢或請求閱覽；\n（二）請求製給複製本；\n"
     "（三）請求停止蒐集、處理或利用；\n（四）請求刪除。",
     {"access", "copy", "restrict_object", "delete"}),
    ("您享有访问权、更正权、删除权，您还有权向您所在地的数据保护监管机构（如法国国家信息与自由"
     "委员会）提出投诉。", {"access", "correct", "delete", "complain"}),
])
def test_zh_rights_of_translated_and_taiwan_notices(analyser: Analyser, text: str,
                                                    expected: set[str]) -> None:
    assert expected <= set(terms(analyser.analyse(text), "rights"))


@pytest.mark.parametrize(("text", "expected"), [
    ("You may obtain a copy of your history, have it rectified or erased, and object to its "
     "use for product improvement.", {"copy", "correct", "delete", "restrict_object"}),
    ("You may request a copy of your transcripts by emailing us.", {"copy"}),
    ("You can fix your profile details or erase your account from Settings.",
     {"correct", "deregister_account"}),
])
def test_en_rights_in_a_running_sentence(analyser: Analyser, text: str,
                                         expected: set[str]) -> None:
    assert expected <= set(terms(analyser.analyse(text), "rights"))


def test_zh_precise_vehicle_location_is_location(analyser: Analyser) -> None:
    r = analyser.analyse("导航功能需要获取车辆的精确位置和历史行程。")
    assert "location" in terms(r, "data_categories")


@pytest.mark.parametrize("text", [
    "## Who else sees it\n\nRequests are processed by our model provider under a data processing "
    "agreement that bars it from storing prompts.",
    "## AI model provider\n\nThe language model is provided by a cloud company under contract.",
])
def test_en_a_model_provider_under_contract_is_entrusted(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["sharing"]["entrusted"] is True


def test_tw_a_numbered_list_under_a_collecting_article(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## 第2條 我們蒐集的資料\n\n"
        "一、**雲端處理的資料**：我們會將您所選的文字或照片加密上傳，處理完成後立即刪除。\n\n"
        "二、**帳號資料**：您的帳號、暱稱、生日。\n\n"
        "三、**裝置資料**：手機型號、系統版本及應用程式使用統計。\n")
    assert {"user_content", "account", "device", "usage_logs"} <= set(terms(r, "data_categories"))


@pytest.mark.parametrize(("text", "expected"), [
    ("您可隨時查閱、下載或刪除您的資料；若您認為我們違反個人資料保護法，得向主管機關提出申訴。",
     {"access", "copy", "delete", "complain"}),
    ("您可以在设置中下载您的全部对话记录。", {"copy"}),
])
def test_zh_download_and_appeal_to_the_authority(analyser: Analyser, text: str,
                                                 expected: set[str]) -> None:
    assert expected <= set(terms(analyser.analyse(text), "rights"))


def test_zh_campus_identity_is_account_data(analyser: Analyser) -> None:
    r = analyser.analyse("## 二、处理的个人信息\n\n1. 统一身份认证信息：学号/工号、姓名、所在院系；\n"
                         "2. 学习交互信息：您向AI助教提出的问题。\n")
    assert {"account", "contact"} <= set(terms(r, "data_categories"))


def test_zh_signing_in_with_wechat_is_third_party_account_data(analyser: Analyser) -> None:
    r = analyser.analyse("您也可以选择使用微信授权登录，届时我们将获得您的微信昵称和头像。")
    assert "contacts_social" in terms(r, "data_categories")


def test_a_table_asking_whether_the_handler_keeps_each_kind(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## 1. The data an agent touches\n\n"
        "| Source | Examples | Kept by Acme? |\n|---|---|---|\n"
        "| Screens | screenshots of the virtual browser | Yes, 30 days |\n"
        "| Credentials | passwords you type into the agent's browser | No — never logged |\n"
        "| Payments | card details you ask the agent to enter | No |\n\n"
        "We also log your IP address and browser fingerprint for security.\n")
    cats = terms(r, "data_categories")
    assert {"user_content", "usage_logs", "device"} <= set(cats)
    assert not {"account", "financial", "biometric"} & set(cats)
    assert terms(r, "sensitive_categories") == []


def test_a_fingerprint_of_a_person_is_still_biometric(analyser: Analyser) -> None:
    r = analyser.analyse("We collect your fingerprint to unlock the app.")
    assert "biometric" in terms(r, "sensitive_categories")


def test_purposes_listed_under_a_purposes_heading(analyser: Analyser) -> None:
    r = analyser.analyse(
        "### Why we use it\n\n"
        "To answer your questions, to route callback requests to the right office, and to meet "
        "our public-records obligations.\n")
    assert {"provide_service", "legal"} <= set(terms(r, "purposes"))


def test_zh_purposes_of_a_translated_notice(analyser: Analyser) -> None:
    r = analyser.analyse("我们处理您的姓名和电子邮箱，用于创建和管理账户、防范诈骗，并履行法律义务。")
    assert {"account", "security", "legal"} <= set(terms(r, "purposes"))


def test_zh_wearable_health_readings_are_sensitive(analyser: Analyser) -> None:
    r = analyser.analyse("在您佩戴手表并开启相应功能后，我们会采集心率、血氧饱和度、睡眠时长与分期、步数。\n\n"
                         "户外跑步时，我们会通过GPS记录您的位置。")
    assert {"health", "location"} <= set(terms(r, "data_categories"))
    assert {"health", "whereabouts"} <= set(terms(r, "sensitive_categories"))


def test_zh_a_motion_sensor_is_no_whereabouts(analyser: Analyser) -> None:
    r = analyser.analyse("使用拍照功能时，我们将访问您的设备运动轨迹（加速计）相关权限。")
    assert "whereabouts" not in terms(r, "sensitive_categories")


def test_en_in_car_assistant_wordings(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## Voice\n\nWhen you press the talk button, the vehicle records what you say. "
        "Utterances are stored with your driver profile for 90 days.\n\n"
        "## Driver profile\n\nThe assistant can recognise which driver is speaking by comparing "
        "the voice with a stored voice signature.\n\n"
        "## Trips\n\nWe collect the GNSS position of the vehicle and your trip history.\n\n"
        "## Rights\n\nYou can ask for your data to be corrected or erased.\n")
    assert {"voice", "biometric", "location"} <= set(terms(r, "data_categories"))
    assert {"biometric", "whereabouts"} <= set(terms(r, "sensitive_categories"))
    assert {"correct", "delete"} <= set(terms(r, "rights"))


def test_zh_government_service_wordings(analyser: Analyser) -> None:
    r = analyser.analyse(
        "第五条 办理残疾人补贴、医疗救助等事项时，我们需要处理您的残疾等级、诊断证明等信息。\n\n"
        "第八条 您有权查阅、复制您的个人信息；对办件结果有异议的，可依法申请行政复议或者提起行政诉讼。\n")
    assert "health" in terms(r, "sensitive_categories")
    assert {"access", "copy", "complain"} <= set(terms(r, "rights"))


def test_en_linked_app_accounts_and_features_used(analyser: Analyser) -> None:
    r = analyser.analyse("We collect your account details and, if you choose to link them, your "
                         "WhatsApp or Spotify accounts.")
    assert "contacts_social" in terms(r, "data_categories")
    r = analyser.analyse("We also record which features you open and error codes.")
    assert "usage_logs" in terms(r, "data_categories")


@pytest.mark.parametrize(("text", "term"), [
    ("Trip history (start, destination, route) is stored for 30 days.", "whereabouts"),
    ("我行采集的声纹数据，加密后存储于系统后台数据库中。", "biometric"),
])
def test_a_sensitive_kind_named_where_its_keeping_is_told(analyser: Analyser, text: str,
                                                          term: str) -> None:
    assert term in terms(analyser.analyse(text), "sensitive_categories")
