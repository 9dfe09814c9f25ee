"""Function and global change: the PSFS and the GROC check-ins (clinical.md §2.3, §2.4, §3.8).

The PSFS asks for 3-5 activities the pain makes hard, each rated 0-10 (10 = able as before
the problem); its score is the mean. A change of at least 2 points on the mean is beyond
measurement error (Stratford et al. 1995; minimal detectable change, as reported). Both
check-ins come back every two weeks; the GROC asks about the last two weeks only, because
longer recall leans towards how one feels today (Kamper et al. 2009).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from scapula.core.errors import ScapulaError
from scapula.core.limits import GROC_SCALE, PAIN_SCALE

PSFS_MIN_ACTIVITIES, PSFS_MAX_ACTIVITIES = 3, 5
PSFS_MEANINGFUL = 2.0
CHECK_IN_DAYS = 14
PSFS_SOURCE = (
    "Patient-Specific Functional Scale, Stratford et al. 1995: a rise of 2 points on the "
    "mean is a change beyond measurement error"
)
GROC_SOURCE = "Global rating of change, Kamper et al. 2009: best asked over a short time"

# The 15-point scale (-7..+7), labelled in plain words at every step.
GROC_LABELS = {
    -7: "A very great deal worse",
    -6: "A great deal worse",
    -5: "Quite a bit worse",
    -4: "Moderately worse",
    -3: "Somewhat worse",
    -2: "A little worse",
    -1: "A tiny bit worse",
    0: "About the same",
    1: "A tiny bit better",
    2: "A little better",
    3: "Somewhat better",
    4: "Moderately better",
    5: "Quite a bit better",
    6: "A great deal better",
    7: "A very great deal better",
}
GROC_QUESTION = "Compared with two weeks ago, how is your upper back now?"


@dataclass(frozen=True, slots=True)
class FunctionCheckIn:
    """One check-in: each named activity's 0-10 rating and, after the first, the GROC."""

    on: date
    scores: tuple[tuple[str, int], ...]
    groc: int | None = None

    @property
    def mean(self) -> float:
        """The PSFS score: the mean of the activity ratings."""
        return sum(score for _name, score in self.scores) / len(self.scores)


@dataclass(frozen=True, slots=True)
class FunctionTrend:
    """Where function stands against the first check-in, and whether the change is real."""

    baseline: float | None
    latest: float | None
    change: float | None
    is_meaningful: bool
    message: str
    source: str = PSFS_SOURCE


def check_activities(names: Sequence[str]) -> tuple[str, ...]:
    """Return 3-5 distinct, non-blank activity names, or name what is wrong."""
    cleaned = tuple(name.strip() for name in names if name.strip())
    if not PSFS_MIN_ACTIVITIES <= len(cleaned) <= PSFS_MAX_ACTIVITIES:
        raise ScapulaError(
            f"name {PSFS_MIN_ACTIVITIES} to {PSFS_MAX_ACTIVITIES} activities, got {len(cleaned)}",
            field="activities",
        )
    if len({name.casefold() for name in cleaned}) != len(cleaned):
        raise ScapulaError("each activity must be different", field="activities")
    if any(len(name) > 120 for name in cleaned):
        raise ScapulaError("keep each activity under 120 characters", field="activities")
    return cleaned


def check_rating(value: object, field: str) -> int:
    """Return a whole number from 0 to 10, or name the field that is not one."""
    return PAIN_SCALE.check(value, field=field)


def check_groc(value: object) -> int:
    """Return a global rating from -7 to +7, or name the field."""
    return GROC_SCALE.check(value, field="groc")


def check_in_due(check_ins: Sequence[FunctionCheckIn], today: date) -> bool:
    """Due at the start and then every two weeks after the last check-in."""
    if not check_ins:
        return True
    last = max(check_in.on for check_in in check_ins)
    return today >= last + timedelta(days=CHECK_IN_DAYS)


def next_check_in(check_ins: Sequence[FunctionCheckIn], today: date) -> date:
    """Return the day the next check-in is due (today if it is due already)."""
    if not check_ins:
        return today
    return max(today, max(c.on for c in check_ins) + timedelta(days=CHECK_IN_DAYS))


def function_trend(check_ins: Sequence[FunctionCheckIn]) -> FunctionTrend:
    """Compare the latest PSFS score with the first, in plain words."""
    ordered = sorted(check_ins, key=lambda c: c.on)
    if len(ordered) < 2:
        baseline = ordered[0].mean if ordered else None
        return FunctionTrend(
            baseline, baseline, None, False, "One more check-in is needed to see a change."
        )
    baseline, latest = ordered[0].mean, ordered[-1].mean
    change = latest - baseline
    if change >= PSFS_MEANINGFUL:
        message = (
            f"Your activities score rose from {baseline:.1f} to {latest:.1f}: a real "
            "improvement (at least 2 points)."
        )
    elif change > 0:
        message = (
            f"Your activities score rose from {baseline:.1f} to {latest:.1f}, not yet by "
            "the 2 points that show a real change."
        )
    else:
        message = f"Your activities score is {latest:.1f} against {baseline:.1f} at the start."
    return FunctionTrend(baseline, latest, change, change >= PSFS_MEANINGFUL, message)


def first_and_latest(check_ins: Sequence[FunctionCheckIn]) -> list[tuple[str, int, int]]:
    """Each activity with its first and its latest rating (empty before any check-in)."""
    if not check_ins:
        return []
    ordered = sorted(check_ins, key=lambda c: c.on)
    latest = dict(ordered[-1].scores)
    return [(name, score, latest.get(name, score)) for name, score in ordered[0].scores]


def groc_label(value: int) -> str:
    """Return the plain-words label of a global rating."""
    return GROC_LABELS[value]
