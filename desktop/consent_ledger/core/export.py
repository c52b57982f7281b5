"""The whole register as one JSON document, consent records carrying ISO/IEC TS 27560 fields.

ISO/IEC TS 27560:2023 ("consent record information structure") names what a consent record
holds: a record id, the PII principal, the notice the consent was given under, the processing
(purposes, PII categories, methods, storage and retention, jurisdiction), the controllers with
their contacts, how to withdraw, and the events with their state. Field names below follow it in
snake_case; values the register does not know are null, never guessed. Attachment bytes are not
exported (name, type, size and sha256 are).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .model import Consent, DataGrant, NoticeVersion, RightsRequest, Service
from .ports import Clock, Repository

EXPORT_FORMAT = "consent-ledger-export"
EXPORT_VERSION = 1
TS27560 = "ISO/IEC TS 27560:2023 consent record fields (Consent Ledger profile 1)"
_JURISDICTION = {"cn": "CN"}


def build_export(repo: Repository, clock: Clock) -> dict[str, Any]:
    services = repo.list_services()
    notices: dict[int | None, list[NoticeVersion]] = {
        s.id: repo.list_notice_versions(s.id) for s in services if s.id is not None}
    grants = repo.list_grants()
    consents = repo.list_consents()
    profile = repo.get_profile()
    by_id = {s.id: s for s in services}
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": clock.now().isoformat(),
        "profile": asdict(profile),
        "services": [
            _service(s, [g for g in grants if g.service_id == s.id], notices.get(s.id, []),
                     repo.list_requests(service_id=s.id))
            for s in services
        ],
        "consent_records": [
            consent_record(c, by_id[c.service_id], grants, notices.get(c.service_id, []),
                           profile.name)
            for c in consents
        ],
    }


def consent_record(consent: Consent, service: Service, grants: list[DataGrant],
                   versions: list[NoticeVersion], principal: str) -> dict[str, Any]:
    notice = _notice_of(consent, versions)
    analysis = notice.analysis if notice else {}
    categories = sorted({c for g in grants if g.service_id == service.id for c in g.categories})
    return {
        "schema_version": TS27560,
        "record_id": f"consent-ledger:consent:{consent.id}",
        "pii_principal_id": principal or None,
        "notice": None if notice is None else {
            "notice_id": f"consent-ledger:notice:{notice.id}",
            "version": notice.number,
            "url": notice.source or service.notice_url or None,
            "sha256": notice.sha256,
            "retrieved": notice.retrieved.isoformat(),
            "effective_date": analysis.get("effective_date"),
        },
        "pii_controllers": [{
            "name": service.provider or None,
            "service": service.name,
            "email": list(service.emails),
            "phone": list(service.phones),
            "address": service.postal_address or None,
            "url": service.website or None,
            "privacy_notice": service.notice_url or None,
        }],
        "jurisdiction": _JURISDICTION.get(service.region),
        "processing": [{
            "purposes": list(consent.purposes),
            "pii_categories": categories,
            "processing_methods": [m.get("term") for m in analysis.get("methods", [])] or None,
            "storage_location": _storage(analysis),
            "retention_period": _retention(analysis),
        }],
        "withdrawal_method": {
            "email": list(service.emails),
            "web_form": service.web_form or None,
            "in_app": None,
        },
        "state": str(consent.state),
        "events": [
            {"event_time": e.at.isoformat(), "event_type": "consent_state",
             "event_state": str(e.state), "event_by": "pii_principal", "note": e.note or None}
            for e in consent.events
        ],
        "given": consent.date.isoformat(),
        "note": consent.note or None,
    }


def _notice_of(consent: Consent, versions: list[NoticeVersion]) -> NoticeVersion | None:
    for version in versions:
        if version.id == consent.notice_version_id:
            return version
    return None


def _storage(analysis: dict[str, Any]) -> str | None:
    value = str((analysis.get("cross_border") or {}).get("value"))
    return {"no": "single country/region (per the notice)",
            "yes": "may be transferred or stored abroad (per the notice)"}.get(value)


def _retention(analysis: dict[str, Any]) -> list[str] | None:
    retention = analysis.get("retention") or {}
    if retention.get("stated"):
        return list(retention.get("periods") or []) or None
    return None


def _service(service: Service, grants: list[DataGrant], versions: list[NoticeVersion],
             requests: list[RightsRequest]) -> dict[str, Any]:
    data = asdict(service)
    data["created"] = service.created.isoformat() if service.created else None
    data["updated"] = service.updated.isoformat() if service.updated else None
    data["grants"] = [
        {"id": g.id, "categories": g.categories, "date": g.date.isoformat(), "channel": g.channel,
         "note": g.note} for g in grants
    ]
    data["notice_versions"] = [
        {"id": v.id, "number": v.number, "sha256": v.sha256, "source": v.source,
         "retrieved": v.retrieved.isoformat(), "chars": len(v.text), "text": v.text,
         "analysis": v.analysis} for v in versions
    ]
    data["requests"] = [_request(r) for r in requests]
    return data


def _request(request: RightsRequest) -> dict[str, Any]:
    return {
        "id": request.id, "type": str(request.type), "lang": request.lang,
        "status": str(request.status), "capacity": str(request.capacity),
        "created": request.created.isoformat() if request.created else None,
        "options": request.options, "notice_version_id": request.notice_version_id,
        "letter_text": request.letter_text,
        "events": [
            {"id": e.id, "kind": str(e.kind), "at": e.at.isoformat(), "note": e.note,
             "attachments": [asdict(a) for a in e.attachments]}
            for e in request.events
        ],
    }
