"""The vault's schema and its migrations, versioned by ``PRAGMA user_version``.

Migration N takes a vault from version N-1 to N inside one transaction. A vault newer than
SCHEMA_VERSION is refused (ConflictError ``vault_too_new``): old code must not write a format it
does not know. The manager takes an encrypted backup before running any migration.
"""

from __future__ import annotations

from .connection import Connection

SCHEMA_VERSION = 1

_V1 = """
CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    notice_url TEXT NOT NULL DEFAULT '',
    emails TEXT NOT NULL DEFAULT '[]',
    phones TEXT NOT NULL DEFAULT '[]',
    postal_address TEXT NOT NULL DEFAULT '',
    web_form TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    catalogue_id TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX services_name ON services (name COLLATE NOCASE);

CREATE TABLE notice_versions (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    retrieved TEXT NOT NULL,
    analysis TEXT NOT NULL DEFAULT '{}',
    content_type TEXT NOT NULL DEFAULT '',
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    UNIQUE (service_id, number)
);
CREATE INDEX notice_versions_sha ON notice_versions (service_id, sha256);

CREATE TABLE grants (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    categories TEXT NOT NULL,
    date TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX grants_service ON grants (service_id);

CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    purposes TEXT NOT NULL,
    date TEXT NOT NULL,
    state TEXT NOT NULL,
    notice_version_id INTEGER REFERENCES notice_versions (id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consents_service ON consents (service_id);

CREATE TABLE consent_events (
    id INTEGER PRIMARY KEY,
    consent_id INTEGER NOT NULL REFERENCES consents (id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_events_consent ON consent_events (consent_id);

CREATE TABLE profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    account_ids TEXT NOT NULL DEFAULT '[]',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    postal_address TEXT NOT NULL DEFAULT ''
);

CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    lang TEXT NOT NULL,
    status TEXT NOT NULL,
    capacity TEXT NOT NULL,
    created TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',
    notice_version_id INTEGER REFERENCES notice_versions (id) ON DELETE SET NULL,
    letter_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX requests_service ON requests (service_id);

CREATE TABLE request_events (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_events_request ON request_events (request_id);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES request_events (id) ON DELETE CASCADE,
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX attachments_event ON attachments (event_id);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    detail TEXT NOT NULL DEFAULT ''
);
"""

# version reached -> script that reaches it from the version before
MIGRATIONS: dict[int, str] = {1: _V1}


def user_version(conn: Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: Connection, start: int, target: int) -> None:
    """Apply migrations start+1 .. target, each in its own transaction with its user_version."""
    for version in range(start + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(version_statement(version))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


_SCHEMAS = ("main", "copy_target")


def version_statement(version: int, database: str = "main") -> str:
    """``PRAGMA <db>.user_version = N`` (pragmas take no bound parameters): both parts are
    checked against fixed values, never taken from input."""
    if version not in MIGRATIONS or database not in _SCHEMAS:
        raise ValueError("unknown schema version or database name")
    return f"PRAGMA {database}.user_version = {int(version)}"
