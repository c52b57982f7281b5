"""The transaction discipline every vault mutation follows.

A mutation runs inside ``with self._change(action, entity) as change:``: one ``BEGIN IMMEDIATE``
transaction that ends with its AuditEntry row, committed together or rolled back together. Audit
details name ids and fields only, never personal data. Every statement binds values with ``?``.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import NotFoundError
from ..core.ports import Clock
from .connection import Connection, translated_errors
from .rows import iso_moment

log = logging.getLogger(__name__)


@dataclass
class Change:
    """What one transaction records about itself in the audit log."""

    action: str
    entity: str
    entity_id: int | None = None
    fields: list[str] = field(default_factory=list)

    @property
    def detail(self) -> str:
        return ",".join(self.fields)


class Store:
    """An open vault connection with transactions, audit and error translation."""

    def __init__(self, conn: Connection, clock: Clock) -> None:
        self._conn: Connection | None = conn
        self._clock = clock
        self._lock = threading.RLock()

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("the vault is closed")
        return self._conn

    @property
    def closed(self) -> bool:
        return self._conn is None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                conn, self._conn = self._conn, None
                with translated_errors():
                    conn.close()

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock, translated_errors():
            return list(self.conn.execute(sql, params).fetchall())

    def _one(self, sql: str, params: tuple[Any, ...], what: str, ident: object) -> tuple[Any, ...]:
        rows = self._query(sql, params)
        if not rows:
            raise NotFoundError(f"{what} {ident}", entity=what, id=ident)
        return rows[0]

    @contextlib.contextmanager
    def _change(self, action: str, entity: str, entity_id: int | None = None) -> Iterator[Change]:
        change = Change(action, entity, entity_id)
        with self._lock, translated_errors():
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield change
                conn.execute(
                    "INSERT INTO audit (at, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)",
                    (iso_moment(self._clock.now()), change.action, change.entity,
                     change.entity_id, change.detail),
                )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _exists(self, table_sql: str, ident: int, what: str) -> None:
        """Raise NotFoundError unless the row exists (*table_sql* is a fixed statement)."""
        if not self.conn.execute(table_sql, (ident,)).fetchone():
            raise NotFoundError(f"{what} {ident}", entity=what, id=ident)
