"""Bodies no endpoint can take answer 4xx naming what is wrong, and change nothing.

Each case was once a 500 (a multipart body on any POST, a non-object JSON plan, a NUL
character on PostgreSQL) or was wrongly accepted (text/plain, no content type).
"""

import json

import pytest
from django.apps import apps

from tests.web.test_api_bad_input import VALID_BODIES

POSTS = ["/api/plan", "/api/pain", "/api/sessions", "/api/screening", "/api/check-ins"]


def snapshot():
    return {
        model._meta.label: list(model._default_manager.order_by("pk").values())
        for model in apps.get_models()
        if model._meta.app_label in {"practice", "plans", "screening", "tracking", "reminders"}
    }


@pytest.fixture
def ready(screened_owner, owner_browser):
    return owner_browser


@pytest.mark.parametrize("path", POSTS)
def test_a_multipart_body_is_refused_with_415(ready, path):
    before = snapshot()
    response = ready.post(path, {"file": "hello"})  # the test client sends multipart
    assert response.status_code == 415
    assert response.json()["error"]["field"] == "Content-Type"
    assert snapshot() == before


@pytest.mark.parametrize("content_type", ["text/plain", "", "application/x-www-form-urlencoded"])
def test_json_under_another_content_type_is_refused(ready, content_type):
    response = ready.generic("POST", "/api/pain", '{"score": 3}', content_type)
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_media_type"
    assert snapshot()["tracking.PainEntry"] == []


@pytest.mark.parametrize("body", ["[]", "[null, null]", "null", "3", '"profile"'])
def test_a_plan_body_that_is_not_an_object_is_a_400_naming_the_body(ready, body):
    response = ready.generic("POST", "/api/plan", body, "application/json")
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "body"
    assert snapshot()["plans.StoredPlan"] == []


def test_broken_json_is_a_400_naming_the_body(ready):
    response = ready.generic("POST", "/api/pain", '{"score": ', "application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/pain", {"score": 3, "note": "a\x00b"}, "note"),
        (
            "/api/check-ins",
            {
                **VALID_BODIES["POST /api/check-ins"],
                "ratings": [{"activity": "Rea\x00d", "score": 4}],
            },
            "ratings.0.activity",
        ),
    ],
)
def test_a_nul_character_is_refused_naming_its_field(ready, path, body, field):
    before = snapshot()
    response = ready.generic("POST", path, json.dumps(body), "application/json")
    assert response.status_code == 400
    assert response.json()["error"]["field"] == field
    assert snapshot() == before


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])
def test_a_start_at_the_ends_of_the_calendar_is_a_400_naming_it(ready, moment):
    body = {**VALID_BODIES["POST /api/sessions"], "started_at": moment}
    response = ready.generic("POST", "/api/sessions", json.dumps(body), "application/json")
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "started_at"
    assert snapshot()["practice.PracticeSession"] == []


def test_a_json_body_with_a_charset_is_still_accepted(ready):
    response = ready.generic("POST", "/api/pain", '{"score": 3}', "application/json; charset=utf-8")
    assert response.status_code == 201


def test_a_post_without_a_body_reaches_the_endpoint(ready):
    assert ready.generic("POST", "/api/reminders/revoke", "", "").status_code in (200, 201)


def test_deeply_nested_json_is_a_400_not_a_crash(ready):
    response = ready.generic("POST", "/api/pain", "[" * 100_000, "application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"


def test_an_export_larger_than_the_usual_body_limit_can_come_back_in(owner_browser, settings):
    from scapula.tracking.models import PainEntry

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000
    rows = [
        {"id": n, "created_at": "2026-01-01T08:00:00+00:00", "score": 3, "context": "usual",
         "site": "", "side": "", "note": "", "recorded_on": "2026-01-01"}
        for n in range(1, 40)
    ]  # fmt: skip
    from scapula.portability.records import schema_version

    document = {"format": "scapula-export", "version": 1, "schema": schema_version(),
                "person": {"name": ""}, "records": {"tracking.painentry": rows}}  # fmt: skip
    body = json.dumps(document)
    assert len(body) > 1_000
    response = owner_browser.generic("POST", "/api/import/json", body, "application/json")
    assert response.status_code == 201, response.content
    assert PainEntry.objects.count() == 39
