"""Cross-border wording a heading alone cannot decide, and deletion periods in working days."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consent_ledger.notices.analyser import Analyser
from consent_ledger.paths import resources_dir


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser(resources_dir())


@pytest.mark.parametrize(("text", "expected"), [
    ("四、跨境传输\n\n您的个人信息存储于中华人民共和国境内的服务器，不会向境外提供。", "no"),
    ("Your personal information is stored in mainland China and is not transferred outside China.",
     "no"),
    ("We do not transfer your personal data abroad.", "no"),
    ("Your data may be transferred to and stored on servers in Singapore and the United States.",
     "yes"),
    ("Your information is processed in Ireland.", "yes"),
    ("四、跨境传输\n\n我们可能将您的个人信息传输至境外的关联公司。", "yes"),
    ("我们的服务器位于新加坡，您的个人信息将存储在新加坡。", "yes"),
    ("您的数据可能会被传输至我们位于美国的关联公司。", "yes"),
    ("我们的总部位于香港。", "not_stated"),  # where the company sits, not where data goes
    ("We store data on servers in the EU and do not transfer it outside the EU.", "no"),
])
def test_cross_border(analyser: Analyser, text: str, expected: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == expected


def test_heading_alone_is_not_evidence(analyser: Analyser) -> None:
    result = analyser.analyse("四、跨境传输\n\n我们会妥善保护您的个人信息。")
    assert result["cross_border"]["value"] == "not_stated"


def test_working_day_deletion_period_but_not_reply_time(analyser: Analyser) -> None:
    result = analyser.analyse(
        "五、保存期限\n\n您注销账号后，我们将在15个工作日内删除您的个人信息。\n\n"
        "您提出删除请求后，我们将在10个工作日内答复。"
    )
    assert result["retention"]["stated"] is True
    assert result["retention"]["periods"] == ["15个工作日"]


def test_the_practice_facts_read_the_topic_cues_of_the_lexicon(tmp_path: Path) -> None:
    """One list of wordings: a cue added to topics.automated_decision / topics.cross_border in
    terms.json is read by the automated-decision and cross-border facts too."""
    shipped = resources_dir()
    data = json.loads((shipped / "lexicons" / "terms.json").read_text(encoding="utf-8"))
    data["topics"]["automated_decision"]["en"].append("sorts? you into (?:segments|cohorts)")
    data["topics"]["cross_border"]["en"].append("sent to our lunar data cent(?:er|re)")
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "terms.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "models").symlink_to(shipped / "models")
    text = ("Our engine sorts you into cohorts from your chats.\n\n"
            "Your chats may be sent to our lunar data centre.\n")
    before = Analyser(shipped).analyse(text)
    after = Analyser(tmp_path).analyse(text)
    assert before["automated_decision"]["value"] is False
    assert before["cross_border"]["value"] == "not_stated"
    assert after["automated_decision"]["value"] is True
    assert after["cross_border"]["value"] == "yes"


@pytest.mark.parametrize(("text", "auto"), [
    ("We show targeted advertising and interest-based ads on our website.", False),
    ("We show you tailored content based on your listening history.", True),
])
def test_advertising_cues_name_the_topic_but_state_no_profiling(analyser: Analyser, text: str,
                                                                 auto: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is auto


@pytest.mark.parametrize(("text", "abroad"), [
    ("Please transfer the signed form to us by e-mail.", False),
    ("您的个人信息在中国境内收集和存储。", False),
    ("Your personal data may be transferred to the US for processing.", True),
])
def test_cues_that_are_no_transfer_abroad(analyser: Analyser, text: str, abroad: bool) -> None:
    assert (analyser.analyse(text)["cross_border"]["value"] == "yes") is abroad
