"""Constructed registers for the audit tests: stored-looking records with ids, no vault."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from consent_ledger.audit.model import DriftFinding, ServiceInputs
from consent_ledger.core.model import (
    Consent,
    DataGrant,
    NoticeVersion,
    RightsRequest,
    Service,
)
from consent_ledger.core.vocab import ConsentState, RequestStatus, RequestType

TODAY = date(2026, 11, 27)


def clean_analysis(**overrides: Any) -> dict[str, Any]:
    """A contract-shaped analysis of a notice that gives the audit nothing to object to."""
    base: dict[str, Any] = {
        "language": "en",
        "clauses": [{"id": i, "start": i * 10, "end": i * 10 + 9, "topics": ["use"]}
                    for i in range(12)],
        "purposes": [{"term": "provide_service", "evidence": [1]}],
        "data_categories": [{"term": "user_content", "evidence": [2]}],
        "sensitive_categories": [],
        "retention": {"stated": True, "periods": ["30 days"], "evidence": [3]},
        "sharing": {"third_parties": False, "entrusted": False, "public_disclosure": False,
                    "evidence": [4]},
        "cross_border": {"value": "no", "evidence": [5]},
        "model_training": {"value": "no", "opt_out": False, "evidence": [6]},
        "automated_decision": {"value": False, "evidence": []},
        "minors": {"value": True, "minimum_age": 14, "evidence": [7]},
        "rights": [{"term": "delete", "evidence": [8]}],
        "pipl_article_17": {"handler_contact": True, "purposes": True, "methods": True,
                            "categories": True, "retention": True, "rights_procedure": True,
                            "missing": []},
    }
    base.update(overrides)
    return base


def risky_analysis() -> dict[str, Any]:
    return clean_analysis(
        model_training={"value": "yes", "opt_out": False, "evidence": [6, 7]},
        cross_border={"value": "yes", "evidence": [5]},
        retention={"stated": False, "periods": [], "evidence": []},
        sharing={"third_parties": True, "entrusted": True, "public_disclosure": False,
                 "evidence": [4]},
        automated_decision={"value": True, "evidence": [9]},
        pipl_article_17={"handler_contact": False, "purposes": True, "methods": True,
                         "categories": True, "retention": False, "rights_procedure": True,
                         "missing": ["handler_contact", "retention"]},
    )


class Register:
    """Hands out ids like a vault would, so evidence can be checked against real records."""

    def __init__(self) -> None:
        self._next = 1
        self.inputs: list[ServiceInputs] = []
        self.older_versions: dict[int, NoticeVersion] = {}  # versions before the latest

    def _id(self) -> int:
        self._next += 1
        return self._next

    def service(
        self,
        name: str,
        *,
        grants: list[list[str]] = (),  # type: ignore[assignment]
        notice: dict[str, Any] | None = None,
        notice_number: int = 1,
        consents: list[tuple[list[str], ConsentState]] = (),  # type: ignore[assignment]
        requests: list[tuple[RequestType, RequestStatus]] = (),  # type: ignore[assignment]
        drift: bool = False,
        overdue: tuple[int, ...] = (),
    ) -> ServiceInputs:
        sid = self._id()
        version = None
        if notice is not None:
            version = NoticeVersion(
                service_id=sid, text="x" * 200, sha256="0" * 64, source="notice.txt",
                retrieved=datetime(2026, 11, 1, tzinfo=UTC), analysis=notice, id=self._id(),
                number=notice_number)
        grant_rows = [DataGrant(sid, list(cats), date(2026, 1, 5), id=self._id()) for cats in grants]
        consent_rows = [
            Consent(sid, list(purposes), date(2026, 1, 5), state=state, id=self._id(),
                    notice_version_id=version.id if version else None)
            for purposes, state in consents
        ]
        request_rows = [RightsRequest(sid, rtype, status=status, id=self._id())
                        for rtype, status in requests]
        findings: tuple[DriftFinding, ...] = ()
        if drift and version is not None:
            older = NoticeVersion(
                service_id=sid, text="y" * 200, sha256="1" * 64, source="old.txt",
                retrieved=datetime(2025, 11, 1, tzinfo=UTC), analysis=clean_analysis(),
                id=self._id(), number=notice_number - 1)
            self.older_versions[older.id or 0] = older
            findings = tuple(
                DriftFinding(c.id or 0, from_version_id=older.id, to_version_id=version.id or 0,
                             from_number=older.number, to_number=notice_number,
                             changed=("purposes", "data_categories"))
                for c in consent_rows)
        item = ServiceInputs(
            service=Service(name, id=sid), grants=grant_rows, consents=consent_rows,
            notice=version, drift=findings, requests=request_rows,
            overdue_request_ids=frozenset(request_rows[i].id or 0 for i in overdue))
        self.inputs.append(item)
        return item
