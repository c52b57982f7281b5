"""What the self-audit reads and what it says: plain records, codes and ids, never prose.

The risk function (``risk.py``) turns :class:`ServiceInputs` into a :class:`ServiceAudit`; fronts
turn the codes into Chinese or English (``texts.py``). Every :class:`Reason` carries an
:class:`Evidence` naming the register records it rests on, so a person can check each claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from ..core.model import Consent, DataGrant, NoticeVersion, RightsRequest, Service
from ..core.vocab import RequestType


class Tier(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return TIER_ORDER.index(self)


TIER_ORDER: tuple[Tier, ...] = (Tier.LOW, Tier.MEDIUM, Tier.HIGH)


@dataclass(frozen=True)
class DriftFinding:
    """A consent given under one notice version while a later version changed what it covers.

    Produced by the notice book's drift check (``NoticeBook.drift``) and handed to the risk function
    as data, so the audit does not depend on how drift is computed.
    """

    consent_id: int
    from_version_id: int | None  # the version consented under (None: not recorded)
    to_version_id: int  # the latest version
    from_number: int | None = None  # NoticeVersion.number of from_version_id, for people
    to_number: int | None = None
    changed: tuple[str, ...] = ()  # what changed, e.g. "purposes", "data_categories", "methods"
    material: bool = True  # PIPL Art. 14: purposes, methods or categories changed


@dataclass(frozen=True)
class ServiceInputs:
    """Everything the audit knows about one service, read from the register beforehand."""

    service: Service
    grants: Sequence[DataGrant] = ()
    consents: Sequence[Consent] = ()
    notice: NoticeVersion | None = None  # the latest stored version
    drift: Sequence[DriftFinding] = ()
    requests: Sequence[RightsRequest] = ()
    overdue_request_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Evidence:
    """The register records a reason rests on (ids; clause ids index the notice's clauses)."""

    grants: tuple[int, ...] = ()
    consents: tuple[int, ...] = ()
    requests: tuple[int, ...] = ()
    notice_version: int | None = None  # NoticeVersion.id
    notice_number: int | None = None  # NoticeVersion.number, for people ("v2")
    clauses: tuple[int, ...] = ()
    from_version: int | None = None  # drift: the version consented under (NoticeVersion.id)
    from_number: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in ("grants", "consents", "requests", "clauses"):
            value = getattr(self, key)
            if value:
                out[key] = list(value)
        for key in ("notice_version", "notice_number", "from_version", "from_number"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


@dataclass(frozen=True)
class Reason:
    """One finding: a code of the public formula, its points, its evidence and its parameters."""

    code: str
    points: int
    evidence: Evidence
    params: dict[str, Any] = field(default_factory=dict)  # e.g. {"categories": ["biometric"]}

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "points": self.points, "params": dict(self.params),
                "evidence": self.evidence.to_dict()}


@dataclass(frozen=True)
class Action:
    """A next step. With ``request_type`` it leads straight to that letter, options prefilled."""

    code: str
    service_id: int
    request_type: RequestType | None = None
    options: dict[str, Any] = field(default_factory=dict)  # RightsRequest.options to prefill
    request_id: int | None = None  # follow-ups act on an existing request
    notice_versions: tuple[int, ...] = ()  # e.g. the two versions to compare

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "service_id": self.service_id}
        if self.request_type is not None:
            out["request_type"] = self.request_type.value
            out["options"] = dict(self.options)
        if self.request_id is not None:
            out["request_id"] = self.request_id
        if self.notice_versions:
            out["notice_versions"] = list(self.notice_versions)
        return out


@dataclass(frozen=True)
class ServiceAudit:
    service_id: int
    name: str
    tier: Tier
    score: int
    reasons: tuple[Reason, ...]
    actions: tuple[Action, ...]
    categories: tuple[str, ...] = ()  # data categories given, vocabulary order
    sensitive: tuple[str, ...] = ()  # of which PIPL Art. 28 sensitive
    notice_number: int | None = None  # latest notice version audited


@dataclass(frozen=True)
class Overall:
    tier: Tier
    services: int
    by_tier: dict[str, int]
    score: int  # sum over services
    sensitive_categories: tuple[str, ...]  # given to any service
    services_with_sensitive: int
    open_findings: int  # reasons with points > 0
    next_actions: tuple[Action, ...]  # first action of each medium/high service, highest first

    def to_dict(self) -> dict[str, Any]:
        return {
            "tier": self.tier.value,
            "services": self.services,
            "by_tier": dict(self.by_tier),
            "score": self.score,
            "sensitive_categories": list(self.sensitive_categories),
            "services_with_sensitive": self.services_with_sensitive,
            "open_findings": self.open_findings,
            "next_actions": [action.to_dict() for action in self.next_actions],
        }


@dataclass(frozen=True)
class AuditReport:
    generated: date
    overall: Overall
    services: tuple[ServiceAudit, ...]  # highest tier first, then score, then name
