"""Adherence: sessions done against days planned, partial ones counted as partial, a streak."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from scapula.core.session.status import SessionStatus

DONE, PARTIAL, MISSED, FUTURE = "done", "partial", "missed", "future"


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


def day_status(statuses: Mapping[date, list[str]], day: date) -> str:
    """A day is done with a completed session, partial with only partial or stopped ones."""
    found = statuses.get(day, [])
    if SessionStatus.COMPLETED in found:
        return DONE
    return PARTIAL if found else MISSED


def adherence(statuses: Mapping[date, list[str]], *, start: date, today: date) -> Adherence:
    """Count the daily routine's days from the plan's start to today."""
    days = [start + timedelta(days=n) for n in range((today - start).days + 1)]
    marks = [day_status(statuses, day) for day in days]
    return Adherence(len(days), marks.count(DONE), marks.count(PARTIAL), streak(statuses, today))


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
    return [
        (day, FUTURE if day > today or day < start else day_status(statuses, day)) for day in days
    ]
