"""Opening one SQLCipher file: key it, prove the key and the file, classify failures.

Errors are classified by SQLite result code, never by message text (STYLE.md): NOTADB and
CORRUPT mean a wrong key or a damaged file (indistinguishable to the reader, one message);
BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN, PERM are the environment's fault; anything else
is a bug and propagates.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3
from sqlcipher3 import dbapi2

from ..core.errors import EnvironmentFault, LedgerError, VaultLockedError
from .files import tighten, with_private_umask
from .keys import Secret

log = logging.getLogger(__name__)


class Connection(Protocol):
    """The part of a DB-API connection the vault uses (sqlcipher3's, or sqlite3's in benchmarks)."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def close(self) -> None: ...


SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
SQLITE_PERM = 3
_LOCKED_CODES = frozenset({SQLITE_NOTADB, SQLITE_CORRUPT})
_ENVIRONMENT_CODES = frozenset(
    {SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN,
     SQLITE_PERM}
)


def classify(exc: BaseException) -> LedgerError | None:
    """The typed error for a SQLCipher failure, or None when it is a bug."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    name = getattr(exc, "sqlite_errorname", "") or str(primary)
    if primary in _LOCKED_CODES:
        return VaultLockedError("wrong key or damaged file", sqlite=name)
    if primary in _ENVIRONMENT_CODES:
        if primary == SQLITE_FULL:
            return EnvironmentFault("the disk is full", code="disk_full", sqlite=name)
        if primary in (SQLITE_BUSY, SQLITE_LOCKED):
            return EnvironmentFault(
                "the vault is in use by another program", code="vault_busy", sqlite=name
            )
        return EnvironmentFault(
            "the vault file cannot be read or written", code="vault_io", sqlite=name
        )
    return None


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """Turn classified SQLCipher errors into the domain's typed errors; let bugs through."""
    try:
        yield
    except dbapi2.Error as exc:
        typed = classify(exc)
        if typed is None:
            raise
        log.info("vault operation failed: %s", typed.details.get("sqlite", typed.code))
        raise typed from exc


# Page HMAC: SHA-256 instead of SQLCipher 4's default SHA-512. Both authenticate every page; on
# this workload SHA-256 halves the cost of writing (tests/benchmarks/bench_vault.py). Set on every
# connection before the first read, and on every attached copy (ATTACH does not inherit it).
# Opening the file with the sqlcipher shell needs: PRAGMA cipher_hmac_algorithm = HMAC_SHA256;
HMAC_MAIN = "PRAGMA cipher_hmac_algorithm = HMAC_SHA256"
HMAC_COPY_TARGET = "PRAGMA copy_target.cipher_hmac_algorithm = HMAC_SHA256"


def _connect(path: Path, secret: Secret) -> Connection:
    conn: Any = sqlcipher3.connect(
        str(path), timeout=5.0, isolation_level=None, check_same_thread=False
    )
    try:
        # First, before anything can log an HMAC failure to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise EnvironmentFault(
                "the SQLite library in use does not encrypt (no SQLCipher)", code="no_sqlcipher"
            )
        conn.set_key(secret.sqlcipher_key())
        conn.execute(HMAC_MAIN)
    except BaseException:
        conn.close()
        raise
    connection: Connection = conn
    return connection


def configure(conn: Connection) -> None:
    """Per-connection settings, applied only after the key has been proven."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -32000")  # 32 MB of decrypted pages: no re-decrypting


def verify(conn: Connection, *, full: bool = True) -> None:
    """Prove the key (page 1 decrypts) and, if *full*, every page's HMAC."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    if full:
        problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if problems:
            log.info("cipher integrity check reported %d problem(s)", len(problems))
            raise VaultLockedError("wrong key or damaged file", code="vault_locked")


def open_existing(path: Path, secret: Secret, *, full_check: bool = True) -> Connection:
    """Open and verify an existing vault file without writing to it.

    Raises VaultLockedError for a wrong key or a damaged or foreign file, EnvironmentFault when the
    file cannot be read. The file is not modified by a failed open.
    """
    if not path.is_file():
        raise VaultLockedError("the vault file is missing", code="vault_missing")
    with translated_errors():
        conn = _connect(path, secret)
        try:
            verify(conn, full=full_check)
        except BaseException:
            conn.close()
            raise
    return conn


def create_new(path: Path, secret: Secret) -> Connection:
    """Create a new, empty encrypted database at *path* (which must not exist)."""
    if path.exists():
        raise FileExistsError(path)

    def make() -> Connection:
        with translated_errors():
            conn = _connect(path, secret)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                configure(conn)
            except BaseException:
                conn.close()
                raise
            return conn

    conn = with_private_umask(make)
    tighten(path)
    return conn


def attach_key_param(secret: Secret) -> Any:
    """The value to bind as ``ATTACH ... KEY ?`` (bytes as text for SQLCipher)."""
    return secret.sqlcipher_key().decode("utf-8")
