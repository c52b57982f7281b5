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


@pytest.mark.parametrize(("text", "email"), [
    ("隐私政策\n\n如有疑问，请发送邮件至privacy@example-ai.cn与我们联系。", "privacy@example-ai.cn"),
    ("隐私政策\n\n个人信息保护负责人邮箱为dpo＠example-ai.cn。", "dpo@example-ai.cn"),
])
def test_zh_email_right_after_a_chinese_character(analyser: Analyser, text: str,
                                                  email: str) -> None:
    assert analyser.analyse(text)["handler"]["emails"] == [email]


@pytest.mark.parametrize(("text", "expected"), [
    ("Privacy Policy\n\nEffective Date: Feb. 15, 2026\n\nWe collect your e-mail.", "2026-02-15"),
    ("Privacy Policy\n\n*Last updated 3rd April 2026*\n\nWe collect your e-mail.", "2026-04-03"),
    ("Privacy Policy\n\nThis policy was revised Sept 9th, 2025.", "2025-09-09"),
    ("隐私政策\n\n本规则自2026年2月10日起施行。\n\n我们收集您的手机号码。", "2026-02-10"),
])
def test_abbreviated_months_ordinals_and_shixing(analyser: Analyser, text: str,
                                                 expected: str) -> None:
    assert analyser.analyse(text)["effective_date"] == expected


def test_a_month_abbreviation_needs_a_word_boundary(analyser: Analyser) -> None:
    # "Summer 1, 2026" is no date (it holds "mer 1, 2026", not a month)
    assert analyser.analyse("Privacy Policy\n\nUpdated for Summer 1, 2026 plans.")[
        "effective_date"] is None


def test_a_heading_line_before_a_company_is_not_its_name(analyser: Analyser) -> None:
    result = analyser.analyse("Privacy Policy\n\nWe are Quanta Labs, Inc.\n\nContact\nQuanta Labs, "
                              "Inc., 1 Main Street, Springfield, IL 62701 (\"Quanta\", \"we\")")
    assert result["handler"]["names"] == ["Quanta Labs, Inc."]
    assert result["handler"]["addresses"] == ["1 Main Street, Springfield, IL 62701"]


def test_a_public_body_the_notice_calls_we_is_the_handler(analyser: Analyser) -> None:
    result = analyser.analyse(
        "个人信息保护说明\n\n“小智”是青川市政务服务和数据管理局（以下简称“本局”）建设的智能问答助手，"
        "本局委托青川市数据运营有限公司负责运维。如有疑问，可拨打12345政务服务便民热线。")
    assert result["handler"]["names"] == ["青川市政务服务和数据管理局", "青川市数据运营有限公司"]
    assert result["handler"]["phones"] == ["12345"]


@pytest.mark.parametrize(("text", "age"), [
    ("Orion is rated 17+ on the app stores.", 17),
    ("You need to be 18 or over to use Sidekick.", 18),
])
def test_age_ratings_and_n_or_over(analyser: Analyser, text: str, age: int) -> None:
    result = analyser.analyse(text)["minors"]
    assert (result["value"], result["minimum_age"]) == (True, age)


@pytest.mark.parametrize("text", [
    "Your information may be processed in any country where we or our vendors operate.",
    "We may store data in countries whose data protection laws differ from yours.",
])
def test_any_country_where_we_operate_is_a_transfer(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == "yes"


def test_a_taiwan_notice_keeping_data_in_taiwan_is_no_transfer(analyser: Analyser) -> None:
    result = analyser.analyse("隱私權政策\n\n您的指令將傳送至我們位於臺灣的資料中心處理，不會傳輸至境外。")
    assert result["cross_border"]["value"] == "no"
    # from the mainland, the same move without the denial is a transfer
    result = analyser.analyse("隐私政策\n\n您的指令将传送至我们位于台湾的数据中心处理。")
    assert result["cross_border"]["value"] == "yes"


@pytest.mark.parametrize(("text", "age"), [
    ("隱私權政策\n\n本服務不適合十三歲以下兒童使用。", 13),
    ("隐私政策\n\n您须年满十六周岁方可注册。", 16),
])
def test_zh_ages_in_chinese_numerals(analyser: Analyser, text: str, age: int) -> None:
    assert analyser.analyse(text)["minors"]["minimum_age"] == age


def test_zh_recommendation_after_a_comma(analyser: Analyser) -> None:
    result = analyser.analyse("「小晴」會根據您的行事曆、常用App與所在位置，主動推薦您可能需要的服務。")
    assert result["automated_decision"]["value"] is True


def test_in_force_dates_bracketed_titles_toll_free_numbers(analyser: Analyser) -> None:
    result = analyser.analyse("ECHO PRIVACY NOTICE\nVersion 4 | In force from 1 July 2026\n\n"
                              "We keep your recordings.")
    assert result["effective_date"] == "2026-07-01"
    result = analyser.analyse("【晴光隱私權政策】\n\n服務專線：0800-123-456")
    assert result["title"] == "晴光隱私權政策"
    assert result["handler"]["phones"] == ["0800-123-456"]


def test_an_international_data_transfer_agreement_is_a_transfer(analyser: Analyser) -> None:
    result = analyser.analyse("Our partner in India accesses samples under the UK International "
                              "Data Transfer Agreement.")
    assert result["cross_border"]["value"] == "yes"


def test_day_first_dotted_dates_and_supplement_titles(analyser: Analyser) -> None:
    result = analyser.analyse("Privacy Policy — Kestrel\n\nEffective 01.03.2026 · Previous version\n\n"
                              "We collect your e-mail address.")
    assert result["effective_date"] == "2026-03-01"
    result = analyser.analyse("灵犀输入法AI帮写功能补充说明\n\n发布日期：2026年3月1日\n\n"
                              "本补充说明是《灵犀输入法隐私政策》的组成部分。")
    assert result["title"] == "灵犀输入法AI帮写功能补充说明"


def test_a_sentence_naming_the_policy_is_no_title(analyser: Analyser) -> None:
    assert analyser.analyse("如您继续使用本服务，即表示您同意本《隐私政策》。")["title"] == ""


@pytest.mark.parametrize(("text", "age"), [
    ("Kestrel Personal is available to users 16+.", 16),
    ("If you are under 18, a parent or guardian must agree to these terms.", None),
])
def test_users_n_plus_and_parent_or_guardian(analyser: Analyser, text: str,
                                             age: int | None) -> None:
    result = analyser.analyse(text)["minors"]
    assert result["value"] is True
    assert result["minimum_age"] == age


@pytest.mark.parametrize(("text", "expected"), [
    ("Privacy Notice\n\nDate of last revision: 2 March 2026\n\nWe collect your e-mail.",
     "2026-03-02"),
    ("隐私政策\n\n版本日期：2026年3月2日\n\n我们收集您的手机号码。", "2026-03-02"),
])
def test_last_revision_and_banben_riqi(analyser: Analyser, text: str, expected: str) -> None:
    assert analyser.analyse(text)["effective_date"] == expected


def test_zh_research_and_optimisation_of_ai_services_is_training(analyser: Analyser) -> None:
    result = analyser.analyse("您与智能客服的对话数据可能被我们用于生成式人工智能服务的研发与优化。")
    assert result["model_training"]["value"] == "yes"


@pytest.mark.parametrize("text", [
    "我们会根据您的浏览和购买记录为您打上兴趣标签，用于向您展示商品。",
    "我们会通过算法对您的信用状况进行评估，以决定是否向您提供先用后付服务。",
    "We use automated scoring to decide whether to approve your application for credits.",
])
def test_interest_tags_and_automated_scoring(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_people_who_are_18_plus(analyser: Analyser) -> None:
    result = analyser.analyse("Lyra is only for people who are 18+.")["minors"]
    assert (result["value"], result["minimum_age"]) == (True, 18)


@pytest.mark.parametrize(("line", "expected"), [
    ("Last updated: 14/02/2026", "2026-02-14"),
    ("Effective Date: 11/13/2024", "2024-11-13"),
    ("Effective Date: 03/04/2026", None),  # day or month first: not read
])
def test_slashed_dates_read_only_when_unambiguous(analyser: Analyser, line: str,
                                                  expected: str | None) -> None:
    result = analyser.analyse(f"Privacy notice\n\n{line}\n\nWe collect your e-mail address.")
    assert result["effective_date"] == expected


def test_transfer_to_a_named_country_and_notes_as_content(analyser: Analyser) -> None:
    result = analyser.analyse("We may transfer personal data to our group companies in Canada "
                              "and Australia.\n\nWe do not train third-party models on your notes.")
    assert result["cross_border"]["value"] == "yes"
    assert result["model_training"]["value"] == "no"


def test_content_used_to_personalise_your_suggestions(analyser: Analyser) -> None:
    result = analyser.analyse("Notes you write are used to personalise your suggestions.")
    assert result["automated_decision"]["value"] is True


def test_zh_outside_mainland_china_guess_you_like_and_algorithm_tuning(analyser: Analyser) -> None:
    assert analyser.analyse("我们不会将您的个人信息传输至中国大陆以外。")["cross_border"]["value"] == "no"
    result = analyser.analyse("首页的猜你喜欢栏目会根据您的浏览记录展示内容。")
    assert result["automated_decision"]["value"] is True
    assert analyser.analyse("您的对话内容可能用于算法调优。")["model_training"]["value"] == "yes"
