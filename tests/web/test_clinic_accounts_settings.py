"""'Your account': display name and time zone; "today" follows each person's own zone."""

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError

from scapula.accounts.models import User
from scapula.accounts.timezone import set_time_zone
from scapula.core import ScapulaError
from tests.clinic_support import browser_for, make_world, use_clinic_mode

SETTINGS = "/accounts/settings/"


@pytest.fixture
def world(db, settings):
    use_clinic_mode(settings)
    return make_world()


def test_a_person_saves_their_name_and_time_zone(world):
    browser = browser_for(world.patient_a)
    response = browser.post(SETTINGS, {"name": "Pat  Able", "time_zone": "Europe/Paris"})
    assert response.status_code == 302
    world.patient_a.refresh_from_db()
    assert (world.patient_a.get_full_name(), world.patient_a.time_zone) == (
        "Pat Able",
        "Europe/Paris",
    )
    assert "Your account is saved." in browser.get(SETTINGS).content.decode()


def test_an_unknown_time_zone_is_refused_on_the_page_and_by_the_service(world):
    response = browser_for(world.patient_a).post(SETTINGS, {"name": "", "time_zone": "Mars/Base"})
    assert response.status_code == 200
    assert "Pick a time zone from the list." in response.content.decode()
    with pytest.raises(ScapulaError) as caught:
        set_time_zone(user=world.patient_a, name="Mars/Base")
    assert caught.value.field == "time_zone"


def test_the_page_lets_the_browser_pick_its_zone_only_until_one_is_chosen(world):
    page = browser_for(world.patient_a).get(SETTINGS).content.decode()
    assert "data-detect-zone" in page
    assert "time-zone" in page
    assert "<script>" not in page
    set_time_zone(user=world.patient_a, name="Asia/Tokyo")
    assert "data-detect-zone" not in browser_for(world.patient_a).get(SETTINGS).content.decode()


@time_machine.travel("2026-03-10 12:30:00+00:00", tick=False)
def test_today_is_already_tomorrow_for_a_person_in_auckland(world, settings):
    settings.TIME_ZONE = "UTC"
    set_time_zone(user=world.patient_a, name="Pacific/Auckland")
    auckland = browser_for(world.patient_a).get(SETTINGS).content.decode()
    utc = browser_for(world.patient_b).get(SETTINGS).content.decode()
    assert "01:30 on Wednesday 11 March" in auckland
    assert "12:30 on Tuesday 10 March" in utc


def test_createsuperuser_without_prompts_refuses_a_weak_password(db, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "short")
    with pytest.raises(CommandError) as caught:
        call_command(
            "createsuperuser", interactive=False, username="root", email="root@clinic.example"
        )
    assert "DJANGO_SUPERUSER_PASSWORD" in str(caught.value)
    assert "too short" in str(caught.value)
    assert not User.objects.filter(username="root").exists()


def test_createsuperuser_without_prompts_accepts_a_strong_password(db, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-admin-passphrase-9")
    call_command("createsuperuser", interactive=False, username="root", email="root@clinic.example")
    assert User.objects.get(username="root").check_password("a-long-admin-passphrase-9")
