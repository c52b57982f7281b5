"""Hard-wrapped Chinese text (a PDF's text layer): line breaks inside sentences are taken out,
and clause offsets still point into the text as written. The fixtures are written for the
project."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices.analyser import Analyser
from consent_ledger.notices.han_wrap import Offsets, join_han_lines, without

NOTICE = """\
某某智能助手个人信息保护政策

一、我们如何收集和使用您的个人信息

在您注册账号时，我们会收集您的手机号码和昵称，用于创建账号、验证身份并向您提供对话服务。在您使用语音输入功能时，我们会收集您的语音信息，并通过声纹识别技术处理。我们不会将您的对话内容用于训练我们的模型。

二、我们如何保存您的个人信息

我们在中华人民共和国境内运营中收集和产生的个人信息，将存储在中华人民共和国境内。您的对话记录将保存至您删除对话或注销账号之日，注销账号后我们将在十五个工作日内删除您的个人信息。

三、您的权利

您可以通过“设置-账号与安全”查阅、复制、更正或删除您的个人信息，也可以撤回您的同意或注销账号。如您对本政策有任何疑问，可以发送邮件至privacy@example.cn与我们联系。
"""


def _wrap(text: str, width: int) -> str:
    """*text* hard-wrapped as a PDF's text layer would give it: each paragraph cut into lines of
    *width* characters."""
    return "\n".join(textwrap.fill(line, width) if line else line for line in text.split("\n"))


def _jagged(text: str, widths: tuple[int, ...] = (40, 43, 37, 44, 41, 39)) -> str:
    """*text* cut into lines of varying widths, as a proportional font sets a PDF's lines (full-
    width marks and Latin letters take different room)."""
    out = []
    for paragraph in text.split("\n"):
        k = 0
        while len(paragraph) > widths[k % len(widths)]:
            cut = widths[k % len(widths)]
            out.append(paragraph[:cut])
            paragraph = paragraph[cut:]
            k += 1
        out.append(paragraph)
    return "\n".join(out)


def _terms(result: dict[str, object]) -> dict[str, object]:
    return {key: result[key] for key in ("data_categories", "sensitive_categories", "rights",
                                         "retention", "cross_border", "model_training")}


def _without_ids(value: object) -> object:
    """A term's value with its evidence left out (clause ids differ once sentences are whole)."""
    if isinstance(value, list):
        return sorted(entry["term"] for entry in value)
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if k != "evidence"}
    return value


def test_a_wrapped_notice_reads_as_the_unwrapped_one(analyser: Analyser) -> None:
    whole = analyser.analyse(NOTICE)
    for width in (24, 38, 41, 0):
        wrapped = _wrap(NOTICE, width) if width else _jagged(NOTICE)
        joined, removed = join_han_lines(wrapped)
        assert removed, width
        assert joined == NOTICE
        result = analyser.analyse(wrapped)
        got = {k: _without_ids(v) for k, v in _terms(result).items()}
        assert got == {k: _without_ids(v) for k, v in _terms(whole).items()}, width
        assert result["handler"]["emails"] == ["privacy@example.cn"]
        # every clause's offsets slice the text as written, line breaks and all
        texts = [wrapped[c["start"]:c["end"]].replace("\n", "") for c in result["clauses"]]
        assert texts == [NOTICE[c["start"]:c["end"]] for c in whole["clauses"]]


def test_wrapping_no_longer_splits_a_training_denial(analyser: Analyser) -> None:
    denial = "我们不会将您的对话内容用于训练我们的模型"
    split = [width for width in range(20, 45)
             if denial not in _wrap(NOTICE, width)
             and denial in _wrap(NOTICE, width).replace("\n", "")]
    assert split  # (widths that cut the denial in two lines)
    for width in split:
        result = analyser.analyse(_wrap(NOTICE, width))
        assert result["model_training"]["value"] == "no", width
        assert result["cross_border"]["value"] == "no", width


def test_a_markdown_notice_is_left_alone() -> None:
    markdown = ("# 隐私政策\n\n## 一、收集的信息\n\n- 设备信息\n- 位置信息\n\n"
                "我们会收集您的设备信息，用于保障账号安全\n我们会收集您的位置信息，用于推荐附近的服务\n"
                "| 信息 | 目的 |\n| --- | --- |\n| 手机号 | 注册账号 |\n")
    assert join_han_lines(markdown) == (markdown, [])
    assert join_han_lines(NOTICE) == (NOTICE, [])
    # a paragraph to a line, headings right above their paragraphs (a PDF of a web page)
    dense = "\n".join([NOTICE.replace("\n\n", "\n")] * 3)
    assert join_han_lines(dense) == (dense, [])
    assert join_han_lines("We collect data\nabout you\n") == ("We collect data\nabout you\n", [])


def test_list_items_and_headings_after_a_full_line_stay_apart() -> None:
    line = "我们会收集您的设备型号、操作系统版本、设备设置、唯一设备标识符"
    text = "\n".join([line, "等信息", line, "等信息", line, "等信息", line, "（一）账号信息", line,
                      "2. 位置信息"])
    joined, removed = join_han_lines(text)
    assert "符等信息" in joined
    assert "\n（一）账号信息" in joined and "\n2. 位置信息" in joined
    assert len(removed) == 3


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="我们收集您的信息用于提供服务，并保存至注销账号。AI数据1", min_size=1,
                        max_size=120), min_size=1, max_size=6),
       st.integers(min_value=16, max_value=50))
def test_offsets_map_back_to_the_same_characters(paragraphs: list[str], width: int) -> None:
    text = _wrap("\n\n".join(paragraphs), width)
    joined, removed = join_han_lines(text)
    assert len(joined) == len(text) - len(removed)
    assert all(text[at] == "\n" for at in removed)
    assert without(text, removed) == joined
    offsets = Offsets(removed)
    for k, char in enumerate(joined):
        assert text[offsets.start(k)] == char
    for end in range(1, len(joined) + 1):
        assert text[offsets.end(end) - 1] == joined[end - 1]
    assert offsets.end(0) == 0


def test_traditional_wrapped_text_quotes_names_as_written(analyser: Analyser) -> None:
    notice = ("某某資訊科技股份有限公司個人資料保護政策\n\n"
              "本公司（某某資訊科技股份有限公司）在您註冊帳號時會蒐集您的手機號碼與電子郵件地址，"
              "用於建立帳號並提供對話服務。您的對話紀錄將保存至您刪除對話或註銷帳號之日。"
              "我們不會將您的對話內容用於訓練模型。如有疑問請寄信至privacy@example.tw。\n")
    result = analyser.analyse(_wrap(notice, 26))
    assert result["handler"]["emails"] == ["privacy@example.tw"]
    for name in result["handler"]["names"]:
        assert "\n" not in name and name in notice.replace("\n", "")
    assert result["retention"]["stated"] is True
