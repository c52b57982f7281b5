"""Settings over the real vault: language switch keeps the session, auto-lock minutes persist,
backup is an encrypted copy, the passphrase can be changed, the profile is saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import PASSPHRASE, create_vault, wait_idle

pytestmark = pytest.mark.gui


def test_language_switch_rebuilds_the_window_in_chinese(qtbot, desktop) -> None:
    workspace = create_vault(qtbot, desktop)
    old_window = desktop.window
    settings = workspace.settings
    settings.language.setCurrentIndex(settings.language.findData("zh"))
    qtbot.waitUntil(lambda: desktop.window is not old_window
                    and desktop.window.workspace is not None, timeout=10000)
    assert desktop.window.windowTitle() == "知情账本"
    assert desktop.window.workspace.tabs.tabText(0) == "服务(&S)"
    assert desktop.session.is_open  # switching language does not lock
    stored = json.loads(desktop.wiring.settings.layout.settings.read_text(encoding="utf-8"))
    assert stored["gui"]["language"] == "zh"
    wait_idle(qtbot, desktop)


def test_auto_lock_minutes_persist(qtbot, desktop) -> None:
    workspace = create_vault(qtbot, desktop)
    workspace.settings.auto_lock.setValue(3)
    assert desktop.session.idle_lock.interval_ms == 3 * 60_000
    path = desktop.wiring.settings.layout.settings
    assert json.loads(path.read_text(encoding="utf-8"))["gui"]["auto_lock_minutes"] == 3
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    workspace.settings.auto_lock.setValue(0)
    assert not desktop.session.idle_lock.armed


def test_backup_is_an_encrypted_copy(qtbot, desktop, tmp_path: Path) -> None:
    workspace = create_vault(qtbot, desktop)
    wait_idle(qtbot, desktop)
    dest = tmp_path / "backup.db"
    desktop.prompts.answer("save_file", str(dest))
    workspace.settings.backup_button.click()
    qtbot.waitUntil(dest.exists, timeout=20000)
    wait_idle(qtbot, desktop)
    assert not dest.read_bytes().startswith(b"SQLite format 3")
    assert "Backed up to" in workspace.settings.vault_status.text()


def test_profile_and_rekey(qtbot, desktop) -> None:
    workspace = create_vault(qtbot, desktop)
    wait_idle(qtbot, desktop)
    settings = workspace.settings
    settings.name.setText("Li Lei")
    settings.email.setText("li.lei@example.org")
    settings.save_profile.click()
    qtbot.waitUntil(lambda: settings.vault_status.text() == "Your details are saved.",
                    timeout=10000)
    settings._on_rekey()
    dialog = settings.rekey_dialog
    assert dialog.passphrase.isChecked() and dialog.old.isVisibleTo(dialog)
    dialog.old.setText("wrong passphrase")
    dialog.new.setText("a brand new passphrase")
    dialog.again.setText("a brand new passphrase")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=30000)
    assert "could not be opened" in dialog.error.text()
    assert desktop.session.is_open
    dialog.old.setText(PASSPHRASE)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=60000)
    wait_idle(qtbot, desktop)
    window = desktop.window
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.unlock_page is not None, timeout=10000)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.button.click()
    qtbot.waitUntil(lambda: not window.unlock_page.error.isHidden(), timeout=30000)
    window.unlock_page.passphrase.setText("a brand new passphrase")
    window.unlock_page.button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    settings = window.workspace.settings
    qtbot.waitUntil(lambda: settings.email.text() == "li.lei@example.org", timeout=10000)


def test_restore_replaces_the_vault_and_locks(qtbot, desktop, tmp_path: Path) -> None:
    from consent_ledger.core.model import Service

    workspace = create_vault(qtbot, desktop)
    desktop.session.op(lambda ledger: ledger.register.add_service(Service(name="Kept"))).run()
    wait_idle(qtbot, desktop)
    backup = tmp_path / "backup.db"
    desktop.prompts.answer("save_file", str(backup))
    workspace.settings.backup_button.click()
    qtbot.waitUntil(backup.exists, timeout=20000)
    desktop.session.op(lambda ledger: ledger.register.add_service(Service(name="Later"))).run()
    wait_idle(qtbot, desktop)
    settings = workspace.settings
    qtbot.waitUntil(lambda: getattr(settings, "current_key_source", "") == "passphrase",
                    timeout=10000)
    desktop.prompts.answer("open_file", str(backup)).answer("confirm", True) \
        .answer("text", PASSPHRASE)
    settings.restore_button.click()
    window = desktop.window
    qtbot.waitUntil(lambda: window.unlock_page is not None, timeout=30000)
    kept = list((desktop.wiring.settings.layout.backups).glob("*before-restore*"))
    assert kept, "the replaced vault is kept in backups/"
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    services = window.workspace.services
    qtbot.waitUntil(lambda: services.model.rowCount() == 1, timeout=10000)
    assert services.model.rows[0].name == "Kept"


def test_export_register_as_json(qtbot, desktop, tmp_path: Path) -> None:
    workspace = create_vault(qtbot, desktop)
    desktop.session.op(lambda ledger: ledger.register.add_from_catalogue("claude")).run()
    wait_idle(qtbot, desktop)
    dest = tmp_path / "export.json"
    desktop.prompts.answer("save_file", str(dest))
    workspace.settings.export_button.click()
    qtbot.waitUntil(dest.exists, timeout=20000)
    document = json.loads(dest.read_text(encoding="utf-8"))
    assert "Claude" in json.dumps(document, ensure_ascii=False)
    assert oct(dest.stat().st_mode & 0o777) == "0o600"
    qtbot.waitUntil(lambda: "not encrypted" in workspace.settings.vault_status.text(),
                    timeout=10000)
