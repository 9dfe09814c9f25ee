"""Pages: the home page says what scapula is and that it is not medical advice; nothing external."""

import re

import pytest

from scapula.core.drivers import DRIVERS

CSP = {
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
}


def test_the_home_page_says_what_scapula_is_and_that_it_is_not_medical_advice(owner_browser):
    page = owner_browser.get("/").content.decode()
    assert "corrective exercise" in page
    assert "Not medical advice" in page
    assert "does not diagnose" in page


def test_the_home_page_tells_people_when_to_call_for_help_instead(owner_browser):
    page = owner_browser.get("/").content.decode()
    assert "Call your emergency number now" in page
    for number in ("112", "911", "999"):
        assert number in page


def test_the_home_page_explains_the_four_drivers_with_their_caveats(owner_browser):
    page = owner_browser.get("/").content.decode()
    for driver in DRIVERS:
        assert f'id="driver-{driver.id}"' in page
    assert page.count("How sure is this?") == 4


def test_the_home_page_is_public_for_devices_that_are_not_signed_in(phone):
    assert phone.get("/").status_code == 200


def test_every_page_sends_a_policy_that_allows_only_its_own_origin(owner_browser):
    header = owner_browser.get("/")["Content-Security-Policy"]
    assert {part.strip() for part in header.split(";")} >= CSP


def test_pages_have_no_inline_script_or_style_and_name_no_other_host(owner_browser):
    page = owner_browser.get("/").content.decode()
    assert "<script" not in page or 'src="/static/' in page
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page)
    assert " style=" not in page
    assert not re.search(r'src="(?:https?:)?//', page)
    assert not re.search(r'<link[^>]+href="(?:https?:)?//', page)


def test_driver_sources_link_to_the_video_at_the_right_moment(owner_browser):
    page = owner_browser.get("/").content.decode()
    assert 'href="https://youtu.be/3SoCJ1sUUYc?t=43"' in page
    assert "Kulow et al." in page


def test_an_unknown_page_shows_a_friendly_404(owner_browser):
    response = owner_browser.get("/no/such/page")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_the_sign_in_page_is_reachable_without_signing_in(phone):
    response = phone.get("/accounts/login/")
    assert response.status_code == 200
    assert 'autocomplete="current-password"' in response.content.decode()


def test_the_app_can_be_installed_from_its_manifest(phone):
    manifest = phone.get("/manifest.webmanifest")
    assert manifest["Content-Type"] == "application/manifest+json"
    data = manifest.json()
    assert data["display"] == "standalone"
    assert {icon["sizes"] for icon in data["icons"]} == {"192x192", "512x512"}
    assert phone.get(data["icons"][0]["src"]).status_code in (200, 304) or data["icons"][0][
        "src"
    ].startswith("/static/")


def test_the_service_worker_is_served_from_the_root_and_not_cached(phone):
    response = phone.get("/sw.js")
    assert response["Content-Type"].startswith("text/javascript")
    assert "no-cache" in response["Cache-Control"]
    assert b'"/session/"' in response.content


def test_the_home_page_offers_the_next_step_for_where_the_person_is(owner_browser):
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.core.screening import QUESTION_IDS
    from scapula.screening.services import record_screening

    assert 'href="/safety/">Start with the two-minute safety check' in (
        owner_browser.get("/").content.decode()
    )
    record_screening(
        user=ensure_owner(),
        answers=dict.fromkeys(QUESTION_IDS, False) | {"M1": True},
        today=timezone.localdate(),
    )
    assert 'href="/assessment/">Next: your self-assessment' in (
        owner_browser.get("/").content.decode()
    )


@pytest.mark.parametrize("path", ["/", "/exercises/", "/safety/", "/muscles/"])
def test_every_page_title_is_plain_text(owner_browser, path):
    page = owner_browser.get(path).content.decode()
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "<" not in title
    assert title.strip()


def test_the_home_page_s_next_step_follows_why_exercise_is_locked(owner_browser):
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.core.screening import QUESTION_IDS
    from scapula.screening.services import record_screening

    answers = dict.fromkeys(QUESTION_IDS, False) | {"M1": True, "C7": True}
    record_screening(user=ensure_owner(), answers=answers, today=timezone.localdate())
    page = owner_browser.get("/").content.decode()
    assert (
        "Record your clinician&#x27;s clearance" in page
        or "Record your clinician's clearance" in page
    )
    assert "Start with the two-minute safety check" not in page
