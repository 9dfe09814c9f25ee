"""A person's records as one FHIR R4 Bundle of type collection."""

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from scapula.core.fhir.ids import ResourceIds
from scapula.core.fhir.pain import pain_observation, patient_resource
from scapula.core.fhir.program import (
    activity_definition,
    careplan_resource,
    service_request_ref,
    service_request_resource,
)
from scapula.core.fhir.questionnaires import (
    check_in_response,
    psfs_questionnaire,
    safety_questionnaire,
    screening_response,
)
from scapula.core.fhir.sessions import session_procedure
from scapula.core.fhir.values import PersonRecords


def export_bundle(records: PersonRecords, *, ids: ResourceIds, now: datetime) -> dict[str, Any]:
    """Return the Bundle: the person, then their answers, pain scores, program and sessions."""
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": now.isoformat(),
        "entry": [
            {"fullUrl": _address(resource), "resource": resource}
            for resource in bundle_resources(records, ids)
        ],
    }


def bundle_resources(records: PersonRecords, ids: ResourceIds) -> Iterator[dict[str, Any]]:
    """Yield every resource of the export, in the bundle's order."""
    yield patient_resource(records.name, ids)
    yield from _screenings(records, ids)
    yield from _check_ins(records, ids)
    for pain in records.pains:
        yield pain_observation(pain, ids)
    plan = records.plan
    if plan is not None:
        yield careplan_resource(plan, ids)
        yield service_request_resource(plan, ids)
        for item in plan.routine:
            yield activity_definition(item, ids)
    request = service_request_ref(plan, ids) if plan is not None else None
    for session in records.sessions:
        yield session_procedure(session, ids, service_request=request if session.in_plan else None)


def _screenings(records: PersonRecords, ids: ResourceIds) -> Iterator[dict[str, Any]]:
    """The safety questionnaires the person answered, then each of their answers."""
    for is_recheck in (False, True):
        if any(screening.is_recheck is is_recheck for screening in records.screenings):
            yield safety_questionnaire(is_recheck=is_recheck)
    for screening in records.screenings:
        yield screening_response(screening, ids)


def _check_ins(records: PersonRecords, ids: ResourceIds) -> Iterator[dict[str, Any]]:
    """The person's PSFS questionnaire, then each check-in that answered it."""
    if not records.check_ins:
        return
    activities = tuple(name for name, _score in records.check_ins[0].ratings)
    yield psfs_questionnaire(activities, ids)
    for check_in in records.check_ins:
        yield check_in_response(check_in, activities, ids)


def _address(resource: dict[str, Any]) -> str:
    """The entry's fullUrl: a uuid, except for scapula's shared safety questionnaires."""
    url = resource.get("url")
    if resource["resourceType"] == "Questionnaire" and url and not url.startswith("urn:"):
        return str(url)
    return f"urn:uuid:{resource['id']}"
