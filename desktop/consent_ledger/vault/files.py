"""Private, atomic files in the data folder: 0600 files, 0700 folders, temp file + fsync + rename.

Why: a crash or a full disk must never leave half a backup, half a sidecar or half a restored vault
where the whole one used to be, and nothing the vault writes may be readable by other users.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from ..paths import PRIVATE_FILE_MODE, ensure_private_dir

T = TypeVar("T")

# SQLite's companion files of a database in WAL or rollback mode.
COMPANION_SUFFIXES: tuple[str, ...] = ("-wal", "-shm", "-journal")


def fsync_dir(path: Path) -> None:
    """Make a rename inside *path* durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_temp_path(directory: Path, prefix: str) -> Path:
    """A fresh, empty 0600 file in *directory* (which is made 0700 if it is new)."""
    if not directory.exists():
        ensure_private_dir(directory)
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=directory)
    os.close(fd)
    os.chmod(name, PRIVATE_FILE_MODE)
    return Path(name)


@contextlib.contextmanager
def atomic_target(dest: Path, *, prefix: str = ".tmp-") -> Iterator[Path]:
    """Yield a temp path next to *dest*; on success fsync it and rename it over *dest*.

    On any failure the temp file (and any companion files a database left) is removed and *dest*
    is untouched.
    """
    tmp = private_temp_path(dest.parent, prefix)
    try:
        yield tmp
        for suffix in COMPANION_SUFFIXES:
            companion = Path(str(tmp) + suffix)
            if companion.exists():
                companion.unlink()
        os.chmod(tmp, PRIVATE_FILE_MODE)
        fsync_file(tmp)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException:
        remove_with_companions(tmp)
        raise


def write_bytes_atomic(dest: Path, data: bytes) -> None:
    with atomic_target(dest) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())


def copy_atomic(src: Path, dest: Path) -> None:
    with atomic_target(dest) as tmp:
        with open(src, "rb") as reader, open(tmp, "wb") as writer:
            shutil.copyfileobj(reader, writer)
            writer.flush()
            os.fsync(writer.fileno())


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
