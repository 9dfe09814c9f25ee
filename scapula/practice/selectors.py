"""Reads for practice: today's session ready to play, and the sessions already done."""

from datetime import date
from typing import Any

from scapula.accounts.models import User
from scapula.core.catalog.describe import describe_dose
from scapula.core.session.labels import exercise_place
from scapula.practice.models import PracticeSession
from scapula.practice.today import TodaysRoutine, todays_routine


def list_sessions(*, user: User, limit: int = 50) -> list[PracticeSession]:
    """Return the user's latest sessions with their exercises, in two queries."""
    return list(
        PracticeSession.objects.filter(user=user)
        .prefetch_related("exercises")
        .order_by("-started_at", "-id")[:limit]
    )


def today_session(*, user: User, today: date) -> dict[str, Any] | None:
    """Return today's routine ready to play (the shape of GET /api/session/today)."""
    routine = todays_routine(user=user, today=today)
    return None if routine is None else session_data(routine, today=today)


def session_data(routine: TodaysRoutine, *, today: date) -> dict[str, Any]:
    """Return exercises, reasons, easier versions and the script of one routine."""
    total = len(routine.items)
    exercises = [
        {
            "id": item.exercise.id,
            "place": exercise_place(number, total),
            "name": item.exercise.name,
            "dose": item.dose.as_dict(),
            "dose_text": describe_dose(item.dose),
            "why": item.why,
            "variant": item.variant,
            "seconds": item.seconds,
            "easier": item.exercise.regressions[0].note if item.exercise.regressions else "",
            "stop_rules": list(item.exercise.stop_rules),
        }
        for number, item in enumerate(routine.items, start=1)
    ]
    return {
        "date": today.isoformat(),
        "plan_id": routine.plan_id,
        "week": routine.week,
        "phase": routine.phase.name,
        "minutes": routine.minutes,
        "exercises": exercises,
        **routine.script.as_dict(),
    }


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
