"""VaultRepository: the core's Repository port over one open SQLCipher connection.

The GUI calls it from one dedicated database thread; the CLI from its only thread. The connection
is opened with ``check_same_thread=False`` and callers serialise (a lock guards it as well).
"""

from __future__ import annotations

from pathlib import Path

from ..core.model import AuditEntry
from ..core.ports import Clock
from . import rows
from .connection import HMAC_COPY_TARGET, Connection, attach_key_param, translated_errors
from .document_records import DocumentRecords
from .keys import Secret
from .register_records import RegisterRecords
from .schema import user_version, version_statement

_COUNTS = {
    "services": "SELECT count(*) FROM services",
    "grants": "SELECT count(*) FROM grants",
    "consents": "SELECT count(*) FROM consents",
    "consents_active": "SELECT count(*) FROM consents WHERE state IN ('given', 'renewed')",
    "notice_versions": "SELECT count(*) FROM notice_versions",
    "requests": "SELECT count(*) FROM requests",
    "request_events": "SELECT count(*) FROM request_events",
    "attachments": "SELECT count(*) FROM attachments",
    "audit_entries": "SELECT count(*) FROM audit",
}


class VaultRepository(RegisterRecords, DocumentRecords):
    """Every method of core.ports.Repository, plus close(), copy_to() and schema_version()."""

    def __init__(self, conn: Connection, clock: Clock, path: Path) -> None:
        super().__init__(conn, clock)
        self.path = path

    def list_audit_entries(self, limit: int = 100) -> list[AuditEntry]:
        found = self._query(
            "SELECT id, at, action, entity, entity_id, detail FROM audit ORDER BY id DESC LIMIT ?",
            (int(limit),),
        )
        return [rows.audit_from(r) for r in found]

    def counts(self) -> dict[str, int]:
        return {name: int(self._query(sql)[0][0]) for name, sql in _COUNTS.items()}

    def schema_version(self) -> int:
        with self._lock, translated_errors():
            return user_version(self.conn)

    def copy_to(self, target: Path, secret: Secret | None = None) -> None:
        """Write an encrypted copy of the whole vault to *target* (a new, empty file).

        With no *secret* the copy has the same key and salt (``ATTACH`` without ``KEY`` reuses the
        main database's key material): a backup. With a *secret* it is keyed anew: a rekey.
        Callers rename *target* into place (files.atomic_target).
        """
        with self._lock, translated_errors():
            conn = self.conn
            if secret is None:
                conn.execute("ATTACH DATABASE ? AS copy_target", (str(target),))
            else:
                conn.execute("ATTACH DATABASE ? AS copy_target KEY ?",
                             (str(target), attach_key_param(secret)))
            try:
                conn.execute(HMAC_COPY_TARGET)
                conn.execute("SELECT sqlcipher_export('copy_target')")
                # sqlcipher_export does not copy user_version.
                conn.execute(version_statement(user_version(conn), "copy_target"))
            finally:
                conn.execute("DETACH DATABASE copy_target")
