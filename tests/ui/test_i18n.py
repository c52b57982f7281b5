"""Translations: the Qt Linguist catalogues are complete and consistent with the code, the app
really speaks Chinese, and the CLI's message tables have both languages with the same fields."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from consent_ledger.ui.i18n import catalogue_for, lrelease_path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
UI = ROOT / "desktop" / "consent_ledger" / "ui"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d+")
CATALOGUES = ("consent_ledger_zh_CN.ts", "consent_ledger_en.ts")


def messages(ts: Path) -> list[tuple[str, str, str, str]]:
    """(context, source, translation, type) for every message of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", translation.text or "",
                        translation.get("type", "")))
    return out


@pytest.mark.parametrize("name", CATALOGUES)
def test_placeholders_match(name: str) -> None:
    found = messages(I18N / name)
    assert len(found) > 300
    for context, source, translation, _kind in found:
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), \
            (context, source, translation)


def test_chinese_is_complete() -> None:
    for context, source, translation, kind in messages(I18N / "consent_ledger_zh_CN.ts"):
        assert kind not in ("unfinished", "vanished", "obsolete"), (context, source)
        assert translation.strip(), (context, source)
        if "&" in source.replace("&&", ""):
            assert "&" in translation, f"keyboard mnemonic lost: {context}: {source}"
        words = PLACEHOLDER.sub("", source)
        if re.search(r"[A-Za-z]{4,}", words) and source != "PDF (*.pdf)":
            assert re.search(r"[\u4e00-\u9fff]", translation), (context, source, translation)


def test_catalogues_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """Regenerate the source list with lupdate: nothing in the code is missing from the .ts."""
    tool = Path(lrelease_path() or "").with_name("lupdate")
    if not tool.is_file():
        pytest.skip("lupdate not shipped with this PySide6")
    files = sorted(str(p) for p in UI.rglob("*.py") if p.name != "pdf.py")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(tool), "-silent", "-locations", "none", *files, "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    wanted = {(c, s) for c, s, _t, _k in messages(fresh)}
    for name in CATALOGUES:
        have = {(c, s) for c, s, _t, _k in messages(I18N / name)}
        assert wanted - have == set(), f"{name} is out of date: run pyside6-lupdate (README)"


def test_catalogue_compiles_into_the_cache(tmp_path: Path) -> None:
    qm = catalogue_for("zh", I18N, tmp_path / "cache")
    assert qm is not None and qm.is_file() and qm.parent == tmp_path / "cache"
    assert qm.read_bytes()[:4] == bytes.fromhex("3cb86418")  # Qt .qm magic
    mtime = qm.stat().st_mtime_ns
    assert catalogue_for("zh", I18N, tmp_path / "cache") == qm  # current: not rebuilt
    assert qm.stat().st_mtime_ns == mtime


@pytest.mark.gui
def test_app_speaks_chinese(qapp, wiring) -> None:  # type: ignore[no-untyped-def]
    from consent_ledger.ui.application import DesktopApp
    from consent_ledger.ui.prompts import Prompts

    desktop = DesktopApp(qapp, wiring, prompts=Prompts().script(), lang_option="zh")
    try:
        assert desktop.window.windowTitle() == "知情账本"
        assert desktop.window.lock_action.text() == "立即锁定(&L)"
        from consent_ledger.ui.models import labels

        assert labels.category("user_content") == "提示词与对话内容"
        from consent_ledger.core.errors import VaultLockedError
        from consent_ledger.ui.errors import error_text

        assert error_text(VaultLockedError("x")).startswith("无法打开账本")
        from PySide6.QtWidgets import QDialogButtonBox

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        assert sorted(b.text() for b in box.buttons()) == sorted(["保存", "取消"])  # Qt's own
        box.deleteLater()
    finally:
        desktop.window.close()
        desktop.shutdown()
        desktop.translations.install("en")
    assert desktop.translations.language == "en"


def test_cli_messages_have_both_languages() -> None:
    from consent_ledger.cli.i18n import all_messages

    table = all_messages()
    assert len(table) > 20
    for key, entry in table.items():
        assert set(entry) >= {"en", "zh"}, key
        assert entry["en"].strip() and entry["zh"].strip(), key
        fields_en = sorted(re.findall(r"\{(\w+)[^}]*\}", entry["en"]))
        fields_zh = sorted(re.findall(r"\{(\w+)[^}]*\}", entry["zh"]))
        assert fields_en == fields_zh, (key, entry)
