"""Document terms on wordings found by the eighth probe round's Chinese set (helper F, written
blind): long notices of general assistants, AI search, agent platforms, model open platforms,
video generation, learning tablets, translation, office AI, phone and car assistants. The
fixtures are sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("text", "value"), [
    # what the models were trained on, named with a second source or before 的数据: no user content
    ("四、关于模型\n\n问知使用的大模型仅使用公开数据和经授权的语料训练。", "not_stated"),
    ("五、模型与训练\n\n我们用于模型训练的数据来自公开数据和经合法授权的数据集。", "not_stated"),
    ("五、模型与训练\n\n本产品的大模型基于公开语料及购买的数据集进行训练。", "not_stated"),
    # (the user's own content still counts)
    ("五、模型与训练\n\n我们会使用您的对话数据和反馈数据训练模型。", "yes"),
])
def test_what_the_model_was_trained_on_is_no_use_of_content(analyser: Analyser, text: str,
                                                            value: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == value


@pytest.mark.parametrize(("text", "value"), [
    # the fine-tuning interface, feature or data set the user runs: named, not a use of content
    ("三、使用\n\n无论您通过 API 还是精调接口提交的数据，我们均不会将其用于训练天枢的基础模型。", "no"),
    ("| 术语 | 含义 |\n| --- | --- |\n| 客户数据 | 开发者提交的输入和模型生成的输出，以及用于精调的训练数据集 |",
     "not_stated"),
    ("七、您的权利\n\n* 在“数据管理”中查看、下载和删除 Playground 对话、精调数据集和知识库文件；",
     "not_stated"),
    ("七、您的权利\n\n您可以随时取消微调任务。", "not_stated"),
    # (a fine-tuning of the handler's models is a use)
    ("三、使用\n\n您通过精调接口提交的数据，可能用于精调我们的通用模型。", "yes"),
    ("三、使用\n\n我们可能将您的对话用于模型精调。", "yes"),
])
def test_the_users_own_fine_tuning_feature_is_no_training_use(analyser: Analyser, text: str,
                                                               value: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == value


@pytest.mark.parametrize(("text", "value"), [
    # an overseas version run by another entity, an overseas offering under its own agreement
    ("六、存储\n\n妙像的海外版由境外主体独立运营，国内版用户的个人信息不会被提供至境外。", "no"),
    ("六、存储\n\n妙像的海外版由境外关联公司独立运营。", "not_stated"),
    ("六、存储\n\n如您需要面向境外业务的部署，请联系商务团队了解单独提供的海外服务，该服务适用单独的协议。",
     "not_stated"),
    ("六、存储\n\n我们的服务器均部署在中国境内，不会传输至境外。如您需要面向境外业务的部署，"
     "请联系商务团队了解单独提供的海外服务，该服务适用单独的协议。", "no"),
    # (a transfer in the same clause still counts)
    ("六、存储\n\n海外服务适用单独的协议，您的数据将传输至新加坡。", "yes"),
])
def test_an_overseas_version_run_apart_is_no_transfer(analyser: Analyser, text: str,
                                                      value: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == value


@pytest.mark.parametrize(("text", "value"), [
    # some data kept in the mainland, some (by choice) in a place abroad: stored abroad
    ("7 存储\n\n个人版用户的数据存储在中国大陆的数据中心。企业客户可在开通时选择将其组织数据存储于中国香港"
     "或新加坡的数据中心。", "yes"),
    ("7 存储\n\n您的数据存储在中国境内。国际站用户的数据存储于新加坡的服务器。", "yes"),
    # (not where a clause denies sending data abroad, or where the abroad place is an exclusion)
    ("7 存储\n\n我们的数据存储在中国大陆。您的数据存储于新加坡的数据中心。我们不会将您的数据传输至境外。",
     "no"),
    ("7 存储\n\n我们的数据存储在中国大陆的数据中心。我们的服务器位于中国境内（不包括香港、澳门）。", "no"),
    ("7 存储\n\n我們將資料存儲於台灣的資料中心，不會傳輸至境外。", "no"),
])
def test_data_kept_home_and_partly_abroad_goes_abroad(analyser: Analyser, text: str,
                                                      value: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == value


@pytest.mark.parametrize(("text", "value"), [
    ("2 使用\n\n首页“今日发现”栏目会参考您最近的搜索主题和点击记录，为您推荐您可能关心的话题和资讯。", True),
    ("6. 智能推荐\n\n在首页，我们会根据您近期的编辑和浏览记录，推荐您可能需要的模板和文档。", True),
    ("6. 智能推荐\n\n我们会向您推送您可能想了解的课程。", True),
    ("6. 推荐\n\n我们不会根据您近期的浏览记录，推荐您可能需要的模板。", False),
])
def test_recommending_what_the_user_may_need(analyser: Analyser, text: str, value: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is value


def test_addresses_for_content_reports_and_open_source_are_not_privacy(analyser: Analyser) -> None:
    text = ("九、联系我们\n\n* 隐私专线：privacy@wenzhi.ai\n* 违法和不良信息举报：jubao@wenzhi.ai\n\n"
            "开源软件声明相关问题：opensource@xingyao.com。\n\n有害信息举报邮箱：report@wenzhi.ai")
    assert analyser.analyse(text)["handler"]["emails"] == ["privacy@wenzhi.ai"]


def test_an_identity_check_whose_outcome_alone_is_received_is_no_biometric(
        analyser: Analyser) -> None:
    text = ("2.3 创作者\n\n- **实名认证**：您需完成实名认证，提供**真实姓名和身份证号码**。认证过程中的人脸比对由"
            "第三方身份认证机构完成，**我们只接收“认证通过/不通过”的结果，不接触您的人脸图像或人脸特征**；")
    result = analyser.analyse(text)
    assert "biometric" not in {x["term"] for x in result["sensitive_categories"]}
    assert "government_id" in {x["term"] for x in result["data_categories"]}
    taken = "2.3 创作者\n\n认证时，我们会收集您的人脸图像，用于与身份证照片比对。"
    assert "biometric" in {x["term"] for x in analyser.analyse(taken)["sensitive_categories"]}


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("七、您的权利\n\n对处理结果仍不满意的，可向个人信息保护职责部门投诉。", "complain", None),
    ("6 您的控制\n\n- 关闭“智能建议”，小星将不再基于您的使用习惯展示推荐卡片；", "restrict_object", None),
    ("6 您的控制\n\n您可以在设置中关闭“记忆”，关闭后我们将不再记住您的偏好。", "restrict_object", None),
    # a way out of training is not an objection to processing (as the dev golds)
    ("6 您的控制\n\n您可以关闭“改进模型效果”开关；关闭后，您此后新产生的对话将不再用于模型训练。", None,
     "restrict_object"),
])
def test_rights_complaint_body_and_switching_off_suggestions(analyser: Analyser, text: str,
                                                            present: str | None,
                                                            absent: str | None) -> None:
    found = {x["term"] for x in analyser.analyse(text)["rights"]}
    assert present is None or present in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(("text", "present"), [
    ("二、我们收集的信息\n\n我们会收集车辆识别代号（VIN）、车机序列号和软件版本。", "device"),
    ("二、我们收集的信息\n\n我们会获取翻译机当前所在的国家/地区信息，以选择合适的网络节点。", "location"),
    ("二、我们收集的信息\n\n注册时，我们会收集您的手机号码，或飞书、钉钉账号授权后的昵称和头像。",
     "contacts_social"),
])
def test_vehicle_serials_country_and_workplace_login(analyser: Analyser, text: str,
                                                     present: str) -> None:
    assert present in {x["term"] for x in analyser.analyse(text)["data_categories"]}


def test_minimum_age_with_emphasis_after_should_be(analyser: Analyser) -> None:
    text = ("第八部分 未成年人\n\n8.1 平台的使用者应为**年满 14 周岁**的用户；未满 18 周岁的使用者应在监护人的"
            "同意和指导下使用。\n\n8.2 创作者应为年满 18 周岁的自然人或依法设立的组织。")
    minors = analyser.analyse(text)["minors"]
    assert minors["value"] is True and minors["minimum_age"] == 14


@pytest.mark.parametrize("text", [
    "## 五、您的权利\n\n- 申请导出您的健康档案（PDF 格式）；",
    "## 五、家长的权利\n\n您可以导出孩子的成长档案和学习资料。",
])
def test_exporting_a_record_file_is_a_copy(analyser: Analyser, text: str) -> None:
    assert "copy" in {x["term"] for x in analyser.analyse(text)["rights"]}


@pytest.mark.parametrize(("text", "value"), [
    # a FAQ's question as a heading, answered in the next clause
    ("## 第一部分\n\n### 问：我的数据会出境吗？\n\n答：不会。", "no"),
    ("## 第一部分\n\n### 问：我的数据会出境吗？\n\n答：会。部分数据会传输至新加坡的服务商。", "yes"),
    # servers "in" China, without 位于
    ("## 存储\n\n客服云的全部服务器都在中国境内。", "no"),
    # (a heading naming the topic still says nothing)
    ("## 四、跨境传输\n\n我们会收集您的手机号码。", "not_stated"),
])
def test_a_faq_heading_question_and_servers_in_china(analyser: Analyser, text: str,
                                                     value: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == value


def test_a_faq_question_on_data_processed_with_a_listing_answer(analyser: Analyser) -> None:
    text = ("## 第一部分 访客\n\n### 问：客服云会处理我的哪些信息？\n\n答：包括以下几类：\n\n"
            "1. 您在客服窗口中输入的文字；\n2. 您的浏览器类型、操作系统、IP 地址；\n"
            "3. 根据 IP 地址推断的所在城市。")
    found = {x["term"] for x in analyser.analyse(text)["data_categories"]}
    assert {"user_content", "device", "usage_logs", "location"} <= found
    denied = ("## 第一部分 访客\n\n### 问：客服云会处理我的哪些信息？\n\n我们不会收集以下信息：\n\n"
              "1. 您的浏览器类型、操作系统、IP 地址。")
    assert not {x["term"] for x in analyser.analyse(denied)["data_categories"]}


@pytest.mark.parametrize("text", [
    # a topic cue does not run from a heading's word across the line break into the sentence
    # below it (the cue scan is leftmost and non-overlapping: a match started in the heading
    # took the sentence's own away)
    "## 三、智能推荐\n\n我们会向您推送您可能感兴趣的资讯。",
    "6. 智能推荐\n\n我们会向您推送您可能想了解的课程。",
])
def test_a_topic_cue_does_not_cross_a_line_break(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_an_address_in_a_table_of_recipients_is_theirs(analyser: Analyser) -> None:
    text = ("三、个人信息出境\n\n| 境外接收方 | 所在国家 | 联系方式 | 处理目的 |\n| --- | --- | --- | --- |\n"
            "| Master Sound Inc. | 美国 | dpo@mastersound.example | 母带处理 |\n\n"
            "七、联系我们\n\n个人信息保护邮箱：privacy@shenglin.fm")
    assert analyser.analyse(text)["handler"]["emails"] == ["privacy@shenglin.fm"]
    contacts = ("九、联系我们\n\n| 事项 | 联系方式 |\n| --- | --- |\n| 个人信息保护 | privacy@shenglin.fm |")
    assert analyser.analyse(contacts)["handler"]["emails"] == ["privacy@shenglin.fm"]


@pytest.mark.parametrize(("text", "value"), [
    # the user abroad, the data sent home
    ("五、存储\n\n您的个人信息存储在中国境内。若您在境外使用本产品，您的请求仍会发送至我们位于中国境内的服务器处理。",
     "no"),
    # (data processed abroad while the user travels still goes abroad)
    ("四、跨境\n\n当您在境外使用翻译机时，您的语音可能由我们部署在新加坡的服务节点处理。", "yes"),
])
def test_the_user_abroad_is_not_data_abroad(analyser: Analyser, text: str, value: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == value


@pytest.mark.parametrize(("text", "value"), [
    # a run-in label kept as a sentence names the part; the sentence after it states the use
    ("第四条\n\n（二）模型训练。我们不会将您的对话用于训练通用大模型。", "no"),
    ("第四条\n\n（二）模型训练。我们会将去标识化的对话用于训练我们的模型。", "yes"),
    ("第四条\n\n（二）模型训练。", "not_stated"),
])
def test_a_run_in_label_names_training_without_stating_it(analyser: Analyser, text: str,
                                                          value: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == value


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("第三条 收集的信息\n\n导购助手会读取您的收货地址所在城市和历史订单中的商品品类。", "financial", "contact"),
    ("第三条 收集的信息\n\n我们会收集您的收货地址和订单信息。", "contact", None),
    ("一、我们收集的信息\n\n1. 账号信息：手机号码或 Apple ID 登录时获得的匿名邮箱。", "contacts_social", None),
])
def test_city_of_the_address_order_history_and_apple_id(analyser: Analyser, text: str,
                                                        present: str,
                                                        absent: str | None) -> None:
    found = {x["term"] for x in analyser.analyse(text)["data_categories"]}
    assert present in found
    assert absent is None or absent not in found


@pytest.mark.parametrize("text", [
    "第七条 您的权利\n\n对于导购助手，您还可以：清空对话记录；关闭“导购助手个性化”；关闭麦克风权限。",
    "二、使用\n\n2. **为您推荐**：“发现”页推荐歌曲。不想要个性化推荐？在“设置—隐私”中关闭即可。",
])
def test_switching_off_a_named_personalisation(analyser: Analyser, text: str) -> None:
    assert "restrict_object" in {x["term"] for x in analyser.analyse(text)["rights"]}


@pytest.mark.parametrize(("text", "value"), [
    # recommending by a child's interests; analysing the user's spending structure
    ("## 我们怎么用\n\n- 根据孩子的兴趣和最近聊天的主题，推荐故事和英语小课；", True),
    ("### 二、AI 功能说明\n\n2. **消费洞察**：AI 会分析您近几个月的消费结构，生成月度报告，并提示可能超支的类别。", True),
    ("### 二、AI 功能说明\n\n我们不会分析您的消费结构。", False),
])
def test_a_childs_interests_and_spending_structure(analyser: Analyser, text: str,
                                                   value: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is value


def test_an_address_for_feature_questions_is_not_privacy(analyser: Analyser) -> None:
    text = ("### 七、联系我们\n\n客服邮箱：help@suishousuan.com（账号、功能问题）\n"
            "个人信息保护：dpo@suishousuan.com")
    assert analyser.analyse(text)["handler"]["emails"] == ["dpo@suishousuan.com"]


def test_exporting_as_a_format_is_a_copy(analyser: Analyser) -> None:
    text = "### 五、您的权利\n\n您可以在 App 内查询、修改、删除任意账目，导出账本为 Excel。"
    assert "copy" in {x["term"] for x in analyser.analyse(text)["rights"]}


@pytest.mark.parametrize(("text", "section", "present"), [
    ("### 一、收集哪些信息\n\n| 功能 | 个人信息 | 类型 |\n| --- | --- | --- |\n| 拍照记账 | 小票、发票照片 | 可选 |",
     "data_categories", "user_content"),
    ("### 一、收集哪些信息\n\n| 功能 | 个人信息 | 类型 |\n| --- | --- | --- |\n"
     "| AI 理财助手 | 您向 AI 提出的问题 | 可选 |", "data_categories", "user_content"),
    ("## 儿童\n\n玩偶的使用者主要是 3—10 岁的儿童，我们处理的孩子的个人信息均属于敏感个人信息。",
     "sensitive_categories", "minor_under_14"),
])
def test_receipts_questions_to_the_ai_and_childrens_data(analyser: Analyser, text: str,
                                                         section: str, present: str) -> None:
    assert present in {x["term"] for x in analyser.analyse(text)[section]}
