"""Procedures back into practice sessions, each exercise with its outcome."""

from scapula.core.fhir.codes import (
    EXT_PAIN_AFTER,
    EXT_PAIN_BEFORE,
    EXT_SESSION_EXERCISE,
    SESSION_ENDING_SYSTEM,
    SESSION_KEY_SYSTEM,
)
from scapula.core.fhir.entries import Entry, extensions, part
from scapula.core.fhir.values import ExerciseResultValue, SessionValue
from scapula.core.limits import PAIN_SCALE
from scapula.core.session import ExerciseStatus, SessionStatus

SESSION_STATUSES = tuple(status.value for status in SessionStatus)
EXERCISE_STATUSES = tuple(status.value for status in ExerciseStatus)
# Without scapula's own reason, a Procedure's status says as much as it can.
FROM_PROCEDURE_STATUS = {"completed": SessionStatus.COMPLETED, "stopped": SessionStatus.STOPPED}


def read_procedure(entry: Entry, known_exercises: frozenset[str]) -> SessionValue:
    """One exercise-therapy Procedure as a session: when, how it ended, and each exercise."""
    ended_at = entry.optional_moment("performedPeriod.end")
    started_at = entry.moment("performedPeriod.start")
    if ended_at is not None and ended_at < started_at:
        entry.fail("performedPeriod.end", "is before the start")
    return SessionValue(
        key=_key(entry),
        started_at=started_at,
        ended_at=ended_at,
        status=_status(entry),
        pain_before=_pain(entry, EXT_PAIN_BEFORE),
        pain_after=_pain(entry, EXT_PAIN_AFTER),
        exercises=tuple(
            _exercise(entry, f"extension[{index}]", known_exercises)
            for index, _ext in extensions(entry.resource, EXT_SESSION_EXERCISE)
        ),
        in_plan=bool(entry.get("basedOn")),
    )


def _key(entry: Entry) -> str:
    """The session's own key; a Procedure from elsewhere gets one from its place."""
    for index, identifier in enumerate(entry.get("identifier") or []):
        if identifier.get("system") == SESSION_KEY_SYSTEM:
            key = entry.text(f"identifier[{index}].value").strip()
            if len(key) > 64:
                entry.fail(f"identifier[{index}].value", "must be at most 64 characters")
            return key
    return f"fhir-import-{entry.index}"


def _status(entry: Entry) -> str:
    """How the session ended: scapula's own reason code, else the Procedure's status."""
    for index, coding in enumerate(entry.get("statusReason.coding") or []):
        if coding.get("system") == SESSION_ENDING_SYSTEM:
            status = entry.text(f"statusReason.coding[{index}].code")
            if status not in SESSION_STATUSES:
                entry.fail(
                    f"statusReason.coding[{index}].code",
                    f"unknown session status {status!r}; use one of: {', '.join(SESSION_STATUSES)}",
                )
            return status
    status = entry.text("status")
    if status not in FROM_PROCEDURE_STATUS:
        entry.fail("status", f"must be completed or stopped, got {status!r}")
    return FROM_PROCEDURE_STATUS[status].value


def _pain(entry: Entry, url: str) -> int | None:
    found = extensions(entry.resource, url)
    if not found:
        return None
    path = f"extension[{found[0][0]}].valueInteger"
    return PAIN_SCALE.check(entry.whole(path), field=entry.field(path))


def _exercise(entry: Entry, base: str, known: frozenset[str]) -> ExerciseResultValue:
    """One exercise of the session: which, how it ended, worst pain and why it stopped."""
    extension = entry.get(base)

    def path(name: str) -> str | None:
        found = part(extension, name)
        return f"{base}.extension[{found[0]}]" if found else None

    exercise, status = path("exercise"), path("status")
    if exercise is None or status is None:
        entry.fail(base, "each exercise needs its id and its status")
    exercise_id = entry.text(f"{exercise}.valueCode")
    if exercise_id not in known:
        entry.fail(f"{exercise}.valueCode", f"unknown exercise {exercise_id!r}")
    status_code = entry.text(f"{status}.valueCode")
    if status_code not in EXERCISE_STATUSES:
        entry.fail(
            f"{status}.valueCode",
            f"unknown status {status_code!r}; use one of: {', '.join(EXERCISE_STATUSES)}",
        )
    peak, reason, steps = path("peak-pain"), path("stop-reason"), path("steps-done")
    peak_pain = None
    if peak is not None:
        peak_pain = PAIN_SCALE.check(
            entry.whole(f"{peak}.valueInteger"), field=entry.field(f"{peak}.valueInteger")
        )
    return ExerciseResultValue(
        exercise_id=exercise_id,
        status=status_code,
        peak_pain=peak_pain,
        stop_reason=entry.text(f"{reason}.valueString")[:200] if reason else "",
        steps_done=entry.whole(f"{steps}.valueUnsignedInt") if steps else 0,
    )
