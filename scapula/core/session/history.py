"""A past session in words a person reads: how it and each exercise ended, and why it stopped."""

from scapula.core.session.status import EXERCISE_STATUS_WORDS, ExerciseStatus, SessionStatus
from scapula.core.session.stops import STOP_REASONS

SESSION_WORDS = {
    SessionStatus.COMPLETED: "Completed",
    SessionStatus.PARTIAL: "Partly done",
    SessionStatus.STOPPED: "Stopped early",
}

# One table for the end of a session and its history alike.
EXERCISE_WORDS = EXERCISE_STATUS_WORDS


def session_words(status: str) -> str:
    """Say how a session ended; an unknown stored value is shown as it is."""
    try:
        return SESSION_WORDS[SessionStatus(status)]
    except ValueError:
        return status


def exercise_words(status: str) -> str:
    """Say how one exercise of a session ended; an unknown stored value is shown as it is."""
    try:
        return EXERCISE_WORDS[ExerciseStatus(status)]
    except ValueError:
        return status


def stop_words(stored: str) -> tuple[str, bool]:
    """Return a stored stop reason as words, and whether it was a warning sign.

    Reasons from the players are stored by value; anything else (an older free-text
    answer, a reason sent by a script) is the person's own words and is shown unchanged.
    """
    for reason in STOP_REASONS:
        if reason.value == stored:
            return reason.label, reason.is_warning_sign
    return stored, False
