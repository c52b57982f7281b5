"""Settings → Move data folder… over the real vault: the folder is chosen through the prompts
facade (no native dialog), the move runs on the database thread, the app locks and unlocks the
vault in its new place, and a refused move leaves the old vault usable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from consent_ledger.core.model import Service
from consent_ledger.paths import DataLayout, read_location
from tests.vaults import new_repo

from .conftest import PASSPHRASE, create_vault, wait_idle

pytestmark = pytest.mark.gui


def _unlock(qtbot, desktop) -> object:  # type: ignore[no-untyped-def]
    window = desktop.window
    qtbot.waitUntil(lambda: window.unlock_page is not None, timeout=30000)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    wait_idle(qtbot, desktop)
    return window.workspace


def test_move_data_folder_then_unlock_in_the_new_place(qtbot, desktop, tmp_path: Path) -> None:
    workspace = create_vault(qtbot, desktop)
    wait_idle(qtbot, desktop)
    old = DataLayout(desktop.session.data_dir)
    done: list[object] = []
    desktop.session.op(lambda ledger: ledger.register.add_service(Service(name="Kimi"))
                       ).success(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    settings = workspace.settings
    button = settings.move_button
    assert button.accessibleName() == "Move data folder"
    assert button.focusPolicy() in (Qt.FocusPolicy.StrongFocus, Qt.FocusPolicy.TabFocus)
    target = tmp_path / "moved here"
    desktop.prompts.answer("folder", str(target)).answer("confirm", True)
    desktop.prompts.answer("text", PASSPHRASE)
    button.click()
    workspace = _unlock(qtbot, desktop)
    assert desktop.session.data_dir == target.resolve()
    assert desktop.wiring is desktop.session.wiring
    assert read_location() == target.resolve()  # no --data-dir in this test's wiring
    assert not old.vault.exists() and not old.vault_meta.exists()
    assert DataLayout(target).vault.is_file()
    info = [s for s in desktop.prompts.shown if s.kind == "info"]
    assert info and str(target.resolve()) in info[-1].text
    assert workspace.settings.location.text() == str(target.resolve())
    names: list[list[str]] = []
    desktop.session.op(lambda ledger: [s.name for s in ledger.register.list_services()]
                       ).success(names.append).run()
    qtbot.waitUntil(lambda: bool(names), timeout=10000)
    assert names[0] == ["Kimi"]
    # Preferences now go to the new folder's settings.json.
    workspace.settings.auto_lock.setValue(4)
    assert '"auto_lock_minutes": 4' in DataLayout(target).settings.read_text(encoding="utf-8")
    assert not old.settings.exists()


def test_a_folder_with_a_vault_is_refused_with_a_translated_message(
        qtbot, desktop, tmp_path: Path) -> None:
    workspace = create_vault(qtbot, desktop)
    wait_idle(qtbot, desktop)
    old = DataLayout(desktop.session.data_dir)
    taken = tmp_path / "taken"
    new_repo(taken).close()
    desktop.prompts.answer("folder", str(taken)).answer("confirm", True)
    desktop.prompts.answer("text", PASSPHRASE)
    workspace.settings.move_button.click()
    _unlock(qtbot, desktop)
    errors = [s for s in desktop.prompts.shown if s.kind == "error"]
    assert errors and "already holds a vault" in errors[-1].text
    assert "Traceback" not in errors[-1].text
    assert desktop.session.data_dir == old.root and old.vault.is_file()
    assert read_location() is None


def test_cancelling_changes_nothing(qtbot, desktop, tmp_path: Path) -> None:
    workspace = create_vault(qtbot, desktop)
    wait_idle(qtbot, desktop)
    desktop.prompts.answer("folder", str(tmp_path / "x")).answer("confirm", False)
    workspace.settings.move_button.click()
    desktop.prompts.answer("folder", "")
    workspace.settings.move_button.click()
    assert desktop.session.is_open and desktop.window.workspace is workspace
    assert not (tmp_path / "x").exists() and read_location() is None


def test_with_data_dir_in_force_the_pointer_is_left_alone(qtbot, desktop, tmp_path: Path) -> None:
    desktop.wiring.settings.data_dir_pinned = True  # as if started with --data-dir
    workspace = create_vault(qtbot, desktop)
    wait_idle(qtbot, desktop)
    target = tmp_path / "pinned move"
    desktop.prompts.answer("folder", str(target)).answer("confirm", True)
    desktop.prompts.answer("text", PASSPHRASE)
    workspace.settings.move_button.click()
    _unlock(qtbot, desktop)
    assert read_location() is None
    assert desktop.session.data_dir == target.resolve()
    info = [s for s in desktop.prompts.shown if s.kind == "info"]
    assert info and "--data-dir" in info[-1].text
