"""Every broken case: the right error, the documented exit code, one line, the file unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from consent_ledger.core.clock import SystemClock
from consent_ledger.core.errors import ConflictError, VaultLockedError
from consent_ledger.paths import DataLayout
from consent_ledger.vault.manager import VaultManager

from .conftest import BROKEN_CASES, EXPECTED, Cli, KeyringEntries, make_broken, require_real_keyring


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")
            if p.is_file() and "logs" not in p.parts}


@pytest.mark.parametrize("case", BROKEN_CASES)
def test_broken_vault(case: str, cli: Cli, request: pytest.FixtureRequest) -> None:
    entries = None
    if case == "missing_keyring_entry":
        require_real_keyring()
        entries = request.getfixturevalue("keyring_entries")
        assert isinstance(entries, KeyringEntries)
    passphrase = make_broken(case, cli, entries)
    vault = DataLayout(cli.data_dir).vault
    before, files_before = _digest(vault), _files(cli.data_dir)
    want_exit, want_code = EXPECTED[case]

    for argv in (("status",), ("service", "list"), ("service", "add", "--name", "New"),
                 ("backup", "-o", str(cli.data_dir.parent / "b.ledger"))):
        for lang in ("en", "zh"):
            result = cli(*argv, passphrase=passphrase, lang=lang)
            assert result.code == want_exit, (argv, result)
            assert result.err.count("\n") == 1 and "Traceback" not in result.err
            assert result.out == ""
    assert _digest(vault) == before
    assert _files(cli.data_dir) == files_before
    assert not (cli.data_dir.parent / "b.ledger").exists()

    manager = VaultManager(DataLayout(cli.data_dir), clock=SystemClock())
    error = ConflictError if want_exit == 7 else VaultLockedError
    with pytest.raises(error) as raised:
        manager.open(passphrase)
    assert raised.value.code == want_code
    assert _digest(vault) == before


def test_wrong_key_and_damage_share_one_message(cli: Cli, tmp_path: Path) -> None:
    lines = set()
    for case in ("wrong_passphrase", "flipped_page_2", "plain_sqlite", "truncated"):
        one = Cli(tmp_path / case, cli.monkeypatch)
        passphrase = make_broken(case, one)
        lines.add(one("status", passphrase=passphrase).err)
    assert len(lines) == 1
