"""Password reset: a link by e-mail that works once and expires; the same answer for anyone."""

import re

import pytest
import time_machine
from django.core import mail
from django.core.cache import caches

from tests.clinic_support import PASSWORD, browser_for, make_world, use_clinic_mode

RESET = "/accounts/password-reset/"
NEW_PASSWORD = "another-long-passphrase-77"


@pytest.fixture
def world(db, settings):
    use_clinic_mode(settings)
    caches["ratelimit"].clear()
    yield make_world()
    caches["ratelimit"].clear()


def mailed_link() -> str:
    """Return the path of the link in the last e-mail sent."""
    found = re.search(r"https?://[^/\s]+(/accounts/password-reset/\S+/)", mail.outbox[-1].body)
    assert found, mail.outbox[-1].body
    return found.group(1)


def choose_password(browser, link: str, password: str = NEW_PASSWORD):
    """Open the link and save a new password; return the last response."""
    opened = browser.get(link, follow=True)
    form_path = opened.redirect_chain[-1][0] if opened.redirect_chain else link
    return browser.post(form_path, {"new_password1": password, "new_password2": password})


def test_the_e_mailed_link_sets_a_new_password_once(world):
    browser = browser_for(None)
    response = browser.post(RESET, {"email": "Ana@Harbour.example"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = mailed_link()
    assert choose_password(browser, link).status_code == 302
    signed_in = browser_for(None).post(
        "/accounts/login/", {"username": world.clinician.email, "password": NEW_PASSWORD}
    )
    assert signed_in.status_code == 302
    # The same link again: refused, and the password stays the one just chosen.
    again = browser_for(None).get(link, follow=True)
    assert "This link no longer works" in again.content.decode()


def test_a_link_older_than_an_hour_no_longer_works(world):
    with time_machine.travel("2026-03-10 09:00:00+00:00", tick=False):
        browser_for(None).post(RESET, {"email": world.patient_a.email})
    link = mailed_link()
    with time_machine.travel("2026-03-10 10:01:00+00:00", tick=False):
        page = browser_for(None).get(link, follow=True).content.decode()
    assert "This link no longer works" in page
    world.patient_a.refresh_from_db()
    assert world.patient_a.check_password(PASSWORD)


def test_an_unknown_address_gets_the_same_answer_and_no_mail(world):
    browser = browser_for(None)
    known = browser.post(RESET, {"email": world.patient_a.email}, follow=True)
    unknown = browser.post(RESET, {"email": "nobody@mail.example"}, follow=True)
    assert known.status_code == unknown.status_code == 200
    assert known.redirect_chain == unknown.redirect_chain
    assert known.content == unknown.content
    assert len(mail.outbox) == 1


def test_a_weak_new_password_is_refused_with_the_rule(world):
    browser = browser_for(None)
    browser.post(RESET, {"email": world.patient_a.email})
    response = choose_password(browser, mailed_link(), password="short")
    assert response.status_code == 200
    assert "too short" in response.content.decode()


def test_no_link_is_mailed_while_the_server_accepts_any_host_name(world, settings):
    settings.ALLOWED_HOSTS = ["*"]
    response = browser_for(None).post(RESET, {"email": world.patient_a.email})
    assert response.status_code == 302
    assert mail.outbox == []


def test_too_many_reset_requests_from_one_address_get_a_429_page(world, settings):
    settings.SCAPULA_PASSWORD_RESET_RATE = "2/h"
    browser = browser_for(None)
    for _ in range(2):
        browser.post(RESET, {"email": "nobody@mail.example"})
    response = browser.post(RESET, {"email": world.patient_a.email})
    assert response.status_code == 429
    assert "Please wait 60 minutes" in response.content.decode()
