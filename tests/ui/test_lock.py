"""Unlock screen and locking: a wrong passphrase is refused in words and the screen stays; auto-lock
after idle and lock on demand close the ledger on its thread and return to the unlock screen."""

from __future__ import annotations

import pytest

from consent_ledger.ui.dbthread import DbOp

from .conftest import PASSPHRASE, create_vault, wait_idle

pytestmark = pytest.mark.gui


def _ledger_closed(qtbot, desktop) -> bool:  # type: ignore[no-untyped-def]
    answer: list[bool] = []
    DbOp(desktop.session.runner, lambda state: state.ledger is None, raw=True).success(
        answer.append
    ).run()
    qtbot.waitUntil(lambda: bool(answer), timeout=10000)
    return answer[0]


def _existing_vault(wiring) -> None:  # type: ignore[no-untyped-def]
    manager = wiring.vault_manager()
    manager.init("passphrase", PASSPHRASE)


def test_unlock_rejects_wrong_passphrase_then_opens(qtbot, desktop, wiring) -> None:
    _existing_vault(wiring)
    window = desktop.start()
    qtbot.waitUntil(lambda: window.unlock_page is not None, timeout=10000)
    page = window.unlock_page
    assert page.passphrase.isVisibleTo(page)
    page.passphrase.setText("not the passphrase")
    page.button.click()
    qtbot.waitUntil(lambda: not page.error.isHidden(), timeout=30000)
    assert "could not be opened" in page.error.text()
    assert "Traceback" not in page.error.text()
    assert window.unlock_page is page and window.workspace is None
    assert page.passphrase.text() == ""  # cleared, ready for another try
    assert page.button.isEnabled()
    assert _ledger_closed(qtbot, desktop)
    page.passphrase.setText(PASSPHRASE)
    page.button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    assert desktop.session.is_open


def test_empty_passphrase_is_not_sent(qtbot, desktop, wiring) -> None:
    _existing_vault(wiring)
    window = desktop.start()
    qtbot.waitUntil(lambda: window.unlock_page is not None, timeout=10000)
    window.unlock_page.button.click()
    assert window.unlock_page.error.text() == "Please enter the passphrase."
    assert desktop.session.runner.pending == 0


def test_auto_lock_closes_the_ledger(qtbot, desktop) -> None:
    create_vault(qtbot, desktop)
    wait_idle(qtbot, desktop)
    window = desktop.window
    assert not _ledger_closed(qtbot, desktop)
    desktop.session.idle_lock.set_interval_ms(300)
    assert desktop.session.idle_lock.armed
    qtbot.waitUntil(lambda: window.unlock_page is not None, timeout=10000)
    assert not desktop.session.is_open
    assert window.workspace is None
    assert _ledger_closed(qtbot, desktop)


def test_activity_postpones_auto_lock(qtbot, desktop) -> None:
    create_vault(qtbot, desktop)
    wait_idle(qtbot, desktop)
    lock = desktop.session.idle_lock
    lock.set_interval_ms(600)
    search = desktop.window.workspace.services.search
    for _ in range(8):  # 8 x 200 ms of typing: longer than the idle time, never idle
        qtbot.wait(200)
        qtbot.keyClick(search, "a")
        assert desktop.session.is_open
    qtbot.waitUntil(lambda: desktop.window.unlock_page is not None, timeout=10000)
    assert not desktop.session.is_open


def test_lock_on_demand_and_creation_rules(qtbot, desktop) -> None:
    window = desktop.start()
    qtbot.waitUntil(lambda: window.first_run is not None, timeout=10000)
    page = window.first_run
    page.passphrase_choice.setChecked(True)
    page.passphrase.setText("short")
    page.confirm.setText("different")
    page.create_button.click()
    assert page.error.text() == "The two passphrases are not the same."
    page.confirm.setText("short")
    page.create_button.click()
    qtbot.waitUntil(lambda: not page.error.isHidden(), timeout=5000)
    assert "too short" in page.error.text()
    assert not desktop.wiring.settings.layout.vault.exists()
    page.passphrase.setText(PASSPHRASE)
    page.confirm.setText(PASSPHRASE)
    page.create_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    assert window.lock_action.isEnabled()
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.unlock_page is not None, timeout=10000)
    assert _ledger_closed(qtbot, desktop)
    assert window.windowTitle() == "Consent Ledger"
    assert not window.windowIcon().isNull()
    assert window.windowIcon().availableSizes()  # the shipped PNG sizes


def test_closing_twice_is_harmless(qtbot, desktop) -> None:
    create_vault(qtbot, desktop)
    assert desktop.session.runner.running
    window = desktop.window
    window.close()
    window.close()
    assert not desktop.session.is_open
    assert not desktop.session.runner.running  # the database thread has stopped
