"""Atomic, private file writes: temp file in the same folder, 0600, fsync, rename, fsync folder.

Every file the app writes on its own or on request (vault backups, sidecar, settings, letters,
PDFs, reports, bundles) goes through here, so a crash or a full disk never leaves half a file
where the person expects a whole one, and nothing is readable by other users.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .paths import PRIVATE_FILE_MODE, ensure_private_dir


def fsync_dir(path: Path) -> None:
    """Make a rename inside *path* durable (no-op where folders cannot be opened)."""
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


def private_temp_path(directory: Path, prefix: str, *, create_dir: bool = True) -> Path:
    """A fresh, empty 0600 file in *directory*; a missing folder is made 0700 when *create_dir*,
    else FileNotFoundError (a path the person typed should not grow folders)."""
    if create_dir and not directory.exists():
        ensure_private_dir(directory)
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=directory)
    os.close(fd)
    os.chmod(name, PRIVATE_FILE_MODE)
    return Path(name)


def _discard(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


@contextlib.contextmanager
def atomic_target(
    dest: Path,
    *,
    prefix: str | None = None,
    before_commit: Callable[[Path], None] | None = None,
    discard: Callable[[Path], None] = _discard,
    create_dir: bool = False,
) -> Iterator[Path]:
    """Yield a temp path beside *dest*; when the block succeeds, fsync it and rename it over
    *dest*. On any failure the temp file is removed (by *discard*) and *dest* is untouched."""
    dest = Path(dest)
    directory = dest.parent if str(dest.parent) else Path(".")
    tmp = private_temp_path(directory, prefix if prefix is not None else f".{dest.name}.",
                            create_dir=create_dir)
    try:
        yield tmp
        if before_commit is not None:
            before_commit(tmp)
        os.chmod(tmp, PRIVATE_FILE_MODE)
        fsync_file(tmp)
        os.replace(tmp, dest)
        fsync_dir(directory)
    except BaseException:
        discard(tmp)
        raise


def write_atomic(dest: Path, data: bytes) -> Path:
    """Write *data* to *dest* atomically with mode 0600; return *dest*."""
    dest = Path(dest)
    with atomic_target(dest) as tmp, open(tmp, "wb") as handle:
        handle.write(data)
    return dest
