"""The calendar: parses with icalendar, repeats on the work days, each event with an alarm."""

from datetime import UTC, date, datetime, time

from icalendar import Calendar

from scapula.catalog import shipped_catalog
from scapula.core.breaks import BreakSettings, choose_content, lay_out_day
from scapula.core.breaks.calendar import SessionReminder, first_work_day, reminders_calendar

CATALOG = shipped_catalog()
NOW = datetime(2026, 11, 23, 21, 0, tzinfo=UTC)
SATURDAY = date(2026, 11, 28)


SESSION = SessionReminder(("11:15 stretch",), 9)


def build(settings, *, session=SESSION, today=SATURDAY):
    content = choose_content(
        [(CATALOG.get("eleven-fifteen-stretch"), CATALOG.get("eleven-fifteen-stretch").dose)],
        micro_seconds=settings.micro_seconds,
        active_seconds=settings.active_minutes * 60,
    )
    body = reminders_calendar(
        settings, lay_out_day(settings, content), session, today=today, now=NOW, calendar_id="u1"
    )
    return Calendar.from_ical(body)


def test_every_event_repeats_and_has_a_display_alarm():
    events = build(BreakSettings(enabled=True)).walk("VEVENT")
    assert len(events) > 10
    for event in events:
        assert event.get("rrule")
        (alarm,) = event.walk("VALARM")
        assert alarm["action"] == "DISPLAY"


def test_breaks_repeat_weekly_on_the_work_days_from_the_first_work_day():
    settings = BreakSettings(enabled=True, work_days=(0, 2, 4))
    breaks = [e for e in build(settings).walk("VEVENT") if "break" in str(e["summary"])]
    assert breaks[0]["rrule"]["BYDAY"] == ["MO", "WE", "FR"]
    assert breaks[0].decoded("dtstart") == datetime(2026, 11, 30, 9, 20)
    assert first_work_day(settings, SATURDAY) == date(2026, 11, 30)


def test_the_daily_session_names_its_exercises():
    (session,) = [
        e for e in build(BreakSettings()).walk("VEVENT") if "session" in str(e["summary"])
    ]
    assert session["rrule"]["FREQ"] == ["DAILY"]
    assert session.decoded("dtstart") == datetime(2026, 11, 28, 18, 0)
    assert "11:15 stretch" in str(session["description"])


def test_break_descriptions_give_the_exercise_and_dose_in_words():
    events = build(BreakSettings(enabled=True, session_at=None)).walk("VEVENT")
    assert all("session" not in str(e["summary"]) for e in events)
    assert "11:15 stretch: hold 15 s, each side" in str(events[0]["description"])


def test_with_reminders_off_only_the_session_remains():
    events = build(BreakSettings(enabled=False, session_at=time(7, 30))).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["scapula: today's session"]


def test_event_ids_are_stable_so_calendar_apps_update_rather_than_duplicate():
    first = [str(e["uid"]) for e in build(BreakSettings(enabled=True)).walk("VEVENT")]
    again = [str(e["uid"]) for e in build(BreakSettings(enabled=True)).walk("VEVENT")]
    assert first == again
    assert len(set(first)) == len(first)
