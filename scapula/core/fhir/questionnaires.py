"""Check-ins and safety checks as QuestionnaireResponses, with the Questionnaires they answer."""

from typing import Any

from scapula.core.fhir.codes import (
    EXT_CLEARANCE,
    EXT_MAX_VALUE,
    EXT_MIN_VALUE,
    EXT_RESULT,
    SAFETY_CHECK_URL,
    SAFETY_RECHECK_URL,
)
from scapula.core.fhir.ids import ResourceIds
from scapula.core.fhir.values import CheckInValue, ClearanceValue, ScreeningValue
from scapula.core.limits import GROC_SCALE, PAIN_SCALE
from scapula.core.screening import QUESTIONS, RECHECK_IDS

GROC_LINK = "groc"
GROC_TEXT = (
    "Over the last two weeks, how has your upper-back pain changed overall? "
    "From -7 (a very great deal worse) to +7 (a very great deal better)."
)
PSFS_KEY = "psfs"


def activity_link(position: int) -> str:
    """The linkId of the activity named in a position (1-based, as people count)."""
    return f"activity-{position + 1}"


def psfs_questionnaire(activities: tuple[str, ...], ids: ResourceIds) -> dict[str, Any]:
    """Return the person's own PSFS (their activities, 0-10 each) with the GROC (-7..+7)."""
    identifier = ids.id("Questionnaire", PSFS_KEY)
    items = [
        _integer_item(activity_link(index), name, PAIN_SCALE.low, PAIN_SCALE.high)
        for index, name in enumerate(activities)
    ]
    items.append(_integer_item(GROC_LINK, GROC_TEXT, GROC_SCALE.low, GROC_SCALE.high))
    return {
        "resourceType": "Questionnaire",
        "id": identifier,
        # The activities are this person's own: the questionnaire is addressed by its uuid.
        "url": f"urn:uuid:{identifier}",
        "name": "PatientSpecificFunctionalScale",
        "title": "Everyday activities (Patient-Specific Functional Scale) and global change",
        "status": "active",
        "subjectType": ["Patient"],
        "description": (
            "Each activity the person named as hard because of the pain, rated 0 (unable) to "
            "10 (able as before the problem); from the second check-in on, the global rating "
            "of change."
        ),
        "item": items,
    }


def _integer_item(link: str, text: str, low: int, high: int) -> dict[str, Any]:
    return {
        "linkId": link,
        "text": text,
        "type": "integer",
        "extension": [
            {"url": EXT_MIN_VALUE, "valueInteger": low},
            {"url": EXT_MAX_VALUE, "valueInteger": high},
        ],
    }


def check_in_response(
    check_in: CheckInValue, activities: tuple[str, ...], ids: ResourceIds
) -> dict[str, Any]:
    """Return one check-in as a QuestionnaireResponse to the person's PSFS questionnaire."""
    position = {name.casefold(): index for index, name in enumerate(activities)}
    items = [
        {
            "linkId": activity_link(position[name.casefold()]),
            "text": name,
            "answer": [{"valueInteger": score}],
        }
        for name, score in sorted(check_in.ratings, key=lambda pair: position[pair[0].casefold()])
    ]
    if check_in.groc is not None:
        items.append(
            {"linkId": GROC_LINK, "text": GROC_TEXT, "answer": [{"valueInteger": check_in.groc}]}
        )
    return {
        "resourceType": "QuestionnaireResponse",
        "id": ids.id("QuestionnaireResponse", f"check-in/{check_in.key}"),
        "questionnaire": f"urn:uuid:{ids.id('Questionnaire', PSFS_KEY)}",
        "status": "completed",
        "subject": {"reference": ids.patient},
        "authored": check_in.taken_at.isoformat(),
        "item": items,
    }


def safety_questionnaire(*, is_recheck: bool) -> dict[str, Any]:
    """Return the safety check (or its weekly re-check) with every question in plain words."""
    questions = [q for q in QUESTIONS if not is_recheck or q.id in RECHECK_IDS]
    name = "SafetyRecheck" if is_recheck else "SafetyCheck"
    return {
        "resourceType": "Questionnaire",
        "id": "safety-recheck" if is_recheck else "safety-check",
        "url": SAFETY_RECHECK_URL if is_recheck else SAFETY_CHECK_URL,
        "name": name,
        "title": (
            "Weekly safety re-check before exercise"
            if is_recheck
            else "Safety check before exercise"
        ),
        "status": "active",
        "subjectType": ["Patient"],
        "description": (
            "Yes/no questions about warning signs that call for a doctor or a clinician "
            "before exercise. Not a diagnosis."
        ),
        "item": [
            {"linkId": q.id, "prefix": q.id, "text": q.text, "type": "boolean"} for q in questions
        ],
    }


def screening_response(screening: ScreeningValue, ids: ResourceIds) -> dict[str, Any]:
    """Return one safety check as a QuestionnaireResponse: each answered question yes or no."""
    texts = {q.id: q.text for q in QUESTIONS}
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "id": ids.id("QuestionnaireResponse", f"screening/{screening.key}"),
        "questionnaire": SAFETY_RECHECK_URL if screening.is_recheck else SAFETY_CHECK_URL,
        "status": "completed",
        "subject": {"reference": ids.patient},
        "authored": screening.answered_at.isoformat(),
        "item": [
            {
                "linkId": q.id,
                "text": texts[q.id],
                "answer": [{"valueBoolean": screening.answers[q.id]}],
            }
            for q in QUESTIONS
            if q.id in screening.answers
        ],
    }
    extensions: list[dict[str, Any]] = []
    if screening.disposition:
        extensions.append({"url": EXT_RESULT, "valueCode": screening.disposition})
    extensions += [_clearance_extension(clearance) for clearance in screening.clearances]
    if extensions:
        resource["extension"] = extensions
    return resource


def _clearance_extension(clearance: ClearanceValue) -> dict[str, Any]:
    parts: list[dict[str, Any]] = [
        {"url": "cleared-by", "valueString": clearance.cleared_by},
        {"url": "cleared-on", "valueDate": clearance.cleared_on.isoformat()},
    ]
    if clearance.note:
        parts.append({"url": "note", "valueString": clearance.note})
    return {"url": EXT_CLEARANCE, "extension": parts}
