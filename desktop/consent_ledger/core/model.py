"""Domain records. Plain dataclasses, standard library only.

Dates are ``datetime.date``; moments are timezone-aware ``datetime`` in UTC. ``id`` is ``None`` until
the record is stored. Lists are owned by the record (copy before sharing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .vocab import Capacity, ConsentState, RequestEventKind, RequestStatus, RequestType


@dataclass
class Service:
    """An AI service (its handler) the person gave personal information to."""

    name: str
    provider: str = ""  # legal name of the handler (个人信息处理者)
    website: str = ""
    notice_url: str = ""
    emails: list[str] = field(default_factory=list)  # privacy / rights contacts
    phones: list[str] = field(default_factory=list)
    postal_address: str = ""
    web_form: str = ""  # rights-request or account-deletion page
    region: str = ""  # "cn", "intl" or ""
    catalogue_id: str = ""
    notes: str = ""
    id: int | None = None
    created: datetime | None = None
    updated: datetime | None = None


@dataclass
class DataGrant:
    """What data the person gave a service, when and how."""

    service_id: int
    categories: list[str]  # vocab.DATA_CATEGORIES
    date: date
    channel: str = ""  # e.g. "app", "web", "api", "voice assistant"
    note: str = ""
    id: int | None = None


@dataclass
class ConsentEvent:
    state: ConsentState
    at: date
    note: str = ""
    id: int | None = None


@dataclass
class Consent:
    """A consent the person gave, to purposes, under one version of the notice."""

    service_id: int
    purposes: list[str]  # vocab.PURPOSES, or free text the person typed
    date: date
    state: ConsentState = ConsentState.GIVEN
    notice_version_id: int | None = None
    note: str = ""
    events: list[ConsentEvent] = field(default_factory=list)
    id: int | None = None


@dataclass
class Profile:
    """The person's own details for letters. Optional; encrypted like everything else."""

    name: str = ""
    account_ids: list[str] = field(default_factory=list)  # e.g. "phone: 138…", "user id: 12345"
    email: str = ""
    phone: str = ""
    postal_address: str = ""


@dataclass
class NoticeVersion:
    """One stored version of a service's privacy notice, with its analysis (contract JSON)."""

    service_id: int
    text: str
    sha256: str
    source: str  # URL or file name
    retrieved: datetime
    analysis: dict[str, Any] = field(default_factory=dict)
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    id: int | None = None
    number: int | None = None  # 1, 2, 3 … per service


@dataclass
class Attachment:
    filename: str
    media_type: str
    sha256: str
    size: int
    id: int | None = None


@dataclass
class RequestEvent:
    kind: RequestEventKind
    at: date
    note: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    id: int | None = None
    request_id: int | None = None


@dataclass
class RightsRequest:
    """A rights request to a handler and its life."""

    service_id: int
    type: RequestType
    lang: str = "zh"  # "zh", "en" or "both"
    status: RequestStatus = RequestStatus.DRAFTED
    capacity: Capacity = Capacity.SELF
    created: datetime | None = None
    # Letter options: triggers (Art. 47), categories, time range, processing to stop, reply days …
    options: dict[str, Any] = field(default_factory=dict)
    notice_version_id: int | None = None
    letter_text: str = ""  # the letter as sent (frozen at "sent")
    events: list[RequestEvent] = field(default_factory=list)
    id: int | None = None


@dataclass
class AuditEntry:
    """One line of the vault's own change log, written in the same transaction as the change."""

    at: datetime
    action: str  # e.g. "service.add", "consent.withdraw"
    entity: str
    entity_id: int | None
    detail: str = ""  # never personal data: ids and field names only
    id: int | None = None
