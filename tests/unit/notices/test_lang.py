"""Language detection: the byte-level Han count is the regex count, and the decisions it feeds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices.lang import SAMPLE_CHARS, detect, han_count, is_chinese

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# the edges of each Han range and of its neighbours, in every UTF-8 first byte the count reads
EDGES = ("\u2fff\u3000\u33ff\u3400\u3fff\u4000\u4dbf\u4dc0\u4dff\u4e00\u4fff\u5000\u9fff\ua000"
         "\uefff\uf000\uf8ff\uf900\ufaff\ufb00\uffff\ud800\udfff\U00020000中文a Zé’")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=40)
       | st.text(alphabet=EDGES, max_size=40))
def test_han_count_is_the_regex_count(text: str) -> None:
    assert han_count(text) == len(_HAN.findall(text))


def test_every_code_point_is_counted_as_the_regex_would() -> None:
    text = "".join(chr(c) for c in range(0x110000))
    assert han_count(text) == len(_HAN.findall(text)) == 0x4DBF - 0x3400 + 1 + 0x9FFF - 0x4E00 + 1 \
        + 0xFAFF - 0xF900 + 1


def test_detect_weighs_han_characters_against_latin_words() -> None:
    assert detect("我们收集您的手机号码用于登录 ChatGPT 和 API") == "zh"
    assert detect("We collect your email address to run the 服务 and answer you.") == "en"
    assert detect("1234 !!", default="zh") == "zh"
    # a long text is read from a sample of its start, middle and end
    assert detect("We keep data. " * (SAMPLE_CHARS // 10) + "我们" * 10) == "en"


def test_is_chinese_needs_two_han_characters_outweighing_latin_words() -> None:
    assert is_chinese("我们不会出售您的个人信息。")
    assert not is_chinese("We do not sell data to 第三方 partners or advertisers today.")
    assert not is_chinese("“Quoted” English only.")
    assert not is_chinese("中 only one")
