"""Segmentation into clauses: punctuation, numbering, headings, tables, offsets, long runs."""

from __future__ import annotations

from consent_ledger.notices.segment import MAX_CLAUSE, segment


def pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def test_chinese_full_width_punctuation() -> None:
    text = "我们收集您的手机号。我们使用它登录；您可以拒绝！是否共享？不会。"
    assert pieces(text) == ["我们收集您的手机号。", "我们使用它登录；", "您可以拒绝！", "是否共享？", "不会。"]


def test_half_width_punctuation_after_han_ends_a_sentence() -> None:
    assert pieces("我们收集信息;我们保存信息!") == ["我们收集信息;", "我们保存信息!"]


def test_english_sentences_and_abbreviations() -> None:
    text = ("We collect data, e.g. your name, from Example Inc. and others. We keep it. "
            "Dr. Who is not a user; we do not sell data.")
    assert pieces(text) == [
        "We collect data, e.g. your name, from Example Inc. and others.",
        "We keep it.",
        "Dr. Who is not a user; we do not sell data.",
    ]


def test_headings_numbering_and_list_items() -> None:
    text = "# 隐私政策\n## 一、我们收集的信息\n1. 手机号码。\n（二）设备信息\n- Cookies and SDKs\n第三条 保存期限"
    spans = segment(text)
    assert [text[s.start : s.end] for s in spans] == [
        "隐私政策", "一、我们收集的信息", "1. 手机号码。", "（二）设备信息", "- Cookies and SDKs", "第三条 保存期限",
    ]
    # a short line under a Chinese section number is a heading without Markdown too
    assert [s.kind for s in spans] == ["heading", "heading", "item", "heading", "item", "heading"]


def test_a_chinese_section_line_is_a_heading_only_when_short_and_without_a_sentence() -> None:
    text = ("第二条 我们处理的个人信息\n1、手机号码\n三、我们如何使用，以及为何使用\n"
            "四、我们会在您注册账号时收集您的手机号码以便为您创建账号并验证您的身份和保障您的账号安全\n")
    assert [s.kind for s in segment(text)] == ["heading", "item", "item", "item"]


def test_markdown_table_rows_are_clauses_and_separators_are_not() -> None:
    text = "| 类别 | 期限 |\n|:---|---:|\n| 日志 | 6个月 |\n| 对话 | 30天 |"
    spans = segment(text)
    assert [text[s.start : s.end] for s in spans] == ["类别 | 期限", "日志 | 6个月", "对话 | 30天"]
    assert {s.kind for s in spans} == {"row"}


def test_offsets_point_into_the_text_in_order_without_overlap() -> None:
    text = "  Intro line.  Second one!\n\n\u3000全角空格开头的句子。后一句。\n***\n---\n"
    spans = segment(text)
    assert pieces(text) == ["Intro line.", "Second one!", "全角空格开头的句子。", "后一句。"]
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in spans)


def test_sentences_of_one_paragraph_share_a_line() -> None:
    spans = segment("One. Two.\nThree.")
    assert [s.line for s in spans] == [0, 0, 1]


def test_long_runs_are_cut_below_the_cap() -> None:
    text = "，".join(["我们收集信息"] * 2000) + "。" + " word" * 3000
    spans = segment(text)
    assert all(s.end - s.start <= MAX_CLAUSE for s in spans)
    assert spans[0].start == 0 and spans[-1].end == len(text)


def test_max_clauses_bounds_the_output() -> None:
    assert len(segment("短句。" * 1000, max_clauses=10)) == 10


def test_nothing_to_segment() -> None:
    assert segment("") == []
    assert segment("\n\n ***\n|---|---|\n") == []
