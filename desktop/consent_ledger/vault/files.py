"""Private, atomic files in the data folder: 0600 files, 0700 folders, temp file + fsync + rename.

Why: a crash or a full disk must never leave half a backup, half a sidecar or half a restored vault
where the whole one used to be, and nothing the vault writes may be readable by other users.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ..atomic import atomic_target as _atomic_target
from ..atomic import fsync_dir, private_temp_path, write_atomic
from ..paths import PRIVATE_FILE_MODE

__all__ = ["atomic_target", "copy_atomic", "fsync_dir", "private_temp_path", "write_atomic",
           "move_with_companions", "remove_companions", "remove_with_companions", "tighten",
           "with_private_umask"]

T = TypeVar("T")

# SQLite's companion files of a database in WAL or rollback mode.
COMPANION_SUFFIXES: tuple[str, ...] = ("-wal", "-shm", "-journal")


def atomic_target(dest: Path, *, prefix: str = ".tmp-") -> contextlib.AbstractContextManager[Path]:
    """A temp path beside *dest*, renamed over it on success; a database's -wal/-shm/-journal
    left beside the temp file are removed first, and with it on failure."""
    return _atomic_target(dest, prefix=prefix, before_commit=remove_companions,
                          discard=remove_with_companions, create_dir=True)


def copy_atomic(src: Path, dest: Path) -> None:
    with atomic_target(dest) as tmp:
        with open(src, "rb") as reader, open(tmp, "wb") as writer:
            shutil.copyfileobj(reader, writer)


def remove_with_companions(path: Path) -> None:
    for candidate in (path, *(Path(str(path) + s) for s in COMPANION_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def remove_companions(path: Path) -> None:
    """Remove a database's -wal/-shm/-journal (never the database itself)."""
    for suffix in COMPANION_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def move_with_companions(src: Path, dest: Path) -> None:
    """Rename a database and whatever -wal/-shm/-journal it has, keeping them together."""
    for suffix in COMPANION_SUFFIXES:
        companion = Path(str(src) + suffix)
        if companion.exists():
            os.replace(companion, Path(str(dest) + suffix))
    os.replace(src, dest)
    fsync_dir(dest.parent)


def tighten(path: Path, mode: int = PRIVATE_FILE_MODE) -> None:
    """chmod *path* and its companions if present (SQLite creates -wal/-shm on its own)."""
    for candidate in (path, *(Path(str(path) + s) for s in COMPANION_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(candidate, mode)


def with_private_umask(action: Callable[[], T]) -> T:
    """Run *action* with umask 077 so files SQLite creates are born private."""
    old = os.umask(0o077)
    try:
        return action()
    finally:
        os.umask(old)
