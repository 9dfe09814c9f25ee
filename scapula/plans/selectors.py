"""Reads for plans: the current plan, its history, and the week a day falls in."""

from datetime import date

from scapula.accounts.models import User
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
