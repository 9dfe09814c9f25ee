"""When a phase moves on: after its planned weeks, once each exercise has progressed.

The sources give the phases' content, not a rule for moving between them; this one is the
project's own (clinical.md §3.7-3.8): a phase lasts at least its planned weeks, and the
next one starts only when every exercise in it has climbed at least one step on its ladder
(two calm sessions in a row) without a later setback. Exercises that have nothing left to
climb count as ready. Waiting is the safe default: moving on before the body has adapted
would raise the load on tissue that has not shown it copes.
"""

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

PROGRESS = "progress"
SETBACKS = frozenset({"regress", "refer"})


@dataclass(frozen=True, slots=True)
class PhaseSpan:
    """One phase as planned: its name, its weeks and the exercises of its routine."""

    name: str
    weeks: tuple[int, int]
    exercises: tuple[str, ...]

    @property
    def days(self) -> int:
        """The planned length in days."""
        return (self.weeks[1] - self.weeks[0] + 1) * 7


@dataclass(frozen=True, slots=True)
class DecisionMark:
    """A stored progression decision for one exercise on one day."""

    exercise: str
    decision: str
    on: date


@dataclass(frozen=True, slots=True)
class PhaseStatus:
    """Which phase today falls in, since when, and what it is waiting for."""

    index: int
    name: str
    started_on: date
    earliest_end: date
    is_last: bool
    waiting_for: tuple[str, ...]

    @property
    def is_held(self) -> bool:
        """True once the planned weeks are over but some exercise has not progressed."""
        return bool(self.waiting_for)


def current_phase(
    phases: Sequence[PhaseSpan],
    decisions: Sequence[DecisionMark],
    *,
    start: date,
    today: date,
    topped_out: Collection[str] = (),
) -> PhaseStatus:
    """Replay the days since the plan started and return where today stands."""
    by_day: dict[date, list[DecisionMark]] = {}
    for mark in decisions:
        by_day.setdefault(mark.on, []).append(mark)
    index, started = 0, start
    ready: set[str] = set(topped_out)
    day = start
    while day <= today:
        span = phases[index]
        # A decision counts from the day after it was made; check before applying today's.
        if index < len(phases) - 1 and _can_advance(span, started, day, ready):
            index, started = index + 1, day
            ready = set(topped_out)
        # A setback on the same day wins over a step up: the safer reading.
        for mark in sorted(by_day.get(day, []), key=lambda m: m.decision in SETBACKS):
            if mark.decision == PROGRESS:
                ready.add(mark.exercise)
            elif mark.decision in SETBACKS:
                ready.discard(mark.exercise)
        day += timedelta(days=1)
    return _status(phases, index, started, ready, today)


def _can_advance(span: PhaseSpan, started: date, day: date, ready: set[str]) -> bool:
    """The planned weeks are over and every exercise of the phase is ready."""
    return day >= started + timedelta(days=span.days) and all(
        exercise in ready for exercise in span.exercises
    )


def _status(
    phases: Sequence[PhaseSpan], index: int, started: date, ready: set[str], today: date
) -> PhaseStatus:
    span = phases[index]
    earliest_end = started + timedelta(days=span.days)
    is_last = index == len(phases) - 1
    waiting = (
        tuple(e for e in span.exercises if e not in ready)
        if not is_last and today >= earliest_end
        else ()
    )
    return PhaseStatus(index, span.name, started, earliest_end, is_last, waiting)
