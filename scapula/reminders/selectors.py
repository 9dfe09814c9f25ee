"""Reads for reminders: the settings, a day's breaks from the person's plan, the calendar."""

from datetime import date

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.core.breaks import BreakContent, BreakSettings, DeskBreak, breaks_on, choose_content
from scapula.core.catalog import Dose, Exercise
from scapula.practice.today import todays_routine
from scapula.reminders.models import ReminderSettings, token_digest
from scapula.screening.selectors import is_gate_open

MAX_TOKEN_LENGTH = 64


def settings_of(*, user: User) -> BreakSettings:
    """Return the user's break settings, or the defaults when none are stored yet."""
    row = ReminderSettings.objects.filter(user=user).first()
    return row.to_core() if row else BreakSettings()


def feed_owner(*, token: str) -> ReminderSettings | None:
    """Return the settings whose calendar secret this is; None for an unknown or old one.

    A deactivated account's feed is gone too. The lookup is by digest, so a timing
    difference tells nothing about any stored secret.
    """
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    return (
        ReminderSettings.objects.select_related("user")
        .filter(feed_token_digest=token_digest(token), user__is_active=True)
        .first()
    )


def known_exercises(*, user: User, day: date) -> list[tuple[Exercise, Dose]]:
    """Return the exercises the person has met so far: this phase first, then earlier ones.

    The phase is the one the player plays that day (progress, not weeks alone), and each
    exercise is at its current dose, from the same selector as the session.
    """
    routine = todays_routine(user=user, today=day)
    if routine is None:
        return []
    catalog = shipped_catalog()
    return [
        (catalog.get(exercise_id), routine.dose_of(exercise_id))
        for phase in routine.phases_so_far()
        for exercise_id in phase.exercise_ids
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
    return row and is_gate_open(user=user, today=today)
