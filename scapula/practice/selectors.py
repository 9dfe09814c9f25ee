"""Reads for practice: a user's sessions, newest first, with their exercises."""

from datetime import date
from typing import Any

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.core.catalog import Dose, Exercise
from scapula.core.catalog.describe import describe_dose
from scapula.core.session import compile_exercise, compile_routine
from scapula.plans.selectors import current_plan, week_of
from scapula.practice.models import PracticeSession
from scapula.practice.phases import PlanPosition, plan_position


def list_sessions(*, user: User, limit: int = 50) -> list[PracticeSession]:
    """Return the user's latest sessions with their exercises, in two queries."""
    return list(
        PracticeSession.objects.filter(user=user)
        .prefetch_related("exercises")
        .order_by("-started_at", "-id")[:limit]
    )


def today_session(*, user: User, today: date) -> dict[str, Any] | None:
    """Return today's routine ready to play: exercises, reasons, regressions and the script."""
    stored = current_plan(user=user)
    if stored is None:
        return None
    week = week_of(stored, today)
    position = plan_position(user=user, stored=stored, today=today)
    phase = position.phase
    items = _at_current_doses(position)
    exercises = [
        {
            "id": exercise.id,
            "name": exercise.name,
            "dose": dose.as_dict(),
            "dose_text": describe_dose(dose),
            "why": item["why"],
            "seconds": compile_exercise(exercise, dose).total_seconds,
            "easier": exercise.regressions[0].note if exercise.regressions else "",
            "stop_rules": list(exercise.stop_rules),
        }
        for (exercise, dose), item in zip(items, phase["routine"], strict=True)
    ]
    script = compile_routine(items)
    return {
        "date": today.isoformat(),
        "plan_id": stored.pk,
        "week": week,
        "phase": phase["name"],
        "exercises": exercises,
        **script.as_dict(),
    }


def todays_items(*, user: User, today: date) -> list[tuple[Exercise, Dose]]:
    """Return today's exercises at their current doses (empty without a plan)."""
    stored = current_plan(user=user)
    if stored is None:
        return []
    return _at_current_doses(plan_position(user=user, stored=stored, today=today))


def _at_current_doses(position: PlanPosition) -> list[tuple[Exercise, Dose]]:
    """Each exercise at the dose its last progression decision set, or the planned one."""
    catalog = shipped_catalog()
    return [
        (
            catalog.get(item["exercise"]),
            position.doses.get(item["exercise"]) or Dose.from_dict(item["dose"]),
        )
        for item in position.phase["routine"]
    ]


def session_statuses(*, user: User) -> dict[date, list[str]]:
    """Return each day's session statuses (completed, partial, stopped)."""
    days: dict[date, list[str]] = {}
    for day, status in PracticeSession.objects.filter(user=user).values_list(
        "performed_on", "status"
    ):
        days.setdefault(day, []).append(status)
    return days


def has_practised(*, user: User) -> bool:
    """Return whether the user has saved at least one session."""
    return PracticeSession.objects.filter(user=user).exists()
