"""Adherence: sessions done against days planned, partial ones counted as partial, a streak."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from scapula.core.session.status import SessionStatus


class DayStatus(StrEnum):
    """How a day of the plan went, as the calendar shows it."""

    DONE = "done"
    PARTIAL = "partial"
    MISSED = "missed"
    OPEN = "open"  # today, with no session yet: not missed until the day is over
    FUTURE = "future"
    BEFORE_PLAN = "before_plan"


DONE, PARTIAL, MISSED, FUTURE = (
    DayStatus.DONE,
    DayStatus.PARTIAL,
    DayStatus.MISSED,
    DayStatus.FUTURE,
)
DAY_LABELS = {
    DayStatus.DONE: "done",
    DayStatus.PARTIAL: "partly done",
    DayStatus.MISSED: "missed",
    DayStatus.OPEN: "today, not done yet",
    DayStatus.FUTURE: "still to come",
    DayStatus.BEFORE_PLAN: "before your plan started",
}


@dataclass(frozen=True, slots=True)
class Adherence:
    """How many planned days had a session, fully or partly, and the current streak."""

    planned: int
    done: int
    partial: int
    streak: int

    @property
    def rate(self) -> float:
        """Return done days plus half the partial days, over the planned days."""
        return 0.0 if not self.planned else (self.done + self.partial / 2) / self.planned


def day_status(statuses: Mapping[date, list[str]], day: date) -> DayStatus:
    """A day is done with a completed session, partial with only partial or stopped ones."""
    found = statuses.get(day, [])
    if SessionStatus.COMPLETED in found:
        return DONE
    return PARTIAL if found else MISSED


def adherence(statuses: Mapping[date, list[str]], *, start: date, today: date) -> Adherence:
    """Count the daily routine's days from the plan's start; today counts once it has a session."""
    days = [
        start + timedelta(days=n)
        for n in range(planned_days(start, today, bool(statuses.get(today))))
    ]
    marks = [day_status(statuses, day) for day in days]
    return Adherence(len(days), marks.count(DONE), marks.count(PARTIAL), streak(statuses, today))


def planned_days(start: date, today: date, has_session_today: bool) -> int:
    """Days of the plan so far; today counts only once it has a session, so no morning is missed."""
    last = today if has_session_today else today - timedelta(days=1)
    return max(0, (last - start).days + 1)


def streak(statuses: Mapping[date, list[str]], today: date) -> int:
    """Days in a row with any session, ending today (or yesterday, if today is still open)."""
    day = today if day_status(statuses, today) != MISSED else today - timedelta(days=1)
    count = 0
    while day_status(statuses, day) != MISSED:
        count += 1
        day -= timedelta(days=1)
    return count


def calendar(
    statuses: Mapping[date, list[str]], *, start: date, today: date, weeks: int = 4
) -> list[tuple[date, str]]:
    """Return the last `weeks` whole weeks (Monday first) with each day's status."""
    first = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    days = [first + timedelta(days=n) for n in range(7 * weeks)]
    return [(day, _calendar_status(statuses, day, start=start, today=today)) for day in days]


def _calendar_status(
    statuses: Mapping[date, list[str]], day: date, *, start: date, today: date
) -> DayStatus:
    """A day before the plan, still to come, today while open, or how it went."""
    if day < start:
        return DayStatus.BEFORE_PLAN
    if day > today:
        return DayStatus.FUTURE
    found = day_status(statuses, day)
    return DayStatus.OPEN if day == today and found == MISSED else DayStatus(found)
