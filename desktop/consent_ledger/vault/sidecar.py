"""The vault's non-secret sidecar (ledger.json): vault id, key source, salt, schema. Never a key.

A change that replaces the vault file (rekey, restore) first writes the new sidecar as
``ledger.json.next``, then renames the new vault into place, then promotes the sidecar. The sidecar
records the vault file's first 16 bytes (SQLCipher's salt, stored in clear in the file anyway), so
after a crash between the two renames the pending sidecar is promoted exactly when it describes
the file that is now in place.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from ..atomic import fsync_dir, write_atomic

log = logging.getLogger(__name__)

SIDECAR_FORMAT = 1
SALT_BYTES = 16


@dataclass
class VaultMeta:
    vault_id: str
    key_source: str  # "keyring" or "passphrase"
    created: str
    salt: str  # hex of the vault file's first 16 bytes
    schema_version: int
    format: int = SIDECAR_FORMAT
    cipher: str = "SQLCipher 4, HMAC_SHA256"


def file_salt(vault: Path) -> str:
    with open(vault, "rb") as fh:
        return fh.read(SALT_BYTES).hex()


def pending_path(meta_path: Path) -> Path:
    return meta_path.with_name(meta_path.name + ".next")


def read(meta_path: Path) -> VaultMeta | None:
    try:
        raw = json.loads(meta_path.read_text(encoding="utf-8"))
        return VaultMeta(
            vault_id=str(raw["vault_id"]), key_source=str(raw["key_source"]),
            created=str(raw.get("created", "")), salt=str(raw.get("salt", "")),
            schema_version=int(raw.get("schema_version", 0)),
            format=int(raw.get("format", SIDECAR_FORMAT)), cipher=str(raw.get("cipher", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write(meta_path: Path, meta: VaultMeta) -> None:
    data = json.dumps(asdict(meta), indent=2, sort_keys=True).encode("utf-8") + b"\n"
    write_atomic(meta_path, data)


def write_pending(meta_path: Path, meta: VaultMeta) -> None:
    write(pending_path(meta_path), meta)


def promote_pending(meta_path: Path, vault: Path) -> None:
    """Finish or discard a replacement interrupted between its renames (see module doc)."""
    pending = pending_path(meta_path)
    if not pending.exists():
        return
    meta = read(pending)
    try:
        matches = meta is not None and vault.is_file() and file_salt(vault) == meta.salt
    except OSError:
        matches = False
    if matches:
        os.replace(pending, meta_path)
        log.info("completed an interrupted vault replacement")
    else:
        with contextlib.suppress(FileNotFoundError):
            pending.unlink()
        log.info("discarded the sidecar of an unfinished vault replacement")
    fsync_dir(meta_path.parent)
