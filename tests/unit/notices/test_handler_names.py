"""The handler's name comes first among the companies a notice names: the one it calls "we",
however often it names others (an SDK's provider, an analytics vendor). The fixtures are texts
written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _names(analyser: Analyser, text: str) -> list[str]:
    return list(analyser.analyse(text)["handler"]["names"])


def test_the_company_called_we_comes_first_in_chinese(analyser: Analyser) -> None:
    sdk = ("* **第三方主体**：深圳市某某计算机系统有限公司\n"
           "* **收集的个人信息**：设备标识符\n")
    text = ("# 用户隐私协议\n\n"
            "以下协议详细介绍了北京某某智能科技有限公司（以下简称“我们”）会如何收集、使用您的个人信息。\n\n"
            "## 第三方SDK\n\n" + sdk * 3)
    names = _names(analyser, text)
    assert names[0] == "北京某某智能科技有限公司"  # (not "以下协议详细介绍了北京…")
    assert "深圳市某某计算机系统有限公司" not in names  # (a third party's, named as such)


def test_a_name_after_what_the_notice_means_by_we(analyser: Analyser) -> None:
    text = ("# Privacy Policy\n\n"
            'Company (referred to as either "the Company", "We", "Us" or "Our") means Acme AI, '
            "Inc., a Delaware corporation.\n\n"
            "We use Google Inc. for analytics. Google Inc. may set cookies. See Google Inc. for "
            "details, and Google Inc. for its own policy.\n")
    names = _names(analyser, text)
    assert names[:2] == ["Acme AI, Inc.", "Google Inc."]


def test_a_name_inside_a_bracket_that_says_who_is_meant(analyser: Analyser) -> None:
    text = ("# 隐私政策\n\n"
            "欢迎您使用我们的产品和服务！某某公司（本隐私政策中指北京某某网讯科技有限公司及其关联公司）"
            "深知个人信息对您的重要性。\n\n我们会收集您的手机号码。\n")
    assert _names(analyser, text)[0] == "北京某某网讯科技有限公司"


def test_without_an_alias_the_most_named_company_comes_first(analyser: Analyser) -> None:
    text = ("# Privacy Policy\n\nThis policy is published by Orion Labs, Inc. Orion Labs, Inc. "
            "runs the app; questions go to Orion Labs, Inc. by e-mail. We host data with Nimbus "
            "Cloud Inc.\n")
    assert _names(analyser, text) == ["Orion Labs, Inc.", "Nimbus Cloud Inc."]


def test_a_brand_in_the_title_names_a_handler_without_a_legal_name(analyser: Analyser) -> None:
    text = ("Nimbus Notes Web Privacy Policy\n===============================\n\n"
            "Nimbus Notes respects your privacy. We collect your e-mail address to run your "
            "account.\n")
    assert _names(analyser, text) == ["Nimbus Notes"]  # ("Web" names the kind of notice)
    # a legal name wins over the brand
    assert _names(analyser, text + "\nThe service is run by Nimbus Labs, Inc.\n") == [
        "Nimbus Labs, Inc."]


def test_a_brazilian_ltda_is_a_company(analyser: Analyser) -> None:
    text = ('# Privacy Notice\n\nTessera Tecnologia Ltda. ("Tessera", "we") is the controller of '
            "your personal data. We collect your CPF and e-mail address.\n")
    assert _names(analyser, text) == ["Tessera Tecnologia Ltda."]


@pytest.mark.parametrize(("title", "brand"), [
    ("Kindred — Privacy Policy", "Kindred"),
    ("Privacy at Murmur", "Murmur"),
    ("Lumora Studio Privacy Policy", "Lumora Studio"),
])
def test_title_forms_naming_the_brand(analyser: Analyser, title: str, brand: str) -> None:
    text = f"# {title}\n\n{brand} records your meetings. We collect your e-mail address.\n"
    assert _names(analyser, text) == [brand]


def test_a_statements_lead_in_is_no_part_of_the_name(analyser: Analyser) -> None:
    text = ('# 隐私声明\n\n本声明说明北京某灵未来信息技术有限公司（"某灵"）在您使用插件时如何处理您的个人信息。\n')
    assert _names(analyser, text) == ["北京某灵未来信息技术有限公司"]
