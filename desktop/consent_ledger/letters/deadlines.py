"""Chinese working days: the WorkingDayCalendar port over chinese-calendar.

chinese-calendar knows the State Council's statutory holidays and make-up workdays (调休) for the
years it ships data for (2004-2026 in 1.11). Beyond them we fall back to Monday-Friday and say so in
``DueDate.warning``: holidays are then not counted, so the real date may be later.

A working-day count starts the day after the start date: 15 working days from a Friday letter end
on the 15th working day after that Friday.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

import chinese_calendar

from ..core.ports import DueDate

log = logging.getLogger(__name__)

BASIS_CALENDAR = "chinese-calendar"
BASIS_FALLBACK = "Monday-Friday fallback"
FALLBACK_WARNING = (
    "no holiday data for {years}: counted Monday to Friday, public holidays and make-up "
    "workdays not taken into account; check the official holiday schedule"
)
MAX_DAYS = 3660


class ChineseWorkingDays:
    """Counts working days on the mainland China official calendar."""

    def is_working_day(self, day: date) -> tuple[bool, bool]:
        """(is it a working day, was the answer known from holiday data)."""
        try:
            return bool(chinese_calendar.is_workday(day)), True
        except NotImplementedError:
            return day.weekday() < 5, False

    def add_working_days(self, start: date, days: int) -> DueDate:
        if days < 0 or days > MAX_DAYS:
            raise ValueError(f"working days out of range: {days}")
        current = start
        counted = 0
        unknown_years: set[int] = set()
        while counted < days:
            current += timedelta(days=1)
            working, known = self.is_working_day(current)
            if not known:
                unknown_years.add(current.year)
            if working:
                counted += 1
        if unknown_years:
            years = ", ".join(str(y) for y in sorted(unknown_years))
            log.info("working-day count beyond holiday data (%s): weekday fallback", years)
            return DueDate(
                due=current,
                basis=f"{days} working days ({BASIS_FALLBACK})",
                warning=FALLBACK_WARNING.format(years=years),
            )
        return DueDate(due=current, basis=f"{days} working days ({BASIS_CALENDAR})")

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after *start* up to and including *end* (0 if end <= start)."""
        count = 0
        current = start
        while current < end:
            current += timedelta(days=1)
            if self.is_working_day(current)[0]:
                count += 1
        return count
