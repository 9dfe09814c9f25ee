"""Which phase of the plan a person is in: the planned weeks and their own progress."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.core.catalog import Dose
from scapula.core.plan import DecisionMark, PhaseSpan, PhaseStatus, current_phase
from scapula.core.progression import has_room_to_progress
from scapula.plans.models import StoredPlan
from scapula.practice.models import DoseChange


@dataclass(frozen=True, slots=True)
class PlanPosition:
    """The phase today falls in, as stored in the plan, with its status."""

    phase: dict[str, Any]
    status: PhaseStatus
    doses: dict[str, Dose]  # each exercise's dose as its last decision set it


def plan_position(*, user: User, stored: StoredPlan, today: date) -> PlanPosition:
    """Replay the plan's decisions (one query) to find today's phase."""
    phases: list[dict[str, Any]] = stored.plan["phases"]
    rows = list(
        DoseChange.objects.filter(user=user)
        .order_by("-decided_on", "-id")
        .values_list("exercise_id", "decision", "decided_on", "dose")
    )
    latest_dose: dict[str, Dose] = {}
    for exercise_id, _decision, _on, dose in rows:
        latest_dose.setdefault(exercise_id, Dose.from_dict(dose))
    status = current_phase(
        [_span(phase) for phase in phases],
        [DecisionMark(e, d, on) for e, d, on, _dose in rows if on >= stored.starts_on],
        start=stored.starts_on,
        today=today,
        topped_out=_topped_out(phases, latest_dose),
    )
    return PlanPosition(phases[status.index], status, latest_dose)


def _span(phase: dict[str, Any]) -> PhaseSpan:
    first, last = phase["weeks"]
    return PhaseSpan(phase["name"], (first, last), tuple(i["exercise"] for i in phase["routine"]))


def _topped_out(phases: list[dict[str, Any]], latest_dose: dict[str, Dose]) -> set[str]:
    """Exercises whose current dose is the top of their ladder: nothing left to climb."""
    catalog = shipped_catalog()
    topped = set()
    for phase in phases:
        for item in phase["routine"]:
            dose = latest_dose.get(item["exercise"], Dose.from_dict(item["dose"]))
            if not has_room_to_progress(catalog.get(item["exercise"]), dose):
                topped.add(item["exercise"])
    return topped
