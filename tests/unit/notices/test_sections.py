"""Document terms read through a notice's outline: a part that says what it lists covers its
sub-parts; of a collecting and a denying heading the inner one speaks (fixtures written for the
project)."""

from __future__ import annotations

from consent_ledger.notices.analyser import Analyser


def terms(result: dict, key: str) -> list[str]:
    return [item["term"] for item in result[key]]


def test_items_of_a_sub_section_are_collected_under_a_collecting_section(
        analyser: Analyser) -> None:
    r = analyser.analyse(
        "# 某某助手隐私政策\n\n## 一、我们处理哪些个人信息\n\n### （一）基本功能\n\n"
        "1. 账号注册：您可以通过手机号码和验证码登录。\n\n"
        "## 二、我们如何共享\n\n我们不会向第三方出售您的信息。\n", lang="zh")
    assert "contact" in terms(r, "data_categories")


def test_without_the_outer_collecting_heading_the_same_item_says_nothing_collected(
        analyser: Analyser) -> None:
    r = analyser.analyse(
        "# 某某助手隐私政策\n\n## 一、产品介绍\n\n### （一）基本功能\n\n"
        "1. 账号注册：您可以通过手机号码和验证码登录。\n", lang="zh")
    assert "contact" not in terms(r, "data_categories")


def test_bold_sub_titles_of_a_privacy_label_keep_their_part(analyser: Analyser) -> None:
    r = analyser.analyse(
        "# Tidewell — App Privacy\n\n## Data Linked to You\n\n"
        "**Contact Info**\n\n- Email Address\n\n**Location**\n\n- Coarse Location\n\n"
        "## Data Not Collected\n\n**Financial Info**\n\n- Credit card number\n")
    cats = terms(r, "data_categories")
    assert {"contact", "location"} <= set(cats)
    assert "financial" not in cats  # (under "Data Not Collected", however deep)


def test_an_inner_denying_heading_outweighs_the_collecting_part_around_it(
        analyser: Analyser) -> None:
    r = analyser.analyse(
        "# Privacy\n\n## What we collect\n\n### Account\n\n- Email address\n\n"
        "### What we do not collect\n\n- Precise GPS location\n")
    cats = terms(r, "data_categories")
    assert "contact" in cats
    assert "location" not in cats


def test_statutory_examples_of_a_ccpa_category_are_not_data_collected(
        analyser: Analyser) -> None:
    r = analyser.analyse(
        "# Privacy\n\n**INFORMATION WE COLLECT**\n\n"
        "| # | Category | Collected? |\n| --- | --- | --- |\n"
        "| 1 | **Identifiers.** Name, alias, postal address, unique personal identifier, online "
        "identifier, email address, social security number, passport number, or other similar "
        "identifiers. | YES |\n"
        "| 2 | **Sensory data.** Images you upload. | YES |\n")
    assert "government_id" not in terms(r, "data_categories")
    assert "user_content" in terms(r, "data_categories")


def test_periods_under_a_sub_heading_of_a_retention_part_are_retention(
        analyser: Analyser) -> None:
    r = analyser.analyse(
        "# Privacy\n\n## How long we keep data\n\n### Voice notes\n\n- Recordings: 90 days.\n\n"
        "## Your rights\n\nYou can ask for a copy.\n")
    assert r["retention"]["stated"] is True
    assert "90 days" in r["retention"]["periods"]


def test_a_sub_part_of_a_sharing_part_speaks_of_sharing(analyser: Analyser) -> None:
    r = analyser.analyse(
        "# Privacy\n\n## Who we share data with\n\n### Hosting\n\n"
        "We use sub-processors for hosting.\n")
    assert r["sharing"]["entrusted"]
    alone = analyser.analyse("# Privacy\n\n## Hosting\n\nWe use sub-processors for hosting.\n")
    assert not alone["sharing"]["entrusted"]


def test_a_sibling_after_an_sdk_part_is_not_part_of_it(analyser: Analyser) -> None:
    r = analyser.analyse(
        "# 隐私政策\n\n## 一、我们收集的信息\n\n### （一）第三方SDK\n\n"
        "| SDK名称 | 收集的信息 | 处理方式 |\n| --- | --- | --- |\n"
        "| 某推送SDK | 设备标识符 | SDK自行采集 |\n\n"
        "### （二）位置信息\n\n- 精确位置：用于推荐附近的服务。\n", lang="zh")
    assert "location" in terms(r, "data_categories")


def test_a_plain_text_title_opens_a_part(analyser: Analyser) -> None:
    shared = analyser.analyse(
        "Lumen Privacy Notice\n\nWho else sees it\n\nWe use sub-processors for hosting.\n")
    assert shared["sharing"]["entrusted"]
    collected = analyser.analyse(
        "Lumen Privacy Notice\n\nWhat we collect\n\n"
        "Your account: email address and display name.\n")
    assert {"contact", "account"} <= set(terms(collected, "data_categories"))


def test_setext_headings_nest_like_markdown_ones(analyser: Analyser) -> None:
    r = analyser.analyse(
        "Privacy Statement\n=================\n\nSharing of Personal Data\n"
        "------------------------\n\n### Hosting\n\nWe use sub-processors for hosting.\n")
    assert r["sharing"]["entrusted"]


def test_labelled_entries_under_a_collecting_lead_in_are_collected(analyser: Analyser) -> None:
    r = analyser.analyse(
        "Welcome to Acme.\n\nWhen you use the app we receive the following:\n\n"
        "**Device information**: phone model and OS version\n\n"
        "**Connection**: your IP address\n")
    assert {"device", "usage_logs"} <= set(terms(r, "data_categories"))
    denied = analyser.analyse(
        "Acme notice.\n\nWe do not collect the following:\n"
        "**Device information**: phone model and OS version\n")
    assert "device" not in terms(denied, "data_categories")


def test_a_faq_question_on_what_is_sent_opens_a_collecting_part(analyser: Analyser) -> None:
    r = analyser.analyse(
        "# Browser AI FAQ\n\n**What does the sidebar send when I ask something?**\n"
        "Your question and any screenshot you drag into the sidebar. "
        "We never read your saved passwords or payment cards.\n")
    cats = terms(r, "data_categories")
    assert "user_content" in cats
    assert "financial" not in cats  # ("never read" denies)


def test_a_part_asking_which_data_is_processed_covers_its_sub_parts(
        analyser: Analyser) -> None:
    r = analyser.analyse(
        "# 某手表健康助手个人信息保护政策\n\n## 一、我们处理哪些个人信息\n\n### （四）紧急联系人\n\n"
        "开启跌倒检测后，您可以设置紧急联系人的姓名和手机号码；\n\n## 二、我们如何保存\n\n"
        "问答记录保存90天。\n", lang="zh")
    assert "contact" in terms(r, "data_categories")


def test_html_headings_nest_by_level(analyser: Analyser) -> None:
    from consent_ledger.notices.extract import html_to_text

    text = html_to_text(
        "<html><body><main><h1>Acme Privacy</h1><p>Intro paragraph about the service and what "
        "it does for you.</p><h2>What we collect</h2><h3>Usage</h3><p><strong>Device details"
        "</strong></p><p>Phone model and OS version are sent with each request.</p>"
        "<h2>Sharing</h2><p>We use sub-processors for hosting.</p></main></body></html>")
    by_text = {c.text: c for c in analyser.clauses(text, "en")}
    sent = by_text["Phone model and OS version are sent with each request."]
    assert sent.sections == ("What we collect", "Usage", "Device details")
    assert by_text["We use sub-processors for hosting."].sections == ("Sharing",)
    assert "device" in terms(analyser.analyse(text), "data_categories")


def test_items_under_a_sub_heading_without_topics_take_the_outer_heading_s(
        analyser: Analyser) -> None:
    text = ("# Privacy Policy — Example Clips\n\nExample Clips Ltd. turns your photos into short "
            "AI videos.\n\n### 1. Information we collect\n\n**1.1 You give us**\n"
            "* Registration details — name, email, country.\n"
            "* Text scripts you type for your avatar to speak.\n\n### 2. Sharing\n\n"
            "We share data with cloud hosting providers.\n")
    clauses = analyser.clauses(text, "en")
    analyser._tag_topics(text, clauses)
    by_text = {c.text: c for c in clauses}
    assert by_text["1.1 You give us"].sections == ("1. Information we collect", "1.1 You give us")
    assert not by_text["1.1 You give us"].topics  # (the sub-heading says nothing by itself)
    assert "collection" in by_text["1. Information we collect"].topics
    assert "collection" in by_text["Registration details — name, email, country."].topics


def test_a_use_to_improve_under_a_sub_part_of_a_training_part_is_training(
        analyser: Analyser) -> None:
    from consent_ledger.notices.analyser import Clause
    from consent_ledger.notices.content_training import model_training

    sections = ("4. How we train our AI models", "4.1 Which data")
    clauses = [
        Clause(0, 0, 0, sections[0], "en", "heading", sections=sections[:1],
               section=sections[0], topics={"model_training"}),
        Clause(1, 0, 0, sections[1], "en", "heading", sections=sections, section=sections[1]),
        Clause(2, 0, 0, "Transcripts of calls you upload are used to improve the transcription "
               "service, after we remove names.", "en", "sentence", sections=sections,
               section=sections[1]),
    ]
    result = model_training(analyser.lexicon, clauses)
    assert result["value"] == "yes"
    assert 2 in result["evidence"]


def test_the_sentences_after_a_run_in_label_read_with_its_topics(analyser: Analyser) -> None:
    text = ("# Privacy Policy\n\n## Using Lumi\n\n**Sensitive topics.** You may tell Lumi about "
            "your health, sexuality or religion. We treat this as sensitive personal information "
            "and use it only to personalise your conversations.\n")
    clauses = analyser.clauses(text, "en")
    analyser._tag_topics(text, clauses)
    label = next(c for c in clauses if c.text == "Sensitive topics.")
    assert label.kind == "heading" and label.label and label.topics
    last = clauses[-1]
    assert last.sections == ("Using Lumi",) and not last.label
    assert last.topics | last.term_topics >= label.topics
