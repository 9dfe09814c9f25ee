"""Events in practice that call for a fresh safety check before exercising again (§3.7)."""

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from scapula.core.outcomes.pain import REVIEW_WEEKS, needs_clinician_review

HIGH_PAIN = 5  # above 5/10 during exercise is "unacceptable" (clinical.md §3.6, Silbernagel)
HIGH_PAIN_WINDOW_DAYS = 7  # mirrors §3.7's "2 sessions within 7 days" for flares

# The player's values, and words a person may type at the terminal player's prompt.
_NUMBNESS_WORDS = ("numb", "tingl", "pins and needles", "pins & needles")
_DIZZINESS_WORDS = (
    "dizz",
    "vision",
    "blur",
    "faint",
    "light-headed",
    "lightheaded",
    "vertigo",
    "nause",
)


class RescreenReason(StrEnum):
    """Why a new safety check is due."""

    NUMBNESS = "numbness"
    DIZZINESS = "dizziness"
    REPEATED_HIGH_PAIN = "repeated_high_pain"
    REFER = "refer"
    NO_CHANGE = "no_change"


@dataclass(frozen=True, slots=True)
class ExerciseResult:
    """One exercise of a practice session as the rule needs it: when, which, why, how much."""

    exercise_id: str
    session_at: datetime
    on: date
    stop_reason: str
    peak_pain: int | None


@dataclass(frozen=True, slots=True)
class RescreenEvent:
    """An event that calls for a new screening; exercise_id is set for a stop."""

    reason: RescreenReason
    at: datetime
    exercise_id: str = ""


def stop_reason_kind(reason: str) -> RescreenReason | None:
    """Return NUMBNESS or DIZZINESS for a stop reason that calls for a re-screen, else None."""
    text = reason.casefold()
    # clinical.md §3.7: new numbness or tingling, dizziness or a visual change mean stop and
    # screen. Free text is matched generously: a missed word would let the exercise return.
    if any(word in text for word in _NUMBNESS_WORDS):
        return RescreenReason.NUMBNESS
    if any(word in text for word in _DIZZINESS_WORDS):
        return RescreenReason.DIZZINESS
    return None


def stop_events(results: Sequence[ExerciseResult]) -> list[RescreenEvent]:
    """Return an event for each exercise stopped for numbness, tingling or dizziness."""
    events = []
    for result in results:
        kind = stop_reason_kind(result.stop_reason)
        if kind is not None:
            events.append(RescreenEvent(kind, result.session_at, result.exercise_id))
    return events


def high_pain_events(results: Sequence[ExerciseResult]) -> list[RescreenEvent]:
    """Return an event when a second session within 7 days went above 5/10."""
    # scapula's own conservative rule: §3.6 calls pain above 5 unacceptable and §3.7 asks
    # for a clinician check when a flare repeats within 7 days; a repeat of pain above 5 is
    # treated the same way, once per session.
    sessions = sorted(
        {
            (r.session_at, r.on)
            for r in results
            if r.peak_pain is not None and r.peak_pain > HIGH_PAIN
        }
    )
    return [
        RescreenEvent(RescreenReason.REPEATED_HIGH_PAIN, at)
        for (earlier_at, earlier_on), (at, on) in itertools.pairwise(sessions)
        if (on - earlier_on).days < HIGH_PAIN_WINDOW_DAYS
    ]


def review_event(
    *, week: int | None, review_starts_at: datetime, pain_improved: bool, function_improved: bool
) -> list[RescreenEvent]:
    """Return an event from the start of week 4 when weeks 4-6 show no meaningful change."""
    # clinical.md §3.8: no meaningful change at weeks 4-6 calls for a clinician review, and
    # "failure to improve after one month" is itself a red flag, so the screen is asked again.
    if week is None or not needs_clinician_review(week, pain_improved, function_improved):
        return []
    return [RescreenEvent(RescreenReason.NO_CHANGE, review_starts_at)]


def review_start(plan_starts_on: date) -> date:
    """Return the first day of the week 4-6 review window of a plan."""
    return plan_starts_on + timedelta(weeks=REVIEW_WEEKS[0] - 1)


def pending_events(
    events: Sequence[RescreenEvent], *, screened_at: datetime | None
) -> tuple[RescreenEvent, ...]:
    """Return the events no full screening has answered yet (those after the latest one)."""
    return tuple(event for event in events if screened_at is None or event.at > screened_at)


def held_exercise_ids(pending: Sequence[RescreenEvent]) -> frozenset[str]:
    """Return the exercises that caused a numbness or dizziness stop still awaiting a screen."""
    # The wall neck side-bend's own stop rule says not to repeat it after these symptoms;
    # every exercise that caused one stays out until the new screening passes.
    kinds = (RescreenReason.NUMBNESS, RescreenReason.DIZZINESS)
    return frozenset(e.exercise_id for e in pending if e.reason in kinds and e.exercise_id)
