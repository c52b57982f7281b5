"""A service's page over the real core: versions and a readable diff, the drift warning after the
notice changed since consent, drag and drop, fetching over loopback HTTP with cancel, and errors
shown as translated sentences."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from .conftest import DATA, create_vault, wait_idle

pytestmark = pytest.mark.gui


def _open_service(qtbot, desktop, name: str = "Example Chat"):  # type: ignore[no-untyped-def]
    workspace = create_vault(qtbot, desktop)
    services = workspace.services
    services.add_manual.click()
    dialog = services.edit_dialog
    dialog.name.setText(name)
    dialog.provider.setText("Example Chat Technology Co., Ltd.")
    dialog.emails.setText("privacy@example-chat.cn")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: len(workspace.service_pages) == 1, timeout=10000)
    page = next(iter(workspace.service_pages.values()))
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10000)
    return workspace, page


def _import(qtbot, page, path: Path, versions: int) -> None:  # type: ignore[no-untyped-def]
    page.import_file(str(path))
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.versions) == versions
                    and not page.loader.busy, timeout=60000)


def test_versions_diff_and_drift(qtbot, desktop) -> None:
    workspace, page = _open_service(qtbot, desktop)
    _import(qtbot, page, DATA / "notice_en.md", 1)
    assert not page.diff.compare.isEnabled()
    # a consent under version 1
    page.records._on_add_consent()
    dialog = page.records.dialog
    dialog.boxes["provide_service"].setChecked(True)
    assert dialog.version() == 1
    dialog.accept()
    qtbot.waitUntil(lambda: len(page.detail.consents) == 1, timeout=10000)
    assert page.drift_banner.isHidden()
    # version 2 adds marketing and a transfer abroad
    _import(qtbot, page, DATA / "notice_en_v2.md", 2)
    wait_idle(qtbot, desktop)
    qtbot.waitUntil(lambda: not page.drift_banner.isHidden(), timeout=10000)
    assert "PIPL Art. 14" in page.drift_banner.text()
    assert "marketing" in page.drift_banner.text()
    assert page.diff.compare.isEnabled()
    page.diff.compare.click()
    qtbot.waitUntil(lambda: "Version 1 → version 2" in page.diff.view.toPlainText(),
                    timeout=10000)
    text = page.diff.view.toPlainText()
    assert "New purpose: marketing" in text
    assert "Effective date: 2026-01-15 → 2026-06-01" in text
    assert "Singapore" in text  # the changed clause itself
    row = workspace.services.row_of("Example Chat")
    qtbot.waitUntil(lambda: "changed" in (workspace.services.proxy.index(row, 4).data() or ""),
                    timeout=10000)
    # the same text again is not stored twice
    page.import_file(str(DATA / "notice_en_v2.md"))
    qtbot.waitUntil(lambda: any(s.kind == "info" for s in desktop.prompts.shown), timeout=30000)
    assert "already stored as version 2" in desktop.prompts.shown[-1].text


def test_article_17_check_shows_its_clauses_and_asks_for_an_explanation(qtbot, desktop) -> None:
    workspace, page = _open_service(qtbot, desktop)
    view = page.art17
    assert view.items.topLevelItemCount() == 0
    assert not view.explain_button.isEnabled()
    _import(qtbot, page, DATA / "notice_vague_en.md", 1)
    items = [view.items.topLevelItem(i) for i in range(view.items.topLevelItemCount())]
    assert [i.text(1) for i in items] == ["told"] * 4 + ["missing"] * 2
    assert items[4].text(0) == "how long it is kept"
    assert items[4].font(0).bold() and not items[0].font(0).bold()
    assert view.missing == ["retention", "rights_procedure"]
    assert "Not told:" in view.verdict.text() and "Art. 48" in view.verdict.text()
    # a missing item without clauses cannot be shown; a told one can, in the Notice tab
    view.items.setCurrentItem(items[5])
    assert not view.show_button.isEnabled()
    page.tabs.setCurrentWidget(view)
    view.items.setCurrentItem(items[3])  # the kinds of personal information
    assert view.show_button.isEnabled()
    qtbot.keyClick(view.items, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == 0
    lit = " ".join(page.notice.highlighted_text()).lower()
    assert "e-mail address" in lit and "messages" in lit
    assert items[3].text(2) == ", ".join(f"#{i}" for i in page.notice.highlighted)
    # asking for an explanation opens the letter composer on that request type
    view.explain_button.click()
    composer = next(w for w in workspace.findChildren(QDialog) if w.isVisible())
    assert composer.type_box.currentData() == "explain"
    composer.close()


def test_bad_file_gives_one_translated_line(qtbot, desktop) -> None:
    _workspace, page = _open_service(qtbot, desktop)
    page.import_file(str(DATA / "not_a_notice.pdf"))
    qtbot.waitUntil(lambda: any(s.kind == "error" for s in desktop.prompts.shown), timeout=30000)
    shown = [s for s in desktop.prompts.shown if s.kind == "error"][-1]
    assert "Traceback" not in shown.text and "\n" not in shown.text
    assert shown.text
    assert page.import_button.isEnabled() and page.busy.isHidden()
    assert page.detail.versions == []


def _drop(widget, mime: QMimeData, pos: QPoint) -> None:  # type: ignore[no-untyped-def]
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def test_drop_a_file_on_a_service_row(qtbot, desktop) -> None:
    workspace, page = _open_service(qtbot, desktop)
    services = workspace.services
    qtbot.waitUntil(lambda: services.model.rowCount() == 1, timeout=10000)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "notice_en.md"))])
    rect = services.table.visualRect(services.proxy.index(0, 0))
    _drop(services.table, mime, rect.center())
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.versions) == 1,
                    timeout=60000)
    ignored = QMimeData()
    ignored.setUrls([QUrl.fromLocalFile("/tmp/photo.jpg")])
    _drop(page, ignored, QPoint(5, 5))
    assert not page.loader.busy


def test_search_sort_and_filter(qtbot, desktop) -> None:
    workspace = create_vault(qtbot, desktop)
    for entry in ("deepseek", "chatgpt", "kimi"):
        desktop.session.op(lambda ledger, e=entry: ledger.register.add_from_catalogue(e)).run()
    wait_idle(qtbot, desktop)
    workspace.changed.emit()
    services = workspace.services
    qtbot.waitUntil(lambda: services.model.rowCount() == 3, timeout=10000)
    names = [services.proxy.index(r, 0).data() for r in range(3)]
    assert names == sorted(names, key=str.lower)
    services.search.setText("deep")
    assert services.proxy.rowCount() == 1
    services.search.clear()
    services.region.setCurrentIndex(services.region.findData("intl"))
    assert [services.proxy.index(r, 0).data() for r in range(services.proxy.rowCount())] == \
        ["ChatGPT"]
    services.region.setCurrentIndex(0)
    services.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert services.proxy.index(0, 0).data().startswith("Kimi")


class _Slow(BaseHTTPRequestHandler):
    body = (DATA / "notice_en.md").read_bytes()
    delay = 0.0

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/markdown; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        for i in range(0, len(self.body), 256):
            self.wfile.write(self.body[i:i + 256])
            self.wfile.flush()
            time.sleep(self.delay)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def test_fetch_over_loopback_then_cancel(qtbot, desktop, server) -> None:
    _Slow.delay = 0.0
    _workspace, page = _open_service(qtbot, desktop)
    url = f"http://127.0.0.1:{server.server_port}/privacy.md"
    page.fetch_url(url)
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.versions) == 1
                    and not page.loader.busy, timeout=60000)
    assert page.detail.versions[0].source == url
    # a slow answer, cancelled while it downloads: nothing stored, the page usable again
    _Slow.delay = 0.2
    page.fetch_url(url.replace("privacy", "other"))
    qtbot.waitUntil(lambda: page.busy.isVisible() or not page.busy.isHidden(), timeout=5000)
    qtbot.wait(300)
    page.busy.cancel.click()
    qtbot.waitUntil(lambda: not page.loader.busy, timeout=30000)
    wait_idle(qtbot, desktop)
    assert page.busy.isHidden()
    assert len(page.detail.versions) == 1
    assert not [s for s in desktop.prompts.shown if s.kind == "error"]
