"""Reads for reminders: the settings, a day's breaks from the person's plan, the calendar."""

import hmac
from datetime import date
from typing import Any

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.core.breaks import BreakContent, BreakSettings, DeskBreak, breaks_on, choose_content
from scapula.core.catalog import Dose, Exercise
from scapula.core.screening import Gate
from scapula.plans.models import StoredPlan
from scapula.plans.selectors import current_plan, week_of
from scapula.practice.progress import current_dose
from scapula.reminders.models import ReminderSettings, token_digest
from scapula.screening.selectors import gate_for

MAX_TOKEN_LENGTH = 64


def settings_of(*, user: User) -> BreakSettings:
    """Return the user's break settings, or the defaults when none are stored yet."""
    row = ReminderSettings.objects.filter(user=user).first()
    return row.to_core() if row else BreakSettings()


def feed_owner(*, token: str) -> ReminderSettings | None:
    """Return the settings whose calendar secret this is; None for an unknown or old one."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    row = (
        ReminderSettings.objects.select_related("user")
        .filter(feed_token_digest=token_digest(token))
        .first()
    )
    if row is None or not hmac.compare_digest(row.feed_token.encode(), token.encode()):
        return None
    return row


def known_exercises(*, user: User, day: date) -> list[tuple[Exercise, Dose]]:
    """Return the exercises the person has met so far: this phase first, then earlier ones."""
    stored = current_plan(user=user)
    if stored is None:
        return []
    catalog = shipped_catalog()
    return [
        (catalog.get(item["exercise"]), _dose(user, item))
        for phase in _phases_so_far(stored, day)
        for item in phase["routine"]
    ]


def break_content(*, user: User, day: date, settings: BreakSettings) -> BreakContent:
    """Return the exercises this person's micro- and active breaks rotate through."""
    return choose_content(
        known_exercises(user=user, day=day),
        micro_seconds=settings.micro_seconds,
        active_seconds=settings.active_minutes * 60,
    )


def breaks_for(*, user: User, day: date) -> tuple[DeskBreak, ...]:
    """Return the user's breaks of one day (none when off or on a day off)."""
    settings = settings_of(user=user)
    return breaks_on(settings, break_content(user=user, day=day, settings=settings), day)


def reminders_active(*, user: User, today: date) -> bool:
    """Return whether break prompts should run: switched on and exercise not locked."""
    row = ReminderSettings.objects.filter(user=user, enabled=True).exists()
    return row and gate_for(user=user, today=today) is Gate.OPEN


def _phases_so_far(stored: StoredPlan, day: date) -> list[dict[str, Any]]:
    """Return the phases already started by this day, the current one first."""
    week = week_of(stored, day)
    phases: list[dict[str, Any]] = stored.plan["phases"]
    started = [phase for phase in phases if phase["weeks"][0] <= week] or phases[:1]
    return list(reversed(started))


def _dose(user: User, item: dict[str, Any]) -> Dose:
    """Return the exercise's dose as the progression rules last set it."""
    return current_dose(
        user=user, exercise_id=item["exercise"], planned=Dose.from_dict(item["dose"])
    )
