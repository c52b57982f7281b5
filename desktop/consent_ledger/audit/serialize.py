"""The audit as JSON (``consent-ledger audit --json``): codes, points, evidence ids and the text."""

from __future__ import annotations

from typing import Any

from .model import AuditReport, ServiceAudit
from .texts import action_text, reason_text


def report_to_dict(report: AuditReport, lang: str) -> dict[str, Any]:
    return {
        "generated": report.generated.isoformat(),
        "lang": lang,
        "overall": report.overall.to_dict(),
        "services": [service_to_dict(s, lang) for s in report.services],
    }


def service_to_dict(audit: ServiceAudit, lang: str) -> dict[str, Any]:
    return {
        "service": audit.name,
        "id": audit.service_id,
        "tier": audit.tier.value,
        "score": audit.score,
        "categories": list(audit.categories),
        "sensitive": list(audit.sensitive),
        "notice_version": audit.notice_number,
        "reasons": [{**r.to_dict(), "text": reason_text(r, lang)} for r in audit.reasons],
        "actions": [{**a.to_dict(), "text": action_text(a, lang)} for a in audit.actions],
    }
