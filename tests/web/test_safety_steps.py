"""The safety check in steps: one group a screen, answers kept on the server, emergency first."""

import json
import re
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from scapula.core.screening import QUESTION_IDS
from scapula.screening.models import Screening
from tests.web.conftest import LOCAL
from tests.web.stepping import (
    SAFETY,
    answer_safety_steps,
    post_step,
    safety_steps,
    walk_safety,
    yes_no,
)

ALL_NO = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}
EMERGENCY_IDS, URGENT_IDS, CLINICIAN_IDS, PAIN_IDS = safety_steps()


def checked(page: str, question_id: str, value: str) -> bool:
    return re.search(rf'name="{question_id}" value="{value}"[^>]*checked', page) is not None


def test_next_moves_one_group_on_and_the_progress_says_where_you_are(owner_browser):
    first = owner_browser.get(SAFETY).content.decode()
    assert "Step 1 of 5" in first
    assert 'aria-label="Safety check progress"' in first
    assert '<progress max="5" value="1"' in first
    response = post_step(owner_browser, SAFETY, 1, yes_no(ALL_NO, EMERGENCY_IDS))
    assert response.status_code == 302
    assert response["Location"] == "/safety/?step=2"
    second = owner_browser.get(response["Location"]).content.decode()
    assert "Step 2 of 5" in second
    assert 'id="q-U1"' in second
    assert 'id="q-E1"' not in second


def test_back_keeps_the_answers_of_both_steps(owner_browser):
    post_step(owner_browser, SAFETY, 1, yes_no(ALL_NO, EMERGENCY_IDS))
    response = post_step(owner_browser, SAFETY, 2, {"U2": "yes"}, action="back")
    assert response["Location"] == "/safety/?step=1"
    first = owner_browser.get(response["Location"]).content.decode()
    assert checked(first, "E4", "no")
    second = owner_browser.get("/safety/?step=2").content.decode()
    assert checked(second, "U2", "yes")  # what was ticked before going back is kept


def test_the_draft_survives_a_reload_and_a_closed_tab(owner_browser):
    post_step(owner_browser, SAFETY, 1, yes_no(ALL_NO, EMERGENCY_IDS))
    post_step(owner_browser, SAFETY, 2, yes_no(ALL_NO, URGENT_IDS))
    # A new browser tab with the same cookies, opening the safety check from scratch.
    reopened = Client(**LOCAL)
    reopened.cookies = owner_browser.cookies
    page = reopened.get(SAFETY).content.decode()
    assert "Step 3 of 5" in page  # back where they stopped
    earlier = reopened.get("/safety/?step=2").content.decode()
    assert all(checked(earlier, qid, "no") for qid in URGENT_IDS)
    assert not Screening.objects.exists()  # nothing is a result before the final submit


def test_a_later_step_cannot_be_opened_before_the_earlier_ones_are_answered(owner_browser):
    page = owner_browser.get("/safety/?step=4").content.decode()
    assert "Step 1 of 5" in page


def test_an_unanswered_question_comes_back_named_next_to_it_and_in_a_focused_summary(
    owner_browser,
):
    answers = yes_no(ALL_NO, EMERGENCY_IDS)
    del answers["E5"]
    response = post_step(owner_browser, SAFETY, 1, answers)
    page = response.content.decode()
    assert "Step 1 of 5" in page
    summary = page[page.index('id="form-errors"') - 80 : page.index("</ul>")]
    assert "autofocus" in summary
    assert 'href="#q-E5"' in summary
    assert "Answer yes or no: Do you have new weakness" in summary
    question = page[page.index('id="q-E5"') : page.index('id="q-E6"')]
    assert 'id="E5-error"' in question
    assert 'aria-describedby="E5-error"' in question
    assert checked(page, "E4", "no")  # what was answered is kept
    assert not Screening.objects.exists()


def test_an_emergency_answer_goes_straight_to_the_emergency_result(owner_browser):
    response = post_step(owner_browser, SAFETY, 1, {"E3": "yes"}, follow=True)
    page = response.content.decode()
    assert "Call your emergency number now" in page
    screening = Screening.objects.get()
    assert screening.disposition == "emergency"
    assert screening.triggered == ["E3"]
    # The next check starts afresh, not from the emergency answers.
    assert "Step 1 of 5" in owner_browser.get(SAFETY).content.decode()


def test_an_emergency_answer_changed_on_the_way_back_also_goes_straight_to_it(owner_browser):
    answer_safety_steps(owner_browser, ALL_NO)
    response = post_step(owner_browser, SAFETY, 1, yes_no(ALL_NO, EMERGENCY_IDS) | {"E6": "yes"})
    assert response.status_code == 302
    assert "/safety/result/" in response["Location"]
    assert Screening.objects.get().disposition == "emergency"


def test_exercise_stays_locked_while_the_check_is_half_done(owner_browser):
    post_step(owner_browser, SAFETY, 1, yes_no(ALL_NO, EMERGENCY_IDS))
    post_step(owner_browser, SAFETY, 2, yes_no(ALL_NO, URGENT_IDS))
    assert owner_browser.get("/assessment/").status_code == 403
    assert owner_browser.get("/session/").status_code == 403


def test_the_review_lists_every_answer_and_links_to_each_group(owner_browser):
    answer_safety_steps(owner_browser, ALL_NO | {"C10": True})
    page = owner_browser.get("/safety/?step=5").content.decode()
    assert "Step 5 of 5" in page
    assert "Check your answers" in page
    for number in range(1, 5):
        assert f'href="/safety/?step={number}"' in page
    assert "Your answers: No (8)" in page
    assert "Yes, it changes or eases" in page
    assert not Screening.objects.exists()


def test_the_final_submit_stores_what_the_api_would(owner_browser):
    answers = ALL_NO | {"C10": True, "M2": True}
    page = walk_safety(owner_browser, answers).content.decode()
    assert "Please get checked before you start" in page
    web = Screening.objects.get()
    api = owner_browser.post(
        "/api/screening", json.dumps({"answers": answers}), content_type="application/json"
    ).json()
    assert (web.disposition, web.triggered, web.missing) == (
        api["disposition"],
        api["triggered"],
        api["missing"],
    )
    assert web.answers == answers


def test_after_the_submit_the_next_check_starts_empty(owner_browser):
    walk_safety(owner_browser, ALL_NO)
    page = owner_browser.get(SAFETY).content.decode()
    assert "Step 1 of 5" in page
    assert not checked(page, "E1", "no")


def test_a_draft_from_another_day_is_not_continued(owner_browser, monkeypatch):
    post_step(owner_browser, SAFETY, 1, yes_no(ALL_NO, EMERGENCY_IDS))
    tomorrow = timezone.localdate() + timedelta(days=1)
    monkeypatch.setattr("scapula.web.safety_views.timezone.localdate", lambda: tomorrow)
    page = owner_browser.get("/safety/?step=2").content.decode()
    assert "Step 1 of 5" in page  # the questions ask about now: yesterday's answers are gone
    assert not checked(page, "E1", "no")


def test_the_weekly_check_has_its_own_draft_and_three_steps(owner_browser):
    post_step(owner_browser, SAFETY, 1, yes_no(ALL_NO, EMERGENCY_IDS))
    page = owner_browser.get("/safety/recheck/").content.decode()
    assert "Step 1 of 3" in page
    assert not checked(page, "E1", "no")
    result = walk_safety(owner_browser, ALL_NO, "/safety/recheck/").content.decode()
    assert "your weekly check is done" in result
    assert Screening.objects.get().is_recheck
