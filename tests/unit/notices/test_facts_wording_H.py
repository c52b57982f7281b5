"""Document terms on wordings from the fifth round of probe notices (helper p5b): model
training, automated decisions, minimum age, handler identity and effective dates. The fixtures
are sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize("heading", ["## 四、孩子的信息会用于训练AI吗", "## 四、孩子的信息会用于训练AI吗？"])
def test_a_heading_asking_about_training_states_nothing_its_answer_does(
        analyser: Analyser, heading: str) -> None:
    text = (f"儿童个人信息保护规则\n\n{heading}\n\n"
            "我们不会将孩子的个人信息用于训练或优化任何人工智能模型。\n\n## 五、保存期限\n\n"
            "做题记录保存至您解除绑定时。")
    assert analyser.analyse(text)["model_training"]["value"] == "no"


def test_questions_and_answers_are_content_used_for_training(analyser: Analyser) -> None:
    text = ("Privacy notice\n\n### Improving our models\n\nWe may use questions and answers to "
            "improve our ranking and language models. You can turn this off at any time in "
            "Settings.")
    training = analyser.analyse(text)["model_training"]
    assert training == {**training, "value": "yes", "opt_out": True}


@pytest.mark.parametrize(("rows", "value", "opt_out"), [
    ("| Prompts | No | 30 days |\n| Playground feedback | Yes, unless you opt out in "
     "Organization settings | 2 years |", "yes", True),
    ("| Prompts | No | 30 days |\n| Outputs | No | 30 days |", "no", False),
    ("| Prompts | No | 30 days |\n| Playground feedback | Yes | 2 years |", "yes", False),
])
def test_a_table_column_asking_whether_data_trains_models(
        analyser: Analyser, rows: str, value: str, opt_out: bool) -> None:
    text = ("Data usage at the API\n\nThe table below summarises how we handle data.\n\n"
            "| Data | Used to train our models? | How long we keep it |\n|---|---|---|\n"
            f"{rows}\n\nContact: privacy@example.com")
    training = analyser.analyse(text)["model_training"]
    assert (training["value"], training["opt_out"]) == (value, opt_out)


def test_a_chinese_table_column_asking_whether_data_trains_models(analyser: Analyser) -> None:
    text = ("搜索服务隐私政策\n\n| 情形 | 是否用于训练 |\n| --- | --- |\n| 无痕模式 | 否 |\n"
            "| 企业版 | 否 |\n\n如有疑问请联系我们。")
    assert analyser.analyse(text)["model_training"]["value"] == "no"


@pytest.mark.parametrize("way_out", [
    "Workspace administrators may opt their workspace out of this in the Admin Console.",
    "Studio subscribers who turn on Private Mode are excluded from this.",
])
def test_opting_a_workspace_out_or_turning_on_a_private_mode(analyser: Analyser,
                                                              way_out: str) -> None:
    text = ("Privacy Policy\n\nAI AND MODEL IMPROVEMENT\n\nWe may use de-identified transcripts "
            f"to improve our own summarization models. {way_out}")
    training = analyser.analyse(text)["model_training"]
    assert training == {**training, "value": "yes", "opt_out": True}


@pytest.mark.parametrize(("text", "value"), [
    ("Privacy Policy\n\n**Feelings:** Kindred may detect the mood of your messages (for example "
     "sadness) to respond with more care.", True),
    ("隐私政策\n\n我们会根据您在聊天中表达的情绪变化，调整角色的回应语气。", True),
    ("Student Privacy Policy\n\nThe tutor estimates each student's skill level from quiz results "
     "and chooses the difficulty of the next exercises on that basis.", True),
    ("儿童个人信息保护规则\n\n学习机会根据孩子的做题记录和正确率，自动判断孩子对各知识点的掌握程度，"
     "并据此为孩子生成每日练习。", True),
    ("Privacy Policy\n\nWe never detect the mood of your messages.", False),
    ("隐私政策\n\n您可以根据自己的情绪状态选择不同的角色。", False),
])
def test_reading_the_users_mood_or_a_learners_level_to_adapt(analyser: Analyser, text: str,
                                                             value: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is value


@pytest.mark.parametrize(("sentence", "age"), [
    ("The API is for developers aged 18 and over.", 18),
    ("Brightpath is for students aged 13 or older.", 13),
])
def test_an_age_for_a_named_group_of_users(analyser: Analyser, sentence: str, age: int) -> None:
    minors = analyser.analyse("Privacy notice\n\n" + sentence)["minors"]
    assert minors["value"] is True
    assert minors["minimum_age"] == age


@pytest.mark.parametrize(("text", "phone"), [
    ("Contact\n\nWrite to our privacy team at privacy@example.com. Toll-free: 1-877-555-0163.",
     "1-877-555-0163"),
    ("隐私政策\n\n## 联系我们\n\n个人信息保护联系人邮箱：privacy@example.cn\n\n联系电话：020—3888 6000",
     "020—3888 6000"),
    ("Privacy Policy\n\n9. CONTACT\n\nExample, Inc., Attn: Privacy\n\n"
     "privacy@example.io | +1 (646) 555-0137", "+1 (646) 555-0137"),
])
def test_toll_free_em_dash_and_bare_contact_numbers(analyser: Analyser, text: str,
                                                   phone: str) -> None:
    assert analyser.analyse(text)["handler"]["phones"] == [phone]


def test_a_number_in_brackets_outside_contact_clauses_is_no_phone(analyser: Analyser) -> None:
    text = "Privacy Policy\n\nWe keep logs for 30 days (see section 4) and +1 (2) 3 items."
    assert analyser.analyse(text)["handler"]["phones"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Privacy Policy\nQuillmeet, Inc.\nEffective Date: March 3, 2026\n\n1. OVERVIEW\n"
     "Quillmeet provides an AI notetaker.", "Quillmeet, Inc."),
    ("# Student Privacy Policy\n\nBrightpath Learning Co. (\"Brightpath\") offers an AI tutor.",
     "Brightpath Learning Co."),
    ("# Privacy\n\nThis extension is provided by Suzhou Biling Software Co., Ltd.",
     "Suzhou Biling Software Co., Ltd."),
])
def test_handler_names_after_a_title_line_and_with_co(analyser: Analyser, text: str,
                                                      name: str) -> None:
    assert analyser.analyse(text)["handler"]["names"] == [name]


@pytest.mark.parametrize(("text", "address"), [
    ("# Privacy Statement\n\nQuestions: write to Forgeline Labs, Inc., 1200 NW Naito Parkway, "
     "Suite 500, Portland, OR 97209, USA.", "1200 NW Naito Parkway, Suite 500, Portland, OR 97209, USA"),
    ("# Privacy Notice\n\n**Controller:** Answerly Technologies Limited, 70 Sir John Rogerson's "
     "Quay, Dublin 2, D02 R296, Ireland",
     "70 Sir John Rogerson's Quay, Dublin 2, D02 R296, Ireland"),
    ("Privacy Policy\n\n9. CONTACT\nExample, Inc., Attn: Privacy, 80 Broad Street, 5th Floor, "
     "New York, NY 10004\nprivacy@example.io", "80 Broad Street, 5th Floor, New York, NY 10004"),
    ("# 隐私政策\n\n| 项目 | 内容 |\n| --- | --- |\n| 个人信息处理者 | 成都某某科技有限公司 |\n"
     "| 注册地址 | 四川省成都市高新区天府五街200号3栋 |", "四川省成都市高新区天府五街200号3栋"),
])
def test_addresses_by_parkway_quay_zip_code_and_table_cell(analyser: Analyser, text: str,
                                                           address: str) -> None:
    assert analyser.analyse(text)["handler"]["addresses"] == [address]


@pytest.mark.parametrize("head", ["**Effective Date:**\nJune 30, 2026", "生效日期：\n2026年6月30日"])
def test_a_run_in_date_label_with_its_date_on_the_next_line(analyser: Analyser,
                                                            head: str) -> None:
    text = f"# Privacy and Data Handling\n\n{head}\n\nThis document is published by us."
    assert analyser.analyse(text)["effective_date"] == "2026-06-30"


_QA_TABLE = ("# 笔记 隐私政策\n\n| 事项 | 说明 |\n| --- | --- |\n{rows}\n\n如有疑问，请联系 privacy@example.cn。")


@pytest.mark.parametrize(("rows", "field", "value"), [
    ("| 是否涉及个人信息出境 | 不涉及。全部数据存储在中国境内。 |", "cross_border", "no"),
    ("| 是否涉及个人信息出境 | 是，部分数据存储在新加坡。 |", "cross_border", "yes"),
    ("| 是否用于模型训练 | 否。您的笔记仅用于为您生成摘要。 |", "model_training", "no"),
    ("| 是否用于模型训练 | 是，您可以在设置中关闭。 |", "model_training", "yes"),
])
def test_a_table_row_asking_in_its_first_cell_is_answered_by_the_next(
        analyser: Analyser, rows: str, field: str, value: str) -> None:
    assert analyser.analyse(_QA_TABLE.format(rows=rows))[field]["value"] == value


@pytest.mark.parametrize(("rows", "value"), [
    ("| 是否进行自动化决策 | 本产品不涉及自动化决策，也不进行用户画像。 |", False),
    ("| 是否进行自动化决策 | 否。 |", False),
    ("| 是否进行个性化推荐 | 是，我们会根据您的笔记主题为您推荐模板。 |", True),
])
def test_automated_decisions_asked_in_a_table_row(analyser: Analyser, rows: str,
                                                  value: bool) -> None:
    assert analyser.analyse(_QA_TABLE.format(rows=rows))["automated_decision"]["value"] is value


def test_not_involving_automated_decisions_is_a_denial(analyser: Analyser) -> None:
    text = "隐私政策\n\n本产品不涉及自动化决策，也不进行用户画像。"
    assert analyser.analyse(text)["automated_decision"]["value"] is False


def test_an_faq_answer_nope_denies_training(analyser: Analyser) -> None:
    text = ("# Privacy FAQ\n\n**Q: Is my data used to train AI?**\nA: Nope. Not ours, not anyone "
            "else's.\n\n**Q: Where is my data?**\nA: In Frankfurt.")
    assert analyser.analyse(text)["model_training"]["value"] == "no"


def test_an_opt_in_by_unless_you_choose_and_stopping_afterwards(analyser: Analyser) -> None:
    text = ("# Privacy Notice\n\n## Voice models\n\nWe do not use your recordings to train our "
            "base text-to-speech models unless you choose to share your voice in the Library.")
    training = analyser.analyse(text)["model_training"]
    assert training == {**training, "value": "yes", "opt_out": True}


@pytest.mark.parametrize(("text", "age"), [
    ("隐私政策\n\n本产品不面向未成年人提供服务。", 18),
    ("Privacy Policy\n\nMaplewrite is intended for users 14 years of age and older.", 14),
])
def test_not_for_minors_and_years_of_age_and_older(analyser: Analyser, text: str,
                                                   age: int) -> None:
    assert analyser.analyse(text)["minors"]["minimum_age"] == age


def test_a_score_given_automatically_is_an_automated_decision(analyser: Analyser) -> None:
    text = "作文批改隐私保护说明\n\n上传的作文由系统自动给出分项得分和总评，教师可以修改系统给出的分数。"
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_an_address_with_accented_street_words(analyser: Analyser) -> None:
    text = ("# Privacy Policy\n\nReach her at privacy@example.ca or by mail at 1000 De La "
            "Gauchetière Street West, Suite 2400, Montréal, Québec H3B 4W5.")
    assert analyser.analyse(text)["handler"]["addresses"] == [
        "1000 De La Gauchetière Street West, Suite 2400, Montréal, Québec H3B 4W5"]


@pytest.mark.parametrize(("text", "value"), [
    ("We store the information we collect in secure servers located in the People's Republic "
     "of China.", "yes"),
    ("Our servers are located in China.", "yes"),
    ("Personal information collected and generated in the People's Republic of China will be "
     "stored in the People's Republic of China.", "no"),
    ("Your personal information is stored only in China.", "no"),
])
def test_an_english_notice_keeping_data_in_china(analyser: Analyser, text: str,
                                                 value: str) -> None:
    assert analyser.analyse("Privacy Policy\n\n" + text)["cross_border"]["value"] == value


@pytest.mark.parametrize(("text", "value", "opt_out"), [
    ("We don't train on your data by default. You can opt in through the \"Improve the model "
     "for everyone\" setting.", "yes", True),
    ("您的对话默认不会用于模型训练；如您希望帮助我们改进模型，可以在设置中开启\"参与改进计划\"。", "yes", True),
    ("企业版中的对话、文档和知识库内容默认不参与模型训练。", "no", False),
    ("在您授权同意后，我们会将您的语音数据用于语音识别模型的优化。", "yes", True),
])
def test_a_default_with_a_way_to_change_it_and_an_opt_in_after_consent(
        analyser: Analyser, text: str, value: str, opt_out: bool) -> None:
    training = analyser.analyse("Privacy Policy\n\n" + text)["model_training"]
    assert (training["value"], training["opt_out"]) == (value, opt_out)


@pytest.mark.parametrize(("text", "value"), [
    ("We use your listening history to build a taste profile and recommend songs.", True),
    ("We may use AI to analyze your messages and predict what you might want to ask next.", True),
    ("我们会通过算法模型对您的信用状况进行评估。", True),
    ("We do not build interest profiles about you.", False),
    ("我们不会通过算法模型对您的信用状况进行评估。", False),
])
def test_taste_profiles_predictions_and_algorithmic_assessments(analyser: Analyser, text: str,
                                                                value: bool) -> None:
    assert analyser.analyse("Privacy Policy\n\n" + text)["automated_decision"]["value"] is value


def test_the_age_of_majority_with_its_age_in_brackets(analyser: Analyser) -> None:
    text = "Privacy Policy\n\nYou must have reached the age of majority (18 in most countries)."
    assert analyser.analyse(text)["minors"]["minimum_age"] == 18


def test_a_french_sas_and_an_office_place(analyser: Analyser) -> None:
    text = "Privacy Policy\n\nMirai Labs S.A.S., a French company, is the controller."
    assert analyser.analyse(text)["handler"]["names"] == ["Mirai Labs S.A.S."]
    text = "隐私政策\n\n我们的办公地点位于上海市浦东新区世纪大道100号。"
    assert analyser.analyse(text)["handler"]["addresses"] == ["上海市浦东新区世纪大道100号"]


@pytest.mark.parametrize("head", ["Last Updated\nMarch 1, 2026", "更新日期\n2026年3月1日"])
def test_a_date_label_without_a_colon_on_its_own_line(analyser: Analyser, head: str) -> None:
    text = f"Privacy Policy\n\n{head}\n\nWe collect your e-mail address."
    assert analyser.analyse(text)["effective_date"] == "2026-03-01"


@pytest.mark.parametrize(("text", "value"), [
    ("我们会依据您的历史对话，为您生成个性化的回答。", True),
    ("我们不会根据您的个人信息为您生成个性化的回答。", False),
])
def test_personalised_answers_from_the_users_history(analyser: Analyser, text: str,
                                                     value: bool) -> None:
    assert analyser.analyse("隐私政策\n\n" + text)["automated_decision"]["value"] is value


def test_consultation_forms_retraining_a_model_and_an_assigned_urgency(
        analyser: Analyser) -> None:
    text = ("PRIVACY NOTICE FOR PATIENTS\n\n2. HOW TRIAGE WORKS\nWhen you fill in a form, the tool "
            "reads your answers and assigns an urgency category.\n\n3. TRAINING OUR MODEL\nWe use "
            "pseudonymised consultation forms to retrain and validate the triage model. You can "
            "opt out of this by telling your practice.")
    result = analyser.analyse(text)
    assert result["automated_decision"]["value"] is True
    assert (result["model_training"]["value"], result["model_training"]["opt_out"]) == (
        "yes", True)


@pytest.mark.parametrize(("line", "phones"), [
    ("Data Protection Officer: dpo@example.co.uk, 020 7946 0321", ["020 7946 0321"]),
    ("Data Protection Officer: dpo@example.co.uk, ref 2026-01", []),
])
def test_a_number_after_an_e_mail_in_a_contact_clause(analyser: Analyser, line: str,
                                                      phones: list[str]) -> None:
    text = f"PRIVACY NOTICE\n\n7. CONTACT\n{line}"
    assert analyser.analyse(text)["handler"]["phones"] == phones


@pytest.mark.parametrize(("text", "value", "opt_out"), [
    ("Unlike some AI companies, we don't use what you write to train AI.", "no", False),
    ("We may use your prompts to train our models.\n\nYou can ask us to stop by writing to "
     "privacy@example.com.", "yes", True),
    ("If you participate in our research preview, your outputs and feedback may be used to "
     "improve future models; you may leave the preview at any time.", "yes", True),
])
def test_what_you_write_asking_us_to_stop_and_leaving_a_preview(
        analyser: Analyser, text: str, value: str, opt_out: bool) -> None:
    training = analyser.analyse("Privacy Policy\n\n" + text)["model_training"]
    assert (training["value"], training["opt_out"]) == (value, opt_out)


def test_ranking_the_posts_a_user_sees_is_an_automated_decision(analyser: Analyser) -> None:
    text = "Privacy Policy\n\nLumen uses machine learning to rank the posts you see in your feed."
    assert analyser.analyse(text)["automated_decision"]["value"] is True


@pytest.mark.parametrize(("sentence", "age"), [
    ("Users under 13 are not permitted to use Doodle.", 13),
    ("We do not knowingly collect data from anyone younger than sixteen.", 16),
])
def test_not_permitted_to_use_and_younger_than_in_words(analyser: Analyser, sentence: str,
                                                        age: int) -> None:
    minors = analyser.analyse("Privacy Policy\n\n" + sentence)["minors"]
    assert (minors["value"], minors["minimum_age"]) == (True, age)


@pytest.mark.parametrize(("cells", "value"), [
    (("否", "是（新加坡）"), "yes"),
    (("否", "否"), "no"),
])
def test_an_sdk_table_column_asking_whether_data_goes_abroad(analyser: Analyser,
                                                            cells: tuple[str, str],
                                                            value: str) -> None:
    text = ("# 隐私政策\n\n## 附录：第三方SDK目录\n\n| SDK名称 | 收集的信息 | 是否涉及出境 |\n"
            f"| --- | --- | --- |\n| 推送SDK | 设备标识符 | {cells[0]} |\n"
            f"| 崩溃分析SDK | 设备型号 | {cells[1]} |\n\n联系我们：pi@example.cn")
    cross = analyser.analyse(text)["cross_border"]
    assert cross["value"] == value
    assert cross["evidence"]  # (the rows, not the header naming the column)


@pytest.mark.parametrize(("text", "value"), [
    ("All Customer Data is stored and processed exclusively within the EU/EEA.", "no"),
    ("We only store your data in Australia.", "no"),
    ("We work with processors in India and the Philippines for customer support.", "yes"),
    ("**Servers:** our servers are in the UK and the EU; we do not send your conversations to any "
     "other country.", "no"),
    ("Your data may be transferred to any other country where our affiliates operate.", "yes"),
    ("We only keep what we need. Our vendors in the field help us.", "not_stated"),
])
def test_where_data_stays_or_goes_in_wordings_without_the_topics_cues(
        analyser: Analyser, text: str, value: str) -> None:
    assert analyser.analyse("Privacy Policy\n\n" + text)["cross_border"]["value"] == value


@pytest.mark.parametrize(("sentence", "age"), [
    ("Kids under 13 can't sign up.", 13),
    ("Shibui is an adults-only (18+) service.", 18),
])
def test_kids_who_cannot_sign_up_and_an_adults_only_service(analyser: Analyser, sentence: str,
                                                            age: int) -> None:
    minors = analyser.analyse("Privacy Policy\n\n" + sentence)["minors"]
    assert (minors["value"], minors["minimum_age"]) == (True, age)


def test_an_address_after_wei_and_a_colon(analyser: Analyser) -> None:
    text = "隐私政策\n\n通信地址为：浙江省杭州市西湖区文三路90号"
    assert analyser.analyse(text)["handler"]["addresses"] == ["浙江省杭州市西湖区文三路90号"]
