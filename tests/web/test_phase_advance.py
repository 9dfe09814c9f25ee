"""The plan moves to its next phase only once the exercises of the current one progressed."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.core.screening import QUESTION_IDS
from scapula.plans.selectors import current_plan
from scapula.plans.services import create_plan
from scapula.practice.models import DoseChange
from scapula.screening.services import record_screening

EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())


@pytest.fixture
def four_weeks_in(owner_browser):
    owner, today = ensure_owner(), timezone.localdate()
    record_screening(
        user=owner, answers=dict.fromkeys(QUESTION_IDS, False) | {"M1": True}, today=today
    )
    create_plan(user=owner, profile=EXAMPLE, today=today - timedelta(weeks=4))
    return owner


def phase_exercises(owner, index):
    return [item["exercise"] for item in current_plan(user=owner).plan["phases"][index]["routine"]]


def test_after_the_planned_weeks_the_phase_waits_for_progress(owner_browser, four_weeks_in):
    phases = current_plan(user=four_weeks_in).plan["phases"]
    page = owner_browser.get("/plan/").content.decode()
    assert f"<strong>{phases[0]['name']}</strong>, since" in page
    assert "This phase's planned weeks are over" in page
    today = owner_browser.get("/api/session/today").json()
    assert today["phase"] == phases[0]["name"]
    assert owner_browser.get("/api/plan").json()["waiting_for"] == phase_exercises(four_weeks_in, 0)


def test_once_every_exercise_progressed_the_next_phase_starts(owner_browser, four_weeks_in):
    phases = current_plan(user=four_weeks_in).plan["phases"]
    decided_on = timezone.localdate() - timedelta(weeks=2)
    for exercise_id in phase_exercises(four_weeks_in, 0):
        DoseChange.objects.create(
            user=four_weeks_in,
            exercise_id=exercise_id,
            decision="progress",
            reason="Two calm sessions in a row.",
            source="clinical.md §3.7",
            dose={"reps": 1},
            decided_on=decided_on,
        )
    start_of_phase_2 = timezone.localdate() - timedelta(weeks=1)
    plan = owner_browser.get("/api/plan").json()
    assert plan["current_phase"] == phases[1]["name"]
    assert plan["phase_started_on"] == start_of_phase_2.isoformat()
    today = owner_browser.get("/api/session/today").json()
    assert today["phase"] == phases[1]["name"]
    assert [e["id"] for e in today["exercises"]] == phase_exercises(four_weeks_in, 1)
    page = owner_browser.get("/plan/").content.decode()
    assert f"<strong>{phases[1]['name']}</strong>, since" in page
    assert f"<strong>{phases[2]['name']}</strong> comes next" in page
