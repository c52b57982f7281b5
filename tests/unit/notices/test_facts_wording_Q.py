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
