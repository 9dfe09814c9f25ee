"""How a session and each exercise in it ended: words the player, API, CLI and database share."""

from enum import StrEnum


class SessionStatus(StrEnum):
    """A whole session: every exercise done, stopped by pain, or left part-way."""

    COMPLETED = "completed"
    PARTIAL = "partial"
    STOPPED = "stopped"


# Steps where the exercise is actually done; skipping one means it was not done at its dose.
EFFORT_STEPS = frozenset({"rep", "hold"})


def status_after_skip(step_kind: str, current: "ExerciseStatus") -> "ExerciseStatus":
    """Skipping a rep or a hold makes the exercise skipped; skipping a countdown changes nothing."""
    return ExerciseStatus.SKIPPED if step_kind in EFFORT_STEPS else current


class ExerciseStatus(StrEnum):
    """One exercise of a session: done, stopped because it hurt, skipped, or never reached."""

    DONE = "done"
    STOPPED = "stopped"
    SKIPPED = "skipped"
    NOT_STARTED = "not_started"
