"""Reminder pages and the calendar feed: settings re-shown with errors, a private revocable
feed that parses with icalendar, and the safety gate kept for every piece of break content."""

import hashlib
import json
import re
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from scapula.accounts.models import User
from scapula.accounts.services import ensure_owner
from scapula.core.screening import QUESTION_IDS
from scapula.plans.services import create_plan
from scapula.reminders.models import ReminderSettings
from scapula.reminders.services import make_calendar_link, update_reminder_settings
from scapula.screening.services import record_screening

ALL_NO = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}
EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
FORM = {
    "enabled": "on",
    "work_days": ["mon", "tue", "wed", "thu", "fri"],
    "starts_at": "09:00",
    "ends_at": "17:00",
    "micro_every_minutes": "20",
    "micro_seconds": "60",
    "active_minutes": "3",
    "snooze_minutes": "10",
    "session_at": "18:00",
}


@pytest.fixture
def ready(owner_browser):
    owner, today = ensure_owner(), timezone.localdate()
    record_screening(user=owner, answers=ALL_NO, today=today)
    create_plan(user=owner, profile=EXAMPLE, today=today)
    update_reminder_settings(user=owner, values={"enabled": True})
    return owner_browser


def feed_path(user=None):
    """Make a new calendar link for the user (the owner by default) and return its path."""
    return f"/calendar/{make_calendar_link(user=user or ensure_owner())}.ics"


def test_saving_the_form_stores_the_settings(ready):
    response = ready.post("/reminders/", FORM | {"micro_every_minutes": "25", "work_days": ["mon"]})
    assert response.status_code == 302
    settings = ReminderSettings.objects.get(user=ensure_owner()).to_core()
    assert settings.micro_every_minutes == 25
    assert settings.day_names == ("mon",)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"starts_at": "18:00", "ends_at": "09:00"}, "the work day must end after it starts"),
        ({"micro_every_minutes": "45"}, "from 20 to 30"),
        ({"micro_seconds": "5"}, "from 30 to 60"),
        ({"work_days": []}, "This field is required"),
    ],
)
def test_a_bad_setting_is_shown_again_with_its_message_and_nothing_is_stored(
    ready, change, message
):
    before = ReminderSettings.objects.get(user=ensure_owner()).to_core()
    response = ready.post("/reminders/", FORM | change)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert ReminderSettings.objects.get(user=ensure_owner()).to_core() == before


def test_the_settings_page_says_what_the_evidence_shows(ready):
    text = ready.get("/reminders/").content.decode()
    assert "Cochrane" in text
    assert "low to very low" in text
    assert "Make my calendar link" in text


def test_the_settings_page_needs_a_signed_in_person(phone):
    response = phone.get("/reminders/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_feed_needs_no_sign_in_and_parses_with_alarms(ready, phone):
    response = phone.get(feed_path())
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    summaries = [str(e["summary"]) for e in events]
    assert "scapula: today's session" in summaries
    assert "scapula: micro-break" in summaries
    assert "scapula: active break" in summaries
    assert all(e.walk("VALARM") for e in events)
    breaks = [e for e in events if "break" in str(e["summary"])]
    assert {tuple(e["rrule"]["BYDAY"]) for e in breaks} == {("MO", "TU", "WE", "TH", "FR")}


def test_the_feed_follows_the_work_days_in_the_settings(ready, phone):
    update_reminder_settings(user=ensure_owner(), values={"work_days": ["tue", "sat"]})
    events = Calendar.from_ical(phone.get(feed_path()).content).walk("VEVENT")
    breaks = [e for e in events if "break" in str(e["summary"])]
    assert {tuple(e["rrule"]["BYDAY"]) for e in breaks} == {("TU", "SA")}


def test_break_content_in_the_feed_comes_from_the_persons_plan(ready, phone):
    text = phone.get(feed_path()).content.decode()
    assert "11:15 stretch" in text
    assert "Cat-cow" not in text


def test_a_revoked_link_answers_404_and_the_new_one_works(ready, phone):
    old = feed_path()
    answer = ready.post("/reminders/revoke/")
    assert answer.status_code == 200
    new = re.search(r'value="http://[^"/]+(/calendar/[^"]+\.ics)"', answer.content.decode())[1]
    assert phone.get(old).status_code == 404
    assert phone.get(new).status_code == 200


def test_an_unknown_link_answers_404(phone):
    assert phone.get("/calendar/not-a-real-token.ics").status_code == 404


def test_the_feed_has_no_events_while_the_safety_check_locks_exercise(owner_browser, phone):
    update_reminder_settings(user=ensure_owner(), values={"enabled": True})
    calendar = Calendar.from_ical(phone.get(feed_path()).content)
    assert calendar.walk("VEVENT") == []


def test_the_settings_page_hides_break_exercises_until_the_gate_opens(owner_browser):
    text = owner_browser.get("/reminders/").content.decode()
    assert "once the safety check allows exercise" in text
    assert "11:15 stretch" not in text


def test_the_break_page_is_locked_before_the_safety_check(owner_browser):
    assert owner_browser.get("/break/?kind=micro").status_code == 403


def test_the_break_page_shows_the_demonstration_and_the_countdown(ready):
    response = ready.get("/break/?kind=micro&at=09:20&exercise=eleven-fifteen-stretch")
    text = response.content.decode()
    assert response.status_code == 200
    assert "Micro-break: 11:15 stretch" in text
    assert "<svg" in text
    assert 'id="break-countdown"' in text


def test_the_break_page_refuses_an_exercise_outside_the_plan(ready):
    text = ready.get("/break/?kind=micro&exercise=cat-cow").content.decode()
    assert "Cat-cow" not in text


def test_another_persons_feed_is_their_own(ready, phone):
    other = User.objects.create_user("sam", password="x" * 12)
    text = phone.get(feed_path(other)).content.decode()
    assert "11:15 stretch" not in text
    assert Client().get(feed_path(other)).status_code == 200


def test_pages_run_break_prompts_only_when_on_and_the_gate_is_open(owner_browser):
    update_reminder_settings(user=ensure_owner(), values={"enabled": True})
    assert "data-reminders" not in owner_browser.get("/exercises/").content.decode()
    record_screening(user=ensure_owner(), answers=ALL_NO, today=timezone.localdate())
    assert "data-reminders" in owner_browser.get("/exercises/").content.decode()
    update_reminder_settings(user=ensure_owner(), values={"enabled": False})
    assert "data-reminders" not in owner_browser.get("/exercises/").content.decode()


def test_signed_out_pages_do_not_run_break_prompts(phone):
    assert "data-reminders" not in phone.get("/exercises/").content.decode()


def test_the_link_is_shown_once_when_made_and_never_again(ready):
    first = ready.post("/reminders/revoke/").content.decode()
    assert "shown only this once" in first
    url = re.search(r'value="(http://[^"]+\.ics)"', first)[1]
    later = ready.get("/reminders/").content.decode()
    assert url not in later
    assert "/calendar/" not in later
    assert "Make a new link" in later


def test_only_the_digest_of_the_secret_is_stored(ready):
    token = make_calendar_link(user=ensure_owner())
    row = ReminderSettings.objects.get(user=ensure_owner())
    stored = [str(getattr(row, field.attname)) for field in row._meta.concrete_fields]
    assert not any(token in value for value in stored)
    assert row.feed_token_digest == hashlib.sha256(token.encode()).hexdigest()


def test_the_settings_form_still_saves_on_the_page_that_shows_a_new_link(ready):
    page = ready.post("/reminders/revoke/").content.decode()
    assert 'action="/reminders/"' in page
    assert ready.post("/reminders/", FORM | {"work_days": ["tue"]}).status_code == 302


def test_a_deactivated_persons_feed_answers_404(ready, phone):
    path = feed_path()
    assert phone.get(path).status_code == 200
    owner = ensure_owner()
    owner.is_active = False
    owner.save(update_fields=["is_active"])
    assert phone.get(path).status_code == 404
