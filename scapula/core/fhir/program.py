"""The program as a CarePlan, its ServiceRequest, and an ActivityDefinition per exercise."""

import base64
import json
from typing import Any

from scapula.core.catalog import Dose
from scapula.core.fhir.codes import (
    EXERCISE_SYSTEM,
    EXT_DOSE,
    EXT_DOSE_CHANGE,
    EXT_PROFILE,
    EXT_VERSION,
    careplan_categories,
    exercise_therapy_concept,
    physical_activity_category,
)
from scapula.core.fhir.ids import ResourceIds
from scapula.core.fhir.values import DoseChangeValue, PlanValue, RoutineValue

# How often, as FHIR Timing: (times, per period, period unit).
FREQUENCY_TIMING = {
    "daily": (1, 1, "d"),
    "3_per_week": (3, 1, "wk"),
    "2_per_week": (2, 1, "wk"),
}
PROGRAM_TITLE = "Corrective exercise for pain between the shoulder blades"


def careplan_ref(plan: PlanValue, ids: ResourceIds) -> str:
    """The address of the program's CarePlan."""
    return ids.urn("CarePlan", plan.key)


def service_request_ref(plan: PlanValue, ids: ResourceIds) -> str:
    """The address of the program's exercise-therapy ServiceRequest."""
    return ids.urn("ServiceRequest", plan.key)


def activity_url(item: RoutineValue, ids: ResourceIds) -> str:
    """The canonical address of one exercise's ActivityDefinition (the person's own dose)."""
    return ids.urn("ActivityDefinition", item.exercise_id)


def careplan_resource(plan: PlanValue, ids: ResourceIds) -> dict[str, Any]:
    """Return the program: today's exercises, the profile it came from, and its decisions."""
    activities: list[dict[str, Any]] = [
        {"reference": {"reference": service_request_ref(plan, ids)}}
    ]
    activities += [
        {
            "detail": {
                "kind": "ServiceRequest",
                "instantiatesCanonical": [activity_url(item, ids)],
                "code": {"text": item.name},
                "status": "in-progress",
                "description": item.dose_words,
            }
        }
        for item in plan.routine
    ]
    return {
        "resourceType": "CarePlan",
        "id": ids.id("CarePlan", plan.key),
        "extension": [
            _profile_extension(plan),
            *(_dose_change_extension(change) for change in plan.dose_changes),
        ],
        "status": "active",
        "intent": "plan",
        "category": careplan_categories(),
        "title": PROGRAM_TITLE,
        "description": f"Today's phase: {plan.phase}.",
        "subject": {"reference": ids.patient},
        "period": {"start": plan.starts_on.isoformat()},
        "created": plan.created_at.isoformat(),
        "activity": activities,
    }


def service_request_resource(plan: PlanValue, ids: ResourceIds) -> dict[str, Any]:
    """Return the exercise-therapy request the program carries out (SNOMED CT 229065009)."""
    return {
        "resourceType": "ServiceRequest",
        "id": ids.id("ServiceRequest", plan.key),
        "instantiatesCanonical": [activity_url(item, ids) for item in plan.routine],
        "basedOn": [{"reference": careplan_ref(plan, ids)}],
        "status": "active",
        "intent": "plan",
        "category": [physical_activity_category()],
        "code": exercise_therapy_concept(),
        "subject": {"reference": ids.patient},
        "occurrencePeriod": {"start": plan.starts_on.isoformat()},
        "authoredOn": plan.created_at.isoformat(),
    }


def activity_definition(item: RoutineValue, ids: ResourceIds) -> dict[str, Any]:
    """Return one exercise at today's dose: sets, reps, hold, sides and how often."""
    timing = frequency_timing(item.dose.frequency)
    extensions = [dose_extension(EXT_DOSE, item.dose)]
    if item.variant:
        extensions.append({"url": EXT_VERSION, "valueString": item.variant})
    resource: dict[str, Any] = {
        "resourceType": "ActivityDefinition",
        "id": ids.id("ActivityDefinition", item.exercise_id),
        "extension": extensions,
        "url": activity_url(item, ids),
        "identifier": [{"system": EXERCISE_SYSTEM, "value": item.exercise_id}],
        "title": item.name,
        "status": "active",
        "kind": "ServiceRequest",
        "code": {**exercise_therapy_concept(), "text": item.name},
        "timingTiming": timing,
        "dosage": [{"text": item.dose_words, "timing": timing}],
    }
    if item.why:
        resource["purpose"] = item.why
    return resource


def frequency_timing(frequency: str) -> dict[str, Any]:
    """Say how often as a FHIR Timing; a home test has no schedule, only its words."""
    if frequency not in FREQUENCY_TIMING:
        return {"code": {"text": frequency.replace("_", " ")}}
    times, period, unit = FREQUENCY_TIMING[frequency]
    return {"repeat": {"frequency": times, "period": period, "periodUnit": unit}}


def dose_extension(url: str, dose: Dose) -> dict[str, Any]:
    """A dose as a complex extension: each of its variables as one part."""
    parts: list[dict[str, Any]] = [{"url": "sets", "valuePositiveInt": dose.sets}]
    if dose.reps is not None:
        parts.append({"url": "reps", "valuePositiveInt": dose.reps})
    parts.append({"url": "hold-seconds", "valueUnsignedInt": dose.hold_seconds})
    if dose.duration_seconds is not None:
        parts.append({"url": "duration-seconds", "valueUnsignedInt": dose.duration_seconds})
    parts += [
        {"url": "each-side", "valueBoolean": dose.per_side},
        {"url": "rest-seconds", "valueUnsignedInt": dose.rest_seconds},
        {"url": "frequency", "valueCode": dose.frequency},
    ]
    parts += [{"url": "position", "valueString": position} for position in dose.positions]
    if dose.tempo:
        parts.append({"url": "tempo", "valueString": dose.tempo})
    return {"url": url, "extension": parts}


def _profile_extension(plan: PlanValue) -> dict[str, Any]:
    """The self-assessment answers the program was built from, as a JSON attachment."""
    data = json.dumps(plan.profile, sort_keys=True, ensure_ascii=False).encode()
    return {
        "url": EXT_PROFILE,
        "valueAttachment": {
            "contentType": "application/json",
            "data": base64.b64encode(data).decode("ascii"),
            "title": "Self-assessment answers the program was built from",
        },
    }


def _dose_change_extension(change: DoseChangeValue) -> dict[str, Any]:
    """One progression decision: the exercise, what was decided and why, and the new dose."""
    parts: list[dict[str, Any]] = [
        {"url": "exercise", "valueCode": change.exercise_id},
        {"url": "decision", "valueCode": change.decision},
        {"url": "decided-on", "valueDate": change.decided_on.isoformat()},
        {"url": "reason", "valueString": change.reason},
    ]
    if change.source:
        parts.append({"url": "source", "valueString": change.source})
    parts.append(dose_extension("dose", change.dose))
    if change.variant:
        parts.append({"url": "version", "valueString": change.variant})
    if change.switch_to:
        parts.append({"url": "switch-to", "valueCode": change.switch_to})
    return {"url": EXT_DOSE_CHANGE, "extension": parts}
