"""Today's routine: the one answer every door gives (plan page, player, API, CLI, breaks).

The phase comes from the plan and the person's own progress (the core's `current_phase`),
each exercise is at the dose its last progression decision set, and the script of steps is
compiled once, so every "about N minutes" is the same total.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.core.catalog import Catalog, Dose, Exercise
from scapula.core.plan import DecisionMark, Phase, PhaseStatus, Plan, current_phase
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
        """Return an exercise's current dose: its last decision's, else the planned one."""
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
    """Return today's routine of a stored plan, replaying its decisions (one query)."""
    plan = stored.to_core()
    marks, current = _decisions(user, stored.starts_on)
    status = current_phase(
        [phase.span for phase in plan.phases],
        marks,
        start=stored.starts_on,
        today=today,
        topped_out=_topped_out(plan, current),
    )
    catalog = shipped_catalog()
    # An exercise that brought on numbness or dizziness stays out until a screening passes.
    held = held_exercises(user=user, today=today)
    items = tuple(
        _item(catalog, planned.exercise, planned.dose, planned.why, current)
        for planned in plan.phases[status.index].routine
        if planned.exercise not in held
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


def _item(
    catalog: Catalog, exercise_id: str, planned: Dose, why: str, current: Mapping[str, Current]
) -> TodayItem:
    """The planned exercise as its decisions left it: dose, version, or its replacement."""
    found = current.get(exercise_id)
    if found and found.switch_to:
        # The ladder moved on (or back) to another exercise, which starts at its own dose.
        replacement = catalog.get(found.switch_to)
        later = current.get(replacement.id)
        dose = later.dose if later else replacement.dose
        variant = later.variant if later else None
        return TodayItem(
            replacement, dose, why, compile_exercise(replacement, dose).total_seconds, variant
        )
    exercise = catalog.get(exercise_id)
    dose = found.dose if found else planned
    variant = found.variant if found else None
    return TodayItem(exercise, dose, why, compile_exercise(exercise, dose).total_seconds, variant)


def _decisions(user: User, starts_on: date) -> tuple[list[DecisionMark], dict[str, Current]]:
    """Read every dose decision once: the plan's marks and where each exercise stands."""
    rows = (
        DoseChange.objects.filter(user=user)
        .order_by("-decided_on", "-id")
        .values_list("exercise_id", "decision", "decided_on", "dose", "variant", "switch_to")
    )
    marks: list[DecisionMark] = []
    current: dict[str, Current] = {}
    for exercise_id, decision, decided_on, dose, variant, switch_to in rows:
        if exercise_id not in current:
            current[exercise_id] = Current(
                Dose.from_dict(dose), variant or None, switch_to or None, decision
            )
        if decided_on >= starts_on:
            marks.append(DecisionMark(exercise_id, decision, decided_on))
    return marks, current


def _topped_out(plan: Plan, current: Mapping[str, Current]) -> set[str]:
    """Exercises at the top of their ladder (or moved on to another): nothing left to climb."""
    catalog = shipped_catalog()
    topped = set()
    for exercise_id in plan.exercise_ids:
        found = current.get(exercise_id)
        if found and found.switch_to:
            # Moved on to a harder exercise: this one is done with; moved back: not ready.
            if found.decision == Decision.PROGRESS:
                topped.add(exercise_id)
            continue
        dose = found.dose if found else plan.planned_dose(exercise_id)
        variant = found.variant if found else None
        if not has_room_to_progress(catalog.get(exercise_id), dose, variant=variant):
            topped.add(exercise_id)
    return topped
