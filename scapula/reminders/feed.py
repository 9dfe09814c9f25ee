"""The calendar feed of one person: the same bytes for the web link and `scapula reminders ics`."""

from datetime import date, datetime

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.core.breaks import breaks_on
from scapula.core.breaks.calendar import SessionReminder, first_work_day, reminders_calendar
from scapula.core.screening import Gate
from scapula.plans.selectors import current_plan, phase_for_week, week_of
from scapula.reminders.selectors import break_content, settings_of
from scapula.screening.selectors import gate_for

SECONDS_PER_MINUTE = 60


def calendar_for(*, user: User, today: date, now: datetime) -> bytes:
    """Return the user's calendar; while the safety check locks exercise, it has no events."""
    settings = settings_of(user=user)
    calendar_id = f"u{user.pk}"
    if gate_for(user=user, today=today) is not Gate.OPEN:
        return reminders_calendar(settings, (), None, today=today, now=now, calendar_id=calendar_id)
    # Breaks repeat weekly, so they are laid out once, for the first work day of the series.
    day = first_work_day(settings, today)
    breaks = breaks_on(settings, break_content(user=user, day=day, settings=settings), day)
    return reminders_calendar(
        settings,
        breaks,
        session_reminder(user=user, today=today),
        today=today,
        now=now,
        calendar_id=calendar_id,
    )


def session_reminder(*, user: User, today: date) -> SessionReminder | None:
    """Return today's routine for the session event, or None without a plan."""
    stored = current_plan(user=user)
    if stored is None:
        return None
    catalog = shipped_catalog()
    routine = phase_for_week(stored, week_of(stored, today))["routine"]
    seconds = sum(item["seconds"] for item in routine)
    names = tuple(catalog.get(item["exercise"]).name for item in routine)
    return SessionReminder(names, max(1, round(seconds / SECONDS_PER_MINUTE)))
