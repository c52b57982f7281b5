"""Segmentation into clauses: punctuation, numbering, headings, tables, offsets, long runs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices.analyser import Analyser
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


def test_hard_wrapped_lines_join_into_their_sentences() -> None:
    from consent_ledger.notices.segment import unwrap

    text = ("1.\nINTRODUCTION\n\n"
            "Acme Pte. Ltd. (\"Acme\") runs an AI-assisted hiring platform for employers in\n"
            "the region. Our AI model scores and ranks every application we receive and\n"
            "employers see the ranking. You may withdraw your consent to our use of it by\n"
            "writing to our Data Protection Officer, who answers within the time set by the Personal Data\n"
            "Protection Act 2012.\n\n"
            "- Your name and the e-mail address you give when you register an account with\n"
            "  us, kept until you close the account.\n"
            "- Your CV\n\n"
            "Contact\nAcme Pte. Ltd.\n1 Example Road, Singapore 000001\n\n"
            "我们会收集您的手机号码以及您在使用服务时\n主动提供的简历信息。\n"
            "| Data | Purpose of the processing of this data in our |\n| consent | yes |")
    flat = unwrap(text)
    assert len(flat) == len(text)
    got = [(flat[s.start:s.end], s.kind) for s in segment(flat)]
    assert got == [
        ("1. INTRODUCTION", "heading"),
        ("Acme Pte. Ltd. (\"Acme\") runs an AI-assisted hiring platform for employers in "
         "the region.", "sentence"),
        ("Our AI model scores and ranks every application we receive and employers see the "
         "ranking.", "sentence"),
        ("You may withdraw your consent to our use of it by writing to our Data Protection "
         "Officer, who answers within the time set by the Personal Data Protection Act 2012.",
         "sentence"),
        ("- Your name and the e-mail address you give when you register an account with   us, "
         "kept until you close the account.", "item"),
        ("- Your CV", "item"),
        ("Contact", "heading"),
        ("Acme Pte. Ltd.", "sentence"),
        ("1 Example Road, Singapore 000001", "sentence"),
        ("我们会收集您的手机号码以及您在使用服务时", "sentence"),
        ("主动提供的简历信息。", "sentence"),
        ("Data | Purpose of the processing of this data in our", "row"),
        ("consent | yes", "row"),
    ]
    # the offsets point into the text as given: only its line breaks became spaces
    assert all(text[s.start:s.end].replace("\n", " ") == flat[s.start:s.end]
               for s in segment(flat))


def test_a_capital_goes_on_a_line_only_in_a_wrapped_text() -> None:
    from consent_ledger.notices.segment import unwrap

    # lines without a final full stop, one entry each: not a wrapped paragraph
    listing = ("Device information such as the model, operating system and version\n"
               "Usage information such as the pages you open and the features you use\n"
               "Location information derived from the IP address of your connection")
    assert unwrap(listing) == listing


def test_numbered_capital_titles_are_headings_and_a_number_ends_no_sentence() -> None:
    text = "4.2 RETENTION AND DELETION\n3. To match your application. Our model ranks it."
    spans = segment(text)
    assert [(text[s.start:s.end], s.kind) for s in spans] == [
        ("4.2 RETENTION AND DELETION", "heading"),
        ("3. To match your application.", "item"),
        ("Our model ranks it.", "item"),
    ]
    one = "1. We collect data. We keep it."
    assert [one[s.start:s.end] for s in segment(one)] == ["1. We collect data.", "We keep it."]


def test_run_in_labels_are_headings_of_their_sentences_outside_the_outline() -> None:
    from consent_ledger.notices.outline import outline

    text = ("# Privacy Policy\n\n## Your data\n\n**1.2 Likeness data.** To build an avatar we map "
            "your face. We ask first.\n*Your profile.* We keep it.\n"
            "- **Name.** Your full name.\n| 1 | **Identifiers.** Name, alias. | YES |")
    spans = segment(text)
    got = [(text[s.start:s.end], s.kind, s.label) for s in spans]
    assert got == [
        ("Privacy Policy", "heading", False), ("Your data", "heading", False),
        ("1.2 Likeness data.", "heading", True),
        ("To build an avatar we map your face.", "sentence", False),
        ("We ask first.", "sentence", False),
        ("Your profile.", "heading", True), ("We keep it.", "sentence", False),
        # (an item or a row keeps its bold label with its text)
        ("- **Name.** Your full name.", "item", False),
        ("1 | **Identifiers.** Name, alias. | YES", "row", False),
    ]
    # the sentences after a label stay under the headings above it
    chains = outline(text, spans)
    assert chains[3] == chains[6] == chains[8] == (1,)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["we keep your data and", "Protection Act 2012 (the Act)", "1.",
                                 "INTRODUCTION", "- item", "# Title", "| a | b |", "中文的一行",
                                 "x" * 40, "ranks it.", "", "  indented text", "(a) choice",
                                 "write to our data protection team at security-",
                                 "privacy@example.com for help"]),
                max_size=30))
def test_unwrap_only_turns_line_breaks_into_spaces(lines: list[str]) -> None:
    from consent_ledger.notices.segment import unwrap

    text = "\n".join(lines)
    flat = unwrap(text)
    assert len(flat) == len(text)
    # only line breaks go (each for a space); the rest is there, in order (a word cut after its
    # hyphen moves up a place, and the space goes after it)
    assert flat.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
    assert {at for at, c in enumerate(flat) if c == "\n"} <= {
        at for at, c in enumerate(text) if c == "\n"}
    assert flat.count(" ") - text.count(" ") == text.count("\n") - flat.count("\n")
    if "-\n" in text:
        return
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, flat, strict=True))
    for at, (a, b) in enumerate(zip(text, flat, strict=True)):
        if a != b:  # a joined break: Latin text on both sides, no heading or row after it
            assert text[at - 1].isascii() and text[at + 1:].lstrip()[:1].isascii()
            assert not text[at + 1:].lstrip().startswith(("#", "|", "- ", "(a)"))


def test_a_wrapped_paragraph_goes_on_below_a_full_line_ending_a_sentence(
        analyser: Analyser) -> None:
    from consent_ledger.notices.segment import unwrap

    # hard-wrapped at about 40 characters; the first sentence ends at a full line's end
    text = ("Personal Data\n\n"
            "While interacting with the Services,\n"
            "you may provide certain personally\n"
            "identifiable information that could be\n"
            "used to contact or identify you.\n"
            "Personally identifiable information may\n"
            "include, but is not limited to:\n\n"
            "* Your username for the Services\n"
            "* Your IP address\n\n"
            "Short line.\n"
            "Next paragraph of one line.\n")
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert "identify you. Personally" in flat  # (one paragraph again)
    assert "Short line.\nNext" in flat  # (a short line ends its paragraph)
    assert "include, but is not limited to:\n\n* Your" in flat  # (a list is no continuation)
    clauses = analyser.clauses(flat, "en")
    lead = next(c for c in clauses if c.text.startswith("Personally"))
    first = next(c for c in clauses if c.text.startswith("While"))
    assert lead.line == first.line and lead.in_prose
    categories = {t["term"] for t in analyser.analyse(text)["data_categories"]}
    assert {"account", "usage_logs"} <= categories
    # the same lines, not wrapped (no line goes on in lower case): left alone
    listing = text.replace("While interacting with the Services,\nyou may provide",
                           "While interacting with the Services you may provide")
    listing = "\n".join(line.capitalize() for line in listing.split("\n"))
    assert unwrap(listing) == listing


def test_a_word_cut_after_its_hyphen_is_whole_again() -> None:
    from consent_ledger.notices.segment import unwrap

    text = ("If you have any questions about this policy, please write to our team at support-\n"
            "privacy@example.com or by post to the address below, and we will answer you as\n"
            "soon as we can, and the people of our well-\n"
            "known support team is there to help with any request about your personal data.\n")
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert " support-privacy@example.com  or by post" in flat
    assert "our well-known  support team" in flat
    # a hyphen alone at a line's end is a dash: the break becomes a space
    dash = text.replace("of our well-\n", "of our team -\n")
    assert "our team - known" in unwrap(dash)


def test_an_address_cut_after_a_hyphen_in_a_narrow_cell_is_whole_again(
        analyser: Analyser) -> None:
    from consent_ledger.notices.segment import unwrap

    # (a table cell of a printed page: short lines, an address cut at its hyphen)
    for text, address in (("Email security-\nprivacy@together.example\nCustom Model Builds",
                           "security-privacy@together.example"),
                          ("个人信息保护负责人：privacy@lingxi-\nai.example。我们将在十五个工作日内回复。",
                           "privacy@lingxi-ai.example")):
        flat = unwrap(text)
        assert len(flat) == len(text) and address in flat
        assert analyser.analyse(text)["handler"]["emails"] == [address]
    # a short line ending with a hyphen before an ordinary word stays as it is
    assert unwrap("Email us-\nor write") == "Email us-\nor write"


def test_a_number_after_a_sentence_cut_short_goes_on_with_it(analyser: Analyser) -> None:
    from consent_ledger.notices.segment import unwrap

    text = ("Children's Privacy\n\n"
            "Our Services are directed to a general audience and are not directed to children\n"
            "under the age of\n"  # (a short line: the text is not shown wrapped at it)
            "13. By agreeing to our Privacy Policy, you represent that you are old enough to use\n"
            "the Services. If we learn that we have collected personal information of a child\n"
            "under the applicable age, we will delete that information from our files as soon\n"
            "as is practicable, and we will tell the parent who asked us to delete it about\n"
            "it.\n")
    assert "age of\n13." in unwrap(text)  # (a short line, as a lead-in before a list)
    full = text.replace("children\nunder the age of\n13.", "children under the age of\n13.")
    assert "under the age of 13. By agreeing" in unwrap(full)
    assert analyser.analyse(full)["minors"]["minimum_age"] == 13
    # a numbered item after a lead-in ending with a colon starts a list
    listing = full.replace("under the age of\n13. By agreeing", "under the following:\n13. By agreeing")
    assert "following:\n13." in unwrap(listing)

def test_revision_and_version_abbreviations_end_no_sentence() -> None:
    assert pieces("Rev. 4 · published 2 November 2026. Ver. 2.1 applies.") == [
        "Rev. 4 · published 2 November 2026.", "Ver. 2.1 applies."]


def test_numbered_plain_text_headings(analyser: Analyser) -> None:
    # a plain-text notice numbers its parts ("1. Information you give us"), with no mark-up
    text = ("Privacy Policy\n\n"
            "1. Information you give us\n"
            "- Queries. Every question you ask and the files you attach.\n"
            "- Profile. Your e-mail address and display name.\n\n"
            "2. How we use information\n"
            "We use the information to answer your questions.\n")
    clauses = analyser.clauses(text, "en")
    kinds = {c.text: c.kind for c in clauses}
    assert kinds["1. Information you give us"] == "heading"
    assert kinds["2. How we use information"] == "heading"
    profile = next(c for c in clauses if c.text.startswith("Your e-mail"))
    assert profile.sections[-1] == "1. Information you give us"
    assert {"contact", "user_content"} <= {
        t["term"] for t in analyser.analyse(text)["data_categories"]}
    # the items of a numbered list stay items, the first one too
    listing = ("We collect:\n\n1. Your name\n2. Your e-mail address and phone number\n"
               "3. Your device model\n")
    assert {c.kind for c in analyser.clauses(listing, "en") if c.text[0].isdigit()} == {"item"}


@pytest.mark.parametrize(("text", "field", "value"), [
    ("隐私政策\n\n四、用户画像 我们不会基于您输入的内容进行用户画像或个性化推荐。", "automated_decision", False),
    ("隐私政策\n\n二、模型训练 我们承诺不会使用您提交的文本训练任何人工智能模型。", "model_training", "no"),
    ("隐私政策\n\n（一）模型训练 我们会使用您的对话内容训练模型，您可以在设置中关闭。", "model_training", "yes"),
])
def test_a_chinese_part_title_run_into_its_first_sentence_is_its_heading(
        analyser: Analyser, text: str, field: str, value: object) -> None:
    clauses = analyser.clauses(text, "zh")
    title = next(c for c in clauses if c.text.endswith(("用户画像", "模型训练")))
    assert title.kind == "heading"
    assert clauses[-1].sections[-1] == title.text  # (it opens its part)
    result = analyser.analyse(text)[field]
    assert result["value"] == value
    # a title alone on its line stays a heading of its own; a list item keeps its number
    assert analyser.clauses("二、模型训练\n\n我们不会训练模型。", "zh")[0].kind == "heading"
    assert analyser.clauses("1、手机号码 用于注册账号。", "zh")[0].kind == "item"


def test_an_english_part_title_in_capitals_run_into_its_text_opens_its_part(
        analyser: Analyser) -> None:
    # (a page that set the titles inline: each part is one paragraph)
    text = ("Privacy Policy of StoryVerse\n\n"
            "II. WHAT WE COLLECT AND WHY (a) Account information – email, username – to create "
            "your account. (e) Device and usage data – device model, OS version, approximate "
            "location by country, crash logs.\n\n"
            "III. WHO RECEIVES DATA Our hosting provider and our analytics tool.\n")
    clauses = analyser.clauses(text, "en")
    titles = [c.text for c in clauses if c.kind == "heading"]
    assert titles[1:] == ["II. WHAT WE COLLECT AND WHY", "III. WHO RECEIVES DATA"]
    device = next(c for c in clauses if c.text.startswith("(e) Device"))
    assert device.sections[-1] == "II. WHAT WE COLLECT AND WHY"
    assert {"device", "location", "usage_logs"} <= {
        t["term"] for t in analyser.analyse(text)["data_categories"]}
    # no title: an acronym, a short word, a sentence in capitals that goes on in lower case
    for plain in ("IP addresses are logged for a week.", "GDPR Rights apply to you.",
                  "NOTE We may change this notice."):
        assert all(c.kind != "heading" for c in analyser.clauses(plain, "en")), plain


def test_a_plain_run_in_label_is_a_heading_of_its_sentences(analyser: Analyser) -> None:
    # (a bold "**Automated decisions.**" read from a page or a plain text loses its emphasis)
    text = ("Supplemental notice\n\nAutomated decisions. We do not make decisions based solely "
            "on automated processing that produce legal effects on you.\n")
    clauses = analyser.clauses(text, "en")
    label = next(c for c in clauses if c.text == "Automated decisions.")
    assert label.kind == "heading" and label.label
    assert analyser.analyse(text)["automated_decision"]["value"] is False
    # a short sentence with a subject or a verb stays a sentence, as does an abbreviation
    for plain in ("We do. It is free.", "U.S. residents. You have rights.", "Mr. Smith is here."):
        assert all(c.kind == "sentence" for c in analyser.clauses(plain, "en")), plain


def test_a_chinese_part_title_run_into_an_inline_list_opens_its_part(analyser: Analyser) -> None:
    # (a page that set each article in one paragraph, its items inline)
    text = ("星火写作个人信息保护政策\n\n第二条 我们处理的个人信息 1、您注册时提供的电子邮箱地址和密码； "
            "2、设备信息：设备品牌、型号、系统版本； 3、日志信息：浏览记录、崩溃日志。\n\n"
            "第三条 保存期限 您的写作记录最长保存180天。\n")
    clauses = analyser.clauses(text, "zh")
    assert [c.text for c in clauses if c.kind == "heading"][1:] == [
        "第二条 我们处理的个人信息", "第三条 保存期限"]
    device = next(c for c in clauses if c.text.startswith("2、"))
    assert device.sections[-1] == "第二条 我们处理的个人信息"
    assert {"contact", "device", "usage_logs"} <= {
        t["term"] for t in analyser.analyse(text)["data_categories"]}


def test_lines_right_under_a_colon_lead_in_are_its_items(analyser: Analyser) -> None:
    # (a page printed to PDF: its bullets were shapes, not text)
    text = ("How We Use Your Information\n\nWe use information that we collect about you, "
            "including any conversations hosted on Our Website, to:\nProvide you with the web "
            "application.\nTrain and fine-tune models.\n\nWe keep it for a year.\n")
    clauses = analyser.clauses(text, "en")
    kinds = {c.text: c.kind for c in clauses}
    assert kinds["Train and fine-tune models."] == "item"
    assert kinds["Provide you with the web application."] == "item"
    assert kinds["We keep it for a year."] == "sentence"  # (after a blank line)
    assert analyser.analyse(text)["model_training"]["value"] == "yes"
    # a paragraph after a blank line, or a line in lower case, is no item
    other = "We collect:\n\nYour name and e-mail.\nand more"
    assert [c.kind for c in analyser.clauses(other, "en")] == ["sentence", "sentence", "sentence"]
