"""Document terms on wordings from the third round of probe notices (helper B): handler identity,
title and date, model training, cross-border transfer and automated decisions. The fixtures are
sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("text", "address"), [
    ("Privacy notice\n\nThis notice is given by Brennholz Analytics GmbH, Hauptstraße 12, "
     "10115 Berlin, Germany (\"we\").", "Hauptstraße 12, 10115 Berlin, Germany"),
    ("Privacy notice\n\nRegistered office: Prinsengracht 80, 1015 DV Amsterdam, the Netherlands "
     "(trade register no. 1234).", "Prinsengracht 80, 1015 DV Amsterdam, the Netherlands"),
    ("Privacy notice\n\nWe are Fjord Tale AB, Drottninggatan 7, 111 51 Stockholm.",
     "Drottninggatan 7, 111 51 Stockholm"),
])
def test_street_number_postcode_town_addresses(analyser: Analyser, text: str,
                                               address: str) -> None:
    assert address in analyser.analyse(text)["handler"]["addresses"]


@pytest.mark.parametrize(("text", "address"), [
    ("隐私政策\n\n杭州某某智能有限公司（注册地址：浙江省杭州市西湖区文三路90号5楼，以下简称“我们”）"
     "提供本服务。", "浙江省杭州市西湖区文三路90号5楼"),
    ("隐私政策\n\n本服务由成都某某科技有限公司运营，住所地为四川省成都市高新区天府大道100号。",
     "四川省成都市高新区天府大道100号"),
])
def test_zh_address_without_the_alias_and_after_zhusuo(analyser: Analyser, text: str,
                                                       address: str) -> None:
    assert analyser.analyse(text)["handler"]["addresses"] == [address]


def test_a_zh_notice_of_a_foreign_company_names_it_in_latin_letters(analyser: Analyser) -> None:
    result = analyser.analyse("隐私声明（中文译本）\n\nLumenfield AI SE 是您个人数据的控制者。"
                              "我们会收集您的电子邮件地址。")
    assert result["handler"]["names"] == ["Lumenfield AI SE"]
    # a Chinese company name still comes first where the notice gives one
    result = analyser.analyse("隐私政策\n\n深圳某某科技有限公司是 Lumenfield AI SE 在中国的代理人。")
    assert result["handler"]["names"] == ["深圳某某科技有限公司"]


@pytest.mark.parametrize(("text", "phone"), [
    ("隱私權聲明\n\n客服專線：(02)8765-4321（週一至週五）", "(02)8765-4321"),
    ("隐私政策\n\n如有疑问，请拨打服务专线（021）6123 4567。", "（021）6123 4567"),
])
def test_area_code_in_brackets_and_a_service_line(analyser: Analyser, text: str,
                                                  phone: str) -> None:
    assert analyser.analyse(text)["handler"]["phones"] == [phone]


@pytest.mark.parametrize(("text", "expected"), [
    ("個人資料保護聲明\n\n最後修訂日期：中華民國114年12月5日\n\n本公司蒐集您的電子郵件。", "2025-12-05"),
    ("隐私政策\n\n更新日期：民国115年3月1日", "2026-03-01"),
    ("Privacy notice\nRevised: 2026-04-30\n\nWe collect your e-mail address.", "2026-04-30"),
    ("Privacy notice\n\nLast reviewed: 7 May 2026\n\nWe collect your e-mail address.",
     "2026-05-07"),
])
def test_roc_years_and_revised_or_reviewed_dates(analyser: Analyser, text: str,
                                                 expected: str) -> None:
    assert analyser.analyse(text)["effective_date"] == expected


def test_a_supplement_is_a_title(analyser: Analyser) -> None:
    result = analyser.analyse("Orbit Mail — Smart Reply Addendum\n\nWe process the e-mails you "
                              "ask Smart Reply to answer.")
    assert result["title"] == "Orbit Mail — Smart Reply Addendum"


@pytest.mark.parametrize(("text", "value", "opt_out"), [
    ("Selected audio clips may be used to refine our speech recognition and language models. "
     "You can stop this at any time in Settings.", "yes", True),
    ("Customer files are not used to train Orbit's or any partner's foundation models.", "no",
     False),
    ("Student chats are excluded from model training.", "no", False),
    ("We exclude workspace content from model training.", "no", False),
    ("Chats from free accounts may be used to train the assistant.", "yes", False),
])
def test_training_wordings(analyser: Analyser, text: str, value: str, opt_out: bool) -> None:
    training = analyser.analyse(text)["model_training"]
    assert (training["value"], training["opt_out"]) == (value, opt_out)


def test_used_to_train_staff_is_not_model_training(analyser: Analyser) -> None:
    result = analyser.analyse("Recordings of support calls may be used to train our staff.")
    assert result["model_training"]["value"] == "not_stated"


@pytest.mark.parametrize(("text", "value"), [
    ("Your voice notes never leave the European Union.", "no"),
    ("Requests may be routed to another region for processing when capacity is short.", "yes"),
])
def test_cross_border_wordings(analyser: Analyser, text: str, value: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == value


@pytest.mark.parametrize("text", [
    "The app infers your mood from your journal entries to time its reminders.",
    "Orbit may suggest replies based on the messages you have previously sent.",
    "本输入法会依据您的输入习惯调整候选词的排序。",
])
def test_inferences_and_suggestions_from_past_use_are_automated(analyser: Analyser,
                                                               text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True
