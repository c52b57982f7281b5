"""Due dates as iCalendar (RFC 5545)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from consent_ledger.core.model import RightsRequest, Service
from consent_ledger.core.request_desk import DueInfo, RequestView
from consent_ledger.core.vocab import RequestStatus, RequestType
from consent_ledger.letters.ics import calendar, escape, fold


def _view(rid: int, due: DueInfo | None, name: str = "DeepSeek") -> RequestView:
    request = RightsRequest(service_id=1, type=RequestType.DELETE, status=RequestStatus.SENT,
                            id=rid)
    return RequestView(request=request, service=Service(name=name, id=1),
                       status=RequestStatus.SENT, due=due)


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_one_all_day_event_per_due_request() -> None:
    due = DueInfo(due=date(2026, 10, 27), basis="benchmark: 15 working days", source="benchmark",
                  sent=date(2026, 9, 30), overdue=False)
    text = calendar([_view(3, due), _view(4, None)], now=datetime(2026, 9, 30, tzinfo=UTC),
                    lang="zh")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    lines = _unfold(text)
    assert lines.count("BEGIN:VEVENT") == 1
    assert "UID:request-3-due@consent-ledger.invalid" in lines
    assert "DTSTART;VALUE=DATE:20261027" in lines and "DTEND;VALUE=DATE:20261028" in lines
    summary = next(line for line in lines if line.startswith("SUMMARY:"))
    assert "DeepSeek" in summary and "删除个人信息" in summary
    description = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert "并非法定期限" in description
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75


def test_escape_and_fold() -> None:
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    long = "SUMMARY:" + "个人信息" * 40
    folded = fold(long)
    assert folded.replace("\r\n ", "") == long
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
