"""The risk model: a public formula from register facts to a tier, its reasons and next actions.

Pure: no I/O, no clock, no language. The formula is documented for people in ``RISK-MODEL.md``
beside this module; the points and thresholds below are the ones it quotes, and a test checks that
the document and this table agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from ..core.model import NoticeVersion, RightsRequest
from ..core.vocab import (
    ACTIVE_CONSENT_STATES,
    DATA_CATEGORIES,
    SENSITIVE_DATA_CATEGORIES,
    ConsentState,
    RequestStatus,
    RequestType,
)
from .model import (
    Action,
    AuditReport,
    Evidence,
    Overall,
    Reason,
    ServiceAudit,
    ServiceInputs,
    Tier,
)

# Points per reason code (RISK-MODEL.md, "Points").
POINTS: dict[str, int] = {
    "sensitive_data_given": 3,  # per PIPL Art. 28 sensitive category given
    "data_given": 1,  # per other category given, at most DATA_GIVEN_CAP
    "no_notice": 2,
    "notice_no_terms": 2,
    "training_no_opt_out": 3,  # 1 when no content was given (TRAINING_CONTENT)
    "training_opt_out_available": 1,
    "training_not_stated": 1,
    "training_consent_withdrawn": 0,
    "cross_border": 2,  # 3 when sensitive data was given
    "cross_border_not_stated": 1,
    "retention_not_stated": 1,
    "third_party_sharing": 1,
    "public_disclosure": 2,
    "art17_missing": 1,  # per missing item, at most ART17_CAP
    "minors_not_addressed": 1,
    "automated_decision": 1,
    "consent_drift": 2,  # per consent given under an older version that changed materially
    "consent_withdrawn": 0,
    "request_overdue": 2,
    "request_refused": 2,
    "request_partial": 1,
}
DATA_GIVEN_CAP = 3
ART17_CAP = 3
# Data that feeds model training directly: what the person typed, said or showed.
TRAINING_CONTENT: frozenset[str] = frozenset({"user_content", "voice", "biometric"})

HIGH_SCORE = 8  # score at or above: high
MEDIUM_SCORE = 4  # score at or above: medium
# With any sensitive category given, one of these makes the tier high whatever the score.
HIGH_WITH_SENSITIVE: frozenset[str] = frozenset(
    {"training_no_opt_out", "cross_border", "third_party_sharing", "public_disclosure",
     "request_overdue", "request_refused"}
)
# Any of these makes the tier at least medium.
MEDIUM_FLOOR: frozenset[str] = frozenset(
    {"sensitive_data_given", "request_overdue", "request_refused"}
)

# Requests that are finished: no follow-up, and a new letter of the same type may be suggested.
_FINISHED = frozenset({RequestStatus.FULFILLED, RequestStatus.CLOSED})
# The order next actions are listed in (most protective first).
ACTION_ORDER: tuple[str, ...] = (
    "complain_refused", "remind_overdue", "withdraw_training_consent", "delete_after_withdrawal",
    "delete_sensitive", "review_drift", "use_training_opt_out", "refuse_automated",
    "explain_cross_border", "explain_sharing", "explain_retention", "explain_training",
    "explain_missing_items", "add_notice", "reimport_notice",
)


def assess(inputs: Iterable[ServiceInputs], generated: date) -> AuditReport:
    """Audit every service and summarise; services sorted highest tier, then score, then name."""
    audits = sorted(
        (assess_service(item) for item in inputs),
        key=lambda a: (-a.tier.rank, -a.score, a.name.casefold(), a.service_id),
    )
    return AuditReport(generated=generated, overall=summarise(audits), services=tuple(audits))


def summarise(audits: Sequence[ServiceAudit]) -> Overall:
    by_tier = {tier.value: 0 for tier in Tier}
    for audit in audits:
        by_tier[audit.tier.value] += 1
    sensitive = {c for audit in audits for c in audit.sensitive}
    ranked = sorted(audits, key=lambda a: (-a.tier.rank, -a.score))
    return Overall(
        tier=max((a.tier for a in audits), key=lambda t: t.rank, default=Tier.LOW),
        services=len(audits),
        by_tier=by_tier,
        score=sum(a.score for a in audits),
        sensitive_categories=tuple(c for c in DATA_CATEGORIES if c in sensitive),
        services_with_sensitive=sum(1 for a in audits if a.sensitive),
        open_findings=sum(1 for a in audits for r in a.reasons if r.points > 0),
        next_actions=tuple(a.actions[0] for a in ranked if a.actions and a.tier != Tier.LOW),
    )


def assess_service(inputs: ServiceInputs) -> ServiceAudit:
    service = inputs.service
    if service.id is None:
        raise ValueError("the audit needs stored services (with ids)")
    state = _State(inputs)
    state.data_given()
    state.notice_terms()
    state.consent_changes()
    state.request_outcomes()
    score = sum(r.points for r in state.reasons)
    tier = tier_for(score, [r.code for r in state.reasons if r.points > 0])
    if tier == Tier.HIGH and state.sensitive:
        state.suggest("delete_sensitive", RequestType.DELETE,
                      {"categories": list(state.sensitive)}, avoid_open=True)
    order = {code: i for i, code in enumerate(ACTION_ORDER)}
    actions = tuple(sorted(state.actions, key=lambda a: order[a.code]))
    return ServiceAudit(
        service_id=service.id,
        name=service.name,
        tier=tier,
        score=score,
        reasons=tuple(state.reasons),
        actions=actions,
        categories=state.categories,
        sensitive=state.sensitive,
        notice_number=inputs.notice.number if inputs.notice is not None else None,
    )


def tier_for(score: int, codes: Sequence[str]) -> Tier:
    """The tier of a score and the codes of the reasons that scored points."""
    present = set(codes)
    if score >= HIGH_SCORE or ("sensitive_data_given" in present and present & HIGH_WITH_SENSITIVE):
        return Tier.HIGH
    if score >= MEDIUM_SCORE or present & MEDIUM_FLOOR:
        return Tier.MEDIUM
    return Tier.LOW


def has_terms(analysis: Mapping[str, Any]) -> bool:
    """Whether an analysis found anything to read: a topical clause or a stated purpose/category."""
    clauses = analysis.get("clauses") or []
    return any(c.get("topics") for c in clauses if isinstance(c, Mapping)) or bool(
        analysis.get("purposes") or analysis.get("data_categories")
    )


class _State:
    """The reasons and actions of one service as the formula walks its inputs."""

    def __init__(self, inputs: ServiceInputs) -> None:
        self.inputs = inputs
        self.service_id: int = inputs.service.id or 0
        self.reasons: list[Reason] = []
        self.actions: list[Action] = []
        given = {c for g in inputs.grants for c in g.categories}
        self.categories = tuple(c for c in DATA_CATEGORIES if c in given) + tuple(
            sorted(given - set(DATA_CATEGORIES))
        )
        self.sensitive = tuple(c for c in self.categories if c in SENSITIVE_DATA_CATEGORIES)
        consents = list(inputs.consents)
        self.withdrawn = [c for c in consents if c.state == ConsentState.WITHDRAWN]
        self.active = [c for c in consents if c.state in ACTIVE_CONSENT_STATES]
        self.all_withdrawn = bool(self.withdrawn) and not self.active
        analysis = inputs.notice.analysis if inputs.notice is not None else {}
        self.clause_ids = {c.get("id") for c in (analysis or {}).get("clauses") or []
                           if isinstance(c, Mapping)}

    # --- helpers ----------------------------------------------------------------------------
    def add(self, code: str, evidence: Evidence, points: int | None = None, **params: Any) -> None:
        self.reasons.append(Reason(code, POINTS[code] if points is None else points, evidence,
                                   params))

    def suggest(self, code: str, request_type: RequestType | None = None,
                options: dict[str, Any] | None = None, *, avoid_open: bool = False,
                request_id: int | None = None, notice_versions: tuple[int, ...] = ()) -> None:
        """Add an action once; with ``avoid_open``, not when a letter of that type is under way."""
        if any(a.code == code and a.request_id == request_id for a in self.actions):
            return
        if avoid_open and request_type is not None and any(
            r.type == request_type and r.status not in _FINISHED for r in self.inputs.requests
        ):
            return
        self.actions.append(Action(code, self.service_id, request_type, dict(options or {}),
                                   request_id, notice_versions))

    def grants_with(self, categories: Iterable[str]) -> tuple[int, ...]:
        wanted = set(categories)
        return tuple(g.id for g in self.inputs.grants
                     if g.id is not None and wanted & set(g.categories))

    def notice_evidence(self, notice: NoticeVersion, clauses: Iterable[Any] = ()) -> Evidence:
        """Evidence in the latest notice; only clause ids its analysis really has are kept."""
        ids = tuple(sorted({c for c in clauses if isinstance(c, int) and c in self.clause_ids}))
        return Evidence(notice_version=notice.id, notice_number=notice.number, clauses=ids)

    # --- the formula ------------------------------------------------------------------------
    def data_given(self) -> None:
        for category in self.sensitive:
            self.add("sensitive_data_given", Evidence(grants=self.grants_with([category])),
                     category=category)
        others = [c for c in self.categories if c not in SENSITIVE_DATA_CATEGORIES]
        if others:
            self.add("data_given", Evidence(grants=self.grants_with(others)),
                     points=min(len(others), DATA_GIVEN_CAP) * POINTS["data_given"],
                     categories=others)

    def notice_terms(self) -> None:
        notice = self.inputs.notice
        if notice is None or notice.id is None:
            self.add("no_notice", Evidence())
            self.suggest("add_notice")
            return
        analysis = notice.analysis or {}
        if not has_terms(analysis):
            self.add("notice_no_terms", self.notice_evidence(notice))
            self.suggest("reimport_notice")
            self.suggest("explain_missing_items", RequestType.EXPLAIN,
                         {"topics": ["purposes", "methods", "categories", "retention"]},
                         avoid_open=True)
            return
        self.training(notice, analysis.get("model_training") or {})
        self.transfer_and_sharing(notice, analysis)
        missing = [k for k in (analysis.get("pipl_article_17") or {}).get("missing") or []]
        if missing:
            self.add("art17_missing", self.notice_evidence(notice),
                     points=min(len(missing), ART17_CAP) * POINTS["art17_missing"],
                     missing=list(missing))
            self.suggest("explain_missing_items", RequestType.EXPLAIN, {"topics": list(missing)},
                         avoid_open=True)
        minors = analysis.get("minors") or {}
        if minors.get("value") is False:
            self.add("minors_not_addressed", self.notice_evidence(notice, minors.get("evidence", [])))
        automated = analysis.get("automated_decision") or {}
        if automated.get("value") is True and not self.all_withdrawn:
            self.add("automated_decision",
                     self.notice_evidence(notice, automated.get("evidence", [])))
            self.suggest("refuse_automated", RequestType.REFUSE_AUTOMATED, avoid_open=True)

    def training(self, notice: NoticeVersion, training: Mapping[str, Any]) -> None:
        value = training.get("value")
        evidence = self.notice_evidence(notice, training.get("evidence", []))
        if value == "no":
            return
        if value != "yes":
            self.add("training_not_stated", evidence)
            self.suggest("explain_training", RequestType.EXPLAIN, {"topics": ["model_training"]},
                         avoid_open=True)
            return
        withdrawn = [c for c in self.withdrawn if "model_training" in c.purposes]
        still = [c for c in self.active if "model_training" in c.purposes]
        if (withdrawn and not still) or self.all_withdrawn:
            ids = tuple(c.id for c in (withdrawn or self.withdrawn) if c.id is not None)
            self.add("training_consent_withdrawn",
                     Evidence(consents=ids, notice_version=notice.id,
                              notice_number=notice.number, clauses=evidence.clauses))
            return
        content = set(self.categories) & TRAINING_CONTENT
        if training.get("opt_out"):
            self.add("training_opt_out_available", evidence)
            self.suggest("use_training_opt_out", RequestType.WITHDRAW_CONSENT,
                         {"processing": ["model_training"]}, avoid_open=True)
            return
        self.add("training_no_opt_out", evidence,
                 points=POINTS["training_no_opt_out"] if content else 1,
                 content=sorted(content))
        self.suggest("withdraw_training_consent", RequestType.WITHDRAW_CONSENT,
                     {"processing": ["model_training"]}, avoid_open=True)

    def transfer_and_sharing(self, notice: NoticeVersion, analysis: Mapping[str, Any]) -> None:
        cross = analysis.get("cross_border") or {}
        if cross.get("value") == "yes":
            self.add("cross_border", self.notice_evidence(notice, cross.get("evidence", [])),
                     points=POINTS["cross_border"] + (1 if self.sensitive else 0))
            self.suggest("explain_cross_border", RequestType.EXPLAIN, {"topics": ["cross_border"]},
                         avoid_open=True)
        elif cross.get("value") != "no":
            self.add("cross_border_not_stated",
                     self.notice_evidence(notice, cross.get("evidence", [])))
            self.suggest("explain_cross_border", RequestType.EXPLAIN, {"topics": ["cross_border"]},
                         avoid_open=True)
        retention = analysis.get("retention") or {}
        if not retention.get("stated"):
            self.add("retention_not_stated",
                     self.notice_evidence(notice, retention.get("evidence", [])))
            self.suggest("explain_retention", RequestType.EXPLAIN, {"topics": ["retention"]},
                         avoid_open=True)
        sharing = analysis.get("sharing") or {}
        sharing_evidence = self.notice_evidence(notice, sharing.get("evidence", []))
        if sharing.get("third_parties"):
            self.add("third_party_sharing", sharing_evidence)
            self.suggest("explain_sharing", RequestType.EXPLAIN, {"topics": ["sharing"]},
                         avoid_open=True)
        if sharing.get("public_disclosure"):
            self.add("public_disclosure", sharing_evidence)
            self.suggest("explain_sharing", RequestType.EXPLAIN, {"topics": ["sharing"]},
                         avoid_open=True)

    def consent_changes(self) -> None:
        active_ids = {c.id for c in self.active}
        for finding in self.inputs.drift:
            if not finding.material or finding.consent_id not in active_ids:
                continue
            self.add("consent_drift",
                     Evidence(consents=(finding.consent_id,), notice_version=finding.to_version_id,
                              notice_number=finding.to_number,
                              from_version=finding.from_version_id,
                              from_number=finding.from_number),
                     changed=list(finding.changed))
            versions = tuple(v for v in (finding.from_version_id, finding.to_version_id)
                             if v is not None)
            self.suggest("review_drift", notice_versions=versions)
        if self.all_withdrawn:
            ids = tuple(c.id for c in self.withdrawn if c.id is not None)
            self.add("consent_withdrawn", Evidence(consents=ids))
        if (self.all_withdrawn or any(r.code == "training_consent_withdrawn" for r in self.reasons)) \
                and self.categories:
            self.suggest("delete_after_withdrawal", RequestType.DELETE,
                         {"triggers": ["consent_withdrawn"], "categories": list(self.categories)},
                         avoid_open=True)

    def request_outcomes(self) -> None:
        for request in self.inputs.requests:
            if request.id is None:
                continue
            if _is_overdue(request, self.inputs.overdue_request_ids):
                self.add("request_overdue", Evidence(requests=(request.id,)),
                         type=request.type.value)
                self.suggest("remind_overdue", request_id=request.id)
            elif request.status == RequestStatus.REFUSED:
                self.add("request_refused", Evidence(requests=(request.id,)),
                         type=request.type.value)
                self.suggest("complain_refused", request_id=request.id)
            elif request.status == RequestStatus.PARTIALLY_FULFILLED:
                self.add("request_partial", Evidence(requests=(request.id,)),
                         type=request.type.value)


def _is_overdue(request: RightsRequest, overdue: frozenset[int]) -> bool:
    if request.status in _FINISHED or request.status == RequestStatus.REFUSED:
        return False
    return request.status == RequestStatus.OVERDUE or request.id in overdue
