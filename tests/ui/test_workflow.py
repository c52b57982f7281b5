"""The whole workflow in a real window over the real core and a real SQLCipher vault:
create vault -> add a service from the catalogue -> import a notice -> see its terms with evidence
-> compose a deletion letter -> export PDF -> mark sent -> the request shows its due date."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import create_vault, wait_idle

pytestmark = pytest.mark.gui


def test_full_workflow(qtbot, desktop, notice_file: Path, tmp_path: Path) -> None:
    workspace = create_vault(qtbot, desktop)
    window = desktop.window
    assert window.windowTitle() == "Consent Ledger"
    services = workspace.services

    # add DeepSeek from the catalogue
    services.add_catalogue.click()
    dialog = services.catalogue_dialog
    qtbot.waitUntil(lambda: dialog.list.count() > 5, timeout=10000)
    assert dialog.select("deepseek")
    assert "Source" in dialog.facts.toPlainText()  # where the facts came from
    dialog.add_button.click()
    qtbot.waitUntil(lambda: len(workspace.service_pages) == 1, timeout=10000)
    page = next(iter(workspace.service_pages.values()))
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10000)
    assert "DeepSeek" in page.detail.service.name
    wait_idle(qtbot, desktop)
    qtbot.waitUntil(lambda: services.model.rowCount() == 1, timeout=10000)
    assert "DeepSeek" in services.model.rows[0].name

    # import a notice file; its terms appear with their evidence
    page.import_file(str(notice_file))
    qtbot.waitUntil(
        lambda: page.detail is not None and len(page.detail.versions) == 1, timeout=60000
    )
    wait_idle(qtbot, desktop)
    notice = page.notice
    assert notice.terms.topLevelItemCount() >= 8
    assert notice.select_term("training AI models")
    assert notice.highlighted, "the training term has evidence clauses"
    lit = " ".join(notice.highlighted_text()).lower()
    assert "train" in lit
    assert len(notice.text.extraSelections()) == len(notice.highlighted)
    assert page.art17.items.topLevelItemCount() == 6

    # compose a deletion letter, export it as PDF, mark it sent
    composer = workspace.compose_letter(page.service_id, "delete")
    qtbot.waitUntil(lambda: composer.preview_text() != "", timeout=20000)
    assert composer.type_box.currentData() == "delete"
    assert "Art" in composer.preview_text() or "PIPL" in composer.preview_text()
    dest = tmp_path / "letter.pdf"
    desktop.prompts.answer("save_file", str(dest))
    composer.export("pdf")
    qtbot.waitUntil(dest.exists, timeout=30000)
    assert dest.read_bytes().startswith(b"%PDF")
    desktop.prompts.answer("confirm", True)
    composer.mark_sent()
    qtbot.waitUntil(lambda: composer.last_view is not None, timeout=20000)
    view = composer.last_view
    assert view.due is not None
    assert str(view.status) == "sent"
    composer.close()

    # the Requests tab shows it with its due date
    requests = workspace.requests
    due = view.due.due.isoformat()

    def shows_due() -> bool:
        model = requests.model
        return model.rowCount() == 1 and due in (model.index(0, model.DUE).data() or "")

    qtbot.waitUntil(shows_due, timeout=10000)
    assert view.due.sent.isoformat() == requests.model.index(0, requests.model.SENT).data()
    assert requests.model.index(0, requests.model.STATUS).data() == "sent"
    assert [s.kind for s in desktop.prompts.shown if s.kind == "error"] == []
