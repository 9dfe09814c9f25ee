"""An exercise's whole ladder, easiest first, and one step up or down from any dose.

The ladder runs from the last catalog regression, through the catalog dose, to the last
progression. Each rung differs from the next in one thing: one dose variable, the version
(a `variant` or `load` step) or the exercise. A dose that is not on the ladder is placed
at the nearest rung, and a step moves only the one thing that changes between two rungs,
so the person's other variables are kept.
"""

import functools
from dataclasses import dataclass

from scapula.core.catalog import Dose, Exercise, LadderStep
from scapula.core.catalog.describe import describe_dose
from scapula.core.catalog.model import NUMERIC_CHANGES


@dataclass(frozen=True, slots=True)
class Place:
    """Where a person is on a ladder: the dose, the version, or another exercise."""

    dose: Dose
    variant: str | None = None
    exercise: str | None = None


@dataclass(frozen=True, slots=True)
class Move:
    """One step along the ladder: where it leads, and what changes, in plain words."""

    place: Place
    words: str


@dataclass(frozen=True, slots=True)
class _Rung:
    place: Place
    step: LadderStep | None  # the catalog step that reaches this rung from the catalog dose side


@dataclass(frozen=True, slots=True)
class _Ladder:
    rungs: tuple[_Rung, ...]
    usual: int  # the index of the catalog dose


def step_up(exercise: Exercise, dose: Dose, *, variant: str | None = None) -> Move | None:
    """Return one step up the ladder from this dose, or None at the top."""
    ladder = _ladder_of(exercise)
    here = Place(dose, variant)
    start = _floor(ladder, here)
    for index in range(start + 1, len(ladder.rungs)):
        moved = _apply(here, ladder.rungs[index - 1].place, ladder.rungs[index].place)
        if _is_step(here, moved, upward=True):
            return Move(moved, _words(ladder, index, moved, upward=True))
    return None


def step_down(exercise: Exercise, dose: Dose, *, variant: str | None = None) -> Move | None:
    """Return one step down the ladder from this dose, or None at the easiest version."""
    ladder = _ladder_of(exercise)
    here = Place(dose, variant)
    start = _ceiling(ladder, here)
    for index in range(start - 1, -1, -1):
        moved = _apply(here, ladder.rungs[index + 1].place, ladder.rungs[index].place)
        if _is_step(here, moved, upward=False):
            return Move(moved, _words(ladder, index, moved, upward=False))
    return None


def has_room_to_progress(exercise: Exercise, dose: Dose, *, variant: str | None = None) -> bool:
    """True while there is a step above this dose on the exercise's ladder."""
    return step_up(exercise, dose, variant=variant) is not None


def ladder_places(exercise: Exercise) -> tuple[Place, ...]:
    """Return every place on the exercise's ladder, easiest first."""
    return tuple(rung.place for rung in _ladder_of(exercise).rungs)


def _ladder_of(exercise: Exercise) -> _Ladder:
    return _build(exercise.dose, exercise.progressions, exercise.regressions)


@functools.cache
def _build(
    dose: Dose, progressions: tuple[LadderStep, ...], regressions: tuple[LadderStep, ...]
) -> _Ladder:
    """Build the ladder once per catalog dose and ladders: every request climbs the same few."""
    usual = _Rung(Place(dose), None)
    easier = _climb_from(usual, regressions)
    harder = _climb_from(usual, progressions)
    return _Ladder((*reversed(easier), usual, *harder), len(easier))


def _climb_from(start: _Rung, steps: tuple[LadderStep, ...]) -> list[_Rung]:
    """Apply the steps one after another; a step to another exercise ends the ladder."""
    rungs: list[_Rung] = []
    current = start.place
    for step in steps:
        if isinstance(step.value, int):
            current = Place(current.dose.changed(step.change, step.value), current.variant)
        elif step.change == "exercise":
            current = Place(current.dose, None, step.value)  # its own usual version
        else:
            current = Place(current.dose, step.value)  # a variant or load: the version in use
        rungs.append(_Rung(current, step))
        if current.exercise:
            break
    return rungs


def _candidates(ladder: _Ladder, here: Place) -> list[int]:
    """The rungs of the same version; every rung of this exercise if the version is unknown."""
    own = [i for i, r in enumerate(ladder.rungs) if r.place.exercise is None]
    same = [i for i in own if ladder.rungs[i].place.variant == here.variant]
    return same or own


def _floor(ladder: _Ladder, here: Place) -> int:
    """The highest rung at or below the dose in every variable (else the easiest of them)."""
    candidates = _candidates(ladder, here)
    below = [i for i in candidates if _at_most(ladder.rungs[i].place.dose, here.dose)]
    return below[-1] if below else candidates[0]


def _ceiling(ladder: _Ladder, here: Place) -> int:
    """The lowest rung at or above the dose in every variable (else the floor)."""
    candidates = _candidates(ladder, here)
    above = [i for i in candidates if _at_most(here.dose, ladder.rungs[i].place.dose)]
    return above[0] if above else _floor(ladder, here)


def _amounts(dose: Dose) -> tuple[int, ...]:
    return tuple(getattr(dose, name) or 0 for name in NUMERIC_CHANGES)


def _at_most(lower: Dose, upper: Dose) -> bool:
    return all(a <= b for a, b in zip(_amounts(lower), _amounts(upper), strict=True))


def _apply(here: Place, source: Place, target: Place) -> Place:
    """Carry the one change between two neighbouring rungs over to where the person is."""
    dose = here.dose
    for name in NUMERIC_CHANGES:
        value = getattr(target.dose, name)
        if value is not None and value != getattr(source.dose, name):
            dose = dose.changed(name, value)
    return Place(dose, target.variant, target.exercise)


def _is_step(here: Place, moved: Place, *, upward: bool) -> bool:
    """A step changes something, and no dose variable goes the wrong way."""
    if moved == here:
        return False
    pairs = zip(_amounts(here.dose), _amounts(moved.dose), strict=True)
    return all((b >= a) if upward else (b <= a) for a, b in pairs)


def _words(ladder: _Ladder, index: int, moved: Place, *, upward: bool) -> str:
    """Say the step: the catalog's note when moving away from the usual dose, else where to."""
    away = index > ladder.usual if upward else index < ladder.usual
    if away:
        step = ladder.rungs[index].step
        assert step is not None  # only the usual dose has no step, and it is never away
        if isinstance(step.value, int) or moved.exercise:
            return step.note
        return f"{step.value} {step.note}"
    undone = ladder.rungs[index - 1 if upward else index + 1].step
    if undone is not None and not isinstance(undone.value, int):
        return f"Back to: {moved.variant}" if moved.variant else "Back to the usual version."
    return f"Back to {describe_dose(moved.dose)}."
