"""Consent drift: has the notice changed, since the person consented, in a way that needs fresh
consent? PIPL Art. 14: a change of purposes, methods or categories of personal information requires
the individual's consent again.

Pure standard library. The answer for one consent is a status code plus the changes behind it,
so the audit, the GUI and the CLI phrase it themselves. "We cannot tell" (no version recorded with
the consent, no later version, no versions at all) is its own status, never "no drift".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .model import Consent, NoticeVersion
from .notice_diff import TermChange, consent_relevant, diff_terms
from .vocab import ACTIVE_CONSENT_STATES


class DriftStatus(StrEnum):
    DRIFT = "drift"  # the latest version changed purposes, methods or categories
    NO_DRIFT = "no_drift"  # a later version exists and none of those changed
    NO_LATER_VERSION = "no_later_version"  # the consent refers to the latest version
    NO_NOTICE_VERSION = "no_notice_version"  # the consent records no notice version
    NO_VERSIONS = "no_versions"  # the service has no stored notice versions at all
    VERSION_MISSING = "version_missing"  # the recorded version is not one of this service's


@dataclass(frozen=True)
class VersionRef:
    id: int | None
    number: int | None
    retrieved: str

    @classmethod
    def of(cls, version: NoticeVersion) -> VersionRef:
        return cls(version.id, version.number, version.retrieved.isoformat())

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "number": self.number, "retrieved": self.retrieved}


@dataclass(frozen=True)
class ConsentDrift:
    """The drift answer for one consent."""

    consent_id: int | None
    service_id: int
    status: DriftStatus
    consent_state: str
    active: bool  # given or renewed: only an active consent can be outdated in practice
    consented: VersionRef | None = None
    latest: VersionRef | None = None
    changes: tuple[TermChange, ...] = ()  # the consent-relevant changes (status DRIFT)
    other_changes: int = 0  # term changes that do not touch purposes/methods/categories
    purposes: tuple[str, ...] = field(default_factory=tuple)  # what the person consented to

    @property
    def needs_fresh_consent(self) -> bool:
        return self.status is DriftStatus.DRIFT and self.active

    def to_json(self) -> dict[str, Any]:
        return {
            "consent_id": self.consent_id,
            "service_id": self.service_id,
            "status": self.status.value,
            "consent_state": self.consent_state,
            "active": self.active,
            "needs_fresh_consent": self.needs_fresh_consent,
            "consented_version": self.consented.to_json() if self.consented else None,
            "latest_version": self.latest.to_json() if self.latest else None,
            "purposes": list(self.purposes),
            "changes": [c.to_json() for c in self.changes],
            "other_changes": self.other_changes,
        }


def consent_drift(consent: Consent, versions: Sequence[NoticeVersion]) -> ConsentDrift:
    """Drift of one consent against its service's versions (oldest first)."""
    latest = versions[-1] if versions else None
    latest_ref = VersionRef.of(latest) if latest else None

    def answer(
        status: DriftStatus, consented: VersionRef | None = None,
        changes: tuple[TermChange, ...] = (), other: int = 0,
    ) -> ConsentDrift:
        return ConsentDrift(
            consent_id=consent.id, service_id=consent.service_id, status=status,
            consent_state=str(consent.state), active=consent.state in ACTIVE_CONSENT_STATES,
            consented=consented, latest=latest_ref, changes=changes, other_changes=other,
            purposes=tuple(consent.purposes),
        )

    if consent.notice_version_id is None:
        return answer(DriftStatus.NO_VERSIONS if latest is None else DriftStatus.NO_NOTICE_VERSION)
    consented = next((v for v in versions if v.id == consent.notice_version_id), None)
    if consented is None or latest is None:
        return answer(DriftStatus.VERSION_MISSING)
    if consented.id == latest.id:
        return answer(DriftStatus.NO_LATER_VERSION, VersionRef.of(consented))
    changes = diff_terms(consented.analysis or {}, latest.analysis or {})
    relevant = consent_relevant(changes)
    return answer(DriftStatus.DRIFT if relevant else DriftStatus.NO_DRIFT,
                  VersionRef.of(consented), tuple(relevant), len(changes) - len(relevant))
