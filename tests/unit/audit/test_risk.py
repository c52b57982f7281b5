"""The risk model on constructed registers: tiers, reasons, evidence, actions, edge cases."""

from __future__ import annotations

import pytest

from consent_ledger.audit.model import Evidence, ServiceAudit, ServiceInputs, Tier
from consent_ledger.audit.risk import POINTS, assess, assess_service, tier_for
from consent_ledger.core.vocab import ConsentState, RequestStatus, RequestType

from .builders import TODAY, Register, clean_analysis, risky_analysis


def codes(audit: ServiceAudit) -> list[str]:
    return [r.code for r in audit.reasons]


def action_codes(audit: ServiceAudit) -> list[str]:
    return [a.code for a in audit.actions]


def reason(audit: ServiceAudit, code: str):
    found = [r for r in audit.reasons if r.code == code]
    assert len(found) == 1, (code, codes(audit))
    return found[0]


def resolve(register: Register, item: ServiceInputs, evidence: Evidence) -> list[str]:
    """Every id in *evidence* that does not name a record of *item* (empty: all resolve)."""
    bad = []
    grant_ids = {g.id for g in item.grants}
    consent_ids = {c.id for c in item.consents}
    request_ids = {r.id for r in item.requests}
    bad += [f"grant {i}" for i in evidence.grants if i not in grant_ids]
    bad += [f"consent {i}" for i in evidence.consents if i not in consent_ids]
    bad += [f"request {i}" for i in evidence.requests if i not in request_ids]
    versions = dict(register.older_versions)
    if item.notice is not None:
        versions[item.notice.id or 0] = item.notice
    for vid in (evidence.notice_version, evidence.from_version):
        if vid is not None and vid not in versions:
            bad.append(f"version {vid}")
    if evidence.clauses:
        notice = versions.get(evidence.notice_version or -1)
        known = {c["id"] for c in notice.analysis["clauses"]} if notice else set()
        bad += [f"clause {c}" for c in evidence.clauses if c not in known]
    return bad


def test_clean_service_with_everyday_data_is_low() -> None:
    reg = Register()
    item = reg.service("Tidy Chat", grants=[["contact", "user_content"]], notice=clean_analysis())
    audit = assess_service(item)
    assert audit.tier is Tier.LOW
    assert codes(audit) == ["data_given"]
    assert audit.score == 2
    assert audit.actions == ()


def test_sensitive_data_weighs_most_and_sets_a_medium_floor() -> None:
    reg = Register()
    item = reg.service("FaceApp", grants=[["biometric"], ["contact"]], notice=clean_analysis())
    audit = assess_service(item)
    given = reason(audit, "sensitive_data_given")
    assert given.points == POINTS["sensitive_data_given"] == 3
    assert given.params == {"category": "biometric"}
    assert given.evidence.grants == (item.grants[0].id,)
    assert audit.tier is Tier.MEDIUM  # score 4, and sensitive data alone is at least medium
    assert audit.sensitive == ("biometric",)


def test_sensitive_data_with_training_without_opt_out_is_high() -> None:
    reg = Register()
    notice = clean_analysis(model_training={"value": "yes", "opt_out": False, "evidence": [6]})
    item = reg.service("Doubtful AI", grants=[["health", "user_content"]], notice=notice)
    audit = assess_service(item)
    assert audit.tier is Tier.HIGH
    training = reason(audit, "training_no_opt_out")
    assert training.points == 3  # content was given
    assert training.evidence.notice_version == item.notice.id
    assert training.evidence.clauses == (6,)
    withdraw = next(a for a in audit.actions if a.code == "withdraw_training_consent")
    assert withdraw.request_type is RequestType.WITHDRAW_CONSENT
    assert withdraw.options == {"processing": ["model_training"]}
    assert withdraw.service_id == item.service.id
    delete = next(a for a in audit.actions if a.code == "delete_sensitive")
    assert delete.request_type is RequestType.DELETE
    assert delete.options == {"categories": ["health"]}


def test_training_weighs_less_when_no_content_was_given() -> None:
    reg = Register()
    notice = clean_analysis(model_training={"value": "yes", "opt_out": False, "evidence": [6]})
    audit = assess_service(reg.service("Quiet", grants=[["device"]], notice=notice))
    assert reason(audit, "training_no_opt_out").points == 1


def test_opt_out_available_scores_one_and_points_to_the_letter() -> None:
    reg = Register()
    notice = clean_analysis(model_training={"value": "yes", "opt_out": True, "evidence": [6]})
    audit = assess_service(reg.service("Optable", grants=[["user_content"]], notice=notice))
    assert reason(audit, "training_opt_out_available").points == 1
    assert "training_no_opt_out" not in codes(audit)
    assert action_codes(audit) == ["use_training_opt_out"]
    assert audit.actions[0].request_type is RequestType.WITHDRAW_CONSENT


def test_risky_notice_scores_every_term_and_is_high_by_score() -> None:
    reg = Register()
    item = reg.service("Leaky", grants=[["user_content", "device"]], notice=risky_analysis())
    audit = assess_service(item)
    assert set(codes(audit)) == {
        "data_given", "training_no_opt_out", "cross_border", "retention_not_stated",
        "third_party_sharing", "art17_missing", "automated_decision"}
    assert reason(audit, "art17_missing").params["missing"] == ["handler_contact", "retention"]
    assert reason(audit, "art17_missing").points == 2
    assert audit.score == 2 + 3 + 2 + 1 + 1 + 2 + 1
    assert audit.tier is Tier.HIGH
    types = {a.code: a.request_type for a in audit.actions}
    assert types["refuse_automated"] is RequestType.REFUSE_AUTOMATED
    assert types["explain_cross_border"] is RequestType.EXPLAIN
    # ordered most protective first
    assert action_codes(audit)[0] == "withdraw_training_consent"


def test_cross_border_weighs_more_with_sensitive_data() -> None:
    reg = Register()
    notice = clean_analysis(cross_border={"value": "yes", "evidence": [5]})
    without = assess_service(reg.service("A", grants=[["contact"]], notice=notice))
    with_sensitive = assess_service(reg.service("B", grants=[["location"]], notice=notice))
    assert reason(without, "cross_border").points == 2
    assert reason(with_sensitive, "cross_border").points == 3
    assert with_sensitive.tier is Tier.HIGH  # sensitive + cross-border


def test_no_notice_yet() -> None:
    reg = Register()
    audit = assess_service(reg.service("Unknown", grants=[["contact"]]))
    assert codes(audit) == ["data_given", "no_notice"]
    assert reason(audit, "no_notice").evidence == Evidence()
    assert action_codes(audit) == ["add_notice"]
    assert audit.actions[0].request_type is None
    assert audit.notice_number is None
    assert audit.tier is Tier.LOW


def test_notice_with_no_terms_reports_that_and_nothing_it_cannot_know() -> None:
    reg = Register()
    empty = {"language": "en", "clauses": [{"id": 0, "start": 0, "end": 10, "topics": []}],
             "purposes": [], "data_categories": []}
    item = reg.service("Blank", grants=[["contact"]], notice=empty)
    audit = assess_service(item)
    assert codes(audit) == ["data_given", "notice_no_terms"]
    assert reason(audit, "notice_no_terms").evidence.notice_version == item.notice.id
    assert set(action_codes(audit)) == {"reimport_notice", "explain_missing_items"}
    # An analysis that is missing altogether counts the same.
    assert "notice_no_terms" in codes(assess_service(reg.service("Raw", notice={})))


def test_withdrawn_training_consent_neutralises_training_and_suggests_deletion() -> None:
    reg = Register()
    notice = clean_analysis(model_training={"value": "yes", "opt_out": False, "evidence": [6]})
    item = reg.service(
        "Withdrawn", grants=[["user_content"]], notice=notice,
        consents=[(["model_training"], ConsentState.WITHDRAWN),
                  (["provide_service"], ConsentState.GIVEN)])
    audit = assess_service(item)
    gone = reason(audit, "training_consent_withdrawn")
    assert gone.points == 0
    assert gone.evidence.consents == (item.consents[0].id,)
    assert "training_no_opt_out" not in codes(audit)
    delete = next(a for a in audit.actions if a.code == "delete_after_withdrawal")
    assert delete.request_type is RequestType.DELETE
    assert delete.options["triggers"] == ["consent_withdrawn"]
    assert "withdraw_training_consent" not in action_codes(audit)


def test_all_consent_withdrawn() -> None:
    reg = Register()
    item = reg.service(
        "Left", grants=[["contact"]], notice=risky_analysis(),
        consents=[(["provide_service", "model_training"], ConsentState.WITHDRAWN)])
    audit = assess_service(item)
    assert reason(audit, "consent_withdrawn").points == 0
    assert "automated_decision" not in codes(audit)
    assert "training_consent_withdrawn" in codes(audit)
    assert "delete_after_withdrawal" in action_codes(audit)


def test_open_letter_of_the_same_type_is_not_suggested_again() -> None:
    reg = Register()
    notice = clean_analysis(model_training={"value": "yes", "opt_out": False, "evidence": [6]})
    item = reg.service("Busy", grants=[["user_content"]], notice=notice,
                       requests=[(RequestType.WITHDRAW_CONSENT, RequestStatus.SENT)])
    audit = assess_service(item)
    assert "training_no_opt_out" in codes(audit)
    assert "withdraw_training_consent" not in action_codes(audit)


def test_consent_drift_counts_only_active_consents() -> None:
    reg = Register()
    item = reg.service("Shifty", notice=clean_analysis(), notice_number=3, drift=True,
                       consents=[(["provide_service"], ConsentState.GIVEN),
                                 (["marketing"], ConsentState.WITHDRAWN)])
    audit = assess_service(item)
    drift = reason(audit, "consent_drift")
    assert drift.evidence.consents == (item.consents[0].id,)
    assert drift.evidence.from_number == 2 and drift.evidence.notice_number == 3
    assert drift.params["changed"] == ["purposes", "data_categories"]
    review = next(a for a in audit.actions if a.code == "review_drift")
    assert review.notice_versions == (drift.evidence.from_version, item.notice.id)


def test_request_outcomes() -> None:
    reg = Register()
    item = reg.service("Stonewall", grants=[["contact"]], notice=clean_analysis(), requests=[
        (RequestType.DELETE, RequestStatus.REFUSED),
        (RequestType.ACCESS, RequestStatus.SENT),  # overdue by the desk's reckoning
        (RequestType.COPY, RequestStatus.OVERDUE),
        (RequestType.EXPLAIN, RequestStatus.PARTIALLY_FULFILLED),
        (RequestType.CORRECT, RequestStatus.FULFILLED),
    ], overdue=(1,))
    audit = assess_service(item)
    assert codes(audit).count("request_overdue") == 2
    refused = reason(audit, "request_refused")
    assert refused.evidence.requests == (item.requests[0].id,)
    assert refused.params == {"type": "delete"}
    assert reason(audit, "request_partial").points == 1
    assert audit.tier is Tier.HIGH  # 1 + 2 + 2 + 2 + 1 = 8
    complain = next(a for a in audit.actions if a.code == "complain_refused")
    assert complain.request_id == item.requests[0].id
    reminders = [a.request_id for a in audit.actions if a.code == "remind_overdue"]
    assert reminders == [item.requests[1].id, item.requests[2].id]
    assert action_codes(audit)[0] == "complain_refused"


@pytest.mark.parametrize(("score", "found", "tier"), [
    (0, [], Tier.LOW),
    (3, ["data_given"], Tier.LOW),
    (4, ["data_given", "no_notice"], Tier.MEDIUM),
    (7, ["data_given"], Tier.MEDIUM),
    (8, ["data_given"], Tier.HIGH),
    (3, ["sensitive_data_given"], Tier.MEDIUM),
    (2, ["request_refused"], Tier.MEDIUM),
    (5, ["sensitive_data_given", "third_party_sharing"], Tier.HIGH),
    (4, ["sensitive_data_given", "retention_not_stated"], Tier.MEDIUM),
])
def test_tier_thresholds(score: int, found: list[str], tier: Tier) -> None:
    assert tier_for(score, found) is tier


def test_every_reason_resolves_to_its_evidence() -> None:
    reg = Register()
    reg.service("A", grants=[["biometric", "user_content"], ["location"]], notice=risky_analysis())
    reg.service("B", grants=[["contact"]])
    reg.service("C", grants=[["voice"]], notice=clean_analysis(), drift=True,
                consents=[(["provide_service"], ConsentState.GIVEN)],
                requests=[(RequestType.DELETE, RequestStatus.REFUSED)])
    reg.service("D", notice=risky_analysis(),
                consents=[(["model_training"], ConsentState.WITHDRAWN)])
    report = assess(reg.inputs, TODAY)
    by_id = {item.service.id: item for item in reg.inputs}
    checked = 0
    for audit in report.services:
        item = by_id[audit.service_id]
        for r in audit.reasons:
            assert resolve(reg, item, r.evidence) == [], (audit.name, r.code)
            if r.code != "no_notice":
                assert r.evidence.to_dict(), (audit.name, r.code)
            checked += 1
        for a in audit.actions:
            assert a.service_id == audit.service_id
            assert a.request_id is None or a.request_id in {q.id for q in item.requests}
    assert checked > 15


def test_report_orders_services_and_summarises() -> None:
    reg = Register()
    reg.service("zeta", grants=[["contact"]], notice=clean_analysis())
    reg.service("Alpha", grants=[["biometric", "user_content"]], notice=risky_analysis())
    reg.service("mid", grants=[["government_id"]], notice=clean_analysis())
    report = assess(reg.inputs, TODAY)
    assert [s.name for s in report.services] == ["Alpha", "mid", "zeta"]
    overall = report.overall
    assert overall.tier is Tier.HIGH
    assert overall.by_tier == {"low": 1, "medium": 1, "high": 1}
    assert overall.services == 3
    assert overall.sensitive_categories == ("government_id", "biometric")
    assert overall.services_with_sensitive == 2
    assert overall.score == sum(s.score for s in report.services)
    # "mid" is medium for its sensitive data alone, and its clean notice leaves nothing to do
    assert report.services[1].actions == ()
    assert [a.service_id for a in overall.next_actions] == [report.services[0].service_id]
    assert overall.next_actions[0] == report.services[0].actions[0]


def test_empty_register() -> None:
    report = assess([], TODAY)
    assert report.services == ()
    assert report.overall.tier is Tier.LOW
    assert report.overall.services == 0
