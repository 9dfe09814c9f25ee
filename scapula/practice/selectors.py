"""Reads for practice: a user's sessions, newest first, with their exercises."""

from datetime import date
from typing import Any

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.core.catalog import Dose
from scapula.core.catalog.describe import describe_dose
from scapula.core.session import compile_exercise, compile_routine
from scapula.plans.selectors import current_plan, phase_for_week, week_of
from scapula.practice.models import PracticeSession
from scapula.practice.progress import current_doses


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
    catalog = shipped_catalog()
    week = week_of(stored, today)
    phase = phase_for_week(stored, week)
    # Each exercise at the dose its last progression decision set, or the planned one.
    planned = [(item["exercise"], Dose.from_dict(item["dose"])) for item in phase["routine"]]
    doses = current_doses(user=user, planned=planned)
    items = [
        (catalog.get(exercise_id), dose)
        for (exercise_id, _planned), dose in zip(planned, doses, strict=True)
    ]
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


def session_statuses(*, user: User) -> dict[date, list[str]]:
    """Return each day's session statuses (completed, partial, stopped)."""
    days: dict[date, list[str]] = {}
    for day, status in PracticeSession.objects.filter(user=user).values_list(
        "performed_on", "status"
    ):
        days.setdefault(day, []).append(status)
    return days
