"""Progression applied: a one-tap morning pain score sets the next session's doses, with reasons."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from scapula.practice.models import DoseChange
from scapula.practice.progress import needs_morning_pain, review_progress
from scapula.practice.selectors import today_session
from scapula.practice.services import ExerciseResult, SessionReport, record_session
from scapula.tracking.services import record_pain

EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
ROW = "bent-over-isometric-row"


@pytest.fixture
def owner(planned_owner):
    return planned_owner


def calm_session(owner, days_ago, key, *, peak=2):
    started = timezone.now() - timedelta(days=days_ago)
    report = SessionReport(
        key,
        started,
        started + timedelta(minutes=10),
        "completed",
        3,
        2,
        (ExerciseResult(ROW, "done", peak, "", 20),),
    )
    session, _created = record_session(user=owner, report=report, now=timezone.now())
    return session.performed_on


def test_two_calm_sessions_and_calm_mornings_lengthen_the_hold(owner):
    for days_ago, key in ((2, "session-aaaa"), (1, "session-bbbb")):
        day = calm_session(owner, days_ago, key)
        record_pain(user=owner, score=3, context="morning", today=day + timedelta(days=1))
    (change,) = [
        c for c in review_progress(user=owner, today=timezone.localdate()) if c.exercise_id == ROW
    ]
    assert change.decision == "progress"
    row = next(
        e
        for e in today_session(user=owner, today=timezone.localdate())["exercises"]
        if e["id"] == ROW
    )
    assert row["dose"]["hold_seconds"] == 5


def test_pain_above_five_yesterday_stops_the_exercise_with_the_reason(owner):
    day = calm_session(owner, 1, "session-cccc", peak=7)
    record_pain(user=owner, score=3, context="morning", today=day + timedelta(days=1))
    review_progress(user=owner, today=timezone.localdate())
    change = DoseChange.objects.get(exercise_id=ROW)
    assert change.decision == "stop"
    assert "above 5" in change.reason


def test_the_morning_pain_is_asked_the_day_after_a_session_then_not_again(owner, owner_browser):
    calm_session(owner, 1, "session-dddd")
    assert needs_morning_pain(user=owner, today=timezone.localdate())
    assert "how is your pain today?" in owner_browser.get("/plan/").content.decode()
    response = owner_browser.post("/morning-pain/", {"score": "3"})
    assert response.status_code == 302
    assert not needs_morning_pain(user=owner, today=timezone.localdate())
    assert "how is your pain today?" not in owner_browser.get("/plan/").content.decode()


def test_a_flare_shows_what_changed_and_why_on_the_plan(owner, owner_browser):
    calm_session(owner, 1, "session-eeee")
    owner_browser.post("/morning-pain/", {"score": "6"})  # 3 before the session, 6 this morning
    page = owner_browser.get("/plan/").content.decode()
    assert "What changed today, and why" in page
    assert "one step easier next time" in page
