"""Screening in the app: answers stored per user, dispositions shown, clearance unlocks."""

import re
from datetime import date

import pytest

from scapula.accounts.services import ensure_owner
from scapula.core import ScapulaError
from scapula.core.screening import QUESTION_IDS, RECHECK_IDS, Gate
from scapula.screening.models import Clearance, Screening
from scapula.screening.selectors import gate_for
from scapula.screening.services import record_clearance, record_screening

TODAY = date(2026, 11, 23)
ALL_NO = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}


def form_data(answers: dict[str, bool]) -> dict[str, str]:
    return {qid: "yes" if value else "no" for qid, value in answers.items()}


@pytest.fixture
def owner(db):
    return ensure_owner()


def test_a_new_person_is_gated_until_screened(owner):
    assert gate_for(user=owner, today=TODAY) is Gate.NEEDS_SCREENING


def test_a_proceed_screening_opens_exercise(owner):
    record_screening(user=owner, answers=ALL_NO, today=TODAY)
    assert gate_for(user=owner, today=TODAY) is Gate.OPEN


def test_clearance_is_stored_and_unlocks_a_clinician_result(owner):
    record_screening(user=owner, answers=ALL_NO | {"C10": True}, today=TODAY)
    assert gate_for(user=owner, today=TODAY) is Gate.NEEDS_CLEARANCE
    record_clearance(user=owner, cleared_by="Dr Lee, GP", cleared_on=TODAY, today=TODAY)
    assert gate_for(user=owner, today=TODAY) is Gate.OPEN
    assert Clearance.objects.get().cleared_by == "Dr Lee, GP"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"cleared_by": "  ", "cleared_on": TODAY}, "cleared_by"),
        ({"cleared_by": "Dr Lee", "cleared_on": date(2026, 12, 1)}, "cleared_on"),
        ({"cleared_by": "Dr Lee", "cleared_on": date(2026, 11, 1)}, "cleared_on"),
    ],
)
def test_a_bad_clearance_is_refused_naming_the_field(owner, kwargs, field):
    record_screening(user=owner, answers=ALL_NO | {"C10": True}, today=TODAY)
    with pytest.raises(ScapulaError) as caught:
        record_clearance(user=owner, today=TODAY, **kwargs)
    assert caught.value.field == field
    assert not Clearance.objects.exists()


def test_a_clearance_without_a_clinician_result_is_refused(owner):
    record_screening(user=owner, answers=ALL_NO, today=TODAY)
    with pytest.raises(ScapulaError):
        record_clearance(user=owner, cleared_by="Dr Lee", cleared_on=TODAY, today=TODAY)


def test_the_page_asks_every_question_emergency_block_first(owner_browser):
    page = owner_browser.get("/safety/").content.decode()
    positions = [page.index(f'id="q-{qid}"') for qid in QUESTION_IDS]
    assert positions == sorted(positions)
    assert "Why we ask" in page


def test_answering_no_to_everything_shows_you_can_start(owner_browser):
    response = owner_browser.post("/safety/", form_data(ALL_NO), follow=True)
    assert "You can start, gently" in response.content.decode()
    assert Screening.objects.get().disposition == "proceed"


def test_one_emergency_answer_shows_the_emergency_screen_at_once(owner_browser):
    response = owner_browser.post("/safety/", {"E1": "yes"}, follow=True)
    page = response.content.decode()
    assert "Call your emergency number now" in page
    assert "Do not drive yourself" in page
    assert "112" in page
    assert "911" in page
    assert "999" in page


def test_an_urgent_answer_keeps_the_program_locked(owner_browser):
    page = owner_browser.post("/safety/", form_data(ALL_NO | {"U5": True}), follow=True)
    assert "contact a doctor today" in page.content.decode()


def test_unanswered_questions_show_the_form_again_naming_them(owner_browser):
    answers = dict(ALL_NO)
    del answers["C4"]
    response = owner_browser.post("/safety/", form_data(answers))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Please answer every question" in page
    assert 'href="#q-C4"' in page
    assert re.search(r'name="C5" value="no"[^>]*checked', page)  # what was answered is kept


def test_a_clearance_with_a_future_date_shows_the_form_again_with_the_message(owner_browser):
    owner_browser.post("/safety/", form_data(ALL_NO | {"C3": True}))
    response = owner_browser.post(
        "/safety/clearance/", {"cleared_by": "Dr Lee", "cleared_on": "2099-01-01"}
    )
    assert response.status_code == 400
    assert "cannot be in the future" in response.content.decode()


def test_the_weekly_check_in_asks_only_the_red_flags(owner_browser):
    page = owner_browser.get("/safety/check-in/").content.decode()
    for qid in QUESTION_IDS:
        assert (f'id="q-{qid}"' in page) == (qid in RECHECK_IDS)


def test_another_persons_result_is_not_found(owner_browser, phone):
    owner_browser.post("/safety/", form_data(ALL_NO))
    screening = Screening.objects.get()
    from scapula.accounts.models import User

    User.objects.create_user("sam", password="another-person-1")
    phone.login(username="sam", password="another-person-1")
    assert phone.get(f"/safety/result/{screening.pk}/").status_code == 404


def test_the_configured_countrys_number_comes_first_on_the_emergency_screen(
    owner_browser, settings
):
    settings.SCAPULA_COUNTRY = "AU"
    page = owner_browser.post("/safety/", {"E1": "yes"}, follow=True).content.decode()
    assert page.index('class="yours"') < page.index("000") < page.index("112")
