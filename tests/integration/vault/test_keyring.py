"""The real OS keyring (Secret Service in CI): init, reopen, rekey in and out, restore."""

from __future__ import annotations

import json

import keyring
import pytest

from consent_ledger.paths import DataLayout
from consent_ledger.vault import sidecar
from consent_ledger.vault.keys import KEYRING_SERVICE

from .conftest import PASSPHRASE, Cli, KeyringEntries

pytestmark = pytest.mark.keyring


def test_init_and_reopen_through_the_keyring(cli: Cli, keyring_entries: KeyringEntries) -> None:
    backend = keyring.get_keyring()
    assert "fail" not in type(backend).__module__ and "null" not in type(backend).__module__
    init = cli("--json", "init", "--key-source", "keyring", passphrase=None)
    assert init.code == 0, init.err
    layout = DataLayout(cli.data_dir)
    vault_id = keyring_entries.track(layout)
    stored = keyring.get_password(KEYRING_SERVICE, vault_id)
    assert stored is not None and len(bytes.fromhex(stored)) == 32
    # The key is in the keyring only: not in the sidecar, not in the vault folder.
    for path in cli.data_dir.rglob("*"):
        if path.is_file():
            assert stored.encode() not in path.read_bytes()
            assert bytes.fromhex(stored) not in path.read_bytes()
    added = cli("--json", "service", "add", "--name", "Claude", passphrase=None)
    assert added.code == 0 and json.loads(added.out)["id"] == 1
    listed = cli("--json", "service", "list", passphrase=None)
    assert [s["name"] for s in json.loads(listed.out)] == ["Claude"]
    status = json.loads(cli("--json", "status", passphrase=None).out)
    assert status["key_source"] == "keyring" and status["counts"]["services"] == 1


def test_rekey_between_keyring_and_passphrase(cli: Cli, keyring_entries: KeyringEntries) -> None:
    layout = DataLayout(cli.data_dir)
    assert cli("init", "--key-source", "keyring", passphrase=None).code == 0
    first = keyring_entries.track(layout)
    assert cli("service", "add", "--name", "Gemini", passphrase=None).code == 0
    backup = cli.data_dir.parent / "keyring.ledger"
    assert cli("backup", "-o", str(backup), passphrase=None).code == 0

    assert cli("rekey", "--to", "passphrase", passphrase=None,
               new_passphrase=PASSPHRASE).code == 0
    meta = sidecar.read(layout.vault_meta)
    assert meta is not None and meta.key_source == "passphrase"
    assert keyring.get_password(KEYRING_SERVICE, first) is None  # old entry removed
    assert cli("service", "list").code == 0
    needs = cli("service", "list", passphrase=None)  # now a passphrase vault: none given
    assert needs.code == 2 and "CONSENT_LEDGER_PASSPHRASE" in needs.err

    assert cli("rekey", "--to", "keyring").code == 0
    second = keyring_entries.track(layout)
    assert second != first and keyring.get_password(KEYRING_SERVICE, second) is not None
    listed = cli("--json", "service", "list", passphrase=None)
    assert [s["name"] for s in json.loads(listed.out)] == ["Gemini"]

    # The old backup was keyed by the deleted entry: refused, vault unchanged.
    before = layout.vault.read_bytes()
    refused = cli("restore", str(backup), passphrase=None)
    assert refused.code == 3 and layout.vault.read_bytes() == before
