"""The outline of a notice: which headings each clause stands under (``outline.outline``,
``Clause.sections``), and bold lines that title what follows."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices.analyser import Analyser
from consent_ledger.notices.outline import outline
from consent_ledger.notices.segment import segment


def chains(text: str) -> list[tuple[str, tuple[str, ...]]]:
    spans = segment(text)
    return [(text[s.start:s.end], tuple(text[spans[h].start:spans[h].end] for h in chain))
            for s, chain in zip(spans, outline(text, spans), strict=True)]


def under(text: str) -> dict[str, tuple[str, ...]]:
    return dict(chains(text))


def test_markdown_depth_nests_and_closes_sections() -> None:
    got = under("# 隐私政策\n## 一、我们处理哪些个人信息\n### （四）紧急联系人\n- 姓名\n"
                "## 二、我们如何共享\n共享给合作方。\n")
    # (the notice's title is left out of the chains under its sub-headings)
    assert got["- 姓名"] == ("一、我们处理哪些个人信息", "（四）紧急联系人")
    assert got["共享给合作方。"] == ("二、我们如何共享",)
    assert got["隐私政策"] == ("隐私政策",)


def test_chinese_numbering_nests_without_markdown() -> None:
    got = under("一、我们收集的信息\n（一）注册信息\n1、手机号码\n（二）设备信息\n设备型号与系统版本。\n"
                "二、我们如何使用\n用于提供服务。\n")
    assert got["1、手机号码"] == ("一、我们收集的信息", "（一）注册信息")
    assert got["设备型号与系统版本。"] == ("一、我们收集的信息", "（二）设备信息")
    assert got["用于提供服务。"] == ("二、我们如何使用",)


def test_an_outer_numbering_closes_deeper_ones_it_never_saw_before() -> None:
    # "（一）" opens before any "一、": a later "一、" still is not under it
    got = under("（一）导言\n说明。\n一、收集\n手机号。\n")
    assert got["手机号。"] == ("一、收集",)


def test_a_bold_line_is_a_heading_under_the_markdown_heading_above_it() -> None:
    text = ("# App Privacy\n\n## Data Linked to You\n\n**Contact Info**\n\n- Email Address\n\n"
            "**Identifiers**\n\n- User ID\n\n## Data Not Collected\n\n- Browsing History\n")
    got = under(text)
    assert got["- Email Address"] == ("Data Linked to You", "Contact Info")
    assert got["- User ID"] == ("Data Linked to You", "Identifiers")
    assert got["- Browsing History"] == ("Data Not Collected",)


def test_a_markdown_heading_closes_the_bold_and_numbered_headings_opened_under_it() -> None:
    got = under("## 1. Data\n**1.1 You give us**\n- name\n## 2. Sharing\nWe share it.\n")
    assert got["- name"] == ("1. Data", "1.1 You give us")
    assert got["We share it."] == ("2. Sharing",)


def test_no_title_is_dropped_from_a_single_heading_or_when_the_first_heading_closes() -> None:
    assert under("## What we collect\n- name\n")["- name"] == ("What we collect",)
    got = under("## Intro\nHello there.\n## What we collect\n### Account\n- name\n")
    assert got["- name"] == ("What we collect", "Account")
    assert got["Hello there."] == ("Intro",)


@pytest.mark.parametrize("line", [
    "**What does the sidebar send to the server?**",
    "**Information We Collect**",
    "**设备信息**",
    "__Retention__",
    "**A. Information You Provide to Us.**",
    "**2.1 Types of Data Collected**  ",
])
def test_a_short_wholly_bold_line_is_a_heading(line: str) -> None:
    assert [s.kind for s in segment(line + "\nBody text here.")] == ["heading", "sentence"]


@pytest.mark.parametrize("line", [
    "**We do not sell your data.**",  # a bold sentence
    "**个性化推荐：**",  # a lead-in of the list below it
    "**欢迎您使用我们的产品和服务！我们非常重视您的隐私保护。**",
    "**Device information**: model, OS and app version",  # a run-in label
    "**Bold** and **more bold**",
    "**" + "Long words " * 12 + "**",
])
def test_a_bold_sentence_lead_in_or_label_is_no_heading(line: str) -> None:
    assert segment(line)[0].kind != "heading"


def test_clauses_carry_their_heading_chain(analyser: Analyser) -> None:
    text = "# 政策\n## 一、我们处理哪些个人信息\n### （四）紧急联系人\n- 姓名与电话\n"
    clause = analyser.clauses(text, "zh")[-1]
    assert clause.sections == ("一、我们处理哪些个人信息", "（四）紧急联系人")
    assert clause.section == "（四）紧急联系人"


def test_faq_answers_stand_under_their_bold_question(analyser: Analyser) -> None:
    text = ("# Browser AI FAQ\n\n**Does Nimbus keep my chats?**\nChats sync to your account. "
            "Logs are kept for 14 days.\n\n**Age**\nYou must be at least 13.\n")
    by_text = {c.text: c for c in analyser.clauses(text, "en")}
    assert by_text["Logs are kept for 14 days."].section == "Does Nimbus keep my chats?"
    assert by_text["You must be at least 13."].sections == ("Age",)


HEADINGS = st.sampled_from(["# A\n", "## B\n", "### C\n", "一、D\n", "（二）E\n", "第三条 F\n",
                            "**G**\n", "**1.1 H**\n", "text.\n", "- item\n", "| a | b |\n"])


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(HEADINGS, max_size=40))
def test_every_chain_is_of_earlier_headings_in_order_ending_at_the_nearest(
        parts: list[str]) -> None:
    text = "".join(parts)
    spans = segment(text)
    nearest = None
    for index, (span, chain) in enumerate(zip(spans, outline(text, spans), strict=True)):
        if span.kind == "heading":
            nearest = index
        assert list(chain) == sorted(set(chain))
        assert all(spans[h].kind == "heading" and h <= index for h in chain)
        assert (chain[-1] if chain else None) == nearest


def test_plain_short_lines_between_blank_lines_title_what_follows() -> None:
    text = ("Acme Privacy Notice\n\nWhat we collect\nYour email address, your prompts and the "
            "answers we give.\n\n数据保留\n我们将在您注销账号后十五日内删除您的个人信息。\n")
    got = under(text)
    # (the first line is no title: the line after it is not longer)
    assert [s.kind for s in segment(text)] == ["sentence", "heading", "sentence", "heading",
                                               "sentence"]
    assert got["我们将在您注销账号后十五日内删除您的个人信息。"] == ("数据保留",)


@pytest.mark.parametrize("text", [
    "Updated 9 December 2025\n\nThis notice explains what we do with your data.\n",  # a date
    "Intro line.\nWhat we collect\nYour email address and your prompts.\n",  # no blank before
    "\nWe collect your email.\nThe rest of this notice explains the details.\n",  # a sentence
    "\nWhat we collect\nEmail.\n",  # the next line is shorter
    "\nwhat we collect\nYour email address and your prompts.\n",  # not capitalised
])
def test_no_plain_title_without_its_shape(text: str) -> None:
    assert all(s.kind != "heading" for s in segment(text))


def test_setext_underlines_give_markdown_depth() -> None:
    text = ("Privacy Statement\n=====\n\nPersonal Data We Collect\n-----\n\nWe collect x.\n"
            "### Account\n- email\nSharing\n------\nWe share.\n")
    got = under(text)
    assert got["- email"] == ("Personal Data We Collect", "Account")
    assert got["We share."] == ("Sharing",)


def test_a_sentence_over_a_rule_is_no_heading() -> None:
    text = "我们不会将您的个人信息用于训练任何人工智能模型。\n---\n您的数据不会被用于训练。\n---\n"
    assert [s.kind for s in segment(text)] == ["sentence", "sentence"]


def test_a_run_in_bold_label_with_one_sentence_is_a_labelled_item() -> None:
    text = ("We collect the following:\n**Device information**: phone model and OS version\n"
            "**Location:** the city from your IP address\n"
            "**Changes:** We may update this notice. We will tell you by e-mail.\n")
    assert [s.kind for s in segment(text)] == ["sentence", "item", "item", "sentence",
                                               "sentence"]


def test_labelled_items_stand_under_their_lead_in(analyser: Analyser) -> None:
    from consent_ledger.notices.clause_texts import list_leads

    clauses = analyser.clauses("We collect the following:\n**Device information**: phone model"
                               "\n**Location**: the city from your IP address\n", "en")
    leads = list_leads(clauses)
    assert [leads[c.id].text for c in clauses[1:]] == ["We collect the following:"] * 2


def test_a_title_after_source_lines_is_left_out_of_the_chains() -> None:
    text = ("<!-- source: an archive -->\nSource: https://example.com/privacy.\n\n"
            "### Personal Information Collection Statement\n\n#### Sharing\n\nWe share it.\n")
    assert under(text)["We share it."] == ("Sharing",)
    text = "Source: an archive.\n\n# Acme\n\n## Sharing\n\nWe share it.\n"  # (a first level)
    assert under(text)["We share it."] == ("Sharing",)
    # (a heading after other clauses that names no notice and is no first-level heading is
    # a part, not the title)
    text = "Intro sentence.\n## What we collect\n### Account\n- email\n"
    assert under(text)["- email"] == ("What we collect", "Account")


def test_bold_labels_under_a_numbered_part_stay_in_it() -> None:
    text = ("### 某某隐私政策总则\n\n**引言**\n\n欢迎使用。\n\n**一、我们如何收集和使用您的个人信息**\n\n"
            "**1. 为用户注册所需的信息**\n\n手机号码。\n\n**设备信息**\n\n设备型号。\n\n**日志信息**\n\n"
            "访问时间。\n\n**2. 为提供服务所需的信息**\n\n对话内容。\n\n**二、我们如何共享**\n\n不共享。\n")
    got = under(text)
    assert got["欢迎使用。"] == ("引言",)
    assert got["访问时间。"] == ("一、我们如何收集和使用您的个人信息", "1. 为用户注册所需的信息", "日志信息")
    assert got["对话内容。"] == ("一、我们如何收集和使用您的个人信息", "2. 为提供服务所需的信息")
    assert got["不共享。"] == ("二、我们如何共享",)


def test_bold_parts_with_lettered_sub_parts_close_back_to_the_bold_level() -> None:
    text = ("**Information We Collect**\n\n**A. Information You Provide.**\n\nYour name.\n\n"
            "**B. Information We Collect Automatically.**\n\nYour IP address.\n\n"
            "**How We Use It**\n\nTo run the service.\n")
    got = under(text)
    assert got["Your IP address."] == ("Information We Collect",
                                       "B. Information We Collect Automatically.")
    assert got["To run the service."] == ("How We Use It",)


def test_a_numbered_bold_heading_closes_a_markdown_heading_numbered_alike() -> None:
    text = ("# Privacy Policy\n\n### 2. Data\n\n**2.1 Types**\n\n- Email\n\n### 2.3 Sharing\n\n"
            "We share it.\n\n**2.4 Retention**\n\nWe keep it a year.\n")
    got = under(text)
    assert got["- Email"] == ("2. Data", "2.1 Types")
    assert got["We keep it a year."] == ("2.4 Retention",)
