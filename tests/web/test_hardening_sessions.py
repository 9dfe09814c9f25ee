"""A signed-in session ends after a while unused, and after a maximum age whatever the use."""

import time

import pytest

from scapula.config.security import LAST_SEEN, SIGNED_IN_AT
from tests.clinic_support import browser_for, make_world, use_clinic_mode

IDLE = 30 * 60
MAXIMUM = 12 * 60 * 60


@pytest.fixture
def patient(db, settings):
    """Patient A of a clinic server, signed in in their own browser."""
    use_clinic_mode(settings)
    settings.SESSION_IDLE_TIMEOUT = IDLE
    settings.SESSION_COOKIE_AGE = MAXIMUM
    browser = browser_for(make_world().patient_a)
    assert browser.get("/api/me").status_code == 200
    return browser


def move_back(browser, **seconds_ago: int) -> None:
    """Pretend the stored times of the session happened that many seconds ago."""
    session = browser.session
    now = int(time.time())
    for key, ago in seconds_ago.items():
        session[key] = now - ago
    session.save()


def test_the_first_signed_in_request_records_when_and_last_seen(patient):
    session = patient.session
    assert abs(session[SIGNED_IN_AT] - time.time()) < 5
    assert abs(session[LAST_SEEN] - time.time()) < 5


def test_a_session_used_again_within_the_idle_time_goes_on(patient):
    move_back(patient, **{LAST_SEEN: IDLE - 60})
    assert patient.get("/api/me").status_code == 200
    assert abs(patient.session[LAST_SEEN] - time.time()) < 5  # the idle clock restarts


def test_after_half_an_hour_unused_the_api_asks_to_sign_in_again(patient):
    move_back(patient, **{LAST_SEEN: IDLE + 60})
    answer = patient.get("/api/me")
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "not_authenticated"
    assert patient.get("/api/me").status_code == 401  # signed out for good, not just once


def test_after_half_an_hour_unused_a_page_leads_to_the_sign_in_page(patient):
    move_back(patient, **{LAST_SEEN: IDLE + 60})
    answer = patient.get("/progress/")
    assert answer.status_code == 302
    assert answer["Location"].startswith("/accounts/login/")


def test_a_session_in_constant_use_still_ends_at_its_maximum_age(patient):
    move_back(patient, **{SIGNED_IN_AT: MAXIMUM + 60, LAST_SEEN: 10})
    assert patient.get("/api/me").status_code == 401


def test_personal_mode_keeps_a_month_and_a_week_unused(settings):
    from scapula.core import Mode

    assert settings.SCAPULA_MODE is Mode.PERSONAL  # the tests' own settings
    assert settings.SESSION_COOKIE_AGE == 30 * 24 * 3600
    assert settings.SESSION_IDLE_TIMEOUT == 7 * 24 * 3600


def test_requests_within_a_minute_do_not_rewrite_the_session(patient):
    move_back(patient, **{LAST_SEEN: 5})
    before = patient.session[LAST_SEEN]
    patient.get("/api/me")
    assert patient.session[LAST_SEEN] == before
