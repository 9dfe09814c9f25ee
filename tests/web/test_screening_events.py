"""Events in practice close the gate until a new screening passes, and hold the exercise."""

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.core.screening import QUESTION_IDS, RECHECK_IDS, Gate
from scapula.plans.services import create_plan
from scapula.practice.models import DoseChange
from scapula.practice.services import ExerciseResult, SessionReport, record_session
from scapula.screening.events import held_exercises, pending_rescreen
from scapula.screening.models import Screening
from scapula.screening.selectors import gate_for
from scapula.screening.services import record_clearance, record_screening
from scapula.tracking.services import record_pain

TODAY = date(2026, 11, 23)
ALL_NO = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}
PROFILE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
NECK = "wall-neck-side-bend"


@pytest.fixture
def owner(db):
    owner = ensure_owner()
    record_screening(user=owner, answers=ALL_NO, today=TODAY)
    return owner


def practise(user, *results, key="s1", day=TODAY):
    # Stored after the screening, dated to `day` as the player would date it.
    started = max(timezone.now(), timezone.make_aware(datetime.combine(day, time(8))))
    report = SessionReport(key, started, started + timedelta(minutes=5), "stopped", 2, 3, results)
    record_session(user=user, report=report, now=started + timedelta(minutes=5))


# Each case: the exercise results of one session after a passing screening, and the gate.
STOP_CASES = {
    "a_dizziness_stop_asks_for_a_new_screening": (
        [ExerciseResult(NECK, "stopped", 4, "dizziness")],
        Gate.RESCREEN_DUE,
    ),
    "a_numbness_stop_asks_for_a_new_screening": (
        [ExerciseResult(NECK, "stopped", 3, "numbness or tingling")],
        Gate.RESCREEN_DUE,
    ),
    "a_typed_pins_and_needles_stop_asks_for_a_new_screening": (
        [ExerciseResult(NECK, "stopped", 3, "pins and needles down my arm")],
        Gate.RESCREEN_DUE,
    ),
    "one_stop_for_pain_above_5_does_not": (
        [ExerciseResult(NECK, "stopped", 6, "pain above 5")],
        Gate.OPEN,
    ),
    "a_completed_session_does_not": ([ExerciseResult(NECK, "done", 2)], Gate.OPEN),
}


@pytest.mark.parametrize(("results", "gate"), STOP_CASES.values(), ids=STOP_CASES.keys())
def test_stop(owner, results, gate):
    practise(owner, *results)
    assert gate_for(user=owner, today=TODAY) is gate


def test_the_exercise_that_caused_a_dizziness_stop_is_held_until_the_new_screening_passes(owner):
    practise(
        owner, ExerciseResult(NECK, "stopped", 4, "dizziness"), ExerciseResult("cat-cow", "done")
    )
    assert held_exercises(user=owner, today=TODAY) == {NECK}
    record_screening(user=owner, answers=ALL_NO, today=TODAY)
    assert held_exercises(user=owner, today=TODAY) == frozenset()
    assert gate_for(user=owner, today=TODAY) is Gate.OPEN


def test_the_weekly_check_does_not_answer_a_rescreen(owner):
    practise(owner, ExerciseResult(NECK, "stopped", 4, "dizziness"))
    record_screening(
        user=owner, answers=dict.fromkeys(RECHECK_IDS, False), today=TODAY, is_recheck=True
    )
    assert gate_for(user=owner, today=TODAY) is Gate.RESCREEN_DUE
    assert held_exercises(user=owner, today=TODAY) == {NECK}


def test_a_new_screening_that_needs_a_clinician_keeps_it_closed_and_held_until_cleared(owner):
    practise(owner, ExerciseResult(NECK, "stopped", 4, "numbness or tingling"))
    record_screening(user=owner, answers=ALL_NO | {"C7": True}, today=TODAY)
    assert gate_for(user=owner, today=TODAY) is Gate.NEEDS_CLEARANCE
    assert held_exercises(user=owner, today=TODAY) == {NECK}
    record_clearance(user=owner, cleared_by="Dr Lee, GP", cleared_on=TODAY, today=TODAY)
    assert gate_for(user=owner, today=TODAY) is Gate.OPEN
    assert held_exercises(user=owner, today=TODAY) == frozenset()


def test_pain_above_5_in_two_sessions_within_a_week_asks_for_a_new_screening(owner):
    practise(owner, ExerciseResult("cat-cow", "done", 6), key="s1")
    assert gate_for(user=owner, today=TODAY) is Gate.OPEN
    practise(owner, ExerciseResult("cat-cow", "stopped", 7, "pain above 5"), key="s2")
    assert gate_for(user=owner, today=TODAY) is Gate.RESCREEN_DUE
    assert held_exercises(user=owner, today=TODAY) == frozenset()


def test_a_refer_decision_asks_for_a_new_screening(owner):
    DoseChange.objects.create(
        user=owner,
        exercise_id="cat-cow",
        decision="refer",
        reason="Two flares within 7 days.",
        source="clinical rule",
        dose={},
        decided_on=TODAY,
    )
    assert [e.reason for e in pending_rescreen(user=owner, today=TODAY)] == ["refer"]
    assert gate_for(user=owner, today=TODAY) is Gate.RESCREEN_DUE


def test_no_meaningful_change_at_week_4_asks_for_a_new_screening(db):
    owner = ensure_owner()
    start = TODAY - timedelta(weeks=3)
    create_plan(user=owner, profile=PROFILE, today=start)
    for n in range(22):
        record_pain(user=owner, score=6, context="usual", today=start + timedelta(days=n))
    record_screening(user=owner, answers=ALL_NO, today=TODAY)
    # Stored after week 4 began, the screening answers the review.
    Screening.objects.filter(user=owner).update(
        created_at=timezone.make_aware(datetime(2026, 11, 23, 9))
    )
    assert gate_for(user=owner, today=TODAY) is Gate.OPEN
    # Stored before week 4 began, the same screening leaves the review unanswered.
    Screening.objects.filter(user=owner).update(
        created_at=timezone.make_aware(datetime(2026, 11, 22, 9))
    )
    assert gate_for(user=owner, today=TODAY) is Gate.RESCREEN_DUE


def test_the_locked_page_asks_for_the_safety_check_again(owner_browser):
    owner = ensure_owner()
    record_screening(user=owner, answers=ALL_NO, today=timezone.localdate())
    practise(owner, ExerciseResult(NECK, "stopped", 4, "dizziness"), day=timezone.localdate())
    page = owner_browser.get("/plan/").content.decode()
    assert "Take the safety check again" in page
    assert "numbness, pins and needles or dizziness" in page
