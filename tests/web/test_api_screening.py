"""The safety check over the API: stored, judged, gated, and errors naming the question."""

import json

from scapula.core.screening import QUESTION_IDS
from scapula.screening.models import Screening

ALL_NO = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}


def post(client, body):
    return client.post("/api/screening", json.dumps(body), content_type="application/json")


def test_posting_all_no_proceeds_and_opens_the_gate(owner_browser):
    response = post(owner_browser, {"answers": ALL_NO})
    assert response.status_code == 201
    body = response.json()
    assert (body["disposition"], body["gate"], body["triggered"]) == ("proceed", "open", [])


def test_an_emergency_answer_is_returned_with_its_trigger_and_advice(owner_browser):
    body = post(owner_browser, {"answers": {"E4": True}}).json()
    assert body["disposition"] == "emergency"
    assert body["triggered"] == ["E4"]
    assert "Call your emergency number" in body["advice"]
    assert body["gate"] == "emergency"


def test_an_unknown_question_is_a_400_naming_it_and_nothing_is_stored(owner_browser):
    response = post(owner_browser, {"answers": {"E1": False, "X1": True}})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "X1"
    assert not Screening.objects.exists()


def test_a_string_instead_of_a_boolean_is_a_422_naming_the_question(owner_browser):
    response = post(owner_browser, {"answers": {"E1": "true"}})
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "answers.E1"
    assert not Screening.objects.exists()


def test_the_recheck_accepts_only_the_red_flag_questions(owner_browser):
    response = post(owner_browser, {"answers": {"C1": True}, "recheck": True})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "C1"


def test_the_latest_screening_and_gate_can_be_read_back(owner_browser):
    assert owner_browser.get("/api/screening").status_code == 404
    post(owner_browser, {"answers": ALL_NO | {"C6": True}})
    body = owner_browser.get("/api/screening").json()
    assert (body["disposition"], body["gate"]) == ("clinician", "needs_clearance")


def test_the_screening_needs_a_signed_in_person(phone):
    assert post(phone, {"answers": ALL_NO}).status_code == 401


def test_one_clinician_answer_alone_is_incomplete_and_keeps_the_gate_closed(owner_browser):
    body = post(owner_browser, {"answers": {"C2": True}}).json()
    assert (body["disposition"], body["gate"], body["clearable"]) == (
        "incomplete",
        "incomplete",
        False,
    )
    assert len(body["missing"]) == len(QUESTION_IDS) - 1


def test_a_same_day_history_is_clearable_as_on_the_web(owner_browser):
    body = post(owner_browser, {"answers": ALL_NO | {"U3": True}}).json()
    assert (body["disposition"], body["gate"], body["clearable"]) == ("urgent", "urgent", True)
    assert "record who and when" in body["advice"]


def test_the_openapi_schema_lists_the_dispositions(owner_browser):
    schema = owner_browser.get("/api/openapi.json").json()
    enums = [s.get("enum") for s in schema["components"]["schemas"].values()]
    assert ["emergency", "urgent", "clinician", "incomplete", "proceed"] in enums
