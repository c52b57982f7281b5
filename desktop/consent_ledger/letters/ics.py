"""Due dates as an iCalendar file (RFC 5545): one all-day event per request awaiting an answer.

The dates are reminders: PIPL sets no day count, and the description says on what basis the date
was counted (an industry benchmark, the period asked for, or the service's published time limit).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from ..core.request_desk import RequestView
from . import labels

PRODID = "-//Consent Ledger//Rights requests//EN"
UID_DOMAIN = "consent-ledger.invalid"


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = " " + char
            limit = 75
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)


def calendar(views: Sequence[RequestView], *, now: datetime, lang: str = "zh") -> str:
    """An iCalendar text with one VEVENT per request with a due date."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    for view in views:
        if view.due is None or view.request.id is None:
            continue
        title = labels.pick(labels.TYPE_TITLE, view.request.type.value, lang)
        if lang == "zh":
            summary = f"个人信息权利请求答复期限：{view.service.name}（{title}）"
            description = (f"申请发出：{view.due.sent.isoformat()}；计算依据：{view.due.basis}。"
                           "提醒日期，并非法定期限（《个人信息保护法》未规定答复天数）。")
        else:
            summary = f"Reply due: {view.service.name} ({title})"
            description = (f"Request sent {view.due.sent.isoformat()}; counted as {view.due.basis}. "
                           "A reminder, not a statutory deadline (PIPL sets no number of days).")
        if view.due.warning:
            description += " " + view.due.warning
        start = view.due.due
        lines += [
            "BEGIN:VEVENT",
            f"UID:request-{view.request.id}-due@{UID_DOMAIN}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(start + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape(summary)}",
            f"DESCRIPTION:{escape(description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
