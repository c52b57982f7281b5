"""Document terms on Chinese wordings of the sixth (blind, scored) probe round. The fixtures are
sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("联系我们\n\n个人信息问题：privacy@example.cn\n\n商务合作（不受理个人信息请求）：bd@example.cn",
     "privacy@example.cn", "bd@example.cn"),
    ("联系我们\n\n电子邮件：pi@example.cn\n\n技术支持（非隐私事务）：support@example.cn",
     "pi@example.cn", "support@example.cn"),
    ("联系我们\n\n隐私邮箱：dpo@example.cn；产品咨询（与个人信息无关）：help@example.cn",
     "dpo@example.cn", "help@example.cn"),
    ("Contact us\n\nPrivacy: privacy@example.com\n\nTechnical support (not for privacy requests): "
     "help@example.com", "privacy@example.com", "help@example.com"),
])
def test_an_address_labelled_as_not_for_privacy_is_no_handler_email(
        analyser: Analyser, text: str, kept: str, dropped: str) -> None:
    emails = analyser.analyse(text)["handler"]["emails"]
    assert kept in emails
    assert dropped not in emails


@pytest.mark.parametrize(("text", "age"), [
    ("未成年人\n\n**本助手面向年满 18 周岁的成年用户提供。**", 18),
    ("关于未成年人\n\n本应用只面向**年满 18 周岁**的成年人。", 18),
    ("未成年人保护\n\n本服务面向年满十六周岁的人使用。", 16),
])
def test_a_service_for_adults_of_a_stated_age_sets_the_minimum_age(analyser: Analyser, text: str,
                                                                   age: int) -> None:
    minors = analyser.analyse(text)["minors"]
    assert minors["value"] is True and minors["minimum_age"] == age


@pytest.mark.parametrize("text", [
    "三、我们如何使用\n\n关于模型训练：大模型不会使用你的语音和对话内容进行训练。",
    "三、我们如何使用\n\n**模型训练**：我们不会使用你的对话内容进行训练。",
    "三、我们如何使用\n\n**关于模型训练：** 云侧大模型**不会**使用你的语音、对话内容进行训练。",
])
def test_a_run_in_title_naming_training_is_no_statement_of_it(analyser: Analyser,
                                                                text: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == "no"


def test_a_run_in_title_over_a_statement_of_use_keeps_it(analyser: Analyser) -> None:
    text = "三、我们如何使用\n\n关于模型训练：我们可能使用你的对话内容训练和改进我们的模型。"
    assert analyser.analyse(text)["model_training"]["value"] == "yes"


@pytest.mark.parametrize("text", [
    "关于模型训练\n\n我们不会将您的提问内容用于训练大模型。我们用于训练的数据来源于公开数据集以及经授权取得的语料。",
    "关于模型训练\n\n大模型不会使用你的语音进行训练。我们用于改进语音识别的数据，全部来自签署了书面授权的专业录音员。",
])
def test_where_the_training_data_comes_from_is_no_use_of_the_users_content(analyser: Analyser,
                                                                          text: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == "no"


@pytest.mark.parametrize(("text", "opt_out"), [
    ("改进小禾\n\n我们可能将对话内容用于模型的训练和优化。目前小禾暂不提供单独关闭该用途的开关。", False),
    ("改进服务\n\n我们可能将您的对话用于训练模型。您无法退出该用途。", False),
    ("改进服务\n\n我们可能将您的对话用于训练模型。您暂时无法在 App 内关闭，但可以发邮件要求排除您的数据。",
     True),
    ("Improving models\n\nWe may use your chats to train our models. There is currently no way to "
     "opt out of this use.", False),
])
def test_saying_there_is_no_way_out_is_no_training_opt_out(analyser: Analyser, text: str,
                                                            opt_out: bool) -> None:
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes"
    assert training["opt_out"] is opt_out


def _rights(analyser: Analyser, text: str) -> set[str]:
    return {r["term"] for r in analyser.analyse(text)["rights"]}


@pytest.mark.parametrize(("text", "right"), [
    ("联系我们\n\n如您对答复不满意，可向有管辖权的人民法院提起诉讼。", "complain"),
    ("六、你的控制\n\n- 在 App「我的 → 对话记录」中查看和删除云侧对话记录；", "access"),
    ("六、你的控制\n\n- 在 App「我的 → 对话记录」中查看和删除云侧对话记录；", "delete"),
    ("五、你能怎么管\n\n- **看**：所有聊天记录都在聊天列表里；", "access"),
    ("五、你能怎么管\n\n- **改**：在记忆卡里改掉角色记错的内容；", "correct"),
    ("五、你能怎么管\n\n- **删**：长按聊天可删除；", "delete"),
    ("第六条 您的权利\n\n您可以在“我的会议”中查看纪要，并可以编辑纪要中被错误识别的内容。", "correct"),
    ("六、你的控制\n\n- 你可以撤回对声纹、位置等敏感个人信息的处理同意；", "withdraw_consent"),
    ("二、用途\n\n**不想要个性化推荐？** 去「我的 → 设置 → 隐私 → 个性化推荐」关掉就行。",
     "restrict_object"),
])
def test_colloquial_and_labelled_rights(analyser: Analyser, text: str, right: str) -> None:
    assert right in _rights(analyser, text)


@pytest.mark.parametrize("text", [
    "一、我们收集的信息\n\n更多说明请查看：《已收集个人信息清单》。",
    "一、我们收集的信息\n\n我们会根据您的选择为您提供服务。",
])
def test_a_pointer_to_read_more_is_no_right_of_access(analyser: Analyser, text: str) -> None:
    assert "access" not in _rights(analyser, text)


def _sensitive(analyser: Analyser, text: str) -> set[str]:
    return {r["term"] for r in analyser.analyse(text)["sensitive_categories"]}


def test_the_statutes_list_of_sensitive_kinds_is_no_collection(analyser: Analyser) -> None:
    text = ("第一部分 定义\n\n**敏感个人信息**：一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害"
            "或者人身、财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、"
            "行踪轨迹等信息。\n\n一、我们收集的信息\n\n我们会收集您的手机号码。")
    found = _sensitive(analyser, text)
    assert not found & {"biometric", "religion", "specific_identity", "financial_account"}
    said = text + "我们会收集您的人脸识别特征，人脸信息属于敏感个人信息。"
    assert "biometric" in _sensitive(analyser, said)


@pytest.mark.parametrize("text", [
    "七、儿童个人信息\n\n如您是不满 14 周岁的儿童，请在取得监护人同意后使用。",
    "七、儿童个人信息\n\n对于经监护人同意使用我们的产品而收集的儿童个人信息，我们会依照该规则进行处理。",
])
def test_childrens_data_processed_with_a_guardians_consent(analyser: Analyser, text: str) -> None:
    assert "minor_under_14" in _sensitive(analyser, text)


@pytest.mark.parametrize(("text", "value"), [
    ("四、存储\n\n我们的服务器均位于中国境内。", "no"),
    ("五、保存地点\n\n数据中心全部设在中国大陆境内。", "no"),
    ("四、存储\n\n我们的服务器位于中国境内，您的提问会被发送至位于新加坡的检索节点。", "yes"),
])
def test_servers_located_in_china_keep_data_there(analyser: Analyser, text: str,
                                                  value: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == value


def _categories(analyser: Analyser, text: str) -> set[str]:
    return {r["term"] for r in analyser.analyse(text)["data_categories"]}


@pytest.mark.parametrize("text", [
    "二、我们收集的信息\n\n当您说“给妈妈打电话”时，经您授权，助手会读取您的通讯录以匹配联系人。"
    "通讯录仅在本地匹配，不上传服务器。",
    "二、我们处理的信息\n\n### 2.6 手机通讯录\n\n通过蓝牙连接手机后，你可以说“打电话给张三”。"
    "通讯录仅同步到车机本地，用于匹配联系人，不会上传至云端。\n\n### 2.7 账号\n\n手机号码。",
])
def test_data_said_to_stay_on_the_device_in_the_next_sentence_is_not_collected(
        analyser: Analyser, text: str) -> None:
    assert "contacts_social" not in _categories(analyser, text)


def test_data_uploaded_after_a_local_step_is_collected(analyser: Analyser) -> None:
    text = ("二、我们收集的信息\n\n助手会读取您的通讯录以匹配联系人。"
            "匹配成功后，联系人姓名会上传至我们的服务器。")
    assert "contacts_social" in _categories(analyser, text)


@pytest.mark.parametrize(("text", "category"), [
    ("一、我们收集的信息\n\n**设备与网络信息。** 设备型号、唯一设备标识符、IP 地址、崩溃报告。", "usage_logs"),
])
def test_spaced_ip_address_and_crash_reports(analyser: Analyser, text: str,
                                             category: str) -> None:
    assert category in _categories(analyser, text)


@pytest.mark.parametrize("text", [
    "## 一、我们会拿到哪些信息\n\n用微信登录时：第三方账号的唯一标识、昵称、头像。\n\n## 二、用途\n\n为你提供服务。",
    "## 一、我们会拿到什么\n\n- 你的手机号。\n- 微信昵称和头像。\n\n## 二、用途\n\n为你提供服务。",
    "## 一、注册\n\n| 你做的事 | 我们拿到的信息 | 不给会怎样 |\n| --- | --- | --- |\n"
    "| 用微信登录 | 第三方账号的唯一标识、昵称、头像 | 可改用手机号登录 |\n",
])
def test_what_we_get_titles_a_part_or_column_of_collected_data(analyser: Analyser,
                                                              text: str) -> None:
    assert {"contacts_social", "account"} <= _categories(analyser, text)


def test_a_service_mainly_for_adults_that_minors_may_use_sets_no_adult_minimum(
        analyser: Analyser) -> None:
    text = ("未成年人保护\n\n本服务主要面向年满18周岁的成年人。若您是未满18周岁的未成年人，请在监护人的"
            "陪同下阅读本政策，并在取得监护人同意后使用。")
    assert analyser.analyse(text)["minors"]["minimum_age"] != 18


@pytest.mark.parametrize(("text", "right"), [
    ("四、个性化建议\n\n你可以在「设置 → 建议」中关闭“个性化建议”。", "restrict_object"),
    ("五、你的权利\n\n如你认为我们的处理违法，可向网信部门或人力资源社会保障部门投诉、举报。", "complain"),
])
def test_more_quoted_switches_and_complaints(analyser: Analyser, text: str, right: str) -> None:
    assert right in _rights(analyser, text)


def test_data_matched_on_the_phone_is_not_collected(analyser: Analyser) -> None:
    text = ("二、我们处理的信息\n\n你说“提醒我明天回电话”时，小澜会读取你的联系人和日程，在手机上完成匹配并"
            "创建提醒。\n\n我们会收集你的手机号码。")
    assert "contacts_social" not in _categories(analyser, text)


def test_only_the_outcome_of_a_face_check_is_no_biometric_data(analyser: Analyser) -> None:
    text = ("一、我们收集的信息\n\n提现前的人脸核身由第三方认证机构完成，我们仅获得核验是否通过的结果，"
            "不获取你的人脸图像。\n\n我们会收集你的手机号码。")
    assert "biometric" not in _categories(analyser, text)
    assert "biometric" not in _sensitive(analyser, text)
    kept = ("一、我们收集的信息\n\n您需提供真实姓名、身份证号码及人脸图像，人脸比对由第三方认证机构完成，"
            "平台仅获取认证结果。")
    assert "biometric" in _categories(analyser, kept)
