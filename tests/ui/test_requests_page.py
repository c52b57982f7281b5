"""Requests and letters over the real core: events with an encrypted attachment and saving it back,
the letter as e-mail (.eml that parses), copying, follow-ups, and the audit's next step opening the
composer prefilled."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from .conftest import compose_for, create_vault, wait_idle

pytestmark = pytest.mark.gui


def test_eml_copy_and_sent(qtbot, desktop, tmp_path: Path) -> None:
    workspace, composer = compose_for(qtbot, desktop)
    composer.lang_box.setCurrentIndex(composer.lang_box.findData("zh"))
    qtbot.waitUntil(lambda: "个人信息" in composer.preview_text(), timeout=20000)
    dest = tmp_path / "letter.eml"
    desktop.prompts.answer("save_file", str(dest))
    composer.export("eml")
    qtbot.waitUntil(dest.exists, timeout=20000)
    message = email.message_from_bytes(dest.read_bytes(), policy=policy.default)
    assert message["To"] and "@" in message["To"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "个人信息" in body
    saved = body.replace("\r\n", "\n").strip()
    assert saved == composer.preview_text().strip()  # what you saw is what you saved
    composer.copy_text()
    qtbot.waitUntil(lambda: "个人信息" in QApplication.clipboard().text(), timeout=10000)
    desktop.prompts.answer("confirm", False)  # changed their mind: nothing recorded
    composer.mark_sent()
    assert composer.last_view is None
    desktop.prompts.answer("confirm", True)
    composer.mark_sent()
    qtbot.waitUntil(lambda: composer.last_view is not None, timeout=20000)
    assert composer.request_id is not None
    composer.close()


def test_preview_waits_for_what_it_needs(qtbot, desktop) -> None:
    workspace, composer = compose_for(qtbot, desktop)
    composer.type_box.setCurrentIndex(composer.type_box.findData("withdraw_consent"))
    qtbot.waitUntil(lambda: composer.preview_text() == "" and composer.status.text() != "",
                    timeout=20000)
    assert not [s for s in desktop.prompts.shown if s.kind == "error"]  # no dialog per keystroke
    assert composer.processing.isVisible()
    composer.processing.setText("using my conversations to train models")
    qtbot.waitUntil(lambda: "using my conversations to train models" in composer.preview_text(),
                    timeout=20000)
    assert composer.status.text() == ""
    composer.close()


def test_events_attachments_and_followups(qtbot, desktop, tmp_path: Path) -> None:
    workspace, composer = compose_for(qtbot, desktop)
    desktop.prompts.answer("confirm", True)
    composer.mark_sent()
    qtbot.waitUntil(lambda: composer.last_view is not None, timeout=20000)
    composer.close()
    requests = workspace.requests
    qtbot.waitUntil(lambda: requests.current_view() is not None
                    and str(requests.current_view().status) == "sent", timeout=10000)
    assert requests.reminder_button.isEnabled()
    reply = tmp_path / "reply.txt"
    reply.write_text("我们已收到您的申请。", encoding="utf-8")
    requests._on_record_event()
    dialog = requests.event_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("acknowledged"))
    dialog.note.setText("ticket 42")
    desktop.prompts.answer("open_file", str(reply))
    dialog._on_browse()
    dialog.accept()
    qtbot.waitUntil(lambda: requests.current_view() is not None
                    and str(requests.current_view().status) == "acknowledged", timeout=20000)
    texts = [requests.events.item(i).text() for i in range(requests.events.count())]
    assert any("ticket 42" in t for t in texts)
    assert any("reply.txt" in t for t in texts)
    # save the attachment back out (it is kept encrypted in the vault)
    row = next(i for i in range(requests.events.count())
               if "reply.txt" in requests.events.item(i).text())
    out = tmp_path / "copy.txt"
    desktop.prompts.answer("save_file", str(out))
    requests._on_event_activated(requests.events.item(row))
    qtbot.waitUntil(out.exists, timeout=10000)
    assert out.read_text(encoding="utf-8") == "我们已收到您的申请。"
    # a reminder built from the history
    requests.reminder_button.click()
    from consent_ledger.ui.pages.letter_view import LetterView

    qtbot.waitUntil(lambda: any(isinstance(w, LetterView) and w.letter is not None
                                for w in requests.findChildren(LetterView)), timeout=20000)
    view = next(w for w in requests.findChildren(LetterView) if w.letter is not None)
    assert view.letter.kind == "reminder"
    assert view.text.toPlainText().strip()
    view.close()


def test_audit_next_step_opens_the_composer(qtbot, desktop, notice_file: Path) -> None:
    workspace = create_vault(qtbot, desktop)
    ids: list[int] = []

    def setup(ledger):  # type: ignore[no-untyped-def]
        service = ledger.register.add_from_catalogue("deepseek")
        ledger.register.add_grant(service.id, ["user_content", "biometric"])
        ledger.notices.import_file(service.id, str(notice_file))
        ids.append(service.id)

    desktop.session.op(setup).run()
    wait_idle(qtbot, desktop)
    workspace.changed.emit()
    audit = workspace.audit
    qtbot.waitUntil(lambda: audit.report is not None and bool(audit.report.services),
                    timeout=20000)
    from consent_ledger.ui.pages.audit import ACTION_ROLE

    top = audit.tree.topLevelItem(0)
    actions = [top.child(i) for i in range(top.childCount())
               if top.child(i).data(0, ACTION_ROLE) is not None
               and top.child(i).data(0, ACTION_ROLE).request_type is not None]
    assert actions, "a letter is among the next steps"
    action = actions[0].data(0, ACTION_ROLE)
    audit._on_activated(actions[0])
    from consent_ledger.ui.pages.composer import LetterComposer

    composers = workspace.findChildren(LetterComposer)
    assert composers
    composer = composers[-1]
    assert composer.type_box.currentData() == str(action.request_type.value)
    qtbot.waitUntil(lambda: composer.preview_text() != "", timeout=20000)
    composer.close()


def test_overdue_requests_stand_out(qtbot, desktop) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette

    workspace = create_vault(qtbot, desktop)

    def setup(ledger):  # type: ignore[no-untyped-def]
        service = ledger.register.add_from_catalogue("doubao")
        late = ledger.requests.create(service.id, "delete", lang="zh")
        ledger.requests.record_event(late.id, "sent", at=date.today() - timedelta(days=90))
        fresh = ledger.requests.create(service.id, "access", lang="zh")
        ledger.requests.record_event(fresh.id, "sent")

    desktop.session.op(setup).run()
    wait_idle(qtbot, desktop)
    workspace.changed.emit()
    requests = workspace.requests
    model = requests.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)
    by_type = {str(view.request.type): row for row, view in enumerate(model.rows)}
    late, fresh = by_type["delete"], by_type["access"]
    assert model.index(late, model.STATUS).data() == "overdue"
    assert "overdue" in model.index(late, model.DUE).data()
    highlight = QApplication.palette().brush(QPalette.ColorRole.Highlight)
    assert model.index(late, model.DUE).data(Qt.ItemDataRole.BackgroundRole) == highlight
    assert model.index(fresh, model.DUE).data(Qt.ItemDataRole.BackgroundRole) is None
    requests.status_box.setCurrentIndex(requests.status_box.findData("overdue"))
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    assert str(model.rows[0].request.type) == "delete"


def test_evidence_bundle_and_calendar(qtbot, desktop, tmp_path: Path) -> None:
    from consent_ledger.letters.bundle import verify

    workspace, composer = compose_for(qtbot, desktop)
    desktop.prompts.answer("confirm", True)
    composer.mark_sent()
    qtbot.waitUntil(lambda: composer.last_view is not None, timeout=20000)
    composer.close()
    requests = workspace.requests
    qtbot.waitUntil(lambda: requests.current_view() is not None
                    and requests.bundle_button.isEnabled(), timeout=10000)
    bundle = tmp_path / "evidence.zip"
    desktop.prompts.answer("save_file", str(bundle))
    requests.bundle_button.click()
    qtbot.waitUntil(lambda: getattr(requests, "last_written", "") == str(bundle), timeout=30000)
    assert verify(bundle) == []
    calendar = tmp_path / "replies.ics"
    desktop.prompts.answer("save_file", str(calendar))
    requests.calendar_button.click()
    qtbot.waitUntil(lambda: getattr(requests, "last_written", "") == str(calendar),
                    timeout=30000)
    text = calendar.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in text
    due = composer.last_view.due.due.strftime("%Y%m%d")
    assert due in text
