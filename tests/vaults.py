"""Real SQLCipher vaults for any test suite: ``new_repo(data_dir)`` gives an open repository.

The vault is a passphrase vault (no keyring needed), created in *data_dir* and opened; close it
with ``repo.close()`` (or let the test's tmp_path go away).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from consent_ledger.core.clock import FixedClock, SystemClock
from consent_ledger.core.ports import Clock
from consent_ledger.paths import DataLayout
from consent_ledger.vault.manager import VaultManager
from consent_ledger.vault.repository import VaultRepository

TEST_PASSPHRASE = "test-passphrase"
FIXED_MOMENT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def new_manager(data_dir: Path, clock: Clock | None = None) -> VaultManager:
    return VaultManager(DataLayout(Path(data_dir)), clock=clock or SystemClock())


def new_repo(data_dir: Path, passphrase: str = TEST_PASSPHRASE,
             clock: Clock | None = None) -> VaultRepository:
    """Create a passphrase vault in *data_dir* and return it open."""
    manager = new_manager(data_dir, clock)
    manager.init("passphrase", passphrase)
    return manager.open(passphrase)


def fixed_clock(moment: datetime = FIXED_MOMENT) -> FixedClock:
    return FixedClock(moment)
