"""Reminders over the API: settings, today's breaks from the plan, bad values named and unstored."""

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.core.screening import QUESTION_IDS
from scapula.plans.services import create_plan
from scapula.reminders.models import ReminderSettings
from scapula.reminders.services import ensure_reminder_settings
from scapula.screening.services import record_screening

ALL_NO = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}
EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
MONDAY, SUNDAY = "2026-11-23", "2026-11-29"


def put(client, body):
    return client.put("/api/reminders", json.dumps(body), content_type="application/json")


@pytest.fixture
def ready(owner_browser):
    owner, today = ensure_owner(), timezone.localdate()
    record_screening(user=owner, answers=ALL_NO, today=today)
    create_plan(user=owner, profile=EXAMPLE, today=today)
    return owner_browser


def test_the_settings_start_from_the_clinical_defaults_without_a_calendar_link(owner_browser):
    data = owner_browser.get("/api/reminders").json()
    assert data["micro_every_minutes"] == 20
    assert data["work_days"] == ["mon", "tue", "wed", "thu", "fri"]
    assert data["calendar_url"] is None
    assert data["has_calendar_link"] is False
    assert "Cochrane" in data["evidence"]


def test_the_calendar_link_is_in_the_answer_that_makes_it_only(owner_browser):
    made = owner_browser.generic("POST", "/api/reminders/revoke").json()
    assert made["calendar_url"].startswith("http://")
    assert made["calendar_url"].endswith(".ics")
    later = owner_browser.get("/api/reminders").json()
    assert later["calendar_url"] is None
    assert later["has_calendar_link"] is True


def test_put_changes_only_the_given_settings(owner_browser):
    data = put(owner_browser, {"enabled": True, "starts_at": "08:00"}).json()
    assert data["enabled"] is True
    assert data["starts_at"] == "08:00"
    assert data["ends_at"] == "17:00"


@pytest.mark.parametrize(
    ("body", "field", "status"),
    [
        ({"starts_at": "18:00", "ends_at": "08:00"}, "ends_at", 400),
        ({"micro_every_minutes": 5}, "micro_every_minutes", 400),
        ({"micro_seconds": 61}, "micro_seconds", 400),
        ({"active_minutes": 6}, "active_minutes", 400),
        ({"work_days": ["mon", "someday"]}, "work_days", 400),
        ({"starts_at": "9 o'clock"}, "starts_at", 422),
        ({"enabled": "sure"}, "enabled", 422),
        ({"snooze_minutes": 2.5}, "snooze_minutes", 422),
        ({"lunch_at": "12:00"}, "lunch_at", 422),
    ],
)
def test_a_bad_value_is_a_4xx_naming_the_field_and_nothing_is_stored(
    owner_browser, body, field, status
):
    before = ensure_reminder_settings(user=ensure_owner()).to_core()
    response = put(owner_browser, {"enabled": True, **body})
    assert response.status_code == status
    assert response.json()["error"]["field"] == field
    assert ReminderSettings.objects.get(user=ensure_owner()).to_core() == before


def test_revoking_gives_a_new_link_and_the_old_one_is_gone(owner_browser):
    old = owner_browser.generic("POST", "/api/reminders/revoke").json()["calendar_url"]
    new = owner_browser.generic("POST", "/api/reminders/revoke").json()["calendar_url"]
    assert new != old
    assert owner_browser.get(urlsplit(old).path).status_code == 404
    assert owner_browser.get(urlsplit(new).path).status_code == 200


def test_today_is_locked_before_the_safety_check(owner_browser):
    response = owner_browser.get("/api/reminders/today")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "exercise_locked"


def test_today_lists_breaks_with_exercises_from_the_plan(ready):
    put(ready, {"enabled": True})
    data = ready.get(f"/api/reminders/today?day={MONDAY}").json()
    first = data["breaks"][0]
    assert (first["at"], first["kind"], first["seconds"]) == ("09:20", "micro", 60)
    assert first["exercise"] == "eleven-fifteen-stretch"
    assert first["url"].startswith("/break/?kind=micro&at=09:20")
    assert {b["kind"] for b in data["breaks"]} == {"micro", "active"}


def test_nothing_fires_on_a_day_off_or_with_reminders_off(ready):
    assert ready.get(f"/api/reminders/today?day={MONDAY}").json()["breaks"] == []
    put(ready, {"enabled": True})
    assert ready.get(f"/api/reminders/today?day={SUNDAY}").json()["breaks"] == []


def test_a_bad_day_is_named(ready):
    response = ready.get("/api/reminders/today?day=someday")
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "day"


def test_signed_out_callers_get_401(phone):
    assert phone.get("/api/reminders").status_code == 401
