"""The two-weekly check-in: PSFS activities and the global rating, on the web and the API."""

import json
from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.plans.services import create_plan
from scapula.tracking.models import ActivityRating, OutcomeCheckIn, PsfsActivity
from scapula.tracking.services import record_check_in

ACTIVITIES = ["Reading in bed", "Carrying shopping", "A full day at the desk"]


def first_form(*scores: int, names=ACTIVITIES) -> dict[str, object]:
    data: dict[str, object] = {}
    for index, (name, score) in enumerate(zip(names, scores, strict=False), start=1):
        data[f"activity_{index}"] = name
        data[f"score_{index}"] = score
    return data


def stored_rows() -> tuple[int, int, int]:
    return (
        PsfsActivity.objects.count(),
        OutcomeCheckIn.objects.count(),
        ActivityRating.objects.count(),
    )


def test_the_first_check_in_names_activities_and_rates_them(owner_browser):
    page = owner_browser.get("/progress/check-in/").content.decode()
    assert "Name three to five everyday activities" in page
    response = owner_browser.post("/progress/check-in/", first_form(3, 4, 5))
    assert response.status_code == 302
    assert response["Location"] == "/progress/"
    progress = owner_browser.get("/progress/").content.decode()
    assert "Check-in saved" in progress
    assert 'class="chart function-chart"' in progress
    assert "Next check-in:" in progress
    assert stored_rows() == (3, 1, 3)


def test_too_few_activities_show_the_form_again_and_store_nothing(owner_browser):
    response = owner_browser.post("/progress/check-in/", first_form(3, 4))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Name 3 to 5 activities, got 2." in page
    assert 'value="Reading in bed"' in page
    assert stored_rows() == (0, 0, 0)


def test_a_named_activity_without_a_rating_is_pointed_out(owner_browser):
    data = first_form(3, 4, 5) | {"activity_4": "Sleeping"}
    response = owner_browser.post("/progress/check-in/", data)
    assert response.status_code == 400
    assert "Rate this activity from 0 to 10." in response.content.decode()
    assert stored_rows() == (0, 0, 0)


def test_later_check_ins_re_rate_the_same_activities_and_ask_for_global_change(owner_browser):
    record_check_in(
        user=ensure_owner(),
        ratings=list(zip(ACTIVITIES, (3, 4, 5), strict=False)),
        groc=None,
        today=timezone.localdate() - timedelta(days=14),
    )
    page = owner_browser.get("/progress/").content.decode()
    assert "Your two-weekly check-in is due" in page
    form = owner_browser.get("/progress/check-in/").content.decode()
    assert "Compared with two weeks ago, how is your upper back now?" in form
    assert "Carrying shopping" in form
    missing_groc = owner_browser.post("/progress/check-in/", {"score_0": 6, "score_1": 6})
    assert missing_groc.status_code == 400
    assert stored_rows() == (3, 1, 3)
    done = owner_browser.post(
        "/progress/check-in/", {"score_0": 6, "score_1": 6, "score_2": 6, "groc": 4}
    )
    assert done.status_code == 302
    progress = owner_browser.get("/progress/").content.decode()
    assert "rose from 4.0 to 6.0: a real improvement" in progress
    assert "Moderately better" in progress


def post(client, body) -> object:
    return client.post("/api/check-ins", json.dumps(body), content_type="application/json")


def ratings(*scores: int, names=ACTIVITIES) -> list[dict[str, object]]:
    return [{"activity": n, "score": s} for n, s in zip(names, scores, strict=False)]


def test_the_api_records_check_ins_and_reports_the_change(owner_browser):
    assert owner_browser.get("/api/check-ins").json()["due"] is True
    first = post(owner_browser, {"ratings": ratings(2, 4, 6)})
    assert first.status_code == 201
    assert first.json()["psfs"] == 4.0
    assert first.json()["groc"] is None
    state = owner_browser.get("/api/check-ins").json()
    assert state["due"] is False
    assert state["activities"] == ACTIVITIES
    assert state["baseline"] == 4.0
    assert "One more check-in" in state["message"]


def test_the_api_names_what_is_wrong_and_stores_nothing(owner_browser):
    for body, field in (
        ({"ratings": ratings(2, 4, 11)}, "score"),
        ({"ratings": ratings(2, 4, 6), "groc": 3}, "groc"),
        ({"ratings": ratings(2, 4)}, "activities"),
        ({"ratings": ratings(2, 4, 6), "groc": 9}, "groc"),
        ({"ratings": ratings(2, 4, "5")}, "score"),
    ):
        response = post(owner_browser, body)
        assert response.status_code in (400, 422), body
        assert field in json.dumps(response.json()), (body, response.json())
    assert stored_rows() == (0, 0, 0)
    assert post(owner_browser, {"ratings": ratings(2, 4, 6)}).status_code == 201
    other = post(
        owner_browser, {"ratings": ratings(5, 5, 5, names=["Reading in bed", "Golf", "Running"])}
    )
    assert other.status_code == 400
    error = other.json()
    assert "ratings" in json.dumps(error)
    assert "Carrying shopping" in json.dumps(error)
    assert "Golf" in json.dumps(error)
    assert stored_rows() == (3, 1, 3)


def test_a_real_rise_in_activities_holds_back_the_review_suggestion(owner_browser):
    today = timezone.localdate()
    owner = ensure_owner()
    profile = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
    create_plan(user=owner, profile=profile, today=today - timedelta(weeks=5))
    for score in (6, 6, 6, 6):
        post_pain = {"score": score}
        owner_browser.post("/api/pain", json.dumps(post_pain), content_type="application/json")
    record_check_in(
        user=owner,
        ratings=list(zip(ACTIVITIES, (3, 3, 3), strict=False)),
        groc=None,
        today=today - timedelta(weeks=4),
    )
    assert "Time for a clinician" in owner_browser.get("/progress/").content.decode()
    record_check_in(
        user=owner, ratings=list(zip(ACTIVITIES, (5, 5, 6), strict=False)), groc=4, today=today
    )
    assert "Time for a clinician" not in owner_browser.get("/progress/").content.decode()


def test_the_summary_gathers_everything_on_one_page(owner_browser):
    today = timezone.localdate()
    owner = ensure_owner()
    profile = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
    create_plan(user=owner, profile=profile, today=today - timedelta(weeks=2))
    record_check_in(
        user=owner,
        ratings=list(zip(ACTIVITIES, (3, 4, 5), strict=False)),
        groc=None,
        today=today - timedelta(14),
    )
    record_check_in(
        user=owner, ratings=list(zip(ACTIVITIES, (5, 6, 7), strict=False)), groc=3, today=today
    )
    for score in (5, 5, 4):
        owner_browser.post(
            "/api/pain", json.dumps({"score": score}), content_type="application/json"
        )
    page = owner_browser.get("/progress/summary/").content.decode()
    assert "Not medical advice." in page
    assert "week 3" in page
    assert "<td>Carrying shopping</td><td>4</td><td>6</td>" in page
    assert "Somewhat better" in page
    assert "Current routine:" in page
    assert 'class="chart pain-chart"' in page
    assert 'class="chart function-chart"' in page
    assert "scapula/summary." in page


def test_after_the_first_session_the_home_page_leads_to_the_check_in(owner_browser):
    from tests.history import seed_session

    owner, today = ensure_owner(), timezone.localdate()
    from scapula.core.screening import QUESTION_IDS
    from scapula.screening.services import record_screening

    record_screening(
        user=owner, answers=dict.fromkeys(QUESTION_IDS, False) | {"M1": True}, today=today
    )
    profile = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
    create_plan(user=owner, profile=profile, today=today)
    assert "Start today&#x27;s session" in owner_browser.get("/").content.decode()
    seed_session(owner, today, "completed", 0)
    home = owner_browser.get("/").content.decode()
    assert "Your two-weekly check-in" in home
    assert 'href="/progress/check-in/"' in home
    record_check_in(
        user=owner, ratings=list(zip(ACTIVITIES, (3, 4, 5), strict=True)), groc=None, today=today
    )
    assert "Start today&#x27;s session" in owner_browser.get("/").content.decode()


def test_the_progress_api_gives_the_same_figures_as_the_page(owner_browser):
    from tests.history import seed_ten_weeks

    seed_ten_weeks(ensure_owner(), timezone.localdate())
    data = owner_browser.get("/api/progress").json()
    assert data["week"] == 10
    assert data["pain"]["is_meaningful"] is True
    assert data["function"]["is_meaningful"] is True
    assert len(data["function"]["check_ins"]) == 5
    page = owner_browser.get("/progress/").content.decode()
    assert data["pain"]["message"] in page.replace("&#x27;", "'")
    assert f"{data['sessions']['done_days']} of {data['sessions']['planned_days']}" in page


def test_the_summary_without_a_plan_plans_no_sessions(owner_browser):
    page = owner_browser.get("/progress/summary/").content.decode()
    assert "No plan yet, so no sessions are planned." in page
    assert "planned days done" not in page
