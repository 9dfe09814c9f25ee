"""Pain over time: baselines, rolling means and meaningful change (clinical.md §2.1, §3.8).

Meaningful improvement on the 0-10 scale is a fall of at least 2 points and at least 30 %
from baseline (Farrar et al. 2001); the week 4-6 review point comes from §3.8.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

PAIN_CONTEXTS = ("before", "peak", "after", "morning", "usual")
# Pain at rest: the trend compares these with each other, never with the pain an exercise
# provoked (peak) or its aftermath (after), so a session cannot move the baseline.
RESTING_CONTEXTS = frozenset({"usual", "morning", "before"})
PAIN_SITES = ("between_shoulder_blades", "neck", "top_of_shoulder")
# The moments and sites in words, for every place a person reads them (pages, CSV, CLI).
PAIN_MOMENT_WORDS = {
    "usual": "How it is today, in general",
    "morning": "This morning, on waking",
    "before": "Just before exercising",
    "after": "Just after exercising",
    "peak": "The worst during a session",
}
PAIN_SITE_WORDS = {
    "between_shoulder_blades": "Between the shoulder blades",
    "neck": "Neck",
    "top_of_shoulder": "Top of the shoulder",
}
MEANINGFUL_POINTS = 2.0
MEANINGFUL_FRACTION = 0.30
BASELINE_ENTRIES = 3
REVIEW_WEEKS = (4, 6)
POSSIBLE_NECK_POINTS = 1.3  # the MCID for mechanical neck pain (Cleland et al. 2008)
SOURCE = "Farrar et al. 2001: a fall of 2 points and 30 % is a meaningful change"
REVIEW_SOURCE = (
    "NHS Gloucestershire guidance: ask for a review when pain has not improved after about "
    "a month (weeks 4 to 6 here)"
)
NECK_SOURCE = SOURCE + "; for neck pain, 1.3 points (Cleland et al. 2008)"


@dataclass(frozen=True, slots=True)
class PainReading:
    """One pain score on one day, with the moment it describes."""

    on: date
    score: int
    context: str = "usual"


@dataclass(frozen=True, slots=True)
class PainTrend:
    """Where pain stands against its baseline, and whether the change is meaningful."""

    baseline: float | None
    recent_mean: float | None
    change: float | None
    is_meaningful: bool
    message: str
    source: str = SOURCE
    is_possible: bool = False


def resting(readings: Sequence[PainReading]) -> list[PainReading]:
    """Return the readings of pain at rest (usual, next-morning, before a session)."""
    return [r for r in readings if r.context in RESTING_CONTEXTS]


def baseline_of(readings: Sequence[PainReading]) -> float | None:
    """Return the mean of the first three readings of pain at rest.

    The first three of them, whatever their kind, so a later 'usual' entry cannot move
    the starting point and turn a rise into a fall.
    """
    first = sorted(resting(readings), key=lambda r: r.on)[:BASELINE_ENTRIES]
    return sum(r.score for r in first) / len(first) if first else None


def rolling_mean(readings: Sequence[PainReading], today: date, days: int = 7) -> float | None:
    """Return the mean pain at rest over the last `days` days up to today."""
    window = [r.score for r in resting(readings) if today - timedelta(days=days) < r.on <= today]
    return sum(window) / len(window) if window else None


def is_meaningful_improvement(baseline: float, current: float) -> bool:
    """A fall of at least 2 points and at least 30 % of the baseline."""
    fall = baseline - current
    return fall >= MEANINGFUL_POINTS and baseline > 0 and fall / baseline >= MEANINGFUL_FRACTION


def pain_trend(readings: Sequence[PainReading], today: date, *, neck: bool = False) -> PainTrend:
    """Compare the last 7 days with the baseline, in plain words.

    With neck pain among the sites, a smaller fall (1.3 points) is shown as a possible
    improvement, as clinical.md §2.1 recommends; the 2-point-and-30 % mark still decides.
    """
    baseline = baseline_of(readings)
    recent = rolling_mean(readings, today)
    if baseline is None or recent is None:
        return PainTrend(
            baseline, recent, None, False, "Not enough pain entries yet to see a trend."
        )
    change = recent - baseline
    if is_meaningful_improvement(baseline, recent):
        message = (
            f"Your pain has fallen from {baseline:.1f} to {recent:.1f}: a meaningful "
            "improvement (at least 2 points and 30 %)."
        )
        return PainTrend(baseline, recent, change, True, message)
    if neck and -change >= POSSIBLE_NECK_POINTS:
        message = (
            f"Your pain has fallen from {baseline:.1f} to {recent:.1f}. For neck pain a fall "
            "of 1.3 points may already be a real change; the firmer mark is 2 points and 30 %."
        )
        return PainTrend(baseline, recent, change, False, message, NECK_SOURCE, is_possible=True)
    if change < 0:
        message = (
            f"Your pain has fallen from {baseline:.1f} to {recent:.1f}, not yet by the "
            "2 points and 30 % that count as a meaningful change."
        )
    else:
        message = f"Your pain is {recent:.1f} against {baseline:.1f} at the start: no fall yet."
    return PainTrend(baseline, recent, change, False, message)


def needs_clinician_review(week: int, pain_improved: bool, function_improved: bool) -> bool:
    """At weeks 4-6, no meaningful change in pain or function calls for a clinician's review."""
    return REVIEW_WEEKS[0] <= week and not (pain_improved or function_improved)


def daily_means(
    readings: Sequence[PainReading], today: date, *, days: int = 28
) -> list[tuple[date, float | None]]:
    """Each of the last four weeks' days with its mean pain at rest, or None without entries."""
    by_day: dict[date, list[int]] = {}
    for reading in resting(readings):
        by_day.setdefault(reading.on, []).append(reading.score)
    dates = [today - timedelta(days=n) for n in range(days - 1, -1, -1)]
    return [(d, sum(by_day[d]) / len(by_day[d]) if d in by_day else None) for d in dates]
