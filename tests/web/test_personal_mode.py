"""Personal mode: the owner's own browser needs no sign-up; nobody else is let in unasked."""

import pytest
from django.test import Client

from scapula.accounts.models import User
from scapula.accounts.services import owner_has_password, set_owner_password
from scapula.core import Mode, ScapulaError


def test_the_first_request_from_this_machine_creates_the_owner_and_acts_as_them(owner_browser):
    assert not User.objects.exists()
    response = owner_browser.get("/api/me")
    assert response.status_code == 200
    assert response.json() == {"username": "owner", "is_owner": True, "mode": "personal"}
    assert User.objects.filter(is_owner=True).count() == 1


def test_later_requests_reuse_the_same_owner(owner_browser):
    owner_browser.get("/api/me")
    owner_browser.get("/api/me")
    assert User.objects.count() == 1


def test_local_requests_do_not_write_a_session_each_time(owner_browser):
    from django.contrib.sessions.models import Session

    owner_browser.get("/api/me")
    owner_browser.get("/")
    assert not Session.objects.exists()


def test_a_phone_on_the_network_is_not_signed_in(phone):
    response = phone.get("/api/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_a_web_page_that_rebinds_its_name_to_loopback_is_not_signed_in(db, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "evil.example"]
    attacker = Client(REMOTE_ADDR="127.0.0.1", HTTP_HOST="evil.example")
    assert attacker.get("/api/me").status_code == 401


def test_a_request_through_a_proxy_is_not_treated_as_local(db):
    proxied = Client(
        REMOTE_ADDR="127.0.0.1", HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9"
    )
    assert proxied.get("/api/me").status_code == 401


def test_clinic_mode_signs_nobody_in_automatically(owner_browser, settings):
    settings.SCAPULA_MODE = Mode.CLINIC
    assert owner_browser.get("/api/me").status_code == 401


def test_the_phone_can_sign_in_once_the_owner_set_a_password(phone):
    set_owner_password(password="shoulder-blades-42")
    response = phone.post(
        "/accounts/login/", {"username": "owner", "password": "shoulder-blades-42"}
    )
    assert response.status_code == 302
    assert phone.get("/api/me").json()["username"] == "owner"


def test_a_wrong_password_shows_the_form_again_with_a_message(phone):
    set_owner_password(password="shoulder-blades-42")
    response = phone.post("/accounts/login/", {"username": "owner", "password": "wrong"})
    assert response.status_code == 200
    assert "do not match" in response.content.decode()


def test_a_weak_password_is_refused_naming_the_field(db):
    with pytest.raises(ScapulaError) as caught:
        set_owner_password(password="123")
    assert caught.value.field == "password"
    assert not owner_has_password()
