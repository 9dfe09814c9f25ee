"""Sessions over the API: today's script, saved once, bad values named, nothing half-saved."""

import json
from pathlib import Path

import pytest
from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.core.screening import QUESTION_IDS
from scapula.plans.services import create_plan
from scapula.practice.models import PracticeExercise, PracticeSession
from scapula.screening.services import record_screening

EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
SESSION = {
    "key": "a1b2c3d4e5f6",
    "started_at": "2026-11-23T08:00:00Z",
    "ended_at": "2026-11-23T08:09:00Z",
    "status": "completed",
    "pain_before": 4,
    "pain_after": 2,
    "exercises": [
        {"exercise": "bridge-and-reach-over", "status": "done", "peak_pain": 3, "steps_done": 20},
        {
            "exercise": "can-openers",
            "status": "stopped",
            "peak_pain": 6,
            "stop_reason": "sharp pain",
            "steps_done": 4,
        },
    ],
}


def post(client, body):
    return client.post("/api/sessions", json.dumps(body), content_type="application/json")


@pytest.fixture
def ready(owner_browser):
    owner, today = ensure_owner(), timezone.localdate()
    record_screening(
        user=owner, answers=dict.fromkeys(QUESTION_IDS, False) | {"M1": True}, today=today
    )
    create_plan(user=owner, profile=EXAMPLE, today=today)
    return owner_browser


def test_today_is_locked_before_the_safety_check(owner_browser):
    assert owner_browser.get("/api/session/today").status_code == 403


def test_today_gives_the_routine_and_a_script_whose_total_adds_up(ready):
    data = ready.get("/api/session/today").json()
    assert data["phase"] == "Relief and activation"
    assert data["exercises"][0]["id"] == "bridge-and-reach-over"
    assert data["total_seconds"] == sum(step["seconds"] for step in data["steps"])


def test_a_session_is_stored_with_its_pain_values(ready):
    response = post(ready, SESSION)
    assert response.status_code == 201
    stored = PracticeSession.objects.get()
    assert (stored.pain_before, stored.pain_after) == (4, 2)
    stopped = PracticeExercise.objects.get(exercise_id="can-openers")
    assert (stopped.status, stopped.peak_pain, stopped.stop_reason) == ("stopped", 6, "sharp pain")


def test_sending_the_same_session_again_stores_it_once(ready):
    first = post(ready, SESSION)
    second = post(ready, SESSION)
    assert second.status_code == 200
    assert second.json()["id"] == first.json()["id"]
    assert PracticeSession.objects.count() == 1
    assert PracticeExercise.objects.count() == 2


def test_the_sessions_list_shows_the_stored_session(ready):
    post(ready, SESSION)
    sessions = ready.get("/api/sessions").json()
    assert sessions[0]["key"] == SESSION["key"]
    assert sessions[0]["exercises"][1]["peak_pain"] == 6


def test_an_unknown_exercise_is_named_and_nothing_is_stored(ready):
    # Wrong types, ranges and sizes of every field are in test_api_bad_input.py.
    change = {"exercises": [{"exercise": "handstand", "status": "done"}]}
    response = post(ready, SESSION | change)
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "exercises.0.exercise"
    assert not PracticeSession.objects.exists()
    assert not PracticeExercise.objects.exists()


def test_the_player_page_shows_how_to_get_help_on_every_screen(ready):
    page = ready.get("/session/").content.decode()
    assert page.count("Stop and get help if") >= 2
    assert 'id="session-data" type="application/json"' in page
