"""What to do in a desk break: an exercise the person already has in their plan, desk-sized."""

from collections.abc import Sequence
from dataclasses import dataclass, replace

from scapula.core.catalog import Dose, Exercise
from scapula.core.catalog.describe import FREQUENCIES, describe_dose
from scapula.core.session import compile_exercise

# Done beside the desk: standing, sitting, or against the office wall; never on the floor.
DESK_POSITIONS = frozenset({"standing", "seated", "wall"})
DESK_EQUIPMENT = frozenset({"wall", "chair"})
# clinical.md §4: micro-breaks suit one stretch or a scapular set; active breaks, mobility.
MICRO_CATEGORIES = ("stretch", "activation")
ACTIVE_CATEGORIES = ("mobility", "stretch", "activation")


@dataclass(frozen=True, slots=True)
class BreakExercise:
    """One exercise sized to fit a break: its dose, the dose in words, and its length."""

    exercise_id: str
    name: str
    summary: str
    dose: Dose
    dose_text: str
    seconds: int


@dataclass(frozen=True, slots=True)
class BreakContent:
    """The exercises micro-breaks and active breaks rotate through, in order."""

    micro: tuple[BreakExercise, ...] = ()
    active: tuple[BreakExercise, ...] = ()


def is_desk_friendly(exercise: Exercise) -> bool:
    """Return whether an exercise can be done at a desk: no floor, no gym equipment."""
    return (
        exercise.kind == "exercise"
        and exercise.position in DESK_POSITIONS
        and set(exercise.equipment) <= DESK_EQUIPMENT
    )


def choose_content(
    known: Sequence[tuple[Exercise, Dose]], *, micro_seconds: int, active_seconds: int
) -> BreakContent:
    """Pick the person's own desk-friendly exercises that fit each kind of break."""
    desk = _unique([(e, d) for e, d in known if is_desk_friendly(e)])
    micro = [
        fitted
        for category in MICRO_CATEGORIES
        for e, d in desk
        if e.category == category and (fitted := fit(e, d, micro_seconds)) is not None
    ]
    active = [
        fitted
        for category in ACTIVE_CATEGORIES
        for e, d in desk
        if e.category == category and (fitted := fit(e, d, active_seconds)) is not None
    ]
    return BreakContent(micro=tuple(micro), active=tuple(active))


def fit(exercise: Exercise, dose: Dose, seconds: int) -> BreakExercise | None:
    """Shrink a dose (sets, then reps, then positions) until it fits; None if it never does."""
    for candidate in _smaller_doses(dose):
        total = compile_exercise(exercise, candidate).total_seconds
        if total <= seconds:
            return BreakExercise(
                exercise.id,
                exercise.name,
                exercise.summary,
                candidate,
                dose_words(candidate),
                total,
            )
    return None


def dose_words(dose: Dose) -> str:
    """Say a break's dose in words, without the daily frequency of the session dose."""
    return describe_dose(replace(dose, frequency="daily")).removesuffix(", " + FREQUENCIES["daily"])


def _smaller_doses(dose: Dose) -> list[Dose]:
    """Return the dose and ever smaller versions of it: one set without rests, fewer reps."""
    doses = [dose, replace(dose, sets=1, rest_seconds=0)]
    doses += [replace(doses[-1], reps=count) for count in range((dose.reps or 0) - 1, 0, -1)]
    if dose.positions:
        doses.append(replace(doses[-1], positions=()))  # the first, classic position only
    return doses


def _unique(items: list[tuple[Exercise, Dose]]) -> list[tuple[Exercise, Dose]]:
    """Keep the first dose of each exercise (the current phase comes first)."""
    seen: set[str] = set()
    kept = []
    for exercise, dose in items:
        if exercise.id not in seen:
            seen.add(exercise.id)
            kept.append((exercise, dose))
    return kept
