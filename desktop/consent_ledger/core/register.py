"""Register use cases: services, data given, consents, the profile, the whole-register export.

The CLI and the GUI both call these; neither holds logic of its own. Input is validated here and
refused with BadInputError (one clear line, exit 6) before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from .catalogue import Catalogue, CatalogueEntry
from .errors import BadInputError, ConflictError, NotFoundError, UsageError
from .export import build_export
from .model import Consent, DataGrant, NoticeVersion, Profile, RightsRequest, Service
from .ports import Clock, Repository
from .vocab import ACTIVE_CONSENT_STATES, DATA_CATEGORIES, ConsentState

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
REGIONS: tuple[str, ...] = ("", "cn", "intl")
# Service fields a person edits, and how each is checked.
_TEXT_FIELDS = ("name", "provider", "postal_address", "notes")
_URL_FIELDS = ("website", "notice_url", "web_form")
_LIST_FIELDS = ("emails", "phones")
EDITABLE_FIELDS: tuple[str, ...] = (*_TEXT_FIELDS, *_URL_FIELDS, *_LIST_FIELDS, "region",
                                    "catalogue_id")
MAX_TEXT = 20_000


def parse_date(text: str | date, what: str = "date") -> date:
    """An ISO date (YYYY-MM-DD); anything else is bad input."""
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise BadInputError(f"{what} {text!r} is not a date (use YYYY-MM-DD)", code="bad_date",
                            value=str(text)) from None


@dataclass
class ServiceView:
    """A service with everything the register holds about it."""

    service: Service
    grants: list[DataGrant]
    consents: list[Consent]
    notice_versions: list[NoticeVersion]
    requests: list[RightsRequest]


class Register:
    def __init__(self, repo: Repository, catalogue: Callable[[], Catalogue], clock: Clock) -> None:
        self.repo = repo
        self._catalogue_factory = catalogue
        self._catalogue: Catalogue | None = None
        self.clock = clock

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = self._catalogue_factory()
        return self._catalogue

    # --- services -----------------------------------------------------------------------
    def resolve_service(self, ref: str | int) -> Service:
        """A service by numeric id or by a unique (case-insensitive) name prefix."""
        text = str(ref).strip()
        if not text:
            raise UsageError("no service given", code="service_missing")
        if text.isdigit():
            return self.repo.get_service(int(text))
        key = text.casefold()
        services = self.repo.list_services()
        exact = [s for s in services if s.name.casefold() == key]
        if len(exact) == 1:
            return exact[0]
        found = [s for s in services if s.name.casefold().startswith(key)]
        if not found:
            raise NotFoundError(f"service {text}", code="service_unknown", ref=text)
        if len(found) > 1:
            names = ", ".join(f"{s.id}:{s.name}" for s in found[:5])
            raise UsageError(f"{text!r} matches several services ({names}); use the id",
                             code="service_ambiguous", ref=text, matches=names)
        return found[0]

    def add_service(self, draft: Service) -> Service:
        return self.repo.add_service(self._checked(draft))

    def add_from_catalogue(self, catalogue_id: str,
                           overrides: Mapping[str, Any] | None = None) -> Service:
        """A service filled from the catalogue; where each fact came from goes into the notes."""
        entry = self.catalogue.get(catalogue_id)
        draft = service_from_entry(entry, self.catalogue.compiled)
        if overrides:
            draft = self._apply(draft, overrides)
        return self.add_service(draft)

    def edit_service(self, ref: str | int, changes: Mapping[str, Any]) -> Service:
        current = self.resolve_service(ref)
        if not changes:
            raise UsageError("nothing to change", code="nothing_to_change")
        return self.repo.update_service(self._checked(self._apply(current, changes)))

    def remove_service(self, ref: str | int) -> Service:
        service = self.resolve_service(ref)
        assert service.id is not None
        self.repo.remove_service(service.id)
        return service

    def list_services(self, search: str | None = None) -> list[Service]:
        return self.repo.list_services(search or None)

    def show_service(self, ref: str | int) -> ServiceView:
        service = self.resolve_service(ref)
        assert service.id is not None
        return ServiceView(
            service=service,
            grants=self.repo.list_grants(service.id),
            consents=self.repo.list_consents(service.id),
            notice_versions=self.repo.list_notice_versions(service.id),
            requests=self.repo.list_requests(service_id=service.id),
        )

    # --- data given ---------------------------------------------------------------------
    def add_grant(self, ref: str | int, categories: Iterable[str], when: str | date | None = None,
                  channel: str = "", note: str = "") -> DataGrant:
        cats = _unique(c.strip() for c in categories)
        if not cats:
            raise BadInputError("give at least one data category", code="no_category")
        unknown = [c for c in cats if c not in DATA_CATEGORIES]
        if unknown:
            raise BadInputError(
                f"unknown data category {unknown[0]!r}; known: {', '.join(DATA_CATEGORIES)}",
                code="bad_category", value=unknown[0],
            )
        day = self._past_date(when)
        service = self.resolve_service(ref)
        assert service.id is not None
        return self.repo.add_grant(DataGrant(
            service_id=service.id, categories=cats, date=day, channel=_text(channel, "channel"),
            note=_text(note, "note"),
        ))

    # --- consents -----------------------------------------------------------------------
    def add_consent(self, ref: str | int, purposes: Iterable[str], when: str | date | None = None,
                    notice_version: int | str | None = None, note: str = "") -> Consent:
        chosen = _unique(p.strip() for p in purposes)
        if not chosen:
            raise BadInputError("give at least one purpose", code="no_purpose")
        for purpose in chosen:
            _text(purpose, "purpose", limit=500)
        day = self._past_date(when)
        service = self.resolve_service(ref)
        assert service.id is not None
        version_id = None
        if notice_version not in (None, ""):
            version_id = self._notice_version_id(service.id, notice_version)
        return self.repo.add_consent(Consent(
            service_id=service.id, purposes=chosen, date=day, state=ConsentState.GIVEN,
            notice_version_id=version_id, note=_text(note, "note"),
        ))

    def withdraw_consent(self, consent_id: int | str, when: str | date | None = None,
                         note: str = "") -> Consent:
        return self.change_consent(consent_id, ConsentState.WITHDRAWN, when, note)

    def change_consent(self, consent_id: int | str, state: ConsentState | str,
                       when: str | date | None = None, note: str = "") -> Consent:
        try:
            ident = int(str(consent_id).strip())
            target = ConsentState(state)
        except ValueError:
            raise BadInputError(f"{consent_id!r} / {state!r}: not a consent id and state",
                                code="bad_consent_ref") from None
        consent = self.repo.get_consent(ident)
        day = self._past_date(when)
        if day < consent.date:
            raise BadInputError(f"{day} is before the consent was given ({consent.date})",
                                code="date_before_consent")
        if target == ConsentState.WITHDRAWN and consent.state not in ACTIVE_CONSENT_STATES:
            raise ConflictError(f"consent {ident} is {consent.state}, not active",
                                code="consent_not_active", id=ident, state=str(consent.state))
        if consent.state == target:
            raise ConflictError(f"consent {ident} is already {target}", code="consent_same_state",
                                id=ident, state=str(target))
        return self.repo.set_consent_state(ident, target, day, _text(note, "note"))

    def _notice_version_id(self, service_id: int, ref: int | str) -> int:
        text = str(ref).strip()
        if not text.isdigit():
            raise BadInputError(f"notice version {text!r} is not a number", code="bad_version")
        number = int(text)
        for version in self.repo.list_notice_versions(service_id):
            if version.number == number:
                assert version.id is not None
                return version.id
        raise NotFoundError(f"notice version {number} of service {service_id}",
                            code="notice_version_unknown", number=number)

    # --- profile and export -------------------------------------------------------------
    def profile(self) -> Profile:
        return self.repo.get_profile()

    def save_profile(self, profile: Profile) -> Profile:
        if profile.email and not _EMAIL.match(profile.email):
            raise BadInputError(f"{profile.email!r} is not an e-mail address", code="bad_email",
                                value=profile.email)
        clean = Profile(
            name=_text(profile.name, "name"),
            account_ids=_unique(a.strip() for a in profile.account_ids),
            email=profile.email.strip(), phone=_text(profile.phone, "phone"),
            postal_address=_text(profile.postal_address, "postal address"),
        )
        return self.repo.save_profile(clean)

    def export(self) -> dict[str, Any]:
        return build_export(self.repo, self.clock)

    # --- checks -------------------------------------------------------------------------
    def _past_date(self, when: str | date | None) -> date:
        if when in (None, ""):
            return self.clock.today()
        assert when is not None
        day = parse_date(when)
        if day > self.clock.today():
            raise BadInputError(f"{day} is in the future", code="date_in_future",
                                value=day.isoformat())
        return day

    @staticmethod
    def _apply(service: Service, changes: Mapping[str, Any]) -> Service:
        unknown = [k for k in changes if k not in EDITABLE_FIELDS]
        if unknown:
            raise UsageError(f"cannot change {unknown[0]!r}", code="field_unknown")
        values: dict[str, Any] = {k: (list(v) if k in _LIST_FIELDS else v)
                                  for k, v in changes.items()}
        return replace(service, **values)

    @staticmethod
    def _checked(service: Service) -> Service:
        name = _text(service.name, "name", limit=300)
        if not name:
            raise BadInputError("a service needs a name", code="service_name_empty")
        for field_name in _URL_FIELDS:
            _check_url(getattr(service, field_name), field_name)
        emails = _unique(e.strip().lower() for e in service.emails)
        for email in emails:
            if not _EMAIL.match(email):
                raise BadInputError(f"{email!r} is not an e-mail address", code="bad_email",
                                    value=email)
        region = service.region.strip().lower()
        if region not in REGIONS:
            raise BadInputError(f"region {service.region!r}: use cn or intl", code="bad_region",
                                value=service.region)
        return replace(
            service, name=name, provider=_text(service.provider, "provider"),
            website=service.website.strip(), notice_url=service.notice_url.strip(),
            web_form=service.web_form.strip(), emails=emails,
            phones=_unique(p.strip() for p in service.phones), region=region,
            postal_address=_text(service.postal_address, "postal address"),
            notes=_text(service.notes, "notes"), catalogue_id=service.catalogue_id.strip(),
        )


def service_from_entry(entry: CatalogueEntry, compiled: str) -> Service:
    """A Service holding the catalogue's sourced facts; provenance is written into the notes."""
    web_form = entry.fact("rights_request_url") or entry.fact("account_deletion_url") or ""
    phone = entry.fact("phone")
    return Service(
        name=entry.display_name,
        provider=entry.fact("provider") or "",
        notice_url=entry.fact("notice_url") or "",
        emails=entry.emails,
        phones=[str(phone)] if phone else [],
        postal_address=entry.fact("postal_address") or "",
        web_form=web_form,
        region=entry.fact("region") or "",
        catalogue_id=entry.id,
        notes=provenance_note(entry, compiled),
    )


def provenance_note(entry: CatalogueEntry, compiled: str) -> str:
    lines = [f"From the Consent Ledger catalogue (entry {entry.id}, compiled {compiled}):"]
    for name in ("provider", "notice_url", "privacy_emails", "phone", "postal_address",
                 "rights_request_url", "account_deletion_url"):
        if entry.fact(name) is None:
            continue
        for source in entry.sources_of(name):
            when = f", recorded {source.recorded}" if source.recorded else ""
            lines.append(f"- {name}: {source.confidence} source {source.source}{when}")
    unknown = [n for n in entry.unknown() if n not in ("name_en", "name_zh")]
    if unknown:
        lines.append("Unknown (not in any source; fill in yourself): " + ", ".join(unknown))
    for scoped in entry.fact("privacy_emails_scoped") or []:
        lines.append(f"Other address: {scoped.get('email')} ({scoped.get('scope')})")
    if entry.fact("account_deletion_instructions"):
        lines.append(f"Account deletion: {entry.fact('account_deletion_instructions')}")
    if entry.fact("notes"):
        lines.append(f"Catalogue note: {entry.fact('notes')}")
    return "\n".join(lines)


def _check_url(value: str, what: str) -> None:
    value = value.strip()
    if not value:
        return
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BadInputError(f"{what} {value!r} is not an http(s) address", code="bad_web_address",
                            value=value)


def _text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    text = (value or "").strip()
    if len(text) > limit:
        raise BadInputError(f"{what} is longer than {limit} characters", code="too_long")
    if "\x00" in text:
        raise BadInputError(f"{what} contains a NUL character", code="bad_text")
    return text


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen
