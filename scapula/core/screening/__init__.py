"""Safety screening: the red-flag questions and what the answers mean (clinical.md §1)."""

from scapula.core.screening.disposition import (
    ADVICE,
    DISPOSITIONS,
    RECHECK_DAYS,
    ScreeningResult,
    is_recheck_due,
    parse_answers,
    screen,
    screen_recheck,
)
from scapula.core.screening.gate import GATE_MESSAGES, Gate, ScreeningRecord, exercise_gate
from scapula.core.screening.locked import ExerciseLockedError, check_gate
from scapula.core.screening.questions import (
    BLOCK_TITLES,
    BLOCKS,
    QUESTION_IDS,
    QUESTIONS,
    RECHECK_IDS,
    Question,
    questions_in,
)

__all__ = [
    "ADVICE",
    "BLOCKS",
    "BLOCK_TITLES",
    "DISPOSITIONS",
    "GATE_MESSAGES",
    "QUESTIONS",
    "QUESTION_IDS",
    "RECHECK_DAYS",
    "RECHECK_IDS",
    "ExerciseLockedError",
    "Gate",
    "Question",
    "ScreeningRecord",
    "ScreeningResult",
    "check_gate",
    "exercise_gate",
    "is_recheck_due",
    "parse_answers",
    "questions_in",
    "screen",
    "screen_recheck",
]
