"""Notice versions (text + analysis) and rights requests with events and attachments.

Attachment bytes live inside the vault (a BLOB in the encrypted file), never beside it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from ..core.errors import BadInputError, NotFoundError
from ..core.model import Attachment, NoticeVersion, RequestEvent, RightsRequest
from ..core.vocab import Capacity, RequestEventKind, RequestStatus, RequestType
from . import rows
from .store import Store

_NOTICE_SELECT = (
    "SELECT id, service_id, number, text, sha256, source, retrieved, analysis, content_type, etag,"
    " last_modified FROM notice_versions"
)
_REQUEST_SELECT = (
    "SELECT id, service_id, type, lang, status, capacity, created, options, notice_version_id,"
    " letter_text FROM requests"
)


class DocumentRecords(Store):
    # --- notice versions ----------------------------------------------------------------
    def add_notice_version(self, version: NoticeVersion) -> NoticeVersion:
        with self._change("notice.add", "notice_version") as change:
            self._exists("SELECT 1 FROM services WHERE id = ?", version.service_id, "service")
            row = self.conn.execute(
                "SELECT coalesce(max(number), 0) + 1 FROM notice_versions WHERE service_id = ?",
                (version.service_id,),
            ).fetchone()
            number = int(row[0])
            cur = self.conn.execute(
                "INSERT INTO notice_versions (service_id, number, text, sha256, source, retrieved,"
                " analysis, content_type, etag, last_modified)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (version.service_id, number, version.text, version.sha256, version.source,
                 rows.iso_moment(version.retrieved), rows.dump(version.analysis),
                 version.content_type, version.etag, version.last_modified),
            )
            change.entity_id = cur.lastrowid
            change.fields = [f"service={version.service_id}", f"number={number}"]
        assert change.entity_id is not None
        return self.get_notice_version(change.entity_id)

    def get_notice_version(self, version_id: int) -> NoticeVersion:
        row = self._one(_NOTICE_SELECT + " WHERE id = ?", (version_id,), "notice_version",
                        version_id)
        return rows.notice_from(row)

    def list_notice_versions(self, service_id: int) -> list[NoticeVersion]:
        found = self._query(_NOTICE_SELECT + " WHERE service_id = ? ORDER BY number",
                            (service_id,))
        return [rows.notice_from(r) for r in found]

    def find_notice_version(self, service_id: int, sha256: str) -> NoticeVersion | None:
        found = self._query(
            _NOTICE_SELECT + " WHERE service_id = ? AND sha256 = ? ORDER BY number DESC LIMIT 1",
            (service_id, sha256),
        )
        return rows.notice_from(found[0]) if found else None

    # --- rights requests ----------------------------------------------------------------
    def add_request(self, request: RightsRequest) -> RightsRequest:
        created = request.created or self._clock.now()
        with self._change("request.add", "request") as change:
            self._exists("SELECT 1 FROM services WHERE id = ?", request.service_id, "service")
            cur = self.conn.execute(
                "INSERT INTO requests (service_id, type, lang, status, capacity, created, options,"
                " notice_version_id, letter_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (request.service_id, str(RequestType(request.type)), request.lang,
                 str(RequestStatus(request.status)), str(Capacity(request.capacity)),
                 rows.iso_moment(created), rows.dump(request.options),
                 request.notice_version_id, request.letter_text),
            )
            request_id = cur.lastrowid
            assert request_id is not None
            for event in request.events:
                self._insert_request_event(request_id, event, ())
            change.entity_id = request_id
            change.fields = [f"service={request.service_id}", f"type={request.type}"]
        return self.get_request(request_id)

    def update_request(self, request: RightsRequest) -> RightsRequest:
        if request.id is None:
            raise NotFoundError("request without id", entity="request", id=None)
        current = self.get_request(request.id)
        names = ("type", "lang", "status", "capacity", "options", "notice_version_id",
                 "letter_text")
        with self._change("request.update", "request", request.id) as change:
            change.fields = [n for n in names if getattr(current, n) != getattr(request, n)]
            self._write_request_row(request)
        return self.get_request(request.id)

    def _write_request_row(self, request: RightsRequest) -> None:
        self.conn.execute(
            "UPDATE requests SET type = ?, lang = ?, status = ?, capacity = ?, options = ?,"
            " notice_version_id = ?, letter_text = ? WHERE id = ?",
            (str(RequestType(request.type)), request.lang, str(RequestStatus(request.status)),
             str(Capacity(request.capacity)), rows.dump(request.options),
             request.notice_version_id, request.letter_text, request.id),
        )

    def get_request(self, request_id: int) -> RightsRequest:
        row = self._one(_REQUEST_SELECT + " WHERE id = ?", (request_id,), "request", request_id)
        return rows.request_from(row, self._request_events(request_id))

    def list_requests(
        self, status: RequestStatus | None = None, service_id: int | None = None
    ) -> list[RightsRequest]:
        found = self._query(
            _REQUEST_SELECT + " WHERE (? IS NULL OR status = ?) AND (? IS NULL OR service_id = ?)"
            " ORDER BY id",
            (status and str(status), status and str(status), service_id, service_id),
        )
        return [rows.request_from(r, self._request_events(r[0])) for r in found]

    def _request_events(self, request_id: int) -> list[RequestEvent]:
        found = self._query(
            "SELECT id, request_id, kind, at, note FROM request_events WHERE request_id = ?"
            " ORDER BY at, id", (request_id,),
        )
        return [rows.request_event_from(r, self._attachments(r[0])) for r in found]

    def _attachments(self, event_id: int) -> list[Attachment]:
        found = self._query(
            "SELECT id, filename, media_type, sha256, size FROM attachments WHERE event_id = ?"
            " ORDER BY id", (event_id,),
        )
        return [rows.attachment_from(r) for r in found]

    def add_request_event(
        self, request_id: int, event: RequestEvent, files: Sequence[tuple[Attachment, bytes]] = (),
        *, updated: RightsRequest | None = None,
    ) -> RequestEvent:
        checked = [_checked_attachment(meta, data) for meta, data in files]
        if updated is not None and updated.id != request_id:
            raise NotFoundError("the updated request is not the event's request",
                                entity="request", id=updated.id)
        with self._change("request.event", "request", request_id) as change:
            self._exists("SELECT 1 FROM requests WHERE id = ?", request_id, "request")
            if updated is not None:
                self._write_request_row(updated)
            event_id = self._insert_request_event(request_id, event, checked)
            change.fields = [f"event={event_id}", f"kind={event.kind}",
                             f"attachments={len(checked)}", f"request_updated={updated is not None}"]
        row = self._one("SELECT id, request_id, kind, at, note FROM request_events WHERE id = ?",
                        (event_id,), "request_event", event_id)
        return rows.request_event_from(row, self._attachments(event_id))

    def _insert_request_event(
        self, request_id: int, event: RequestEvent, files: Sequence[tuple[Attachment, bytes]]
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO request_events (request_id, kind, at, note) VALUES (?, ?, ?, ?)",
            (request_id, str(RequestEventKind(event.kind)), rows.iso_date(event.at), event.note),
        )
        event_id: int = cur.lastrowid
        for meta, data in files:
            self.conn.execute(
                "INSERT INTO attachments (event_id, filename, media_type, sha256, size, data)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (event_id, meta.filename, meta.media_type, meta.sha256, meta.size, data),
            )
        return event_id

    def get_attachment_data(self, attachment_id: int) -> bytes:
        row = self._one("SELECT data FROM attachments WHERE id = ?", (attachment_id,),
                        "attachment", attachment_id)
        return bytes(row[0])


def _checked_attachment(meta: Attachment, data: bytes) -> tuple[Attachment, bytes]:
    digest = hashlib.sha256(data).hexdigest()
    if meta.sha256 and meta.sha256.lower() != digest:
        raise BadInputError(f"attachment {meta.filename}: sha256 does not match its bytes",
                            code="attachment_digest")
    if meta.size and meta.size != len(data):
        raise BadInputError(f"attachment {meta.filename}: size does not match its bytes",
                            code="attachment_size")
    return Attachment(filename=meta.filename, media_type=meta.media_type or
                      "application/octet-stream", sha256=digest, size=len(data)), bytes(data)
