"""Clinic sign-in: e-mail and password, Argon2 storage, lockout, per-address limits, sign-out."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.auth.hashers import make_password
from django.core.cache import caches
from django.utils import timezone

from scapula.accounts.services import set_owner_password
from tests.clinic_support import PASSWORD, browser_for, make_world, use_clinic_mode

LOGIN = "/accounts/login/"


@pytest.fixture
def world(db, settings):
    use_clinic_mode(settings)
    caches["ratelimit"].clear()
    yield make_world()
    caches["ratelimit"].clear()


def sign_in(browser, email, password):
    return browser.post(LOGIN, {"username": email, "password": password})


def test_a_clinician_signs_in_with_their_e_mail_in_any_case(world):
    browser = browser_for(None)
    response = sign_in(browser, "ANA@Harbour.Example", PASSWORD)
    assert response.status_code == 302
    assert browser.get("/api/me").json()["username"] == world.clinician.username


def test_a_wrong_password_is_refused_in_plain_words(world):
    response = sign_in(browser_for(None), world.clinician.email, "not-the-password")
    assert response.status_code == 200
    assert "That e-mail address and password do not match" in response.content.decode()


def test_the_sign_in_page_asks_for_an_e_mail_address_and_offers_a_reset(world):
    page = browser_for(None).get(LOGIN).content.decode()
    assert "E-mail address" in page
    assert "/accounts/password-reset/" in page


def test_the_personal_owner_still_signs_in_from_a_phone_by_user_name(phone):
    set_owner_password(password="shoulder-blades-42")
    assert sign_in(phone, "owner", "shoulder-blades-42").status_code == 302


def test_new_passwords_are_stored_with_argon2_and_old_pbkdf2_ones_still_work(world):
    assert world.clinician.password.startswith("argon2")
    world.patient_a.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    world.patient_a.save()
    assert sign_in(browser_for(None), world.patient_a.email, PASSWORD).status_code == 302
    world.patient_a.refresh_from_db()
    assert world.patient_a.password.startswith("argon2")  # upgraded on sign-in


def test_ten_wrong_passwords_lock_the_account_until_the_cool_off_ends(world):
    browser = browser_for(None)
    for _ in range(10):
        sign_in(browser, world.clinician.email, "wrong-password-guess")
    refused = sign_in(browser, world.clinician.email, PASSWORD)
    page = refused.content.decode()
    assert refused.status_code == 429
    assert "Too many wrong passwords. This account is locked for 15 minutes." in page
    assert "axes" not in page.lower()
    assert browser.get("/api/me").status_code == 401
    # Move the failures back past the cool-off instead of waiting 15 minutes.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert sign_in(browser, world.clinician.email, PASSWORD).status_code == 302
    assert browser.get("/api/me").json()["username"] == world.clinician.username


def test_failures_typed_in_another_case_count_against_the_same_account(world):
    browser = browser_for(None)
    for attempt in range(10):
        email = world.clinician.email.upper() if attempt % 2 else world.clinician.email
        sign_in(browser, email, "wrong-password-guess")
    assert sign_in(browser, world.clinician.email, PASSWORD).status_code == 429


def test_the_lock_is_per_account_so_colleagues_can_still_sign_in(world):
    browser = browser_for(None)
    for _ in range(10):
        sign_in(browser, world.clinician.email, "wrong-password-guess")
    assert sign_in(browser, world.admin.email, PASSWORD).status_code == 302


def test_failures_are_logged_without_the_password(world, caplog):
    sign_in(browser_for(None), world.clinician.email, "secret-guess-123")
    assert AccessFailureLog.objects.filter(username=world.clinician.username).count() == 1
    assert "ana@harbour.example" in caplog.text
    assert "secret-guess-123" not in caplog.text


def test_too_many_sign_in_posts_from_one_address_get_a_plain_429_page(world, settings):
    settings.SCAPULA_SIGN_IN_RATE = "3/h"  # an hour: no window ends mid-test
    browser = browser_for(None)
    for _ in range(3):
        sign_in(browser, "nobody@mail.example", "wrong-password-guess")
    response = sign_in(browser, world.clinician.email, PASSWORD)
    assert response.status_code == 429
    assert "too many tries from this network" in response.content.decode()
    assert int(response["Retry-After"]) <= 3600


def test_signing_out_clears_the_browsers_caches_cookies_and_storage(world):
    browser = browser_for(world.patient_a)
    response = browser.post("/accounts/logout/")
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    assert browser.get("/api/me").status_code == 401
