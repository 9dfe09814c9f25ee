"""What a clinician should look at first: a patient's flags, from a few stored facts and today.

The facts are kept small (what a per-patient summary stores), so a list of a thousand
patients needs no year of rows; the flags that depend on the day (no session in 7 days,
pain over the last 7 days) are worked out on the day they are shown.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from scapula.core.outcomes.pain import (
    MEANINGFUL_POINTS,
    REVIEW_SOURCE,
    is_meaningful_improvement,
    needs_clinician_review,
)
from scapula.core.outcomes.recent import RecentDays
from scapula.core.screening.disposition import Disposition
from scapula.core.screening.events import RescreenReason, stop_reason_kind

STOP_WINDOW_DAYS = 14  # a stop stays flagged for two weeks (scapula's own choice)
NO_SESSION_DAYS = 7
SHARP_PAIN = "sharp or catching pain"
# The sources as clinical.md (the project's clinical brief) gives them, by section.
RED_FLAG_SOURCE = (
    "Red-flag triage after NHS Gloucestershire and the IFOMPT framework: help now, the same "
    "day, or a clinician before exercising (clinical brief §1.3)"
)
STOP_SOURCE = (
    "IFOMPT cervical framework: dizziness, a change in vision, numbness or pins and needles "
    "during exercise mean stop and contact a clinician (clinical brief §1.3, §3.7)"
)
PAIN_WORSE_SOURCE = (
    "Farrar et al. 2001: 2 points is the smallest meaningful change on the 0 to 10 pain "
    "scale; a 7-day mean that far above the start calls for an easier program (clinical "
    "brief §2.1, §3.7)"
)


class FlagKind(StrEnum):
    """The reasons a patient is flagged, most urgent first."""

    RED_FLAG = "red_flag"
    NEURO_STOP = "neuro_stop"
    SHARP_STOP = "sharp_stop"
    PAIN_WORSE = "pain_worse"
    NO_SESSION = "no_session"
    NO_CHANGE = "no_change"


LABELS = {
    FlagKind.RED_FLAG: "Warning sign in the latest safety check",
    FlagKind.NEURO_STOP: "Stopped for numbness, tingling or dizziness",
    FlagKind.SHARP_STOP: "Stopped for sharp pain",
    FlagKind.PAIN_WORSE: "Pain 2 or more points above the start",
    FlagKind.NO_SESSION: "No session in 7 days",
    FlagKind.NO_CHANGE: "No meaningful change by weeks 4 to 6",
}
SOURCES = {
    FlagKind.RED_FLAG: RED_FLAG_SOURCE,
    FlagKind.NEURO_STOP: STOP_SOURCE,
    FlagKind.SHARP_STOP: STOP_SOURCE,
    FlagKind.PAIN_WORSE: PAIN_WORSE_SOURCE,
    FlagKind.NO_SESSION: "",  # scapula's own reminder; clinical.md has no threshold for it
    FlagKind.NO_CHANGE: REVIEW_SOURCE,
}
RED_DISPOSITIONS = frozenset({Disposition.EMERGENCY, Disposition.URGENT})


@dataclass(frozen=True, slots=True)
class Flag:
    """One flag: its kind, its words and where the rule comes from ('' for scapula's own)."""

    kind: FlagKind
    label: str
    source: str


@dataclass(frozen=True, slots=True)
class PatientFacts:
    """What the flags depend on, as a summary keeps it."""

    screening_disposition: str = ""  # the latest screening's; '' without one
    screening_cleared: bool = False  # a clinician's clearance after it
    plan_starts_on: date | None = None
    last_session_on: date | None = None
    stops: Sequence[tuple[date, str]] = ()  # (day, stored stop reason) of recent stops
    recent: RecentDays = field(default_factory=RecentDays)  # the last weeks' sessions and pain
    baseline: float | None = None
    function_improved: bool = False


def flag(kind: FlagKind) -> Flag:
    """Return the flag of a kind with its words and source."""
    return Flag(kind, LABELS[kind], SOURCES[kind])


def stop_kind(reason: str) -> FlagKind | None:
    """Return the flag a stop reason raises: neurological symptoms, sharp pain, or none."""
    if stop_reason_kind(reason) in (RescreenReason.NUMBNESS, RescreenReason.DIZZINESS):
        return FlagKind.NEURO_STOP
    return FlagKind.SHARP_STOP if reason == SHARP_PAIN else None


def is_red_flag(disposition: str, *, cleared: bool) -> bool:
    """An emergency or same-day result, or a see-a-clinician one nobody has cleared yet."""
    if disposition in RED_DISPOSITIONS:
        return True
    return disposition == Disposition.CLINICIAN and not cleared


def week_of_plan(starts_on: date, today: date) -> int:
    """Return the plan's week that today falls in (1 on the first day)."""
    return max(0, (today - starts_on).days) // 7 + 1


def patient_flags(facts: PatientFacts, today: date) -> tuple[Flag, ...]:
    """Return the patient's flags on a day, most urgent first."""
    kinds: set[FlagKind] = set()
    if is_red_flag(facts.screening_disposition, cleared=facts.screening_cleared):
        kinds.add(FlagKind.RED_FLAG)
    since = today - timedelta(days=STOP_WINDOW_DAYS)
    kinds |= {k for on, reason in facts.stops if on > since and (k := stop_kind(reason))}
    recent = facts.recent.pain_mean(today)
    change = None if recent is None or facts.baseline is None else recent - facts.baseline
    if change is not None and change >= MEANINGFUL_POINTS:
        kinds.add(FlagKind.PAIN_WORSE)
    if _no_recent_session(facts, today):
        kinds.add(FlagKind.NO_SESSION)
    if facts.plan_starts_on is not None:
        improved = (
            facts.baseline is not None
            and recent is not None
            and is_meaningful_improvement(facts.baseline, recent)
        )
        week = week_of_plan(facts.plan_starts_on, today)
        if needs_clinician_review(week, improved, facts.function_improved):
            kinds.add(FlagKind.NO_CHANGE)
    return tuple(flag(kind) for kind in FlagKind if kind in kinds)


def _no_recent_session(facts: PatientFacts, today: date) -> bool:
    """No session for 7 days since the last one, or since the plan started without any."""
    last = facts.last_session_on or facts.plan_starts_on
    return last is not None and (today - last).days >= NO_SESSION_DAYS


def pain_change(facts: PatientFacts, today: date) -> float | None:
    """The 7-day mean of pain at rest minus the baseline (positive: worse)."""
    recent = facts.recent.pain_mean(today)
    if facts.baseline is None or recent is None:
        return None
    return recent - facts.baseline
