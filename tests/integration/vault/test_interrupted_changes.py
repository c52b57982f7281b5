"""A restore or rekey that fails half-way (here: the disk fills while writing the sidecar) leaves
the vault as it was, openable with the old key."""

from __future__ import annotations

from pathlib import Path

import pytest

from consent_ledger.core.model import Service
from consent_ledger.vault import manager as manager_module
from consent_ledger.vault import sidecar
from tests.vaults import new_manager

from .conftest import PASSPHRASE


def _disk_full(*_args: object) -> None:
    raise OSError(28, "No space left on device")


@pytest.fixture
def manager(data_dir: Path):
    vault = new_manager(data_dir)
    vault.init("passphrase", PASSPHRASE)
    repo = vault.open(PASSPHRASE)
    repo.add_service(Service(name="Kimi"))
    repo.close()
    return vault


def _names(manager: manager_module.VaultManager, passphrase: str = PASSPHRASE) -> list[str]:
    repo = manager.open(passphrase)
    try:
        return [s.name for s in repo.list_services()]
    finally:
        repo.close()


def test_failed_restore_puts_the_current_vault_back(manager: manager_module.VaultManager,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    backup = manager.backup(tmp_path / "b.ledger", PASSPHRASE)
    repo = manager.open(PASSPHRASE)
    repo.add_service(Service(name="Later"))
    repo.close()
    before = manager.layout.vault.read_bytes()
    monkeypatch.setattr(sidecar, "write_pending", _disk_full)
    with pytest.raises(OSError):
        manager.restore(backup, PASSPHRASE)
    assert manager.layout.vault.read_bytes() == before
    assert _names(manager) == ["Kimi", "Later"]
    assert not [p for p in manager.layout.root.iterdir() if p.name.startswith(".restore-")]


def test_failed_rekey_keeps_the_old_key(manager: manager_module.VaultManager,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    before = manager.layout.vault.read_bytes()
    monkeypatch.setattr(sidecar, "write_pending", _disk_full)
    with pytest.raises(OSError):
        manager.rekey("passphrase", PASSPHRASE, "a new passphrase")
    assert manager.layout.vault.read_bytes() == before
    assert _names(manager) == ["Kimi"]
    assert not [p for p in manager.layout.root.iterdir() if p.name.startswith(".rekey-")]
