"""The public formula document matches the code, and every code reads in both languages."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from consent_ledger.audit import risk, texts
from consent_ledger.audit.model import Action, Evidence, Reason
from consent_ledger.core.vocab import ART17_KEYS, DATA_CATEGORIES, RequestType

DOC = Path(risk.__file__).with_name("RISK-MODEL.md")


def doc_table(heading: str) -> list[list[str]]:
    text = DOC.read_text(encoding="utf-8")
    section = text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]


def test_points_table_matches_the_code() -> None:
    rows = {row[0].strip("`"): int(row[1]) for row in doc_table("Points")}
    assert rows == risk.POINTS


def test_thresholds_and_caps_are_the_documented_ones() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"score ≥ {risk.HIGH_SCORE}" in text and f"score ≥ {risk.MEDIUM_SCORE}" in text
    tiers = DOC.read_text(encoding="utf-8").split("## Tiers", 1)[1].split("## Evidence", 1)[0]
    high_line = next(line for line in tiers.splitlines() if line.startswith("| high"))
    assert set(re.findall(r"`(\w+)`", high_line)) == set(risk.HIGH_WITH_SENSITIVE) | {
        "sensitive_data_given"}
    medium_line = next(line for line in tiers.splitlines() if line.startswith("| medium"))
    assert set(re.findall(r"`(\w+)`", medium_line)) == set(risk.MEDIUM_FLOOR)
    assert f"at most {risk.DATA_GIVEN_CAP}" in text and f"at most {risk.ART17_CAP}" in text


def test_actions_table_is_in_code_order() -> None:
    assert [row[0].strip("`") for row in doc_table("Next actions")] == list(risk.ACTION_ORDER)


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("table", [texts.TIERS, texts.CATEGORIES, texts.TOPICS, texts.REASONS,
                                   texts.ACTIONS, texts.LABELS, texts.REQUEST_TYPES])
def test_both_languages_with_the_same_placeholders(table: texts.Table) -> None:
    for key, entry in table.items():
        assert set(entry) == {"en", "zh"}, key
        assert fields(entry["en"]) == fields(entry["zh"]), key


def test_every_code_has_words() -> None:
    assert set(texts.REASONS) == set(risk.POINTS)
    assert set(texts.ACTIONS) == set(risk.ACTION_ORDER)
    assert set(DATA_CATEGORIES) <= set(texts.CATEGORIES)
    assert set(ART17_KEYS) <= set(texts.TOPICS)
    assert {t.value for t in RequestType} == set(texts.REQUEST_TYPES)


def test_reason_and_evidence_read_out() -> None:
    reason = Reason("art17_missing", 2, Evidence(notice_version=7, notice_number=2, clauses=(3, 4)),
                    {"missing": ["retention", "handler_contact"]})
    assert texts.reason_text(reason, "en") == (
        "The notice (v2) omits items PIPL Art. 17 requires: retention period, the handler's contact.")
    assert texts.reason_text(reason, "zh") == (
        "隐私政策（第 2 版）缺少《个人信息保护法》第十七条要求告知的事项：保存期限、处理者联系方式。")
    assert texts.evidence_text(reason.evidence, "en") == "notice v2 clauses 3, 4"
    assert texts.evidence_text(Evidence(grants=(1, 2), requests=(9,)), "zh") == \
        "提供记录 #1, #2; 请求 #9"
    action = Action("delete_sensitive", 1, RequestType.DELETE, {"categories": ["biometric"]})
    assert texts.action_text(action, "en").endswith("biometrics (face, fingerprint, voiceprint).")
