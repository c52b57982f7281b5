"""Document terms on wordings the fifth probe round left to the lead: retention of model
"responses" and of saved history. The fixtures are sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("text", "period"), [
    # "responses" are what the model answered, not the handler's reply to a request
    ("Data retention\n\nYour prompts and responses are kept for 30 days, then deleted.",
     "30 days"),
    ("Retention\n\nDepending on your plan, prompts and responses are kept (from zero days to "
     "seven years).", "seven years"),
    ("Your history\n\nConversations are saved to your account for 18 months.", "18 months"),
])
def test_periods_of_keeping_model_responses_and_saved_history(analyser: Analyser, text: str,
                                                              period: str) -> None:
    retention = analyser.analyse(text)["retention"]
    assert retention["stated"] is True
    assert period in retention["periods"]


@pytest.mark.parametrize("text", [
    "Your rights\n\nWe will respond to your request within 30 days.",
    "Your rights\n\nWe send a response to your request within 30 days.",
    "Settings\n\nYour preferences are saved for the next visit.",
])
def test_reply_times_and_saved_settings_are_no_retention(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["retention"]["stated"] is False


@pytest.mark.parametrize("text", [
    "Wiped after a day\n\nThreads started in Incognito are wiped after 24 hours.",
    "Retention\n\nRaw audio is discarded after 30 days.",
])
def test_wiping_and_discarding_after_a_period_is_a_retention_period(analyser: Analyser,
                                                                     text: str) -> None:
    assert analyser.analyse(text)["retention"]["stated"] is True


@pytest.mark.parametrize("text", [
    "Usage policy\n\nYou may not use the service to generate sexual content involving minors.",
    "Safety\n\nWe report child sexual abuse material (CSAM) to the authorities.",
    "使用规范\n\n您不得利用本服务制作、传播儿童色情内容。",
])
def test_forbidden_content_abusing_children_is_no_rule_on_childrens_data(analyser: Analyser,
                                                                         text: str) -> None:
    notice = text + "\n\nWe collect your e-mail address. 我们会收集您的手机号码。"
    assert analyser.analyse(notice)["minors"]["value"] is False
    rule = notice + "\n\nChildren under 13 may not use the service."
    minors = analyser.analyse(rule)["minors"]
    assert minors["value"] is True and minors["minimum_age"] == 13


@pytest.mark.parametrize(("answer", "shared"), [
    ("不与第三方共享。", False),
    ("否。", False),
    ("会与云服务提供商共享您的对话数据。", True),
])
def test_a_table_row_asking_about_sharing_is_answered_by_its_next_cell(
        analyser: Analyser, answer: str, shared: bool) -> None:
    text = ("隐私说明\n\n| 事项 | 说明 |\n| --- | --- |\n"
            f"| 是否与第三方共享 | {answer} |\n| 保存期限 | 30天 |\n")
    assert analyser.analyse(text)["sharing"]["third_parties"] is shared


@pytest.mark.parametrize(("text", "public"), [
    ("Sharing\n\nImages you create appear in the Community Showcase, visible to everyone, unless "
     "you switch them to private.", True),
    ("Your creations\n\nGenerated images are public by default.", True),
    ("作品分享\n\n您生成的作品默认会展示在作品广场，所有用户均可浏览。", True),
    ("Published threads\n\nIf you publish a thread, anyone with the public link can view it.", True),
    ("Privacy\n\nYour chats are never visible to other users.", False),
])
def test_a_gallery_or_link_anyone_may_open_makes_data_public(analyser: Analyser, text: str,
                                                              public: bool) -> None:
    assert analyser.analyse(text)["sharing"]["public_disclosure"] is public


@pytest.mark.parametrize(("text", "shared"), [
    ("搜索\n\n您的问句会发给第三方搜索引擎以获取网页结果。", True),
    ("Answers\n\nYour question is sent to our search partner to find web results.", True),
    ("搜索\n\n您的问句不会发给任何第三方。", False),
])
def test_a_question_sent_to_a_search_engine_is_shared(analyser: Analyser, text: str,
                                                      shared: bool) -> None:
    assert analyser.analyse(text)["sharing"]["third_parties"] is shared
