"""Translated names for the fixed vocabulary (contracts/notice-analysis.md, core/vocab.py).

The core speaks in ids ("user_content", "withdraw_consent"); this table turns each into the words a
person reads, through Qt's translator (context "Labels"). Unknown ids are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def is_zh() -> bool:
    return QLocale().name().lower().startswith("zh")


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def _categories() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "contact": t("Labels", "contact details"),
        "account": t("Labels", "account"),
        "government_id": t("Labels", "ID documents"),
        "user_content": t("Labels", "prompts and conversations"),
        "voice": t("Labels", "voice"),
        "biometric": t("Labels", "biometrics (face, fingerprint, voiceprint)"),
        "device": t("Labels", "device information"),
        "usage_logs": t("Labels", "usage logs and IP address"),
        "location": t("Labels", "location"),
        "financial": t("Labels", "payment and financial data"),
        "contacts_social": t("Labels", "address book and social data"),
        "health": t("Labels", "health"),
        # sensitive categories (PIPL Art. 28)
        "religion": t("Labels", "religious belief"),
        "specific_identity": t("Labels", "specific identity"),
        "financial_account": t("Labels", "financial accounts"),
        "whereabouts": t("Labels", "whereabouts"),
        "minor_under_14": t("Labels", "data of children under 14"),
    }


def _purposes() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "provide_service": t("Labels", "providing the service"),
        "account": t("Labels", "account management"),
        "security": t("Labels", "security"),
        "model_training": t("Labels", "training AI models"),
        "personalization": t("Labels", "personalisation"),
        "marketing": t("Labels", "marketing"),
        "analytics": t("Labels", "analytics"),
        "legal": t("Labels", "legal obligations"),
        "support": t("Labels", "customer support"),
        "payment": t("Labels", "payment"),
        "research": t("Labels", "research"),
    }


def _methods() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "collect": t("Labels", "collect"), "store": t("Labels", "store"),
        "use": t("Labels", "use"), "process": t("Labels", "process"),
        "transmit": t("Labels", "transmit"), "provide": t("Labels", "provide to others"),
        "disclose": t("Labels", "disclose publicly"), "delete": t("Labels", "delete"),
        "entrust": t("Labels", "entrust to processors"),
        "cross_border": t("Labels", "transfer abroad"),
        "automated_decision": t("Labels", "automated decisions"),
        "deidentify": t("Labels", "de-identify"),
    }


def _rights() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "access": t("Labels", "access"), "copy": t("Labels", "copy"),
        "portability": t("Labels", "portability"), "correct": t("Labels", "correction"),
        "delete": t("Labels", "deletion"), "withdraw_consent": t("Labels", "withdraw consent"),
        "deregister_account": t("Labels", "close the account"),
        "explain": t("Labels", "explanation"),
        "restrict_object": t("Labels", "restrict or object"),
        "complain": t("Labels", "complain to a regulator or court"),
    }


def _request_types() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "access": t("Labels", "Access my data"),
        "copy": t("Labels", "Copy of my data"),
        "portability": t("Labels", "Transfer my data (portability)"),
        "correct": t("Labels", "Correct my data"),
        "delete": t("Labels", "Delete my data"),
        "explain": t("Labels", "Explain the processing rules"),
        "withdraw_consent": t("Labels", "Withdraw consent"),
        "refuse_automated": t("Labels", "Refuse automated decisions"),
        "restrict": t("Labels", "Restrict or refuse processing"),
        "deregister": t("Labels", "Close my account"),
    }


def _statuses() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "drafted": t("Labels", "drafted"), "sent": t("Labels", "sent"),
        "acknowledged": t("Labels", "acknowledged"),
        "action_required": t("Labels", "action required"),
        "fulfilled": t("Labels", "fulfilled"),
        "partially_fulfilled": t("Labels", "partially fulfilled"),
        "refused": t("Labels", "refused"), "overdue": t("Labels", "overdue"),
        "escalated": t("Labels", "escalated"), "closed": t("Labels", "closed"),
        # event kinds not already named above
        "answered": t("Labels", "answered"),
        "partially_answered": t("Labels", "partially answered"),
        "extended": t("Labels", "extended"), "reminded": t("Labels", "reminder sent"),
        "note": t("Labels", "note"),
    }


def _consent_states() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "requested": t("Labels", "requested"), "given": t("Labels", "given"),
        "renewed": t("Labels", "renewed"), "refused": t("Labels", "refused"),
        "withdrawn": t("Labels", "withdrawn"), "expired": t("Labels", "expired"),
        "invalidated": t("Labels", "invalidated"),
    }


def _capacities() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "self": t("Labels", "for myself"),
        "guardian": t("Labels", "as guardian of a child under 14"),
        "close_relative": t("Labels", "as close relative of a deceased person"),
    }


def _art17() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "handler_contact": t("Labels", "who the handler is and how to contact them"),
        "purposes": t("Labels", "purposes of processing"),
        "methods": t("Labels", "methods of processing"),
        "categories": t("Labels", "categories of personal information"),
        "retention": t("Labels", "how long it is kept"),
        "rights_procedure": t("Labels", "how to exercise your rights"),
    }


def _topics() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "collection": t("Labels", "collection"), "use": t("Labels", "use"),
        "sharing": t("Labels", "sharing"), "retention": t("Labels", "retention"),
        "security": t("Labels", "security"), "rights": t("Labels", "rights"),
        "choice": t("Labels", "choice"), "policy_change": t("Labels", "policy changes"),
        "do_not_track": t("Labels", "Do Not Track"),
        "specific_audiences": t("Labels", "specific audiences"),
        "contact": t("Labels", "contact"), "cross_border": t("Labels", "cross-border transfer"),
        "model_training": t("Labels", "model training"), "cookies": t("Labels", "cookies"),
        "automated_decision": t("Labels", "automated decisions"),
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
    return {"high": _t("high risk"), "medium": _t("medium risk"), "low": _t("low risk")}.get(
        key, key)


def region(key: str) -> str:
    return {"cn": _t("mainland China"), "intl": _t("international")}.get(key, key or "")


def yes_no(value: object) -> str:
    if value is True or value == "yes":
        return _t("yes")
    if value is False or value == "no":
        return _t("no")
    return _t("not stated")


def join(items: list[str]) -> str:
    return ("、" if is_zh() else ", ").join(items)


def due_basis(due: object) -> str:
    """Why a reply date is what it is (core DueInfo.source), never claiming a statutory deadline."""
    source = str(getattr(due, "source", ""))
    text = {
        "benchmark": _t("a common benchmark, not a statutory deadline"),
        "requested": _t("the reply period you asked for"),
        "service_limit": _t("the time limit the service publishes"),
    }.get(source, str(getattr(due, "basis", "")))
    if getattr(due, "warning", ""):
        text += " · " + _t("holidays after the calendar's last year are not counted")
    return text
