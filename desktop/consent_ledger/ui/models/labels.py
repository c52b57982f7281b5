"""Translated names for the fixed vocabulary (contracts/notice-analysis.md, core/vocab.py).

The core speaks in ids ("user_content", "withdraw_consent"); this table turns each into the words a
person reads, through Qt's translator (context "Labels"). Unknown ids are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def is_zh() -> bool:
    return QLocale().name().lower().startswith("zh")


def _categories() -> dict[str, str]:
    return {
        "contact": QCoreApplication.translate("Labels", "contact details"),
        "account": QCoreApplication.translate("Labels", "account"),
        "government_id": QCoreApplication.translate("Labels", "ID documents"),
        "user_content": QCoreApplication.translate("Labels", "prompts and conversations"),
        "voice": QCoreApplication.translate("Labels", "voice"),
        "biometric": QCoreApplication.translate(
            "Labels", "biometrics (face, fingerprint, voiceprint)"
        ),
        "device": QCoreApplication.translate("Labels", "device information"),
        "usage_logs": QCoreApplication.translate("Labels", "usage logs and IP address"),
        "location": QCoreApplication.translate("Labels", "location"),
        "financial": QCoreApplication.translate("Labels", "payment and financial data"),
        "contacts_social": QCoreApplication.translate("Labels", "address book and social data"),
        "health": QCoreApplication.translate("Labels", "health"),
        # sensitive categories (PIPL Art. 28)
        "religion": QCoreApplication.translate("Labels", "religious belief"),
        "specific_identity": QCoreApplication.translate("Labels", "specific identity"),
        "financial_account": QCoreApplication.translate("Labels", "financial accounts"),
        "whereabouts": QCoreApplication.translate("Labels", "whereabouts"),
        "minor_under_14": QCoreApplication.translate("Labels", "data of children under 14"),
    }


def _purposes() -> dict[str, str]:
    return {
        "provide_service": QCoreApplication.translate("Labels", "providing the service"),
        "account": QCoreApplication.translate("Labels", "account management"),
        "security": QCoreApplication.translate("Labels", "security"),
        "model_training": QCoreApplication.translate("Labels", "training AI models"),
        "personalization": QCoreApplication.translate("Labels", "personalisation"),
        "marketing": QCoreApplication.translate("Labels", "marketing"),
        "analytics": QCoreApplication.translate("Labels", "analytics"),
        "legal": QCoreApplication.translate("Labels", "legal obligations"),
        "support": QCoreApplication.translate("Labels", "customer support"),
        "payment": QCoreApplication.translate("Labels", "payment"),
        "research": QCoreApplication.translate("Labels", "research"),
    }


def _methods() -> dict[str, str]:
    return {
        "collect": QCoreApplication.translate("Labels", "collect"),
        "store": QCoreApplication.translate("Labels", "store"),
        "use": QCoreApplication.translate("Labels", "use"),
        "process": QCoreApplication.translate("Labels", "process"),
        "transmit": QCoreApplication.translate("Labels", "transmit"),
        "provide": QCoreApplication.translate("Labels", "provide to others"),
        "disclose": QCoreApplication.translate("Labels", "disclose publicly"),
        "delete": QCoreApplication.translate("Labels", "delete"),
        "entrust": QCoreApplication.translate("Labels", "entrust to processors"),
        "cross_border": QCoreApplication.translate("Labels", "transfer abroad"),
        "automated_decision": QCoreApplication.translate("Labels", "automated decisions"),
        "deidentify": QCoreApplication.translate("Labels", "de-identify"),
    }


def _rights() -> dict[str, str]:
    return {
        "access": QCoreApplication.translate("Labels", "access"),
        "copy": QCoreApplication.translate("Labels", "copy"),
        "portability": QCoreApplication.translate("Labels", "portability"),
        "correct": QCoreApplication.translate("Labels", "correction"),
        "delete": QCoreApplication.translate("Labels", "deletion"),
        "withdraw_consent": QCoreApplication.translate("Labels", "withdraw consent"),
        "deregister_account": QCoreApplication.translate("Labels", "close the account"),
        "explain": QCoreApplication.translate("Labels", "explanation"),
        "restrict_object": QCoreApplication.translate("Labels", "restrict or object"),
        "complain": QCoreApplication.translate("Labels", "complain to a regulator or court"),
    }


def _request_types() -> dict[str, str]:
    return {
        "access": QCoreApplication.translate("Labels", "Access my data"),
        "copy": QCoreApplication.translate("Labels", "Copy of my data"),
        "portability": QCoreApplication.translate("Labels", "Transfer my data (portability)"),
        "correct": QCoreApplication.translate("Labels", "Correct my data"),
        "delete": QCoreApplication.translate("Labels", "Delete my data"),
        "explain": QCoreApplication.translate("Labels", "Explain the processing rules"),
        "withdraw_consent": QCoreApplication.translate("Labels", "Withdraw consent"),
        "refuse_automated": QCoreApplication.translate("Labels", "Refuse automated decisions"),
        "restrict": QCoreApplication.translate("Labels", "Restrict or refuse processing"),
        "deregister": QCoreApplication.translate("Labels", "Close my account"),
    }


def _statuses() -> dict[str, str]:
    return {
        "drafted": QCoreApplication.translate("Labels", "drafted"),
        "sent": QCoreApplication.translate("Labels", "sent"),
        "acknowledged": QCoreApplication.translate("Labels", "acknowledged"),
        "action_required": QCoreApplication.translate("Labels", "action required"),
        "fulfilled": QCoreApplication.translate("Labels", "fulfilled"),
        "partially_fulfilled": QCoreApplication.translate("Labels", "partially fulfilled"),
        "refused": QCoreApplication.translate("Labels", "refused"),
        "overdue": QCoreApplication.translate("Labels", "overdue"),
        "escalated": QCoreApplication.translate("Labels", "escalated"),
        "closed": QCoreApplication.translate("Labels", "closed"),
        # event kinds not already named above
        "answered": QCoreApplication.translate("Labels", "answered"),
        "partially_answered": QCoreApplication.translate("Labels", "partially answered"),
        "extended": QCoreApplication.translate("Labels", "extended"),
        "reminded": QCoreApplication.translate("Labels", "reminder sent"),
        "note": QCoreApplication.translate("Labels", "note"),
    }


def _consent_states() -> dict[str, str]:
    return {
        "requested": QCoreApplication.translate("Labels", "requested"),
        "given": QCoreApplication.translate("Labels", "given"),
        "renewed": QCoreApplication.translate("Labels", "renewed"),
        "refused": QCoreApplication.translate("Labels", "refused"),
        "withdrawn": QCoreApplication.translate("Labels", "withdrawn"),
        "expired": QCoreApplication.translate("Labels", "expired"),
        "invalidated": QCoreApplication.translate("Labels", "invalidated"),
    }


def _capacities() -> dict[str, str]:
    return {
        "self": QCoreApplication.translate("Labels", "for myself"),
        "guardian": QCoreApplication.translate("Labels", "as guardian of a child under 14"),
        "close_relative": QCoreApplication.translate(
            "Labels", "as close relative of a deceased person"
        ),
    }


def _art17() -> dict[str, str]:
    return {
        "handler_contact": QCoreApplication.translate(
            "Labels", "who the handler is and how to contact them"
        ),
        "purposes": QCoreApplication.translate("Labels", "purposes of processing"),
        "methods": QCoreApplication.translate("Labels", "methods of processing"),
        "categories": QCoreApplication.translate("Labels", "categories of personal information"),
        "retention": QCoreApplication.translate("Labels", "how long it is kept"),
        "rights_procedure": QCoreApplication.translate("Labels", "how to exercise your rights"),
    }


def _topics() -> dict[str, str]:
    return {
        "collection": QCoreApplication.translate("Labels", "collection"),
        "use": QCoreApplication.translate("Labels", "use"),
        "sharing": QCoreApplication.translate("Labels", "sharing"),
        "retention": QCoreApplication.translate("Labels", "retention"),
        "security": QCoreApplication.translate("Labels", "security"),
        "rights": QCoreApplication.translate("Labels", "rights"),
        "choice": QCoreApplication.translate("Labels", "choice"),
        "policy_change": QCoreApplication.translate("Labels", "policy changes"),
        "do_not_track": QCoreApplication.translate("Labels", "Do Not Track"),
        "specific_audiences": QCoreApplication.translate("Labels", "specific audiences"),
        "contact": QCoreApplication.translate("Labels", "contact"),
        "cross_border": QCoreApplication.translate("Labels", "cross-border transfer"),
        "model_training": QCoreApplication.translate("Labels", "model training"),
        "cookies": QCoreApplication.translate("Labels", "cookies"),
        "automated_decision": QCoreApplication.translate("Labels", "automated decisions"),
    }


def _pick(table: dict[str, str], key: str) -> str:
    return table.get(str(key), str(key))


def category(key: str) -> str:
    return _pick(_categories(), key)


def purpose(key: str) -> str:
    return _pick(_purposes(), key)


def method(key: str) -> str:
    return _pick(_methods(), key)


def right(key: str) -> str:
    return _pick(_rights(), key)


def request_type(key: str) -> str:
    return _pick(_request_types(), key)


def status(key: str) -> str:
    return _pick(_statuses(), key)


def consent_state(key: str) -> str:
    return _pick(_consent_states(), key)


def capacity(key: str) -> str:
    return _pick(_capacities(), key)


def art17(key: str) -> str:
    return _pick(_art17(), key)


def topic(key: str) -> str:
    return _pick(_topics(), key)


def tier(key: str) -> str:
    return {
        "high": QCoreApplication.translate("Labels", "high risk"),
        "medium": QCoreApplication.translate("Labels", "medium risk"),
        "low": QCoreApplication.translate("Labels", "low risk"),
    }.get(key, key)


def region(key: str) -> str:
    return {
        "cn": QCoreApplication.translate("Labels", "mainland China"),
        "intl": QCoreApplication.translate("Labels", "international"),
    }.get(key, key or "")


def yes_no(value: object) -> str:
    if value is True or value == "yes":
        return QCoreApplication.translate("Labels", "yes")
    if value is False or value == "no":
        return QCoreApplication.translate("Labels", "no")
    return QCoreApplication.translate("Labels", "not stated")


def join(items: list[str]) -> str:
    return ("、" if is_zh() else ", ").join(items)


def due_basis(due: object) -> str:
    """Why a reply date is what it is (core DueInfo.source), never claiming a statutory deadline."""
    source = str(getattr(due, "source", ""))
    text = {
        "benchmark": QCoreApplication.translate(
            "Labels", "a common benchmark, not a statutory deadline"
        ),
        "requested": QCoreApplication.translate("Labels", "the reply period you asked for"),
        "service_limit": QCoreApplication.translate(
            "Labels", "the time limit the service publishes"
        ),
    }.get(source, str(getattr(due, "basis", "")))
    if getattr(due, "warning", ""):
        text += " · " + QCoreApplication.translate(
            "Labels", "holidays after the calendar's last year are not counted"
        )
    return text
