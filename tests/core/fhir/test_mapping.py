"""The FHIR mapping as plain data: records to resources and back, with refusals named."""

import copy
from datetime import UTC, date, datetime, timedelta
from uuid import UUID

import pytest

from scapula.core import ScapulaError
from scapula.core.catalog import Dose
from scapula.core.fhir import (
    CheckInValue,
    ClearanceValue,
    DoseChangeValue,
    ExerciseResultValue,
    PainValue,
    PersonRecords,
    PlanValue,
    ResourceIds,
    RoutineValue,
    ScreeningValue,
    SessionValue,
    export_bundle,
    read_bundle,
)
from scapula.core.fhir.program import frequency_timing

IDS = ResourceIds(UUID("12345678-1234-5678-1234-567812345678"))
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
AT = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
KNOWN = frozenset({"cat-cow", "bent-over-isometric-row"})
DOSE = Dose(sets=2, reps=8, hold_seconds=5, per_side=True, rest_seconds=30, frequency="3_per_week")

RECORDS = PersonRecords(
    name="Ana Pereira",
    activities=("Reading in bed", "Carrying shopping", "A day at the desk"),
    pains=(
        PainValue("1", 6, "usual", date(2026, 11, 20), AT, "neck", "left", "After a drive"),
        PainValue("2", 3, "morning", date(2026, 11, 21), AT + timedelta(days=1)),
    ),
    check_ins=(
        CheckInValue(
            "1", AT, (("Reading in bed", 4), ("Carrying shopping", 5), ("A day at the desk", 6))
        ),
        CheckInValue(
            "2",
            AT + timedelta(days=14),
            (("Reading in bed", 6), ("Carrying shopping", 7), ("A day at the desk", 7)),
            groc=3,
        ),
    ),
    screenings=(
        ScreeningValue(
            "1",
            AT,
            False,
            {"E1": False, "M1": True, "C8": True},
            "clinician",
            (ClearanceValue("Dr Silva", date(2026, 11, 20), "Fine to start"),),
        ),
        ScreeningValue("2", AT + timedelta(days=7), True, {"E1": False, "U1": False}),
    ),
    plan=PlanValue(
        key="7",
        starts_on=date(2026, 11, 20),
        created_at=AT,
        profile={"age": 42, "pain_sites": ["neck"]},
        phase="Relief and activation",
        routine=(
            RoutineValue("cat-cow", "Cat-cow", DOSE, "2 sets of 8 reps", "It moves the spine."),
        ),
        dose_changes=(
            DoseChangeValue(
                "cat-cow",
                "progress",
                "Two calm sessions.",
                "rules",
                DOSE,
                date(2026, 11, 22),
                "",
                "",
            ),
        ),
    ),
    sessions=(
        SessionValue(
            "k-1",
            AT,
            "partial",
            AT + timedelta(minutes=10),
            4,
            3,
            (
                ExerciseResultValue("cat-cow", "done", 2, "", 12, "Cat-cow"),
                ExerciseResultValue(
                    "bent-over-isometric-row", "stopped", 6, "pain above 5", 3, "Row"
                ),
            ),
            in_plan=True,
        ),
    ),
)


@pytest.fixture
def bundle():
    return export_bundle(RECORDS, ids=IDS, now=NOW)


def _of(bundle, kind):
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_every_record_comes_back_from_the_bundle_as_it_went_in(bundle):
    back = read_bundle(bundle, known_exercises=KNOWN)
    assert back.name == RECORDS.name
    assert back.activities == RECORDS.activities
    assert [
        (p.score, p.context, p.day, p.recorded_at, p.site, p.side, p.note) for p in back.pains
    ] == [(p.score, p.context, p.day, p.recorded_at, p.site, p.side, p.note) for p in RECORDS.pains]
    assert [(c.taken_at, c.ratings, c.groc) for c in back.check_ins] == [
        (c.taken_at, c.ratings, c.groc) for c in RECORDS.check_ins
    ]
    assert [
        (s.answered_at, s.is_recheck, dict(s.answers), s.clearances) for s in back.screenings
    ] == [(s.answered_at, s.is_recheck, dict(s.answers), s.clearances) for s in RECORDS.screenings]
    assert back.plan is not None
    assert RECORDS.plan is not None
    assert (back.plan.starts_on, back.plan.created_at, back.plan.profile) == (
        RECORDS.plan.starts_on,
        RECORDS.plan.created_at,
        RECORDS.plan.profile,
    )
    assert back.plan.dose_changes == RECORDS.plan.dose_changes
    (session,) = back.sessions
    expected = RECORDS.sessions[0]
    assert (session.key, session.status, session.started_at, session.ended_at) == (
        expected.key,
        expected.status,
        expected.started_at,
        expected.ended_at,
    )
    assert (session.pain_before, session.pain_after, session.in_plan) == (4, 3, True)
    assert [
        (e.exercise_id, e.status, e.peak_pain, e.stop_reason, e.steps_done)
        for e in session.exercises
    ] == [
        (e.exercise_id, e.status, e.peak_pain, e.stop_reason, e.steps_done)
        for e in expected.exercises
    ]


def test_the_same_seed_gives_the_same_ids_and_another_seed_others(bundle):
    again = export_bundle(RECORDS, ids=IDS, now=NOW)
    other = export_bundle(RECORDS, ids=ResourceIds(UUID(int=1)), now=NOW)
    assert [e["fullUrl"] for e in again["entry"]] == [e["fullUrl"] for e in bundle["entry"]]
    assert _of(other, "Patient")[0]["id"] != _of(bundle, "Patient")[0]["id"]


def test_a_partly_done_session_is_a_stopped_procedure_whose_reason_says_so(bundle):
    (procedure,) = _of(bundle, "Procedure")
    assert procedure["status"] == "stopped"
    assert procedure["statusReason"]["coding"][0]["code"] == "partial"
    assert procedure["statusReason"]["text"] == "Partly done"
    assert [n["text"] for n in procedure["note"]] == [
        "Pain before 4/10; pain after 3/10.",
        "Cat-cow: Done; worst pain 2/10.",
        "Row: Stopped; worst pain 6/10; why it stopped: Pain above 5 out of 10.",
    ]
    assert procedure["basedOn"][0]["reference"] == IDS.urn("ServiceRequest", "7")


def test_how_often_is_a_timing_and_a_home_test_says_it_in_words():
    assert frequency_timing("3_per_week") == {
        "repeat": {"frequency": 3, "period": 1, "periodUnit": "wk"}
    }
    assert frequency_timing("as_test") == {"code": {"text": "as test"}}


def test_a_screening_keeps_its_clearance_and_says_its_result(bundle):
    first = next(
        r
        for r in _of(bundle, "QuestionnaireResponse")
        if r["questionnaire"].endswith("safety-check")
    )
    urls = [ext["url"].rsplit("/", 1)[1] for ext in first["extension"]]
    assert urls == ["safety-check-result", "clearance"]
    assert first["extension"][0]["valueCode"] == "clinician"


def _entry_of(bundle, kind):
    return next(i for i, e in enumerate(bundle["entry"]) if e["resource"]["resourceType"] == kind)


def _refused(bundle):
    with pytest.raises(ScapulaError) as refused:
        read_bundle(bundle, known_exercises=KNOWN)
    return refused.value


def test_a_pain_score_without_its_moment_is_refused(bundle):
    index = _entry_of(bundle, "Observation")
    bundle["entry"][index]["resource"]["component"] = []
    refused = _refused(bundle)
    assert refused.field == f"entry[{index}].resource.component"
    assert "moment" in refused.message


def test_an_unknown_moment_is_refused_with_the_words_to_use(bundle):
    index = _entry_of(bundle, "Observation")
    component = bundle["entry"][index]["resource"]["component"][0]
    component["valueCodeableConcept"]["coding"][0]["code"] = "lunchtime"
    refused = _refused(bundle)
    assert (
        refused.field == f"entry[{index}].resource.component[0].valueCodeableConcept.coding[0].code"
    )
    assert "usual" in refused.message


def test_a_global_rating_past_seven_is_refused(bundle):
    responses = [
        i
        for i, e in enumerate(bundle["entry"])
        if e["resource"].get("questionnaire", "").startswith("urn:")
    ]
    items = bundle["entry"][responses[-1]]["resource"]["item"]
    items[-1]["answer"][0]["valueInteger"] = 8
    refused = _refused(bundle)
    assert refused.field == f"entry[{responses[-1]}].resource.item[3].answer[0].valueInteger"
    assert "from -7 to 7" in refused.message


def test_a_safety_answer_to_a_question_scapula_does_not_ask_is_refused(bundle):
    index = next(
        i
        for i, e in enumerate(bundle["entry"])
        if e["resource"].get("questionnaire", "").endswith("safety-recheck")
    )
    bundle["entry"][index]["resource"]["item"][0]["linkId"] = "C1"  # not in the re-check
    assert _refused(bundle).field == f"entry[{index}].resource.item[0].linkId"


def test_a_moment_without_an_offset_is_refused(bundle):
    index = _entry_of(bundle, "Procedure")
    bundle["entry"][index]["resource"]["performedPeriod"]["start"] = "2026-11-20T08:30:00"
    refused = _refused(bundle)
    assert refused.field == f"entry[{index}].resource.performedPeriod.start"
    assert "offset" in refused.message


def test_a_program_without_its_profile_is_refused(bundle):
    index = _entry_of(bundle, "CarePlan")
    bundle["entry"][index]["resource"]["extension"] = bundle["entry"][index]["resource"][
        "extension"
    ][1:]
    refused = _refused(bundle)
    assert refused.field == f"entry[{index}].resource.extension"


@pytest.mark.parametrize("count", [0, 2])
def test_a_bundle_must_be_about_exactly_one_person(bundle, count):
    patient = bundle["entry"][0]
    others = [e for e in bundle["entry"] if e["resource"]["resourceType"] != "Patient"]
    bundle["entry"] = [copy.deepcopy(patient) for _ in range(count)] + others
    assert _refused(bundle).field == "entry"


def test_resources_scapula_does_not_keep_are_counted_not_written(bundle):
    bundle["entry"].append({"resource": {"resourceType": "Immunization"}})
    assert read_bundle(bundle, known_exercises=KNOWN).ignored == {"Immunization": 1}
