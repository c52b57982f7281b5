"""Read what the audit needs from the register: one :class:`ServiceInputs` per service.

The drift check and the overdue test are injected (defaults: the core's pure drift function, and
the request's own status), so the audit uses whatever the notice book and the request desk decide.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from ..core.drift import ConsentDrift, consent_drift
from ..core.ledger import Ledger
from ..core.model import Consent, NoticeVersion, RightsRequest
from ..core.ports import Repository
from .model import AuditReport, DriftFinding, ServiceInputs
from .risk import assess

DriftCheck = Callable[[Consent, Sequence[NoticeVersion]], ConsentDrift]
OverdueTest = Callable[[RightsRequest], bool]


def gather(
    repo: Repository,
    *,
    drift: DriftCheck = consent_drift,
    is_overdue: OverdueTest | None = None,
) -> list[ServiceInputs]:
    """Every service with its grants, consents, latest notice, drift findings and requests."""
    out = []
    for service in repo.list_services():
        if service.id is None:
            continue
        versions = repo.list_notice_versions(service.id)
        consents = repo.list_consents(service.id)
        requests = repo.list_requests(service_id=service.id)
        overdue = frozenset(
            r.id for r in requests if r.id is not None and is_overdue is not None and is_overdue(r)
        )
        out.append(ServiceInputs(
            service=service,
            grants=repo.list_grants(service.id),
            consents=consents,
            notice=versions[-1] if versions else None,
            drift=tuple(f for c in consents if (f := drift_finding(drift(c, versions)))),
            requests=requests,
            overdue_request_ids=overdue,
        ))
    return out


def audit_ledger(ledger: Ledger, today: date) -> AuditReport:
    """The audit of an open ledger, as both fronts show it: requests are overdue when the request
    desk's due date (benchmark, requested or published limit, extensions) has passed."""

    def is_overdue(request: RightsRequest) -> bool:
        info = ledger.requests.due_info(request)
        return info is not None and info.overdue

    return assess(gather(ledger.repo, is_overdue=is_overdue), today)


def drift_finding(answer: ConsentDrift) -> DriftFinding | None:
    """The audit's view of one drift answer: only a consent the changed notice no longer covers."""
    if not answer.needs_fresh_consent or answer.consent_id is None or answer.latest is None \
            or answer.latest.id is None:
        return None
    changed = tuple(sorted({c.field.split(".")[0] for c in answer.changes}))
    return DriftFinding(
        consent_id=answer.consent_id,
        from_version_id=answer.consented.id if answer.consented else None,
        to_version_id=answer.latest.id,
        from_number=answer.consented.number if answer.consented else None,
        to_number=answer.latest.number,
        changed=changed,
        material=True,
    )
