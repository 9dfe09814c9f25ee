"""What the player takes from the server: plain labels, the stop choices, what comes next.

And the rule behind "Next time it starts one step easier": a stop for sharp pain with a
low score still eases the exercise once the next morning's pain is in.
"""

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from scapula.practice.models import DoseChange
from scapula.practice.progress import review_progress
from scapula.practice.services import ExerciseResult, SessionReport, record_session
from scapula.reminders.services import ensure_reminder_settings
from scapula.tracking.services import record_pain

ROW = "bent-over-isometric-row"


@pytest.fixture
def ready(owner_browser, planned_owner):
    return owner_browser


def page_json(page, element_id):
    found = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', page)
    assert found, element_id
    return json.loads(found.group(1))


def session_body(key, *, status="completed", reason="", exercise_status="done"):
    # Started after the fixture's safety check, as a real session is.
    now = timezone.now()
    return {
        "key": key,
        "started_at": now.isoformat(),
        "ended_at": (now + timedelta(minutes=10)).isoformat(),
        "status": status,
        "pain_before": 2,
        "pain_after": 2,
        "exercises": [
            {"exercise": ROW, "status": exercise_status, "peak_pain": 2, "stop_reason": reason}
        ],
    }


def post(client, body):
    return client.post("/api/sessions", json.dumps(body), content_type="application/json")


def test_todays_steps_carry_plain_labels_and_each_exercise_its_place(ready):
    data = ready.get("/api/session/today").json()
    assert data["steps"][0]["label"] == "Get ready"
    assert all(step["label"] and step["next"].startswith("Next: ") for step in data["steps"])
    assert [item["place"] for item in data["exercises"]][:2] == [
        "Exercise 1 of 5",
        "Exercise 2 of 5",
    ]
    # The last step of one exercise names the next exercise.
    first = data["exercises"][0]["id"]
    last = max(i for i, step in enumerate(data["steps"]) if step["exercise"] == first)
    assert data["steps"][last]["next"] == f"Next: {data['exercises'][1]['name']}"


def test_the_player_page_carries_the_stop_choices_statuses_and_what_comes_next(ready):
    page = ready.get("/session/").content.decode()
    rules = page_json(page, "player-rules")
    sharp = rules["stops"]["reasons"]["sharp or catching pain"]
    assert sharp["by_pain"][2]["choices"] == ["end", "next"]
    assert rules["stops"]["reasons"]["dizziness"]["no_pain"] == {
        "choices": ["end"],
        "get_help": True,
    }
    assert rules["stops"]["reasons"]["other"]["by_pain"][6]["choices"][0] == "end"
    assert rules["stops"]["reasons"]["other"]["by_pain"][5]["choices"][0] == "next"
    assert rules["statuses"]["words"]["partial"] == "Partly done"
    assert any("Tomorrow morning" in line for line in rules["what_comes_next"]["lines"])
    assert "<kbd>Space</kbd>" in page


def test_saving_a_session_answers_with_what_comes_tomorrow(ready):
    response = post(ready, session_body("next-aaaa"))
    assert response.status_code == 201
    upcoming = response.json()["what_comes_next"]
    assert upcoming["acknowledgement"]
    assert any("Tomorrow morning scapula asks" in line for line in upcoming["lines"])
    assert not any("safety questions" in line for line in upcoming["lines"])


def test_the_next_session_time_is_named_when_reminders_set_one(ready, planned_owner):
    settings = ensure_reminder_settings(user=planned_owner)
    settings.enabled = True
    settings.session_at = "18:30"
    settings.save()
    upcoming = post(ready, session_body("next-bbbb")).json()["what_comes_next"]
    assert any("tomorrow at 18:30" in line for line in upcoming["lines"])


def test_after_a_dizziness_stop_the_safety_questions_come_first(ready):
    body = session_body(
        "next-cccc", status="stopped", reason="dizziness", exercise_status="stopped"
    )
    upcoming = post(ready, body).json()["what_comes_next"]
    assert "safety questions again" in upcoming["lines"][0]


def test_a_stop_for_sharp_pain_with_a_low_score_makes_it_easier_next_time(planned_owner):
    started = timezone.now() - timedelta(days=1)
    report = SessionReport(
        "sharp-aaaa",
        started,
        started + timedelta(minutes=10),
        "stopped",
        3,
        3,
        (ExerciseResult(ROW, "stopped", 3, "sharp or catching pain", 4),),
    )
    session, _created = record_session(user=planned_owner, report=report, now=timezone.now())
    record_pain(
        user=planned_owner,
        score=3,
        context="morning",
        today=session.performed_on + timedelta(days=1),
    )
    review_progress(user=planned_owner, today=timezone.localdate())
    change = DoseChange.objects.get(exercise_id=ROW)
    assert change.decision == "stop"
    assert "one step easier" in change.reason
