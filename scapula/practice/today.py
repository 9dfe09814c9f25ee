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
from scapula.core.catalog import Dose, Exercise
from scapula.core.plan import DecisionMark, Phase, PhaseStatus, Plan, current_phase
from scapula.core.progression import has_room_to_progress
from scapula.core.session import Script, compile_exercise, compile_routine
from scapula.plans.models import StoredPlan
from scapula.plans.selectors import current_plan, week_of
from scapula.practice.models import DoseChange
from scapula.screening.events import held_exercises


@dataclass(frozen=True, slots=True)
class TodayItem:
    """One exercise of today's routine at its current dose, with why it was chosen."""

    exercise: Exercise
    dose: Dose
    why: str
    seconds: int


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
    doses: Mapping[str, Dose]  # every exercise a decision has set, at that dose

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
        return self.doses.get(exercise_id) or self.plan.planned_dose(exercise_id)

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
    marks, doses = _decisions(user, stored.starts_on)
    status = current_phase(
        [phase.span for phase in plan.phases],
        marks,
        start=stored.starts_on,
        today=today,
        topped_out=_topped_out(plan, doses),
    )
    catalog = shipped_catalog()
    # An exercise that brought on numbness or dizziness stays out until a screening passes.
    held = held_exercises(user=user, today=today)
    items = tuple(
        _item(
            catalog.get(planned.exercise), doses.get(planned.exercise) or planned.dose, planned.why
        )
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
        doses=doses,
    )


def _item(exercise: Exercise, dose: Dose, why: str) -> TodayItem:
    return TodayItem(exercise, dose, why, compile_exercise(exercise, dose).total_seconds)


def _decisions(user: User, starts_on: date) -> tuple[list[DecisionMark], dict[str, Dose]]:
    """Read every dose decision once: the plan's marks and each exercise's latest dose."""
    rows = (
        DoseChange.objects.filter(user=user)
        .order_by("-decided_on", "-id")
        .values_list("exercise_id", "decision", "decided_on", "dose")
    )
    marks: list[DecisionMark] = []
    doses: dict[str, Dose] = {}
    for exercise_id, decision, decided_on, dose in rows:
        if exercise_id not in doses:
            doses[exercise_id] = Dose.from_dict(dose)
        if decided_on >= starts_on:
            marks.append(DecisionMark(exercise_id, decision, decided_on))
    return marks, doses


def _topped_out(plan: Plan, doses: Mapping[str, Dose]) -> set[str]:
    """Exercises whose current dose is the top of their ladder: nothing left to climb."""
    catalog = shipped_catalog()
    return {
        exercise_id
        for exercise_id in plan.exercise_ids
        if not has_room_to_progress(
            catalog.get(exercise_id), doses.get(exercise_id) or plan.planned_dose(exercise_id)
        )
    }
