"""Document terms on wordings found by helper H's blind single-sentence sweeps (session 8,
round 2), Chinese and English: each sweep's expected values were written before the analyser read
them. The fixtures are sentences written for the project; each test holds the general shape
behind a miss, with other wordings of it (positives and negatives)."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _sensitive(analyser: Analyser, heading: str, sentence: str) -> set[str]:
    result = analyser.analyse(heading + "\n\n" + sentence)
    return {x["term"] for x in result["sensitive_categories"]}


def _auto(analyser: Analyser, heading: str, sentence: str) -> bool:
    return bool(analyser.analyse(heading + "\n\n" + sentence)["automated_decision"]["value"])


@pytest.mark.parametrize(("sentence", "terms"), [
    # a template of the face or voice, the face's geometry said either way round
    ("If you use voice login, we create a voice template from your speech to recognise you.",
     {"biometric"}),
    ("We scan the geometry of your face to apply AR filters.", {"biometric"}),
    ("We store a face template so that you can unlock the app with a glance.", {"biometric"}),
    # symptoms and a cycle's dates are health data
    ("If you choose to track your cycle, we store your period dates and symptoms.", {"health"}),
    ("You can describe your symptoms to the assistant.", {"health"}),
    # payout accounts are financial accounts
    ("To pay you, we collect your IBAN and the name on the account.", {"financial_account"}),
    ("You can link your PayPal account to receive payouts.", {"financial_account"}),
    # the routes of a user's activities are whereabouts
    ("Our app records the routes of your walks and rides.", {"whereabouts"}),
    # children under 13, with a school's consent
    ("When you sign up through your school, we may process information about students under 13 "
     "with the school's consent.", {"minor_under_14"}),
    # card data that goes straight to the processor is not the handler's
    ("Card details are entered directly with our payment processor and never reach our servers.",
     set()),
    ("We do not collect biometric identifiers such as fingerprints or face scans.", set()),
])
def test_english_sensitive_shapes(analyser: Analyser, sentence: str, terms: set[str]) -> None:
    assert _sensitive(analyser, "Information we collect", sentence) == terms


@pytest.mark.parametrize(("sentence", "terms"), [
    ("在您使用跑步功能时，我们会记录您的运动轨迹。", {"whereabouts"}),
    ("开启骑行模式后，我们会记录您的骑行轨迹。", {"whereabouts"}),
    ("您可以选择上传您的体检报告，AI 将为您进行解读。", {"health"}),
    ("为核验您的残疾人身份，我们需要您上传残疾人证照片。", {"specific_identity"}),
    # the guardian's consent before the collecting verb and the child's age
    ("经监护人同意，我们会收集不满十四周岁儿童的姓名、年级等信息。", {"minor_under_14"}),
    ("在取得监护人的授权后，我们可能处理未满14周岁儿童的语音信息。", {"minor_under_14"}),
    # a fingerprint kept only on the device is not collected
    ("我们会通过指纹识别为您提供快捷登录，指纹信息仅存储在您的设备上，我们无法获取。", set()),
    ("面部特征信息只保存在你的手机中。", set()),
])
def test_chinese_sensitive_shapes(analyser: Analyser, sentence: str, terms: set[str]) -> None:
    assert _sensitive(analyser, "二、我们如何收集和使用您的个人信息", sentence) == terms


@pytest.mark.parametrize(("sentence", "value"), [
    # the user's own style or topics and an adapting act
    ("Our assistant picks up on your writing style over time and tailors its suggestions to "
     "match.", True),
    ("Based on the topics you ask about most, Orla may surface articles it thinks you'll find "
     "useful.", True),
    ("Based on the products you buy, we suggest accessories.", True),
    # an inferred interest or likelihood
    ("We derive likely interests, such as travel or cooking, from your activity in the app.", True),
    ("We infer your preferences from the playlists you save.", True),
    ("We use machine learning to estimate how likely a customer is to cancel their subscription.",
     True),
    # collaborative filtering, personalised replies, an offer decided by the system
    ("Playback suggestions are tailored to what you and people with similar tastes have watched.",
     True),
    ("Your assistant can remember facts you ask it to keep and use them to personalise later "
     "replies.", True),
    ("Drivers' acceptance rates and ratings are used by our system to decide which trips they are "
     "offered.", True),
    # not a choice about the user
    ("We do not use your personal information to make inferences about you.", False),
    ("We count how many people use each feature so we can decide what to build next.", False),
    ("We derive aggregate statistics from usage logs.", False),
    ("You can adjust your notification preferences at any time.", False),
])
def test_english_personalised_choice_shapes(analyser: Analyser, sentence: str,
                                            value: bool) -> None:
    assert _auto(analyser, "How we use information", sentence) is value


@pytest.mark.parametrize(("sentence", "value"), [
    # the user's record (reading time, past questions) and an adapting act (挑选, 展示)
    ("我们会根据您在App内的阅读时长和收藏行为，为您挑选可能喜欢的文章。", True),
    ("系统将结合您过往的提问内容，猜测您关注的领域，并在首页优先展示相关功能。", True),
    # a decision on the user from their record
    ("我们会综合您的骑行记录和信用情况，决定您是否可以免押金用车。", True),
    # a guess at who the user is
    ("我们可能会通过您填写的职业、年龄等信息推断您的消费能力。", True),
    ("我们会推测用户的兴趣偏好。", True),
    # software scoring people
    ("招聘方可使用智能匹配功能，系统将按照简历与岗位的匹配度自动为候选人打分。", True),
    # where the user is
    ("我们会向您推荐您所在城市的热门活动。", True),
    # not a choice about the user
    ("我们仅统计各功能的总体使用量，不会对单个用户进行分析。", False),
    ("首页内容对所有用户一致，不依据个人信息生成。", False),
    ("我们不会推断您的政治倾向或宗教信仰。", False),
    ("我们会根据您使用的设备型号，为您适配合适的界面布局。", False),
])
def test_chinese_personalised_choice_shapes(analyser: Analyser, sentence: str,
                                            value: bool) -> None:
    assert _auto(analyser, "五、个性化推荐与自动化决策", sentence) is value


@pytest.mark.parametrize(("sentence", "value"), [
    # where the company or its suppliers are, with the data there
    ("Lumio is based in the United States, so your information will be processed there.", "yes"),
    ("Our subprocessors are located in the US, Ireland and Japan.", "yes"),
    ("Your data is hosted by AWS in the Frankfurt region.", "yes"),
    # kept in one place only, said after the data
    ("Personal data of users in Korea is stored only in Korea.", "no"),
    ("Data of EU customers stays in the EU.", "no"),
    ("Your account data remains in Canada.", "no"),
    # neither
    ("Our company is incorporated in Delaware.", "not_stated"),
    ("We store data in the region you pick when creating your workspace.", "not_stated"),
])
def test_english_cross_border_shapes(analyser: Analyser, sentence: str, value: str) -> None:
    result = analyser.analyse("Where we store your data\n\n" + sentence)
    assert result["cross_border"]["value"] == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("所有数据处理活动均在中国境内完成。", "no"),
    ("全部计算都在中国大陆境内进行。", "no"),
    # the user reaching the service from abroad is not data abroad
    ("如您通过境外网络访问本服务，我们不会因此将您的信息转移至境外。", "no"),
    ("从海外登录时，您的数据仍保存在境内。", "no"),
    ("我们的客服团队位于马来西亚，可能会访问您的工单信息。", "yes"),
])
def test_chinese_cross_border_shapes(analyser: Analyser, sentence: str, value: str) -> None:
    result = analyser.analyse("七、您的个人信息如何跨境转移\n\n" + sentence)
    assert result["cross_border"]["value"] == value


@pytest.mark.parametrize(("sentence", "age"), [
    # the users it is for, a labelled requirement
    ("本服务的使用对象为年满十八周岁的自然人。", 18),
    ("本产品的使用者应为年满14周岁的用户。", 14),
    ("年龄要求：18岁及以上。", 18),
    ("注册门槛：16周岁以上。", 16),
    # a ban said before the age
    ("我们不允许14岁以下的儿童创建账号。", 14),
    ("禁止未满16周岁的用户注册。", 16),
    # a ban on one part of the service is no minimum age
    ("不满十八周岁的用户不得使用充值功能。", None),
    ("我们不向未满18周岁的用户提供付费服务。", None),
    ("我们不允许14岁以下的儿童使用直播功能。", None),
])
def test_chinese_age_shapes(analyser: Analyser, sentence: str, age: int | None) -> None:
    result = analyser.analyse("六、未成年人保护\n\n" + sentence)
    assert result["minors"]["minimum_age"] == age


@pytest.mark.parametrize(("heading", "sentence", "value", "opt_out"), [
    ("How we use your data", "Inputs and outputs may be used to develop new features and to "
     "improve our models, unless you have turned off 'Model improvement'.", "yes", True),
    ("How we use your data", "We use public web data and licensed datasets to build our models.",
     "not_stated", False),
    ("How we use your data", "We use public data and your chats to train our models.", "yes", False),
    ("四、我们如何使用您的个人信息", "为提升语音识别的准确率，我们可能会使用您的语音片段。", "yes", False),
    ("四、我们如何使用您的个人信息", "我们的模型训练只使用公开数据集，不使用用户数据。", "no", False),
    ("四、我们如何使用您的个人信息", "若您不同意我们使用您的输入内容优化模型，可通过“我的-反馈”告知我们，"
     "我们将停止相关使用。", "yes", True),
])
def test_training_shapes(analyser: Analyser, heading: str, sentence: str, value: str,
                         opt_out: bool) -> None:
    result = analyser.analyse(heading + "\n\n" + sentence)["model_training"]
    assert (result["value"], result["opt_out"]) == (value, opt_out)


@pytest.mark.parametrize(("text", "emails"), [
    ("Marketing\n\nTo stop receiving marketing emails, click unsubscribe or write to "
     "marketing@lumio.example.", set()),
    ("Contact\n\nNewsletter: news@lumio.example\nPrivacy: privacy@lumio.example",
     {"privacy@lumio.example"}),
    ("联系我们\n\n订阅退订：edm@linxi.cn", set()),
    ("联系我们\n\n个人信息保护负责人邮箱：pip@linxi.cn", {"pip@linxi.cn"}),
])
def test_unsubscribe_addresses_are_no_privacy_contact(analyser: Analyser, text: str,
                                                      emails: set[str]) -> None:
    assert {e.lower() for e in analyser.analyse(text)["handler"]["emails"]} == emails


# (the second sweep, written after the first sweep's fixes)
@pytest.mark.parametrize(("sentence", "value"), [
    ("The keyboard learns the words you type most and offers them as predictions.", True),
    ("We look at which lessons you skip to work out what kind of content keeps you engaged, and "
     "show you more of it.", True),
    ("Your news briefing is assembled each morning from sources that match your reading habits.",
     True),
    ("An algorithm evaluates each insurance claim and may reject it without a person looking at "
     "it.", True),
    ("We may guess your approximate age group from the voice in your recordings.", True),
    ("Coupons you receive depend on how often you shop with us.", True),
    ("We classify users into engagement tiers to decide who gets early access to new features.",
     True),
    ("Spam filters check messages automatically for known scam links.", False),
    ("We never make decisions about you without human review.", False),
])
def test_english_personalised_choice_shapes_second_sweep(analyser: Analyser, sentence: str,
                                                         value: bool) -> None:
    assert _auto(analyser, "How we use information", sentence) is value


@pytest.mark.parametrize(("sentence", "value"), [
    ("输入法会学习您常用的词语，并优先展示在候选词中。", True),
    ("我们会依据您的订阅内容，每周为您生成专属的资讯摘要。", True),
    ("我们会分析您的观看时长和完播率，以便为您推送更合口味的视频。", True),
    ("系统将自动根据申请人的信用评分决定是否批准贷款。", True),
    ("我们会对您的登录行为进行风险识别，异常时可能要求您进行二次验证。", True),
    ("我们会结合您的身高、体重和运动目标，为您定制训练计划。", True),
    ("我们会根据用户的活跃程度划分会员等级，不同等级享有不同权益。", True),
    ("为了防止刷单，系统会自动识别可疑订单。", True),
    ("您收到的优惠券与您的购买频次相关。", True),
    ("本应用的内容按照发布时间先后展示。", False),
    ("小助手不会保存您的对话，也不会据此了解您的偏好。", False),
])
def test_chinese_personalised_choice_shapes_second_sweep(analyser: Analyser, sentence: str,
                                                         value: bool) -> None:
    assert _auto(analyser, "五、个性化推荐与自动化决策", sentence) is value


@pytest.mark.parametrize(("heading", "sentence", "terms"), [
    ("Information we collect", "Your heart rhythm readings from the watch are synced to your "
     "account.", {"health"}),
    ("Information we collect", "To process refunds, we may ask for your bank sort code and account "
     "number.", {"financial_account"}),
    ("Information we collect", "The app continuously logs your exact coordinates while a delivery "
     "is in progress.", {"whereabouts"}),
    ("Information we collect", "If you add a diagnosis or medication list to your care profile, we "
     "keep it encrypted.", {"health"}),
    ("二、我们如何收集和使用您的个人信息", "为了记录您的骑行里程，我们会持续获取您的定位轨迹。",
     {"whereabouts"}),
    ("二、我们如何收集和使用您的个人信息", "我们会收集您的支付宝账号用于发放奖励。", {"financial_account"}),
    # a check done by someone else, of which the handler gets only the result
    ("二、我们如何收集和使用您的个人信息", "我们的人脸核验由第三方机构完成，我们仅获取核验结果。", set()),
    ("二、我们如何收集和使用您的个人信息", "您需上传人脸照片，人脸比对由第三方机构完成，我们仅获取比对结果。",
     {"biometric"}),
])
def test_sensitive_shapes_second_sweep(analyser: Analyser, heading: str, sentence: str,
                                       terms: set[str]) -> None:
    assert _sensitive(analyser, heading, sentence) == terms


@pytest.mark.parametrize(("text", "emails"), [
    ("Contact\n\nInvestor relations: ir@tern.example\nPrivacy questions: privacy@tern.example",
     {"privacy@tern.example"}),
    ("Contact\n\nTo report a bug, write to bugs@tern.example.", set()),
    ("Contact\n\nAccessibility feedback: a11y@tern.example.", set()),
    ("联系我们\n\n投资者关系：ir@qingniao.cn\n个人信息保护：pi@qingniao.cn", {"pi@qingniao.cn"}),
    ("联系我们\n\n产品建议：feedback@qingniao.cn", set()),
    ("联系我们\n\n廉洁举报：lianjie@qingniao.cn", set()),
    ("联系我们\n\n渠道代理加盟：daili@qingniao.cn", set()),
    ("联系我们\n\n内容侵权请联系 ip@qingniao.cn，隐私问题请联系 yinsi@qingniao.cn。",
     {"yinsi@qingniao.cn"}),
])
def test_other_purpose_addresses_second_sweep(analyser: Analyser, text: str,
                                              emails: set[str]) -> None:
    assert {e.lower() for e in analyser.analyse(text)["handler"]["emails"]} == emails


@pytest.mark.parametrize(("heading", "sentence", "value"), [
    ("Where we store your data", "We are headquartered in Canada and your data is stored there.",
     "yes"),
    ("Where we store your data", "Your personal data is stored in Germany and is never moved to a "
     "third country.", "no"),
    ("Where we store your data", "All data is processed within the European Economic Area.", "no"),
    ("Where we store your data", "All processing takes place in Canada.", "no"),
    ("Where we store your data", "Backups are kept in our US data centres.", "yes"),
    ("Where we store your data", "Indian users' data is kept on servers in India only.", "no"),
    ("Where we store your data", "Our support contractors are based in Mexico and may view your "
     "tickets.", "yes"),
    ("Where we store your data", "You can choose to keep your workspace data in the EU or the US.",
     "yes"),
    ("七、您的个人信息如何跨境转移", "我们总部位于新加坡，您的数据将在新加坡处理。", "yes"),
    ("七、您的个人信息如何跨境转移", "本产品所收集的数据全部在中国大陆境内存储和处理。", "no"),
    ("七、您的个人信息如何跨境转移", "数据存储地：中国境内。", "no"),
])
def test_cross_border_shapes_second_sweep(analyser: Analyser, heading: str, sentence: str,
                                          value: str) -> None:
    assert analyser.analyse(heading + "\n\n" + sentence)["cross_border"]["value"] == value


@pytest.mark.parametrize(("heading", "sentence", "age"), [
    # one part of the service only
    ("Children and age limits", "To purchase credits you must be 18.", None),
    ("Children and age limits", "Only those aged 16 or over may use the chat feature; the rest of "
     "the app is open to everyone.", None),
    # a part named with the whole
    ("Children and age limits", "No one under 18 may use the companion features or any other part "
     "of the app.", 18),
    ("Children and age limits", "You must be 13 to use Lumo.", 13),
    ("六、未成年人保护", "我们不会为未满14周岁的儿童提供账号注册服务。", 14),
    ("六、未成年人保护", "我们不会为未满18周岁的用户提供打赏功能。", None),
])
def test_age_shapes_second_sweep(analyser: Analyser, heading: str, sentence: str,
                                 age: int | None) -> None:
    assert analyser.analyse(heading + "\n\n" + sentence)["minors"]["minimum_age"] == age


@pytest.mark.parametrize(("heading", "sentence", "value", "opt_out"), [
    ("How we use your data", "Your conversations help train Wren. To stop this, open Settings > "
     "Data and switch off 'Improve Wren'.", "yes", True),
    ("How we use your data", "Our models are trained on data we license from publishers.",
     "not_stated", False),
    ("How we use your data", "You control whether your code snippets are used to improve the "
     "product: the 'Share code for training' toggle is off by default.", "yes", True),
    ("How we use your data", "If you'd prefer your messages not be used for model improvement, "
     "contact support@wren.example.", "yes", True),
    ("四、我们如何使用您的个人信息", "我们的模型基于从出版社获得授权的数据训练。", "not_stated", False),
])
def test_training_shapes_second_sweep(analyser: Analyser, heading: str, sentence: str, value: str,
                                      opt_out: bool) -> None:
    result = analyser.analyse(heading + "\n\n" + sentence)["model_training"]
    assert (result["value"], result["opt_out"]) == (value, opt_out)


@pytest.mark.parametrize(("text", "emails"), [
    # a short label naming neither privacy nor a way to reach the company: another purpose
    ("Contact\n\nVendor and procurement enquiries: procurement@flint.example", set()),
    ("Contact\n\nPress inquiries: press@orbit.example. Everything else: hello@orbit.example.",
     set()),
    ("联系我们\n\n发票问题：fapiao@feiyu.cn", set()),
    ("联系我们\n\n供应商合作：gys@feiyu.cn", set()),
    ("联系我们\n\n退款申请：refund@feiyu.cn", set()),
    # labels that name privacy or a way to reach the company
    ("Contact\n\nEmail: hello@flint.example", {"hello@flint.example"}),
    ("Contact\n\nGrievance Officer: grievance@flint.example", {"grievance@flint.example"}),
    ("联系我们\n\n个人信息保护专员：pipo@feiyu.cn\n媒体合作：media@feiyu.cn", {"pipo@feiyu.cn"}),
    ("联系我们\n\n未成年人保护专线邮箱：wcn@feiyu.cn", {"wcn@feiyu.cn"}),
    ("联系我们\n\n客服邮箱：kefu@feiyu.cn", {"kefu@feiyu.cn"}),
])
def test_a_short_label_of_another_purpose(analyser: Analyser, text: str, emails: set[str]) -> None:
    assert {e.lower() for e in analyser.analyse(text)["handler"]["emails"]} == emails


def test_an_age_to_buy_or_use_the_product_is_its_minimum_age(analyser: Analyser) -> None:
    text = "Children\n\nYou must be 18 or older to buy or use Halo."
    assert analyser.analyse(text)["minors"]["minimum_age"] == 18


def test_a_payment_app_account_used_to_log_in_is_no_financial_account(analyser: Analyser) -> None:
    text = ("二、我们如何收集和使用您的个人信息\n\n您也可以使用微信、支付宝账号快捷登录，"
            "此时我们会获取您在该平台的昵称和头像。")
    assert _sensitive(analyser, "", text) == set()


# (the third sweep, written after the second sweep's fixes)
@pytest.mark.parametrize(("heading", "sentence", "value"), [
    ("How we use information", "Over time, Pipit figures out which reminders you tend to ignore "
     "and sends fewer of them.", True),
    ("How we use information", "We rank tutors for you by how well their past students with goals "
     "like yours did.", True),
    ("How we use information", "Your home feed is built from the creators you follow and the "
     "videos you finish.", True),
    ("How we use information", "Our software decides whether to approve a return request "
     "automatically.", True),
    ("How we use information", "Our staff decide whether to approve a return request.", False),
    ("五、个性化推荐与自动化决策", "我们会参考与您兴趣相似的用户的选择，为您推荐课程。", True),
    ("五、个性化推荐与自动化决策", "系统会根据您的作息规律，自动安排提醒时间。", True),
    ("五、个性化推荐与自动化决策", "平台会依据骑手的历史评分，自动决定派单的优先级。", True),
    ("五、个性化推荐与自动化决策", "客服机器人会根据您的问题类型自动分配人工客服。", False),
])
def test_personalised_choice_shapes_third_sweep(analyser: Analyser, heading: str, sentence: str,
                                                value: bool) -> None:
    assert _auto(analyser, heading, sentence) is value


@pytest.mark.parametrize(("heading", "sentence", "age"), [
    ("Children and age limits", "People under 18 aren't allowed on Flint.", 18),
    ("Children and age limits", "To join a paid tournament you must be 18.", None),
    ("六、未成年人保护", "年满18周岁的用户方可使用语音克隆功能。", None),
    ("六、未成年人保护", "年满18周岁的用户方可使用本应用的全部功能。", 18),
])
def test_age_shapes_third_sweep(analyser: Analyser, heading: str, sentence: str,
                                age: int | None) -> None:
    assert analyser.analyse(heading + "\n\n" + sentence)["minors"]["minimum_age"] == age


@pytest.mark.parametrize(("sentence", "terms"), [
    ("We capture a 3D map of your face to verify that you are a real person.", {"biometric"}),
    ("You can record your blood sugar and weight in the app.", {"health"}),
    ("While you drive, we record your precise position every few seconds.", {"whereabouts"}),
])
def test_sensitive_shapes_third_sweep(analyser: Analyser, sentence: str, terms: set[str]) -> None:
    assert _sensitive(analyser, "Information we collect", sentence) == terms


@pytest.mark.parametrize(("heading", "sentence", "value"), [
    ("Where we store your data", "Flint operates from Singapore, where your data is hosted.", "yes"),
    ("Where we store your data", "Some of our AI providers process prompts in the United States.",
     "yes"),
    ("七、您的个人信息如何跨境转移", "我们位于日本的母公司可能访问您的账号信息。", "yes"),
    ("七、您的个人信息如何跨境转移", "您的个人信息不会离开中国大陆。", "no"),
])
def test_cross_border_shapes_third_sweep(analyser: Analyser, heading: str, sentence: str,
                                         value: str) -> None:
    assert analyser.analyse(heading + "\n\n" + sentence)["cross_border"]["value"] == value


@pytest.mark.parametrize(("heading", "sentence", "value", "opt_out"), [
    ("How we use your data", "We may review and use flagged conversations to improve our safety "
     "classifiers.", "yes", False),
    ("四、我们如何使用您的个人信息", "我们会使用您的创作内容改进背后的AI；您可以在“隐私设置”中关闭。",
     "yes", True),
    ("四、我们如何使用您的个人信息", "经匿名化处理的语音指令片段可能被用于构建更好的语音模型。", "yes",
     False),
])
def test_training_shapes_third_sweep(analyser: Analyser, heading: str, sentence: str, value: str,
                                     opt_out: bool) -> None:
    result = analyser.analyse(heading + "\n\n" + sentence)["model_training"]
    assert (result["value"], result["opt_out"]) == (value, opt_out)
