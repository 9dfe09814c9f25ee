"""Personal mode's sign-in link: coming from this machine is not enough to read the owner's data."""

import json
import logging
import os
import stat

import pytest
from django.test import Client

from scapula.accounts import local_token
from scapula.accounts.local_token import sign_in_link, sign_in_token, token_path
from scapula.accounts.services import set_owner_password
from tests.web.conftest import LOCAL, owner_script_headers

LINK_PATH = "/accounts/local/"


def log_pain(client, score=6, **headers):
    body = json.dumps({"score": score, "context": "usual"})
    return client.post("/api/pain", body, content_type="application/json", **headers)


def test_another_program_on_this_machine_gets_401_and_no_pain_figures(owner_browser, stranger):
    assert log_pain(owner_browser).status_code == 201
    response = stranger.get("/api/pain/trend")
    assert response.status_code == 401
    assert response.json() == {
        "error": {
            "code": "not_authenticated",
            "message": "Sign in to use this endpoint.",
            "field": None,
        }
    }
    assert stranger.get("/api/me").status_code == 401


def test_a_page_without_the_link_says_where_the_link_is_and_shows_nothing_personal(
    owner_browser, stranger
):
    log_pain(owner_browser, score=7)
    response = stranger.get("/progress/pain/", follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0].startswith(LINK_PATH)
    assert "Sign in on this computer" in page
    assert "scapula link" in page
    assert "scapula serve" in page
    assert "7 out of 10" not in page
    assert "7/10" not in page


def test_opening_the_link_signs_the_browser_in_and_the_token_leaves_the_address(db):
    browser = Client(**LOCAL)
    response = browser.get(sign_in_link("127.0.0.1", 8000) + "&next=/progress/pain/")
    assert response.status_code == 302
    assert response["Location"] == "/progress/pain/"
    assert sign_in_token() not in response["Location"]
    cookie = browser.cookies["scapula-owner-8000"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert cookie["max-age"]
    assert sign_in_token() not in cookie.value  # the cookie holds a proof, not the token
    landed = browser.get(response["Location"])
    assert landed.status_code == 200
    assert sign_in_token() not in landed.content.decode()
    assert browser.get("/api/me").json()["username"] == "owner"


def test_the_link_goes_home_when_next_points_to_another_site(db):
    browser = Client(**LOCAL)
    response = browser.get(sign_in_link("127.0.0.1", 8000) + "&next=https://evil.example/")
    assert response["Location"] == "/"


def test_a_wrong_token_is_refused_with_a_clear_page_and_no_cookie(db, caplog):
    browser = Client(**LOCAL)
    wrong = "x" * len(sign_in_token())
    with caplog.at_level(logging.DEBUG):
        response = browser.get(LINK_PATH, {"token": wrong})
    assert response.status_code == 403
    assert "That sign-in link does not work" in response.content.decode()
    assert "scapula link" in response.content.decode()
    assert not [name for name in browser.cookies if name.startswith("scapula-owner")]
    assert browser.get("/api/me").status_code == 401
    assert wrong not in caplog.text


def test_the_token_is_never_written_to_the_log(db, caplog):
    with caplog.at_level(logging.DEBUG):
        Client(**LOCAL).get(sign_in_link("127.0.0.1", 8000))
    assert sign_in_token() not in caplog.text


def test_a_forged_or_stale_cookie_is_not_the_owner(db):
    forged = Client(**LOCAL)
    forged.cookies["scapula-owner-8000"] = "0" * 64
    assert forged.get("/api/me").status_code == 401


def test_a_new_token_signs_every_browser_out(owner_browser):
    assert owner_browser.get("/api/me").status_code == 200
    local_token.new_sign_in_token()
    assert owner_browser.get("/api/me").status_code == 401


def test_the_owners_scripts_use_the_token_as_a_bearer_header(db, stranger):
    headers = owner_script_headers()
    assert stranger.get("/api/me", **headers).json()["username"] == "owner"
    assert log_pain(Client(**LOCAL, enforce_csrf_checks=True), **headers).status_code == 201
    wrong = {"HTTP_AUTHORIZATION": "Bearer not-the-token"}
    assert stranger.get("/api/pain/trend", **wrong).status_code == 401


def test_the_token_or_cookie_from_another_device_is_not_the_owner(db, phone):
    assert phone.get("/api/me", **owner_script_headers()).status_code == 401
    response = phone.get(sign_in_link("127.0.0.1", 8000))
    assert response.status_code == 403
    assert "works only in a browser on the computer" in response.content.decode()


def test_a_web_page_rebinding_its_name_cannot_use_the_owners_cookie(db, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "evil.example"]
    attacker = Client(REMOTE_ADDR="127.0.0.1", HTTP_HOST="evil.example")
    assert attacker.get("/api/me", **owner_script_headers()).status_code == 401


def test_the_token_file_is_readable_by_the_owner_only(db):
    token_path().unlink(missing_ok=True)
    token = sign_in_token()
    info = os.stat(token_path())
    assert stat.S_IMODE(info.st_mode) == 0o600
    assert len(token) >= 40
    assert sign_in_token() == token  # kept, not made anew each time


def test_a_token_file_with_wider_permissions_is_tightened(db):
    sign_in_token()
    os.chmod(token_path(), 0o644)
    local_token._cached = None
    sign_in_token()
    assert stat.S_IMODE(os.stat(token_path()).st_mode) == 0o600


def test_the_token_is_read_again_when_the_file_changes(db):
    sign_in_token()
    replacement = token_path().with_name("replacement")
    replacement.write_text("a-token-written-by-another-process\n")
    os.replace(replacement, token_path())
    assert sign_in_token() == "a-token-written-by-another-process"
    token_path().unlink()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/exercises/",
        "/exercises/wall-neck-side-bend/",
        "/muscles/",
        "/why-it-hurts/postural_load/",
        "/api/health",
        "/api/exercises",
        "/manifest.webmanifest",
    ],
)
def test_public_pages_stay_open_without_the_link(stranger, path):
    assert stranger.get(path).status_code == 200


def test_the_home_page_works_for_a_stranger_and_shows_no_personal_step(owner_browser, stranger):
    log_pain(owner_browser)
    page = stranger.get("/").content.decode()
    assert "Start with the two-minute safety check" in page


def test_the_password_sign_in_still_works_and_is_offered_on_the_link_page(phone, stranger):
    set_owner_password(password="shoulder-blades-42")
    page = stranger.get(LINK_PATH).content.decode()
    assert "Sign in with your password instead" in page
    phone.post("/accounts/login/", {"username": "owner", "password": "shoulder-blades-42"})
    assert phone.get("/api/me").json()["username"] == "owner"


def test_the_link_page_in_clinic_mode_does_not_exist(stranger, settings):
    from scapula.core import Mode

    settings.SCAPULA_MODE = Mode.CLINIC
    assert stranger.get(LINK_PATH).status_code == 404
