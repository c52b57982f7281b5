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
