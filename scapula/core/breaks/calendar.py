"""The reminders as an iCalendar feed (RFC 5545): recurring events, each with an alarm.

Times are floating (no time zone), which RFC 5545 defines as local time wherever the
calendar is shown: a 09:20 break stays at 09:20 when the person travels.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from icalendar import Alarm, Calendar, Event

from scapula.core.breaks.schedule import DeskBreak
from scapula.core.breaks.settings import BreakSettings

RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
PRODUCT_ID = "-//scapula//desk breaks and daily session//EN"
REFRESH = timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class SessionReminder:
    """The daily session as the calendar shows it: today's exercises and their length."""

    exercise_names: tuple[str, ...]
    minutes: int


def reminders_calendar(
    settings: BreakSettings,
    breaks: Sequence[DeskBreak],
    session: SessionReminder | None,
    *,
    today: date,
    now: datetime,
    calendar_id: str,
) -> bytes:
    """Return the calendar: the daily session and each break, repeating, with alarms."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "scapula reminders")
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")
    if session is not None and settings.session_at is not None:
        calendar.add_component(
            _session_event(settings.session_at, session, today, now, calendar_id)
        )
    first = first_work_day(settings, today)
    for desk_break in breaks if settings.enabled else ():
        calendar.add_component(_break_event(desk_break, settings, first, now, calendar_id))
    body: bytes = calendar.to_ical()
    return body


def first_work_day(settings: BreakSettings, today: date) -> date:
    """Return the first work day on or after today, so each series starts on one of its days."""
    return next(
        day
        for day in (today + timedelta(days=offset) for offset in range(7))
        if day.weekday() in settings.work_days
    )


def _session_event(
    at: time, session: SessionReminder, today: date, now: datetime, calendar_id: str
) -> Event:
    """Return the daily session: every day at its time, with an alarm as it starts."""
    names = ", ".join(session.exercise_names)
    description = f"Today's routine, about {session.minutes} min: {names}. Open scapula to start."
    event = _event(f"{calendar_id}-session@scapula", "scapula: today's session", now)
    event.add("dtstart", datetime.combine(today, at))
    event.add("duration", timedelta(minutes=max(1, session.minutes)))
    event.add("rrule", {"freq": "daily"})
    event.add("description", description)
    event.add_component(_alarm(f"Time for your scapula session ({names})."))
    return event


def _break_event(
    desk_break: DeskBreak, settings: BreakSettings, first: date, now: datetime, calendar_id: str
) -> Event:
    """Return one break, repeating weekly on the work days, with an alarm at its start."""
    uid = f"{calendar_id}-{desk_break.key}@scapula"
    event = _event(uid, f"scapula: {desk_break.title.lower()}", now)
    event.add("dtstart", datetime.combine(first, desk_break.at))
    event.add("duration", timedelta(seconds=desk_break.seconds))
    event.add("rrule", {"freq": "weekly", "byday": [RRULE_DAYS[d] for d in settings.work_days]})
    event.add("description", f"{_length(desk_break.seconds)}. {desk_break.instruction}")
    event.add_component(_alarm(f"{desk_break.title}: {desk_break.instruction}"))
    return event


def _event(uid: str, summary: str, now: datetime) -> Event:
    """Return an event with its identity, stamp and title."""
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now)
    event.add("summary", summary)
    event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: it does not block time
    return event


def _alarm(text: str) -> Alarm:
    """Return a display alarm that goes off as the event starts."""
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(0))
    alarm.add("description", text)
    return alarm


def _length(seconds: int) -> str:
    """Say a break's length in words, e.g. '60 seconds' or '3 minutes'."""
    return f"{seconds} seconds" if seconds < 120 else f"{seconds // 60} minutes"
