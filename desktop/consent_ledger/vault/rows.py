"""Turning vault rows into domain records and back. Lists and dicts are stored as JSON text."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ..core.model import (
    Attachment,
    AuditEntry,
    Consent,
    ConsentEvent,
    DataGrant,
    NoticeVersion,
    Profile,
    RequestEvent,
    RightsRequest,
    Service,
)
from ..core.vocab import Capacity, ConsentState, RequestEventKind, RequestStatus, RequestType

Row = tuple[Any, ...]

SERVICE_COLUMNS = (
    "name", "provider", "website", "notice_url", "emails", "phones", "postal_address", "web_form",
    "region", "catalogue_id", "notes",
)
SERVICE_SELECT = (
    "SELECT id, name, provider, website, notice_url, emails, phones, postal_address, web_form,"
    " region, catalogue_id, notes, created, updated FROM services"
)


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def load(text: str | None, default: Any) -> Any:
    if not text:
        return default
    return json.loads(text)


def iso_date(value: date) -> str:
    return value.isoformat()


def iso_moment(value: datetime) -> str:
    return value.isoformat()


def service_values(service: Service) -> tuple[Any, ...]:
    return (
        service.name, service.provider, service.website, service.notice_url,
        dump(list(service.emails)), dump(list(service.phones)), service.postal_address,
        service.web_form, service.region, service.catalogue_id, service.notes,
    )


def service_from(row: Row) -> Service:
    return Service(
        id=row[0], name=row[1], provider=row[2], website=row[3], notice_url=row[4],
        emails=load(row[5], []), phones=load(row[6], []), postal_address=row[7], web_form=row[8],
        region=row[9], catalogue_id=row[10], notes=row[11],
        created=datetime.fromisoformat(row[12]), updated=datetime.fromisoformat(row[13]),
    )


def grant_from(row: Row) -> DataGrant:
    return DataGrant(
        id=row[0], service_id=row[1], categories=load(row[2], []),
        date=date.fromisoformat(row[3]), channel=row[4], note=row[5],
    )


def consent_from(row: Row, events: list[ConsentEvent]) -> Consent:
    return Consent(
        id=row[0], service_id=row[1], purposes=load(row[2], []), date=date.fromisoformat(row[3]),
        state=ConsentState(row[4]), notice_version_id=row[5], note=row[6], events=events,
    )


def consent_event_from(row: Row) -> ConsentEvent:
    return ConsentEvent(id=row[0], state=ConsentState(row[1]), at=date.fromisoformat(row[2]),
                        note=row[3])


def profile_from(row: Row | None) -> Profile:
    if row is None:
        return Profile()
    return Profile(name=row[0], account_ids=load(row[1], []), email=row[2], phone=row[3],
                   postal_address=row[4])


def notice_from(row: Row) -> NoticeVersion:
    return NoticeVersion(
        id=row[0], service_id=row[1], number=row[2], text=row[3], sha256=row[4], source=row[5],
        retrieved=datetime.fromisoformat(row[6]), analysis=load(row[7], {}), content_type=row[8],
        etag=row[9], last_modified=row[10],
    )


def request_from(row: Row, events: list[RequestEvent]) -> RightsRequest:
    return RightsRequest(
        id=row[0], service_id=row[1], type=RequestType(row[2]), lang=row[3],
        status=RequestStatus(row[4]), capacity=Capacity(row[5]),
        created=datetime.fromisoformat(row[6]), options=load(row[7], {}),
        notice_version_id=row[8], letter_text=row[9], events=events,
    )


def request_event_from(row: Row, attachments: list[Attachment]) -> RequestEvent:
    return RequestEvent(
        id=row[0], request_id=row[1], kind=RequestEventKind(row[2]),
        at=date.fromisoformat(row[3]), note=row[4], attachments=attachments,
    )


def attachment_from(row: Row) -> Attachment:
    return Attachment(id=row[0], filename=row[1], media_type=row[2], sha256=row[3], size=row[4])


def audit_from(row: Row) -> AuditEntry:
    return AuditEntry(id=row[0], at=datetime.fromisoformat(row[1]), action=row[2],
                      entity=row[3], entity_id=row[4], detail=row[5])
