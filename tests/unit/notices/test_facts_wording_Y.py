"""Document terms on wordings found by helper J's blind probes on excerpts of REAL Chinese notices
(session 9): 隐私政策 / 个人信息保护政策 / 儿童个人信息保护规则 of apps and AI services, the golds
written before the analyser read them. The fixtures are sentences written for the project (the
real text stays outside the repository); each test holds the general shape behind a miss, with
other wordings of it (positives and negatives)."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(analyser: Analyser, field: str, heading: str, sentence: str) -> set[str]:
    result = analyser.analyse(heading + "\n\n" + sentence)
    return {x["term"] for x in result[field]}


def _training(analyser: Analyser, heading: str, sentence: str) -> str:
    return str(analyser.analyse(heading + "\n\n" + sentence)["model_training"]["value"])


@pytest.mark.parametrize(("sentence", "value"), [
    # a denial whose object is named after 对 ("不会对 … 进行分析或用于训练"), however long the
    # object, and whatever follows after a turn
    ("我们不会对该等服务处理的用户输入内容进行分析或用于训练。", "no"),
    ("我们不会对通过第三方接口处理的您的对话进行分析或用于训练，但可能会临时保存对话记录以便您回看。",
     "no"),
    ("本应用绝不对您上传的照片进行标注或用于模型训练。", "no"),
    # (a denial of something else before a use is no denial of the use)
    ("我们不对您上传的图片作任何保存，并会使用您的对话训练模型。", "yes"),
    ("我们绝不对您的对话记录进行人工审阅，但会将其用于模型训练。", "yes"),
])
def test_a_denial_naming_its_object_after_dui(analyser: Analyser, sentence: str,
                                              value: str) -> None:
    assert _training(analyser, "三、我们如何使用信息", sentence) == value


@pytest.mark.parametrize(("sentence", "value"), [
    # improving "our AI <service/product/…>" is improving a service, not training a model
    ("• 提供、维护和改进我们的AI图像生成服务", "not_stated"),
    ("我们使用收集的信息来改进我们的AI服务。", "not_stated"),
    ("我们会使用收集的信息优化我们的人工智能写作工具。", "not_stated"),
    # (the AI itself, or its models, is still a use)
    ("我们会使用您的对话来改进我们的AI模型和服务。", "yes"),
    ("我们会使用您的对话来改进我们的AI。", "yes"),
    ("您的提示词可能被用于优化我们的人工智能。", "yes"),
])
def test_improving_an_ai_service_is_not_training(analyser: Analyser, sentence: str,
                                                 value: str) -> None:
    assert _training(analyser, "二、我们如何使用您的信息", sentence) == value


@pytest.mark.parametrize(("heading", "sentence", "terms"), [
    # the rights of a translated notice, in the words of data rather than 个人信息
    ("您的权利", "您有权：\n\n- 访问您的个人数据\n- 更正不准确的数据\n- 反对处理您的数据\n- 数据可移植性",
     {"access", "correct", "restrict_object", "portability", "copy"}),
    ("您的权利", "您可以访问您的数据，也可以反对我们对您的数据进行处理。", {"access", "restrict_object"}),
    ("您的权利", "您享有数据携带权。", {"portability", "copy"}),
    # (Taiwan's 存取, read as 访问, of the data the handler holds)
    ("您的權利", "您有權：\n\n- 存取我們持有的您的個人資料。", {"access"}),
    ("您的权利", "您可以访问我们存储的关于您的数据。", {"access"}),
    ("帮助", "您可以访问我们保存的帮助中心文章。", set()),
    ("安全", "为防止未经授权访问我们存储的数据，我们采用加密。", set()),
])
def test_rights_in_the_words_of_a_translated_notice(analyser: Analyser, heading: str,
                                                     sentence: str, terms: set[str]) -> None:
    assert _terms(analyser, "rights", heading, sentence) == terms


@pytest.mark.parametrize(("sentence", "terms"), [
    # unsubscribing from marketing is an objection to it
    ("在获得您明确同意的情况下，我们会发送营销信息（您可以随时取消订阅）。", {"restrict_object"}),
    ("如您不想再收到活动邮件，您可以点击邮件底部的链接取消订阅。", {"restrict_object"}),
    # updating, managing, exporting and deleting named as a list of the user's powers
    ("本指引说明我们收集哪些数据，您也可以在设置中更新,管理,导出和删除这些数据。",
     {"correct", "copy", "delete"}),
    ("您可以查阅、更新您的账户资料。", {"access", "correct"}),
    # (updating one's settings is no correction of one's data)
    ("您可以随时更新您的隐私设置。", set()),
    ("您可以随时更新个性化设置。", set()),
])
def test_unsubscribing_and_updating_in_a_list(analyser: Analyser, sentence: str,
                                              terms: set[str]) -> None:
    assert _terms(analyser, "rights", "您的选择", sentence) == terms


@pytest.mark.parametrize(("sentence", "terms"), [
    # the ways the handler gives the user, named in the introduction
    ("本指引介绍我们怎样收集上述信息，还有我们为您提供的访问、更新、删除和保护上述信息的途径。",
     {"access", "correct", "delete"}),
    ("我们希望通过本政策说明我们如何使用信息，以及我们为您提供的查询、更正和删除这些信息的途径。",
     {"access", "correct", "delete"}),
    # (a service offered is no right)
    ("我们为您提供的查询服务由第三方运营。", set()),
])
def test_the_ways_given_to_the_user_in_the_introduction(analyser: Analyser, sentence: str,
                                                        terms: set[str]) -> None:
    assert _terms(analyser, "rights", "引言", sentence) == terms


@pytest.mark.parametrize(("sentence", "terms"), [
    # a Chinese list item with an upper-case word (IP, ID, GPS) is no title in capitals: the
    # items still stand under the lead-in that collects them
    ("我们会收集下列信息:\n\n- 技术信息(IP地址、浏览器类型、设备型号)\n- 账户资料(邮箱、用户名)",
     {"device", "usage_logs", "account", "contact"}),
    ("我们会收集：\n- 设备标识(如IMEI、OAID)\n- 位置信息(GPS定位)", {"device", "location"}),
    ("我们会收集：\n\n* 登录信息(ID、密码)\n* 网络信息(IP地址)", {"account", "usage_logs"}),
    # (under a lead-in that denies collecting, nothing)
    ("我们不会收集以下信息：\n- 技术数据(IP地址、设备信息)", set()),
])
def test_a_chinese_item_with_an_upper_case_word_keeps_its_lead(analyser: Analyser,
                                                                sentence: str,
                                                                terms: set[str]) -> None:
    assert _terms(analyser, "data_categories", "一、我们收集的信息", sentence) == terms


@pytest.mark.parametrize(("sentence", "terms"), [
    # an e-mail box named with the account's other fields, or as the user's own
    ("我们会收集账户信息(邮箱、用户名、订阅状态)。", {"contact", "account"}),
    ("注册时我们会收集您的邮箱。", {"contact"}),
    # (the handler's own mailbox is no data collected)
    ("如您有疑问，可以通过客服邮箱联系我们，我们会收集您的联系电话。", {"contact"}),
])
def test_a_bare_mailbox_among_account_fields(analyser: Analyser, sentence: str,
                                             terms: set[str]) -> None:
    assert _terms(analyser, "data_categories", "一、我们收集的信息", sentence) == terms


@pytest.mark.parametrize(("sentence", "term", "found"), [
    # the user's behaviour while using the service is usage data
    ("我们会收集您在使用模型时的行为信息以及您提供的反馈信息。", "usage_logs", True),
    ("我们会收集您的操作行为数据。", "usage_logs", True),
    ("我们会收集孩子的绘本阅读记录。", "usage_logs", True),
    ("使用情况：我们可能收集关于您怎样使用本产品及服务的信息。", "usage_logs", True),
    # social accounts, and Taiwan's 通訊錄 (read as 通信录)
    ("为完成一键分享，我们将收集您需要分享的社交账户。", "contacts_social", True),
    ("我們可能會收集您的通訊錄，以便您邀請好友。", "contacts_social", True),
    # Taiwan's 交易紀錄 (read as 交易纪录)
    ("若您購買點數，我們會收集點數餘額與交易紀錄。", "financial", True),
    # medicine named as a field of advice, not as data
    ("对于法律、医疗、金融等专业问题，本服务的回答不能代替专业人士的意见。", "health", False),
    ("本服务不提供医疗建议，如有需要请咨询医生。", "health", False),
    # (medical records are still health data)
    ("为提供问诊服务，我们会收集您的医疗记录。", "health", True),
])
def test_categories_of_real_wordings(analyser: Analyser, sentence: str, term: str,
                                     found: bool) -> None:
    assert (term in _terms(analyser, "data_categories", "一、我们收集的信息", sentence)) is found


@pytest.mark.parametrize(("heading", "sentence", "found"), [
    # a children's rule that applies to the PI of users under 14, or a part naming what it
    # collects of children: the handler processes children's PI
    ("未成年人个人信息保护规则", "本规则适用于不满十四周岁的未成年人用户的个人信息处理。", True),
    ("儿童隐私政策", "## 二、我们收集的儿童信息\n\n我们仅收集设备型号和操作系统版本。", True),
    # (a notice that keeps children out processes none)
    ("隐私政策", "本产品仅供成年人使用，我们不会收集不满十四周岁的儿童用户的个人信息。", False),
])
def test_a_childrens_rule_for_users_under_14(analyser: Analyser, heading: str, sentence: str,
                                             found: bool) -> None:
    assert ("minor_under_14" in _terms(analyser, "sensitive_categories", heading,
                                       sentence)) is found


@pytest.mark.parametrize(("sentence", "stated"), [
    # the handler's processing of an upload, then its deletion: a rule of keeping
    ("处理完成后,图片及临时文件将自动删除,不做长期保存。", True),
    ("识别请求处理完成后，音频文件会立即删除。", True),
    ("抠图完成后，原图将自动删除。", True),
    # (the user's own deleting is no rule of the handler's)
    ("处理完成后，您可以删除生成的图片。", False),
    # a list of the user's rights that ends in closing the account is no rule of keeping
    ("我们保障您对个人信息的访问、更正、删除以及撤回同意、注销的权利。", False),
    ("您享有查阅、复制、更正、删除个人信息及注销账号等权利。", False),
    # (deletion after closing the account still is)
    ("您注销账号后，我们将删除您的个人信息。", True),
])
def test_deletion_after_processing_and_a_list_of_rights(analyser: Analyser, sentence: str,
                                                        stated: bool) -> None:
    result = analyser.analyse("四、我们如何存储您的个人信息\n\n" + sentence)
    assert result["retention"]["stated"] is stated


@pytest.mark.parametrize(("sentence", "value"), [
    # a list item without a full stop that keeps data home still says so
    ("保存地点与期限:\n- 您的个人信息保存在中国境内的服务器中\n- 任务完成后,相关资料保存1年", "no"),
    ("存储：\n\n* 数据存储于中国大陆的服务器", "no"),
    # (a title naming the topic says nothing)
    ("四、跨境传输\n\n本节说明跨境传输的规则", "not_stated"),
])
def test_an_unpunctuated_item_keeping_data_home(analyser: Analyser, sentence: str,
                                               value: str) -> None:
    result = analyser.analyse("信息存储与保护\n\n" + sentence)
    assert result["cross_border"]["value"] == value


@pytest.mark.parametrize(("sentence", "found"), [
    # a glossary's entry of the sensitive kinds, its term said again after the colon, names kinds
    ("个人敏感信息:个人敏感信息:指身份证件号码、个人生物识别信息、银行账户、财产信息、行踪轨迹、交易记录、"
     "不满14周岁儿童的个人信息等。", False),
    ("敏感个人信息：例如生物识别、宗教信仰、医疗健康、金融账户、行踪轨迹等信息。", False),
    # (what the handler says it collects is collected)
    ("我们会收集您的人脸信息用于身份核验。", True),
])
def test_a_glossary_of_sensitive_kinds_is_no_collection(analyser: Analyser, sentence: str,
                                                       found: bool) -> None:
    result = analyser.analyse("第一部分 定义\n\n" + sentence)
    assert bool(result["sensitive_categories"]) is found


@pytest.mark.parametrize(("heading", "sentence", "terms"), [
    # the power named with its means ("只要登入…就能 存取、更新、移除及匯出…")
    ("說明", "家長登入帳戶後,便可 存取、更新、移除及匯出孩子的語音記錄。",
     {"access", "correct", "delete", "copy"}),
    ("设置", "在“设置-隐私”中即可查看、删除您的历史对话。", {"access", "delete"}),
    # consulting a named document is no right of access
    ("清单", "我们所收集个人信息的明细，您也可以查阅《已收集个人信息清单》。", set()),
    ("权限", "您可以查阅本政策附录了解权限的使用目的。", set()),
    ("您的权利", "您可以查阅您的个人信息。", {"access"}),
])
def test_powers_with_their_means_and_documents_consulted(analyser: Analyser, heading: str,
                                                         sentence: str, terms: set[str]) -> None:
    assert _terms(analyser, "rights", heading, sentence) == terms


@pytest.mark.parametrize(("sentence", "stated"), [
    # deletion after processing, said without 完成; deletion when the user deletes the account
    ("所有面部分析数据在处理后立即删除。", True),
    ("当您删除账号或我们不再需要这些信息时，我们会将其安全删除或做匿名化处理。", True),
    ("您删除账户后，我们将在15日内删除或匿名化您的个人信息。", True),
    # (the user's own deleting is none)
    ("您可以随时删除账号。", False),
])
def test_deletion_after_processing_or_the_accounts_deletion(analyser: Analyser, sentence: str,
                                                            stated: bool) -> None:
    result = analyser.analyse("四、我们如何存储您的个人信息\n\n" + sentence)
    assert result["retention"]["stated"] is stated


@pytest.mark.parametrize(("heading", "sentence", "terms"), [
    # the handler's automatic deletion is no right of the user's
    ("处理", "- 上传用于 AI 抠图的文件将自动删除,无需额外请求。", set()),
    ("存储", "识别请求处理完成后，音频文件会立即删除。", set()),
    ("存储", "超出必要期限后我们将删除您的信息，但您要求我们立即删除或注销账户的除外。",
     {"delete", "deregister_account"}),
    # (the user's own deleting beside it still is)
    ("您的权利", "您可以随时删除对话，已删除的内容会在30日后自动删除。", {"delete"}),
    # downloading what one generated is obtaining a copy
    ("您的权利", "您有权：\n- 下载您生成的图像(受储存限制约束)。", {"copy"}),
    ("您的权利", "您可以随时下载您创作的作品。", {"copy"}),
])
def test_automatic_deletion_and_downloading_ones_works(analyser: Analyser, heading: str,
                                                       sentence: str, terms: set[str]) -> None:
    assert _terms(analyser, "rights", heading, sentence) == terms
