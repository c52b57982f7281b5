"""Consent drift of one consent against its service's versions (core/drift.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from consent_ledger.core.drift import DriftStatus, consent_drift
from consent_ledger.core.model import Consent, NoticeVersion
from consent_ledger.core.vocab import ConsentState


def version(vid: int, number: int, **analysis: Any) -> NoticeVersion:
    base: dict[str, Any] = {
        "purposes": [{"term": "provide_service", "evidence": [1]}],
        "data_categories": [{"term": "contact", "evidence": [2]}],
        "methods": [{"term": "collect", "evidence": [2]}],
        "sensitive_categories": [],
        "cross_border": {"value": "no", "evidence": []},
        "retention": {"stated": True, "periods": ["30 days"], "evidence": [3]},
    }
    base.update(analysis)
    return NoticeVersion(service_id=1, text=f"text {vid}", sha256=f"{vid:064d}", source="u",
                         retrieved=datetime(2026, 1, number, tzinfo=UTC), analysis=base,
                         id=vid, number=number)


def consent(version_id: int | None, state: ConsentState = ConsentState.GIVEN) -> Consent:
    return Consent(service_id=1, purposes=["provide_service"], date=date(2026, 1, 1),
                   state=state, notice_version_id=version_id, id=7)


def test_new_purpose_since_consent_is_drift() -> None:
    v1 = version(10, 1)
    v2 = version(11, 2, purposes=[{"term": "provide_service", "evidence": [1]},
                                  {"term": "model_training", "evidence": [5]}])
    result = consent_drift(consent(10), [v1, v2])
    assert result.status is DriftStatus.DRIFT
    assert result.needs_fresh_consent
    assert [(c.code, c.value) for c in result.changes] == [("purpose_added", "model_training")]
    assert result.consented is not None and result.consented.number == 1
    assert result.latest is not None and result.latest.id == 11
    data = result.to_json()
    assert data["status"] == "drift" and data["changes"][0]["evidence_to"] == [5]


def test_new_category_or_method_or_cross_border_is_drift() -> None:
    v1 = version(10, 1)
    for changed in (
        {"data_categories": [{"term": "contact"}, {"term": "biometric"}]},
        {"sensitive_categories": [{"term": "biometric", "evidence": [4]}]},
        {"methods": [{"term": "collect"}, {"term": "provide"}]},
        {"cross_border": {"value": "yes", "evidence": [9]}},
    ):
        assert consent_drift(consent(10), [v1, version(11, 2, **changed)]).status is \
            DriftStatus.DRIFT, changed


def test_only_other_changes_is_no_drift_and_counts_them() -> None:
    v1 = version(10, 1)
    v2 = version(11, 2, retention={"stated": False, "periods": [], "evidence": []})
    result = consent_drift(consent(10), [v1, v2])
    assert result.status is DriftStatus.NO_DRIFT
    assert result.changes == () and result.other_changes == 2
    assert not result.needs_fresh_consent


def test_consent_to_the_latest_version_says_so() -> None:
    v1, v2 = version(10, 1), version(11, 2)
    result = consent_drift(consent(11), [v1, v2])
    assert result.status is DriftStatus.NO_LATER_VERSION
    assert result.status is not DriftStatus.NO_DRIFT


def test_unknown_or_missing_versions_are_not_no_drift() -> None:
    v1 = version(10, 1)
    assert consent_drift(consent(None), [v1]).status is DriftStatus.NO_NOTICE_VERSION
    assert consent_drift(consent(None), []).status is DriftStatus.NO_VERSIONS
    assert consent_drift(consent(99), [v1]).status is DriftStatus.VERSION_MISSING
    assert consent_drift(consent(99), []).status is DriftStatus.VERSION_MISSING


def test_withdrawn_consent_reports_drift_but_needs_no_fresh_consent() -> None:
    v1 = version(10, 1)
    v2 = version(11, 2, methods=[{"term": "collect"}, {"term": "entrust"}])
    result = consent_drift(consent(10, ConsentState.WITHDRAWN), [v1, v2])
    assert result.status is DriftStatus.DRIFT
    assert not result.active and not result.needs_fresh_consent
    assert result.to_json()["consent_state"] == "withdrawn"


def test_drift_compares_against_the_latest_not_the_next() -> None:
    v1 = version(10, 1)
    v2 = version(11, 2, purposes=[{"term": "provide_service"}, {"term": "marketing"}])
    v3 = version(12, 3)  # marketing dropped again: net, nothing changed since v1
    assert consent_drift(consent(10), [v1, v2, v3]).status is DriftStatus.NO_DRIFT
    assert consent_drift(consent(11), [v1, v2, v3]).status is DriftStatus.DRIFT
