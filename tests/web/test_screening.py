"""Screening in the app: answers stored per user, dispositions shown, clearance unlocks."""

import re
from datetime import date

import pytest

from scapula.accounts.services import ensure_owner
from scapula.core import ScapulaError
from scapula.core.screening import EXCEPTION_NOTE, QUESTION_IDS, RECHECK_IDS, Gate
from scapula.screening.models import Clearance, Screening
from scapula.screening.selectors import gate_for
from scapula.screening.services import record_clearance, record_screening
from tests.web.stepping import RECHECK, safety_pages, safety_steps

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


def test_the_check_asks_every_question_a_group_a_step_emergency_group_first(owner_browser):
    pages = safety_pages(owner_browser, ALL_NO)
    for page, ids in zip(pages, safety_steps(), strict=True):
        assert [qid for qid in QUESTION_IDS if f'id="q-{qid}"' in page] == ids
        assert "Why we ask" in page
    assert pages[0].count('id="q-E') == 8
    joined = "".join(pages)
    positions = [joined.index(f'id="q-{qid}"') for qid in QUESTION_IDS]
    assert positions == sorted(positions)


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
    page = "".join(safety_pages(owner_browser, ALL_NO, RECHECK))
    for qid in QUESTION_IDS:
        assert (f'id="q-{qid}"' in page) == (qid in RECHECK_IDS)
    assert "Step 1 of 3" in page


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


def test_one_clinician_answer_alone_shows_the_form_again_naming_the_red_flags(owner_browser):
    # The whole form in one post (as a script would send it): the first open group comes back.
    response = owner_browser.post("/safety/", {"C2": "yes"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Step 1 of 5" in page
    assert 'href="#q-E1"' in page
    assert "8 questions have no answer yet" in page
    assert Screening.objects.get().disposition == "incomplete"
    assert gate_for(user=ensure_owner(), today=TODAY) is Gate.INCOMPLETE


def test_a_clearance_after_unanswered_red_flags_is_refused(owner_browser):
    owner_browser.post("/safety/", {"C2": "yes"})
    response = owner_browser.post(
        "/safety/clearance/", {"cleared_by": "Dr Lee", "cleared_on": date.today().isoformat()}
    )
    assert response.status_code == 400
    assert "answer every emergency and same-day question" in response.content.decode()
    assert not Clearance.objects.exists()


def test_a_stored_clinician_result_with_red_flags_unanswered_cannot_be_cleared(owner):
    # Stored before every emergency and same-day question had to be answered.
    Screening.objects.create(
        user=owner,
        answers={"C2": True},
        disposition="clinician",
        triggered=["C2"],
        missing=[q for q in QUESTION_IDS if q != "C2"],
        screened_on=TODAY,
    )
    assert gate_for(user=owner, today=TODAY) is Gate.INCOMPLETE
    with pytest.raises(ScapulaError) as caught:
        record_clearance(user=owner, cleared_by="Dr Lee", cleared_on=TODAY, today=TODAY)
    assert caught.value.field == "screening"


def test_the_one_question_where_no_raises_the_flag_is_marked_with_answers_that_say_so(
    owner_browser,
):
    page = "".join(safety_pages(owner_browser, ALL_NO))
    question = page[page.index('id="q-M1"') :]
    question = question[: question.index("</details>")]
    assert EXCEPTION_NOTE.replace("'", "&#x27;") in question
    assert "No, it stays the same whatever I do" in question
    assert "Careful" not in page[page.index('id="q-E1"') : page.index('id="q-M1"')]


def test_answering_no_to_m1_says_so_and_offers_to_answer_again(owner_browser):
    page = owner_browser.post("/safety/", form_data(ALL_NO | {"M1": False}), follow=True)
    text = page.content.decode()
    assert "You answered No to" in text
    assert "take the safety check again" in text


# Each case: a lasting history answered yes on top of all-clear.
HISTORY_CASES = {
    "effort_pain": {"U3": True},
    "cancer_with_new_pain": {"U1": True, "C12": True},
    "osteoporosis_after_lifting": {"U6": True, "C6": True},
    "long_term_steroids": {"U8": True},
}


@pytest.mark.parametrize("extra", HISTORY_CASES.values(), ids=HISTORY_CASES.keys())
def test_a_same_day_history_can_be_cleared_by_a_doctor(owner_browser, extra):
    result = owner_browser.post("/safety/", form_data(ALL_NO | extra), follow=True)
    assert "record who and when below" in result.content.decode()
    today = date.today()
    response = owner_browser.post(
        "/safety/clearance/", {"cleared_by": "Dr Lee, GP", "cleared_on": today.isoformat()}
    )
    assert response.status_code == 302
    assert gate_for(user=ensure_owner(), today=today) is Gate.OPEN
    page = owner_browser.get(response["Location"]).content.decode()
    assert "Cleared by Dr Lee, GP" in page


def test_a_passing_same_day_symptom_cannot_be_cleared(owner_browser):
    owner_browser.post("/safety/", form_data(ALL_NO | {"U5": True}))
    response = owner_browser.post(
        "/safety/clearance/", {"cleared_by": "Dr Lee", "cleared_on": date.today().isoformat()}
    )
    assert response.status_code == 400
    assert "a new safety check" in response.content.decode()


def test_a_cleared_history_is_not_locked_again_by_the_weekly_check(owner):
    record_screening(user=owner, answers=ALL_NO | {"U3": True}, today=TODAY)
    record_clearance(user=owner, cleared_by="Dr Lee", cleared_on=TODAY, today=TODAY)
    recheck = dict.fromkeys(RECHECK_IDS, False) | {"U3": True}
    record_screening(user=owner, answers=recheck, today=TODAY, is_recheck=True)
    assert gate_for(user=owner, today=TODAY) is Gate.OPEN


def test_cancer_in_the_past_asks_whether_the_pain_is_new_or_different(owner_browser):
    page = "".join(safety_pages(owner_browser, ALL_NO))
    assert "is this pain new, or different from pain you have had before?" in page


def test_the_page_asks_the_age_question(owner_browser):
    page = "".join(safety_pages(owner_browser, ALL_NO))
    assert "Are you under 18, or 70 or older?" in page


def test_left_sided_pain_with_a_heart_condition_shows_the_same_day_page(owner_browser):
    page = owner_browser.post("/safety/", form_data(ALL_NO | {"M2": True, "C8": True}), follow=True)
    assert "contact a doctor today" in page.content.decode()
