"""A clinician's changes to a patient's program: checked, audited, and shown to the patient.

Every door (the editor, the plan page, the API) comes here; today's routine lays the stored
changes over the plan (scapula.practice.today), so the player simply plays the new doses.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from django.db import transaction
from django.http import Http404

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.clinic.access import patient_for
from scapula.clinic.models import ProgramChange
from scapula.core.assessment import Profile, parse_profile
from scapula.core.catalog import Catalog, Dose, Exercise
from scapula.core.catalog.describe import describe_dose
from scapula.core.errors import ScapulaError
from scapula.core.plan.changes import (
    ChangeKind,
    ProgramEdit,
    check_dose,
    check_note,
    replacements_for,
)
from scapula.core.plan.fit import fits
from scapula.plans.selectors import current_plan
from scapula.practice.today import TodaysRoutine, routine_of


@dataclass(frozen=True, slots=True)
class ProgramView:
    """What the editor shows: today's routine and, per exercise, what may replace it."""

    patient: User
    routine: TodaysRoutine | None  # None until the patient has a plan
    replacements: Mapping[str, tuple[Exercise, ...]]  # per exercise of today's routine
    addable: tuple[Exercise, ...]  # fitting exercises not in today's routine


@dataclass(frozen=True, slots=True)
class ChangeShown:
    """One change as the patient reads it: who, when, what, and why."""

    who: str
    when: datetime
    what: str
    why: str
    kind: str


def program_for(*, author: User, patient_id: int, today: date) -> ProgramView:
    """Return the patient's program for their clinician (anyone else: not found), audited."""
    patient = _patient(author, patient_id, what="program", write=False)
    stored = current_plan(user=patient)
    if stored is None:
        return ProgramView(patient, None, {}, ())
    routine = routine_of(stored, user=patient, today=today)
    profile = parse_profile(stored.profile)
    catalog = shipped_catalog()
    in_use = [item.exercise.id for item in routine.items]
    return ProgramView(
        patient=patient,
        routine=routine,
        replacements={
            exercise_id: replacements_for(exercise_id, catalog, profile, taken=in_use)
            for exercise_id in in_use
        },
        addable=tuple(
            e for e in catalog.select(kind="exercise") if e.id not in in_use and fits(e, profile)
        ),
    )


def change_program(
    *,
    author: User,
    patient: User,
    kind: str,
    exercise_id: str = "",
    replacement_id: str = "",
    dose: Mapping[str, object] | None = None,
    note: str = "",
    today: date,
) -> ProgramChange:
    """Check the change against today's routine and the person's constraints, then store it."""
    with transaction.atomic():
        person = _patient(author, patient.pk, what="program change", write=True)
        routine, profile = _routine_and_profile(person, today)
        edit = _checked(kind, exercise_id, replacement_id, dose, note, routine, profile)
        return ProgramChange.objects.create(
            user=person,
            author=author,
            kind=edit.kind,
            exercise_id=edit.exercise_id,
            replacement_id=edit.replacement_id,
            dose=edit.dose.as_dict() if edit.dose else None,
            note=edit.note,
        )


def program_changes_for(patient: User) -> list[ChangeShown]:
    """Return the clinician's changes to this person's program, newest first, in plain words."""
    catalog = shipped_catalog()
    rows = ProgramChange.objects.filter(user=patient).select_related("author")
    return [
        ChangeShown(
            who=_name_of(row.author),
            when=row.created_at,
            what=_what(row, catalog),
            why=row.note,
            kind=row.kind,
        )
        for row in rows.order_by("-created_at", "-id")
    ]


def _patient(author: User, patient_id: int, *, what: str, write: bool) -> User:
    """Only a clinician edits a program; their own patients only (everyone else: not found)."""
    if not author.is_clinician:
        raise Http404("No such patient.")
    return patient_for(author, patient_id, what=what, write=write)


def _routine_and_profile(patient: User, today: date) -> tuple[TodaysRoutine, Profile]:
    stored = current_plan(user=patient)
    if stored is None:
        raise ScapulaError("this patient has no plan yet", field="kind")
    return routine_of(stored, user=patient, today=today), parse_profile(stored.profile)


def _checked(
    kind: str,
    exercise_id: str,
    replacement_id: str,
    dose: Mapping[str, object] | None,
    note: str,
    routine: TodaysRoutine,
    profile: Profile,
) -> ProgramEdit:
    """Return the change once every part of it is known, allowed and in range."""
    try:
        change_kind = ChangeKind(kind)
    except ValueError:
        raise ScapulaError("choose swap, dose, add, remove or note", field="kind") from None
    reason = check_note(note)
    if change_kind == ChangeKind.NOTE:
        return ProgramEdit(change_kind, note=reason)
    catalog = shipped_catalog()
    exercise = _exercise(catalog, exercise_id, "exercise_id")
    doses = {item.exercise.id: item.dose for item in routine.items}
    if change_kind == ChangeKind.ADD:
        if exercise.id in doses:
            raise ScapulaError(f"{exercise.name} is already in the routine", field="exercise_id")
        _check_fits(exercise, profile, "exercise_id")
        added = check_dose(exercise, dose, start=exercise.dose) if dose else None
        return ProgramEdit(change_kind, exercise.id, dose=added, note=reason)
    if exercise.id not in doses:
        raise ScapulaError(f"{exercise.name} is not in today's routine", field="exercise_id")
    if change_kind == ChangeKind.REMOVE:
        if len(doses) == 1:
            raise ScapulaError("the routine needs at least one exercise", field="exercise_id")
        return ProgramEdit(change_kind, exercise.id, note=reason)
    if change_kind == ChangeKind.DOSE:
        new = check_dose(exercise, dose or {}, start=doses[exercise.id])
        return ProgramEdit(change_kind, exercise.id, dose=new, note=reason)
    replacement = _exercise(catalog, replacement_id, "replacement_id")
    if replacement.id in doses:
        raise ScapulaError(f"{replacement.name} is already in the routine", field="replacement_id")
    _check_fits(replacement, profile, "replacement_id")
    return ProgramEdit(change_kind, exercise.id, replacement.id, note=reason)


def _exercise(catalog: Catalog, exercise_id: str, field: str) -> Exercise:
    if not exercise_id:
        raise ScapulaError("choose an exercise", field=field)
    try:
        exercise = catalog.get(exercise_id)
    except KeyError:
        raise ScapulaError("there is no such exercise in the catalog", field=field) from None
    if exercise.kind != "exercise":
        raise ScapulaError(f"{exercise.name} is a self-test, not an exercise", field=field)
    return exercise


def _check_fits(exercise: Exercise, profile: Profile, field: str) -> None:
    """The plan generator's own rule: equipment, positions, age, pregnancy, osteoporosis."""
    if not fits(exercise, profile):
        raise ScapulaError(
            f"{exercise.name} does not fit this person's equipment, positions or health "
            "(from their assessment)",
            field=field,
        )


def _name_of(person: User) -> str:
    return person.get_full_name() or person.email or "Your clinician"


def _what(row: ProgramChange, catalog: Catalog) -> str:
    """Say the change in plain words, with the exercises' names and the new dose."""
    name = _exercise_name(catalog, row.exercise_id)
    if row.kind == ChangeKind.SWAP:
        return f"Swapped {name} for {_exercise_name(catalog, row.replacement_id)}"
    if row.kind == ChangeKind.DOSE and row.dose:
        return f"Changed the dose of {name} to {describe_dose(Dose.from_dict(row.dose))}"
    if row.kind == ChangeKind.ADD:
        return f"Added {name}"
    if row.kind == ChangeKind.REMOVE:
        return f"Removed {name}"
    return "Wrote a note"


def _exercise_name(catalog: Catalog, exercise_id: str) -> str:
    try:
        return catalog.get(exercise_id).name
    except KeyError:
        return "an exercise no longer in the catalog"
