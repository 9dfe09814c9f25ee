"""Pain-monitored progression for one exercise (clinical.md §3.6-3.7).

Thresholds come from the pain-monitoring model (Silbernagel 2007: 0-3 safe, 4-5 acceptable,
above 5 not) and the NPRS change of 2 points; the way they are combined is the project's
own rule, and the model itself was made for tendons, so using it here is extrapolation.
"""

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from scapula.core.catalog import Dose, Exercise, LadderStep

DECISIONS = ("continue", "progress", "regress", "stop", "refer")
SAFE_PEAK = 3
ACCEPTABLE_PEAK = 5
FLARE_POINTS = 2  # next morning this much above the pre-session pain (the NPRS MCID, §2.1)
FLARE_WINDOW_DAYS = 7
SOURCE = "clinical.md §3.7 (pain-monitoring model, Silbernagel 2007)"


@dataclass(frozen=True, slots=True)
class SessionPain:
    """What one session of the exercise showed."""

    on: date
    completed: bool
    pain_before: int | None
    peak_pain: int | None
    pain_after: int | None
    next_morning_pain: int | None


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do next time, why in plain words, and the dose to use."""

    decision: str
    reason: str
    next_dose: Dose
    source: str = SOURCE


def decide(
    exercise: Exercise, dose: Dose, sessions: Sequence[SessionPain], baseline_pain: int | None
) -> Decision:
    """Apply the rules in order of safety: stop, refer, regress, progress, continue."""
    if not sessions:
        return Decision("continue", "No sessions yet: start at this dose.", dose)
    latest = sessions[-1]
    if latest.peak_pain is not None and latest.peak_pain > ACCEPTABLE_PEAK:
        return Decision(
            "stop",
            f"Pain reached {latest.peak_pain}/10 during it, above 5: stop "
            "this exercise today and rest it.",
            dose,
        )
    flares = _recent_flares(sessions, baseline_pain, latest.on)
    if len(flares) >= 2:
        return Decision(
            "refer",
            "Pain flared the next morning twice within a week: progression "
            "is paused; please ask a clinician to check it.",
            step_down(exercise, dose),
        )
    if flares and flares[-1] == latest:
        return Decision(
            "regress",
            "The next morning your pain was 2 or more points higher "
            "than before the session: one step easier next time.",
            step_down(exercise, dose),
        )
    if _ready_to_progress(sessions[-2:], baseline_pain):
        return _progress(exercise, dose)
    return Decision("continue", _continue_reason(latest, baseline_pain), dose)


def _before(session: SessionPain, baseline_pain: int | None) -> int | None:
    return session.pain_before if session.pain_before is not None else baseline_pain


def _is_flare(session: SessionPain, baseline_pain: int | None) -> bool:
    """Next-morning pain at least 2 points above the pain before the session."""
    before = _before(session, baseline_pain)
    morning = session.next_morning_pain
    return before is not None and morning is not None and morning >= before + FLARE_POINTS


def _recent_flares(
    sessions: Sequence[SessionPain], baseline_pain: int | None, today: date
) -> list[SessionPain]:
    return [
        s
        for s in sessions
        if (today - s.on).days < FLARE_WINDOW_DAYS and _is_flare(s, baseline_pain)
    ]


def _ready_to_progress(last_two: Sequence[SessionPain], baseline_pain: int | None) -> bool:
    """Two sessions in a row: completed, peak at most 3, and a known, calm next morning."""
    return len(last_two) == 2 and all(
        s.completed
        and s.peak_pain is not None
        and s.peak_pain <= SAFE_PEAK
        and s.next_morning_pain is not None
        and not _is_flare(s, baseline_pain)
        for s in last_two
    )


def _continue_reason(latest: SessionPain, baseline_pain: int | None) -> str:
    if latest.peak_pain is not None and latest.peak_pain > SAFE_PEAK:
        return (
            f"Pain reached {latest.peak_pain}/10, which is acceptable if it settles by the "
            "next morning: keep this dose."
        )
    if not latest.completed:
        return "The last session was not finished: keep this dose."
    return "Pain stayed low: keep this dose; two calm sessions in a row let it progress."


def _progress(exercise: Exercise, dose: Dose) -> Decision:
    """Move one step up the exercise's ladder."""
    position = _position(exercise, dose)
    ladder = exercise.progressions
    if position >= len(ladder):
        return Decision(
            "continue",
            "Two calm sessions, and this is the top of its ladder: keep this dose.",
            dose,
        )
    step = ladder[position]
    if isinstance(step.value, int):
        return Decision(
            "progress",
            f"Two calm sessions in a row: {step.note}",
            dose.changed(step.change, step.value),
        )
    return Decision("progress", f"Two calm sessions in a row. Next: {step.note}", dose)


def has_room_to_progress(exercise: Exercise, dose: Dose) -> bool:
    """True while the dose is below the top of the exercise's ladder."""
    return _position(exercise, dose) < len(exercise.progressions)


def _ladder_doses(exercise: Exercise) -> tuple[Dose, ...]:
    """Return the dose at each rung: the catalog dose, then after each numeric step."""
    return _rungs(exercise.dose, exercise.progressions)


@functools.cache
def _rungs(dose: Dose, ladder: tuple[LadderStep, ...]) -> tuple[Dose, ...]:
    """The doses up a ladder; cached, since every request climbs the same few ladders."""
    doses = [dose]
    for step in ladder:
        current = doses[-1]
        doses.append(
            current.changed(step.change, step.value) if isinstance(step.value, int) else current
        )
    return tuple(doses)


def _position(exercise: Exercise, dose: Dose) -> int:
    """Return how many ladder steps the dose has climbed (0 for the catalog dose)."""
    doses = _ladder_doses(exercise)
    matches = [index for index, rung in enumerate(doses) if rung == dose]
    return matches[-1] if matches else 0


def step_down(exercise: Exercise, dose: Dose) -> Dose:
    """Return one rung lower: back down the ladder, or the first numeric regression."""
    position = _position(exercise, dose)
    if position > 0:
        return _ladder_doses(exercise)[position - 1]
    for step in exercise.regressions:
        if isinstance(step.value, int):
            return dose.changed(step.change, step.value)
    return dose
