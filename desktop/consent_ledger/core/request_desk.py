"""Rights requests: drafting, tracking, deadlines, follow-ups (the use cases the GUI and CLI call).

The desk gathers facts from the register and hands them to an injected ``LetterWriter`` (letters/)
to word the letters; it never words a letter itself. Due dates are reminders, not legal deadlines:
PIPL says "及时" (timely) and sets no day count, so the default reply periods are industry
benchmarks (15 working days for account cancellation, 30 days otherwise), labelled as such.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol

from .errors import BadInputError, ConflictError
from .model import (
    Attachment,
    DataGrant,
    NoticeVersion,
    Profile,
    RequestEvent,
    RightsRequest,
    Service,
)
from .ports import Clock, DueDate, Repository, WorkingDayCalendar
from .vocab import DATA_CATEGORIES, Capacity, RequestEventKind, RequestStatus, RequestType

LANGS = ("zh", "en", "both")
IDENTITY_FIELDS = ("name", "account", "email", "phone", "address")
DEFAULT_IDENTITY = ("name", "account", "email")
DELETE_TRIGGERS = ("purpose", "ceased_or_expired", "consent_withdrawn", "unlawful", "other_law")
UNITS = ("working", "calendar")
BENCHMARK_WORKING_DAYS = 15  # account cancellation / complaints: soft-law benchmark
BENCHMARK_CALENDAR_DAYS = 30  # other requests: GB/T 35273 benchmark (recommended standard)
MAX_REPLY_DAYS = 365
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
NEEDS_PROCESSING = frozenset({RequestType.WITHDRAW_CONSENT, RequestType.RESTRICT})
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")

# Statuses in which the handler owes an answer (so a due date runs).
AWAITING = frozenset({RequestStatus.SENT, RequestStatus.ACKNOWLEDGED, RequestStatus.OVERDUE})

# What an event does to the status (None: unchanged).
EVENT_STATUS: dict[RequestEventKind, RequestStatus | None] = {
    RequestEventKind.SENT: RequestStatus.SENT,
    RequestEventKind.ACKNOWLEDGED: RequestStatus.ACKNOWLEDGED,
    RequestEventKind.ACTION_REQUIRED: RequestStatus.ACTION_REQUIRED,
    RequestEventKind.ANSWERED: RequestStatus.FULFILLED,
    RequestEventKind.PARTIALLY_ANSWERED: RequestStatus.PARTIALLY_FULFILLED,
    RequestEventKind.REFUSED: RequestStatus.REFUSED,
    RequestEventKind.EXTENDED: None,
    RequestEventKind.REMINDED: None,
    RequestEventKind.ESCALATED: RequestStatus.ESCALATED,
    RequestEventKind.CLOSED: RequestStatus.CLOSED,
    RequestEventKind.NOTE: None,
}

# Events whose follow-up letter is generated and kept with the event.
FOLLOWUP_OF: dict[RequestEventKind, str] = {
    RequestEventKind.REMINDED: "reminder",
    RequestEventKind.ESCALATED: "complaint",
}


@dataclass(frozen=True)
class DueInfo:
    """When an answer is due, why, and whether it is late."""

    due: date
    basis: str  # e.g. "benchmark: 30 calendar days (not a statutory deadline)"
    source: str  # "benchmark", "requested", "service_limit"
    sent: date
    overdue: bool
    warning: str = ""


@dataclass(frozen=True)
class LetterFacts:
    """Everything a letter may say, gathered from the register (the writer picks what to show)."""

    request: RightsRequest
    service: Service
    profile: Profile
    grants: list[DataGrant]
    notice: NoticeVersion | None
    today: date
    due: DueInfo | None
    reply_by: DueDate | None  # the date the letter asks for, counted from today


@dataclass(frozen=True)
class Letter:
    """A worded letter: what gets saved, printed or mailed."""

    subject: str
    text: str
    to: tuple[str, ...]
    lang: str
    kind: str = "request"  # "request", "reminder", "complaint"
    frozen: bool = False  # the text as sent (from the vault), not re-worded
    sender: str = ""  # the person's own address, for the e-mail's From


class LetterWriter(Protocol):
    def compose(self, facts: LetterFacts) -> Letter: ...

    def compose_followup(self, facts: LetterFacts, kind: str) -> Letter: ...


@dataclass(frozen=True)
class RequestView:
    """A request with its computed state (what list/show display)."""

    request: RightsRequest
    service: Service
    status: RequestStatus  # effective: OVERDUE when past due and still awaiting an answer
    due: DueInfo | None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Dossier:
    """What an evidence bundle holds."""

    view: RequestView
    letter: Letter | None  # the frozen letter, if sent
    attachments: list[tuple[RequestEvent, Attachment, bytes]]
    notice: NoticeVersion | None


class RequestDesk:
    def __init__(
        self,
        repo: Repository,
        *,
        calendar: WorkingDayCalendar,
        clock: Clock,
        letters: LetterWriter | None = None,
    ) -> None:
        self.repo = repo
        self.calendar = calendar
        self.clock = clock
        self.letters = letters

    # --- drafting -------------------------------------------------------------------------
    def create(self, service_id: int, kind: str, **choices: Any) -> RightsRequest:
        """Create and store a drafted request (*choices*: those of :meth:`draft`)."""
        return self.repo.add_request(self.draft(service_id, kind, **choices))

    def preview(self, service_id: int, kind: str, **choices: Any) -> Letter:
        """The letter an unsaved request would produce: the composer's live preview is exactly
        what export and "mark as sent" will give (*choices*: those of :meth:`draft`)."""
        return self._compose(self.draft(service_id, kind, **choices))

    def draft(
        self,
        service_id: int,
        kind: str,
        *,
        lang: str = "zh",
        capacity: str = "self",
        options: dict[str, Any] | None = None,
    ) -> RightsRequest:
        """A validated request, not stored: options normalised, the latest notice attached."""
        service = self.repo.get_service(service_id)
        request_type = _enum(RequestType, kind, "request_type")
        request_capacity = _enum(Capacity, capacity, "capacity")
        if lang not in LANGS:
            raise BadInputError(f"unknown letter language {lang!r}", code="bad_lang", value=lang)
        opts = self._normalise_options(request_type, service, dict(options or {}))
        notices = self.repo.list_notice_versions(service.id or service_id)
        request = RightsRequest(
            service_id=service.id or service_id,
            type=request_type,
            lang=lang,
            capacity=request_capacity,
            created=self.clock.now(),
            options=opts,
            notice_version_id=notices[-1].id if notices else None,
        )
        return request

    def _normalise_options(
        self, kind: RequestType, service: Service, opts: dict[str, Any]
    ) -> dict[str, Any]:
        categories = [str(c) for c in opts.get("categories") or []]
        for category in categories:
            if category not in DATA_CATEGORIES:
                raise BadInputError(f"unknown data category {category!r}",
                                    code="bad_category", value=category)
        if not categories:
            grants = self.repo.list_grants(service.id)
            categories = sorted({c for g in grants for c in g.categories if c in DATA_CATEGORIES})
        opts["categories"] = categories
        start, end = _iso(opts.get("from"), "from"), _iso(opts.get("to"), "to")
        if start and end and start > end:
            raise BadInputError("the time range ends before it starts", code="bad_range")
        identity = [str(f) for f in opts.get("identity") or DEFAULT_IDENTITY]
        for item in identity:
            if item not in IDENTITY_FIELDS:
                raise BadInputError(f"unknown identity field {item!r}", code="bad_identity",
                                    value=item)
        opts["identity"] = identity
        triggers = [str(t) for t in opts.get("triggers") or []]
        for trigger in triggers:
            if trigger not in DELETE_TRIGGERS:
                raise BadInputError(f"unknown deletion trigger {trigger!r}", code="bad_trigger",
                                    value=trigger)
        if kind is RequestType.DELETE and not triggers:
            triggers = ["consent_withdrawn"]
        opts["triggers"] = triggers
        processing = [str(p).strip() for p in opts.get("processing") or [] if str(p).strip()]
        if kind in NEEDS_PROCESSING and not processing:
            raise BadInputError("say which processing to stop (--processing)",
                                code="processing_required")
        if kind is RequestType.CORRECT and not str(opts.get("details") or "").strip():
            raise BadInputError("say what is wrong and what is right (--details)",
                                code="details_required")
        opts["processing"] = processing
        for address in opts.get("send_to") or []:
            if not _EMAIL.match(str(address)):
                raise BadInputError(f"not an e-mail address: {address!r}", code="bad_email",
                                    value=address)
        if "reply_days" in opts and opts["reply_days"] is not None:
            days = int(opts["reply_days"])
            if not 1 <= days <= MAX_REPLY_DAYS:
                raise BadInputError("the reply period must be 1 to 365 days", code="bad_days")
            opts["reply_days"] = days
            opts["reply_source"] = "requested"
            opts.setdefault("reply_unit", _benchmark_unit(kind))
        else:
            opts["reply_unit"] = opts.get("reply_unit") or _benchmark_unit(kind)
            opts["reply_days"] = (BENCHMARK_WORKING_DAYS if opts["reply_unit"] == "working"
                                  else BENCHMARK_CALENDAR_DAYS)
            opts["reply_source"] = "benchmark"
        if opts["reply_unit"] not in UNITS:
            raise BadInputError("unit must be working or calendar", code="bad_unit")
        limit = opts.get("service_limit")
        if limit:
            if int(limit.get("days", 0)) < 1 or limit.get("unit") not in UNITS:
                raise BadInputError("a published time limit needs days >= 1 and a unit",
                                    code="bad_days")
        if opts.get("genai") is None:
            # The Measures cover services offered to the public in mainland China (Art. 2).
            opts["genai"] = service.region != "intl"
        opts.setdefault("extensions", [])
        return {k: v for k, v in opts.items() if v not in (None, "")}

    # --- reading --------------------------------------------------------------------------
    def get(self, request_id: int) -> RequestView:
        return self._view(self.repo.get_request(request_id))

    def list(
        self,
        status: str | None = None,
        *,
        service_id: int | None = None,
        due_only: bool = False,
    ) -> list[RequestView]:
        wanted = _enum(RequestStatus, status, "status") if status else None
        stored_filter = wanted if wanted not in (None, RequestStatus.OVERDUE) else None
        views = [self._view(r) for r in self.repo.list_requests(stored_filter, service_id)]
        if wanted is not None:
            views = [v for v in views if v.status is wanted]
        if due_only:
            views = [v for v in views if v.due is not None and v.status in AWAITING]
            views.sort(key=lambda v: v.due.due if v.due else date.max)
        return views

    def _view(self, request: RightsRequest) -> RequestView:
        service = self.repo.get_service(request.service_id)
        due = self.due_info(request)
        status = request.status
        if due is not None and due.overdue:
            status = RequestStatus.OVERDUE
        warnings = [due.warning] if due is not None and due.warning else []
        return RequestView(request, service, status, due, warnings)

    # --- deadlines ------------------------------------------------------------------------
    def count(self, start: date, days: int, unit: str) -> DueDate:
        if unit == "working":
            return self.calendar.add_working_days(start, days)
        return DueDate(due=start + timedelta(days=days), basis=f"{days} calendar days")

    def due_info(self, request: RightsRequest) -> DueInfo | None:
        sent_dates = [e.at for e in request.events if e.kind is RequestEventKind.SENT]
        if not sent_dates:
            return None
        sent = max(sent_dates)
        opts = request.options
        limit = opts.get("service_limit")
        if limit:
            counted = self.count(sent, int(limit["days"]), str(limit["unit"]))
            source = "service_limit"
            basis = f"the service's published time limit: {counted.basis}"
        else:
            days = int(opts.get("reply_days") or BENCHMARK_CALENDAR_DAYS)
            unit = str(opts.get("reply_unit") or "calendar")
            counted = self.count(sent, days, unit)
            source = str(opts.get("reply_source") or "benchmark")
            if source == "benchmark":
                basis = f"benchmark: {counted.basis} (not a statutory deadline)"
            else:
                basis = f"reply period asked for in the letter: {counted.basis}"
        due, warning = counted.due, counted.warning
        for extension in opts.get("extensions") or []:
            until = _iso(extension.get("until"), "until")
            if until and until > due:
                due = until
                basis += f"; extended to {until.isoformat()}"
        overdue = request.status in AWAITING and self.clock.today() > due
        return DueInfo(due=due, basis=basis, source=source, sent=sent, overdue=overdue,
                       warning=warning)

    # --- tracking -------------------------------------------------------------------------
    def record_event(
        self,
        request_id: int,
        kind: str,
        *,
        at: date | None = None,
        note: str = "",
        files: Sequence[tuple[str, bytes]] = (),
        extend_until: date | None = None,
        extend_days: int | None = None,
    ) -> RequestView:
        request = self.repo.get_request(request_id)
        event_kind = _enum(RequestEventKind, kind, "event_kind")
        when = at or self.clock.today()
        if when > self.clock.today():
            raise BadInputError("an event cannot be dated in the future", code="future_date")
        if request.status is RequestStatus.CLOSED and event_kind is not RequestEventKind.NOTE:
            raise ConflictError("the request is closed", code="request_closed")
        sent_before = any(e.kind is RequestEventKind.SENT for e in request.events)
        if event_kind not in (RequestEventKind.SENT, RequestEventKind.NOTE) and not sent_before:
            raise ConflictError("record the request as sent first", code="not_sent")
        files = list(files)
        followup = FOLLOWUP_OF.get(event_kind)
        if followup is not None and self.letters is not None:
            # Keep the follow-up as generated with the event, so the evidence bundle holds it.
            text = self.letters.compose_followup(self.facts(request, on=when), followup).text
            files.append((f"generated-{followup}-{when.isoformat()}.txt", text.encode("utf-8")))
        attachments = [(_attachment(name, data), data) for name, data in files]
        changed = False
        if event_kind is RequestEventKind.EXTENDED:
            until = extend_until
            if until is None and extend_days is not None:
                current = self.due_info(request)
                start = current.due if current else when
                until = self.count(start, extend_days, str(request.options.get("reply_unit",
                                                                               "calendar"))).due
            if until is None:
                raise BadInputError("an extension needs --until or --days", code="bad_extension")
            request.options.setdefault("extensions", []).append(
                {"until": until.isoformat(), "recorded": when.isoformat()})
            changed = True
        if event_kind is RequestEventKind.SENT and not request.letter_text:
            letter = self._writer().compose(self.facts(request, on=when))
            request.letter_text = letter.text
            request.options["sent_letter"] = {"subject": letter.subject, "to": list(letter.to),
                                              "lang": letter.lang, "sender": letter.sender}
            changed = True
        new_status = EVENT_STATUS[event_kind]
        if new_status is not None and new_status is not request.status:
            request.status = new_status
            changed = True
        self.repo.add_request_event(
            request.id or request_id, RequestEvent(kind=event_kind, at=when, note=note),
            attachments, updated=request if changed else None,
        )
        return self.get(request.id or request_id)

    # --- letters --------------------------------------------------------------------------
    def facts(self, request: RightsRequest, on: date | None = None) -> LetterFacts:
        """What a letter may say; dated *on* (a letter recorded as sent on an earlier day
        carries that day, and its reply window counts from it), else today."""
        service = self.repo.get_service(request.service_id)
        notice = None
        if request.notice_version_id is not None:
            notice = self.repo.get_notice_version(request.notice_version_id)
        today = on or self.clock.today()
        opts = request.options
        reply_by = self.count(today, int(opts.get("reply_days") or BENCHMARK_CALENDAR_DAYS),
                              str(opts.get("reply_unit") or "calendar"))
        return LetterFacts(
            request=request,
            service=service,
            profile=self.repo.get_profile(),
            grants=self.repo.list_grants(service.id),
            notice=notice,
            today=today,
            due=self.due_info(request),
            reply_by=reply_by,
        )

    def _writer(self) -> LetterWriter:
        if self.letters is None:
            raise ConflictError("no letter writer is configured", code="no_letter_writer")
        return self.letters

    def _compose(self, request: RightsRequest) -> Letter:
        return self._writer().compose(self.facts(request))

    def letter(self, request_id: int) -> Letter:
        """The letter: as sent (frozen in the vault) once sent, else freshly worded."""
        request = self.repo.get_request(request_id)
        if request.letter_text:
            sent = request.options.get("sent_letter") or {}
            return Letter(subject=str(sent.get("subject", "")), text=request.letter_text,
                          to=tuple(sent.get("to") or ()), lang=str(sent.get("lang", request.lang)),
                          frozen=True, sender=str(sent.get("sender", "")))
        return self._compose(request)

    def followup(self, request_id: int, kind: str) -> Letter:
        if kind not in ("reminder", "complaint"):
            raise BadInputError(f"unknown follow-up {kind!r}", code="bad_followup", value=kind)
        request = self.repo.get_request(request_id)
        if not any(e.kind is RequestEventKind.SENT for e in request.events):
            raise ConflictError("a follow-up needs a request that was sent", code="not_sent")
        return self._writer().compose_followup(self.facts(request), kind)

    def dossier(self, request_id: int) -> Dossier:
        view = self.get(request_id)
        request = view.request
        attachments = [
            (event, attachment, self.repo.get_attachment_data(attachment.id))
            for event in request.events for attachment in event.attachments
            if attachment.id is not None
        ]
        notice = None
        if request.notice_version_id is not None:
            notice = self.repo.get_notice_version(request.notice_version_id)
        letter = self.letter(request_id) if request.letter_text else None
        return Dossier(view=view, letter=letter, attachments=attachments, notice=notice)


def _benchmark_unit(kind: RequestType) -> str:
    return "working" if kind is RequestType.DEREGISTER else "calendar"


def _enum(enum: Any, value: str | None, what: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        raise BadInputError(f"unknown {what.replace('_', ' ')} {value!r}", code=f"bad_{what}",
                            value=value) from None


def _iso(value: object, what: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise BadInputError(f"not a date (YYYY-MM-DD): {value!r}", code="bad_date",
                            value=value) from None


def _attachment(name: str, data: bytes) -> Attachment:
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise BadInputError(f"attachment too large: {name}", code="attachment_too_large",
                            value=name)
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Attachment(filename=name, media_type=media_type,
                      sha256=hashlib.sha256(data).hexdigest(), size=len(data))

