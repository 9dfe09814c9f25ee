"""Production hardening: a clean deploy check, no stored copies of health data, API limits."""

import io
import logging
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import Client

from scapula.config.security import CalendarTokenFilter
from tests.clinic_support import browser_for, make_world, use_clinic_mode

ROOT = Path(__file__).resolve().parents[2]


def clinic_production_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a clinic server behind HTTPS, with its own host and key."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SCAPULA_"))}
    env.pop("DATABASE_URL", None)
    return (
        env
        | {
            "DJANGO_SETTINGS_MODULE": "scapula.config.settings",
            "SCAPULA_DATA_DIR": str(data_dir),
            "SCAPULA_MODE": "clinic",
            "SCAPULA_HTTPS": "true",
            "DJANGO_ALLOWED_HOSTS": "scapula.example-clinic.org",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        }
        | extra
    )


def manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_deploy_check_is_clean_under_clinic_production_settings(tmp_path):
    result = manage(clinic_production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_clinic_settings_keep_sessions_short(tmp_path):
    shown = (
        "from django.conf import settings as s; print(s.SESSION_COOKIE_AGE, s.SESSION_IDLE_TIMEOUT)"
    )
    result = manage(clinic_production_env(tmp_path), "shell", "-c", shown)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == [str(12 * 3600), str(30 * 60)]


def test_clinic_mode_over_plain_http_does_not_start(tmp_path):
    env = clinic_production_env(tmp_path, SCAPULA_HTTPS="false")
    result = manage(env, "check")
    assert result.returncode != 0
    assert "SCAPULA_HTTPS" in result.stderr
    assert "SCAPULA_BEHIND_TLS_PROXY" in result.stderr
    behind = manage(clinic_production_env(tmp_path, SCAPULA_BEHIND_TLS_PROXY="true"), "check")
    assert behind.returncode == 0, behind.stderr


# -- no stored copies of health data ---------------------------------------------------------


@pytest.mark.parametrize("path", ["/plan/", "/progress/", "/api/pain/trend", "/api/me"])
def test_the_owners_pages_and_api_answers_are_never_stored(planned_owner, owner_browser, path):
    answer = owner_browser.get(path)
    assert answer.status_code == 200, path
    assert answer["Cache-Control"] == "private, no-store"


def test_todays_routine_is_not_stored_yet_still_answers_304_to_a_kept_copy(
    planned_owner, owner_browser
):
    first = owner_browser.get("/api/session/today")
    assert first["Cache-Control"] == "private, no-store"
    again = owner_browser.get("/api/session/today", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    assert again["Cache-Control"] == "private, no-store"


def test_a_clinic_patients_pages_are_never_stored(db, settings):
    use_clinic_mode(settings)
    patient = browser_for(make_world().patient_a)
    assert patient.get("/safety/")["Cache-Control"] == "private, no-store"
    assert patient.get("/api/me")["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("path", ["/api/health", "/api/exercises", "/manifest.webmanifest"])
def test_public_answers_keep_their_own_caching(owner_browser, path):
    answer = owner_browser.get(path)
    assert answer.status_code == 200
    assert "no-store" not in answer.get("Cache-Control", "")


def test_static_files_keep_their_long_caching(owner_browser):
    page = owner_browser.get("/plan/").content.decode()
    static_path = page.split('href="/static/', 1)[1].split('"', 1)[0]
    answer = owner_browser.get("/static/" + static_path)
    assert answer.status_code == 200
    assert "no-store" not in answer.get("Cache-Control", "")


def test_a_signed_out_visitors_exercise_library_is_not_marked(db, settings):
    use_clinic_mode(settings)
    answer = browser_for(None).get("/exercises/")
    assert answer.status_code == 200
    assert "no-store" not in answer.get("Cache-Control", "")


# -- API rate limit ---------------------------------------------------------------------------


@pytest.fixture
def limit_of_three(settings):
    settings.SCAPULA_API_RATE_LIMIT = (3, 60)
    cache.clear()
    yield
    cache.clear()


def test_the_api_answers_429_in_the_shared_error_shape_over_the_limit(
    limit_of_three, owner_browser
):
    for _ in range(3):
        assert owner_browser.get("/api/me").status_code == 200
    answer = owner_browser.get("/api/me")
    assert answer.status_code == 429
    assert answer.json() == {
        "error": {
            "code": "too_many_requests",
            "message": "Too many requests: wait a moment, then try again.",
            "field": None,
        }
    }
    assert int(answer["Retry-After"]) >= 1


def test_each_person_has_their_own_allowance(limit_of_three, db, settings):
    use_clinic_mode(settings)
    world = make_world()
    ana, ben = browser_for(world.patient_a), browser_for(world.patient_b)
    for _ in range(3):
        ana.get("/api/me")
    assert ana.get("/api/me").status_code == 429
    assert ben.get("/api/me").status_code == 200


def test_signed_out_callers_are_limited_by_address(limit_of_three, db):
    caller = Client(REMOTE_ADDR="198.51.100.4")
    codes = [caller.get("/api/health").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    assert Client(REMOTE_ADDR="198.51.100.5").get("/api/health").status_code == 200


def test_switched_off_the_limit_never_answers_429(settings, owner_browser):
    settings.SCAPULA_API_RATE_LIMIT = None
    cache.clear()
    assert {owner_browser.get("/api/health").status_code for _ in range(30)} == {200}


# -- no calendar secrets in logs --------------------------------------------------------------


def test_a_calendar_link_is_masked_in_a_log_line():
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "%s: %s", ("Not Found", ""), None
    )
    record.args = ("Not Found", "/calendar/s3cr3t-Token_value.ics")
    CalendarTokenFilter().filter(record)
    assert record.getMessage() == "Not Found: /calendar/[hidden].ics"


def test_an_unknown_calendar_link_is_not_logged_in_full(db):
    console = next(
        handler
        for handler in logging.getLogger("django").handlers
        if any(isinstance(f, CalendarTokenFilter) for f in handler.filters)
    )
    written = io.StringIO()
    previous = console.setStream(written)
    try:
        assert Client().get("/calendar/not-a-real-token-1234.ics").status_code == 404
    finally:
        console.setStream(previous)
    assert "not-a-real-token-1234" not in written.getvalue()
    assert "Not Found: /calendar/[hidden].ics" in written.getvalue()


# -- offline copies and unsent sessions kept per person ----------------------------------------


def test_each_signed_in_person_has_their_own_opaque_browser_key(db, settings):
    use_clinic_mode(settings)
    world = make_world()
    ana, ben = browser_for(world.patient_a), browser_for(world.patient_b)
    ana_key = ana.get("/api/me")["X-Scapula-Person"]
    assert ana_key == ana.get("/safety/")["X-Scapula-Person"]  # stable across answers
    assert ana_key != ben.get("/api/me")["X-Scapula-Person"]
    assert len(ana_key) == 24  # a digest of the id with the server's key, not the id
    assert f'data-person="{ana_key}"' in ana.get("/safety/").content.decode()


def test_nobody_signed_in_has_no_browser_key(db, settings):
    use_clinic_mode(settings)
    page = browser_for(None).get("/exercises/")
    assert "X-Scapula-Person" not in page
    assert 'data-person=""' in page.content.decode()


def test_the_service_worker_keeps_pages_per_person_and_files_shared(db):
    worker = Client().get("/sw.js").content.decode()
    assert "X-Scapula-Person" in worker
    assert "PAGES_PREFIX + person" in worker
    assert "-static" in worker
