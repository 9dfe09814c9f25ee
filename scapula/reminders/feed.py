"""The calendar feed of one person: the same bytes for the web link and `scapula reminders ics`."""

from datetime import date, datetime

from scapula.accounts.models import User
from scapula.core.breaks import breaks_on
from scapula.core.breaks.calendar import SessionReminder, first_work_day, reminders_calendar
from scapula.practice.today import todays_routine
from scapula.reminders.selectors import break_content, settings_of
from scapula.screening.selectors import is_gate_open


def calendar_for(*, user: User, today: date, now: datetime) -> bytes:
    """Return the user's calendar; while the safety check locks exercise, it has no events."""
    settings = settings_of(user=user)
    calendar_id = f"u{user.pk}"
    if not is_gate_open(user=user, today=today):
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
    routine = todays_routine(user=user, today=today)
    if routine is None:
        return None
    names = tuple(item.exercise.name for item in routine.items)
    return SessionReminder(names, routine.minutes)
