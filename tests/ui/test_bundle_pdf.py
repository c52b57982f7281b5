"""The Requests tab's evidence bundle carries the letters as PDF, painted on the GUI thread (Qt
documents QPainter in other threads only for QImage, QPrinter and QPicture), zipped on the pool."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from consent_ledger.letters.bundle import LETTER_PDF, verify

from .conftest import compose_for, create_vault, wait_idle

pytestmark = pytest.mark.gui


def _text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "extract.pdf"
    path.write_bytes(data)
    return "".join("".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).split())


def test_bundle_from_the_requests_tab_has_the_letters_as_pdf(qtbot, desktop, tmp_path: Path,
                                                             monkeypatch) -> None:
    workspace, composer = compose_for(qtbot, desktop)
    composer.lang_box.setCurrentIndex(composer.lang_box.findData("zh"))
    qtbot.waitUntil(lambda: "个人信息" in composer.preview_text(), timeout=20000)
    desktop.prompts.answer("confirm", True)
    composer.mark_sent()
    qtbot.waitUntil(lambda: composer.last_view is not None, timeout=20000)
    request_id = int(composer.request_id)
    provider = composer.last_view.service.provider
    composer.close()
    desktop.session.op(lambda ledger: ledger.requests.record_event(request_id, "reminded")).run()
    wait_idle(qtbot, desktop)

    wiring = desktop.session.wiring
    real_writer = wiring.pdf_writer()
    painted_on: list[bool] = []

    def watched(html: str, dest: Path, **kw: Any) -> None:
        painted_on.append(threading.current_thread() is threading.main_thread())
        real_writer(html, dest, **kw)

    monkeypatch.setattr(wiring, "pdf_writer", lambda: watched)
    requests = workspace.requests
    requests.reload()
    qtbot.waitUntil(lambda: requests.select_request(request_id)
                    and requests.bundle_button.isEnabled(), timeout=10000)
    bundle = tmp_path / "evidence.zip"
    desktop.prompts.answer("save_file", str(bundle))
    requests.bundle_button.click()
    qtbot.waitUntil(lambda: getattr(requests, "last_written", "") == str(bundle), timeout=30000)

    assert painted_on == [True, True]  # the request and the reminder, both on the GUI thread
    assert verify(bundle) == []
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        letter = archive.read(LETTER_PDF)
        letter_txt = archive.read("letter/letter.txt").decode("utf-8")
        reminders = [n for n in names if "generated-reminder" in n and n.endswith(".pdf")]
        assert len(reminders) == 1
        reminder = archive.read(reminders[0])
    text = _text(letter, tmp_path)
    assert provider and "".join(provider.split()) in text
    assert "个人信息权利行使申请书" in text
    first_lines = [line for line in letter_txt.splitlines() if line.strip()][:3]
    assert all("".join(line.split()) in text for line in first_lines)
    assert "催告" in _text(reminder, tmp_path)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".letter-")] == []


def test_bundle_into_a_missing_folder_says_so(qtbot, desktop, tmp_path: Path) -> None:
    workspace = create_vault(qtbot, desktop)
    ids: list[int] = []
    desktop.session.op(lambda ledger: ids.append(ledger.register.add_from_catalogue("kimi").id)
                       ).run()
    wait_idle(qtbot, desktop)
    created: list[int] = []
    desktop.session.op(lambda ledger: created.append(int(ledger.requests.create(
        ids[0], "access", lang="zh").id))).run()
    wait_idle(qtbot, desktop)
    desktop.session.op(lambda ledger: ledger.requests.record_event(created[0], "sent")).run()
    wait_idle(qtbot, desktop)
    requests = workspace.requests
    requests.reload()
    qtbot.waitUntil(lambda: requests.select_request(created[0])
                    and requests.bundle_button.isEnabled(), timeout=10000)
    errors: list[BaseException] = []
    requests.exports.failed.connect(errors.append)
    desktop.prompts.answer("save_file", str(tmp_path / "gone" / "evidence.zip"))
    requests.bundle_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert getattr(errors[0], "code", "") == "no_folder"
    qtbot.waitUntil(lambda: any(s.kind == "error" for s in desktop.prompts.shown), timeout=10000)
    shown = [s for s in desktop.prompts.shown if s.kind == "error"]
    assert len(shown) == 1 and "gone" in shown[0].text  # one line naming the folder
    assert not (tmp_path / "gone").exists()
