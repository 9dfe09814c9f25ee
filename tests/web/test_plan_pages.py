"""The self-assessment and plan pages: gated by the safety check, stored per user, with history."""

import json
from pathlib import Path

import pytest
from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.core.screening import QUESTION_IDS
from scapula.plans.models import StoredPlan
from scapula.plans.services import create_plan
from scapula.screening.services import record_screening

ALL_NO = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}
EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
FORM = {
    "minutes_per_day": "12",
    "equipment": ["foam_roller"],
    "floor_ok": "yes",
    "kneeling_ok": "yes",
    "pain_sites": ["between_shoulder_blades"],
    "thoracic_rotation_left": "40",
    "thoracic_rotation_right": "55",
    "scapula_winging": "unknown",
    "sitting_hours": "9",
    "breaks_per_hour": "0",
}


@pytest.fixture
def screened(owner_browser):
    record_screening(user=ensure_owner(), answers=ALL_NO, today=timezone.localdate())
    return owner_browser


def test_the_assessment_is_locked_before_the_safety_check(owner_browser):
    response = owner_browser.get("/assessment/")
    assert response.status_code == 403
    assert "take the two-minute safety check" in response.content.decode()


def test_the_plan_is_locked_after_an_urgent_result(owner_browser):
    record_screening(user=ensure_owner(), answers=ALL_NO | {"U3": True}, today=timezone.localdate())
    assert "see a doctor today" in owner_browser.get("/plan/").content.decode()


def test_the_assessment_builds_and_stores_a_plan(screened):
    response = screened.post("/assessment/", FORM)
    assert response.status_code == 302
    stored = StoredPlan.objects.get()
    assert stored.profile["tests"]["thoracic_rotation_deg"] == {"left": 40, "right": 55}
    assert stored.plan["focus"][0] in ("thoracic_mobility", "postural_load")


def test_the_plan_page_shows_todays_routine_with_reasons(screened):
    screened.post("/assessment/", FORM)
    page = screened.get("/plan/").content.decode()
    assert "Week 1: <strong>Relief and activation</strong>" in page
    assert "Today's routine" in page
    assert "Why it is in your plan" in page
    assert "Upper-back rotation to the left was 40°, below 50°." in page


def test_a_bad_answer_shows_the_form_again_naming_the_field(screened):
    response = screened.post("/assessment/", FORM | {"minutes_per_day": "2"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Minutes a day you can give: enter a whole number of minutes from 5 to 60." in page
    assert "Step 1 of 5" in page  # the step that asks it comes back
    assert not StoredPlan.objects.exists()


def test_changing_the_answers_keeps_the_earlier_plan(screened):
    screened.post("/assessment/", FORM)
    screened.post("/assessment/", FORM | {"minutes_per_day": "20"})
    assert StoredPlan.objects.count() == 2
    page = screened.get("/assessment/").content.decode()
    assert 'value="20"' in page  # the form starts from the latest answers


def test_without_a_plan_the_plan_page_leads_to_the_assessment(screened):
    response = screened.get("/plan/")
    assert response.status_code == 302
    assert response["Location"] == "/assessment/"


def test_plans_belong_to_their_user(db):
    owner = ensure_owner()
    create_plan(user=owner, profile=EXAMPLE, today=timezone.localdate())
    from scapula.accounts.models import User
    from scapula.plans.selectors import current_plan

    sam = User.objects.create_user("sam", password="another-person-1")
    assert current_plan(user=sam) is None


def test_obvious_winging_and_pregnancy_show_as_notices_with_caveats(screened):
    screened.post("/assessment/", FORM | {"scapula_winging": "obvious", "pregnant": "yes"})
    page = screened.get("/plan/").content.decode()
    assert "Before you start" in page
    assert "doctor or physiotherapist" in page
    assert "Because you are pregnant" in page
    assert "How sure is this?" in page
    assert "from week 13, with no end date" in page
