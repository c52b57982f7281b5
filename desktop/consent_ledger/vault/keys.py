"""Vault keys: a raw 32-byte key kept in the OS keyring, or a passphrase for SQLCipher's KDF.

The key reaches SQLCipher through ``sqlite3_key`` (``Connection.set_key``), never through SQL text,
so no key or passphrase is ever formatted into a statement. A raw key is passed in SQLCipher's
blob-literal form ``x'<64 hex digits>'``, built here only from bytes we generated and checked to be
hex, which tells SQLCipher to skip its KDF.
"""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from typing import Any

from ..core.errors import EnvironmentFault, UsageError, VaultLockedError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "consent-ledger"
KEY_BYTES = 32
KEYRING = "keyring"
PASSPHRASE = "passphrase"
KEY_SOURCES = (KEYRING, PASSPHRASE)
_HEX_KEY = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, repr=False)
class Secret:
    """What unlocks one vault file: a raw key or a passphrase. Never printed (no repr)."""

    kind: str  # "raw" or "passphrase"
    material: bytes

    @classmethod
    def raw(cls, key: bytes) -> Secret:
        if len(key) != KEY_BYTES:
            raise ValueError("a raw vault key is 32 bytes")
        return cls("raw", bytes(key))

    @classmethod
    def passphrase(cls, text: str) -> Secret:
        if not text:
            raise UsageError("the passphrase is empty", code="passphrase_empty")
        return cls("passphrase", text.encode("utf-8"))

    def sqlcipher_key(self) -> bytes:
        """The bytes for ``sqlite3_key``: the passphrase, or the raw key as ``x'hex'``."""
        if self.kind == "raw":
            return raw_key_literal(self.material)
        return self.material

    def __repr__(self) -> str:
        return f"Secret({self.kind}, <redacted>)"


def new_raw_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def raw_key_literal(key: bytes) -> bytes:
    """SQLCipher's raw-key form ``x'<hex>'`` for 32 bytes we hold (validated: hex only)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a raw vault key is 32 bytes")
    hex_key = key.hex()
    if not _HEX_KEY.fullmatch(hex_key):  # cannot fail for bytes.hex(); kept as the guard it is
        raise ValueError("raw key is not hex")
    return b"x'" + hex_key.encode("ascii") + b"'"


def _keyring() -> Any:
    import keyring

    return keyring.get_keyring()


def keyring_usable(backend: Any | None = None) -> bool:
    """False for keyring's fail and null backends and for a chainer with nothing in it."""
    try:
        from keyring.backends import chainer, fail

        backend = backend if backend is not None else _keyring()
        if isinstance(backend, fail.Keyring):
            return False
        module = type(backend).__module__
        if module.endswith(".null") or module.endswith("backends.fail"):
            return False
        if isinstance(backend, chainer.ChainerBackend):
            return any(keyring_usable(b) for b in backend.backends)
        return True
    except Exception:  # noqa: BLE001 - a broken keyring installation is "not usable"
        log.info("keyring backend check failed", exc_info=False)
        return False


class KeyringStore:
    """One keyring entry per vault: service "consent-ledger", username = the vault id."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> Any:
        return self._backend if self._backend is not None else _keyring()

    def available(self) -> bool:
        return keyring_usable(self.backend)

    def require(self) -> None:
        if not self.available():
            raise UsageError(
                "no usable OS keyring (Secret Service, Keychain, Credential Manager) was found; "
                "use --key-source passphrase",
                code="keyring_unavailable",
            )

    def store(self, vault_id: str, key: bytes) -> None:
        self.require()
        try:
            self.backend.set_password(KEYRING_SERVICE, vault_id, key.hex())
        except Exception as exc:  # noqa: BLE001 - keyring backends raise many kinds
            raise EnvironmentFault(
                "the OS keyring refused to store the vault key", code="keyring_write"
            ) from exc
        if self.load(vault_id) != key:
            raise EnvironmentFault(
                "the OS keyring did not keep the vault key", code="keyring_write"
            )

    def load(self, vault_id: str) -> bytes:
        if not self.available():
            raise VaultLockedError(
                "the vault key is kept in the OS keyring, but no usable keyring was found",
                code="keyring_unavailable_open",
            )
        try:
            value = self.backend.get_password(KEYRING_SERVICE, vault_id)
        except Exception as exc:  # noqa: BLE001
            raise VaultLockedError("the OS keyring could not be read") from exc
        if not value or not _HEX_KEY.fullmatch(value):
            raise VaultLockedError("the vault key is missing from the OS keyring")
        return bytes.fromhex(value)

    def delete(self, vault_id: str) -> None:
        try:
            self.backend.delete_password(KEYRING_SERVICE, vault_id)
        except Exception:  # noqa: BLE001 - already gone is fine
            log.info("keyring entry for a vault was already absent")
