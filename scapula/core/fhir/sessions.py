"""Each practice session as a Procedure: exercise therapy done, how it ended and each exercise.

A session is something the person did (a Procedure), not a measurement (an Observation):
its pains are Observations of their own, and the Procedure keeps the period, the status
and each exercise's outcome, in words in a note and as data in extensions.
"""

from typing import Any

from scapula.core.fhir.codes import (
    EXT_PAIN_AFTER,
    EXT_PAIN_BEFORE,
    EXT_SESSION_EXERCISE,
    SESSION_ENDING_SYSTEM,
    SESSION_KEY_SYSTEM,
    concept,
    exercise_therapy_concept,
)
from scapula.core.fhir.ids import ResourceIds
from scapula.core.fhir.values import ExerciseResultValue, SessionValue
from scapula.core.session import SessionStatus
from scapula.core.session.history import exercise_words, session_words, stop_words

# A Procedure is completed or stopped; the reason tells a stop for pain from a part-done one.
PROCEDURE_STATUS = {
    SessionStatus.COMPLETED: "completed",
    SessionStatus.STOPPED: "stopped",
    SessionStatus.PARTIAL: "stopped",
}


def session_procedure(
    session: SessionValue, ids: ResourceIds, *, service_request: str | None
) -> dict[str, Any]:
    """Return one session as an exercise-therapy Procedure."""
    period = {"start": session.started_at.isoformat()}
    if session.ended_at is not None:
        period["end"] = session.ended_at.isoformat()
    extensions: list[dict[str, Any]] = []
    if session.pain_before is not None:
        extensions.append({"url": EXT_PAIN_BEFORE, "valueInteger": session.pain_before})
    if session.pain_after is not None:
        extensions.append({"url": EXT_PAIN_AFTER, "valueInteger": session.pain_after})
    extensions += [_exercise_extension(item) for item in session.exercises]
    words = session_words(session.status)
    resource: dict[str, Any] = {
        "resourceType": "Procedure",
        "id": ids.id("Procedure", session.key),
        "identifier": [{"system": SESSION_KEY_SYSTEM, "value": session.key}],
        "status": PROCEDURE_STATUS.get(SessionStatus(session.status), "unknown"),
        "statusReason": concept(SESSION_ENDING_SYSTEM, session.status, words, words),
        "code": exercise_therapy_concept(),
        "subject": {"reference": ids.patient},
        "performedPeriod": period,
    }
    if extensions:
        resource["extension"] = extensions
    if service_request is not None:
        resource["basedOn"] = [{"reference": service_request}]
    notes = [_pain_note(session), *(exercise_note(item) for item in session.exercises)]
    if any(notes):
        resource["note"] = [{"text": text} for text in notes if text]
    return resource


def exercise_note(item: ExerciseResultValue) -> str:
    """Say how one exercise went, e.g. 'Wall slide: Stopped; worst pain 6/10; why: ...'."""
    parts = [f"{item.name or item.exercise_id}: {exercise_words(item.status)}"]
    if item.peak_pain is not None:
        parts.append(f"worst pain {item.peak_pain}/10")
    if item.stop_reason:
        parts.append(f"why it stopped: {stop_words(item.stop_reason)[0]}")
    return "; ".join(parts) + "."


def _pain_note(session: SessionValue) -> str:
    parts = []
    if session.pain_before is not None:
        parts.append(f"pain before {session.pain_before}/10")
    if session.pain_after is not None:
        parts.append(f"pain after {session.pain_after}/10")
    return ("; ".join(parts) + ".").capitalize() if parts else ""


def _exercise_extension(item: ExerciseResultValue) -> dict[str, Any]:
    parts: list[dict[str, Any]] = [
        {"url": "exercise", "valueCode": item.exercise_id},
        {"url": "status", "valueCode": item.status},
        {"url": "steps-done", "valueUnsignedInt": item.steps_done},
    ]
    if item.peak_pain is not None:
        parts.append({"url": "peak-pain", "valueInteger": item.peak_pain})
    if item.stop_reason:
        parts.append({"url": "stop-reason", "valueString": item.stop_reason})
    return {"url": EXT_SESSION_EXERCISE, "extension": parts}
