"""The analyser on notices written for these tests: the contract shape and the terms."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from consent_ledger.core.vocab import (
    ART17_KEYS,
    CLAUSE_TOPICS,
    DATA_CATEGORIES,
    METHODS,
    PURPOSES,
    RIGHTS,
    SENSITIVE_CATEGORIES,
)
from consent_ledger.notices.analyser import MAX_ANALYSED_CHARS, MAX_CLAUSES, Analyser
from consent_ledger.notices.extract import FileReader

KEYS = {"source", "language", "chars", "sha256", "title", "effective_date", "clauses", "handler",
        "purposes", "data_categories", "sensitive_categories", "methods", "retention", "sharing",
        "cross_border", "model_training", "automated_decision", "minors", "rights",
        "pipl_article_17", "summary"}


def check_shape(r: dict[str, Any], text: str) -> None:
    """Everything contracts/notice-analysis.md fixes, checked on one result."""
    assert set(r) == KEYS
    assert r["language"] in ("zh", "en")
    assert r["chars"] == len(text)
    assert r["sha256"] == hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    ids = [c["id"] for c in r["clauses"]]
    assert ids == list(range(len(ids)))
    last = 0
    for c in r["clauses"]:
        assert set(c) == {"id", "start", "end", "topics"}
        assert last <= c["start"] < c["end"] <= len(text)
        last = c["end"]
        assert set(c["topics"]) <= set(CLAUSE_TOPICS)
    valid = set(ids)
    for key, vocab in (("purposes", PURPOSES), ("data_categories", DATA_CATEGORIES),
                       ("sensitive_categories", SENSITIVE_CATEGORIES), ("methods", METHODS),
                       ("rights", RIGHTS)):
        terms = [x["term"] for x in r[key]]
        assert len(terms) == len(set(terms)) and set(terms) <= set(vocab)
        for x in r[key]:
            assert set(x) == {"term", "evidence"} and set(x["evidence"]) <= valid
    assert set(r["handler"]) == {"names", "emails", "phones", "addresses", "evidence"}
    assert set(r["retention"]) == {"stated", "periods", "evidence"}
    assert set(r["sharing"]) == {"third_parties", "entrusted", "public_disclosure", "evidence"}
    assert r["cross_border"]["value"] in ("yes", "no", "not_stated")
    assert r["model_training"]["value"] in ("yes", "no", "not_stated")
    assert isinstance(r["model_training"]["opt_out"], bool)
    assert isinstance(r["automated_decision"]["value"], bool)
    assert isinstance(r["minors"]["value"], bool)
    assert r["minors"]["minimum_age"] is None or isinstance(r["minors"]["minimum_age"], int)
    for key in ("handler", "retention", "sharing", "cross_border", "model_training",
                "automated_decision", "minors"):
        assert set(r[key]["evidence"]) <= valid
    art = r["pipl_article_17"]
    assert set(art) == {*ART17_KEYS, "missing"}
    assert art["missing"] == [k for k in ART17_KEYS if not art[k]]
    assert set(r["summary"]) == {"zh", "en"} and len(r["summary"]["zh"]) == len(r["summary"]["en"])
    json.dumps(r, ensure_ascii=False)


def read(data_dir: Path, name: str) -> str:
    return FileReader().read_file(str(data_dir / name)).text


def terms(r: dict[str, Any], key: str) -> set[str]:
    return {x["term"] for x in r[key]}


def test_chinese_notice(analyser: Analyser, data_dir: Path) -> None:
    text = read(data_dir, "zh_notice.md")
    r = analyser.analyse(text, source="zh_notice.md")
    check_shape(r, text)
    assert r["language"] == "zh"
    assert r["title"] == "示例智能助手隐私政策"
    assert r["effective_date"] == "2025-12-10"
    assert r["handler"]["emails"] == ["privacy@example-ai.cn"]  # "[at]" / "[dot]" obfuscation
    assert r["handler"]["phones"] == ["400-123-4567"]
    assert r["model_training"] == {"value": "no", "opt_out": False,
                                   "evidence": r["model_training"]["evidence"]}
    assert "不会将您的对话内容用于训练模型" in _quote(text, r, r["model_training"]["evidence"][0])
    assert r["cross_border"]["value"] == "no"  # stored in China, "不会向境外提供"
    assert r["automated_decision"]["value"] is True
    assert r["minors"]["value"] is True
    assert r["retention"]["stated"] is True  # "注销账号后删除"
    assert r["retention"]["periods"] == ["6个月"]  # a table row under a "保存期限" column
    assert {"contact", "account", "user_content", "voice", "device", "usage_logs"} <= terms(
        r, "data_categories")
    assert "minor_under_14" in terms(r, "sensitive_categories")
    assert {"access", "copy", "correct", "delete", "deregister_account", "withdraw_consent",
            "complain"} <= terms(r, "rights")
    assert r["pipl_article_17"]["missing"] == []
    topics = {t for c in r["clauses"] for t in c["topics"]}
    assert {"collection", "cross_border", "specific_audiences", "contact", "rights"} <= topics


def test_english_notice(analyser: Analyser, data_dir: Path) -> None:
    text = read(data_dir, "en_notice.md")
    r = analyser.analyse(text, source="en_notice.md")
    check_shape(r, text)
    assert r["language"] == "en"
    assert r["effective_date"] == "2025-03-03"
    # the privacy address (obfuscated) counts; the press address does not
    assert r["handler"]["emails"] == ["privacy@example.com"]
    # "yes by default for consumers, no for business" is a yes, with the consumer opt-out
    assert r["model_training"]["value"] == "yes"
    assert r["model_training"]["opt_out"] is True
    assert "model_training" in terms(r, "purposes")
    assert r["cross_border"]["value"] == "yes"
    assert r["retention"]["stated"] is True
    assert "30 days" in r["retention"]["periods"]
    assert r["minors"] == {"value": True, "minimum_age": 18, "evidence": r["minors"]["evidence"]}
    # rights that exist "if you are in the EEA" are still rights the notice tells of
    assert {"access", "correct", "delete", "portability", "restrict_object", "complain"} <= terms(
        r, "rights")
    # denied collection is not collection
    assert not terms(r, "sensitive_categories")
    assert {"biometric", "health"}.isdisjoint(terms(r, "data_categories"))
    assert {"contact", "account", "user_content", "device", "usage_logs"} <= terms(
        r, "data_categories")


def _quote(text: str, r: dict[str, Any], clause_id: int) -> str:
    c = r["clauses"][clause_id]
    return text[c["start"] : c["end"]]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("We do not use your conversations to train our models.", "no"),
        ("We never use customer content to train or improve our AI models.", "no"),
        ("We may use your prompts and outputs to train and improve our models.", "yes"),
        ("We do not use your inputs to train our models unless you opt in.", "yes"),
        ("我们不会将您的输入内容用于模型训练。", "no"),
        ("我们可能会使用您的对话内容训练和优化我们的模型。", "yes"),
        ("未经您的单独同意，我们不会将您的对话内容用于模型训练。", "yes"),
        ("We use cookies to remember your settings.", "not_stated"),
    ],
)
def test_training_negation_and_exceptions(analyser: Analyser, sentence: str, value: str) -> None:
    assert analyser.analyse(sentence)["model_training"]["value"] == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Your data may be transferred to servers in other countries.", "yes"),
        ("We do not transfer personal information outside your country.", "no"),
        ("您的个人信息将存储在中华人民共和国境内。", "no"),
        ("如需向境外提供您的个人信息，我们会单独征得您的同意。", "yes"),
        ("我们不会向境外提供您的个人信息。", "no"),
        ("We collect your email address.", "not_stated"),
    ],
)
def test_cross_border(analyser: Analyser, sentence: str, value: str) -> None:
    assert analyser.analyse(sentence)["cross_border"]["value"] == value


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("Contact our DPO at dpo (at) example (dot) org.", "dpo@example.org"),
        ("Email privacy[at]example[dot]co[dot]uk with any questions.", "privacy@example.co.uk"),
        ("Write to Privacy.Team@Example.COM about your rights.", "privacy.team@example.com"),
        ("如有疑问，请联系 privacy＠example．cn。", "privacy@example.cn"),
        ("请通过 dpo AT example DOT com 联系个人信息保护负责人。", "dpo@example.com"),
    ],
)
def test_obfuscated_emails(analyser: Analyser, text: str, email: str) -> None:
    assert analyser.analyse(text)["handler"]["emails"] == [email]


def test_press_only_address_is_not_a_privacy_contact(analyser: Analyser) -> None:
    r = analyser.analyse("Journalists and media: press@example.com.")
    assert r["handler"]["emails"] == []


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("We keep chat logs for 30 days.", True),
        ("我们将在您注销账号后删除您的个人信息。", True),
        ("我们对日志信息的保存期限为6个月。", True),
        ("We retain your information for as long as necessary to provide the services.", False),
        ("We will respond to your request within 45 days.", False),
    ],
)
def test_retention(analyser: Analyser, text: str, stated: bool) -> None:
    assert analyser.analyse(text)["retention"]["stated"] is stated


def test_automated_decision_denied_or_only_as_a_right(analyser: Analyser) -> None:
    assert analyser.analyse("We use profiling to personalise ads.")["automated_decision"][
        "value"] is True
    assert analyser.analyse(
        "We do not make decisions based solely on automated decision-making.")[
        "automated_decision"]["value"] is False
    assert analyser.analyse(
        "You have the right to opt out of profiling.")["automated_decision"]["value"] is False


def test_table_rows_are_read(analyser: Analyser) -> None:
    text = "| 类别 | 用途 |\n|---|---|\n| 人脸信息 | 我们收集人脸信息用于实名认证 |"
    r = analyser.analyse(text)
    assert "biometric" in terms(r, "sensitive_categories")
    assert all(text[c["start"] : c["end"]].count("|") >= 1 for c in r["clauses"])


def test_retention_period_in_a_table_column(analyser: Analyser) -> None:
    text = "| Data | Retention |\n|---|---|\n| Logs | 90 days |\n| Chats | 2 years |"
    assert analyser.analyse(text)["retention"]["periods"] == ["90 days", "2 years"]
    other = "| Data | Shared with |\n|---|---|\n| Logs | 90 days of partners |"
    assert analyser.analyse(other)["retention"]["stated"] is False


def test_mixed_language_document(analyser: Analyser) -> None:
    text = ("我们会收集您的手机号码和设备信息。我们采取加密等安全措施保护您的信息。\n"
            "English summary: we share your data with service providers.")
    r = analyser.analyse(text)
    assert r["language"] == "zh"
    by_text = {text[c["start"] : c["end"]]: set(c["topics"]) for c in r["clauses"]}
    assert "collection" in by_text["我们会收集您的手机号码和设备信息。"]
    assert "sharing" in by_text["English summary: we share your data with service providers."]


def test_forced_language(analyser: Analyser) -> None:
    assert analyser.analyse("我们收集信息。", lang="en")["language"] == "en"


def test_empty_text(analyser: Analyser) -> None:
    r = analyser.analyse("")
    check_shape(r, "")
    assert r["clauses"] == [] and r["pipl_article_17"]["missing"] == list(
        r["pipl_article_17"])[:-1]


def test_huge_input_is_capped(analyser: Analyser) -> None:
    unit = "We collect your email address. 我们收集您的手机号码。\n"
    text = unit * (MAX_ANALYSED_CHARS // len(unit) + 5000)
    r = analyser.analyse(text)
    assert r["chars"] == len(text) > MAX_ANALYSED_CHARS
    assert r["clauses"][-1]["end"] <= MAX_ANALYSED_CHARS
    assert len(r["clauses"]) <= MAX_CLAUSES
    assert all(len(x["evidence"]) <= 12 for x in r["data_categories"])


def test_models_load_once(data_dir: Path) -> None:
    from consent_ledger.paths import resources_dir

    fresh = Analyser(resources_dir())
    fresh.analyse("We collect your name.")
    models, lexicon = fresh.models, fresh.lexicon
    fresh.analyse("我们收集您的姓名。")
    assert fresh.models is models and fresh.lexicon is lexicon


def test_internal_failure_still_answers(tmp_path: Path) -> None:
    broken = Analyser(tmp_path)  # no models or lexicons here
    r = broken.analyse("We collect your name.", source="x")
    assert r["error"]["code"] == "analysis_failed"
    assert r["source"] == "x" and r["clauses"] == []


def test_hostile_runs_are_analysed(analyser: Analyser) -> None:
    for text in ("a" * 100_000, "x@" * 50_000, "我们收集" * 30_000, "| a " * 30_000):
        r = analyser.analyse(text)
        assert "error" not in r
        check_shape(r, text)


def test_an_html_notice_of_a_coding_assistant(analyser: Analyser, data_dir: Path) -> None:
    """A written-for-the-project HTML notice: navigation and footer dropped, every term read."""
    r = analyser.analyse(read(data_dir, "en_coding_assistant.html"))
    assert r["title"] == "Orbit Code Privacy Policy"
    assert r["effective_date"] == "2026-02-01"
    assert r["handler"]["emails"] == ["privacy@orbitcode.example"]
    assert r["handler"]["names"] == ["Orbit Code Inc."]
    assert terms(r, "data_categories") >= {"user_content", "usage_logs", "account", "contact"}
    assert r["retention"]["stated"] is True and r["retention"]["periods"] == ["13 months"]
    assert r["model_training"] == {"value": "no", "opt_out": False,
                                   "evidence": r["model_training"]["evidence"]}
    assert r["sharing"]["entrusted"] is True and r["sharing"]["third_parties"] is False
    assert terms(r, "rights") == {"delete", "deregister_account", "restrict_object"}
    assert r["minors"]["minimum_age"] == 13
    assert r["automated_decision"]["value"] is False


def test_a_chinese_notice_in_numbered_articles(analyser: Analyser, data_dir: Path) -> None:
    """第一条…第八条 without Markdown headings: each article is a section of its own."""
    text = read(data_dir, "zh_numbered_articles.md")
    r = analyser.analyse(text)
    clauses = analyser.clauses(text)
    headings = [text[c["start"]:c["end"]]
                for c, clause in zip(r["clauses"], clauses, strict=True) if clause.kind == "heading"]
    # (the title line, alone between blank lines, is a heading too)
    assert headings[:4] == ["星火写作个人信息保护政策", "第一条 适用范围", "第二条 我们处理的个人信息",
                            "第三条 跨境传输"]
    assert r["handler"]["names"] == ["上海星火云文科技有限公司"]
    assert r["handler"]["emails"] == ["dpo@xinghuo-write.cn"]
    assert terms(r, "data_categories") >= {"contact", "account", "user_content", "biometric",
                                           "device", "usage_logs"}
    assert terms(r, "sensitive_categories") == {"biometric"}
    assert r["cross_border"]["value"] == "yes"
    assert r["retention"]["periods"] == ["180天"]
    assert r["model_training"]["value"] == "yes" and r["model_training"]["opt_out"] is True
    assert r["automated_decision"]["value"] is True  # templates recommended from writing habits
    assert terms(r, "rights") >= {"access", "copy", "portability", "correct", "delete",
                                  "restrict_object"}
    assert r["minors"]["minimum_age"] == 14
    assert r["sharing"]["third_parties"] is False
