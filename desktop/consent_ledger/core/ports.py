"""Ports: what the core needs from the outside, as Protocols. Adapters live in vault/, notices/,
letters/; only app.py wires concrete ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from .model import (
    Attachment,
    AuditEntry,
    Consent,
    DataGrant,
    NoticeVersion,
    Profile,
    RequestEvent,
    RightsRequest,
    Service,
)
from .vocab import ConsentState, RequestStatus


class Clock(Protocol):
    def now(self) -> datetime: ...  # timezone-aware, UTC

    def today(self) -> date: ...  # the person's local date


class Repository(Protocol):
    """The encrypted register. Every mutating call is one transaction that also writes an
    AuditEntry. Getters raise NotFoundError for unknown ids."""

    # services
    def add_service(self, service: Service) -> Service: ...
    def update_service(self, service: Service) -> Service: ...
    def remove_service(self, service_id: int) -> None: ...  # cascades to its records
    def get_service(self, service_id: int) -> Service: ...
    def list_services(self, search: str | None = None) -> list[Service]: ...

    # data given
    def add_grant(self, grant: DataGrant) -> DataGrant: ...
    def remove_grant(self, grant_id: int) -> None: ...
    def list_grants(self, service_id: int | None = None) -> list[DataGrant]: ...

    # consents
    def add_consent(self, consent: Consent) -> Consent: ...
    def get_consent(self, consent_id: int) -> Consent: ...
    def list_consents(self, service_id: int | None = None) -> list[Consent]: ...
    def set_consent_state(
        self, consent_id: int, state: ConsentState, at: date, note: str = ""
    ) -> Consent: ...

    # the person's profile
    def get_profile(self) -> Profile: ...
    def save_profile(self, profile: Profile) -> Profile: ...

    # notice versions
    def add_notice_version(self, version: NoticeVersion) -> NoticeVersion: ...
    def get_notice_version(self, version_id: int) -> NoticeVersion: ...
    def list_notice_versions(self, service_id: int) -> list[NoticeVersion]: ...  # oldest first
    def find_notice_version(self, service_id: int, sha256: str) -> NoticeVersion | None: ...

    # rights requests
    def add_request(self, request: RightsRequest) -> RightsRequest: ...
    def update_request(self, request: RightsRequest) -> RightsRequest: ...
    def get_request(self, request_id: int) -> RightsRequest: ...
    def list_requests(
        self, status: RequestStatus | None = None, service_id: int | None = None
    ) -> list[RightsRequest]: ...
    def add_request_event(
        self, request_id: int, event: RequestEvent, files: Sequence[tuple[Attachment, bytes]] = (),
        *, updated: RightsRequest | None = None,
    ) -> RequestEvent:
        """Add an event; with *updated*, also store that request's new state in the same
        transaction (status, options, frozen letter), so an event never lands without it."""
        ...
    def get_attachment_data(self, attachment_id: int) -> bytes: ...

    # the vault's own change log and facts
    def list_audit_entries(self, limit: int = 100) -> list[AuditEntry]: ...
    def counts(self) -> dict[str, int]: ...


@dataclass(frozen=True)
class FetchedDocument:
    """A fetched or read notice, already turned into plain text."""

    source: str
    text: str
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False  # conditional re-fetch answered 304


# Fetch progress: (bytes received so far, total bytes if the server said, else None).
FetchProgress = Callable[[int, "int | None"], None]


class NoticeFetcher(Protocol):
    def fetch(
        self, url: str, *, etag: str = "", last_modified: str = "",
        progress: FetchProgress | None = None, cancel: Callable[[], bool] | None = None,
    ) -> FetchedDocument:
        """Fetch and extract. ``cancel`` returning True stops it (CancelledError)."""
        ...


class NoticeReader(Protocol):
    def read_file(self, path: str) -> FetchedDocument: ...


class NoticeAnalyser(Protocol):
    def analyse(self, text: str, *, source: str = "", lang: str = "auto") -> dict[str, Any]:
        """The contract JSON of contracts/notice-analysis.md (without ``source`` errors)."""
        ...


@dataclass(frozen=True)
class DueDate:
    due: date
    basis: str  # e.g. "15 working days (chinese-calendar)", "30 calendar days"
    warning: str = ""  # e.g. holidays not counted beyond the calendar's data


class WorkingDayCalendar(Protocol):
    def add_working_days(self, start: date, days: int) -> DueDate: ...
