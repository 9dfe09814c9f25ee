"""Reads for plans: the current plan, its history, and where today falls in it."""

from datetime import date
from typing import Any

from scapula.accounts.models import User
from scapula.core.catalog import Dose
from scapula.plans.models import StoredPlan


def current_plan(*, user: User) -> StoredPlan | None:
    """Return the most recent plan of the user, if any."""
    return StoredPlan.objects.filter(user=user).order_by("-created_at", "-id").first()


def plan_history(*, user: User) -> list[StoredPlan]:
    """Return every plan of the user, newest first."""
    return list(StoredPlan.objects.filter(user=user).order_by("-created_at", "-id"))


def week_of(stored: StoredPlan, today: date) -> int:
    """Return the week of the plan that today falls in (1 on the first day)."""
    return max(0, (today - stored.starts_on).days) // 7 + 1


def phase_for_week(stored: StoredPlan, week: int) -> dict[str, Any]:
    """Return the phase that holds a week; after the last phase, the last one continues."""
    phases: list[dict[str, Any]] = stored.plan["phases"]
    for phase in phases:
        first, last = phase["weeks"]
        if first <= week <= last:
            return phase
    return phases[-1]


def todays_routine(stored: StoredPlan, today: date) -> list[tuple[str, Dose]]:
    """Return today's exercises with their doses, from the phase today falls in."""
    phase = phase_for_week(stored, week_of(stored, today))
    return [(item["exercise"], Dose.from_dict(item["dose"])) for item in phase["routine"]]
