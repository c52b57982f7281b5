"""Moving the data folder on real SQLCipher vaults: the data is readable in the new place, the old
folder is emptied, and a refused or failed move leaves the old vault exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from consent_ledger.core.clock import SystemClock
from consent_ledger.core.errors import ConflictError, NotFoundError, UsageError, VaultLockedError
from consent_ledger.core.model import Service
from consent_ledger.paths import DataLayout, read_location
from consent_ledger.vault import manager as manager_module
from consent_ledger.vault.keys import KeyringStore
from consent_ledger.vault.manager import VaultManager
from tests.vaults import TEST_PASSPHRASE, new_manager, new_repo

from .conftest import PASSPHRASE, Cli


def _vault_with_data(root: Path) -> None:
    repo = new_repo(root)
    try:
        repo.add_service(Service(name="Kimi", provider="Moonshot"))
    finally:
        repo.close()
    layout = DataLayout(root)
    layout.settings.write_text('{"gui": {"language": "zh"}}', encoding="utf-8")
    layout.backups.mkdir(mode=0o700, exist_ok=True)
    (layout.backups / "pre-migration-v1-x.ledger").write_bytes(b"encrypted backup bytes")


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def _service_names(root: Path) -> list[str]:
    repo = new_manager(root).open(TEST_PASSPHRASE)
    try:
        return [s.name for s in repo.list_services()]
    finally:
        repo.close()


def test_move_keeps_the_data_and_empties_the_old_folder(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "elsewhere" / "new"
    _vault_with_data(old)
    before = _snapshot(old)
    result = new_manager(old).move_to(new, TEST_PASSPHRASE)
    assert result["to"] == str(new.resolve()) and result["left_behind"] == []
    assert _service_names(new) == ["Kimi"]
    assert not old.exists()  # nothing else was in it, so the folder itself went
    layout = DataLayout(new)
    assert layout.settings.read_text(encoding="utf-8") == before["settings.json"].decode()
    assert (layout.backups / "pre-migration-v1-x.ledger").read_bytes() == b"encrypted backup bytes"
    assert json.loads(layout.vault_meta.read_text(encoding="utf-8"))["key_source"] == "passphrase"
    for path in (layout.vault, layout.vault_meta, layout.settings):
        assert oct(path.stat().st_mode & 0o777) == "0o600"
    for folder in (new, layout.backups):
        assert oct(folder.stat().st_mode & 0o777) == "0o700"


def test_logs_stay_behind_and_the_old_folder_keeps_them(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    _vault_with_data(old)
    (old / "logs").mkdir()
    (old / "logs" / "consent-ledger.log").write_text("ids only\n", encoding="utf-8")
    new_manager(old).move_to(new, TEST_PASSPHRASE)
    assert sorted(p.name for p in old.iterdir()) == ["logs"]
    assert _service_names(new) == ["Kimi"]


def test_a_folder_holding_a_vault_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    old, other = tmp_path / "old", tmp_path / "other"
    _vault_with_data(old)
    new_repo(other).close()
    before, other_before = _snapshot(old), _snapshot(other)
    with pytest.raises(ConflictError) as caught:
        new_manager(old).move_to(other, TEST_PASSPHRASE)
    assert caught.value.code == "move_target_has_vault" and caught.value.exit_code == 7
    assert _snapshot(old) == before and _snapshot(other) == other_before


def test_inside_same_or_missing_vault_is_refused(tmp_path: Path) -> None:
    old = tmp_path / "old"
    _vault_with_data(old)
    before = _snapshot(old)
    with pytest.raises(UsageError) as inside:
        new_manager(old).move_to(old / "sub", TEST_PASSPHRASE)
    assert inside.value.code == "move_inside"
    with pytest.raises(UsageError) as same:
        new_manager(old).move_to(old, TEST_PASSPHRASE)
    assert same.value.code == "move_same_folder"
    with pytest.raises(NotFoundError):
        new_manager(tmp_path / "empty").move_to(tmp_path / "x", TEST_PASSPHRASE)
    assert _snapshot(old) == before and not (old / "sub").exists()


def test_a_wrong_passphrase_removes_the_copy_and_keeps_the_old_vault(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    _vault_with_data(old)
    before = _snapshot(old)
    with pytest.raises(VaultLockedError):
        new_manager(old).move_to(new, "not the passphrase")
    assert _snapshot(old) == before
    assert not new.exists()


def test_a_failure_mid_copy_leaves_the_old_vault_intact(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    _vault_with_data(old)
    new.mkdir()
    (new / "unrelated.txt").write_text("mine", encoding="utf-8")
    before = _snapshot(old)
    real_copy = manager_module.copy_atomic
    calls: list[Path] = []

    def failing_copy(src: Path, dest: Path) -> None:
        calls.append(dest)
        if len(calls) == 3:  # vault and sidecar copied, then the disk fills up
            raise OSError(28, "No space left on device")
        real_copy(src, dest)

    monkeypatch.setattr(manager_module, "copy_atomic", failing_copy)
    with pytest.raises(OSError):
        new_manager(old).move_to(new, TEST_PASSPHRASE)
    assert len(calls) == 3
    assert _snapshot(old) == before
    assert _service_names(old) == ["Kimi"]
    assert sorted(p.name for p in new.iterdir()) == ["unrelated.txt"]  # the person's file stays


def test_cli_move_data_with_an_override_leaves_the_pointer_alone(
        tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("init", "--key-source", "passphrase").code == 0
    assert cli("service", "add", "--name", "DeepSeek").code == 0
    new = tmp_path / "moved"
    moved = cli("move-data", str(new))  # cli passes --data-dir
    assert moved.code == 0, moved.err
    assert "--data-dir" in moved.out and read_location() is None
    assert not DataLayout(cli.data_dir).vault.exists()
    listed = Cli(new, monkeypatch)("--json", "service", "list")
    assert listed.code == 0 and "DeepSeek" in listed.out
    refused = Cli(new, monkeypatch)("move-data", str(new / "inner"))
    assert refused.code == 2 and "inside" in refused.err
    assert DataLayout(new).vault.is_file()


def test_cli_move_data_without_override_sets_the_pointer(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from consent_ledger.app import run_cli
    from consent_ledger.paths import default_data_dir

    monkeypatch.delenv("CONSENT_LEDGER_DATA_DIR", raising=False)
    monkeypatch.setenv("CONSENT_LEDGER_PASSPHRASE", PASSPHRASE)
    assert run_cli(["init", "--key-source", "passphrase"], out=io.StringIO(),
                   err=io.StringIO()) == 0
    assert DataLayout(default_data_dir()).vault.is_file()
    target = tmp_path / "chosen"
    out, err = io.StringIO(), io.StringIO()
    assert run_cli(["--lang", "en", "move-data", str(target)], out=out, err=err) == 0, \
        err.getvalue()
    assert read_location() == target.resolve()
    assert "remembered in" in out.getvalue()
    assert not DataLayout(default_data_dir()).vault.exists()
    out = io.StringIO()
    assert run_cli(["--json", "status"], out=out, err=io.StringIO()) == 0
    assert json.loads(out.getvalue())["data_dir"] == str(target.resolve())
    taken = tmp_path / "taken"
    new_repo(taken, PASSPHRASE).close()
    err = io.StringIO()
    assert run_cli(["--lang", "zh", "move-data", str(taken)], out=io.StringIO(), err=err) == 7
    assert "已有账本" in err.getvalue()


class _MemoryKeyring(KeyringBackend):
    """A keyring backend (keyring's own base class) kept in memory, so the keyring path of a
    move runs on machines without an OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


def test_a_keyring_vault_moves_without_a_passphrase(tmp_path: Path) -> None:
    backend = _MemoryKeyring()
    old, new = tmp_path / "old", tmp_path / "new"
    manager = VaultManager(DataLayout(old), clock=SystemClock(),
                           keystore=KeyringStore(backend))
    manager.init("keyring")
    repo = manager.open()
    repo.add_service(Service(name="Doubao"))
    repo.close()
    entries = dict(backend.entries)
    manager.move_to(new)
    assert backend.entries == entries  # the entry is keyed by the vault id, which stays
    moved = VaultManager(DataLayout(new), clock=SystemClock(), keystore=KeyringStore(backend))
    assert moved.key_source() == "keyring" and not DataLayout(old).vault.exists()
    repo = moved.open()
    try:
        assert [s.name for s in repo.list_services()] == ["Doubao"]
    finally:
        repo.close()


def test_committed_data_still_in_the_wal_moves_too(tmp_path: Path) -> None:
    """After a crash the last commits may live only in ledger.db-wal: they must move with it."""
    import shutil

    live, crashed, new = tmp_path / "live", tmp_path / "crashed", tmp_path / "new"
    repo = new_repo(live)
    try:
        repo.add_service(Service(name="Only in the WAL"))
        wal = DataLayout(live).vault.with_name("ledger.db-wal")
        assert wal.stat().st_size > 0
        crashed.mkdir(mode=0o700)
        for name in ("ledger.db", "ledger.db-wal", "ledger.json"):
            shutil.copy2(live / name, crashed / name)  # what a crash leaves on disk
    finally:
        repo.close()
    result = new_manager(crashed).move_to(new, TEST_PASSPHRASE)
    assert result["files"] == 3
    assert _service_names(new) == ["Only in the WAL"]
    assert not crashed.exists()
