"""The person as a Patient, and each pain score as a LOINC 72514-3 Observation."""

from typing import Any

from scapula.core.fhir.codes import (
    PAIN_MOMENT_SYSTEM,
    PAIN_MOMENT_WORDS,
    PAIN_PART_SYSTEM,
    PAIN_PART_WORDS,
    PAIN_SIDE_SYSTEM,
    PAIN_SIDE_WORDS,
    PAIN_SITE_SYSTEM,
    PAIN_SITE_WORDS,
    SCORE_UNIT,
    UCUM,
    concept,
    nprs_concept,
    survey_category,
)
from scapula.core.fhir.ids import ResourceIds
from scapula.core.fhir.values import PainValue

PART_SYSTEMS = {
    "moment": (PAIN_MOMENT_SYSTEM, PAIN_MOMENT_WORDS),
    "site": (PAIN_SITE_SYSTEM, PAIN_SITE_WORDS),
    "side": (PAIN_SIDE_SYSTEM, PAIN_SIDE_WORDS),
}


def patient_resource(name: str, ids: ResourceIds) -> dict[str, Any]:
    """Return the Patient: the person, with the name they gave for their summary, if any."""
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "id": ids.id("Patient", "person"),
        "active": True,
    }
    if name:
        resource["name"] = [{"text": name}]
    return resource


def pain_observation(pain: PainValue, ids: ResourceIds) -> dict[str, Any]:
    """Return one pain score as an NPRS Observation, its moment, site and side as components."""
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": ids.id("Observation", pain.key),
        "status": "final",
        "category": [survey_category()],
        "code": nprs_concept(),
        "subject": {"reference": ids.patient},
        "effectiveDateTime": pain.day.isoformat(),
        "issued": pain.recorded_at.isoformat(),
        "valueQuantity": {
            "value": pain.score,
            "unit": SCORE_UNIT,
            "system": UCUM,
            "code": SCORE_UNIT,
        },
        "component": [
            _component(part, value)
            for part, value in (("moment", pain.context), ("site", pain.site), ("side", pain.side))
            if value
        ],
    }
    if pain.note:
        resource["note"] = [{"text": pain.note}]
    return resource


def _component(part: str, value: str) -> dict[str, Any]:
    """One part of a pain score (its moment, site or side) as a coded component."""
    system, words = PART_SYSTEMS[part]
    label = words.get(value, value)
    return {
        "code": concept(PAIN_PART_SYSTEM, part, PAIN_PART_WORDS[part]),
        "valueCodeableConcept": concept(system, value, label, label),
    }
