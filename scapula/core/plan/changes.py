"""A clinician's changes to a routine: swap, dose, add, remove, note, applied in order.

The changes are kept apart from the generated plan and laid over each day's routine, so a
new phase keeps the clinician's word wherever it still applies, and the plan stays as built.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from scapula.core.assessment import Profile
from scapula.core.catalog import Catalog, Dose, Exercise
from scapula.core.errors import ScapulaError
from scapula.core.limits import (
    DOSE_DURATION_SECONDS,
    DOSE_HOLD_SECONDS,
    DOSE_REPS,
    DOSE_SETS,
    Limit,
)
from scapula.core.plan.fit import fits
from scapula.core.plan.model import RoutineItem
from scapula.core.session import compile_exercise

NOTE_MAX = 1000  # characters: a reason the patient reads in one glance, not a letter


class ChangeKind(StrEnum):
    """The five changes; equal to the words stored for them."""

    SWAP = "swap"
    DOSE = "dose"
    ADD = "add"
    REMOVE = "remove"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class ProgramEdit:
    """One change: which exercise, its replacement or new dose, and the reason given."""

    kind: ChangeKind
    exercise_id: str = ""
    replacement_id: str = ""
    dose: Dose | None = None
    note: str = ""

    @property
    def sets_dose_of(self) -> str | None:
        """The exercise whose dose this change sets afresh (progression restarts from it)."""
        if self.kind in (ChangeKind.DOSE, ChangeKind.ADD):
            return self.exercise_id
        if self.kind == ChangeKind.SWAP:
            return self.replacement_id
        return None


def apply_changes(
    items: Sequence[RoutineItem], changes: Iterable[ProgramEdit], catalog: Catalog
) -> tuple[RoutineItem, ...]:
    """Apply the changes oldest first; one naming an exercise not in the routine does nothing."""
    routine = list(items)
    for change in changes:
        routine = _apply_one(routine, change, catalog)
    return tuple(routine)


def _apply_one(
    routine: list[RoutineItem], change: ProgramEdit, catalog: Catalog
) -> list[RoutineItem]:
    ids = [item.exercise for item in routine]
    if change.kind == ChangeKind.SWAP:
        if change.exercise_id not in ids:
            return routine
        if change.replacement_id in ids:
            # Already there (a later phase planned it): the swapped-out exercise still goes.
            return [item for item in routine if item.exercise != change.exercise_id]
        place = ids.index(change.exercise_id)
        replacement = catalog.get(change.replacement_id)
        why = _clinician_why(change.note)
        routine[place] = _item_for(replacement, change.dose or replacement.dose, why)
    elif change.kind == ChangeKind.DOSE and change.dose is not None:
        routine = [
            _with_dose(item, change.dose, catalog) if item.exercise == change.exercise_id else item
            for item in routine
        ]
    elif change.kind == ChangeKind.ADD and change.exercise_id not in ids:
        exercise = catalog.get(change.exercise_id)
        dose = change.dose or exercise.dose
        routine.append(_item_for(exercise, dose, _clinician_why(change.note)))
    elif change.kind == ChangeKind.REMOVE:
        routine = [item for item in routine if item.exercise != change.exercise_id]
    return routine


def _clinician_why(note: str) -> str:
    return f"Chosen by your clinician: {note}" if note else "Chosen by your clinician."


def _item_for(exercise: Exercise, dose: Dose, why: str) -> RoutineItem:
    seconds = compile_exercise(exercise, dose).total_seconds
    return RoutineItem(exercise.id, exercise.name, dose, seconds, why)


def _with_dose(item: RoutineItem, dose: Dose, catalog: Catalog) -> RoutineItem:
    seconds = compile_exercise(catalog.get(item.exercise), dose).total_seconds
    return replace(item, dose=dose, seconds=seconds)


def replacements_for(
    exercise_id: str, catalog: Catalog, profile: Profile, *, taken: Iterable[str] = ()
) -> tuple[Exercise, ...]:
    """Return the exercises that may take this one's place: they fit, and are not in use yet.

    The plan generator's own fit rule decides; same category first (a stretch for a
    stretch), then by name.
    """
    exercises = catalog.select(kind="exercise")
    own = next((e for e in exercises if e.id == exercise_id), None)
    skip = {exercise_id, *taken}
    options = [e for e in exercises if e.id not in skip and fits(e, profile)]
    category = own.category if own is not None else None
    return tuple(sorted(options, key=lambda e: (e.category != category, e.name)))


def dose_fields(exercise: Exercise) -> tuple[str, ...]:
    """The dose variables a clinician sets for this exercise, as its catalog dose has them."""
    usual = exercise.dose
    fields = ["sets"]
    if usual.reps is not None:
        fields.append("reps")
    if usual.hold_seconds:
        fields.append("hold_seconds")
    if usual.duration_seconds is not None:
        fields.append("duration_seconds")
    return tuple(fields)


DOSE_LIMITS: Mapping[str, Limit] = {
    "sets": DOSE_SETS,
    "reps": DOSE_REPS,
    "hold_seconds": DOSE_HOLD_SECONDS,
    "duration_seconds": DOSE_DURATION_SECONDS,
}


def check_dose(exercise: Exercise, raw: Mapping[str, object], *, start: Dose) -> Dose:
    """Return the start dose with the given variables set, each inside its range.

    Only the variables the exercise's catalog dose has may be set (no repetitions for a
    timed exercise); the rest of the dose (per side, rest, positions) stays as it was.
    """
    allowed = dose_fields(exercise)
    unknown = sorted(set(raw) - set(allowed))
    if unknown:
        raise ScapulaError(f"{exercise.name} has no {unknown[0]} to set", field=unknown[0])
    if not raw:
        raise ScapulaError("give the new dose", field=allowed[0])
    dose = start
    for name in allowed:
        if name in raw:
            dose = dose.changed(name, DOSE_LIMITS[name].check(raw[name], field=name))
    return dose


def check_note(note: object) -> str:
    """Return the reason, trimmed; every change needs one, since the patient is shown why."""
    text = note.strip() if isinstance(note, str) else ""
    if not text:
        raise ScapulaError("write a short reason: your patient is shown it", field="note")
    if len(text) > NOTE_MAX:
        raise ScapulaError(f"keep the reason under {NOTE_MAX} characters", field="note")
    return text


def left_out(changes: Iterable[ProgramEdit]) -> frozenset[str]:
    """The exercises the changes took out (and did not bring back): no phase waits for them."""
    out: set[str] = set()
    for change in changes:
        if change.kind in (ChangeKind.SWAP, ChangeKind.REMOVE):
            out.add(change.exercise_id)
        if change.kind in (ChangeKind.SWAP, ChangeKind.ADD):
            out.discard(change.sets_dose_of or "")
    return frozenset(out)
