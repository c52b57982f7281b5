"""Document terms on wordings found by the sixth probe round's second Chinese set (helper C,
written blind): general assistants with collection lists, an API platform, Traditional Chinese,
translation, mental health, recruitment, smart speakers, finance, games and a bilingual notice.
The fixtures are sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("text", "age"), [
    # emphasis marks between "only for" and the age
    ("七、年龄\n\n本平台仅面向**年满 16 周岁**的求职者。", 16),
    ("六、未成年人\n\n本服务仅向**年满 18 周岁**的用户提供。", 18),
    ("第七条 未成年人\n\n开放平台仅面向**年满 18 周岁**的自然人及依法设立的组织提供服务。", 18),
    # Traditional Chinese: "not offered to children under 13"
    ("八、未成年人\n\n本服務不提供予未滿 13 歲之兒童使用。", 13),
    ("八、未成年人\n\n本服务不提供给未满 14 周岁的儿童使用。", 14),
])
def test_minimum_age_with_emphasis_or_not_offered_to(analyser: Analyser, text: str,
                                                     age: int) -> None:
    minors = analyser.analyse(text)["minors"]
    assert minors["value"] is True and minors["minimum_age"] == age


def test_optimising_a_named_ai_model_after_an_opt_in_is_training(analyser: Analyser) -> None:
    text = ("二、关于 AI 模型\n\n- 我们**不会**将您的对话内容用于训练通用大模型。\n"
            "- 在您另行单独同意加入“共建计划”后，我们可能将去标识化处理的部分对话片段交由专业人员标注，"
            "用于优化心晴 AI 的回复模型。\n"
            "- 您可以随时在“设置—隐私—共建计划”中退出，退出后您的对话将不再进入标注流程。")
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes" and training["opt_out"] is True
    denial = "二、关于 AI 模型\n\n我们不会将您的对话内容用于优化心晴 AI 的回复模型。"
    assert analyser.analyse(denial)["model_training"]["value"] == "no"


@pytest.mark.parametrize(("text", "value"), [
    ("本政策适用于在中国大陆销售的听澜音箱。海外销售的型号适用当地版本的隐私政策。", "not_stated"),
    ("国际版用户适用《星河国际版隐私政策》。", "not_stated"),
    ("International versions of the app are governed by their own privacy policy.", "not_stated"),
    # the rest of the sentence still counts
    ("国际版用户适用《星河国际版隐私政策》，其数据存储于新加坡的服务器。", "yes"),
])
def test_an_overseas_version_with_its_own_policy_is_no_transfer(analyser: Analyser, text: str,
                                                                value: str) -> None:
    notice = "存储\n\n" + text + "\n\n我们会收集您的手机号码。"
    assert analyser.analyse(notice)["cross_border"]["value"] == value


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("在这一过程中，我们会收集设备序列号、MAC 地址和设备固件版本。", "device", None),
    ("开户时我们会收集您的姓名、证件类型及号码和手机号码。", "government_id", None),
    # account security is a purpose, not account data
    ("为保障您的账户安全，我们会收集设备型号和 IP 地址。", "device", "account"),
    ("| 安全 | 设备型号、设备标识符、IP 地址 | 是 | 账户安全、风险防控 |", "device", "account"),
    # an emergency contact is not the address book or a social account
    ("高风险时，我们会通知您预先设置的紧急联系人（需要您提供紧急联系人的姓名和手机号码）。", "contact",
     "contacts_social"),
])
def test_device_ids_id_documents_and_purposes_that_name_no_data(analyser: Analyser, text: str,
                                                                present: str,
                                                                absent: str | None) -> None:
    found = {c["term"] for c in analyser.analyse("一、我们收集的信息\n\n" + text)["data_categories"]}
    assert present in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(("text", "right"), [
    ("6. **获得解释**：对于个性化推荐的规则，您可以通过第七条的方式联系我们要求说明。", "explain"),
    ("2.2 您有权要求我们就自动化评估的逻辑、使用的主要因素作出说明。", "explain"),
    ("2. 导出：将情绪日记和测评报告导出为 PDF；", "copy"),
    ("5.2 您可以在“用量与账单”页面下载调用记录和账单明细。", "copy"),
    ("（二）您的职业、联系地址发生变化的，您可以随时更新或重新测评。", "correct"),
    ("（五）在持仓清零且无在途交易时，您可以申请销户。", "deregister_account"),
    ("**Q：我可以关闭 NPC 的记忆吗？**\nA：可以，在“设置—隐私—NPC 记忆”中关闭，关闭后 NPC 不再根据过往对话调整剧情。",
     "restrict_object"),
])
def test_rights_in_more_wordings(analyser: Analyser, text: str, right: str) -> None:
    found = {r["term"] for r in analyser.analyse("五、您的权利\n\n" + text)["rights"]}
    assert right in found


@pytest.mark.parametrize(("text", "right"), [
    # a copy someone else holds is no right to a copy
    ("- 要求删除您的面试视频（已提供给用人单位的副本需联系用人单位删除）；", "copy"),
    # the policy being updated is no right to correct
    ("本政策可能随时更新，您可以随时查阅最新版本。", "correct"),
    # a way out of model training is not counted as an objection (as the dev golds do)
    ("You can opt out of model training at any time under Settings > Data.", "restrict_object"),
])
def test_wordings_that_grant_no_such_right(analyser: Analyser, text: str, right: str) -> None:
    found = {r["term"] for r in analyser.analyse("Your rights / 您的权利\n\n" + text)["rights"]}
    assert right not in found


@pytest.mark.parametrize("text", [
    "1. 您完成风险测评问卷后，系统将**自动计算并评定**您的风险承受能力等级，并据此限制您可以购买的产品范围。",
    "2. 财小智会根据您的持仓和投资目标，为您生成个性化的基金组合建议。",
    "我们的安全系统会识别外挂；被识别为违规的账号会被自动限制或封禁，你可以通过客服申诉。",
])
def test_automatic_ratings_personal_advice_and_automatic_bans(analyser: Analyser,
                                                              text: str) -> None:
    assert analyser.analyse("三、风险评定\n\n" + text)["automated_decision"]["value"] is True


def test_a_denied_automatic_ban_is_none(analyser: Analyser) -> None:
    text = "三、安全\n\n我们不会仅凭系统判断就自动封禁账号，被识别为异常的账号会由人工复核。"
    assert analyser.analyse(text)["automated_decision"]["value"] is False


def test_an_address_for_business_partners_is_no_handler_email(analyser: Analyser) -> None:
    text = ("七、联系我们\n\n个人信息保护负责人：pi-officer@example-health.cn\n\n"
            "心理咨询师入驻合作：partner@example-health.cn\n\n企业客户开通咨询：hello@example-health.cn")
    assert analyser.analyse(text)["handler"]["emails"] == ["pi-officer@example-health.cn"]


def test_an_address_labelled_for_channel_partners_after_it_is_no_handler_email(
        analyser: Analyser) -> None:
    text = ("七、联系我们\n\nprivacy@example-dh.cn（个人信息保护）\nbd@example-dh.cn（渠道合作）")
    assert analyser.analyse(text)["handler"]["emails"] == ["privacy@example-dh.cn"]


@pytest.mark.parametrize(("text", "children"), [
    ("开启儿童模式需要由监护人操作并同意《儿童个人信息保护规则》。在儿童模式下，我们会处理儿童的语音指令和点播记录。",
     True),
    ("在儿童模式下，我们不会收集儿童的语音指令和点播记录。", False),
    # a third party's processing is not the handler's
    ("请您注意，该第三方可能收集、使用或处理儿童的相关信息，需要由该等第三方另行获得您的同意。", False),
])
def test_childrens_data_items_processed_in_a_childrens_mode(analyser: Analyser, text: str,
                                                            children: bool) -> None:
    found = {c["term"] for c in analyser.analyse("二、儿童模式\n\n" + text)["sensitive_categories"]}
    assert ("minor_under_14" in found) is children
