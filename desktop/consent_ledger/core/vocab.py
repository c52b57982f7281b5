"""The fixed vocabulary of contracts/notice-analysis.md and the request/consent states.

Changing an id here is a breaking change: add, don't rename.
"""

from __future__ import annotations

from enum import StrEnum

CLAUSE_TOPICS: tuple[str, ...] = (
    "collection", "use", "sharing", "retention", "security", "rights", "choice", "policy_change",
    "do_not_track", "specific_audiences", "contact", "cross_border", "model_training", "cookies",
    "automated_decision",
)
PURPOSES: tuple[str, ...] = (
    "provide_service", "account", "security", "model_training", "personalization", "marketing",
    "analytics", "legal", "support", "payment", "research",
)
DATA_CATEGORIES: tuple[str, ...] = (
    "contact", "account", "government_id", "user_content", "voice", "biometric", "device",
    "usage_logs", "location", "financial", "contacts_social", "health",
)
SENSITIVE_CATEGORIES: tuple[str, ...] = (
    "biometric", "religion", "specific_identity", "health", "financial_account", "whereabouts",
    "minor_under_14",
)
METHODS: tuple[str, ...] = (
    "collect", "store", "use", "process", "transmit", "provide", "disclose", "delete", "entrust",
    "cross_border", "automated_decision", "deidentify",
)
RIGHTS: tuple[str, ...] = (
    "access", "copy", "portability", "correct", "delete", "withdraw_consent", "deregister_account",
    "explain", "restrict_object", "complain",
)
ART17_KEYS: tuple[str, ...] = (
    "handler_contact", "purposes", "methods", "categories", "retention", "rights_procedure",
)
# Data categories a person gives that PIPL Art. 28 treats as sensitive.
SENSITIVE_DATA_CATEGORIES: frozenset[str] = frozenset(
    {"government_id", "biometric", "health", "financial", "location"}
)


class ConsentState(StrEnum):
    """Consent states after the W3C Data Privacy Vocabulary (dpv:ConsentStatus)."""

    REQUESTED = "requested"
    GIVEN = "given"
    RENEWED = "renewed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    INVALIDATED = "invalidated"


ACTIVE_CONSENT_STATES: frozenset[ConsentState] = frozenset({ConsentState.GIVEN, ConsentState.RENEWED})


class RequestType(StrEnum):
    ACCESS = "access"
    COPY = "copy"
    PORTABILITY = "portability"
    CORRECT = "correct"
    DELETE = "delete"
    EXPLAIN = "explain"
    WITHDRAW_CONSENT = "withdraw_consent"
    REFUSE_AUTOMATED = "refuse_automated"
    RESTRICT = "restrict"
    DEREGISTER = "deregister"


class RequestStatus(StrEnum):
    """Request states aligned with DPV's rights-exercise statuses."""

    DRAFTED = "drafted"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    ACTION_REQUIRED = "action_required"
    FULFILLED = "fulfilled"
    PARTIALLY_FULFILLED = "partially_fulfilled"
    REFUSED = "refused"
    OVERDUE = "overdue"
    ESCALATED = "escalated"
    CLOSED = "closed"


class RequestEventKind(StrEnum):
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    ACTION_REQUIRED = "action_required"
    ANSWERED = "answered"
    PARTIALLY_ANSWERED = "partially_answered"
    REFUSED = "refused"
    EXTENDED = "extended"
    REMINDED = "reminded"
    ESCALATED = "escalated"
    CLOSED = "closed"
    NOTE = "note"


class Capacity(StrEnum):
    """In what capacity the person writes."""

    SELF = "self"
    GUARDIAN = "guardian"  # of a child under 14 (PIPL 31)
    CLOSE_RELATIVE = "close_relative"  # of a deceased person (PIPL 49)
