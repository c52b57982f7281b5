"""Terms from shapes found in session 11, written for the project (not the corpora's text)."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(result: dict, field: str) -> list[str]:
    return [item["term"] for item in result[field]]


_EN = "# Doorbell app privacy\n\n## Information we collect\n\n{}\n\nWe collect your email address."
_ZH = "# 记账助手隐私政策\n\n## 我们收集的信息\n\n{}\n\n注册时我们会收集您的手机号码。"


@pytest.mark.parametrize(("text", "lang"), [
    # the next sentence says "they" stay on the device: what the sentence before named
    (_EN.format("When a visitor rings, the snapshots are saved to the photo library of your "
                "own phone. They are never uploaded to our servers."), "en"),
    (_EN.format("Scanned pages go to the camera roll on this tablet. These are not uploaded "
                "anywhere by the app."), "en"),
    (_ZH.format("您拍摄的照片会保存在手机相册中。它们不会上传到我们的服务器。"), "zh"),
])
def test_data_a_pronoun_in_the_next_sentence_keeps_on_the_device(
        analyser: Analyser, text: str, lang: str) -> None:
    result = analyser.analyse(text, lang=lang)
    assert "user_content" not in _terms(result, "data_categories")
    assert "contact" in _terms(result, "data_categories")


@pytest.mark.parametrize(("text", "lang"), [
    # the next sentence speaks of something else, or says the data is uploaded after all
    (_EN.format("When a visitor rings, the snapshots are saved to the photo library of your "
                "own phone and to our cloud. Your Wi-Fi password is never uploaded."), "en"),
    (_EN.format("When a visitor rings, the snapshots are saved to the photo library of your "
                "own phone. They are processed on your device first and are then uploaded to "
                "our servers."), "en"),
    (_ZH.format("您拍摄的照片会保存在手机相册中，并同步到云端。此外，您的通讯录不会上传。"), "zh"),
])
def test_data_said_to_be_uploaded_is_still_collected(
        analyser: Analyser, text: str, lang: str) -> None:
    result = analyser.analyse(text, lang=lang)
    assert "user_content" in _terms(result, "data_categories")


@pytest.mark.parametrize(("text", "lang"), [
    # the data of a child the service itself records or keeps
    ("# Story time privacy\n\n## What we collect\n\nWe record your child's voice while they "
     "read aloud, so the app can follow along.\n", "en"),
    ("# Little Chef privacy\n\n## Information we collect\n\n- Child's nickname and age band "
     "(entered by the parent)\n- Recipes the child has cooked\n", "en"),
    ("# Maths club privacy\n\n## Information we hold\n\n- A child profile for each pupil, "
     "set up by the class teacher\n", "en"),
    ("# 儿童个人信息保护规则\n\n您点击同意，即表示您同意我们按照本规则收集、使用您监护的儿童的"
     "个人信息。\n", "zh"),
])
def test_data_of_a_child_the_service_keeps(analyser: Analyser, text: str, lang: str) -> None:
    assert "minor_under_14" in _terms(analyser.analyse(text, lang=lang), "sensitive_categories")


@pytest.mark.parametrize(("text", "lang"), [
    ("# Reading app\n\nIf we learn that we have collected a child's personal information "
     "without a parent's consent, we delete it.\n", "en"),
    ("# Reading app\n\nWe do not record your child's voice at any time.\n", "en"),
    ("# Reading app\n\nParents can ask what we hold about them by writing to us.\n", "en"),
])
def test_no_data_of_a_child_kept(analyser: Analyser, text: str, lang: str) -> None:
    assert "minor_under_14" not in _terms(analyser.analyse(text, lang=lang),
                                          "sensitive_categories")


@pytest.mark.parametrize(("text", "lang", "term"), [
    # a handler that trains its models on the content receives it
    ("# Help centre\n\n## Does Quill use my data?\n\nOn the free plan, your conversations may "
     "be used to improve our models. You can turn this off in Settings.\n", "en",
     "user_content"),
    ("# 语音输入帮助\n\n我们可能会使用您的语音数据来训练和改进语音识别模型，您可以在设置中关闭。\n",
     "zh", "voice"),
])
def test_content_the_models_are_trained_on_is_received(
        analyser: Analyser, text: str, lang: str, term: str) -> None:
    result = analyser.analyse(text, lang=lang)
    assert result["model_training"]["value"] == "yes"
    assert term in _terms(result, "data_categories")


def test_content_the_models_are_not_trained_on_is_not_read_from_the_denial(
        analyser: Analyser) -> None:
    text = "# Help centre\n\nWe never use your conversations to train our models.\n"
    result = analyser.analyse(text, lang="en")
    assert result["model_training"]["value"] == "no"
    assert "user_content" not in _terms(result, "data_categories")


def test_a_table_of_rights_names_each_right_in_its_first_cell(analyser: Analyser) -> None:
    text = ("Cove Notes privacy\n\nUnder the GDPR you have these rights:\n\n"
            "| Right | What you can do |\n|---|---|\n"
            "| Access | Get a list of the notes and metadata we keep |\n"
            "| Rectification | Fix details that are wrong |\n"
            "| Erasure | Remove your workspace and what it holds |\n"
            "| Object | Stop analytics about your use |\n")
    rights = _terms(analyser.analyse(text, lang="en"), "rights")
    assert {"access", "correct", "delete", "restrict_object"} <= set(rights)


def test_a_table_that_is_not_about_rights_gives_none(analyser: Analyser) -> None:
    text = ("Cove Notes plans\n\n| Plan | What you get |\n|---|---|\n"
            "| Access | Read shared notebooks |\n| Export | Save notebooks as PDF |\n")
    assert _terms(analyser.analyse(text, lang="en"), "rights") == []


@pytest.mark.parametrize(("sentence", "lang"), [
    ("We are entitled to suspend accounts that break these rules.", "en"),
    ("在您配置密钥后，我们为您提供智能整理、总结和修改等功能。", "zh"),
    ("上传的素材临时存储以完成生成，并定期删除。", "zh"),
])
def test_what_the_handler_does_or_offers_is_no_right(
        analyser: Analyser, sentence: str, lang: str) -> None:
    assert _terms(analyser.analyse(sentence, lang=lang), "rights") == []


def test_a_label_line_under_a_numbered_title_that_collects_leads_its_items(
        analyser: Analyser) -> None:
    text = ("Relay Desk privacy\n\n3.1 Information we collect automatically\n"
            "Activity Data\n- Screens opened and buttons pressed\n"
            "Hardware & Network Data\n- Device model and unique identifiers\n"
            "- Rough location (region derived from IP)\n"
            "3.2 Information we do not collect\n")
    categories = set(_terms(analyser.analyse(text, lang="en"), "data_categories"))
    assert {"device", "location"} <= categories


def test_a_label_line_under_a_title_that_does_not_collect(analyser: Analyser) -> None:
    text = ("Relay Desk privacy\n\n3.3 Things we never ask for\n"
            "Hardware & Network Data\n- Device model and unique identifiers\n"
            "- Rough location (region derived from IP)\n")
    categories = set(_terms(analyser.analyse(text, lang="en"), "data_categories"))
    assert not {"device", "location"} & categories


def test_a_title_line_under_the_notices_own_title_places_its_data(analyser: Analyser) -> None:
    text = ("Privacy Policy\nEffective June 2, 2026. We ask for little.\nWhat we collect\n"
            "Account data (name, work email, team), telemetry (request metadata, model choice, "
            "latency), and any files you attach to evaluations.\nWhat we never do\n"
            "We never sell data.\n")
    categories = set(_terms(analyser.analyse(text, lang="en"), "data_categories"))
    assert {"contact", "account", "usage_logs"} <= categories


def test_a_title_line_that_collects_nothing_places_no_data(analyser: Analyser) -> None:
    text = ("Privacy Policy\nEffective June 2, 2026. We ask for little.\nWhat we never do\n"
            "Account data (name, work email, team) and telemetry are never sold.\n")
    categories = set(_terms(analyser.analyse(text, lang="en"), "data_categories"))
    assert not {"contact", "account", "usage_logs"} & categories


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # a denial in the passive speaks of what stands before it
    ("# Clipper extension\n\n## What the extension reads\n\nYour passwords and saved logins are "
     "not accessed or collected by the extension.\n", "en", "account"),
    ("# 智能建议\n\n## 我们收集的信息\n\n你的用户名、帐号和密码将不会发送给我们的服务器。\n", "zh",
     "account"),
    # the service offered, named by kinds of content
    ("# 某某通讯\n\n本应用为用户提供文字、图片、语音、视频等即时通信服务。\n", "zh", "voice"),
    # what stays on the device, or in the user's browser
    ("# 输入法\n\n## 我们收集的信息\n\n崩溃日志仅保存在设备上，不会外传。\n", "zh", "usage_logs"),
    # the account as the place data goes to
    ("# 语音活动\n\n## 我们收集的信息\n\n开启后，你的语音记录会保存到你的账号中。\n", "zh", "account"),
])
def test_data_denied_kept_local_or_only_named_is_not_collected(
        analyser: Analyser, text: str, lang: str, absent: str) -> None:
    assert absent not in _terms(analyser.analyse(text, lang=lang), "data_categories")


@pytest.mark.parametrize(("text", "lang", "present"), [
    ("# Clipper extension\n\n## What we collect\n\nWe collect your email address; saved "
     "passwords are never collected.\n", "en", "contact"),
    ("# Clipper extension\n\n## What we collect\n\nYour email address is collected when you "
     "sign up.\n", "en", "contact"),
    ("# 智能建议\n\n## 我们收集的信息\n\n我们会收集您的邮箱，你的密码不会发送给我们。\n", "zh",
     "contact"),
    ("# 某某通讯\n\n为向您提供语音通话等服务，我们会收集您的语音信息。\n", "zh", "voice"),
    ("# 语音活动\n\n## 我们收集的信息\n\n注册时我们会收集您的账号和昵称。\n", "zh", "account"),
])
def test_data_collected_beside_such_words_is_still_read(
        analyser: Analyser, text: str, lang: str, present: str) -> None:
    assert present in _terms(analyser.analyse(text, lang=lang), "data_categories")


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("The gallery may make inferences, like guessing which faces belong to your family.", "en",
     True),
    ("We do not make inferences about you from your photos.", "en", False),
    ("助手会分析你的日程和常用应用，以提供个性化的建议。", "zh", True),
    ("我们不会向您提供个性化的建议。", "zh", False),
])
def test_inferences_and_personalised_suggestions(analyser: Analyser, sentence: str, lang: str,
                                                 expected: bool) -> None:
    assert analyser.analyse(sentence, lang=lang)["automated_decision"]["value"] is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # training named as what a page is about is no use of anything
    ("This help page explains our policies on model training and data retention.", "not_stated"),
    ("See the overview about AI training for the details of your plan.", "not_stated"),
    ("Read our policy on model training: we use your prompts to train our models.", "yes"),
])
def test_training_named_as_a_subject(analyser: Analyser, sentence: str, expected: str) -> None:
    assert analyser.analyse(sentence, lang="en")["model_training"]["value"] == expected


def test_the_handlers_own_deletion_of_a_history_is_no_right(analyser: Analyser) -> None:
    result = analyser.analyse("We delete your search history after 30 days.", lang="en")
    assert "delete" not in _terms(result, "rights")


@pytest.mark.parametrize("text", [
    # a numbered question title, then labels with colons
    "1. What information do we collect?\nProfile Data:\n- Email address and username\n"
    "System Data:\n- Device identifiers and operating system\n2. How do we use it?\n",
    # a lead-in sentence, then labels with colons
    "Hello from Lanternly.\nWe collect the following kinds of information:\nProfile Data:\n"
    "• Email address and username\nSystem Data:\n• Device identifiers and operating system\n",
])
def test_labels_with_colons_under_a_collecting_title_or_lead_in(
        analyser: Analyser, text: str) -> None:
    categories = set(_terms(analyser.analyse(text, lang="en"), "data_categories"))
    assert {"contact", "device"} <= categories


def test_labels_under_a_lead_in_that_denies_collect_nothing(analyser: Analyser) -> None:
    text = ("Hello from Lanternly.\nWe never ask for the following kinds of information:\n"
            "System Data:\n• Device identifiers and operating system\n")
    assert "device" not in _terms(analyser.analyse(text, lang="en"), "data_categories")


def test_a_plants_diagnosis_is_no_health_data(analyser: Analyser) -> None:
    text = ("# Leafy privacy\n\n## Information we collect\n\nPhotos & Camera:\n- Plant photos "
            "are used only for identification and diagnosis\n")
    result = analyser.analyse(text, lang="en")
    assert "health" not in _terms(result, "data_categories")
    assert "health" not in _terms(result, "sensitive_categories")


@pytest.mark.parametrize(("sentence", "expected"), [
    # what other services do, said to set this one apart
    ("Other AI assistants let staff read chats and train their models with your data. Quill "
     "never uses your data to train models.", "no"),
    ("Unlike some AI companies, we never use what you write to train AI.", "no"),
    # improving an AI service, without a model, is no training
    ("We use this information to provide and improve our AI photo restoration services.",
     "not_stated"),
    ("We use your prompts to improve our AI models and services.", "yes"),
])
def test_training_said_of_others_or_of_a_service(analyser: Analyser, sentence: str,
                                                 expected: str) -> None:
    assert analyser.analyse(sentence, lang="en")["model_training"]["value"] == expected


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("本产品主要面向跨境会议场景，提供实时翻译。", "zh", "not_stated"),
    ("您的个人信息可能会被跨境传输至新加坡的服务器。", "zh", "yes"),
])
def test_cross_border_business_is_no_transfer(analyser: Analyser, sentence: str, lang: str,
                                              expected: str) -> None:
    assert analyser.analyse(sentence, lang=lang)["cross_border"]["value"] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("您可以在扩展设置中修改或清空 API Key 等配置。", set()),
    ("您可以随时修改或清空您的聊天记录。", {"correct", "delete"}),
])
def test_settings_of_a_tool_are_no_personal_data_to_correct(
        analyser: Analyser, sentence: str, expected: set[str]) -> None:
    assert set(_terms(analyser.analyse(sentence, lang="zh"), "rights")) == expected


def test_pre_training_is_training(analyser: Analyser) -> None:
    result = analyser.analyse("We may use your uploads for AI model pre-training unless you "
                              "opt out in Settings.", lang="en")
    assert result["model_training"]["value"] == "yes"


@pytest.mark.parametrize(("text", "lang"), [
    # a heading that names a category, then a first line that denies holding it
    ("# 隐私政策\n\n## 我们收集的信息\n\n1.1 帐户资料\n我们会收集您的邮箱。\n1.2 付款資訊\n"
     "我們絕不儲存您的信用卡資料，付款由 Apple 處理。\n", "zh"),
    ("# Privacy\n\n## Information we collect\n\n### Payment information\n\nWe never store your "
     "card details; the app store handles payments.\n\n### Account\n\nWe collect your email "
     "address.\n", "en"),
])
def test_a_heading_whose_first_line_denies_holding_its_data(
        analyser: Analyser, text: str, lang: str) -> None:
    categories = _terms(analyser.analyse(text, lang=lang), "data_categories")
    assert "financial" not in categories and "contact" in categories


def test_a_heading_whose_first_line_collects_its_data(analyser: Analyser) -> None:
    text = "# 隐私政策\n\n## 我们收集的信息\n\n### 付款信息\n\n我们会收集您的支付记录。\n"
    assert "financial" in _terms(analyser.analyse(text, lang="zh"), "data_categories")


@pytest.mark.parametrize(("sentence", "voice"), [
    ("我们会收集您输入的祝福文字，用于生成音频内容。", False),
    ("我们会将您输入的文本用于语音合成。", False),
    ("我们会收集您的语音指令和录音。", True),
])
def test_audio_the_service_makes_is_no_voice_data(analyser: Analyser, sentence: str,
                                                  voice: bool) -> None:
    text = "# 隐私政策\n\n## 我们收集的信息\n\n" + sentence + "\n"
    assert ("voice" in _terms(analyser.analyse(text, lang="zh"), "data_categories")) is voice


@pytest.mark.parametrize(("sentence", "expected"), [
    ("我们会定期进行安全评估。", False),
    ("自动化决策：指通过计算机程序自动分析、评估个人的行为习惯等，并进行决策的活动。", False),
    ("我们会对您的登录行为进行安全识别。", True),
    ("个性化推荐：我们会根据您的浏览记录向您推荐内容。", True),
])
def test_reviews_and_definitions_are_no_automated_decisions(
        analyser: Analyser, sentence: str, expected: bool) -> None:
    assert analyser.analyse(sentence, lang="zh")["automated_decision"]["value"] is expected


def test_children_under_14_with_a_guardian_beside_them(analyser: Analyser) -> None:
    text = "# 陪伴\n\n## 未成年人\n\n未满 14 周岁的儿童应在监护人陪同下使用本服务。\n"
    assert "minor_under_14" in _terms(analyser.analyse(text, lang="zh"), "sensitive_categories")


def test_the_handlers_verbs_are_no_list_of_rights(analyser: Analyser) -> None:
    result = analyser.analyse("We may update or delete your account if it breaks the rules.",
                              lang="en")
    assert _terms(result, "rights") == []


@pytest.mark.parametrize(("sentence", "field", "expected"), [
    ("Training: your anonymised chats may be used for training purposes.", "model_training",
     "yes"),
    ("Every bot shows a privacy shield icon next to its name.", "cross_border", "not_stated"),
    ("We rely on the EU-U.S. Privacy Shield for transfers to the United States.",
     "cross_border", "yes"),
])
def test_training_purposes_and_a_shield_icon(analyser: Analyser, sentence: str, field: str,
                                             expected: str) -> None:
    assert analyser.analyse(sentence, lang="en")[field]["value"] == expected


def test_personalising_the_experience_and_recommendations(analyser: Analyser) -> None:
    result = analyser.analyse("We use this data to personalise your experience and "
                              "recommendations.", lang="en")
    assert result["automated_decision"]["value"] is True


def test_a_childs_data_kept_on_the_device_still_says_children_use_it(
        analyser: Analyser) -> None:
    text = ("# Math pals\n\n## What we collect\n\n- Child's name and age group: entered by a "
            "parent, stored locally on your device only. This is never transmitted.\n")
    result = analyser.analyse(text, lang="en")
    assert "minor_under_14" in _terms(result, "sensitive_categories")
    assert "contact" not in _terms(result, "data_categories")


@pytest.mark.parametrize("sentence", [
    "Public images grant Pixelforge the right to use, copy, adapt, modify and publish them.",
    "By posting, you give us a right to edit, copy and delete your posts.",
])
def test_a_licence_granted_to_the_handler_is_no_right_of_the_user(
        analyser: Analyser, sentence: str) -> None:
    assert _terms(analyser.analyse(sentence, lang="en"), "rights") == []


@pytest.mark.parametrize("text", [
    "7. pricing\naccess, export and share dashboards with your team.\n",
    "In the settings of your web browser, you can access and change all cookie settings.",
])
def test_verbs_outside_a_rights_part_or_about_settings(analyser: Analyser, text: str) -> None:
    assert _terms(analyser.analyse(text, lang="en"), "rights") == []


def test_the_developer_of_an_ai_product_trains_nothing(analyser: Analyser) -> None:
    result = analyser.analyse("This app is made by the developer of AI Photo Studio.",
                              lang="en")
    assert result["model_training"]["value"] == "not_stated"


@pytest.mark.parametrize(("text", "lang", "term", "present"), [
    ("# Tide guide\n\n## 我们收集的信息\n\n海洋生物识别功能会读取您上传的鱼类照片。\n", "zh",
     "biometric", False),
    ("# Face check\n\n## 我们收集的信息\n\n我们会收集您的生物识别信息用于登录验证。\n", "zh",
     "biometric", True),
    ("# 相册助手\n\n## 我们收集的信息\n\n您选择的媒体文件会被上传至我们的服务器进行处理。\n", "zh",
     "user_content", True),
    ("# 健身记录\n\n## 我们收集的信息\n\n- 使用信息：打开应用的时间、频率和持续时间\n", "zh",
     "usage_logs", True),
    ("# 存储\n\n只要您的账户处于活跃状态，我们就会保留您上传的照片。\n", "zh", "account", False),
    ("# Voice API\n\nThe service logs some metadata about your requests, such as their size "
     "and time.\n", "en", "usage_logs", True),
    ("# Companion\n\n## Data we collect\n\n- Device token: the push notification token of "
     "your phone\n", "en", "device", True),
    ("# Assistant\n\n## Information we collect\n\nWe collect the Lumen account you use to "
     "sign in.\n", "en", "account", True),
    ("# Notetaker\n\nWe collect account, meeting, and usage data.\n", "en", "account", True),
    ("# Notetaker\n\nWe do not collect account, meeting, or usage data.\n", "en", "account",
     False),
    ("# Chat app\n\nChat data will be stored in our systems to run the service, and "
     "conversation logs are kept for support.\n", "en", "user_content", True),
    ("# Code helper\n\nTo rank completions, the plugin sends some code from the open project "
     "as context.\n", "en", "user_content", True),
    ("# Reader\n\nWhen you convert an e-book, the text is sent to our servers for speech "
     "conversion.\n", "en", "user_content", True),
    ("# Proxy\n\nWe keep minimal operational logs needed for rate limiting.\n", "en", "usage_logs",
     True),
    # (a feature named "Diagnosis" whose content goes to other services is no health data)
    ("# Diary\n\nWhen you use the Diagnosis feature, the app sends only the necessary content "
     "to third-party model services.\n", "en", "health", False),
    # a denial inside brackets speaks only of what they hold
    ("# Song maker\n\nWe collect: account email, payment metadata (handled by our processor — "
     "we never see your card number), generation prompts and usage statistics.\n", "en",
     "usage_logs", True),
    ("# Song maker\n\nWe collect: account email, payment metadata (handled by our processor — "
     "we never see your card number), generation prompts and usage statistics.\n", "en",
     "user_content", True),
    # "never see", "do not directly receive", 从不存储, 不会把…上传
    ("# Editor\n\n## Information we collect\n\n- Payments: we never see your card number.\n"
     "- Email address for your account\n", "en", "financial", False),
    ("# 翻译\n\n## 我们收集的信息\n\n我们不会把你的对话录音、输入文本上传到服务器；我们会收集你的邮箱。\n",
     "zh", "voice", False),
    # a pronoun-led "never transmitted"
    ("# Math pals\n\n## What we collect\n\n- Nickname: entered by a parent and kept on this "
     "tablet only. This is never transmitted to our servers.\n- Device model\n", "en",
     "account", False),
    ("# Writer\n\n## Information we collect\n\n- Technical data: IP address, browser/OS "
     "information\n", "en", "device", True),
    ("# Writer\n\n## Information we collect\n\n- If you sign in (via Google), your name and "
     "email address\n", "en", "contacts_social", True),
    ("# Lyria\n\n## What we collect\n\n- Google/GitHub ID and email address\n", "en",
     "contacts_social", True),
    ("# 陪伴\n\n## 我们收集的信息\n\n- 微信 OpenID（用于登录）\n", "zh", "contacts_social", True),
    ("# 识图\n\n## 我们收集的信息\n\n您可以通过社交媒体登录本服务。\n", "zh", "contacts_social", True),
    ("# 画卷\n\n## 我们收集的信息\n\n崩溃线索会帮助我们修复问题。\n", "zh", "usage_logs", True),
    ("# 摘要\n\n## 我们收集的信息\n\n设备指纹（恢复码）用于找回账号。\n", "zh", "biometric", False),
    ("# 门锁\n\n## 我们收集的信息\n\n开锁时我们会采集您的指纹。\n", "zh", "biometric", True),
    ("# Reader\n\n## Information we collect\n\nOur text-to-speech feature reads articles "
     "aloud.\n", "en", "voice", False),
    ("# Voice consent\n\n## What we collect\n\nWe keep the spoken consent audio you record.\n",
     "en", "voice", True),
    ("# Songs\n\n## What we collect\n\nSign in through an authentication provider (Google or "
     "email and password).\n", "en", "contacts_social", True),
    ("# Songs\n\n## What we collect\n\nPayment-related information such as amount, date and "
     "transaction status.\n", "en", "financial", True),
    ("# 画图\n\n## 我们收集的信息\n\n您产生的图像和您使用的提示会保存在我们的服务器。\n", "zh",
     "user_content", True),
    ("# 画图\n\n## 我们收集的信息\n\nIP 位址和位置资料（城市/国家层级）。\n", "zh", "location", True),
    ("# 家教\n\n## 我们收集的信息\n\n用户可自愿上传身分证明。\n", "zh", "government_id", True),
    ("# 听译\n\n## 我们收集的信息\n\n服务器侧的诊断记录用于排查故障。\n", "zh", "health", False),
])
def test_category_wordings(analyser: Analyser, text: str, lang: str, term: str,
                           present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), "data_categories")) is present


@pytest.mark.parametrize(("sentence", "lang", "stated"), [
    # the end of the work the data was sent for, then its deletion
    ("Recordings you send to the dubbing API are not retained by us following completion of "
     "the job.", "en", True),
    ("Scans are held on our servers until the conversion task completes, at which point they "
     "are erased.", "en", True),
    ("Drafts are removed once processing is complete.", "en", True),
    ("Your saved phrases are deleted when you uninstall the keyboard app.", "en", True),
    ("Your notes are kept until you uninstall the extension.", "en", True),
    ("试衣效果图将长期保存，直至用户在应用内主动删除。", "zh", True),
    ("我们在处理后删除您上传的证件照片。", "zh", True),
    ("会员资料在账户有效期内保留。", "zh", True),
    ("Please keep the app open until the upload completes.", "en", False),
    ("The assistant helps you until the task is complete.", "en", False),
    ("处理完成后，您可以删除这些图片。", "zh", False),
    ("Snippets are only retained on the server for the duration of computing the answer.", "en",
     True),
    ("Prompts exist only in memory while the request is being processed.", "en", True),
    ("The bot does not persist your messages beyond the immediate generation of replies.", "en",
     True),
    ("After the assistant answers your question, the transcript is erased.", "en", True),
    ("Each video remains available until you choose to delete it.", "en", True),
    ("Your theme settings persist across sessions.", "en", False),
    ("After the assistant answers your question, you can rate the answer.", "en", False),
    ("Photos of answers are deleted after checking.", "en", True),
    ("Voice questions are not stored after transcription.", "en", True),
    ("Meeting audio is not retained by third-party vendors after processing.", "en", False),
    ("Please rate the app after checking your score.", "en", False),
    ("照片分析完成后即弃置。", "zh", True),
    ("图片分析后立即删除。", "zh", True),
    ("您的资料会在账户删除后立即删除。", "zh", True),
    ("请勿丢弃您的设备。", "zh", False),
    ("Your clip is temporarily stored for processing and automatically deleted afterward.", "en",
     True),
    ("照片在分析完成后不会储存于服务器上。", "zh", True),
])
def test_retention_wordings(analyser: Analyser, sentence: str, lang: str, stated: bool) -> None:
    assert analyser.analyse(sentence, lang=lang)["retention"]["stated"] is stated


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Our help page lists the rights you have to access, update, or erase what we hold.", "en",
     {"access", "correct", "delete"}),
    ("You may be entitled under data protection laws to access and review Personal "
     "Information the Company holds.", "en", {"access"}),
    ("We honour access, correction, and deletion requests from every user.", "en", {"access",
     "correct", "delete"}),
    ("设置页还为您提供了导出笔记数据和永久删除帐户的选项。", "zh", {"copy", "deregister_account"}),
    ("如需查看和清除与账号关联的录音，请前往隐私中心。", "zh", {"access", "delete"}),
    ("您可以发送邮件至 help@example.com 要求导出。", "zh", {"copy"}),
    ("向您推送活动信息(需要您的同意,您可以随时撤回)。", "zh", {"withdraw_consent"}),
    ("You may delete your saved chat history whenever you like.", "en", {"delete"}),
    ("Members can choose to delete their uploaded clips at any time in the app.", "en", {"delete"}),
    ("You may ask for the termination of data processing by writing to us.", "en",
     {"restrict_object"}),
    ("You can export, modify, or delete your transcripts at any time.", "en", {"copy", "correct",
     "delete"}),
    ("Members may review and edit their saved answers whenever they like.", "en", {"access",
     "correct"}),
    ("You can delete individual memories in the app.", "en", {"delete"}),
    # a sentence opening with a list of verbs, under a numbered rights title of a plain text
    ("7. security\nencrypted at rest.\n8. your rights\naccess, correct, export, or delete your "
     "data at any time from account settings.\n", "en", {"access", "copy", "correct", "delete"}),
    # the user's own verbs, one of them a right
    ("You can read, edit, pause, or delete any of it.", "en", {"correct", "delete"}),
    ("您可随时要求移除您的资料。", "zh", {"delete"}),
    ("您有访问你的个人信息的权利。", "zh", {"access"}),
])
def test_rights_wordings(analyser: Analyser, text: str, lang: str, expected: set[str]) -> None:
    assert expected <= set(_terms(analyser.analyse(text, lang=lang), "rights"))
