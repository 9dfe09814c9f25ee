"""Today's routine: the one answer every door gives (plan page, player, API, CLI, breaks).

The phase comes from the plan and the person's own progress (the core's `current_phase`),
each exercise is at the dose its last progression decision set, and the script of steps is
compiled once, so every "about N minutes" is the same total.

A clinician's program changes are laid over the phase's routine in the order they were made.
A dose the clinician sets (a new dose, a swapped-in or added exercise) is the dose from that
moment: decisions made before it no longer count for that exercise, and the ladder steps on
from it with the decisions made after it.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.clinic.models import ProgramChange
from scapula.core.catalog import Catalog, Dose, Exercise
from scapula.core.plan import DecisionMark, Phase, PhaseStatus, Plan, RoutineItem, current_phase
from scapula.core.plan.changes import ChangeKind, ProgramEdit, apply_changes, left_out
from scapula.core.progression import Decision, has_room_to_progress
from scapula.core.session import Script, compile_exercise, compile_routine
from scapula.plans.models import StoredPlan
from scapula.plans.selectors import current_plan, week_of
from scapula.practice.models import DoseChange
from scapula.screening.events import held_exercises


@dataclass(frozen=True, slots=True)
class TodayItem:
    """One exercise of today's routine at its current dose and version, with why it was chosen."""

    exercise: Exercise
    dose: Dose
    why: str
    seconds: int
    variant: str | None = None  # the easier or harder version the ladder moved to


@dataclass(frozen=True, slots=True)
class Current:
    """Where the last decision left one exercise: its dose, version and any replacement."""

    dose: Dose
    variant: str | None
    switch_to: str | None
    decision: str
    at: datetime | None = None  # when the decision was stored, to order it with a clinician's


@dataclass(frozen=True, slots=True)
class TodaysRoutine:
    """Today's phase and its status, the items at their current doses, and their script."""

    plan_id: int
    plan: Plan
    starts_on: date
    week: int
    status: PhaseStatus
    items: tuple[TodayItem, ...]  # without any exercise held back after a stop
    script: Script
    current: Mapping[str, Current]  # every exercise a decision has set, as it left it

    @property
    def phase(self) -> Phase:
        """Return the phase today falls in."""
        return self.plan.phases[self.status.index]

    @property
    def total_seconds(self) -> int:
        """Return the length of today's session, step by step."""
        return self.script.total_seconds

    @property
    def minutes(self) -> int:
        """Return the length of today's session in whole minutes."""
        return self.script.minutes

    def dose_of(self, exercise_id: str) -> Dose:
        """Return an exercise's current dose: today's, its last decision's, else the planned."""
        today = next((item.dose for item in self.items if item.exercise.id == exercise_id), None)
        if today is not None:
            return today
        found = self.current.get(exercise_id)
        return found.dose if found else self.plan.planned_dose(exercise_id)

    def phases_so_far(self) -> tuple[Phase, ...]:
        """Return the phases met up to today, the current one first."""
        return tuple(reversed(self.plan.phases[: self.status.index + 1]))


def todays_routine(*, user: User, today: date) -> TodaysRoutine | None:
    """Return today's routine (a handful of queries), or None before the first plan."""
    stored = current_plan(user=user)
    if stored is None:
        return None
    return routine_of(stored, user=user, today=today)


def routine_of(stored: StoredPlan, *, user: User, today: date) -> TodaysRoutine:
    """Return today's routine of a stored plan, with its decisions and changes (two queries)."""
    plan = stored.to_core()
    marks, decided = _decisions(user, stored.starts_on)
    timed = clinician_changes(user)
    edits = [edit for _at, edit in timed]
    current = _after_clinician(decided, timed)
    status = current_phase(
        [phase.span for phase in plan.phases],
        marks,
        start=stored.starts_on,
        today=today,
        # An exercise the clinician took out has nothing left to show: no phase waits for it.
        topped_out=_topped_out(plan, current, edits) | left_out(edits),
    )
    catalog = shipped_catalog()
    # An exercise that brought on numbness or dizziness stays out until a screening passes.
    held = held_exercises(user=user, today=today)
    switched = [
        _switched(catalog, planned, current)
        for planned in plan.phases[status.index].routine
        if planned.exercise not in held
    ]
    items = tuple(
        _item(catalog, changed, current)
        for changed in apply_changes(switched, edits, catalog)
        if changed.exercise not in held
    )
    return TodaysRoutine(
        plan_id=stored.pk,
        plan=plan,
        starts_on=stored.starts_on,
        week=week_of(stored, today),
        status=status,
        items=items,
        script=compile_routine([(item.exercise, item.dose) for item in items]),
        current=current,
    )


def clinician_changes(user: User) -> list[tuple[datetime, ProgramEdit]]:
    """Read the clinician's program changes once, oldest first, with when each was made."""
    rows = (
        ProgramChange.objects.filter(user=user)
        .order_by("created_at", "id")
        .values_list("created_at", "kind", "exercise_id", "replacement_id", "dose", "note")
    )
    return [
        (at, ProgramEdit(ChangeKind(kind), exercise, replacement, _dose(dose), note))
        for at, kind, exercise, replacement, dose, note in rows
    ]


def _dose(data: Mapping[str, object] | None) -> Dose | None:
    return Dose.from_dict(data) if data else None


def _after_clinician(
    decided: Mapping[str, Current], timed: Sequence[tuple[datetime, ProgramEdit]]
) -> dict[str, Current]:
    """Keep each exercise's last decision only if it came after the clinician last set its dose."""
    reset: dict[str, datetime] = {}
    for at, edit in timed:
        if edit.sets_dose_of:
            reset[edit.sets_dose_of] = at
    return {
        exercise_id: found
        for exercise_id, found in decided.items()
        if exercise_id not in reset or (found.at is not None and found.at > reset[exercise_id])
    }


def _switched(
    catalog: Catalog, planned: RoutineItem, current: Mapping[str, Current]
) -> RoutineItem:
    """The planned item, or the exercise the ladder moved on (or back) to, at its own dose."""
    found = current.get(planned.exercise)
    if not (found and found.switch_to):
        return planned
    replacement = catalog.get(found.switch_to)
    seconds = compile_exercise(replacement, replacement.dose).total_seconds
    return RoutineItem(
        replacement.id, replacement.name, replacement.dose, seconds, planned.why, planned.caveat
    )


def _item(catalog: Catalog, item: RoutineItem, current: Mapping[str, Current]) -> TodayItem:
    """The routine item at the dose and version its last decision left it."""
    exercise = catalog.get(item.exercise)
    found = current.get(item.exercise)
    dose = found.dose if found else item.dose
    variant = found.variant if found else None
    return TodayItem(
        exercise, dose, item.why, compile_exercise(exercise, dose).total_seconds, variant
    )


def _decisions(user: User, starts_on: date) -> tuple[list[DecisionMark], dict[str, Current]]:
    """Read every dose decision once: the plan's marks and where each exercise stands."""
    rows = (
        DoseChange.objects.filter(user=user)
        .order_by("-decided_on", "-id")
        .values_list(
            "exercise_id", "decision", "decided_on", "dose", "variant", "switch_to", "created_at"
        )
    )
    marks: list[DecisionMark] = []
    current: dict[str, Current] = {}
    for exercise_id, decision, decided_on, dose, variant, switch_to, at in rows:
        if exercise_id not in current:
            current[exercise_id] = Current(
                Dose.from_dict(dose), variant or None, switch_to or None, decision, at
            )
        if decided_on >= starts_on:
            marks.append(DecisionMark(exercise_id, decision, decided_on))
    return marks, current


def _topped_out(
    plan: Plan, current: Mapping[str, Current], edits: Sequence[ProgramEdit]
) -> set[str]:
    """Exercises at the top of their ladder (or moved on to another): nothing left to climb."""
    catalog = shipped_catalog()
    set_by_clinician = {
        e.exercise_id: e.dose for e in edits if e.kind == ChangeKind.DOSE and e.dose
    }
    topped = set()
    for exercise_id in plan.exercise_ids:
        found = current.get(exercise_id)
        if found and found.switch_to:
            # Moved on to a harder exercise: this one is done with; moved back: not ready.
            if found.decision == Decision.PROGRESS:
                topped.add(exercise_id)
            continue
        dose = found.dose if found else None
        dose = dose or set_by_clinician.get(exercise_id) or plan.planned_dose(exercise_id)
        variant = found.variant if found else None
        if not has_room_to_progress(catalog.get(exercise_id), dose, variant=variant):
            topped.add(exercise_id)
    return topped
