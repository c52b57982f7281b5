"""The register's CLI end to end on real vaults: JSON shapes, exit codes, backup/restore/rekey,
migration with a backup first."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from keyring.backends import fail

from consent_ledger.core.clock import SystemClock
from consent_ledger.core.errors import UsageError
from consent_ledger.paths import DataLayout
from consent_ledger.vault import keys, schema
from consent_ledger.vault.connection import HMAC_MAIN
from consent_ledger.vault.keys import KeyringStore
from consent_ledger.vault.manager import VaultManager

from .conftest import PASSPHRASE, Cli, CliResult


@pytest.fixture
def vault(cli: Cli) -> Cli:
    assert cli("init", "--key-source", "passphrase").code == 0
    return cli


def _json(result: CliResult) -> Any:
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_json_shapes(vault: Cli) -> None:
    service = _json(vault("--json", "service", "add", "--name", "Kimi", "--email", "p@k.cn",
                          "--phone", "400-1", "--region", "cn", "--web-form", "https://k.cn/f"))
    assert isinstance(service, dict) and service["id"] == 1
    assert set(service) == {"id", "name", "provider", "website", "notice_url", "emails", "phones",
                            "postal_address", "web_form", "region", "catalogue_id", "notes",
                            "created", "updated"}
    grant = _json(vault("--json", "grant", "add", "kimi", "--category", "voice",
                        "--date", "2025-01-01", "--channel", "app"))
    assert isinstance(grant, dict) and grant["categories"] == ["voice"]
    consent = _json(vault("--json", "consent", "add", "Kimi", "--purpose", "model_training",
                          "--date", "2025-01-01"))
    assert isinstance(consent, dict) and consent["id"] == 1 and consent["state"] == "given"
    withdrawn = _json(vault("--json", "consent", "withdraw", "1", "--date", "2025-02-01"))
    assert isinstance(withdrawn, dict)
    assert [e["state"] for e in withdrawn["events"]] == ["given", "withdrawn"]
    shown = _json(vault("--json", "service", "show", "1"))
    assert isinstance(shown, dict)
    assert [len(shown[k]) for k in ("grants", "consents", "notice_versions", "requests")] == [
        1, 1, 0, 0]
    status = _json(vault("--json", "status"))
    assert isinstance(status, dict) and status["counts"]["services"] == 1
    assert status["schema_version"] == schema.SCHEMA_VERSION
    assert status["key_source"] == "passphrase"
    listed = _json(vault("--json", "service", "list", "--search", "ki"))
    assert isinstance(listed, list) and [s["name"] for s in listed] == ["Kimi"]
    edited = _json(vault("--json", "service", "edit", "kimi", "--notes", "n", "--email", "a@b.cn"))
    assert isinstance(edited, dict) and edited["emails"] == ["a@b.cn"] and edited["notes"] == "n"
    profile = _json(vault("--json", "profile", "set", "--name", "我", "--account-id", "uid: 1"))
    assert profile == {"name": "我", "account_ids": ["uid: 1"], "email": "", "phone": "",
                       "postal_address": ""}
    assert _json(vault("--json", "profile", "show")) == profile
    assert _json(vault("--json", "service", "remove", "kimi")) == {"removed": 1}


def test_catalogue_needs_no_vault(cli: Cli) -> None:
    entries = _json(cli("--json", "catalogue", "list", "--search", "deepseek"))
    assert isinstance(entries, list) and [e["id"] for e in entries] == ["deepseek"]
    assert "sources" in entries[0]
    text = cli("catalogue", "list", passphrase=None)
    assert text.code == 0 and "hailuo" in text.out and "unknown" in text.out
    assert not cli.data_dir.exists()


@pytest.mark.parametrize(("argv", "code"), [
    (("grant", "add", "kimi", "--category", "faceprint"), 6),
    (("grant", "add", "kimi", "--category", "voice", "--date", "2025-02-30"), 6),
    (("grant", "add", "kimi", "--category", "voice", "--date", "2999-01-01"), 6),
    (("service", "add", "--name", "X", "--email", "no-at-sign"), 6),
    (("service", "add", "--name", "X", "--website", "file:///etc/passwd"), 6),
    (("consent", "add", "kimi", "--purpose", "x", "--date", "tomorrow"), 6),
    (("service", "show", "999"), 4),
    (("service", "show", "nothing-like-it"), 4),
    (("service", "add", "--from-catalogue", "no-such-entry"), 4),
    (("consent", "withdraw", "42"), 4),
    (("consent", "add", "kimi", "--purpose", "x", "--notice-version", "3"), 4),
    (("service", "show", "k"), 2),  # ambiguous: Kimi, Kimi Plus
    (("service", "add"), 2),
    (("service", "edit", "kimi"), 2),
    (("grant", "add", "kimi"), 2),  # argparse: --category required
    (("init",), 7),
])
def test_error_exit_codes(vault: Cli, argv: tuple[str, ...], code: int) -> None:
    assert vault("service", "add", "--name", "Kimi").code == 0
    assert vault("service", "add", "--name", "Kimi Plus").code == 0
    before = vault("--json", "status").out
    result = vault(*argv)
    assert result.code == code, result
    if code != 2 or argv[-1] != "kimi":  # argparse's own usage text is several lines
        assert result.err.count("\n") == 1 and result.out == ""
    after = json.loads(vault("--json", "status").out)
    assert after["counts"] == json.loads(before)["counts"]


def test_bad_input_lines_are_translated(vault: Cli) -> None:
    assert vault("service", "add", "--name", "Kimi").code == 0
    zh = vault("grant", "add", "kimi", "--category", "faceprint", lang="zh")
    assert zh.code == 6 and "未知的数据类别 faceprint" in zh.err
    en = vault("grant", "add", "kimi", "--category", "voice", "--date", "31/12/2025")
    assert en.code == 6 and en.err.count("\n") == 1 and "31/12/2025" in en.err
    assert "YYYY-MM-DD" in en.err


def test_conflicts_and_missing_things(cli: Cli) -> None:
    assert cli("service", "list").code == 4  # no vault yet
    status = cli("--json", "status")
    assert status.code == 0 and json.loads(status.out)["exists"] is False
    assert cli("init", "--key-source", "passphrase").code == 0
    assert cli("service", "add", "--name", "Kimi").code == 0
    assert cli("consent", "add", "kimi", "--purpose", "x", "--date", "2025-01-01").code == 0
    assert cli("consent", "withdraw", "1").code == 0
    again = cli("consent", "withdraw", "1")
    assert again.code == 7 and again.err == "Consent #1 is withdrawn, not active.\n"
    assert cli("service", "list", passphrase=None).code == 2  # no passphrase, no terminal
    assert cli("backup", "-o", str(cli.data_dir / "nope" / "b.ledger")).code == 4


def test_keyring_mode_refused_without_a_backend(cli: Cli, monkeypatch: pytest.MonkeyPatch
                                                ) -> None:
    monkeypatch.setattr(keys, "_keyring", fail.Keyring)
    refused = cli("init", "--key-source", "keyring", passphrase=None)
    assert refused.code == 2 and "--key-source passphrase" in refused.err
    assert not DataLayout(cli.data_dir).vault.exists()
    # Without a choice and without a keyring, init falls back to a passphrase vault.
    assert cli("--json", "init").code == 0
    manager = VaultManager(DataLayout(cli.data_dir), clock=SystemClock(),
                           keystore=KeyringStore(fail.Keyring()))
    assert manager.needs_passphrase() and not manager.keyring_available()
    with pytest.raises(UsageError):
        manager.rekey("keyring", PASSPHRASE)


def test_backup_restore_keeps_the_current_vault(vault: Cli, tmp_path: Path) -> None:
    assert vault("service", "add", "--name", "Before").code == 0
    backup = tmp_path / "one.ledger"
    assert vault("backup", "-o", str(backup)).code == 0
    assert oct(backup.stat().st_mode & 0o777) == "0o600"
    assert vault("service", "add", "--name", "After").code == 0
    layout = DataLayout(vault.data_dir)

    garbage = tmp_path / "garbage.ledger"
    garbage.write_bytes(os.urandom(8192))
    current = layout.vault.read_bytes()
    for bad in (garbage, tmp_path / "missing.ledger"):
        refused = vault("restore", str(bad))
        assert refused.code in (3, 4) and layout.vault.read_bytes() == current
    assert vault("restore", str(backup), passphrase="wrong").code == 3
    assert layout.vault.read_bytes() == current and not layout.backups.exists()

    restored = vault("restore", str(backup))
    assert restored.code == 0 and "previous vault is kept" in restored.out
    names = [s["name"] for s in json.loads(vault("--json", "service", "list").out)]
    assert names == ["Before"]
    [kept] = [p for p in layout.backups.iterdir() if p.suffix == ".ledger"]
    assert kept.read_bytes() == current
    assert kept.with_suffix(".json").exists()


def test_rekey_changes_the_passphrase(vault: Cli) -> None:
    assert vault("service", "add", "--name", "Kimi").code == 0
    assert vault("rekey", new_passphrase="second passphrase").code == 0
    assert vault("service", "list").code == 3
    listed = vault("--json", "service", "list", passphrase="second passphrase")
    assert [s["name"] for s in json.loads(listed.out)] == ["Kimi"]
    assert vault("rekey", passphrase="wrong", new_passphrase="third").code == 3
    assert vault("service", "list", passphrase="second passphrase").code == 0


def test_migration_takes_a_backup_first(vault: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    assert vault("service", "add", "--name", "Kimi").code == 0
    layout = DataLayout(vault.data_dir)
    monkeypatch.setitem(schema.MIGRATIONS, 2, "CREATE TABLE future_things (id INTEGER PRIMARY KEY)")
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    status = json.loads(vault("--json", "status").out)
    assert status["schema_version"] == 2
    [backup] = list(layout.backups.iterdir())
    assert backup.name.startswith("pre-migration-v1-")
    conn = sqlcipher3.connect(str(backup))
    conn.set_key(PASSPHRASE.encode())
    conn.execute(HMAC_MAIN)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    assert conn.execute("SELECT name FROM services").fetchall() == [("Kimi",)]
    conn.close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    too_new = vault("status")
    assert too_new.code == 7 and "newer Consent Ledger (schema 2" in too_new.err


class _Terminal:
    def isatty(self) -> bool:
        return True


def test_init_on_a_terminal_asks_and_confirms(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt="": "p")
    typed = iter(["first one", "second one"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    mismatch = cli("init", passphrase=None)
    assert mismatch.code == 2 and not DataLayout(cli.data_dir).vault.exists()
    typed = iter(["same passphrase", "same passphrase", "same passphrase"])
    created = cli("init", passphrase=None)
    assert created.code == 0 and "passphrase" in created.out
    assert cli("--json", "service", "list", passphrase=None).out == "[]\n"
