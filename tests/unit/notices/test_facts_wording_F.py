"""Document terms on wordings from the fourth round of probe notices (helper fixB): model
training, cross-border transfer, automated decisions and handler identity. The fixtures are
sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("text", "opt_out"), [
    ("Privacy FAQ\n\nIs my text used to train our AI?\n\nFree-tier texts may be used to improve "
     "our translation models after names are removed. Free users can opt out under Settings.",
     True),
    ("Privacy notice\n\nSubmitted translations may be used to refine our language models.", False),
])
def test_texts_and_translations_are_content_used_for_training(analyser: Analyser, text: str,
                                                              opt_out: bool) -> None:
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes"
    assert training["opt_out"] is opt_out


def test_fine_tuning_a_model_for_the_customer_is_not_training_the_handlers_models(
        analyser: Analyser) -> None:
    text = ("平台数据处理说明\n\n"
            "| 数据类型 | 内容 | 处理目的 |\n| --- | --- | --- |\n"
            "| 精调数据 | 客户上传的训练数据集 | 仅用于为该客户精调专属模型 |\n\n"
            "我们不会使用客户的调用数据和精调数据训练或改进我们的通用模型。\n\n"
            "客户可以在控制台查看调用日志、删除精调数据集。")
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "no"
    # the same table row, in a notice that also trains its own models on the data, is a "yes"
    text_yes = text.replace("仅用于为该客户精调专属模型", "用于为该客户精调专属模型，并用于改进我们的通用模型")
    text_yes = text_yes.replace("我们不会使用客户的调用数据和精调数据训练或改进我们的通用模型。\n\n", "")
    assert analyser.analyse(text_yes)["model_training"]["value"] == "yes"


def test_the_users_own_fine_tuning_files_are_not_a_training_statement(
        analyser: Analyser) -> None:
    text = ("Platform privacy notice\n\nYou can upload fine-tuning files and delete your training "
            "datasets in the console at any time.")
    assert analyser.analyse(text)["model_training"]["value"] == "not_stated"
    text = ("Platform privacy notice\n\nWe fine-tune your custom model only on the data you upload; "
            "we do not use it to train our foundation models.")
    assert analyser.analyse(text)["model_training"]["value"] == "no"


@pytest.mark.parametrize("text", [
    "We engage subprocessors for cloud hosting (US and EU regions) and payment processing.",
    "Our suppliers process data for us under contract: cloud hosting (Ireland), email delivery "
    "and customer support.",
    "Your conversations are kept in data centres in Frankfurt and Virginia.",
])
def test_hosting_named_by_region_or_city_is_cross_border(analyser: Analyser, text: str) -> None:
    assert analyser.analyse("Privacy notice\n\n" + text)["cross_border"]["value"] == "yes"


def test_hosting_in_a_region_with_a_denial_elsewhere_stays(analyser: Analyser) -> None:
    text = ("Privacy notice\n\nWe use cloud hosting (Germany) for all data. We do not transfer "
            "personal data outside the European Union.")
    assert analyser.analyse(text)["cross_border"]["value"] == "no"


@pytest.mark.parametrize(("text", "value"), [
    ("隐私政策\n\n经您同意，我们会使用设备标识符向您展示个性化广告。", True),
    ("隐私政策\n\n我们不会向您展示个性化广告。", False),
    ("隐私政策\n\n| 功能 | 信息 | 用途 | 方式 |\n| --- | --- | --- | --- |\n"
     "| 附近推荐 | 精确位置信息 | 推荐附近的餐厅和景点 | 经授权后自动收集 |", True),
    ("Privacy notice\n\nThe symptom checker uses an algorithm to suggest possible conditions and "
     "a level of care.", True),
    ("Privacy notice\n\nWe do not use algorithms to assess you or make decisions about you.",
     False),
])
def test_personalised_ads_nearby_recommendations_and_algorithmic_suggestions(
        analyser: Analyser, text: str, value: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is value


def test_a_partner_company_is_not_a_handler_name(analyser: Analyser) -> None:
    text = ("个人信息处理规则\n\n运营方：杭州某某互娱网络科技有限公司\n\n"
            "语音合成由我们的合作方“某某语音科技有限公司”按照我们的委托提供技术服务。")
    assert analyser.analyse(text)["handler"]["names"] == ["杭州某某互娱网络科技有限公司"]
    # named alone, the partner is still the only company the notice names
    alone = "个人信息处理规则\n\n语音合成由我们的合作方“某某语音科技有限公司”提供。"
    assert analyser.analyse(alone)["handler"]["names"] == ["某某语音科技有限公司"]


@pytest.mark.parametrize(("text", "name"), [
    ("Privacy Notice\n\nNorthwind SA, Avenue Louise 250, 1050 Brussels, Belgium (\"we\") is the "
     "controller.", "Northwind SA"),
    ("# Supplemental Notice for California Residents — Halden AI\n\nThis notice supplements the "
     "Halden AI Privacy Policy and applies only to residents of California.", "Halden AI"),
    ("Privacy Notice\n\nBrightloom (\"we\", \"us\") offers an AI writing assistant.",
     "Brightloom"),
])
def test_handler_named_as_sa_or_by_brand(analyser: Analyser, text: str, name: str) -> None:
    assert analyser.analyse(text)["handler"]["names"] == [name]


def test_a_brand_is_not_read_where_a_company_is_named(analyser: Analyser) -> None:
    text = ("Privacy Notice\n\nThis supplements the Halden AI Privacy Policy. Halden AI is a "
            "service of Halden Labs, Inc.")
    assert analyser.analyse(text)["handler"]["names"] == ["Halden Labs, Inc."]
    generic = "Privacy Notice\n\nThis supplements our California Privacy Notice."
    assert analyser.analyse(generic)["handler"]["names"] == []


@pytest.mark.parametrize("text", [
    "Contact our Privacy Officer at privacy@example.com.au or on 1300 555 012.",
    "For privacy questions, email privacy@example.com.au or ring us on +61 2 9876 5432.",
])
def test_phone_after_or_on_and_ring_us(analyser: Analyser, text: str) -> None:
    assert analyser.analyse("Privacy notice\n\n" + text)["handler"]["phones"]


def test_a_quoted_menu_path_is_no_statement_of_personalised_ads(analyser: Analyser) -> None:
    text = "隐私政策\n\n您可以进入“设置-隐私-个性化广告”页面，关闭个性化广告功能。"
    result = analyser.analyse(text)["automated_decision"]
    assert result["value"] is False


def test_a_brand_named_as_another_policy_to_see_is_not_the_handler(analyser: Analyser) -> None:
    text = ("You may opt out of targeted ads. For more on how Brightloom Ads collects data, "
            "please see the Brightloom Ads Privacy Statement.")
    assert analyser.analyse(text)["handler"]["names"] == []


def test_a_way_to_stop_receiving_personalised_ads_is_a_right_not_a_statement(
        analyser: Analyser) -> None:
    text = "隐私政策\n\n如您希望停止接收个性化广告，可在设置中关闭相关开关。"
    assert analyser.analyse(text)["automated_decision"]["value"] is False


@pytest.mark.parametrize(("text", "address"), [
    ("私隱政策\n\n聯絡我們\n\n香港九龍觀塘道388號創紀之城1期15樓1502室",
     "香港九龍觀塘道388號創紀之城1期15樓1502室"),
    ("隐私政策\n\n适用主体：成都某某科技有限公司，注册于四川省成都市高新区天府大道中段666号。",
     "四川省成都市高新区天府大道中段666号"),
    ("Privacy notice\n\nWrite to: Privacy Officer, Caremind Health, Inc., PO Box 1234, Boston, "
     "MA 02110", "PO Box 1234, Boston, MA 02110"),
    ("Privacy notice\n\nHoshizora AI K.K., 2-4-1 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan",
     "2-4-1 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan"),
])
def test_addresses_without_an_address_word(analyser: Analyser, text: str, address: str) -> None:
    assert analyser.analyse(text)["handler"]["addresses"] == [address]


def test_a_hong_kong_street_in_prose_stops_at_the_number(analyser: Analyser) -> None:
    text = "私隱政策\n\n我們位於香港灣仔告士打道100號的辦事處處理閣下的查詢。"
    assert analyser.analyse(text)["handler"]["addresses"] == ["香港灣仔告士打道100號"]


def test_replies_made_to_fit_the_user_from_what_they_said_are_profiling(
        analyser: Analyser) -> None:
    text = ("个人信息处理规则\n\n我们会基于聊天内容为角色生成长期记忆（如您的喜好），使角色的回复更贴合您。")
    assert analyser.analyse(text)["automated_decision"]["value"] is True


@pytest.mark.parametrize(("text", "emails"), [
    ("Lyra Software Inc. operates Lyra. Reach our privacy team: privacy @ lyra-software . com",
     ["privacy@lyra-software.com"]),
    ("Write to our privacy team at privacy@example.com . Then we will reply.",
     ["privacy@example.com"]),
])
def test_an_address_with_spaced_dots(analyser: Analyser, text: str, emails: list[str]) -> None:
    assert analyser.analyse("Privacy notice\n\n" + text)["handler"]["emails"] == emails


@pytest.mark.parametrize(("text", "names"), [
    ("Sidekick is built into Lumen Browser. Lumen Browser AS (org. no. 912 345 678), Oslo, is "
     "responsible for the processing.", ["Lumen Browser AS"]),
    ("Nordfjord Data ASA processes your data.", ["Nordfjord Data ASA"]),
    ("THE WEBSITE AND APPS, COLLECTIVELY REFERRED TO AS THE SERVICES, ARE OFFERED TO ADULTS.", []),
])
def test_nordic_suffixes_and_a_sentence_before_the_name(analyser: Analyser, text: str,
                                                        names: list[str]) -> None:
    assert analyser.analyse("Privacy notice\n\n" + text)["handler"]["names"] == names


@pytest.mark.parametrize(("text", "address"), [
    ("Echoline Audio Ltd, Unit 5, Riverside Park, Cambridge CB4 0WS, United Kingdom.",
     "Unit 5, Riverside Park, Cambridge CB4 0WS, United Kingdom"),
    ("Postal address: Flat 2, 14 Garden Row, London SE1 6HQ.",
     "Flat 2, 14 Garden Row, London SE1 6HQ"),
])
def test_uk_addresses_found_by_the_postcode(analyser: Analyser, text: str, address: str) -> None:
    assert address in analyser.analyse("Privacy notice\n\n" + text)["handler"]["addresses"]
