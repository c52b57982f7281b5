"""Document terms on wordings seen in real AI-service notices (fixtures written for the project)."""

from __future__ import annotations

from typing import Any

import pytest

from consent_ledger.notices.analyser import Analyser


def terms(result: dict, key: str) -> list[str]:
    return [item["term"] for item in result[key]]


def test_a_sharing_heading_does_not_disclose_anything_publicly(analyser: Analyser) -> None:
    result = analyser.analyse(
        "二、我们如何共享、转让、公开披露您的个人信息\n\n"
        "我们会与云服务提供商共享您的个人信息。\n\n我们不会公开披露您的个人信息。")
    assert result["sharing"]["third_parties"] is True
    assert result["sharing"]["public_disclosure"] is False


@pytest.mark.parametrize(("text", "public"), [
    ("We disclose personal data to our cloud providers and, where required, to public "
     "authorities.", False),
    ("Your profile name and the prompts you share are publicly displayed to other users.", True),
    ("如您主动选择公开发布作品，我们会公开披露您的昵称。", True),
])
def test_public_disclosure_means_making_data_public(analyser: Analyser, text: str,
                                                    public: bool) -> None:
    assert analyser.analyse(text)["sharing"]["public_disclosure"] is public


@pytest.mark.parametrize(("text", "expected"), [
    ("更新日期：2026年3月1日　生效日期：2026年3月8日\n\n我们收集您的手机号码。", "2026-03-08"),
    ("Last updated: March 1, 2026. Effective: March 8, 2026\n\nWe collect your e-mail.",
     "2026-03-08"),
    ("Last updated: March 1, 2026\n\nWe collect your e-mail.", "2026-03-01"),
])
def test_effective_date_prefers_the_date_after_the_effective_cue(analyser: Analyser, text: str,
                                                                 expected: str) -> None:
    assert analyser.analyse(text)["effective_date"] == expected


def test_opt_out_in_the_next_sentence_of_the_same_paragraph(analyser: Analyser) -> None:
    result = analyser.analyse(
        "We may use the conversations you have with the assistant to train our models. "
        "You can turn this off in Settings > Data controls.\n\n"
        "We share data with payment processors.")
    assert result["model_training"] == {**result["model_training"], "value": "yes",
                                        "opt_out": True}
    result = analyser.analyse(
        "We may use the conversations you have with the assistant to train our models. "
        "You can opt out in Settings > Data controls.")
    assert result["model_training"]["opt_out"] is True
    result = analyser.analyse("We use de-identified conversations to improve our AI models. "
                              "To opt out, email privacy@x.example.")
    assert result["model_training"]["opt_out"] is True


@pytest.mark.parametrize("between", ["\n\n", " "])
@pytest.mark.parametrize("other", ["You can opt out of receiving our e-mails at any time.",
                                   "You can opt out of marketing messages in Settings."])
def test_an_opt_out_of_marketing_is_not_a_training_opt_out(analyser: Analyser, between: str,
                                                           other: str) -> None:
    result = analyser.analyse(
        "We may use the conversations you have with the assistant to train our models."
        f"{between}{other}")
    assert result["model_training"]["value"] == "yes"
    assert result["model_training"]["opt_out"] is False


@pytest.mark.parametrize(("text", "purpose"), [
    ("We use your inputs to provide the chat service and to personalize your experience.",
     "provide_service"),
    ("2. 在您使用对话功能时，我们会收集您输入的文本，用于生成回复。", "provide_service"),
    ("3. 为保障服务安全，我们会收集您的设备信息和日志信息。", "security"),
    ("We use your information to detect and prevent abuse and violations of our policies.",
     "security"),
    ("We use your information to provide the service and to keep your account secure.",
     "security"),
])
def test_purposes(analyser: Analyser, text: str, purpose: str) -> None:
    assert purpose in terms(analyser.analyse(text), "purposes")


@pytest.mark.parametrize(("text", "expected"), [
    ("We may use automated systems to detect violations of our Usage Policy; these systems may "
     "suspend accounts without human review.", True),
    ("Decisions about your account are made solely by automated means.", True),
    ("We do not make decisions based solely on automated processing.", False),
    # the denial is far before the term, in the same clause part
    ("We do not make decisions that produce legal or similarly significant effects about you "
     "based solely on automated processing.", False),
    ("We do not sell your data, but we use profiling to choose the ads you see.", True),
    ("我们会根据您的不同偏好进行个性化推荐。", True),  # 不同 is not a denial
    ("我们不会在您不知情的情况下对您作出自动化决策。", False),
    # content chosen for the user by their features is a personalised recommendation
    ("若您开启声纹识别，我们会提取声纹特征用于区分家庭成员并提供个性化内容。", True),
    ("我们不会向您推送个性化内容。", False),
])
def test_automated_decisions(analyser: Analyser, text: str, expected: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is expected


@pytest.mark.parametrize(("text", "age"), [
    ("Nimbus Assistant is not intended for anyone under 18.", 18),
    ("The Services are not directed to individuals under the age of 16.", 16),
    ("Users under 13 may not use the Services.", 13),
])
def test_minimum_age_without_the_word_children(analyser: Analyser, text: str, age: int) -> None:
    result = analyser.analyse(text)
    assert result["minors"]["value"] is True
    assert result["minors"]["minimum_age"] == age


def test_handler_name_and_address_stop_at_a_bracket_they_do_not_open(analyser: Analyser) -> None:
    result = analyser.analyse(
        "豆芽AI（以下简称\"本产品\"）由上海豆芽智能科技有限公司（注册地址：上海市徐汇区某某路100号）提供。"
        "\n\n抖音（北京）有限公司是我们的关联公司。")
    assert result["handler"]["names"][0] == "上海豆芽智能科技有限公司"
    assert "抖音（北京）有限公司" in result["handler"]["names"]
    assert result["handler"]["addresses"] == ["上海市徐汇区某某路100号"]


def test_a_sentence_without_topics_is_read_under_its_section(analyser: Analyser) -> None:
    text = ("## 一、我们收集的信息\n\n我们收集您的手机号码。\n\n"
            "我们会通过声纹识别技术处理您的语音，以便区分不同说话人。\n")
    result = analyser.analyse(text)
    evidence = {item["term"]: item["evidence"] for item in result["sensitive_categories"]}
    clause = result["clauses"][evidence["biometric"][0]]
    assert text[clause["start"]:clause["end"]].startswith("我们会通过声纹识别技术")
    # the same sentence under a heading about something else is not read as collection
    elsewhere = analyser.analyse(text.replace("一、我们收集的信息", "三、联系我们"))
    assert "biometric" not in terms(elsewhere, "sensitive_categories")


def test_a_list_label_the_denial_speaks_of_is_not_collected(analyser: Analyser) -> None:
    result = analyser.analyse(
        "## Collection of Personal Data\n\n"
        "* **Identity Data:** name and email address.\n"
        "* **Precise location:** we do not collect precise geolocation.\n")
    assert "contact" in terms(result, "data_categories")
    assert "location" not in terms(result, "data_categories")
    assert "whereabouts" not in terms(result, "sensitive_categories")


def test_methods_follow_the_cross_border_and_automated_decision_terms(analyser: Analyser) -> None:
    result = analyser.analyse(
        "You have the right to opt out of targeted advertising and profiling.\n\n"
        "We collect your name.")
    assert result["automated_decision"]["value"] is False
    assert "automated_decision" not in terms(result, "methods")
    result = analyser.analyse("We use profiling to personalise the content you see.\n\n"
                              "Your data may be transferred to the United States.")
    assert {"automated_decision", "cross_border"} <= set(terms(result, "methods"))


@pytest.mark.parametrize(("text", "right", "automated"), [
    ("您可以在设置中导出您的对话记录。", "copy", False),
    ("对于基于自动化决策作出的决定，您有权拒绝。", "restrict_object", False),
    ("我们会根据您的使用习惯进行个性化推荐，您可以在设置中关闭。", "restrict_object", True),
    ("Decisions based solely on automated processing: you have the right to object.",
     "restrict_object", False),
])
def test_rights_about_automated_decisions_are_not_the_practice(analyser: Analyser, text: str,
                                                               right: str,
                                                               automated: bool) -> None:
    result = analyser.analyse(text)
    assert right in terms(result, "rights")
    assert result["automated_decision"]["value"] is automated


@pytest.mark.parametrize(("period", "lang", "expected"), [
    ("6个月", "en", "6 months"), ("15个工作日", "en", "15 working days"), ("1年", "en", "1 year"),
    ("30 days", "zh", "30天"), ("2 Years", "zh", "2年"), ("30 days", "en", "30 days"),
    ("六个月", "en", "6 months"), ("二十四个月", "en", "24 months"), ("两年", "en", "2 years"),
    ("three years", "zh", "3年"), ("several days", "zh", "several days"),
    ("until you delete your account", "zh", "until you delete your account"),
])
def test_summary_periods_in_the_summary_language(period: str, lang: str, expected: str) -> None:
    from consent_ledger.notices.summary import period_in

    assert period_in(period, lang) == expected


def test_summary_says_the_period_in_each_language(analyser: Analyser) -> None:
    result = analyser.analyse("对话记录保存6个月，超出保存期限后我们将删除。")
    assert "States how long data is kept (6 months)." in result["summary"]["en"]
    assert "说明了保存期限（6个月）。" in result["summary"]["zh"]


@pytest.mark.parametrize(("text", "key", "term"), [
    # a complaint to a state Attorney General is the complain right
    ("You may appeal our decision by contacting privacy@quill.example. If we deny your appeal, "
     "you may contact your state Attorney General.", "rights", "complain"),
    # a sentence with no topic of its own is read with its paragraph's
    ("Payment Information. When you add a credit card or payment method to your account a "
     "third-party service provider that handles payments on our behalf will receive and process "
     "your payment card information.", "data_categories", "financial"),
    ("When you connect a third-party account such as Google, we receive your profile "
     "information.", "data_categories", "contacts_social"),
    ("我们会收集您的账户信息和手机号码。", "data_categories", "account"),
    # a list item naming the product, not "the service"
    ("We use personal data:\n\n- To provide, maintain and improve Corvid Chat;\n",
     "purposes", "provide_service"),
    ("Where we rely on consent, you can withdraw it at any time.", "rights", "withdraw_consent"),
    ("您可以在“我的-设置”中访问、更正您的个人信息。", "rights", "access"),
    # rows of a table with a purpose column state purposes
    ("## 一、我们收集的信息\n\n| 功能 | 收集的个人信息 | 目的 |\n|---|---|---|\n"
     "| 注册登录 | 手机号、验证码 | 创建账号 |\n| 智能对话 | 您输入的文字 | 生成回复内容 |\n",
     "purposes", "account"),
    ("## 一、我们收集的信息\n\n| 功能 | 收集的个人信息 | 目的 |\n|---|---|---|\n"
     "| 注册登录 | 手机号、验证码 | 创建账号 |\n| 智能对话 | 您输入的文字 | 生成回复内容 |\n",
     "purposes", "provide_service"),
])
def test_term_found(analyser: Analyser, text: str, key: str, term: str) -> None:
    assert term in terms(analyser.analyse(text), key)


def test_a_bank_account_is_financial_not_an_app_account(analyser: Analyser) -> None:
    result = analyser.analyse("我们会收集您的银行账户信息用于提现。")
    assert terms(result, "data_categories") == ["financial"]
    assert terms(result, "sensitive_categories") == ["financial_account"]


@pytest.mark.parametrize(("text", "value"), [
    ("We never train on your private code.", "no"),
    ("We do not train on customer data.", "no"),
    ("We train our models on publicly available data and on your conversations unless you opt "
     "out.", "yes"),
    ("Our models are trained on licensed datasets.", "not_stated"),
])
def test_training_on_user_data_without_the_word_model(analyser: Analyser, text: str,
                                                      value: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == value


@pytest.mark.parametrize(("text", "expected"), [
    ("We use your activity to show you personalized ads.", True),
    ("We may use your information to recommend content you might like.", True),
    ("我们会基于您的浏览记录向您推送您可能感兴趣的内容。", True),
    ("You can opt out of personalized ads in your settings.", False),
    ("我们不会利用您的个人信息进行用户画像。", False),
])
def test_personalised_ads_and_recommendations(analyser: Analyser, text: str,
                                              expected: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is expected


@pytest.mark.parametrize(("text", "period"), [
    ("您的个人信息将保存至您删除为止。", None),
    ("我们会保留您的对话记录，直至您主动删除。", None),
    ("Backups are overwritten within 90 days.", "90 days"),
])
def test_retention_until_deleted_and_overwritten_backups(analyser: Analyser, text: str,
                                                         period: str | None) -> None:
    retention = analyser.analyse(text)["retention"]
    assert retention["stated"] is True
    assert retention["periods"] == ([period] if period else [])


@pytest.mark.parametrize(("text", "email"), [
    ("如有疑问，可发送邮件至 privacy#zhihuiai.cn（请将#替换为@）与我们联系。", "privacy@zhihuiai.cn"),
    ("个人信息保护负责人邮箱：dpo*example.com.cn（发送时请把“*”换成“@”）", "dpo@example.com.cn"),
    ("Privacy questions: privacy#quill.example (replace # with @).", "privacy@quill.example"),
])
def test_an_email_with_a_stand_in_for_the_at_sign(analyser: Analyser, text: str,
                                                  email: str) -> None:
    assert analyser.analyse(text)["handler"]["emails"] == [email]


def test_a_stand_in_sign_without_the_instruction_is_no_email(analyser: Analyser) -> None:
    result = analyser.analyse("话题标签请写成 #隐私# 或 privacy#example.com，我们会替换敏感词。")
    assert result["handler"]["emails"] == []


def test_a_chinese_address_given_with_a_verb(analyser: Analyser) -> None:
    result = analyser.analyse("本服务由杭州智汇星辰科技有限公司运营，注册地址为浙江省杭州市余杭区文一西路998号。")
    assert result["handler"]["addresses"] == ["浙江省杭州市余杭区文一西路998号"]
    # an IP address is no postal address
    assert analyser.analyse("您的IP地址为自动获取。")["handler"]["addresses"] == []


@pytest.mark.parametrize(("text", "at", "denied"), [
    ("我们会根据您的不同偏好进行个性化推荐。", "个性化推荐", False),  # 不同: different
    ("我们仅会出于未成年人防沉迷的目的收集这些信息。", "收集", False),  # 未成年人: minors
    ("保存期限不超过六个月，到期后我们将删除。", "删除", False),  # 不超过: at most
    ("若您不同意采集这类信息，您可能无法使用该功能。", "采集", True),  # 不同意 still denies
    ("我们不会根据您的个人信息（包括但不限于您的阅读记录、搜索记录等）向您推荐内容。", "推荐", True),
])
def test_chinese_denials(text: str, at: str, denied: bool) -> None:
    from consent_ledger.notices.lexicon import negated

    assert negated(text, text.index(at), "zh") is denied


def test_the_handler_name_starts_after_the_words_that_introduce_it(analyser: Analyser) -> None:
    result = analyser.analyse("本政策适用于北京灵犀未来智能科技有限公司提供的产品及服务。")
    assert result["handler"]["names"] == ["北京灵犀未来智能科技有限公司"]


def test_items_under_a_plain_chinese_section_heading_are_collected_data(analyser: Analyser) -> None:
    text = ("第二条 我们处理的个人信息\n1、为完成实名认证，您提供的人脸图像；\n"
            "2、设备信息：设备品牌、型号、系统版本；\n3、您输入的主题、草稿及生成的文章。\n")
    result = analyser.analyse(text)
    assert {"biometric", "device", "user_content"} <= set(terms(result, "data_categories"))
    assert "biometric" in terms(result, "sensitive_categories")


def test_providing_the_service_to_the_user_is_not_sharing(analyser: Analyser) -> None:
    result = analyser.analyse("本政策适用于上海星火云文科技有限公司通过App向您提供的服务。")
    assert result["sharing"]["third_parties"] is False
    shared = analyser.analyse("我们会向合作伙伴提供您的设备信息。")
    assert shared["sharing"]["third_parties"] is True


def test_sentences_under_a_sharing_heading_are_read_for_sharing(analyser: Analyser) -> None:
    text = "## Who we share data with\n\nWe use sub-processors for hosting and email delivery.\n"
    assert analyser.analyse(text)["sharing"]["entrusted"] is True


@pytest.mark.parametrize(("text", "key", "term"), [
    ("You can export all your notes as Markdown at any time.", "rights", "copy"),
    ("您有权拒绝我们仅通过自动化决策的方式作出的决定。", "rights", "restrict_object"),
    ("## What we collect\n\nWhen you use the AI assistant, we process the notes and questions "
     "you send to it.", "data_categories", "user_content"),
    ("We collect usage events such as feature clicks.", "data_categories", "usage_logs"),
])
def test_more_term_wordings(analyser: Analyser, text: str, key: str, term: str) -> None:
    assert term in terms(analyser.analyse(text), key)


def test_a_service_not_for_children_under_an_age_sets_that_minimum(analyser: Analyser) -> None:
    assert analyser.analyse("我们的服务不面向未满十四周岁的儿童。")["minors"]["minimum_age"] == 14


CCPA_TABLE = ("## Information We Collect\n\n"
              "| Category | Examples | Collected | Sold or Shared |\n|---|---|---|---|\n"
              "| Identifiers | name, email address | Yes | No |\n"
              "| Geolocation | precise GPS location | No | No |\n"
              "| Biometric information | voiceprints, face geometry | No | No |\n")


def test_a_table_row_marked_not_collected_names_no_collected_category(analyser: Analyser) -> None:
    result = analyser.analyse(CCPA_TABLE)
    assert not {"location", "biometric"} & set(terms(result, "data_categories"))
    assert terms(result, "sensitive_categories") == []
    # the header row names a "Sold or Shared" column; it shares nothing
    assert result["sharing"]["third_parties"] is False
    # the same rows marked "Yes" are collected
    collected = analyser.analyse(CCPA_TABLE.replace("location | No", "location | Yes")
                                 .replace("geometry | No", "geometry | Yes"))
    assert {"location", "biometric"} <= set(terms(collected, "data_categories"))
    assert {"whereabouts", "biometric"} <= set(terms(collected, "sensitive_categories"))


@pytest.mark.parametrize(("text", "key", "term"), [
    ("You can request access to or deletion of your personal information by emailing us.",
     "rights", "delete"),
    ("若您不同意，可以发送邮件至 ai@example.cn 撤回该授权。", "rights", "withdraw_consent"),
    ("您还可以使用支付宝账号一键登录，此时我们将获取您的支付宝账号昵称和头像。",
     "data_categories", "contacts_social"),
    ("若您是14周岁以下的儿童，请在监护人的指导下使用。对于经监护人同意而收集的儿童个人信息，我们仅在必要时使用。",
     "sensitive_categories", "minor_under_14"),
    ("您输入的问题，我们会进行处理以向您提供问答服务。", "purposes", "provide_service"),
])
def test_fourth_probe_wordings(analyser: Analyser, text: str, key: str, term: str) -> None:
    assert term in terms(analyser.analyse(text), key)


def test_users_of_an_age_and_older_sets_the_minimum_age(analyser: Analyser) -> None:
    assert analyser.analyse("Sprout AI is intended for users 13 and older.")["minors"][
        "minimum_age"] == 13


@pytest.mark.parametrize(("text", "key", "term"), [
    ("我们仅收集您提交翻译的文本和文档。", "data_categories", "user_content"),
    ("## Data we collect\n\nWe collect the text, audio and files you submit to the assistant.",
     "data_categories", "voice"),
    ("You may ask us for a copy of your personal data or ask us to delete it.", "rights", "delete"),
])
def test_fifth_probe_wordings(analyser: Analyser, text: str, key: str, term: str) -> None:
    assert term in terms(analyser.analyse(text), key)


@pytest.mark.parametrize(("text", "period"), [
    ("翻译完成后，原文与译文在服务器上保留24小时后自动删除。", "24小时"),
    ("We retain uploaded files for 48 hours and then delete them.", "48 hours"),
])
def test_retention_periods_in_hours(analyser: Analyser, text: str, period: str) -> None:
    result = analyser.analyse(text)
    assert result["retention"]["stated"] is True
    assert period in result["retention"]["periods"]


def test_a_sixth_probe(analyser: Analyser) -> None:
    result = analyser.analyse("**重要提示**：智言输入法由广州智言网络科技有限公司开发和运营。\n\n"
                              "## 我们收集的信息\n\n- 网络身份标识信息：包括设备识别码、IP地址。\n"
                              "- 输入内容：为提供云端联想和AI帮写功能，我们会收集您输入的文字。\n")
    assert result["handler"]["names"] == ["广州智言网络科技有限公司"]
    assert "device" in terms(result, "data_categories")
    assert "provide_service" in terms(result, "purposes")
    # 自由 is no "由" that introduces a name
    free = analyser.analyse("本服务由北京自由之翼科技有限公司提供。")
    assert free["handler"]["names"] == ["北京自由之翼科技有限公司"]


def test_an_opt_out_two_sentences_after_the_training_use(analyser: Analyser) -> None:
    text = ("We may use prompts and videos you make public in the gallery to train our generative "
            "models. Private projects are not used for training. To stop your public videos from "
            "being used, make them private or email optout@loomly.example.")
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes" and training["opt_out"] is True
    # not from another paragraph
    apart = text.replace(" To stop", "\n\nTo stop")
    assert analyser.analyse(apart)["model_training"]["opt_out"] is False


@pytest.mark.parametrize(("text", "check"), [
    ("Loomly is not for children under 16.", lambda r: r["minors"]["minimum_age"] == 16),
    ("_This policy was last changed on January 5, 2026._",
     lambda r: r["effective_date"] == "2026-01-05"),
    ("## Information you provide\n\nIf you record a voice sample, we create a voice model.",
     lambda r: "voice" in terms(r, "data_categories")),
    ("You can opt out through your browser settings.",
     lambda r: "restrict_object" in terms(r, "rights")),
])
def test_seventh_probe_wordings(analyser: Analyser, text: str, check: Any) -> None:
    assert check(analyser.analyse(text))


def test_an_eighth_probe(analyser: Analyser) -> None:
    assert analyser.analyse("Nimbus is only for adults (18+).")["minors"]["minimum_age"] == 18
    result = analyser.analyse("## 二、我们处理的个人信息\n\n您向AI助手描述出行需求时，我们会处理您输入的出发地和目的地。")
    assert "user_content" in terms(result, "data_categories")


def test_training_only_with_separate_consent_is_a_way_out(analyser: Analyser) -> None:
    training = analyser.analyse("未经您的单独同意，我们不会将您的草稿和文章用于训练我们的大模型。")[
        "model_training"]
    assert training["value"] == "yes" and training["opt_out"] is True
    assert "并说明了关闭或退出的方式" in "".join(analyser.analyse(
        "未经您的单独同意，我们不会将您的草稿和文章用于训练我们的大模型。")["summary"]["zh"])


def test_a_search_engine_probe(analyser: Analyser) -> None:
    text = ("## Searches and answers\n\nWe log your search queries, the answers we show and the links "
            "you click.\n\n## Personalization\n\nIf you are signed in, we tailor answers using your "
            "search history.\n\n## Training\n\nSearch queries may be used to improve our ranking and "
            "language models. Enterprise workspaces are excluded from training by default. "
            "Individual users can opt out in Settings > Data.\n\n## Your rights\n\nYou can access "
            "and export your search history from your account.\n\n## Age\n\nYou must be 13 or older "
            "to use Quanta Search.\n\nQuanta Search is an AI answer engine by Quanta Systems LLC.\n")
    r = analyser.analyse(text)
    assert {"user_content", "usage_logs"} <= set(terms(r, "data_categories"))
    assert r["model_training"]["value"] == "yes" and r["model_training"]["opt_out"] is True
    assert r["automated_decision"]["value"] is True
    assert {"access", "copy"} <= set(terms(r, "rights"))
    assert r["minors"]["minimum_age"] == 13
    assert r["handler"]["names"] == ["Quanta Systems LLC"]  # the sentence's full stop left out


def test_recommending_what_you_may_like_is_personalised_recommendation(analyser: Analyser) -> None:
    assert analyser.analyse("基于您的聊天偏好，我们会为您推荐可能喜欢的角色。")[
        "automated_decision"]["value"] is True


def test_an_ai_drawing_probe(analyser: Analyser) -> None:
    r = analyser.analyse("我们是深圳灵眸创意科技有限公司。\n\n我们不会将您上传的人脸照片用于模型训练；您的提示词和"
                         "生成图片可能会被用于优化我们的生成模型，您可以在“设置-隐私”中选择退出。\n\n"
                         "1、为您生成图片并保存在您的作品库中；\n")
    assert r["handler"]["names"] == ["深圳灵眸创意科技有限公司"]
    assert r["model_training"]["value"] == "yes" and r["model_training"]["opt_out"] is True
    assert {"provide_service", "model_training"} <= set(terms(r, "purposes"))


@pytest.mark.parametrize("text", [
    "By using our Services, you understand that your Personal Data will be transferred to our "
    "facilities and servers in the United States.",
    "We may transfer it to countries in the world where our vendors operate.",
])
def test_a_transfer_with_words_between_is_cross_border(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == "yes"


def test_a_learning_app_probe(analyser: Analyser) -> None:
    r = analyser.analyse("## 一、我们如何收集和使用个人信息\n\n"
                         "1. 拍照答疑：孩子上传的题目照片和提问内容，用于生成解题步骤。\n"
                         "2. 学情分析：我们会根据孩子的答题记录分析知识掌握情况，并据此推送个性化练习题。\n\n"
                         "## 四、模型训练\n\n经监护人单独同意，我们会使用去标识化的题目照片改进解题模型。"
                         "监护人可以随时在家长端“隐私设置”中撤回同意。\n")
    assert r["automated_decision"]["value"] is True
    assert "provide_service" in terms(r, "purposes")
    assert "withdraw_consent" in terms(r, "rights")


def test_a_voice_studio_probe(analyser: Analyser) -> None:
    r = analyser.analyse("## Model improvement\n\nWe do not use your voice recordings or voice clones to "
                         "train our general text-to-speech models. We may use text you submit, in "
                         "de-identified form, to improve pronunciation models unless you opt out by "
                         "emailing optout@voxstudio.example.\n\n## Information we collect\n\n"
                         "- Scripts and text you convert to speech.\n")
    assert r["model_training"]["value"] == "yes" and r["model_training"]["opt_out"] is True
    assert "user_content" in terms(r, "data_categories")
    # the denial alone is a no about the recordings
    denial = analyser.analyse("We do not use your voice recordings or voice clones to train our "
                              "general text-to-speech models.")
    assert denial["model_training"]["value"] == "no"


@pytest.mark.parametrize(("text", "shared"), [
    ("本声明适用于成都晴川云智科技有限公司向企业客户提供的智能客服SaaS服务。", False),
    ("我们会使用加密技术保护您向我们提供的个人信息。", False),
    ("如您希望使用该功能，我们需要您同意向菜鸟提供您使用菜鸟驿站服务的记录。", True),
    ("确需向境外提供的，我们将取得您的单独同意。", True),
])
def test_what_is_provided_to_whom(analyser: Analyser, text: str, shared: bool) -> None:
    assert ("provide" in terms(analyser.analyse(text), "methods")) is shared


def test_items_under_we_process_the_information_are_collected(analyser: Analyser) -> None:
    r = analyser.analyse("二、我们处理的信息\n1、企业管理员的姓名、工作邮箱和手机号码；\n"
                         "2、终端用户与智能客服的对话内容；\n")
    assert {"contact", "user_content"} <= set(terms(r, "data_categories"))


@pytest.mark.parametrize(("text", "value"), [
    ("We do not use your prompts, files, or outputs to train our models.", "no"),
    ("We do **not** use meeting recordings, transcripts or summaries to train generative AI "
     "models.", "no"),
    # a comma that opens a new statement, or another verb, ends the denial's reach
    ("We do not sell your data, and we use your conversations to train our models.", "yes"),
    ("Although we never sell chats, your chats may be used to train our models.", "yes"),
])
def test_a_denial_reaches_over_a_list_of_objects(analyser: Analyser, text: str,
                                                 value: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == value


def test_an_item_excluded_from_a_list_denies_nothing(analyser: Analyser) -> None:
    r = analyser.analyse("We use your age and country but not your name or e-mail, to provide "
                         "personalized ads to you.")
    assert r["automated_decision"]["value"] is True
    r = analyser.analyse("We do not transfer your prompts, files or account data to other "
                         "countries.")
    assert r["cross_border"]["value"] == "no"


@pytest.mark.parametrize("lead", ["When you use the app we collect the following:",
                                  "What we collect"])
def test_items_under_a_lead_in_are_collected(analyser: Analyser, lead: str) -> None:
    r = analyser.analyse(f"Privacy\n\n{lead}\n\n- Email address and phone number\n"
                         "- Device model and operating system\n- Approximate location\n\n"
                         "We keep it safe.\n")
    assert {"contact", "device", "location"} <= set(terms(r, "data_categories"))


@pytest.mark.parametrize("lead", ["Information excluded from the CCPA's scope, such as:",
                                  "We never collect the following:"])
def test_a_lead_in_that_excludes_or_denies_collects_nothing(analyser: Analyser,
                                                            lead: str) -> None:
    r = analyser.analyse(f"Privacy\n\n{lead}\n\n- Health or medical information\n"
                         "- Precise location\n")
    assert not {"health", "location"} & set(terms(r, "data_categories"))


@pytest.mark.parametrize(("text", "category"), [
    ("We collect the voice notes you send to your companion.", "voice"),
    ("When you register we collect a nickname and your date of birth.", "account"),
    ("We collect your display name and a hashed API token.", "account"),
    ("We also collect crash reports from the app.", "usage_logs"),
    ("We collect your billing address and the last four digits of your card.", "financial"),
    ("If you connect your Google or Outlook calendar, we collect event titles and attendees.",
     "contacts_social"),
    ("## Information Minutely processes\n\nWhen the bot joins a meeting, it captures the audio "
     "stream and produces a transcript.", "user_content"),
    ("We collect device and browser information.", "device"),
])
def test_data_category_wordings_of_ai_apps(analyser: Analyser, text: str, category: str) -> None:
    assert category in terms(analyser.analyse(text), "data_categories")


def test_a_heading_naming_what_the_service_processes(analyser: Analyser) -> None:
    r = analyser.analyse("## Information Minutely processes\n\n"
                         "**Account and payment.** Your name, work email and payment card details.\n")
    assert {"contact", "financial"} <= set(terms(r, "data_categories"))


def test_not_asking_for_a_category_is_not_collecting_it(analyser: Analyser) -> None:
    r = analyser.analyse("We do not ask for and do not want special category data such as "
                         "health, religion or sexual orientation.")
    assert not {"religion", "health"} & set(terms(r, "sensitive_categories"))


@pytest.mark.parametrize(("text", "expected"), [
    ("You have the right of access (Art. 15), rectification (Art. 16), erasure (Art. 17), "
     "restriction (Art. 18) and to object (Art. 21).", {"access", "correct", "delete",
                                                        "restrict_object"}),
    ("You can ask for a copy of it, ask us to fix mistakes, and ask us to move it to another "
     "provider.", {"copy", "correct", "portability"}),
    ("You can review and edit your profile in the App.", {"access", "correct"}),
])
def test_right_wordings(analyser: Analyser, text: str, expected: set[str]) -> None:
    assert expected <= set(terms(analyser.analyse(text), "rights"))

@pytest.mark.parametrize(("text", "periods"), [
    ("安全日志保存期限为一百八十日。", ["一百八十日"]),
    ("学习记录保存至孩子年满十四周岁后的30天。", ["30天"]),
    ("聊天记录保存三百六十五天，期满后删除。", ["三百六十五天"]),
])
def test_zh_periods_in_words_and_ages_in_weeks(analyser: Analyser, text: str,
                                               periods: list[str]) -> None:
    assert analyser.analyse(text)["retention"]["periods"] == periods


@pytest.mark.parametrize(("text", "age"), [
    ("本产品仅向年满18周岁的成年用户提供服务。", 18),
    ("问学AI面向16周岁及以上的用户。", 16),
    ("如果你未满16周岁，请不要注册。", 16),
    ("我们不会在明知的情况下收集十四周岁以下儿童的个人信息。", 14),
    ("我们不会在未获得监护人同意的情况下收集不满十四周岁儿童的个人信息。", None),
    ("若您是未满十四周岁的未成年人，应在监护人同意和指导下使用本服务。", None),
])
def test_zh_minimum_age_wordings(analyser: Analyser, text: str, age: int | None) -> None:
    minors = analyser.analyse(text)["minors"]
    assert minors["value"] is True
    assert minors["minimum_age"] == age


@pytest.mark.parametrize(("text", "right"), [
    ("您有权撤回已作出的同意。", "withdraw_consent"),
    ("您可以在账号设置中撤回对人脸信息处理的授权。", "withdraw_consent"),
    ("你也可以在小程序右上角“…—设置”中撤回已授予的相册、摄像头等权限。", "withdraw_consent"),
    ("如果想彻底离开，可以在同一页面选择“删除账号”。", "deregister_account"),
    ("对于由AI生成的内容，员工有权要求说明生成逻辑。", "explain"),
    ("您可以在“设置—隐私—个性化推荐”中关闭。", "restrict_object"),
    ("您可以在“设置—账号与安全”中导出您的历史会话。", "copy"),
])
def test_zh_rights_wordings(analyser: Analyser, text: str, right: str) -> None:
    assert right in terms(analyser.analyse(text), "rights")


def test_deleting_account_information_is_not_closing_the_account(analyser: Analyser) -> None:
    for text in ("您可以要求我们删除您的账号信息。", "您可以删除账号内的作品。"):
        assert "deregister_account" not in terms(analyser.analyse(text), "rights")


def test_instructions_to_a_processor_are_no_explanation(analyser: Analyser) -> None:
    r = analyser.analyse("我们会要求第三方按照我们的说明处理上述信息。")
    assert "explain" not in terms(r, "rights")


@pytest.mark.parametrize(("text", "auto"), [
    ("We use your chats to suggest characters you may like.", True),
    ("We personalise the Discover feed based on your past searches.", True),
    ("Content that breaks our rules may lead to your account being restricted by our automated "
     "moderation systems.", True),
    ("我们会根据您的写作习惯向您推荐写作模板。", True),
    ("您的历史战绩将根据您的选择向您本人或好友展示。", False),
    ("向您推荐您可能感兴趣的资讯", True),  # a short line that speaks to the user states it
    ("## 个性化推荐\n\n我们会基于您的输入习惯为您推荐表情包和皮肤。", True),
    ("## 3. AUTOMATED PROCESSING\n\nAccounts that violate our terms may be suspended "
     "automatically.", True),
    # a heading names the topic; the denial under it is no statement that the service does it
    ("## 6. Automated decisions\n\nWe do not take decisions that have legal effects on you by "
     "automated means alone.", False),
])
def test_automated_decision_wordings(analyser: Analyser, text: str, auto: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is auto


def test_training_opt_out_by_a_setting_that_is_off_by_default(analyser: Analyser) -> None:
    r = analyser.analyse("- **Model improvement**: code snippets and prompts may be used to "
                         "fine-tune our code models. This is switched **off** by default in the "
                         "EEA. You can change it at any time under *Account › Privacy*.\n")
    assert r["model_training"]["value"] == "yes" and r["model_training"]["opt_out"] is True
    r = analyser.analyse("By default, we may use your queries to make Lumen's answer models "
                         "better. Prefer not? Go to Account > Preferences and untick \"AI data\".")
    assert r["model_training"]["value"] == "yes" and r["model_training"]["opt_out"] is True


def test_a_labelled_period_under_a_retention_heading(analyser: Analyser) -> None:
    r = analyser.analyse("## Keeping data\n\nVoice notes: 90 days.\n\nBackups: rotated every 35 "
                         "days.\n")
    assert r["retention"]["stated"] is True
    assert {"90 days", "35 days"} <= set(r["retention"]["periods"])


def test_an_image_generator_probe_with_numbered_capital_titles(analyser: Analyser) -> None:
    r = analyser.analyse("PIXELFORGE PRIVACY POLICY\n\n1. WHO WE ARE\nPixelForge Studio LLC "
                         "operates an AI image generator.\n\n2. INFORMATION WE COLLECT\n"
                         "2.1 Text prompts and the images you generate.\n"
                         "2.2 Payment history and subscription tier.\n"
                         "2.3 Technical data: IP address and session cookies.\n")
    assert r["handler"]["names"][0] == "PixelForge Studio LLC"
    assert {"user_content", "financial", "usage_logs"} <= set(terms(r, "data_categories"))


def test_a_writing_assistant_faq_probe(analyser: Analyser) -> None:
    r = analyser.analyse(
        "Q: Is my writing used to train AI?\nA: Only if you let us. The \"Help improve\" setting "
        "is off unless you turn it on; when it is on, we may use anonymized snippets of your "
        "writing to train our language models.\n\n"
        "Q: Where is my data?\nA: Your data is stored in the European Union and is not "
        "transferred outside it.\n\n"
        "Q: Can I delete my data?\nA: Write to privacy@wordsmith.example to access, correct or "
        "erase your data. You can also contact the Irish Data Protection Commission.\n\n"
        "Q: Does it profile me?\nA: We analyse your writing patterns to adapt suggestions to "
        "your style.\n")
    assert r["model_training"] == {**r["model_training"], "value": "yes", "opt_out": True}
    assert r["cross_border"]["value"] == "no"
    assert {"access", "correct", "delete", "complain"} <= set(terms(r, "rights"))
    assert r["automated_decision"]["value"] is True


@pytest.mark.parametrize("text", [
    "You must have your guardian's consent in order to access and/or use the Services.",
    "If you have questions, you can contact our data protection office at privacy@x.example.",
])
def test_using_the_service_or_the_handlers_office_is_no_right(analyser: Analyser,
                                                              text: str) -> None:
    assert not {"access", "complain"} & set(terms(analyser.analyse(text), "rights"))


def test_ads_tailored_to_interests_are_no_profiling_statement(analyser: Analyser) -> None:
    r = analyser.analyse("We may use your information to display advertising tailored to your "
                         "interests and location.")
    assert r["automated_decision"]["value"] is False


def test_servers_in_a_named_country_are_still_abroad(analyser: Analyser) -> None:
    r = analyser.analyse("Your conversations are stored in Singapore.")
    assert r["cross_border"]["value"] == "yes"


def test_a_music_generator_ccpa_table_with_inferences(analyser: Analyser) -> None:
    head = "| Category | Examples | Collected |\n|---|---|---|\n"
    r = analyser.analyse(head + "| Inferences | musical taste profile drawn from the songs you "
                                "like | Yes |\n")
    assert r["automated_decision"]["value"] is True
    r = analyser.analyse(head + "| Inferences | profile reflecting preferences | No |\n")
    assert r["automated_decision"]["value"] is False
    # model inference, the AI service's own sense of the word, is no profiling
    r = analyser.analyse("| Feature | Data | Where |\n|---|---|---|\n"
                         "| Inference | Prompts | User history |\n")
    assert r["automated_decision"]["value"] is False


def test_a_sub_processor_table_naming_a_transfer_mechanism(analyser: Analyser) -> None:
    r = analyser.analyse("## Sub-processors\n\n| Sub-processor | Service | Location | Transfer "
                         "mechanism |\n|---|---|---|---|\n| Zendesk, Inc. | Support | USA | SCCs |\n")
    assert r["cross_border"]["value"] == "yes"


@pytest.mark.parametrize(("text", "category"), [
    ("We collect sign-in data such as SSO identifiers and authentication logs.", "account"),
    ("We collect customer content to provide the service.", "user_content"),
])
def test_enterprise_data_wordings(analyser: Analyser, text: str, category: str) -> None:
    assert category in terms(analyser.analyse(text), "data_categories")


def test_a_role_play_app_probe_with_plain_roman_titles(analyser: Analyser) -> None:
    r = analyser.analyse(
        "II. WHAT WE COLLECT AND WHY\n(a) Account information – email, username, birth year – "
        "to create your account.\n\nIV. HOW LONG\nStories: until you delete them.\n"
        "Ratings used for training: up to 3 years in de-identified form.\n"
        "Device and usage data: 13 months.\n\nVI. YOUR GDPR RIGHTS\nAccess, rectification, "
        "erasure, restriction, portability, objection and the right to lodge a complaint with "
        "the supervisory authority.\n")
    assert "contact" in terms(r, "data_categories")
    assert {"3 years", "13 months"} <= set(r["retention"]["periods"])
    assert {"access", "restrict_object", "complain"} <= set(terms(r, "rights"))


def test_sending_email_is_no_email_collected(analyser: Analyser) -> None:
    r = analyser.analyse("Our vendors perform functions on our behalf, such as sending postal "
                         "mail and email, and we collect payment card details.")
    assert "contact" not in terms(r, "data_categories")


def test_a_coding_agent_probe_with_the_opt_out_in_a_later_paragraph(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## Training\n\nFree-tier sessions may be used to improve Forge models.\n\n"
        "Paid and Team plans: your code and prompts are not used to train any model.\n\n"
        "Free users can prevent training use by running `forge privacy --no-train` or in "
        "forge.dev/settings.\n")
    assert r["model_training"] == {**r["model_training"], "value": "yes", "opt_out": True}
    # a later paragraph about another choice is no way out of training
    r = analyser.analyse(
        "## Training\n\nFree-tier sessions may be used to improve Forge models.\n\n"
        "We send newsletters.\n\nYou can unsubscribe from marketing e-mails in your settings.\n")
    assert r["model_training"]["opt_out"] is False

@pytest.mark.parametrize(("text", "value", "opt_out"), [
    # a denial well before what it denies
    ("我们不会使用客户通过API提交的输入内容及模型输出训练或改进我们的通用模型。", "no", False),
    ("We do not use inputs submitted through the API, or the outputs returned, to train or "
     "improve our general models.", "no", False),
    ("我们不会将您的信息出售给第三方，但会将对话用于模型训练。", "yes", False),
    # the models learn from public data, the user's content is not used
    ("我们自研的排序模型仅使用公开网页数据进行训练。您的检索词不会被用于训练任何模型。", "no", False),
    # 你, and content named by what it is
    ("你的照片不会被用于训练人脸识别或图像生成模型。", "no", False),
    # an opt-in by someone other than the user
    ("孩子的作文和口语录音，未经监护人的明示同意，不会被用于训练或优化我们的批改模型。", "yes", True),
    # a longer name between the verb and the model; the way out in the next sentence
    ("经去标识化处理的对话片段会被用于优化角色扮演大模型。如您不希望参与，请在“设置—隐私”中选择关闭。",
     "yes", True),
    ("对于您输入的文案和生成的视频，我们可能在脱敏后用于改善剪辑算法的效果。如您不同意，可发送邮件至 "
     "optout@shanying.example 申请排除。", "yes", True),
])
def test_zh_training_wordings(analyser: Analyser, text: str, value: str, opt_out: bool) -> None:
    training = analyser.analyse(text)["model_training"]
    assert (training["value"], training["opt_out"]) == (value, opt_out)


@pytest.mark.parametrize(("answer", "value"), [("答：会的，但只限于免费版用户。", "yes"),
                                               ("答：不会。专业版用户的数据不参与。", "no"),
                                               ("A: No. Your chats stay private.", "no")])
def test_an_faq_question_is_read_with_its_answer(analyser: Analyser, answer: str,
                                                 value: str) -> None:
    r = analyser.analyse(f"**问：你们会拿我的聊天内容去训练模型吗？**\n\n{answer}\n")
    assert r["model_training"]["value"] == value


@pytest.mark.parametrize(("text", "value"), [
    ("**问：我的数据会出境吗？**\n\n答：不会。问学AI的全部服务器都部署在国内，所有数据均在境内处理。\n", "no"),
    ("**问：我的数据会出境吗？**\n\n答：会。部分数据会传输至新加坡的服务器。\n", "yes"),
    ("我们的服务器都部署在国内。", "no"),
    ("Q: Is my data transferred abroad?\n\nA: No. All data stays in our data centres.\n", "no"),
])
def test_cross_border_in_faq_answers_and_local_hosting(analyser: Analyser, text: str,
                                                       value: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == value


@pytest.mark.parametrize(("text", "category"), [
    ("您购买会员时，我们会记录订单号、商品、金额与支付时间。", "financial"),
    ("我们收集控制台账户的充值和开票信息，用于计费。", "financial"),
    ("粗略位置：根据IP地址推断的城市级位置，用于提供本地天气，不会获取精确定位。", "location"),
    ("我们会自动收集您的IP地址、浏览器类型和屏幕分辨率。", "device"),
    ("我们会收集您上传的视频素材、照片及您录制的口播音频。", "user_content"),
    ("AI助理在员工调用时读取相关文档和聊天消息，用于生成摘要。", "user_content"),
    ("我们会收集孩子拍照上传的作业题目和AI批改结果。", "user_content"),
    ("您输入的检索词会被发送至我们的服务器。", "user_content"),
])
def test_zh_data_category_wordings(analyser: Analyser, text: str, category: str) -> None:
    assert category in terms(analyser.analyse(text), "data_categories")


@pytest.mark.parametrize(("text", "category"), [
    ("依据法律法规关于网络实名制的要求，我们需要您提供手机号码。", "government_id"),
    ("我们收集企业管理员的联系人姓名和工作邮箱。", "contacts_social"),
])
def test_zh_data_category_non_wordings(analyser: Analyser, text: str, category: str) -> None:
    assert category not in terms(analyser.analyse(text), "data_categories")


@pytest.mark.parametrize(("text", "email"), [
    ("数据保护联系人：dataprotection【at】shensuan.example", "dataprotection@shensuan.example"),
    ("个人信息保护负责人邮箱：pio［at］lingxi-ai.example", "pio@lingxi-ai.example"),
])
def test_emails_with_square_full_width_brackets(analyser: Analyser, text: str, email: str) -> None:
    assert analyser.analyse(text)["handler"]["emails"] == [email]


def test_landlines_written_in_three_groups(analyser: Analyser) -> None:
    r = analyser.analyse("联系方式：电话：020-3888-6666；或致电 027 8765 4321。")
    assert r["handler"]["phones"] == ["020-3888-6666", "027 8765 4321"]


@pytest.mark.parametrize(("text", "name"), [
    ("知道AI搜索是北京知道万象信息技术有限公司推出的AI搜索引擎。", "北京知道万象信息技术有限公司"),
    ("在该模块中，智办与北京慧聘人力资源服务有限公司共同决定处理目的。", "北京慧聘人力资源服务有限公司"),
    ("我们委托武汉云端数据服务有限公司提供云存储服务。", "武汉云端数据服务有限公司"),
    ("本服务由总是科技有限公司提供。", "总是科技有限公司"),
])
def test_zh_company_names_start_after_the_words_that_introduce_them(analyser: Analyser,
                                                                    text: str, name: str) -> None:
    assert analyser.analyse(text)["handler"]["names"] == [name]


def test_title_and_date_of_zh_rules_and_revisions(analyser: Analyser) -> None:
    r = analyser.analyse("小书童AI学习机 儿童个人信息保护规则\n\n本规则最后修订于2026年10月12日。\n\n"
                         "我们收集孩子的昵称。")
    assert r["title"] == "小书童AI学习机 儿童个人信息保护规则"
    assert r["effective_date"] == "2026-10-12"


def test_a_label_naming_public_disclosure_before_its_denial(analyser: Analyser) -> None:
    r = analyser.analyse("1. 委托处理：我们会委托云服务商处理您的手机号码。\n"
                         "2. 公开披露：我们不会公开披露您的个人信息。\n")
    assert r["sharing"]["public_disclosure"] is False
    assert r["sharing"]["entrusted"] is True


@pytest.mark.parametrize("text", [
    "二、共享\n\n我们会将完成该服务所必要的信息（如您的指令文本）传输给技能提供方。",
    "二、共享\n\n智办与北京慧聘人力资源服务有限公司共同决定候选人简历的处理目的和处理方式。",
])
def test_zh_transfer_to_a_provider_and_joint_handling_are_provision(analyser: Analyser,
                                                                    text: str) -> None:
    assert "provide" in terms(analyser.analyse(text), "methods")


@pytest.mark.parametrize("text", [
    "我们会通过算法对您输入的描述词和生成结果进行安全审核，对违规内容采取警示、限制功能、暂停服务等措施。",
    "我们根据孩子的错题记录和答题正确率，为孩子智能生成个性化的练习计划。",
])
def test_zh_algorithmic_moderation_and_adaptive_learning_are_automated(analyser: Analyser,
                                                                       text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_children_under_14_named_with_an_aside(analyser: Analyser) -> None:
    r = analyser.analyse("本规则专门说明我们如何处理不满十四周岁儿童（以下简称“孩子”）的个人信息。")
    assert "minor_under_14" in terms(r, "sensitive_categories")


def test_list_items_under_a_storage_heading_state_periods(analyser: Analyser) -> None:
    r = analyser.analyse("二、我们如何存储个人信息\n\n1. 存储地点：中华人民共和国境内。\n2. 存储期限：\n"
                         "（1）订单信息：自交易完成之日起不少于三年；\n（2）操作日志：不超过十二个月。\n")
    assert r["retention"]["periods"] == ["三年", "十二个月"]
    assert r["cross_border"]["value"] == "no"


@pytest.mark.parametrize(("text", "category"), [
    ("智能写作：我们会收集您输入的写作主题、大纲以及笔灵生成的文稿。", "user_content"),
    ("您提交润色或查重的文档仅用于完成本次任务。", "user_content"),
    ("付款信息由支付服务商处理，我们仅保存卡号后四位。", "financial"),
])
def test_zh_writing_app_categories(analyser: Analyser, text: str, category: str) -> None:
    assert category in terms(analyser.analyse(text), "data_categories")


def test_a_parent_company_named_after_wei(analyser: Analyser) -> None:
    r = analyser.analyse("本服务由星河智能（新加坡）私人有限公司提供。其母公司为北京星河智能科技有限公司。")
    assert "北京星河智能科技有限公司" in r["handler"]["names"]


def test_identity_documents_the_user_submits_are_no_user_content(analyser: Analyser) -> None:
    r = analyser.analyse("为验证您的身份，我们需要将您上传的姓名、身份证号码传输给核验机构。")
    assert "user_content" not in terms(r, "data_categories")


@pytest.mark.parametrize(("text", "categories"), [
    ("当您说出唤醒词时，眼镜会拍摄一张照片并连同您的语音问题发送至云端。", {"voice"}),
    ("您在眼镜上拍摄的照片和视频会同步到手机App的相册。", {"user_content"}),
    ("您与AI的问答记录在云端保留90天，之后自动删除。", {"user_content"}),
    ("人脸识别验证后，您的人脸信息将被归档存储于我行系统。", {"biometric"}),
])
def test_zh_data_sent_or_kept_is_data_collected(analyser: Analyser, text: str,
                                                categories: set[str]) -> None:
    assert categories <= set(terms(analyser.analyse(text), "data_categories"))


def test_a_cookie_data_file_is_no_user_content(analyser: Analyser) -> None:
    r = analyser.analyse("为确保网站正常运转，我们会在您的计算机或移动设备上存储名为Cookie的小数据文件。")
    assert "user_content" not in terms(r, "data_categories")


def test_a_right_to_refuse_automated_decisions_stated_before_the_term(analyser: Analyser) -> None:
    r = analyser.analyse("您有权就自动化决策拒绝接受。")
    assert r["automated_decision"]["value"] is False


@pytest.mark.parametrize(("text", "auto"), [
    ("**Automated decisions.** We do not make decisions based solely on automated processing "
     "that produce legal or similarly significant effects on you.", False),
    ("- **Personalized recommendations.** We use your chat history for this.", True),
])
def test_a_run_in_title_names_the_practice_its_sentence_affirms_or_denies(
        analyser: Analyser, text: str, auto: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is auto


def test_an_eea_supplement_probe(analyser: Analyser) -> None:
    r = analyser.analyse(
        "**Legal bases.** We rely on our legitimate interests to develop and improve our models "
        "using Content (your prompts and uploaded files). We apply safeguards.\n\n"
        "**Your right to object.** You can object to the use of your Content for model "
        "development at any time by submitting our objection form.\n\n"
        "## Sensitive information\n\nPlease avoid sharing sensitive information such as health "
        "conditions, religious beliefs, or government ID numbers in your chats.\n")
    assert r["model_training"] == {**r["model_training"], "value": "yes", "opt_out": True}
    assert not {"health", "religion"} & set(terms(r, "sensitive_categories"))
    assert not {"health", "government_id"} & set(terms(r, "data_categories"))


def test_a_school_tutor_probe(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## 2. Student data we process\n\n- Roster data from the School: student name, school "
        "email address, student ID number.\n- Learning content: questions students ask the "
        "tutor and homework photos.\n\n## 3. Children under 13\n\nParents can review their "
        "child's information and ask for it to be deleted through the School.\n\n"
        "## 5. Adaptive learning\n\nThe tutor adjusts the difficulty of practice questions "
        "based on each student's quiz performance.\n")
    assert "government_id" not in terms(r, "data_categories")  # a student ID is no state ID
    assert "user_content" in terms(r, "data_categories")
    assert {"access", "delete"} <= set(terms(r, "rights"))
    assert r["automated_decision"]["value"] is True
    r = analyser.analyse("We collect a copy of your government-issued ID card for verification.")
    assert "government_id" in terms(r, "data_categories")


def test_signing_up_using_a_third_party_account(analyser: Analyser) -> None:
    r = analyser.analyse("If you sign up using Apple or Google, we receive your name and email "
                         "address from them.")
    assert "contacts_social" in terms(r, "data_categories")


def test_a_video_avatar_probe_with_a_use_under_a_training_heading(analyser: Analyser) -> None:
    r = analyser.analyse(
        "### 3. Training our models\n\nWe do not use your likeness data to train our general "
        "models. We may use other uploads and scripts, after removing personal identifiers, to "
        "improve video generation. Other users can request exclusion by writing to "
        "privacy@mirage.example.\n\n### 6. Your rights\n\nUK and EU users may request access, "
        "correction, deletion and portability.\n")
    assert r["model_training"] == {**r["model_training"], "value": "yes", "opt_out": True}
    assert {"access", "correct", "delete", "portability"} <= set(terms(r, "rights"))

@pytest.mark.parametrize(("text", "expected"), [
    ("梦境剧场 用户隐私协议\n\n生效日期：二〇二六年十月二十日\n\n我们收集您的昵称。", "2026-10-20"),
    ("更新日期：二〇二五年十二月三十一日\n\n我们收集您的昵称。", "2025-12-31"),
])
def test_dates_in_chinese_numerals(analyser: Analyser, text: str, expected: str) -> None:
    assert analyser.analyse(text)["effective_date"] == expected


@pytest.mark.parametrize("text", ["本应用的部分剧情含有恋爱元素，仅供成年人使用。",
                                  "未成年人请勿下载或使用本应用。"])
def test_zh_adults_only_is_eighteen(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["minors"]["minimum_age"] == 18


@pytest.mark.parametrize("text", [
    "我们使用自动化工具对私聊内容进行风险识别，若识别到违法违规内容，系统会自动屏蔽相关消息。",
    "多次违规的账号将被系统自动封禁7天。",
])
def test_zh_automatic_blocking_is_an_automated_decision(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_title_naming_personal_information_handling(analyser: Analyser) -> None:
    r = analyser.analyse("云答智能客服平台 个人信息处理说明\n\n更新于2026年7月7日\n\n我们处理您输入的问题。")
    assert r["title"] == "云答智能客服平台 个人信息处理说明"


@pytest.mark.parametrize("text", [
    "我们会将您与智能体的对话用于模型训练。您可以通过发送邮件至 optout@abc.example 要求我们停止将您的数据用于训练。",
    "我们仅在获得您的授权后，将您的语音数据用于语音识别模型的训练。",
])
def test_zh_training_opt_out_by_stopping_or_opting_in(analyser: Analyser, text: str) -> None:
    training = analyser.analyse(text)["model_training"]
    assert (training["value"], training["opt_out"]) == ("yes", True)


def test_access_by_staff_abroad_is_cross_border(analyser: Analyser) -> None:
    r = analyser.analyse("我们的服务器位于中国内地，但我们的部分技术支持人员位于新加坡，可能会远程访问您的账户信息。")
    assert r["cross_border"]["value"] == "yes"


@pytest.mark.parametrize("text", [
    "您的个人信息保存期限为：自您注册账号之日起至您注销账号之日止。",
    "在您的账号存续期间，我们将持续保存您的创作内容。",
    "对话记录将在会话结束后自动删除，不会在服务器中留存。",
])
def test_zh_retention_tied_to_the_account_or_the_session(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["retention"]["stated"] is True


def test_complaint_to_the_departments_protecting_personal_information(analyser: Analyser) -> None:
    r = analyser.analyse("您有权向履行个人信息保护职责的部门进行投诉、举报。")
    assert "complain" in terms(r, "rights")


def test_zh_recommendations_matching_interests(analyser: Analyser) -> None:
    r = analyser.analyse("为了向您推荐更符合您兴趣的智能体，我们会根据您的使用记录分析您的偏好。")
    assert r["automated_decision"]["value"] is True


def test_an_ai_search_ccpa_table_and_a_model_improvement_heading(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## Notice at collection for California residents\n\n"
        "| Category of personal information | Collected? | Purposes | Retention |\n"
        "|---|---|---|---|\n"
        "| Identifiers (name, email, IP address) | Yes | Account, security | 90 days |\n"
        "| Audio (voice search) | Yes | Transcribing your query | Deleted after use |\n\n"
        "## AI model improvement\n\nQueries and the answers you rate help us make Seekly more "
        "accurate. If you prefer that your searches are not used this way, turn on \"Private "
        "searches\" in Settings.\n")
    assert {"contact", "usage_logs", "voice"} <= set(terms(r, "data_categories"))
    assert r["model_training"] == {**r["model_training"], "value": "yes", "opt_out": True}

@pytest.mark.parametrize(("text", "emails"), [
    ("联系邮箱：privacy@example.cn（仅用于处理个人信息相关问题，商务合作请联系 bd@example.cn）",
     ["privacy@example.cn"]),
    ("For press inquiries, write to press@example.com; for privacy questions, write to "
     "privacy@example.com.", ["privacy@example.com"]),
])
def test_an_address_offered_for_business_beside_the_privacy_one(analyser: Analyser, text: str,
                                                                emails: list[str]) -> None:
    assert analyser.analyse(text)["handler"]["emails"] == emails


def test_zh_unless_you_consent_is_an_opt_in(analyser: Analyser) -> None:
    training = analyser.analyse("除非您明确同意，我们不会将您的对话用于训练。")["model_training"]
    assert (training["value"], training["opt_out"]) == ("yes", True)


def test_zh_not_for_children_below_an_age(analyser: Analyser) -> None:
    assert analyser.analyse("我们的产品不面向16周岁以下的儿童。")["minors"]["minimum_age"] == 16


@pytest.mark.parametrize("text", [
    "个人信息包括个人基本信息、个人身份信息、个人生物识别信息、个人健康生理信息、个人财产信息、个人位置信息等。",
    "个人敏感信息包括身份证件号码、个人生物识别信息、银行账户、通信记录和内容、财产信息、征信信息、行踪轨迹、"
    "健康生理信息等。",
])
def test_the_standards_list_of_kinds_of_information_is_a_definition(analyser: Analyser,
                                                                     text: str) -> None:
    r = analyser.analyse("一、我们收集的个人信息\n\n" + text)
    assert terms(r, "data_categories") == [] and terms(r, "sensitive_categories") == []


@pytest.mark.parametrize(("text", "sensitive"), [
    ("我们向您收集的敏感个人信息包括生物识别信息、特定身份信息、金融账户信息。", "biometric"),
    ("我们需要收集您的个人身份信息、个人生物识别信息以及个人财产信息，包括面部识别特征、银行账户。", "biometric"),
])
def test_what_the_handler_says_it_collects_is_no_definition(analyser: Analyser, text: str,
                                                            sensitive: str) -> None:
    r = analyser.analyse("一、我们收集的个人信息\n\n" + text)
    assert sensitive in terms(r, "sensitive_categories")


def test_what_an_sdk_collects_by_itself_is_not_the_handlers(analyser: Analyser) -> None:
    r = analyser.analyse("## 一、我们收集的信息\n\n我们会收集您的设备型号和操作系统版本。\n\n"
                         "## 二、第三方SDK\n\n#### 地图 SDK\n\n* **使用目的**：提供附近门店\n"
                         "* **涉及个人信息**：精确位置信息、IP 地址\n* **信息处理方式**：SDK 自行采集\n\n"
                         "#### 推送 SDK\n\n* **使用目的**：消息推送\n* **涉及个人信息**：设备标识符\n")
    categories = terms(r, "data_categories")
    assert "device" in categories
    assert "location" not in categories and "usage_logs" not in categories
    assert terms(r, "sensitive_categories") == []


def test_an_sdk_row_collected_by_the_sdk_itself(analyser: Analyser) -> None:
    r = analyser.analyse("## 第三方SDK清单\n\n| SDK | 收集的信息 | 收集方式 |\n|---|---|---|\n"
                         "| 地图SDK | 精确位置信息 | 由第三方SDK自行采集 |\n| 登录SDK | 手机号码 | 我们收集后提供 |\n")
    assert "location" not in terms(r, "data_categories")
    assert "contact" in terms(r, "data_categories")


_COLLECTION_TABLE = (
    "# 个人信息收集清单\n\n| 业务功能 | 收集的个人信息 | 使用目的 | 保存期限 |\n|---|---|---|---|\n"
    "| 账号登录 | 手机号码、企业邮箱 | 创建和管理账号 | 账号注销后删除 |\n"
    "| 质量反馈 | 您对建议的采纳或拒绝、反馈评语 | 改进补全质量 | 1年 |\n"
    "| 崩溃上报 | 插件版本、操作系统、崩溃堆栈 | 定位故障 | 半年 |\n")


def test_rows_of_a_collection_table_say_what_is_collected(analyser: Analyser) -> None:
    r = analyser.analyse(_COLLECTION_TABLE)
    categories = terms(r, "data_categories")
    assert {"contact", "device", "usage_logs"} <= set(categories)
    assert "location" not in categories  # 定位故障 is finding a fault
    assert r["retention"]["periods"] == ["1年", "半年"]  # (反馈评语 is no reply time)


def test_a_reply_time_in_a_table_cell_is_still_no_period(analyser: Analyser) -> None:
    r = analyser.analyse("| 请求类型 | 处理方式 | 保存期限 |\n|---|---|---|\n"
                         "| 删除请求 | 15个工作日内答复 | 不适用 |\n")
    assert r["retention"]["periods"] == []


def test_items_under_a_numbered_collection_title(analyser: Analyser) -> None:
    r = analyser.analyse("1. 年龄要求\n梦境剧场仅供成年人使用。\n\n2. 收集的信息\n"
                         "(a) 剧情互动：您在剧情中做出的选择、与角色的私聊内容；\n"
                         "(b) 设备信息：设备型号、系统版本、设备标识符（如OAID）；\n\n"
                         "3. 剧情记忆\n(a) 角色会记住您的昵称。\n")
    assert {"user_content", "device"} <= set(terms(r, "data_categories"))


@pytest.mark.parametrize("text", [
    "我们会将API请求和响应内容保存30天，用于滥用监测。",
    "For abuse monitoring, API requests and responses are retained in encrypted form for 30 days.",
])
def test_api_requests_and_responses_are_user_content(analyser: Analyser, text: str) -> None:
    assert "user_content" in terms(analyser.analyse(text), "data_categories")


@pytest.mark.parametrize(("text", "value", "opt_out"), [
    ("经去标识化处理后，您的对话内容可能会由专业人员进行标注，用于大模型的安全对齐和人类反馈强化学习。", "yes", False),
    ("我们会使用您的提问记录对模型进行微调，以提升回答准确率。", "yes", False),
    ("企业版客户的数据默认不用于训练，个人版用户的对话可能会被用于改进模型，个人版用户可以在设置中关闭。",
     "yes", True),
    ("我们会依据《生成式人工智能服务管理暂行办法》的要求，对训练数据进行合法性审查。", "not_stated", False),
    ("我们使用的训练数据来源于公开的互联网数据和经授权的第三方数据。", "not_stated", False),
    ("我们不会将您的对话，用于训练。", "no", False),
])
def test_zh_fine_tuning_alignment_and_training_data_sources(analyser: Analyser, text: str,
                                                            value: str, opt_out: bool) -> None:
    training = analyser.analyse(text)["model_training"]
    assert (training["value"], training["opt_out"]) == (value, opt_out)


@pytest.mark.parametrize(("text", "gov"), [
    ("We collect your name and a scan of your national ID card.", True),
    ("We collect your passport or ID number for verification.", True),
    ("We collect your address to send prepaid cards.", False),
    ("We collect your employee ID number.", False),
])
def test_government_id_wordings(analyser: Analyser, text: str, gov: bool) -> None:
    assert ("government_id" in terms(analyser.analyse(text), "data_categories")) is gov


def test_a_voice_memo_probe_with_an_faq_heading(analyser: Analyser) -> None:
    r = analyser.analyse(
        "## 1. What we handle\n\n1. Recordings you make in the app, and the transcripts "
        "generated from them.\n2. Your account email and an optional profile photo.\n\n"
        "## 3. Do you train AI on my recordings?\n\nNo. Neither we nor our providers use your "
        "recordings, transcripts or summaries to train or improve AI models.\n")
    assert r["model_training"]["value"] == "no"  # the question heading states nothing
    assert {"contact", "user_content"} <= set(terms(r, "data_categories"))


@pytest.mark.parametrize("text", ["## Do you profile me or make automated decisions about me?\n\n"
                                  "We don't.",
                                  "Q: Will my chats be stored on servers in the United States?\n"
                                  "A: No. They are stored only in Australia."])
def test_a_question_heading_states_no_practice(analyser: Analyser, text: str) -> None:
    r = analyser.analyse(text)
    assert r["automated_decision"]["value"] is False
    assert r["cross_border"]["value"] != "yes"

@pytest.mark.parametrize(("text", "email"), [
    ("个人信息保护专员邮箱：privacy[@]zhiyu-ai.example", "privacy@zhiyu-ai.example"),
    ("如需联系，请发邮件至 dpo（@）xinghuo.example", "dpo@xinghuo.example"),
])
def test_emails_with_a_bracketed_at_sign(analyser: Analyser, text: str, email: str) -> None:
    assert analyser.analyse(text)["handler"]["emails"] == [email]


def test_a_five_digit_service_hotline(analyser: Analyser) -> None:
    r = analyser.analyse("您可以拨打我们的客服电话 95188 或 010-5988 8888 联系我们。")
    assert r["handler"]["phones"] == ["95188", "010-5988 8888"]


@pytest.mark.parametrize("text", [
    "# 灵犀对话个人信息处理规则\n\n我们会收集您的手机号码。\n",
    "# How we process data at Chatter\n\nWe collect your e-mail address.\n",
])
def test_a_notice_title_naming_processing_is_no_collection_section(analyser: Analyser,
                                                                   text: str) -> None:
    # the title itself, and "处理规则" / "process" over a whole notice, list no data collected
    assert terms(analyser.analyse(text), "data_categories") == ["contact"]


def test_a_dpa_definition_states_no_practice(analyser: Analyser) -> None:
    r = analyser.analyse("1. DEFINITIONS\n1.4 \"Profiling\" has the meaning given in Article 4(4) "
                         "GDPR.\n1.5 \"Training\" means using data to train or fine-tune a "
                         "machine learning model.\n")
    assert r["automated_decision"]["value"] is False
    assert r["model_training"]["value"] == "not_stated"


def test_a_companion_app_probe_with_memories(analyser: Analyser) -> None:
    r = analyser.analyse(
        "**The basics**\n- Your conversations with Lumi are stored so Lumi can remember you.\n"
        "- By default, your conversations help train future versions of Lumi. You can turn this "
        "off any time: Settings › Privacy.\n\n**Memories.** Lumi builds a memory profile from "
        "your chats (your interests, mood patterns) so that replies feel personal.\n")
    assert r["model_training"] == {**r["model_training"], "value": "yes", "opt_out": True}
    assert r["automated_decision"]["value"] is True
    assert "user_content" in terms(r, "data_categories")

@pytest.mark.parametrize(("text", "value"), [
    ("对于我们仅通过自动化决策作出的对您权益有重大影响的决定，您有权拒绝。", False),
    ("For decisions we make solely by automated means, you have the right to object.", False),
    ("我们可能会基于您的对话主题和常用智能体，在“发现”页为您推荐智能体。", True),
])
def test_zh_rights_about_automated_decisions_and_recommendations(analyser: Analyser, text: str,
                                                                 value: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is value


def test_a_collection_sentence_naming_a_third_party_recipient(analyser: Analyser) -> None:
    r = analyser.analyse("## 二、智能体开发者与插件\n\n"
                         "当智能体调用第三方插件时，我们收集的完成该次调用所需的对话片段会发送给插件提供方。")
    assert r["sharing"]["third_parties"] is True


def test_zh_deleted_when_recognition_is_done_is_a_retention_rule(analyser: Analyser) -> None:
    r = analyser.analyse("您的语音数据在识别完成后即被删除，我们不会留存原始音频。")
    assert r["retention"]["stated"] is True


def test_zh_refusing_processing_for_a_purpose(analyser: Analyser) -> None:
    r = analyser.analyse("您有权拒绝我们基于个性化推荐的目的处理您的个人信息。")
    assert "restrict_object" in terms(r, "rights")


def test_zh_transfer_in_a_merger_is_provision(analyser: Analyser) -> None:
    r = analyser.analyse("二、共享与转让\n\n在发生合并、收购或破产清算时，如涉及个人信息转让，"
                         "我们会要求新的持有您个人信息的公司继续受本政策约束。")
    assert r["sharing"]["third_parties"] is True


def test_zh_not_without_obtaining_consent_is_an_opt_in(analyser: Analyser) -> None:
    training = analyser.analyse("我们不会在未取得您明确同意的情况下将您的对话用于模型训练。")["model_training"]
    assert (training["value"], training["opt_out"]) == ("yes", True)


def test_hong_kong_wordings_in_simplified(analyser: Analyser) -> None:
    r = analyser.analyse(
        "本隐私政策说明智聊科技（香港）有限公司如何收集您的个人信息。\n\n"
        "您的个人信息可能会转移至香港以外的地区（包括新加坡）储存及处理。\n\n"
        "本服务不适合18岁以下人士使用。\n")
    assert r["handler"]["names"] == ["智聊科技（香港）有限公司"]
    assert r["cross_border"]["value"] == "yes"
    assert r["minors"]["minimum_age"] == 18


@pytest.mark.parametrize("text", [
    "We will not use your conversations to train our models without your explicit permission.",
    "我们不会在未经您同意的情况下将您的对话用于训练模型。",
])
def test_training_only_with_permission_is_a_use_with_a_way_out(analyser: Analyser,
                                                               text: str) -> None:
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes" and training["opt_out"] is True


def test_a_numbered_ccpa_table_row_marked_no_collects_nothing(analyser: Analyser) -> None:
    # the header's first cell, "#", is markup to the segmenter: the columns still line up
    r = analyser.analyse(
        "## Categories of personal information\n\n"
        "| # | Category | Collected? | Disclosed? |\n| --- | --- | --- | --- |\n"
        "| 1 | **Identifiers.** Name, email address, account name | YES | YES |\n"
        "| 5 | **Biometric information.** Fingerprints, faceprints and voiceprints | NO | NO |\n")
    assert "biometric" not in terms(r, "data_categories")
    assert "biometric" not in terms(r, "sensitive_categories")
    assert "contact" in terms(r, "data_categories")


@pytest.mark.parametrize("text", [
    "## Personal information we collect\n\nUnder CCPA, personal information does not include:\n\n"
    "* Publicly available information from government records\n\n"
    "* Health or medical information covered by HIPAA or clinical trial data.\n",
    "## 我们收集的个人信息\n\n我们不会收集以下信息：\n\n- 您的健康状况及病历资料；\n- 您的宗教信仰。\n",
])
def test_items_under_a_lead_in_that_excludes_them_are_not_collected(analyser: Analyser,
                                                                    text: str) -> None:
    r = analyser.analyse(text)
    assert "health" not in terms(r, "sensitive_categories")
    assert "religion" not in terms(r, "sensitive_categories")


def test_companies_named_only_in_a_table_of_sdks_are_not_the_handler(analyser: Analyser) -> None:
    r = analyser.analyse(
        "# 闪影AI视频 隐私政策\n\n运营主体：成都闪影未来科技有限公司。\n\n## 第三方SDK\n\n"
        "| SDK名称 | 提供方 | 处理的个人信息 |\n|---|---|---|\n"
        "| 统计SDK | 某数据科技有限公司 | 设备标识符 |\n| 推送SDK | 某推送科技有限公司 | 设备标识符 |\n")
    assert r["handler"]["names"] == ["成都闪影未来科技有限公司"]
    # a notice that names its handler only in a table still gives it
    only = analyser.analyse("| 个人信息处理者 | 联系方式 |\n|---|---|\n"
                            "| 成都闪影未来科技有限公司 | privacy@shanying.tv |\n")
    assert only["handler"]["names"] == ["成都闪影未来科技有限公司"]


@pytest.mark.parametrize(("text", "age"), [
    ("本服务面向年满16周岁的用户。", 16),
    ("本服務不供未滿13歲兒童使用，我們也不會蒐集兒童的個人資料。", 13),
])
def test_more_chinese_minimum_ages(analyser: Analyser, text: str, age: int) -> None:
    assert analyser.analyse(text)["minors"]["minimum_age"] == age


def test_a_data_centre_located_abroad_is_a_transfer(analyser: Analyser) -> None:
    r = analyser.analyse("您的語音指令可能於位於新加坡之資料中心處理，以提供語音辨識服務。")
    assert r["cross_border"]["value"] == "yes"


def test_training_with_consent_given_first_has_a_way_out(analyser: Analyser) -> None:
    training = analyser.analyse("经您单独同意后，我们会将您的语音指令用于优化语音模型。")["model_training"]
    assert training["value"] == "yes" and training["opt_out"] is True


def test_taiwan_personalisation_is_a_personalised_recommendation(analyser: Analyser) -> None:
    r = analyser.analyse("我們會依您的使用習慣提供個人化推薦，並蒐集您的裝置資料與使用紀錄以改善服務品質。")
    assert r["automated_decision"]["value"] is True
