"""The keyring choice on the first-run page, through the real OS keyring (Secret Service in CI):
create with the keyring, lock, and unlock without typing anything."""

from __future__ import annotations

import os

import pytest

from consent_ledger.vault import sidecar
from consent_ledger.vault.keys import KeyringStore, keyring_usable

pytestmark = [pytest.mark.gui, pytest.mark.keyring]
REQUIRE_KEYRING_ENV = "CONSENT_LEDGER_REQUIRE_KEYRING"


def test_keyring_vault_unlocks_without_a_passphrase(qtbot, desktop) -> None:
    if not keyring_usable():
        if os.environ.get(REQUIRE_KEYRING_ENV):
            pytest.fail(f"{REQUIRE_KEYRING_ENV} is set but no real keyring backend is available")
        pytest.skip("no real OS keyring backend here (CI provides gnome-keyring)")
    window = desktop.start()
    qtbot.waitUntil(lambda: window.first_run is not None, timeout=20000)
    page = window.first_run
    assert page.keyring.isEnabled() and page.keyring.isChecked()  # the recommended default
    assert not page.passphrase.isVisibleTo(page)
    page.create_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    layout = desktop.wiring.settings.layout
    meta = sidecar.read(layout.vault_meta)
    assert meta is not None and meta.key_source == "keyring"
    try:
        window.lock_action.trigger()
        qtbot.waitUntil(lambda: window.unlock_page is not None, timeout=10000)
        unlock = window.unlock_page
        assert not unlock.passphrase.isVisibleTo(unlock)
        unlock.button.click()
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    finally:
        KeyringStore().delete(meta.vault_id)
