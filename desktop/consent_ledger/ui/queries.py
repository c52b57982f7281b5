"""Read-side gatherers the pages run on the database thread (``session.op(fn)``).

Each takes the open Ledger and returns plain records for a page to show; they only read, through the
same repository and use cases the CLI uses, and hold no rules of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core.model import Consent, DataGrant, NoticeVersion, Service
from ..core.vocab import RequestStatus
from .models.services import ServiceRow

CLOSED_STATUSES = frozenset(
    {
        RequestStatus.FULFILLED,
        RequestStatus.CLOSED,
        RequestStatus.REFUSED,
        RequestStatus.PARTIALLY_FULFILLED,
    }
)


def audit_tiers(ledger: Any) -> dict[int, Any]:
    """Service id -> its ServiceAudit, from the same audit the CLI runs."""
    report = ledger_audit(ledger)
    return {audit.service_id: audit for audit in report.services}


def ledger_audit(ledger: Any) -> Any:
    """The self-audit over the open ledger, exactly as the CLI's ``audit`` command assembles it."""
    from ..audit.collect import audit_ledger

    return audit_ledger(ledger, ledger.requests.clock.today())


def service_rows(ledger: Any) -> list[ServiceRow]:
    repo = ledger.repo
    services = repo.list_services()
    grants = repo.list_grants()
    requests = repo.list_requests()
    drifting = {d.service_id for d in ledger.notices.drift() if d.needs_fresh_consent}
    tiers = audit_tiers(ledger)
    rows = []
    for service in services:
        assert service.id is not None
        categories = sorted({c for g in grants if g.service_id == service.id for c in g.categories})
        versions = repo.list_notice_versions(service.id)
        audit = tiers.get(service.id)
        rows.append(
            ServiceRow(
                id=service.id,
                name=service.name,
                provider=service.provider,
                region=service.region,
                categories=categories,
                versions=len(versions),
                open_requests=sum(
                    1
                    for r in requests
                    if r.service_id == service.id and r.status not in CLOSED_STATUSES
                ),
                tier=str(audit.tier.value) if audit is not None else "",
                drift=service.id in drifting,
            )
        )
    return rows


@dataclass
class ServiceDetail:
    """What a service's page shows."""

    service: Service
    grants: list[DataGrant]
    consents: list[Consent]
    versions: list[NoticeVersion]  # oldest first, with text and analysis
    drift: list[Any] = field(default_factory=list)  # core.drift.ConsentDrift per consent
    requests: list[Any] = field(default_factory=list)  # RequestView
    audit: Any = None  # audit.model.ServiceAudit or None


def service_detail(ledger: Any, service_id: int) -> ServiceDetail:
    repo = ledger.repo
    service = repo.get_service(service_id)
    return ServiceDetail(
        service=service,
        grants=repo.list_grants(service_id),
        consents=repo.list_consents(service_id),
        versions=ledger.notices.versions(service_id),
        drift=ledger.notices.drift(service_id),
        requests=ledger.requests.list(service_id=service_id),
        audit=audit_tiers(ledger).get(service_id),
    )


def request_rows(ledger: Any, status: str | None = None) -> list[Any]:
    """RequestViews (with due dates and effective status), newest first, with service names."""
    views = ledger.requests.list(status or None)
    return sorted(views, key=lambda v: v.request.id or 0, reverse=True)
