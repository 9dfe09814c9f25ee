"""The self-assessment in steps: a group a screen, kept on the server, errors in plain words."""

import json
import re

import pytest
from django.test import Client
from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.core.screening import QUESTION_IDS
from scapula.plans.models import StoredPlan
from scapula.screening.services import record_screening
from scapula.web.plan_forms import STEPS
from tests.web.conftest import LOCAL
from tests.web.stepping import post_step

PATH = "/assessment/"
ALL_NO = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}
ANSWERS = {
    "minutes_per_day": "15",
    "equipment": ["foam_roller", "band"],
    "floor_ok": "yes",
    "kneeling_ok": "no",
    "age": "44",
    "pregnant": "no",
    "osteoporosis": "no",
    "pain_sites": ["between_shoulder_blades", "neck"],
    "pain_side": "left",
    "worse_with": ["sitting"],
    "sitting_hours": "9",
    "phone_hours": "3",
    "breaks_per_hour": "0",
    "thoracic_rotation_left": "40",
    "thoracic_rotation_right": "55",
    "neck_side_bend_left": "30",
    "neck_rotation_right": "70",
    "scapula_winging": "subtle",
}


@pytest.fixture
def screened(owner_browser):
    record_screening(user=ensure_owner(), answers=ALL_NO, today=timezone.localdate())
    return owner_browser


def step_data(number: int, answers: dict = ANSWERS) -> dict:
    return {name: answers[name] for name in STEPS[number - 1].fields if name in answers}


def answer_steps(client, answers: dict = ANSWERS, upto: int = len(STEPS)) -> None:
    for number in range(1, upto + 1):
        response = post_step(client, PATH, number, step_data(number, answers))
        assert response.status_code == 302, response.content.decode()[:3000]


def test_each_step_asks_one_group_with_the_progress(screened):
    page = screened.get(PATH).content.decode()
    assert "Step 1 of 5" in page
    assert 'aria-label="Self-assessment progress"' in page
    assert 'name="minutes_per_day"' in page
    assert 'name="floor_ok"' not in page
    answer_steps(screened, upto=1)
    page = screened.get(f"{PATH}?step=2").content.decode()
    assert "Step 2 of 5" in page
    assert "<legend>Can you get down to the floor and up again?</legend>" in page
    assert 'name="minutes_per_day"' not in page


def test_back_and_a_reload_keep_every_answer(screened):
    answer_steps(screened, upto=2)
    response = post_step(screened, PATH, 3, {"sitting_hours": "7"}, action="back")
    assert response["Location"] == "/assessment/?step=2"
    reopened = Client(**LOCAL)
    reopened.cookies = screened.cookies
    page = reopened.get(PATH).content.decode()
    assert "Step 2 of 5" in page
    assert re.search(r'name="kneeling_ok" value="no"[^>]*checked', page)
    assert 'value="7"' in reopened.get(f"{PATH}?step=3").content.decode()
    assert 'value="15"' in reopened.get(f"{PATH}?step=1").content.decode()
    assert not StoredPlan.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (
            "thoracic_rotation_left",
            "200",
            "Upper-back rotation test, left side: enter a whole number of degrees from 0 to 180",
        ),
        (
            "neck_side_bend_right",
            "-5",
            "Neck side-bend test, right side: enter a whole number of degrees from 0 to 180",
        ),
        (
            "neck_rotation_left",
            "12.5",
            "Neck rotation test, left side: enter a whole number of degrees from 0 to 180",
        ),
    ],
)
def test_a_bad_test_result_names_the_test_and_the_side(screened, field, value, message):
    answer_steps(screened, upto=3)
    response = post_step(screened, PATH, 4, step_data(4) | {field: value})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Step 4 of 5" in page
    summary = page[page.index('id="form-errors"') - 80 : page.index("</ul>")]
    assert "autofocus" in summary
    assert f'href="#id_{field}"' in summary
    assert message in summary
    field_html = page[page.index(f'for="id_{field}"') :]
    field_html = field_html[: field_html.index("</div>")]
    assert message in field_html
    assert f'aria-describedby="id_{field}-error"' in field_html
    assert not StoredPlan.objects.exists()


def test_no_error_shows_an_underscore_id_or_a_field_path(screened):
    bad = {name: "abc" for name in ANSWERS if not isinstance(ANSWERS[name], list)}
    response = screened.post(PATH, bad)  # every field wrong at once, as a script might post
    page = response.content.decode()
    summary = page[page.index('id="form-errors"') : page.index("</ul>")]
    texts = re.findall(r">([^<>]+)</a>", summary)
    assert texts
    for text in texts:
        assert "_" not in text
        assert not re.search(r"\w\.\w", text)


def test_a_required_answer_left_blank_comes_back_on_its_step(screened):
    response = post_step(screened, PATH, 1, {"minutes_per_day": ""})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Minutes a day you can give: enter a whole number of minutes from 5 to 60." in page


def test_the_review_shows_the_answers_in_words(screened):
    answer_steps(screened)
    page = screened.get(f"{PATH}?step=5").content.decode()
    assert "Check your answers" in page
    assert "15 minutes" in page
    assert "Foam roller, Band" in page
    assert "Upper-back rotation test, left side" in page
    assert "40 degrees" in page
    assert "Skipped" in page  # the neck side-bend test's right side was left blank
    for number in range(1, 5):
        assert f'href="/assessment/?step={number}"' in page
    assert not StoredPlan.objects.exists()


def test_the_final_submit_builds_the_same_plan_as_the_api(screened):
    answer_steps(screened)
    response = post_step(screened, PATH, 5, {}, action="submit")
    assert response.status_code == 302
    assert response["Location"] == "/plan/"
    web = StoredPlan.objects.get()
    api = screened.post("/api/plan", json.dumps(web.profile), content_type="application/json")
    assert api.status_code == 201
    from_api = StoredPlan.objects.latest("id")
    assert from_api.plan == web.plan
    assert web.profile["tests"]["thoracic_rotation_deg"] == {"left": 40, "right": 55}
    assert web.profile["tests"]["neck_side_bend_deg"] == {"left": 30}
    assert web.profile["kneeling_ok"] is False
    # The draft is gone: changing the answers starts from the stored plan.
    page = screened.get(PATH).content.decode()
    assert "Change your answers" in page
    assert "Step 1 of 5" in page
    assert 'value="15"' in page


def test_the_steps_are_locked_before_the_safety_check(owner_browser):
    assert owner_browser.get(f"{PATH}?step=2").status_code == 403
    assert post_step(owner_browser, PATH, 1, step_data(1)).status_code == 403
