"""VaultManager: create, open, back up, restore, rekey and move the one vault of a data folder.

Key sources: ``keyring`` (32 random bytes in the OS keyring, one entry per vault, applied as a raw
key) or ``passphrase`` (SQLCipher's own salted KDF). The choice and the vault id live in the
non-secret sidecar (sidecar.py). Every file written here is 0600 in a 0700 folder and written
atomically; a failed open never writes to the vault file.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import uuid
from pathlib import Path
from typing import Any

from ..core.errors import ConflictError, NotFoundError, UsageError, VaultLockedError
from ..core.ports import Clock
from ..paths import DataLayout, ensure_private_dir
from . import schema, sidecar
from .connection import Connection, configure, create_new, open_existing, translated_errors
from .files import (
    atomic_target,
    copy_atomic,
    fsync_dir,
    move_with_companions,
    private_temp_path,
    remove_companions,
    remove_with_companions,
    tighten,
)
from .keys import KEY_SOURCES, KEYRING, PASSPHRASE, KeyringStore, Secret, new_raw_key
from .repository import VaultRepository
from .schema import migrate, user_version

log = logging.getLogger(__name__)


class VaultManager:
    def __init__(
        self, layout: DataLayout, *, clock: Clock, keystore: KeyringStore | None = None
    ) -> None:
        self.layout = layout
        self.clock = clock
        self.keystore = keystore or KeyringStore()

    # --- facts without a key ------------------------------------------------------------
    def exists(self) -> bool:
        return self.layout.vault.is_file()

    def keyring_available(self) -> bool:
        return self.keystore.available()

    def meta(self) -> sidecar.VaultMeta | None:
        sidecar.promote_pending(self.layout.vault_meta, self.layout.vault)
        return sidecar.read(self.layout.vault_meta)

    def key_source(self, requested: str | None = None) -> str:
        """The key source of the vault, or of the vault *requested* at init."""
        meta = self.meta() if self.exists() else None
        if meta is not None:
            return meta.key_source
        if requested is not None:
            return _checked_source(requested)
        if self.exists():
            return PASSPHRASE  # no sidecar: only a passphrase can open it
        return KEYRING if self.keyring_available() else PASSPHRASE

    def needs_passphrase(self, key_source: str | None = None) -> bool:
        return self.key_source(key_source) == PASSPHRASE

    def status(self) -> dict[str, Any]:
        """What can be said without the key (the CLI adds counts after opening)."""
        meta = self.meta()
        exists = self.exists()
        return {
            "path": str(self.layout.vault),
            "data_dir": str(self.layout.root),
            "exists": exists,
            "key_source": meta.key_source if meta else None,
            "vault_id": meta.vault_id if meta else None,
            "schema_version": meta.schema_version if meta else None,
            "supported_schema_version": schema.SCHEMA_VERSION,
            "size_bytes": self.layout.vault.stat().st_size if exists else 0,
            "keyring_available": self.keyring_available(),
        }

    # --- create and open ----------------------------------------------------------------
    def init(self, key_source: str, passphrase: str | None = None) -> dict[str, Any]:
        if self.exists():
            raise ConflictError(f"a vault already exists at {self.layout.vault}",
                                code="vault_exists", path=str(self.layout.vault))
        key_source = _checked_source(key_source)
        ensure_private_dir(self.layout.root)
        vault_id = uuid.uuid4().hex
        secret = self._new_secret(key_source, vault_id, passphrase)
        try:
            tmp = private_temp_path(self.layout.root, ".init-")
            tmp.unlink()  # SQLCipher must create the file itself
            try:
                conn = create_new(tmp, secret)
                try:
                    with translated_errors():
                        migrate(conn, 0, schema.SCHEMA_VERSION)
                finally:
                    conn.close()
                meta = self._meta_for(tmp, vault_id, key_source)
                sidecar.write(self.layout.vault_meta, meta)
                move_with_companions(tmp, self.layout.vault)
            finally:
                remove_with_companions(tmp)
        except BaseException:
            if key_source == KEYRING:
                self.keystore.delete(vault_id)
            raise
        log.info("vault created (key source %s)", key_source)
        return self.status()

    def open(self, passphrase: str | None = None, key_source: str | None = None
             ) -> VaultRepository:
        if not self.exists():
            raise NotFoundError(f"no vault in {self.layout.root}; run: consent-ledger init",
                                code="no_vault", path=str(self.layout.root))
        meta = self.meta()
        secret = self._secret_for(meta, passphrase, key_source)
        conn = open_existing(self.layout.vault, secret)
        try:
            with translated_errors():
                version = user_version(conn)
                _check_version(version)
                configure(conn)
                if version < schema.SCHEMA_VERSION:
                    self._migrate(conn, version)
        except BaseException:
            conn.close()
            raise
        tighten(self.layout.vault)
        return VaultRepository(conn, self.clock, self.layout.vault)

    def _migrate(self, conn: Connection, version: int) -> None:
        """Back up (encrypted, same key), then migrate; the backup's path goes to the log."""
        repo = VaultRepository(conn, self.clock, self.layout.vault)
        dest = self._backup_name(f"pre-migration-v{version}")
        with atomic_target(dest) as tmp:
            tmp.unlink()
            repo.copy_to(tmp)
        migrate(conn, version, schema.SCHEMA_VERSION)
        meta = sidecar.read(self.layout.vault_meta)
        if meta is not None:
            meta.schema_version = schema.SCHEMA_VERSION
            sidecar.write(self.layout.vault_meta, meta)
        log.info("vault migrated from schema %d to %d; backup kept", version, schema.SCHEMA_VERSION)

    # --- backup, restore, rekey ---------------------------------------------------------
    def backup(self, dest: Path, passphrase: str | None = None) -> Path:
        """An encrypted copy (same key) written atomically to *dest*."""
        repo = self.open(passphrase)
        try:
            self.backup_open(repo, dest)
        finally:
            repo.close()
        return dest

    @staticmethod
    def backup_open(repo: VaultRepository, dest: Path) -> Path:
        dest = Path(dest)
        if dest.is_dir():
            raise UsageError(f"{dest} is a folder; give a file name", code="backup_is_dir")
        if not dest.parent.is_dir():
            raise NotFoundError(f"folder {dest.parent}", code="no_folder", value=str(dest.parent))
        with atomic_target(dest, prefix=".backup-") as tmp:
            tmp.unlink()
            repo.copy_to(tmp)
        return dest

    def restore(self, src: Path, passphrase: str | None = None) -> Path | None:
        """Replace the vault with the backup *src*; the current vault is kept in backups/.

        Returns where the previous vault was kept (None if there was none). *src* is opened and
        fully verified first; a file that cannot be opened is refused and nothing changes.
        """
        src = Path(src)
        if not src.is_file():
            raise NotFoundError(str(src), code="no_file", path=str(src))
        meta = self.meta() if self.exists() else None
        secret, source = self._restore_secret(src, meta, passphrase)
        ensure_private_dir(self.layout.root)
        tmp = private_temp_path(self.layout.root, ".restore-")
        kept: Path | None = None
        try:
            copy_atomic(src, tmp)
            conn = open_existing(tmp, secret)  # the copy is exactly what will be in place
            conn.close()
            # A keyring key came from the current vault's entry; a passphrase needs no entry.
            vault_id = meta.vault_id if (meta and source == KEYRING) else uuid.uuid4().hex
            new_meta = self._meta_for(tmp, vault_id, source)
            if self.exists():
                kept = self._backup_name("before-restore")
                ensure_private_dir(kept.parent)
                if self.layout.vault_meta.exists():
                    copy_atomic(self.layout.vault_meta, kept.with_suffix(".json"))
                move_with_companions(self.layout.vault, kept)
            sidecar.write_pending(self.layout.vault_meta, new_meta)
            move_with_companions(tmp, self.layout.vault)
            sidecar.promote_pending(self.layout.vault_meta, self.layout.vault)
        except BaseException:
            if kept is not None and kept.exists() and not self.layout.vault.exists():
                move_with_companions(kept, self.layout.vault)  # put the current vault back
            raise
        finally:
            remove_with_companions(tmp)
        log.info("vault restored from a backup; previous vault kept: %s", kept is not None)
        return kept

    def rekey(self, new_key_source: str, old_passphrase: str | None = None,
              new_passphrase: str | None = None) -> dict[str, Any]:
        """Change the passphrase or move the key between the keyring and a passphrase."""
        new_key_source = _checked_source(new_key_source)
        old_meta = self.meta()
        repo = self.open(old_passphrase)
        vault_id = uuid.uuid4().hex if new_key_source == KEYRING else (
            old_meta.vault_id if old_meta else uuid.uuid4().hex)
        swapped = False
        try:
            secret = self._new_secret(new_key_source, vault_id, new_passphrase)
            tmp = private_temp_path(self.layout.root, ".rekey-")
            try:
                tmp.unlink()
                repo.copy_to(tmp, secret)
                repo.close()
                conn = open_existing(tmp, secret)
                conn.close()
                sidecar.write_pending(self.layout.vault_meta,
                                      self._meta_for(tmp, vault_id, new_key_source))
                remove_companions(self.layout.vault)  # closed: a leftover WAL is not ours
                move_with_companions(tmp, self.layout.vault)
                swapped = True
                sidecar.promote_pending(self.layout.vault_meta, self.layout.vault)
            finally:
                remove_with_companions(tmp)
        except BaseException:
            repo.close()
            if new_key_source == KEYRING and not swapped:  # once swapped, the new key is needed
                self.keystore.delete(vault_id)
            raise
        if old_meta and old_meta.key_source == KEYRING:
            # The old key is retired: backups made with it can no longer be opened (README).
            self.keystore.delete(old_meta.vault_id)
        log.info("vault rekeyed (now %s)", new_key_source)
        return self.status()

    # --- move the data folder ------------------------------------------------------------
    def move_to(self, new_root: Path, passphrase: str | None = None) -> dict[str, Any]:
        """Move the vault, its sidecar, settings.json and backups/ to *new_root*.

        The vault must be closed. Every file is copied atomically (0600 in 0700 folders), the
        copies are compared byte for byte and the new vault is opened with the same key (a
        keyring entry is keyed by the vault id, which does not change; a passphrase vault needs
        *passphrase*). Only then are the old files removed. Any failure before that removes the
        partial copy and leaves the old folder as it was. Logs stay behind (nothing personal).
        """
        old = self.layout.root.expanduser().resolve()
        target = DataLayout(Path(new_root).expanduser().resolve())
        if not self.exists():
            raise NotFoundError(f"no vault in {old}", code="no_vault", path=str(old))
        if target.root == old:
            raise UsageError("the vault is already in this folder", code="move_same_folder",
                             path=str(old))
        if target.root.is_relative_to(old):
            raise UsageError(f"{target.root} is inside the current data folder {old}",
                             code="move_inside", path=str(target.root))
        if target.vault.exists() or target.vault_meta.exists():
            raise ConflictError(f"a vault already exists at {target.vault}",
                                code="move_target_has_vault", path=str(target.root))
        plan = self._move_plan(target)
        clashes = [dest for _src, dest in plan if dest.exists() and dest != target.settings]
        if clashes:
            raise ConflictError(f"{clashes[0]} already exists", code="move_target_clash",
                                path=str(clashes[0]))
        secret = self._secret_for(self.meta(), passphrase, None)
        made_dirs = [d for d in (target.root, target.backups) if not d.exists()]
        copied: list[Path] = []
        try:
            ensure_private_dir(target.root)
            for src, dest in plan:
                copy_atomic(src, dest)  # creates backups/ 0700 when needed
                copied.append(dest)
                if _digest(src) != _digest(dest):
                    raise OSError(f"the copy of {src.name} differs from the original")
            conn = open_existing(target.vault, secret)  # checks key and every page's HMAC
            try:
                with translated_errors():
                    _check_version(user_version(conn))
            finally:
                conn.close()
            tighten(target.vault)
        except BaseException:
            for dest in reversed(copied):
                remove_with_companions(dest)
            for folder in reversed(made_dirs):
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise
        left = self._remove_moved([src for src, _dest in plan])
        log.info("data folder moved (%d files); %d left behind", len(plan), len(left))
        return {"from": str(old), "to": str(target.root), "files": len(plan),
                "left_behind": [str(p) for p in left]}

    def _move_plan(self, target: DataLayout) -> list[tuple[Path, Path]]:
        """(source, destination) of every file that moves; the vault's companions first."""
        sidecar.promote_pending(self.layout.vault_meta, self.layout.vault)
        plan: list[tuple[Path, Path]] = []
        for suffix in ("-wal", "-journal"):  # these may hold committed data; -shm is rebuilt
            companion = Path(str(self.layout.vault) + suffix)
            if companion.is_file():
                plan.append((companion, Path(str(target.vault) + suffix)))
        plan.append((self.layout.vault, target.vault))
        for src, dest in ((self.layout.vault_meta, target.vault_meta),
                          (self.layout.settings, target.settings)):
            if src.is_file():
                plan.append((src, dest))
        if self.layout.backups.is_dir():
            for item in sorted(self.layout.backups.iterdir()):
                if item.is_file() and not item.name.startswith("."):
                    plan.append((item, target.backups / item.name))
        return plan

    def _remove_moved(self, sources: list[Path]) -> list[Path]:
        """Remove the old copies (the vault first); return what could not be removed."""
        left: list[Path] = []
        for path in [self.layout.vault, *sources]:
            try:
                if path == self.layout.vault:
                    remove_with_companions(path)
                else:
                    path.unlink(missing_ok=True)
            except OSError:
                left.append(path)
        for folder in (self.layout.backups, self.layout.root):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty (logs/ and cache/ may stay)
        if self.layout.root.exists():
            fsync_dir(self.layout.root)
        return left

    # --- helpers ------------------------------------------------------------------------
    def _new_secret(self, key_source: str, vault_id: str, passphrase: str | None) -> Secret:
        if key_source == KEYRING:
            self.keystore.require()
            key = new_raw_key()
            self.keystore.store(vault_id, key)
            return Secret.raw(key)
        if not passphrase:
            raise UsageError("a passphrase is needed", code="passphrase_required")
        return Secret.passphrase(passphrase)

    def _secret_for(self, meta: sidecar.VaultMeta | None, passphrase: str | None,
                    requested: str | None) -> Secret:
        source = meta.key_source if meta else (
            requested or (PASSPHRASE if passphrase else KEYRING))
        if source == KEYRING:
            if meta is None:
                raise VaultLockedError("the vault's sidecar (ledger.json) is missing, so its "
                                       "keyring entry cannot be found")
            return Secret.raw(self.keystore.load(meta.vault_id))
        if not passphrase:
            raise UsageError("a passphrase is needed", code="passphrase_required")
        return Secret.passphrase(passphrase)

    def _restore_secret(self, src: Path, meta: sidecar.VaultMeta | None,
                        passphrase: str | None) -> tuple[Secret, str]:
        """The secret that opens *src*: the current keyring key, else the passphrase."""
        tried: list[tuple[Secret, str]] = []
        if meta is not None and meta.key_source == KEYRING and self.keyring_available():
            with contextlib.suppress(VaultLockedError):
                tried.append((Secret.raw(self.keystore.load(meta.vault_id)), KEYRING))
        if passphrase:
            tried.append((Secret.passphrase(passphrase), PASSPHRASE))
        if not tried:
            raise UsageError("a passphrase is needed", code="passphrase_required")
        for secret, source in tried:
            try:
                conn = open_existing(src, secret)
            except VaultLockedError:
                continue
            try:
                with translated_errors():
                    version = user_version(conn)
            finally:
                conn.close()
            _check_version(version)
            return secret, source
        raise VaultLockedError("the backup cannot be opened with this key or passphrase")

    def _meta_for(self, vault: Path, vault_id: str, key_source: str) -> sidecar.VaultMeta:
        return sidecar.VaultMeta(
            vault_id=vault_id, key_source=key_source,
            created=self.clock.now().isoformat(timespec="seconds"),
            salt=sidecar.file_salt(vault), schema_version=schema.SCHEMA_VERSION,
        )

    def _backup_name(self, label: str) -> Path:
        stamp = self.clock.now().strftime("%Y%m%dT%H%M%S%fZ")
        return self.layout.backups / f"{label}-{stamp}.ledger"


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _checked_source(key_source: str) -> str:
    if key_source not in KEY_SOURCES:
        raise UsageError(f"unknown key source {key_source!r}: use keyring or passphrase",
                         code="key_source_unknown")
    return key_source


def _check_version(version: int) -> None:
    if version > schema.SCHEMA_VERSION:
        raise ConflictError(
            f"the vault was written by a newer Consent Ledger (schema {version}, this version "
            f"knows {schema.SCHEMA_VERSION}); update the app",
            code="vault_too_new", found=version, supported=schema.SCHEMA_VERSION,
        )
    if version < 1:
        raise VaultLockedError("the file is not a Consent Ledger vault", code="vault_locked")
