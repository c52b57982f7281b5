"""Document terms on wordings from the fourth round of probe notices (helper B): model training
and its opt-out, cross-border transfer, automated decisions, minimum age, handler identity and
date. The fixtures are sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize("text", [
    "隐私指引\n\n- 匿名化后的对话片段会被用于模型训练。你可以随时在「我的 > 隐私 > 参与改进」里退出，"
    "退出后你的对话不会再进入训练样本。",
    "Privacy notice\n\nOnce you switch off Improve the model in Settings, we will no longer use "
    "your chats to train our models.",
])
def test_what_stops_after_the_way_out_was_used_before(analyser: Analyser, text: str) -> None:
    training = analyser.analyse(text)["model_training"]
    assert (training["value"], training["opt_out"]) == ("yes", True)


@pytest.mark.parametrize("text", [
    "隐私政策\n\n自2026年起，我们不再使用您的对话训练模型。",
    "Privacy notice\n\nWe no longer use your chats to train our models.",
])
def test_no_longer_without_a_way_out_is_a_denial(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == "no"


@pytest.mark.parametrize("text", [
    "Privacy Policy\n\nA sample of your edits may be used to make our enhancement models better. "
    "You can stop this at any time under Profile › Privacy.",
    "Privacy Policy\n\nUnless you tell us otherwise, your edits may be used to make our "
    "enhancement models better.",
    "隐私声明\n\n我们会把去除姓名后的简历文本纳入样本库，以训练职位匹配模型。"
    "您可以发送邮件至我们，要求将您的数据从样本库中移除。",
])
def test_stop_this_unless_you_tell_us_and_remove_from_the_samples(analyser: Analyser,
                                                                  text: str) -> None:
    training = analyser.analyse(text)["model_training"]
    assert (training["value"], training["opt_out"]) == ("yes", True)


@pytest.mark.parametrize(("text", "value"), [
    ("Privacy Statement\n\nWe never train on private repositories, private Spaces or API "
     "payloads.", "no"),
    ("Privacy notice\n\nSnippets used to tune our speech-to-text engine are stripped of names "
     "first.", "yes"),
    ("Privacy notice\n\nAnonymised excerpts help our dialogue models stay in character.", "yes"),
    ("隐私指引\n\n匿名化后的对话片段会被审阅，用于让心屿AI的回应更有同理心、更安全。", "yes"),
])
def test_training_wordings(analyser: Analyser, text: str, value: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == value


def test_a_model_trained_on_public_data_says_nothing_of_the_users_content(
        analyser: Analyser) -> None:
    result = analyser.analyse("Privacy Statement\n\nOur open models are trained on public "
                              "datasets listed in their model cards.")
    assert result["model_training"]["value"] == "not_stated"


def test_a_consent_withdrawn_for_model_refinement_is_a_way_out(analyser: Analyser) -> None:
    result = analyser.analyse("Personal data protection notice\n\nYou may withdraw your consent "
                              "to our use of your application for model refinement by writing to "
                              "our Data Protection Officer.")
    training = result["model_training"]
    assert (training["value"], training["opt_out"]) == ("yes", True)


@pytest.mark.parametrize("text", [
    "Privacy Policy\n\nIf you use Lumalens from outside the US, your information will be "
    "processed in the US, where data protection laws may differ.",
    "Data Processing Terms\n\nWhere a Sub-processor processes Personal Data originating in the "
    "EEA in a country that has not received an adequacy finding, the parties agree that the EU "
    "SCCs apply.",
    "私隱政策聲明\n\n閣下的個人資料可能會被轉移至香港以外的地方處理及儲存。",
    "隐私政策\n\n本服务的运算资源由位于美国的云端服务供应商提供。",
])
def test_transfer_wordings(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == "yes"


@pytest.mark.parametrize("text", [
    "Privacy\n\nEach character keeps a memory of your mood in recent chats and adjusts its "
    "replies to match your personality.",
    "Notice\n\nOur AI model scores and ranks each application; employers see the ranking.",
    "Terms\n\nRequests flagged by our classifiers may be blocked automatically.",
    "Privacy Policy\n\nThe For You tab suggests effects based on the edits you have made in the "
    "past.",
    "儿童个人信息保护规则\n\n学伴会依据孩子的答题正确率和错题类型，自动调整后续练习的难度。",
    "隐私声明\n\n系统会根据您的求职意向和历史投递行为，优先为您展示匹配度高的职位。",
    "隐私声明\n\nAI面试官会对您的表达流畅度进行自动评分。",
    "隐私指引\n\n我们会根据聊天中识别出的情绪状态，为你定制每周的练习计划。",
    "私隱政策\n\n我們會根據閣下的使用紀錄推介閣下可能感興趣的功能。",
])
def test_automated_decision_wordings(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


@pytest.mark.parametrize(("text", "age"), [
    ("Privacy notice\n\nMinuteful is a workplace tool and is not for use by anyone under 18.", 18),
    ("隐私指引\n\n心屿不为16岁以下的用户提供服务。", 16),
    ("私隱政策聲明\n\n本服務並非為18歲以下人士而設。", 18),
    # an app store's rating gives way to the notice's own age
    ("Privacy Policy\n\nLumalens is rated 12+ on the App Store.\n\nWe do not knowingly collect "
     "personal information from children younger than 13.", 13),
    ("Privacy Policy\n\nOrion Chat is rated 17+ on the App Store.", 17),
])
def test_minimum_age_wordings(analyser: Analyser, text: str, age: int) -> None:
    assert analyser.analyse(text)["minors"]["minimum_age"] == age


@pytest.mark.parametrize(("text", "phone"), [
    ("儿童个人信息保护规则\n\n电话：021－6088 3399", "021－6088 3399"),
    ("私隱政策\n\n電話：(852) 3958 6600", "(852) 3958 6600"),
    ("Privacy Policy\n\nEmail us or call us toll-free at 888-555-0142.", "888-555-0142"),
    ("Privacy notice\n\n- Phone\n- +44 (0)20 3807 4410", "+44 (0)20 3807 4410"),
])
def test_phone_forms(analyser: Analyser, text: str, phone: str) -> None:
    assert analyser.analyse(text)["handler"]["phones"] == [phone]


def test_a_number_without_a_label_before_it_is_no_phone(analyser: Analyser) -> None:
    text = "Privacy notice\n\n- Reference\n- +44 (0)20 3807 4410"
    assert analyser.analyse(text)["handler"]["phones"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Minuteful privacy notice\n\nVersion 4 · published 12 February 2026\n\nWe record meetings.",
     "2026-02-12"),
    ("PERSONAL DATA PROTECTION NOTICE\n\nDate of this Notice: 5 January 2026\n\nWe collect your CV.",
     "2026-01-05"),
])
def test_published_and_date_of_this_notice(analyser: Analyser, text: str, expected: str) -> None:
    assert analyser.analyse(text)["effective_date"] == expected


def test_a_dpo_heading_is_no_part_of_the_name(analyser: Analyser) -> None:
    text = "Privacy notice\n\nContact\n\nData Protection Officer\nTalentSift Pte. Ltd.\nSingapore"
    assert analyser.analyse(text)["handler"]["names"] == ["TalentSift Pte. Ltd."]


def test_a_french_address_number_first(analyser: Analyser) -> None:
    text = ("Privacy Statement\n\nTensorhaus SAS, 12 rue de la Paix, 75002 Paris, France, is "
            "responsible for your personal data.")
    assert analyser.analyse(text)["handler"]["addresses"] == ["12 rue de la Paix, 75002 Paris, France"]


def test_terms_that_prohibit_training_deny_it(analyser: Analyser) -> None:
    result = analyser.analyse("Privacy Policy\n\nWe use a language model provided by a third party "
                              "under terms that prohibit it from training on school data.")
    assert result["model_training"]["value"] == "no"


@pytest.mark.parametrize("text", [
    "Privacy at Inkwell\n\n**Is my writing used to train AI?**\nOnly if you opt in.",
    "隐私政策\n\n问：我的录音会被拿去训练模型吗？\n答：默认不会。只有当您在设置中主动勾选后，我们才会使用录音片段。",
])
def test_an_answer_of_only_if_you_opt_in_is_a_may_with_a_way_out(analyser: Analyser,
                                                                  text: str) -> None:
    training = analyser.analyse(text)["model_training"]
    assert (training["value"], training["opt_out"]) == ("yes", True)


@pytest.mark.parametrize("text", [
    "Notice\n\nWe may use de-identified health information to train our clinical algorithms. You "
    "may request that we not use your information for this purpose.",
    "数据处理附录\n\n服务提供方不会使用客户数据训练其基础模型，除非客户通过书面形式另行授权。",
    "隐私政策\n\n您设为公开的角色设定可能被用于训练角色扮演模型；若您不希望如此，可将角色改为私密。",
    "Privacy Policy\n\nUsers' chat messages are used as learning data for the Company's AI. "
    "Users may stop this use from Settings.",
    "个人信息处理规则\n\n您的问诊记录在匿名化处理后可能用于医学人工智能模型的研发与验证。"
    "如您不同意，可在问诊前取消勾选。",
])
def test_more_ways_out_and_training_wordings(analyser: Analyser, text: str) -> None:
    training = analyser.analyse(text)["model_training"]
    assert (training["value"], training["opt_out"]) == ("yes", True)


def test_where_data_is_kept_with_a_denial_elsewhere_stays(analyser: Analyser) -> None:
    result = analyser.analyse("Notice of Privacy Practices\n\nAll Caremind systems are hosted in "
                              "the United States.\n\nWe do not transfer health information "
                              "outside the United States.")
    assert result["cross_border"]["value"] == "no"
    # where data is kept, with no denial, is still a transfer for those elsewhere
    result = analyser.analyse("Privacy\n\nOur AI partner processes the paragraph on servers in "
                              "the United States.")
    assert result["cross_border"]["value"] == "yes"


@pytest.mark.parametrize("text", [
    "Privacy Notice\n\nEligibility and the credit limit are determined by an automated "
    "underwriting model using your transaction history.",
    "Privacy Policy\n\nWe analyse message content to display recommended characters suited to "
    "each user.",
    "隐私政策\n\n星语会根据您与角色的互动记录，动态调整回复风格，并为您推荐风格相近的角色。",
    "个人信息处理规则\n\nAI预问诊会根据您填写的症状自动生成分诊建议。",
])
def test_more_automated_decision_wordings(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_w_e_f_is_the_effective_date(analyser: Analyser) -> None:
    result = analyser.analyse("# Privacy Notice\n\n**w.e.f. 1st April 2026**\n\nWe collect your "
                              "mobile number.")
    assert result["effective_date"] == "2026-04-01"


def test_a_japanese_kk_is_a_company(analyser: Analyser) -> None:
    result = analyser.analyse("Privacy Policy\n\nHoshizora AI K.K. handles personal information "
                              "of users.")
    assert result["handler"]["names"] == ["Hoshizora AI K.K."]


def test_an_address_labelled_for_business_after_it_is_left_out(analyser: Analyser) -> None:
    result = analyser.analyse("隐私政策\n\n联系我们：privacy@xingyu-ai.cn（个人信息相关）、"
                              "bd@xingyu-ai.cn（商务合作）")
    assert result["handler"]["emails"] == ["privacy@xingyu-ai.cn"]


def test_a_400_number_in_four_three_three(analyser: Analyser) -> None:
    assert analyser.analyse("隐私政策\n\n客服热线：4008-123-456")["handler"]["phones"] == [
        "4008-123-456"]


@pytest.mark.parametrize(("text", "address"), [
    ("隐私政策\n\n通信地址：北京市海淀区中关村大街28号院3号楼12层 法务部（收）",
     "北京市海淀区中关村大街28号院3号楼12层"),
    ("隐私政策\n\n- 邮寄地址：浙江省杭州市余杭区文一西路1888号6幢 法务与合规部 个人信息保护专员（收） "
     "邮编311121", "浙江省杭州市余杭区文一西路1888号6幢"),
    ("Privacy notice\n\nThis notice explains how Minuteful Technologies Ltd, 3rd Floor, 40 Great "
     "Eastern Street, London EC2A 3EP, uses personal data.", "40 Great Eastern Street, London EC2A 3EP"),
])
def test_the_recipient_postcode_or_the_sentence_after_an_address_is_cut(
        analyser: Analyser, text: str, address: str) -> None:
    assert analyser.analyse(text)["handler"]["addresses"] == [address]


def test_an_address_for_legal_notices_is_not_a_privacy_contact(analyser: Analyser) -> None:
    result = analyser.analyse("Privacy Statement\n\nContact\n\nPrivacy questions: "
                              "privacy@tensorhaus.co\n\nLegal notices: legal@tensorhaus.co")
    assert result["handler"]["emails"] == ["privacy@tensorhaus.co"]


def test_a_denial_until_the_admin_allows_is_a_may_with_a_way_out(analyser: Analyser) -> None:
    result = analyser.analyse("隐私说明\n\n在管理员未作出允许的情况下，组织内的文档与消息不会参与任何模型的训练与调优。")
    training = result["model_training"]
    assert (training["value"], training["opt_out"]) == ("yes", True)


@pytest.mark.parametrize("text", [
    "Privacy Policy\n\nThe Company uses conversations with Haneul AI for AI learning only after "
    "pseudonymisation.",
    "隐私说明\n\n管理员可以决定是否允许组织内容参与AI能力改进。",
])
def test_ai_learning_and_ai_capability_improvement(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == "yes"


@pytest.mark.parametrize("text", [
    "Assistant Store\n\nData sent to an Action is handled by that developer, who may be located in "
    "any country.",
])
def test_located_in_any_country(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == "yes"


@pytest.mark.parametrize("text", [
    "Privacy Policy\n\nThe Company may restrict accounts through an automated abuse detection "
    "system.",
    "Privacy Policy\n\nKoala suggests tags and related notes by looking at how you have organised "
    "your past notes.",
    "隐私政策\n\n我们会结合您的搜索记录对搜索结果进行排序，让结果更贴合您的偏好。",
    "隐私政策\n\n您可以在设置中关闭个性化搜索结果。我们会提供个性化搜索结果。",
])
def test_automated_decision_wordings_three(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_a_korean_date_cut_at_its_full_stops(analyser: Analyser) -> None:
    result = analyser.analyse("Privacy Policy of Haneul AI\n\nEnforcement date: 2026. 3. 1.\n\n"
                              "1. Items collected\nRequired: email address.")
    assert result["effective_date"] == "2026-03-01"


def test_an_australian_1300_number(analyser: Analyser) -> None:
    result = analyser.analyse("Privacy Policy\n\nCall our Privacy Officer on 1300 555 012.")
    assert result["handler"]["phones"] == ["1300 555 012"]


@pytest.mark.parametrize(("text", "age"), [
    ("Terms\n\nYou must be at least sixteen (16) years old to use the Services.", 16),
    ("Terms\n\nUse of the Service by anyone under eighteen is prohibited.", 18),
    ("Privacy Policy\n\nOur Services are not directed to children under the age of thirteen (13).",
     13),
    ("Terms\n\nUsers must be adults (18+).", 18),
    ("隐私政策\n\n您应为年满十八周岁的成年人。", 18),
])
def test_ages_in_words_and_adults(analyser: Analyser, text: str, age: int) -> None:
    result = analyser.analyse(text)["minors"]
    assert (result["value"], result["minimum_age"]) == (True, age)


@pytest.mark.parametrize("text", [
    "Privacy Policy\n\nYou can reach our Data Protection Officer at privacy&#64;x.com.",
    "Privacy Policy\n\nEmail privacy [@] x [.] com for privacy questions.",
])
def test_an_at_sign_as_an_html_entity_and_a_bracketed_dot(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["handler"]["emails"] == ["privacy@x.com"]


def test_an_ampersand_inside_a_company_name(analyser: Analyser) -> None:
    result = analyser.analyse("Privacy Policy\n\nThe Service is provided by Pixel & Co. Pte. Ltd.")
    assert result["handler"]["names"] == ["Pixel & Co. Pte. Ltd."]


@pytest.mark.parametrize(("text", "value"), [
    ("Privacy Policy\n\nOur support staff in Vietnam may access your account information.", "yes"),
    ("Privacy Policy\n\nAll personal data collected in mainland China is stored on servers in "
     "mainland China.", "no"),
])
def test_staff_abroad_and_servers_in_china(analyser: Analyser, text: str, value: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == value


def test_ai_service_iterated_continuously(analyser: Analyser) -> None:
    result = analyser.analyse("隐私政策\n\n我们会将您的输入与输出用于生成式人工智能服务的持续迭代。")
    assert result["model_training"]["value"] == "yes"


@pytest.mark.parametrize("text", [
    "Privacy Policy\n\nWe use machine learning to predict which features you are most likely to "
    "use.",
    "Privacy Policy\n\nWe may use automated systems to evaluate your eligibility for promotions.",
    "Privacy Policy\n\nYour feed is ranked by an algorithm that uses your likes and follows.",
    "隐私政策\n\n我们可能会对您的账号进行风险评分，对存在风险的账号采取限制措施。",
])
def test_predictions_evaluations_and_rankings(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


@pytest.mark.parametrize(("text", "age"), [
    ("隐私政策\n\n本产品仅限18岁以上人士使用。", 18),
    ("Terms\n\nChildren under 13 may not create an account.", 13),
    ("Terms\n\nYou must be of legal age (18 or older) to use the app.", 18),
    ("Terms\n\nThe service is intended for persons aged 16 years and older.", 16),
    ("Terms\n\nIf you are under 13, please do not use our services.", 13),
])
def test_more_minimum_age_wordings(analyser: Analyser, text: str, age: int) -> None:
    result = analyser.analyse(text)["minors"]
    assert (result["value"], result["minimum_age"]) == (True, age)


@pytest.mark.parametrize(("text", "value"), [
    ("Privacy Policy\n\nSome of our vendors are located outside of Australia.", "yes"),
    ("Privacy Policy\n\nYour data never leaves Germany.", "no"),
    ("Privacy Policy\n\nYour personal information is stored in Canada and is not transferred out "
     "of Canada.", "no"),
])
def test_outside_a_named_country_and_never_leaving_it(analyser: Analyser, text: str,
                                                      value: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == value


def test_moving_data_out_of_a_system_is_no_transfer(analyser: Analyser) -> None:
    result = analyser.analyse("Privacy Policy\n\nWe move old records out of our production "
                              "systems into encrypted backups.")
    assert result["cross_border"]["value"] == "not_stated"


@pytest.mark.parametrize(("text", "training"), [
    ("隐私政策\n\n我们会对您的输入和输出进行抽样标注，用于模型的持续优化。", ("yes", False)),
    ("隐私政策\n\n您可以选择是否允许我们使用您的语音数据改进语音识别模型。", ("yes", True)),
])
def test_continuous_model_optimisation_and_choosing_whether(analyser: Analyser, text: str,
                                                            training: tuple[str, bool]) -> None:
    result = analyser.analyse(text)["model_training"]
    assert (result["value"], result["opt_out"]) == training


@pytest.mark.parametrize("text", [
    "隐私政策\n\n我们会通过算法分析您的阅读习惯，为您推荐相关文章。",
    "隐私政策\n\n我们可能会对您的用户特征进行分析，以便为您提供更契合需求的服务。",
    "Privacy Policy\n\nWe may infer your age range and interests from your activity.",
])
def test_analysing_habits_user_features_and_inferring_interests(analyser: Analyser,
                                                                text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


@pytest.mark.parametrize(("text", "value"), [
    ("Privacy Policy\n\nFree-tier conversations may be used for training. Free users can toggle "
     "this off under Privacy.", ("yes", True)),
    ("Privacy Policy\n\nPrompts sent through the API are not used for training.", ("no", False)),
    ("Privacy Policy\n\nCalls may be recorded and used for training purposes.",
     ("not_stated", False)),
])
def test_used_for_training(analyser: Analyser, text: str, value: tuple[str, bool]) -> None:
    result = analyser.analyse(text)["model_training"]
    assert (result["value"], result["opt_out"]) == value


@pytest.mark.parametrize("text", [
    "隐私政策\n\n您的数据将由我们在美国的母公司处理。",
    "Privacy Policy\n\nData may be processed by our parent company in the United States.",
])
def test_a_parent_company_abroad(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == "yes"


@pytest.mark.parametrize("text", [
    "隐私政策\n\n系统可能会根据您的行为自动判定是否存在违规，并对账号进行限制。",
    "Privacy Policy\n\nThe app learns your preferences over time to improve its suggestions.",
    "Privacy Policy\n\nWe personalise your experience by analysing your listening history.",
])
def test_automated_judgement_learning_preferences_and_history(analyser: Analyser,
                                                              text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_a_version_dated(analyser: Analyser) -> None:
    result = analyser.analyse("Privacy Policy\n\nVersion 2.0, dated 1 February 2026\n\nWe "
                              "collect your e-mail address.")
    assert result["effective_date"] == "2026-02-01"


@pytest.mark.parametrize("text", [
    "隐私政策\n\n智行AI会分析您的常用出行时段与常去地点，主动为您推送出行提醒和路线建议。",
    "Privacy Notice\n\nPredict your likely delivery window from your past deliveries and location.",
])
def test_analysing_then_pushing_and_predicting_from_the_past(analyser: Analyser,
                                                             text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_adults_with_full_civil_capacity(analyser: Analyser) -> None:
    result = analyser.analyse("隐私政策\n\n本服务仅面向具有完全民事行为能力的成年人。")["minors"]
    assert (result["value"], result["minimum_age"]) == (True, 18)


@pytest.mark.parametrize("text", [
    "Privacy Policy\n\nIf you don't want us to use your data for training, go to Settings > Data "
    "Controls and switch off \"Improve the model\".",
    "Privacy Policy\n\nYour voice recordings may be used to train our speech models if you have "
    "enabled \"Share audio recordings\".",
    "Privacy Policy\n\nData from free accounts is used for training unless the user opts out.",
    "Privacy Policy\n\nIf your admin has not enabled it, workspace files are not used to train "
    "models.",
])
def test_a_wish_an_opt_in_and_opts_out(analyser: Analyser, text: str) -> None:
    training = analyser.analyse(text)["model_training"]
    assert (training["value"], training["opt_out"]) == ("yes", True)


@pytest.mark.parametrize("text", [
    "隐私政策\n\n我们会通过自动化方式评估您的信用状况。",
    "隐私政策\n\n我们会根据您的历史订单，预测您的购买偏好。",
])
def test_automated_assessment_and_prediction(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_you_represent_that_you_are_at_least_18(analyser: Analyser) -> None:
    result = analyser.analyse("Terms\n\nBy using the Service, you represent that you are at least "
                              "18.")["minors"]
    assert (result["value"], result["minimum_age"]) == (True, 18)


@pytest.mark.parametrize(("text", "title"), [
    ("Home > Legal > Privacy\n\n# Orion Privacy Policy\n\nEffective: 1 Jan 2026",
     "Orion Privacy Policy"),
    ("首页 > 法律声明\n\n个人信息保护政策\n\n生效日期：2026年1月1日", "个人信息保护政策"),
])
def test_a_breadcrumb_is_no_title(analyser: Analyser, text: str, title: str) -> None:
    assert analyser.analyse(text)["title"] == title


@pytest.mark.parametrize("text", [
    "Privacy Policy\n\nRevision date: 01 January 2026\n\nWe collect data.",
    "Privacy Policy\n\nLast Update: January 1, 2026\n\nWe collect data.",
])
def test_revision_date_and_last_update(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["effective_date"] == "2026-01-01"


@pytest.mark.parametrize("text", [
    "隐私政策\n\n我们会使用您的对话训练模型。您可以在设置中关闭个性化推荐。",
    "Privacy Policy\n\nWe use your chats to train our models. You can turn off personalized "
    "recommendations in Settings.",
])
def test_turning_off_recommendations_is_no_way_out_of_training(analyser: Analyser,
                                                              text: str) -> None:
    training = analyser.analyse(text)["model_training"]
    assert (training["value"], training["opt_out"]) == ("yes", False)


@pytest.mark.parametrize(("text", "address"), [
    ("隐私政策\n\n注册地：北京市朝阳区建国路88号", "北京市朝阳区建国路88号"),
    ("隐私政策\n\n如需通过信件联系，请寄至：广东省广州市天河区珠江新城华夏路10号",
     "广东省广州市天河区珠江新城华夏路10号"),
])
def test_registered_place_and_send_to(analyser: Analyser, text: str, address: str) -> None:
    assert analyser.analyse(text)["handler"]["addresses"] == [address]


def test_a_registered_address_in_is_not_read_from_its_third_character(analyser: Analyser) -> None:
    result = analyser.analyse("隐私政策\n\n我们的注册地址在北京市朝阳区建国路88号。")
    assert all(not a.startswith("址") for a in result["handler"]["addresses"])


@pytest.mark.parametrize("text", [
    "隐私政策\n\n为了给您提供更符合您需求的服务，我们会对您的偏好进行分析并形成标签。",
    "隐私政策\n\n首页的“为你推荐”栏目会根据你的使用行为展示内容。",
    "Privacy Policy\n\nOur recommendation engine uses your listening history to suggest "
    "playlists.",
])
def test_preference_analysis_for_you_and_recommendation_engines(analyser: Analyser,
                                                               text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_age_in_sui_after_xu_nian_man(analyser: Analyser) -> None:
    result = analyser.analyse("隐私政策\n\n你需年满18岁才能使用本应用。")["minors"]
    assert (result["value"], result["minimum_age"]) == (True, 18)


def test_registered_place_is(analyser: Analyser) -> None:
    result = analyser.analyse("隐私政策\n\n本公司注册地为深圳市南山区科技中一路100号。")
    assert result["handler"]["addresses"] == ["深圳市南山区科技中一路100号"]
