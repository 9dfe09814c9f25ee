"""FHIR R4: a person's records out as one Bundle, valid and coded, and back in the same."""

import json

import pytest
from django.utils import timezone
from fhir.resources.R4B import get_fhir_model_class

from scapula.accounts.models import User
from scapula.core import ScapulaError
from scapula.core.screening import QUESTIONS, RECHECK_IDS
from scapula.portability.fhir import export_fhir, import_fhir
from scapula.practice.today import todays_routine
from scapula.screening.selectors import gate_for
from scapula.tracking.models import PainEntry
from scapula.tracking.selectors import pain_trend_for
from scapula.tracking.services import record_pain
from tests.fhir_support import normalised, seed_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def ana():
    return seed_person(User.objects.create_user(username="ana"), timezone.localdate())


@pytest.fixture
def bundle(ana):
    return export_fhir(user=ana, today=timezone.localdate(), now=timezone.now())


def _resources(bundle, kind):
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _fresh(name="ben"):
    return User.objects.create_user(username=name)


def test_every_exported_resource_is_valid_fhir_r4b(bundle):
    assert bundle["resourceType"] == "Bundle"
    assert bundle["type"] == "collection"
    kinds = set()
    for entry in bundle["entry"]:
        resource = entry["resource"]
        kinds.add(resource["resourceType"])
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    assert kinds == {
        "Patient",
        "Questionnaire",
        "QuestionnaireResponse",
        "Observation",
        "CarePlan",
        "ServiceRequest",
        "ActivityDefinition",
        "Procedure",
    }
    addresses = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(addresses) == len(set(addresses))


def test_each_pain_score_is_a_loinc_nprs_observation_with_its_moment_site_and_side(ana, bundle):
    observations = _resources(bundle, "Observation")
    assert len(observations) == PainEntry.objects.filter(user=ana).count()
    for observation in observations:
        assert {"system": "http://loinc.org", "code": "72514-3"}.items() <= observation["code"][
            "coding"
        ][0].items()
        quantity = observation["valueQuantity"]
        assert quantity["unit"] == quantity["code"] == "{score}"
        assert quantity["system"] == "http://unitsofmeasure.org"
        assert observation["category"][0]["coding"][0]["code"] == "survey"
    drive = next(o for o in observations if o.get("note") == [{"text": "After a long drive"}])
    parts = {c["code"]["coding"][0]["code"]: c["valueCodeableConcept"] for c in drive["component"]}
    assert parts["moment"]["coding"][0]["code"] == "usual"
    assert parts["site"]["text"] == "Top of the shoulder"
    assert parts["side"]["coding"][0]["code"] == "left"
    assert drive["valueQuantity"]["value"] == 4


def test_the_program_is_a_physical_activity_careplan_with_an_exercise_therapy_request(ana, bundle):
    (careplan,) = _resources(bundle, "CarePlan")
    assert (careplan["status"], careplan["intent"]) == ("active", "plan")
    categories = {(c["coding"][0]["system"], c["coding"][0]["code"]) for c in careplan["category"]}
    assert categories == {
        ("http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "assess-plan"),
        (
            "http://hl7.org/fhir/us/physical-activity/CodeSystem/pa-temporary-codes",
            "PhysicalActivity",
        ),
    }
    (request,) = _resources(bundle, "ServiceRequest")
    assert request["code"]["coding"][0] == {
        "system": "http://snomed.info/sct",
        "code": "229065009",
        "display": "Exercise therapy",
    }
    addresses = {e["resource"]["id"]: e["fullUrl"] for e in bundle["entry"]}
    assert careplan["activity"][0]["reference"]["reference"] == addresses[request["id"]]
    definitions = {d["url"]: d for d in _resources(bundle, "ActivityDefinition")}
    linked = [a["detail"]["instantiatesCanonical"][0] for a in careplan["activity"][1:]]
    assert linked == list(definitions)


def test_each_exercise_carries_today_s_dose_as_progression_left_it(ana, bundle):
    routine = todays_routine(user=ana, today=timezone.localdate())
    progressed = routine.items[0]
    definitions = {d["identifier"][0]["value"]: d for d in _resources(bundle, "ActivityDefinition")}
    assert list(definitions) == [item.exercise.id for item in routine.items]
    definition = definitions[progressed.exercise.id]
    dose = {part["url"]: part for part in definition["extension"][0]["extension"]}
    assert dose["sets"]["valuePositiveInt"] == progressed.dose.sets
    assert dose["each-side"]["valueBoolean"] is progressed.dose.per_side
    assert dose["hold-seconds"]["valueUnsignedInt"] == progressed.dose.hold_seconds
    assert definition["timingTiming"]["repeat"] == {"frequency": 1, "period": 1, "periodUnit": "d"}
    assert definition["dosage"][0]["text"].startswith(f"{progressed.dose.sets} sets of")


def test_sessions_are_exercise_therapy_procedures_with_each_exercise_in_words(bundle):
    procedures = _resources(bundle, "Procedure")
    for procedure in procedures:
        assert procedure["code"]["coding"][0]["code"] == "229065009"
        assert procedure["status"] in {"completed", "stopped"}
        assert "start" in procedure["performedPeriod"]
    stop = next(p for p in procedures if p["identifier"][0]["value"] == "stop-numbness")
    assert stop["status"] == "stopped"
    assert stop["statusReason"]["text"] == "Stopped early"
    notes = [note["text"] for note in stop["note"]]
    assert "Pain before 3/10; pain after 5/10." in notes
    assert any(
        "Stopped; worst pain 6/10; why it stopped: Numbness or pins and needles." in n
        for n in notes
    )
    partial = next(p for p in procedures if p["statusReason"]["coding"][0]["code"] == "partial")
    assert partial["status"] == "stopped"
    assert partial["statusReason"]["text"] == "Partly done"


def test_safety_checks_answer_questionnaires_of_the_questions_in_plain_words(bundle):
    questionnaires = {q["name"]: q for q in _resources(bundle, "Questionnaire")}
    full = questionnaires["SafetyCheck"]["item"]
    assert [item["text"] for item in full] == [q.text for q in QUESTIONS]
    assert all(item["type"] == "boolean" for item in full)
    recheck = questionnaires["SafetyRecheck"]["item"]
    assert [item["linkId"] for item in recheck] == list(RECHECK_IDS)
    responses = [
        r for r in _resources(bundle, "QuestionnaireResponse") if "safety" in r["questionnaire"]
    ]
    assert len(responses) == 3
    answers = {item["linkId"]: item["answer"][0]["valueBoolean"] for item in responses[0]["item"]}
    assert answers["M1"] is True
    assert answers["E1"] is False


def test_check_ins_answer_the_person_s_own_activities_and_the_global_rating(bundle):
    psfs = next(q for q in _resources(bundle, "Questionnaire") if q["url"].startswith("urn:"))
    texts = [item["text"] for item in psfs["item"]]
    assert texts[:3] == ["Reading in bed", "Carrying shopping", "A full day at the desk"]
    responses = [
        r for r in _resources(bundle, "QuestionnaireResponse") if r["questionnaire"] == psfs["url"]
    ]
    assert len(responses) == 5
    first, last = responses[0]["item"], responses[-1]["item"]
    assert [item["linkId"] for item in first] == ["activity-1", "activity-2", "activity-3"]
    assert last[-1] == {
        "linkId": "groc",
        "text": psfs["item"][-1]["text"],
        "answer": [{"valueInteger": 3}],
    }


def test_export_import_export_gives_the_same_resources(ana, bundle):
    ben = _fresh()
    summary = import_fhir(ben, json.dumps(bundle))
    assert summary.plan is True
    assert summary.sessions == len(_resources(bundle, "Procedure"))
    again = export_fhir(user=ben, today=timezone.localdate(), now=timezone.now())
    assert normalised(again) == normalised(bundle)


def test_after_an_import_the_program_goes_on_where_it_was(ana, bundle):
    ben = _fresh()
    import_fhir(ben, json.dumps(bundle))
    today = timezone.localdate()
    assert User.objects.get(pk=ben.pk).first_name == "Ana Pereira"
    assert gate_for(user=ben, today=today) == gate_for(user=ana, today=today)
    theirs, ours = todays_routine(user=ana, today=today), todays_routine(user=ben, today=today)
    assert [(i.exercise.id, i.dose) for i in ours.items] == [
        (i.exercise.id, i.dose) for i in theirs.items
    ]
    assert ours.status == theirs.status
    assert pain_trend_for(user=ben, today=today) == pain_trend_for(user=ana, today=today)


def test_another_person_s_records_never_appear(ana):
    ben = _fresh()
    record_pain(user=ben, score=9, context="usual", today=timezone.localdate(), note="Ben's own")
    theirs = json.dumps(export_fhir(user=ana, today=timezone.localdate(), now=timezone.now()))
    ours = export_fhir(user=ben, today=timezone.localdate(), now=timezone.now())
    assert "Ben's own" not in theirs
    assert [e["resource"]["resourceType"] for e in ours["entry"]] == ["Patient", "Observation"]
    assert "Ana" not in json.dumps(ours)


def _refusal(bundle_json, user=None):
    user = user or _fresh()
    before = PainEntry.objects.filter(user=user).count()
    with pytest.raises(ScapulaError) as refused:
        import_fhir(user, bundle_json)
    assert PainEntry.objects.filter(user=user).count() == before
    return refused.value


def test_an_account_that_already_has_records_is_refused(ana, bundle):
    refused = _refusal(json.dumps(bundle), user=ana)
    assert refused.field == "account"
    assert "empty account" in refused.message


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda b: b.update(type="transaction"), "type"),
        (lambda b: b.update(resourceType="Patient"), "resourceType"),
        (
            lambda b: b["entry"][0]["resource"].update(birthDate="soon"),
            "entry[0].resource.birthDate",
        ),
        (lambda b: b["entry"].append(b["entry"][0]), "entry"),
    ],
)
def test_a_bundle_that_is_not_a_valid_r4_collection_is_refused_naming_the_field(
    bundle, change, field
):
    change(bundle)
    assert _refusal(json.dumps(bundle)).field == field


def test_a_pain_score_out_of_range_is_refused_and_nothing_is_written(bundle):
    index, observation = next(
        (i, e["resource"])
        for i, e in enumerate(bundle["entry"])
        if e["resource"]["resourceType"] == "Observation"
    )
    observation["valueQuantity"]["value"] = 11
    refused = _refusal(json.dumps(bundle))
    assert refused.field == f"entry[{index}].resource.valueQuantity.value"
    assert "from 0 to 10" in refused.message


def test_a_missing_required_element_is_named(bundle):
    index = next(
        i for i, e in enumerate(bundle["entry"]) if e["resource"]["resourceType"] == "Procedure"
    )
    del bundle["entry"][index]["resource"]["status"]
    assert _refusal(json.dumps(bundle)).field == f"entry[{index}].resource.status"


def test_a_session_of_an_unknown_exercise_refuses_the_whole_bundle(bundle):
    index = max(
        i for i, e in enumerate(bundle["entry"]) if e["resource"]["resourceType"] == "Procedure"
    )
    procedure = bundle["entry"][index]["resource"]
    exercise = next(e for e in procedure["extension"] if e["url"].endswith("session-exercise"))
    exercise["extension"][0]["valueCode"] = "handstand"
    refused = _refusal(json.dumps(bundle))
    assert refused.field.startswith(f"entry[{index}].resource.extension[")
    assert "handstand" in refused.message


def test_text_that_is_not_json_is_refused():
    assert _refusal("not json {").field == "bundle"


def test_the_api_answers_fhir_json_for_the_signed_in_person(owner_browser, screened_owner):
    record_pain(user=screened_owner, score=5, context="usual", today=timezone.localdate())
    response = owner_browser.get("/api/export/fhir")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/fhir+json"
    assert response["Content-Disposition"].startswith('attachment; filename="scapula-fhir-')
    data = json.loads(response.content)
    kinds = [entry["resource"]["resourceType"] for entry in data["entry"]]
    assert kinds.count("Observation") == 1


def test_the_api_asks_a_stranger_to_sign_in(phone):
    response = phone.get("/api/export/fhir")
    assert response.status_code == 401
    assert response.json()["error"]["code"]


def test_the_openapi_document_describes_the_fhir_answer(owner_browser):
    document = owner_browser.get("/api/openapi.json").json()
    answer = document["paths"]["/api/export/fhir"]["get"]["responses"]["200"]
    assert "application/fhir+json" in answer["content"]


def test_a_record_the_app_refuses_late_leaves_the_account_empty(bundle):
    # The first check-in has nothing to compare with: a global rating there is refused by
    # the check-in service itself, after the pain scores were already written.
    index, response = next(
        (i, e["resource"])
        for i, e in enumerate(bundle["entry"])
        if e["resource"]["resourceType"] == "QuestionnaireResponse"
        and e["resource"]["questionnaire"].startswith("urn:")
    )
    response["item"].append({"linkId": "groc", "answer": [{"valueInteger": 2}]})
    refused = _refusal(json.dumps(bundle))
    assert refused.field == f"entry[{index}] (groc)"
    assert "first check-in" in refused.message
