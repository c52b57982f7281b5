"""Small parts of the desktop app: what a drop carries, the settings file, UTF-16 offsets for
highlighting, the idle timer, the scripted prompts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl

from consent_ledger.ui.pages.dropping import notice_drop
from consent_ledger.ui.pages.notice_view import utf16_offsets
from consent_ledger.ui.prompts import Prompts
from consent_ledger.ui.settings import GuiSettings, SettingsStore


def test_notice_drop_kinds(qapp) -> None:  # type: ignore[no-untyped-def]
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile("/tmp/a.jpg"), QUrl.fromLocalFile("/tmp/Privacy.HTML")])
    drop = notice_drop(files)
    assert drop is not None and drop.kind == "file" and drop.value.endswith("Privacy.HTML")
    link = QMimeData()
    link.setText("https://example.com/privacy\n")
    drop = notice_drop(link)
    assert drop is not None and (drop.kind, drop.value) == ("url", "https://example.com/privacy")
    for text in ("ftp://example.com/p", "javascript:alert(1)", "two\nlines", "file-name.txt"):
        mime = QMimeData()
        mime.setText(text)
        assert notice_drop(mime) is None, text


def test_settings_store_round_trip_and_bad_files(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "data" / "settings.json")
    assert store.load() == GuiSettings()
    prefs = GuiSettings(language="zh", auto_lock_minutes=5, key_source="passphrase")
    prefs.with_geometry(b"\x01\x02geometry")
    store.save(prefs)
    assert store.load() == prefs
    assert store.load().geometry_bytes == b"\x01\x02geometry"
    assert oct(store.path.stat().st_mode & 0o777) == "0o600"
    raw = json.loads(store.path.read_text(encoding="utf-8"))
    raw["cli"] = {"kept": True}  # another front's keys survive a save
    store.path.write_text(json.dumps(raw), encoding="utf-8")
    store.save(GuiSettings(language="en"))
    assert json.loads(store.path.read_text(encoding="utf-8"))["cli"] == {"kept": True}
    store.path.write_text("{not json", encoding="utf-8")
    assert store.load() == GuiSettings()
    store.path.write_text(json.dumps({"gui": {"language": "fr", "auto_lock_minutes": -3,
                                              "key_source": "usb", "extra": 1}}),
                          encoding="utf-8")
    loaded = store.load()
    assert (loaded.language, loaded.auto_lock_minutes, loaded.key_source) == ("system", 0, "")


def test_utf16_offsets_for_astral_characters() -> None:
    assert utf16_offsets("普通文本 plain") is None
    text = "a😀b𝒳c"
    table = utf16_offsets(text)
    assert table is not None
    assert [table[i] for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]


@pytest.mark.gui
def test_highlight_after_an_emoji(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from consent_ledger.core.model import NoticeVersion
    from consent_ledger.ui.pages.notice_view import NoticeView

    text = "😀 We collect your phone number. We train models on your chats."
    start = text.index("We train")
    version = NoticeVersion(
        service_id=1, text=text, sha256="x", source="t.txt", retrieved=datetime.now(UTC),
        number=1, id=1,
        analysis={"clauses": [{"id": 0, "start": 2, "end": start - 1, "topics": []},
                              {"id": 1, "start": start, "end": len(text), "topics": []}],
                  "purposes": [{"term": "model_training", "evidence": [1]}]})
    view = NoticeView()
    qtbot.addWidget(view)
    view.show_version(version)
    assert view.select_term("training AI models")
    assert view.highlighted_text() == ["We train models on your chats."]
    selections = view.text.extraSelections()
    cursor = selections[0].cursor
    assert cursor.selectedText() == "We train models on your chats."  # the UTF-16 shift is handled
    # a theme switch (new palette) recolours the highlight from the palette, no fixed colour
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#123456"))
    try:
        app.setPalette(dark)
        def recoloured() -> bool:
            selections = view.text.extraSelections()
            fmt = selections[0].format
            return bool(fmt.background().color() == QColor("#123456"))

        qtbot.waitUntil(recoloured, timeout=5000)
    finally:
        app.setPalette(light)


def test_scripted_prompts() -> None:
    prompts = Prompts().script().answer("confirm", True).answer("open_file", "/x.md")
    prompts.error(None, "T", "something")
    assert prompts.confirm(None, "T", "sure?") is True
    assert prompts.open_file(None, "T", "*.md") == "/x.md"
    with pytest.raises(AssertionError):
        prompts.confirm(None, "T", "again?")  # nothing queued: fails loudly, never blocks
    prompts.answer("save_file", "/y")
    with pytest.raises(AssertionError):
        prompts.confirm(None, "T", "wrong kind")
    assert [s.kind for s in prompts.shown][:3] == ["error", "confirm", "open_file"]
