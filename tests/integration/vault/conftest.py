"""Helpers for vault integration tests: running the CLI, a real keyring, broken vault fixtures."""

from __future__ import annotations

import io
import os
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlcipher3

from consent_ledger.app import run_cli
from consent_ledger.paths import DataLayout
from consent_ledger.vault import sidecar
from consent_ledger.vault.connection import HMAC_MAIN
from consent_ledger.vault.keys import KEYRING_SERVICE, KeyringStore, keyring_usable

PASSPHRASE = "correct horse 电池 staple"
REQUIRE_KEYRING_ENV = "CONSENT_LEDGER_REQUIRE_KEYRING"


@dataclass
class CliResult:
    code: int
    out: str
    err: str


class Cli:
    """Runs `consent-ledger` in-process against one data folder."""

    def __init__(self, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.data_dir = data_dir
        self.monkeypatch = monkeypatch

    def __call__(self, *argv: str, passphrase: str | None = PASSPHRASE,
                 new_passphrase: str | None = None, lang: str = "en") -> CliResult:
        if passphrase is None:
            self.monkeypatch.delenv("CONSENT_LEDGER_PASSPHRASE", raising=False)
        else:
            self.monkeypatch.setenv("CONSENT_LEDGER_PASSPHRASE", passphrase)
        if new_passphrase is None:
            self.monkeypatch.delenv("CONSENT_LEDGER_NEW_PASSPHRASE", raising=False)
        else:
            self.monkeypatch.setenv("CONSENT_LEDGER_NEW_PASSPHRASE", new_passphrase)
        out, err = io.StringIO(), io.StringIO()
        code = run_cli(["--data-dir", str(self.data_dir), "--lang", lang, *argv], out=out, err=err)
        return CliResult(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(data_dir, monkeypatch)


def require_real_keyring() -> None:
    """Skip without a real keyring backend, unless CI demands one (then fail)."""
    if keyring_usable():
        return
    if os.environ.get(REQUIRE_KEYRING_ENV):
        pytest.fail(f"{REQUIRE_KEYRING_ENV} is set but no real keyring backend is available")
    pytest.skip("no real OS keyring backend here (CI provides gnome-keyring)")


@dataclass
class KeyringEntries:
    """Keyring entries created by one test; all deleted at teardown (and only those)."""

    created: list[str] = field(default_factory=list)

    def track(self, layout: DataLayout) -> str:
        meta = sidecar.read(layout.vault_meta)
        assert meta is not None
        if meta.vault_id not in self.created:
            self.created.append(meta.vault_id)
        return meta.vault_id


@pytest.fixture
def keyring_entries() -> Iterator[KeyringEntries]:
    require_real_keyring()
    entries = KeyringEntries()
    yield entries
    import keyring

    for vault_id in entries.created:
        if keyring.get_password(KEYRING_SERVICE, vault_id) is not None:
            keyring.delete_password(KEYRING_SERVICE, vault_id)


# --- broken vaults: one helper for every case ----------------------------------------------
BROKEN_CASES = ("wrong_passphrase", "missing_keyring_entry", "truncated", "flipped_page_2",
                "plain_sqlite", "too_new_schema")
EXPECTED = {  # case -> (exit code, typed error code)
    "wrong_passphrase": (3, "vault_locked"),
    "missing_keyring_entry": (3, "vault_locked"),
    "truncated": (3, "vault_locked"),
    "flipped_page_2": (3, "vault_locked"),
    "plain_sqlite": (3, "vault_locked"),
    "too_new_schema": (7, "vault_too_new"),
}
PAGE = 4096


def make_broken(case: str, cli: Cli, entries: KeyringEntries | None = None) -> str | None:
    """Create a vault in cli.data_dir and break it as *case* says.

    Returns the passphrase the test should then offer (None for a keyring vault).
    """
    layout = DataLayout(cli.data_dir)
    if case == "missing_keyring_entry":
        assert entries is not None
        assert cli("init", "--key-source", "keyring", passphrase=None).code == 0
        assert cli("service", "add", "--name", "Kimi", passphrase=None).code == 0
        vault_id = entries.track(layout)
        KeyringStore().delete(vault_id)
        return None
    assert cli("init", "--key-source", "passphrase").code == 0
    assert cli("service", "add", "--name", "Kimi", "--notes", "x" * 9000).code == 0
    vault = layout.vault
    data = vault.read_bytes()
    assert len(data) > 3 * PAGE
    if case == "wrong_passphrase":
        return PASSPHRASE + "!"
    if case == "truncated":
        vault.write_bytes(data[: len(data) // 2 + 123])
    elif case == "flipped_page_2":
        flipped = bytearray(data)
        flipped[PAGE + 200] ^= 0x01
        vault.write_bytes(bytes(flipped))
    elif case == "plain_sqlite":
        vault.unlink()
        plain = sqlite3.connect(vault)
        plain.execute("CREATE TABLE services (id INTEGER PRIMARY KEY, name TEXT)")
        plain.execute("INSERT INTO services (name) VALUES ('Kimi')")
        plain.commit()
        plain.close()
    elif case == "too_new_schema":
        conn = sqlcipher3.connect(str(vault))
        conn.set_key(PASSPHRASE.encode())
        conn.execute(HMAC_MAIN)
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
    else:
        raise ValueError(case)
    return PASSPHRASE


def new_vault_id() -> str:
    return uuid.uuid4().hex
