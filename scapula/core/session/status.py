"""How a session and each exercise in it ended: words the player, API, CLI and database share."""

from enum import StrEnum


class SessionStatus(StrEnum):
    """A whole session: every exercise done, stopped by pain, or left part-way."""

    COMPLETED = "completed"
    PARTIAL = "partial"
    STOPPED = "stopped"


class ExerciseStatus(StrEnum):
    """One exercise of a session: done, stopped because it hurt, skipped, or never reached."""

    DONE = "done"
    STOPPED = "stopped"
    SKIPPED = "skipped"
    NOT_STARTED = "not_started"
