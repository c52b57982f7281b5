"""Due dates in Chinese working days: statutory holidays, make-up workdays, and the fallback."""

from __future__ import annotations

from datetime import date

import pytest

from consent_ledger.letters.deadlines import ChineseWorkingDays


@pytest.fixture
def cal() -> ChineseWorkingDays:
    return ChineseWorkingDays()


def test_national_day_2026_is_skipped_and_the_saturday_make_up_day_counts(cal) -> None:
    # Sent Wed 30 Sep 2026; 1-7 Oct are holidays; Sat 10 Oct is a make-up workday.
    assert cal.add_working_days(date(2026, 9, 30), 1).due == date(2026, 10, 8)
    assert cal.add_working_days(date(2026, 9, 30), 3).due == date(2026, 10, 10)
    due = cal.add_working_days(date(2026, 9, 30), 15)
    assert due.due == date(2026, 10, 27)
    assert due.basis == "15 working days (chinese-calendar)" and due.warning == ""


def test_national_day_2025(cal) -> None:
    # Sent Tue 30 Sep 2025; 1-8 Oct off (National Day + Mid-autumn); Sat 11 Oct works.
    assert cal.add_working_days(date(2025, 9, 30), 1).due == date(2025, 10, 9)
    assert cal.add_working_days(date(2025, 9, 30), 3).due == date(2025, 10, 11)
    # a naive Monday-Friday count would have ended on 21 Oct; the holidays push it later
    assert cal.add_working_days(date(2025, 9, 30), 15).due == date(2025, 10, 28)


def test_spring_festival_2026_make_up_workdays(cal) -> None:
    # Sat 14 Feb and Sat 28 Feb 2026 are make-up workdays; 15-23 Feb are off.
    assert cal.add_working_days(date(2026, 2, 13), 1).due == date(2026, 2, 14)
    assert cal.add_working_days(date(2026, 2, 13), 2).due == date(2026, 2, 24)
    assert cal.add_working_days(date(2026, 2, 27), 1).due == date(2026, 2, 28)
    assert cal.is_working_day(date(2026, 2, 14)) == (True, True)
    assert cal.is_working_day(date(2026, 2, 16)) == (False, True)


def test_weekend_without_holiday(cal) -> None:
    # Fri 6 Mar 2026 + 1 working day = Mon 9 Mar
    assert cal.add_working_days(date(2026, 3, 6), 1).due == date(2026, 3, 9)


def test_beyond_the_calendar_data_falls_back_with_a_warning(cal) -> None:
    # Sent Fri 25 Dec 2026: Dec counts from data, 2027 Monday-Friday (1 Jan counted: not known).
    due = cal.add_working_days(date(2026, 12, 25), 15)
    assert due.due == date(2027, 1, 15)
    assert "Monday-Friday fallback" in due.basis
    assert "2027" in due.warning and "holidays" in due.warning
    assert cal.is_working_day(date(2027, 1, 2)) == (False, False)


def test_no_warning_when_the_count_stays_inside_the_data(cal) -> None:
    due = cal.add_working_days(date(2026, 12, 1), 10)
    assert due.due == date(2026, 12, 15) and due.warning == ""


def test_zero_and_bad_counts(cal) -> None:
    assert cal.add_working_days(date(2026, 5, 6), 0).due == date(2026, 5, 6)
    with pytest.raises(ValueError):
        cal.add_working_days(date(2026, 5, 6), -1)


def test_working_days_between(cal) -> None:
    assert cal.working_days_between(date(2026, 9, 30), date(2026, 10, 12)) == 4
    assert cal.working_days_between(date(2026, 10, 12), date(2026, 10, 12)) == 0
