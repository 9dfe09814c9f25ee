"""The plan over the API: gated by the safety check, built from a profile, errors named."""

import json
from pathlib import Path

from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.core.screening import QUESTION_IDS
from scapula.plans.models import StoredPlan
from scapula.screening.services import record_screening

EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
ALL_NO = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}


def post(client, body):
    return client.post("/api/plan", json.dumps(body), content_type="application/json")


def screen_ok():
    record_screening(user=ensure_owner(), answers=ALL_NO, today=timezone.localdate())


def test_the_plan_is_refused_before_the_safety_check(owner_browser):
    response = post(owner_browser, EXAMPLE)
    assert response.status_code == 403
    assert "safety check" in response.json()["error"]["message"]
    assert not StoredPlan.objects.exists()


def test_posting_a_profile_builds_the_plan_and_get_returns_it(owner_browser):
    screen_ok()
    created = post(owner_browser, EXAMPLE)
    assert created.status_code == 201
    body = owner_browser.get("/api/plan").json()
    assert body["id"] == created.json()["id"]
    assert body["week"] == 1
    assert body["current_phase"] == "Relief and activation"
    assert len(body["phases"]) == 4


def test_an_unknown_profile_key_is_a_400_naming_it(owner_browser):
    screen_ok()
    response = post(owner_browser, EXAMPLE | {"shoe_size": 43})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "shoe_size"
    assert not StoredPlan.objects.exists()


def test_no_plan_yet_is_a_404(owner_browser):
    screen_ok()
    assert owner_browser.get("/api/plan").status_code == 404


def test_the_api_gives_the_same_notices_and_maintenance_phase_as_the_core(owner_browser):
    screen_ok()
    body = post(owner_browser, EXAMPLE | {"osteoporosis": True}).json()
    assert any("osteoporosis" in notice for notice in body["notices"])
    assert body["phases"][-1]["name"] == "Maintenance"
    assert all(item["caveat"] for phase in body["phases"] for item in phase["routine"])
    assert post(owner_browser, EXAMPLE | {"pregnant": "yes"}).status_code == 400
