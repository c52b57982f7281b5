from __future__ import annotations

import pytest

from consent_ledger.cli import i18n


def test_missing_placeholder_does_not_crash() -> None:
    t = i18n.Translator("en", {"k": {"en": "a {x} b {y}", "zh": "甲 {x}"}})
    assert t("k", x=1) == "a 1 b ?"


def test_same_key_with_different_text_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    tables = [{"error.x": {"en": "one", "zh": "一"}}, {"error.x": {"en": "two", "zh": "二"}}]
    monkeypatch.setattr("consent_ledger.cli.area_messages", lambda: iter(tables))
    with pytest.raises(RuntimeError, match="error.x"):
        i18n.all_messages()


def test_real_tables_merge() -> None:
    assert "error.bad_category" in i18n.all_messages()
