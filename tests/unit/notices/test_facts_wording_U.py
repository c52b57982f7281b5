"""Document terms on wordings found by the lead's blind sweeps of single Chinese sentences
(session 8): each sweep's expected values were written before the analyser read them. The
fixtures are sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("sentence", "age"), [
    # a requirement to have reached the age, however far the verb stands from it
    ("用户注册时须确认其已满十八岁。", 18),
    ("您确认您已年满14周岁，且如未满18周岁，已取得监护人同意。", 14),
    # a ban below the age, with 岁 or 周岁 and any way in
    ("年龄未满13岁的用户无法创建账户。", 13),
    ("十四周岁以下的儿童不得使用本产品。", 14),
    # the users it is for
    ("本应用适合12岁以上用户使用。", 12),
    ("本服务的目标用户为18周岁及以上人群。", 18),
    # an adult's age in brackets
    ("使用本服务的用户应为具有完全民事行为能力的自然人（年满18周岁）。", 18),
    # (a second sweep, written after the first one's fixes)
    ("只有年满16岁的用户才能注册账号。", 16),
    ("我们仅为十八周岁以上的用户提供服务。", 18),
    ("请确保您在注册时已年满十四周岁。", 14),
    ("小于14岁的儿童不能使用本产品。", 14),
    ("本App的适用人群为年满18周岁的成年人。", 18),
    ("若您未满十六周岁，请立即停止使用本服务。", 16),
    # not an age limit: use with a guardian's consent, a rule for minors' use, a recommendation,
    # an age band given as a condition, "mainly for adults"
    ("若您是不满14周岁的儿童，请在监护人同意并陪同下使用我们的服务。", None),
    ("如您是14周岁以下的儿童，请您的监护人仔细阅读本规则，并在征得监护人同意后使用。", None),
    ("本产品不建议未满12周岁的儿童使用。", None),
    ("如您已满14周岁但未满18周岁，须在监护人同意后使用本服务。", None),
    ("本服务主要面向年满18周岁的成年人。", None),
    ("不满14周岁的儿童不应单独使用语音助手的在线服务。", None),
    ("如您为未成年人，应在父母或其他监护人的指导下使用本服务。", None),
    ("如您未满18周岁，需要在监护人同意后方可使用本服务。", None),
])
def test_general_shapes_of_a_chinese_age_gate(analyser: Analyser, sentence: str,
                                              age: int | None) -> None:
    result = analyser.analyse("六、未成年人保护\n\n" + sentence)
    assert result["minors"]["value"] is True
    assert result["minors"]["minimum_age"] == age


def test_a_stated_wording_outweighs_the_general_shape_of_a_chinese_age_limit(
        analyser: Analyser) -> None:
    text = ("六、未成年人保护\n\n注册前请确保您已年满十六周岁。"
            "我们不会主动收集不满十四周岁儿童的个人信息。")
    # the general shape of the first sentence (16) yields to the later stated wording (14)
    assert analyser.analyse(text)["minors"]["minimum_age"] == 14


@pytest.mark.parametrize("sentence", [
    # the age under which a guardian must consent is no minimum age
    "如果没有监护人的同意，16周岁以下的未成年人不得开通会员。",
    "未经父母同意，未满14周岁的儿童不应创建账号。",
])
def test_an_age_for_a_guardians_consent_is_no_chinese_minimum_age(analyser: Analyser,
                                                                   sentence: str) -> None:
    result = analyser.analyse("六、未成年人保护\n\n" + sentence)
    assert result["minors"]["value"] is True
    assert result["minors"]["minimum_age"] is None


@pytest.mark.parametrize(("sentence", "value"), [
    # the user's own record and an act adapting what they get to it, in either order
    ("首页的信息流会依据您的点击和停留时长进行排序。", True),
    ("我们会依据您的作答情况自动调整后续题目的难度。", True),
    ("我们将综合您的账号信息和消费记录，对您的信用进行评估。", True),
    ("为您推荐的歌单基于您的收听记录生成。", True),
    ("我们可能通过算法预测您可能喜欢的音乐风格，并据此向您推送歌单。", True),
    ("系统会根据您上传的简历，自动筛选并推荐匹配的岗位。", True),
    ("为识别异常交易，我们的风控系统会自动评估您的交易风险并可能限制部分功能。", True),
    ("系统会按照您设定的学习目标和每日完成情况，生成下一天的学习计划。", True),
    # a memory of what the user tells it is no inference (as the earlier probes' golds read
    # "Memory")
    ("助手会记住您的偏好，例如回答的语言和长度，并在之后的对话中按此回答。", False),
    ("基于您的历史对话，我们会为您生成更符合您习惯的回复。", True),
    # the user's input answered is no profile; a denial stays a denial
    ("智能体的回复仅依据您当次输入的内容生成，不会参考您的其他信息。", False),
    ("我们不会根据您的浏览记录向您推荐内容。", False),
    ("搜索结果按照与关键词的相关度排列，不因用户身份而不同。", False),
])
def test_general_shape_of_a_chinese_personalised_choice(analyser: Analyser, sentence: str,
                                                       value: bool) -> None:
    result = analyser.analyse("五、个性化推荐与自动化决策\n\n" + sentence)
    assert result["automated_decision"]["value"] is value


@pytest.mark.parametrize(("sentence", "terms"), [
    ("在导航过程中，我们会持续记录您的行车路线。", {"whereabouts"}),
    ("出行服务会记录您的行程轨迹。", {"whereabouts"}),
    # a device's motion (an accelerometer) is no whereabouts
    ("拍摄视频时，我们将访问您的设备运动轨迹（加速计）相关权限。", set()),
])
def test_chinese_routes_travelled_are_whereabouts(analyser: Analyser, sentence: str,
                                                  terms: set[str]) -> None:
    result = analyser.analyse("二、我们如何收集和使用您的个人信息\n\n" + sentence)
    assert {x["term"] for x in result["sensitive_categories"]} == terms


@pytest.mark.parametrize(("sentence", "right"), [
    ("您可以在“我的-设置-账号与安全”中查看并修改您的昵称和头像。", "access"),
    ("您有权限制或拒绝我们对您个人信息的处理。", "restrict_object"),
    ("您有权限制或者拒绝他人对您的个人信息进行处理。", "restrict_object"),
    ("您可以拒绝我们向您推送商业广告。", "restrict_object"),
    ("您可以通过“设置-隐私-个性化推荐”选择不接收个性化推荐。", "restrict_object"),
])
def test_chinese_rights_in_everyday_words(analyser: Analyser, sentence: str, right: str) -> None:
    result = analyser.analyse("八、您如何管理您的个人信息\n\n" + sentence)
    assert right in {x["term"] for x in result["rights"]}


@pytest.mark.parametrize(("sentence", "value", "opt_out"), [
    # the model named after 对, its improvement after it
    ("为提升服务质量，我们可能会使用您的提问及反馈对模型进行迭代。", "yes", False),
    ("您的对话内容将被用于对我们的大模型进行优化。", "yes", False),
    # a request that the use stop is a way out, not a denial
    ("您可以通过发送邮件至 privacy@example.cn 要求我们不再将您的对话内容用于模型优化。", "yes", True),
    # a denial stays one
    ("我们不会使用您上传的文档训练任何模型。", "no", False),
])
def test_chinese_training_wordings(analyser: Analyser, sentence: str, value: str,
                                   opt_out: bool) -> None:
    result = analyser.analyse("四、我们如何使用您的个人信息\n\n" + sentence)["model_training"]
    assert (result["value"], result["opt_out"]) == (value, opt_out)


@pytest.mark.parametrize(("sentence", "age"), [
    # (the English general shape, from a blind sweep of wordings written before the run)
    ("Only people who are 18 or over may open an account.", 18),
    ("Registration requires that you be at minimum 13 years old.", 13),
    ("Teens under 13 are not eligible to sign up.", 13),
    ("Nobody under the age of 16 should use this app.", 16),
    ("The minimum age to use Lattice is 16 in the EU and 13 elsewhere.", 16),
    ("You can only create an account once you turn 13.", 13),
    ("We do not allow anyone below 16 to register.", 16),
    ("This service is restricted to users who have turned 18.", 18),
    ("Children younger than 13 are prohibited from using the Service.", 13),
    ("By signing up, you represent that you are at least eighteen.", 18),
    ("Do not use Vessel if you have not yet reached 16 years of age.", 16),
    ("If you are under the age of 18, please do not attempt to register with us.", 18),
    # no age limit: a parent lets a younger user in, a limit on one part of the service, the
    # sale of data, a right of younger users
    ("If you are younger than 18, you need a parent or guardian to agree to these terms.", None),
    ("Users aged under 18 must not subscribe to paid plans.", None),
    ("We may ask you to verify that you are over 18 before you access mature characters.", None),
    ("Parents of children under 13 can create a supervised account for them.", None),
    ("Residents of California under 18 may ask us to remove content they posted.", None),
])
def test_general_shape_of_an_english_age_limit(analyser: Analyser, sentence: str,
                                               age: int | None) -> None:
    result = analyser.analyse("Children and age limits\n\n" + sentence)
    assert result["minors"]["minimum_age"] == age


def test_an_english_sale_of_young_consumers_data_is_no_age_limit(analyser: Analyser) -> None:
    text = ("Your California rights\n\nWe do not sell or share the personal information of "
            "consumers under 16 years of age.")
    assert analyser.analyse(text)["minors"]["minimum_age"] is None


@pytest.mark.parametrize(("sentence", "value"), [
    # (an English blind sweep: the user's own record and an act adapting to it, wider)
    ("We use your listening history to build playlists we think you'll enjoy.", True),
    ("We group users into segments based on their app usage so we can tailor onboarding.", True),
    ("We may estimate your age range from your activity to make sure you see age-appropriate "
     "content.", True),
    ("Job applications are screened by software that scores candidates against the role's "
     "requirements.", True),
    ("We analyse how you use the app to predict which features you're likely to use next.", True),
    ("Your study plan adapts as you go: lessons you find hard come back more often.", True),
    ("We use your location and past trips to suggest destinations.", True),
    ("Prices shown to you may vary based on your purchase history and device type.", True),
    # not a choice made from the user's record
    ("Search results are sorted by date and are the same for everyone.", False),
    ("Suggested replies are generated from the message you're replying to only.", False),
    ("The model that answers you does not change based on who you are.", False),
    ("We use aggregated, de-identified statistics to understand overall trends.", False),
    # a memory of what the user tells it, or of a language setting, is no inference
    ("Memory lets the assistant remember details you share, like your preferred tone.", False),
    ("Cookies let us remember your preferences, such as your choice of language.", False),
])
def test_wider_english_shapes_of_a_personalised_choice(analyser: Analyser, sentence: str,
                                                       value: bool) -> None:
    result = analyser.analyse("How we use information\n\n" + sentence)
    assert result["automated_decision"]["value"] is value


@pytest.mark.parametrize(("sentence", "terms"), [
    # (an English blind sweep of sensitive kinds)
    ("We use your background location to log your route while you run.", {"whereabouts"}),
    ("Parents can create accounts for children under 13 and manage their data.",
     {"minor_under_14"}),
    ("We verify your identity by matching a selfie against the photo on your ID.", {"biometric"}),
    ("We collect your pregnancy due date to personalise weekly tips.", {"health"}),
    ("We collect your coarse location, derived from your IP address, to set the language.", set()),
    ("We never ask for health information, and you should not share it.", set()),
])
def test_english_sensitive_kinds_in_everyday_words(analyser: Analyser, sentence: str,
                                                   terms: set[str]) -> None:
    result = analyser.analyse("Information we collect\n\n" + sentence)
    assert {x["term"] for x in result["sensitive_categories"]} == terms


@pytest.mark.parametrize(("sentence", "terms"), [
    # (an English blind sweep of rights in everyday words)
    ("You can look at the information we hold about you at any time from your dashboard.",
     {"access"}),
    ("You may ask us to send your data directly to another company in a commonly used format.",
     {"copy", "portability"}),
    ("If something we hold about you is wrong, tell us and we'll fix it.", {"correct"}),
    ("You can change your mind about marketing emails at any time.", {"withdraw_consent"}),
    ("You can ask us how a decision about you was reached.", {"explain"}),
    ("If you're unhappy with how we handled your data, you can raise a concern with the ICO.",
     {"complain"}),
    ("You can update your email address and display name in your profile.", {"correct"}),
    # a password is no record to correct
    ("You can change your password at any time.", set()),
])
def test_english_rights_in_everyday_words(analyser: Analyser, sentence: str,
                                          terms: set[str]) -> None:
    result = analyser.analyse("Your rights and choices\n\n" + sentence)
    assert {x["term"] for x in result["rights"]} == terms


@pytest.mark.parametrize(("sentence", "value", "opt_out"), [
    # (an English blind sweep of training wordings)
    ("Conversations may be reviewed by our team and used to make future versions of the "
     "assistant better.", "yes", False),
    ("We learn from the questions people ask so the answers keep getting better; you can switch "
     "this off under Data Controls.", "yes", True),
    ("Content you upload stays yours and is never fed into our AI systems for training.", "no",
     False),
    ("By default, your chats help improve Nimbus for everyone. Prefer not to? Toggle 'Help "
     "improve Nimbus' off.", "yes", True),
    ("Images you generate may be used to help develop and improve our image models unless you "
     "are on a Pro plan with Stealth Mode enabled.", "yes", True),
    ("We use de-identified samples of voice commands to refine our speech models.", "yes", False),
])
def test_english_training_in_everyday_words(analyser: Analyser, sentence: str, value: str,
                                            opt_out: bool) -> None:
    result = analyser.analyse("How we use your data\n\n" + sentence)["model_training"]
    assert (result["value"], result["opt_out"]) == (value, opt_out)


@pytest.mark.parametrize(("text", "emails"), [
    # another purpose's questions are not privacy questions
    ("Contact us\n\nQuestions about this policy? Write to privacy@lumen.example. For billing "
     "questions, email billing@lumen.example.", {"privacy@lumen.example"}),
    ("Contact\n\nGeneral enquiries: info@mira.example\nPrivacy: privacy [at] mira [dot] example",
     {"privacy@mira.example"}),
    # privacy questions stay privacy questions
    ("Contact\n\nIf you have any questions about how we handle your data, contact our support "
     "team at support@orbit.example.", {"support@orbit.example"}),
    ("Security\n\nIf you find a vulnerability, report it to security@quill.example.", set()),
])
def test_addresses_offered_for_other_questions(analyser: Analyser, text: str,
                                              emails: set[str]) -> None:
    assert set(analyser.analyse(text)["handler"]["emails"]) == emails


@pytest.mark.parametrize("sentence", [
    # the user's wish that the use not happen is no denial of it: the use happens unless they act
    "If you'd rather your voice recordings weren't used to improve our models, email "
    "optout@vox.example.",
    "If you would prefer that your chats are not used to train our models, you can turn off "
    "Model Improvement in Settings.",
    "You can ask us not to use your content to train our AI by emailing privacy@x.example.",
    "如果您不希望您的对话内容被用于模型训练，可以在“设置-隐私”中关闭“改进模型”。",
])
def test_a_wish_that_content_not_train_models_is_a_way_out(analyser: Analyser,
                                                           sentence: str) -> None:
    heading = "四、我们如何使用您的个人信息\n\n" if "您" in sentence else "How we use your data\n\n"
    result = analyser.analyse(heading + sentence)["model_training"]
    assert (result["value"], result["opt_out"]) == ("yes", True)


def test_a_denial_stays_a_denial_beside_a_wish_elsewhere(analyser: Analyser) -> None:
    text = ("How we use your data\n\nWe do not use your chats to train our models. If you would "
            "prefer that we delete them sooner, contact us.")
    assert analyser.analyse(text)["model_training"]["value"] == "no"


@pytest.mark.parametrize(("sentence", "value"), [
    # the user abroad is not data abroad; a labelled "none" is a denial
    ("如您在境外访问本服务，我们仍将把您的数据保存在境内。", "no"),
    ("个人信息出境：无。", "no"),
    ("是否跨境传输：否", "no"),
    # data sent abroad still is
    ("当您使用“海外加速”功能时，您的请求将经由位于日本东京的节点转发。", "yes"),
    ("您的数据会被传输至我们在香港的关联公司进行客服处理。", "yes"),
])
def test_chinese_cross_border_labels_and_travellers(analyser: Analyser, sentence: str,
                                                    value: str) -> None:
    result = analyser.analyse("七、您的个人信息如何在全球范围转移\n\n" + sentence)
    assert result["cross_border"]["value"] == value


@pytest.mark.parametrize(("sentence", "age"), [
    # (a third English sweep, written after the session's fixes)
    ("Kestrel accounts are for people 16 years and above.", 16),
    ("If you're not yet 18, please don't sign up.", 18),
    ("Under-13s may not use the app.", 13),
    ("You must have attained the age of majority in your jurisdiction, which is 18 in most "
     "places.", 18),
    ("Our service is not for kids.", None),
    ("You need to be an adult to subscribe to Premium.", None),
])
def test_more_english_age_limits(analyser: Analyser, sentence: str, age: int | None) -> None:
    assert analyser.analyse("Age limits\n\n" + sentence)["minors"]["minimum_age"] == age


@pytest.mark.parametrize(("sentence", "value"), [
    ("We sort your inbox by what our model predicts you'll read first.", True),
    ("We use signals like your follows and likes to decide which posts appear first in your "
     "feed.", True),
    ("We flag transactions our risk model considers unusual and may hold them for review.", True),
    ("We calculate a trust score for each seller based on their reviews and returns.", True),
    # advertisers choosing their ads is not the service deciding about the user
    ("In order to help advertisers decide what ads to show, we may share an advertising ID with "
     "them.", False),
    ("The order of results does not depend on who you are.", False),
])
def test_more_english_automated_decisions(analyser: Analyser, sentence: str,
                                          value: bool) -> None:
    result = analyser.analyse("How we use information\n\n" + sentence)
    assert result["automated_decision"]["value"] is value


def test_a_negation_does_not_reach_past_or_by(analyser: Analyser) -> None:
    # "by not using the Service or by withdrawing membership": the second way is not denied
    text = ("Your rights\n\nYou may withdraw your consent at any time by not using the Service or "
            "by withdrawing membership.")
    rights = {x["term"] for x in analyser.analyse(text)["rights"]}
    assert {"withdraw_consent", "deregister_account"} <= rights


@pytest.mark.parametrize(("sentence", "stated"), [
    ("We store voice recordings for no longer than a year.", True),
    ("We keep your data until you ask us to delete it.", True),
    ("We retain personal data only for as long as necessary for the purposes described.", False),
    ("We retain data for the period required by applicable law.", False),
])
def test_english_retention_in_everyday_words(analyser: Analyser, sentence: str,
                                             stated: bool) -> None:
    assert analyser.analyse("Data retention\n\n" + sentence)["retention"]["stated"] is stated


@pytest.mark.parametrize(("sentence", "terms"), [
    # (an English blind sweep of data categories in varied structures)
    ("Your profile includes your age, location and interests.", {"account", "location"}),
    ("Things you tell the assistant, including files and photos, are sent to our servers.",
     {"user_content"}),
    ("The app captures audio from your microphone only while you hold the talk button.",
     {"voice"}),
    ("With your consent, we access your photo library to let you pick images to edit.",
     {"user_content"}),
    ("We may obtain information about you from data brokers, such as your household income.",
     set()),
])
def test_english_data_categories_in_varied_structures(analyser: Analyser, sentence: str,
                                                      terms: set[str]) -> None:
    result = analyser.analyse("What we collect\n\n" + sentence)
    assert {x["term"] for x in result["data_categories"]} == terms
