"""How a session and each exercise in it ended: words the player, API, CLI and database share."""

from enum import StrEnum


class SessionStatus(StrEnum):
    """A whole session: every exercise done, stopped by pain, or left part-way."""

    COMPLETED = "completed"
    PARTIAL = "partial"
    STOPPED = "stopped"


# Steps where the exercise is actually done; only these count as work done when skipping.
EFFORT_STEPS = frozenset({"rep", "hold"})


class ExerciseStatus(StrEnum):
    """One exercise: done, partly done, stopped because it hurt, skipped, or never reached."""

    DONE = "done"
    PARTIAL = "partial"
    STOPPED = "stopped"
    SKIPPED = "skipped"
    NOT_STARTED = "not_started"


# What the end of a session says about each exercise.
EXERCISE_STATUS_WORDS = {
    ExerciseStatus.DONE: "Done",
    ExerciseStatus.PARTIAL: "Partly done",
    ExerciseStatus.STOPPED: "Stopped",
    ExerciseStatus.SKIPPED: "Skipped",
    ExerciseStatus.NOT_STARTED: "Not reached",
}


def status_after_skipping(effort_steps_done: int) -> ExerciseStatus:
    """Skipping an exercise: partly done if some reps or holds were done, else skipped."""
    return ExerciseStatus.PARTIAL if effort_steps_done > 0 else ExerciseStatus.SKIPPED


def statuses_as_data() -> dict[str, object]:
    """Return the status words a player sends and shows, so it never spells them itself."""
    return {
        "session": {status.name.lower(): status.value for status in SessionStatus},
        "exercise": {status.name.lower(): status.value for status in ExerciseStatus},
        "words": {status.value: words for status, words in EXERCISE_STATUS_WORDS.items()},
        "after_skip": {
            "none": status_after_skipping(0).value,
            "some": status_after_skipping(1).value,
        },
        "effort_kinds": sorted(EFFORT_STEPS),
    }
