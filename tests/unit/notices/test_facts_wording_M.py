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
