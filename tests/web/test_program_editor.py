"""The program editor: the patient's own clinician changes the program with a reason, a
refused change comes back with its message, and the patient sees who changed what and why."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from scapula.catalog import shipped_catalog
from scapula.clinic.models import ProgramChange
from scapula.core.catalog.describe import describe_dose
from scapula.core.screening import QUESTION_IDS
from scapula.plans.services import create_plan
from scapula.practice.today import todays_routine
from scapula.screening.services import record_screening
from tests.clinic_support import browser_for, make_world, use_clinic_mode
from tests.plain_words import internal_words, readable_text

EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
ROW = "bent-over-isometric-row"
CATALOG = shipped_catalog()
CLEAR = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}


@pytest.fixture
def world(db, settings):
    use_clinic_mode(settings)
    world = make_world()
    world.clinician.first_name, world.clinician.last_name = "Ana", "Silva"
    world.clinician.save()
    patient = world.patient_a
    record_screening(user=patient, answers=CLEAR, today=timezone.localdate())
    create_plan(user=patient, profile=EXAMPLE, today=timezone.localdate() - timedelta(days=3))
    return world


def editor(world):
    return f"/clinic/program/{world.patient_a.pk}/"


def routine_ids(patient):
    routine = todays_routine(user=patient, today=timezone.localdate())
    return [item.exercise.id for item in routine.items]


def test_the_clinician_sees_today_s_routine_with_doses_and_swap_options(world):
    page = browser_for(world.clinician).get(editor(world))
    assert page.status_code == 200
    html = page.content.decode()
    routine = todays_routine(user=world.patient_a, today=timezone.localdate())
    for item in routine.items:
        assert item.exercise.name in html
        assert describe_dose(item.dose) in html
    assert "Swap for" in html
    assert "Reason (your patient is shown it)" in html
    assert "No changes yet." in html


def test_a_dose_change_is_saved_shown_in_the_history_and_played(world):
    browser = browser_for(world.clinician)
    response = browser.post(
        editor(world),
        {
            "kind": "dose",
            "exercise": ROW,
            "sets": "2",
            "reps": "6",
            "hold_seconds": "4",
            "note": "Your row is steady: a second set.",
        },
    )
    assert response.status_code == 302
    html = browser.get(editor(world)).content.decode()
    assert f"Changed the dose of {CATALOG.get(ROW).name} to 2 sets of 6 reps" in html
    assert "Your row is steady: a second set." in html
    player = browser_for(world.patient_a).get("/api/session/today").json()
    row = next(e for e in player["exercises"] if e["id"] == ROW)
    assert (row["dose"]["sets"], row["dose"]["reps"], row["dose"]["hold_seconds"]) == (2, 6, 4)


def test_swap_remove_add_and_note_through_the_page(world):
    browser, patient = browser_for(world.clinician), world.patient_a
    before = routine_ids(patient)
    html = browser.get(editor(world)).content.decode()
    assert 'name="replacement"' in html
    swap_for = "wall-splat" if "wall-splat" not in before else "serratus-wall-slide"
    posts = [
        {"kind": "swap", "exercise": before[0], "replacement": swap_for, "note": "Easier on you."},
        {"kind": "remove", "exercise": before[1], "note": "Too much for now."},
        {"kind": "note", "note": "Well done this week."},
    ]
    for data in posts:
        assert browser.post(editor(world), data).status_code == 302, data
    assert routine_ids(patient) == [swap_for, *before[2:]]
    assert ProgramChange.objects.filter(user=patient).count() == 3


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "dose", "exercise": ROW, "sets": "9", "reps": "5", "hold_seconds": "2"}, "5"),
        ({"kind": "remove", "exercise": ROW, "note": ""}, "Write a short reason"),
        ({"kind": "swap", "exercise": ROW, "replacement": "deadlift"}, "Select a valid choice"),
        ({"kind": "add", "exercise": ROW}, "Select a valid choice"),
        ({"kind": "remove", "exercise": "cobra"}, "is not in today"),
    ],
)
def test_a_refused_change_shows_the_form_again_with_the_message(world, data, message):
    data = {"note": "A reason.", **data}
    response = browser_for(world.clinician).post(editor(world), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "That change was not saved" in html
    assert message in html
    assert not ProgramChange.objects.exists()


@pytest.mark.parametrize("who", ["other_clinician", "patient_a", "patient_b", "admin"])
def test_nobody_but_the_patient_s_clinician_finds_the_editor(world, who):
    browser = browser_for(getattr(world, who))
    assert browser.get(editor(world)).status_code == 404
    assert browser.post(editor(world), {"kind": "note", "note": "Hi."}).status_code == 404
    assert not ProgramChange.objects.exists()


def test_an_anonymous_visitor_is_sent_to_sign_in(world):
    response = browser_for(None).get(editor(world))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_patient_sees_the_change_on_the_plan_page_with_who_and_why(world):
    browser_for(world.clinician).post(
        editor(world),
        {"kind": "remove", "exercise": routine_ids(world.patient_a)[0], "note": "Rest it a week."},
    )
    html = browser_for(world.patient_a).get("/plan/").content.decode()
    assert "Changes by your clinician" in html
    assert "by Ana Silva" in html
    assert "Rest it a week." in html


def test_the_patient_reads_their_own_changes_through_the_api(world):
    browser_for(world.clinician).post(editor(world), {"kind": "note", "note": "Keep it up."})
    body = browser_for(world.patient_a).get("/api/program/changes").json()
    assert [(c["who"], c["why"], c["what"]) for c in body["changes"]] == [
        ("Ana Silva", "Keep it up.", "Wrote a note")
    ]
    assert browser_for(world.patient_b).get("/api/program/changes").json()["changes"] == []


def test_the_editor_and_its_messages_are_in_plain_words(world):
    world.patient_a.first_name = "Pat"
    world.patient_a.save()
    browser = browser_for(world.clinician)
    dose = {"kind": "dose", "exercise": ROW, "sets": "2", "reps": "5", "hold_seconds": "2"}
    browser.post(editor(world), {**dose, "note": "More."})
    refused = browser.post(editor(world), {**dose, "reps": "99", "note": "x"})
    assert refused.status_code == 400
    for page in (refused, browser.get(editor(world))):
        assert internal_words(readable_text(page.content.decode())) == []
