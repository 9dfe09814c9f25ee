"""A patient's last weeks in a compact form: per day, how the sessions went and pain at rest.

A clinician's list reads a thousand of these at once, so each is three short lists of
numbers ending on a known day, not a set of dated rows. They are built with the rules of
`adherence` (a completed session makes a day done, any other one partial) and `pain`
(only pain at rest counts), and read back with the same windows: the tests check the
answers equal `adherence(...).rate` and `rolling_mean(...)` on the rows themselves.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from scapula.core.outcomes.adherence import DONE, MISSED, day_status, planned_days
from scapula.core.outcomes.pain import PainReading, resting

WINDOW_DAYS = 42  # six weeks: the 28-day adherence and sparkline, two weeks of stops
RECENT_PAIN_DAYS = 7  # as rolling_mean's window


@dataclass(frozen=True, slots=True)
class RecentDays:
    """The last len(activity) days up to ends_on, oldest first."""

    ends_on: date | None = None
    activity: Sequence[float] = ()  # 1.0 done, 0.5 partial, 0.0 no session
    pain_sums: Sequence[int] = ()  # the day's pain-at-rest scores added up
    pain_counts: Sequence[int] = ()  # how many there were

    def _index(self, day: date) -> int | None:
        if self.ends_on is None:
            return None
        index = len(self.activity) - 1 - (self.ends_on - day).days
        return index if 0 <= index < len(self.activity) else None

    def activity_on(self, day: date) -> float:
        """How the day's sessions went (0.0 without one, or outside the window)."""
        index = self._index(day)
        return self.activity[index] if index is not None else 0.0

    def pain_on(self, day: date) -> float | None:
        """The day's mean pain at rest, or None without an entry."""
        index = self._index(day)
        if index is None or not self.pain_counts[index]:
            return None
        return self.pain_sums[index] / self.pain_counts[index]

    def _span(self, first: date, last: date) -> slice:
        """The positions of the days from first to last that fall in the window."""
        if self.ends_on is None:
            return slice(0, 0)
        size = len(self.activity)
        start = self.ends_on - timedelta(days=size - 1)
        low = max(0, (first - start).days)
        high = min(size - 1, (last - start).days)
        return slice(low, high + 1) if low <= high else slice(0, 0)

    def pain_mean(self, today: date, days: int = RECENT_PAIN_DAYS) -> float | None:
        """The mean of every pain-at-rest score of the last `days` days up to today."""
        span = self._span(today - timedelta(days=days - 1), today)
        count = sum(self.pain_counts[span])
        return sum(self.pain_sums[span]) / count if count else None

    def daily_pain(self, today: date, days: int = 28) -> tuple[float | None, ...]:
        """Each of the last `days` days' mean pain at rest, oldest first."""
        return tuple(self.pain_on(today - timedelta(days=back)) for back in range(days - 1, -1, -1))

    def adherence_rate(self, *, starts_on: date | None, today: date, days: int) -> float | None:
        """Done days plus half the partial ones over the planned days of the last `days` days."""
        if starts_on is None:
            return None
        start = max(starts_on, today - timedelta(days=days - 1))
        planned = planned_days(start, today, self.activity_on(today) > 0)
        if not planned:
            return None
        # Days of the plan outside the window had no session: they add nothing but count.
        return sum(self.activity[self._span(start, start + timedelta(days=planned - 1))]) / planned

    def last_active_on(self) -> date | None:
        """The latest day in the window with a session."""
        if self.ends_on is None:
            return None
        for back, value in enumerate(reversed(self.activity)):
            if value:
                return self.ends_on - timedelta(days=back)
        return None


def recent_days(
    *,
    ends_on: date,
    statuses: Mapping[date, list[str]],
    readings: Iterable[PainReading],
    days: int = WINDOW_DAYS,
) -> RecentDays:
    """Reduce session statuses by day and pain readings to the last `days` days up to ends_on."""
    first = ends_on - timedelta(days=days - 1)
    marks = {DONE: 1.0, MISSED: 0.0}
    activity = [
        marks.get(day_status(statuses, first + timedelta(days=n)), 0.5) for n in range(days)
    ]
    sums, counts = [0] * days, [0] * days
    for reading in resting(list(readings)):
        index = (reading.on - first).days
        if 0 <= index < days:
            sums[index] += reading.score
            counts[index] += 1
    return RecentDays(ends_on, activity, sums, counts)
