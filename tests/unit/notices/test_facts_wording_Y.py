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
    ("本政策帮助您了解我们收集的数据，以及您可以如何更新,管理,导出和删除这些信息。",
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
    ("本政策旨在向您说明我们如何收集这些信息，以及我们为您提供的访问、更新、删除和保护这些信息的方式。",
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
    ("我们收集以下信息:\n\n- 技术数据(IP地址、浏览器类型、设备信息)\n- 账户信息(邮箱、用户名)",
     {"device", "usage_logs", "account"}),
    ("我们会收集：\n- 设备标识(如IMEI、OAID)\n- 位置信息(GPS定位)", {"device", "location"}),
    ("我们会收集：\n\n* 登录信息(ID、密码)\n* 网络信息(IP地址)", {"account", "usage_logs"}),
    # (under a lead-in that denies collecting, nothing)
    ("我们不会收集以下信息：\n- 技术数据(IP地址、设备信息)", set()),
])
def test_a_chinese_item_with_an_upper_case_word_keeps_its_lead(analyser: Analyser,
                                                                sentence: str,
                                                                terms: set[str]) -> None:
    assert _terms(analyser, "data_categories", "一、我们收集的信息", sentence) == terms
