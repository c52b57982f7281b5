"""Key handling, keyring backend detection, error classification by SQLite code, the sidecar."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import chainer, fail, null

from consent_ledger.core.errors import EnvironmentFault, UsageError, VaultLockedError
from consent_ledger.vault import sidecar
from consent_ledger.vault.connection import classify
from consent_ledger.vault.keys import KeyringStore, Secret, keyring_usable, raw_key_literal


def test_raw_key_literal_is_hex_only() -> None:
    key = bytes(range(32))
    literal = raw_key_literal(key)
    assert literal == b"x'" + key.hex().encode() + b"'"
    with pytest.raises(ValueError):
        raw_key_literal(b"short")


def test_secret_never_shows_its_material() -> None:
    secret = Secret.passphrase("hunter2-口令")
    assert "hunter2" not in repr(secret) and "hunter2" not in str(secret)
    assert secret.sqlcipher_key() == "hunter2-口令".encode()
    with pytest.raises(UsageError):
        Secret.passphrase("")


class _Memory:
    """A stand-in backend object used only to check the usable/unusable classification."""

    priority = 1


@pytest.mark.parametrize(("backend", "usable"), [
    (fail.Keyring(), False),
    (null.Keyring(), False),
    (chainer.ChainerBackend.__new__(chainer.ChainerBackend), None),
    (_Memory(), True),
])
def test_keyring_usable(backend: object, usable: bool | None, monkeypatch: pytest.MonkeyPatch
                        ) -> None:
    if usable is None:  # a chainer with nothing in it
        monkeypatch.setattr(chainer.ChainerBackend, "backends", property(lambda self: []))
        usable = False
    assert keyring_usable(backend) is usable


def test_keyring_store_refuses_without_backend() -> None:
    store = KeyringStore(fail.Keyring())
    assert not store.available()
    with pytest.raises(UsageError) as refused:
        store.store("vault", bytes(32))
    assert refused.value.code == "keyring_unavailable"
    with pytest.raises(VaultLockedError):
        store.load("vault")


class _SqliteError(Exception):
    def __init__(self, code: int, name: str) -> None:
        super().__init__(name)
        self.sqlite_errorcode = code
        self.sqlite_errorname = name


@pytest.mark.parametrize(("code", "kind"), [
    (26, VaultLockedError), (11, VaultLockedError), (5, EnvironmentFault), (8, EnvironmentFault),
    (10 | (12 << 8), EnvironmentFault), (13, EnvironmentFault), (14, EnvironmentFault),
    (1, None), (19, None),
])
def test_classify_by_code(code: int, kind: type | None) -> None:
    typed = classify(_SqliteError(code, "SQLITE_X"))
    assert (type(typed) if typed else None) is kind
    assert classify(ValueError("not sqlite")) is None


def test_pending_sidecar_promoted_only_when_it_matches_the_file(tmp_path: Path) -> None:
    vault = tmp_path / "ledger.db"
    meta_path = tmp_path / "ledger.json"
    vault.write_bytes(b"A" * 16 + b"rest")
    current = sidecar.VaultMeta("old", "keyring", "2026", "00" * 16, 1)
    sidecar.write(meta_path, current)
    sidecar.write_pending(meta_path, sidecar.VaultMeta("new", "passphrase", "2026",
                                                       (b"B" * 16).hex(), 1))
    sidecar.promote_pending(meta_path, vault)  # the file is not the new one: discard
    assert sidecar.read(meta_path) == current
    assert not sidecar.pending_path(meta_path).exists()
    sidecar.write_pending(meta_path, sidecar.VaultMeta("new", "passphrase", "2026",
                                                       (b"A" * 16).hex(), 1))
    sidecar.promote_pending(meta_path, vault)
    promoted = sidecar.read(meta_path)
    assert promoted is not None and promoted.vault_id == "new"
    assert oct(meta_path.stat().st_mode & 0o777) == "0o600"
