"""The optional sign-in code for clinic staff: set up from a QR code, asked after the password."""

import time

import pytest
from django.core.cache import caches
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.clinic_support import PASSWORD, browser_for, make_world, use_clinic_mode

TWO_STEP = "/accounts/settings/two-step/"


@pytest.fixture
def world(db, settings):
    use_clinic_mode(settings)
    caches["ratelimit"].clear()
    yield make_world()
    caches["ratelimit"].clear()


def current_code(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    """Return the code the person's app would show (django-otp's own TOTP)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():06d}"


def turn_on(person) -> TOTPDevice:
    browser = browser_for(person)
    page = browser.get(TWO_STEP).content.decode()
    assert "<svg" in page
    assert "otpauth" not in page.split("<svg")[0]
    device = TOTPDevice.objects.get(user=person)
    assert browser.post(TWO_STEP, {"code": current_code(device)}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


def test_the_set_up_page_shows_a_qr_code_drawn_on_the_page(world):
    page = browser_for(world.clinician).get(TWO_STEP).content.decode()
    assert "<svg" in page
    assert "http" not in page.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org", ""
    )


def test_a_wrong_code_does_not_turn_the_second_step_on(world):
    browser_for(world.clinician).get(TWO_STEP)
    response = browser_for(world.clinician).post(TWO_STEP, {"code": "000000"})
    assert response.status_code == 400
    assert "does not match" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=world.clinician, confirmed=True).exists()


def test_patients_have_no_second_step_page(world):
    assert browser_for(world.patient_a).get(TWO_STEP).status_code == 404


def test_after_the_password_a_clinician_with_an_app_is_asked_for_the_code(world):
    device = turn_on(world.clinician)
    browser = browser_for(None)
    response = browser.post(
        "/accounts/login/", {"username": world.clinician.email, "password": PASSWORD}
    )
    assert response["Location"] == "/accounts/login/code/"
    assert browser.get("/api/me").status_code == 401  # not signed in yet
    wrong = browser.post("/accounts/login/code/", {"code": "12345x"})
    assert "does not match" in wrong.content.decode()
    time.sleep(1.1)  # django-otp slows tries after a wrong code
    signed_in = browser.post("/accounts/login/code/", {"code": current_code(device, steps_ahead=1)})
    assert signed_in.status_code == 302
    assert browser.get("/api/me").json()["username"] == world.clinician.username


def test_five_wrong_codes_send_the_person_back_to_the_password(world):
    turn_on(world.admin)
    browser = browser_for(None)
    browser.post("/accounts/login/", {"username": world.admin.email, "password": PASSWORD})
    for _ in range(5):
        browser.post("/accounts/login/code/", {"code": "000000"})
    response = browser.get("/accounts/login/code/")
    assert response.status_code == 302
    assert "again=1" in response["Location"]
